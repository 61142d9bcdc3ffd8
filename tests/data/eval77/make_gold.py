#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval77 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval77/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['505-tarset-farmers-forestry-england-620-hectare-woodland-greenhaugh-north-tyne-hexham-courant'] = r'''
> Farming
> ‘Trees on the heft would finish us’: Tarset farmers fight 620-hectare planting plan
Q direct Robbie Milburn :: ‘Trees on the heft would finish us’
L region Tarset
F quantity 620-hectare
> Three tenant families say a Forestry England woodland on the fells above the North Tyne would leave them without enough ground for their flocks
F number Three
O government Forestry England
L geo North Tyne
> By Eilidh Charlton-Robson
P full Eilidh Charlton-Robson
> Reporter
> 2nd September 2036
F date 2nd September 2036
> Blackface ewes on the fell above Greenhaugh, where most of the new woodland would be planted (Image: Newsquest)
L city Greenhaugh
O media Newsquest
> FARMERS in the upper North Tyne valley have warned that a plan to plant 620 hectares of trees on the fells near Tarset could put three hill farms out of business.
L geo North Tyne
F quantity 620 hectares
L region Tarset
F number three
> Forestry England, which manages Kielder Forest for the Government, wants to create a mixed woodland of native broadleaves and Sitka spruce on rough grazing it owns between Greenhaugh and the Tarset Burn.
O government Forestry England
L geo Kielder Forest
L city Sitka
L city Greenhaugh
L geo Tarset Burn
> Its proposal, which went out to public consultation last week, says the trees would lock up about 140,000 tonnes of carbon over 60 years. It also includes a car park and 11km of new paths linking the woodland with the Pennine Way at Bellingham.
F quantity 140,000 tonnes
F duration 60 years
F quantity 11km
L facility Pennine Way
L city Bellingham
> But Robbie Milburn, 58, whose family has farmed at Crag Shiel for four generations, said the fell was the heft his 700 ewes had grazed since his great-grandfather's time. He sold 410 store lambs at Hexham mart last autumn.
P full Robbie Milburn
F age 58
L facility Crag Shiel
F number four
F number 700
F number 410
L city Hexham
> "A hefted flock knows its own ground. You can't just pick it up and put it on another hill," he said. "Take that fell off us and we're down to about 250 ewes, and nobody makes a living off 250 ewes up here. Trees on the heft would finish us."
Q direct Robbie Milburn :: "A hefted flock knows its own ground. You can't just pick it up and put it on another hill,"
Q direct Robbie Milburn :: "Take that fell off us and we're down to about 250 ewes, and nobody makes a living off 250 ewes up here. Trees on the heft would finish us."
F number 250
F number 250
> Mr Milburn is one of three tenants whose grazing lets run out in November 2037. Forestry England has told them that the lets on the 1,530 acres earmarked for planting will not be renewed.
P partial Milburn
F number three
F date November 2037
O government Forestry England
F quantity 1,530 acres
> Janet Dodd, who farms at neighbouring Redheugh with her son Callum, said the families had been given "no real say".
P full Janet Dodd
L facility Redheugh
P partial Callum
Q direct Janet Dodd :: "no real say"
> "We found out from a letter. Nobody from Forestry England has set foot in our kitchen," she said. "They talk about the community, but the community is us."
Q direct Janet Dodd :: "We found out from a letter. Nobody from Forestry England has set foot in our kitchen,"
O government Forestry England
Q direct Janet Dodd :: "They talk about the community, but the community is us."
> A spokeswoman for Forestry England's North England Forest District said it was "listening carefully" and would look at leaving the highest ground unplanted.
O government Forestry England
O government North England Forest District
Q direct - :: "listening carefully"
> "Northumberland has some of the lowest woodland cover in England, at around 16 per cent, and we have been asked to play our part in reaching the national targets," she said. "We want farming and forestry to sit side by side in Tarset, as they have done at Kielder for more than 100 years."
Q direct - :: "Northumberland has some of the lowest woodland cover in England, at around 16 per cent, and we have been asked to play our part in reaching the national targets,"
L region Northumberland
L country England
F percent 16 per cent
Q direct - :: "We want farming and forestry to sit side by side in Tarset, as they have done at Kielder for more than 100 years."
L region Tarset
L city Kielder
F duration 100 years
> Forestry England estimates that planting, fencing and the car park would cost £3.2m over the first five years, with part of the bill met by selling carbon credits.
O government Forestry England
F money £3.2m
F duration five years
> Bellingham county councillor Alan Ridley-Scott said he had asked Northumberland County Council's planning officers whether the car park would need planning permission.
L region Bellingham
P full Alan Ridley-Scott
O government Northumberland County Council
> He said: "Nobody is against trees. But 620 hectares in one go, on the best grazing in the valley, is not the way to do it. Put them on the poorer ground lower down and along the burns."
Q direct Alan Ridley-Scott :: "Nobody is against trees. But 620 hectares in one go, on the best grazing in the valley, is not the way to do it. Put them on the poorer ground lower down and along the burns."
F quantity 620 hectares
> The National Farmers' Union (NFU) said the case showed the danger of "planting by numbers". Its North East adviser, Tom Armstrong, said upland farms had lost about a third of their support payments since 2028 and could not afford to give up ground.
O nonprofit National Farmers' Union
O nonprofit NFU
Q direct National Farmers' Union :: "planting by numbers"
L region North East
P full Tom Armstrong
F fraction a third
F date 2028
> Tarset and Greystead Parish Council will hold a public meeting about the plans at Greenhaugh Village Hall on Thursday, September 11, at 7pm.
O government Tarset and Greystead Parish Council
L facility Greenhaugh Village Hall
F date September 11
F time 7pm
> The consultation closes on October 31. Paper copies of the plans can be seen at the Forestry England office at Kielder Castle.
F date October 31
O government Forestry England
L facility Kielder Castle
'''

ARTICLES['506-bangladesh-remittance-record-october-eid-bangladesh-bank-baira-bmet-cumilla-new-age'] = r'''
> Business
> Remittance hits record $3.42b in October ahead of Eid
F money $3.42b
> Staff Correspondent | Published: 23:18, Nov 01,2037 | Updated: 00:47, Nov 02,2037
F time 23:18
F date Nov 01,2037
F time 00:47
F date Nov 02,2037
> Migrant workers wait for clearance cards at the Bureau of Manpower, Employment and Training office in Kakrail, Dhaka. — New Age photo
O government Bureau of Manpower, Employment and Training
L city Kakrail
L city Dhaka
O media New Age
> Expatriate Bangladeshis sent home a record $3.42 billion in October, the highest monthly inflow ever, as workers in the Gulf and Malaysia sent extra money to their families ahead of Eid-ul-Fitr.
F money $3.42 billion
L region Gulf
L country Malaysia
> The inflow was 21.6 per cent higher than the $2.81 billion received in October 2036, according to Bangladesh Bank data released on Sunday.
F percent 21.6 per cent
F money $2.81 billion
F date October 2036
O government Bangladesh Bank
> The previous monthly record, $3.18 billion, was set in November 2036, also in the run-up to Eid-ul-Fitr.
F money $3.18 billion
F date November 2036
> In the first four months (July-October) of the 2037-38 financial year, inflow stood at $10.96 billion, up 14.3 per cent from the same period of FY37.
F duration four months
F date 2037-38
F money $10.96 billion
F percent 14.3 per cent
F date FY37
> Bangladesh Bank executive director and spokesperson Md Rafiqul Hasan Talukder told New Age that the gap between the official and kerb-market rates of the dollar had narrowed to less than Tk 1, drawing more workers to banking channels instead of hundi.
O government Bangladesh Bank
P full Md Rafiqul Hasan Talukder
O media New Age
F money Tk 1
> ‘When the difference is this small, a worker in Riyadh has no reason to take the risk of hundi. That is what we are seeing now,’ he said.
Q direct Md Rafiqul Hasan Talukder :: ‘When the difference is this small, a worker in Riyadh has no reason to take the risk of hundi. That is what we are seeing now,’
L city Riyadh
> Banks paid between Tk 126.40 and Tk 126.90 for each dollar of remittance in the last week of October, including the 2.5 per cent cash incentive from the government, bankers said.
F money Tk 126.40
F money Tk 126.90
F percent 2.5 per cent
> Saudi Arabia remained the largest source, sending $712 million in October, followed by the United Arab Emirates with $498 million, Malaysia with $371 million, the United Kingdom with $319 million and the United States with $288 million, the central bank data showed.
L country Saudi Arabia
F money $712 million
L country United Arab Emirates
F money $498 million
L country Malaysia
F money $371 million
L country United Kingdom
F money $319 million
L country United States
F money $288 million
> Italy, Kuwait, Oman, Qatar and Singapore made up the rest of the 10 largest sources.
L country Italy
L country Kuwait
L country Oman
L country Qatar
L country Singapore
F number 10
> Among individual banks, Islami Bank Bangladesh PLC received the most, $611 million, followed by state-owned Agrani Bank with $402 million.
O company Islami Bank Bangladesh PLC
F money $611 million
O company Agrani Bank
F money $402 million
> The record came even though fewer workers left the country this year, said Shamsun Nahar Lipi, secretary general of the Bangladesh Association of International Recruiting Agencies (BAIRA).
P full Shamsun Nahar Lipi
O nonprofit Bangladesh Association of International Recruiting Agencies
O nonprofit BAIRA
> According to the Bureau of Manpower, Employment and Training (BMET), 6.41 lakh workers went abroad for jobs in the first 10 months of 2037, down from 7.96 lakh in the same period of 2036, mainly because Malaysia kept its labour market closed to new Bangladeshi recruits for eight months.
O government Bureau of Manpower, Employment and Training
O government BMET
F number 6.41 lakh
F duration 10 months
F date 2037
F number 7.96 lakh
F date 2036
L country Malaysia
F duration eight months
> ‘The money is coming from workers who are already there. They are sending more because prices at home are high and Eid is close. It is not a sign that migration is healthy.
Q direct Shamsun Nahar Lipi :: ‘The money is coming from workers who are already there. They are sending more because prices at home are high and Eid is close. It is not a sign that migration is healthy.
> ‘If new workers cannot go, this number will fall by the middle of next year,’ she said.
Q direct Shamsun Nahar Lipi :: ‘If new workers cannot go, this number will fall by the middle of next year,’
> District-wise data showed that Cumilla, Chattogram and Dhaka received the most money, with Cumilla alone getting $286 million in October, the central bank said.
L region Cumilla
L region Chattogram
L region Dhaka
L region Cumilla
F money $286 million
> At a bank agent outlet in Daudkandi upazila of Cumilla, Rokeya Begum, 46, said her husband, a construction worker in Dammam, had sent 2,500 riyals, about Tk 84,500, a week earlier than usual.
L region Daudkandi
L region Cumilla
P full Rokeya Begum
F age 46
L city Dammam
F money 2,500 riyals
F money Tk 84,500
> ‘He sent it early so that we can buy clothes for the children before prices go up more,’ she said.
Q direct Rokeya Begum :: ‘He sent it early so that we can buy clothes for the children before prices go up more,’
> A senior official of a private commercial bank, who asked not to be named, said inflows usually drop for two to three weeks after Eid.
F duration two
F duration three weeks
> ‘Remittance always jumps before the two Eids and then falls back. The real test for the reserves is November and December,’ the official said.
Q direct - :: ‘Remittance always jumps before the two Eids and then falls back. The real test for the reserves is November and December,’
F number two
> The country’s gross foreign exchange reserves stood at $31.8 billion on October 31, calculated under the International Monetary Fund’s BPM6 method, Bangladesh Bank data showed.
F money $31.8 billion
F date October 31
O intergovernmental International Monetary Fund
O government Bangladesh Bank
'''

ARTICLES['507-cougars-americans-4-3-overtime-whitehorse-two-rivers-cn-centre-whl-summary-prince-george-citizen'] = r'''
> Sports
> Cougars edge Americans 4-3 in overtime to close in on B.C. Division title
O team Cougars
O team Americans
F score 4-3
O other B.C. Division
> Kalen Whitehorse scores twice, including the winner 2:14 into the extra period, as Prince George moves six points clear with five games left
P full Kalen Whitehorse
F time 2:14
O team Prince George
F number six
F number five
> Noor Barakzai
P full Noor Barakzai
> Mar. 14, 2037 11:06 PM
F date Mar. 14, 2037
F time 11:06 PM
> Prince George Cougars forward Kalen Whitehorse (19) celebrates his overtime winner against the Tri-City Americans at CN Centre on Saturday. (Citizen photo by Darnell Okwuosa)
O team Prince George Cougars
P full Kalen Whitehorse
O team Tri-City Americans
L facility CN Centre
O media Citizen
P full Darnell Okwuosa
> Kalen Whitehorse picked a good night for his first two-goal game in more than a month.
P full Kalen Whitehorse
F number two
> The 19-year-old winger from Fort St. James scored twice, including the winner 2:14 into overtime, as the Prince George Cougars beat the Tri-City Americans 4-3 in front of 5,046 fans at CN Centre on Saturday night.
F age 19-year-old
L city Fort St. James
F time 2:14
O team Prince George Cougars
O team Tri-City Americans
F score 4-3
F number 5,046
L facility CN Centre
> The win lifted the Cougars to 41-17-4-2 and moved them six points clear of the Kamloops Blazers atop the WHL's B.C. Division with five games left in the regular season.
O team Cougars
F score 41-17-4-2
F number six
O team Kamloops Blazers
O other WHL
O other B.C. Division
F number five
> "We talked about it in the room before overtime — somebody has to want it more than the other guy," Whitehorse said. "Dawson made a great play to find me backdoor and I just had to put it in the empty side."
Q direct Kalen Whitehorse :: "We talked about it in the room before overtime — somebody has to want it more than the other guy,"
P partial Whitehorse
Q direct Kalen Whitehorse :: "Dawson made a great play to find me backdoor and I just had to put it in the empty side."
P partial Dawson
> Tri-City had won five straight and led 3-2 after Czech import Matěj Kratochvíl scored his 30th goal of the season on a power play at 4:51 of the third period.
O team Tri-City
F number five
F score 3-2
P full Matěj Kratochvíl
F time 4:51
> Prince George defenceman Eli Mbatha tied it with 3:07 left in regulation, walking in from the blue line and beating Americans goalie Brody Van Wyhe through a screen.
O team Prince George
P full Eli Mbatha
F time 3:07
O team Americans
P full Brody Van Wyhe
> In the three-on-three overtime, Dawson Pruden carried the puck the length of the ice and slid it across to Whitehorse, who had an open net.
F score three-on-three
P full Dawson Pruden
P partial Whitehorse
> "That's a kid who's grown up a lot this year," Cougars head coach Darcy Engelland said of Whitehorse, a seventh-round pick of the Seattle Kraken in 2036. "At the start of the season he was playing 12 minutes a night. Now he's on our top line and our first power-play unit, and he's earned every bit of it."
Q direct Darcy Engelland :: "That's a kid who's grown up a lot this year,"
O team Cougars
P full Darcy Engelland
P partial Whitehorse
O team Seattle Kraken
F date 2036
Q direct Darcy Engelland :: "At the start of the season he was playing 12 minutes a night. Now he's on our top line and our first power-play unit, and he's earned every bit of it."
F duration 12 minutes
> Whitehorse opened the scoring at 8:36 of the first period, tipping a point shot from Lenny Brückner past Van Wyhe. Tri-City answered twice in 57 seconds late in the period, through Jace Hollingbury and Ryder Koskinen.
P partial Whitehorse
F time 8:36
P full Lenny Brückner
P partial Van Wyhe
O team Tri-City
F duration 57 seconds
P full Jace Hollingbury
P full Ryder Koskinen
> Ashton Two Rivers tied it 2-2 on a power play 6:18 into the second, one-timing a pass from Mbatha from the left circle.
P full Ashton Two Rivers
F score 2-2
F time 6:18
P partial Mbatha
> Cougars goalie Tyson Reimer-Lachance made 29 saves. Van Wyhe stopped 37 of 41 shots.
O team Cougars
P full Tyson Reimer-Lachance
F number 29
P partial Van Wyhe
F number 37
F number 41
> The teams meet again Sunday at 4 p.m. at CN Centre. The Cougars then finish the regular season with four road games, two in Kamloops and one each in Kelowna and Victoria.
F time 4 p.m.
L facility CN Centre
O team Cougars
F number four
F number two
L city Kamloops
F number one
L city Kelowna
L city Victoria
> Summary
> Tri-City 2 0 1 0 — 3
O team Tri-City
F score 2
F score 0
F score 1
F score 0
F score 3
> Prince George 1 1 1 1 — 4
O team Prince George
F score 1
F score 1
F score 1
F score 1
F score 4
> First period — 1. Prince George, Whitehorse 28 (Brückner, Pruden) 8:36. 2. Tri-City, Hollingbury 17 (Koskinen, Kratochvíl) 17:10. 3. Tri-City, Koskinen 22 (Hollingbury) 18:07. Penalties — Mbatha PG (holding) 11:42.
O team Prince George
P partial Whitehorse
F number 28
P partial Brückner
P partial Pruden
F time 8:36
O team Tri-City
P partial Hollingbury
F number 17
P partial Koskinen
P partial Kratochvíl
F time 17:10
O team Tri-City
P partial Koskinen
F number 22
P partial Hollingbury
F time 18:07
P partial Mbatha
O team PG
F time 11:42
> Second period — 4. Prince George, Two Rivers 19 (Mbatha, Whitehorse) 6:18 (pp). Penalties — Sandoval TC (tripping) 5:02, Pruden PG (slashing) 14:55.
O team Prince George
P partial Two Rivers
F number 19
P partial Mbatha
P partial Whitehorse
F time 6:18
P partial Sandoval
O team TC
F time 5:02
P partial Pruden
O team PG
F time 14:55
> Third period — 5. Tri-City, Kratochvíl 30 (Sandoval, Hollingbury) 4:51 (pp). 6. Prince George, Mbatha 9 (Two Rivers, Pruden) 16:53. Penalties — Brückner PG (interference) 3:40, Koskinen TC (hooking) 13:20.
O team Tri-City
P partial Kratochvíl
F number 30
P partial Sandoval
P partial Hollingbury
F time 4:51
O team Prince George
P partial Mbatha
F number 9
P partial Two Rivers
P partial Pruden
F time 16:53
P partial Brückner
O team PG
F time 3:40
P partial Koskinen
O team TC
F time 13:20
> Overtime — 7. Prince George, Whitehorse 29 (Pruden) 2:14. Penalties — None.
O team Prince George
P partial Whitehorse
F number 29
P partial Pruden
F time 2:14
> Shots on goal — Tri-City 11 9 12 0 — 32; Prince George 12 13 12 4 — 41.
O team Tri-City
F number 11
F number 9
F number 12
F number 0
F number 32
O team Prince George
F number 12
F number 13
F number 12
F number 4
F number 41
> Goal — Tri-City: Van Wyhe (OTL, 27-15-3-1). Prince George: Reimer-Lachance (W, 30-11-2-2).
O team Tri-City
P partial Van Wyhe
F score 27-15-3-1
O team Prince George
P partial Reimer-Lachance
F score 30-11-2-2
> Power plays (goals-chances) — Tri-City: 1-3; Prince George: 1-2.
O team Tri-City
F number 1-3
O team Prince George
F number 1-2
> Attendance — 5,046 at Prince George.
F number 5,046
L city Prince George
'''

ARTICLES['508-namwater-erongo-uranium-mines-water-cut-desalination-omdel-arandis-the-namibian'] = r'''
> National
> Erongo mines face 25% water cut as desal plant stalls
L region Erongo
F percent 25%
> Ndapewa Shikongo-Iipinge
P full Ndapewa Shikongo-Iipinge
> 2039-02-16
F date 2039-02-16
> DRY TAPS … Residents of Arandis fill containers at a municipal standpipe on Monday. Photo: Ndapewa Shikongo-Iipinge
L city Arandis
P full Ndapewa Shikongo-Iipinge
> THE Namibia Water Corporation (NamWater) will cut the water it supplies to uranium mines in the Erongo region by 25% from 1 March, after a breakdown at the coastal desalination plant forced it to draw more heavily on the already depleted Omdel aquifer.
O company Namibia Water Corporation
O company NamWater
L region Erongo
F percent 25%
F date 1 March
L geo Omdel
> In a notice to bulk customers on Monday, NamWater said the Erongo desalination plant near Wlotzkasbaken had been running at less than half of its capacity of 20 million cubic metres a year since a seawater intake pipe ruptured on 23 January.
O company NamWater
L facility Erongo
L city Wlotzkasbaken
F fraction half
F quantity 20 million cubic metres
F date 23 January
> The plant, owned by the French group Orano, normally supplies about two-thirds of the water used at the coast.
O company Orano
F fraction two-thirds
> "The aquifer cannot carry the coast on its own for long. Domestic users must come first," the corporation said in the notice, adding that repairs would take "at least eight weeks".
Q direct Namibia Water Corporation :: "The aquifer cannot carry the coast on its own for long. Domestic users must come first,"
Q direct Namibia Water Corporation :: "at least eight weeks"
F duration eight weeks
> The cut affects the Husab and Rössing mines and Namib Lode Uranium's Ganab mine, which together draw about 14 000 cubic metres of water a day from the NamWater network.
L facility Husab
L facility Rössing
O company Namib Lode Uranium
L facility Ganab
F quantity 14 000 cubic metres
O company NamWater
> NamWater spokesperson Frieda Amutenya-Kavari told The Namibian on Tuesday that the corporation had also asked the municipalities of Swakopmund, Walvis Bay, Henties Bay and Arandis to cut household use by 15%.
O company NamWater
P full Frieda Amutenya-Kavari
O media The Namibian
L city Swakopmund
L city Walvis Bay
L city Henties Bay
L city Arandis
F percent 15%
> "We are not talking about shutting anybody off. We are asking everybody, the mines included, to carry part of the load until the plant is back at full capacity," she said.
Q direct Frieda Amutenya-Kavari :: "We are not talking about shutting anybody off. We are asking everybody, the mines included, to carry part of the load until the plant is back at full capacity,"
> According to her, the Omdel aquifer below the Omaruru River delta has fallen to about 38% of its storage, its lowest level since records began in 1996.
L geo Omdel
L geo Omaruru River
F percent 38%
F date 1996
> The Chamber of Mines of Namibia said in a statement that the cut would cost the uranium sector an estimated N$310 million in lost output for each month it lasted.
O nonprofit Chamber of Mines of Namibia
F money N$310 million
> Its chief executive, Gottlieb !Uirab, said the mines had already cut their water use by a fifth since 2035 by recycling process water.
P full Gottlieb !Uirab
F fraction a fifth
F date 2035
> "Uranium is about 40% of what Erongo earns from exports. Every week the plant is down is a week of lost production and lost wages," !Uirab said.
Q direct Gottlieb !Uirab :: "Uranium is about 40% of what Erongo earns from exports. Every week the plant is down is a week of lost production and lost wages,"
F percent 40%
L region Erongo
P partial !Uirab
> At Arandis, the town closest to the mines, residents said taps in the Extension 3 area had been dry for most of the weekend.
L city Arandis
L city Extension 3
> "We live next to the mines, but it is our taps that run dry first," said Johanna !Hoaës, 63, who sells vetkoek and fat cakes near the Arandis clinic. "The mines have tanks. We have buckets."
Q direct Johanna !Hoaës :: "We live next to the mines, but it is our taps that run dry first,"
P full Johanna !Hoaës
F age 63
L city Arandis
Q direct Johanna !Hoaës :: "The mines have tanks. We have buckets."
> Arandis mayor Ronaldo Kauaria said the town council would deliver water by tanker to the worst-affected streets twice a day.
L city Arandis
P full Ronaldo Kauaria
> The Ministry of Agriculture, Fisheries, Water and Land Reform said it was "closely monitoring" the situation and that a planned N$4.2 billion second desalination plant at Mile 14, north of Swakopmund, remained on schedule for completion in 2040.
O government Ministry of Agriculture, Fisheries, Water and Land Reform
Q direct Ministry of Agriculture, Fisheries, Water and Land Reform :: "closely monitoring"
F money N$4.2 billion
L city Mile 14
L city Swakopmund
F date 2040
> Erongo, home to about 240 000 people, has no perennial rivers. The Kuiseb and Omaruru flow only after good rains inland, and the last big flood on the Omaruru was in 2031.
L region Erongo
F number 240 000
L geo Kuiseb
L geo Omaruru
L geo Omaruru
F date 2031
> NamWater will review the restrictions on 31 March.
O company NamWater
F date 31 March
'''

ARTICLES['509-santorini-cruise-passenger-cap-6000-thira-port-fund-clia-athinios-greek-reporter'] = r'''
> Greece
L country Greece
> Santorini to Cap Cruise Passengers at 6,000 a Day From April
L geo Santorini
F number 6,000
> By Theodora Liakou-Marr
P full Theodora Liakou-Marr
> February 23, 2040
F date February 23, 2040
> Cruise ships anchored in the caldera off Fira, Santorini. Credit: Marcus Pellegrini / Flickr / CC BY 2.0
L city Fira
L geo Santorini
P full Marcus Pellegrini
O company Flickr
> Santorini will limit the number of cruise passengers allowed ashore to 6,000 a day from April 1, under a joint ministerial decision signed on Monday.
L geo Santorini
F number 6,000
F date April 1
> The cap, agreed by the Ministry of Tourism and the Ministry of Maritime Affairs and Insular Policy, will apply from 7:00 am to 8:00 pm and will be enforced through a berth booking system run by the Thira Port Fund, which manages the island’s ports.
O government Ministry of Tourism
O government Ministry of Maritime Affairs and Insular Policy
F time 7:00 am
F time 8:00 pm
O government Thira Port Fund
> Last summer as many as 17,400 cruise passengers came ashore from seven ships on a single day, August 9, on top of the tens of thousands of visitors already staying on the island.
F number 17,400
F number seven
F date August 9
> The island has become a byword across Europe for “overtourism.”
L continent Europe
Q scare - :: “overtourism.”
> The island received a record 1.31 million cruise passengers in 2039, up 9 percent on the year before, according to the Hellenic Ports Association (ELIME).
F number 1.31 million
F date 2039
F percent 9 percent
O nonprofit Hellenic Ports Association
O nonprofit ELIME
> “We are not closing the door to cruise ships. We are deciding how many people the island can carry at any one moment,” Thira Mayor Antonis Sigalas-Prekas told Greek Reporter.
Q direct Antonis Sigalas-Prekas :: “We are not closing the door to cruise ships. We are deciding how many people the island can carry at any one moment,”
L region Thira
P full Antonis Sigalas-Prekas
O media Greek Reporter
> “On a bad day in August, there are more people in the streets of Fira and Oia than live on the whole island in winter,” he said.
Q direct Antonis Sigalas-Prekas :: “On a bad day in August, there are more people in the streets of Fira and Oia than live on the whole island in winter,”
L city Fira
L city Oia
> Santorini, officially the municipality of Thira, has about 15,500 permanent residents.
L geo Santorini
L region Thira
F number 15,500
> Under the new rules, cruise lines will book arrival slots up to 12 months in advance. Passengers will pay a fee of €20 each between June and September and €5 in other months, up from a flat €3 today.
F duration 12 months
F money €20
F money €5
F money €3
> Cruise lines reacted cautiously. The Cruise Lines International Association (CLIA) said in a statement that it “supports sustainable destination management,” but warned that a hard cap “risks pushing calls to other Greek ports with less infrastructure.”
O nonprofit Cruise Lines International Association
O nonprofit CLIA
Q direct Cruise Lines International Association :: “supports sustainable destination management,”
Q direct Cruise Lines International Association :: “risks pushing calls to other Greek ports with less infrastructure.”
> Nereid Line, a Piraeus-based company whose 1,260-passenger Nereid Horizon calls at Santorini twice a week, said it would move one of those calls to Athinios, the island’s main ferry port.
O company Nereid Line
L city Piraeus
F number 1,260
L geo Santorini
L facility Athinios
> The Hellenic Coast Guard will enforce the slots at sea, the maritime ministry said.
O government Hellenic Coast Guard
> The old port below Fira is linked to the town by a cable car and by a path of 588 steps, long climbed by donkeys and mules carrying visitors up the cliff.
L city Fira
F number 588
> Local business owners are divided. Eleni Roussou, who runs a jewellery shop on Ypapantis Street in Fira, said the cap would cost her “maybe a third” of her summer sales.
P full Eleni Roussou
L street Ypapantis Street
L city Fira
Q direct Eleni Roussou :: “maybe a third”
F fraction a third
> “But if you ask the people who actually live here, most will tell you it is overdue,” she said.
Q direct Eleni Roussou :: “But if you ask the people who actually live here, most will tell you it is overdue,”
> The Ministry of Tourism said the cap would be reviewed after its first season and could be extended to Mykonos, which received 1.18 million cruise passengers in 2039.
O government Ministry of Tourism
L geo Mykonos
F number 1.18 million
F date 2039
> Greece welcomed 41.2 million foreign visitors in 2039, Bank of Greece figures show, with tourism accounting for about a fifth of the country’s economic output.
L country Greece
F number 41.2 million
F date 2039
O government Bank of Greece
F fraction a fifth
> Santorini’s caldera was formed by a volcanic eruption about 3,600 years ago. Its youngest island, Nea Kameni, last erupted in 1950.
L geo Santorini
F duration 3,600 years
L geo Nea Kameni
F date 1950
'''

ARTICLES['510-navajo-nation-council-water-hauling-eastern-agency-chapters-cutter-lateral-delay-navajo-times'] = r'''
> News
> Council OKs $14.6M to haul water to 11 Eastern Agency chapters
F money $14.6M
F number 11
L region Eastern Agency
> Cutter Lateral delay leaves 1,900 families relying on trucks into 2040
L facility Cutter Lateral
F number 1,900
F date 2040
> By Lorinda Begaye-Sandoval
P full Lorinda Begaye-Sandoval
> Navajo Times
O media Navajo Times
> March 19, 2038
F date March 19, 2038
> A Navajo Tribal Utility Authority truck fills a cistern at a home near Counselor, N.M., on March 12. (Navajo Times | Kee Benally-Joe)
O company Navajo Tribal Utility Authority
L city Counselor
L region N.M.
F date March 12
O media Navajo Times
P full Kee Benally-Joe
> WINDOW ROCK — The Navajo Nation Council voted 19-3 on Tuesday to spend $14.6 million from the Unreserved, Undesignated Fund Balance on hauling water to 11 chapters in the Eastern Agency, where delays on the Cutter Lateral pipeline have left about 1,900 families waiting for the piped water they were promised.
L city WINDOW ROCK
O government Navajo Nation Council
F number 19-3
F money $14.6 million
F number 11
L region Eastern Agency
L facility Cutter Lateral
F number 1,900
> Legislation No. 0037-38, sponsored by Council Delegate Marlene Tsinajinnie-Begay, pays the Navajo Tribal Utility Authority to deliver water three times a week to homes in Counselor, Ojo Encino, Pueblo Pintado, Torreon/Star Lake, Whitehorse Lake, Lake Valley, Becenti, Nahodishgish, Littlewater, Standing Rock and Crownpoint until Sept. 30, 2040.
P full Marlene Tsinajinnie-Begay
O company Navajo Tribal Utility Authority
F number three
L city Counselor
L city Ojo Encino
L city Pueblo Pintado
L city Torreon/Star Lake
L city Whitehorse Lake
L city Lake Valley
L city Becenti
L city Nahodishgish
L city Littlewater
L city Standing Rock
L city Crownpoint
F date Sept. 30, 2040
> “Tó éí iiná át’é. Water is life. Our people were told the pipe was coming in 2036, then 2038, and now they are told 2040,” Tsinajinnie-Begay said before the vote. “You cannot ask an 80-year-old grandmother to keep waiting for a glass of water.”
Q direct Marlene Tsinajinnie-Begay :: “Tó éí iiná át’é. Water is life. Our people were told the pipe was coming in 2036, then 2038, and now they are told 2040,”
F date 2036
F date 2038
F date 2040
P partial Tsinajinnie-Begay
Q direct Marlene Tsinajinnie-Begay :: “You cannot ask an 80-year-old grandmother to keep waiting for a glass of water.”
F age 80-year-old
> The Cutter Lateral is part of the Navajo-Gallup Water Supply Project, a federal project built by the U.S. Bureau of Reclamation to carry San Juan River water to Navajo communities in northwestern New Mexico.
L facility Cutter Lateral
O government U.S. Bureau of Reclamation
L geo San Juan River
L region New Mexico
> Reclamation said in January that a pump station near Huerfano had failed pressure tests and would have to be rebuilt, pushing completion of the last 23 miles of pipe from 2038 to late 2040.
O government Reclamation
L city Huerfano
F quantity 23 miles
F date 2038
F date 2040
> Navajo Nation President Dorian Wauneka-Charley is expected to sign the bill. In a statement, the Office of the President and Vice President said hauling was “a bridge, not a solution” and called on Reclamation to “put every available crew on the Cutter Lateral.”
O government Navajo Nation
P full Dorian Wauneka-Charley
O government Office of the President and Vice President
Q direct Office of the President and Vice President :: “a bridge, not a solution”
O government Reclamation
Q direct Office of the President and Vice President :: “put every available crew on the Cutter Lateral.”
L facility Cutter Lateral
> Three delegates voted against the bill. Delegate Wilfred Yellowhair-Tso said the money would be better spent on NTUA crews connecting homes to existing lines.
F number Three
P full Wilfred Yellowhair-Tso
O company NTUA
> “Hauling is the most expensive water on the Nation. We pay about $280 for every 1,000 gallons we truck out there,” he said.
Q direct Wilfred Yellowhair-Tso :: “Hauling is the most expensive water on the Nation. We pay about $280 for every 1,000 gallons we truck out there,”
L region Nation
F money $280
F quantity 1,000 gallons
> About 30 percent of homes on the Navajo Nation have no running water, according to the Navajo Nation Department of Water Resources. In the Eastern Agency’s checkerboard, where tribal, allotted, state and private land are mixed, the share is close to half.
F percent 30 percent
L region Navajo Nation
O government Navajo Nation Department of Water Resources
L region Eastern Agency
F fraction half
> In Ojo Encino, Mae Nez Tsosie, 81, fills two 55-gallon barrels at a community well 18 miles from her home. Her grandson drives her there twice a week in his pickup.
L city Ojo Encino
P full Mae Nez Tsosie
F age 81
F number two
F quantity 55-gallon
F quantity 18 miles
> “She says the truck water tastes better than the well, but she is afraid to get used to it,” said her granddaughter, Shandiin Tsosie, who translated from Navajo. “She has heard promises her whole life.”
Q direct Shandiin Tsosie :: “She says the truck water tastes better than the well, but she is afraid to get used to it,”
P full Shandiin Tsosie
Q direct Shandiin Tsosie :: “She has heard promises her whole life.”
> NTUA general manager Leonard Hoskie-Manygoats said the utility would add four trucks and hire eight drivers, and that deliveries could begin within 30 days of the president’s signature.
O company NTUA
P full Leonard Hoskie-Manygoats
F number four
F number eight
F duration 30 days
> The Resources and Development Committee had recommended the bill 4-1 on March 9.
O government Resources and Development Committee
F number 4-1
F date March 9
> Under the legislation, chapters must send monthly delivery logs to the Office of the Controller, and hauling will stop early if the Cutter Lateral is finished before the deadline.
O government Office of the Controller
L facility Cutter Lateral
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
