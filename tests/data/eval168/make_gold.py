#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval168 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval168/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1051-vizhinjam-fishers-blockade-neendakara-trawlers-kerala-the-hindu'] = r'''
> Kerala
L region Kerala
> Fishers blockade Vizhinjam harbour, demand ₹50 crore relief and curbs on trawlers
L city Vizhinjam
F money ₹50 crore
> Traditional fishers say Neendakara boats fish inside the 12-nautical-mile limit; Fisheries Department seizes three trawlers off Poovar
L city Neendakara
F quantity 12-nautical-mile
O government Fisheries Department
F number three
L city Poovar
> S. Anil Kumar
P full S. Anil Kumar
> THIRUVANANTHAPURAM
L city THIRUVANANTHAPURAM
> Updated - August 20, 2039 10:48 pm IST
F date August 20, 2039
F time 10:48 pm IST
> Traditional fishers block the entrance to the Vizhinjam fishing harbour on Saturday. | Photo Credit: Nisha Varghese
L city Vizhinjam
P full Nisha Varghese
> Hundreds of traditional fishers blockaded the Vizhinjam fishing harbour for nine hours on Saturday, demanding that the State government stop mechanised trawlers from Kollam’s Neendakara harbour from fishing inside the 12-nautical-mile territorial limit and sanction a relief package of ₹50 crore for families hit by the monsoon.
L city Vizhinjam
F duration nine hours
L region Kollam
L city Neendakara
F quantity 12-nautical-mile
F money ₹50 crore
> The protest, organised by the Kerala Swatantra Matsya Thozhilali Federation (KSMTF), began at 6 a.m. and was called off only at 3.15 p.m., after Fisheries Director R. Meenakshi Amma assured the protesters that action would be taken against boats found inside the limit.
O nonprofit Kerala Swatantra Matsya Thozhilali Federation
O nonprofit KSMTF
F time 6 a.m.
F time 3.15 p.m.
P full R. Meenakshi Amma
> “The trawlers come at night with their lights off, sometimes within five nautical miles of the shore. They sweep the sea bed clean and our nets are torn. Last month alone, 23 of our fibre boats lost nets worth ₹11 lakh,” said Joseph Peter Fernandez, 54, KSMTF district president, who has fished from Vizhinjam for 36 years.
Q direct Joseph Peter Fernandez :: “The trawlers come at night with their lights off, sometimes within five nautical miles of the shore. They sweep the sea bed clean and our nets are torn. Last month alone, 23 of our fibre boats lost nets worth ₹11 lakh,”
F quantity five nautical miles
F number 23
F money ₹11 lakh
P full Joseph Peter Fernandez
F age 54
O nonprofit KSMTF
L city Vizhinjam
F duration 36 years
> Mr. Fernandez said the federation had given the district administration a list of 41 boats registered at Neendakara and Sakthikulangara that had been seen off the Thiruvananthapuram coast since the trawling ban ended on July 31. “We are not against anyone earning a living. But the law says 12 nautical miles. Let them fish outside it,” he said.
P partial Fernandez
F number 41
L city Neendakara
L city Sakthikulangara
L region Thiruvananthapuram
F date July 31
Q direct Joseph Peter Fernandez :: “We are not against anyone earning a living. But the law says 12 nautical miles. Let them fish outside it,”
F quantity 12 nautical miles
> Marine enforcement officials on Friday seized three trawlers operating 7 km off Poovar and imposed fines of ₹2.5 lakh each under the Kerala Marine Fishing Regulation Act, Fisheries Department sources said. The Coastal Police registered cases against the skippers, all from Tamil Nadu’s Kanniyakumari district.
F number three
F quantity 7 km
L city Poovar
F money ₹2.5 lakh
O government Fisheries Department
O government Coastal Police
L region Tamil Nadu
L region Kanniyakumari
> The Kollam District Mechanised Boat Owners’ Association denied the charge. Its secretary, Vincent D’Cruz, said boats had moved closer to the coast because rough seas had kept them in harbour for 11 days this month. “Our members have borrowed ₹1 crore to ₹1.5 crore each for a boat. A fine of ₹2.5 lakh after a 52-day ban will finish them,” he said, calling the seizures “a witch-hunt”.
O nonprofit Kollam District Mechanised Boat Owners’ Association
P full Vincent D’Cruz
F duration 11 days
Q direct Vincent D’Cruz :: “Our members have borrowed ₹1 crore to ₹1.5 crore each for a boat. A fine of ₹2.5 lakh after a 52-day ban will finish them,”
F money ₹1 crore
F money ₹1.5 crore
F money ₹2.5 lakh
F duration 52-day
Q direct Vincent D’Cruz :: “a witch-hunt”
> A senior Fisheries Department official, who did not wish to be named, admitted that enforcement was thin. “We have one patrol boat for 78 km of coast. At night it is impossible,” the official said.
O government Fisheries Department
Q direct - :: “We have one patrol boat for 78 km of coast. At night it is impossible,”
F number one
F quantity 78 km
> Fisheries Minister T.K. Sreedharan, in Kochi, said a meeting of both sides would be held at the Secretariat on August 28. He said the government was considering round-the-clock patrols with two new interceptor boats costing ₹3.8 crore, and that ₹14.6 crore had already been released as monsoon relief to 1.2 lakh fisher families in the State.
P full T.K. Sreedharan
L city Kochi
L facility Secretariat
F date August 28
F number two
F money ₹3.8 crore
F money ₹14.6 crore
F number 1.2 lakh
> According to the Central Marine Fisheries Research Institute (CMFRI), the oil sardine catch along the Kerala coast fell to 1.38 lakh tonnes in 2038, less than half of the 3.9 lakh tonnes landed in 2012.
O government Central Marine Fisheries Research Institute
O government CMFRI
L region Kerala
F quantity 1.38 lakh tonnes
F date 2038
F fraction half
F quantity 3.9 lakh tonnes
F date 2012
> “When the sardine goes, the trawlers come closer. Then it is the small man who pays,” said Mary Sebastian, 47, who sells fish at the Vizhinjam market.
Q direct Mary Sebastian :: “When the sardine goes, the trawlers come closer. Then it is the small man who pays,”
P full Mary Sebastian
F age 47
L city Vizhinjam
> The KSMTF has warned that it will block the Kovalam-Kanyakumari road if no decision is taken by August 31.
O nonprofit KSMTF
L city Kovalam
L city Kanyakumari
F date August 31
'''

ARTICLES['1052-le-havre-dockers-strike-port-2000-early-retirement-cgt-le-monde'] = r'''
> France
L country France
> Pension reform: Le Havre dockers shut down Port 2000 for a third day
L city Le Havre
L facility Port 2000
> The CGT-led strike against the end of the port workers’ early-retirement scheme has left 41 ships waiting. The labor minister calls his €380 million transition plan “fair and financed.”
O nonprofit CGT
F number 41
F money €380 million
Q direct Arnaud de La Roche-Vernet :: “fair and financed.”
> By Clémence Roussel-Aubry (Le Havre (Seine-Maritime), special correspondent)
P full Clémence Roussel-Aubry
L city Le Havre
L region Seine-Maritime
> Published on October 10, 2040, at 6:05 pm (Paris), updated at 8:41 pm
F date October 10, 2040
F time 6:05 pm
L city Paris
F time 8:41 pm
> Dockers block the entrance to Port 2000 in Le Havre (Seine-Maritime), on October 9, 2040. LOU-ANNE MERCERON / AFP
L facility Port 2000
L city Le Havre
L region Seine-Maritime
F date October 9, 2040
P full LOU-ANNE MERCERON
O media AFP
> For the third day running, not a single container left Port 2000 on Wednesday, October 10. At dawn, some 600 dockers and crane operators wearing the red bibs of the Confédération Générale du Travail (CGT) again chained the gates of France’s largest container terminal, while 41 ships waited at anchor in the Seine estuary or turned back toward Antwerp and Rotterdam.
L facility Port 2000
F date October 10
F number 600
O nonprofit Confédération Générale du Travail
O nonprofit CGT
L country France
F number 41
L geo Seine
L city Antwerp
L city Rotterdam
> The dockers are protesting against the end of the “cessation anticipée d’activité,” the scheme that since 2002 has allowed port workers exposed to asbestos and night shifts to retire at 58 on 65% of their salary. Under the bill presented to the Council of Ministers on September 24 by Labor Minister Arnaud de La Roche-Vernet, the scheme would close to new entrants on January 1, 2042, and the dockers’ retirement age would rise gradually to 62.
Q scare - :: “cessation anticipée d’activité,”
F date 2002
F age 58
F percent 65%
O government Council of Ministers
F date September 24
P full Arnaud de La Roche-Vernet
F date January 1, 2042
F age 62
> “They are asking a docker who has breathed diesel for 35 years to climb into a crane at 61. It is ‘work until you drop,’ nothing less,” said Yannick Le Bihan, 49, secretary general of the CGT dockers’ union in Le Havre. “We will not let the port be the first to pay.
Q direct Yannick Le Bihan :: “They are asking a docker who has breathed diesel for 35 years to climb into a crane at 61. It is ‘work until you drop,’ nothing less,”
F duration 35 years
F age 61
P full Yannick Le Bihan
F age 49
O nonprofit CGT
L city Le Havre
Q direct Yannick Le Bihan :: “We will not let the port be the first to pay.
> “If Paris wants the ships back, Paris can come and negotiate here, on the quay.”
Q direct Yannick Le Bihan :: “If Paris wants the ships back, Paris can come and negotiate here, on the quay.”
L city Paris
L city Paris
> The government is not budging. Speaking before the Senate on Tuesday, de La Roche-Vernet said the €380 million transition plan, which includes bonuses of up to €45,000 for dockers who retrain, was “fair and financed” and “will not be withdrawn.”
O government Senate
P partial de La Roche-Vernet
F money €380 million
F money €45,000
Q direct Arnaud de La Roche-Vernet :: “fair and financed”
Q direct Arnaud de La Roche-Vernet :: “will not be withdrawn.”
> Economy Minister Sandrine Okafor-Lenoir told France Inter that each day of blockade cost the economy “around €30 million” and warned that shipping lines “do not come back once they have left.” The Union Maritime et Portuaire du Havre (UMEP), which represents port companies, said 1,200 containers of perishable goods were “at risk” and asked the prefect of Seine-Maritime to “restore free movement in the port.”
P full Sandrine Okafor-Lenoir
O media France Inter
Q direct Sandrine Okafor-Lenoir :: “around €30 million”
F money €30 million
Q direct Sandrine Okafor-Lenoir :: “do not come back once they have left.”
O nonprofit Union Maritime et Portuaire du Havre
O nonprofit UMEP
F number 1,200
Q direct Union Maritime et Portuaire du Havre :: “at risk”
L region Seine-Maritime
Q direct Union Maritime et Portuaire du Havre :: “restore free movement in the port.”
> An adviser to the prefect in Rouen said on Wednesday evening that there were “no plans at this stage” to clear the gates by force.
L city Rouen
Q direct - :: “no plans at this stage”
> The movement is spreading. Dockers in Marseille-Fos, Dunkirk and Saint-Nazaire stopped work for 24 hours on Tuesday, and the CGT leader, Marie-Laure Quéméner, called a national day of action for October 17. Smaller marches against the bill were held in Orange, Sens and Lorient, according to the union.
L facility Marseille-Fos
L city Dunkirk
L city Saint-Nazaire
F duration 24 hours
O nonprofit CGT
P full Marie-Laure Quéméner
F date October 17
L city Orange
L city Sens
L city Lorient
> According to the Pensions Advisory Council (COR), the special schemes of port workers cost €210 million a year for around 4,800 beneficiaries. The government expects the reform to save €1.1 billion by 2050.
O government Pensions Advisory Council
O government COR
F money €210 million
F number 4,800
F money €1.1 billion
F date 2050
> At the gates of Port 2000, Sabrina Haddad, 38, a crane operator for nine years, warmed her hands over a brazier. “My father worked here, and my grandfather too. He died at 63, of his lungs,” she said. “They call us privileged. Come and do a night shift with us.”
L facility Port 2000
P full Sabrina Haddad
F age 38
F duration nine years
Q direct Sabrina Haddad :: “My father worked here, and my grandfather too. He died at 63, of his lungs,”
F age 63
Q direct Sabrina Haddad :: “They call us privileged. Come and do a night shift with us.”
'''

ARTICLES['1053-okonkwo-hale-wins-azerbaijan-grand-prix-baku-red-flag-ferrari-racer'] = r'''
> Formula 1
O other Formula 1
> Okonkwo-Hale Holds Off Ferrari Pair To Win Chaotic Azerbaijan GP
P partial Okonkwo-Hale
O team Ferrari
> McLaren driver wins in Baku by 1.8s after a red flag and two safety cars; leader Sandvold crashes out of the lead at Turn 15
O team McLaren
L city Baku
F duration 1.8s
F number two
P partial Sandvold
L facility Turn 15
> By Tomasz Wierzbicki-Lowe - Sep 22, 2041, 10:35 AM ET
P full Tomasz Wierzbicki-Lowe
F date Sep 22, 2041
F time 10:35 AM ET
> Jonah Okonkwo-Hale celebrates on the podium in Baku. Image by Hamish Oduya/Motorsport Images
P full Jonah Okonkwo-Hale
L city Baku
P full Hamish Oduya
O media Motorsport Images
> Jonah Okonkwo-Hale won a chaotic Azerbaijan Grand Prix for McLaren on Sunday, holding off the Ferraris of Luca Brambilla and Théo Vasseur-Oudin over the final 28 laps to take his third win of the season by 1.814s.
P full Jonah Okonkwo-Hale
O team McLaren
O team Ferraris
P full Luca Brambilla
P full Théo Vasseur-Oudin
F number 28
F duration 1.814s
> The 51-lap race around the 6.003km Baku City Circuit was stopped for 34 minutes on lap 23 after Red Bull's Henrik Sandvold, who had led from pole, clipped the wall at Turn 15 in the tight uphill section drivers call "the castle" and was collected by the Williams of Kenji Arakawa. Both drivers climbed out unhurt.
F number 51
F quantity 6.003km
L facility Baku City Circuit
F duration 34 minutes
O team Red Bull
P full Henrik Sandvold
L facility Turn 15
Q scare - :: "the castle"
O team Williams
P full Kenji Arakawa
> Red Bull said in a statement that Sandvold had been taken to the medical center for "precautionary checks" and cleared. A team member, who asked not to be named, put the damage to the car at "at least $1.5 million, probably more."
O team Red Bull
Q direct Red Bull :: "precautionary checks"
P partial Sandvold
Q direct - :: "at least $1.5 million, probably more."
F money $1.5 million
> "Honestly, I thought it was gone when the red flag came out, because we were on the wrong tires for a standing restart," Okonkwo-Hale said. "The team changed everything in 20 minutes. Then it was 28 laps flat out, and Luca was all over me for the last five."
Q direct Jonah Okonkwo-Hale :: "Honestly, I thought it was gone when the red flag came out, because we were on the wrong tires for a standing restart,"
P partial Okonkwo-Hale
Q direct Jonah Okonkwo-Hale :: "The team changed everything in 20 minutes. Then it was 28 laps flat out, and Luca was all over me for the last five."
F duration 20 minutes
F number 28
P partial Luca
F number five
> The 25-year-old, who started fourth, now trails championship leader Sandvold by 19 points with seven races remaining.
F age 25-year-old
P partial Sandvold
F number 19
F number seven
> Brambilla, who passed Vasseur-Oudin into Turn 1 at the restart, said the car had been "a rocket on the straight" but lacked grip in the slow corners. "On the last lap my engineer said, 'Go, go, go,' and I had him in the DRS, but the tires were finished. Second is big points for us," he said.
P partial Brambilla
P partial Vasseur-Oudin
L facility Turn 1
Q direct Luca Brambilla :: "a rocket on the straight"
Q direct Luca Brambilla :: "On the last lap my engineer said, 'Go, go, go,' and I had him in the DRS, but the tires were finished. Second is big points for us,"
> Vasseur-Oudin, 21, held on to third despite a slow pit stop of 4.9 seconds under the first safety car on lap 9. "We lost two positions there and I had to fight back. It's my first podium in Baku, so I'm not complaining," the Frenchman said. Ferrari team principal Chiara Montanari-Gallo said both her drivers had "driven like veterans."
P partial Vasseur-Oudin
F age 21
F duration 4.9 seconds
Q direct Théo Vasseur-Oudin :: "We lost two positions there and I had to fight back. It's my first podium in Baku, so I'm not complaining,"
F number two
L city Baku
O team Ferrari
P full Chiara Montanari-Gallo
Q direct Chiara Montanari-Gallo :: "driven like veterans."
> Aston Martin's Mateo Ríos Echeverría finished fourth, ahead of the Mercedes pair of Oskar Nyberg and Félix Amadou, despite a five-second penalty for speeding in the pit lane at 83.4 km/h, above the 80 km/h limit. Arakawa's teammate, Dev Ramaswamy, took the last point in 10th.
O team Aston Martin
P full Mateo Ríos Echeverría
O team Mercedes
P full Oskar Nyberg
P full Félix Amadou
F duration five-second
F quantity 83.4 km/h
F quantity 80 km/h
P partial Arakawa
P full Dev Ramaswamy
> Track temperature peaked at 41C with the air at 27C, and organizers put the weekend crowd at 72,000. The fastest lap went to Brambilla, a 1:43.208 on lap 47.
F quantity 41C
F quantity 27C
F number 72,000
P partial Brambilla
F duration 1:43.208
> The championship moves on to Singapore's Marina Bay Street Circuit on October 6.
L country Singapore
L facility Marina Bay Street Circuit
F date October 6
'''

ARTICLES['1054-northern-link-cost-overrun-kwu-tung-legco-mtr-scmp'] = r'''
> Hong Kong / Transport
L city Hong Kong
> Northern Link cost jumps 31 per cent to HK$82.6 billion, MTR tells lawmakers
L facility Northern Link
F percent 31 per cent
F money HK$82.6 billion
O company MTR
> Rail operator blames tunnelling under Kwu Tung and higher steel prices; opening of two stations pushed back to 2041
L city Kwu Tung
F number two
F date 2041
> Vivian Ho Wing-sze
P full Vivian Ho Wing-sze
> Published: 8:12pm, 14 Mar 2039
F time 8:12pm
F date 14 Mar 2039
> Work on the Northern Link viaduct near Kam Sheung Road station in Yuen Long. Photo: Edmond Tse
L facility Northern Link
L facility Kam Sheung Road
L region Yuen Long
P full Edmond Tse
> The cost of the Northern Link, the rail line at the heart of Hong Kong’s plans for a new Northern Metropolis, has risen by 31 per cent to HK$82.6 billion (US$10.6 billion), the MTR Corporation told lawmakers on Monday, as it admitted that two of the line’s five stations would open a year late.
L facility Northern Link
L city Hong Kong
L region Northern Metropolis
F percent 31 per cent
F money HK$82.6 billion
F money US$10.6 billion
O company MTR Corporation
F number two
F number five
> Appearing before the Legislative Council’s railways subcommittee, the corporation’s projects director, Dr Alison Yeung Hoi-man, said the original estimate of HK$63 billion, made in 2035, had not foreseen the difficulty of boring 4.6km of twin tunnels through the fractured rock beneath Kwu Tung.
O government Legislative Council
P full Alison Yeung Hoi-man
F money HK$63 billion
F date 2035
F quantity 4.6km
L city Kwu Tung
> “We found cavities that were not in any of the ground surveys. In some sections the machines advanced only 2 metres a day,” Yeung said. “Steel and concrete prices have also gone up by around 18 per cent since the contracts were signed.
Q direct Alison Yeung Hoi-man :: “We found cavities that were not in any of the ground surveys. In some sections the machines advanced only 2 metres a day,”
F quantity 2 metres
P partial Yeung
Q direct Alison Yeung Hoi-man :: “Steel and concrete prices have also gone up by around 18 per cent since the contracts were signed.
F percent 18 per cent
> “None of this changes the end date for the line as a whole. Trains will run between Kam Sheung Road and Kwu Tung by the end of 2040.”
Q direct Alison Yeung Hoi-man :: “None of this changes the end date for the line as a whole. Trains will run between Kam Sheung Road and Kwu Tung by the end of 2040.”
L facility Kam Sheung Road
L city Kwu Tung
F date 2040
> But San Tin and Ngau Tam Mei stations, the two stops meant to serve the new innovation and technology park, will now open in the second half of 2041 instead of 2040, she said.
L facility San Tin
L facility Ngau Tam Mei
F number two
F date 2041
F date 2040
> Lawmakers from across the chamber were unimpressed. Legco member Raymond Kwok Tsz-lam, who represents the New Territories North constituency, called the overrun “a blank cheque written in the name of the Northern Metropolis”.
O government Legco
P full Raymond Kwok Tsz-lam
L region New Territories North
Q direct Raymond Kwok Tsz-lam :: “a blank cheque written in the name of the Northern Metropolis”
L region Northern Metropolis
> “Residents of Sheung Shui and Fanling have waited since 2025 for this railway. Every delay means another year of two-hour commutes,” Kwok said. He asked whether the government, which is paying HK$51.4 billion of the cost under a service concession, would claw back any of the corporation’s HK$15.9 billion profit for 2038.
Q direct Raymond Kwok Tsz-lam :: “Residents of Sheung Shui and Fanling have waited since 2025 for this railway. Every delay means another year of two-hour commutes,”
L city Sheung Shui
L city Fanling
F date 2025
F duration two-hour
P partial Kwok
F money HK$51.4 billion
F money HK$15.9 billion
F date 2038
> Another lawmaker, Winnie Lo Suet-ying, said the public had been told the same story about the Tung Chung Line extension to Sunny Bay and Diamond Hill’s shopping hub. “Every time, it is ‘unforeseen ground conditions’. Who is checking the MTR?” she said.
P full Winnie Lo Suet-ying
L facility Tung Chung Line
L city Sunny Bay
L city Diamond Hill
Q direct Winnie Lo Suet-ying :: “Every time, it is ‘unforeseen ground conditions’. Who is checking the MTR?”
O company MTR
> Secretary for Transport and Logistics Leung Ka-fai said the government would commission an independent review of the estimate, to be completed within six months. The Highways Department said in a written reply that the extra cost would be “shared according to the agreement” and that about 1,800 workers were on site.
P full Leung Ka-fai
F duration six months
O government Highways Department
Q direct Highways Department :: “shared according to the agreement”
F number 1,800
> A government source, who declined to be named, said the administration was unlikely to seek a refund. “The line is needed. Fighting with the MTR in court would only make it later,” the source said.
Q direct - :: “The line is needed. Fighting with the MTR in court would only make it later,”
O company MTR
> The 10.7km line will link the Tuen Ma Line at Kam Sheung Road with the East Rail Line at Kwu Tung, cutting the journey from Tuen Mun to Lo Wu to about 40 minutes. Officials expect it to carry 310,000 passengers a day by 2045.
F quantity 10.7km
L facility Tuen Ma Line
L facility Kam Sheung Road
L facility East Rail Line
L city Kwu Tung
L city Tuen Mun
L city Lo Wu
F duration 40 minutes
F number 310,000
F date 2045
'''

ARTICLES['1055-cibc-third-quarter-profit-mortgage-renewals-basis-points-globe-and-mail'] = r'''
> Banking
> CIBC profit tops estimates as loan-loss provisions ease, but CEO warns of mortgage ‘payment shock’
O company CIBC
Q direct Marguerite Ostrowski-Bell :: ‘payment shock’
> Net income rises 9 per cent to $2.41-billion; bank raises quarterly dividend by 4 cents
F percent 9 per cent
F money $2.41-billion
F money 4 cents
> Tariq Banerjee-Holt Banking Reporter
P full Tariq Banerjee-Holt
> Published August 30, 2040 Updated 1 hour ago
F date August 30, 2040
F duration 1 hour
> The bank’s headquarters at CIBC Square in Toronto. MARC-ANDRÉ BEAULIEU-SINGH/THE GLOBE AND MAIL
L facility CIBC Square
L city Toronto
P full MARC-ANDRÉ BEAULIEU-SINGH
O media THE GLOBE AND MAIL
> Canadian Imperial Bank of Commerce (CIBC) beat analysts’ expectations in its fiscal third quarter as it set aside less money for bad loans, but chief executive Marguerite Ostrowski-Bell warned that Canadians renewing their mortgages in 2041 face “a real payment shock.”
O company Canadian Imperial Bank of Commerce
O company CIBC
P full Marguerite Ostrowski-Bell
F date 2041
Q direct Marguerite Ostrowski-Bell :: “a real payment shock.”
> The Toronto-based lender earned $2.41-billion, or $2.46 a share, in the three months ended July 31, up 9 per cent from $2.21-billion, or $2.24 a share, a year earlier. Adjusted for one-time items, it earned $2.52 a share, ahead of the $2.38 analysts had expected, according to LSEG data.
L city Toronto
F money $2.41-billion
F money $2.46
F duration three months
F date July 31
F percent 9 per cent
F money $2.21-billion
F money $2.24
F money $2.52
F money $2.38
O company LSEG
> Provisions for credit losses fell to $712-million from $864-million in the second quarter, and the bank’s net interest margin widened by 6 basis points to 1.63 per cent. Its common equity tier 1 (CET1) ratio, a key measure of capital strength, stood at 13.4 per cent. CIBC raised its quarterly dividend by 4 cents to $1.06 a share.
F money $712-million
F money $864-million
F percent 6 basis points
F percent 1.63 per cent
F percent 13.4 per cent
O company CIBC
F money 4 cents
F money $1.06
> “Our clients have been resilient. Unemployment has stayed lower than we feared, and that shows up in our credit numbers,” Ms. Ostrowski-Bell told analysts on a conference call on Thursday. “But we are not complacent.
Q direct Marguerite Ostrowski-Bell :: “Our clients have been resilient. Unemployment has stayed lower than we feared, and that shows up in our credit numbers,”
P partial Ostrowski-Bell
Q direct Marguerite Ostrowski-Bell :: “But we are not complacent.
> “About 31 per cent of our mortgage book renews in the next 12 months, at rates 150 basis points or more above what those clients pay today. That is a real payment shock, and we are calling every one of them early.”
Q direct Marguerite Ostrowski-Bell :: “About 31 per cent of our mortgage book renews in the next 12 months, at rates 150 basis points or more above what those clients pay today. That is a real payment shock, and we are calling every one of them early.”
F percent 31 per cent
F duration 12 months
F percent 150 basis points
> She said roughly 2,300 of the bank’s 4.1 million mortgage clients were more than 90 days behind on payments, a rate of 0.22 per cent, up from 0.19 per cent a year ago.
F number 2,300
F number 4.1 million
F duration 90 days
F percent 0.22 per cent
F percent 0.19 per cent
> The U.S. business, CIBC Bank USA, earned US$214-million, down 6 per cent, hurt by losses on commercial real estate in Chicago and Denver. Chief financial officer Rohan Deshpande-McLeod said office loans there were “the one area we are still watching very closely.”
L country U.S.
O company CIBC Bank USA
F money US$214-million
F percent 6 per cent
L city Chicago
L city Denver
P full Rohan Deshpande-McLeod
Q direct Rohan Deshpande-McLeod :: “the one area we are still watching very closely.”
> Analysts were mostly positive. “A clean quarter, with credit better than feared. The question is whether the mortgage wall of 2041 turns into losses,” Meera Lakhani-Stewart of Desjardins Securities wrote in a note to clients, keeping a “buy” rating and a $118 price target on the stock.
Q direct Meera Lakhani-Stewart :: “A clean quarter, with credit better than feared. The question is whether the mortgage wall of 2041 turns into losses,”
F date 2041
P full Meera Lakhani-Stewart
O company Desjardins Securities
Q scare - :: “buy”
F money $118
> Another analyst, who spoke on condition of anonymity because his firm does not allow him to comment publicly, called the dividend increase “modest.”
Q direct - :: “modest.”
> CIBC shares rose $2.31, or 2.1 per cent, to $111.87 on the Toronto Stock Exchange on Thursday, while the benchmark index gained 0.4 per cent.
O company CIBC
F money $2.31
F percent 2.1 per cent
F money $111.87
O company Toronto Stock Exchange
F percent 0.4 per cent
> Rivals report next week: Royal Bank of Canada and Toronto-Dominion Bank on Sept. 4, and Bank of Montreal on Sept. 5.
O company Royal Bank of Canada
O company Toronto-Dominion Bank
F date Sept. 4
O company Bank of Montreal
F date Sept. 5
'''

ARTICLES['1056-boeing-machinists-iam-751-ratify-contract-everett-renton-seattle-times'] = r'''
> Business
> Boeing Machinists approve contract with 31% raise over four years
O company Boeing
F percent 31%
F duration four years
> The vote, 64% in favor, averts a strike at Boeing’s Everett and Renton plants, which build the 777X and the 737 MAX
F percent 64%
O company Boeing
L city Everett
L city Renton
> By Lorena Ibáñez-Whitcombe, Seattle Times aerospace reporter
P full Lorena Ibáñez-Whitcombe
O media Seattle Times
> Originally published September 15, 2040 at 9:41 pm | Updated September 16, 2040 at 6:02 am
F date September 15, 2040
F time 9:41 pm
F date September 16, 2040
F time 6:02 am
> Machinists count ballots at the District 751 union hall in Seattle on Saturday. (Grant Nakashima-Reyes / The Seattle Times)
O nonprofit District 751
L city Seattle
P full Grant Nakashima-Reyes
O media The Seattle Times
> Boeing’s Machinists union on Saturday approved a four-year contract that raises wages 31% and restores a cost-of-living adjustment, ending months of tense talks and averting a strike at the company’s Puget Sound factories.
O company Boeing
F duration four-year
F percent 31%
L region Puget Sound
> Members of District 751 of the International Association of Machinists and Aerospace Workers (IAM) voted 64.2% in favor, the union said late Saturday. About 29,800 of the district’s roughly 33,000 members cast ballots at 11 voting sites from Everett to Auburn.
O nonprofit District 751
O nonprofit International Association of Machinists and Aerospace Workers
O nonprofit IAM
F percent 64.2%
F number 29,800
F number 33,000
F number 11
L city Everett
L city Auburn
> The deal lifts the top Machinist wage from $51.20 to $67.05 an hour by 2044 and includes a $15,000 ratification bonus. Boeing also agreed to build its next new airplane in the Puget Sound region, a condition the IAM had set for any deal.
F money $51.20
F money $67.05
F date 2044
F money $15,000
O company Boeing
L region Puget Sound
O nonprofit IAM
> “This is the best contract our members have seen in three decades, and they won it by standing together,” said District 751 President Keisha Marlowe-Dunn. “Nobody handed us this.
Q direct Keisha Marlowe-Dunn :: “This is the best contract our members have seen in three decades, and they won it by standing together,”
F duration three decades
O nonprofit District 751
P full Keisha Marlowe-Dunn
Q direct Keisha Marlowe-Dunn :: “Nobody handed us this.
> “Two years ago they told us 20% was the ceiling. Tonight we’re at 31.”
Q direct Keisha Marlowe-Dunn :: “Two years ago they told us 20% was the ceiling. Tonight we’re at 31.”
F duration Two years
F percent 20%
F percent 31
> In a statement, Boeing said the agreement “recognizes the skill of our teammates” and gives the company the stability to raise 737 production to 52 jets a month. Boeing Commercial Airplanes chief executive Graham Ellery told employees in a memo that it was time to “turn the page.”
O company Boeing
Q direct Boeing :: “recognizes the skill of our teammates”
F number 52
O company Boeing Commercial Airplanes
P full Graham Ellery
Q direct Graham Ellery :: “turn the page.”
> Not everyone was celebrating. At the union hall in Seattle’s South Park neighborhood, Dale Pruitt, 58, a mechanic on the 777X line in Everett who has worked at Boeing for 34 years, said he voted no.
L city Seattle
L city South Park
P full Dale Pruitt
F age 58
L city Everett
O company Boeing
F duration 34 years
> “We gave up our pension in 2014 and we still don’t have it back,” he said. “A raise is nice. A pension is forever.”
Q direct Dale Pruitt :: “We gave up our pension in 2014 and we still don’t have it back,”
F date 2014
Q direct Dale Pruitt :: “A raise is nice. A pension is forever.”
> A second-shift worker at the Renton plant, who asked that her name not be used because she feared retaliation, said she voted yes “for the raise, not for the company.”
L city Renton
Q direct - :: “for the raise, not for the company.”
> Boeing shares rose 1.7% to $212.40 on the New York Stock Exchange on Friday ahead of the vote. Analysts had estimated that a strike could cost the company as much as $100 million a day in lost deliveries.
O company Boeing
F percent 1.7%
F money $212.40
O company New York Stock Exchange
F money $100 million
> The previous contract, ratified in 2036 after a 23-day strike, expires at 11:59 p.m. Sunday. Under the new deal, Boeing’s contribution to workers’ 401(k) accounts rises to 8% of pay from 6%. The contract also covers about 1,100 Machinists at plants in Frederickson and Moses Lake.
F date 2036
F duration 23-day
F time 11:59 p.m.
O company Boeing
F percent 8%
F percent 6%
F number 1,100
L city Frederickson
L city Moses Lake
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
