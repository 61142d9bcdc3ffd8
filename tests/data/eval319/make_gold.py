#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval319 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval319/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1957-abuja-kaduna-highway-kidnappings-katari-rijana-nurtw-premium-times'] = r'''
> North-West
L region North-West
> Gunmen abduct 23 passengers on Abuja–Kaduna highway as attacks reach 14 in five months
F number 23
L city Abuja
L city Kaduna
F number 14
F duration five months
> Police say nine victims have been rescued, while transporters threaten to pull night buses off the 160-kilometre road.
F number nine
F quantity 160-kilometre
> By Salisu Bala Gwantu
P full Salisu Bala Gwantu
> May 22, 2041
F date May 22, 2041
> A commercial bus abandoned near Katari on the Kaduna-Abuja Expressway on Wednesday. [PHOTO: SALISU BALA GWANTU/PREMIUM TIMES]
L city Katari
L street Kaduna-Abuja Expressway
P full SALISU BALA GWANTU
O media PREMIUM TIMES
> Gunmen on Tuesday night abducted 23 passengers from three commercial buses near Katari, a village about 62 kilometres from Kaduna on the Abuja–Kaduna highway, the Kaduna State Police Command has confirmed.
F number 23
F number three
L city Katari
F quantity 62 kilometres
L city Kaduna
L city Abuja
L city Kaduna
O government Kaduna State Police Command
> The attack, which happened at about 9:40 p.m., is the 14th on the road since January, according to a PREMIUM TIMES tally. At least 112 travellers have been kidnapped on the highway in 2041, and four have been killed.
F time 9:40 p.m.
O media PREMIUM TIMES
F number 112
F date 2041
F number four
> The command’s spokesperson, ASP Zubairu Tanko-Adamu, said on Wednesday that operatives of the command’s Anti-Kidnapping Unit had rescued nine of the victims in the Kakau forest, about 4km off the road.
P full Zubairu Tanko-Adamu
O government Anti-Kidnapping Unit
F number nine
L geo Kakau
F quantity 4km
> “The remaining 14 victims are still with the hoodlums, and our men are on their trail. We appeal to the families not to pay any ransom,” Mr Tanko-Adamu said.
Q direct Zubairu Tanko-Adamu :: “The remaining 14 victims are still with the hoodlums, and our men are on their trail. We appeal to the families not to pay any ransom,”
F number 14
P partial Tanko-Adamu
> One of those rescued, Temitope Olasehinde-Bakare, a 41-year-old cloth trader from Ibadan, told PREMIUM TIMES that about 30 gunmen blocked the road with a burnt-out lorry and opened fire on the first bus.
P full Temitope Olasehinde-Bakare
F age 41-year-old
L city Ibadan
O media PREMIUM TIMES
F number 30
> “They marched us into the bush for about five hours. One of them kept saying, ‘Your people must bring N50 million or you will sleep here forever.’ We slept on bare ground for two nights,” she said.
Q direct Temitope Olasehinde-Bakare :: “They marched us into the bush for about five hours. One of them kept saying, ‘Your people must bring N50 million or you will sleep here forever.’ We slept on bare ground for two nights,”
F duration five hours
F money N50 million
F duration two nights
> “On the second day they released me because I could not walk. I do not know what happened to the other women on my bus.
Q direct Temitope Olasehinde-Bakare :: “On the second day they released me because I could not walk. I do not know what happened to the other women on my bus.
> “There were two of them from Kano and one girl from Zaria who was going to write her exams in Abuja,” Mrs Olasehinde-Bakare added.
Q direct Temitope Olasehinde-Bakare :: “There were two of them from Kano and one girl from Zaria who was going to write her exams in Abuja,”
F number two
L city Kano
F number one
L city Zaria
L city Abuja
P partial Olasehinde-Bakare
> Relatives of two other victims, who asked not to be named, said the kidnappers had since reduced their demand to ₦2.5 million per person, payable in cash within 72 hours.
F number two
F money ₦2.5 million
F duration 72 hours
> The Kaduna State chairman of the National Union of Road Transport Workers (NURTW), Alhaji Garba Sule Ikara, said drivers at the Mando motor park would stop night trips to Abuja from Monday unless security improved.
L region Kaduna State
O nonprofit National Union of Road Transport Workers
O nonprofit NURTW
P full Garba Sule Ikara
L facility Mando
L city Abuja
> “Since January we have lost 11 drivers and 19 vehicles on that road, and nobody has paid us a single kobo. If government cannot guarantee their safety after 6 p.m., we will park,” Mr Ikara said.
Q direct Garba Sule Ikara :: “Since January we have lost 11 drivers and 19 vehicles on that road, and nobody has paid us a single kobo. If government cannot guarantee their safety after 6 p.m., we will park,”
F number 11
F number 19
F time 6 p.m.
P partial Ikara
> Reacting, the Senior Special Assistant to the Governor on Media and Publicity, Hauwa’u Lamido Kasim, said the state government had deployed 40 new patrol vehicles along the corridor and was “not sleeping” over the attacks.
P full Hauwa’u Lamido Kasim
F number 40
Q direct Hauwa’u Lamido Kasim :: “not sleeping”
> She said the federal government had also agreed to restore three daily trips on the Abuja–Kaduna train service from June 1, adding: “Kaduna is not a war zone. The highway carries more than 20,000 vehicles a day, and most of them arrive safely.”
F number three
L city Abuja
L city Kaduna
F date June 1
Q direct Hauwa’u Lamido Kasim :: “Kaduna is not a war zone. The highway carries more than 20,000 vehicles a day, and most of them arrive safely.”
L region Kaduna
F number 20,000
> A senior official at the Rigasa train station in Kaduna, who spoke on condition of anonymity, said bookings had “tripled” since the latest attack. A one-way ticket now costs N9,500, up from N6,000 in March.
L facility Rigasa
L city Kaduna
Q direct - :: “tripled”
F money N9,500
F money N6,000
> In Jere and Rijana, where many of the attacks have taken place, residents now call the stretch between the two villages “the valley of tears”.
L city Jere
L city Rijana
F number two
Q scare - :: “the valley of tears”
'''

ARTICLES['1958-ontario-rent-control-bill-fair-rent-act-scarborough-tenants-toronto-star'] = r'''
> Politics
> Ontario to cap rent hikes on newer units at 2.5 per cent as Queen’s Park tables Fair Rent Act
L region Ontario
F percent 2.5 per cent
O government Queen’s Park
> Housing Minister Deepa Rainville-Osei says the bill would protect tenants in about 410,000 apartments built since 2036. Landlords warn it will stall construction.
P full Deepa Rainville-Osei
F number 410,000
F date 2036
> By Ruth Tessaro-Nakamura Housing Reporter
P full Ruth Tessaro-Nakamura
> Tue., May 14, 2041 • 5 min. read
F date May 14, 2041
F duration 5 min.
> Marisol Abeywickrama in her Scarborough apartment on Kingston Rd., where her rent has climbed to $2,450 a month. Devon Achterberg Toronto Star
P full Marisol Abeywickrama
L city Scarborough
L street Kingston Rd.
F money $2,450
P full Devon Achterberg
O media Toronto Star
> Ontario will cap annual rent increases on apartments first occupied after 2036 at 2.5 per cent, closing an exemption that tenant groups say has let some landlords raise rents by 20 per cent or more in a single year.
L region Ontario
F date 2036
F percent 2.5 per cent
F percent 20 per cent
> Housing Minister Deepa Rainville-Osei (Ottawa West—Nepean) tabled the Fair Rent Act, 2041 — known as Bill 84 — at Queen’s Park on Monday. If passed, it would take effect Jan. 1, 2042, and apply to about 410,000 units across the province, 138,000 of them in Toronto.
P full Deepa Rainville-Osei
L region Ottawa West—Nepean
O government Queen’s Park
F date Jan. 1, 2042
F number 410,000
F number 138,000
L city Toronto
> “People who moved into a new building in 2037 deserve the same protection as their neighbours across the street,” Rainville-Osei told reporters. “A rent increase should not be a lottery ticket.”
Q direct Deepa Rainville-Osei :: “People who moved into a new building in 2037 deserve the same protection as their neighbours across the street,”
F date 2037
P partial Rainville-Osei
Q direct Deepa Rainville-Osei :: “A rent increase should not be a lottery ticket.”
> She said new purpose-built rentals would still be exempt for their first five years after occupancy, a grace period she called a “runway” for builders.
F duration five years
Q direct Deepa Rainville-Osei :: “runway”
> The Federation of Ontario Tenant Unions (FOTU), which says it represents 62 tenant unions with 18,000 members, welcomed the bill but said it does nothing about “renovictions” or the above-guideline increases that landlords can seek from the Landlord and Tenant Board (LTB).
O nonprofit Federation of Ontario Tenant Unions
O nonprofit FOTU
F number 62
F number 18,000
Q scare - :: “renovictions”
O government Landlord and Tenant Board
O government LTB
> “This closes the front door and leaves the back door wide open,” said Kwabena Adjei-Marsh, FOTU’s lead organizer. “Last year the LTB approved increases of up to 9 per cent for buildings that replaced a boiler. You don’t get that money back when the boiler is paid off.”
Q direct Kwabena Adjei-Marsh :: “This closes the front door and leaves the back door wide open,”
P full Kwabena Adjei-Marsh
O nonprofit FOTU
Q direct Kwabena Adjei-Marsh :: “Last year the LTB approved increases of up to 9 per cent for buildings that replaced a boiler. You don’t get that money back when the boiler is paid off.”
O government LTB
F percent 9 per cent
> In Scarborough, Marisol Abeywickrama, 58, pays $2,450 per month for a two-bedroom unit on Kingston Rd. that rented for $1,780 when she moved in four years ago. Her building, finished in 2037, falls under the exemption.
L city Scarborough
P full Marisol Abeywickrama
F age 58
F money $2,450
F number two
L street Kingston Rd.
F money $1,780
F duration four years
F date 2037
> “Every spring I open the letter from the property manager with my hands shaking. This year it was 11 per cent. My son said, ‘Mom, just move in with us in Brampton,’ but I have lived in Scarborough for 30 years.
Q direct Marisol Abeywickrama :: “Every spring I open the letter from the property manager with my hands shaking. This year it was 11 per cent. My son said, ‘Mom, just move in with us in Brampton,’ but I have lived in Scarborough for 30 years.
F percent 11 per cent
L city Brampton
L city Scarborough
F duration 30 years
> “I want to see how my MPP in Scarborough—Guildwood votes on this,” she said.
Q direct Marisol Abeywickrama :: “I want to see how my MPP in Scarborough—Guildwood votes on this,”
L region Scarborough—Guildwood
> The Federation of Rental-housing Providers of Ontario (FRPO), which represents landlords and property managers, said in a statement that the bill would “freeze the cranes” and push investors to Alberta. It said rental starts in the province fell 14 per cent last year, to 21,300 units.
O nonprofit Federation of Rental-housing Providers of Ontario
O nonprofit FRPO
Q direct Federation of Rental-housing Providers of Ontario :: “freeze the cranes”
L region Alberta
F percent 14 per cent
F number 21,300
> NDP housing critic Tariq Benoit-Hallett (Hamilton Centre) said the cap was “a start” but called for vacancy control, which would stop landlords from raising rents between tenants. The Ontario Liberals said they would support the bill at second reading.
P full Tariq Benoit-Hallett
L region Hamilton Centre
Q direct Tariq Benoit-Hallett :: “a start”
O party Ontario Liberals
> A second bill, promised for the fall, would require landlords to list every unit in a public rent registry. Rainville-Osei said it would be tabled “before the snow flies.”
P partial Rainville-Osei
Q direct Deepa Rainville-Osei :: “before the snow flies.”
'''

ARTICLES['1959-larkspur-forge-layoffs-tidebreaker-delay-guildford-iwgb-eurogamer'] = r'''
> News
> Tidebreaker studio Larkspur Forge lays off 87 staff as game slips to 2042
O company Larkspur Forge
F number 87
F date 2042
> Publisher Halvorsen Interactive calls the delay “the right call”, but the union says developers are paying for management’s mistakes.
O company Halvorsen Interactive
Q direct Halvorsen Interactive :: “the right call”
> by Aoife Kettleborough, News Reporter
P full Aoife Kettleborough
> Published on 9 October 2041
F date 9 October 2041
> Tidebreaker, an open-world sailing game, is now due in spring 2042. | Image credit: Larkspur Forge/Halvorsen Interactive
F date 2042
O company Larkspur Forge
O company Halvorsen Interactive
> Guildford-based Larkspur Forge has laid off 87 of its 212 staff, just over 40 per cent of the studio, two weeks after its debut console game Tidebreaker was delayed for a second time.
L city Guildford
O company Larkspur Forge
F number 87
F number 212
F percent 40 per cent
F duration two weeks
> The studio confirmed the cuts to Eurogamer on Wednesday. Tidebreaker, first shown at Gamescom in 2039, was due on PS5, Xbox Series X and PC on 16th October. It will now launch “in spring 2042”, according to publisher Halvorsen Interactive, which is funding the £41m project.
O media Eurogamer
F date 2039
F date 16th October
Q direct Halvorsen Interactive :: “in spring 2042”
F date 2042
O company Halvorsen Interactive
F money £41m
> In a post on LinkedIn, studio head Imogen Threlfall-Achebe called it “the hardest day of my career”.
O company LinkedIn
P full Imogen Threlfall-Achebe
Q direct Imogen Threlfall-Achebe :: “the hardest day of my career”
> “We built a studio of 212 people for a game that needed 212 people. When the ship date moved, the money didn’t move with it,” Threlfall-Achebe wrote. “Everyone affected gets six months’ pay, their equipment and a reference from me personally.
Q direct Imogen Threlfall-Achebe :: “We built a studio of 212 people for a game that needed 212 people. When the ship date moved, the money didn’t move with it,”
F number 212
F number 212
P partial Threlfall-Achebe
Q direct Imogen Threlfall-Achebe :: “Everyone affected gets six months’ pay, their equipment and a reference from me personally.
F duration six months
> “I know that is not enough. I am sorry.”
Q direct Imogen Threlfall-Achebe :: “I know that is not enough. I am sorry.”
> Organisers at IWGB Game Workers, the games branch of the Independent Workers’ Union of Great Britain, said at least 30 of those laid off were union members and that the studio had ignored a request for collective consultation.
O nonprofit IWGB Game Workers
O nonprofit Independent Workers’ Union of Great Britain
F number 30
> “Under UK law, a company cutting 20 or more jobs has to consult for 30 days first. Larkspur gave people a 15-minute Teams call and a PDF,” said organiser Callum Mbeki-Rourke. “Staff crunched for 14 months to hit a date that management then moved. Now they’re being told it’s ‘a market correction’.”
Q direct Callum Mbeki-Rourke :: “Under UK law, a company cutting 20 or more jobs has to consult for 30 days first. Larkspur gave people a 15-minute Teams call and a PDF,”
L country UK
F number 20
F duration 30 days
O company Larkspur
F duration 15-minute
P full Callum Mbeki-Rourke
Q direct Callum Mbeki-Rourke :: “Staff crunched for 14 months to hit a date that management then moved. Now they’re being told it’s ‘a market correction’.”
F duration 14 months
> In a statement, Austin, Texas-based Halvorsen Interactive said it “remains fully committed” to Tidebreaker and had agreed to fund the extra development time. It declined to say how much, but two people familiar with the budget put the extension at around $9 million.
L city Austin
L region Texas
O company Halvorsen Interactive
Q direct Halvorsen Interactive :: “remains fully committed”
F number two
F money $9 million
> A developer who was laid off, and who asked not to be named because their severance agreement had not yet been signed, told Eurogamer the second delay had been known internally since June.
O media Eurogamer
> “Everyone on the ship team knew we weren’t making October. We said so in March. Leadership kept the date because of the ‘Halvorsen milestone payment’, and the people who warned them are the ones who got cut,” they said.
Q direct - :: “Everyone on the ship team knew we weren’t making October. We said so in March. Leadership kept the date because of the ‘Halvorsen milestone payment’, and the people who warned them are the ones who got cut,”
O company Halvorsen
> Larkspur Forge was founded in 2036 by former Criterion and Playground Games developers and grew from 35 people to 212 in five years. Its first game, the racing title Drift Harbour, sold 1.4 million copies on PC.
O company Larkspur Forge
F date 2036
O company Criterion
O company Playground Games
F number 35
F number 212
F duration five years
F number 1.4 million
> Pre-orders for Tidebreaker, priced at £59.99 / $69.99, remain open. Eurogamer has asked Halvorsen Interactive whether the price will change.
F money £59.99
F money $69.99
O media Eurogamer
O company Halvorsen Interactive
'''

ARTICLES['1960-imf-third-review-tranche-revenue-gap-sbp-jodia-bazaar-dawn'] = r'''
> Business
> IMF wraps up review; $1.1bn tranche hinges on Rs600bn revenue gap
O intergovernmental IMF
F money $1.1bn
F money Rs600bn
> Finance minister expects staff-level agreement ‘within days’; SBP holds policy rate at 11pc as inflation eases to 7.4pc
Q direct Sarmad Ilyas Bhutta :: ‘within days’
O government SBP
F percent 11pc
F percent 7.4pc
> Mehreen Aftab Kazmi Published April 17, 2041 Updated about 5 hours ago
P full Mehreen Aftab Kazmi
F date April 17, 2041
F duration 5 hours
> Finance Minister Sarmad Ilyas Bhutta speaks to reporters in Islamabad on Wednesday. — Photo by Rizwan Ali Phulpoto / White Star
P full Sarmad Ilyas Bhutta
L city Islamabad
P full Rizwan Ali Phulpoto
O media White Star
> ISLAMABAD: The International Monetary Fund (IMF) ended its third review of Pakistan’s $8.4bn Extended Fund Facility on Wednesday without a staff-level agreement, leaving the release of a $1.1bn tranche dependent on the government closing a revenue shortfall of about Rs600 billion.
L city ISLAMABAD
O intergovernmental International Monetary Fund
O intergovernmental IMF
L country Pakistan
F money $8.4bn
F money $1.1bn
F money Rs600 billion
> In a statement issued at the end of its two-week visit, the IMF said “significant progress” had been made, but that the Federal Board of Revenue (FBR) was on course to miss its Rs14.2 trillion target for 2040-41 by a wide margin.
F duration two-week
O intergovernmental IMF
Q direct International Monetary Fund :: “significant progress”
O government Federal Board of Revenue
O government FBR
F money Rs14.2 trillion
F date 2040-41
> “Discussions will continue virtually, with a focus on measures to broaden the tax base and to clear energy-sector arrears,” the Fund said.
Q direct International Monetary Fund :: “Discussions will continue virtually, with a focus on measures to broaden the tax base and to clear energy-sector arrears,”
O intergovernmental Fund
> Finance Minister Sarmad Ilyas Bhutta told a news conference that the gap would be closed through new taxes on retailers and property, and that a staff-level agreement was expected “within days”.
P full Sarmad Ilyas Bhutta
Q direct Sarmad Ilyas Bhutta :: “within days”
> “We are not going to the Fund with a begging bowl. We are going with numbers,” Mr Bhutta said. “Retailers in Karachi, Lahore and Faisalabad will pay Rs85bn more this year, and nobody earning less than Rs100,000 a month will pay a rupee extra.”
Q direct Sarmad Ilyas Bhutta :: “We are not going to the Fund with a begging bowl. We are going with numbers,”
O intergovernmental Fund
P partial Bhutta
Q direct Sarmad Ilyas Bhutta :: “Retailers in Karachi, Lahore and Faisalabad will pay Rs85bn more this year, and nobody earning less than Rs100,000 a month will pay a rupee extra.”
L city Karachi
L city Lahore
L city Faisalabad
F money Rs85bn
F money Rs100,000
> Separately, the State Bank of Pakistan (SBP) said its Monetary Policy Committee had kept the policy rate unchanged at 11pc for a third straight meeting. Headline inflation eased to 7.4pc in March from 8.1pc in February, the Pakistan Bureau of Statistics said last week.
O government State Bank of Pakistan
O government SBP
O government Monetary Policy Committee
F percent 11pc
F percent 7.4pc
F percent 8.1pc
O government Pakistan Bureau of Statistics
> In its statement, the central bank said foreign exchange reserves stood at $13.6bn, enough for about 2.4 months of imports, and warned that “risks from the external side remain elevated”.
F money $13.6bn
F duration 2.4 months
Q direct State Bank of Pakistan :: “risks from the external side remain elevated”
> Dr Nighat Sultana Paracha, who teaches economics at the Institute of Business Administration in Karachi, said the country was watching “the same film we have watched 26 times”, a reference to the number of IMF programmes it has signed.
P full Nighat Sultana Paracha
O education Institute of Business Administration
L city Karachi
Q direct Nighat Sultana Paracha :: “the same film we have watched 26 times”
F number 26
O intergovernmental IMF
> “Every review we promise to tax retailers and agriculture, and every budget we exempt them. The tranche will come, because the Fund does not want a default either, but the rupee is already at Rs312 to the dollar in the open market,” she said.
Q direct Nighat Sultana Paracha :: “Every review we promise to tax retailers and agriculture, and every budget we exempt them. The tranche will come, because the Fund does not want a default either, but the rupee is already at Rs312 to the dollar in the open market,”
O intergovernmental Fund
F money Rs312
> The Fund has also asked the four provinces to post a combined cash surplus of Rs1.1 trillion this fiscal year. A spokesman for the Sindh government said the province would “do its part” but could not cut its flood reconstruction budget.
O intergovernmental Fund
F number four
F money Rs1.1 trillion
L region Sindh
Q direct - :: “do its part”
> At Karachi’s Jodia Bazaar, wholesale rice and pulses trader Haji Abdul Ghafoor Rajput said importers were already struggling to open letters of credit.
L city Karachi
L facility Jodia Bazaar
P full Abdul Ghafoor Rajput
> “My supplier in Dubai now wants 30pc upfront, in dollars. A container of masoor that cost Rs4.8 million last Ramazan costs Rs6.1m today,” he said. “Whether the IMF says yes or no, the bazaar pays first.”
Q direct Abdul Ghafoor Rajput :: “My supplier in Dubai now wants 30pc upfront, in dollars. A container of masoor that cost Rs4.8 million last Ramazan costs Rs6.1m today,”
L city Dubai
F percent 30pc
F money Rs4.8 million
F money Rs6.1m
Q direct Abdul Ghafoor Rajput :: “Whether the IMF says yes or no, the bazaar pays first.”
O intergovernmental IMF
> A finance ministry official, speaking on condition of anonymity, said the Fund had also asked for a Rs2 per unit increase in electricity tariffs from July 1, which the government was “resisting for now”.
O intergovernmental Fund
F money Rs2
F date July 1
Q direct - :: “resisting for now”
> Published in Dawn, April 17th, 2041
O media Dawn
F date April 17th, 2041
'''

ARTICLES['1961-masters-final-round-augusta-national-ancizar-okafor-rushworth-upi'] = r'''
> Sports News
> Teodoro Ancízar shoots 4-under 68, wins Masters by one stroke
P full Teodoro Ancízar
F score 4-under
F score 68
F number one
> By Garrett Holloway-Pruitt
P full Garrett Holloway-Pruitt
> April 14, 2041 / 7:48 PM
F date April 14, 2041
F time 7:48 PM
> Teodoro Ancízar of Colombia celebrates on the 18th green after winning the 2041 Masters at Augusta National Golf Club in Augusta, Ga., on Sunday. Photo by Kendra Vasquez-Lowe/UPI | License Photo
P full Teodoro Ancízar
L country Colombia
F date 2041
L facility Augusta National Golf Club
L city Augusta
L region Ga.
P full Kendra Vasquez-Lowe
O media UPI
> April 14 (UPI) -- Teodoro Ancízar made a 14-foot birdie putt on the 16th hole and closed with a 4-under-par 68 on Sunday to win the Masters by one stroke at Augusta National, becoming the first Colombian to win a men's major championship.
F date April 14
O media UPI
P full Teodoro Ancízar
F quantity 14-foot
F score 4-under-par
F score 68
F number one
L facility Augusta National
> Ancízar, 29, finished at 12-under 276 and earned $4.5 million from the $25 million purse. Brantley Okafor, who birdied three of the last four holes, shot 67 and finished alone in second at 11 under. Japan's Haruki Sonobe was third at 9 under after a 70.
P partial Ancízar
F age 29
F score 12-under
F score 276
F money $4.5 million
F money $25 million
P full Brantley Okafor
F number three
F number four
F score 67
F score 11 under
L country Japan
P full Haruki Sonobe
F score 9 under
F score 70
> "I have watched this tournament since I was 6, at my grandfather's house in Medellín, at 2 a.m. with the sound turned down," Ancízar said. "He used to tell me, 'One day you will walk up that hill.' Today I walked up it for him."
Q direct Teodoro Ancízar :: "I have watched this tournament since I was 6, at my grandfather's house in Medellín, at 2 a.m. with the sound turned down,"
F age 6
L city Medellín
F time 2 a.m.
P partial Ancízar
Q direct Teodoro Ancízar :: "He used to tell me, 'One day you will walk up that hill.' Today I walked up it for him."
> Ancízar began the day three shots behind 54-hole leader Declan Rushworth of England, who had led by three after a third-round 65. Rushworth bogeyed the first and third holes, found Rae's Creek with his tee shot at the par-3 12th and made a triple-bogey 6 on his way to a 75 and fourth place.
P partial Ancízar
F number three
F number 54
P full Declan Rushworth
L country England
F number three
F score 65
P partial Rushworth
L geo Rae's Creek
F score par-3
F score 6
F score 75
> "I didn't lose it on 12. I lost it on the first tee, when I started thinking about the jacket," Rushworth, 34, said. "That's golf. You get 72 holes and I played 54 of them well."
Q direct Declan Rushworth :: "I didn't lose it on 12. I lost it on the first tee, when I started thinking about the jacket,"
P partial Rushworth
F age 34
Q direct Declan Rushworth :: "That's golf. You get 72 holes and I played 54 of them well."
F number 72
F number 54
> Ancízar drew level at the par-5 15th, where he hit a 212-yard 6-iron to 8 feet and made eagle to reach 11 under, then took the lead for good with his birdie at 16. He saved par from a greenside bunker on 17 and two-putted from 40 feet on the 18th.
P partial Ancízar
F score par-5
F quantity 212-yard
F quantity 8 feet
F score 11 under
F number two
F quantity 40 feet
> Okafor, a former Georgia Tech player who grew up 150 miles away in Macon, Ga., posted the clubhouse lead with 45 minutes of play left. "I thought 11 might be enough. Then I watched him hit that iron on 15 and I knew it wasn't," he said.
P partial Okafor
O team Georgia Tech
F quantity 150 miles
L city Macon
L region Ga.
F duration 45 minutes
Q direct Brantley Okafor :: "I thought 11 might be enough. Then I watched him hit that iron on 15 and I knew it wasn't,"
F score 11
> The runner-up finish was worth $2.7 million. Sonobe, 23, won low-amateur honors at Augusta National in 2039 and was playing his second Masters as a professional.
F money $2.7 million
P partial Sonobe
F age 23
L facility Augusta National
F date 2039
> Augusta National said a record 41,200 patrons attended the final round. Earlier in the week, the club said it would lengthen the 13th hole by 35 yards before the 2042 tournament, calling the change "a return to the original intent of the hole."
O other Augusta National
F number 41,200
F quantity 35 yards
F date 2042
Q direct Augusta National Golf Club :: "a return to the original intent of the hole."
> Defending champion Wyatt Castellanos shot 71 and tied for 14th at 3 under. Only 27 of the 54 players who made the cut finished under par.
P full Wyatt Castellanos
F score 71
F score 3 under
F number 27
F number 54
'''

ARTICLES['1962-oresund-bridge-toll-change-bropas-commuters-malmo-copenhagen-the-local-denmark'] = r'''
> TRANSPORT
> Øresund Bridge to scrap commuter discount and raise car toll to 485 kroner
L facility Øresund Bridge
F money 485 kroner
> Drivers crossing between Copenhagen and Malmö will pay more from June 1st under a new price structure announced on Thursday, and a Swedish nurse who drives across four days a week calls it "a tax on living in Sweden".
L city Copenhagen
L city Malmö
F date June 1st
F duration four days
Q direct Annika Sjöström-Bergh :: "a tax on living in Sweden"
L country Sweden
> Frederikke Holm Asmussen
P full Frederikke Holm Asmussen
> Published: 6 March 2042 09:15 CET
F date 6 March 2042
F time 09:15 CET
> Cars queue at the Lernacken toll station on the Swedish side of the Øresund Bridge. Photo: Mads Kjærgaard Lund/Ritzau Scanpix
L facility Lernacken
L facility Øresund Bridge
P full Mads Kjærgaard Lund
O media Ritzau Scanpix
> Øresundsbro Konsortiet, the company that runs the Øresund Bridge, said on Thursday that a one-way car ticket bought at the toll station will rise from 460 kroner to 485 kroner on June 1st, while the BroPas commuter discount, which lets regular drivers cross for 199 kr a trip, will be replaced by a monthly pass costing DKK 3,950.
O company Øresundsbro Konsortiet
L facility Øresund Bridge
F money 460 kroner
F money 485 kroner
F date June 1st
F money 199 kr
F money DKK 3,950
> The consortium, which is jointly owned by the Danish and Swedish states, said the change would "simplify a pricing model that has grown too complicated" and bring in an extra 180 million kroner a year to pay down the bridge's debt, which stood at 4.1 billion kroner at the end of 2041.
Q direct Øresundsbro Konsortiet :: "simplify a pricing model that has grown too complicated"
F money 180 million kroner
F money 4.1 billion kroner
F date 2041
> About 19,600 vehicles cross the 7.8-kilometre bridge over the Sound each day, according to the consortium, and commuters alone account for some 14,500 crossings per day. More than half are Swedes who live in Skåne and work in Copenhagen.
F number 19,600
F quantity 7.8-kilometre
L geo Sound
F number 14,500
F fraction half
L region Skåne
L city Copenhagen
> For Annika Sjöström-Bergh, a nurse who lives in Malmö's Västra Hamnen district and drives to Rigshospitalet four days a week, the new pass means paying about 1,100 kroner more each month.
P full Annika Sjöström-Bergh
L city Malmö
L city Västra Hamnen
L facility Rigshospitalet
F duration four days
F money 1,100 kroner
> "I already pay tax in Denmark and rent in Sweden. This is a tax on living in Sweden, nothing else," she told The Local. "My colleagues from Lund have started asking about flats on Amager. If the train worked, I would take the train, but last winter mine was cancelled 31 times in one month.
Q direct Annika Sjöström-Bergh :: "I already pay tax in Denmark and rent in Sweden. This is a tax on living in Sweden, nothing else,"
L country Denmark
L country Sweden
L country Sweden
O media The Local
Q direct Annika Sjöström-Bergh :: "My colleagues from Lund have started asking about flats on Amager. If the train worked, I would take the train, but last winter mine was cancelled 31 times in one month.
L city Lund
L geo Amager
F number 31
F duration one month
> "Nobody in Copenhagen thinks about us until the nurses stop coming."
Q direct Annika Sjöström-Bergh :: "Nobody in Copenhagen thinks about us until the nurses stop coming."
L city Copenhagen
> Rasmus Ølgaard Bech, transport spokesperson for the Social Democrats, said his party would ask the Ministry of Transport to look at a cross-border discount "before the summer holidays".
P full Rasmus Ølgaard Bech
O party Social Democrats
O government Ministry of Transport
Q direct Rasmus Ølgaard Bech :: "before the summer holidays"
> "The bridge is not a motorway toll. It is the spine of the Øresund region, and we cannot price the nurses and engineers off it," Bech said.
Q direct Rasmus Ølgaard Bech :: "The bridge is not a motorway toll. It is the spine of the Øresund region, and we cannot price the nurses and engineers off it,"
L region Øresund
P partial Bech
> Åse Kragh-Thygesen, an economist at Copenhagen Business School who studies the cross-border labour market, said the bridge's own data showed that commuters were "remarkably insensitive" to price, unlike leisure travellers.
P full Åse Kragh-Thygesen
O education Copenhagen Business School
Q direct Åse Kragh-Thygesen :: "remarkably insensitive"
> "A 5 percent increase costs a Copenhagen weekend shopper nothing they will notice. A 25 percent increase for a commuter is a different matter, and the consortium knows it," she said.
Q direct Åse Kragh-Thygesen :: "A 5 percent increase costs a Copenhagen weekend shopper nothing they will notice. A 25 percent increase for a commuter is a different matter, and the consortium knows it,"
F percent 5 percent
L city Copenhagen
F percent 25 percent
> She estimated that between 800 and 1,200 commuters could switch to the ferry between Helsingborg and Helsingør or give up their Danish jobs altogether.
F number 800
F number 1,200
L city Helsingborg
L city Helsingør
> Skånetrafiken, which runs the Øresund trains together with Danish operator DSB, said in a statement that passenger numbers on the line had risen 7 percent in 2041 and that it expected "a further shift from road to rail".
O government Skånetrafiken
L geo Øresund
O company DSB
F percent 7 percent
F date 2041
Q direct Skånetrafiken :: "a further shift from road to rail"
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
