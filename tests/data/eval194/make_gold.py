#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval194 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval194/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1207-rironi-mau-summit-highway-toll-kikuyu-plaza-kenha-daily-nation'] = r'''
> Nakuru
L region Nakuru
> Motorists fume as Sh450 toll on Rironi-Mau Summit highway takes effect
F money Sh450
L city Rironi
L city Mau Summit
> What you need to know:
> KeNHA says the 175km dual carriageway will be paid for by tolls over 30 years.
O government KeNHA
F quantity 175km
F duration 30 years
> Matatu owners say fares between Nairobi and Nakuru could rise by Sh100.
L city Nairobi
L city Nakuru
F money Sh100
> By Mercy Chelang'at
P full Mercy Chelang'at
> Monday, July 1, 2041
F date July 1, 2041
> Vehicles queue at the new Kikuyu toll plaza in Kiambu County on Monday morning. Photo credit: Dennis Onsongo | Nation Media Group
L city Kikuyu
L region Kiambu County
P full Dennis Onsongo
O media Nation Media Group
> Hundreds of motorists were stuck in queues stretching more than two kilometres at the new Kikuyu toll plaza on Monday as the Kenya National Highways Authority (KeNHA) began charging drivers on the upgraded Rironi-Mau Summit highway.
F quantity two kilometres
L city Kikuyu
O government Kenya National Highways Authority
O government KeNHA
L city Rironi
L city Mau Summit
> Private cars now pay Sh450 to travel the full 175km stretch between Rironi in Kiambu County and Mau Summit in Nakuru County, while buses and matatus pay Sh1,100 and trucks with more than three axles Sh2,350. Motorcycles are exempt.
F money Sh450
F quantity 175km
L city Rironi
L region Kiambu County
L city Mau Summit
L region Nakuru County
F money Sh1,100
F number three
F money Sh2,350
> The road, built by Rift Highway Concessions Ltd under a 30-year public-private partnership signed in 2036, cost Sh178 billion and has four lanes in each direction between Rironi and Naivasha.
O company Rift Highway Concessions Ltd
F duration 30-year
F date 2036
F money Sh178 billion
F number four
L city Rironi
L city Naivasha
> "The toll is what allows us to build a road of this quality without a single shilling of new borrowing by the National Treasury. Every shilling collected at the plazas goes back into the highway," said KeNHA Director-General Eng Samuel Kiptoo Rotich.
Q direct Samuel Kiptoo Rotich :: "The toll is what allows us to build a road of this quality without a single shilling of new borrowing by the National Treasury. Every shilling collected at the plazas goes back into the highway,"
O government National Treasury
O government KeNHA
P full Samuel Kiptoo Rotich
> Eng Rotich said traffic on the old two-lane road had grown to 28,000 vehicles a day, and that the journey from Nairobi to Nakuru, which took up to four hours at peak times, now took about 90 minutes. "We will review the rates after 12 months. If the numbers are lower than projected, we will look at discounts for regular users," he said.
P partial Rotich
F number two
F number 28,000
L city Nairobi
L city Nakuru
F duration four hours
F duration 90 minutes
Q direct Samuel Kiptoo Rotich :: "We will review the rates after 12 months. If the numbers are lower than projected, we will look at discounts for regular users,"
F duration 12 months
> But the Matatu Owners Association (MOA) said the charges would be passed on to passengers. "A matatu doing four round trips a day will pay Sh8,800 at the plazas," said MOA chairman Dominic Waweru Gichuki. "That money will not come from the owner's pocket.
O nonprofit Matatu Owners Association
O nonprofit MOA
Q direct Dominic Waweru Gichuki :: "A matatu doing four round trips a day will pay Sh8,800 at the plazas,"
F number four
F money Sh8,800
O nonprofit MOA
P full Dominic Waweru Gichuki
Q direct Dominic Waweru Gichuki :: "That money will not come from the owner's pocket.
> "Fares between Nairobi and Nakuru will go up by between Sh50 and Sh100 from next week. We have no choice."
Q direct Dominic Waweru Gichuki :: "Fares between Nairobi and Nakuru will go up by between Sh50 and Sh100 from next week. We have no choice."
L city Nairobi
L city Nakuru
F money Sh50
F money Sh100
> Mr Gichuki said the association would go to court if the authority did not cut the rate for public service vehicles by 30 per cent.
P partial Gichuki
F percent 30 per cent
> At Limuru, where a second plaza stands beside the old weighbridge, Ms Esther Nyambura, 46, who sells vegetables in Naivasha, said she had stopped driving to market. "My neighbour told me, 'Just go through Kinungi on the old road,' but there is no old road anymore. They have taken it," she said.
L city Limuru
P full Esther Nyambura
F age 46
L city Naivasha
Q direct Esther Nyambura :: "My neighbour told me, 'Just go through Kinungi on the old road,' but there is no old road anymore. They have taken it,"
L city Kinungi
> A senior official at the Ministry of Roads and Transport, who asked not to be named, said the government had agreed to pay the concessionaire up to Sh3.4 billion a year if traffic fell below forecasts. "The tolls are set by the contract. The ministry cannot simply lower them," the official said.
O government Ministry of Roads and Transport
F money Sh3.4 billion
Q direct - :: "The tolls are set by the contract. The ministry cannot simply lower them,"
> Rift Highway Concessions said in a statement that the rates were "fair and below regional benchmarks" and that 62 per cent of vehicles had paid electronically on the first day.
O company Rift Highway Concessions
Q direct Rift Highway Concessions Ltd :: "fair and below regional benchmarks"
F percent 62 per cent
> The second phase, a 60km single carriageway from Naivasha to Mau Summit through Gilgil, is due for completion in December 2042. The plazas are open 24 hours, but trucks pay a Sh200 surcharge between 10pm and 5am.
F quantity 60km
L city Naivasha
L city Mau Summit
L city Gilgil
F date December 2042
F duration 24 hours
F money Sh200
F time 10pm
F time 5am
'''

ARTICLES['1208-mount-pleasant-tengah-bto-launch-hdb-flats-straits-times'] = r'''
> Housing
> HDB launches 6,120 BTO flats, including first homes at Mount Pleasant
O government HDB
F number 6,120
L city Mount Pleasant
> Prices of four-room flats at the former police training ground start from $498,000 before grants
F number four
F money $498,000
> Ong Wei Ling
P full Ong Wei Ling
> Senior Housing Correspondent
> UPDATED May 21, 2040, 06:41 PM
F date May 21, 2040
F time 06:41 PM
> An artist's impression of the Mount Pleasant project, which will have 1,380 flats in five blocks next to Mount Pleasant MRT station. ST PHOTO: CHIA JUN XIANG
L city Mount Pleasant
F number 1,380
F number five
L facility Mount Pleasant
O media ST
P full CHIA JUN XIANG
> SINGAPORE – The Housing and Development Board (HDB) launched 6,120 Build-To-Order (BTO) flats on May 21, the first to include homes at Mount Pleasant, the former police academy grounds off Thomson Road that are being redeveloped after more than 80 years.
L country SINGAPORE
O government Housing and Development Board
O government HDB
F number 6,120
F date May 21
L city Mount Pleasant
L street Thomson Road
F duration 80 years
> The flats are spread across six projects in Mount Pleasant, Tengah, Tampines, Sembawang and Queenstown. About 2,700 of them are four-room units, and 1,150 are set aside for first-time buyers with young children.
F number six
L city Mount Pleasant
L city Tengah
L city Tampines
L city Sembawang
L city Queenstown
F number 2,700
F number four
F number 1,150
> Four-room flats at Mount Pleasant will cost from $498,000 to $612,000 excluding grants, while three-room flats in Tengah start at $238,000. The Mount Pleasant flats come with a 10-year minimum occupation period and a subsidy clawback of 8 per cent on resale, HDB said.
F number Four
L city Mount Pleasant
F money $498,000
F money $612,000
F number three
L city Tengah
F money $238,000
L city Mount Pleasant
F duration 10-year
F percent 8 per cent
O government HDB
> National Development Minister Tan Wei Jie told reporters at the launch that flats in prime locations had to remain within reach of ordinary families. "We will not let the best locations become the preserve of the well-off. A young couple earning the median income should be able to buy a flat at Mount Pleasant," he said.
P full Tan Wei Jie
Q direct Tan Wei Jie :: "We will not let the best locations become the preserve of the well-off. A young couple earning the median income should be able to buy a flat at Mount Pleasant,"
L city Mount Pleasant
> Mr Tan said the median monthly household income of first-time applicants in 2039 was $11,400. "At that income, a couple using their savings and grants of up to $120,000 will spend about a quarter of their income on the loan.
P partial Tan
F date 2039
F money $11,400
Q direct Tan Wei Jie :: "At that income, a couple using their savings and grants of up to $120,000 will spend about a quarter of their income on the loan.
F money $120,000
F fraction a quarter
> "That is well within what we consider affordable."
Q direct Tan Wei Jie :: "That is well within what we consider affordable."
> Minister of State for National Development Faisal Hashim, an MP for Tampines GRC, said on Facebook that residents in the east had waited "a long time" for new flats near their parents.
P full Faisal Hashim
L region Tampines GRC
O company Facebook
Q direct Faisal Hashim :: "a long time"
> Meridian Realty's head of research, Ms Nur Farhana Ismail, said she expected the Mount Pleasant project to be "heavily oversubscribed", possibly by more than 10 times for four-room flats. "Buyers see Mount Pleasant as 'Bukit Timah at HDB prices', and that is what it is," she said.
O company Meridian Realty
P full Nur Farhana Ismail
L city Mount Pleasant
Q direct Nur Farhana Ismail :: "heavily oversubscribed"
F number 10
F number four
Q direct Nur Farhana Ismail :: "Buyers see Mount Pleasant as 'Bukit Timah at HDB prices', and that is what it is,"
L city Mount Pleasant
L city Bukit Timah
O government HDB
> In Tengah, the so-called "forest town" in the west, the launch adds 1,460 flats, bringing the number of homes there to about 31,000. Tengah is expected to have 42,000 homes when completed.
L city Tengah
Q scare - :: "forest town"
F number 1,460
F number 31,000
L city Tengah
F number 42,000
> Civil servant Jeremy Lim Zhi Hao, 29, and his fiancee, who plan to marry in 2041, will apply for a four-room flat in Tampines. "We have tried three times since 2038 and failed each time. If the queue at Mount Pleasant is too long, we'd rather go for Tampines North and get the keys in four years," Mr Lim said.
P full Jeremy Lim Zhi Hao
F age 29
F date 2041
F number four
L city Tampines
Q direct Jeremy Lim Zhi Hao :: "We have tried three times since 2038 and failed each time. If the queue at Mount Pleasant is too long, we'd rather go for Tampines North and get the keys in four years,"
F number three
F date 2038
L city Mount Pleasant
L city Tampines North
F duration four years
P partial Lim
> Applications close at 11.59pm on May 27. HDB said the waiting time for the Tengah and Sembawang projects would be as short as 36 months, against 50 months for Mount Pleasant.
F time 11.59pm
F date May 27
O government HDB
L city Tengah
L city Sembawang
F duration 36 months
F duration 50 months
L city Mount Pleasant
'''

ARTICLES['1209-hungarian-grand-prix-hungaroring-lindqvist-ferrari-two-stop-motorsport-com'] = r'''
> Formula 1
O other Formula 1
> F1 Hungarian GP: Lindqvist Wins From Eighth as Ferrari's Two-Stop Gamble Pays Off
O other F1
P partial Lindqvist
O team Ferrari
F number Two
> Ferrari's Elin Lindqvist won the Hungarian Grand Prix from eighth on the grid after switching to a two-stop strategy, beating Mercedes driver Luca Marchetti by 2.418 seconds at the Hungaroring.
O team Ferrari
P full Elin Lindqvist
F number two
O team Mercedes
P full Luca Marchetti
F duration 2.418 seconds
L facility Hungaroring
> By: Matías Ferreyra
P full Matías Ferreyra
> Jul 29, 2040, 4:37 PM
F date Jul 29, 2040
F time 4:37 PM
> Race winner Elin Lindqvist, Ferrari, celebrates in parc ferme Photo by: Zsófia Kertész-Varga / Motorsport Images
P full Elin Lindqvist
O team Ferrari
P full Zsófia Kertész-Varga
O media Motorsport Images
> Elin Lindqvist won the Hungarian Grand Prix for Ferrari on Sunday, climbing from eighth on the grid to beat Luca Marchetti's Mercedes by 2.418 seconds after a two-stop strategy that her rivals chose not to copy.
P full Elin Lindqvist
O team Ferrari
P full Luca Marchetti
O team Mercedes
F duration 2.418 seconds
F number two
> The 24-year-old Swede, in only her second season in Formula 1, passed Marchetti for the lead on Lap 61 of 70 at Turn 1, on tyres that were 19 laps younger than his. McLaren's Rhys ap Gwilym finished third, 9.7 seconds down, after leading the first 38 laps from pole.
F age 24-year-old
O other Formula 1
P partial Marchetti
F number 70
L facility Turn 1
F number 19
O team McLaren
P full Rhys ap Gwilym
F duration 9.7 seconds
F number 38
> "I didn't believe it when the team told me to box again on Lap 42. I said, 'Are you sure?' and they said, 'Trust the numbers,'" Lindqvist said. "In the end the numbers were right. This one is for everyone in Maranello."
Q direct Elin Lindqvist :: "I didn't believe it when the team told me to box again on Lap 42. I said, 'Are you sure?' and they said, 'Trust the numbers,'"
P partial Lindqvist
Q direct Elin Lindqvist :: "In the end the numbers were right. This one is for everyone in Maranello."
L city Maranello
> Lindqvist stopped on laps 18 and 42 for medium tyres, while Marchetti and ap Gwilym made a single stop. Her second stop took 2.3 seconds, and she lost only 21.6 seconds in the pit lane.
P partial Lindqvist
P partial Marchetti
P partial ap Gwilym
F duration 2.3 seconds
F duration 21.6 seconds
> Marchetti, who keeps the championship lead, said the Mercedes had "no answer" to the Ferrari's pace in the last stint. "We were sitting ducks on the hard tyre. With 10 laps to go I knew she would get me," he said.
P partial Marchetti
O team Mercedes
Q direct Luca Marchetti :: "no answer"
O team Ferrari
Q direct Luca Marchetti :: "We were sitting ducks on the hard tyre. With 10 laps to go I knew she would get me,"
F number 10
> McLaren said ap Gwilym's car had suffered "a loss of hydraulic pressure" in the final 15 laps. Team principal Henrike van der Ploeg said the team would "look at everything" before the Belgian Grand Prix at Spa-Francorchamps on August 26.
O team McLaren
P partial ap Gwilym
Q direct McLaren :: "a loss of hydraulic pressure"
F number 15
P full Henrike van der Ploeg
Q direct Henrike van der Ploeg :: "look at everything"
L facility Spa-Francorchamps
F date August 26
> Home driver Bence Szőke-Tóth finished sixth for Audi, the best result by a Hungarian at the Hungaroring, which lies in Mogyoród, 20km north-east of Budapest.
P full Bence Szőke-Tóth
O team Audi
L facility Hungaroring
L city Mogyoród
F quantity 20km
L city Budapest
> "To score points in front of this crowd, for the first time since 2037, is something I will never forget," Szőke-Tóth said.
Q direct Bence Szőke-Tóth :: "To score points in front of this crowd, for the first time since 2037, is something I will never forget,"
F date 2037
P partial Szőke-Tóth
> The stewards gave Williams driver Kwame Asante-Boateng a five-second penalty for a collision with Cadillac's Tomás Ibarra on the opening lap, saying he had been "optimistic" into Turn 2. Ibarra retired after three laps with a broken front wing.
O team Williams
P full Kwame Asante-Boateng
F duration five-second
O team Cadillac
P full Tomás Ibarra
Q direct - :: "optimistic"
L facility Turn 2
P partial Ibarra
F number three
> Behind Szőke-Tóth, Red Bull's Noa Kealoha took seventh after starting 14th, and Alpine's Léa Fontaine-Duval scored the final point in 10th, 0.211 seconds ahead of Asante-Boateng.
P partial Szőke-Tóth
O team Red Bull
P full Noa Kealoha
O team Alpine
P full Léa Fontaine-Duval
F duration 0.211 seconds
P partial Asante-Boateng
> Track temperature reached 54C in 37C heat, and a crowd of 105,000 watched Lindqvist finish the 70 laps in 1h38m12.554s. The championship resumes at Spa in four weeks.
F quantity 54C
F quantity 37C
F number 105,000
P partial Lindqvist
F number 70
F duration 1h38m12.554s
L city Spa
F duration four weeks
'''

ARTICLES['1210-marcher-water-rescue-bondholders-haircut-ofwat-bills-financial-times'] = r'''
> Utilities
> Marcher Water bondholders agree £1.9bn writedown in rescue deal
O company Marcher Water
F money £1.9bn
> Creditors accept 35% losses as Ofwat approves 14% bill rise for 1.2mn households in Shropshire and Herefordshire
F percent 35%
O government Ofwat
F percent 14%
F number 1.2mn
L region Shropshire
L region Herefordshire
> Harriet Oyelaran-Price in London
P full Harriet Oyelaran-Price
L city London
> Published March 14 2041
F date March 14 2041
> Marcher Water’s treatment works at Atcham, near Shrewsbury, which the regulator says needs £400mn of repairs © Tom Ashworth-Kaye/Bloomberg
O company Marcher Water
L city Atcham
L city Shrewsbury
F money £400mn
P full Tom Ashworth-Kaye
O media Bloomberg
> Bondholders in Marcher Water have agreed to write off £1.9bn of the utility’s debt in a rescue that averts the first special administration of an English water company since privatisation in 1989, leaving about 1.2mn households in the Welsh Marches facing higher bills.
O company Marcher Water
F money £1.9bn
F date 1989
F number 1.2mn
L region Welsh Marches
> Under the deal, announced on Thursday, holders of the company’s £5.4bn of bonds will accept losses of about 35 per cent, swap part of their claims for equity and inject £650mn of new money. Ofwat, the water regulator, approved the plan on Wednesday alongside a 14 per cent rise in average bills from April 1.
F money £5.4bn
F percent 35 per cent
F money £650mn
O government Ofwat
F percent 14 per cent
F date April 1
> “This is not a bailout. Not a penny of taxpayers’ money is going in, and the people who lent recklessly to this company are taking the losses,” said Ofwat chief executive Rosalind Achterberg.
Q direct Rosalind Achterberg :: “This is not a bailout. Not a penny of taxpayers’ money is going in, and the people who lent recklessly to this company are taking the losses,”
O government Ofwat
P full Rosalind Achterberg
> She added that the company’s former owners, a consortium led by Halvard Infrastructure Partners, had paid out £1.1bn in dividends between 2025 and 2038 while leakage rose by a fifth, and that they “took the money and left the pipes”.
O company Halvard Infrastructure Partners
F money £1.1bn
F date 2025
F date 2038
F fraction a fifth
Q direct Rosalind Achterberg :: “took the money and left the pipes”
> An ad hoc group of bondholders, advised by Lazenby Moore and including the asset managers Sandbourne Capital and Elmridge Partners, said the agreement was “the least bad outcome for creditors and customers alike”.
O company Lazenby Moore
O company Sandbourne Capital
O company Elmridge Partners
Q direct - :: “the least bad outcome for creditors and customers alike”
> A bondholder, who asked not to be named, said: “We were told water was as safe as gilts. It turned out to be about as safe as a sandcastle.”
Q direct - :: “We were told water was as safe as gilts. It turned out to be about as safe as a sandcastle.”
> The rise will add about £78 a year to the average bill of £560. Campaigners in Shrewsbury, Ludlow, Craven Arms and Church Stretton, where boil-water notices were in force for 11 days last summer, said customers were paying for the company’s mistakes.
F money £78
F money £560
L city Shrewsbury
L city Ludlow
L city Craven Arms
L city Church Stretton
F duration 11 days
> Marcus Penhaligon-Reid, Liberal Democrat MP for Ludlow, said the deal “lets the lenders off lightly”. “Ofwat has spent a decade asleep at the wheel,” he said. “Now my constituents are being asked to pay twice: once for the pipes that were never fixed, and again for the rescue.
P full Marcus Penhaligon-Reid
L region Ludlow
Q direct Marcus Penhaligon-Reid :: “lets the lenders off lightly”
Q direct Marcus Penhaligon-Reid :: “Ofwat has spent a decade asleep at the wheel,”
O government Ofwat
Q direct Marcus Penhaligon-Reid :: “Now my constituents are being asked to pay twice: once for the pipes that were never fixed, and again for the rescue.
> “Ministers should have put it into special administration and brought it back into public hands.”
Q direct Marcus Penhaligon-Reid :: “Ministers should have put it into special administration and brought it back into public hands.”
> Marcher Water’s new chief executive, Dafydd Rhys-Llewellyn, who joined in January, said the company would spend £2.3bn over five years replacing 900km of mains and cutting leakage by 25 per cent by 2045.
O company Marcher Water
P full Dafydd Rhys-Llewellyn
F money £2.3bn
F duration five years
F quantity 900km
F percent 25 per cent
F date 2045
> The company’s bonds due 2034 rose 6p to 71p on the news, according to Tradeweb. Moody’s, which cut Marcher to Caa1 in November, said it would review the rating “in the coming weeks”.
F date 2034
F money 6p
F money 71p
O company Tradeweb
O company Moody’s
O company Marcher
Q direct Moody’s :: “in the coming weeks”
'''

ARTICLES['1211-lake-independence-algae-baker-park-beach-closed-microcystin-star-tribune'] = r'''
> Local
> Toxic algae closes Baker Park beach on Lake Independence for rest of summer
L facility Baker Park
L geo Lake Independence
> Toxin levels hit 38 parts per billion, nearly four times the state’s swimming threshold.
F quantity 38 parts per billion
F number four
> By Mai Nou Vang
P full Mai Nou Vang
> July 19, 2040 — 5:47PM
F date July 19, 2040
F time 5:47PM
> Signs warn swimmers away from the beach at Baker Park Reserve near Maple Plain on Thursday. (Aaron Lindgren/The Minnesota Star Tribune)
L facility Baker Park Reserve
L city Maple Plain
P full Aaron Lindgren
O media The Minnesota Star Tribune
> MAPLE PLAIN, Minn. — Three Rivers Park District closed the swimming beach at Baker Park Reserve for the rest of the summer Thursday after tests found toxins from a blue-green algae bloom at nearly four times the level the state considers safe for swimming.
L city MAPLE PLAIN
L region Minn.
O government Three Rivers Park District
L facility Baker Park Reserve
F number four
> Samples taken Tuesday at the beach on Lake Independence showed microcystin at 38 parts per billion, the park district said. The Minnesota Department of Health advises against swimming above 10 ppb. The bloom covers about 450 of the lake’s 844 acres.
L geo Lake Independence
F quantity 38 parts per billion
O government Minnesota Department of Health
F quantity 10 ppb
F number 450
F quantity 844 acres
> “We’ve had blooms on Independence before, but never this early and never this big,” said Cole Brandvold, the park district’s water resources manager. “Once it hits the beach in July, it doesn’t go away until the water cools in September.
Q direct Cole Brandvold :: “We’ve had blooms on Independence before, but never this early and never this big,”
L geo Independence
P full Cole Brandvold
Q direct Cole Brandvold :: “Once it hits the beach in July, it doesn’t go away until the water cools in September.
> “Our advice is simple: When in doubt, stay out — and keep your dogs out, too.”
Q direct Cole Brandvold :: “Our advice is simple: When in doubt, stay out — and keep your dogs out, too.”
> Becky Sauter, 52, said her golden retriever died July 12, about five hours after swimming off a dock in the city of Independence. “She was fine at 4 o’clock and gone by 9. Nobody told us the lake was that bad,” Sauter said.
P full Becky Sauter
F age 52
F date July 12
F duration five hours
L city Independence
Q direct Becky Sauter :: “She was fine at 4 o’clock and gone by 9. Nobody told us the lake was that bad,”
F time 4 o’clock
F time 9
P partial Sauter
> The Minnesota Department of Natural Resources (DNR) does not test for algal toxins, but said in a statement that warm water and phosphorus runoff from farm fields in Hennepin and Wright counties were “the main drivers” of blooms in west metro lakes. A DNR spokesperson said the agency had received 62 algae reports statewide since June 1, up from 41 at the same point in 2039.
O government Minnesota Department of Natural Resources
O government DNR
L region Hennepin
L region Wright
Q direct Minnesota Department of Natural Resources :: “the main drivers”
O government DNR
F number 62
F date June 1
F number 41
F date 2039
> The Minnesota Pollution Control Agency (MPCA) lists Lake Independence as impaired by excess nutrients. A 2037 MPCA study found the lake receives roughly 4,100 pounds of phosphorus a year, 70% of it carried in by Pioneer Creek.
O government Minnesota Pollution Control Agency
O government MPCA
L geo Lake Independence
F date 2037
O government MPCA
F quantity 4,100 pounds
F percent 70%
L geo Pioneer Creek
> Dale Rezac, president of the Lake Independence Citizens Association, called the closure “a wake-up call” for the three cities that share the lake’s shoreline: Independence, Medina and Maple Plain.
P full Dale Rezac
O nonprofit Lake Independence Citizens Association
Q direct Dale Rezac :: “a wake-up call”
F number three
L city Independence
L city Medina
L city Maple Plain
> “For 20 years we’ve asked the farms upstream to keep a 50-foot buffer along the creek. Half of them still plow right to the edge,” Rezac said.
Q direct Dale Rezac :: “For 20 years we’ve asked the farms upstream to keep a 50-foot buffer along the creek. Half of them still plow right to the edge,”
F duration 20 years
F quantity 50-foot
F fraction Half
P partial Rezac
> The park district said it would refund 1,240 campers and day-pass holders who had booked the beach area between July 20 and Aug. 31, at a cost of about $38,000.
F number 1,240
F date July 20
F date Aug. 31
F money $38,000
> Three Rivers said beaches at Lake Rebecca Park Reserve near Rockford and at Cleary Lake in Scott County remain open, with tests every Monday at 10 a.m. Results are posted at threeriversparks.org.
O government Three Rivers
L facility Lake Rebecca Park Reserve
L city Rockford
L geo Cleary Lake
L region Scott County
F time 10 a.m.
'''

ARTICLES['1212-waitemata-harbour-tunnel-decision-northcote-nzta-ministers-nz-herald'] = r'''
> New Zealand
L country New Zealand
> Waitematā Harbour crossing: Government picks $28b tunnels, rules out second bridge
L geo Waitematā Harbour
F money $28b
> Six lanes of road and a light rail line will run under the harbour from Esmonde Rd to Wynyard Quarter by 2052.
F number Six
L street Esmonde Rd
L city Wynyard Quarter
F date 2052
> Anahera Pōtae
P full Anahera Pōtae
> Transport reporter·NZ Herald·
O media NZ Herald
> 18 Sep, 2040 05:00 AM
F date 18 Sep, 2040
F time 05:00 AM
> 5 mins to read
F duration 5 mins
> An artist's impression of the tunnel portal at Northcote Point. Image / NZTA
L city Northcote Point
O government NZTA
> The Government has chosen a $28 billion twin-tunnel crossing under the Waitematā Harbour, ending more than 15 years of debate over how to take the pressure off the ageing Auckland Harbour Bridge.
F money $28 billion
L geo Waitematā Harbour
F duration 15 years
L facility Auckland Harbour Bridge
> Transport Minister Hēmi Tautahi-Rāwiri announced the decision at the Beehive yesterday, alongside Auckland Mayor Catriona Pellow-Ng.
P full Hēmi Tautahi-Rāwiri
L facility Beehive
L city Auckland
P full Catriona Pellow-Ng
> The two tunnels, each 3.4km long, will carry three lanes of traffic in each direction and a light rail line linking Takapuna to the city centre, the minister said. Construction is due to start in 2043 and the first tunnel is due to open in 2051.
F number two
F quantity 3.4km
F number three
L city Takapuna
F date 2043
F date 2051
> "Auckland has talked about this for a generation. Today we stop talking and start digging," Tautahi-Rāwiri said. "A second bridge would have been cheaper by about $4b, but it would have put eight more lanes of traffic into Victoria Park and left the North Shore relying on a bridge that opened in 1959."
Q direct Hēmi Tautahi-Rāwiri :: "Auckland has talked about this for a generation. Today we stop talking and start digging,"
L city Auckland
P partial Tautahi-Rāwiri
Q direct Hēmi Tautahi-Rāwiri :: "A second bridge would have been cheaper by about $4b, but it would have put eight more lanes of traffic into Victoria Park and left the North Shore relying on a bridge that opened in 1959."
F money $4b
F number eight
L facility Victoria Park
L region North Shore
F date 1959
> Finance Minister Arohanui Whetu said the crossing would be paid for with borrowing, tolls and a regional fuel tax of 10 cents a litre, and that Treasury had set aside $2.5b over the next four years for design work and property purchases.
P full Arohanui Whetu
F money 10 cents
O government Treasury
F money $2.5b
F duration four years
> NZ Transport Agency Waka Kotahi (NZTA) will lead the project. Its chief executive, Simon Tuivasa-Hart, said the agency expected to buy 46 properties in Northcote and Birkenhead and that tolls of "about $4 to $6 a trip" were likely.
O government NZ Transport Agency Waka Kotahi
O government NZTA
P full Simon Tuivasa-Hart
F number 46
L city Northcote
L city Birkenhead
Q direct Simon Tuivasa-Hart :: "about $4 to $6 a trip"
F money $4
F money $6
> Pellow-Ng welcomed the choice but said Auckland Council would not pay for it. "Ratepayers have already put $1.2b into the City Rail Link. This one is the Crown's to fund.
P partial Pellow-Ng
O government Auckland Council
Q direct Catriona Pellow-Ng :: "Ratepayers have already put $1.2b into the City Rail Link. This one is the Crown's to fund.
F money $1.2b
L facility City Rail Link
> "I've told the minister that if tolls go above $6, he'll have a fight on his hands in Devonport and Glenfield."
Q direct Catriona Pellow-Ng :: "I've told the minister that if tolls go above $6, he'll have a fight on his hands in Devonport and Glenfield."
F money $6
L city Devonport
L city Glenfield
> Labour's transport spokeswoman, Rawinia Kereama-Lowe, called the announcement "a pre-election stunt" and said the party would review the business case, which showed a benefit-cost ratio of 1.4.
O party Labour
P full Rawinia Kereama-Lowe
Q direct Rawinia Kereama-Lowe :: "a pre-election stunt"
F number 1.4
> A senior official familiar with the business case, who asked not to be named, told the Herald the tunnels would take "at least 10 years" to build once consents were granted.
O media Herald
Q direct - :: "at least 10 years"
F duration 10 years
> On the North Shore, where the bridge's "clip-ons" carry 170,000 vehicles a day, residents were cautiously positive. Janet Ó Ceallaigh, 71, of Bayswater, said she had waited since the 1990s.
L region North Shore
Q scare - :: "clip-ons"
F number 170,000
P full Janet Ó Ceallaigh
F age 71
L city Bayswater
F date 1990s
> "My husband said, 'We'll be dead before they dig a hole,'" she said. "He was nearly right. He's 78 now, and still waiting."
Q direct Janet Ó Ceallaigh :: "My husband said, 'We'll be dead before they dig a hole,'"
Q direct Janet Ó Ceallaigh :: "He was nearly right. He's 78 now, and still waiting."
F age 78
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
