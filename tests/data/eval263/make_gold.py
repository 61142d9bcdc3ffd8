#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval263 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval263/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1621-kisumu-central-by-election-iebc-ghost-voters-al-jazeera'] = r'''
> News|Elections
> Kenya’s electoral commission readies Kisumu Central for tense by-election
L country Kenya
L region Kisumu Central
> Officials say 412 polling stations will open for nearly 186,000 voters on Thursday, as an opposition MP warns of “ghost voters”.
F number 412
F number 186,000
Q direct Dorcas Akinyi Ombati :: “ghost voters”
> By Wanjala Mboya-Keter
P full Wanjala Mboya-Keter
> Published On 9 Apr 2041
F date 9 Apr 2041
> An IEBC clerk checks ballot boxes at a warehouse in Kisumu, western Kenya, on April 7 [Lilian Nyakwaka/Al Jazeera]
O government IEBC
L city Kisumu
L country Kenya
F date April 7
P full Lilian Nyakwaka
O media Al Jazeera
> Kisumu, Kenya – Kenya’s Independent Electoral and Boundaries Commission (IEBC) says it is ready to run Thursday’s by-election in Kisumu Central, the constituency on the shore of Lake Victoria left vacant when its MP died in January at the age of 71.
L city Kisumu
L country Kenya
L country Kenya
O government Independent Electoral and Boundaries Commission
O government IEBC
L region Kisumu Central
L geo Lake Victoria
F age 71
> The commission has printed 195,000 ballot papers for the 185,940 voters on the register and will send 2,300 clerks to 412 polling stations across six wards, IEBC chair Halima Chebet Mwakio told reporters at the tallying centre at Jomo Kenyatta Sports Ground on Tuesday.
F number 195,000
F number 185,940
F number 2,300
F number 412
F number six
O government IEBC
P full Halima Chebet Mwakio
L facility Jomo Kenyatta Sports Ground
> “Every kit has been tested twice. Results from each station will be posted on the door and sent to the national tallying centre in Nairobi by 5pm,” Mwakio said. “Nobody should be waiting three days to know who won.”
Q direct Halima Chebet Mwakio :: “Every kit has been tested twice. Results from each station will be posted on the door and sent to the national tallying centre in Nairobi by 5pm,”
Q direct Halima Chebet Mwakio :: “Nobody should be waiting three days to know who won.”
L city Nairobi
F time 5pm
P partial Mwakio
F duration three days
> The commission has set aside 148 million shillings (about $1.1m) for the poll, roughly a third of it for transport and security, she said.
F money 148 million shillings
F money $1.1m
F fraction a third
> The opposition, which has held the seat for two decades, says the register is inflated. Dorcas Akinyi Ombati, the Orange Democratic Movement MP for neighbouring Nyando, said her party had found 3,100 names of people who had died or moved away.
F duration two decades
P full Dorcas Akinyi Ombati
O party Orange Democratic Movement
L region Nyando
F number 3,100
> “We have written to the commission three times. We have shown them the names, the ID numbers, even the graves,” Ombati said, calling the register a “cemetery roll”.
Q direct Dorcas Akinyi Ombati :: “We have written to the commission three times. We have shown them the names, the ID numbers, even the graves,”
F number three
P partial Ombati
Q direct Dorcas Akinyi Ombati :: “cemetery roll”
> “If these ghost voters turn up on Thursday, we will know that someone sent them,” she added.
Q direct Dorcas Akinyi Ombati :: “If these ghost voters turn up on Thursday, we will know that someone sent them,”
> Mwakio rejected the claim. “The register was checked against data from the Kenya National Bureau of Statistics (KNBS) in February 2041 and cleaned of 14,000 entries. We stand by it,” she said.
P partial Mwakio
Q direct Halima Chebet Mwakio :: “The register was checked against data from the Kenya National Bureau of Statistics (KNBS) in February 2041 and cleaned of 14,000 entries. We stand by it,”
O government Kenya National Bureau of Statistics
O government KNBS
F date February 2041
F number 14,000
> On the streets of Kondele, boda boda riders have been ferrying campaign posters as well as passengers. Brian Otieno Waga, 27, who has carried passengers along Jomo Kenyatta Highway for six years, said he earns about 900 shillings on a good day.
L city Kondele
P full Brian Otieno Waga
F age 27
L street Jomo Kenyatta Highway
F duration six years
F money 900 shillings
> “The politicians come with T-shirts and 200 shillings and say, ‘Vote for me, my brother.’ After Thursday we will not see them until 2042,” he said.
Q direct Brian Otieno Waga :: “The politicians come with T-shirts and 200 shillings and say, ‘Vote for me, my brother.’ After Thursday we will not see them until 2042,”
F money 200 shillings
F date 2042
> The National Police Service said 1,800 officers would be deployed, and that bars within 500 metres of a polling station would close from 6am to 8pm.
O government National Police Service
F number 1,800
F quantity 500 metres
F time 6am
F time 8pm
> The African Union (AU) has sent a team of 11 observers. Its head, Farai Chidzikwe, a former Zimbabwean election official, said the mission would publish a preliminary statement within 48 hours of polls closing.
O intergovernmental African Union
O intergovernmental AU
F number 11
P full Farai Chidzikwe
F duration 48 hours
> “Kenya has the systems. What Kisumu needs on Thursday is calm,” Chidzikwe said. “A by-election is small, but people will watch it as a test for 2042.
Q direct Farai Chidzikwe :: “Kenya has the systems. What Kisumu needs on Thursday is calm,”
Q direct Farai Chidzikwe :: “A by-election is small, but people will watch it as a test for 2042.
L country Kenya
L city Kisumu
P partial Chidzikwe
F date 2042
> “Turnout will tell us how much trust is left.”
Q direct Farai Chidzikwe :: “Turnout will tell us how much trust is left.”
> Turnout in the constituency at the 2037 general election was 61 percent, according to IEBC figures, against a national average of 64.7 percent. An analyst in Nairobi, who asked not to be named, said anything below 40 percent on Thursday would be “a warning light for the commission”.
F date 2037
F percent 61 percent
O government IEBC
F percent 64.7 percent
L city Nairobi
F percent 40 percent
Q direct - :: “a warning light for the commission”
> Source: Al Jazeera
O media Al Jazeera
'''

ARTICLES['1622-crown-heights-bodega-owner-fights-rent-increase-nostrand-avenue-new-york-times'] = r'''
> New York
L city New York
> A Brooklyn Bodega Owner Faces a 65 Percent Rent Increase. He Is Fighting Back.
L region Brooklyn
F percent 65 Percent
> After 22 years on a corner in Crown Heights, Rafael Almánzar says a new landlord wants $11,500 a month. A City Council member wants the city to step in.
F duration 22 years
L city Crown Heights
P full Rafael Almánzar
F money $11,500
O government City Council
> By Miriam Okonkwo-Feld
P full Miriam Okonkwo-Feld
> Published March 12, 2041 Updated March 13, 2041, 9:41 a.m. ET
F date March 12, 2041
F date March 13, 2041
F time 9:41 a.m. ET
> Rafael Almánzar behind the counter of Almánzar Deli & Grocery on Nostrand Avenue, which he has run since 2019. Credit: Tomás Beilin-Quaye for The New York Times
P full Rafael Almánzar
O company Almánzar Deli & Grocery
L street Nostrand Avenue
F date 2019
P full Tomás Beilin-Quaye
O media The New York Times
> For 22 years, Rafael Almánzar has pulled up the steel gate of his bodega at Nostrand Avenue and Sterling Place at 5:30 a.m., seven days a week. He sells coffee for $1.75 and keeps a tab for about 40 neighbors.
F duration 22 years
P full Rafael Almánzar
L street Nostrand Avenue
L street Sterling Place
F time 5:30 a.m.
F duration seven days
F money $1.75
F number 40
> In January, a letter arrived from a company he had never heard of. The building, at 812 Nostrand Avenue, had been sold for $6.2 million, and the new owner, Halvorsen Sterling Holdings, wanted his rent raised from $6,950 to $11,500 a month when his lease ends on June 30 — an increase of about 65 percent.
L address 812 Nostrand Avenue
F money $6.2 million
O company Halvorsen Sterling Holdings
F money $6,950
F money $11,500
F date June 30
F percent 65 percent
> “I paid every month, even in the pandemic,” Mr. Almánzar, 58, said. “They want me to pay their mortgage.
Q direct Rafael Almánzar :: “I paid every month, even in the pandemic,”
Q direct Rafael Almánzar :: “They want me to pay their mortgage.
P partial Almánzar
F age 58
> “If I close, where do these people buy milk at 2 a.m.?”
Q direct Rafael Almánzar :: “If I close, where do these people buy milk at 2 a.m.?”
F time 2 a.m.
> Unlike roughly half of the city’s apartments, stores in New York City are not rent-stabilized. Mr. Almánzar’s store measures 640 square feet.
F fraction half
L city New York City
P partial Almánzar
F quantity 640 square feet
> The landlord’s lawyer, Gregory T. Sandoval-Marsh, said in an email that the new rent was “in line with the corridor” and that his client had offered a five-year lease. “Nostrand Avenue has changed. The rent reflects what comparable storefronts fetch today,” he wrote.
P full Gregory T. Sandoval-Marsh
Q direct Gregory T. Sandoval-Marsh :: “in line with the corridor”
F duration five-year
Q direct Gregory T. Sandoval-Marsh :: “Nostrand Avenue has changed. The rent reflects what comparable storefronts fetch today,”
L street Nostrand Avenue
> Council Member Yvette Delacroix-Amankwah, a Democrat whose district includes the block, called the increase “a slow eviction notice” and said she would introduce a bill next month to create a commercial rent board for stores under 2,500 square feet.
P full Yvette Delacroix-Amankwah
Q direct Yvette Delacroix-Amankwah :: “a slow eviction notice”
F quantity 2,500 square feet
> “We lost 1,200 bodegas in this city between 2036 and 2040. Each one was somebody’s ‘corner,’ somebody’s credit line, somebody’s safe place,” she said at a rally outside the store on Saturday, where about 150 people gathered.
Q direct Yvette Delacroix-Amankwah :: “We lost 1,200 bodegas in this city between 2036 and 2040. Each one was somebody’s ‘corner,’ somebody’s credit line, somebody’s safe place,”
F number 1,200
F date 2036
F date 2040
F number 150
> The Brooklyn Small Storefront Alliance, a nonprofit founded in 2038, counts 37 shops on the Nostrand Avenue corridor and says 11 of them have closed or moved since 2039.
O nonprofit Brooklyn Small Storefront Alliance
F date 2038
F number 37
L street Nostrand Avenue
F number 11
F date 2039
> “Landlords are pricing in a future that hasn’t arrived,” said Nadia Perlmutter-Oyelaran, the group’s director of organizing. She said rents for small Crown Heights storefronts had risen 38 percent in three years.
Q direct Nadia Perlmutter-Oyelaran :: “Landlords are pricing in a future that hasn’t arrived,”
P full Nadia Perlmutter-Oyelaran
L city Crown Heights
F percent 38 percent
F duration three years
> The city’s Department of Small Business Services said in a statement that it had offered Mr. Almánzar free legal help through its Commercial Lease Assistance program, and that mediation was “the fastest route to a deal both sides can live with.”
O government Department of Small Business Services
P partial Almánzar
Q direct Department of Small Business Services :: “the fastest route to a deal both sides can live with.”
> A regular, a retired bus driver who gave only her first name, Lorraine, 74, said she had bought her newspaper there every morning since 2019.
P partial Lorraine
F age 74
F date 2019
> “He knows I take the Daily News and he knows my sugar is high,” she said. “You don’t get that at a pharmacy chain.”
Q direct Lorraine :: “He knows I take the Daily News and he knows my sugar is high,”
O media Daily News
Q direct Lorraine :: “You don’t get that at a pharmacy chain.”
> Mr. Almánzar has until June 30 to sign or leave. He said he would offer $8,200. “After that,” he said, “I sell the coffee machine and go home to Santiago, in the Dominican Republic.”
P partial Almánzar
F date June 30
F money $8,200
Q direct Rafael Almánzar :: “After that,”
Q direct Rafael Almánzar :: “I sell the coffee machine and go home to Santiago, in the Dominican Republic.”
L city Santiago
L country Dominican Republic
'''

ARTICLES['1623-opec-plus-output-baselines-reset-riyadh-russia-higher-quota-reuters'] = r'''
> Energy
> OPEC+ agrees new output baselines from 2041, trimming targets as Russia wins higher quota
O intergovernmental OPEC+
F date 2041
L country Russia
> By Khalid Al-Suwaidan and Elena Prokhorova-Vance
P full Khalid Al-Suwaidan
P full Elena Prokhorova-Vance
> November 30, 2040 6:12 PM GMT+3 Updated 2 hours ago
F date November 30, 2040
F time 6:12 PM GMT+3
F duration 2 hours
> The OPEC logo is seen at a hotel in Riyadh, Saudi Arabia, March 4, 2039. REUTERS/Faisal Al-Harbi-Nour/File Photo
O intergovernmental OPEC
L city Riyadh
L country Saudi Arabia
F date March 4, 2039
O media REUTERS
P full Faisal Al-Harbi-Nour
> RIYADH, Nov 30 (Reuters) - OPEC+ agreed on Friday to reset the production baselines on which members' quotas are calculated, cutting the group's combined target by 1.15 million barrels per day (bpd) from January 2041 while granting Russia and the United Arab Emirates higher ceilings, three delegates told Reuters.
L city RIYADH
F date Nov 30
O media Reuters
O intergovernmental OPEC+
F quantity 1.15 million barrels per day
F date January 2041
L country Russia
L country United Arab Emirates
F number three
O media Reuters
> The deal, reached after two days of talks in Riyadh rather than at OPEC's Vienna headquarters, ends a dispute that had dragged on for 18 months, in what traders had called the "baseline war". Brent crude futures rose 3.4% to $84.60 a barrel by 1530 GMT.
F duration two days
L city Riyadh
O intergovernmental OPEC
L city Vienna
F duration 18 months
Q scare - :: "baseline war"
F percent 3.4%
F money $84.60
F time 1530 GMT
> The Organization of the Petroleum Exporting Countries and allies including Russia, known as OPEC+, pump about 41% of the world's oil.
O intergovernmental Organization of the Petroleum Exporting Countries
L country Russia
O intergovernmental OPEC+
F percent 41%
> "The baselines now reflect what each country can actually produce, not what it claimed in 2035," Saudi deputy energy minister Nawaf bin Turki Al-Mutairi told reporters after the meeting. "This is a reduction in paper barrels, not in real supply.
Q direct Nawaf bin Turki Al-Mutairi :: "The baselines now reflect what each country can actually produce, not what it claimed in 2035,"
Q direct Nawaf bin Turki Al-Mutairi :: "This is a reduction in paper barrels, not in real supply.
F date 2035
P full Nawaf bin Turki Al-Mutairi
> "The market should read it as discipline, and so should our partners."
Q direct Nawaf bin Turki Al-Mutairi :: "The market should read it as discipline, and so should our partners."
> Under the new framework, assessed by three independent consultancies during 2040, Saudi Arabia's baseline falls to 10.2 million bpd from 10.48 million, while Russia's rises by 180,000 bpd to 9.63 million bpd. Iraq and Kuwait take the largest cuts, of 4.5% and 3.8% respectively, a source said.
F number three
F date 2040
L country Saudi Arabia
F quantity 10.2 million bpd
F quantity 10.48 million
L country Russia
F quantity 180,000 bpd
F quantity 9.63 million bpd
L country Iraq
L country Kuwait
F percent 4.5%
F percent 3.8%
> Russian Deputy Prime Minister Arkady Velimirov said Moscow had "defended its legitimate share" and would keep exports to Asia above 2.1 million bpd.
P full Arkady Velimirov
L city Moscow
Q direct Arkady Velimirov :: "defended its legitimate share"
L continent Asia
F quantity 2.1 million bpd
> "We came to Riyadh with numbers from our own fields, and our partners accepted them," Velimirov said in comments carried by the RIA news agency.
Q direct Arkady Velimirov :: "We came to Riyadh with numbers from our own fields, and our partners accepted them,"
L city Riyadh
P partial Velimirov
O media RIA
> Analysts said the effective cut was smaller than the headline figure because several members, including Nigeria and Kazakhstan, were already pumping well below their old targets.
L country Nigeria
L country Kazakhstan
> "On our numbers, the real supply loss is closer to 350,000 to 400,000 bpd, about a third of the headline," said Ingrid Solheim-Baptiste, head of oil research at Meridian Crude Analytics in London. "It tightens the first quarter, but it is not a shock."
Q direct Ingrid Solheim-Baptiste :: "On our numbers, the real supply loss is closer to 350,000 to 400,000 bpd, about a third of the headline,"
F quantity 350,000
F quantity 400,000 bpd
F fraction a third
P full Ingrid Solheim-Baptiste
O company Meridian Crude Analytics
L city London
Q direct Ingrid Solheim-Baptiste :: "It tightens the first quarter, but it is not a shock."
> The Joint Ministerial Monitoring Committee (JMMC), which meets every two months, will track compliance, and the group's next full ministerial meeting is set for June 4, 2041, in Vienna.
O intergovernmental Joint Ministerial Monitoring Committee
O intergovernmental JMMC
F duration two months
F date June 4, 2041
L city Vienna
> An OPEC+ delegate, who declined to be named because the talks were private, said compensation cuts for past overproduction would continue until September 2041. "Nobody gets a clean slate," the delegate said.
O intergovernmental OPEC+
F date September 2041
Q direct - :: "Nobody gets a clean slate,"
> U.S. crude futures rose 3.1% to $80.15 a barrel.
L country U.S.
F percent 3.1%
F money $80.15
> (Reporting by Khalid Al-Suwaidan in Riyadh and Elena Prokhorova-Vance in Moscow; Editing by Martin Oduya-Kerr)
P full Khalid Al-Suwaidan
L city Riyadh
P full Elena Prokhorova-Vance
L city Moscow
P full Martin Oduya-Kerr
'''

ARTICLES['1624-ireland-france-22-19-six-nations-aviva-o-cearbhaill-late-try-guardian'] = r'''
> Six Nations
> Ireland 22-19 France: Ó Cearbhaill double seals dramatic win at the Aviva
O team Ireland
F score 22-19
O team France
P partial Ó Cearbhaill
L facility Aviva
> Darragh Ó Cearbhaill’s second try, two minutes from time, gave Ireland victory after France had led for most of the second half
P full Darragh Ó Cearbhaill
F duration two minutes
O team Ireland
O team France
> Niamh Kerrigan-Boyle at the Aviva Stadium
P full Niamh Kerrigan-Boyle
L facility Aviva Stadium
> Sat 14 Feb 2043 19.12 GMT
F date 14 Feb 2043
F time 19.12 GMT
> Darragh Ó Cearbhaill dives over for Ireland’s winning try in the 78th minute. Photograph: Séamus Ferriter-Lowe/Inpho
P full Darragh Ó Cearbhaill
O team Ireland
P full Séamus Ferriter-Lowe
O media Inpho
> For 70 minutes France looked the more dangerous side. For the last 10, Ireland simply refused to let them leave their own half, and when Darragh Ó Cearbhaill slid over in the left corner with two minutes left, a crowd of 51,700 on Lansdowne Road finally exhaled.
F duration 70 minutes
O team France
F duration 10
O team Ireland
P full Darragh Ó Cearbhaill
F duration two minutes
F number 51,700
L street Lansdowne Road
> Oisín Fennelly-Rourke’s touchline conversion made it 22-19, and the Ireland fly-half was still shaking his head at the final whistle. “I’d missed two from there in training on Thursday, so I wasn’t thinking about it,” he said. “I just hit it.”
P full Oisín Fennelly-Rourke
F score 22-19
O team Ireland
Q direct Oisín Fennelly-Rourke :: “I’d missed two from there in training on Thursday, so I wasn’t thinking about it,”
F number two
Q direct Oisín Fennelly-Rourke :: “I just hit it.”
> Ireland had started briskly. Ó Cearbhaill finished a 14-phase move on 12 minutes, Fennelly-Rourke converted, and the hosts looked set for a comfortable afternoon in Dublin.
O team Ireland
P partial Ó Cearbhaill
F number 14
F duration 12 minutes
P partial Fennelly-Rourke
L city Dublin
> France, though, were patient. Baptiste Lamarque-Sérès kicked penalties on 20 and 31 minutes, Fennelly-Rourke replied with one of his own just before the break, and it was 10-6 at half-time.
O team France
P full Baptiste Lamarque-Sérès
F duration 20
F duration 31 minutes
P partial Fennelly-Rourke
F score 10-6
> The visitors came out transformed. Mathéo Ithurralde, the 21-year-old Bayonne wing, ran 60 metres for a try three minutes after the restart, and Lamarque-Sérès added a third penalty to make it 14-10 to France.
P full Mathéo Ithurralde
F age 21-year-old
O team Bayonne
F quantity 60 metres
F duration three minutes
P partial Lamarque-Sérès
F score 14-10
O team France
> Ruairí Gilsenan’s try from a lineout drive on 61 minutes edged Ireland back in front, but Yanis Berthoumieu, the La Rochelle back-rower nicknamed “le Bulldozer”, powered over from the base of a scrum nine minutes later and, with Lamarque-Sérès’s conversion drifting wide, France led 19-15.
P full Ruairí Gilsenan
F duration 61 minutes
O team Ireland
P full Yanis Berthoumieu
O team La Rochelle
Q scare - :: “le Bulldozer”
F duration nine minutes
P partial Lamarque-Sérès
O team France
F score 19-15
> Ireland’s head coach, Fionnán Quigley-Breen, said his side had “stopped playing the game in front of us” for 20 minutes. “France are the best team in Europe at punishing a loose kick, and we gave them three or four,” he said. “But this group doesn’t panic. That’s the thing I’ll take home tonight.”
O team Ireland
P full Fionnán Quigley-Breen
Q direct Fionnán Quigley-Breen :: “stopped playing the game in front of us”
F duration 20 minutes
Q direct Fionnán Quigley-Breen :: “France are the best team in Europe at punishing a loose kick, and we gave them three or four,”
O team France
L continent Europe
F number three
F number four
Q direct Fionnán Quigley-Breen :: “But this group doesn’t panic. That’s the thing I’ll take home tonight.”
> His French counterpart, Lucien Darrigrand, was blunt. “We lost this match, Ireland did not win it,” he said through an interpreter. “Two penalties conceded at the breakdown in the last 10 minutes. At this level, that is the ‘cadeau’, the gift, you cannot give.”
P full Lucien Darrigrand
Q direct Lucien Darrigrand :: “We lost this match, Ireland did not win it,”
O team Ireland
Q direct Lucien Darrigrand :: “Two penalties conceded at the breakdown in the last 10 minutes. At this level, that is the ‘cadeau’, the gift, you cannot give.”
F number Two
F duration 10 minutes
> The referee, Hamish Tolland of Scotland, sent the France lock Maxence Rouyer-Baillet to the sin bin for 10 minutes in the 66th minute, a call Darrigrand described as “harsh but fair”.
P full Hamish Tolland
L country Scotland
O team France
P full Maxence Rouyer-Baillet
F duration 10 minutes
P partial Darrigrand
Q direct Lucien Darrigrand :: “harsh but fair”
> The result leaves Ireland level with England on eight points after two rounds. They travel to Rome to face Italy in a fortnight, while France host Wales in Marseille on 28 February.
O team Ireland
O team England
F number eight
F number two
L city Rome
O team Italy
O team France
O team Wales
L city Marseille
F date 28 February
> Ó Cearbhaill, whose brace takes him to 19 tries in 26 Tests, was more interested in the supporters who had stayed. “That noise in the last five minutes – you don’t get that anywhere else. We owed them one,” he said.
P partial Ó Cearbhaill
F number 19
F number 26
Q direct Darragh Ó Cearbhaill :: “That noise in the last five minutes – you don’t get that anywhere else. We owed them one,”
F duration five minutes
> Ireland: Tries Ó Cearbhaill 2, Gilsenan Cons Fennelly-Rourke 2 Pen Fennelly-Rourke
O team Ireland
P partial Ó Cearbhaill
F number 2
P partial Gilsenan
P partial Fennelly-Rourke
F number 2
P partial Fennelly-Rourke
> France: Tries Ithurralde, Berthoumieu Pens Lamarque-Sérès 3
O team France
P partial Ithurralde
P partial Berthoumieu
P partial Lamarque-Sérès
F number 3
'''

ARTICLES['1625-green-line-extension-fares-59-baht-protest-bma-btsc-bangkok-post'] = r'''
> General
> Commuters Protest As Green Line Extension Fares Rise To 59 Baht
L facility Green Line
F money 59 Baht
> City Hall says the flat fare on the northern and southern extensions will help pay off a B9.6bn debt to the operator
O government City Hall
F money B9.6bn
> PUBLISHED : 4 Mar 2042 at 04:00
F date 4 Mar 2042
F time 04:00
> WRITER: Wichuda Thammarongsak
P full Wichuda Thammarongsak
> Protesters gather outside Bangkok City Hall at Sao Chingcha on Monday, holding placards reading "59 baht is robbery". (Photo: Apichart Jinakul-Somsri)
L facility Bangkok City Hall
L city Sao Chingcha
Q direct - :: "59 baht is robbery"
F money 59 baht
P full Apichart Jinakul-Somsri
> About 300 commuters rallied outside Bangkok City Hall on Monday morning as the Bangkok Metropolitan Administration (BMA) began charging a flat 59 baht for trips on the Green Line's northern and southern extensions, up from 15 baht.
F number 300
L facility Bangkok City Hall
O government Bangkok Metropolitan Administration
O government BMA
F money 59 baht
L facility Green Line
F money 15 baht
> The two extensions, which together run 31.5 kilometres through 25 stations from Mo Chit north to Khu Khot and from Bearing south to Kheha in Samut Prakan, carry about 380,000 passengers per day, according to City Hall.
F number two
F quantity 31.5 kilometres
F number 25
L facility Mo Chit
L facility Khu Khot
L facility Bearing
L facility Kheha
L region Samut Prakan
F number 380,000
O government City Hall
> Bangkok governor Anuwat Sirisombat said the city could no longer subsidise the lines. "We owe the operator 9.6 billion baht in running costs. Every month we wait, the debt grows by 310 million baht," he told reporters. "Fifteen baht did not even pay for the electricity."
L city Bangkok
P full Anuwat Sirisombat
Q direct Anuwat Sirisombat :: "We owe the operator 9.6 billion baht in running costs. Every month we wait, the debt grows by 310 million baht,"
F money 9.6 billion baht
F money 310 million baht
Q direct Anuwat Sirisombat :: "Fifteen baht did not even pay for the electricity."
F money Fifteen baht
> Riders who continue into the core network pay a combined fare capped at 65 baht, the BMA said, so a commute from Khu Khot to Siam and back now costs 130 baht a day.
F money 65 baht
O government BMA
L facility Khu Khot
L facility Siam
F money 130 baht
> Bangkok Mass Transit System Plc (BTSC), which runs the extensions under a contract with the BMA's Krungthep Thanakom Co, said ridership fell 8% in the first two days of the new fares.
O company Bangkok Mass Transit System Plc
O company BTSC
O government BMA
O company Krungthep Thanakom Co
F percent 8%
F duration two days
> "We understand the frustration. But 59 baht for up to 16 stations is still cheaper than a taxi in rush hour," said Surachet Wongpraphan, a senior executive vice-president at BTSC. He said the company would add six trains to the northern extension by June 2042 to cut peak waits to three minutes.
Q direct Surachet Wongpraphan :: "We understand the frustration. But 59 baht for up to 16 stations is still cheaper than a taxi in rush hour,"
F money 59 baht
F number 16
P full Surachet Wongpraphan
O company BTSC
F number six
F date June 2042
F duration three minutes
> Nattaya Khemthong, 34, a hospital cleaner who lives in Bang Kapi, takes a van to Lat Phrao every morning and then the Green Line north to Saphan Mai. Protesters call the new charge at Mo Chit the "fare wall".
P full Nattaya Khemthong
F age 34
L region Bang Kapi
L region Lat Phrao
L facility Green Line
L region Saphan Mai
L facility Mo Chit
Q scare - :: "fare wall"
> "I earn 420 baht a day. Now the train takes 118 of it, before I eat," she said. "My mother told me, 'Go back to the bus.' But the bus takes two hours."
Q direct Nattaya Khemthong :: "I earn 420 baht a day. Now the train takes 118 of it, before I eat,"
F money 420 baht
F money 118
Q direct Nattaya Khemthong :: "My mother told me, 'Go back to the bus.' But the bus takes two hours."
F duration two hours
> Asst Prof Kittiphong Rattanasuwan, a transport economist at Thammasat University, said the BMA had "no good options" left. "The fare should be distance-based, 2 baht per kilometre with a cap, and the government should share the debt. Otherwise the extensions become a 'rich people's train'," Mr Kittiphong said.
P full Kittiphong Rattanasuwan
O education Thammasat University
O government BMA
Q direct Kittiphong Rattanasuwan :: "no good options"
Q direct Kittiphong Rattanasuwan :: "The fare should be distance-based, 2 baht per kilometre with a cap, and the government should share the debt. Otherwise the extensions become a 'rich people's train',"
F money 2 baht
P partial Kittiphong
> The protest was organised by the Bangkok Commuters Network, which says it has collected 48,000 signatures. Its coordinator said the group would march to Government House on March 11 if the fare was not cut to 45 baht.
O nonprofit Bangkok Commuters Network
F number 48,000
L facility Government House
F date March 11
F money 45 baht
> The Transport Ministry said in a statement that it would "study all options", including a single ticket across Thailand's rail lines, by the end of April.
O government Transport Ministry
Q direct Transport Ministry :: "study all options"
L country Thailand
'''

ARTICLES['1626-texas-heat-wave-ercot-grid-record-demand-houston-npr'] = r'''
> Climate
> As a heat wave bakes Texas, the grid holds — barely, and at a price
L region Texas
> Mireya Castellanos-Whitt
P full Mireya Castellanos-Whitt
> August 14, 2040 5:00 AM ET
F date August 14, 2040
F time 5:00 AM ET
> Power lines run past a substation in north Houston on Aug. 12, as temperatures reached 109 degrees Fahrenheit. Danielle Oyelowo-Price/Houston Public Media
L city Houston
F date Aug. 12
F quantity 109 degrees Fahrenheit
P full Danielle Oyelowo-Price
O media Houston Public Media
> For the third straight day, the operator of most of the Texas power grid asked residents to cut back on electricity Monday evening, as a heat wave pushed demand to a record 91,400 megawatts and wholesale prices hit the $5,000 per megawatt-hour cap.
L region Texas
F quantity 91,400 megawatts
F money $5,000
> The Electric Reliability Council of Texas, or ERCOT, manages power for about 27 million customers, roughly 90% of the state's load.
O nonprofit Electric Reliability Council of Texas
O nonprofit ERCOT
F number 27 million
F percent 90%
> "We have had no rotating outages, and we don't expect any tonight," ERCOT spokesperson Lydia Harrow-Benavides said Monday afternoon. "But the margin between 7 and 9 p.m. is thin. In some hours it has been under 2,000 megawatts."
Q direct Lydia Harrow-Benavides :: "We have had no rotating outages, and we don't expect any tonight,"
O nonprofit ERCOT
P full Lydia Harrow-Benavides
Q direct Lydia Harrow-Benavides :: "But the margin between 7 and 9 p.m. is thin. In some hours it has been under 2,000 megawatts."
F time 7
F time 9 p.m.
F quantity 2,000 megawatts
> That window matters because solar output falls as the sun sets while air conditioners keep running, the evening squeeze that engineers call the "duck curve." On Sunday, solar peaked at 34,600 MW around 2 p.m., ERCOT data show.
Q scare - :: "duck curve."
F quantity 34,600 MW
F time 2 p.m.
O nonprofit ERCOT
> In Houston's Third Ward, Ernestine Mabry-Cole, 71, keeps her thermostat at 80 degrees and her blinds closed from noon. Her electric bill for July was $412, almost double what she paid a year ago.
L city Houston
L city Third Ward
P full Ernestine Mabry-Cole
F age 71
F quantity 80 degrees
F money $412
> "I'm not running the AC for comfort. I'm running it so I don't end up at Ben Taub," she said, referring to the county's public hospital. "My neighbor, he's 84, he sits in the library all afternoon because it's cool."
Q direct Ernestine Mabry-Cole :: "I'm not running the AC for comfort. I'm running it so I don't end up at Ben Taub,"
L facility Ben Taub
Q direct Ernestine Mabry-Cole :: "My neighbor, he's 84, he sits in the library all afternoon because it's cool."
F age 84
> Rahul Venkataraman-Ortiz, an energy researcher at Rice University, said Texas had added about 12,000 megawatts of battery storage since 2037, most of it able to discharge for two hours.
P full Rahul Venkataraman-Ortiz
O education Rice University
L region Texas
F quantity 12,000 megawatts
F date 2037
F duration two hours
> "Batteries are what got Texas through Sunday night," Venkataraman-Ortiz said. "But this heat is lasting well past 9 o'clock, and a two-hour battery is empty by then."
Q direct Rahul Venkataraman-Ortiz :: "Batteries are what got Texas through Sunday night,"
L region Texas
P partial Venkataraman-Ortiz
Q direct Rahul Venkataraman-Ortiz :: "But this heat is lasting well past 9 o'clock, and a two-hour battery is empty by then."
F time 9 o'clock
F duration two-hour
> Wholesale power in the Houston zone averaged $186 per megawatt-hour on Sunday, against $38 on a typical August day, and touched $5,000/MWh for 15 minutes just after 8 p.m.
L city Houston
F money $186
F money $38
F money $5,000/MWh
F duration 15 minutes
F time 8 p.m.
> In a statement, the governor's office said the state had "all hands on deck" and urged Texans to set thermostats to 78 degrees between 4 and 9 p.m. The Public Utility Commission of Texas (PUC) said it would review the week's price spikes.
Q direct - :: "all hands on deck"
F quantity 78 degrees
F time 4
F time 9 p.m.
O government Public Utility Commission of Texas
O government PUC
> The National Weather Service said highs of 104 to 110 degrees would persist in Dallas, Austin and San Antonio through Saturday, with overnight lows near 84 degrees.
O government National Weather Service
F quantity 104
F quantity 110 degrees
L city Dallas
L city Austin
L city San Antonio
F quantity 84 degrees
> A control-room operator at a power company in the Dallas-Fort Worth area, who asked not to be named because he was not authorized to speak publicly, said crews had been on 12-hour shifts since Aug. 9. "Everybody's watching the 'reserves' number like it's a football score," he said.
L city Dallas
L city Fort Worth
F duration 12-hour
F date Aug. 9
Q direct - :: "Everybody's watching the 'reserves' number like it's a football score,"
> ERCOT expects demand to peak again Tuesday near 92,000 MW. Harrow-Benavides said the operator could call on 3,500 megawatts of emergency demand response. "Conserving from 6 to 9 p.m. is the single most useful thing people can do," she said.
O nonprofit ERCOT
F quantity 92,000 MW
P partial Harrow-Benavides
F quantity 3,500 megawatts
Q direct Lydia Harrow-Benavides :: "Conserving from 6 to 9 p.m. is the single most useful thing people can do,"
F time 6
F time 9 p.m.
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
