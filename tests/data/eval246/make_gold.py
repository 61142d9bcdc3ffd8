#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval246 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval246/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1519-queenstown-sers-commonwealth-close-redevelopment-dawson-tengah-straits-times'] = r'''
> Housing
> Six ageing Queenstown blocks picked for en bloc redevelopment, residents to get new flats by 2044
F number Six
L city Queenstown
F date 2044
> The 1,050 households at Commonwealth Close can move nearby or ballot for Tengah, HDB says
F number 1,050
L street Commonwealth Close
L city Tengah
O government HDB
> Ong Shu Fen
P full Ong Shu Fen
> Senior Housing Correspondent
> UPDATED Sep 12, 2040, 06:15 PM
F date Sep 12, 2040
F time 06:15 PM
> The Commonwealth Close blocks in Queenstown were completed in 1967. ST PHOTO: KEVIN LIM JUN HAO
L street Commonwealth Close
L city Queenstown
F date 1967
O media ST
P full KEVIN LIM JUN HAO
> SINGAPORE – Six blocks of flats at Commonwealth Close in Queenstown, among the first built by the Housing and Development Board (HDB), will be redeveloped under the Selective En bloc Redevelopment Scheme (Sers), the board announced on Sept 12.
L country SINGAPORE
F number Six
L street Commonwealth Close
L city Queenstown
O government Housing and Development Board
O government HDB
F date Sept 12
> The 1,050 households in the blocks, which were completed between 1965 and 1967, will be offered new flats at a replacement site on Dawson Road, about 600m away, or a priority ballot for Build-To-Order units in Tengah. They should be ready in about 42 months, in the first half of 2044.
F number 1,050
F date 1965
F date 1967
L street Dawson Road
F quantity 600m
L city Tengah
F duration 42 months
F date 2044
> National Development Minister Harith Salleh said the move would let some 2,400 residents stay in the neighbourhood they had built over six decades. “Many were the first families to get keys in Queenstown. We want them to keep their friends and their hawker centre,” said Mr Harith at Queenstown Community Centre.
P full Harith Salleh
F number 2,400
F duration six decades
Q direct Harith Salleh :: “Many were the first families to get keys in Queenstown. We want them to keep their friends and their hawker centre,”
L city Queenstown
P partial Harith
L facility Queenstown Community Centre
> He added: “Sers is not a windfall. It is a way to renew an estate while keeping the people in it.
Q direct Harith Salleh :: “Sers is not a windfall. It is a way to renew an estate while keeping the people in it.
> “Where we can, we will try to keep neighbours on the same floor.”
Q direct Harith Salleh :: “Where we can, we will try to keep neighbours on the same floor.”
> Owners will be compensated at the market value of their flats, which an HDB spokeswoman put at $380,000 to $520,000 for the three-room units. New flats come with a fresh 99-year lease.
O government HDB
F money $380,000
F money $520,000
F number three
F duration 99-year
> “About 70 per cent of the owners are aged 65 and above, so we will build smaller flats and Community Care Apartments,” the spokeswoman said. She added that 280 of the new units, roughly a quarter, would be two-room Flexi flats.
Q direct - :: “About 70 per cent of the owners are aged 65 and above, so we will build smaller flats and Community Care Apartments,”
F percent 70 per cent
F age 65
F number 280
F fraction a quarter
F number two
> HDB said in a statement that the choice was “not a signal” for other estates.
O government HDB
Q direct Housing and Development Board :: “not a signal”
> Mr Bryan Quek, head of research at property agency Meridian Realty, said older three-room flats in Queenstown sold for a median $455,000 in the past 12 months, up 6.2 per cent. He called Sers a "golden ticket" for owners whose leases have fewer than 55 years left.
P full Bryan Quek
O company Meridian Realty
F number three
L city Queenstown
F money $455,000
F duration 12 months
F percent 6.2 per cent
Q direct Bryan Quek :: "golden ticket"
F duration 55 years
> “For an older couple, this is close to the best outcome,” Mr Quek said. “But younger owners may find the compensation falls short of what they paid.”
Q direct Bryan Quek :: “For an older couple, this is close to the best outcome,”
P partial Quek
Q direct Bryan Quek :: “But younger owners may find the compensation falls short of what they paid.”
> That is the worry for logistics executive Daniel Soh, 31, and his wife, Ms Nurul Huda Ismail, 29, who bought their three-room flat at Commonwealth Close in March 2039 for $498,000.
P full Daniel Soh
F age 31
P full Nurul Huda Ismail
F age 29
F number three
L street Commonwealth Close
F date March 2039
F money $498,000
> “We knew the lease had only 46 years left, but we never thought ‘en bloc’ would come so soon,” said Mr Soh. “We spent almost 18 months renovating.”
Q direct Daniel Soh :: “We knew the lease had only 46 years left, but we never thought ‘en bloc’ would come so soon,”
F duration 46 years
P partial Soh
Q direct Daniel Soh :: “We spent almost 18 months renovating.”
F duration 18 months
> Ms Nurul Huda said they would pick a four-room flat at Dawson Road over Tengah, 10km away. “Our parents live two blocks down. That matters more than the extra space,” she said.
P partial Nurul Huda
F number four
L street Dawson Road
L city Tengah
F quantity 10km
Q direct Nurul Huda Ismail :: “Our parents live two blocks down. That matters more than the extra space,”
F number two
> HDB will brief residents at 7.30pm on Sept 20 and run a site office for six months.
O government HDB
F time 7.30pm
F date Sept 20
F duration six months
> The announcement brings to 89 the number of Sers sites since 1995. Only one other, at Tanglin Halt, has been named since 2030, and Queenstown, Singapore’s first satellite town, remains the so-called “mature estate” with the most old leases.
F number 89
F date 1995
F number one
L city Tanglin Halt
F date 2030
L city Queenstown
L country Singapore
Q scare - :: “mature estate”
'''

ARTICLES['1520-senate-passes-farm-bill-snap-cuts-crop-insurance-iowa-georgia-ap'] = r'''
> Senate Passes $1.1 Trillion Farm Bill After Late Fight Over Food Aid
O government Senate
F money $1.1 Trillion
> By MARGARET OYELARAN-HUNT and TOMAS VELEZ-ORTIZ
P full MARGARET OYELARAN-HUNT
P full TOMAS VELEZ-ORTIZ
> Associated Press
O media Associated Press
> Updated 7:42 PM EDT, June 27, 2041
F time 7:42 PM EDT
F date June 27, 2041
> Sen. Carl Brandvold, R-Iowa, speaks to reporters at the U.S. Capitol in Washington, Thursday, June 27, 2041. (AP Photo/Jared Minkus)
P full Carl Brandvold
L region Iowa
L facility U.S. Capitol
L city Washington
F date June 27, 2041
O media AP
P full Jared Minkus
> WASHINGTON (AP) — The Senate passed a five-year farm bill on Thursday that would spend about $1.1 trillion over the next decade, most of it on food aid, after a late fight over how deeply to cut the Supplemental Nutrition Assistance Program.
L city WASHINGTON
O media AP
O government Senate
F duration five-year
F money $1.1 trillion
> The bill passed 68-31 shortly after 3:15 p.m., with 19 Democrats joining most Republicans. It now goes to the House, where leaders have said they hope to vote before the August recess.
F number 68-31
F time 3:15 p.m.
F number 19
O government House
> "This is a bill for the people who grow our food and the people who can't afford it," said Sen. Carl Brandvold, R-Iowa, the chairman of the Senate Agriculture Committee, who wrote much of it. "We didn't get everything. Nobody ever does."
Q direct Carl Brandvold :: "This is a bill for the people who grow our food and the people who can't afford it,"
P full Carl Brandvold
L region Iowa
O government Senate Agriculture Committee
Q direct Carl Brandvold :: "We didn't get everything. Nobody ever does."
> The measure raises reference prices, the floor that triggers federal payments, by 10% to 15% for corn, soybeans, wheat and peanuts, and spends $6.4 billion over 10 years to widen crop insurance for smaller farms. Brandvold said Iowa corn growers had lost money in three of the past four years.
F percent 10%
F percent 15%
F money $6.4 billion
F duration 10 years
P partial Brandvold
L region Iowa
F number three
F duration four years
> Sen. Danielle Okafor-Pruitt, D-Ga., the committee's top Democrat, voted for the bill but said the cuts to SNAP would hurt families in her state, where about 1.4 million people receive the benefit, nearly 600,000 of them children.
P full Danielle Okafor-Pruitt
L region Ga.
F number 1.4 million
F number 600,000
> "We kept the worst of it out, but let's not pretend this is painless," Okafor-Pruitt said on the Senate floor. "A family in Albany or Macon doesn't get by on a press release."
Q direct Danielle Okafor-Pruitt :: "We kept the worst of it out, but let's not pretend this is painless,"
P partial Okafor-Pruitt
O government Senate
Q direct Danielle Okafor-Pruitt :: "A family in Albany or Macon doesn't get by on a press release."
L city Albany
L city Macon
> The bill extends work requirements to adults aged 55 to 59 without children at home and trims about $27 billion from the program over a decade. The Congressional Budget Office estimated that 340,000 people a month would lose benefits.
F age 55
F age 59
F money $27 billion
O government Congressional Budget Office
F number 340,000
> The Agriculture Department said in a statement that it would "move quickly to implement" the law once it is signed and that the crop insurance changes could begin with the 2042 crop year.
O government Agriculture Department
Q direct Agriculture Department :: "move quickly to implement"
F date 2042
> Farm groups cheered. Zach Hollenbeck, president of the American Farm Bureau Federation, called the vote "a long-overdue win for rural America."
P full Zach Hollenbeck
O nonprofit American Farm Bureau Federation
Q direct Zach Hollenbeck :: "a long-overdue win for rural America."
L country America
> "Farmers have been working off an extension of the 2018 law for far too long," he said in an interview. "Lenders want to know the rules. So do we."
Q direct Zach Hollenbeck :: "Farmers have been working off an extension of the 2018 law for far too long,"
F date 2018
Q direct Zach Hollenbeck :: "Lenders want to know the rules. So do we."
> Anti-hunger advocates were less pleased. The Rev. Lorena Castellanos-Whitby, who leads the Bread Table Coalition, a food-aid group in Atlanta, said food pantries across the Southeast were already serving 20% more families than in 2039.
P full Lorena Castellanos-Whitby
O nonprofit Bread Table Coalition
L city Atlanta
L region Southeast
F percent 20%
F date 2039
> "They call it 'savings,'" she said. "It is lunch money."
Q direct Lorena Castellanos-Whitby :: "They call it 'savings,'"
Q direct Lorena Castellanos-Whitby :: "It is lunch money."
> A Senate aide involved in the talks, who spoke on condition of anonymity because the negotiations were private, said House leaders had signaled they would accept the SNAP language. "It's done unless something blows up," the aide said.
O government Senate
O government House
Q direct - :: "It's done unless something blows up,"
> The last farm bill to become law was signed in December 2018. Since then, Congress has passed four short-term extensions, the so-called "skinny" bills that kept payments flowing one year at a time.
F date December 2018
O government Congress
F number four
Q scare - :: "skinny"
F duration one year
'''

ARTICLES['1521-leeds-united-sunderland-2-1-okonjo-reyes-double-elland-road-sky-sports'] = r'''
> Championship
O other Championship
> Leeds 2-1 Sunderland: Okonjo-Reyes double lifts Whites into top two
O team Leeds
F score 2-1
O team Sunderland
P partial Okonjo-Reyes
O team Whites
F number two
> Report and free match highlights as Leeds United come from behind to beat Sunderland 2-1 at Elland Road; Dario Okonjo-Reyes scores twice after Callum Fenwick's early opener; Sunderland's Jonah Strand sent off in the 77th minute
O team Leeds United
O team Sunderland
F score 2-1
L facility Elland Road
P full Dario Okonjo-Reyes
P full Callum Fenwick
O team Sunderland
P full Jonah Strand
> Harriet Moss-Kellaway, Football Reporter at Elland Road @HMossSky
P full Harriet Moss-Kellaway
L facility Elland Road
> Saturday 17 March 2040 17:24, UK
F date 17 March 2040
F time 17:24
L country UK
> Image: Dario Okonjo-Reyes celebrates his second goal in front of the Kop at Elland Road
P full Dario Okonjo-Reyes
L facility Kop
L facility Elland Road
> Dario Okonjo-Reyes scored twice in the space of 11 minutes as Leeds came from a goal down to beat 10-man Sunderland 2-1 and climb into the Championship's automatic promotion places.
P full Dario Okonjo-Reyes
F duration 11 minutes
O team Leeds
F number 10
O team Sunderland
F score 2-1
O other Championship
> Callum Fenwick had given the visitors the lead after six minutes, curling in from 20 yards after Leeds failed to clear a corner, and Sunderland held firm until just before the hour as the noise from what locals call "the wall" of the South Stand grew.
P full Callum Fenwick
F duration six minutes
F quantity 20 yards
O team Leeds
O team Sunderland
Q scare - :: "the wall"
L facility South Stand
> Okonjo-Reyes, signed from Feyenoord for £14m in January, levelled in the 58th minute with a header from Tyrese Mbatha's cross, then won it on 69 minutes, running on to Ollie Crabtree's through ball and finishing low past Anders Holm.
P partial Okonjo-Reyes
O team Feyenoord
F money £14m
P full Tyrese Mbatha
F duration 69 minutes
P full Ollie Crabtree
P full Anders Holm
> Sunderland's hopes of a comeback ended when Strand, already booked, was shown a second yellow card for a late challenge on Mbatha with 13 minutes left. Leeds' Kasper Nyberg and Sunderland captain Luke Pemberton were also cautioned.
O team Sunderland
P partial Strand
P partial Mbatha
F duration 13 minutes
O team Leeds
P full Kasper Nyberg
O team Sunderland
P full Luke Pemberton
> The home side, who have won two-thirds of their league games at Elland Road this season, had 61 per cent of possession and 18 shots to Sunderland's seven in front of a crowd of 36,412, the biggest of the campaign.
F fraction two-thirds
L facility Elland Road
F percent 61 per cent
F number 18
O team Sunderland
F number seven
F number 36,412
> The win lifts Leeds to second on 71 points, two behind leaders Norwich City with eight games to play. Sunderland drop to fifth, nine points off the top two, after one win in their last six.
O team Leeds
F number 71
F number two
O team Norwich City
F number eight
O team Sunderland
F number nine
F number two
F number one
F number six
> What the managers said
> Leeds head coach Thomas Ekdahl told Sky Sports: "We were poor for 45 minutes. I said to the players at half-time, 'If we keep passing sideways, we will lose this game.' They listened.
O team Leeds
P full Thomas Ekdahl
O media Sky Sports
Q direct Thomas Ekdahl :: "We were poor for 45 minutes. I said to the players at half-time, 'If we keep passing sideways, we will lose this game.' They listened.
F duration 45 minutes
> "Dario is a special player. He is 23 and he will get better, and that's a scary thought for the rest of this league."
Q direct Thomas Ekdahl :: "Dario is a special player. He is 23 and he will get better, and that's a scary thought for the rest of this league."
P partial Dario
F age 23
> Sunderland head coach Marc-Antoine Lefebvre was angry about the second booking. "For me it is never a yellow card. Jonah touches the ball first," the Frenchman said. "We played well for an hour and then we gave away two soft goals."
O team Sunderland
P full Marc-Antoine Lefebvre
Q direct Marc-Antoine Lefebvre :: "For me it is never a yellow card. Jonah touches the ball first,"
P partial Jonah
Q direct Marc-Antoine Lefebvre :: "We played well for an hour and then we gave away two soft goals."
F number two
> He said the club would look at the incident again, calling the decision "a joke", and Sunderland later said in a statement that they would "seek clarification" from Professional Game Match Officials Limited (PGMOL).
Q direct Marc-Antoine Lefebvre :: "a joke"
O team Sunderland
Q direct Sunderland :: "seek clarification"
O other Professional Game Match Officials Limited
O other PGMOL
> Man of the match: Dario Okonjo-Reyes.
P full Dario Okonjo-Reyes
> What's next?
> Leeds travel to Bristol City on Tuesday April 3 at 7.45pm, while Sunderland host Coventry at the Stadium of Light on Easter Monday, with a 3pm kick-off.
O team Leeds
O team Bristol City
F date April 3
F time 7.45pm
O team Sunderland
O team Coventry
L facility Stadium of Light
F time 3pm
'''

ARTICLES['1522-hsin-yuan-precision-bac-ninh-second-plant-vietnam-taiwan-nikkei-asia'] = r'''
> Electronics
> Taiwan's Hsin Yuan Precision to double Vietnam workforce with $480m Bac Ninh plant
L country Taiwan
O company Hsin Yuan Precision
L country Vietnam
F money $480m
L region Bac Ninh
> Server and laptop contractor shifts more assembly out of China as US customers push
L country China
L country US
> LIN PEI-HSUAN and NGUYEN THU HA, Nikkei staff writers
P full LIN PEI-HSUAN
P full NGUYEN THU HA
O media Nikkei
> April 10, 2041 16:05 JST
F date April 10, 2041
F time 16:05 JST
> Workers on a circuit-board line at Hsin Yuan Precision's existing plant in the Que Vo Industrial Park, Bac Ninh province. (Photo by Nguyen Thu Ha)
O company Hsin Yuan Precision
L facility Que Vo Industrial Park
L region Bac Ninh
P full Nguyen Thu Ha
> TAIPEI/HANOI -- Taiwanese electronics contractor Hsin Yuan Precision will spend $480 million on a second plant in Vietnam's Bac Ninh province, doubling its workforce there to about 24,000 as customers push production out of China.
L city TAIPEI
L city HANOI
O company Hsin Yuan Precision
F money $480 million
L country Vietnam
L region Bac Ninh
F number 24,000
L country China
> The company told the Taiwan Stock Exchange on Wednesday that its board had approved the investment, equal to NT$15.4 billion, and that the 210,000-square-meter plant in Yen Phong district would start trial production in the third quarter of 2042.
O company Taiwan Stock Exchange
F money NT$15.4 billion
F quantity 210,000-square-meter
L region Yen Phong
F date 2042
> Chairman Steven Kuo Chih-ming told a briefing in Taipei that about 70% of the new plant's output would be servers and notebook computers for the U.S. market. "Our customers do not want to see the word 'China' on the bill of lading anymore," Kuo said. "We have to be where they want us to be."
P full Steven Kuo Chih-ming
L city Taipei
F percent 70%
L country U.S.
Q direct Steven Kuo Chih-ming :: "Our customers do not want to see the word 'China' on the bill of lading anymore,"
L country China
P partial Kuo
Q direct Steven Kuo Chih-ming :: "We have to be where they want us to be."
> Hsin Yuan, founded in 1987 in Taoyuan, opened its first Vietnamese plant in 2037 and employs 12,500 people there. Its revenue rose 18.6% last year to NT$212 billion, with Vietnam accounting for a fifth of the total, up from 6% in 2038.
O company Hsin Yuan
F date 1987
L city Taoyuan
F date 2037
F number 12,500
F percent 18.6%
F money NT$212 billion
L country Vietnam
F fraction a fifth
F percent 6%
F date 2038
> Nguyen Van Thanh, vice chairman of the Bac Ninh Provincial People's Committee, said the province had set aside 48 hectares for the project and would link the site to a new 110-kilovolt substation by June 2042, to avoid a repeat of the power cuts that hit northern factories in the summer of 2039.
P full Nguyen Van Thanh
O government Bac Ninh Provincial People's Committee
F quantity 48 hectares
F quantity 110-kilovolt
F date June 2042
F date 2039
> "Bac Ninh wants investors who bring technology, not only assembly lines," Thanh said. He added that the province drew $6.1 billion of foreign investment in 2040, more than 40% of it from Taiwan, South Korea and Japan.
Q direct Nguyen Van Thanh :: "Bac Ninh wants investors who bring technology, not only assembly lines,"
L region Bac Ninh
P partial Thanh
F money $6.1 billion
F date 2040
F percent 40%
L country Taiwan
L country South Korea
L country Japan
> Analysts see the move as part of a wider "de-risking" of supply chains. Wendy Chao, an analyst at Jadeite Securities in Taipei, said Hsin Yuan's margins in Vietnam were about 1.5 percentage points lower than in China because of higher logistics and component costs.
Q scare - :: "de-risking"
P full Wendy Chao
O company Jadeite Securities
L city Taipei
O company Hsin Yuan
L country Vietnam
F percent 1.5 percentage points
L country China
> "Wages are still lower in Bac Ninh, but you pay more to bring in parts. The gap will close as local suppliers catch up, maybe in three to five years," she said.
Q direct Wendy Chao :: "Wages are still lower in Bac Ninh, but you pay more to bring in parts. The gap will close as local suppliers catch up, maybe in three to five years,"
L region Bac Ninh
F duration three
F duration five years
> Shares of Hsin Yuan closed up 3.2% at NT$186 in Taipei on Wednesday, against a 0.4% gain for the benchmark Taiex.
O company Hsin Yuan
F percent 3.2%
F money NT$186
L city Taipei
F percent 0.4%
> At the existing plant, workers said the expansion had already brought more overtime. Do Thi Lan, 26, who tests circuit boards on the night shift, said she earns about 9.8 million dong ($385) a month with overtime. "There is more work than people. Everybody in my village wants a job here now," she said.
P full Do Thi Lan
F age 26
F money 9.8 million dong
F money $385
Q direct Do Thi Lan :: "There is more work than people. Everybody in my village wants a job here now,"
> A manager at another Taiwanese supplier in the province, who asked not to be named, said pay for skilled technicians had risen 15% in 12 months. "Everyone is hiring from the same pool," he said.
F percent 15%
F duration 12 months
Q direct - :: "Everyone is hiring from the same pool,"
'''

ARTICLES['1523-kauri-dieback-survey-waitakere-ranges-te-kawerau-a-maki-rahui-rnz'] = r'''
> New Zealand
L country New Zealand
> Kauri dieback found at a third more sites in Waitākere Ranges survey
F fraction a third
L geo Waitākere Ranges
> A council survey has found signs of the disease at 412 sites in the ranges west of Auckland, and mana whenua want more tracks to stay closed.
F number 412
L city Auckland
> Aroha Tipene-Marsh, Local Democracy Reporter
P full Aroha Tipene-Marsh
> 5:36 pm on 8 May 2041
F time 5:36 pm
F date 8 May 2041
> A kauri with dieback symptoms beside the Kitekite Track in the Waitākere Ranges. Photo: RNZ / Aroha Tipene-Marsh
L facility Kitekite Track
L geo Waitākere Ranges
O media RNZ
P full Aroha Tipene-Marsh
> Kauri dieback has been found at 412 of the 1460 sites sampled in the Waitākere Ranges, up from 309 in the last full survey in 2036, an Auckland Council report shows.
F number 412
F number 1460
L geo Waitākere Ranges
F number 309
F date 2036
O government Auckland Council
> The survey, carried out over 14 months by council and Department of Conservation (DOC) staff, covered about 16,000 hectares of the Waitākere Ranges Regional Park. It found that 28 percent of kauri wider than 60cm showed symptoms such as bleeding resin and thinning canopies.
F duration 14 months
O government Department of Conservation
O government DOC
F quantity 16,000 hectares
L geo Waitākere Ranges Regional Park
F percent 28 percent
F quantity 60cm
> Council biosecurity manager Priya Ranganathan-Cole said the spread was "sobering" but not a surprise. "We have known since the 2017 closures that the pathogen moves on boots, on dogs and in water," she said.
P full Priya Ranganathan-Cole
Q direct Priya Ranganathan-Cole :: "sobering"
Q direct Priya Ranganathan-Cole :: "We have known since the 2017 closures that the pathogen moves on boots, on dogs and in water,"
F date 2017
> "What this survey tells us is where it has moved. Nearly half of the new sites are within 50 metres of a track that was reopened after upgrades, and we need to be honest about that.
Q direct Priya Ranganathan-Cole :: "What this survey tells us is where it has moved. Nearly half of the new sites are within 50 metres of a track that was reopened after upgrades, and we need to be honest about that.
F fraction half
F quantity 50 metres
> "We are not going to close the whole park again, but some tracks may have to come out of use for good."
Q direct Priya Ranganathan-Cole :: "We are not going to close the whole park again, but some tracks may have to come out of use for good."
> The council has 37 tracks open in the ranges, totalling 124km, and 21 still closed. It has spent $48.6 million on track upgrades, boardwalks and cleaning stations since 2018.
F number 37
F quantity 124km
F number 21
F money $48.6 million
F date 2018
> Te Kawerau ā Maki, mana whenua of the Waitākere Ranges, placed a rāhui over the forest in December 2017. The iwi has now asked the council to close the Kitekite and Fairy Falls tracks and the eastern end of the Hillary Trail.
O other Te Kawerau ā Maki
L geo Waitākere Ranges
F date December 2017
L facility Kitekite
L facility Fairy Falls
L facility Hillary Trail
> "The rāhui is not a sign on a gate. It is a request from us, as kaitiaki, that people let the ngahere rest," said iwi spokesperson Rāwiri Tāwhai. "Kauri can live for 2000 years. We are asking for 10 years."
Q direct Rāwiri Tāwhai :: "The rāhui is not a sign on a gate. It is a request from us, as kaitiaki, that people let the ngahere rest,"
P full Rāwiri Tāwhai
Q direct Rāwiri Tāwhai :: "Kauri can live for 2000 years. We are asking for 10 years."
F duration 2000 years
F duration 10 years
> Mr Tāwhai said iwi volunteers counted 3100 walkers at the Arataki Visitor Centre over Easter weekend, and a quarter of them walked past the cleaning station without using it.
P partial Tāwhai
F number 3100
L facility Arataki Visitor Centre
F fraction a quarter
> DOC senior scientist Dr Mere Hollis-Ngata said Phytophthora agathidicida, the pathogen behind the disease, could survive in soil for at least six years.
O government DOC
P full Mere Hollis-Ngata
F duration six years
> "There is still no cure. The phosphite treatment we have trialled on 2500 trees buys time, perhaps five to eight years for a healthy tree, but it does not clean the soil," she said.
Q direct Mere Hollis-Ngata :: "There is still no cure. The phosphite treatment we have trialled on 2500 trees buys time, perhaps five to eight years for a healthy tree, but it does not clean the soil,"
F number 2500
F duration five
F duration eight years
> Trampers are torn. Graham Oakes, 67, from Titirangi, has walked the ranges most weekends for 40 years and last week hiked 18 kilometres of the open tracks near Piha.
P full Graham Oakes
F age 67
L city Titirangi
F duration 40 years
F quantity 18 kilometres
L city Piha
> "I'd rather lose a track than lose the trees. But they said 'temporary' back in 2018, and here we are," he said.
Q direct Graham Oakes :: "I'd rather lose a track than lose the trees. But they said 'temporary' back in 2018, and here we are,"
F date 2018
> The council's Environment and Climate Change Committee will consider the report at 9.30am on 22 May. Public feedback opens on 1 June and runs for six weeks.
O government Environment and Climate Change Committee
F time 9.30am
F date 22 May
F date 1 June
F duration six weeks
'''

ARTICLES['1524-great-salt-lake-rises-snowy-winter-brine-shrimp-syracuse-deseret-news'] = r'''
> Utah
L region Utah
> Great Salt Lake climbs nearly 4 feet after big snow year, but experts warn one winter won't save it
L geo Great Salt Lake
F quantity 4 feet
F number one
> The lake stood at 4,196.8 feet on Monday, its highest spring level in 17 years
F quantity 4,196.8 feet
F duration 17 years
> By Whitney Halvorsen-Baird
P full Whitney Halvorsen-Baird
> Apr 17, 2041, 4:00 a.m. MDT
F date Apr 17, 2041
F time 4:00 a.m. MDT
> Birds rest along the shore of the Great Salt Lake near the Antelope Island causeway on Tuesday, April 16, 2041. | Jordan Pettigrew-Nash, Deseret News
L geo Great Salt Lake
L geo Antelope Island
F date April 16, 2041
P full Jordan Pettigrew-Nash
O media Deseret News
> SALT LAKE CITY — The Great Salt Lake has risen almost 4 feet since October after one of the snowiest winters on record in northern Utah, state officials said Tuesday, bringing the lake's south arm to 4,196.8 feet above sea level.
L city SALT LAKE CITY
L geo Great Salt Lake
F quantity 4 feet
L region Utah
F quantity 4,196.8 feet
> That is the highest spring reading since 2024 and nearly 8.3 feet above the record low of 4,188.5 feet set in November 2022, according to the U.S. Geological Survey gauge at the Great Salt Lake Marina.
F date 2024
F quantity 8.3 feet
F quantity 4,188.5 feet
F date November 2022
O government U.S. Geological Survey
L facility Great Salt Lake Marina
> Statewide snowpack peaked at 27.4 inches of snow water equivalent on April 2, or 158% of the median, according to the Natural Resources Conservation Service.
F quantity 27.4 inches
F date April 2
F percent 158%
O government Natural Resources Conservation Service
> "This is the winter we have been hoping for, and it still isn't enough on its own," said Marisol Etcheverry-Dunn, deputy director of the Utah Division of Forestry, Fire and State Lands. "The healthy range starts at 4,198 feet. We are closer than we've been in years, but one good winter is a down payment, not a payoff.
Q direct Marisol Etcheverry-Dunn :: "This is the winter we have been hoping for, and it still isn't enough on its own,"
P full Marisol Etcheverry-Dunn
O government Utah Division of Forestry, Fire and State Lands
Q direct Marisol Etcheverry-Dunn :: "The healthy range starts at 4,198 feet. We are closer than we've been in years, but one good winter is a down payment, not a payoff.
F quantity 4,198 feet
F number one
> "We need roughly 1.5 million acre-feet more a year for a decade or more."
Q direct Marisol Etcheverry-Dunn :: "We need roughly 1.5 million acre-feet more a year for a decade or more."
F quantity 1.5 million acre-feet
> Etcheverry-Dunn said about 42% of the water that reached the lake this spring came down the Bear River, with most of the rest from the Weber and Jordan rivers. The lake usually peaks in late spring; last year it topped out on June 15.
P partial Etcheverry-Dunn
F percent 42%
L geo Bear River
L geo Weber
L geo Jordan
F date June 15
> Researchers at the University of Utah say a higher lake should also cut the dust that blows off the exposed lakebed, which in 2022 covered about 800 square miles.
O education University of Utah
F date 2022
F quantity 800 square miles
> "Every foot of water we gain covers roughly 60 square miles of playa," said Dr. Kenji Abernathy-Sato, an atmospheric scientist at the university's Wilkes Center for Climate Science and Policy. He said the dust carries arsenic as far as Ogden.
Q direct Kenji Abernathy-Sato :: "Every foot of water we gain covers roughly 60 square miles of playa,"
F quantity 60 square miles
P full Kenji Abernathy-Sato
O education Wilkes Center for Climate Science and Policy
L city Ogden
> The Great Salt Lake Brine Shrimp Cooperative, which represents harvesters, said salinity had fallen to about 14% from 18.5% a year earlier, "ideal conditions" for the tiny shrimp whose eggs are sold as fish feed.
O nonprofit Great Salt Lake Brine Shrimp Cooperative
F percent 14%
F percent 18.5%
Q direct Great Salt Lake Brine Shrimp Cooperative :: "ideal conditions"
> The cooperative said its members harvested 32 million pounds of cysts in the 2040-41 season, worth about $67 million, two-thirds of it sold to shrimp farms in Asia.
F quantity 32 million pounds
F date 2040-41
F money $67 million
F fraction two-thirds
L continent Asia
> In Syracuse, a Davis County city on the lake's eastern shore, Dale Whitmore, 71, watched the water pull back more than a mile from the end of his street in the 2020s. "My grandkids thought the lake was a rumor," he said. "Now you can smell it again. Some folks call that the 'lake stink.' I call it a good sign."
L city Syracuse
L region Davis County
P full Dale Whitmore
F age 71
F date 2020s
Q direct Dale Whitmore :: "My grandkids thought the lake was a rumor,"
Q direct Dale Whitmore :: "Now you can smell it again. Some folks call that the 'lake stink.' I call it a good sign."
> A state water manager who was not authorized to speak publicly warned that upstream users would take more water next year. "If we treat this as a fix, we'll be right back here in three years," the manager said.
Q direct - :: "If we treat this as a fix, we'll be right back here in three years,"
F duration three years
> The Legislature set aside $40 million in March for so-called "water banking" deals with farmers. The first leases run through Oct. 31, 2043.
O government Legislature
F money $40 million
Q scare - :: "water banking"
F date Oct. 31, 2043
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
