#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval81 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval81/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['529-foula-ferry-replacement-walls-ham-winter-sailings-sic-zettrans-shetland-times'] = r'''
> Foula ferry replacement backed – but isle faces thinner winter timetable
L geo Foula
> By Ingrid Mouat
P full Ingrid Mouat
> February 23, 2037 | 5.12pm
F date February 23, 2037
F time 5.12pm
> The New Advance alongside the pier at Ham, Foula, with the Sneug behind. Photo: Dougie Inkster
L city Ham
L geo Foula
L geo Sneug
P full Dougie Inkster
> A new £6.4 million ferry for Foula has been backed by councillors – but the island’s 31 residents have been told they will lose a weekly sailing every winter until it arrives in 2039.
F money £6.4 million
L geo Foula
F number 31
F date 2039
> Shetland Islands Council’s environment and transport committee agreed on Monday to go out to tender for a 20-metre vessel that can carry 30 passengers, two cars and up to eight tonnes of freight on the crossing from Walls.
O government Shetland Islands Council
F quantity 20-metre
F number 30
F number two
F quantity eight tonnes
L city Walls
> The New Advance, which has served the island since 1996, can take 12 passengers and one small car. At 41 years old she is the oldest vessel in the council’s fleet, and she failed a hull survey in December.
F date 1996
F number 12
F number one
F duration 41 years
> Council ferry operations manager Leslie Tulloch told the committee that repairs had bought the boat “two more winters at the most”.
P full Leslie Tulloch
Q direct Leslie Tulloch :: “two more winters at the most”
F number two
> “We are patching a boat that was designed for a different era,” he said. “The engines are sound, but the steelwork around the stern is thin, and every time she comes out of the water we find something else.”
Q direct Leslie Tulloch :: “We are patching a boat that was designed for a different era,”
Q direct Leslie Tulloch :: “The engines are sound, but the steelwork around the stern is thin, and every time she comes out of the water we find something else.”
> Until the new vessel arrives, sailings between Walls and Ham will be cut from three return trips a week to two between October and April to reduce wear on the hull. The summer Saturday return will continue.
L city Walls
L city Ham
F number three
F number two
> The Scottish Government will meet 75 per cent of the cost from its islands ferry fund, with the council finding the remaining £1.6m from its capital programme.
O government Scottish Government
F percent 75 per cent
F money £1.6m
> Shetland West member Moraig Halcrow, who proposed the motion, said Foula had waited “far too long” for a boat that could carry a tractor, a digger or a fire engine.
L region Shetland West
P full Moraig Halcrow
L geo Foula
Q direct Moraig Halcrow :: “far too long”
> “For 20 years this council has been studying Foula,” she said. “We have had consultants, appraisals and options reports. What the island has never had is a boat big enough to carry the things a community needs.”
Q direct Moraig Halcrow :: “For 20 years this council has been studying Foula,”
F duration 20 years
L geo Foula
Q direct Moraig Halcrow :: “We have had consultants, appraisals and options reports. What the island has never had is a boat big enough to carry the things a community needs.”
> Lerwick South member Ryan Georgeson questioned whether the council could afford the running costs, which officers put at £410,000 a year against £265,000 now, but the motion was carried 12-3.
L region Lerwick South
P full Ryan Georgeson
F money £410,000
F money £265,000
F number 12-3
> Walls and Sandness Community Council, whose area takes in Foula, has asked for the new ferry to keep its berth at Walls rather than move to West Burrafirth, where the Papa Stour boat is based.
O government Walls and Sandness Community Council
L geo Foula
L city Walls
L city West Burrafirth
L geo Papa Stour
> On the isle itself the news was met with relief, and some anger. Foula lies about 20 miles west of the Mainland, and in bad weather the two-and-a-half-hour crossing can be cancelled for a week at a time.
L geo Foula
F quantity 20 miles
L geo Mainland
F duration two-and-a-half-hour
> Crofter Agnes Umphray, 67, who has lived on Foula all her life, said the winter cut could leave the island without a boat for nine days if a single sailing was lost to the weather.
P full Agnes Umphray
F age 67
L geo Foula
F duration nine days
> “Hit’s no da boat at keeps wis here, hit’s da folk,” she said. “But if you tak awa a sailing in January, you’re telling da young eens no tae bother comin hame.”
Q direct Agnes Umphray :: “Hit’s no da boat at keeps wis here, hit’s da folk,”
Q direct Agnes Umphray :: “But if you tak awa a sailing in January, you’re telling da young eens no tae bother comin hame.”
> Another resident, who asked not to be named, said families with children boarding at the Anderson High School in Lerwick already spent “more time waiting on a pier than sitting in a classroom” each winter term.
O education Anderson High School
L city Lerwick
Q direct - :: “more time waiting on a pier than sitting in a classroom”
> The island’s air service from Tingwall Airport, which carries up to eight passengers, is also under review after the council said it could no longer guarantee fire cover at the Foula airstrip in winter.
L facility Tingwall Airport
F number eight
L geo Foula
> ZetTrans, the islands’ transport partnership, said it “fully supports” the new vessel and would press Transport Scotland to help with the running costs. A replacement for the Fair Isle ferry, which sails from Grutness, is at an earlier stage.
O government ZetTrans
Q direct ZetTrans :: “fully supports”
O government Transport Scotland
L geo Fair Isle
L city Grutness
> The tender is due to be advertised in April, with a contract awarded by September 30. Officers hope the new ferry – provisionally named Bonxie, the Shetland word for the great skua – will enter service in June 2039.
F date September 30
L region Shetland
F date June 2039
> The decision will go to a full meeting of Shetland Islands Council for ratification on March 4.
O government Shetland Islands Council
F date March 4
'''

ARTICLES['530-typhoon-kardo-fisherfolk-boats-cadiz-sagay-eb-magalona-bfar-negros-occidental-visayan-daily-star'] = r'''
> 1,800 fisherfolk still idle a month after ‘Kardo’
F number 1,800
Q scare - :: ‘Kardo’
> BY RHODORA M. DE LA PEÑA
P full RHODORA M. DE LA PEÑA
> Thursday, December 11, 2036
F date December 11, 2036
> Fishermen repair a banca wrecked by Typhoon “Kardo” in Brgy. Old Sagay, Sagay City. (Sagay City Information Office photo)
Q scare - :: “Kardo”
L city Brgy. Old Sagay
L city Sagay City
O government Sagay City Information Office
> More than 1,800 small fisherfolk in northern Negros Occidental have yet to go back to sea a month after Typhoon “Kardo” (international name: Samkai) smashed their boats, the Office of the Provincial Agriculturist (OPA) said yesterday.
F number 1,800
L region Negros Occidental
Q scare - :: “Kardo”
O government Office of the Provincial Agriculturist
O government OPA
> Provincial Agriculturist Dr. Ma. Celestina V. Yulo-Araneta said 2,614 boats were destroyed or damaged in eight coastal cities and towns when the typhoon crossed the Visayan Sea on Nov. 9, with Cadiz City, Sagay City, Escalante City, Manapla and E.B. Magalona hardest hit.
P full Ma. Celestina V. Yulo-Araneta
F number 2,614
F number eight
L geo Visayan Sea
F date Nov. 9
L city Cadiz City
L city Sagay City
L city Escalante City
L city Manapla
L city E.B. Magalona
> Of the total, 1,243 boats were wrecked beyond repair, most of them wooden and fiberglass bancas below three gross tons used for hook-and-line and gill-net fishing close to shore, she said.
F number 1,243
F quantity three gross tons
> Losses in the fisheries sector reached P86.4 million, on top of P212 million in crops, according to the Provincial Disaster Risk Reduction and Management Office (PDRRMO). The typhoon made landfall near Cadiz City at 4:40 a.m. with sustained winds of 165 kilometers per hour.
F money P86.4 million
F money P212 million
O government Provincial Disaster Risk Reduction and Management Office
O government PDRRMO
L city Cadiz City
F time 4:40 a.m.
F quantity 165 kilometers per hour
> The Bureau of Fisheries and Aquatic Resources (BFAR) in the Negros Island Region has turned over 310 fiberglass boats with 16-horsepower engines so far, the first batch of 900 units it promised to deliver by the end of March, regional director Atty. Rolando “Jun” Dela Rama Jr. said.
O government Bureau of Fisheries and Aquatic Resources
O government BFAR
L region Negros Island Region
F number 310
F quantity 16-horsepower
F number 900
P full Rolando “Jun” Dela Rama Jr.
Q scare - :: “Jun”
> “We are prioritizing those whose boats were totally wrecked and who are listed in the FishR registry. We cannot hand a boat to someone who is not a registered fisherfolk, because that is how ghost beneficiaries happen,” Dela Rama said.
Q direct Rolando “Jun” Dela Rama Jr. :: “We are prioritizing those whose boats were totally wrecked and who are listed in the FishR registry. We cannot hand a boat to someone who is not a registered fisherfolk, because that is how ghost beneficiaries happen,”
P partial Dela Rama
> Each boat costs P95,000 including the engine, and the bureau has set aside P85.5 million for the program, he added.
F money P95,000
F money P85.5 million
> At Brgy. Old Sagay, fisherman Renato “Toto” Bayog, 54, said he and his two sons have been cutting cane at a nearby hacienda since the storm, earning P350 a day each.
L city Brgy. Old Sagay
P full Renato “Toto” Bayog
Q scare - :: “Toto”
F age 54
F number two
F money P350
> “Wala gid kami sang pangabuhian. Ang baroto amo ang amon kabuhi,” Bayog said in Hiligaynon. (We really have no livelihood left. The boat is our life.)
Q direct Renato “Toto” Bayog :: “Wala gid kami sang pangabuhian. Ang baroto amo ang amon kabuhi,”
P partial Bayog
> His 24-foot banca, bought in 2034 with a P60,000 loan from a cooperative, was flung onto the seawall and its hull split open.
F quantity 24-foot
F date 2034
F money P60,000
> Coral reefs in the Sagay Marine Reserve, including Carbin Reef off Molocaboc Island, were also damaged, city agriculturist Engr. Nilo T. Gamboa said. Divers from the city found about 30 percent of the corals they surveyed broken or overturned.
L geo Sagay Marine Reserve
L geo Carbin Reef
L geo Molocaboc Island
P full Nilo T. Gamboa
F percent 30 percent
> The Northern Negros Fisherfolk Federation (NNFF), which groups 42 associations, asked the provincial government to give cash aid of P5,000 per family while the boats are being delivered.
O nonprofit Northern Negros Fisherfolk Federation
O nonprofit NNFF
F number 42
F money P5,000
> “The boats are welcome, but a boat that arrives in March cannot feed a family in December,” said NNFF president Luzviminda Casiple. She said some families in Manapla have been eating only once a day.
Q direct Luzviminda Casiple :: “The boats are welcome, but a boat that arrives in March cannot feed a family in December,”
O nonprofit NNFF
P full Luzviminda Casiple
L city Manapla
> Gov. Eugenio Lacson-Ledesma said the Capitol will release P30 million in cash assistance from the provincial quick response fund starting Dec. 15, on top of the rice and canned goods distributed by the Department of Social Welfare and Development (DSWD).
P full Eugenio Lacson-Ledesma
O government Capitol
F money P30 million
F date Dec. 15
O government Department of Social Welfare and Development
O government DSWD
> The Philippine Crop Insurance Corp. (PCIC) said 412 of the affected fishers had insured their boats and will receive up to P20,000 each.
O government Philippine Crop Insurance Corp.
O government PCIC
F number 412
F money P20,000
> Kardo left 14 people dead in the province, nine of them fishermen who had gone out before storm signals were raised, the PDRRMO said.
F number 14
F number nine
O government PDRRMO
> Meanwhile, BFAR said the annual closed fishing season for sardines, herring and mackerel in the Visayan Sea, which runs from Nov. 15 to Feb. 15, will stay in place despite the typhoon. The ban is “needed more than ever” so that fish stocks can recover, the bureau said.
O government BFAR
L geo Visayan Sea
F date Nov. 15
F date Feb. 15
Q direct Bureau of Fisheries and Aquatic Resources :: “needed more than ever”
> The closed season covers commercial vessels above three gross tons and does not apply to municipal fisherfolk using small bancas, it added.
F quantity three gross tons
'''

ARTICLES['531-meath-louth-leinster-sfc-quarter-final-pairc-tailteann-navan-team-lists-meath-chronicle'] = r'''
> Leinster SFC quarter-final
> Royals survive Wee County storm to book Leinster semi-final spot
O team Royals
O team Wee County
L region Leinster
> Meath 1-21 Louth 2-16
O team Meath
F score 1-21
O team Louth
F score 2-16
> By Fiachra Ó Gormáin
P full Fiachra Ó Gormáin
> Sunday, 18th April, 2038 7:52pm
F date 18th April, 2038
F time 7:52pm
> Meath’s Cian Ó Briain fires over a two-pointer against Louth at Páirc Tailteann. Photo: Gerry Shanley/www.royalmedia.ie
O team Meath
P full Cian Ó Briain
F number two
O team Louth
L facility Páirc Tailteann
P full Gerry Shanley
> MEATH are through to a Leinster semi-final against Dublin at Croke Park after edging a pulsating quarter-final against their old rivals in front of 14,306 at Páirc Tailteann, but they needed a late Daithí Mac an tSaoi block to get there.
O team MEATH
L region Leinster
O team Dublin
L facility Croke Park
F number 14,306
L facility Páirc Tailteann
P full Daithí Mac an tSaoi
> Louth, chasing a first championship win in Navan since 2027, led 2-9 to 0-12 at the break after two goals in four minutes from Séamus Connor, the Dundalk Gaels forward punishing a hesitant Meath full-back line each time.
O team Louth
L city Navan
F date 2027
F score 2-9
F score 0-12
F number two
F duration four minutes
P full Séamus Connor
O team Dundalk Gaels
O team Meath
> The first came in the 17th minute when Connor gathered Aaron Keenan’s long delivery and turned Eoin Tiernan before finishing low past Seán Ó Floinn. The second, in the 21st minute, was a carbon copy, with Keenan again the supplier.
P partial Connor
P full Aaron Keenan
P full Eoin Tiernan
P full Seán Ó Floinn
P partial Keenan
> Meath manager Declan Mac Cárthaigh made two changes at half-time, sending on Niall Brady and Killian O’Dowd, and the Royals hit the next five points, four of them from a pair of Ó Briain two-pointers, to lead 0-17 to 2-9 by the 44th minute.
O team Meath
P full Declan Mac Cárthaigh
F number two
P full Niall Brady
P full Killian O’Dowd
O team Royals
F number five
F number four
P partial Ó Briain
F number two
F score 0-17
F score 2-9
> Louth hit back through the frees of Ciarán Moonan, who finished with 0-7, and the sides were level at 0-20 to 2-14 with three minutes of normal time left.
O team Louth
P full Ciarán Moonan
F score 0-7
F score 0-20
F score 2-14
F duration three minutes
> Then O’Dowd, the Dunshaughlin clubman, collected Tadhg Farrelly’s pass and rifled the ball into the top corner. Moonan replied with a two-pointer from out on the right, and with the clock showing 74:10 Connor was clean through on goal before Mac an tSaoi threw himself in front of the shot.
P partial O’Dowd
O team Dunshaughlin
P full Tadhg Farrelly
P partial Moonan
F number two
F time 74:10
P partial Connor
P partial Mac an tSaoi
> Ó Briain, who finished with 0-9, pointed the resulting free to make it a two-point game. The Delaney Cup holders Dublin, who beat Wicklow by 15 points on Saturday, await on May 9.
P partial Ó Briain
F score 0-9
F number two
O team Dublin
O team Wicklow
F number 15
F date May 9
> “I thought we were gone at half-time,” Mac Cárthaigh admitted. “Louth bullied us for 35 minutes. But the lads who came in changed the game, and Daithí’s block is the kind of thing you win championships with.”
Q direct Declan Mac Cárthaigh :: “I thought we were gone at half-time,”
P partial Mac Cárthaigh
Q direct Declan Mac Cárthaigh :: “Louth bullied us for 35 minutes. But the lads who came in changed the game, and Daithí’s block is the kind of thing you win championships with.”
O team Louth
F duration 35 minutes
P partial Daithí
> Louth boss Brendan Hoey said his side had been “robbed by inches” and questioned the free that started the move for O’Dowd’s goal.
O team Louth
P full Brendan Hoey
Q direct Brendan Hoey :: “robbed by inches”
P partial O’Dowd
> “We’ll go into the All-Ireland series with our heads up. There are 20 lads in that dressing room who gave everything,” he said.
Q direct Brendan Hoey :: “We’ll go into the All-Ireland series with our heads up. There are 20 lads in that dressing room who gave everything,”
F number 20
> Scorers for Meath: Cian Ó Briain 0-9 (0-4 tp, 0-3 frees), Killian O’Dowd 1-1, Tadhg Farrelly 0-3, Shane McEntaggart, Evan Curran, Jack Whelan 0-2 each, Cian Lowry, Daithí Mac an tSaoi 0-1 each.
O team Meath
P full Cian Ó Briain
F score 0-9
F score 0-4
F score 0-3
P full Killian O’Dowd
F score 1-1
P full Tadhg Farrelly
F score 0-3
P full Shane McEntaggart
P full Evan Curran
P full Jack Whelan
F score 0-2
P full Cian Lowry
P full Daithí Mac an tSaoi
F score 0-1
> Scorers for Louth: Séamus Connor 2-1, Ciarán Moonan 0-7 (0-2 tp, 0-4 frees), Aaron Keenan 0-3, Dylan Brennan, Conall Quigley 0-2 each, Tiarnan Crilly 0-1.
O team Louth
P full Séamus Connor
F score 2-1
P full Ciarán Moonan
F score 0-7
F score 0-2
F score 0-4
P full Aaron Keenan
F score 0-3
P full Dylan Brennan
P full Conall Quigley
F score 0-2
P full Tiarnan Crilly
F score 0-1
> MEATH: 1. Seán Ó Floinn (Ratoath); 2. Conor Fitzgerald (St Peter’s Dunboyne), 3. Eoin Tiernan (Skryne), 4. Liam Clarke (Simonstown Gaels); 5. Daithí Mac an tSaoi (Gaeil Colmcille), 6. Rory Gilsenan (Wolfe Tones), 7. Pádraig Kealy (Summerhill); 8. Jack Whelan (Navan O’Mahonys), 9. Ciarán Mooney (Na Fianna); 10. Shane McEntaggart (Seneschalstown), 11. Cian Ó Briain (Donaghmore/Ashbourne), 12. Tadhg Farrelly (Longwood); 13. Evan Curran (Trim), 14. Cian Lowry (Moynalvey), 15. Darragh Gallogly (Curraha).
O team MEATH
P full Seán Ó Floinn
O team Ratoath
P full Conor Fitzgerald
O team St Peter’s Dunboyne
P full Eoin Tiernan
O team Skryne
P full Liam Clarke
O team Simonstown Gaels
P full Daithí Mac an tSaoi
O team Gaeil Colmcille
P full Rory Gilsenan
O team Wolfe Tones
P full Pádraig Kealy
O team Summerhill
P full Jack Whelan
O team Navan O’Mahonys
P full Ciarán Mooney
O team Na Fianna
P full Shane McEntaggart
O team Seneschalstown
P full Cian Ó Briain
O team Donaghmore/Ashbourne
P full Tadhg Farrelly
O team Longwood
P full Evan Curran
O team Trim
P full Cian Lowry
O team Moynalvey
P full Darragh Gallogly
O team Curraha
> Subs: Niall Brady (Rathkenny) for Mooney (h-t), Killian O’Dowd (Dunshaughlin) for Gallogly (h-t), Mark Fagan (Clann na nGael) for Curran (58), Eoghan Ó Raghallaigh (Ballinabrackey) for Kealy (66).
P full Niall Brady
O team Rathkenny
P partial Mooney
P full Killian O’Dowd
O team Dunshaughlin
P partial Gallogly
P full Mark Fagan
O team Clann na nGael
P partial Curran
P full Eoghan Ó Raghallaigh
O team Ballinabrackey
P partial Kealy
> LOUTH: 1. Cathal Byrne (Dreadnots); 2. Eoghan Halpin (Naomh Máirtín), 3. Seán Matthews (Roche Emmets), 4. Dara Mulligan (Clan na Gael); 5. Peadar Gernon (St Mary’s Ardee), 6. Fergal Tuite (Newtown Blues), 7. Gavin Callan (O’Raghallaighs); 8. Ronan Kerley (Glyde Rangers), 9. Conall Quigley (Naomh Fionnbarra); 10. Aaron Keenan (Cooley Kickhams), 11. Ciarán Moonan (Geraldines), 12. Dylan Brennan (Mattock Rangers); 13. Jamie McCrave (St Patrick’s), 14. Séamus Connor (Dundalk Gaels), 15. Tiarnan Crilly (Kilkerley Emmets).
O team LOUTH
P full Cathal Byrne
O team Dreadnots
P full Eoghan Halpin
O team Naomh Máirtín
P full Seán Matthews
O team Roche Emmets
P full Dara Mulligan
O team Clan na Gael
P full Peadar Gernon
O team St Mary’s Ardee
P full Fergal Tuite
O team Newtown Blues
P full Gavin Callan
O team O’Raghallaighs
P full Ronan Kerley
O team Glyde Rangers
P full Conall Quigley
O team Naomh Fionnbarra
P full Aaron Keenan
O team Cooley Kickhams
P full Ciarán Moonan
O team Geraldines
P full Dylan Brennan
O team Mattock Rangers
P full Jamie McCrave
O team St Patrick’s
P full Séamus Connor
O team Dundalk Gaels
P full Tiarnan Crilly
O team Kilkerley Emmets
> Subs: Liam Duffy (Hunterstown Rovers) for Brennan (51), Ruairí Ó Casaide (Naomh Moninne) for Crilly (63), Shane Hanratty (St Joseph’s) for Kerley (70).
P full Liam Duffy
O team Hunterstown Rovers
P partial Brennan
P full Ruairí Ó Casaide
O team Naomh Moninne
P partial Crilly
P full Shane Hanratty
O team St Joseph’s
P partial Kerley
> Referee: Padraic Hughes (Armagh)
P full Padraic Hughes
L region Armagh
'''

ARTICLES['532-tawau-high-court-kalabakan-murut-villagers-ncr-land-oil-palm-provisional-lease-void-fmt'] = r'''
> Nation
> Court rules Kalabakan villagers own NCR land planted by oil palm firm
L region Kalabakan
> The Tawau High Court orders Serudong Agro Sdn Bhd to hand back 1,140ha and pay RM2.4 million in damages to 48 villagers.
O government Tawau High Court
O company Serudong Agro Sdn Bhd
F quantity 1,140ha
F money RM2.4 million
F number 48
> Marilyn Sinsua
P full Marilyn Sinsua
> May 12, 2037 4:11 PM
F date May 12, 2037
F time 4:11 PM
> Villagers from Kampung Tetagas outside the court complex in Tawau this morning. (Facebook pic)
L city Kampung Tetagas
L city Tawau
O company Facebook
> TAWAU: The High Court here today ruled that 48 Murut villagers from Kampung Tetagas in Kalabakan hold native customary rights (NCR) over 1,140ha of land that an oil palm company cleared and planted more than eight years ago.
L city TAWAU
O government High Court
F number 48
L city Kampung Tetagas
L region Kalabakan
F quantity 1,140ha
F duration eight years
> Judicial Commissioner Dr Mary Chin Siew Lan said the villagers had shown “on a balance of probabilities” that their forefathers had farmed, hunted and buried their dead on the land since before 1930, when the Sabah Land Ordinance came into force.
P full Mary Chin Siew Lan
Q direct Mary Chin Siew Lan :: “on a balance of probabilities”
F date 1930
> She ordered Serudong Agro Sdn Bhd to vacate the land within six months and to pay RM2.4 million in general damages for trespass, with interest of 5% a year from the date of judgment, and costs of RM80,000.
O company Serudong Agro Sdn Bhd
F duration six months
F money RM2.4 million
F percent 5%
F money RM80,000
> She also declared void a provisional lease issued to the company in 2028 by the Lands and Surveys Department, which she said had been granted without a proper inquiry by the Assistant Collector of Land Revenue in Tawau.
F date 2028
O government Lands and Surveys Department
L city Tawau
> The villagers, led by former village headman Sumpul @ Samuel Anjumin, 71, filed the suit in 2031 against the company, the director of the Lands and Surveys Department and the Sabah government.
P full Sumpul @ Samuel Anjumin
F age 71
F date 2031
O government Lands and Surveys Department
L region Sabah
> Speaking to reporters outside the court complex, Sumpul said the ruling had given back to the Murut of Tetagas “what our grandparents left for us”.
P partial Sumpul
L city Tetagas
Q direct Sumpul @ Samuel Anjumin :: “what our grandparents left for us”
> “Tanah ini bukan tanah kosong. Di sini ada kubur nenek moyang kami,” he said in Malay. (This is not empty land. The graves of our ancestors are here.)
Q direct Sumpul @ Samuel Anjumin :: “Tanah ini bukan tanah kosong. Di sini ada kubur nenek moyang kami,”
> The villagers’ counsel, Marcel Jude Lojinggi, said the 19-day trial had heard evidence of 37 graves, two old hill-rice clearings and a stand of fruit trees that the community keeps as its “pulau”, or reserved forest.
P full Marcel Jude Lojinggi
F duration 19-day
F number 37
F number two
Q scare - :: “pulau”
> “This is one of very few cases where a Sabah court has cancelled a provisional lease over land that is already planted. Communities in Tongod and Nabawan are watching it closely,” he said.
Q direct Marcel Jude Lojinggi :: “This is one of very few cases where a Sabah court has cancelled a provisional lease over land that is already planted. Communities in Tongod and Nabawan are watching it closely,”
L region Sabah
L region Tongod
L region Nabawan
> Counsel for the company, Harjinder Kaur Sandhu, had argued that the area was state land showing no sign of cultivation when the lease was issued, and that satellite images from 2026 showed only secondary forest. She told FMT the company would study the grounds of judgment before deciding whether to go to the Court of Appeal within 30 days.
P full Harjinder Kaur Sandhu
F date 2026
O media FMT
O government Court of Appeal
F duration 30 days
> Serudong Agro, a subsidiary of the Kuala Lumpur-listed Pelangi Sawit Bhd, said in a statement that it had invested more than RM31 million in the estate, which employs about 260 workers, and that it “respects the decision of the court”.
O company Serudong Agro
L city Kuala Lumpur
O company Pelangi Sawit Bhd
F money RM31 million
F number 260
Q direct Serudong Agro Sdn Bhd :: “respects the decision of the court”
> Its chairman, Datuk Seri Panglima Wong Kiam Fook, could not be reached for comment.
P full Wong Kiam Fook
> Senior state counsel Nurul Ain Abdul Rahim, who acted for the state government and the lands director, said the state would “abide by” the final outcome of the case.
P full Nurul Ain Abdul Rahim
Q direct Nurul Ain Abdul Rahim :: “abide by”
> Kalabakan, a district south-west of Tawau near the border with Kalimantan, is one of Sabah’s largest oil palm areas, with more than 150,000ha planted, according to the Malaysian Palm Oil Board (MPOB).
L region Kalabakan
L city Tawau
L region Kalimantan
L region Sabah
F quantity 150,000ha
O government Malaysian Palm Oil Board
O government MPOB
> Outside the court, about 60 villagers who had travelled four hours by road from Tetagas sang and held up a banner reading “Tanah adat, hak kami” (customary land, our right).
F number 60
F duration four hours
L city Tetagas
Q direct - :: “Tanah adat, hak kami”
> The court fixed June 30 for case management on the handover of the land.
F date June 30
'''

ARTICLES['533-sea-approves-halden-punta-grande-desalination-plant-caleta-el-cobre-paposo-chango-taltal-mining-com'] = r'''
> Chile clears $740 million desalination plant for Taltal copper mine despite Chango objections
L country Chile
F money $740 million
L city Taltal
> Valentina Orrego Sandoval | April 7, 2038 | 3:42 pm
P full Valentina Orrego Sandoval
F date April 7, 2038
F time 3:42 pm
> Fishing boats at Paposo, north of Taltal, whose divers work the coast where the plant would draw its seawater. Image courtesy of Halden Copper.
L city Paposo
L city Taltal
O company Halden Copper
> Chile’s Environmental Assessment Service (SEA) on Tuesday approved a $740 million seawater desalination plant and a 148-km pipeline that Halden Copper plans to build to supply its Punta Grande mine in the Antofagasta region, overruling objections from an Indigenous Chango community on the coast.
L country Chile
O government Environmental Assessment Service
O government SEA
F money $740 million
F quantity 148-km
O company Halden Copper
L facility Punta Grande
L region Antofagasta
> The Vancouver-based miner, which is listed in Toronto, said the plant at Caleta El Cobre will produce 1,100 litres per second (l/s) of desalinated water once both phases are built, ending the mine’s pumping from the Punta Negra salt flat, 95 km to the east.
L city Vancouver
L city Toronto
L city Caleta El Cobre
F quantity 1,100 litres per second
L geo Punta Negra
F quantity 95 km
> Halden expects to take a final investment decision in the third quarter and to start construction before the end of 2038, chief executive Mark Halvorsen said in a statement. The first water would reach the mine, which sits 2,900 metres above sea level, in 2041.
O company Halden
F date 2038
P full Mark Halvorsen
F quantity 2,900 metres
F date 2041
> “Securing seawater is the single most important step for Punta Grande’s next 20 years,” Halvorsen said. “It lets us lift output by about 35% without taking another litre from the high Andean basins.”
Q direct Mark Halvorsen :: “Securing seawater is the single most important step for Punta Grande’s next 20 years,”
L facility Punta Grande
F duration 20 years
P partial Halvorsen
Q direct Mark Halvorsen :: “It lets us lift output by about 35% without taking another litre from the high Andean basins.”
F percent 35%
> Punta Grande produced 78,400 tonnes of copper in concentrate last year. The expansion, which still needs a separate permit, would take annual output to about 106,000 tonnes from 2042.
L facility Punta Grande
F quantity 78,400 tonnes
F quantity 106,000 tonnes
F date 2042
> The Comunidad Indígena Changa de Paposo, which represents 64 families, says the intake and the brine outfall would sit on fishing and shellfish-gathering grounds its members have used for generations, and that the consultation the company carried out last year did not meet the standards of ILO Convention 169.
O nonprofit Comunidad Indígena Changa de Paposo
F number 64
> “They came with a PowerPoint and a box of sandwiches and called it consultation,” the community’s president, Rosa Vicenta Ardiles Olivares, 58, told MINING.COM by phone from Paposo. “The sea does not belong to the mine. Our grandparents were diving for locos here before there was a Chile.”
Q direct Rosa Vicenta Ardiles Olivares :: “They came with a PowerPoint and a box of sandwiches and called it consultation,”
P full Rosa Vicenta Ardiles Olivares
F age 58
O media MINING.COM
L city Paposo
Q direct Rosa Vicenta Ardiles Olivares :: “The sea does not belong to the mine. Our grandparents were diving for locos here before there was a Chile.”
L country Chile
> Ardiles said the community would appeal to the Committee of Ministers, which reviews contested approvals, and then to the First Environmental Court in Antofagasta if that failed.
P partial Ardiles
O government Committee of Ministers
O government First Environmental Court
L city Antofagasta
> The SEA said in its resolution that the company had agreed to move the intake 1.2 km north of the main shellfish beds, to fund a Ch$2.4 billion monitoring programme run by the Universidad de Antofagasta and to keep brine salinity within 5% of background levels at 100 metres from the outfall.
O government SEA
F quantity 1.2 km
F money Ch$2.4 billion
O education Universidad de Antofagasta
F percent 5%
F quantity 100 metres
> The measures were “adequate and proportionate” to the impacts, it said.
Q direct Environmental Assessment Service :: “adequate and proportionate”
> The European Southern Observatory (ESO), whose Paranal Observatory lies about 20 km from the pipeline route, had asked for the pumping stations to be fitted with shielded lighting. The resolution includes that condition.
O intergovernmental European Southern Observatory
O intergovernmental ESO
L facility Paranal Observatory
F quantity 20 km
> Water is now the main constraint on new copper supply in northern Chile, said Tomás Ignacio Fuenzalida, a partner at the Santiago consultancy Cobre Andino Consultores. He estimates that more than half of the copper mined in Chile will rely on seawater by 2040, up from 38% in 2035.
L country Chile
P full Tomás Ignacio Fuenzalida
L city Santiago
O company Cobre Andino Consultores
F fraction half
L country Chile
F date 2040
F percent 38%
F date 2035
> “Desalination is expensive – pumping water up 3,000 metres can cost $4 a cubic metre – but a mine without water is worth nothing,” Fuenzalida said.
Q direct Tomás Ignacio Fuenzalida :: “Desalination is expensive – pumping water up 3,000 metres can cost $4 a cubic metre – but a mine without water is worth nothing,”
F quantity 3,000 metres
F money $4
P partial Fuenzalida
> Copper traded at $10,860 a tonne on the London Metal Exchange on Tuesday. Halden’s shares rose 4.2% to C$18.37 in Toronto.
F money $10,860
O company London Metal Exchange
O company Halden
F percent 4.2%
F money C$18.37
L city Toronto
> Chile, the world’s largest copper producer, has 24 desalination plants serving mines, according to the state copper commission Cochilco, with 11 more in the pipeline.
L country Chile
F number 24
O government Cochilco
F number 11
> (With files from Reuters)
O media Reuters
'''

ARTICLES['534-capel-siloam-bethesda-chapel-six-flats-local-people-gwynedd-planning-u-turn-north-wales-chronicle'] = r'''
> Bethesda chapel to become six flats for local people after planning U-turn
L city Bethesda
F number six
> Cyngor Gwynedd’s planning committee has reversed its refusal of the Capel Siloam scheme after a bat survey and a new parking plan
O government Cyngor Gwynedd
L facility Capel Siloam
> By Llinos Angharad Pugh
P full Llinos Angharad Pugh
> Local Democracy Reporter
> Published: 14th October 2037
F date 14th October 2037
> Capel Siloam on High Street, Bethesda, which closed for worship in 2029 (Image: Google)
L facility Capel Siloam
L street High Street
L city Bethesda
F date 2029
O company Google
> A FORMER chapel in Bethesda will be turned into six affordable flats for people with a local connection after Gwynedd councillors changed their minds about the scheme.
L city Bethesda
F number six
L region Gwynedd
> Cyngor Gwynedd’s planning committee approved plans by Tai Cymunedol Dyffryn Ogwen (Ogwen Valley Community Homes) to convert Capel Siloam, a grade II listed chapel built in 1871, by seven votes to four at its meeting in Caernarfon on Monday.
O government Cyngor Gwynedd
O nonprofit Tai Cymunedol Dyffryn Ogwen
O nonprofit Ogwen Valley Community Homes
L facility Capel Siloam
F date 1871
F number seven
F number four
L city Caernarfon
> The same committee refused the application in March, when members raised concerns about the lack of parking on the narrow High Street – part of the A5 – and about the chapel’s roost of lesser horseshoe bats.
L street High Street
L street A5
> The community land trust has since agreed to lease 14 spaces in the Stryd Ogwen car park, and a 12-month survey for Natural Resources Wales (NRW) found that the bats use only the roof void, which will be left untouched.
F number 14
L street Stryd Ogwen
F duration 12-month
O government Natural Resources Wales
O government NRW
> Under the plans, four one-bedroom and two two-bedroom flats will be let at 80 per cent of market rent to people who have lived or worked in Dyffryn Ogwen for at least five years.
F number four
F number one
F number two
F number two
F percent 80 per cent
L geo Dyffryn Ogwen
F duration five years
> The £1.35m cost is being met by a Welsh Government grant of £910,000 and by community shares sold to 412 local investors.
F money £1.35m
O government Welsh Government
F money £910,000
F number 412
> Cllr Heledd ab Iorwerth (Plaid Cymru), who represents Gerlan, said the homes would let young families stay in the village their great-grandparents built.
P full Heledd ab Iorwerth
O party Plaid Cymru
L region Gerlan
> “Mae’r capel yma wedi bod yn galon i’r gymuned ym Methesda ers 166 o flynyddoedd,” she told the committee in Welsh. “Now it can be a home for the next generation, instead of another holiday let.”
Q direct Heledd ab Iorwerth :: “Mae’r capel yma wedi bod yn galon i’r gymuned ym Methesda ers 166 o flynyddoedd,”
L city Methesda
F duration 166 o flynyddoedd
Q direct Heledd ab Iorwerth :: “Now it can be a home for the next generation, instead of another holiday let.”
> Cllr Gareth Wyn Hughes (Independent), for Ogwen, said he still had doubts. “Nobody is against homes for local people. But I have seen residents of High Street park two streets away for 20 years, and 14 spaces in a car park up the hill will not change that,” he said.
P full Gareth Wyn Hughes
L region Ogwen
Q direct Gareth Wyn Hughes :: “Nobody is against homes for local people. But I have seen residents of High Street park two streets away for 20 years, and 14 spaces in a car park up the hill will not change that,”
L street High Street
F number two
F duration 20 years
F number 14
> Bethesda grew up around the Penrhyn Quarry, once the largest slate quarry in the world, and its chapels were at the heart of village life during the quarrymen’s strike of 1900 to 1903. The quarry and the village are part of the slate landscape given World Heritage status by UNESCO in 2021.
L city Bethesda
L facility Penrhyn Quarry
F date 1900
F date 1903
O intergovernmental UNESCO
F date 2021
> According to the 2031 census, 71 per cent of people in the Ogwen area speak Welsh. The average house price in Bethesda is now £214,000, around eight times the median local wage, the trust says.
F date 2031
F percent 71 per cent
L region Ogwen
L city Bethesda
F money £214,000
F number eight
> Trust chair Siôn Maredudd, a nurse at Ysbyty Gwynedd in Bangor, said more than 90 households had already asked to be considered.
P full Siôn Maredudd
O other Ysbyty Gwynedd
L city Bangor
F number 90
> “We have people aged 35 sleeping in their childhood bedrooms because there is nothing they can afford to rent here,” he said. “Cartrefi i bobl leol – homes for local people – is not a slogan for us.”
Q direct Siôn Maredudd :: “We have people aged 35 sleeping in their childhood bedrooms because there is nothing they can afford to rent here,”
F age 35
Q direct Siôn Maredudd :: “Cartrefi i bobl leol – homes for local people – is not a slogan for us.”
> Cadw, the Welsh Government’s historic environment service, raised no objection, provided the chapel’s gallery and organ are kept. A council spokesperson said the decision showed the committee was “willing to think again when the evidence changes”.
O government Cadw
O government Welsh Government
Q direct - :: “willing to think again when the evidence changes”
> Work is expected to start in spring 2038, with the first tenants moving in by September 2039.
F date 2038
F date September 2039
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
