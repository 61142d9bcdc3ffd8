#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval137 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval137/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['865-cuango-artisanal-diamond-diggers-cooperative-licences-lunda-norte-angop'] = r'''
> Economy
> Lunda Norte: 412 artisanal diamond diggers get licences in Cuango
L region Lunda Norte
F number 412
L city Cuango
> 23 April 2039 | 10h17
F date 23 April 2039
F time 10h17
> Artisanal diggers sift gravel on the banks of the Cuango River, Lunda Norte province © Fotografia: ANGOP
L geo Cuango River
L region Lunda Norte
O media ANGOP
> Cuango - A total of 412 artisanal diamond diggers from the municipality of Cuango, in the north-eastern province of Lunda Norte, on Tuesday received licences that allow them to mine and sell stones legally as members of the Cooperativa Mineira Sanga Kalumbo (COMISAK).
L city Cuango
F number 412
L region Cuango
L region Lunda Norte
O company Cooperativa Mineira Sanga Kalumbo
O company COMISAK
> The licences, issued by the National Agency of Mineral Resources (ANRM), cover an area of 1,250 hectares along the Cuango River for five years and oblige the cooperative to sell its entire production to the state diamond trading company, Sodiam.
O government National Agency of Mineral Resources
O government ANRM
F quantity 1,250 hectares
L geo Cuango River
F duration five years
O company Sodiam
> The diggers, known in Angola as "garimpeiros", have for decades worked the riverbeds of the Lunda provinces without authorisation, often clashing with the security companies that guard the concessions of the large mining firms.
L country Angola
Q scare - :: "garimpeiros"
L region Lunda
> Speaking at the ceremony in Cafunfo, the Secretary of State for Mineral Resources, Joaquim Nguvulu Kapitango, said the Executive wants to turn "clandestine work into formal employment" and bring artisanal output into the official statistics.
L city Cafunfo
P full Joaquim Nguvulu Kapitango
Q direct Joaquim Nguvulu Kapitango :: "clandestine work into formal employment"
> "A garimpeiro who sold his stone at night to a foreign buyer is today a member of a cooperative, with a card, a bank account and the protection of the law," he said.
Q direct Joaquim Nguvulu Kapitango :: "A garimpeiro who sold his stone at night to a foreign buyer is today a member of a cooperative, with a card, a bank account and the protection of the law,"
> According to the official, artisanal mining produced an estimated 1.1 million carats in 2038, about 8 percent of the 13.7 million carats that Angola declared that year, but most of those stones left the country through the border with the Democratic Republic of Congo (DRC).
F quantity 1.1 million carats
F date 2038
F percent 8 percent
F quantity 13.7 million carats
L country Angola
L country Democratic Republic of Congo
L country DRC
> The president of COMISAK, Domingos Muacasso Txipuku, said each member paid Kz 25,000 for the card and will receive 70 percent of the value of every stone sold, while 20 percent goes to the cooperative and 10 percent to the State in royalties.
O company COMISAK
P full Domingos Muacasso Txipuku
F money Kz 25,000
F percent 70 percent
F percent 20 percent
F percent 10 percent
> "Before, a one-carat stone was bought in the bush for Kz 40,000. Sodiam pays the price of the Antwerp market, and the money goes straight into the member's account," said the 47-year-old, who has worked on the river since 2009.
Q direct Domingos Muacasso Txipuku :: "Before, a one-carat stone was bought in the bush for Kz 40,000. Sodiam pays the price of the Antwerp market, and the money goes straight into the member's account,"
F quantity one-carat
F money Kz 40,000
O company Sodiam
L city Antwerp
F age 47-year-old
F date 2009
> He added that the cooperative has 38 washing sites, six water pumps and two trucks, bought with a loan of Kz 310 million from the Banco de Poupança e Crédito (BPC).
F number 38
F number six
F number two
F money Kz 310 million
O company Banco de Poupança e Crédito
O company BPC
> In a statement read at the ceremony, Sodiam said it will open a purchasing office in Cafunfo by 30 June and guarantees "payment within 72 hours" of each valuation.
O company Sodiam
L city Cafunfo
F date 30 June
Q direct Sodiam :: "payment within 72 hours"
F duration 72 hours
> The governor of Lunda Norte, Madalena Tchissola Mualuca, said the provincial government will register a further 1,800 diggers in the municipalities of Xá-Muteba, Capenda-Camulemba and Lucapa by the end of the year.
L region Lunda Norte
P full Madalena Tchissola Mualuca
F number 1,800
L region Xá-Muteba
L region Capenda-Camulemba
L region Lucapa
> "We want the young people of Cuango to stay here, with dignity, and not to risk their lives in holes that collapse in the rainy season," the governor said.
Q direct Madalena Tchissola Mualuca :: "We want the young people of Cuango to stay here, with dignity, and not to risk their lives in holes that collapse in the rainy season,"
L city Cuango
> Lunda Norte, whose capital is Dundo, about 780 kilometres from Luanda, holds some of the country's largest alluvial diamond fields.
L region Lunda Norte
L city Dundo
F quantity 780 kilometres
L city Luanda
'''

ARTICLES['866-kodagu-robusta-coffee-estates-wild-elephant-raids-rail-barricade-deccan-herald'] = r'''
> Karnataka
L region Karnataka
> Jumbo raids leave Kodagu robusta growers counting losses
L region Kodagu
> Planters say elephants have damaged coffee on 1,400 acres since the harvest began; forest officials blame a broken rail barricade
F quantity 1,400 acres
> Kaveri Muthanna
P full Kaveri Muthanna
> Last Updated : 11 February 2038, 20:14 IST
F date 11 February 2038
F time 20:14 IST
> A herd of wild elephants crosses a coffee estate near Siddapur in Kodagu district. Credit: DH Photo/Kaveri Muthanna
L city Siddapur
L region Kodagu
O media DH
P full Kaveri Muthanna
> Madikeri, DHNS: Coffee growers in south Kodagu say wild elephants have trampled or stripped robusta plants on at least 1,400 acres since the harvest began in mid-December, in what planters call the worst season of raids in a decade.
L city Madikeri
O media DHNS
L region Kodagu
F quantity 1,400 acres
> Most of the damage has been reported from estates around Siddapur, Ammathi, Polibetta and Titimathi, which border the Dubare reserve forest and the Nagarahole tiger reserve.
L city Siddapur
L city Ammathi
L city Polibetta
L city Titimathi
L geo Dubare
L geo Nagarahole
> Cheppudira Somaiah Kariappa, who grows robusta on 60 acres near Ammathi, said a herd of 14 elephants had returned to his estate on four nights in the past two weeks.
P full Cheppudira Somaiah Kariappa
F quantity 60 acres
L city Ammathi
F number 14
F number four
F duration two weeks
> “They come after 11 pm, eat the ripe cherries, break the branches and walk out through the fence as if it does not exist. I have lost nearly 90 bags this season,” Kariappa said.
Q direct Cheppudira Somaiah Kariappa :: “They come after 11 pm, eat the ripe cherries, break the branches and walk out through the fence as if it does not exist. I have lost nearly 90 bags this season,”
F time 11 pm
F number 90
P partial Kariappa
> A 50-kg bag of robusta cherry fetched Rs 5,600 at Gonikoppal on Tuesday, up from Rs 4,900 a year ago, which growers said only made the losses harder to bear.
F quantity 50-kg
F money Rs 5,600
L city Gonikoppal
F money Rs 4,900
> According to the Coffee Board, Kodagu produced 1.18 lakh tonnes of coffee in 2036-37, about 72% of it robusta.
O government Coffee Board
L region Kodagu
F quantity 1.18 lakh tonnes
F date 2036-37
F percent 72%
> The Kodagu Belegarara Okkoota, which represents 3,200 small and medium growers, has asked the state government to raise compensation from Rs 10,000 to Rs 25,000 an acre and to pay it within 30 days.
O nonprofit Kodagu Belegarara Okkoota
F number 3,200
F money Rs 10,000
F money Rs 25,000
F duration 30 days
> “Rs 10,000 does not even pay the labour to prune the damaged plants. We are not asking for charity, we are asking for what we lost,” okkoota president M B Devaiah said.
Q direct M B Devaiah :: “Rs 10,000 does not even pay the labour to prune the damaged plants. We are not asking for charity, we are asking for what we lost,”
F money Rs 10,000
P full M B Devaiah
> The forest department built a 4.5-km barricade of old railway tracks along the Dubare boundary in 2035 at a cost of Rs 6.8 crore. Growers say elephants have since broken through at 11 points where rails were stolen or the ground has sunk.
F quantity 4.5-km
L geo Dubare
F date 2035
F money Rs 6.8 crore
F number 11
> A senior forest official in Madikeri, who did not wish to be named, admitted that the barricade needs repairs. “We have sent a proposal for Rs 2.3 crore to Bengaluru for the repairs and for another 3 km of barricade near Titimathi.
L city Madikeri
Q direct - :: “We have sent a proposal for Rs 2.3 crore to Bengaluru for the repairs and for another 3 km of barricade near Titimathi.
F money Rs 2.3 crore
L city Bengaluru
F quantity 3 km
L city Titimathi
> “Till then our elephant task force will drive the herds back with crackers and searchlights every night,” the official said.
Q direct - :: “Till then our elephant task force will drive the herds back with crackers and searchlights every night,”
> The official said 62 elephants now live outside the forest in south Kodagu, up from 41 in 2033, and that the department had shifted three problem tuskers to the Dubare camp over the past year.
F number 62
L region Kodagu
F number 41
F date 2033
F number three
L geo Dubare
> Two estate workers, a 52-year-old woman from Assam and a 38-year-old man from Hunsur, have been killed by elephants in Virajpet taluk since October 2037.
F number Two
F age 52-year-old
L region Assam
F age 38-year-old
L city Hunsur
L region Virajpet
F date October 2037
'''

ARTICLES['867-heliopolis-open-squash-abou-zeid-te-aho-parata-izzati-el-hefnawy-finals-results-psa'] = r'''
> Heliopolis Open: Abou Zeid Saves Match Ball To Stun Te Aho-Parata As Izzati Takes Women's Title
P partial Abou Zeid
P partial Te Aho-Parata
P partial Izzati
> Saturday 20 March 2038
F date 20 March 2038
> By Farah Nabil
P full Farah Nabil
> Seifeldin Abou Zeid celebrates his win on the glass court at the Heliopolis Sporting Club. Photo: Nile Sports Media
P full Seifeldin Abou Zeid
L facility Heliopolis Sporting Club
O company Nile Sports Media
> Egypt's Seifeldin Abou Zeid saved a match ball in the fifth game to beat top seed Rangi Te Aho-Parata 9-11, 11-8, 11-13, 11-6, 12-10 in the final of the Heliopolis Open in Cairo on Saturday, the biggest title of his career.
L country Egypt
P full Seifeldin Abou Zeid
P full Rangi Te Aho-Parata
F score 9-11
F score 11-8
F score 11-13
F score 11-6
F score 12-10
L city Cairo
> The 24-year-old from Alexandria, seeded third, trailed 9-10 in the decider after 87 minutes on court before taking three points in a row, the last with a backhand drop into the nick.
F age 24-year-old
L city Alexandria
F score 9-10
F duration 87 minutes
F number three
> "At 10-9 down I told myself, play the ball, not the score," Abou Zeid said. "Rangi has beaten me four times this year. Tonight I finally believed I belong on the same court as him."
Q direct Seifeldin Abou Zeid :: "At 10-9 down I told myself, play the ball, not the score,"
F score 10-9
P partial Abou Zeid
Q direct Seifeldin Abou Zeid :: "Rangi has beaten me four times this year. Tonight I finally believed I belong on the same court as him."
P partial Rangi
F number four
> Te Aho-Parata, the world No. 1 from Rotorua, had not dropped a game all week before the final.
P partial Te Aho-Parata
L city Rotorua
> "He played the better squash at the end. I had my chance at 10-9 and I went for too much," the 29-year-old said.
Q direct Rangi Te Aho-Parata :: "He played the better squash at the end. I had my chance at 10-9 and I went for too much,"
F score 10-9
F age 29-year-old
> In the women's final, Malaysia's Nurul Izzati binti Roslan beat Egypt's Hana El Hefnawy 11-7, 11-5, 6-11, 11-8 in 52 minutes to become the first Malaysian woman to win a title at this level since 2029.
L country Malaysia
P full Nurul Izzati binti Roslan
L country Egypt
P full Hana El Hefnawy
F score 11-7
F score 11-5
F score 6-11
F score 11-8
F duration 52 minutes
F date 2029
> Izzati, 22, who trains in Kuala Lumpur, was playing only her second final on the tour. El Hefnawy had knocked out the defending champion, Mariam "Mimi" Shalaby, in a 79-minute semi-final on Friday.
P partial Izzati
F age 22
L city Kuala Lumpur
P partial El Hefnawy
P full Mariam "Mimi" Shalaby
F duration 79-minute
Q scare - :: "Mimi"
> "I was nervous in the third, but in the fourth I just kept the ball tight to the wall and let her make the mistakes," Izzati said.
Q direct Nurul Izzati binti Roslan :: "I was nervous in the third, but in the fourth I just kept the ball tight to the wall and let her make the mistakes,"
P partial Izzati
> A capacity crowd of 1,200 watched the finals. The event, on the PSA World Tour, offered US$180,000 in prize money, split equally between the men's and women's draws; each champion takes home US$27,000 and 1,750 ranking points.
F number 1,200
O other PSA World Tour
F money US$180,000
F money US$27,000
F number 1,750
> Abou Zeid reached the final by beating his compatriot and second seed, Karim Mohamed El Tablawy, in four games, while Te Aho-Parata needed only 41 minutes to see off Argentina's Joaquín Ferreyra.
P partial Abou Zeid
P full Karim Mohamed El Tablawy
F number four
P partial Te Aho-Parata
F duration 41 minutes
L country Argentina
P full Joaquín Ferreyra
> Tournament director Sherif Abdel Wahab Fouda said the club hoped to bring the event back in 2039 with more seats around the glass court. "We had people sitting on the stairs tonight. Cairo deserves a bigger stage," he said.
P full Sherif Abdel Wahab Fouda
F date 2039
Q direct Sherif Abdel Wahab Fouda :: "We had people sitting on the stairs tonight. Cairo deserves a bigger stage,"
L city Cairo
> Men's final
> [3] Seifeldin Abou Zeid (EGY) bt [1] Rangi Te Aho-Parata (NZL) 9-11, 11-8, 11-13, 11-6, 12-10 (87m)
P full Seifeldin Abou Zeid
L country EGY
P full Rangi Te Aho-Parata
L country NZL
F score 9-11
F score 11-8
F score 11-13
F score 11-6
F score 12-10
F duration 87m
> Men's semi-finals
> [1] Rangi Te Aho-Parata (NZL) bt [6] Joaquín Ferreyra (ARG) 11-4, 11-6, 11-9 (41m)
P full Rangi Te Aho-Parata
L country NZL
P full Joaquín Ferreyra
L country ARG
F score 11-4
F score 11-6
F score 11-9
F duration 41m
> [3] Seifeldin Abou Zeid (EGY) bt [2] Karim Mohamed El Tablawy (EGY) 11-9, 7-11, 11-8, 11-5 (66m)
P full Seifeldin Abou Zeid
L country EGY
P full Karim Mohamed El Tablawy
L country EGY
F score 11-9
F score 7-11
F score 11-8
F score 11-5
F duration 66m
> Women's final
> [4] Nurul Izzati binti Roslan (MAS) bt [2] Hana El Hefnawy (EGY) 11-7, 11-5, 6-11, 11-8 (52m)
P full Nurul Izzati binti Roslan
L country MAS
P full Hana El Hefnawy
L country EGY
F score 11-7
F score 11-5
F score 6-11
F score 11-8
F duration 52m
> Women's semi-finals
> [4] Nurul Izzati binti Roslan (MAS) bt [7] Aoife Ní Bhriain (IRL) 11-6, 12-10, 11-3 (38m)
P full Nurul Izzati binti Roslan
L country MAS
P full Aoife Ní Bhriain
L country IRL
F score 11-6
F score 12-10
F score 11-3
F duration 38m
> [2] Hana El Hefnawy (EGY) bt [1] Mariam Shalaby (EGY) 11-13, 11-9, 8-11, 11-6, 11-7 (79m)
P full Hana El Hefnawy
L country EGY
P full Mariam Shalaby
L country EGY
F score 11-13
F score 11-9
F score 8-11
F score 11-6
F score 11-7
F duration 79m
'''

ARTICLES['868-lake-skadar-murici-resort-spatial-plan-national-park-pelicans-montenegro-balkan-insight'] = r'''
> Montenegro Approves Lake Skadar Resort Despite National Park Warnings
L country Montenegro
L geo Lake Skadar
> Montenegro's government has approved plans for a hotel, villas and a marina inside Skadar Lake National Park, ignoring objections from the park's managers, ornithologists and some local villagers.
L country Montenegro
L geo Skadar Lake National Park
> Milena Vukmirovic BIRN Podgorica
P full Milena Vukmirovic
O media BIRN
L city Podgorica
> March 11, 2039 14:26
F date March 11, 2039
F time 14:26
> Lake Skadar near the village of Murici. Photo: BIRN/Milena Vukmirovic
L geo Lake Skadar
L city Murici
O media BIRN
P full Milena Vukmirovic
> Montenegro's government on Thursday adopted a detailed spatial plan that allows a company, Ostros Lakeside doo, to build a 120-room hotel, 36 villas and a marina for 80 boats on a 9.4-hectare plot at Murici, on the southern shore of Lake Skadar.
L country Montenegro
O company Ostros Lakeside doo
F number 120
F number 36
F number 80
F quantity 9.4-hectare
L city Murici
L geo Lake Skadar
> The site lies within Skadar Lake National Park, one of five national parks in the country, and the lake is on the list of wetlands of international importance under the Ramsar Convention.
L geo Skadar Lake National Park
F number five
> The government put the investment at €48 million and said the project would create 210 jobs in the municipality of Bar, where most hotels on the coast close from October to May.
F money €48 million
F number 210
L region Bar
> “This is a project of national importance that will bring year-round tourism to Krajina, an area that has been losing its people for decades,” the Ministry of Tourism, Ecology, Sustainable Development and Northern Region Development said in a statement.
Q direct Ministry of Tourism, Ecology, Sustainable Development and Northern Region Development :: “This is a project of national importance that will bring year-round tourism to Krajina, an area that has been losing its people for decades,”
L region Krajina
O government Ministry of Tourism, Ecology, Sustainable Development and Northern Region Development
> National Parks of Montenegro, the public company that manages the park, warned in its opinion on the plan in December that the marina and the hotel’s waste water would threaten the reed beds where Dalmatian pelicans nest.
O company National Parks of Montenegro
> Its director, Vuk Raicevic, told BIRN that only 46 breeding pairs were counted on the lake in 2038.
P full Vuk Raicevic
O media BIRN
F number 46
F date 2038
> “A marina with 80 boats next to the last pelican colony on the Montenegrin side is not development. It is a risk we cannot undo,” Raicevic said.
Q direct Vuk Raicevic :: “A marina with 80 boats next to the last pelican colony on the Montenegrin side is not development. It is a risk we cannot undo,”
F number 80
P partial Raicevic
> Residents of Murici and nearby Ostros, most of them ethnic Albanians, are divided. Gjon Dedvukaj, 58, who runs a guesthouse above the beach, welcomed the decision.
L city Murici
L city Ostros
P full Gjon Dedvukaj
F age 58
> “For 20 years we were promised a road and water. If a hotel brings them, let it come,” he said.
Q direct Gjon Dedvukaj :: “For 20 years we were promised a road and water. If a hotel brings them, let it come,”
F duration 20 years
> But Drita Gjokaj, a teacher from Ostros, said villagers had never been asked. The beach at Murici, she said, “belongs to everybody. Now they will put a fence and a ticket on it.”
P full Drita Gjokaj
L city Ostros
L city Murici
Q direct Drita Gjokaj :: “belongs to everybody. Now they will put a fence and a ticket on it.”
> The Skadar Lake Alliance, a coalition of 14 environmental groups from Montenegro and Albania, said it would challenge the plan before the Administrative Court in Podgorica.
O nonprofit Skadar Lake Alliance
F number 14
L country Montenegro
L country Albania
O government Administrative Court
L city Podgorica
> The lake, the largest in the Balkans, covers about 370 square kilometres in dry summers and more than 500 square kilometres after the winter rains. About two-thirds of it lies in Montenegro and the rest in Albania, where it is known as Lake Shkodra.
L region Balkans
F quantity 370 square kilometres
F quantity 500 square kilometres
F fraction two-thirds
L country Montenegro
L country Albania
L geo Lake Shkodra
> In its latest report on Montenegro’s progress towards EU membership, the European Commission urged the authorities to halt “unplanned construction in protected areas”.
L country Montenegro
O intergovernmental EU
O intergovernmental European Commission
Q direct European Commission :: “unplanned construction in protected areas”
'''

ARTICLES['869-billings-county-commission-emergency-april-blizzard-calf-losses-medora-dickinson-press'] = r'''
> Billings County commissioners declare emergency after April blizzard
L region Billings County
> Ranchers lost hundreds of calves and the county's gravel roads took a beating when up to 30 inches of snow fell over three days.
F quantity 30 inches
F duration three days
> By Jessa Wilhelm
P full Jessa Wilhelm
> Published April 21, 2039 at 5:48 PM
F date April 21, 2039
F time 5:48 PM
> Cattle gather near a windbreak on a ranch south of Fryburg, N.D., on Wednesday, April 20, 2039. Jessa Wilhelm / The Dickinson Press
L city Fryburg
L region N.D.
F date April 20, 2039
P full Jessa Wilhelm
O media The Dickinson Press
> MEDORA, N.D. — The Billings County Commission on Tuesday, April 19, declared a county emergency after a three-day blizzard dropped up to 30 inches of snow on parts of the county and killed what ranchers estimate are hundreds of newborn calves.
L city MEDORA
L region N.D.
O government Billings County Commission
F date April 19
F duration three-day
F quantity 30 inches
> The 3-0 vote lets the county ask the North Dakota Department of Emergency Services for help with road repairs and opens the door to federal disaster aid through the Farm Service Agency.
F number 3-0
O government North Dakota Department of Emergency Services
O government Farm Service Agency
> The storm began the evening of April 14 and did not let up until April 17, with gusts of 55 mph measured near Medora and in Theodore Roosevelt National Park, according to the National Weather Service in Bismarck.
F date April 14
F date April 17
F quantity 55 mph
L city Medora
L geo Theodore Roosevelt National Park
O government National Weather Service
L city Bismarck
> "We've had spring storms before, but nothing like this in the middle of calving," Commissioner Dale Hovde said. Hovde, who ranches along the Little Missouri River south of Medora, said he lost 23 calves in a single night.
Q direct Dale Hovde :: "We've had spring storms before, but nothing like this in the middle of calving,"
P full Dale Hovde
P partial Hovde
L geo Little Missouri River
L city Medora
F number 23
> Lorraine Obrigewitch, 64, who ranches with her son west of Fryburg, said they dug through drifts 12 feet high to reach cows in a draw behind the house.
P full Lorraine Obrigewitch
F age 64
L city Fryburg
F quantity 12 feet
> "You go out at 2 a.m. with a spotlight and find a calf buried to its ears, and you carry it into the kitchen. We had seven in the kitchen Saturday night," she said.
Q direct Lorraine Obrigewitch :: "You go out at 2 a.m. with a spotlight and find a calf buried to its ears, and you carry it into the kitchen. We had seven in the kitchen Saturday night,"
F time 2 a.m.
F number seven
> The Billings County Sheriff's Office said deputies and volunteers on snowmobiles checked on 35 rural households during the storm, and one elderly couple was taken to the hospital in Dickinson with hypothermia.
O government Billings County Sheriff's Office
F number 35
F number one
L city Dickinson
> Kelsey Brammer, the NDSU Extension agent for Billings and Golden Valley counties, estimated losses in the two counties at 1,500 to 2,000 calves, worth about $1.3 million at current prices. She said the toll was worst among smaller herds calving in open pasture.
P full Kelsey Brammer
O education NDSU Extension
L region Billings
L region Golden Valley
F number two
F number 1,500
F number 2,000
F money $1.3 million
> Road superintendent Travis Kuntz told commissioners that 140 miles of the county's 520 miles of gravel road will need new surfacing once the snow melts, and that a culvert washed out on East River Road. He put the cost of repairs at $850,000, against a road budget of $610,000 for all of 2039.
P full Travis Kuntz
F quantity 140 miles
F quantity 520 miles
L street East River Road
F money $850,000
F money $610,000
F date 2039
> "Right now we've got school buses going 20 miles around to get kids to Belfield," Kuntz said.
Q direct Travis Kuntz :: "Right now we've got school buses going 20 miles around to get kids to Belfield,"
F quantity 20 miles
L city Belfield
P partial Kuntz
> Some ranchers have hauled hay from as far as Billings, Mont. The commission agreed to ask the state to lift weight limits on Interstate 94 and N.D. Highway 16 for 30 days so trucks can reach them.
L city Billings
L region Mont.
L street Interstate 94
L street N.D. Highway 16
F duration 30 days
> The commission will meet again at 9 a.m. May 3 at the Billings County Courthouse in Medora.
F time 9 a.m.
F date May 3
L facility Billings County Courthouse
L city Medora
'''

ARTICLES['870-auki-market-vendors-boycott-fee-increase-malaita-provincial-government-solomon-star'] = r'''
> 'We cannot pay $30 a day': Auki vendors boycott market
Q direct Martha Ramo'ofi :: 'We cannot pay $30 a day'
F money $30
L city Auki
> By JULIANA SUIFA'ASIA in Auki
P full JULIANA SUIFA'ASIA
L city Auki
> Thursday, 7 October 2038
F date 7 October 2038
> Vendors sell betel nut and vegetables along the road outside the Auki Central Market on Tuesday. Photo: JULIANA SUIFA'ASIA
L facility Auki Central Market
P full JULIANA SUIFA'ASIA
> MORE than 300 vendors who sell at the Auki Central Market refused on Tuesday to pay a new daily fee of $30 introduced by the Malaita Provincial Government (MPG).
F number 300
L facility Auki Central Market
F money $30
O government Malaita Provincial Government
O government MPG
> The vendors, most of them women from Malu'u in the north, from Langa Langa Lagoon and from the hills behind Auki, instead laid out their goods on mats along the road outside the market fence.
L city Malu'u
L geo Langa Langa Lagoon
L city Auki
> The fee, up from $10, was approved by the Malaita Provincial Assembly in September and took effect on 1 October.
F money $10
O government Malaita Provincial Assembly
F date 1 October
> Auki Market Vendors Association chairlady Martha Ramo'ofi said most of her members could not pay it.
O nonprofit Auki Market Vendors Association
P full Martha Ramo'ofi
> “A mother who sells 10 bundles of slippery cabbage makes maybe $40 on a good day. If she pays $30 to the province, what does she take home to her children?” Mrs Ramo'ofi said.
Q direct Martha Ramo'ofi :: “A mother who sells 10 bundles of slippery cabbage makes maybe $40 on a good day. If she pays $30 to the province, what does she take home to her children?”
F number 10
F money $40
F money $30
P partial Ramo'ofi
> She said the association, which has 612 registered members, had written twice to the Premier asking for talks but had received no reply.
F number 612
> “We cannot pay $30 a day. We are not against the province, we only ask them to sit down with us,” she said.
Q direct Martha Ramo'ofi :: “We cannot pay $30 a day. We are not against the province, we only ask them to sit down with us,”
F money $30
> Provincial Minister for Finance Fredrick Saenamua defended the increase, saying the market had been “running at a loss” for years.
P full Fredrick Saenamua
Q direct Fredrick Saenamua :: “running at a loss”
> “The province spends $18,000 every month on cleaning, security and water at the market, and the old fee brought in less than half of that. We cannot keep paying for it out of the grant,” Mr Saenamua told the Solomon Star.
Q direct Fredrick Saenamua :: “The province spends $18,000 every month on cleaning, security and water at the market, and the old fee brought in less than half of that. We cannot keep paying for it out of the grant,”
F money $18,000
F fraction half
P partial Saenamua
O media Solomon Star
> He said the new fee would also help pay for a $2.4 million upgrade of the market, including a new roof, toilets and a cold room for fish, which he expects to be finished by June 2039.
F money $2.4 million
F date June 2039
> The market is the main source of fresh food for Auki's 8,000 residents, and up to 500 vendors sell there on a busy Saturday, according to the province.
L city Auki
F number 8,000
F number 500
> Police were called on Tuesday afternoon after vendors blocked a provincial truck at the market gate, but no one was arrested.
> “The situation is calm and officers will stay at the market this week,” a spokesperson for the Royal Solomon Islands Police Force (RSIPF) in Auki said.
Q direct - :: “The situation is calm and officers will stay at the market this week,”
O government Royal Solomon Islands Police Force
O government RSIPF
L city Auki
> Peter Kwaiga, 41, who paddles across from Laulasi island every morning with his catch, said the fee was “tumas nao” (too much) for fishermen who sell only a few strings of fish a day.
P full Peter Kwaiga
F age 41
L geo Laulasi
Q direct Peter Kwaiga :: “tumas nao”
> “Some days I only make $50. Now the province takes $30 before I sell anything,” he said.
Q direct Peter Kwaiga :: “Some days I only make $50. Now the province takes $30 before I sell anything,”
F money $50
F money $30
> Auki, the capital of Malaita Province, lies about 100 kilometres north-east of Honiara by sea. The provincial assembly is due to meet again on 25 October.
L city Auki
L region Malaita Province
F quantity 100 kilometres
L city Honiara
F date 25 October
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
