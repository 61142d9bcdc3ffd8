#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval205 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval205/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1273-sudan-truce-talks-juba-el-obeid-kordofan-al-jazeera'] = r'''
> News|Conflict
> Sudan’s warring sides open truce talks in Juba as El Obeid siege tightens
L country Sudan
L city Juba
L city El Obeid
> South Sudan and the African Union are mediating as aid agencies warn that 1.2 million people in North Kordofan face hunger.
L country South Sudan
O intergovernmental African Union
F number 1.2 million
L region North Kordofan
> By Amna Abdelrahim
P full Amna Abdelrahim
> Published On 14 Mar 2040
F date 14 Mar 2040
> Displaced families queue for water at a camp outside Kosti, in White Nile state, on March 9 [Mudathir el-Tayeb/Al Jazeera]
L city Kosti
L region White Nile
F date March 9
P full Mudathir el-Tayeb
O media Al Jazeera
> Juba, South Sudan – Delegations from Sudan’s army and the paramilitary Rapid Support Forces (RSF) have opened indirect talks in the South Sudanese capital on a 45-day truce around El Obeid, the besieged capital of North Kordofan, where aid agencies say food stocks will run out within three weeks.
L city Juba
L country South Sudan
L country Sudan
O other Rapid Support Forces
O other RSF
F duration 45-day
L city El Obeid
L region North Kordofan
F duration three weeks
> The talks, hosted by South Sudan’s government at a hotel on the banks of the Nile, began on Tuesday with mediators from the African Union (AU) and the Intergovernmental Authority on Development (IGAD) shuttling between the two delegations.
L country South Sudan
L geo Nile
O intergovernmental African Union
O intergovernmental AU
O intergovernmental Intergovernmental Authority on Development
O intergovernmental IGAD
F number two
> “We are not yet at the stage of a ceasefire. We are at the stage of a corridor,” said Santino Dut Akech, the presidential adviser who leads the mediation for Juba. “If the corridor holds for 45 days, then we talk about more.
Q direct Santino Dut Akech :: “We are not yet at the stage of a ceasefire. We are at the stage of a corridor,”
Q direct Santino Dut Akech :: “If the corridor holds for 45 days, then we talk about more.
P full Santino Dut Akech
L city Juba
F duration 45 days
> “The people of El Obeid cannot eat promises. They need trucks on the road by next week.”
Q direct Santino Dut Akech :: “The people of El Obeid cannot eat promises. They need trucks on the road by next week.”
L city El Obeid
> The proposed corridor would open the 310km road from Kosti to El Obeid, known to truck drivers as the “road of thirst”, to convoys escorted by AU monitors.
F quantity 310km
L city Kosti
L city El Obeid
Q scare - :: “road of thirst”
O intergovernmental AU
> The army’s delegation is led by Lieutenant General Kamal Yassin al-Toum, who said on Wednesday that the army would accept “a humanitarian pause, not a political reward” for the RSF. Al-Toum told reporters the paramilitary group must first withdraw from the road between Bara and El Obeid.
P full Kamal Yassin al-Toum
Q direct Kamal Yassin al-Toum :: “a humanitarian pause, not a political reward”
O other RSF
P partial Al-Toum
L city Bara
L city El Obeid
> RSF negotiator Adam Haroun Tigani said his side had “no objection to food”, but rejected any pull-back. “They want us to leave the road so that their drones can use it,” he told Al Jazeera.
O other RSF
P full Adam Haroun Tigani
Q direct Adam Haroun Tigani :: “no objection to food”
Q direct Adam Haroun Tigani :: “They want us to leave the road so that their drones can use it,”
O media Al Jazeera
> According to the UN’s World Food Programme (WFP), about 1.2 million people in North Kordofan face emergency levels of hunger, and the price of a 50kg sack of sorghum in El Obeid has risen by 340 percent since December. The agency said it had 6,400 tonnes of food waiting in Kosti.
O intergovernmental UN
O intergovernmental World Food Programme
O intergovernmental WFP
F number 1.2 million
L region North Kordofan
F quantity 50kg
L city El Obeid
F percent 340 percent
F quantity 6,400 tonnes
L city Kosti
> The UN has appealed for $2.7bn for Sudan this year but has received only 19 percent of that amount. On Wednesday, the United States pledged $85m for the corridor and the European Union €40m.
O intergovernmental UN
F money $2.7bn
L country Sudan
F percent 19 percent
L country United States
F money $85m
O intergovernmental European Union
F money €40m
> In a camp outside Kosti, Hawa Ismail Adam, 34, said she walked for nine days with her four children after fighters entered her village near Um Rawaba in January.
L city Kosti
P full Hawa Ismail Adam
F age 34
F duration nine days
F number four
L city Um Rawaba
> “My son asked me, ‘Mama, is there bread in Kosti?’ I told him yes. I lied,” she said. “Now I do not know what to tell him.”
Q direct Hawa Ismail Adam :: “My son asked me, ‘Mama, is there bread in Kosti?’ I told him yes. I lied,”
Q direct Hawa Ismail Adam :: “Now I do not know what to tell him.”
L city Kosti
> A Western diplomat following the talks, speaking anonymously, said the two delegations were treating Juba as a “waiting room” while the fighting went on. “Nobody here has the authority to sign. The people who can sign are in Port Sudan and in Nyala,” the diplomat said.
F number two
L city Juba
Q direct - :: “waiting room”
Q direct - :: “Nobody here has the authority to sign. The people who can sign are in Port Sudan and in Nyala,”
L city Port Sudan
L city Nyala
> The war between the army and the RSF began in April 2023 and has displaced more than 12 million people, according to the International Organization for Migration (IOM).
O other RSF
F date April 2023
F number 12 million
O intergovernmental International Organization for Migration
O intergovernmental IOM
> Source: Al Jazeera
O media Al Jazeera
'''

ARTICLES['1274-sheppard-subway-extension-mccowan-council-vote-toronto-star'] = r'''
> GTA
L region GTA
> Council backs $8.4-billion plan to push Sheppard subway east to McCowan
F money $8.4-billion
L facility Sheppard
L street McCowan
> Six new stations would carry 94,000 riders a day by 2051, the TTC says. Queen’s Park has yet to commit a cent.
F number Six
F number 94,000
F date 2051
O government TTC
O government Queen’s Park
> By Priya Castellanos-Reid Staff Reporter
P full Priya Castellanos-Reid
> Thu., Oct. 18, 2040 • 5 min. read
F date Oct. 18, 2040
F duration 5 min.
> A Line 4 Sheppard train waits at Don Mills station, where the line has ended since it opened in 2002. Nadia Ferreira-Oduya Toronto Star
L facility Line 4 Sheppard
L facility Don Mills
F date 2002
P full Nadia Ferreira-Oduya
O media Toronto Star
> Toronto city council voted 19-6 on Wednesday to ask the province to help pay for a 7.6-kilometre extension of Line 4 Sheppard, the city’s shortest and least-used subway line, from Don Mills station east to McCowan Rd. in Scarborough.
L city Toronto
F number 19-6
F quantity 7.6-kilometre
L facility Line 4 Sheppard
L facility Don Mills
L street McCowan Rd.
L city Scarborough
> The $8.4-billion extension would add six stations — at Consumers Rd., Victoria Park, Warden, Kennedy, Agincourt and McCowan — and meet the extended Line 2 Bloor-Danforth at Sheppard Ave. E. and McCowan.
F money $8.4-billion
F number six
L street Consumers Rd.
L facility Victoria Park
L facility Warden
L facility Kennedy
L facility Agincourt
L facility McCowan
L facility Line 2 Bloor-Danforth
L street Sheppard Ave. E.
L street McCowan
> Coun. Imani Okonkwo-Baird (Scarborough—Agincourt), who moved the motion, said her residents had been waiting since the line opened. “For 38 years, people in Agincourt have been told the subway is coming,” she said. “They have heard ‘next decade’ so many times it has become a joke.
P full Imani Okonkwo-Baird
L region Scarborough—Agincourt
Q direct Imani Okonkwo-Baird :: “For 38 years, people in Agincourt have been told the subway is coming,”
Q direct Imani Okonkwo-Baird :: “They have heard ‘next decade’ so many times it has become a joke.
F duration 38 years
L city Agincourt
> “Today, council stopped laughing.”
Q direct Imani Okonkwo-Baird :: “Today, council stopped laughing.”
> Not everyone was convinced. Coun. Desmond Achterberg (Etobicoke Centre) called the extension a “vanity tunnel” and said the same money could build three light-rail lines. “We are spending $1.1 million a metre to move people who could be on a bus,” he said.
P full Desmond Achterberg
L region Etobicoke Centre
Q direct Desmond Achterberg :: “vanity tunnel”
F number three
Q direct Desmond Achterberg :: “We are spending $1.1 million a metre to move people who could be on a bus,”
F money $1.1 million
> Line 4 carries about 52,000 riders on an average weekday, according to the TTC, well under half the 120,000 it was built to handle. A staff report projects weekday ridership of 94,000 by 2051 if the line reaches McCowan, and says the trip from Agincourt to Yonge St. would fall to 14 minutes from 31 minutes.
L facility Line 4
F number 52,000
O government TTC
F fraction half
F number 120,000
F number 94,000
F date 2051
L facility McCowan
L city Agincourt
L street Yonge St.
F duration 14 minutes
F duration 31 minutes
> TTC chief executive Joaquim Nakashima-Bell said the agency could begin tunnelling in 2043 and open the extension in 2051 “if the money is real by next summer.”
O government TTC
P full Joaquim Nakashima-Bell
F date 2043
F date 2051
Q direct Joaquim Nakashima-Bell :: “if the money is real by next summer.”
> “A subway that stops at Don Mills is half a subway,” he told reporters after the vote.
Q direct Joaquim Nakashima-Bell :: “A subway that stops at Don Mills is half a subway,”
L facility Don Mills
F fraction half
> The city has offered $1.1 billion, or 13 per cent of the cost, from development charges. It wants Ottawa and the province to split the remaining $7.3 billion. Metrolinx, the provincial transit agency, said it would “review the business case with the TTC” but made no commitment.
F money $1.1 billion
F percent 13 per cent
L city Ottawa
F money $7.3 billion
O government Metrolinx
Q direct Metrolinx :: “review the business case with the TTC”
O government TTC
> A senior city official, who was not authorized to speak publicly, called the request “a bargaining position” ahead of the next provincial budget. “Nobody at city hall thinks Queen’s Park writes a cheque for $7 billion this year,” the official said.
Q direct - :: “a bargaining position”
Q direct - :: “Nobody at city hall thinks Queen’s Park writes a cheque for $7 billion this year,”
O government Queen’s Park
F money $7 billion
> At Kennedy and Sheppard on Wednesday evening, Lourdes Ybañez, 61, was waiting for the 85 bus, which she takes to Don Mills before switching to the subway. She said the trip to her job at North York General Hospital takes 55 minutes each way.
L street Kennedy
L street Sheppard
P full Lourdes Ybañez
F age 61
L facility Don Mills
O other North York General Hospital
F duration 55 minutes
> “I will be 72 when they open it,” she said, laughing. “But my grandchildren will ride it.”
Q direct Lourdes Ybañez :: “I will be 72 when they open it,”
Q direct Lourdes Ybañez :: “But my grandchildren will ride it.”
F age 72
> Council will take up the funding request again at its Nov. 26 meeting.
F date Nov. 26
'''

ARTICLES['1275-india-australia-dharamsala-test-day-two-raghunathan-cricket-com-au'] = r'''
> Report
> Raghunathan's 163 puts India in charge as Australia stumble in the cold
P partial Raghunathan
F number 163
O team India
O team Australia
> Skipper's marathon century lifts hosts to 412 before Shivam Bhalerao's triple strike leaves tourists 3-96 at stumps on day two in Dharamsala
F score 412
P full Shivam Bhalerao
F score 3-96
L city Dharamsala
> Lachlan Fenwick in Dharamsala
P full Lachlan Fenwick
L city Dharamsala
> 8 March 2041
F date 8 March 2041
> Vihaan Raghunathan celebrates his century at the HPCA Stadium on Friday. Picture: Getty
P full Vihaan Raghunathan
L facility HPCA Stadium
O company Getty
> India captain Vihaan Raghunathan ground out 163 in more than nine hours to drag his side to 412 on the second day of the third Test, before a fiery spell from debutant Shivam Bhalerao left Australia 3-96 at stumps in Dharamsala, still 316 runs behind.
O team India
P full Vihaan Raghunathan
F number 163
F duration nine hours
F score 412
P full Shivam Bhalerao
O team Australia
F score 3-96
L city Dharamsala
F number 316
> Resuming on 5-271 on a cold, bright morning, with the temperature just 6 degrees when play began at 9.30am, Raghunathan batted for another 58 overs with the tail.
F score 5-271
F quantity 6 degrees
F time 9.30am
P partial Raghunathan
F number 58
> He added 94 for the seventh wicket with wicketkeeper Arjun Mehta-Saini and another 47 for the last wicket with No.11 Karthik Iyengar, who made a single from 31 balls.
F number 94
P full Arjun Mehta-Saini
F number 47
P full Karthik Iyengar
F number 31
> "I told Karthik, 'You just block, I'll take the risks,'" Raghunathan said. "He blocked for an hour. For a No.11 in this cold, that's worth as much as my runs."
Q direct Vihaan Raghunathan :: "I told Karthik, 'You just block, I'll take the risks,'"
Q direct Vihaan Raghunathan :: "He blocked for an hour. For a No.11 in this cold, that's worth as much as my runs."
P partial Karthik
P partial Raghunathan
> The 31-year-old's innings, his 14th Test century and his second of the series, came off 389 balls and included 17 fours and two sixes. His only chance came on 88, when Australia captain Oliver van Reenen put down a low catch at second slip off Mitchell Oduya.
F age 31-year-old
F number 389
F number 17
F number two
F number 88
O team Australia
P full Oliver van Reenen
P full Mitchell Oduya
> Oduya finished with 4-101 from 34 overs and offspinner Ben Karalis took 3-88, but the Australians were left to bat for 31 overs in fading light.
P partial Oduya
F score 4-101
F number 34
P full Ben Karalis
F score 3-88
F number 31
> That was when Bhalerao, 22, a left-arm quick from Nashik playing his first Test, struck three times in his first five overs. He bowled opener Sam Whitfield-Ngata for 4, had Josh Carmody caught at gully for 19 and trapped No.3 Harry Lindqvist lbw for a duck.
P partial Bhalerao
F age 22
L city Nashik
F number three
F number five
P full Sam Whitfield-Ngata
F number 4
P full Josh Carmody
F number 19
P full Harry Lindqvist
> Bhalerao, who touched 146km/h in his opening spell, said he learned the game on a concrete strip beside his father's onion fields. "My father told me, 'If you can bowl fast there, you can bowl fast anywhere,'" he said. "Today I believed him."
P partial Bhalerao
F quantity 146km/h
Q direct Shivam Bhalerao :: "My father told me, 'If you can bowl fast there, you can bowl fast anywhere,'"
Q direct Shivam Bhalerao :: "Today I believed him."
> Van Reenen (41 not out) and Tom Ellery (12 not out) then saw Australia through to stumps, which came with bad light at 4.52pm.
P partial Van Reenen
F number 41
P full Tom Ellery
F number 12
O team Australia
F time 4.52pm
> "We've been in worse spots," van Reenen said. "It's 316 runs, not 600. If Tom and I are still there at lunch tomorrow, it's a different game."
Q direct Oliver van Reenen :: "We've been in worse spots,"
Q direct Oliver van Reenen :: "It's 316 runs, not 600. If Tom and I are still there at lunch tomorrow, it's a different game."
P partial van Reenen
F number 316
F number 600
P partial Tom
> A crowd of 18,600, many wrapped in shawls against the wind off the snow-capped Dhauladhar range, watched a match already dubbed the "Snow Test" by local media.
F number 18,600
L geo Dhauladhar
Q scare - :: "Snow Test"
> The five-match series is level at 1-1 after India won in Chennai by 211 runs and Australia levelled in Kolkata by six wickets.
F number five
F score 1-1
O team India
L city Chennai
F number 211
O team Australia
L city Kolkata
F number six
> Stumps, day two: Australia 3-96 (van Reenen 41*, Ellery 12*) trail India 412 (Raghunathan 163, Mehta-Saini 58; Oduya 4-101, Karalis 3-88) by 316 runs
O team Australia
F score 3-96
P partial van Reenen
F number 41
P partial Ellery
F number 12
O team India
F score 412
P partial Raghunathan
F number 163
P partial Mehta-Saini
F number 58
P partial Oduya
F score 4-101
P partial Karalis
F score 3-88
F number 316
'''

ARTICLES['1276-seohae-heavy-lng-carrier-order-gunsan-greek-owner-korea-herald'] = r'''
> Industry
> Seohae Heavy wins W1.4tr order for four LNG carriers
O company Seohae Heavy
F money W1.4tr
F number four
> Published : Feb. 7, 2041 - 15:42 Updated : Feb. 7, 2041 - 18:05
F date Feb. 7, 2041
F time 15:42
F date Feb. 7, 2041
F time 18:05
> A liquefied natural gas carrier under construction at Seohae Heavy Industries' shipyard in Gunsan, North Jeolla Province (Seohae Heavy Industries)
O company Seohae Heavy Industries
L city Gunsan
L region North Jeolla Province
O company Seohae Heavy Industries
> Midsize shipbuilder Seohae Heavy Industries said Thursday it has won a 1.42 trillion won ($1.03 billion) order to build four liquefied natural gas carriers for a Greek shipowner, its largest contract since it opened its Gunsan yard in 2036.
O company Seohae Heavy Industries
F money 1.42 trillion won
F money $1.03 billion
F number four
L city Gunsan
F date 2036
> The buyer, Athens-based Thalassa Gas Carriers, ordered four 174,000-cubic-meter vessels for delivery by November 2044 and holds an option for two more, the company said in a regulatory filing. Each ship is priced at about 355 billion won, it added.
L city Athens
O company Thalassa Gas Carriers
F number four
F quantity 174,000-cubic-meter
F date November 2044
F number two
F money 355 billion won
> The deal lifts Seohae's order backlog to 7.9 trillion won, or about 3.5 years of work, and is equal to 38 percent of its 2040 sales.
O company Seohae
F money 7.9 trillion won
F duration 3.5 years
F percent 38 percent
F date 2040
> "This order proves that a midsize yard can compete with the 'Big Three' on LNG carriers, not only on tankers," Seohae CEO Ahn Sung-min said in a statement. "We will hire around 600 more welders and fitters in Gunsan this year."
Q direct Ahn Sung-min :: "This order proves that a midsize yard can compete with the 'Big Three' on LNG carriers, not only on tankers,"
Q direct Ahn Sung-min :: "We will hire around 600 more welders and fitters in Gunsan this year."
O company Seohae
P full Ahn Sung-min
F number 600
L city Gunsan
> Korea's three largest shipbuilders -- HD Hyundai Heavy Industries, Samsung Heavy Industries and Hanwha Ocean -- have dominated the global market for large LNG carriers for two decades, riding a so-called "super cycle" of orders that began in 2021.
L country Korea
F number three
O company HD Hyundai Heavy Industries
O company Samsung Heavy Industries
O company Hanwha Ocean
F duration two decades
Q scare - :: "super cycle"
F date 2021
> Nam Yu-ri, an analyst at Hanbit Investment & Securities, said the order showed that shipowners were looking beyond the big yards, whose building slots are booked until 2045. "Smaller yards are offering delivery two years earlier. For an owner who has a charter waiting, that matters more than the price," she said.
P full Nam Yu-ri
O company Hanbit Investment & Securities
F date 2045
Q direct Nam Yu-ri :: "Smaller yards are offering delivery two years earlier. For an owner who has a charter waiting, that matters more than the price,"
F duration two years
> She added that the price of about 355 billion won per vessel was roughly 4 percent below the going rate for ships of the same size, calling it a "door-opening discount."
F money 355 billion won
F percent 4 percent
Q direct Nam Yu-ri :: "door-opening discount."
> The contract is backed by refund guarantees from the Korea Trade Insurance Corp. (K-sure) and the Export-Import Bank of Korea. K-sure said it had guaranteed 60 percent of the advance payments.
O government Korea Trade Insurance Corp.
O government K-sure
O government Export-Import Bank of Korea
O government K-sure
F percent 60 percent
> An official at the Ministry of Trade, Industry and Energy, who asked not to be named, said the government would count the deal toward its goal of 25 LNG carrier orders for midsize yards by 2042. "The big yards cannot build everything. If the midsize yards do not get these ships, China will," the official said.
O government Ministry of Trade, Industry and Energy
F number 25
F date 2042
Q direct - :: "The big yards cannot build everything. If the midsize yards do not get these ships, China will,"
L country China
> Shares of Seohae Heavy rose 7.8 percent to 41,350 won on Thursday, while the benchmark index gained 0.6 percent.
O company Seohae Heavy
F percent 7.8 percent
F money 41,350 won
F percent 0.6 percent
> The Korean Metal Workers' Union's Gunsan branch said the new jobs were welcome but warned against relying on subcontractors. "Six hundred jobs is good news if they are real jobs, not one-year contracts," said branch chief Yoo Dong-hwan.
O nonprofit Korean Metal Workers' Union
L city Gunsan
Q direct Yoo Dong-hwan :: "Six hundred jobs is good news if they are real jobs, not one-year contracts,"
F number Six hundred
F duration one-year
P full Yoo Dong-hwan
> By Kim Ha-neul (haneul@heraldcorp.com)
P full Kim Ha-neul
'''

ARTICLES['1277-valentine-groundwater-export-permit-jeff-davis-county-texas-tribune'] = r'''
> Water
> West Texas ranchers fight a plan to pipe groundwater from Valentine to the oil fields
L region West Texas
L city Valentine
> A district board in Jeff Davis County will vote next month on a permit to pump 28,000 acre-feet a year. Two legislators have already taken sides.
L region Jeff Davis County
F quantity 28,000 acre-feet
F number Two
> By Marisol Quintanilla-Draper
P full Marisol Quintanilla-Draper
> March 4, 2040 5 AM Central
F date March 4, 2040
F time 5 AM Central
> Rancher Cordelia Baeza checks a stock tank fed by a windmill on her family’s land near Valentine on Feb. 27, 2040. Credit: Tomás Villaseñor for The Texas Tribune
P full Cordelia Baeza
L city Valentine
F date Feb. 27, 2040
P full Tomás Villaseñor
O media The Texas Tribune
> VALENTINE — For most of the year, the only sound on Cordelia Baeza’s ranch is the creak of windmills pulling water from 400 feet underground. If a Midland company gets its way, that water could be flowing 140 miles north to the oil fields of the Permian Basin by 2043.
L city VALENTINE
P full Cordelia Baeza
F quantity 400 feet
L city Midland
F quantity 140 miles
L region Permian Basin
F date 2043
> Sierra Vieja Water Partners has asked the Davis Mountains Groundwater Conservation District for a permit to pump up to 28,000 acre-feet a year — about 9.1 billion gallons — from wells on 11,500 acres it leases west of Valentine, and to pipe it to frac sites in Reeves and Ward counties.
O company Sierra Vieja Water Partners
O government Davis Mountains Groundwater Conservation District
F quantity 28,000 acre-feet
F quantity 9.1 billion gallons
F quantity 11,500 acres
L city Valentine
L region Reeves
L region Ward
> That is more than all the water pumped in Jeff Davis County in a typical year, according to the Texas Water Development Board, which puts the county’s use at about 6,300 acre-feet.
L region Jeff Davis County
O government Texas Water Development Board
F quantity 6,300 acre-feet
> “They are not buying water. They are buying our future and shipping it to Midland in a pipe,” said Baeza, 67, whose family has run cattle here since 1912. “Once the springs go dry, no permit brings them back.”
Q direct Cordelia Baeza :: “They are not buying water. They are buying our future and shipping it to Midland in a pipe,”
Q direct Cordelia Baeza :: “Once the springs go dry, no permit brings them back.”
L city Midland
P partial Baeza
F age 67
F date 1912
> The district’s five-member board will vote April 16 at the county courthouse in Fort Davis. Its general manager, Rubén Olivárez, said the district’s rules cap pumping at 2 acre-feet per acre each year, a limit the application meets on paper.
F number five
F date April 16
L city Fort Davis
P full Rubén Olivárez
F quantity 2 acre-feet
> “Our job is not to decide whether this is a good idea. Our job is to decide whether the aquifer can take it,” Olivárez said. He said a 2038 model run by the district found the pumping could lower water levels near Valentine by as much as 90 feet over 50 years.
Q direct Rubén Olivárez :: “Our job is not to decide whether this is a good idea. Our job is to decide whether the aquifer can take it,”
P partial Olivárez
F date 2038
L city Valentine
F quantity 90 feet
F duration 50 years
> Sierra Vieja says the water would take 1,200 trucks a day off Interstate 10 and bring the county $3.4 million a year in fees. In a written statement, the company called the project “a win for West Texas” and said the aquifer holds “far more water than anyone has ever used.”
O company Sierra Vieja
F number 1,200
L street Interstate 10
F money $3.4 million
Q direct Sierra Vieja Water Partners :: “a win for West Texas”
Q direct Sierra Vieja Water Partners :: “far more water than anyone has ever used.”
L region West Texas
> The fight has reached Austin. State Rep. Lorenzo Caballero-Mims, R-Alpine, whose district includes Jeff Davis County, said he would file a bill next session to bar groundwater exports from the county without a vote of the commissioners court. State Sen. Darlene Whitacre, R-Midland, said she opposed “any bill that picks winners among landowners.”
L city Austin
P full Lorenzo Caballero-Mims
L city Alpine
L region Jeff Davis County
P full Darlene Whitacre
L city Midland
Q direct Darlene Whitacre :: “any bill that picks winners among landowners.”
> “Water in Texas belongs to the person who owns the land above it. That has been the rule since 1904, and I don’t intend to change it,” Whitacre said.
Q direct Darlene Whitacre :: “Water in Texas belongs to the person who owns the land above it. That has been the rule since 1904, and I don’t intend to change it,”
L region Texas
F date 1904
P partial Whitacre
> In Marathon, 90 miles to the southeast, the Brewster County Commissioners Court passed a resolution against the permit last month, worried that its own aquifer could be next. About 140 residents packed a hearing in Fort Davis in February, where speakers were given three minutes each.
L city Marathon
F quantity 90 miles
O government Brewster County Commissioners Court
F number 140
L city Fort Davis
F duration three minutes
> The district can approve, deny or cut back the request. If it is approved, the company plans to start building a $210 million pipeline in 2041.
F money $210 million
F date 2041
'''

ARTICLES['1278-tregaron-hospital-ward-closure-hywel-dda-bronglais-bbc-wales'] = r'''
> Mid Wales
L region Mid Wales
> Tregaron hospital ward to close with loss of 18 beds
L city Tregaron
F number 18
> Siôn Llewelyn-Price
P full Siôn Llewelyn-Price
> Health correspondent, BBC Wales
O media BBC Wales
> Published 15 November 2040
F date 15 November 2040
> Image source, Getty Images
O company Getty Images
> Image caption, Campaigners gathered outside Tregaron Hospital on Saturday
L facility Tregaron Hospital
> The only inpatient ward at a small rural hospital in Ceredigion is to close, with its 18 beds moved 18 miles (29km) away to Aberystwyth.
L region Ceredigion
F number 18
F quantity 18 miles
F quantity 29km
L city Aberystwyth
> Hywel Dda University Health Board said it could no longer staff Ward Caron at Tregaron Hospital safely, after 11 of its 26 nursing posts went unfilled for more than a year.
O government Hywel Dda University Health Board
L facility Ward Caron
L facility Tregaron Hospital
F number 11
F number 26
> The board voted 9-2 on Thursday to move the beds to Bronglais General Hospital in Aberystwyth from 6 January, saving an estimated £1.3m a year in agency staff costs.
F number 9-2
L facility Bronglais General Hospital
L city Aberystwyth
F date 6 January
F money £1.3m
> Campaigners say the decision will leave elderly patients from villages such as Pontrhydfendigaid, Llanddewi Brefi and Bronant far from their families, on mountain roads that are often closed by snow. The hospital, known locally as "the Cottage", has had beds since 1923.
L city Pontrhydfendigaid
L city Llanddewi Brefi
L city Bronant
Q scare - :: "the Cottage"
F date 1923
> The health board's director of operations, Meleri Gwynfor-Hughes, said the ward had relied on agency nurses for 62% of its shifts in the past six months, at a cost of £480,000.
P full Meleri Gwynfor-Hughes
F percent 62%
F duration six months
F money £480,000
> "This is not a decision we wanted to make," she said. "A ward that cannot be staffed safely is not a safe ward, however much we love it.
Q direct Meleri Gwynfor-Hughes :: "This is not a decision we wanted to make,"
Q direct Meleri Gwynfor-Hughes :: "A ward that cannot be staffed safely is not a safe ward, however much we love it.
> "We will keep the minor injuries unit and the GP surgery at Tregaron open, and we are putting £250,000 into community nursing in the Teifi valley."
Q direct Meleri Gwynfor-Hughes :: "We will keep the minor injuries unit and the GP surgery at Tregaron open, and we are putting £250,000 into community nursing in the Teifi valley."
L city Tregaron
F money £250,000
L geo Teifi
> The health board said the change would be reviewed after 12 months and that no jobs would be lost, with ward staff offered posts at Bronglais or in community teams.
F duration 12 months
L facility Bronglais
> Ceredigion Penfro Member of the Senedd Rhodri Tudur, of Plaid Cymru, called the decision "a betrayal of rural Wales". He said patients in the uplands were being treated "like a line on a spreadsheet".
L region Ceredigion Penfro
O government Senedd
P full Rhodri Tudur
O party Plaid Cymru
Q direct Rhodri Tudur :: "a betrayal of rural Wales"
Q direct Rhodri Tudur :: "like a line on a spreadsheet"
L country Wales
> Some patients from the north of Powys also use the ward, and Powys Teaching Health Board said it was "disappointed" not to have been consulted.
L region Powys
O government Powys Teaching Health Board
Q direct Powys Teaching Health Board :: "disappointed"
> Elin Morgan-Jones, whose 88-year-old father spent five weeks on the ward last winter, said the family had visited him every day. "Tregaron is 10 minutes from Dad's farm. Aberystwyth is 40 minutes when the mountain road is open, and it isn't always," she said.
P full Elin Morgan-Jones
F age 88-year-old
F duration five weeks
Q direct Elin Morgan-Jones :: "Tregaron is 10 minutes from Dad's farm. Aberystwyth is 40 minutes when the mountain road is open, and it isn't always,"
L city Tregaron
F duration 10 minutes
L city Aberystwyth
F duration 40 minutes
> The Royal College of Nursing (RCN) in Wales said the closure showed "the cost of a decade of short-staffing". An RCN member who works on the ward, who asked not to be named, told BBC Wales: "We were told in September that our jobs were safe. We found out about the vote on Facebook."
O nonprofit Royal College of Nursing
O nonprofit RCN
L country Wales
Q direct Royal College of Nursing :: "the cost of a decade of short-staffing"
O nonprofit RCN
O media BBC Wales
Q direct - :: "We were told in September that our jobs were safe. We found out about the vote on Facebook."
O company Facebook
> A petition against the closure has been signed by 4,312 people, and campaigners plan to march from Tregaron's town square to the hospital on 2 December.
F number 4,312
L city Tregaron
F date 2 December
> The health board will review winter pressures at Bronglais at its next meeting on 24 January.
L facility Bronglais
F date 24 January
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
