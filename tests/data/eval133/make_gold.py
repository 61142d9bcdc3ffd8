#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval133 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval133/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['841-kayanza-coffee-farmers-unpaid-washing-stations-odeca-cherries-rwanda-border-iwacu'] = r'''
> Economy
> Kayanza: coffee farmers still waiting for their money four months after the harvest
L region Kayanza
F duration four months
> By Egide Ndayisaba | April 22, 2039
P full Egide Ndayisaba
F date April 22, 2039
> Farmers sort coffee cherries at the Nemba washing station in Kabarore commune. ©Iwacu
L city Nemba
L region Kabarore
O media Iwacu
> In Kabarore commune, in Kayanza, a few kilometres from the Rwandan border, coffee farmers say they have not been paid for cherries they delivered as early as December. Some have started selling their crop across the border, which is illegal.
L region Kabarore
L region Kayanza
> "I delivered 420 kilos in December. Up to now, I have received nothing," says Spès Nizigiyimana, 51, a mother of six from Nemba hill. At BIF 2,800 per kilo, the price set by the government for the 2038-2039 season, the washing station owes her more than BIF 1.1 million.
Q direct Spès Nizigiyimana :: "I delivered 420 kilos in December. Up to now, I have received nothing,"
F quantity 420 kilos
P full Spès Nizigiyimana
F age 51
F number six
L city Nemba
F money BIF 2,800
F date 2038-2039
F money BIF 1.1 million
> She says she sold two goats in February to pay school fees for her children. "We are told to wait. But the children cannot wait. The school sends them home."
F number two
Q direct Spès Nizigiyimana :: "We are told to wait. But the children cannot wait. The school sends them home."
> According to the Office pour le Développement du Café du Burundi (ODECA), 14 of the 23 washing stations in Kayanza had not finished paying farmers by March 31, 2039. The office says it has received "about 60 complaints" since January.
O government Office pour le Développement du Café du Burundi
O government ODECA
F number 14
F number 23
L region Kayanza
F date March 31, 2039
Q direct Office pour le Développement du Café du Burundi :: "about 60 complaints"
F number 60
> Under the administrative reform that took effect in 2025 and cut the number of provinces from 18 to five, Kayanza is now part of Butanyerera province, together with Ngozi and Kirundo.
F date 2025
F number 18
F number five
L region Kayanza
L region Butanyerera
L region Ngozi
L region Kirundo
> ODECA's director general, Claver Ndabashinze, told Iwacu that the delays came from the exporters. "The washing stations sell to exporters, and the exporters pay only when the containers have left Bujumbura. This year the first contracts were signed late, in February," he said.
O government ODECA
P full Claver Ndabashinze
O media Iwacu
Q direct Claver Ndabashinze :: "The washing stations sell to exporters, and the exporters pay only when the containers have left Bujumbura. This year the first contracts were signed late, in February,"
L city Bujumbura
> He said 1,850 tonnes of green coffee had been shipped by mid-April, against 2,400 tonnes at the same time last year, and that all farmers would be paid "before the end of May".
F quantity 1,850 tonnes
F quantity 2,400 tonnes
Q direct Claver Ndabashinze :: "before the end of May"
> The manager of a private washing station in Kabarore, who asked not to be named, said his station had received a loan of BIF 96 million from a bank in Ngozi but needed BIF 240 million to pay its 1,300 suppliers. "When the bank stops, we stop. The farmer thinks we are thieves, but we are also waiting," he said.
L region Kabarore
F money BIF 96 million
L city Ngozi
F money BIF 240 million
F number 1,300
Q direct - :: "When the bank stops, we stop. The farmer thinks we are thieves, but we are also waiting,"
> On Nemba and the neighbouring hills of Muhanga commune, farmers say traders buy cherries at night and carry them on bicycles into Rwanda, where washing stations pay cash, up to 900 Rwandan francs a kilo.
L city Nemba
L region Muhanga
L country Rwanda
F money 900 Rwandan francs
> The Police Nationale du Burundi (PNB) said on April 15 that it had seized 3.5 tonnes of cherries and 11 bicycles on the border in Kabarore and Muhanga since February.
O government Police Nationale du Burundi
O government PNB
F date April 15
F quantity 3.5 tonnes
F number 11
L region Kabarore
L region Muhanga
> For CNAC Murima w'Isangi, the national confederation of coffee growers' associations, the problem is not new. "Every season we ask for a guarantee fund so that farmers are paid within 15 days. Every season we are told: next year," said its spokesperson, Déogratias Bigirimana.
O nonprofit CNAC Murima w'Isangi
Q direct Déogratias Bigirimana :: "Every season we ask for a guarantee fund so that farmers are paid within 15 days. Every season we are told: next year,"
F duration 15 days
P full Déogratias Bigirimana
> Coffee earned Burundi USD 58 million in 2038, according to the Banque de la République du Burundi (BRB), 6 percent less than in 2037. The crop is grown by about 600,000 households.
L country Burundi
F money USD 58 million
F date 2038
O government Banque de la République du Burundi
O government BRB
F percent 6 percent
F date 2037
F number 600,000
> Back on Nemba hill, Nizigiyimana has made up her mind. "If they have not paid by June, I will uproot some of the trees and plant beans," she said.
L city Nemba
P partial Nizigiyimana
Q direct Spès Nizigiyimana :: "If they have not paid by June, I will uproot some of the trees and plant beans,"
'''

ARTICLES['842-narmada-canal-overflow-floods-salt-pans-little-rann-kharaghoda-agariyas-indian-express'] = r'''
> Ahmedabad
L city Ahmedabad
> Narmada canal water floods salt pans in Little Rann, agariyas say season lost
L geo Narmada
L geo Little Rann
> Around 1,100 pans near Kharaghoda and Zinzuwada under water; SSNNL says escape gates shut, three-member panel to probe
F number 1,100
L city Kharaghoda
L city Zinzuwada
O company SSNNL
F number three
> Written by Bhargav Chudasama
P full Bhargav Chudasama
> Surendranagar | Updated: February 19, 2039 14:08 IST
L city Surendranagar
F date February 19, 2039
F time 14:08 IST
> Agariyas at a flooded salt pan near Kharaghoda on Tuesday. (Express Photo by Devang Rathod)
L city Kharaghoda
O media Express
P full Devang Rathod
> For 38-year-old Savitaben Kolipatel, the white crust that should have been ready for harvest in two weeks is now a brown pool. On Monday night, water from a branch of the Narmada Main Canal entered her family’s salt pan near Kharaghoda in Surendranagar district’s Patdi taluka and, by Tuesday morning, had covered all 10 acres.
F age 38-year-old
P full Savitaben Kolipatel
F duration two weeks
L facility Narmada Main Canal
L city Kharaghoda
L region Surendranagar
L region Patdi
F quantity 10 acres
> “We came here in October. Four months of work, and everything is gone in one night,” she said, standing at the edge of the pan with her husband Ramesh.
Q direct Savitaben Kolipatel :: “We came here in October. Four months of work, and everything is gone in one night,”
F duration Four months
F duration one night
P partial Ramesh
> According to the Agariya Adhikar Manch, which works with salt farmers in the Little Rann of Kutch, around 1,100 pans near Kharaghoda, Zinzuwada and Kuda were flooded between February 14 and February 17. Each pan yields 800 to 1,000 tonnes of salt a season, which traders buy at Rs 350 to Rs 400 a tonne.
O nonprofit Agariya Adhikar Manch
L geo Little Rann of Kutch
F number 1,100
L city Kharaghoda
L city Zinzuwada
L city Kuda
F date February 14
F date February 17
F quantity 800
F quantity 1,000 tonnes
F money Rs 350
F money Rs 400
> “The loss is at least Rs 3 crore for the agariyas alone, without counting the traders,” said Dilip Thakor, coordinator of the Manch. “Every year we write to SSNNL that the escape gates must be closed before the harvest. Every year they say they will look into it. This year the water came even after the Collector’s meeting in January.
Q direct Dilip Thakor :: “The loss is at least Rs 3 crore for the agariyas alone, without counting the traders,”
F money Rs 3 crore
P full Dilip Thakor
O nonprofit Manch
Q direct Dilip Thakor :: “Every year we write to SSNNL that the escape gates must be closed before the harvest. Every year they say they will look into it. This year the water came even after the Collector’s meeting in January.
O company SSNNL
> “Who will pay these families? The salt cannot be made again before the monsoon,” he said.
Q direct Dilip Thakor :: “Who will pay these families? The salt cannot be made again before the monsoon,”
> The Sardar Sarovar Narmada Nigam Ltd (SSNNL), which runs the canal network, said in a statement that “excess water released for irrigation in the command area” had flowed through two escape structures near Dhrangadhra into the Rann. It said the gates had been shut on February 17 and that a three-member committee would submit its report “within 15 days”.
O company Sardar Sarovar Narmada Nigam Ltd
O company SSNNL
Q direct Sardar Sarovar Narmada Nigam Ltd :: “excess water released for irrigation in the command area”
F number two
L city Dhrangadhra
L geo Rann
F date February 17
F number three
Q direct Sardar Sarovar Narmada Nigam Ltd :: “within 15 days”
F duration 15 days
> Surendranagar District Collector Rajendrasinh Zala said a survey of the damaged pans had begun. “Agariyas who hold a registration card will be considered for assistance as per the rules,” he said, adding that the district had sought Rs 1.5 crore from the state government.
L region Surendranagar
P full Rajendrasinh Zala
Q direct Rajendrasinh Zala :: “Agariyas who hold a registration card will be considered for assistance as per the rules,”
F money Rs 1.5 crore
> About 6,000 agariya families, most of them from the Chunvaliya Koli community, spend eight months a year in the Little Rann, a salt desert of nearly 5,000 sq km that has been part of the Wild Ass Sanctuary since 1973. Gujarat produces around 75 per cent of India’s salt.
F number 6,000
F duration eight months
L geo Little Rann
F quantity 5,000 sq km
L geo Wild Ass Sanctuary
F date 1973
L region Gujarat
F percent 75 per cent
L country India
> Many of the flooded pans ran on solar pumps that lift brine from wells 30 to 40 feet deep. Ramesh Kolipatel said the family’s 5-HP pump and its panels, bought for Rs 1.6 lakh with a subsidy, were now standing in 2 feet of water.
F quantity 30
F quantity 40 feet
P full Ramesh Kolipatel
F quantity 5-HP
F money Rs 1.6 lakh
F quantity 2 feet
> “If the pump is spoiled, next season also we start with a loan,” Savitaben said.
Q direct Savitaben Kolipatel :: “If the pump is spoiled, next season also we start with a loan,”
P partial Savitaben
'''

ARTICLES['843-kanyarat-wins-thailand-open-hua-hin-hrdlickova-match-points-results-bangkok-post'] = r'''
> Sports
> Kanyarat fights back to win Thailand Open
P partial Kanyarat
> Thai wildcard saves two match points to beat second seed Hrdličková in Hua Hin
F number two
P partial Hrdličková
L city Hua Hin
> PUBLISHED : 13 Feb 2039 at 04:00
F date 13 Feb 2039
F time 04:00
> NEWSPAPER SECTION: Sports
> WRITER: Sirinya Thongdee
P full Sirinya Thongdee
> Kanyarat Wongsuwan lifts the trophy after the final at True Arena Hua Hin on Sunday. (Photo: Wichai Saejung)
P full Kanyarat Wongsuwan
L facility True Arena Hua Hin
P full Wichai Saejung
> HUA HIN: Wildcard Kanyarat Wongsuwan saved two match points before beating second seed Tereza Hrdličková of the Czech Republic 4-6, 7-6 (8-6), 6-3 to win the Thailand Open yesterday, her first WTA singles title.
L city HUA HIN
P full Kanyarat Wongsuwan
F number two
P full Tereza Hrdličková
L country Czech Republic
F score 4-6
F score 7-6 (8-6)
F score 6-3
O other WTA
> The 21-year-old from Chiang Mai, ranked 164th in the world, trailed 6-4, 5-3 and faced two match points at 4-6 in the tie-break before winning the next four points to take the set.
F age 21-year-old
L city Chiang Mai
F score 6-4
F score 5-3
F number two
F score 4-6
F number four
> Roared on by a crowd of about 3,500, Kanyarat broke serve twice in the decider and closed out the match with an ace after 2 hours and 38 minutes.
F number 3,500
P partial Kanyarat
F duration 2 hours
F duration 38 minutes
> "At 4-6 I told myself, just play one point at a time. I didn't want to look at the scoreboard," said Kanyarat, who is known to fans as "Ploy". "This crowd carried me. I couldn't lose in front of them."
Q direct Kanyarat Wongsuwan :: "At 4-6 I told myself, just play one point at a time. I didn't want to look at the scoreboard,"
F score 4-6
P partial Kanyarat
Q scare - :: "Ploy"
Q direct Kanyarat Wongsuwan :: "This crowd carried me. I couldn't lose in front of them."
> She takes home US$41,000 (about 1.4 million baht) and 250 ranking points, which are expected to lift her to around 110th when the new rankings are published today.
F money US$41,000
F money 1.4 million baht
F number 250
> Hrdličková, 27, who won the title in 2037, said the heat had taken its toll in the third set. "I had my chances. Two match points, and I played them too safe," the Czech said. "She deserved it. She was braver."
P partial Hrdličková
F age 27
F date 2037
Q direct Tereza Hrdličková :: "I had my chances. Two match points, and I played them too safe,"
F number Two
Q direct Tereza Hrdličková :: "She deserved it. She was braver."
> Kanyarat's coach, Prasert Boonyarit, said the pair had rebuilt her serve over the past 18 months. "Two years ago she was serving at 150 kilometres per hour. Today she hit 178," he said.
P partial Kanyarat
P full Prasert Boonyarit
F duration 18 months
Q direct Prasert Boonyarit :: "Two years ago she was serving at 150 kilometres per hour. Today she hit 178,"
F duration Two years
F quantity 150 kilometres per hour
F quantity 178
> The Lawn Tennis Association of Thailand (LTAT) said it would give Kanyarat a bonus of 500,000 baht, and called the win "a gift for Thai tennis".
O nonprofit Lawn Tennis Association of Thailand
O nonprofit LTAT
P partial Kanyarat
F money 500,000 baht
Q direct Lawn Tennis Association of Thailand :: "a gift for Thai tennis"
> On Saturday, Kanyarat had beaten Japan's Mei Okazaki 6-2, 6-4, while Hrdličková needed three sets to get past Ana Sofía Quiroga Peña of Mexico. Thailand's Lalita Boonmee and Nattaya Sriwong won the doubles title.
P partial Kanyarat
L country Japan
P full Mei Okazaki
F score 6-2
F score 6-4
P partial Hrdličková
F number three
P full Ana Sofía Quiroga Peña
L country Mexico
L country Thailand
P full Lalita Boonmee
P full Nattaya Sriwong
> The final started at 4pm in 33C heat, and play was held up for 12 minutes early in the second set when a spectator fell ill. A year ago Kanyarat lost in the first round here, and she said she had thought about that defeat during the break.
F time 4pm
F quantity 33C
F duration 12 minutes
P partial Kanyarat
> RESULTS
> Singles final: Kanyarat Wongsuwan (Tha) bt Tereza Hrdličková (Cze) [2] 4-6, 7-6 (8-6), 6-3
P full Kanyarat Wongsuwan
L country Tha
P full Tereza Hrdličková
L country Cze
F score 4-6
F score 7-6 (8-6)
F score 6-3
> Semi-finals: Kanyarat Wongsuwan (Tha) bt Mei Okazaki (Jpn) 6-2, 6-4; Tereza Hrdličková (Cze) [2] bt Ana Sofía Quiroga Peña (Mex) [5] 7-5, 3-6, 6-1
P full Kanyarat Wongsuwan
L country Tha
P full Mei Okazaki
L country Jpn
F score 6-2
F score 6-4
P full Tereza Hrdličková
L country Cze
P full Ana Sofía Quiroga Peña
L country Mex
F score 7-5
F score 3-6
F score 6-1
> Doubles final: Lalita Boonmee/Nattaya Sriwong (Tha) bt Hsu Pei-chen (Tpe)/Zoe Marchetti (Ita) [1] 6-3, 4-6, [10-7]
P full Lalita Boonmee
P full Nattaya Sriwong
L country Tha
P full Hsu Pei-chen
L country Tpe
P full Zoe Marchetti
L country Ita
F score 6-3
F score 4-6
F score 10-7
'''

ARTICLES['844-rockfall-albula-line-bergun-preda-rhaetian-railway-closed-graubunden-swissinfo'] = r'''
> Transport
> Rockfall cuts Rhaetian Railway’s Albula line for weeks
O company Rhaetian Railway
L facility Albula
> A rockslide above Bergün has buried the tracks of the Unesco-listed line between Chur and St Moritz. The railway does not expect to reopen the section before mid-July.
L city Bergün
O intergovernmental Unesco
L city Chur
L city St Moritz
> This content was published on 14 June 2039 - 11:42
F date 14 June 2039
F time 11:42
> Keystone-SDA/swissinfo.ch/ts
O media Keystone-SDA
O media swissinfo.ch
> Excavators clear debris from the track below Preda on Friday. Keystone / Nadia Caflisch
L city Preda
O media Keystone
P full Nadia Caflisch
> About 12,000 cubic metres of rock came down onto the line between Bergün/Bravuogn and Preda, in the canton of Graubünden, early on Thursday, the Rhaetian Railway (RhB) said. No train was in the section at the time and nobody was injured. The first train of the day, the 5.58am from Chur, was stopped at Filisur.
F quantity 12,000 cubic metres
L city Bergün/Bravuogn
L city Preda
L region Graubünden
O company Rhaetian Railway
O company RhB
F time 5.58am
L city Chur
L city Filisur
> The slide hit the line just below the Rugnux spiral tunnel, one of the loops that allow trains to climb 416 metres over about 12 kilometres of track on their way to the Albula Tunnel.
L facility Rugnux
F quantity 416 metres
F quantity 12 kilometres
L facility Albula Tunnel
> “We were lucky. A few minutes later and a passenger train could have been right there,” RhB spokeswoman Flurina Camenisch told Keystone-SDA. “We will not reopen before a geologist has declared the slope safe, and that can take time.”
Q direct Flurina Camenisch :: “We were lucky. A few minutes later and a passenger train could have been right there,”
O company RhB
P full Flurina Camenisch
O media Keystone-SDA
Q direct Flurina Camenisch :: “We will not reopen before a geologist has declared the slope safe, and that can take time.”
> Repairs to the track, the overhead line and a retaining wall are estimated at CHF8 million to CHF10 million ($8.9 million to $11.1 million). The railway expects the section to stay closed for at least five weeks.
F money CHF8 million
F money CHF10 million
F money $8.9 million
F money $11.1 million
F duration five weeks
> Replacement buses run every hour between Filisur and Preda over the Albula pass road, a trip that takes about 40 minutes longer than the train. Passengers travelling between Chur and St Moritz are advised to go via Landquart, Klosters and the Vereina Tunnel. The Glacier Express will end its journeys from Zermatt in Chur for the duration of the closure.
L city Filisur
L city Preda
L geo Albula
F duration 40 minutes
L city Chur
L city St Moritz
L city Landquart
L city Klosters
L facility Vereina Tunnel
L city Zermatt
L city Chur
> In Bergün, a village of about 450 people that lives from its summer visitors, the closure comes at the worst moment. “June is when our hotels fill up. People come here for the railway, for the viaducts and for the walks. If the trains stop for six weeks, some businesses will lose a third of their summer.
L city Bergün
F number 450
Q direct Luzi Tschalèr :: “June is when our hotels fill up. People come here for the railway, for the viaducts and for the walks. If the trains stop for six weeks, some businesses will lose a third of their summer.
F duration six weeks
F fraction a third
> “We are asking the canton for help, and we hope the RhB does everything it can to open earlier,” said Luzi Tschalèr, mayor of the municipality of Bergün Filisur.
Q direct Luzi Tschalèr :: “We are asking the canton for help, and we hope the RhB does everything it can to open earlier,”
O company RhB
P full Luzi Tschalèr
L city Bergün Filisur
> According to MeteoSwiss, 94 millimetres of rain fell in 48 hours at Preda before the slide. Graubünden’s Office for Forest and Natural Hazards (AWN) said the rain and thawing permafrost had loosened the slope. “Events of this kind will become more frequent above 2,000 metres,” the office said.
O government MeteoSwiss
F quantity 94 millimetres
F duration 48 hours
L city Preda
L region Graubünden
O government Office for Forest and Natural Hazards
O government AWN
Q direct Office for Forest and Natural Hazards :: “Events of this kind will become more frequent above 2,000 metres,”
F quantity 2,000 metres
> The Albula line opened in 1903. Together with the Bernina line to Tirano in Italy, it has been on Unesco’s World Heritage list since 2008, and it carries around 1.2 million passengers a year.
L facility Albula
F date 1903
L facility Bernina
L city Tirano
L country Italy
O intergovernmental Unesco
F date 2008
F number 1.2 million
'''

ARTICLES['845-warm-march-cuts-maple-season-short-norway-sweden-oxford-county-sugarmakers-advertiser-democrat'] = r'''
> Local & State
> Warm March cuts maple season short for Oxford Hills sugarmakers
L region Oxford Hills
> By Corinne Thibodeau Advertiser Democrat
P full Corinne Thibodeau
O media Advertiser Democrat
> Posted 3:45 pm Thursday, March 26, 2039
F time 3:45 pm
F date March 26, 2039
> Dale Pelletier checks a sap line at his family’s sugarhouse in Norway on Tuesday. Corinne Thibodeau/Advertiser Democrat
P full Dale Pelletier
L city Norway
P full Corinne Thibodeau
O media Advertiser Democrat
> NORWAY — By the time the town’s sugarhouses opened their doors for Maine Maple Sunday on March 22, the sap had mostly stopped running.
L city NORWAY
F date March 22
> Five days of temperatures near 65 degrees in mid-March pushed the maples into bud, ending a season that began in late February. At Crooked River Maple on Crockett Ridge Road, Dale Pelletier, 67, boiled his last batch on March 19 — about three weeks earlier than usual.
F duration Five days
F quantity 65 degrees
O company Crooked River Maple
L street Crockett Ridge Road
P full Dale Pelletier
F age 67
F date March 19
F duration three weeks
> “We made 310 gallons. A good year, we’re at 550, 600,” said Pelletier, who taps about 2,400 trees on the family’s 90 acres with his daughter, Kayla Pelletier-Roy. “The trees just quit. Once they bud, the syrup tastes burnt, and you can’t sell that.”
Q direct Dale Pelletier :: “We made 310 gallons. A good year, we’re at 550, 600,”
F quantity 310 gallons
F quantity 550
F quantity 600
P partial Pelletier
F number 2,400
F quantity 90 acres
P full Kayla Pelletier-Roy
Q direct Dale Pelletier :: “The trees just quit. Once they bud, the syrup tastes burnt, and you can’t sell that.”
> It takes about 40 gallons of sap to make one gallon of syrup, and this spring the sap was thin, Pelletier-Roy said. “Some days we were at 1.5 percent sugar. You want 2 or better,” she said.
F quantity 40 gallons
F quantity one gallon
P partial Pelletier-Roy
Q direct Kayla Pelletier-Roy :: “Some days we were at 1.5 percent sugar. You want 2 or better,”
F percent 1.5 percent
F percent 2
> The Maine Maple Producers Association said reports from members in Oxford, Franklin and Somerset counties pointed to a crop “well below average,” though it was too early for numbers. Its president, Arlene Dufresne, who sugars in Sweden, said larger operations with vacuum systems had fared better.
O nonprofit Maine Maple Producers Association
L region Oxford
L region Franklin
L region Somerset
Q direct Maine Maple Producers Association :: “well below average,”
P full Arlene Dufresne
L city Sweden
> “If you had vacuum on your lines, you caught the runs that came. The small guys on buckets got maybe half a crop,” Dufresne said.
Q direct Arlene Dufresne :: “If you had vacuum on your lines, you caught the runs that came. The small guys on buckets got maybe half a crop,”
F fraction half
P partial Dufresne
> Maine produced 612,000 gallons of syrup in 2038, third among the states behind Vermont and New York, according to the U.S. Department of Agriculture’s National Agricultural Statistics Service. Vermont alone made 2.9 million gallons.
L region Maine
F quantity 612,000 gallons
F date 2038
L region Vermont
L region New York
O government U.S. Department of Agriculture
O government National Agricultural Statistics Service
L region Vermont
F quantity 2.9 million gallons
> Jason Lavigne, a forestry educator with University of Maine Cooperative Extension in South Paris, said short seasons are becoming more common. “Twenty years ago, you could count on six weeks of runs. We’ve had three short seasons in the last five,” he said. “Sugarmakers are tapping earlier, some in January, to get ahead of it.”
P full Jason Lavigne
O education University of Maine Cooperative Extension
L city South Paris
Q direct Jason Lavigne :: “Twenty years ago, you could count on six weeks of runs. We’ve had three short seasons in the last five,”
F duration Twenty years
F duration six weeks
F number three
F number five
Q direct Jason Lavigne :: “Sugarmakers are tapping earlier, some in January, to get ahead of it.”
> The Maine Department of Agriculture, Conservation and Forestry puts the value of the state’s maple industry at about $55 million a year, counting syrup, candy and the visitors who drive up for Maine Maple Sunday. Many Oxford County sugarhouses took in fewer visitors this year, with little left to boil on the day.
O government Maine Department of Agriculture, Conservation and Forestry
F money $55 million
L region Oxford County
> Prices have held steady. At the farm’s stand on Route 118, a quart sells for $24 and a gallon for $68, the same as last year. Pelletier said he had enough syrup for his regular customers but would not be able to supply the two stores in Portland and Bethel that usually buy 150 gallons from him in bulk.
L street Route 118
F money $24
F money $68
P partial Pelletier
F number two
L city Portland
L city Bethel
F quantity 150 gallons
> “You can’t fight the weather. You boil what you get,” he said. “Next year, I’m tapping on Valentine’s Day.”
Q direct Dale Pelletier :: “You can’t fight the weather. You boil what you get,”
Q direct Dale Pelletier :: “Next year, I’m tapping on Valentine’s Day.”
> Corinne Thibodeau can be reached at cthibodeau@advertiserdemocrat.com.
P full Corinne Thibodeau
'''

ARTICLES['846-rarawai-mill-boiler-breakdown-ba-cane-farmers-fsc-growers-council-fiji-times'] = r'''
> News
> 'We cannot cut if the mill cannot crush'
Q direct Ravinesh Chand :: 'We cannot cut if the mill cannot crush'
> Ba growers count losses as Rarawai Mill stops for the third time this season
L city Ba
L facility Rarawai Mill
> By SERAFINA TUILOMA
P full SERAFINA TUILOMA
> Saturday, August 13, 2039
F date August 13, 2039
> Cane farmer Ravinesh Chand with his cut cane at Koronubu, Ba. Picture: MERELESITA KOROI
P full Ravinesh Chand
L city Koronubu
L city Ba
P full MERELESITA KOROI
> HUNDREDS of cane farmers in Ba are counting their losses after the Rarawai Mill stopped crushing for the third time this season, leaving about 14,000 tonnes of cut cane drying in the fields and on lorries queued outside the mill gate.
L city Ba
L facility Rarawai Mill
F quantity 14,000 tonnes
> The Fiji Sugar Corporation (FSC) said the mill stopped at 2am on Thursday after a failure in one of its boilers. In a statement yesterday, the corporation said repairs were expected to take "at least 72 hours" and that crushing would resume on Monday "if all goes to plan".
O company Fiji Sugar Corporation
O company FSC
F time 2am
Q direct Fiji Sugar Corporation :: "at least 72 hours"
F duration 72 hours
Q direct Fiji Sugar Corporation :: "if all goes to plan"
> Ravinesh Chand, 46, of Koronubu, said his gang had cut 60 tonnes of cane on Wednesday. "We cannot cut if the mill cannot crush. Every day the cane stays in the sun it loses sugar, and we lose money," he said.
P full Ravinesh Chand
F age 46
L city Koronubu
F quantity 60 tonnes
Q direct Ravinesh Chand :: "We cannot cut if the mill cannot crush. Every day the cane stays in the sun it loses sugar, and we lose money,"
> "Last year it was the same story. The farmer pays the cutters, pays for the lorry, pays for the diesel, and at the end the mill tells us the sugar content is low.
Q direct Ravinesh Chand :: "Last year it was the same story. The farmer pays the cutters, pays for the lorry, pays for the diesel, and at the end the mill tells us the sugar content is low.
> "Who is going to pay for that? Not FSC," Mr Chand said.
Q direct Ravinesh Chand :: "Who is going to pay for that? Not FSC,"
O company FSC
P partial Chand
> The Rarawai Mill, which opened in 1886, is the oldest of the country’s three mills and crushes cane from about 4,500 growers in the Ba and Tavua districts. It also broke down for two days in July.
L facility Rarawai Mill
F date 1886
F number three
F number 4,500
L region Ba
L region Tavua
F duration two days
> Cane that waits more than 48 hours after harvest loses sugar content, lowering the price growers are paid. According to the Sugar Cane Growers Council, the tonnes cane to tonnes sugar ratio at Rarawai has worsened from 9.1 to 10.4 since crushing started on June 6.
F duration 48 hours
O government Sugar Cane Growers Council
L facility Rarawai
F number 9.1
F number 10.4
F date June 6
> The council’s chief executive, Vimal Deo Sharma, said growers in the Ba, Tavua and Rakiraki sectors had done their part. "We are asking FSC and the Ministry of Sugar Industry to tell farmers honestly whether the mills will last the season. Growers cannot plan on promises," he said.
P full Vimal Deo Sharma
L region Ba
L region Tavua
L region Rakiraki
Q direct Vimal Deo Sharma :: "We are asking FSC and the Ministry of Sugar Industry to tell farmers honestly whether the mills will last the season. Growers cannot plan on promises,"
O company FSC
O government Ministry of Sugar Industry
> At Nailaga village, Ratu Josaia Vuniwaqa, who farms 12 hectares of mataqali land, said his cutting gang of 18 young men had come from Nadi and had been idle since Thursday. "If there is no cutting, I still have to feed them. That is our way," he said.
L city Nailaga
P full Josaia Vuniwaqa
F quantity 12 hectares
F number 18
L city Nadi
Q direct Josaia Vuniwaqa :: "If there is no cutting, I still have to feed them. That is our way,"
> FSC said its three mills – Rarawai, Lautoka and Labasa – had crushed 812,000 tonnes of cane by August 11, against a target of 1.7 million tonnes for the season, and produced 79,400 tonnes of sugar.
O company FSC
F number three
L facility Rarawai
L facility Lautoka
L facility Labasa
F quantity 812,000 tonnes
F date August 11
F quantity 1.7 million tonnes
F quantity 79,400 tonnes
> Growers received a third cane payment of $8.50 a tonne last month, bringing the forecast price for the 2039 season to $92.40 a tonne.
F money $8.50
F date 2039
F money $92.40
> The Sugar Cane Growers Fund said it would consider requests from affected growers to delay loan repayments for two months.
O government Sugar Cane Growers Fund
F duration two months
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
