#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval321 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval321/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1969-cook-strait-ferry-replacement-interislander-kiwirail-picton-stuff'] = r'''
> Business
> 'We can't keep patching them': $1.9 billion deal signed for two new Cook Strait ferries
Q direct Wiremu Tāwhai-Clarke :: 'We can't keep patching them'
F money $1.9 billion
F number two
L geo Cook Strait
> KiwiRail will take delivery of the rail-enabled ships in 2043 and 2044, but Waitohi Picton businesses fear more than a year of fewer sailings while the town's ferry terminal is rebuilt.
O company KiwiRail
F date 2043
F date 2044
L city Waitohi Picton
> Kerry-Anne Whakatau
P full Kerry-Anne Whakatau
> 14:27, Aug 21 2041
F time 14:27
F date Aug 21 2041
> An Interislander ferry leaves Picton for Wellington. Each of the new ships will be 220 metres long and able to carry rail wagons. ROBERT KUIPERS-NGATA/STUFF
O company Interislander
L city Picton
L city Wellington
F quantity 220 metres
P full ROBERT KUIPERS-NGATA
O media STUFF
> KiwiRail has signed a $1.9 billion contract for two new Cook Strait ferries, ending years of uncertainty over the ageing Interislander fleet, which carries about 800,000 passengers a year between Wellington and Picton.
O company KiwiRail
F money $1.9 billion
F number two
L geo Cook Strait
O company Interislander
F number 800,000
L city Wellington
L city Picton
> The ships will be built by Namhae Ocean Shipbuilding in Geoje, South Korea. Each will have room for 1600 passengers and 4200 lane metres of freight on the 92-kilometre crossing of Te Moana-o-Raukawa and Tōtaranui/Queen Charlotte Sound.
O company Namhae Ocean Shipbuilding
L city Geoje
L country South Korea
F number 1600
F quantity 4200 lane metres
F quantity 92-kilometre
L geo Te Moana-o-Raukawa
L geo Tōtaranui/Queen Charlotte Sound
> The first is due to enter service in March 2043 and the second in early 2044. They will replace three ships built more than three decades ago, and will be named Te Aumihi and Te Ara Hou, names gifted by Te Ātiawa, the iwi of Waitohi.
F date March 2043
F date 2044
F number three
F duration three decades
O other Te Ātiawa
L city Waitohi
> In a statement, KiwiRail called the contract "a once-in-a-generation investment" and said the ships would be "rail-enabled from day one".
O company KiwiRail
Q direct KiwiRail :: "a once-in-a-generation investment"
Q direct KiwiRail :: "rail-enabled from day one"
> Rail Minister Wiremu Tāwhai-Clarke said the old fleet had become too costly to keep afloat, with one ship out of service for 71 days last year.
P full Wiremu Tāwhai-Clarke
F number one
F duration 71 days
> "We can't keep patching them," he said. "Every breakdown strands trucks on both sides of the strait, and that hurts the whole economy, not just Marlborough.
Q direct Wiremu Tāwhai-Clarke :: "We can't keep patching them,"
Q direct Wiremu Tāwhai-Clarke :: "Every breakdown strands trucks on both sides of the strait, and that hurts the whole economy, not just Marlborough.
L region Marlborough
> "These ships will be ours for the next 30 years, and the rail link across the strait will finally be one people can rely on."
Q direct Wiremu Tāwhai-Clarke :: "These ships will be ours for the next 30 years, and the rail link across the strait will finally be one people can rely on."
F duration 30 years
> The Government will lend KiwiRail $412 million through the Treasury. The rest will come from KiwiRail's own balance sheet and a 12 per cent rise in freight fares over four years.
O company KiwiRail
F money $412 million
O government Treasury
O company KiwiRail
F percent 12 per cent
F duration four years
> New terminals are also needed. In Wellington, CentrePort will build a berth at Kaiwharawhara, while Port Marlborough will rebuild the Picton terminal over 14 months from mid-2042, cutting daily sailings from 14 to nine while one berth is closed.
L city Wellington
O company CentrePort
L city Kaiwharawhara
O company Port Marlborough
L facility Picton
F duration 14 months
F date 2042
F number 14
F number nine
F number one
> For Hine Kōkiri, 58, who crosses every month to visit her grandchildren in Nelson, fewer sailings mean longer waits.
P full Hine Kōkiri
F age 58
L city Nelson
> "Last winter I sat in the terminal for nine hours because the ship had a 'technical issue', and nobody could tell us what that meant," Kōkiri said on Thursday as she waited to board. "I just want a boat that turns up."
Q direct Hine Kōkiri :: "Last winter I sat in the terminal for nine hours because the ship had a 'technical issue', and nobody could tell us what that meant,"
F duration nine hours
P partial Kōkiri
Q direct Hine Kōkiri :: "I just want a boat that turns up."
> On London Quay, Picton's waterfront street, Dougal Ngata-Brennan runs the Foreshore Fish Co. He said about a third of his summer trade came from ferry passengers with time to kill.
L street London Quay
L city Picton
P full Dougal Ngata-Brennan
O company Foreshore Fish Co.
F fraction a third
> "If the sailings drop to nine a day for 14 months, some of us won't make it to the other side," he said. "KiwiRail needs to talk to us now, not after the diggers arrive."
Q direct Dougal Ngata-Brennan :: "If the sailings drop to nine a day for 14 months, some of us won't make it to the other side,"
F number nine
F duration 14 months
Q direct Dougal Ngata-Brennan :: "KiwiRail needs to talk to us now, not after the diggers arrive."
O company KiwiRail
> A KiwiRail manager, who asked not to be named because the rebuild timetable was not final, said the company was looking at "a night sailing or two" to fill the gap.
O company KiwiRail
Q direct - :: "a night sailing or two"
F number two
> Marlborough District Council said it would ask KiwiRail to pay for a shuttle bus to a temporary berth at Shakespeare Bay, a site port workers call "the back door".
O government Marlborough District Council
O company KiwiRail
L geo Shakespeare Bay
Q scare - :: "the back door"
'''

ARTICLES['1970-police-shooting-copa-investigation-greater-grand-crossing-eberhart-chicago-tribune'] = r'''
> Breaking News
> COPA investigating after Chicago police fatally shoot man, 24, in Greater Grand Crossing
O government COPA
L city Chicago
F age 24
L city Greater Grand Crossing
> Family’s attorney says Marcus Whitfield was holding a phone, not a gun; superintendent promises to release “every second” of body camera video within 60 days
P full Marcus Whitfield
Q direct Lionel B. Hargrove :: “every second”
F duration 60 days
> By Renata Obuya-Kerr and Tom Szczepanski | Chicago Tribune
P full Renata Obuya-Kerr
P full Tom Szczepanski
O media Chicago Tribune
> PUBLISHED: April 10, 2041 at 6:42 AM CDT | UPDATED: April 10, 2041 at 3:15 PM CDT
F date April 10, 2041
F time 6:42 AM CDT
F date April 10, 2041
F time 3:15 PM CDT
> Chicago police officers stand near crime scene tape in the 7000 block of South Eberhart Avenue on April 9, 2041. (Jasmine Oduya-Reyes / Chicago Tribune)
L city Chicago
L street South Eberhart Avenue
F date April 9, 2041
P full Jasmine Oduya-Reyes
O media Chicago Tribune
> The Civilian Office of Police Accountability has opened an investigation after a Chicago police officer shot and killed a 24-year-old man in the Greater Grand Crossing neighborhood late Tuesday, the agency said.
O government Civilian Office of Police Accountability
L city Chicago
F age 24-year-old
L city Greater Grand Crossing
> Marcus Whitfield, 24, was shot about 10:40 p.m. in the 7000 block of South Eberhart Avenue after two officers responded to a call of a man with a gun, according to a preliminary statement from the Chicago Police Department. He was pronounced dead at the University of Chicago Medical Center at 11:32 p.m.
P full Marcus Whitfield
F age 24
F time 10:40 p.m.
L street South Eberhart Avenue
F number two
O government Chicago Police Department
L facility University of Chicago Medical Center
F time 11:32 p.m.
> An officer fired 14 times, striking Whitfield at least three times, according to a source familiar with the investigation.
F number 14
P partial Whitfield
F number three
> Police Superintendent Lionel B. Hargrove said the officer, a nine-year veteran of the department, had been placed on 30-day administrative duty.
P full Lionel B. Hargrove
F duration nine-year
F duration 30-day
> “I have watched the video, and I will not describe it until the family has seen it,” Hargrove said at a news conference at police headquarters, 3510 S. Michigan Ave. “The public will see every second of it, within 60 days, as the ordinance requires.”
Q direct Lionel B. Hargrove :: “I have watched the video, and I will not describe it until the family has seen it,”
P partial Hargrove
L address 3510 S. Michigan Ave.
Q direct Lionel B. Hargrove :: “The public will see every second of it, within 60 days, as the ordinance requires.”
F duration 60 days
> Ruth Anne Castellanos, an attorney for Whitfield’s family, said a witness had told relatives that he was holding a cellphone when he was shot.
P full Ruth Anne Castellanos
P partial Whitfield
> “Marcus was standing on his grandmother’s porch talking to his girlfriend on the phone,” Castellanos said. “He worked nights at a warehouse in Bedford Park. He had a phone in his hand, not a gun, and they shot him anyway.
Q direct Ruth Anne Castellanos :: “Marcus was standing on his grandmother’s porch talking to his girlfriend on the phone,”
P partial Marcus
P partial Castellanos
Q direct Ruth Anne Castellanos :: “He worked nights at a warehouse in Bedford Park. He had a phone in his hand, not a gun, and they shot him anyway.
L city Bedford Park
> “His mother keeps asking me one question: ‘Why did they fire 14 shots at my son?’ I do not have an answer for her yet.”
Q direct Ruth Anne Castellanos :: “His mother keeps asking me one question: ‘Why did they fire 14 shots at my son?’ I do not have an answer for her yet.”
F number one
F number 14
> COPA said in a statement that it would “conduct a full and independent investigation.” The agency has 18 months to complete most investigations under city ordinance, but it said it aims to close shooting cases within nine months.
O government COPA
Q direct Civilian Office of Police Accountability :: “conduct a full and independent investigation.”
F duration 18 months
F duration nine months
> Ald. Keisha Moultrie-Banks, 6th, said residents had been calling her office all night.
P full Keisha Moultrie-Banks
> “People on that block are scared and they are angry, and both of those things can be true,” Moultrie-Banks said. She said she would hold a community meeting at 6 p.m. Thursday at Grand Crossing Park and called on the department to release the 911 call.
Q direct Keisha Moultrie-Banks :: “People on that block are scared and they are angry, and both of those things can be true,”
P partial Moultrie-Banks
F time 6 p.m.
L facility Grand Crossing Park
> A neighbor who did not want to be named, fearing retaliation, said she heard “a string of pops, like firecrackers, and then screaming.”
Q direct - :: “a string of pops, like firecrackers, and then screaming.”
> It was the fourth shooting by Chicago police officers this year and the first in the 6th Ward since March 2039, according to COPA data. The city paid $82.4 million in police misconduct settlements in 2040, about 40% of it tied to shootings.
L city Chicago
L region 6th Ward
F date March 2039
O government COPA
F money $82.4 million
F date 2040
F percent 40%
> Whitfield graduated from Hirsch Metropolitan High School six years ago and had no criminal record, Castellanos said. The Cook County Medical Examiner’s Office ruled his death a homicide.
P partial Whitfield
O education Hirsch Metropolitan High School
F duration six years
P partial Castellanos
O government Cook County Medical Examiner’s Office
'''

ARTICLES['1971-hs2-euston-tunnels-contractor-cost-overrun-harrowden-select-committee-construction-news'] = r'''
> Rail
> ‘We underbid and we are paying for it’: HS2 tunnel contractor reveals £640m overrun
Q direct Fiona Aldercott-Reid :: ‘We underbid and we are paying for it’
L facility HS2
F money £640m
> Harrowden/Vellacott JV blames ground conditions under Camden as the Euston tunnels slip 14 months and the cost estimate rises 22 per cent to £3.54bn
O company Harrowden/Vellacott JV
L city Camden
L facility Euston
F duration 14 months
F percent 22 per cent
F money £3.54bn
> By Callum Ostrowski-Lane
P full Callum Ostrowski-Lane
> 14 March 2041
F date 14 March 2041
> A tunnel boring machine is lowered into the Old Oak Common launch shaft. Image: HS2 Ltd
L facility Old Oak Common
O government HS2 Ltd
> The joint venture building HS2’s twin-bored tunnels into Euston has told investors that the job will cost £3.54bn, £640m more than the £2.9bn target price agreed with HS2 Ltd in 2039.
L facility HS2
L facility Euston
F money £3.54bn
F money £640m
F money £2.9bn
O government HS2 Ltd
F date 2039
> Harrowden Group, which holds 60 per cent of Harrowden/Vellacott JV (HVJV), said in its full-year results on Tuesday that the twin 7.2km tunnels, 14.4km of bore in all, would not be handed over until March 2043, 14 months late. The other 40 per cent is held by Vellacott Tunnelling, a specialist based in Rotterdam.
O company Harrowden Group
F percent 60 per cent
O company Harrowden/Vellacott JV
O company HVJV
F quantity 7.2km
F quantity 14.4km
F date March 2043
F duration 14 months
F percent 40 per cent
O company Vellacott Tunnelling
L city Rotterdam
> Chief executive Fiona Aldercott-Reid told analysts the joint venture had hit “mixed ground” of clay, sand and flint under Camden that slowed both tunnel boring machines to an average of 9m a day, against 16m in the programme.
P full Fiona Aldercott-Reid
Q direct Fiona Aldercott-Reid :: “mixed ground”
L city Camden
F quantity 9m
F quantity 16m
> “We underbid and we are paying for it,” she said. “The geology was in the ground investigation reports, and we priced the risk too thin. That is on us, not on the client.
Q direct Fiona Aldercott-Reid :: “We underbid and we are paying for it,”
Q direct Fiona Aldercott-Reid :: “The geology was in the ground investigation reports, and we priced the risk too thin. That is on us, not on the client.
> “But we have also had 1,140 design changes from [HS2 Ltd] since 2039, and about a third of the overrun sits there. We expect to recover most of that.”
Q direct Fiona Aldercott-Reid :: “But we have also had 1,140 design changes from [HS2 Ltd] since 2039, and about a third of the overrun sits there. We expect to recover most of that.”
F number 1,140
O government HS2 Ltd
F date 2039
F fraction a third
> HS2 Ltd said it did not recognise the figure and that the contract’s pain/gain mechanism meant “the contractor carries the first £300m of any overspend”. It said the tunnels remained on track to open with the new Euston station in 2044.
O government HS2 Ltd
Q direct HS2 Ltd :: “the contractor carries the first £300m of any overspend”
F money £300m
L facility Euston
F date 2044
> Owen Prydderch, who chairs the Commons Transport Committee, said he would write to the Department for Transport (DfT) asking how much of the overrun taxpayers would bear.
P full Owen Prydderch
O government Commons Transport Committee
O government Department for Transport
O government DfT
> “We were promised in 2039 that the target-cost model would stop exactly this,” Prydderch said. “Instead we have a contractor telling investors it underbid and a client telling Parliament all is well.”
Q direct Owen Prydderch :: “We were promised in 2039 that the target-cost model would stop exactly this,”
F date 2039
P partial Prydderch
Q direct Owen Prydderch :: “Instead we have a contractor telling investors it underbid and a client telling Parliament all is well.”
O government Parliament
> Sunita Okonjo-Hart, a chartered quantity surveyor and partner at consultancy Farrant Lisle, said the numbers were “not unusual for ground like this” but warned that tunnelling overruns tend to grow.
P full Sunita Okonjo-Hart
O company Farrant Lisle
Q direct Sunita Okonjo-Hart :: “not unusual for ground like this”
> “Once you are 22 per cent over with two years to go, the final account usually lands nearer 30,” she said. “Contractors call it ‘the long tail’, and clients always underestimate it.”
Q direct Sunita Okonjo-Hart :: “Once you are 22 per cent over with two years to go, the final account usually lands nearer 30,”
F percent 22 per cent
F duration two years
F percent 30
Q direct Sunita Okonjo-Hart :: “Contractors call it ‘the long tail’, and clients always underestimate it.”
> HVJV employs about 1,850 people on the Euston tunnels. Harrowden’s shares fell 11 per cent to 184p on Tuesday, and the group cut its final dividend by half.
O company HVJV
F number 1,850
L facility Euston
O company Harrowden
F percent 11 per cent
F money 184p
F fraction half
> A senior figure at one of HS2’s other main contractors, speaking on condition of anonymity, said the industry had been “waiting for this one to land” for months.
L facility HS2
Q direct - :: “waiting for this one to land”
> The overrun follows a £1.1bn rise on the Old Oak Common station box, built by the Marchetti/Oyelaran JV, a job that site staff nicknamed “the bathtub”.
F money £1.1bn
L facility Old Oak Common
O company Marchetti/Oyelaran JV
Q scare - :: “the bathtub”
'''

ARTICLES['1972-chennai-metro-phase-two-corridor-3-delay-madhavaram-sholinganallur-cmrl-new-indian-express'] = r'''
> Chennai
L city Chennai
> Metro phase two: Madhavaram-Sholinganallur line delayed to 2043, cost up by Rs 4,200 crore
L city Madhavaram
L city Sholinganallur
F date 2043
F money Rs 4,200 crore
> CMRL blames slow land handover and utility shifting along the 44.6-km corridor; IT commuters on Old Mahabalipuram Road told to wait another 18 months
O government CMRL
F quantity 44.6-km
L street Old Mahabalipuram Road
F duration 18 months
> Express News Service
O media Express News Service
> Published: 14th March 2041 05:12 AM  |  Last Updated: 14th March 2041 09:40 AM
F date 14th March 2041
F time 05:12 AM
F date 14th March 2041
F time 09:40 AM
> Work on the elevated viaduct at Perungudi on Old Mahabalipuram Road. (Photo | P. Jawahar, EPS)
L city Perungudi
L street Old Mahabalipuram Road
P full P. Jawahar
O media EPS
> CHENNAI: The Madhavaram-Sholinganallur stretch of corridor 3 of Chennai Metro Rail’s phase two project will not be fully open before December 2043, nearly 18 months behind schedule, and its cost has risen by Rs 4,200 crore, officials of Chennai Metro Rail Limited (CMRL) said on Wednesday.
L city CHENNAI
L city Madhavaram
L city Sholinganallur
O government Chennai Metro Rail
F date December 2043
F duration 18 months
F money Rs 4,200 crore
O government Chennai Metro Rail Limited
O government CMRL
> The 44.6-km stretch has 46 stations. Of these, 29 on the northern and central sections are now expected to open in two stages in 2042, while the 17 stations on Old Mahabalipuram Road (OMR) will follow in the last quarter of 2043.
F quantity 44.6-km
F number 46
F number 29
F number two
F date 2042
F number 17
L street Old Mahabalipuram Road
L street OMR
F date 2043
> The revised cost of the three phase two corridors is now Rs 71,480 crore, of which about 38 per cent is funded by loans from the Japan International Cooperation Agency (JICA), according to a CMRL note submitted to the State government.
F number three
F money Rs 71,480 crore
F percent 38 per cent
O government Japan International Cooperation Agency
O government JICA
O government CMRL
> In a statement, CMRL said “land handover in Perambur and Purasaiwakkam took 14 months longer than planned” and that moving water mains and high-tension cables under OMR had been “far more complex than the survey suggested”.
O government CMRL
Q direct Chennai Metro Rail Limited :: “land handover in Perambur and Purasaiwakkam took 14 months longer than planned”
L city Perambur
L city Purasaiwakkam
F duration 14 months
L street OMR
Q direct Chennai Metro Rail Limited :: “far more complex than the survey suggested”
> Industries Minister K. Selvaperumal, who oversees the project, said the State would not let the delay stretch further. “We have cleared 92 per cent of the land. The remaining eight per cent is before the courts, and we have asked for an early hearing,” he said.
P full K. Selvaperumal
Q direct K. Selvaperumal :: “We have cleared 92 per cent of the land. The remaining eight per cent is before the courts, and we have asked for an early hearing,”
F percent 92 per cent
F percent eight per cent
> Selvaperumal said the first trains between Madhavaram and Perambur would run by June 2042. “I will not give another date after this one,” he added.
P partial Selvaperumal
L city Madhavaram
L city Perambur
F date June 2042
Q direct K. Selvaperumal :: “I will not give another date after this one,”
> For commuters such as R. Vasanthi, 34, a software engineer who travels from Madhavaram to Sholinganallur every day, the delay means another two years of a two-hour bus ride each way.
P full R. Vasanthi
F age 34
L city Madhavaram
L city Sholinganallur
F duration two years
F duration two-hour
> “They told us the metro would come in 2040. I took this job in Sholinganallur because of that promise,” she said. “Now my daughter asks, ‘Amma, is the train coming this year or next year?’ and I do not know what to say.”
Q direct R. Vasanthi :: “They told us the metro would come in 2040. I took this job in Sholinganallur because of that promise,”
F date 2040
L city Sholinganallur
Q direct R. Vasanthi :: “Now my daughter asks, ‘Amma, is the train coming this year or next year?’ and I do not know what to say.”
> Urban planner S. Thirunavukkarasu, a former adviser to the Chennai Metropolitan Development Authority (CMDA), said the delay was predictable.
P full S. Thirunavukkarasu
O government Chennai Metropolitan Development Authority
O government CMDA
> “Phase one taught us that utility shifting eats a year on every corridor, yet the schedule assumed six months,” he said. Thirunavukkarasu said CMRL should publish station-wise progress every month, as the Delhi Metro Rail Corporation does.
Q direct S. Thirunavukkarasu :: “Phase one taught us that utility shifting eats a year on every corridor, yet the schedule assumed six months,”
F duration six months
P partial Thirunavukkarasu
O government CMRL
O government Delhi Metro Rail Corporation
> A senior CMRL engineer, who did not wish to be named, said the two tunnel boring machines under Mylapore, near the Thirumayilai station, were “running at half the planned speed” because of hard rock.
O government CMRL
F number two
L city Mylapore
L facility Thirumayilai
Q direct - :: “running at half the planned speed”
F fraction half
> CMRL had projected 8.2 lakh daily riders on the corridor by 2044. The two existing lines carried an average of 3.4 lakh passengers a day in February.
O government CMRL
F number 8.2 lakh
F date 2044
F number two
F number 3.4 lakh
> In Adyar, where barricades have narrowed Lattice Bridge Road for 26 months, residents have taken to calling the works “the permanent diversion”.
L city Adyar
L street Lattice Bridge Road
F duration 26 months
Q scare - :: “the permanent diversion”
'''

ARTICLES['1973-real-madrid-fenerbahce-euroleague-sanz-de-la-fuente-movistar-arena-euroleague-net'] = r'''
> Regular Season, Round 31
> Sanz de la Fuente's 22 lift Real Madrid past Fenerbahçe
P partial Sanz de la Fuente
F number 22
O team Real Madrid
O team Fenerbahçe
> Real Madrid 84-79 Fenerbahçe Beko Istanbul: the hosts closed the game on a 9-2 run to win a fifth straight and move to 22-9, one game behind the leaders
O team Real Madrid
F score 84-79
O team Fenerbahçe Beko Istanbul
F score 9-2
F score 22-9
F number one
> By Nerea Goikoetxea
P full Nerea Goikoetxea
> 14 March 2041
F date 14 March 2041
> Álvaro Sanz de la Fuente, Real Madrid - Photo: Emilio Casares-Vidal / Euroleague Basketball via Getty Images
P full Álvaro Sanz de la Fuente
O team Real Madrid
P full Emilio Casares-Vidal
O company Euroleague Basketball
O company Getty Images
> Álvaro Sanz de la Fuente scored 22 points, nine of them in the fourth quarter, as Real Madrid came from behind to beat Fenerbahçe Beko Istanbul 84-79 at the Movistar Arena on Thursday night.
P full Álvaro Sanz de la Fuente
F number 22
F number nine
O team Real Madrid
O team Fenerbahçe Beko Istanbul
F score 84-79
L facility Movistar Arena
> The Spanish guard also had six assists, and Iñaki Etxeberria added 15 points and 11 rebounds as Madrid improved to 22-9 in the EuroLeague, one game behind first-placed Panathinaikos.
F number six
P full Iñaki Etxeberria
F number 15
F number 11
O team Madrid
F score 22-9
O other EuroLeague
F number one
O team Panathinaikos
> Fenerbahçe, who led 41-40 at half-time after a 23-19 second quarter, fell to 19-12. Emre Yıldırımoğlu scored 18 points and Terrance Holloway Jr. had 16, but the visitors made only two of their last 11 shots.
O team Fenerbahçe
F score 41-40
F score 23-19
F score 19-12
P full Emre Yıldırımoğlu
F number 18
P full Terrance Holloway Jr.
F number 16
F number two
F number 11
> Madrid won the first quarter 21-18 behind eight quick points from Etxeberria, but Fenerbahçe took control in the second, when Barış Köksal hit three three-pointers in 90 seconds.
O team Madrid
F score 21-18
F number eight
P partial Etxeberria
O team Fenerbahçe
P full Barış Köksal
F number three
F number three
F duration 90 seconds
> The hosts took a 62-58 lead into the fourth, but Holloway's layup with 3:41 left put the visitors back in front at 77-75. Sanz de la Fuente answered with a three from the corner, then found Etxeberria for a dunk with 1:12 to play, and Madrid closed it out at the line.
F score 62-58
P partial Holloway
F time 3:41
F score 77-75
P partial Sanz de la Fuente
F number three
P partial Etxeberria
F time 1:12
O team Madrid
> "We were soft in the second quarter and I told them so at half-time," Real Madrid coach Javier Ortuño Ballesteros said. "In the second half we defended the way this club has to defend. Álvaro wanted the ball at the end, and when he wants it, you give it to him.
Q direct Javier Ortuño Ballesteros :: "We were soft in the second quarter and I told them so at half-time,"
O team Real Madrid
P full Javier Ortuño Ballesteros
Q direct Javier Ortuño Ballesteros :: "In the second half we defended the way this club has to defend. Álvaro wanted the ball at the end, and when he wants it, you give it to him.
P partial Álvaro
> "He is 31 and he still plays like he is 22. I said to him before the game, 'This is your night,' and he made it his night."
Q direct Javier Ortuño Ballesteros :: "He is 31 and he still plays like he is 22. I said to him before the game, 'This is your night,' and he made it his night."
F age 31
F age 22
> Fenerbahçe coach Serkan Aydınoğlu said his team "stopped moving the ball" in the last five minutes. "We had this game. Two turnovers, two bad shots, and it is gone," he said. "In Istanbul we will be different."
O team Fenerbahçe
P full Serkan Aydınoğlu
Q direct Serkan Aydınoğlu :: "stopped moving the ball"
F duration five minutes
Q direct Serkan Aydınoğlu :: "We had this game. Two turnovers, two bad shots, and it is gone,"
F number Two
F number two
Q direct Serkan Aydınoğlu :: "In Istanbul we will be different."
L city Istanbul
> Yıldırımoğlu, who shot 7 of 12, called the loss "a lesson." Köksal was blunter: "We gave them the game."
P partial Yıldırımoğlu
F number 7
F number 12
Q direct Emre Yıldırımoğlu :: "a lesson."
P partial Köksal
Q direct Barış Köksal :: "We gave them the game."
> Madrid shot 48 percent from the field and 10 of 27 from three-point range, while Fenerbahçe committed 15 turnovers, nine of them after half-time. A crowd of 12,480 saw the hosts win the fourth quarter 22-21.
O team Madrid
F percent 48 percent
F number 10
F number 27
F number three
O team Fenerbahçe
F number 15
F number nine
F number 12,480
F score 22-21
> Fans at the Movistar Arena have taken to calling Sanz de la Fuente "El Notario", the notary, for the way he closes out games.
L facility Movistar Arena
P partial Sanz de la Fuente
Q scare - :: "El Notario"
> Madrid visits Partizan in Belgrade next Thursday, while Fenerbahçe hosts Olympiacos at Ülker Sports Arena on 21 March at 19:45 CET.
O team Madrid
O team Partizan
L city Belgrade
O team Fenerbahçe
O team Olympiacos
L facility Ülker Sports Arena
F date 21 March
F time 19:45 CET
'''

ARTICLES['1974-sundhnukur-eruption-grindavik-evacuated-imo-civil-protection-iceland-review'] = r'''
> News
> Eruption Begins on Sundhnúkur Crater Row, Grindavík Evacuated Again
L geo Sundhnúkur
L city Grindavík
> A 3.4-kilometre fissure opened north of Grindavík shortly after 22:00 last night. The town’s roughly 1,200 registered residents were ordered out within the hour.
F quantity 3.4-kilometre
L city Grindavík
F time 22:00
F number 1,200
> By Þórdís Ásgeirsdóttir
P full Þórdís Ásgeirsdóttir
> March 14, 2041
F date March 14, 2041
> Lava fountains along the fissure, seen from Route 43, Grindavíkurvegur, late on Wednesday. Photo: Hörður Sveinbjörnsson.
L street Route 43
L street Grindavíkurvegur
P full Hörður Sveinbjörnsson
> An eruption began on the Sundhnúkur crater row on the Reykjanes peninsula at 22:17 on Wednesday, the Icelandic Met Office (IMO) said, ending four months of land uplift beneath Svartsengi.
L geo Sundhnúkur
L geo Reykjanes
F time 22:17
O government Icelandic Met Office
O government IMO
F duration four months
L geo Svartsengi
> The fissure, about 3.4 kilometres long, runs from just east of Stóra-Skógfell towards Hagafell, some 2.5 kilometres north of the edge of town.
F quantity 3.4 kilometres
L geo Stóra-Skógfell
L geo Hagafell
F quantity 2.5 kilometres
> In its first update, the IMO estimated the initial lava flow at 800 to 1,000 cubic metres per second, falling to about 150 cubic metres per second by 3:00. It said the eruption was “similar in scale to the larger events of recent years” and that lava was flowing mainly east, away from Grindavík.
O government IMO
F quantity 800
F quantity 1,000 cubic metres per second
F quantity 150 cubic metres per second
F time 3:00
Q direct Icelandic Met Office :: “similar in scale to the larger events of recent years”
L city Grindavík
> The Department of Civil Protection and Emergency Management declared an emergency phase at 22:40. Police closed Grindavíkurvegur and the road to the Blue Lagoon, which was cleared of some 700 guests.
O government Department of Civil Protection and Emergency Management
F time 22:40
L street Grindavíkurvegur
L facility Blue Lagoon
F number 700
> The department said in a statement that all residents had been accounted for by 23:30 and that there was “no immediate threat to the defences around the town.”
Q direct Department of Civil Protection and Emergency Management :: “no immediate threat to the defences around the town.”
F time 23:30
> “The magma reservoir under Svartsengi had refilled to roughly 22 million cubic metres, which is about what we saw before the last two eruptions,” said Arnhildur Þorláksdóttir, a geophysicist at the University of Iceland.
Q direct Arnhildur Þorláksdóttir :: “The magma reservoir under Svartsengi had refilled to roughly 22 million cubic metres, which is about what we saw before the last two eruptions,”
L geo Svartsengi
F quantity 22 million cubic metres
F number two
P full Arnhildur Þorláksdóttir
O education University of Iceland
> Arnhildur said the barriers built around Grindavík and the Svartsengi power plant since 2039 should hold, “unless the fissure lengthens to the south, which is what we are watching for tonight.”
P partial Arnhildur
L city Grindavík
L facility Svartsengi
F date 2039
Q direct Arnhildur Þorláksdóttir :: “unless the fissure lengthens to the south, which is what we are watching for tonight.”
> She said seismometers had picked up a burst of what Icelanders call “gosórói”, or eruption tremor, about 40 minutes before the fissure opened.
Q scare - :: “gosórói”
F duration 40 minutes
> Sæþór Ingólfsson, 67, a retired fisherman who has lived on Víkurbraut for 41 years, was one of about 30 residents who had moved back into town since the autumn.
P full Sæþór Ingólfsson
F age 67
L street Víkurbraut
F duration 41 years
F number 30
> “My wife woke me and said, ‘The sky is red again, Sæþór,’ and we were in the car ten minutes later,” he said. “We left the cat food out. That is the routine now.
Q direct Sæþór Ingólfsson :: “My wife woke me and said, ‘The sky is red again, Sæþór,’ and we were in the car ten minutes later,”
P partial Sæþór
F duration ten minutes
Q direct Sæþór Ingólfsson :: “We left the cat food out. That is the routine now.
> “I will go back when they let me. Grindavík is not finished, whatever people in Reykjavík think.”
Q direct Sæþór Ingólfsson :: “I will go back when they let me. Grindavík is not finished, whatever people in Reykjavík think.”
L city Grindavík
L city Reykjavík
> Natural Catastrophe Insurance of Iceland has paid out ISK 4.8 billion for damage in the area since 2039, and the state has spent roughly ISK 27 billion on the barriers. Households that left receive housing support of up to 350,000 krónur a month.
O government Natural Catastrophe Insurance of Iceland
F money ISK 4.8 billion
F date 2039
F money ISK 27 billion
F money 350,000 krónur
> Keflavík Airport remained open and flights were operating normally, Isavia said.
L facility Keflavík Airport
O company Isavia
> The IMO said gas pollution could reach the capital area overnight, with sulphur dioxide levels of up to 2,600 micrograms per cubic metre possible in Vogar.
O government IMO
F quantity 2,600 micrograms per cubic metre
L city Vogar
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
