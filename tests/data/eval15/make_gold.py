#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval15 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval15/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['133-jalur-digital-clinic-data-leak'] = r'''
> Nation
> Clinic app leak exposed data of 3.4 million patients, says JPDP
F number 3.4 million
O government JPDP
> Penang-based Jalur Digital faces fines of up to RM1mil after booking records sat on an open cloud server for 11 days
L region Penang
O company Jalur Digital
F money RM1mil
F duration 11 days
> By FARIDAH ISMAIL and TAN KAH WENG
P full FARIDAH ISMAIL
P full TAN KAH WENG
> Wednesday, 14 Nov 2029 7:42 PM MYT
F date 14 Nov 2029
F time 7:42 PM MYT
> A user checks the KlinikKu app outside a private clinic in Bayan Lepas, Penang. — NUR ALIYA ROSLAN/The Star
L city Bayan Lepas
L region Penang
P full NUR ALIYA ROSLAN
O media The Star
> PETALING JAYA: The personal data of about 3.4 million users of KlinikKu, a clinic booking app run by Penang-based Jalur Digital Bhd, was left exposed online for at least 11 days last month, says the Personal Data Protection Department (JPDP).
L city PETALING JAYA
F number 3.4 million
L region Penang
O company Jalur Digital Bhd
F duration 11 days
O government Personal Data Protection Department
O government JPDP
> In a statement on Wednesday (Nov 14), the department said the names, MyKad numbers, phone numbers and appointment histories of patients at 1,260 private clinics in Selangor, Penang, Perak, Johor, Negeri Sembilan and Kedah had been stored on an unprotected cloud server between Oct 2 and Oct 13.
F date Nov 14
F number 1,260
L region Selangor
L region Penang
L region Perak
L region Johor
L region Negeri Sembilan
L region Kedah
F date Oct 2
F date Oct 13
> “The exposed records did not include payment card details, but MyKad numbers combined with medical appointment data can easily be misused for identity fraud and scams,” it said, adding that the company had been ordered to submit a full incident report within 14 days.
Q direct Personal Data Protection Department :: “The exposed records did not include payment card details, but MyKad numbers combined with medical appointment data can easily be misused for identity fraud and scams,”
F duration 14 days
> Jalur Digital, which is listed on Bursa Malaysia, said in a filing to the exchange that the misconfigured server had been “closed within hours” of the company being alerted by an independent researcher.
O company Jalur Digital
O company Bursa Malaysia
Q direct Jalur Digital Bhd :: “closed within hours”
> Its managing director, Datuk Seri Azman Harun, apologised to users at a press conference at the company’s headquarters in Bayan Lepas.
P full Azman Harun
L city Bayan Lepas
> “We take full responsibility. We have engaged CyberSecurity Malaysia and an external forensic firm, and we are contacting every affected user by SMS and e-mail,” he said.
Q direct Azman Harun :: “We take full responsibility. We have engaged CyberSecurity Malaysia and an external forensic firm, and we are contacting every affected user by SMS and e-mail,”
O government CyberSecurity Malaysia
> Azman said the company would compensate users who could show losses from fraud linked to the leak, setting aside up to RM2.5mil, and had allocated RM800,000 for a hotline and an identity-monitoring service for 12 months.
P partial Azman
F money RM2.5mil
F money RM800,000
F duration 12 months
> The leak was first spotted by security researcher S. Kavitha, who told The Star she found the server while scanning the Internet for unprotected databases.
P full S. Kavitha
O media The Star
> “Anyone with a browser could read it. There was no password, nothing,” said Kavitha, 29, who works for a Cyberjaya-based consultancy.
Q direct S. Kavitha :: “Anyone with a browser could read it. There was no password, nothing,”
P partial Kavitha
F age 29
L city Cyberjaya
> “I sent them three e-mails and a LinkedIn message before anyone replied. For a company holding health data, that is not acceptable.”
Q direct S. Kavitha :: “I sent them three e-mails and a LinkedIn message before anyone replied. For a company holding health data, that is not acceptable.”
F number three
O company LinkedIn
> Under the Personal Data Protection Act, as amended in 2024, data users who fail to protect personal data face fines of up to RM1mil, jail terms of up to three years, or both. The amended law also requires companies to notify the commissioner within 72 hours of discovering a breach.
F date 2024
F money RM1mil
F duration three years
F duration 72 hours
> Deputy Digital Minister Lim Chee Keong told the Dewan Rakyat on Wednesday that the National Cyber Security Agency (NACSA) would audit the cloud providers used by healthcare companies.
P full Lim Chee Keong
O government Dewan Rakyat
O government National Cyber Security Agency
O government NACSA
> “This is the third major leak involving health data this year. The industry must stop treating security as an afterthought,” he said.
Q direct Lim Chee Keong :: “This is the third major leak involving health data this year. The industry must stop treating security as an afterthought,”
> “Clinics are customers too, but the patients never agreed to have their records sit on a server in another state,” the deputy minister added.
Q direct Lim Chee Keong :: “Clinics are customers too, but the patients never agreed to have their records sit on a server in another state,”
> Lim said NACSA had found 38 other servers run by Malaysian healthcare firms that could be reached from the Internet without a password. Eleven of them have since been secured.
P partial Lim
O government NACSA
F number 38
F number Eleven
> Jalur Digital’s Philippine unit, which runs the same app for about 210,000 users in Cebu and Davao, was fined 1.5 million pesos by the Philippines’ National Privacy Commission (NPC) in March 2028 over an unrelated incident, according to the commission’s website.
O company Jalur Digital
F number 210,000
L city Cebu
L city Davao
F money 1.5 million pesos
L country Philippines
O government National Privacy Commission
O government NPC
F date March 2028
> Shares in Jalur Digital fell 18.6% to 41 sen on Wednesday, wiping about RM96mil off its market value. The stock had more than doubled since its listing in 2026.
O company Jalur Digital
F percent 18.6%
F money 41 sen
F money RM96mil
F date 2026
> The Federation of Malaysian Consumers Associations (Fomca) called the month-long gap between the leak and its disclosure “far too long” and urged users to treat calls from people claiming to be clinic staff with suspicion.
O nonprofit Federation of Malaysian Consumers Associations
O nonprofit Fomca
Q direct Federation of Malaysian Consumers Associations :: “far too long”
> Selangor police said they had received 47 reports since Nov 1 from KlinikKu users who had been contacted by such callers. Police warned that stolen MyKad details were often used to open so-called “mule accounts” for scam syndicates.
L region Selangor
F number 47
F date Nov 1
Q scare - :: “mule accounts”
'''

ARTICLES['134-rwizi-drought-mbarara-cattle'] = r'''
> National
> Rwizi River dries up as drought forces Mbarara farmers to sell cattle
L geo Rwizi River
L city Mbarara
> Herders in the cattle corridor say they are selling cows for as little as Shs400,000, a third of the usual price, as water sources in six districts run dry
F money Shs400,000
F fraction a third
F number six
> By Collins Kwesiga Rutaro
P full Collins Kwesiga Rutaro
> Tuesday, February 12, 2030
F date February 12, 2030
> A herdsman waters cattle at a shrinking pool in the Rwizi River on the outskirts of Mbarara City on February 9, 2030. PHOTO | COLLINS KWESIGA RUTARO
L geo Rwizi River
L city Mbarara City
F date February 9, 2030
P full COLLINS KWESIGA RUTARO
> Farmers in Mbarara, Isingiro and Kiruhura districts are selling off cattle at throwaway prices after the River Rwizi, the main source of water for more than 250,000 people in Mbarara City, shrank to a chain of muddy pools following nearly four months without significant rain.
L region Mbarara
L region Isingiro
L region Kiruhura
L geo River Rwizi
F number 250,000
L city Mbarara City
F duration four months
> At Biharwe livestock market on the Mbarara–Masaka highway, a mature cow that fetched Shs1.2m in October was going for between Shs400,000 and Shs600,000 last Thursday, traders said.
L city Biharwe
L city Mbarara
L city Masaka
F money Shs1.2m
F money Shs400,000
F money Shs600,000
> “I have sold 14 cows since Christmas just to buy water and pay school fees. If the rain does not come by March, I will have nothing left,” said Mr Gad Tumuhimbise, 58, a farmer from Sanga in Kiruhura District.
Q direct Gad Tumuhimbise :: “I have sold 14 cows since Christmas just to buy water and pay school fees. If the rain does not come by March, I will have nothing left,”
F number 14
P full Gad Tumuhimbise
F age 58
L city Sanga
L region Kiruhura District
> The National Water and Sewerage Corporation (NWSC) says production at its Rwizi plant has fallen from 32 million litres a day to about 19 million litres, forcing it to ration supply to parts of Mbarara City on alternate days.
O company National Water and Sewerage Corporation
O company NWSC
L facility Rwizi
F quantity 32 million litres
F quantity 19 million litres
L city Mbarara City
> “We are pumping what the river gives us. Some days the intake is sucking mud,” the corporation’s area manager, Eng Julius B. Ahimbisibwe, told the Monitor yesterday.
Q direct Julius B. Ahimbisibwe :: “We are pumping what the river gives us. Some days the intake is sucking mud,”
P full Julius B. Ahimbisibwe
O media Monitor
> He said the corporation was trucking water to Nyamitanga, Kakoba and Kamukuzi and selling a 20-litre jerrycan at Shs200 from tanks at public points, compared with the Shs500 to Shs1,000 charged by private vendors.
L city Nyamitanga
L city Kakoba
L city Kamukuzi
F quantity 20-litre
F money Shs200
F money Shs500
F money Shs1,000
> The Uganda National Meteorological Authority (UNMA) said in its seasonal forecast that rains in much of western Uganda were likely to start late and would be “near normal to below normal”.
O government Uganda National Meteorological Authority
O government UNMA
L country Uganda
Q direct Uganda National Meteorological Authority :: “near normal to below normal”
> Speaking in Kampala on Friday, the State Minister for Water, Ms Aisha Nakiwala Sekindi, said government had released Shs3.2 billion (about $865,000) for emergency water trucking and for desilting 40 valley tanks in the cattle corridor.
L city Kampala
P full Aisha Nakiwala Sekindi
F money Shs3.2 billion
F money $865,000
F number 40
> “Government is aware of the situation. We are not going to sit and watch animals die,” Ms Sekindi said.
Q direct Aisha Nakiwala Sekindi :: “Government is aware of the situation. We are not going to sit and watch animals die,”
P partial Sekindi
> “But the long-term answer is irrigation and storage, not trucks,” the minister added, citing plans to pump water from the Kagera River to farms in Isingiro.
Q direct Aisha Nakiwala Sekindi :: “But the long-term answer is irrigation and storage, not trucks,”
L geo Kagera River
L region Isingiro
> In neighbouring Isingiro District, which hosts the Nakivale refugee settlement, 11 of the 27 boreholes in the settlement have stopped yielding water, according to the district water officer, Ms Prossy Atuhaire. She said some households were walking up to 8km to fetch water.
L region Isingiro District
L city Nakivale
F number 11
F number 27
P full Prossy Atuhaire
F quantity 8km
> At Lake Mburo National Park, the Uganda Wildlife Authority (UWA) has impounded 230 head of cattle since January after herders drove animals into the park at night to drink from the lake. A UWA spokesperson described the incursions as “a daily battle” with desperate farmers.
L geo Lake Mburo National Park
O government Uganda Wildlife Authority
O government UWA
F number 230
O government UWA
Q direct - :: “a daily battle”
> Milk deliveries to cooling centres in Mbarara have dropped by about 40 percent since December, according to the Dairy Development Authority (DDA), pushing the farm-gate price of a litre of milk from Shs900 to Shs1,300 in some areas.
L city Mbarara
F percent 40 percent
O government Dairy Development Authority
O government DDA
F money Shs900
F money Shs1,300
> Mr Ambrose Kamugisha, who chairs the Ankole Cattle Keepers Association, said farmers had heard the same promises before. “In 2022 we were told every parish would have a valley tank by 2025. In my parish there is still only one tank, and it has been dry since November.
P full Ambrose Kamugisha
O nonprofit Ankole Cattle Keepers Association
Q direct Ambrose Kamugisha :: “In 2022 we were told every parish would have a valley tank by 2025. In my parish there is still only one tank, and it has been dry since November.
F date 2022
F date 2025
F number one
> “If a farmer loses his cows, he loses his bank, his children’s school fees and his pension. That is what this drought is taking from us,” he said.
Q direct Ambrose Kamugisha :: “If a farmer loses his cows, he loses his bank, his children’s school fees and his pension. That is what this drought is taking from us,”
'''

ARTICLES['135-sunshine-girls-malawi-netball'] = r'''
> Sports
> Sunshine Girls sink Malawi Queens 61-52 to take series lead
O team Sunshine Girls
O team Malawi Queens
F score 61-52
> Blagrove shoots 44 from 47 as Jamaica pull clear in third quarter; Malawi coach blames 31-hour journey
P partial Blagrove
F number 44
F number 47
O team Jamaica
O team Malawi
F duration 31-hour
> Kavon Sterling-Harris/Gleaner Writer
P full Kavon Sterling-Harris
O media Gleaner
> Published: Sunday | March 17, 2030 | 12:08 AM
F date March 17, 2030
F time 12:08 AM
> Sunshine Girls shooter Trudy-Ann Blagrove (left) contests a pass with Queens defender Tiwonge Kamwendo during the first Test at the National Indoor Sports Centre on Saturday night. Omari Flemmings/Photographer
O team Sunshine Girls
P full Trudy-Ann Blagrove
O team Queens
P full Tiwonge Kamwendo
L facility National Indoor Sports Centre
P full Omari Flemmings
> THE Sunshine Girls took a 1-0 lead in their three-match series against Malawi with a 61-52 win at the National Indoor Sports Centre on Saturday night, with shooter Trudy-Ann Blagrove converting 44 of her 47 attempts.
O team Sunshine Girls
F score 1-0
F number three
O team Malawi
F score 61-52
L facility National Indoor Sports Centre
P full Trudy-Ann Blagrove
F number 44
F number 47
> Jamaica, No. 3 in the World Netball rankings, led 16-13 after the first quarter and 30-27 at half-time before a 17-11 third quarter gave them a 47-38 cushion going into the last 15 minutes.
O team Jamaica
O other World Netball
F score 16-13
F score 30-27
F score 17-11
F score 47-38
F duration 15 minutes
> The Queens, sixth in the rankings, had pushed Jamaica hard in the second quarter, when goal attack Chikondi Mvula-Phiri scored eight goals in a row to draw them level at 25-25.
O team Queens
O team Jamaica
P full Chikondi Mvula-Phiri
F number eight
F score 25-25
> But Jamaica’s defence, led by captain Shadae Pottinger and the 19-year-old Kerian Lettman, forced 14 turnovers in the third quarter alone, and Blagrove, the 1.98-metre shooter fans call “the Lighthouse”, did not miss in the period.
O team Jamaica
P full Shadae Pottinger
F age 19-year-old
P full Kerian Lettman
F number 14
P partial Blagrove
F quantity 1.98-metre
Q scare - :: “the Lighthouse”
> “We were patient. Malawi press you for 60 minutes and if you force the pass they will punish you, so we kept the ball moving until the space opened up,” said head coach Marva Cunningham-Reid.
Q direct Marva Cunningham-Reid :: “We were patient. Malawi press you for 60 minutes and if you force the pass they will punish you, so we kept the ball moving until the space opened up,”
O team Malawi
F duration 60 minutes
P full Marva Cunningham-Reid
> “Trudy was outstanding again, but I was more pleased with the defence. Kerian is 19 and she played like a veteran.”
Q direct Marva Cunningham-Reid :: “Trudy was outstanding again, but I was more pleased with the defence. Kerian is 19 and she played like a veteran.”
P partial Trudy
P partial Kerian
F age 19
> Blagrove, 27, who plays her club netball for Loughborough Lightning in England’s Netball Super League, said the crowd of 4,200 had lifted the team. “When they started singing in the third quarter, you could feel the whole building behind us,” she told the Gleaner.
P partial Blagrove
F age 27
O team Loughborough Lightning
L country England
O other Netball Super League
F number 4,200
Q direct Trudy-Ann Blagrove :: “When they started singing in the third quarter, you could feel the whole building behind us,”
O media Gleaner
> For Jamaica, goal attack Rushane Tulloch-Brown added 17 goals from 21 attempts. Mvula-Phiri finished with 29 from 34 for Malawi and goal shooter Grace Chimwemwe Banda added 23 from 27.
O team Jamaica
P full Rushane Tulloch-Brown
F number 17
F number 21
P partial Mvula-Phiri
F number 29
F number 34
O team Malawi
P full Grace Chimwemwe Banda
F number 23
F number 27
> Malawi coach Lusungu Mkandawire said his team had not recovered from a 31-hour journey from Lilongwe via Addis Ababa and Toronto. The Queens landed in Kingston on Thursday morning.
O team Malawi
P full Lusungu Mkandawire
F duration 31-hour
L city Lilongwe
L city Addis Ababa
L city Toronto
O team Queens
L city Kingston
> “Two days is not enough to recover from a trip like that. I am not making excuses, Jamaica were the better team tonight, but we will be different on Tuesday,” the coach said.
Q direct Lusungu Mkandawire :: “Two days is not enough to recover from a trip like that. I am not making excuses, Jamaica were the better team tonight, but we will be different on Tuesday,”
F duration Two days
O team Jamaica
> Malawi’s Ministry of Youth and Sports had promised each player a bonus of K1.5 million (about US$865) for every Test won in Jamaica, according to the Netball Association of Malawi (NAM).
L country Malawi
O government Ministry of Youth and Sports
F money K1.5 million
F money US$865
L country Jamaica
O other Netball Association of Malawi
O other NAM
> Netball Jamaica said the second and third Tests, on Tuesday and Thursday, would be played at the Montego Bay Convention Centre to give fans in western Jamaica “a chance to see this team up close”. Tickets, priced at J$1,500 and J$2,500, go on sale on Monday.
O other Netball Jamaica
L facility Montego Bay Convention Centre
L country Jamaica
Q direct Netball Jamaica :: “a chance to see this team up close”
F money J$1,500
F money J$2,500
> Lettman, who was born in May Pen, Clarendon, and played her schoolgirl netball in Spanish Town, made her senior debut only in January. Pottinger said the teenager had earned her place. “She reads the game like someone who has been doing this for 10 years,” the captain said.
P partial Lettman
L city May Pen
L region Clarendon
L city Spanish Town
P partial Pottinger
Q direct Shadae Pottinger :: “She reads the game like someone who has been doing this for 10 years,”
F duration 10 years
'''

ARTICLES['136-portugal-cp-train-drivers-strike'] = r'''
> Portugal rail strike cancels most trains, strands Lisbon and Porto commuters
L country Portugal
L city Lisbon
L city Porto
> By Catarina Figueira Lopes and Mark Ellison-Hart
P full Catarina Figueira Lopes
P full Mark Ellison-Hart
> November 19, 2029 1:27 PM GMT Updated 3 hours ago
F date November 19, 2029
F time 1:27 PM GMT
F duration 3 hours
> Passengers wait for buses outside Santa Apolónia station in Lisbon, Portugal, November 19, 2029. REUTERS/Duarte Meireles Sousa
L facility Santa Apolónia
L city Lisbon
L country Portugal
F date November 19, 2029
O media REUTERS
P full Duarte Meireles Sousa
> LISBON, Nov 19 (Reuters) - A 48-hour strike by train drivers at Portugal's state railway Comboios de Portugal (CP) cancelled about 80% of trains on Monday, leaving commuters in Lisbon and Porto scrambling for buses and ferries, and their union warned of more stoppages in December.
L city LISBON
F date Nov 19
O media Reuters
F duration 48-hour
L country Portugal
O company Comboios de Portugal
O company CP
F percent 80%
L city Lisbon
L city Porto
> The strike, called by the Sindicato Independente dos Maquinistas Ferroviários (SIMAF) over pay and staffing, began at 0001 GMT on Monday and is due to end at 2359 GMT on Tuesday.
O nonprofit Sindicato Independente dos Maquinistas Ferroviários
O nonprofit SIMAF
F time 0001 GMT
F time 2359 GMT
> CP said only 212 of its roughly 1,100 scheduled services had run by 11 a.m., most of them minimum services ordered by an arbitration panel on the Sintra and Cascais lines during the morning rush.
O company CP
F number 212
F number 1,100
F time 11 a.m.
L city Sintra
L city Cascais
> No Alfa Pendular or Intercidades trains ran between Lisbon and Porto, the country's busiest route, and all services to Faro, Braga, Coimbra and Évora were cancelled.
L city Lisbon
L city Porto
L city Faro
L city Braga
L city Coimbra
L city Évora
> "I left home in Amadora at 5:30 and I'm still not at work," said Inês Carvalho Nunes, 34, a nurse who normally takes the train to Rossio, speaking at a crowded bus stop in Benfica. "Three hours for 15 kilometres. Nobody told us anything."
Q direct Inês Carvalho Nunes :: "I left home in Amadora at 5:30 and I'm still not at work,"
L city Amadora
F time 5:30
P full Inês Carvalho Nunes
F age 34
L facility Rossio
L city Benfica
Q direct Inês Carvalho Nunes :: "Three hours for 15 kilometres. Nobody told us anything."
F duration Three hours
F quantity 15 kilometres
> SIMAF wants a 9% pay rise for its roughly 1,600 members and the hiring of 300 drivers, saying staff shortages force some drivers to work up to 60 hours a week. It has also held a so-called "overtime strike" since October, refusing extra shifts.
O nonprofit SIMAF
F percent 9%
F number 1,600
F number 300
F duration 60 hours
Q scare - :: "overtime strike"
> "We have been negotiating since March. CP says there is no money, but the government always finds money when it wants to," SIMAF president Rui Manuel Tavares told reporters outside Oriente station. He said drivers would strike again on Dec 6-7 if there was no new offer.
Q direct Rui Manuel Tavares :: "We have been negotiating since March. CP says there is no money, but the government always finds money when it wants to,"
O company CP
O nonprofit SIMAF
P full Rui Manuel Tavares
L facility Oriente
F date Dec 6-7
> "Our members earn 1,150 euros a month after 10 years. A driver in Spain earns double that."
Q direct Rui Manuel Tavares :: "Our members earn 1,150 euros a month after 10 years. A driver in Spain earns double that."
F money 1,150 euros
F duration 10 years
L country Spain
> The Ministry of Infrastructure and Housing said in a statement that it had offered a 4.5% rise in 2030 and a further 3% in 2031, and called the strike "disproportionate" at a time when CP was still recovering from losses suffered during the pandemic.
O government Ministry of Infrastructure and Housing
F percent 4.5%
F date 2030
F percent 3%
F date 2031
Q direct Ministry of Infrastructure and Housing :: "disproportionate"
O company CP
> "Disproportionate is what they pay us," the union leader said.
Q direct Rui Manuel Tavares :: "Disproportionate is what they pay us,"
> Fertagus, the private operator whose trains cross the 25 de Abril Bridge between Lisbon and Setúbal, ran a normal service, and ferry operator Transtejo added extra sailings from Cacilhas and Seixal.
O company Fertagus
L facility 25 de Abril Bridge
L city Lisbon
L city Setúbal
O company Transtejo
L city Cacilhas
L city Seixal
> A spokesperson for the Sintra Line Users' Committee told Lusa news agency that commuters were being treated as "hostages" by both sides and called for compensation for holders of the Navegante monthly pass, which costs 40 euros.
O nonprofit Sintra Line Users' Committee
O media Lusa
Q direct - :: "hostages"
F money 40 euros
> CP estimates that each day of strikes costs it about 1.4 million euros in lost ticket revenue. Monday's stoppage was the fourth at the company this year.
O company CP
F money 1.4 million euros
> (Reporting by Catarina Figueira Lopes and Duarte Meireles Sousa; Additional reporting by Mark Ellison-Hart in Madrid; Editing by Helen Okafor-Brandt)
P full Catarina Figueira Lopes
P full Duarte Meireles Sousa
P full Mark Ellison-Hart
L city Madrid
P full Helen Okafor-Brandt
'''

ARTICLES['137-fergus-county-recount-montana'] = r'''
> Montana Supreme Court orders recount in county race decided by 7 votes
O government Montana Supreme Court
F number 7
> Ballots from the November election are stored in a vault at the Fergus County Courthouse in Lewistown, Mont., on Thursday, Jan. 16, 2031. (AP Photo/Tessa Lindqvist-Burke)
L facility Fergus County Courthouse
L city Lewistown
L region Mont.
F date Jan. 16, 2031
O media AP
P full Tessa Lindqvist-Burke
> By WESLEY TRUAX-MORROW
P full WESLEY TRUAX-MORROW
> Associated Press
O media Associated Press
> HELENA, Mont. (AP) — The Montana Supreme Court on Friday ordered a hand recount in a Fergus County Commission race that was decided by seven votes, ruling that election officials wrongly rejected 41 absentee ballots because the voters' signatures did not appear to match those on file.
L city HELENA
L region Mont.
O media AP
O government Montana Supreme Court
O government Fergus County Commission
F number seven
F number 41
> The justices voted 5 to 2 to overturn a ruling by District Judge Roberta Kimmet-Hale, who had dismissed the challenge in December, and ordered the county to finish the recount by Feb. 14.
F number 5
F number 2
P full Roberta Kimmet-Hale
F date Feb. 14
> Republican Dale Voss received 1,486 votes to 1,479 for independent Cody Brandenburg, a rancher from Winifred, in the Nov. 5 election for the commission's District 2 seat, according to the certified results.
P full Dale Voss
F number 1,486
F number 1,479
P full Cody Brandenburg
L city Winifred
F date Nov. 5
L region District 2
> Turnout in the district was 71%, according to county records. Voss, 58, a former Lewistown school board member, was sworn in on Jan. 6 and will keep the seat until the recount is certified. The three-member commission has met twice since then.
F percent 71%
P partial Voss
F age 58
L city Lewistown
F date Jan. 6
F number three
> Election staff set the 41 ballots aside without sending the voters a so-called "cure" letter, which gives them a chance to confirm their signature, the court found.
F number 41
Q scare - :: "cure"
> "A voter who signs her envelope and mails it on time should not lose her vote because someone compared two signatures and guessed," Justice Ingrid Solberg-Haas wrote for the majority.
Q direct Ingrid Solberg-Haas :: "A voter who signs her envelope and mails it on time should not lose her vote because someone compared two signatures and guessed,"
F number two
P full Ingrid Solberg-Haas
> In a dissent joined by Justice Wade Hollenbeck, Justice Myles Corrigan said the majority had "rewritten the statute from the bench" and that the county had followed the law as written.
P full Wade Hollenbeck
P full Myles Corrigan
Q direct Myles Corrigan :: "rewritten the statute from the bench"
> Fergus County Clerk and Recorder Janelle Ruegamer said her office would begin the recount at 9 a.m. on Jan. 27 in the courthouse basement.
L region Fergus County
P full Janelle Ruegamer
F time 9 a.m.
F date Jan. 27
> "We'll have three counting boards of two people each, and anybody who wants to watch is welcome," the clerk told the Lewistown News-Argus. She said the recount would take about two days and cost the county roughly $18,000.
Q direct Janelle Ruegamer :: "We'll have three counting boards of two people each, and anybody who wants to watch is welcome,"
F number three
F number two
O media Lewistown News-Argus
F duration two days
F money $18,000
> Brandenburg, 63, who runs cattle along the Judith River west of Winifred, said he never expected the case to reach Helena.
P partial Brandenburg
F age 63
L geo Judith River
L city Winifred
L city Helena
> "I didn't ask anybody to hand me the seat. I asked them to count 41 ballots from people who did everything right.
Q direct Cody Brandenburg :: "I didn't ask anybody to hand me the seat. I asked them to count 41 ballots from people who did everything right.
F number 41
> "If the count goes against me, I'll shake Dale's hand and go back to feeding cows," he said.
Q direct Cody Brandenburg :: "If the count goes against me, I'll shake Dale's hand and go back to feeding cows,"
P partial Dale
> Voss's attorney, J. R. Pettibone of Great Falls, said his client would "respect whatever number comes out of that room" but was disappointed that the court had "second-guessed a careful clerk."
P partial Voss
P full J. R. Pettibone
L city Great Falls
Q direct J. R. Pettibone :: "respect whatever number comes out of that room"
Q direct J. R. Pettibone :: "second-guessed a careful clerk."
> The Montana Association of Counties (MACo) called the ruling "clear and workable" and said it would require clerks in all 56 counties to send cure letters before rejecting a ballot over a signature, something many already do.
O nonprofit Montana Association of Counties
O nonprofit MACo
Q direct Montana Association of Counties :: "clear and workable"
F number 56
> At least two other disputes from the November election, in Judith Basin and Petroleum counties, are pending in district courts. Lewistown, the Fergus County seat, is a ranching town of about 5,900 people roughly 125 miles (200 kilometers) northwest of Billings.
F number two
L region Judith Basin
L region Petroleum
L city Lewistown
L region Fergus County
F number 5,900
F quantity 125 miles
F quantity 200 kilometers
L city Billings
'''

ARTICLES['138-gwynedd-llyn-homes-buyback'] = r'''
> Housing
> Council to buy 40 homes in Llŷn villages as holiday lets price out local families
F number 40
L geo Llŷn
> Cyngor Gwynedd will spend £6.8m on houses in Abersoch, Nefyn and Aberdaron to rent to people who live and work in the area
O government Cyngor Gwynedd
F money £6.8m
L city Abersoch
L city Nefyn
L city Aberdaron
> By Elin Mair Tudur, Local Democracy Reporter
P full Elin Mair Tudur
> Thursday, 21 February 2030, 6:00 am
F date 21 February 2030
F time 6:00 am
> Houses above the harbour at Abersoch, where 41 per cent of homes are second homes or holiday lets (Image: Osian Prys Hughes)
L city Abersoch
F percent 41 per cent
P full Osian Prys Hughes
> Gwynedd Council will buy up to 40 homes in villages on the Llŷn Peninsula and rent them to local families, in an attempt to stop young people being priced out of communities where holiday lets now outnumber permanent homes.
O government Gwynedd Council
F number 40
L geo Llŷn Peninsula
> The Plaid Cymru-led council’s cabinet approved the £6.8m scheme at a meeting in Caernarfon on Tuesday. It will be paid for from the premium the authority charges on second homes, which raised £9.4m in 2028-29.
O party Plaid Cymru
F money £6.8m
L city Caernarfon
F money £9.4m
F date 2028-29
> Homes will be bought on the open market in Abersoch, Nefyn, Morfa Nefyn, Aberdaron and Llanbedrog and let through the housing association Adra at rents capped at 80 per cent of the local market rate. Tenants must have lived or worked in Gwynedd for at least three years.
L city Abersoch
L city Nefyn
L city Morfa Nefyn
L city Aberdaron
L city Llanbedrog
O nonprofit Adra
F percent 80 per cent
L region Gwynedd
F duration three years
> Cllr Nia Wyn Prydderch, the cabinet member for housing, said: “In Aberdaron, a three-bedroom house now costs 11 times the average local wage. A couple who grew up here and work here cannot buy here.
P full Nia Wyn Prydderch
Q direct Nia Wyn Prydderch :: “In Aberdaron, a three-bedroom house now costs 11 times the average local wage. A couple who grew up here and work here cannot buy here.
L city Aberdaron
F number three
F number 11
> “This is not about keeping visitors out. But a village where two out of three front doors are locked from October to Easter is not a village any more,” she said.
Q direct Nia Wyn Prydderch :: “This is not about keeping visitors out. But a village where two out of three front doors are locked from October to Easter is not a village any more,”
F number two
F number three
> According to council figures, 41 per cent of the housing stock in Abersoch is second homes or holiday lets, compared with 11 per cent across Gwynedd as a whole. The average house price in the Dwyfor area was £312,500 last year, while median earnings were £27,400.
F percent 41 per cent
L city Abersoch
F percent 11 per cent
L region Gwynedd
L region Dwyfor
F money £312,500
F money £27,400
> Holiday homes are known locally as “tai haf” (summer houses). Gwynedd has required planning permission to turn a main home into a second home or holiday let since 2024, under an Article 4 direction that was the first of its kind in Wales.
Q scare - :: “tai haf”
L region Gwynedd
F date 2024
L country Wales
> Gethin ap Rhys, an opposition councillor whose ward includes Llanbedrog and Mynytho, said £6.8m would buy “barely a handful” of homes at Abersoch prices.
P full Gethin ap Rhys
L city Llanbedrog
L city Mynytho
F money £6.8m
Q direct Gethin ap Rhys :: “barely a handful”
L city Abersoch
> “You would get perhaps 20 houses in Abersoch for that money, not 40,” Cllr ap Rhys told the meeting. “The council should be using the planning powers it already has before it starts spending like an estate agent.”
Q direct Gethin ap Rhys :: “You would get perhaps 20 houses in Abersoch for that money, not 40,”
F number 20
L city Abersoch
F number 40
P partial ap Rhys
Q direct Gethin ap Rhys :: “The council should be using the planning powers it already has before it starts spending like an estate agent.”
> A Welsh Government spokesperson said the scheme was “exactly the kind of local action” ministers wanted to see, and that councils in Anglesey, Conwy and Pembrokeshire could bid for a share of £20m set aside for 2030-31.
O government Welsh Government
Q direct - :: “exactly the kind of local action”
L region Anglesey
L region Conwy
L region Pembrokeshire
F money £20m
F date 2030-31
> Cymdeithas yr Iaith, the Welsh Language Society, welcomed the plan but said 40 homes were “a start, not a solution” in an area where, it said, more than 300 families were on the housing waiting list.
O nonprofit Cymdeithas yr Iaith
O nonprofit Welsh Language Society
F number 40
Q direct Cymdeithas yr Iaith :: “a start, not a solution”
F number 300
> Sioned Haf Griffith, 29, a teaching assistant at Ysgol Crud y Werin in Aberdaron, has lived with her parents in Rhiw since leaving university in Bangor.
P full Sioned Haf Griffith
F age 29
O education Ysgol Crud y Werin
L city Aberdaron
L city Rhiw
L city Bangor
> “Every house I have viewed in two years has gone to someone from Cheshire or Manchester as a holiday let,” she said. “I want to stay. I teach these children in Welsh. Where are they going to live?”
Q direct Sioned Haf Griffith :: “Every house I have viewed in two years has gone to someone from Cheshire or Manchester as a holiday let,”
F duration two years
L region Cheshire
L city Manchester
Q direct Sioned Haf Griffith :: “I want to stay. I teach these children in Welsh. Where are they going to live?”
> The first purchases are expected from 1 April, and each home must be kept as a long-term let for at least 25 years. The council’s cabinet will review the scheme in 18 months.
F date 1 April
F duration 25 years
F duration 18 months
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
