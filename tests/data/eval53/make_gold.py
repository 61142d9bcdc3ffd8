#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval53 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval53/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['361-two-borders-rail-co-op-bid-waskada-subdivision-manitoba-co-operator'] = r'''
> News
> Two Borders farmers bid to keep the Melita line running
L region Two Borders
L city Melita
> A producer co-op has until Sept. 30 to find $6.4 million for 142 kilometres of track that Souris Valley Rail says it can no longer afford to run
F date Sept. 30
F money $6.4 million
F quantity 142 kilometres
O company Souris Valley Rail
> By Kendra Hnatiuk
P full Kendra Hnatiuk
> Published: March 17, 2039
F date March 17, 2039
> A producer car waits to be loaded at the Waskada siding, one of five loading sites on the line. Photo: Kendra Hnatiuk
L city Waskada
F number five
P full Kendra Hnatiuk
> MELITA, Man. — Farmers in Manitoba’s southwest corner have six months to decide whether they want to own a railway.
L city MELITA
L region Man.
L region Manitoba
F duration six months
> Souris Valley Rail Ltd., the short line that has run trains between Lauder and Lyleton since it bought the track from CPKC in 2030, told shippers March 9 that it will end service on Sept. 30 unless a buyer takes over. It is asking $6.4 million for the 142-kilometre Waskada Subdivision, its five loading sites and two locomotives.
O company Souris Valley Rail Ltd.
L city Lauder
L city Lyleton
O company CPKC
F date 2030
F date March 9
F date Sept. 30
F money $6.4 million
F quantity 142-kilometre
L facility Waskada Subdivision
F number five
F number two
> Under the Canada Transportation Act, a railway that wants to discontinue a line must first advertise it for sale as a going concern and then offer it to governments. A group of about 40 farmers calling itself the Two Borders Rail Co-op has registered its interest and hopes to bid before the 60-day sale period closes on May 8.
F number 40
O company Two Borders Rail Co-op
F duration 60-day
F date May 8
> “There are 38 farm families who load their own cars on this line, and for a lot of them it’s the difference between making money on a crop and not,” said Darnell Wiebe, who farms near Pierson and chairs the co-op. “If the rails come out, they don’t come back.”
Q direct Darnell Wiebe :: “There are 38 farm families who load their own cars on this line, and for a lot of them it’s the difference between making money on a crop and not,”
F number 38
P full Darnell Wiebe
L city Pierson
Q direct Darnell Wiebe :: “If the rails come out, they don’t come back.”
> The line carried about 3,100 carloads in the 2037-38 crop year, roughly 290,000 tonnes of wheat, canola, durum, flax and peas, according to the company. About 40 per cent of it moved in producer cars, which farmers order and fill themselves to avoid elevator handling charges.
F number 3,100
F date 2037-38
F quantity 290,000 tonnes
F percent 40 per cent
> Wiebe, 58, said a producer car saves a farmer between $18 and $25 a tonne compared with hauling to the nearest high-throughput elevator, which for many growers is at Deloraine, about 55 km east, or across the border in North Dakota. For a farm that ships 20 cars a year, that can add up to $50,000.
P partial Wiebe
F age 58
F money $18
F money $25
L city Deloraine
F quantity 55 km
L region North Dakota
F number 20
F money $50,000
> In its letter to shippers, Souris Valley Rail said traffic on the line had fallen 22 per cent over five years while the cost of replacing ties and rail had climbed to “a level that the line’s volumes simply cannot support.”
O company Souris Valley Rail
F percent 22 per cent
F duration five years
Q direct Souris Valley Rail Ltd. :: “a level that the line’s volumes simply cannot support.”
> General manager Lorne Friesen said the 2037 and 2038 harvests in the area were both below average, and that two of the five loading sites, at Coulter and Tilston, each handled fewer than 40 cars last year.
P full Lorne Friesen
F date 2037
F date 2038
F number two
F number five
L city Coulter
L city Tilston
F number 40
> “Nobody wants to be the railroad that pulled up a line,” Friesen said. “But we’ve carried it for nine years, and we can’t carry it for a 10th.”
Q direct Lorne Friesen :: “Nobody wants to be the railroad that pulled up a line,”
P partial Friesen
Q direct Lorne Friesen :: “But we’ve carried it for nine years, and we can’t carry it for a 10th.”
F duration nine years
> Two Borders Reeve Marlene Sigurdson said council would consider a grant toward the co-op’s bid at its April 12 meeting and had written to the province asking for help.
L region Two Borders
P full Marlene Sigurdson
F date April 12
> “Every tonne that comes off the rail ends up on Highway 83 and on our municipal roads, and we don’t have the budget to rebuild them,” she said. The municipality estimates that losing the line would put 11,000 more truck trips a year on its roads.
Q direct Marlene Sigurdson :: “Every tonne that comes off the rail ends up on Highway 83 and on our municipal roads, and we don’t have the budget to rebuild them,”
L street Highway 83
F number 11,000
> Keystone Agricultural Producers (KAP) has backed the co-op. In a March 14 statement, the farm group called short lines “an essential piece of the grain-handling system in rural Manitoba” and urged Ottawa to help with the purchase.
O nonprofit Keystone Agricultural Producers
O nonprofit KAP
F date March 14
Q direct Keystone Agricultural Producers :: “an essential piece of the grain-handling system in rural Manitoba”
L region Manitoba
L city Ottawa
> A spokesperson for Manitoba Agriculture said the department was “reviewing the request” and that officials had met the co-op’s board on March 15.
O government Manitoba Agriculture
Q direct - :: “reviewing the request”
F date March 15
> Community-owned short lines already run elsewhere on the Prairies, among them Red Coat Road and Rail near Ogema, Sask., and the Great Sandhills Railway around Leader, Sask.
L region Prairies
O company Red Coat Road and Rail
L city Ogema
L region Sask.
O company Great Sandhills Railway
L city Leader
L region Sask.
> The co-op plans to raise $2.5 million by selling shares to farmers at $5,000 each and to borrow the rest. Wiebe said it had already talked to Farm Credit Canada about a loan.
F money $2.5 million
F money $5,000
P partial Wiebe
O government Farm Credit Canada
> “We’re not railroaders, but neither were the people who built the elevators in these towns,” he said. “We’ll hire people who know trains.”
Q direct Darnell Wiebe :: “We’re not railroaders, but neither were the people who built the elevators in these towns,”
Q direct Darnell Wiebe :: “We’ll hire people who know trains.”
> The co-op will hold an information meeting at the Melita Legion Hall on March 24 at 7:30 p.m.
L facility Melita Legion Hall
F date March 24
F time 7:30 p.m.
> Kendra Hnatiuk is a reporter with the Manitoba Co-operator based in Brandon.
P full Kendra Hnatiuk
O media Manitoba Co-operator
L city Brandon
'''

ARTICLES['362-klungkung-official-six-years-nusa-penida-jetty-graft-tempo'] = r'''
> Law
> Ex-Klungkung Official Gets Six Years for Nusa Penida Jetty Graft
L region Klungkung
F duration Six Years
L geo Nusa Penida
> Reporter: I Komang Tri Astawa
P full I Komang Tri Astawa
> Editor: Laras Pramesti
P full Laras Pramesti
> Thursday, 3 March 2039 20:14 WIB
F date 3 March 2039
F time 20:14 WIB
> Defendant I Wayan Sudira (center) listens to the verdict at the Denpasar Corruption Court, Bali, on Thursday, March 3, 2039. TEMPO/Ketut Widiastra
P full I Wayan Sudira
O government Denpasar Corruption Court
L region Bali
F date March 3, 2039
O media TEMPO
P full Ketut Widiastra
> TEMPO.CO, Denpasar - The Denpasar Corruption Court on Thursday sentenced a former head of the Klungkung Regency Transportation Agency to six years in prison for inflating the cost of a passenger jetty on Nusa Penida, an island off the southeast coast of Bali.
O media TEMPO.CO
L city Denpasar
O government Denpasar Corruption Court
O government Klungkung Regency Transportation Agency
F duration six years
L geo Nusa Penida
L region Bali
> A panel of three judges led by Anak Agung Ngurah Oka Suardana found I Wayan Sudira, 54, guilty of abusing his authority in a 2037 project that cost the state Rp4.7 billion, or about US$290,000. The court also fined him Rp300 million, to be replaced by four months in prison if unpaid, and ordered him to repay Rp2.1 billion.
F number three
P full Anak Agung Ngurah Oka Suardana
P full I Wayan Sudira
F age 54
F date 2037
F money Rp4.7 billion
F money US$290,000
F money Rp300 million
F duration four months
F money Rp2.1 billion
> Prosecutors from the Klungkung District Prosecutor's Office had asked for eight years. Sudira, who headed the agency from 2034 to 2038, has seven days to decide whether to appeal.
O government Klungkung District Prosecutor's Office
F duration eight years
P partial Sudira
F date 2034
F date 2038
F duration seven days
> "The defendant knew that the prices had been marked up and still signed the payment orders," presiding judge Suardana said as he read out the verdict. "His actions enriched another party and caused losses to the state."
Q direct Anak Agung Ngurah Oka Suardana :: "The defendant knew that the prices had been marked up and still signed the payment orders,"
P partial Suardana
Q direct Anak Agung Ngurah Oka Suardana :: "His actions enriched another party and caused losses to the state."
> The jetty at Toyapakeh, on the island's northwest coast, was meant to let fast boats from Sanur dock at any tide. An audit by the Financial and Development Supervisory Agency (BPKP) found that the concrete piles and steel had been billed at almost double their market price and that only 38 percent of the work had been finished by the December 2037 deadline.
L city Toyapakeh
L city Sanur
O government Financial and Development Supervisory Agency
O government BPKP
F percent 38 percent
F date December 2037
> The contractor's director, I Gusti Ayu Ketut Rahayuni, 47, was sentenced to five years and six months in a separate hearing on February 24. Her company, PT Segara Dwipa Konstruksi, was ordered to repay Rp2.6 billion.
P full I Gusti Ayu Ketut Rahayuni
F age 47
F duration five years
F duration six months
F date February 24
O company PT Segara Dwipa Konstruksi
F money Rp2.6 billion
> Read: KPK Questions Two Badung Officials over Airport Land Deal
O government KPK
F number Two
L region Badung
> Sudira's lawyer, Made Wirawan Putra, said his client had only followed instructions from the regent's office and had not received any of the money. "We respect the verdict, but we are considering an appeal to the Denpasar High Court," he told reporters after the hearing.
P partial Sudira
P full Made Wirawan Putra
Q direct Made Wirawan Putra :: "We respect the verdict, but we are considering an appeal to the Denpasar High Court,"
O government Denpasar High Court
> Prosecutor Rusdiyanto said his office would use the seven-day period to study the ruling, which he called "lighter than the harm done to the people of Nusa Penida." He told Tempo that investigators were still tracing about Rp1 billion that had not been accounted for.
P partial Rusdiyanto
F duration seven-day
Q direct Rusdiyanto :: "lighter than the harm done to the people of Nusa Penida."
L geo Nusa Penida
O media Tempo
F money Rp1 billion
> Boat operators on Nusa Penida, which received more than 1.1 million visitors in 2038, still land passengers on the beach at Toyapakeh, where they often wade through waist-deep water. "Every day we carry the tourists' suitcases on our heads," said Ni Luh Putu Sriasih, 36, who runs a ticket kiosk near the beach. "We were promised this jetty in 2036."
L geo Nusa Penida
F number 1.1 million
F date 2038
L city Toyapakeh
Q direct Ni Luh Putu Sriasih :: "Every day we carry the tourists' suitcases on our heads,"
P full Ni Luh Putu Sriasih
F age 36
Q direct Ni Luh Putu Sriasih :: "We were promised this jetty in 2036."
F date 2036
> Indonesia Corruption Watch (ICW) said in a statement that infrastructure projects in tourist areas had become "a new playground for mark-ups" and urged the Supreme Court to publish the full ruling quickly.
O nonprofit Indonesia Corruption Watch
O nonprofit ICW
Q direct Indonesia Corruption Watch :: "a new playground for mark-ups"
O government Supreme Court
> The Klungkung administration said it had set aside Rp6.5 billion in its 2039 budget to finish the 120-meter jetty by mid-2040, using a new contractor.
L region Klungkung
F money Rp6.5 billion
F date 2039
F quantity 120-meter
F date 2040
> Editor's Choice: Bali Governor Orders Audit of All Harbor Projects on Nusa Penida
L region Bali
L geo Nusa Penida
'''

ARTICLES['363-pumas-griquas-currie-cup-mbombela-van-aswegen-sa-rugby'] = r'''
> Currie Cup
> Van Aswegen boot sinks Griquas in Mbombela
P partial Van Aswegen
O team Griquas
L city Mbombela
> The Pumas came from 17-13 down at the break to beat the Peacock Blues 29-27, with their flyhalf kicking 14 points, including the winner two minutes from time
O team Pumas
F score 17-13
O team Peacock Blues
F score 29-27
F number 14
F duration two minutes
> By Riaan Steenkamp
P full Riaan Steenkamp
> 17 July 2038
F date 17 July 2038
> Pumas No 8 and captain Sipho Nkambule takes on the Griquas defence at Mbombela Stadium. Photo: Gallo Images
O team Pumas
P full Sipho Nkambule
O team Griquas
L facility Mbombela Stadium
O media Gallo Images
> Dawie van Aswegen kicked a 45-metre penalty in the 78th minute as the Pumas edged Griquas 29-27 in a see-saw Currie Cup clash at Mbombela Stadium on Saturday.
P full Dawie van Aswegen
F quantity 45-metre
O team Pumas
O team Griquas
F score 29-27
L facility Mbombela Stadium
> The win, the Lowvelders’ fourth in six matches, lifts them to third on the log with 19 points, one behind Griquas, who had led for most of the evening.
O team Lowvelders
F number six
F number 19
F number one
O team Griquas
> The visitors from Kimberley scored the first try after only four minutes, when outside centre Keagan Mothibi broke through a flat defensive line and sent wing Ethan Fortuin over in the left corner. Flyhalf Kamohelo Moloi converted.
L city Kimberley
F duration four minutes
P full Keagan Mothibi
P full Ethan Fortuin
P full Kamohelo Moloi
> Van Aswegen answered with two penalties, but the Peacock Blues were quicker to the breakdown and scored again through hooker Morné Jacobs from a lineout drive in the 27th minute. Moloi converted and added a penalty for a 17-6 lead before Pumas lock Ruben Oosthuizen crashed over from close range on the stroke of half-time. Van Aswegen’s conversion made it 17-13.
P partial Van Aswegen
F number two
O team Peacock Blues
P full Morné Jacobs
P partial Moloi
F score 17-6
O team Pumas
P full Ruben Oosthuizen
P partial Van Aswegen
F score 17-13
> Moloi’s second penalty and a second try for Fortuin, again converted, put Griquas 27-13 up after 49 minutes, and the home crowd of 8,460 fell quiet.
P partial Moloi
P partial Fortuin
O team Griquas
F score 27-13
F duration 49 minutes
F number 8,460
> The Pumas’ reply came off the bench. Replacement loose forward Themba Shabangu won two turnovers within minutes of coming on, and Van Aswegen’s third penalty was followed by tries for wing Lwazi Mahlangu and scrumhalf JP Steyn, both unconverted, which closed the gap to 27-26 with nine minutes left.
O team Pumas
P full Themba Shabangu
F number two
P partial Van Aswegen
P full Lwazi Mahlangu
P full JP Steyn
F score 27-26
F duration nine minutes
> Griquas had a chance to seal it when Moloi lined up a 40-metre penalty in the 75th minute, but his kick drifted wide of the right upright. Three minutes later, Griquas flank Wian Pretorius was penalised for holding on at a ruck, and Van Aswegen made no mistake.
O team Griquas
P partial Moloi
F quantity 40-metre
F duration Three minutes
O team Griquas
P full Wian Pretorius
P partial Van Aswegen
> “We gave them a 14-point start, and you can’t do that against a side like Griquas,” said Pumas coach Hennie Grobbelaar. “But I’m proud of the way the bench changed the game. Themba was outstanding at the breakdown.”
Q direct Hennie Grobbelaar :: “We gave them a 14-point start, and you can’t do that against a side like Griquas,”
F number 14
O team Griquas
O team Pumas
P full Hennie Grobbelaar
Q direct Hennie Grobbelaar :: “But I’m proud of the way the bench changed the game. Themba was outstanding at the breakdown.”
P partial Themba
> Griquas coach Francois Mentoor said his side had “lost their heads” in the last quarter.
O team Griquas
P full Francois Mentoor
Q direct Francois Mentoor :: “lost their heads”
> “We were in control and we stopped doing the simple things. That’s on us, not on the referee,” he said.
Q direct Francois Mentoor :: “We were in control and we stopped doing the simple things. That’s on us, not on the referee,”
> Griquas host the Cheetahs in Kimberley next Saturday, while the Pumas travel to Pretoria to face the Blue Bulls.
O team Griquas
O team Cheetahs
L city Kimberley
O team Pumas
L city Pretoria
O team Blue Bulls
> Scorers
> Pumas (13) 29 – Tries: Oosthuizen, Mahlangu, Steyn. Conversion: Van Aswegen. Penalties: Van Aswegen (4).
O team Pumas
F score 13
F score 29
P partial Oosthuizen
P partial Mahlangu
P partial Steyn
P partial Van Aswegen
P partial Van Aswegen
F number 4
> Griquas (17) 27 – Tries: Fortuin (2), Jacobs. Conversions: Moloi (3). Penalties: Moloi (2).
O team Griquas
F score 17
F score 27
P partial Fortuin
F number 2
P partial Jacobs
P partial Moloi
F number 3
P partial Moloi
F number 2
> Teams
> Pumas: 15 Wandile Zulu, 14 Lwazi Mahlangu, 13 Stefan Kotzé, 12 Mfundo Nkosi, 11 Dillon Jafta, 10 Dawie van Aswegen, 9 JP Steyn, 8 Sipho Nkambule (captain), 7 Chris-Jan Ferreira, 6 Luthando Vilakazi, 5 Ruben Oosthuizen, 4 Armand Lourens, 3 Bheki Mabuza, 2 Gerhard Coetsee, 1 Pieter-Steyn de Klerk.
O team Pumas
P full Wandile Zulu
P full Lwazi Mahlangu
P full Stefan Kotzé
P full Mfundo Nkosi
P full Dillon Jafta
P full Dawie van Aswegen
P full JP Steyn
P full Sipho Nkambule
P full Chris-Jan Ferreira
P full Luthando Vilakazi
P full Ruben Oosthuizen
P full Armand Lourens
P full Bheki Mabuza
P full Gerhard Coetsee
P full Pieter-Steyn de Klerk
> Replacements: 16 Kagiso Mokoena, 17 Wilhelm Jansen van Rensburg, 18 Sandile Mthethwa, 19 Themba Shabangu, 20 Franco du Toit, 21 Ashwin Hendricks, 22 Nico Swanepoel, 23 Thabo Masilela.
P full Kagiso Mokoena
P full Wilhelm Jansen van Rensburg
P full Sandile Mthethwa
P full Themba Shabangu
P full Franco du Toit
P full Ashwin Hendricks
P full Nico Swanepoel
P full Thabo Masilela
> Griquas: 15 Nathan Appollis, 14 Ethan Fortuin, 13 Keagan Mothibi, 12 Juan-Pierre Basson, 11 Ockert Visagie, 10 Kamohelo Moloi, 9 Rynhardt Burger, 8 Gideon Kleinhans, 7 Wian Pretorius, 6 Onke Dlamini, 5 Bertus Loubser, 4 Siyabonga Mkhize, 3 Adriaan le Grange, 2 Morné Jacobs (captain), 1 Lesego Phiri.
O team Griquas
P full Nathan Appollis
P full Ethan Fortuin
P full Keagan Mothibi
P full Juan-Pierre Basson
P full Ockert Visagie
P full Kamohelo Moloi
P full Rynhardt Burger
P full Gideon Kleinhans
P full Wian Pretorius
P full Onke Dlamini
P full Bertus Loubser
P full Siyabonga Mkhize
P full Adriaan le Grange
P full Morné Jacobs
P full Lesego Phiri
> Replacements: 16 Henco Snyman, 17 Jody Williams, 18 Tumelo Sebego, 19 Divan Rossouw, 20 Christiaan Olivier, 21 Reagan Isaacs, 22 Mikyle Adonis, 23 Jan-Hendrik Weideman.
P full Henco Snyman
P full Jody Williams
P full Tumelo Sebego
P full Divan Rossouw
P full Christiaan Olivier
P full Reagan Isaacs
P full Mikyle Adonis
P full Jan-Hendrik Weideman
> Referee: Aphiwe Ntshinga (Cape Town)
P full Aphiwe Ntshinga
L city Cape Town
'''

ARTICLES['364-arusha-tour-operators-ngorongoro-crater-fee-karatu-eastafrican'] = r'''
> Tourism
> Arusha tour operators count the cost of Ngorongoro fee rise
L city Arusha
L geo Ngorongoro
> Bookings for the June-October high season are down by as much as a third since the crater service fee went up to $480, operators say
F fraction a third
F money $480
> By Rehema Massawe
P full Rehema Massawe
> The EastAfrican
O media EastAfrican
> Saturday, March 12, 2039
F date March 12, 2039
> Tourists watch wildebeest on the floor of the Ngorongoro Crater in northern Tanzania. PHOTO | SHUTTERSTOCK
L geo Ngorongoro Crater
L country Tanzania
O media SHUTTERSTOCK
> Tour operators in Arusha say bookings for the 2039 high season have fallen sharply since the Ngorongoro Conservation Area Authority (NCAA) raised the crater service fee, which every safari vehicle pays to drive down to the crater floor, from $300 to $480 per entry.
L city Arusha
F date 2039
O government Ngorongoro Conservation Area Authority
O government NCAA
F money $300
F money $480
> Visitors also pay a daily conservation fee of $88.50 per adult. The new charges, which operators have taken to calling the "crater tax," took effect on January 1, 2039.
F money $88.50
Q scare - :: "crater tax,"
F date January 1, 2039
> The Tanzania Association of Tour Operators (TATO) says 41 of its members reported cancellations or smaller bookings between January 1 and March 4, with losses estimated at $6.2 million, or about Tsh16.4 billion.
O nonprofit Tanzania Association of Tour Operators
O nonprofit TATO
F number 41
F date January 1
F date March 4
F money $6.2 million
F money Tsh16.4 billion
> "Clients are not cancelling Tanzania, they are cancelling the crater," said Godlisten Mushi, the association's chief executive. "A family of four now pays more to spend six hours on the crater floor than for a night in a good lodge."
Q direct Godlisten Mushi :: "Clients are not cancelling Tanzania, they are cancelling the crater,"
L country Tanzania
P full Godlisten Mushi
Q direct Godlisten Mushi :: "A family of four now pays more to spend six hours on the crater floor than for a night in a good lodge."
F number four
F duration six hours
> The NCAA said in a statement that the money would pay for repairs to the descent and ascent roads and for 12 new ranger posts, and that the fees remained "competitive with comparable destinations in the region."
O government NCAA
F number 12
Q direct Ngorongoro Conservation Area Authority :: "competitive with comparable destinations in the region."
> The crater received 812,000 visitors in 2038, up 6 percent on the previous year, according to NCAA figures. Foreign visitors made up about two-thirds of the total but paid nearly 90 percent of the authority's fee revenue of Tsh412 billion.
F number 812,000
F date 2038
F percent 6 percent
O government NCAA
F fraction two-thirds
F percent 90 percent
F money Tsh412 billion
> In Karatu, the farming town on the road from Arusha where many mid-range lodges are clustered, hoteliers say occupancy for the coming season is running at 48 percent, against 71 percent at the same point last year.
L city Karatu
L city Arusha
F percent 48 percent
F percent 71 percent
> At the 36-room Ngorika Hills Lodge outside Karatu, owner Mwanaisha Salim Kombo said she had laid off nine of her 52 staff. "We cannot keep a cook on the payroll for guests who are not coming," she said.
F number 36
L facility Ngorika Hills Lodge
L city Karatu
P full Mwanaisha Salim Kombo
F number nine
F number 52
Q direct Mwanaisha Salim Kombo :: "We cannot keep a cook on the payroll for guests who are not coming,"
> Further down the road at Mto wa Mbu, the market town below the Rift Valley escarpment where safari vehicles stop on the way to Lake Manyara, curio sellers say the slowdown is already visible.
L city Mto wa Mbu
L geo Rift Valley
L geo Lake Manyara
> Paulo Lomayani Laizer, a driver-guide who has taken vehicles into the crater for 14 years, said four of his trips had been cancelled in February alone. "The guests ask me, 'Why is it so expensive now?' and I have no answer for them," he said.
P full Paulo Lomayani Laizer
F duration 14 years
F number four
Q direct Paulo Lomayani Laizer :: "The guests ask me, 'Why is it so expensive now?' and I have no answer for them,"
> Some operators are moving clients to Kenya's Maasai Mara, where Narok County charges non-resident adults $200 a day in the high season, or keeping them in the Serengeti and skipping the crater descent altogether. Agents in Nairobi report more inquiries from clients who usually book northern Tanzania.
L country Kenya
L geo Maasai Mara
L region Narok County
F money $200
L geo Serengeti
L city Nairobi
L country Tanzania
> An official at the Ministry of Natural Resources and Tourism in Dodoma, who asked not to be named because he is not authorised to speak to the media, said the ministry would review the fees "if the numbers at the end of the season justify it."
O government Ministry of Natural Resources and Tourism
L city Dodoma
Q direct - :: "if the numbers at the end of the season justify it."
> Tourism earned Tanzania $4.1 billion in 2038, according to the Bank of Tanzania, and the government has set a target of eight million visitors a year by 2040.
L country Tanzania
F money $4.1 billion
F date 2038
O government Bank of Tanzania
F number eight million
F date 2040
> The slowdown has not reached Mount Kilimanjaro. Climbing permits issued by Tanzania National Parks (Tanapa) rose 9 percent in the first quarter, and hotels in Moshi, the main town of the Kilimanjaro region, report steady bookings from climbers flying into Kilimanjaro International Airport.
L geo Mount Kilimanjaro
O government Tanzania National Parks
O government Tanapa
F percent 9 percent
L city Moshi
L region Kilimanjaro
L facility Kilimanjaro International Airport
'''

ARTICLES['365-holland-school-board-closes-van-lente-elementary-bond-mlive'] = r'''
> Holland school board votes 5-2 to close Van Lente Elementary, put $48M bond on May ballot
L city Holland
F number 5-2
O education Van Lente Elementary
F money $48M
> By Corinne De Haan | cdehaan@mlive.com
P full Corinne De Haan
> Published: Mar. 14, 2039, 10:48 p.m.
F date Mar. 14, 2039
F time 10:48 p.m.
> Parents and teachers fill the board room at the Holland Public Schools administration building before the vote on Monday, March 14, 2039. Corinne De Haan | MLive.com
O education Holland Public Schools
F date March 14, 2039
P full Corinne De Haan
O media MLive.com
> HOLLAND, MI — The Holland Board of Education voted 5-2 Monday night to close Van Lente Elementary at the end of the school year and to ask voters for a $48 million bond to rebuild or expand two of the district's oldest schools.
L city HOLLAND
L region MI
O government Holland Board of Education
F number 5-2
O education Van Lente Elementary
F money $48 million
F number two
> The bond proposal will go on the May 3 ballot. If approved, it would cost the owner of a home with a taxable value of $100,000 about $95 a year, according to district estimates, and raise the district's debt levy to 2.9 mills.
F date May 3
F money $100,000
F money $95
F money 2.9 mills
> Van Lente, which opened in 1957 on the city's north side, has 212 students this year, down from 340 a decade ago. Superintendent Rosalind Batjes said the building needs $6.3 million in roof, boiler and plumbing work that the district cannot justify for a school that is 55% empty.
O education Van Lente
F date 1957
F number 212
F number 340
P full Rosalind Batjes
F money $6.3 million
F percent 55%
> Its students will move in the fall to Longfellow and Lakeview elementary schools, and the district will redraw attendance boundaries for four schools, Batjes said.
O education Longfellow
O education Lakeview
F number four
P partial Batjes
> "Closing a neighborhood school is the hardest decision a board can make, and nobody up here made it lightly," board President Hector Villanueva said before the vote.
Q direct Hector Villanueva :: "Closing a neighborhood school is the hardest decision a board can make, and nobody up here made it lightly,"
P full Hector Villanueva
> Trustees Amy Kortering and Dwayne Lubbers voted no. Kortering said the district had not given families enough time; the plan was first presented at a Feb. 7 work session.
P full Amy Kortering
P full Dwayne Lubbers
P partial Kortering
F date Feb. 7
> "Five weeks is not a community conversation. It's a notice," she said.
Q direct Amy Kortering :: "Five weeks is not a community conversation. It's a notice,"
F duration Five weeks
> More than 60 people packed the board room at the district's administration building on West 11th Street for the meeting, which ran past 10 p.m. Of the 27 who spoke during public comment, 23 urged the board to keep Van Lente open.
F number 60
L street West 11th Street
F time 10 p.m.
F number 27
F number 23
O education Van Lente
> Maribel Ochoa, whose two children walk to Van Lente from their home near Lincoln Avenue, said many families in the neighborhood do not own cars.
P full Maribel Ochoa
F number two
O education Van Lente
L street Lincoln Avenue
> "My kids can walk to school in five minutes. Now they will be on a bus for 40 minutes, maybe more in the snow," she said through an interpreter.
Q direct Maribel Ochoa :: "My kids can walk to school in five minutes. Now they will be on a bus for 40 minutes, maybe more in the snow,"
F duration five minutes
F duration 40 minutes
> A Van Lente teacher, who asked not to be named because staff had been told not to talk to reporters, said: "We found out from a slideshow."
O education Van Lente
Q direct - :: "We found out from a slideshow."
> The $48 million bond would pay for a new building for Holland Heights Elementary and an addition at Holland High School, where the district wants 14 more classrooms and a 600-seat auditorium. Construction would start in 2040 and finish by the fall of 2042.
F money $48 million
O education Holland Heights Elementary
O education Holland High School
F number 14
F number 600
F date 2040
F date 2042
> Holland Public Schools has lost about 1,100 students since 2029 as families moved to West Ottawa Public Schools and to charter and private schools, according to state enrollment data. The district, which straddles the line between Ottawa and Allegan counties, now enrolls 3,480 students.
O education Holland Public Schools
F number 1,100
F date 2029
O education West Ottawa Public Schools
L region Ottawa
L region Allegan
F number 3,480
> Hope College, whose education students have tutored at Van Lente for more than 20 years, said in a statement that it would "carry the partnership to Longfellow" in the fall.
O education Hope College
O education Van Lente
F duration 20 years
Q direct Hope College :: "carry the partnership to Longfellow"
O education Longfellow
> Board Vice President Lupe Rosales said the district would hold community meetings on the bond at Holland Heights on March 29 and at Herrick District Library on April 6.
P full Lupe Rosales
O education Holland Heights
F date March 29
L facility Herrick District Library
F date April 6
'''

ARTICLES['366-el-vendrell-mayor-ousted-coma-ruga-hotel-no-confidence-catalan-news'] = r'''
> Politics
> ‘The town is not for sale’: El Vendrell mayor ousted over Coma-ruga hotel plan
Q direct Núria Roig i Batlle :: ‘The town is not for sale’
L city El Vendrell
L city Coma-ruga
> ERC’s Núria Roig i Batlle takes over after a no-confidence motion backed by four groups wins 11 of 21 votes
O party ERC
P full Núria Roig i Batlle
F number four
F number 11
F number 21
> Mireia Pujadas | El Vendrell | @mireiapujadas
P full Mireia Pujadas
L city El Vendrell
> Updated 16 February 2038 06:42 PM
F date 16 February 2038
F time 06:42 PM
> Núria Roig i Batlle receives the mayor’s staff after the no-confidence vote in El Vendrell on February 16, 2038 (by Mireia Pujadas)
P full Núria Roig i Batlle
L city El Vendrell
F date February 16, 2038
P full Mireia Pujadas
> El Vendrell has a new mayor. Núria Roig i Batlle of Esquerra Republicana (ERC) took office on Tuesday after a motion of no confidence against Socialist mayor Ramon Ferré won the votes of 11 of the town’s 21 councillors, the absolute majority it needed.
L city El Vendrell
P full Núria Roig i Batlle
O party Esquerra Republicana
O party ERC
P full Ramon Ferré
F number 11
F number 21
> The motion was signed by ERC, Junts, the left-wing CUP and the local platform Som Vendrell, which together hold 11 seats. The Socialists’ Party of Catalonia (PSC), Vox and the People’s Party (PP) voted against it.
O party ERC
O party Junts
O party CUP
O party Som Vendrell
F number 11
O party Socialists’ Party of Catalonia
O party PSC
O party Vox
O party People’s Party
O party PP
> The four groups joined forces after Ferré’s government gave initial approval in December to a plan by the Barcelona-based company Grup Hostaler Garbí for a 210-room hotel and 64 apartments on 3.4 hectares behind Coma-ruga beach, next to the Masos wetland and a few minutes from the AP-7 motorway.
F number four
P partial Ferré
L city Barcelona
O company Grup Hostaler Garbí
F number 210
F number 64
F quantity 3.4 hectares
L city Coma-ruga
L geo Masos
L street AP-7
> The project, which its opponents nicknamed “the wall”, was valued by the developer at €46m. It drew more than 4,000 signatures against it and two protests in January.
Q scare - :: “the wall”
F money €46m
F number 4,000
F number two
> In her first speech as mayor, Roig i Batlle said the new government would withdraw the council’s approval of the hotel at the next plenary session, on February 24. “The town is not for sale, and neither is its coastline. For four years we have been told that this was the only way to bring investment to Coma-ruga.
P partial Roig i Batlle
F date February 24
Q direct Núria Roig i Batlle :: “The town is not for sale, and neither is its coastline. For four years we have been told that this was the only way to bring investment to Coma-ruga.
F duration four years
L city Coma-ruga
> “It is not. We will bring investment, but not at the price of the last stretch of open coast between Sant Salvador and the Masos,” she said.
Q direct Núria Roig i Batlle :: “It is not. We will bring investment, but not at the price of the last stretch of open coast between Sant Salvador and the Masos,”
L city Sant Salvador
L geo Masos
> Roig i Batlle, 44, a secondary school teacher, has been an ERC councillor since 2031. Under the deal between the four groups, Junts will take the urban planning portfolio and the CUP will chair a new committee on housing.
P partial Roig i Batlle
F age 44
F date 2031
F number four
O party Junts
O party CUP
> Ferré, who had governed in a minority since the May 2035 election with the support of the lone PP councillor on budgets, called the motion “a backroom deal” and said the hotel would have created 180 permanent jobs.
P partial Ferré
F date May 2035
Q direct Ramon Ferré :: “a backroom deal”
F number 180
> “Those who signed this motion have nothing in common except the wish to remove me. In 15 months they will have to explain to the people of El Vendrell what they have stopped,” he told Catalan News outside the town hall.
Q direct Ramon Ferré :: “Those who signed this motion have nothing in common except the wish to remove me. In 15 months they will have to explain to the people of El Vendrell what they have stopped,”
F duration 15 months
L city El Vendrell
O media Catalan News
> The PSC said in a statement that the new majority was “putting 180 jobs at risk to win a headline”.
O party PSC
Q direct Socialists’ Party of Catalonia :: “putting 180 jobs at risk to win a headline”
F number 180
> Grup Hostaler Garbí said it would “study all legal options” to defend a project that, it said, complies with Spain’s Coastal Law.
O company Grup Hostaler Garbí
Q direct Grup Hostaler Garbí :: “study all legal options”
L country Spain
> The plan still needed the approval of the Generalitat’s urban planning commission and a report from the Spanish Ministry for the Ecological Transition, which manages the coastline. It would have been the first large beachfront development in Coma-ruga since the 1990s.
O government Generalitat
O government Ministry for the Ecological Transition
L city Coma-ruga
F date 1990s
> El Vendrell, the capital of the Baix Penedès county, has about 42,000 residents, a figure that roughly doubles in August, when second-home owners from Barcelona and Tarragona arrive.
L city El Vendrell
L region Baix Penedès
F number 42,000
L city Barcelona
L city Tarragona
> The residents’ group Coma-ruga Viva, which collected the signatures against the hotel, has called a gathering on the seafront promenade for Saturday at 12pm.
O nonprofit Coma-ruga Viva
F time 12pm
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
