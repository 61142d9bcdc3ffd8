#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval261 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval261/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1609-galway-corrib-flood-relief-scheme-claddagh-spanish-arch-opw-irish-times'] = r'''
> Environment
> Galway councillors back €142m Corrib flood scheme despite ‘wall of concrete’ fears
L city Galway
F money €142m
L geo Corrib
Q direct Tomás Ó Loideáin :: ‘wall of concrete’
> Quay walls to rise by up to 1.2 metres as 940 homes and businesses in the city centre and the Claddagh are protected, but works will take four years
F quantity 1.2 metres
F number 940
L city Claddagh
F duration four years
> Eimear Ní Chadhain
P full Eimear Ní Chadhain
> Thu Mar 14 2041 - 18:05
F date Mar 14 2041
F time 18:05
> Floodwater on the Long Walk in Galway during Storm Ultan in January 2040. Photograph: Aengus Mac Lochlainn/Provision
L street Long Walk
L city Galway
F date January 2040
P full Aengus Mac Lochlainn
O media Provision
> Galway City Council has approved a €142 million flood relief scheme for the River Corrib and the city’s waterfront after a debate of almost five hours on Monday night.
O government Galway City Council
F money €142 million
L geo River Corrib
F duration five hours
> Councillors voted 31 to 6 in favour, with one abstention, at a meeting in City Hall on College Road. The plan, drawn up with the Office of Public Works (OPW), will raise quay walls, fit flood gates at the Spanish Arch and build a pumping station on Nuns’ Island.
F number 31
F number 6
F number one
L facility City Hall
L street College Road
O government Office of Public Works
O government OPW
L facility Spanish Arch
L geo Nuns’ Island
> The council’s director of services, Pádraig Ó Fátharta, told the meeting that 940 properties had flooded at least once since 2014 and that the Claddagh would be under water “more often than not” by the 2060s if nothing was done. The walls are designed for what engineers call the “design flood”, the highest water level expected in 200 years.
P full Pádraig Ó Fátharta
F number 940
F date 2014
L city Claddagh
Q direct Pádraig Ó Fátharta :: “more often than not”
F date 2060s
Q scare - :: “design flood”
F duration 200 years
> “We have had three serious floods in seven years. Every one of them came up through the drains before it came over the wall,” Mr Ó Fátharta said. “This scheme deals with both.
Q direct Pádraig Ó Fátharta :: “We have had three serious floods in seven years. Every one of them came up through the drains before it came over the wall,”
F number three
F duration seven years
P partial Ó Fátharta
Q direct Pádraig Ó Fátharta :: “This scheme deals with both.
> “If we wait for the next storm to make the case for us, it will be too late for people in Woodquay and Salthill.”
Q direct Pádraig Ó Fátharta :: “If we wait for the next storm to make the case for us, it will be too late for people in Woodquay and Salthill.”
L city Woodquay
L city Salthill
> The OPW will pay 80 per cent of the cost, and the council will borrow the remaining €28.4m over 25 years. Construction is due to start in September 2042, with the quays closed to traffic in stages.
O government OPW
F percent 80 per cent
F money €28.4m
F duration 25 years
F date September 2042
> An OPW engineer, Fionnuala Breathnach, said the design allowed for a sea level rise of 55cm by 2100. “We are not building for the Galway of 2041. We are building for the Galway of the 2090s,” she said.
O government OPW
P full Fionnuala Breathnach
F quantity 55cm
F date 2100
Q direct Fionnuala Breathnach :: “We are not building for the Galway of 2041. We are building for the Galway of the 2090s,”
L city Galway
F date 2041
L city Galway
F date 2090s
> Not everyone is convinced. Tomás Ó Loideáin, who has run a pub on Claddagh Quay for 26 years, said the new walls would leave the waterfront looking like “a wall of concrete with a view of a wall”.
P full Tomás Ó Loideáin
L street Claddagh Quay
F duration 26 years
Q direct Tomás Ó Loideáin :: “a wall of concrete with a view of a wall”
> “My father was flooded in 1991 and I was flooded in 2040. I know what the water does,” Mr Ó Loideáin, 58, said. “But the swans won’t see the river, and neither will the tourists. They said ‘temporary barriers’ at the first meeting. Now it’s ‘permanent’.”
Q direct Tomás Ó Loideáin :: “My father was flooded in 1991 and I was flooded in 2040. I know what the water does,”
F date 1991
F date 2040
P partial Ó Loideáin
F age 58
Q direct Tomás Ó Loideáin :: “But the swans won’t see the river, and neither will the tourists. They said ‘temporary barriers’ at the first meeting. Now it’s ‘permanent’.”
> Galway West TD Máirtín Ó Flaithearta (SF) said he would raise the timeline in the Dáil next week. He said traders on Quay Street and Shop Street had lost an estimated €3.5 million in the floods of January 2040 alone.
L region Galway West
P full Máirtín Ó Flaithearta
O party SF
O government Dáil
L street Quay Street
L street Shop Street
F money €3.5 million
F date January 2040
> “Four years of roadworks on the quays is a long time for a small business,” he said. “Dublin has to put a compensation fund on the table, not a leaflet.”
Q direct Máirtín Ó Flaithearta :: “Four years of roadworks on the quays is a long time for a small business,”
F duration Four years
Q direct Máirtín Ó Flaithearta :: “Dublin has to put a compensation fund on the table, not a leaflet.”
L city Dublin
> A spokeswoman for Galway Chamber said its members were “broadly supportive” but wanted deliveries to continue during the works. Public consultation on the detailed design opens on April 2nd and will run for six weeks.
O nonprofit Galway Chamber
Q direct - :: “broadly supportive”
F date April 2nd
F duration six weeks
'''

ARTICLES['1610-frigovale-bond-sale-nyse-listing-brazil-meatpacker-reais-bloomberg'] = r'''
> Markets
> Brazil’s Frigovale Sells $1.5 Billion of Bonds Ahead of New York Listing
L country Brazil
O company Frigovale
F money $1.5 Billion
L city New York
> Meatpacker’s 10-year notes priced to yield 6.85%, the lowest for a Brazilian food company since 2036
F duration 10-year
F percent 6.85%
F date 2036
> Shares are set to start trading on the NYSE on Thursday at $18 to $21 apiece
O company NYSE
F money $18
F money $21
> By Camila Duarte Ferraz and Henry Wexford
P full Camila Duarte Ferraz
P full Henry Wexford
> April 10, 2041 at 3:18 PM GMT-3
F date April 10, 2041
F time 3:18 PM GMT-3
> A worker at a Frigovale plant in Mato Grosso state. Photographer: Rafael Moura Lins/Bloomberg
O company Frigovale
L region Mato Grosso
P full Rafael Moura Lins
O media Bloomberg
> (Bloomberg) -- Frigovale Alimentos SA, Brazil’s fourth-largest meatpacker, sold $1.5 billion of 10-year bonds on Wednesday, paying 235 basis points over Treasuries as investors piled into one of the biggest emerging-market deals of the year.
O media Bloomberg
O company Frigovale Alimentos SA
L country Brazil
F money $1.5 billion
F duration 10-year
F percent 235 basis points
> The notes were priced to yield 6.85%, down from initial guidance of about 7.25%, according to a person familiar with the matter, who asked not to be identified because the terms aren’t public. The book was “four times covered at the peak,” with orders of more than $6.2 billion, the person said.
F percent 6.85%
F percent 7.25%
Q direct - :: “four times covered at the peak,”
F number four
F money $6.2 billion
> The sale comes a day before the São Paulo-based company lists American depositary shares on the New York Stock Exchange. Frigovale plans to sell 48 million shares at $18 to $21 each, which would raise as much as $1.01 billion and value it at about $7.4 billion.
L city São Paulo
O company New York Stock Exchange
O company Frigovale
F number 48 million
F money $18
F money $21
F money $1.01 billion
F money $7.4 billion
> “We’re not coming to New York because we need the money. We’re coming because our buyers pay in dollars and our investors should be paid in dollars too,” Chief Financial Officer Marcelo Antunes Prado said in an interview. Frigovale earns about 62% of its revenue abroad, mostly from China, the Middle East and the US.
Q direct Marcelo Antunes Prado :: “We’re not coming to New York because we need the money. We’re coming because our buyers pay in dollars and our investors should be paid in dollars too,”
L city New York
P full Marcelo Antunes Prado
O company Frigovale
F percent 62%
L country China
L region Middle East
L country US
> Proceeds will refinance 4.8 billion reais ($960 million) of local debt that costs the company more than 13% a year, Antunes Prado said. The rest will help pay for a plant in Rondonópolis that is due to open in the second half of 2043 and process 3,000 head of cattle a day.
F money 4.8 billion reais
F money $960 million
F percent 13%
P partial Antunes Prado
L city Rondonópolis
F date 2043
F number 3,000
> Brazilian meatpackers have been turning to dollar markets as the Banco Central do Brasil holds its benchmark rate at 11.75%, near a two-year high.
O government Banco Central do Brasil
F percent 11.75%
F duration two-year
> “Investors are paying up for hard-currency revenue,” said Luana Takeda Ribeiro, a strategist at Banco Alvorada in São Paulo. “Beef is one of the few stories here that doesn’t depend on Brasília getting its budget right.” She said the deal shrank what traders call the “Brazil discount” and that spreads on similar bonds had narrowed by 40 basis points since January.
Q direct Luana Takeda Ribeiro :: “Investors are paying up for hard-currency revenue,”
P full Luana Takeda Ribeiro
O company Banco Alvorada
L city São Paulo
Q direct Luana Takeda Ribeiro :: “Beef is one of the few stories here that doesn’t depend on Brasília getting its budget right.”
L city Brasília
Q scare - :: “Brazil discount”
L country Brazil
F percent 40 basis points
> Not everyone bought in. Priya Anand-Holloway, who helps oversee $14 billion of emerging-market debt at Harcastle Asset Management in London, said she passed on the deal. “At 6.85%, you’re being paid for a beef cycle, not for a herd disease or a trade fight,” she said. “I’d want another 50 basis points.”
P full Priya Anand-Holloway
F money $14 billion
O company Harcastle Asset Management
L city London
Q direct Priya Anand-Holloway :: “At 6.85%, you’re being paid for a beef cycle, not for a herd disease or a trade fight,”
F percent 6.85%
Q direct Priya Anand-Holloway :: “I’d want another 50 basis points.”
F percent 50 basis points
> Frigovale, founded in 1979 by cattle rancher Heitor Antunes in Cuiabá, slaughtered 2.9 million head of cattle last year, up 8% from 2039. Antunes, 84, and his family will keep about two-thirds of the voting shares after the offering.
O company Frigovale
F date 1979
P full Heitor Antunes
L city Cuiabá
F number 2.9 million
F percent 8%
F date 2039
P partial Antunes
F age 84
F fraction two-thirds
> --With assistance from Tomás Aguiar Neto
P full Tomás Aguiar Neto
'''

ARTICLES['1611-knicks-76ers-game-3-delacroix-bell-madison-square-garden-playoffs-the-athletic'] = r'''
> NBA
O other NBA
> Delacroix-Bell Takes Over Late as Knicks Beat 76ers, Grab 2-1 Series Lead
P partial Delacroix-Bell
O team Knicks
O team 76ers
F score 2-1
> Philadelphia led by 11 in the third quarter. Then New York’s point guard scored 14 of his 31 points down the stretch and called it “just the Garden being the Garden.”
O team Philadelphia
F number 11
O team New York
F number 14
F number 31
Q direct Marquis Delacroix-Bell :: “just the Garden being the Garden.”
L facility Garden
L facility Garden
> By Naomi Fairbanks-Ortiz
P full Naomi Fairbanks-Ortiz
> May 3, 2041
F date May 3, 2041
> Marquis Delacroix-Bell celebrates a 3-pointer in the fourth quarter at Madison Square Garden on Friday. (Elsa Van Tassel / NBAE via Getty Images)
P full Marquis Delacroix-Bell
F number 3
L facility Madison Square Garden
P full Elsa Van Tassel
O other NBAE
O company Getty Images
> NEW YORK — For 36 minutes on Friday night, the Philadelphia 76ers did almost everything right. Then Marquis Delacroix-Bell decided the game was his.
L city NEW YORK
F duration 36 minutes
O team Philadelphia 76ers
P full Marquis Delacroix-Bell
> The Knicks’ point guard scored 14 of his game-high 31 points after the 7:02 mark, including three 3-pointers in a span of 90 seconds, as New York came back from 11 down to beat the 76ers 112-104. The Knicks lead the best-of-seven first-round series 2-1, with Game 4 here on Sunday.
O team Knicks
F number 14
F number 31
F time 7:02
F number three
F number 3
F duration 90 seconds
O team New York
F number 11
O team 76ers
F score 112-104
O team Knicks
F number seven
F score 2-1
> “I looked up and we were down 11, and the building was quiet. I don’t like it quiet,” Delacroix-Bell, 27, said. “So I made some noise.”
Q direct Marquis Delacroix-Bell :: “I looked up and we were down 11, and the building was quiet. I don’t like it quiet,”
F number 11
P partial Delacroix-Bell
F age 27
Q direct Marquis Delacroix-Bell :: “So I made some noise.”
> Philadelphia had built its lead on the glass. Kwame Ashby-Reid, the 76ers’ 7-foot center, had 24 points and 17 rebounds, and Philadelphia outrebounded New York 29-18 in the first half. A 13-2 run midway through the third quarter made it 78-67 with 5:41 left in the period.
O team Philadelphia
P full Kwame Ashby-Reid
O team 76ers
F quantity 7-foot
F number 24
F number 17
O team Philadelphia
O team New York
F score 29-18
F score 13-2
F score 78-67
F time 5:41
> Knicks coach Rhett Kellerman went small, sliding Tobias Wren to center and putting four shooters around him. New York outscored Philadelphia 33-19 in the fourth quarter and held the 76ers to 5 of 21 shooting over the final 12 minutes.
O team Knicks
P full Rhett Kellerman
P full Tobias Wren
F number four
O team New York
O team Philadelphia
F score 33-19
O team 76ers
F number 5
F number 21
F duration 12 minutes
> “Our guys kept saying in the huddle, ‘Just get one stop.’ We got one, then another,” Kellerman said. “That’s the playoffs. You don’t need 10 in a row. You need the next one.”
Q direct Rhett Kellerman :: “Our guys kept saying in the huddle, ‘Just get one stop.’ We got one, then another,”
F number one
P partial Kellerman
Q direct Rhett Kellerman :: “That’s the playoffs. You don’t need 10 in a row. You need the next one.”
F number 10
> Wren finished with 18 points and 11 rebounds in 41 minutes. He also drew the sixth foul on Ashby-Reid with 2:09 remaining, a call 76ers coach Dominic Sauvé described as “a flop, and everybody in the building knew it.”
P partial Wren
F number 18
F number 11
F duration 41 minutes
P partial Ashby-Reid
F time 2:09
O team 76ers
P full Dominic Sauvé
Q direct Dominic Sauvé :: “a flop, and everybody in the building knew it.”
> Sauvé was angrier about his team’s 19 turnovers, which New York turned into 26 points.
P partial Sauvé
F number 19
O team New York
F number 26
> "We gave them the ball 19 times. You can't win a playoff game on the road doing that," he said. "I'm not going to talk about the refs. I'll get fined, and I've got two kids in college."
Q direct Dominic Sauvé :: "We gave them the ball 19 times. You can't win a playoff game on the road doing that,"
F number 19
Q direct Dominic Sauvé :: "I'm not going to talk about the refs. I'll get fined, and I've got two kids in college."
F number two
> An Eastern Conference scout at the game, who spoke on condition of anonymity because he was not authorized to comment, said the Knicks had found something. “That’s their closing five now. Philly can’t guard it without going small too, and then who’s rebounding?” the scout said.
O other Eastern Conference
O team Knicks
Q direct - :: “That’s their closing five now. Philly can’t guard it without going small too, and then who’s rebounding?”
F number five
O team Philly
> Delacroix-Bell, who signed a four-year, $212 million extension in July 2040, is averaging 29.7 points in the series. He was 11 of 23 from the field and 6 of 9 from 3-point range on Friday.
P partial Delacroix-Bell
F duration four-year
F money $212 million
F date July 2040
F number 29.7
F number 11
F number 23
F number 6
F number 9
F number 3
> Game 4 tips off at 3:30 p.m. ET on Sunday. Fans who stayed long after the buzzer already had a name for the closing group: “the Bricklayers,” a nod to how many Philadelphia shots clanked in the fourth.
F time 3:30 p.m. ET
Q scare - :: “the Bricklayers,”
O team Philadelphia
'''

ARTICLES['1612-south-lantau-marine-park-moved-kau-yi-chau-islands-tai-o-fish-farmers-scmp'] = r'''
> Hong Kong / Environment
L region Hong Kong
> Hong Kong moves planned marine park to make way for Kau Yi Chau islands, fish farmers say move is ‘a death sentence’
L region Hong Kong
L geo Kau Yi Chau
Q direct Lau Kam-wing :: ‘a death sentence’
> Government redraws 1,150-hectare park off south Lantau as reclamation plans shift; HK$2.6 billion set aside for relocation
F quantity 1,150-hectare
L geo Lantau
F money HK$2.6 billion
> Wong Hoi-yan
P full Wong Hoi-yan
> Published: 7:20pm, 21 Oct 2041
F time 7:20pm
F date 21 Oct 2041
> Fish rafts at Tai O, where about 30 families still farm grouper and sea bream. Photo: Chan Tsz-ho
L city Tai O
F number 30
P full Chan Tsz-ho
> Hong Kong will move a planned marine park off Lantau Island some 4km to the west to clear space for the Kau Yi Chau artificial islands, the Development Bureau said on Monday, in a change conservationists warn will push the park towards one of the city’s busiest shipping channels.
L region Hong Kong
L geo Lantau Island
F quantity 4km
L geo Kau Yi Chau
O government Development Bureau
> The South Lantau Marine Park, first proposed in 2037, was to cover 1,150 hectares of water between Cheung Sha and the Soko Islands. Under the revised plan it will shrink to 980 hectares and stretch instead from Fan Lau to the waters south of Tai O.
L geo South Lantau Marine Park
F date 2037
F quantity 1,150 hectares
L city Cheung Sha
L geo Soko Islands
F quantity 980 hectares
L city Fan Lau
L city Tai O
> Under Secretary for Development Vivian Cheung Wing-sze said the change would keep “at least the same ecological value” while allowing work on the first of the so-called “blue-green” islands to begin in 2043, a year earlier than planned.
P full Vivian Cheung Wing-sze
Q direct Vivian Cheung Wing-sze :: “at least the same ecological value”
Q scare - :: “blue-green”
F date 2043
> “The marine park is not being cancelled. It is being moved to where the water is cleaner and the dolphins actually are,” Cheung told reporters after a meeting of the Legislative Council’s development panel. “We will not forget the people who make a living there.”
Q direct Vivian Cheung Wing-sze :: “The marine park is not being cancelled. It is being moved to where the water is cleaner and the dolphins actually are,”
P partial Cheung
O government Legislative Council
Q direct Vivian Cheung Wing-sze :: “We will not forget the people who make a living there.”
> The government will spend HK$2.6 billion over eight years on the new park, including compensation for about 120 fish-raft licences and a HK$400 million fund to retrain fishermen, she said. Under the Marine Parks Ordinance, fish farming is banned inside park boundaries.
F money HK$2.6 billion
F duration eight years
F number 120
F money HK$400 million
> In Tai O, the news landed badly. Lau Kam-wing, 63, has farmed grouper from a raft off the stilt-house village for 41 years, as his father did before him.
L city Tai O
P full Lau Kam-wing
F age 63
F duration 41 years
> “They draw a line on a map in Admiralty and call it a park. For us it is a death sentence,” Lau said. “My rafts are inside the new line. They say ‘relocate’, but where? There is no calm water left on this side of the island.”
Q direct Lau Kam-wing :: “They draw a line on a map in Admiralty and call it a park. For us it is a death sentence,”
L city Admiralty
P partial Lau
Q direct Lau Kam-wing :: “My rafts are inside the new line. They say ‘relocate’, but where? There is no calm water left on this side of the island.”
> The number of Chinese white dolphins in Hong Kong waters has fallen to about 32 from 188 in 2003, according to the Agriculture, Fisheries and Conservation Department (AFCD).
L region Hong Kong
F number 32
F number 188
F date 2003
O government Agriculture, Fisheries and Conservation Department
O government AFCD
> “Moving the park west puts it right next to the ferry lanes to Macau and Zhuhai. You cannot protect dolphins on a motorway,” said Grace Ho Pui-ling, a spokeswoman for SeaWild Hong Kong. “The bureau calls this a ‘like-for-like’ swap.
Q direct Grace Ho Pui-ling :: “Moving the park west puts it right next to the ferry lanes to Macau and Zhuhai. You cannot protect dolphins on a motorway,”
L city Macau
L city Zhuhai
P full Grace Ho Pui-ling
O nonprofit SeaWild Hong Kong
Q direct Grace Ho Pui-ling :: “The bureau calls this a ‘like-for-like’ swap.
> “It is not. It is 170 hectares smaller, and half of it sits under the approach to the airport.”
Q direct Grace Ho Pui-ling :: “It is not. It is 170 hectares smaller, and half of it sits under the approach to the airport.”
F quantity 170 hectares
F fraction half
> Legislator Edward Tse Man-kit, who sits on the panel, said he would ask the bureau to publish its environmental study before the Town Planning Board considers the change on December 12. The first island is planned to hold 71,000 homes for about 190,000 people.
P full Edward Tse Man-kit
O government Town Planning Board
F date December 12
F number 71,000
F number 190,000
> “Nobody is against homes. But if you can find 1,000 hectares of sea for flats, you can find 1,000 hectares for fish,” Tse said.
Q direct Edward Tse Man-kit :: “Nobody is against homes. But if you can find 1,000 hectares of sea for flats, you can find 1,000 hectares for fish,”
F quantity 1,000 hectares
F quantity 1,000 hectares
P partial Tse
> A government source said the bureau expected “some noise” at the board but no delay. The public can comment on the new boundary until November 30.
Q direct - :: “some noise”
F date November 30
'''

ARTICLES['1613-great-white-shark-closes-seven-beaches-port-macquarie-mid-north-coast-abc-news'] = r'''
> 'It was the size of a ute': Great white sighting shuts beaches at Port Macquarie
Q direct Brodie Kealy :: 'It was the size of a ute'
L city Port Macquarie
> ABC Mid North Coast
O media ABC Mid North Coast
> By Kirrily Dunstan-Webb
P full Kirrily Dunstan-Webb
> Posted Sat 17 Jan 2043 at 6:40am, updated Sat 17 Jan 2043 at 11:15am
F date 17 Jan 2043
F time 6:40am
F date 17 Jan 2043
F time 11:15am
> Lifesavers on patrol at Flynns Beach on Saturday morning. (ABC Mid North Coast: Lachlan Pirie)
L geo Flynns Beach
O media ABC Mid North Coast
P full Lachlan Pirie
> In short:
> Seven beaches at Port Macquarie are closed after a 4.5-metre great white shark was seen 50 metres off Town Beach on Friday afternoon.
F number Seven
L city Port Macquarie
F quantity 4.5-metre
F quantity 50 metres
L geo Town Beach
> The shark was tagged by the NSW Department of Primary Industries in 2041 and has been detected three times since Thursday.
O government NSW Department of Primary Industries
F date 2041
F number three
> What's next?
> Beaches will stay shut until at least 24 hours after the shark's last detection.
F duration 24 hours
> A great white shark about 4.5 metres long has forced the closure of seven beaches on the Mid North Coast of New South Wales at the start of a busy summer weekend.
F quantity 4.5 metres
F number seven
L region Mid North Coast
L region New South Wales
> Surf Life Saving NSW closed Town, Flynns, Shelly and Lighthouse beaches, as well as Nobbys Beach, Oxley Beach and Rocky Beach, after the shark was seen about 50 metres off Town Beach at 4:15pm on Friday.
O nonprofit Surf Life Saving NSW
L geo Town
L geo Flynns
L geo Shelly
L geo Lighthouse
L geo Nobbys Beach
L geo Oxley Beach
L geo Rocky Beach
F quantity 50 metres
L geo Town Beach
F time 4:15pm
> Port Macquarie Surf Life Saving Club captain Brodie Kealy was on the water in an inflatable rescue boat when the call came through.
O nonprofit Port Macquarie Surf Life Saving Club
P full Brodie Kealy
> "It was the size of a ute, just cruising along the back of the break," Mr Kealy said. "There were probably 200 people in the water at Town Beach, and we had them all out in about six minutes."
Q direct Brodie Kealy :: "It was the size of a ute, just cruising along the back of the break,"
P partial Kealy
Q direct Brodie Kealy :: "There were probably 200 people in the water at Town Beach, and we had them all out in about six minutes."
F number 200
L geo Town Beach
F duration six minutes
> Department of Primary Industries (DPI) shark biologist Dr Annika Marchetti said the animal was a female tagged off Hawks Nest in March 2041, and had pinged the DPI listening station off Town Beach three times since Thursday night.
O government Department of Primary Industries
O government DPI
P full Annika Marchetti
L city Hawks Nest
F date March 2041
O government DPI
L geo Town Beach
F number three
> She said the shark's movements were "not unusual" in January, when warm currents push schools of salmon and mullet close to shore.
Q direct Annika Marchetti :: "not unusual"
> "What is a bit different is how long she has stayed. Most white sharks pass through in under 48 hours. She has been here for three days
Q direct Annika Marchetti :: "What is a bit different is how long she has stayed. Most white sharks pass through in under 48 hours. She has been here for three days
F duration 48 hours
F duration three days
> "That tells us there is food around, so we would ask people to stay out of the water until the lifesavers say otherwise."
Q direct Annika Marchetti :: "That tells us there is food around, so we would ask people to stay out of the water until the lifesavers say otherwise."
> Among those turned away from Flynns Beach was Jonas Hartmann, 34, a tourist from Munich who arrived in Port Macquarie on Wednesday with his wife and two children.
L geo Flynns Beach
P full Jonas Hartmann
F age 34
L city Munich
L city Port Macquarie
F number two
> "In Germany we have the Baltic, and the worst thing there is jellyfish," he said, laughing. "My son wanted to see a kangaroo. Now he wants to see the shark. I told him, 'From the headland, yes. From the water, no.'"
Q direct Jonas Hartmann :: "In Germany we have the Baltic, and the worst thing there is jellyfish,"
L country Germany
L geo Baltic
Q direct Jonas Hartmann :: "My son wanted to see a kangaroo. Now he wants to see the shark. I told him, 'From the headland, yes. From the water, no.'"
> Port Macquarie-Hastings Council Mayor Glenys Thorburn said the closures would hurt local businesses, but safety came first.
O government Port Macquarie-Hastings Council
P full Glenys Thorburn
> "January is worth about $38 million to this town. Nobody wants the beaches shut in the school holidays," she said. "But I would rather lose a weekend's trade than lose a life."
Q direct Glenys Thorburn :: "January is worth about $38 million to this town. Nobody wants the beaches shut in the school holidays,"
F money $38 million
Q direct Glenys Thorburn :: "But I would rather lose a weekend's trade than lose a life."
> A council spokesperson said the closures were "a precaution, not a panic", and that the council's two beach drones would fly from 7am until 6pm. Surf Life Saving NSW will review the closures at 9am on Sunday.
Q direct - :: "a precaution, not a panic"
F number two
F time 7am
F time 6pm
O nonprofit Surf Life Saving NSW
F time 9am
> The last fatal shark attack in the area was in 2039, when a 61-year-old surfer died off Lighthouse Beach. Some locals have already nicknamed the shark "the Landlord".
F date 2039
F age 61-year-old
L geo Lighthouse Beach
Q scare - :: "the Landlord"
'''

ARTICLES['1614-eu-agriculture-ministers-clash-manure-nitrogen-limits-poland-copa-cogeca-politico-europe'] = r'''
> Agriculture
> EU ministers clash over manure rules as Poland leads revolt against Brussels
O intergovernmental EU
L country Poland
L city Brussels
> Eleven countries say the Commission’s €3.1 billion transition fund is too small to cover a 20 percent cut in nitrogen limits.
F number Eleven
O intergovernmental Commission
F money €3.1 billion
F percent 20 percent
> By Marta Zielonka and Joost van Aken
P full Marta Zielonka
P full Joost van Aken
> March 17, 2042 7:12 pm CET
F date March 17, 2042
F time 7:12 pm CET
> Farmers protest outside the Justus Lipsius building in Brussels on Monday. | Kenzo Vandamme/AFP via Getty Images
L facility Justus Lipsius
L city Brussels
P full Kenzo Vandamme
O media AFP
O company Getty Images
> BRUSSELS — EU agriculture ministers clashed on Monday over the European Commission’s plan to tighten limits on manure spreading, with Poland, France and nine other countries threatening to block the reform unless Brussels doubles the money on offer.
L city BRUSSELS
O intergovernmental EU
O intergovernmental European Commission
L country Poland
L country France
F number nine
L city Brussels
> The proposal would cut the manure farmers may spread from 170 kilograms of nitrogen per hectare a year to 136 kilograms, and by 2046 end the exemptions letting some farmers in Denmark, Ireland and the Netherlands spread up to 230 kilograms.
F quantity 170 kilograms
F quantity 136 kilograms
F date 2046
L country Denmark
L country Ireland
L country Netherlands
F quantity 230 kilograms
> Agriculture Commissioner Kristiina Aaltonen-Vehko told ministers that the 1991 Nitrates Directive had failed. Nitrate levels exceed the EU’s limit of 50 milligrams per liter in groundwater under 14 percent of the bloc’s farmland, a shortfall officials call the “nitrogen gap.”
P full Kristiina Aaltonen-Vehko
F date 1991
O intergovernmental EU
F quantity 50 milligrams
F percent 14 percent
Q scare - :: “nitrogen gap.”
> “We have been asking nicely for 50 years. Water companies in Flanders and Brittany are now paying the bill for what happens in the fields,” Aaltonen-Vehko said after the meeting. “The fund is there to help farmers through the change, not to pay them to avoid it.”
Q direct Kristiina Aaltonen-Vehko :: “We have been asking nicely for 50 years. Water companies in Flanders and Brittany are now paying the bill for what happens in the fields,”
F duration 50 years
L region Flanders
L region Brittany
P partial Aaltonen-Vehko
Q direct Kristiina Aaltonen-Vehko :: “The fund is there to help farmers through the change, not to pay them to avoid it.”
> The fund, spread over five years, would pay up to €260 per hectare to farmers who cut herds or invest in manure processing. Polish Agriculture Minister Tomasz Wierzbowski said that amounted to “crumbs.”
F duration five years
F money €260
P full Tomasz Wierzbowski
Q direct Tomasz Wierzbowski :: “crumbs.”
> “A pig farm with 2,000 animals will need €400,000 for new storage. Brussels offers a few thousand euros and a lecture,” Wierzbowski told reporters. He said Warsaw would not back the text “in this form, or anything close to it.”
Q direct Tomasz Wierzbowski :: “A pig farm with 2,000 animals will need €400,000 for new storage. Brussels offers a few thousand euros and a lecture,”
F number 2,000
F money €400,000
L city Brussels
P partial Wierzbowski
L city Warsaw
Q direct Tomasz Wierzbowski :: “in this form, or anything close to it.”
> An informal count showed 11 countries, with about 41 percent of the EU’s population, opposed to the draft — enough for a blocking minority, which needs at least four member states and 35 percent of the population.
F number 11
F percent 41 percent
O intergovernmental EU
F number four
F percent 35 percent
> “It’s the numbers, not the arguments, that matter now,” said an EU diplomat, granted anonymity to discuss the closed-door talks. “The Commission has two months to find more money or it has nothing.”
Q direct - :: “It’s the numbers, not the arguments, that matter now,”
O intergovernmental EU
Q direct - :: “The Commission has two months to find more money or it has nothing.”
O intergovernmental Commission
F duration two months
> Farm lobby Copa-Cogeca, which speaks for 22 million farmers, called the plan “a manure tax by another name.” Its environment director, Inés Carvalho Duarte, wants a €6 billion fund and a 2050 deadline.
O nonprofit Copa-Cogeca
F number 22 million
Q direct Copa-Cogeca :: “a manure tax by another name.”
P full Inés Carvalho Duarte
F money €6 billion
F date 2050
> “Nobody in our organization denies the nitrate problem. We deny that you can solve it in four years on a budget that wouldn’t cover one country,” she said.
Q direct Inés Carvalho Duarte :: “Nobody in our organization denies the nitrate problem. We deny that you can solve it in four years on a budget that wouldn’t cover one country,”
F duration four years
F number one
> For Gerrit-Jan Brinkhuis, who milks 140 cows on 78 hectares near Drachten in Friesland, the new limit would mean cutting his herd by about a third or paying to truck manure to Germany.
P full Gerrit-Jan Brinkhuis
F number 140
F quantity 78 hectares
L city Drachten
L region Friesland
F fraction a third
L country Germany
> “My grandfather started this farm in 1962 with 12 cows. I am 47 and my son wants to take over, but I can’t tell him there is a future,” Brinkhuis said. “In The Hague they say ‘sustainable’. On my farm, sustainable means the bank still answers the phone.”
Q direct Gerrit-Jan Brinkhuis :: “My grandfather started this farm in 1962 with 12 cows. I am 47 and my son wants to take over, but I can’t tell him there is a future,”
F date 1962
F number 12
F age 47
P partial Brinkhuis
Q direct Gerrit-Jan Brinkhuis :: “In The Hague they say ‘sustainable’. On my farm, sustainable means the bank still answers the phone.”
L city The Hague
> Ministers return to the file at the Agriculture and Fisheries Council on April 27. Adoption needs a qualified majority: 15 countries representing 65 percent of EU citizens.
O intergovernmental Agriculture and Fisheries Council
F date April 27
F number 15
F percent 65 percent
O intergovernmental EU
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
