#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval99 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval99/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['637-khulna-jute-spinners-shut-mills-raw-jute-tk-4200-maund-floods-faridpur-bjsa-dife-daily-star'] = r'''
> Business
> Khulna jute spinners shut 11 mills as raw jute hits Tk 4,200 a maund
L city Khulna
F number 11
F money Tk 4,200
> Floods in Faridpur, Rajbari and Madaripur cut this season’s crop by nearly a fifth
L region Faridpur
L region Rajbari
L region Madaripur
F fraction a fifth
> Sheikh Mahfuzur Rahman, Khulna
P full Sheikh Mahfuzur Rahman
L city Khulna
> Sat Sep 19, 2037 12:00 AM Last update on: Sat Sep 19, 2037 01:32 AM
F date Sep 19, 2037
F time 12:00 AM
F date Sep 19, 2037
F time 01:32 AM
> Workers leave the gate of Rupsha Jute Spinners Ltd in Khalishpur, Khulna, on Thursday after the mill suspended production indefinitely. Photo: Star
O company Rupsha Jute Spinners Ltd
L city Khalishpur
L city Khulna
O media Star
> At least 11 of the 26 jute spinning mills in Khulna’s Khalishpur, Daulatpur and Atra industrial belt have suspended production since September 1, as the price of raw jute climbed to Tk 4,200 a maund after floods destroyed standing crops in the country’s main jute-growing districts.
F number 11
F number 26
L city Khulna
L city Khalishpur
L city Daulatpur
L city Atra
F date September 1
F money Tk 4,200
> About 13,500 workers have been sent home without pay, according to the Khulna office of the Department of Inspection for Factories and Establishments (DIFE).
F number 13,500
L city Khulna
O government Department of Inspection for Factories and Establishments
O government DIFE
> A maund (37.32 kilogrammes) of mid-grade tossa jute, which sold for Tk 2,650 at the Daulatpur wholesale market in June, fetched between Tk 4,100 and Tk 4,250 this week, traders there said. At Noapara in Jashore, the country’s largest raw jute market, the price rose by Tk 300 in a single day on Wednesday.
F quantity 37.32 kilogrammes
F money Tk 2,650
L city Daulatpur
F money Tk 4,100
F money Tk 4,250
L city Noapara
L region Jashore
F money Tk 300
> “We cannot buy jute at Tk 4,200 and sell yarn at a price we fixed six months ago,” said Md Abul Kalam Howlader, chairman of the Khulna zone of the Bangladesh Jute Spinners Association (BJSA).
Q direct Md Abul Kalam Howlader :: “We cannot buy jute at Tk 4,200 and sell yarn at a price we fixed six months ago,”
F money Tk 4,200
F duration six months
P full Md Abul Kalam Howlader
L region Khulna
O nonprofit Bangladesh Jute Spinners Association
O nonprofit BJSA
> “Most of our contracts with buyers in Turkey, China and Iran were signed in March at $1,480 a tonne. Today the same tonne of yarn costs us close to $1,700 to produce.
Q direct Md Abul Kalam Howlader :: “Most of our contracts with buyers in Turkey, China and Iran were signed in March at $1,480 a tonne. Today the same tonne of yarn costs us close to $1,700 to produce.
L country Turkey
L country China
L country Iran
F money $1,480
F money $1,700
> “If we run, we lose money every week. If we stop, we may lose the buyer for good,” he said.
Q direct Md Abul Kalam Howlader :: “If we run, we lose money every week. If we stop, we may lose the buyer for good,”
> According to the Bangladesh Water Development Board (BWDB), the Padma and the Arial Khan flowed above the danger mark at four points for 19 days in late July and August, submerging around 1.1 lakh hectares of jute land in Faridpur, Rajbari, Madaripur, Shariatpur and Gopalganj.
O government Bangladesh Water Development Board
O government BWDB
L geo Padma
L geo Arial Khan
F number four
F duration 19 days
F quantity 1.1 lakh hectares
L region Faridpur
L region Rajbari
L region Madaripur
L region Shariatpur
L region Gopalganj
> The Department of Agricultural Extension (DAE) now puts this season’s output at 69 lakh bales, down from 85 lakh bales last year, a fall of 19 percent. A bale weighs 182 kilogrammes.
O government Department of Agricultural Extension
O government DAE
F number 69 lakh
F number 85 lakh
F percent 19 percent
F quantity 182 kilogrammes
> In Bhanga upazila of Faridpur, farmer Nitai Chandra Saha, 47, lost the jute on all of his four bighas. “The water stood in the field for 16 days. The stems rotted before we could cut them,” he told The Daily Star over the phone.
L region Bhanga
L region Faridpur
P full Nitai Chandra Saha
F age 47
F quantity four bighas
Q direct Nitai Chandra Saha :: “The water stood in the field for 16 days. The stems rotted before we could cut them,”
F duration 16 days
O media The Daily Star
> “Last year I sold at Tk 2,900 a maund and still lost money on labour. This year I have nothing to sell.”
Q direct Nitai Chandra Saha :: “Last year I sold at Tk 2,900 a maund and still lost money on labour. This year I have nothing to sell.”
F money Tk 2,900
> Spinners also blame the so-called “paper jute” trade, in which stock held by large traders is sold several times over on paper before a single bale leaves the warehouse.
Q scare - :: “paper jute”
> Khandaker Mahbubur Rahman, director (raw jute) of the Department of Jute, said mobile courts had conducted 42 drives against hoarding in Khulna and Faridpur since August 10 and fined traders Tk 18.6 lakh.
P full Khandaker Mahbubur Rahman
O government Department of Jute
F number 42
L region Khulna
L region Faridpur
F date August 10
F money Tk 18.6 lakh
> “There is enough jute in the country. The problem is that it is not coming to the market,” he said, adding that the government had no plan to allow imports of raw jute from India.
Q direct Khandaker Mahbubur Rahman :: “There is enough jute in the country. The problem is that it is not coming to the market,”
L country India
> An additional secretary at the Ministry of Textiles and Jute, who asked not to be named as he is not authorised to speak to the media, said a Tk 500 crore refinancing facility for spinners was “under active consideration” but would need the approval of Bangladesh Bank.
O government Ministry of Textiles and Jute
F money Tk 500 crore
Q direct - :: “under active consideration”
O government Bangladesh Bank
> Jute and jute goods earned $847 million in exports in fiscal 2036-37, according to the Export Promotion Bureau (EPB), with yarn and twine accounting for about 62 percent of the total.
F money $847 million
F date 2036-37
O government Export Promotion Bureau
O government EPB
F percent 62 percent
> Outside the gate of Rupsha Jute Spinners on Thursday, dozens of workers waited for their August wages. “They told us to come back after Durga Puja. The landlord will not wait until Durga Puja,” said Shahnaz Begum, 34, who has worked on the mill’s spinning floor for nine years.
O company Rupsha Jute Spinners
Q direct Shahnaz Begum :: “They told us to come back after Durga Puja. The landlord will not wait until Durga Puja,”
P full Shahnaz Begum
F age 34
F duration nine years
> BJSA leaders are due to meet officials of the textiles ministry in Dhaka on September 23.
O nonprofit BJSA
L city Dhaka
F date September 23
'''

ARTICLES['638-paznaun-avalanche-b188-see-kappl-ischgl-galtur-cut-off-lawinenwarndienst-tirol-the-local-austria'] = r'''
> WEATHER
> Avalanche cuts off Tyrol's Paznaun valley, stranding 3,400 in Ischgl and Galtür
L region Tyrol
L geo Paznaun
F number 3,400
L city Ischgl
L city Galtür
> The only road into the upper Paznaun was buried early on Sunday, with the avalanche danger in western Tyrol at the second-highest level. Here's what we know.
L geo Paznaun
L region Tyrol
> Published: 8 February 2038 11:47 CET
F date 8 February 2038
F time 11:47 CET
> Updated: 8 February 2038 16:20 CET
F date 8 February 2038
F time 16:20 CET
> By Aimee Rothwell-Nagl
P full Aimee Rothwell-Nagl
> A military helicopter lands in Galtür in the Paznaun valley on Monday. Photo by LENA WALSER-OFNER / APA / AFP
L city Galtür
L geo Paznaun
P full LENA WALSER-OFNER
O media APA
O media AFP
> An avalanche buried a 250-metre stretch of the B188 federal road between See and Kappl early on Sunday, cutting off the upper Paznaun valley in Tyrol and leaving around 3,400 guests and residents stranded in Kappl, Ischgl and Galtür, police said.
F quantity 250-metre
L street B188
L city See
L city Kappl
L geo Paznaun
L region Tyrol
F number 3,400
L city Kappl
L city Ischgl
L city Galtür
> Nobody was on the road when the slide came down at around 6.50am, Tyrol police told the APA news agency. The road had been closed since 8pm on Saturday as a precaution.
F time 6.50am
L region Tyrol
O media APA
F time 8pm
> "Nobody is in danger. The hotels have food, the shops are open and we have two doctors in the valley," Galtür's mayor Theresia Zangerl-Walch told ORF Tirol on Monday.
Q direct Theresia Zangerl-Walch :: "Nobody is in danger. The hotels have food, the shops are open and we have two doctors in the valley,"
F number two
L city Galtür
P full Theresia Zangerl-Walch
O media ORF Tirol
> "What we cannot do is let people drive out. The snow on the slopes above the road is still moving."
Q direct Theresia Zangerl-Walch :: "What we cannot do is let people drive out. The snow on the slopes above the road is still moving."
> Up to 1.6 metres of fresh snow has fallen above 2,000 metres in the Silvretta and Samnaun groups since Thursday, according to the Avalanche Warning Service Tyrol (Lawinenwarndienst Tirol), which on Saturday raised the danger level in the Paznaun to 4 ("high") on the five-level European scale.
F quantity 1.6 metres
F quantity 2,000 metres
L geo Silvretta
L geo Samnaun
O government Avalanche Warning Service Tyrol
O government Lawinenwarndienst Tirol
L geo Paznaun
Q scare - :: "high"
F number five
> The service's head, Florian Ladner-Kathrein, said a weak layer buried under the new snow made slopes steeper than 30 degrees "extremely treacherous".
P full Florian Ladner-Kathrein
F quantity 30 degrees
Q direct Florian Ladner-Kathrein :: "extremely treacherous"
> "This is a snowpack that does not forgive mistakes. One skier can be enough to trigger a slide," he said.
Q direct Florian Ladner-Kathrein :: "This is a snowpack that does not forgive mistakes. One skier can be enough to trigger a slide,"
F number One
> Another 40-60 centimetres of snow is forecast above 1,500 metres by Wednesday, according to GeoSphere Austria, the national weather service.
F quantity 40-60 centimetres
F quantity 1,500 metres
O government GeoSphere Austria
> On Monday, Austrian Armed Forces helicopters flew 146 people out of Galtür and Ischgl, most of them guests whose holidays had ended, according to the Landeck district authority. The flights were to resume on Tuesday from 8am.
O government Austrian Armed Forces
F number 146
L city Galtür
L city Ischgl
L region Landeck
F time 8am
> Passengers are taken by bus from the landing site in Pians to the railway station in Landeck, where ÖBB has put on extra trains to Innsbruck and Zurich.
L city Pians
L city Landeck
O company ÖBB
L city Innsbruck
L city Zurich
> Silvrettaseilbahn AG, which runs the lifts in Ischgl, said 23 of its 45 lifts were open on Monday, while the slopes above Galtür remained closed.
O company Silvrettaseilbahn AG
L city Ischgl
F number 23
F number 45
L city Galtür
> The local tourism association, TVB Paznaun-Ischgl, put the cost to hotels and lift companies at "well over" €1.5 million a day while the road is closed.
O nonprofit TVB Paznaun-Ischgl
Q direct TVB Paznaun-Ischgl :: "well over"
F money €1.5 million
> A British guest in Ischgl, who asked not to be named, said the mood in the village was "more après-ski than apocalypse".
L city Ischgl
Q direct - :: "more après-ski than apocalypse"
> "We have been told we might be here until Thursday. Nobody is complaining too loudly," she said.
Q direct - :: "We have been told we might be here until Thursday. Nobody is complaining too loudly,"
> The state roads department plans to blast the snow deposit, which is up to 12 metres deep, on Tuesday morning if the weather allows. Clearing the road will take at least 36 hours after that, a spokesperson said.
F quantity 12 metres
F duration 36 hours
> Further west, the Arlberg pass road between St. Anton and Stuben remained closed on Monday, and the Flexen road to Zürs and Lech was open only to convoys between 9am and 11am.
L geo Arlberg
L city St. Anton
L city Stuben
L geo Flexen
L city Zürs
L city Lech
F time 9am
F time 11am
> The Paznaun has a painful history with avalanches. In February 1999, an avalanche killed 31 people in Galtür, one of the deadliest in Austria's history.
L geo Paznaun
F date February 1999
F number 31
L city Galtür
L country Austria
> READ ALSO: What are the rules for skiing off-piste in Austria?
'''

ARTICLES['639-golden-kings-beat-sendai-89ers-84-79-kishaba-okinawa-arena-b-league-box-score-japan-times'] = r'''
> SPORTS / BASKETBALL
> Golden Kings hold off 89ers to clinch top seed in West
O team Golden Kings
O team 89ers
O other West
> by Mio Aragaki, Contributing Writer
P full Mio Aragaki
> Apr 24, 2038
F date Apr 24, 2038
> Ryukyu’s Shunsuke Kishaba (right) drives against Sendai’s Haruki Onodera in the fourth quarter at Okinawa Arena on Saturday. | B.LEAGUE
O team Ryukyu
P full Shunsuke Kishaba
O team Sendai
P full Haruki Onodera
L facility Okinawa Arena
O other B.LEAGUE
> OKINAWA CITY, Okinawa Pref. – Shunsuke Kishaba scored 14 of his game-high 27 points in the fourth quarter, and the Ryukyu Golden Kings held off a late rally by the Sendai 89ers for an 84-79 victory on Saturday at Okinawa Arena that clinched first place in the West District.
L city OKINAWA CITY
L region Okinawa Pref.
P full Shunsuke Kishaba
F number 14
F number 27
O team Ryukyu Golden Kings
O team Sendai 89ers
F score 84-79
L facility Okinawa Arena
O other West District
> Ryukyu led 24-18 after the first quarter behind eight points from center Marcus Tillery-Vance and took a 46-41 lead into halftime.
O team Ryukyu
F score 24-18
F number eight
P full Marcus Tillery-Vance
F score 46-41
> The Golden Kings (44-12) opened the second half with a 12-0 run to lead 58-41, but Sendai (35-21) closed the third quarter on a 19-6 run, with Luka Šarić scoring nine of his 14 points, and cut the gap to 80-77 on a 3-pointer by Tre’Von Maddox with 1:06 left.
O team Golden Kings
F score 44-12
F score 12-0
F score 58-41
O team Sendai
F score 35-21
F score 19-6
P full Luka Šarić
F number nine
F number 14
F score 80-77
F number 3
P full Tre’Von Maddox
F time 1:06
> Kishaba answered with a pull-up jumper from the right elbow, and after a Sendai basket, Jovan Radulović sealed it with two free throws with 14.8 seconds remaining.
P partial Kishaba
O team Sendai
P full Jovan Radulović
F number two
F duration 14.8 seconds
> “Sendai never stops coming. We knew they would make a run, and we just had to keep our heads,” Kishaba said.
Q direct Shunsuke Kishaba :: “Sendai never stops coming. We knew they would make a run, and we just had to keep our heads,”
O team Sendai
P partial Kishaba
> “In the fourth quarter I told myself, ‘Just take the open shot.’ This building gives you that confidence.”
Q direct Shunsuke Kishaba :: “In the fourth quarter I told myself, ‘Just take the open shot.’ This building gives you that confidence.”
> Kishaba, 29, made 5 of 9 attempts from 3-point range and added six assists. Tillery-Vance finished with 18 points and 12 rebounds for Ryukyu, which won its 11th straight home game in front of a sellout crowd of 8,500.
P partial Kishaba
F age 29
F number 5
F number 9
F number 3
F number six
P partial Tillery-Vance
F number 18
F number 12
O team Ryukyu
F number 8,500
> Tillery-Vance, who stands 211 cm and was naturalized in 2036, also blocked three shots.
P partial Tillery-Vance
F quantity 211 cm
F date 2036
F number three
> Maddox led the 89ers with 22 points, and Haruki Onodera added 15. Sendai shot 9 of 31 from beyond the arc and was outrebounded 41-34.
P partial Maddox
O team 89ers
F number 22
P full Haruki Onodera
F number 15
O team Sendai
F number 9
F number 31
F number 41-34
> Sendai, playing its third game in five days, looked heavy-legged at the start of the second half, and coach Daniel Ferreira Lund used only seven players after the break.
O team Sendai
F duration five days
P full Daniel Ferreira Lund
F number seven
> “We gave them too many second chances in the first half. You cannot do that against a team this big,” Ferreira Lund said. “But I am proud of the way we came back. We may see them again.”
Q direct Daniel Ferreira Lund :: “We gave them too many second chances in the first half. You cannot do that against a team this big,”
P partial Ferreira Lund
Q direct Daniel Ferreira Lund :: “But I am proud of the way we came back. We may see them again.”
> Ryukyu coach Teruo Yonamine called the game “a good test” for the playoffs, which begin on May 8. The Golden Kings, who won the B.League title in 2023, have four regular-season games left, starting at the Shimane Susanoo Magic on Wednesday.
O team Ryukyu
P full Teruo Yonamine
Q direct Teruo Yonamine :: “a good test”
F date May 8
O team Golden Kings
O other B.League
F date 2023
F number four
O team Shimane Susanoo Magic
> Sendai, fourth in the East District, visits Alvark Tokyo next weekend.
O team Sendai
O other East District
O team Alvark Tokyo
> Golden Kings 84, 89ers 79
O team Golden Kings
F score 84
O team 89ers
F score 79
> Sendai 18 23 19 19 – 79
O team Sendai
F score 18
F score 23
F score 19
F score 19
F score 79
> Ryukyu 24 22 18 20 – 84
O team Ryukyu
F score 24
F score 22
F score 18
F score 20
F score 84
> Ryukyu: Kishaba 27, Tillery-Vance 18, Radulović 13, Tokashiki 9, Chinen 8, Higa 5, Nakandakari 4, Kaneshiro 0.
O team Ryukyu
P partial Kishaba
F number 27
P partial Tillery-Vance
F number 18
P partial Radulović
F number 13
P partial Tokashiki
F number 9
P partial Chinen
F number 8
P partial Higa
F number 5
P partial Nakandakari
F number 4
P partial Kaneshiro
F number 0
> Sendai: Maddox 22, Onodera 15, Šarić 14, Sasaki 11, Abe 10, Kon 5, Chiba 2.
O team Sendai
P partial Maddox
F number 22
P partial Onodera
F number 15
P partial Šarić
F number 14
P partial Sasaki
F number 11
P partial Abe
F number 10
P partial Kon
F number 5
P partial Chiba
F number 2
> 3-pointers: Ryukyu 11-27 (Kishaba 5-9, Radulović 3-6), Sendai 9-31 (Maddox 4-11, Šarić 2-7).
F number 3
O team Ryukyu
F number 11-27
P partial Kishaba
F number 5-9
P partial Radulović
F number 3-6
O team Sendai
F number 9-31
P partial Maddox
F number 4-11
P partial Šarić
F number 2-7
> Rebounds: Ryukyu 41 (Tillery-Vance 12), Sendai 34 (Šarić 9).
O team Ryukyu
F number 41
P partial Tillery-Vance
F number 12
O team Sendai
F number 34
P partial Šarić
F number 9
> Attendance: 8,500.
F number 8,500
'''

ARTICLES['640-ngati-turongowai-deed-of-settlement-whangaruru-harbour-mataitai-crown-apology-te-arawhiti-rnz'] = r'''
> Te Ao Māori
> 'We waited 31 years': Ngāti Tūrongowai signs $41.2m Treaty settlement
Q direct Mereana Kātene-Pōhatu :: 'We waited 31 years'
F duration 31 years
O other Ngāti Tūrongowai
F money $41.2m
> The Northland iwi will receive a Crown apology, 14 sites around Whangaruru Harbour and a say over fishing in its waters.
L region Northland
F number 14
L geo Whangaruru Harbour
> Hēmi Tautahi-Marsh, Te Manu Korihi reporter
P full Hēmi Tautahi-Marsh
O media Te Manu Korihi
> 5:57 pm on 20 March 2038
F time 5:57 pm
F date 20 March 2038
> Ngāti Tūrongowai uri perform a haka as the deed is signed at Tūrongowai Marae, Whangaruru, on Saturday. Photo: RNZ / Hēmi Tautahi-Marsh
L facility Tūrongowai Marae
L city Whangaruru
O media RNZ
P full Hēmi Tautahi-Marsh
> Ngāti Tūrongowai has signed a deed of settlement with the Crown, 31 years after the Northland iwi first took its claim to the Waitangi Tribunal.
O other Ngāti Tūrongowai
F duration 31 years
L region Northland
O government Waitangi Tribunal
> More than 700 people gathered at Tūrongowai Marae, on the northern shore of Whangaruru Harbour, to watch iwi negotiators and Treaty Negotiations Minister Paul Henare-Whitfield sign the deed after a pōwhiri that began at 7am.
F number 700
L facility Tūrongowai Marae
L geo Whangaruru Harbour
P full Paul Henare-Whitfield
F time 7am
> The settlement includes $41.2 million in financial and commercial redress, the return of 14 sites of cultural significance – among them the pā site on the headland at Whangaruru North Head and three blocks near Helena Bay – and a right of first refusal over Crown land in the iwi’s rohe for 170 years.
F money $41.2 million
F number 14
L geo Whangaruru North Head
F number three
L city Helena Bay
F duration 170 years
> It also sets up a joint fisheries forum for the harbour with Fisheries New Zealand and the Department of Conservation, and gives the iwi the right to apply for a mātaitai – a customary fishing reserve closed to commercial fishing – over the inner harbour.
O government Fisheries New Zealand
O government Department of Conservation
> Reading the Crown’s apology in English and te reo Māori, Henare-Whitfield said the Crown had “failed, again and again” to protect Ngāti Tūrongowai’s interests in its land and its harbour.
P partial Henare-Whitfield
Q direct Paul Henare-Whitfield :: “failed, again and again”
O other Ngāti Tūrongowai
> “The Crown took this land through purchases it knew to be unfair and through surveys and charges the iwi could not pay. For that, the Crown is deeply sorry,” he said.
Q direct Paul Henare-Whitfield :: “The Crown took this land through purchases it knew to be unfair and through surveys and charges the iwi could not pay. For that, the Crown is deeply sorry,”
> Mereana Kātene-Pōhatu, who chairs Te Rūnanga o Ngāti Tūrongowai, was 19 when her grandfather took her to the tribunal’s first hearing at Ōākura in 2009.
P full Mereana Kātene-Pōhatu
O other Te Rūnanga o Ngāti Tūrongowai
F age 19
L city Ōākura
F date 2009
> “We waited 31 years for this day. Most of the kaumātua who stood up at that hearing are not here to see it,” she said.
Q direct Mereana Kātene-Pōhatu :: “We waited 31 years for this day. Most of the kaumātua who stood up at that hearing are not here to see it,”
F duration 31 years
> “Kua tae mai te wā – the time has come. This is not the end of our story. It is the money and the whenua to start writing the next part of it.
Q direct Mereana Kātene-Pōhatu :: “Kua tae mai te wā – the time has come. This is not the end of our story. It is the money and the whenua to start writing the next part of it.
> “Our young people will not have to leave Whangaruru to find work, or to find out who they are.”
Q direct Mereana Kātene-Pōhatu :: “Our young people will not have to leave Whangaruru to find work, or to find out who they are.”
L city Whangaruru
> Ruia Pōtae, 91, who was carried into the wharenui in a chair, said she had been waiting since she was a girl.
P full Ruia Pōtae
F age 91
> “My father told me the land would come back. He was wrong about most of the land, but he was right about the harbour,” she said.
Q direct Ruia Pōtae :: “My father told me the land would come back. He was wrong about most of the land, but he was right about the harbour,”
> Ngāti Tūrongowai has about 4800 registered members, most of whom live in Auckland, Whangārei or Australia. In a ratification vote last November, 88.6 percent of those who voted backed the deal.
O other Ngāti Tūrongowai
F number 4800
L city Auckland
L city Whangārei
L country Australia
F percent 88.6 percent
> Not everyone at Whangaruru is celebrating. A commercial fisher from Helena Bay, who did not want to be named, told RNZ he feared a mātaitai would shut the harbour’s snapper grounds to boats like his.
L city Whangaruru
L city Helena Bay
O media RNZ
> “Nobody has told us where the lines will go. My family has fished this harbour for three generations too,” he said.
Q direct - :: “Nobody has told us where the lines will go. My family has fished this harbour for three generations too,”
F number three
> Fisheries New Zealand said in a statement that any application for a mātaitai would go through “a full public process” and would not change recreational bag limits.
O government Fisheries New Zealand
Q direct Fisheries New Zealand :: “a full public process”
> The settlement must now be passed into law. Henare-Whitfield said he expected to introduce the Ngāti Tūrongowai Claims Settlement Bill to Parliament “before the winter recess”, after officials from the Office for Māori Crown Relations – Te Arawhiti finish drafting it with the iwi.
P partial Henare-Whitfield
O government Parliament
Q direct Paul Henare-Whitfield :: “before the winter recess”
O government Office for Māori Crown Relations – Te Arawhiti
'''

ARTICLES['641-azores-goraz-quota-cut-horta-harbour-blockade-faial-pico-condor-seamount-lotacor-portugal-resident'] = r'''
> Azores
L region Azores
> Azores fishermen block Horta harbour over 30% cut in seabream quota
L region Azores
L city Horta
F percent 30%
> By Inês Furtado Brum
P full Inês Furtado Brum
> January 13, 2038
F date January 13, 2038
> Longliners moored in Horta, on the island of Faial. Photo: Governo dos Açores
L city Horta
L geo Faial
O government Governo dos Açores
> Around 80 fishing boats from Faial, Pico and São Jorge blocked the entrance to Horta harbour for six hours on Tuesday in protest at a 30% cut in the quota for blackspot seabream, known locally as goraz, the most valuable fish landed in the Azores.
F number 80
L geo Faial
L geo Pico
L geo São Jorge
L city Horta
F duration six hours
F percent 30%
L region Azores
> The cut, which lowers the Azores' catch limit to 412 tonnes a year for 2038 and 2039, was agreed by EU fisheries ministers in Brussels in December on the advice of the International Council for the Exploration of the Sea (ICES). ICES has warned for three years that the stock around the islands is at its lowest level since monitoring began in 1995.
L region Azores
F quantity 412 tonnes
F date 2038
F date 2039
O intergovernmental EU
L city Brussels
O intergovernmental International Council for the Exploration of the Sea
O intergovernmental ICES
O intergovernmental ICES
F duration three years
F date 1995
> "They want a man with a 12-metre boat and four crew to live on a third of what he caught five years ago," said Gualter Dutra da Rosa, president of the Azores Fisheries Federation (Federação das Pescas dos Açores), which organised the protest.
Q direct Gualter Dutra da Rosa :: "They want a man with a 12-metre boat and four crew to live on a third of what he caught five years ago,"
F quantity 12-metre
F number four
F fraction a third
F duration five years
P full Gualter Dutra da Rosa
O nonprofit Azores Fisheries Federation
O nonprofit Federação das Pescas dos Açores
> "Nobody here is against science. We are against a decision taken in Brussels by people who have never seen a goraz alive."
Q direct Gualter Dutra da Rosa :: "Nobody here is against science. We are against a decision taken in Brussels by people who have never seen a goraz alive."
L city Brussels
> The boats, most of them longliners that set up to 3,000 hooks a day on the seamounts south of Faial, left port at 7am and formed a line across the mouth of the harbour, between the breakwater and Porto Pim beach.
F number 3,000
L geo Faial
F time 7am
L geo Porto Pim
> Atlânticoline suspended its ferries between Horta and Madalena, on Pico, until the blockade ended at 1pm. The maritime police (Polícia Marítima) said there had been no incidents.
O company Atlânticoline
L city Horta
L city Madalena
L geo Pico
F time 1pm
O government Polícia Marítima
> Goraz fetched an average of €19.30 per kilo at Lotaçor's fish auctions in 2037, making the 588 tonnes landed last year worth about €11.3 million to the fleet, according to the regional fisheries directorate.
F money €19.30
O company Lotaçor
F date 2037
F quantity 588 tonnes
F money €11.3 million
> Regional fisheries secretary Rui Ávila Goulart, who met the protesters on the quayside, said the regional government would ask the European Commission to phase the cut in over three years and would pay €1.8 million in compensation to boat owners and crews this year.
P full Rui Ávila Goulart
O intergovernmental European Commission
F duration three years
F money €1.8 million
> "What we need is a transition, not a cliff," he told reporters. The Legislative Assembly of the Azores, which sits in Horta, is to debate a resolution on the quota on January 26.
Q direct Rui Ávila Goulart :: "What we need is a transition, not a cliff,"
O government Legislative Assembly of the Azores
L city Horta
F date January 26
> Sofia Melo Serpa, a marine biologist at the Okeanos research centre of the University of the Azores, said catches of young fish on the Condor and Princess Alice banks had fallen sharply since 2030.
P full Sofia Melo Serpa
O education Okeanos
O education University of the Azores
L geo Condor
L geo Princess Alice
F date 2030
> "The fish we catch on the Condor are smaller every year. If we keep fishing the young ones, there will be no goraz left for anybody to argue about," she said.
Q direct Sofia Melo Serpa :: "The fish we catch on the Condor are smaller every year. If we keep fishing the young ones, there will be no goraz left for anybody to argue about,"
L geo Condor
> A skipper from Madalena who did not want to be named said he had already laid off two of his five crew. "With 412 tonnes for the whole region, my share is maybe nine tonnes. Nine tonnes does not pay for the diesel," he said.
L city Madalena
F number two
F number five
Q direct - :: "With 412 tonnes for the whole region, my share is maybe nine tonnes. Nine tonnes does not pay for the diesel,"
F quantity 412 tonnes
F quantity nine tonnes
F quantity Nine tonnes
> The Azores have about 2,900 registered fishermen and 560 licensed boats, 85% of them under 12 metres long, according to the regional statistics service, SREA.
L region Azores
F number 2,900
F number 560
F percent 85%
F quantity 12 metres
O government SREA
> Source: Lusa
O media Lusa
'''

ARTICLES['642-makaike-ola-pono-solar-fraud-trial-keaukaha-panaewa-homesteaders-dhhl-honolulu-star-advertiser'] = r'''
> Hawaii News
L region Hawaii
> Homesteaders tell jury of solar panels that never came in Hilo fraud trial
L city Hilo
> By Leilani Kaʻōnohi-Brandt
P full Leilani Kaʻōnohi-Brandt
> lkaonohi@staradvertiser.com
> March 15, 2038
F date March 15, 2038
> Updated 8:12 p.m.
F time 8:12 p.m.
> KEOLA N. SILVA / KSILVA@STARADVERTISER.COM Kawika Makaʻike, right, walked with his attorney, Wendell K. Fujioka, into the Prince Kuhio Federal Building in Honolulu on Monday.
P full KEOLA N. SILVA
P full Kawika Makaʻike
P full Wendell K. Fujioka
L facility Prince Kuhio Federal Building
L city Honolulu
> Puanani Kealamakia paid $14,800 in cash and cashier’s checks in 2035 for a rooftop solar system on her Keaukaha home. On Monday, a jury in U.S. District Court in Honolulu heard that the panels never arrived — and neither did her money.
P full Puanani Kealamakia
F money $14,800
F date 2035
L city Keaukaha
O government U.S. District Court
L city Honolulu
> Kealamakia, 71, was the first of an expected 30 homesteaders from Keaukaha and Panaʻewa to testify against Kawika Makaʻike, 52, of Hilo, whose company, Ola Pono Solar LLC, prosecutors say took $3.4 million in deposits from 236 Native Hawaiian families between 2034 and 2036 and finished systems on fewer than 20 homes.
P partial Kealamakia
F age 71
F number 30
L city Keaukaha
L city Panaʻewa
P full Kawika Makaʻike
F age 52
L city Hilo
O company Ola Pono Solar LLC
F money $3.4 million
F number 236
F date 2034
F date 2036
F number 20
> Makaʻike is charged with 17 counts of wire fraud and three counts of money laundering. He has pleaded not guilty. Each wire fraud count carries a maximum sentence of 20 years in prison.
P partial Makaʻike
F number 17
F number three
F duration 20 years
> “He came to our church. He knew our kupuna by name. That’s why we trusted him,” Kealamakia told the jury of eight women and four men, wiping her eyes.
Q direct Puanani Kealamakia :: “He came to our church. He knew our kupuna by name. That’s why we trusted him,”
P partial Kealamakia
F number eight
F number four
> She said Makaʻike texted her in December 2035: “Your panels are on the barge from Honolulu. Tell [Samuel Kealamakia] the crew comes right after Christmas.” Her husband died in 2037. The panels never came.
P partial Makaʻike
F date December 2035
Q direct Kawika Makaʻike :: “Your panels are on the barge from Honolulu. Tell [Samuel Kealamakia] the crew comes right after Christmas.”
L city Honolulu
P full Samuel Kealamakia
F date 2037
> In her opening statement, Assistant U.S. Attorney Rachel Tanigawa-Boyd told jurors that Makaʻike used the deposits to pay off a $610,000 mortgage on a house in Kailua-Kona, buy two trucks and pay for trips to Las Vegas, where he lost more than $400,000 at casinos.
L country U.S.
P full Rachel Tanigawa-Boyd
P partial Makaʻike
F money $610,000
L city Kailua-Kona
F number two
L city Las Vegas
F money $400,000
> “This was not a business that failed. This was a business that was never meant to succeed,” Tanigawa-Boyd said.
Q direct Rachel Tanigawa-Boyd :: “This was not a business that failed. This was a business that was never meant to succeed,”
P partial Tanigawa-Boyd
> Defense attorney Wendell K. Fujioka told jurors his client was “a bad businessman, not a thief,” who was ruined when a mainland supplier went bankrupt in 2035 and a backlog of grid connections on Hawaii island left dozens of orders waiting.
P full Wendell K. Fujioka
Q direct Wendell K. Fujioka :: “a bad businessman, not a thief,”
F date 2035
L geo Hawaii
> “Mr. Makaʻike will tell you himself that he made promises he could not keep,” Fujioka said. “Breaking a promise is not a federal crime.”
Q direct Wendell K. Fujioka :: “Mr. Makaʻike will tell you himself that he made promises he could not keep,”
P partial Makaʻike
P partial Fujioka
Q direct Wendell K. Fujioka :: “Breaking a promise is not a federal crime.”
> Makaʻike did not answer questions from the Star-Advertiser as he left the courthouse.
P partial Makaʻike
O media Star-Advertiser
> FBI Special Agent Dustin Nakoa-Ferreira testified in the afternoon that bank records showed Makaʻike moved $1.2 million of the deposits into an account in his wife’s name, usually within 48 hours of receiving them.
O government FBI
P full Dustin Nakoa-Ferreira
P partial Makaʻike
F money $1.2 million
F duration 48 hours
> The Department of Hawaiian Home Lands (DHHL), which leases homestead lots in Keaukaha and Panaʻewa to Native Hawaiians for $1 a year for 99 years, said in a statement that it was “heartbroken” for the families and was working with the state Office of Consumer Protection on a restitution fund.
O government Department of Hawaiian Home Lands
O government DHHL
L city Keaukaha
L city Panaʻewa
F money $1
F duration 99 years
Q direct Department of Hawaiian Home Lands :: “heartbroken”
O government Office of Consumer Protection
> A Panaʻewa homesteader waiting outside the courtroom, who asked not to be named because she is expected to testify, said several families had taken out second mortgages to pay their deposits. “Some of us are paying for sunshine we never got,” she said.
L city Panaʻewa
Q direct - :: “Some of us are paying for sunshine we never got,”
> State tax credits of 35% and Hawaii’s goal of 100% renewable electricity by 2045 drove a boom in rooftop solar sales on the Big Island in the early 2030s, and door-to-door sellers targeted homestead communities, consumer advocates have said.
F percent 35%
L region Hawaii
F percent 100%
F date 2045
L geo Big Island
F date 2030s
> The trial before U.S. District Judge Marian Kaleikini Sato is expected to last three weeks. Testimony resumes at 9 a.m. Tuesday.
L country U.S.
P full Marian Kaleikini Sato
F duration three weeks
F time 9 a.m.
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
