#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval128 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval128/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['811-sava-vanilla-campaign-opening-postponed-antalaha-growers-thefts-madagascar-tribune'] = r'''
> Economy
> Vanilla: Sava growers face more weeks without cash as campaign opening is pushed back to 15 July
L region Sava
F date 15 July
> By Hanitra Rakotomalala
P full Hanitra Rakotomalala
> Wednesday 16 June 2038 – 09:15
F date 16 June 2038
F time 09:15
> Green vanilla pods drying on racks in Ampanefena, north of Vohémar. © Tsiry Razafindrabe / Madagascar Tribune
L city Ampanefena
L city Vohémar
P full Tsiry Razafindrabe
O media Madagascar Tribune
> ANTALAHA – The opening of the 2038-2039 green vanilla campaign in the Sava region has been postponed by three weeks to 15 July, the Ministry of Industrialisation and Trade announced on Monday, leaving thousands of growers in Antalaha, Sambava, Andapa and Vohémar without income until mid-July.
L city ANTALAHA
F date 2038-2039
L region Sava
F duration three weeks
F date 15 July
O government Ministry of Industrialisation and Trade
L city Antalaha
L city Sambava
L city Andapa
L city Vohémar
> The ministry said a survey by the Conseil National de la Vanille (CNV) had found that only 41% of the pods in the three districts had reached the required nine months on the vine. Pods picked too early, it said, "ruin the reputation of Madagascar bourbon vanilla on the world market".
O other Conseil National de la Vanille
O other CNV
F percent 41%
F number three
F duration nine months
Q direct Ministry of Industrialisation and Trade :: "ruin the reputation of Madagascar bourbon vanilla on the world market"
L country Madagascar
> Under the decree, any green vanilla bought or transported before the opening date will be seized and the buyer fined up to 20 million ariary (about €4,000).
F money 20 million ariary
F money €4,000
> For Razafimahatratra Jean Claude, 54, who farms 1.5 hectares of vanilla near Ampahana, the delay means borrowing again. "My children went back to school in April, and the fees are already a debt," he said, sitting in front of his wooden house. "When the opening comes, the collectors will take our vanilla at their price, because we will have nothing left to eat."
P full Razafimahatratra Jean Claude
F age 54
F quantity 1.5 hectares
L city Ampahana
Q direct Razafimahatratra Jean Claude :: "My children went back to school in April, and the fees are already a debt,"
Q direct Razafimahatratra Jean Claude :: "When the opening comes, the collectors will take our vanilla at their price, because we will have nothing left to eat."
> Razafimahatratra says he sleeps in his plantation four nights a week to guard the pods, which are now close to maturity and easy to sell to the "night collectors" who buy stolen vanilla without asking questions.
P partial Razafimahatratra
F number four
Q scare - :: "night collectors"
> Prices for green vanilla have not recovered from the collapse of recent seasons. At the Antalaha market this week, traders were offering between 45,000 and 60,000 ariary a kilo for cured vanilla, far below the minimum export price of US$ 75 per kilo set by the government.
L city Antalaha
F money 45,000
F money 60,000 ariary
F money US$ 75
> The Association des Exportateurs de Vanille de la Sava (AEVS), which represents 38 exporters, welcomed the postponement. Its president, Tahina Ravelojaona, said buyers in France, Germany and the United States had complained last year about pods with a vanillin content below 1.6%.
O nonprofit Association des Exportateurs de Vanille de la Sava
O nonprofit AEVS
F number 38
P full Tahina Ravelojaona
L country France
L country Germany
L country United States
F percent 1.6%
> "It is better to lose three weeks than to lose a buyer for ten years," Ravelojaona said.
Q direct Tahina Ravelojaona :: "It is better to lose three weeks than to lose a buyer for ten years,"
F duration three weeks
F duration ten years
P partial Ravelojaona
> The commander of the gendarmerie in the Sava, Colonel Rabemananjara Fidèle, said 212 gendarmes and members of village vigilance committees, the "andrimasom-pokonolona", would patrol plantations around the clock from Thursday. Since 1 May, 1,340 kilos of stolen green vanilla have been seized in the region and 27 people arrested, he said.
L region Sava
P full Rabemananjara Fidèle
F number 212
Q scare - :: "andrimasom-pokonolona"
F date 1 May
F quantity 1,340 kilos
F number 27
> In Andapa, some growers have started to mark each pod while it is still on the vine. "We prick them with a pin: our initials and a number. If it is stolen, we can recognise it at the collector's," said Noeline Soafara, 37, who grows vanilla with her brothers in Belaoka.
L city Andapa
Q direct Noeline Soafara :: "We prick them with a pin: our initials and a number. If it is stolen, we can recognise it at the collector's,"
P full Noeline Soafara
F age 37
L city Belaoka
> Vanilla earned Madagascar about US$ 420 million in 2037, according to the central bank, Banky Foiben'i Madagasikara, down from more than US$ 600 million in 2035.
L country Madagascar
F money US$ 420 million
F date 2037
O government Banky Foiben'i Madagasikara
F money US$ 600 million
F date 2035
> The ministry said the date would not be moved again. Buying offices will open at 6 am on 15 July in the Sava and on 1 August in the Analanjirofo region.
F time 6 am
F date 15 July
L region Sava
F date 1 August
L region Analanjirofo
'''

ARTICLES['812-dong-thap-tien-river-landslide-seven-houses-sand-mining-thuong-thoi-tien-vnexpress'] = r'''
> News
> Riverbank collapse swallows seven houses in Dong Thap
F number seven
L region Dong Thap
> Seven houses on the Tien River in Dong Thap Province slid into the water overnight, the latest in a string of landslides that residents blame on sand mining upstream.
F number Seven
L geo Tien River
L region Dong Thap Province
> June 22, 2038 | 04:36 pm GMT+7
F date June 22, 2038
F time 04:36 pm GMT+7
> A house hangs over the Tien River after a landslide in Thuong Thoi Tien Commune, Dong Thap Province, June 21, 2038. Photo by VnExpress/Ngoc Tai
L geo Tien River
L city Thuong Thoi Tien Commune
L region Dong Thap Province
F date June 21, 2038
O media VnExpress
P full Ngoc Tai
> The landslide started at around 11 p.m. on Monday along a 120-meter stretch of riverbank in Thuong Thoi Tien Commune, near the border with Cambodia, local authorities said.
F time 11 p.m.
F quantity 120-meter
L city Thuong Thoi Tien Commune
L country Cambodia
> No one was hurt as the 23 residents of the seven houses had been moved out on Sunday, after cracks up to 30 centimeters wide appeared in the road behind them. Another 41 households living along the bank have been told to leave.
F number 23
F number seven
F quantity 30 centimeters
F number 41
> Tran Van Luom, 61, watched from the road as the kitchen and front room of his house, built in 1998, dropped into the brown water.
P full Tran Van Luom
F age 61
F date 1998
> "I heard the floor crack like a branch. In ten minutes, everything my family saved in 40 years was in the river," Luom said. He and his wife are now staying at the commune's cultural house with two other families.
Q direct Tran Van Luom :: "I heard the floor crack like a branch. In ten minutes, everything my family saved in 40 years was in the river,"
F duration ten minutes
F duration 40 years
P partial Luom
F number two
> The Dong Thap Department of Agriculture and Environment said the stretch had been listed as a high-risk area since 2035, and that 14 landslides had taken away 2.3 hectares of land in the province since January.
O government Dong Thap Department of Agriculture and Environment
F date 2035
F number 14
F quantity 2.3 hectares
> Nguyen Thi Kim Thoa, deputy director of the department, said the main cause was a shortage of sediment. Dams upstream on the Mekong trap most of the sand, while dredgers take what is left for construction, she said.
P full Nguyen Thi Kim Thoa
L geo Mekong
> "The river is hungry. When it does not get sand from upstream, it eats the banks," Thoa said.
Q direct Nguyen Thi Kim Thoa :: "The river is hungry. When it does not get sand from upstream, it eats the banks,"
P partial Thoa
> Researchers at the Southern Institute of Water Resources Research estimate that the Mekong Delta loses around 500 hectares of land to erosion every year, and that the sediment reaching the delta has fallen by more than 70% since the 2000s.
O other Southern Institute of Water Resources Research
L geo Mekong Delta
F quantity 500 hectares
F percent 70%
F date 2000s
> Residents say sand barges still work the river at night. A boat owner in Hong Ngu Town, who asked not to be named, said barges had been loading up to 300 cubic meters each a few kilometers upstream of the commune as recently as May.
L city Hong Ngu Town
F quantity 300 cubic meters
> "Everybody on the river knows. They come after 10 p.m. and turn off their lights," he said.
Q direct - :: "Everybody on the river knows. They come after 10 p.m. and turn off their lights,"
F time 10 p.m.
> The provincial People's Committee said it had revoked two sand mining licenses this year and fined companies a total of VND1.8 billion ($69,000). It has asked the central government for VND350 billion to build a 3.2-kilometer embankment in the commune.
O government People's Committee
F number two
F money VND1.8 billion
F money $69,000
F money VND350 billion
F quantity 3.2-kilometer
> Until then, the commune has driven bamboo stakes and laid sandbags along 600 meters of the bank and put up red signs reading "Danger - Landslide area - Keep out".
F quantity 600 meters
Q direct - :: "Danger - Landslide area - Keep out"
> Luom said he would not leave. "This land is where my parents are buried. Where would I go?"
P partial Luom
Q direct Tran Van Luom :: "This land is where my parents are buried. Where would I go?"
> Dong Thap, which merged with Tien Giang in 2025, has more than 200 kilometers of riverbank along the Tien, of which about 40 kilometers are considered at risk of landslides.
L region Dong Thap
L region Tien Giang
F date 2025
F quantity 200 kilometers
L geo Tien
F quantity 40 kilometers
> By Phuoc Tuan
P full Phuoc Tuan
'''

ARTICLES['813-lucky-lantern-happy-valley-hat-trick-cheung-ka-lok-leung-ho-yin-results-scmp'] = r'''
> Racing
> ‘He’s a Happy Valley horse now’: Lucky Lantern completes hat-trick as Cheung lands Wednesday double
Q direct Calvin Cheung Ka-lok :: ‘He’s a Happy Valley horse now’
L facility Happy Valley
P partial Cheung
> Six-year-old defies top weight of 133 pounds in the Tai Hang Handicap while Frenchman Mathis Aubert rides a treble to close in on the jockeys’ title
F duration Six-year-old
F quantity 133 pounds
P full Mathis Aubert
> Clement Yip Chi-fung
P full Clement Yip Chi-fung
> Published: 11:48pm, 15 Dec 2038
F time 11:48pm
F date 15 Dec 2038
> Calvin Cheung Ka-lok salutes the crowd after Lucky Lantern’s win at Happy Valley on Wednesday night. Photo: Lo Wai-ming
P full Calvin Cheung Ka-lok
L facility Happy Valley
P full Lo Wai-ming
> Lucky Lantern made it three wins from his past four starts at Happy Valley on Wednesday night, carrying top weight to land the Class Two Tai Hang Handicap (1,650m) and give Calvin Cheung Ka-lok the first leg of a double.
F number three
F number four
L facility Happy Valley
F quantity 1,650m
P full Calvin Cheung Ka-lok
> The Danny Leung Ho-yin-trained gelding, the 3.8 favourite, settled fourth on the rail, was angled out on the home turn and ran down the leader, Golden Harbour, in the last 100m to win by one and a quarter lengths in 1:40.15.
P full Danny Leung Ho-yin
F number 3.8
F quantity 100m
F quantity one and a quarter lengths
F duration 1:40.15
> “He’s a Happy Valley horse now. At Sha Tin he gets lost on the big track, but here he puts his head down and fights,” said Cheung, 24, who earlier won the Class Four Causeway Bay Handicap (1,200m) on Jade Dynasty for the same stable.
Q direct Calvin Cheung Ka-lok :: “He’s a Happy Valley horse now. At Sha Tin he gets lost on the big track, but here he puts his head down and fights,”
L facility Happy Valley
L facility Sha Tin
P partial Cheung
F age 24
F quantity 1,200m
> Leung, who took out his licence in 2031, said the gelding would now be given a break. “His rating will go up to 94 or 95 and that makes it tough in Class Two. We’ll give him 10 weeks off and bring him back for the Happy Valley Vase,” he said.
P partial Leung
F date 2031
Q direct Danny Leung Ho-yin :: “His rating will go up to 94 or 95 and that makes it tough in Class Two. We’ll give him 10 weeks off and bring him back for the Happy Valley Vase,”
F number 94
F number 95
F duration 10 weeks
> “The owners have been very patient. They bought him for A$180,000 as a yearling in Australia and he ran last in his first four starts here.”
Q direct Danny Leung Ho-yin :: “The owners have been very patient. They bought him for A$180,000 as a yearling in Australia and he ran last in his first four starts here.”
F money A$180,000
L country Australia
F number four
> Aubert, in the third month of a four-month contract with the Hong Kong Jockey Club, won the last three races to move to 19 wins for the season, two behind Cheung in the championship. “Calvin rides this track better than anybody. I am still learning where to make my move,” the 29-year-old said.
P partial Aubert
F duration four-month
O other Hong Kong Jockey Club
F number three
F number 19
F number two
P partial Cheung
Q direct Mathis Aubert :: “Calvin rides this track better than anybody. I am still learning where to make my move,”
P partial Calvin
F age 29-year-old
> Turnover for the nine-race card was HK$1.37 billion, up 4.6 per cent on the corresponding meeting last year, with an attendance of 21,384.
F number nine
F money HK$1.37 billion
F percent 4.6 per cent
F number 21,384
> SELECTED RESULTS
> Race 4 – Causeway Bay Handicap (Class Four, 1,200m): Jade Dynasty (C Cheung Ka-lok) beat Peak Rider (M Aubert) and Kowloon Spirit (B Tse Chun-hei). Margins: 3/4 length, 2 lengths. Time: 1:09.84. Win: $71.50.
F quantity 1,200m
P full C Cheung Ka-lok
P full M Aubert
P full B Tse Chun-hei
F quantity 3/4 length
F quantity 2 lengths
F duration 1:09.84
F money $71.50
> Race 7 – Tai Hang Handicap (Class Two, 1,650m): Lucky Lantern (C Cheung Ka-lok) beat Golden Harbour (R Lai Tsz-hin) and Beacon Hill Star (M Aubert). Margins: 1-1/4 lengths, short head. Time: 1:40.15. Win: $38.
F quantity 1,650m
P full C Cheung Ka-lok
P full R Lai Tsz-hin
P full M Aubert
F quantity 1-1/4 lengths
F duration 1:40.15
F money $38
> Race 9 – Wan Chai Handicap (Class Three, 1,800m): Tiger Ridge (M Aubert) beat Smart Choice (A Poon Man-kit) and Ocean Treasure (C Cheung Ka-lok). Margins: neck, 1-1/2 lengths. Time: 1:49.62. Win: $126.
F quantity 1,800m
P full M Aubert
P full A Poon Man-kit
P full C Cheung Ka-lok
F quantity 1-1/2 lengths
F duration 1:49.62
F money $126
'''

ARTICLES['814-una-national-park-rafting-boat-limit-strbacki-buk-bihac-clubs-protest-sarajevo-times'] = r'''
> Una National Park to Cap Rafting Boats at Štrbački Buk, Bihać Clubs Cry Foul
O government Una National Park
L geo Štrbački Buk
L city Bihać
> By Lejla Mujagić-Hodžić
P full Lejla Mujagić-Hodžić
> June 12, 2038
F date June 12, 2038
> Rafters on the Una below Štrbački buk (Photo: Una National Park)
L geo Una
L geo Štrbački buk
O government Una National Park
> The management of Una National Park has decided to limit the number of rafting boats on the stretch of the Una river between Štrbački buk and Lohovo to 40 a day from July 1, a move that rafting clubs in Bihać say will cost them half of their summer income.
L geo Una National Park
L geo Una
L geo Štrbački buk
L city Lohovo
F number 40
F date July 1
L city Bihać
F fraction half
> The decision, adopted by the park’s board on Tuesday, was published on the park’s website on Wednesday. According to the park, the number of boats going down the waterfall section rose from 2,900 in 2033 to more than 7,600 last season, and the banks at Ćukovi and Račić “can no longer take the pressure”.
F number 2,900
F date 2033
F number 7,600
L city Ćukovi
L city Račić
Q direct Una National Park :: “can no longer take the pressure”
> “The Una is not a water park. We are responsible for travertine barriers that took thousands of years to form, and every boat that hits them breaks off a piece,” park director Senad Ćehajić told FENA.
Q direct Senad Ćehajić :: “The Una is not a water park. We are responsible for travertine barriers that took thousands of years to form, and every boat that hits them breaks off a piece,”
L geo Una
P full Senad Ćehajić
O media FENA
> He said boats would be allowed on the river only between 9 am and 6 pm, that each boat would pay a fee of 30 KM (about €15) instead of the current 10 KM, and that bookings would open online on June 20.
F time 9 am
F time 6 pm
F money 30 KM
F money €15
F money 10 KM
F date June 20
> The Association of Rafting Clubs of Una-Sana Canton, which brings together 17 clubs employing some 260 skippers and guides in summer, said it would ask the Cantonal Court in Bihać to suspend the decision.
O nonprofit Association of Rafting Clubs of Una-Sana Canton
F number 17
F number 260
O government Cantonal Court
L city Bihać
> “Nobody asked us. We have been running this river since 1998, we cleaned it after every flood, and now somebody in an office decides that 40 boats is the number,” said the association’s president, Almir Kadić, whose club, Rafting Klub Vrelo, has operated from Kostela since 2004. “Forty boats a day means one boat every 13 minutes.
Q direct Almir Kadić :: “Nobody asked us. We have been running this river since 1998, we cleaned it after every flood, and now somebody in an office decides that 40 boats is the number,”
F date 1998
F number 40
P full Almir Kadić
O company Rafting Klub Vrelo
L city Kostela
F date 2004
Q direct Almir Kadić :: “Forty boats a day means one boat every 13 minutes.
F number Forty
F number one
F duration 13 minutes
> “Groups from abroad book for 60 or 80 people. If they cannot all go down together, they will go to the Tara in Montenegro.”
Q direct Almir Kadić :: “Groups from abroad book for 60 or 80 people. If they cannot all go down together, they will go to the Tara in Montenegro.”
F number 60
F number 80
L geo Tara
L country Montenegro
> Tourism is the main source of income in the Una valley. According to the Tourist Board of Una-Sana Canton, the canton recorded 412,000 overnight stays in 2037, 64 per cent of them by foreign guests, most of them from Germany, Austria, Slovenia and the Middle East.
L geo Una
O government Tourist Board of Una-Sana Canton
F number 412,000
F date 2037
F percent 64 per cent
L country Germany
L country Austria
L country Slovenia
L region Middle East
> Bihać Mayor Jasmina Bešlagić-Tutić said the city supported protecting the river but called the 40-boat limit “too sudden”. She proposed a two-year transition during which the number would fall step by step, starting from 120 boats a day this summer.
L city Bihać
P full Jasmina Bešlagić-Tutić
F number 40
Q direct Jasmina Bešlagić-Tutić :: “too sudden”
F duration two-year
F number 120
> The park, founded in 2008, covers 198 square kilometres along the Una and the Unac on the border with Croatia. Štrbački buk, a 24-metre cascade of travertine steps shared by the two countries, drew more than 150,000 visitors last year.
F date 2008
F quantity 198 square kilometres
L geo Una
L geo Unac
L country Croatia
L geo Štrbački buk
F quantity 24-metre
F number two
F number 150,000
> Source: FENA
O media FENA
'''

ARTICLES['815-victoria-river-flood-strands-cattle-lonely-gap-station-timber-creek-cut-off-abc-rural'] = r'''
> ABC Rural
O media ABC Rural
> Victoria River flood strands 4,000 cattle as Timber Creek cut off for ninth day
L geo Victoria River
F number 4,000
L city Timber Creek
> By Bridie Tanner and Jack Ngalmi
P full Bridie Tanner
P full Jack Ngalmi
> Posted Tue 14 Feb 2040 at 5:32am
F date 14 Feb 2040
F time 5:32am
> Key points:
> About 4,000 cattle are stranded on ridges at Lonely Gap Station after the Wickham River peaked at 14.2 metres
F number 4,000
L facility Lonely Gap Station
L geo Wickham River
F quantity 14.2 metres
> The Victoria Highway has been closed at the Victoria River crossing since February 5
L street Victoria Highway
L geo Victoria River
F date February 5
> Pastoralists say the region needs a higher crossing and all-weather roads
> A cattle station in the Northern Territory's Victoria River District has about 4,000 head of cattle stranded on high ground after the biggest flood since its owners bought the property in 2029.
L region Northern Territory
L region Victoria River District
F number 4,000
F date 2029
> Lonely Gap Station manager Rhys Tapp-Hennessy said the Wickham River, which runs through the property, peaked at 14.2 metres on Saturday, almost 3m higher than any flood the station had recorded.
L facility Lonely Gap Station
P full Rhys Tapp-Hennessy
L geo Wickham River
F quantity 14.2 metres
F quantity 3m
> "We've got mobs on three or four ridges and we can't get to any of them by road," Mr Tapp-Hennessy said.
Q direct Rhys Tapp-Hennessy :: "We've got mobs on three or four ridges and we can't get to any of them by road,"
F number three
F number four
P partial Tapp-Hennessy
> "We've been dropping hay by chopper, but at $1,800 an hour you can't do that for long. If the water doesn't go down by the weekend, we'll start losing weaners."
Q direct Rhys Tapp-Hennessy :: "We've been dropping hay by chopper, but at $1,800 an hour you can't do that for long. If the water doesn't go down by the weekend, we'll start losing weaners."
F money $1,800
> Cattle on a ridge at Lonely Gap Station surrounded by floodwater on Sunday. (Supplied: Rhys Tapp-Hennessy)
L facility Lonely Gap Station
P full Rhys Tapp-Hennessy
> The station, about 90 kilometres south-west of Timber Creek, runs 18,500 head over 3,200 square kilometres of black soil and limestone country.
F quantity 90 kilometres
L city Timber Creek
F number 18,500
F quantity 3,200 square kilometres
> Mr Tapp-Hennessy said 1,100 steers were booked on a live export ship out of Darwin in March, worth about $1.4 million at the current price of $3.60 a kilogram.
P partial Tapp-Hennessy
F number 1,100
L city Darwin
F money $1.4 million
F money $3.60
> "If we can't get them to the yards by the end of the month, we miss the boat, literally," he said.
Q direct Rhys Tapp-Hennessy :: "If we can't get them to the yards by the end of the month, we miss the boat, literally,"
> Timber Creek, a town of about 230 people, has been cut off by road since February 5, when the Victoria River rose over the Victoria Highway.
L city Timber Creek
F number 230
F date February 5
L geo Victoria River
L street Victoria Highway
> The Victoria Daly Regional Council said food, fuel and medicines were being flown in from Katherine twice a week and the town's store had enough stock for 10 days.
O government Victoria Daly Regional Council
L city Katherine
F duration 10 days
> A council worker at Timber Creek, who did not want to be named, said residents were coping. "People out here are used to the Wet. It's the stations further out that are doing it tough," she said.
L city Timber Creek
Q direct - :: "People out here are used to the Wet. It's the stations further out that are doing it tough,"
> The Northern Territory Cattlemen's Association (NTCA) said the flood showed the crossing was too low for a road that carried most of the district's cattle trucks.
O nonprofit Northern Territory Cattlemen's Association
O nonprofit NTCA
> "We keep being told this is a national freight route. For nine days it's been a lake," NTCA president Georgina McMurtrie-Hale said.
Q direct Georgina McMurtrie-Hale :: "We keep being told this is a national freight route. For nine days it's been a lake,"
F duration nine days
O nonprofit NTCA
P full Georgina McMurtrie-Hale
> The Bureau of Meteorology said a monsoon trough could bring another 150 to 200 millimetres of rain to the Victoria River catchment by Friday.
O government Bureau of Meteorology
F quantity 150
F quantity 200 millimetres
L geo Victoria River
> Cattle on Lonely Gap Station wait out the flood. (ABC Rural: Jack Ngalmi)
L facility Lonely Gap Station
O media ABC Rural
P full Jack Ngalmi
'''

ARTICLES['816-grey-glacier-calving-boat-tours-suspended-torres-del-paine-conaf-puerto-natales-mercopress'] = r'''
> Monday, February 7th 2039 - 08:14 UTC
F date February 7th 2039
F time 08:14 UTC
> Huge calving at Grey glacier forces suspension of boat tours in Torres del Paine
L geo Grey
L geo Torres del Paine
> The new face of Grey glacier after the collapse, seen from the lake on Saturday (Photo: Conaf Magallanes)
L geo Grey
O government Conaf Magallanes
> Chile’s National Forestry Corporation, Conaf, suspended all boat navigation on Lake Grey for at least ten days after a block of ice estimated at 350 metres wide and 60 metres high broke off the front of Grey glacier on Saturday afternoon, in the Torres del Paine National Park, in the southern region of Magallanes.
L country Chile
O government National Forestry Corporation
O government Conaf
L geo Lake Grey
F duration ten days
F quantity 350 metres
F quantity 60 metres
L geo Grey
L geo Torres del Paine National Park
L region Magallanes
> The collapse, recorded at 16:42 by one of the park’s monitoring cameras, raised a wave of about 1.5 metres that reached the pier at the southern end of the lake, 17 kilometres away, some 40 minutes later.
F time 16:42
F quantity 1.5 metres
F quantity 17 kilometres
F duration 40 minutes
> Nobody was hurt. A catamaran carrying 86 passengers and four crew, which was about two kilometres from the ice front, turned back when its captain saw the block begin to tilt, according to the Chilean Navy’s harbour master in Puerto Natales.
F number 86
F number four
F quantity two kilometres
O government Chilean Navy
L city Puerto Natales
> “This is the largest single calving we have registered at Grey since our cameras were installed in 2031,” said Conaf’s regional director, Marisol Barrientos Aguilar. “The lake is full of icebergs, some of them the size of a building, and they roll without warning. We will not put a boat on that water until they have broken up.”
Q direct Marisol Barrientos Aguilar :: “This is the largest single calving we have registered at Grey since our cameras were installed in 2031,”
L geo Grey
F date 2031
O government Conaf
P full Marisol Barrientos Aguilar
Q direct Marisol Barrientos Aguilar :: “The lake is full of icebergs, some of them the size of a building, and they roll without warning. We will not put a boat on that water until they have broken up.”
> Barrientos said trails along the eastern shore, including the path to the Grey lookout, would stay open, but that rangers had closed the beach at the lake’s outlet.
P partial Barrientos
L facility Grey
> Tomás Ñancupil Oyarzo, a glaciologist at the University of Magallanes (Umag), said the collapse was “consistent with what we expect” from a glacier whose front now floats on deeper water after years of retreat. He estimated that Grey had lost 2.7 kilometres of length since the 1980s and that its surface was thinning by up to five metres a year.
P full Tomás Ñancupil Oyarzo
O education University of Magallanes
O education Umag
Q direct Tomás Ñancupil Oyarzo :: “consistent with what we expect”
L geo Grey
F quantity 2.7 kilometres
F date 1980s
F quantity five metres
> “Warm summers do not cause one calving, but they prepare the glacier for it. The front is like a shelf with nothing under it,” he said.
Q direct Tomás Ñancupil Oyarzo :: “Warm summers do not cause one calving, but they prepare the glacier for it. The front is like a shelf with nothing under it,”
F number one
> In Puerto Natales, the gateway town 110 kilometres south of the park, tour operators said the suspension would hit them in the busiest weeks of the season. Boat trips to the glacier front cost between 95,000 and 130,000 pesos (US$ 100 to US$ 137) per person.
L city Puerto Natales
F quantity 110 kilometres
F money 95,000
F money 130,000 pesos
F money US$ 100
F money US$ 137
> Hernán Mansilla Cárcamo, president of the Última Esperanza Tourism Operators Association, called the decision “necessary but painful” and said members stood to lose some 45 million pesos a day. “We have 14 boats tied up and people who booked in October. Some will go to the Perito Moreno in Argentina instead,” he said.
P full Hernán Mansilla Cárcamo
O nonprofit Última Esperanza Tourism Operators Association
Q direct Hernán Mansilla Cárcamo :: “necessary but painful”
F money 45 million pesos
Q direct Hernán Mansilla Cárcamo :: “We have 14 boats tied up and people who booked in October. Some will go to the Perito Moreno in Argentina instead,”
F number 14
L geo Perito Moreno
L country Argentina
> Torres del Paine received 312,000 visitors in the 2037-2038 season, 58% of them from abroad, according to Conaf.
L geo Torres del Paine
F number 312,000
F date 2037-2038
F percent 58%
O government Conaf
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv[1:], ARTICLES, HERE))
