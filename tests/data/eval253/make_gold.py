#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval253 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval253/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1561-tengah-grove-executive-condo-launch-bayshore-hdb-ballot-straits-times'] = r'''
> Housing
> First Tengah executive condo draws 4,300 applications for 620 units
L city Tengah
F number 4,300
F number 620
> Demand holds up even as prices pass S$1,900 per sq ft
F money S$1,900
> Koh Pei Xuan
P full Koh Pei Xuan
> Senior Housing Correspondent
> UPDATED Mar 14, 2042, 06:15 PM
F date Mar 14, 2042
F time 06:15 PM
> Visitors at the Tengah Grove show flat in Tengah on March 12. ST PHOTO: LIM JUN HAO
L facility Tengah Grove
L city Tengah
F date March 12
O media ST
P full LIM JUN HAO
> SINGAPORE – The first executive condominium (EC) in Tengah has drawn about 4,300 applications for its 620 units, the Housing and Development Board (HDB) said on March 14, a sign that demand for the so-called "hybrid" flats remains strong even as prices climb.
L country SINGAPORE
L city Tengah
F number 4,300
F number 620
O government Housing and Development Board
O government HDB
F date March 14
Q scare - :: "hybrid"
> The 13-storey Tengah Grove, built on a 2.1ha plot along Plantation Crescent, will have units from 990 sq ft for a three-bedroom flat to 1,420 sq ft for a five-bedroom one, or roughly 92 to 132 square metres.
F number 13
L facility Tengah Grove
F quantity 2.1ha
L street Plantation Crescent
F quantity 990 sq ft
F number three
F quantity 1,420 sq ft
F number five
F quantity 92
F quantity 132 square metres
> Prices start from S$1.38 million and average S$1,912 per sq ft, about 9 per cent higher than at the last EC launch, in Sembawang in 2041.
F money S$1.38 million
F money S$1,912
F percent 9 per cent
L city Sembawang
F date 2041
> In a Facebook post on Saturday, National Development Minister Desmond Chua said the result showed that "young families still see ECs as a stepping stone, not a luxury".
O company Facebook
P full Desmond Chua
Q direct Desmond Chua :: "young families still see ECs as a stepping stone, not a luxury"
> "We will keep a steady pipeline of EC and private housing sites, so that couples have a realistic choice between an HDB flat and a condominium," said Mr Chua. He added that three more EC sites, in Bayshore, Tampines North and Woodlands, would be offered for tender this year.
Q direct Desmond Chua :: "We will keep a steady pipeline of EC and private housing sites, so that couples have a realistic choice between an HDB flat and a condominium,"
O government HDB
P partial Chua
F number three
L city Bayshore
L city Tampines North
L city Woodlands
> An HDB spokesperson said applicants would be balloted on March 28 and that first-timer families would get at least 70 per cent of the units. Second-timer households are capped at 30 per cent, and the monthly household income ceiling is S$16,000.
O government HDB
F date March 28
F percent 70 per cent
F percent 30 per cent
F money S$16,000
> "Buyers must meet the five-year minimum occupation period before they can sell, and the flats become fully private only after 10 years," the spokesperson said.
Q direct - :: "Buyers must meet the five-year minimum occupation period before they can sell, and the flats become fully private only after 10 years,"
F duration five-year
F duration 10 years
> For Mr Muhammad Hafiz Rahman, 29, and his wife Tan Li Ting, 28, who rent a room in her parents' four-room flat in Punggol, the EC is the only option within reach.
P full Muhammad Hafiz Rahman
F age 29
P full Tan Li Ting
F age 28
F number four
L city Punggol
> "We missed the BTO ballot four times. My mother keeps saying 'just wait for Tengah', but we will be 30 next year," said Ms Tan, a nurse at Sengkang General Hospital. "With our savings and a bank loan, S$1.38 million is a stretch. But it is a home."
Q direct Tan Li Ting :: "We missed the BTO ballot four times. My mother keeps saying 'just wait for Tengah', but we will be 30 next year,"
F number four
L city Tengah
F age 30
P partial Tan
O other Sengkang General Hospital
Q direct Tan Li Ting :: "With our savings and a bank loan, S$1.38 million is a stretch. But it is a home."
F money S$1.38 million
> Mr Hafiz said the couple had applied for a three-bedroom unit on a high floor. "If we lose this one, we try Bayshore," he said.
P partial Hafiz
F number three
Q direct Muhammad Hafiz Rahman :: "If we lose this one, we try Bayshore,"
L city Bayshore
> Bayshore, a new estate near East Coast Park, set a record last month when a private housing site on Bayshore Road drew eight bids. The top offer, S$1.12 billion, came from a consortium led by a Hong Kong developer.
L city Bayshore
L facility East Coast Park
L street Bayshore Road
F number eight
F money S$1.12 billion
L city Hong Kong
> Ms Nadia Loh, head of research at property consultancy Meridian Keys Realty, called the Tengah result "healthy but not frothy".
P full Nadia Loh
O company Meridian Keys Realty
L city Tengah
Q direct Nadia Loh :: "healthy but not frothy"
> "About one in two applicants are first-timer couples under 35. They have been priced out of resale flats in mature towns, where four-room units now change hands for more than S$800,000," she said, adding that EC prices had risen by a third since 2037.
Q direct Nadia Loh :: "About one in two applicants are first-timer couples under 35. They have been priced out of resale flats in mature towns, where four-room units now change hands for more than S$800,000,"
F number one
F number two
F age 35
F number four
F money S$800,000
F fraction a third
F date 2037
> She expects the Bayshore EC site, which closes for tender in the second half of 2042, to draw at least 10 bids. The HDB will release the Tengah Grove ballot results by April 4.
L city Bayshore
F date 2042
F number 10
O government HDB
L facility Tengah Grove
F date April 4
'''

ARTICLES['1562-tamworth-by-election-conservatives-gain-reform-uk-second-labour-third-guardian'] = r'''
> Politics
> Tories take Tamworth from Labour as Reform UK surges into second place
O party Tories
L region Tamworth
O party Labour
O party Reform UK
> Conservatives win Midlands by-election with majority of 1,874 on 38% turnout, a 9.6-point swing from Labour
O party Conservatives
L region Midlands
F number 1,874
F percent 38%
F percent 9.6-point
O party Labour
> Harriet Okonjo-Briggs Political correspondent
P full Harriet Okonjo-Briggs
> Fri 16 Mar 2040 05.42 GMT
F date 16 Mar 2040
F time 05.42 GMT
> Eleanor Whitcombe with supporters at the count in Tamworth early on Friday. Photograph: Tom Aldridge-Penn/PA
P full Eleanor Whitcombe
L city Tamworth
P full Tom Aldridge-Penn
O media PA
> The Conservatives have won the Tamworth by-election, taking the Staffordshire seat from Labour with a majority of 1,874 as Reform UK pushed Labour into third place on a turnout of barely two in five voters.
O party Conservatives
L region Tamworth
L region Staffordshire
O party Labour
F number 1,874
O party Reform UK
O party Labour
F number two
F number five
> Eleanor Whitcombe, 44, a former nurse who sits on Tamworth borough council, won 11,236 votes (34.1%). Reform UK’s Darren Pashley took 9,362 (28.4%) and Labour’s Priya Sandhu-Kerr 8,915 (27.0%). The Liberal Democrats, the Greens and four other candidates shared the rest.
P full Eleanor Whitcombe
F age 44
L city Tamworth
F number 11,236
F percent 34.1%
O party Reform UK
P full Darren Pashley
F number 9,362
F percent 28.4%
O party Labour
P full Priya Sandhu-Kerr
F number 8,915
F percent 27.0%
O party Liberal Democrats
O party Greens
F number four
> The seat fell vacant in January when the Labour MP Gareth Lomas stood down to run a housing charity. He had held it at the 2039 general election with a majority of 6,140.
P full Gareth Lomas
F date 2039
F number 6,140
> Speaking at the Assembly Rooms shortly after 3am, Whitcombe said: “People here have been taken for granted by everybody. Tonight they sent a message to London that loyalty has to be earned.
L facility Assembly Rooms
F time 3am
P partial Whitcombe
Q direct Eleanor Whitcombe :: “People here have been taken for granted by everybody. Tonight they sent a message to London that loyalty has to be earned.
L city London
> “I will be the MP for every street in this town, whether people voted for me or not.”
Q direct Eleanor Whitcombe :: “I will be the MP for every street in this town, whether people voted for me or not.”
> Pashley, a 52-year-old haulage contractor from Polesworth, said Reform had “parked its tanks on Labour’s lawn”. “At the last election we were a protest vote here. Now we are the challengers,” he said.
P partial Pashley
F age 52-year-old
L city Polesworth
O party Reform
Q direct Darren Pashley :: “parked its tanks on Labour’s lawn”
O party Labour
Q direct Darren Pashley :: “At the last election we were a protest vote here. Now we are the challengers,”
> Sandhu-Kerr, a solicitor from Lichfield, said she was “disappointed but not surprised”. A Labour organiser, who asked not to be named, described the campaign as “brutal on the doorstep, especially about buses and the hospital”.
P partial Sandhu-Kerr
L city Lichfield
Q direct Priya Sandhu-Kerr :: “disappointed but not surprised”
Q direct - :: “brutal on the doorstep, especially about buses and the hospital”
> The swing from Labour to the Conservatives was 9.6 points, and Labour’s share of the vote fell by 18 points on 2039. Turnout was 38.2%, down from 61% at the general election.
O party Labour
O party Conservatives
F percent 9.6 points
O party Labour
F percent 18 points
F date 2039
F percent 38.2%
F percent 61%
> Prof Anjali Raman-Fry, who studies elections at Trent Valley University, called the result “a warning light on the dashboard” for the government. “If you apply a swing of that size uniformly, Labour loses something like 90 seats,” she said.
P full Anjali Raman-Fry
O education Trent Valley University
Q direct Anjali Raman-Fry :: “a warning light on the dashboard”
Q direct Anjali Raman-Fry :: “If you apply a swing of that size uniformly, Labour loses something like 90 seats,”
O party Labour
F number 90
> “Nobody should do that with one by-election. But nobody in Downing Street will sleep well tonight either.” Raman-Fry said turnout had fallen in nine of the constituency’s 10 wards.
Q direct Anjali Raman-Fry :: “Nobody should do that with one by-election. But nobody in Downing Street will sleep well tonight either.”
F number one
O government Downing Street
P partial Raman-Fry
F number nine
F number 10
> In Glascote, on the eastern edge of Tamworth, retired bus driver Keith Arrowsmith, 71, said he had backed Whitcombe after the town’s walk-in centre closed. “My family has voted the same way since 1983. This time I couldn’t,” he said. “When the centre shut they told us ‘it’s only temporary’. It has been shut for 18 months.”
L city Glascote
L city Tamworth
P full Keith Arrowsmith
F age 71
P partial Whitcombe
Q direct Keith Arrowsmith :: “My family has voted the same way since 1983. This time I couldn’t,”
F date 1983
Q direct Keith Arrowsmith :: “When the centre shut they told us ‘it’s only temporary’. It has been shut for 18 months.”
F duration 18 months
> Whitcombe is expected to take her seat in the House of Commons on Tuesday 20 March. Tamworth is one of a string of Midlands seats that pollsters have begun to call the new “red wall”.
P partial Whitcombe
O government House of Commons
F date 20 March
L region Tamworth
L region Midlands
Q scare - :: “red wall”
'''

ARTICLES['1563-derecho-oklahoma-arkansas-moore-russellville-deaths-power-outages-ap'] = r'''
> Severe Weather
> Derecho winds top 100 mph, kill 6 in Oklahoma and Arkansas and cut power to 400,000
F quantity 100 mph
F number 6
L region Oklahoma
L region Arkansas
F number 400,000
> By ROSALIND TEAGARDEN and MILES OKAFOR-BRANNIGAN
P full ROSALIND TEAGARDEN
P full MILES OKAFOR-BRANNIGAN
> Associated Press
O media Associated Press
> Updated 7:18 PM CDT, May 22, 2042
F time 7:18 PM CDT
F date May 22, 2042
> A man walks past a snapped power pole in Moore, Okla., on Thursday, May 22, 2042. (AP Photo/Nate Harjo)
L city Moore
L region Okla.
F date May 22, 2042
O media AP
P full Nate Harjo
> MOORE, Okla. (AP) — A fast-moving line of thunderstorms with winds of up to 100 mph tore across Oklahoma and Arkansas overnight, killing at least six people and leaving more than 400,000 homes and businesses without power, officials said Thursday.
L city MOORE
L region Okla.
O media AP
F quantity 100 mph
L region Oklahoma
L region Arkansas
F number six
F number 400,000
> The National Weather Service said the storms met the definition of a derecho, a long-lived windstorm that travels at least 250 miles. This one covered about 430 miles in seven hours, from the Texas Panhandle to west of Little Rock. Forecasters had placed much of central Oklahoma under a "moderate" risk of severe weather by Wednesday afternoon.
O government National Weather Service
F quantity 250 miles
F quantity 430 miles
F duration seven hours
L region Texas Panhandle
L city Little Rock
L region Oklahoma
Q scare - :: "moderate"
> Survey teams also confirmed two brief tornadoes inside the line: an EF1 near Norman and an EF2 that crossed Interstate 40 west of Russellville, Arkansas, with peak winds estimated at 120 mph.
F number two
L city Norman
L street Interstate 40
L city Russellville
L region Arkansas
F quantity 120 mph
> "This wasn't a tornado day. It was a wind day, and in some ways that's worse, because the damage is so wide," said Travis Kimbrough, a meteorologist at the weather service office in Norman.
Q direct Travis Kimbrough :: "This wasn't a tornado day. It was a wind day, and in some ways that's worse, because the damage is so wide,"
P full Travis Kimbrough
L city Norman
> Kimbrough said a gust of 97 mph was measured at Will Rogers World Airport in Oklahoma City at 11:48 p.m. Wednesday.
P partial Kimbrough
F quantity 97 mph
L facility Will Rogers World Airport
L city Oklahoma City
F time 11:48 p.m.
> In Moore, a suburb of about 64,000 people south of Oklahoma City that was hit by deadly tornadoes in 1999 and 2013, the wind peeled roofs from dozens of homes on Main Street.
L city Moore
F number 64,000
L city Oklahoma City
F date 1999
F date 2013
L street Main Street
> Loretta Banning, 67, said she and her 9-year-old grandson sheltered in a hallway closet on SW 4th Street as a pecan tree crashed through her living room.
P full Loretta Banning
F age 67
F age 9-year-old
L street SW 4th Street
> "My grandson kept saying, 'Grandma, is this the big one?' And I said, 'Not tonight, baby.' I lied to him," Banning said. "The tree missed us by maybe 3 feet.
Q direct Loretta Banning :: "My grandson kept saying, 'Grandma, is this the big one?' And I said, 'Not tonight, baby.' I lied to him,"
P partial Banning
Q direct Loretta Banning :: "The tree missed us by maybe 3 feet.
F quantity 3 feet
> "We lived through 2013. I thought nothing could scare me like that again."
Q direct Loretta Banning :: "We lived through 2013. I thought nothing could scare me like that again."
F date 2013
> Cleveland County emergency manager Ramona Escalante-Tate said two of the deaths were in the county: a 58-year-old man struck by a falling tree near Noble and a woman, 81, whose oxygen machine failed when the power went out.
L region Cleveland County
P full Ramona Escalante-Tate
F number two
F age 58-year-old
L city Noble
F age 81
> "Please check on your neighbors, especially anyone on oxygen," she said. "Getting power back could take five to seven days in the rural parts of the county."
Q direct Ramona Escalante-Tate :: "Please check on your neighbors, especially anyone on oxygen,"
Q direct Ramona Escalante-Tate :: "Getting power back could take five to seven days in the rural parts of the county."
F duration five
F duration seven days
> In Arkansas, the storms killed three people in Pope and Conway counties, including a truck driver whose rig overturned on I-40, the Arkansas Department of Emergency Management said. About a third of Russellville was still without power Thursday.
L region Arkansas
F number three
L region Pope
L region Conway
L street I-40
O government Arkansas Department of Emergency Management
F fraction a third
L city Russellville
> Oklahoma Gov. Margaret Tolliver, a Republican, declared a state of emergency in 31 counties and sent Oklahoma National Guard crews to help clear roads. "Oklahomans have been through worse, and we will get through this, too," Tolliver said in a statement released by her office, in which she called the damage "extensive and still being counted."
L region Oklahoma
P full Margaret Tolliver
F number 31
O government Oklahoma National Guard
Q direct Margaret Tolliver :: "Oklahomans have been through worse, and we will get through this, too,"
P partial Tolliver
Q direct Margaret Tolliver :: "extensive and still being counted."
> Oklahoma Gas and Electric said about 260,000 of its customers had lost power at the peak. The weather service warned of more storms Saturday, with hail of up to 2 inches possible across eastern Oklahoma and western Arkansas.
O company Oklahoma Gas and Electric
F number 260,000
F quantity 2 inches
L region Oklahoma
L region Arkansas
> Associated Press writer Dana Whitfield-Ross in Little Rock, Arkansas, contributed to this report.
O media Associated Press
P full Dana Whitfield-Ross
L city Little Rock
L region Arkansas
'''

ARTICLES['1564-kenya-shilling-record-low-eurobond-treasury-imf-gikomba-al-jazeera'] = r'''
> Economy|Currencies
> Kenya’s shilling slides to record low as Nairobi raises $1.5bn in Eurobond sale
L country Kenya
L city Nairobi
F money $1.5bn
> The Treasury says the 12-year bond priced at 9.25 percent will refinance older debt, but traders at Gikomba say imports keep getting dearer.
O government Treasury
F duration 12-year
F percent 9.25 percent
L facility Gikomba
> By Wanjiru Kamau-Odhiambo
P full Wanjiru Kamau-Odhiambo
> Published On 11 Feb 2043
F date 11 Feb 2043
> Traders sort bales of second-hand clothes at Gikomba market in Nairobi, Kenya [Brian Otieno Mwangi/Al Jazeera]
L facility Gikomba
L city Nairobi
L country Kenya
P full Brian Otieno Mwangi
O media Al Jazeera
> Nairobi, Kenya – Kenya has raised $1.5bn from international investors in its first Eurobond sale in three years, the Treasury said on Tuesday, even as the shilling slid past 190 shillings to the dollar for the first time.
L city Nairobi
L country Kenya
L country Kenya
F money $1.5bn
F duration three years
O government Treasury
F money 190 shillings
> The 12-year bond was priced to yield 9.25 percent, below the 10.4 percent Kenya paid in 2040, and drew orders of $6.2bn, Treasury Cabinet Secretary Amina Chebet Lagat said.
F duration 12-year
F percent 9.25 percent
F percent 10.4 percent
L country Kenya
F date 2040
F money $6.2bn
P full Amina Chebet Lagat
> “Investors looked at our numbers and they bought the story. Orders were more than four times what we offered,” Lagat told Al Jazeera in Nairobi. She said $1.1bn would go to buying back part of a bond that falls due in 2044 and the rest to “budget support”.
Q direct Amina Chebet Lagat :: “Investors looked at our numbers and they bought the story. Orders were more than four times what we offered,”
F number four
P partial Lagat
O media Al Jazeera
L city Nairobi
F money $1.1bn
F date 2044
Q direct Amina Chebet Lagat :: “budget support”
> The shilling, however, has lost nearly 14 percent against the dollar since January, closing at 191.40 shillings on Tuesday, according to data from the Central Bank of Kenya (CBK). In a statement, the CBK blamed “seasonal demand from importers and the energy sector” and said its reserves of $9.8bn covered 4.6 months of imports.
F percent 14 percent
F money 191.40 shillings
O government Central Bank of Kenya
O government CBK
O government CBK
Q direct Central Bank of Kenya :: “seasonal demand from importers and the energy sector”
F money $9.8bn
F duration 4.6 months
> Wambui Njoroge-Ouma, an economist at the Kilimani Policy Institute, a Nairobi think tank, said the sale “buys time, not solutions”.
P full Wambui Njoroge-Ouma
O nonprofit Kilimani Policy Institute
L city Nairobi
Q direct Wambui Njoroge-Ouma :: “buys time, not solutions”
> “Kenya spends roughly a third of its revenue on interest. When the shilling falls by 10 percent, the cost of every dollar we owe rises by the same amount, and a new bond does not change that arithmetic.
Q direct Wambui Njoroge-Ouma :: “Kenya spends roughly a third of its revenue on interest. When the shilling falls by 10 percent, the cost of every dollar we owe rises by the same amount, and a new bond does not change that arithmetic.
L country Kenya
F fraction a third
F percent 10 percent
> “What markets want to see is a deficit below 4 percent of GDP. We are nowhere near that,” she said.
Q direct Wambui Njoroge-Ouma :: “What markets want to see is a deficit below 4 percent of GDP. We are nowhere near that,”
F percent 4 percent
> The International Monetary Fund (IMF), whose staff completed a review of Kenya’s $3.6bn programme last month, has urged the government to “stay the course”. The IMF’s mission chief for Kenya, Henrik Sølvberg, said in a statement that the authorities had “made real progress on revenue”.
O intergovernmental International Monetary Fund
O intergovernmental IMF
L country Kenya
F money $3.6bn
Q direct International Monetary Fund :: “stay the course”
O intergovernmental IMF
L country Kenya
P full Henrik Sølvberg
Q direct Henrik Sølvberg :: “made real progress on revenue”
> “A flexible exchange rate remains Kenya’s best shock absorber,” Sølvberg said, adding that the fund expected growth of 5.1 percent this year.
Q direct Henrik Sølvberg :: “A flexible exchange rate remains Kenya’s best shock absorber,”
L country Kenya
P partial Sølvberg
F percent 5.1 percent
> At Gikomba, East Africa’s largest market for “mitumba”, or second-hand clothes, Mary Atieno Wekesa, 47, said a 45kg bale of used jeans from the United Kingdom now cost 31,000 shillings, up from 25,000 shillings in December.
L facility Gikomba
L region East Africa
Q scare - :: “mitumba”
P full Mary Atieno Wekesa
F age 47
F quantity 45kg
L country United Kingdom
F money 31,000 shillings
F money 25,000 shillings
> “Every week the price changes. My customers ask, ‘Mama, why is it so expensive?’ What can I tell them? The dollar,” she said. “I have sold clothes here for 22 years and I have never seen the shilling this weak.”
Q direct Mary Atieno Wekesa :: “Every week the price changes. My customers ask, ‘Mama, why is it so expensive?’ What can I tell them? The dollar,”
Q direct Mary Atieno Wekesa :: “I have sold clothes here for 22 years and I have never seen the shilling this weak.”
F duration 22 years
> A senior Treasury official, who asked not to be named because he was not authorised to speak to the media, said the government would not return to international markets for at least two years. “We have done what we needed to do abroad. Now the hard work is at home,” the official said.
O government Treasury
F duration two years
Q direct - :: “We have done what we needed to do abroad. Now the hard work is at home,”
> Kenya last sold a Eurobond in February 2040, when it raised $2bn at 10.4 percent.
L country Kenya
F date February 2040
F money $2bn
F percent 10.4 percent
> Source: Al Jazeera
O media Al Jazeera
'''

ARTICLES['1565-six-nations-ireland-france-aviva-stadium-garros-duval-etcheverry-lacombe-rugbypass'] = r'''
> Six Nations
> France End Dublin Drought With 24-17 Win Over Ireland At The Aviva
O team France
L city Dublin
F score 24-17
O team Ireland
L facility Aviva
> Théo Garros-Duval scored two tries and Mathis Etcheverry-Lacombe kicked 14 points as Les Bleus won in Dublin for the first time since 2035.
P full Théo Garros-Duval
F number two
P full Mathis Etcheverry-Lacombe
F number 14
O team Les Bleus
L city Dublin
F date 2035
> By Eoghan Ó Catháin
P full Eoghan Ó Catháin
> 9 Feb 2041 · 7:05pm
F date 9 Feb 2041
F time 7:05pm
> France wing Théo Garros-Duval dives over for his second try at the Aviva Stadium on Saturday. (Photo by Sinéad Mulrennan/Inpho)
O team France
P full Théo Garros-Duval
L facility Aviva Stadium
P full Sinéad Mulrennan
O media Inpho
> France ended a six-year wait for a Six Nations win in Dublin on Saturday, beating Ireland 24-17 at the Aviva Stadium in front of 51,700 thanks to a second-half surge built on Etcheverry-Lacombe's boot and a defence that made 211 tackles.
O team France
F duration six-year
L city Dublin
O team Ireland
F score 24-17
L facility Aviva Stadium
F number 51,700
P partial Etcheverry-Lacombe
F number 211
> Ireland led 10-8 at the break. Out-half Cian Mac Lochlainn kicked a penalty on three minutes and captain Darragh Kehoe powered over from a lineout maul on 17 minutes, Mac Lochlainn adding the conversion from in front of the posts.
O team Ireland
F score 10-8
P full Cian Mac Lochlainn
F duration three minutes
P full Darragh Kehoe
F duration 17 minutes
P partial Mac Lochlainn
> France's reply came from deep. Centre Yanis Belkacemi broke two tackles on halfway and released Garros-Duval, who outpaced Oisín Breathnach to the corner on 36 minutes. The conversion from the touchline drifted wide, but Etcheverry-Lacombe landed a 45-metre penalty on the stroke of half-time.
O team France
P full Yanis Belkacemi
F number two
P partial Garros-Duval
P full Oisín Breathnach
F duration 36 minutes
P partial Etcheverry-Lacombe
F quantity 45-metre
> The second half belonged to the visitors. Two more Etcheverry-Lacombe penalties, on 44 and 49 minutes, put France 14-10 ahead, and after Ireland lost a scrum against the head, Garros-Duval finished a 70-metre move on 52 minutes. This time Etcheverry-Lacombe converted to make it 21-10.
F number Two
P partial Etcheverry-Lacombe
F duration 44
F duration 49 minutes
O team France
F score 14-10
O team Ireland
P partial Garros-Duval
F quantity 70-metre
F duration 52 minutes
P partial Etcheverry-Lacombe
F score 21-10
> Ireland hit back through replacement hooker Pádraig Ó Dálaigh, who was driven over from a maul on 63 minutes, and Mac Lochlainn's conversion cut the gap to four points. But the hosts could not find a way through in the final quarter, and Etcheverry-Lacombe sealed it with his fourth penalty six minutes from time.
O team Ireland
P full Pádraig Ó Dálaigh
F duration 63 minutes
P partial Mac Lochlainn
F number four
P partial Etcheverry-Lacombe
F duration six minutes
> "We were in the game for an hour and we weren't in it for 20 minutes. That's the difference at this level," said Ireland head coach Ronan Fitzgibbon.
Q direct Ronan Fitzgibbon :: "We were in the game for an hour and we weren't in it for 20 minutes. That's the difference at this level,"
F duration 20 minutes
O team Ireland
P full Ronan Fitzgibbon
> "I told them at half-time, 'Keep the ball, make them tackle,' and for 10 minutes we did," Fitzgibbon said. "Then we got impatient, and France punish impatience."
Q direct Ronan Fitzgibbon :: "I told them at half-time, 'Keep the ball, make them tackle,' and for 10 minutes we did,"
F duration 10 minutes
P partial Fitzgibbon
Q direct Ronan Fitzgibbon :: "Then we got impatient, and France punish impatience."
O team France
> He said Kehoe, who left with a shoulder injury on 58 minutes, would be assessed on Monday.
P partial Kehoe
F duration 58 minutes
> France head coach Laurent Cazalis refused to discuss the "Dublin curse" that French newspapers had written about all week. "There is no curse. There is only rugby," he said. "Mathis was outstanding. He is 23, he kicks like he is 33, and he did not miss a kick that mattered."
O team France
P full Laurent Cazalis
Q scare - :: "Dublin curse"
L city Dublin
Q direct Laurent Cazalis :: "There is no curse. There is only rugby,"
Q direct Laurent Cazalis :: "Mathis was outstanding. He is 23, he kicks like he is 33, and he did not miss a kick that mattered."
P partial Mathis
F age 23
F age 33
> France, who are two points clear at the top of the table, host England in Marseille on 23 February. Ireland travel to Cardiff to face Wales.
O team France
F number two
O team England
L city Marseille
F date 23 February
O team Ireland
L city Cardiff
O team Wales
> Ireland: Tries: Kehoe, Ó Dálaigh; Cons: Mac Lochlainn 2; Pen: Mac Lochlainn
O team Ireland
P partial Kehoe
P partial Ó Dálaigh
P partial Mac Lochlainn
F number 2
P partial Mac Lochlainn
> France: Tries: Garros-Duval 2; Con: Etcheverry-Lacombe; Pens: Etcheverry-Lacombe 4
O team France
P partial Garros-Duval
F number 2
P partial Etcheverry-Lacombe
P partial Etcheverry-Lacombe
F number 4
> Half-time: 10-8
F score 10-8
> Referee: Gethin Pryce-Morgan (Wales)
P full Gethin Pryce-Morgan
L country Wales
> Attendance: 51,700
F number 51,700
'''

ARTICLES['1566-voltkreis-berlin-battery-recycling-series-b-atlantico-verde-isarmotoren-techcrunch'] = r'''
> Climate
> Berlin’s Voltkreis raises €78M to turn Europe’s dead EV batteries into new ones
L city Berlin
O company Voltkreis
F money €78M
L continent Europe
> Lena Marquardt-Osei · 6:00 AM PDT · March 18, 2042
P full Lena Marquardt-Osei
F time 6:00 AM PDT
F date March 18, 2042
> Voltkreis co-founders Jonas Vierkötter (left) and Mei-Lin Hartmann at the company’s plant in Brandenburg an der Havel. Image Credits: Voltkreis
O company Voltkreis
P full Jonas Vierkötter
P full Mei-Lin Hartmann
L city Brandenburg an der Havel
O company Voltkreis
> Voltkreis, a Berlin-based startup that recovers lithium, nickel and cobalt from spent electric-vehicle batteries, has raised €78 million ($85 million) in a Series B round led by Lisbon’s Atlântico Verde Ventures, the company told TechCrunch.
O company Voltkreis
L city Berlin
F money €78 million
F money $85 million
L city Lisbon
O company Atlântico Verde Ventures
O media TechCrunch
> Existing investors Spreeblick Capital and the EIC Fund, the investment arm of the European Innovation Council, also took part. The round brings Voltkreis’s total funding to €121 million since it was founded in 2038; it raised a €31 million Series A in 2040.
O company Spreeblick Capital
O intergovernmental EIC Fund
O intergovernmental European Innovation Council
O company Voltkreis
F money €121 million
F date 2038
F money €31 million
F date 2040
> Most recyclers shred old packs into a powder the industry calls “black mass” and then smelt it, recovering roughly half of the lithium. Voltkreis uses a low-temperature chemical process that, it says, recovers 95% of the lithium and more than 98 percent of the nickel and cobalt.
Q scare - :: “black mass”
F fraction half
O company Voltkreis
F percent 95%
F percent 98 percent
> The startup runs a 14,000-square-metre plant in Brandenburg an der Havel, about 70 kilometres west of Berlin, that can process 12,000 tonnes of battery packs a year. The new money will pay for a second line there and a 30,000-tonne plant near Zaragoza, Spain, due to open in 2044.
F quantity 14,000-square-metre
L city Brandenburg an der Havel
F quantity 70 kilometres
L city Berlin
F quantity 12,000 tonnes
F quantity 30,000-tonne
L city Zaragoza
L country Spain
F date 2044
> “Europe is sitting on an urban mine,” said Vierkötter, who is CEO. “Every car sold in 2035 is a battery we will see again in the 2040s, and right now most of that metal would leave the continent to be processed in Asia.”
Q direct Jonas Vierkötter :: “Europe is sitting on an urban mine,”
L continent Europe
P partial Vierkötter
Q direct Jonas Vierkötter :: “Every car sold in 2035 is a battery we will see again in the 2040s, and right now most of that metal would leave the continent to be processed in Asia.”
F date 2035
F date 2040s
L continent Asia
> Hartmann, the chief technology officer, spent nine years at BASF in Ludwigshafen before co-founding Voltkreis. “We are not a ‘green’ startup that happens to do chemistry. We are a chemistry company that happens to be green,” she said.
P partial Hartmann
F duration nine years
O company BASF
L city Ludwigshafen
O company Voltkreis
Q direct Mei-Lin Hartmann :: “We are not a ‘green’ startup that happens to do chemistry. We are a chemistry company that happens to be green,”
> The company employs 240 people, up from 90 a year ago, and plans to reach 400 by the end of 2043.
F number 240
F number 90
F number 400
F date 2043
> Inês Carvalho-Sousa, a partner at Atlântico Verde, said the firm looked at about 20 recyclers in Europe and the U.S. before investing. “Voltkreis was the only one where the chemistry, the unit economics and the customers were all real,” she said.
P full Inês Carvalho-Sousa
O company Atlântico Verde
F number 20
L continent Europe
L country U.S.
Q direct Inês Carvalho-Sousa :: “Voltkreis was the only one where the chemistry, the unit economics and the customers were all real,”
O company Voltkreis
> One of those customers is Isarmotoren, a Munich-based maker of electric vans, which has signed a seven-year deal to buy 2,500 tonnes of recycled nickel a year. Sabine Oyelaran-Krüger, who runs battery sourcing at Isarmotoren, said the deal was about compliance as much as cost.
O company Isarmotoren
L city Munich
F duration seven-year
F quantity 2,500 tonnes
P full Sabine Oyelaran-Krüger
O company Isarmotoren
> “Under EU rules, our new batteries must contain at least 12% recycled lithium. We would rather buy that in Brandenburg than in Shanghai,” she said.
Q direct Sabine Oyelaran-Krüger :: “Under EU rules, our new batteries must contain at least 12% recycled lithium. We would rather buy that in Brandenburg than in Shanghai,”
O intergovernmental EU
F percent 12%
L region Brandenburg
L city Shanghai
> A person familiar with the deal said the round valued Voltkreis at about €450 million, “roughly flat, which in climate right now counts as a win.”
O company Voltkreis
F money €450 million
Q direct - :: “roughly flat, which in climate right now counts as a win.”
> Voltkreis competes with Nevada’s Redwood Materials and Belgium’s Umicore, both of which run far larger plants. Vierkötter said the company would stay focused on Europe: “Two plants, done well, beat 10 plants on slides.”
O company Voltkreis
L region Nevada
O company Redwood Materials
L country Belgium
O company Umicore
P partial Vierkötter
L continent Europe
Q direct Jonas Vierkötter :: “Two plants, done well, beat 10 plants on slides.”
F number Two
F number 10
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
