#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval241 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval241/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1489-penang-mutiara-line-lrt-viaduct-reaches-bayan-lepas-sungai-nibong-the-star'] = r'''
> Metro
> Mutiara Line passes 50% mark as viaduct reaches Bayan Lepas
L facility Mutiara Line
F percent 50%
L city Bayan Lepas
> Exco man says RM10.2bil LRT on track for 2042, but Sungai Nibong residents want their nights back
F money RM10.2bil
F date 2042
L city Sungai Nibong
> By CHONG MEI LIN
P full CHONG MEI LIN
> Saturday, 17 Mar 2040 8:15 AM MYT
F date 17 Mar 2040
F time 8:15 AM MYT
> Workers secure a precast segment on the viaduct above Jalan Tun Dr Awang in Sungai Nibong on Friday. — CHONG MEI LIN/The Star
L street Jalan Tun Dr Awang
L city Sungai Nibong
P full CHONG MEI LIN
O media The Star
> GEORGE TOWN: Construction of Penang's Mutiara Line has passed the halfway point, with the 29.5km light rail transit (LRT) line now 51.3% complete and its viaduct reaching Bayan Lepas for the first time.
L city GEORGE TOWN
L region Penang
L facility Mutiara Line
F quantity 29.5km
F percent 51.3%
L city Bayan Lepas
> State infrastructure and transport committee chairman Datuk Lim Kok Seng said the last of 1,240 precast segments for the Sungai Nibong to Bayan Lepas stretch was lifted into place at 2.40am on Friday (March 16).
P full Lim Kok Seng
F number 1,240
L city Sungai Nibong
L city Bayan Lepas
F time 2.40am
F date March 16
> "We are on schedule. Of the 21 stations, the piers for 14 are up, and the stations at Komtar, Jelutong and Sungai Pinang will be roofed by December," he said at a briefing at Komtar yesterday.
Q direct Lim Kok Seng :: "We are on schedule. Of the 21 stations, the piers for 14 are up, and the stations at Komtar, Jelutong and Sungai Pinang will be roofed by December,"
F number 21
F number 14
L facility Komtar
L city Jelutong
L city Sungai Pinang
L facility Komtar
> Lim said the RM10.2bil project, built by a consortium led by Gerbang Rel Utara Sdn Bhd (GRU), remained within budget despite a 7% rise in steel prices since 2038, and that the line should carry its first passengers in the second half of 2042.
P partial Lim
F money RM10.2bil
O company Gerbang Rel Utara Sdn Bhd
O company GRU
F percent 7%
F date 2038
F date 2042
> "The first half of the job was the hard part because we were building over the busiest roads on the island. The second half is mostly stations and systems," he added.
Q direct Lim Kok Seng :: "The first half of the job was the hard part because we were building over the busiest roads on the island. The second half is mostly stations and systems,"
> GRU project director Ir Nurul Ain Hashim said up to 650 workers were on site each night, with most of the heavy lifting done between 11pm and 5am to keep traffic moving on the Tun Dr Lim Chong Eu Expressway.
O company GRU
P full Nurul Ain Hashim
F number 650
F time 11pm
F time 5am
L street Tun Dr Lim Chong Eu Expressway
> "My team calls the launching gantry 'the Big Mama' because she never sleeps. We have moved it 38 times since the first pier was cast in June 2037," she said.
Q direct Nurul Ain Hashim :: "My team calls the launching gantry 'the Big Mama' because she never sleeps. We have moved it 38 times since the first pier was cast in June 2037,"
F number 38
F date June 2037
> Residents of George Town's southern suburbs are less cheerful. At Sungai Nibong, where the viaduct runs about 12m from some homes, they say night works have kept them awake for months.
L city George Town
L city Sungai Nibong
F quantity 12m
> "Three nights a week the noise goes on until dawn. My grandson has his exams in November," said retired teacher Madam Tan Siew Hoon, 67, who has lived on Jalan Sungai Nibong for 31 years.
Q direct Tan Siew Hoon :: "Three nights a week the noise goes on until dawn. My grandson has his exams in November,"
F number Three
P full Tan Siew Hoon
F age 67
L street Jalan Sungai Nibong
F duration 31 years
> Tan said some 40 households had signed a petition asking for the noisiest work to stop at midnight, and for "at least one night off a week".
P partial Tan
F number 40
Q direct Tan Siew Hoon :: "at least one night off a week"
F number one
> Lim said the state had told GRU to put up 2.4m-high noise barriers along a 600m stretch and to keep noise below 65 decibels after 10pm.
P partial Lim
O company GRU
F quantity 2.4m
F quantity 600m
F quantity 65 decibels
F time 10pm
> Penang Forum, a civil society coalition, said the so-called "night shift problem" showed that consultation had come too late. "Residents should hear about the works before the cranes arrive, not after," it said in a statement.
O nonprofit Penang Forum
Q scare - :: "night shift problem"
Q direct Penang Forum :: "Residents should hear about the works before the cranes arrive, not after,"
> The federal government is paying RM7.5bil of the cost, with the balance raised by the state through land reclamation at the Penang South Islands off Permatang Damar Laut. Putrajaya approved the final tranche of RM1.8bil in January 2040.
F money RM7.5bil
L geo Penang South Islands
L city Permatang Damar Laut
L city Putrajaya
F money RM1.8bil
F date January 2040
> Once complete, the line is expected to cut the journey from Komtar to Penang International Airport to 32 minutes and to carry 115,000 passengers a day by 2044, about a third of them from the mainland via the Penang Bridge.
L facility Komtar
L facility Penang International Airport
F duration 32 minutes
F number 115,000
F date 2044
F fraction a third
L facility Penang Bridge
'''

ARTICLES['1490-peguis-first-nation-flood-evacuation-fisher-river-ice-jam-winnipeg-cbc-manitoba'] = r'''
> Manitoba
L region Manitoba
> Rising Fisher River forces evacuation of Peguis First Nation to Winnipeg
L geo Fisher River
O government Peguis First Nation
L city Winnipeg
> More than 1,900 people flown or bused out after ice jam sends water over roads
F number 1,900
> Aimée Desjarlais-Beaulieu · CBC News · Posted: Apr 22, 2041 6:30 AM CDT | Last Updated: April 22, 2041
P full Aimée Desjarlais-Beaulieu
O media CBC News
F date Apr 22, 2041
F time 6:30 AM CDT
F date April 22, 2041
> Water from the Fisher River covers Highway 224 near the band office in Peguis on Sunday. (Aimée Desjarlais-Beaulieu/CBC)
L geo Fisher River
L street Highway 224
L city Peguis
P full Aimée Desjarlais-Beaulieu
O media CBC
> Peguis First Nation has ordered a full evacuation of its roughly 3,400 on-reserve residents after an ice jam on the Fisher River sent water over the main roads into the community, about 190 kilometres north of Winnipeg.
O government Peguis First Nation
F number 3,400
L geo Fisher River
F quantity 190 kilometres
L city Winnipeg
> By Sunday night, 1,940 people had left — 1,310 by bus and 630 on 11 flights from the Peguis airstrip — and most were staying in hotels in Winnipeg and Brandon, according to the Canadian Red Cross.
F number 1,940
F number 1,310
F number 630
F number 11
L facility Peguis
L city Winnipeg
L city Brandon
O nonprofit Canadian Red Cross
> Chief Delphine Spence said the water rose "faster than anybody has ever seen" overnight Saturday, cutting off Highway 224 and the road to the south end of the reserve.
P full Delphine Spence
Q direct Delphine Spence :: "faster than anybody has ever seen"
L street Highway 224
> "We had people on roofs at 2 a.m. waiting for boats. Our volunteers went out in the dark in freezing water to get them," Spence said. "I'm proud of them, but nobody should have to do that.
Q direct Delphine Spence :: "We had people on roofs at 2 a.m. waiting for boats. Our volunteers went out in the dark in freezing water to get them,"
F time 2 a.m.
P partial Spence
Q direct Delphine Spence :: "I'm proud of them, but nobody should have to do that.
> "Every spring we ask Ottawa for an all-weather road and proper dikes, and every spring we end up in hotel rooms two hours away."
Q direct Delphine Spence :: "Every spring we ask Ottawa for an all-weather road and proper dikes, and every spring we end up in hotel rooms two hours away."
L city Ottawa
F duration two hours
> The community, in Manitoba's Interlake region, was also evacuated in 2038, when about 1,100 members spent up to nine months away from home. The so-called "temporary" dike built after that flood was overtopped early Sunday.
L region Manitoba
L region Interlake
F date 2038
F number 1,100
F duration nine months
Q scare - :: "temporary"
> Manitoba's Hydrologic Forecast Centre said Sunday the river had risen 1.6 metres in 24 hours and was expected to crest Tuesday or Wednesday. A flood warning remains in effect from Peguis downstream to Koostatak and Lake Winnipeg.
L region Manitoba
O government Hydrologic Forecast Centre
F quantity 1.6 metres
F duration 24 hours
L city Peguis
L city Koostatak
L geo Lake Winnipeg
> The Manitoba Emergency Management Organization (EMO) said about 28,000 hectares of farmland and bush were under water in the rural municipalities of Fisher and Bifrost-Riverton.
O government Manitoba Emergency Management Organization
O government EMO
F quantity 28,000 hectares
L region Fisher
L region Bifrost-Riverton
> An EMO spokesperson said two Canadian Armed Forces helicopters were on standby in Gimli. "If the jam lets go the way we think it might, we could see another 40 centimetres very quickly," the spokesperson said.
O government EMO
F number two
O government Canadian Armed Forces
L city Gimli
Q direct - :: "If the jam lets go the way we think it might, we could see another 40 centimetres very quickly,"
F quantity 40 centimetres
> Shaylene Cochrane, 34, was on one of the last buses out Sunday afternoon with her three children and her mother, who uses a wheelchair.
P full Shaylene Cochrane
F age 34
F number three
> "The kids think it's a trip. My mom keeps asking when we're going home, and I don't know what to tell her," Cochrane said from a hotel near Winnipeg's airport.
Q direct Shaylene Cochrane :: "The kids think it's a trip. My mom keeps asking when we're going home, and I don't know what to tell her,"
P partial Cochrane
L city Winnipeg
> Red Cross spokesperson Marc-André Lavoie said the agency had registered 1,872 evacuees so far and was planning for a stay of "at least 10 days."
O nonprofit Red Cross
P full Marc-André Lavoie
F number 1,872
Q direct Marc-André Lavoie :: "at least 10 days."
F duration 10 days
> He said volunteers from Brandon, Selkirk and Thompson had set up a reception centre at the RBC Convention Centre in downtown Winnipeg, where evacuees can get meals, clothing and help with medication.
L city Brandon
L city Selkirk
L city Thompson
L facility RBC Convention Centre
L city Winnipeg
> Indigenous Services Canada (ISC) said in a statement it would cover "all eligible costs" of the evacuation and was working with the province on the dikes.
O government Indigenous Services Canada
O government ISC
Q direct Indigenous Services Canada :: "all eligible costs"
> Classes at Peguis Central School are cancelled until at least May 5.
O education Peguis Central School
F date May 5
'''

ARTICLES['1491-eu-black-sea-turbot-adriatic-fishing-days-deal-overnight-brussels-politico-europe'] = r'''
> Fisheries
> EU ministers cut Black Sea turbot catch after all-night haggling in Brussels
O intergovernmental EU
L geo Black Sea
L city Brussels
> The deal keeps the sprat quota flat but trims Adriatic fishing days by 8 percent, which campaigners called “a slow-motion retreat.”
L geo Adriatic
F percent 8 percent
Q direct Blue Horizon Europe :: “a slow-motion retreat.”
> By Sofia Marchetti
P full Sofia Marchetti
> December 17, 2041 7:42 am CET
F date December 17, 2041
F time 7:42 am CET
> Fisheries ministers arrive for the second day of talks at the Europa building in Brussels. | Kenzo Dubreuil/AFP via Getty Images
L facility Europa
L city Brussels
P full Kenzo Dubreuil
O media AFP
O company Getty Images
> BRUSSELS — EU fisheries ministers agreed early Tuesday to cut the Black Sea turbot quota by 12 percent for 2042, wrapping up a Council meeting that ran for more than 20 hours and ended just before 5 a.m.
L city BRUSSELS
O intergovernmental EU
L geo Black Sea
F percent 12 percent
F date 2042
O intergovernmental Council
F duration 20 hours
F time 5 a.m.
> Under the deal, Bulgarian and Romanian boats — the only EU fleets working the Black Sea — will share a turbot catch of 132 tonnes, down from 150 tonnes this year. The sprat quota stays at 11,800 tonnes.
O intergovernmental EU
L geo Black Sea
F quantity 132 tonnes
F quantity 150 tonnes
F quantity 11,800 tonnes
> In the Adriatic, ministers agreed to trim the number of days trawlers can fish for anchovy and sardine by 8 percent, less than the 15 percent the European Commission had proposed in October.
L geo Adriatic
F percent 8 percent
F percent 15 percent
O intergovernmental European Commission
> Denmark’s fisheries minister, Karen Østergaard, who chaired the talks because her country holds the rotating Council presidency, said the result was “balanced, if not beautiful.”
L country Denmark
P full Karen Østergaard
O intergovernmental Council
Q direct Karen Østergaard :: “balanced, if not beautiful.”
> “Nobody leaves this room happy, and that is usually the sign of a fair deal,” Østergaard told reporters at 5:20 a.m. “We protected the turbot, we kept the small-scale fleets at sea, and we did it with the science on the table.”
Q direct Karen Østergaard :: “Nobody leaves this room happy, and that is usually the sign of a fair deal,”
P partial Østergaard
F time 5:20 a.m.
Q direct Karen Østergaard :: “We protected the turbot, we kept the small-scale fleets at sea, and we did it with the science on the table.”
> Tomasz Wilk, spokesperson for the fisheries commissioner, said the Commission “regrets” that ministers went below its proposal for the Adriatic but welcomed the turbot cut, which follows advice from the General Fisheries Commission for the Mediterranean (GFCM).
P full Tomasz Wilk
O intergovernmental Commission
Q direct Tomasz Wilk :: “regrets”
L geo Adriatic
O intergovernmental General Fisheries Commission for the Mediterranean
O intergovernmental GFCM
> “The turbot stock is recovering, but it is recovering from a very low point. Cutting now is how you keep it recovering,” Wilk said.
Q direct Tomasz Wilk :: “The turbot stock is recovering, but it is recovering from a very low point. Cutting now is how you keep it recovering,”
P partial Wilk
> Italy and Croatia, whose fleets do most of the Adriatic fishing, had pushed for a cut of no more than 5 percent. Rome threatened to block the whole package until Zagreb brokered a compromise at about 2 a.m., according to two diplomats.
L country Italy
L country Croatia
L geo Adriatic
F percent 5 percent
L city Rome
L city Zagreb
F time 2 a.m.
F number two
> An EU diplomat, who was granted anonymity to discuss the closed-door talks, said the Italian delegation had “spent three hours arguing about two percentage points.”
O intergovernmental EU
Q direct - :: “spent three hours arguing about two percentage points.”
F duration three hours
F percent two percentage points
> Campaigners were unimpressed. Blue Horizon Europe, a Brussels-based ocean NGO, said the Adriatic deal was “a slow-motion retreat” from the EU’s own rules and that anchovy stocks there had fallen by a third since 2036.
O nonprofit Blue Horizon Europe
L city Brussels
L geo Adriatic
Q direct Blue Horizon Europe :: “a slow-motion retreat”
O intergovernmental EU
F fraction a third
F date 2036
> “Ministers keep treating the scientific advice as an opening bid,” said the group’s policy director, Ilse Martens. “Every year they shave a little off, and every year the fish pay for it.”
Q direct Ilse Martens :: “Ministers keep treating the scientific advice as an opening bid,”
P full Ilse Martens
Q direct Ilse Martens :: “Every year they shave a little off, and every year the fish pay for it.”
> The industry saw it differently. The Federation of Mediterranean Fishing Cooperatives (FMFC) called the outcome “survivable” for the 4,300 boats it represents, but warned that fuel costs were already up 18 percent on 2040.
O nonprofit Federation of Mediterranean Fishing Cooperatives
O nonprofit FMFC
Q direct Federation of Mediterranean Fishing Cooperatives :: “survivable”
F number 4,300
F percent 18 percent
F date 2040
> Ministers also kept the so-called “effort regime” for deep-water trawlers in the Strait of Sicily unchanged for two years, pending a review due in June 2043.
Q scare - :: “effort regime”
L geo Strait of Sicily
F duration two years
F date June 2043
> The new limits take effect on January 1. As in previous years, Bulgaria and Romania will each receive half of the turbot total.
F date January 1
L country Bulgaria
L country Romania
F fraction half
'''

ARTICLES['1492-riyadh-boulevard-city-zahra-arena-concert-venue-opens-gea-arab-news'] = r'''
> Lifestyle
> Riyadh’s Boulevard City Opens 18,000-Seat Arena With Sold-Out Show
L city Riyadh
L facility Boulevard City
F number 18,000
> GEA says the venue is the largest indoor concert hall in Saudi Arabia, with 2.5 million visitors expected in its first year
O government GEA
L country Saudi Arabia
F number 2.5 million
> Updated 15 November 2041
F date 15 November 2041
> Fans arrive for the opening night of the Zahra Arena in Boulevard City on Thursday. (AN photo by Huda Al-Qahtani)
L facility Zahra Arena
L facility Boulevard City
O media AN
P full Huda Al-Qahtani
> RIYADH: A new 18,000-seat indoor arena opened in Riyadh’s Boulevard City on Thursday night with a sold-out concert that the General Entertainment Authority (GEA) said drew fans from 23 countries.
L city RIYADH
F number 18,000
L city Riyadh
L facility Boulevard City
O government General Entertainment Authority
O government GEA
F number 23
> The Zahra Arena, built for SR2.7 billion ($720 million) on a 9-hectare plot beside Boulevard World, held its first show on Dhu Al-Qadah 21, 1463 (Nov. 14, 2041), as part of the Riyadh Season calendar.
L facility Zahra Arena
F money SR2.7 billion
F money $720 million
F quantity 9-hectare
L facility Boulevard World
F date Dhu Al-Qadah 21, 1463
F date Nov. 14, 2041
> “This arena is built for the next 20 years of Saudi music,” said Nawaf bin Khalid Al-Shammari, the GEA’s vice president for live entertainment. “The acoustics were designed with engineers from three continents, and the roof can close in 11 minutes when the summer heat arrives.”
Q direct Nawaf bin Khalid Al-Shammari :: “This arena is built for the next 20 years of Saudi music,”
F duration 20 years
P full Nawaf bin Khalid Al-Shammari
O government GEA
Q direct Nawaf bin Khalid Al-Shammari :: “The acoustics were designed with engineers from three continents, and the roof can close in 11 minutes when the summer heat arrives.”
F number three
F duration 11 minutes
> Al-Shammari said Saudi Arabia had hosted more than 4,600 live events in 2040, up 35 percent on the year before, and that the new venue alone would stage about 140 nights a year under Vision 2030.
P partial Al-Shammari
L country Saudi Arabia
F number 4,600
F date 2040
F percent 35 percent
F number 140
> The arena is run by Sahat Live, a Riyadh-based venue operator. Its chief executive, Eng. Lama Al-Rasheed, said 92 percent of tickets for the first month had been sold, at prices from SR150 to SR2,400.
O company Sahat Live
L city Riyadh
P full Lama Al-Rasheed
F percent 92 percent
F money SR150
F money SR2,400
> “We were told that Riyadh would not fill an arena this size on a weeknight. We filled it, and the line at Gate 4 started at 4 p.m.,” she said.
Q direct Lama Al-Rasheed :: “We were told that Riyadh would not fill an arena this size on a weeknight. We filled it, and the line at Gate 4 started at 4 p.m.,”
L city Riyadh
F time 4 p.m.
> She said the arena employs 1,150 people, three-quarters of them Saudi nationals, and that a quarter of the seats can be removed to make room for standing crowds of up to 22,500.
F number 1,150
F fraction three-quarters
F fraction a quarter
F number 22,500
> The building also has 48 hospitality suites and parking for 6,500 cars, Al-Rasheed said.
F number 48
F number 6,500
P partial Al-Rasheed
> Its glowing facade has already earned it a nickname among fans on social media: “the Lantern.”
Q scare - :: “the Lantern.”
> The opening night was headlined by singer Faris Al-Dosari, backed by a 60-piece orchestra from the Saudi Music Commission.
P full Faris Al-Dosari
F number 60
O government Saudi Music Commission
> “I saw my first concert in Bahrain in 2036 because there was nothing like this nearby. Now my little sister goes to shows every month,” said Abeer Al-Harthi, 27, who drove 40 minutes from the Al-Narjis district with two friends.
Q direct Abeer Al-Harthi :: “I saw my first concert in Bahrain in 2036 because there was nothing like this nearby. Now my little sister goes to shows every month,”
L country Bahrain
F date 2036
P full Abeer Al-Harthi
F age 27
F duration 40 minutes
L city Al-Narjis
F number two
> “My father used to say, ‘Concerts are for tourists.’ Tonight he bought his own ticket,” she added.
Q direct Abeer Al-Harthi :: “My father used to say, ‘Concerts are for tourists.’ Tonight he bought his own ticket,”
> Getting home took longer. Traffic on Prince Turki Al-Awwal Road slowed to a crawl for nearly two hours after the show, and a municipal official, who asked not to be named, said parking would be reviewed before the next concert on Nov. 21.
L street Prince Turki Al-Awwal Road
F duration two hours
F date Nov. 21
> “We learned a lot tonight, mostly about car parks,” the official said.
Q direct - :: “We learned a lot tonight, mostly about car parks,”
'''

ARTICLES['1493-wimbledon-quarter-final-quiroga-beats-prentice-two-tie-breaks-centre-court-the-times'] = r'''
> Tennis
> Prentice’s run ends under the roof as Quiroga wins two tie-breaks
P partial Prentice
P partial Quiroga
F number two
> Argentinian fourth seed saves three set points on Centre Court to reach his first Wimbledon semi-final
F number three
L facility Centre Court
> Stuart Hennessy-Vaughan, Tennis Correspondent
P full Stuart Hennessy-Vaughan
> Wednesday July 9 2042, 12.01am, The Times
F date July 9 2042
F time 12.01am
O media The Times
> Quiroga celebrates after taking the third-set tie-break 11-9
P partial Quiroga
F score 11-9
> RHYS OKAFOR-WEBB/GETTY IMAGES
P full RHYS OKAFOR-WEBB
O company GETTY IMAGES
> The roof was shut, the clock on Centre Court had passed 9.40pm and Oliver Prentice had nothing left. Mateo Quiroga read the last serve, cracked a backhand return down the line and, after three hours and 41 minutes, the last British man in the draw was gone.
L facility Centre Court
F time 9.40pm
P full Oliver Prentice
P full Mateo Quiroga
F duration three hours
F duration 41 minutes
> Quiroga, the fourth seed from Rosario, won 7-6 (5) 4-6 7-6 (9) 6-3 to reach the semi-finals at the age of 29. He will play Henrik Vasenius of Finland on Friday.
P partial Quiroga
L city Rosario
F score 7-6 (5)
F score 4-6
F score 7-6 (9)
F score 6-3
F age 29
P full Henrik Vasenius
L country Finland
> Prentice, 24, the 12th seed from Lytham St Annes in Lancashire, served 23 aces and won 71 per cent of points on his first serve, but he was broken twice in the fourth set and never led in either tie-break.
P partial Prentice
F age 24
L city Lytham St Annes
L region Lancashire
F number 23
F percent 71 per cent
> The third-set tie-break decided it. Prentice had three set points at 6-3 and another at 8-7, but Quiroga saved them all, the last with a half-volley that clipped the net cord, and took it 11-9.
P partial Prentice
F number three
F score 6-3
F score 8-7
P partial Quiroga
F score 11-9
> “When he hit that volley long I thought, ‘OK, this is my night,’” said Quiroga, whom the Argentine press call “El Muro”. “I told my coach before the match that if it went long, I would win. He said, ‘Mateo, please don’t make it long.’”
Q direct Mateo Quiroga :: “When he hit that volley long I thought, ‘OK, this is my night,’”
P partial Quiroga
Q scare - :: “El Muro”
Q direct Mateo Quiroga :: “I told my coach before the match that if it went long, I would win. He said, ‘Mateo, please don’t make it long.’”
P partial Mateo
> Quiroga hit 52 winners to Prentice’s 61 but made only 19 unforced errors, barely half his opponent’s 37.
P partial Quiroga
F number 52
P partial Prentice
F number 61
F number 19
F fraction half
F number 37
> Prentice was gracious but flat. “He played the big points better than me. That’s the whole story, really,” he said. “I had set points, I had the crowd, I had the roof shut.
P partial Prentice
Q direct Oliver Prentice :: “He played the big points better than me. That’s the whole story, really,”
Q direct Oliver Prentice :: “I had set points, I had the crowd, I had the roof shut.
> “It will hurt for a few days. Then I’ll look at the rankings, remember I’m 24 and in the top 15, and that is not a bad place to be.”
Q direct Oliver Prentice :: “It will hurt for a few days. Then I’ll look at the rankings, remember I’m 24 and in the top 15, and that is not a bad place to be.”
F age 24
F number 15
> His coach, Graham Tully, called the past season “the best 12 months of his career” and said the pair would skip the hard-court swing in Washington to rest a sore left shoulder.
P full Graham Tully
Q direct Graham Tully :: “the best 12 months of his career”
F duration 12 months
L city Washington
> The All England Club said the roof had been closed at 7.05pm because of light rain and would be used again for both men’s semi-finals if needed. A crowd of 14,980 stayed to the end.
O other All England Club
F time 7.05pm
F number 14,980
> A tournament official, who asked not to be named, said the 11pm curfew agreed with Merton Council had been “discussed, but never in danger”.
Q direct - :: “discussed, but never in danger”
F time 11pm
O government Merton Council
> Earlier, on No 1 Court, Vasenius beat Dashiell Porter of the United States 6-2 6-4 6-4 in an hour and 52 minutes. Prentice leaves with £725,000 in prize money and will rise to No 11 in the rankings next week.
L facility No 1 Court
P partial Vasenius
P full Dashiell Porter
L country United States
F score 6-2
F score 6-4
F score 6-4
F duration 52 minutes
F money £725,000
'''

ARTICLES['1494-cta-budget-gap-federal-pandemic-aid-runs-out-red-line-cuts-chicago-tribune'] = r'''
> Transportation
> CTA faces $740 million hole as federal pandemic aid runs dry
O government CTA
F money $740 million
> Agency warns of Red Line service cuts and a 25-cent fare increase unless Springfield steps in
L facility Red Line
F money 25-cent
L city Springfield
> By Dana Whitcombe-Ortiz | Chicago Tribune
P full Dana Whitcombe-Ortiz
O media Chicago Tribune
> PUBLISHED: September 18, 2041 at 5:45 AM CDT | UPDATED: September 18, 2041 at 11:02 AM CDT
F date September 18, 2041
F time 5:45 AM CDT
F date September 18, 2041
F time 11:02 AM CDT
> A Red Line train pulls into the 95th/Dan Ryan station on Tuesday. (Luis Padrón / Chicago Tribune)
L facility Red Line
L facility 95th/Dan Ryan
P full Luis Padrón
O media Chicago Tribune
> The Chicago Transit Authority will spend the last of its federal pandemic relief money in the first half of 2042 and faces a $740 million budget gap next year, its president told aldermen Tuesday, warning that riders could see longer waits, fewer trains and higher fares unless Illinois lawmakers act.
O government Chicago Transit Authority
F date 2042
F money $740 million
L region Illinois
> CTA President Renata Okonkwo-Blair said the agency had now used $3.1 billion in emergency aid that Congress approved during the 2037 pandemic, and that fare revenue was still only 71% of what it was in 2036.
O government CTA
P full Renata Okonkwo-Blair
F money $3.1 billion
O government Congress
F date 2037
F percent 71%
F date 2036
> "We have been living on borrowed time, and the clock runs out in April," Okonkwo-Blair told the City Council's transportation committee. "I am not here to scare anybody. I'm here to tell you the math."
Q direct Renata Okonkwo-Blair :: "We have been living on borrowed time, and the clock runs out in April,"
P partial Okonkwo-Blair
O government City Council
Q direct Renata Okonkwo-Blair :: "I am not here to scare anybody. I'm here to tell you the math."
> Under the budget proposal released Monday, Red Line trains would run every 8 minutes at rush hour instead of every 5 minutes, and the overnight "Owl" service on the line would end at 1 a.m. on weeknights. The base fare would rise 25 cents to $2.75, the first increase since 2039.
L facility Red Line
F duration 8 minutes
F duration 5 minutes
Q scare - :: "Owl"
F time 1 a.m.
F money 25 cents
F money $2.75
F date 2039
> Average weekday ridership on the Red Line, the system's busiest, was 148,300 in August, up 6.2% from a year earlier but still a quarter below its 2036 level.
L facility Red Line
F number 148,300
F percent 6.2%
F fraction a quarter
F date 2036
> Regional Transportation Authority board member Marcus Delahaye, who represents suburban Cook County, said the RTA will ask Springfield for $520 million in new operating money in the spring session. The RTA also oversees Metra and Pace, which face smaller gaps of $96 million and $41 million.
O government Regional Transportation Authority
P full Marcus Delahaye
L region Cook County
O government RTA
L city Springfield
F money $520 million
O government RTA
O government Metra
O government Pace
F money $96 million
F money $41 million
> "The pandemic money was a bridge. We all knew it was a bridge," Delahaye said. "The problem is nobody built the other side of it."
Q direct Marcus Delahaye :: "The pandemic money was a bridge. We all knew it was a bridge,"
P partial Delahaye
Q direct Marcus Delahaye :: "The problem is nobody built the other side of it."
> Ald. Yolanda Pruitt, 21st, whose ward includes the 79th Street and 87th Street stations, called the proposed cuts "a tax on the South Side." She said the committee would hold a second hearing before the board votes in November.
P full Yolanda Pruitt
L facility 79th Street
L facility 87th Street
Q direct Yolanda Pruitt :: "a tax on the South Side."
L region South Side
> On the platform at the Garfield stop Tuesday morning, Devonte Harris, 31, a home health aide who rides the Red Line from Roseland to the Loop five days a week, said he already waits up to 15 minutes for a train at night.
L facility Garfield
P full Devonte Harris
F age 31
L facility Red Line
L city Roseland
L region Loop
F duration five days
F duration 15 minutes
> "If you make it 20 minutes, people are going to stop taking the train, and then you've got an even bigger hole," Harris said. "My mom says, 'Just take the bus,' but the bus is worse."
Q direct Devonte Harris :: "If you make it 20 minutes, people are going to stop taking the train, and then you've got an even bigger hole,"
F duration 20 minutes
P partial Harris
Q direct Devonte Harris :: "My mom says, 'Just take the bus,' but the bus is worse."
> A CTA board member, who spoke on condition of anonymity because the board has not voted, said the agency had looked at selling advertising rights to all 145 stations. "Nobody on the board wants to vote for these cuts. We may not have a choice," the member said.
O government CTA
F number 145
Q direct - :: "Nobody on the board wants to vote for these cuts. We may not have a choice,"
> The CTA will hold a public hearing on the budget at 6 p.m. Oct. 7 at its headquarters, 567 W. Lake St.
O government CTA
F time 6 p.m.
F date Oct. 7
L address 567 W. Lake St.
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
