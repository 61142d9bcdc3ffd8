#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval13 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval13/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['121-kilkenny-galway-hurling'] = r'''
> Hurling
> Kinsella double sends Kilkenny into Leinster final as Galway fightback falls short
P partial Kinsella
O team Kilkenny
L region Leinster
O team Galway
> The Cats led by nine at the break and held on in a frantic finish at Nowlan Park
O team Cats
F number nine
L facility Nowlan Park
> Fergal Culleton
P full Fergal Culleton
> Sun, 28 May, 2028 - 19:42
F date 28 May, 2028
F time 19:42
> Kilkenny’s Tadhg Kinsella celebrates his second goal against Galway at UPMC Nowlan Park. Picture: INPHO/Ciara Hanlon
O team Kilkenny
P full Tadhg Kinsella
O team Galway
L facility UPMC Nowlan Park
O media INPHO
P full Ciara Hanlon
> Kilkenny 2-21 Galway 1-20
O team Kilkenny
F score 2-21
O team Galway
F score 1-20
> Tadhg Kinsella scored two goals in the opening 20 minutes and Kilkenny survived a second-half storm at UPMC Nowlan Park on Sunday to reach the Leinster final for the fifth year in a row.
P full Tadhg Kinsella
F number two
F duration 20 minutes
O team Kilkenny
L facility UPMC Nowlan Park
L region Leinster
> Seánie Dowling’s side led by nine points at the break, 2-12 to 0-9, but Galway won the second half by 1-11 to 0-9 and had a goal chance to level the game in stoppage time, when Shane Kilkelly’s shot from 40 metres dropped into the hands of Kilkenny goalkeeper Darragh Brennan.
P full Seánie Dowling
F number nine
F score 2-12
F score 0-9
O team Galway
F score 1-11
F score 0-9
P full Shane Kilkelly
F quantity 40 metres
O team Kilkenny
P full Darragh Brennan
> Kinsella, a 21-year-old from the Dicksboro club, opened the scoring with a goal after four minutes, rounding Galway goalkeeper Colm Greaney and finishing low to the net. His second, in the 19th minute, came from a flick off a long Brennan puckout.
P partial Kinsella
F age 21-year-old
O team Dicksboro
F duration four minutes
O team Galway
P full Colm Greaney
P partial Brennan
> A crowd of 17,412 watched Galway cut a 10-point deficit to three in a 12-minute spell, capped by a goal from substitute Conor Mulkerrin in the 56th minute. But Cian Tierney, who finished with 0-11, eight of them from frees, kept the home side in front with four points in the last 10 minutes, the last of them a free from 80 metres deep in stoppage time.
F number 17,412
O team Galway
F number 10
F number three
F duration 12-minute
P full Conor Mulkerrin
P full Cian Tierney
F score 0-11
F number eight
F number four
F duration 10 minutes
F quantity 80 metres
> Dowling admitted his side had “switched off” after half-time. “We were very good for 35 minutes and then we let them back into it. Galway don’t go away, they never have,” the Kilkenny manager said.
P partial Dowling
Q direct Seánie Dowling :: “switched off”
Q direct Seánie Dowling :: “We were very good for 35 minutes and then we let them back into it. Galway don’t go away, they never have,”
F duration 35 minutes
O team Galway
O team Kilkenny
> “Tadhg was flying in training all week. He’s 21, he has no fear, and the two goals were pure instinct,” he said of Kinsella, who was making only his third championship start.
Q direct Seánie Dowling :: “Tadhg was flying in training all week. He’s 21, he has no fear, and the two goals were pure instinct,”
P partial Tadhg
F age 21
F number two
P partial Kinsella
> Galway manager Kevin Cunniffe said his team had left themselves “too much to do”, but took encouragement from a second half in which Aidan Furey and Mulkerrin ran at a tiring Kilkenny defence.
O team Galway
P full Kevin Cunniffe
Q direct Kevin Cunniffe :: “too much to do”
P full Aidan Furey
P partial Mulkerrin
O team Kilkenny
> “You can’t give a team like Kilkenny a nine-point start in their own back yard and expect to come away with anything. The lads showed serious character after the break, and I’d be disappointed if we didn’t take that into the next day.
Q direct Kevin Cunniffe :: “You can’t give a team like Kilkenny a nine-point start in their own back yard and expect to come away with anything. The lads showed serious character after the break, and I’d be disappointed if we didn’t take that into the next day.
O team Kilkenny
F number nine
> “We have Wexford in a fortnight and we’ll need every one of those players fit.”
Q direct Kevin Cunniffe :: “We have Wexford in a fortnight and we’ll need every one of those players fit.”
O team Wexford
> Galway lost captain Ronan Furlong to a hamstring injury after 14 minutes, and Cunniffe said he was doubtful for the trip to Chadwicks Wexford Park on June 11th.
O team Galway
P full Ronan Furlong
F duration 14 minutes
P partial Cunniffe
L facility Chadwicks Wexford Park
F date June 11th
> Kilkenny will also be without corner-back Evan Shortall for the final after the Gaelic Athletic Association’s Central Competitions Control Committee (CCCC) proposed a one-match ban for a striking offence in the 62nd minute. Shortall has 72 hours to contest the proposed suspension.
O team Kilkenny
P full Evan Shortall
O other Gaelic Athletic Association
O other Central Competitions Control Committee
O other CCCC
F number one
P partial Shortall
F duration 72 hours
> The win leaves Kilkenny top of the Leinster table with seven points from four games, two clear of Dublin, who beat Antrim 3-24 to 0-17 at Corrigan Park on Saturday. The Leinster Council confirmed that the final will be played at Croke Park on Sunday, June 18th, at 4pm.
O team Kilkenny
L region Leinster
F number seven
F number four
F number two
O team Dublin
O team Antrim
F score 3-24
F score 0-17
L facility Corrigan Park
O other Leinster Council
L facility Croke Park
F date June 18th
F time 4pm
> Scorers for Kilkenny: C Tierney (0-11, 0-8 frees); T Kinsella (2-1); M Grace (0-3); R Heffernan, L Brophy (0-2 each); E Shortall, N Gorey (0-1 each).
O team Kilkenny
P full C Tierney
F score 0-11
F score 0-8
P full T Kinsella
F score 2-1
P full M Grace
F score 0-3
P full R Heffernan
P full L Brophy
F score 0-2
P full E Shortall
P full N Gorey
F score 0-1
> Scorers for Galway: A Furey (0-9, 0-7 frees); C Mulkerrin (1-1); S Kilkelly (0-4); D Ó Máille (0-3); T Glynn (0-2); E Lally (0-1).
O team Galway
P full A Furey
F score 0-9
F score 0-7
P full C Mulkerrin
F score 1-1
P full S Kilkelly
F score 0-4
P full D Ó Máille
F score 0-3
P full T Glynn
F score 0-2
P full E Lally
F score 0-1
> Referee: D Tuohy (Offaly).
P full D Tuohy
L region Offaly
'''

ARTICLES['122-chippewa-bend-treasurer-trial'] = r'''
> Former Chippewa Bend clerk-treasurer's theft trial opens; prosecutor says she treated $612K in city money 'like a personal checking account'
L city Chippewa Bend
F money $612K
Q direct Colin Hartigan :: 'like a personal checking account'
> Opening statements began Tuesday in Eau Claire County. The defense says the city's books were a mess long before Donna Rademacher took over.
L region Eau Claire County
P full Donna Rademacher
> Author: Kayla Brandt
P full Kayla Brandt
> Published: 6:12 PM CDT June 6, 2028
F time 6:12 PM CDT
F date June 6, 2028
> Updated: 10:47 PM CDT June 6, 2028
F time 10:47 PM CDT
F date June 6, 2028
> Former Chippewa Bend clerk-treasurer Donna Rademacher, right, sits with her attorney, Renee Vang, on the first day of her trial in Eau Claire County Circuit Court on Tuesday, June 6, 2028. (WLKN photo)
L city Chippewa Bend
P full Donna Rademacher
P full Renee Vang
O government Eau Claire County Circuit Court
F date June 6, 2028
O media WLKN
> EAU CLAIRE, Wis. — A former small-town official accused of stealing more than $612,000 from the city of Chippewa Bend over seven years used public money "like a personal checking account," a prosecutor told jurors Tuesday as her trial got underway in Eau Claire County Circuit Court.
L city EAU CLAIRE
L region Wis.
F money $612,000
L city Chippewa Bend
F duration seven years
Q direct Colin Hartigan :: "like a personal checking account,"
O government Eau Claire County Circuit Court
> Donna Rademacher, 58, was Chippewa Bend's clerk-treasurer from 2015 until the city council fired her in March 2023. She has pleaded not guilty to 14 counts of theft in a business setting and four counts of misconduct in public office.
P full Donna Rademacher
F age 58
L city Chippewa Bend
F date 2015
F date March 2023
F number 14
F number four
> Assistant Attorney General Colin Hartigan, whose office took over the case after the Eau Claire County District Attorney's Office cited a conflict of interest, told the jury of eight women and six men, including two alternates, that Rademacher moved city money into a business account she alone controlled and spent it on herself.
P full Colin Hartigan
O government Eau Claire County District Attorney's Office
F number eight
F number six
F number two
P partial Rademacher
> He showed jurors bank records that he said traced $214,300 to a credit card in her name, $96,800 to a contractor who built her a cabin on Lake Wissota and more than $41,000 to casinos in Wisconsin Dells and Black River Falls.
F money $214,300
F money $96,800
L geo Lake Wissota
F money $41,000
L city Wisconsin Dells
L city Black River Falls
> "She wrote the checks, she signed the checks and she balanced the books so nobody would ever see the checks," Hartigan said. "This wasn't a mistake. It happened 1,140 times."
Q direct Colin Hartigan :: "She wrote the checks, she signed the checks and she balanced the books so nobody would ever see the checks,"
P partial Hartigan
Q direct Colin Hartigan :: "This wasn't a mistake. It happened 1,140 times."
F number 1,140
> Rademacher's attorney, Renee Vang, told jurors the city had no finance director, no internal auditor and a council that approved every budget without asking questions. She said her client worked 60-hour weeks doing three jobs for one salary.
P partial Rademacher
P full Renee Vang
F duration 60-hour
F number three
F number one
> "There is no secret account. There is a city that never hired enough people, and a woman who tried to hold it all together," Vang said. "Sloppy bookkeeping is not a crime."
Q direct Renee Vang :: "There is no secret account. There is a city that never hired enough people, and a woman who tried to hold it all together,"
P partial Vang
Q direct Renee Vang :: "Sloppy bookkeeping is not a crime."
> She said the state's forensic accountant would acknowledge under cross-examination that at least $58,000 of the money the state says is missing went to legitimate city expenses, including snowplow repairs and a 2019 sewer project.
F money $58,000
F date 2019
> The first witness, former Mayor Gary Lindquist, testified that he signed off on the city's annual audits for 12 years without ever seeing the business account. Lindquist, 71, said he learned of it in February 2023, when the city's outside auditor, Brunner & Teig CPAs of Menomonie, called him.
P full Gary Lindquist
F duration 12 years
P partial Lindquist
F age 71
F date February 2023
O company Brunner & Teig CPAs
L city Menomonie
> "I trusted her completely. She'd worked for the city longer than any of us, and she knew where every dollar went," Lindquist said, his voice breaking. "When the auditor called me, I told him to check again.
Q direct Gary Lindquist :: "I trusted her completely. She'd worked for the city longer than any of us, and she knew where every dollar went,"
P partial Lindquist
Q direct Gary Lindquist :: "When the auditor called me, I told him to check again.
> "He did, and it wasn't a mistake."
Q direct Gary Lindquist :: "He did, and it wasn't a mistake."
> The Wisconsin Department of Justice's Division of Criminal Investigation (DCI) opened its investigation in April 2023. According to the criminal complaint, investigators found 1,140 transfers from city accounts between January 2016 and February 2023, most of them under $5,000, the amount above which the city required a second signature.
O government Wisconsin Department of Justice
O government Division of Criminal Investigation
O government DCI
F date April 2023
F number 1,140
F date January 2016
F date February 2023
F money $5,000
> Chippewa Bend, a city of about 3,700 people roughly 15 miles northeast of Eau Claire, has since hired a full-time finance director and adopted financial controls recommended by the League of Wisconsin Municipalities.
L city Chippewa Bend
F number 3,700
F quantity 15 miles
L city Eau Claire
O nonprofit League of Wisconsin Municipalities
> In a statement, the City of Chippewa Bend said it had recovered $187,500 through its insurance carrier and would "pursue every remaining dollar" in a civil lawsuit filed last September.
O government City of Chippewa Bend
F money $187,500
Q direct City of Chippewa Bend :: "pursue every remaining dollar"
> If convicted, Rademacher faces up to 10 years in prison on each of the most serious counts. Judge Teresa Moua told jurors to expect a five-day trial. Testimony resumes at 8:30 a.m. Wednesday, when the state plans to call the DCI's lead forensic accountant.
P partial Rademacher
F duration 10 years
P full Teresa Moua
F duration five-day
F time 8:30 a.m.
O government DCI
> WLKN News 8 will be in the courtroom throughout the trial. Stay with WLKN for updates.
O media WLKN News 8
O media WLKN
'''

ARTICLES['123-ashcombe-university-chemistry-closure'] = r'''
> Ashcombe University to close chemistry department with loss of 140 jobs
O education Ashcombe University
F number 140
> 15 March 2028
F date 15 March 2028
> Harriet Okafor
P full Harriet Okafor
> Education reporter, BBC Yorkshire
O media BBC Yorkshire
> Image source, PA Media
O media PA Media
> Image caption, Students staged a sit-in outside the university's Wheatley Building on Tuesday
L facility Wheatley Building
> A university in West Yorkshire is to close its chemistry department and cut 140 jobs, blaming a £38m deficit and a sharp fall in the number of international students.
L region West Yorkshire
F number 140
F money £38m
> Ashcombe University, in Wakefield, said no new undergraduates would be admitted to chemistry from September 2029 and the department would shut in July 2031, once current students had finished their degrees.
O education Ashcombe University
L city Wakefield
F date September 2029
F date July 2031
> The University and College Union (UCU) called the decision "an act of vandalism" that would end more than 60 years of chemistry research in the city.
O nonprofit University and College Union
O nonprofit UCU
Q direct University and College Union :: "an act of vandalism"
F duration 60 years
> The university's board of governors approved the plan on Monday by 11 votes to three.
F number 11
F number three
> Vice-chancellor Prof Alan Mistry said the university had been left with "no realistic alternative".
P full Alan Mistry
Q direct Alan Mistry :: "no realistic alternative"
> "We have lost more than £11m a year in international fee income since 2025, while the fee for home students has gone up by £285 over the same period. That does not add up," he said.
Q direct Alan Mistry :: "We have lost more than £11m a year in international fee income since 2025, while the fee for home students has gone up by £285 over the same period. That does not add up,"
F money £11m
F date 2025
F money £285
> "Closing a department with this history is the hardest decision I have taken in 23 years in higher education."
Q direct Alan Mistry :: "Closing a department with this history is the hardest decision I have taken in 23 years in higher education."
F duration 23 years
> Prof Mistry said the university would try to move three externally funded research groups, which hold about £4.2m in grants from UK Research and Innovation (UKRI), to partner institutions in the region.
P partial Mistry
F number three
F money £4.2m
O government UK Research and Innovation
O government UKRI
> About 310 undergraduates and 48 postgraduate researchers are enrolled in the department, which opened in 1966 as part of the former Wakefield College of Technology.
F number 310
F number 48
F date 1966
O education Wakefield College of Technology
> Its Centre for Sustainable Catalysis won a £2.7m grant from the Engineering and Physical Sciences Research Council (EPSRC) last year to develop cheaper catalysts for hydrogen production.
O education Centre for Sustainable Catalysis
F money £2.7m
O government Engineering and Physical Sciences Research Council
O government EPSRC
> Priya Ramanathan, 26, a third-year PhD student at the centre, said she was "terrified" about finishing her doctorate.
P full Priya Ramanathan
F age 26
Q direct Priya Ramanathan :: "terrified"
> "My funding runs until 2030. Nobody can tell me whether my lab will still exist in 18 months' time," she said. "I moved here from Leicester for this project."
Q direct Priya Ramanathan :: "My funding runs until 2030. Nobody can tell me whether my lab will still exist in 18 months' time,"
F date 2030
F duration 18 months
Q direct Priya Ramanathan :: "I moved here from Leicester for this project."
L city Leicester
> UCU branch president Dr Helen Garside said members would be balloted on strike action, with the ballot closing on 21 April.
O nonprofit UCU
P full Helen Garside
F date 21 April
> "Staff have been told to apply for their own jobs in other departments, with a fortnight's notice. People are frightened and they are angry," she said.
Q direct Helen Garside :: "Staff have been told to apply for their own jobs in other departments, with a fortnight's notice. People are frightened and they are angry,"
> The Royal Society of Chemistry said the closure would leave "a cold spot" in chemistry teaching across Yorkshire and the Humber and make it harder for local schools to recruit science teachers.
O nonprofit Royal Society of Chemistry
Q direct Royal Society of Chemistry :: "a cold spot"
L region Yorkshire and the Humber
> A spokesperson for Wakefield Council said the authority was "deeply concerned" about the loss of skilled jobs in the city.
O government Wakefield Council
Q direct - :: "deeply concerned"
> The Office for Students (OfS), the regulator for higher education in England, said it was "monitoring the financial position of a number of providers closely" but would not comment on individual institutions.
O government Office for Students
O government OfS
L country England
Q direct Office for Students :: "monitoring the financial position of a number of providers closely"
> Universities UK, which represents vice-chancellors, has warned that dozens of institutions are making cuts. Ashcombe said it expected to return to surplus in the 2030-31 academic year.
O nonprofit Universities UK
O education Ashcombe
F date 2030-31
> Follow BBC Yorkshire on Facebook, X and Instagram.
O media BBC Yorkshire
O company Facebook
O company X
O company Instagram
'''

ARTICLES['124-kotare-space-funding-round'] = r'''
> Business
> Christchurch rocket start-up Kōtare Space raises $85m ahead of first orbital launch
L city Christchurch
O company Kōtare Space
F money $85m
> The company, which employs 140 people at Wigram, says its Ruru rocket will fly from Kaitorete Spit before Christmas.
F number 140
L city Wigram
L geo Kaitorete Spit
> By Mihi Tautahi
P full Mihi Tautahi
> Business reporter·NZ Herald·
O media NZ Herald
> 12 Jul, 2028 05:00 AM
F date 12 Jul, 2028
F time 05:00 AM
> 4 mins to read
F duration 4 mins
> Kōtare Space chief executive Anika Rangihuna at the company’s factory in Wigram, Christchurch. Photo / Hamish Tairoa
O company Kōtare Space
P full Anika Rangihuna
L city Wigram
L city Christchurch
P full Hamish Tairoa
> Christchurch rocket company Kōtare Space has raised $85 million in a funding round led by Australian venture firm Tenterfield Capital, as it prepares to launch its first rocket to orbit from the Tāwhaki National Aerospace Centre on Kaitorete Spit.
L city Christchurch
O company Kōtare Space
F money $85 million
O company Tenterfield Capital
L facility Tāwhaki National Aerospace Centre
L geo Kaitorete Spit
> The round, which also drew money from Auckland-based Pūkeko Ventures and US fund Redwater Capital, values the company at about $520m, up from $190m when it last raised money in March 2026, chief executive Anika Rangihuna said. The raise is worth about US$51m.
L city Auckland
O company Pūkeko Ventures
L country US
O company Redwater Capital
F money $520m
F money $190m
F date March 2026
P full Anika Rangihuna
F money US$51m
> Rangihuna, 38, a former engineer at Rocket Lab, founded Kōtare in 2021 with two University of Canterbury classmates. The company plans to grow its workforce to 200 by the end of 2029.
P partial Rangihuna
F age 38
O company Rocket Lab
O company Kōtare
F date 2021
F number two
O education University of Canterbury
F number 200
F date 2029
> “We’re not trying to be Rocket Lab. They’ve built something extraordinary out of Māhia,” Rangihuna said. “But there is a gap in the market for small, dedicated launches at short notice, and we think a rocket built and launched in Canterbury can fill it.”
Q direct Anika Rangihuna :: “We’re not trying to be Rocket Lab. They’ve built something extraordinary out of Māhia,”
O company Rocket Lab
L geo Māhia
P partial Rangihuna
Q direct Anika Rangihuna :: “But there is a gap in the market for small, dedicated launches at short notice, and we think a rocket built and launched in Canterbury can fill it.”
L region Canterbury
> The two-stage Ruru stands 14 metres tall and is designed to carry payloads of up to 150kg to a 500km sun-synchronous orbit. A full-duration test firing of its second-stage engine in February lasted 190 seconds.
F number two
F quantity 14 metres
F quantity 150kg
F quantity 500km
F duration 190 seconds
> The company plans to charge about US$4.5m a launch, compared with the US$8.5m or so that larger rivals ask, Rangihuna said. Smaller customers can already buy space on so-called “rideshare” missions, which carry dozens of satellites at once, but have to fit in with the main payload’s schedule.
F money US$4.5m
F money US$8.5m
P partial Rangihuna
Q scare - :: “rideshare”
> Its first customer will be the University of Canterbury, which will fly a 12kg student-built satellite to monitor algal blooms in Te Waihora/Lake Ellesmere. Japanese earth-observation firm Hoshizora Imaging has signed up for three launches between 2029 and 2031.
O education University of Canterbury
F quantity 12kg
L geo Te Waihora/Lake Ellesmere
O company Hoshizora Imaging
F number three
F date 2029
F date 2031
> Tenterfield Capital partner Greg Osei said the firm had looked at “more than 30” launch companies in the past two years.
O company Tenterfield Capital
P full Greg Osei
Q direct Greg Osei :: “more than 30”
F number 30
F duration two years
> “Most of them have a PowerPoint and a dream. Kōtare has a rocket on a test stand, a licence and paying customers. That’s a very short list,” Osei told the Herald.
Q direct Greg Osei :: “Most of them have a PowerPoint and a dream. Kōtare has a rocket on a test stand, a licence and paying customers. That’s a very short list,”
O company Kōtare
P partial Osei
O media Herald
> Tenterfield, which manages about A$1.2 billion, will take a 16 per cent stake and a seat on Kōtare’s board.
O company Tenterfield
F money A$1.2 billion
F percent 16 per cent
O company Kōtare
> The company received its launch licence from the New Zealand Space Agency, part of the Ministry of Business, Innovation and Employment (MBIE), in May. The Government has also lent it $6m for an engine test stand through a regional development fund.
O government New Zealand Space Agency
O government Ministry of Business, Innovation and Employment
O government MBIE
F money $6m
> Tāwhaki, on Kaitorete Spit south of Christchurch, is owned by a joint venture between two local rūnanga and the Crown, and has hosted test flights of drones and high-altitude aircraft since 2023.
L facility Tāwhaki
L geo Kaitorete Spit
L city Christchurch
F number two
F date 2023
> Space economist Dr Rāwiri Te Maro, of the University of Auckland, said a successful launch would make New Zealand one of very few countries with two orbital launch sites.
P full Rāwiri Te Maro
O education University of Auckland
L country New Zealand
F number two
> “The hard part isn’t raising the money. It’s the first launch,” he said. “Historically, close to half of all new rockets fail on their maiden flight. Investors know that, and they’ve priced it in.”
Q direct Rāwiri Te Maro :: “The hard part isn’t raising the money. It’s the first launch,”
Q direct Rāwiri Te Maro :: “Historically, close to half of all new rockets fail on their maiden flight. Investors know that, and they’ve priced it in.”
F fraction half
> Kōtare is targeting a launch window that opens on December 4. Rangihuna would not say how much of the new money would go to the first flight, but said the company had enough cash to operate until the end of 2030 even if the launch failed.
O company Kōtare
F date December 4
P partial Rangihuna
F date 2030
'''

ARTICLES['125-manitoba-measles-outbreak'] = r'''
> Manitoba
L region Manitoba
> Measles cases in southern Manitoba climb to 61 as province urges shots before summer camps
L region Manitoba
F number 61
> 14 new cases confirmed in past week, most of them in unvaccinated children
F number 14
> Jasmine Ducharme · CBC News · Posted: Jun 05, 2028 5:00 AM CDT | Last Updated: June 5
P full Jasmine Ducharme
O media CBC News
F date Jun 05, 2028
F time 5:00 AM CDT
F date June 5
> A public health nurse prepares a dose of vaccine at a walk-in clinic in Winkler, Man., last week. (Tyson Koschik/CBC)
L city Winkler
L region Man.
P full Tyson Koschik
O media CBC
> Manitoba has confirmed 14 new cases of measles in the past week, bringing the total in an outbreak centred in the province's south to 61, the chief provincial public health officer said Monday.
L region Manitoba
F number 14
F number 61
> Dr. Karen Fehr told reporters at the Manitoba Legislative Building that 52 of the cases are in the area served by Southern Health-Santé Sud, with the rest in Winnipeg and the Interlake. Of the 61 people infected, 47 were not vaccinated and 38 are children under 12.
P full Karen Fehr
L facility Manitoba Legislative Building
F number 52
O government Southern Health-Santé Sud
L city Winnipeg
L region Interlake
F number 61
F number 47
F number 38
F age 12
> Six people have been admitted to hospital, including an eight-month-old baby, and one remains in intensive care, Fehr said.
F number Six
F age eight-month-old
F number one
P partial Fehr
> "Measles is one of the most contagious diseases we know of. If one person has it, up to nine out of 10 people around them who aren't protected will catch it," she said. "Vaccination is the only thing that stops it."
Q direct Karen Fehr :: "Measles is one of the most contagious diseases we know of. If one person has it, up to nine out of 10 people around them who aren't protected will catch it,"
F number +1 one
F number nine
F number 10
Q direct Karen Fehr :: "Vaccination is the only thing that stops it."
> Two-dose vaccine coverage among children aged seven in Southern Health-Santé Sud was 71 per cent in 2027, compared with 88 per cent across Manitoba, according to provincial data.
F number Two
F age seven
O government Southern Health-Santé Sud
F percent 71 per cent
F date 2027
F percent 88 per cent
L region Manitoba
> The outbreak is the province's largest since measles was declared eliminated in Canada in 1998. It began in March, when an unvaccinated teenager returned from a trip to Mexico, according to Manitoba Health.
L country Canada
F date 1998
L country Mexico
O government Manitoba Health
> Walk-in clinics will run from 9 a.m. to 7 p.m. daily this week at the Winkler Centennial Arena and at the Clearspring Centre in Steinbach. No appointment or health card is needed, and the shots are free.
F time 9 a.m.
F time 7 p.m.
L facility Winkler Centennial Arena
L facility Clearspring Centre
L city Steinbach
> Manitoba Health has added three locations to its list of public exposure sites: a Walmart in Morden on May 29, the emergency department at Boundary Trails Health Centre on May 30, and WestJet Flight 317 from Calgary to Winnipeg on May 27.
O government Manitoba Health
F number three
O company Walmart
L city Morden
F date May 29
O other Boundary Trails Health Centre
F date May 30
O company WestJet
L city Calgary
L city Winnipeg
F date May 27
> Dr. Pieter Giesbrecht, a family physician in Winkler, said his clinic had given more than 400 first doses to children and adults since April. Many of the parents who come in, he said, had been hesitant for years.
P full Pieter Giesbrecht
L city Winkler
F number 400
> "A lot of them tell me the same thing: they weren't against vaccines, they just never got around to it, and then COVID made everything feel political," Giesbrecht told CBC News. "Now they're seeing kids from their own church in hospital, and that changes the conversation.
Q direct Pieter Giesbrecht :: "A lot of them tell me the same thing: they weren't against vaccines, they just never got around to it, and then COVID made everything feel political,"
P partial Giesbrecht
O media CBC News
Q direct Pieter Giesbrecht :: "Now they're seeing kids from their own church in hospital, and that changes the conversation.
> "We're not going to shame anybody. We're going to give them the shot and answer their questions."
Q direct Pieter Giesbrecht :: "We're not going to shame anybody. We're going to give them the shot and answer their questions."
> Manitoba Health said in a statement that summer camps have been asked to check immunization records before campers arrive on July 1. "Campers who are not immunized and who are exposed to measles will be asked to stay home for 21 days," the statement said.
O government Manitoba Health
F date July 1
Q direct Manitoba Health :: "Campers who are not immunized and who are exposed to measles will be asked to stay home for 21 days,"
F duration 21 days
> Symptoms include a fever above 38.5 C, a cough, a runny nose and red, watery eyes, followed three to seven days later by a rash that starts on the face. They usually appear seven to 21 days after exposure.
F quantity 38.5 C
F duration three
F duration seven days
F duration seven
F duration 21 days
> The Public Health Agency of Canada (PHAC) says two doses of the measles, mumps and rubella vaccine are about 97 per cent effective at preventing infection.
O government Public Health Agency of Canada
O government PHAC
F number two
F percent 97 per cent
> Fehr said she expected more cases. "We are not at the peak yet. I'd rather say that now and be wrong in two weeks," she said.
P partial Fehr
Q direct Karen Fehr :: "We are not at the peak yet. I'd rather say that now and be wrong in two weeks,"
F duration two weeks
'''

ARTICLES['126-chablis-frost-vineyards'] = r'''
> 'Everything is black': late frost devastates Chablis vineyards
Q direct Hugo Lecerf :: 'Everything is black'
L region Chablis
> By Clemence AUBERTIN
P full Clemence AUBERTIN
> Issued on: 19/04/2028 - 14:05
F date 19/04/2028
F time 14:05
> Winegrower Hugo Lecerf inspects frost-damaged buds in his vineyard near Prehy, in the Chablis area, on April 18, 2028. © Arnaud FINISTRE / AFP
P full Hugo Lecerf
L city Prehy
L region Chablis
F date April 18, 2028
P full Arnaud FINISTRE
O media AFP
> Chablis (France) (AFP) - Winegrowers in Burgundy's Chablis area counted their losses on Wednesday after a hard frost blackened young shoots across thousands of hectares of vines, destroying up to 80 percent of the buds in the worst-hit plots.
L city Chablis
L country France
O media AFP
L region Burgundy
L region Chablis
F percent 80 percent
> Temperatures fell to minus 6C (21F) before dawn on Tuesday, according to national weather service Meteo-France, after an unusually warm March had pushed the vines into early growth. Growers call it a "black frost": a dry, windless cold that kills the buds without leaving any ice on them.
F quantity minus 6C
F quantity 21F
O government Meteo-France
Q scare - :: "black frost"
> "Everything is black. You walk between the rows and it crunches under your feet," said Hugo Lecerf, 44, who farms 18 hectares near the village of Prehy. "In 2021 we lost half the harvest. This year it could be worse."
Q direct Hugo Lecerf :: "Everything is black. You walk between the rows and it crunches under your feet,"
P full Hugo Lecerf
F age 44
F quantity 18 hectares
L city Prehy
Q direct Hugo Lecerf :: "In 2021 we lost half the harvest. This year it could be worse."
F date 2021
F fraction half
> Growers spent Monday and Tuesday nights lighting paraffin candles between the rows and running wind machines to stir warmer air down onto the vines. Lecerf said each hectare needed around 300 candles, at about 12 euros apiece.
P partial Lecerf
F number 300
F money 12 euros
> "It costs 3,600 euros a night per hectare, and on some plots it did nothing," he said.
Q direct Hugo Lecerf :: "It costs 3,600 euros a night per hectare, and on some plots it did nothing,"
F money 3,600 euros
> The Bourgogne Wine Board (BIVB), the region's trade body, said it was too early to estimate losses but that the frost had hit "all the northern vineyards, from Auxerre to Tonnerre", with Chablis the worst affected.
O nonprofit Bourgogne Wine Board
O nonprofit BIVB
Q direct Bourgogne Wine Board :: "all the northern vineyards, from Auxerre to Tonnerre"
L city Auxerre
L city Tonnerre
L region Chablis
> Chablis, the northernmost of Burgundy's wine areas, covers around 5,800 hectares and is known for white wines made from the Chardonnay grape.
L region Chablis
L region Burgundy
F quantity 5,800 hectares
> Sophie Gautherot, who runs Domaine Gautherot with her brother in the village of Fleys, said the frost had struck just as the buds were opening.
P full Sophie Gautherot
O company Domaine Gautherot
L city Fleys
> "Two weeks ago I was happy. The vines were beautiful, they were early, and that was exactly the problem," she told AFP. "Once the bud has opened, minus two is enough to kill it. We had minus six."
Q direct Sophie Gautherot :: "Two weeks ago I was happy. The vines were beautiful, they were early, and that was exactly the problem,"
F duration Two weeks
O media AFP
Q direct Sophie Gautherot :: "Once the bud has opened, minus two is enough to kill it. We had minus six."
F number minus two
F number minus six
> Scientists say climate change is making spring frosts more damaging, not less: milder winters bring budburst forward by two to three weeks, leaving tender shoots exposed to the cold snaps that still arrive in April.
F duration two
F duration three weeks
> Nadia Berthier, an agricultural economist at the University of Burgundy in Dijon, said only about a third of French vineyard area was insured against frost and hail, because premiums had risen sharply after repeated claims.
P full Nadia Berthier
O education University of Burgundy
L city Dijon
F fraction a third
> "Many small growers simply cannot afford it. After 2016, 2021 and now this, some of them will not survive," she said.
Q direct Nadia Berthier :: "Many small growers simply cannot afford it. After 2016, 2021 and now this, some of them will not survive,"
F date 2016
F date 2021
> France's agriculture ministry said it would send inspectors to assess the damage next week, the first step towards compensation under the national agricultural disaster scheme.
L country France
> The April 2021 frost, the worst in a generation, hit vineyards from Champagne to the Rhone valley and cut the country's wine output to its lowest level since 1957, according to the ministry.
F date April 2021
L region Champagne
L geo Rhone
F date 1957
> Bulk wine prices in the area had already risen 15 percent since 2023 after a run of small harvests, according to Auxerre broker Maison Ravier, which said buyers had started calling on Tuesday.
F percent 15 percent
F date 2023
L city Auxerre
O company Maison Ravier
> "Nobody knows how much wine there will be. And when nobody knows, prices go up," said the firm's director, Etienne Ravier.
Q direct Etienne Ravier :: "Nobody knows how much wine there will be. And when nobody knows, prices go up,"
P full Etienne Ravier
> cla/lm/gv
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
