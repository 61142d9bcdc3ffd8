#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval83 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval83/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['541-ilfracombe-gull-feeding-ban-pspo-100-fines-the-quay-verity-north-devon-gazette'] = r'''
> ‘We are feeding a problem’: £100 fines for feeding gulls on Ilfracombe seafront approved
Q direct Ruth Passmore :: ‘We are feeding a problem’
F money £100
L city Ilfracombe
> Complaints about swooping gulls at the harbour have doubled in three years, says North Devon Council
F duration three years
O government North Devon Council
> By Tamsin Huxtable
P full Tamsin Huxtable
> Reporter
> 7th April 2038
F date 7th April 2038
> Herring gulls on the railings above Ilfracombe Harbour, close to the Verity statue on the pier. (Image: Ross Lerwill)
L facility Ilfracombe Harbour
L facility Verity
P full Ross Lerwill
> PEOPLE caught feeding gulls on Ilfracombe’s harbour and seafront could be handed a £100 fixed penalty notice from May 1 after councillors backed a new public spaces protection order (PSPO).
L city Ilfracombe
F money £100
F date May 1
> North Devon Council’s strategy and resources committee approved the order by eight votes to two when it met at Lynton House in Barnstaple on Monday (April 5).
O government North Devon Council
F number eight
F number two
L facility Lynton House
L city Barnstaple
F date April 5
> The order covers The Quay, the harbour slipways and the pier, along with Wildersmouth Beach, Capstone Hill and Rapparee Cove, and will last for three years.
L street The Quay
L geo Wildersmouth Beach
L geo Capstone Hill
L geo Rapparee Cove
F duration three years
> The council received 212 complaints about gulls in the town last year, up from 104 in 2035, including 31 reports of people being scratched or knocked over by birds snatching food, a report to the committee said.
F number 212
F number 104
F date 2035
F number 31
> Councillor Ruth Passmore, lead member for the environment, said signs alone had not worked.
P full Ruth Passmore
> “We are feeding a problem. Every chip thrown to a gull on The Quay teaches that bird, and its chicks, that people are a food source,” she said.
Q direct Ruth Passmore :: “We are feeding a problem. Every chip thrown to a gull on The Quay teaches that bird, and its chicks, that people are a food source,”
L street The Quay
> “This is not about punishing visitors. Officers will use common sense, and for a first offence most people will get a warning and a leaflet.
Q direct Ruth Passmore :: “This is not about punishing visitors. Officers will use common sense, and for a first offence most people will get a warning and a leaflet.
> “But where somebody is putting out food deliberately, day after day, we need to be able to act.”
Q direct Ruth Passmore :: “But where somebody is putting out food deliberately, day after day, we need to be able to act.”
> The fixed penalty will be reduced to £60 if it is paid within 14 days. Anyone who refuses to pay could be prosecuted and fined up to £1,000 by magistrates.
F money £60
F duration 14 days
F money £1,000
> Harbour master Gareth Yeo told the committee that his staff spent around 15 hours a week clearing litter pulled out of bins by gulls, and that birds had nested on the roof of the RNLI lifeboat station for the first time last summer.
P full Gareth Yeo
F duration 15 hours
O nonprofit RNLI
> “We have pairs on the fish quay, on the lifeboat station and on top of the harbour office now. At 5am they are already sitting on the railings waiting for the crab boats,” he said.
Q direct Gareth Yeo :: “We have pairs on the fish quay, on the lifeboat station and on top of the harbour office now. At 5am they are already sitting on the railings waiting for the crab boats,”
F time 5am
> Independent councillor for Ilfracombe East, Julian Chugg, voted against the order. He said the council should have installed gull-proof bins before “sending a warden with a clipboard on to the pier while the gulls help themselves from the bins”.
L region Ilfracombe East
P full Julian Chugg
Q direct Julian Chugg :: “sending a warden with a clipboard on to the pier while the gulls help themselves from the bins”
> The council has set aside £38,500 for 40 gull-proof bins across the town, which officers said would be in place by the end of June.
F money £38,500
F number 40
> Cllr Passmore said neighbouring villages such as Combe Martin and Lee Bay could be added to the order later if the gulls simply moved along the coast.
P partial Passmore
L city Combe Martin
L city Lee Bay
> The RSPB, which responded to the consultation, said herring gulls were on the UK’s red list of birds of conservation concern after their breeding numbers fell by more than half since the 1970s.
O nonprofit RSPB
L country UK
F fraction half
F date 1970s
> The charity said it did not object to a feeding ban but warned that “the answer is better bins and less packaging, not blaming the birds”.
Q direct RSPB :: “the answer is better bins and less packaging, not blaming the birds”
> Dawn Squire, 56, who has run a fish and chip kiosk on the harbour for 19 years, said she backed the ban.
P full Dawn Squire
F age 56
F duration 19 years
> “It’s not the gulls’ fault, it’s ours. I’ve watched a gull take a pasty out of a toddler’s hand on the slipway, and the mum had been throwing it chips two minutes before,” she said.
Q direct Dawn Squire :: “It’s not the gulls’ fault, it’s ours. I’ve watched a gull take a pasty out of a toddler’s hand on the slipway, and the mum had been throwing it chips two minutes before,”
F duration two minutes
> A fisherman who works from the harbour, and who asked not to be named, was less convinced. “They’ll fine a grandmother for a crust of bread while the day-trippers off the Lundy boat leave their bags open on the benches,” he said.
Q direct - :: “They’ll fine a grandmother for a crust of bread while the day-trippers off the Lundy boat leave their bags open on the benches,”
L geo Lundy
> Ilfracombe Town Council, which asked for the order last summer, said it would pay for two seasonal wardens to patrol the seafront at weekends between 10am and 6pm from May to September.
O government Ilfracombe Town Council
F number two
F time 10am
F time 6pm
> The order will be reviewed after 18 months.
F duration 18 months
> READ MORE: Barnstaple’s Pannier Market to get £2.4m roof repair after years of leaks
L city Barnstaple
L facility Pannier Market
F money £2.4m
'''

ARTICLES['542-mec-declares-aford-mwakasungula-winner-chitipa-south-by-election-turnout-nyasa-times'] = r'''
> MEC declares AFORD’s Mwakasungula winner of Chitipa South by-election
O government MEC
O party AFORD
P partial Mwakasungula
L region Chitipa South
> By Wongani Mhango, Nyasa Times
P full Wongani Mhango
O media Nyasa Times
> March 22, 2040
F date March 22, 2040
> Polling staff count ballots at Chitipa Boma tally centre on Tuesday night – pic by Madalitso Kayira
L city Chitipa Boma
P full Madalitso Kayira
> The Malawi Electoral Commission (MEC) has declared Alliance for Democracy (AFORD) candidate Lucky Mwakasungula winner of Tuesday’s parliamentary by-election in Chitipa South Constituency.
O government Malawi Electoral Commission
O government MEC
O party Alliance for Democracy
O party AFORD
P full Lucky Mwakasungula
L region Chitipa South Constituency
> Mwakasungula, a 41-year-old secondary school teacher from Kameme, polled 9,412 votes, ahead of Democratic Progressive Party (DPP) candidate Memory Simwaka Nyondo who got 7,655 votes.
P partial Mwakasungula
F age 41-year-old
L city Kameme
F number 9,412
O party Democratic Progressive Party
O party DPP
P full Memory Simwaka Nyondo
F number 7,655
> UTM Party’s Trust Silungwe came third with 2,180 votes, Malawi Congress Party (MCP) candidate Chikondi Mwenefumbo got 1,947 while independent candidate Gift Msukwa Munthali managed 388.
O party UTM Party
P full Trust Silungwe
F number 2,180
O party Malawi Congress Party
O party MCP
P full Chikondi Mwenefumbo
F number 1,947
P full Gift Msukwa Munthali
F number 388
> Announcing the results at Bingu International Convention Centre (BICC) in Lilongwe on Wednesday night, MEC chairperson Justice Dr Grace Nkhoma-Banda said the commission was satisfied that the poll was conducted in an environment where voters were free to choose.
L facility Bingu International Convention Centre
L facility BICC
L city Lilongwe
O government MEC
P full Grace Nkhoma-Banda
> “We are satisfied that the electorate were free to elect a candidate of their choice without fear or intimidation. The Commission, therefore, declares this election as a credible one,” she said.
Q direct Grace Nkhoma-Banda :: “We are satisfied that the electorate were free to elect a candidate of their choice without fear or intimidation. The Commission, therefore, declares this election as a credible one,”
> According to Nkhoma-Banda, 38,406 people were registered to vote in the constituency but only 21,836 turned up for polling, representing a 56.86 percent voter turnout. There were 254 null and void votes, representing 1.16 percent of the votes cast.
P partial Nkhoma-Banda
F number 38,406
F number 21,836
F percent 56.86 percent
F number 254
F percent 1.16 percent
> The seat fell vacant after the death of AFORD legislator Yotam Mwakalinga, who died in a road accident on the M1 near Uliwa in Karonga on November 30, 2039.
O party AFORD
P full Yotam Mwakalinga
L street M1
L city Uliwa
L region Karonga
F date November 30, 2039
> Speaking to Nyasa Times after the declaration, Mwakasungula thanked voters in the hilly constituency which stretches from Nthalire to the Zambian border.
O media Nyasa Times
P partial Mwakasungula
L city Nthalire
> “This victory belongs to the people of Chitipa South who have waited too long for a tarmac road, a district hospital that has medicines and secondary schools within walking distance,” he said.
Q direct Lucky Mwakasungula :: “This victory belongs to the people of Chitipa South who have waited too long for a tarmac road, a district hospital that has medicines and secondary schools within walking distance,”
L region Chitipa South
> “I will not be an MP for AFORD only. I will be an MP for everyone, including those who did not vote for me.”
Q direct Lucky Mwakasungula :: “I will not be an MP for AFORD only. I will be an MP for everyone, including those who did not vote for me.”
O party AFORD
> But Nyondo, who lost the seat in the 2035 general election, told reporters at the tally centre in Chitipa that she would not accept the results, alleging that presiding officers at Kapoka and Chisenga centres allowed people without voter certificates to vote.
P partial Nyondo
F date 2035
L city Chitipa
L city Kapoka
L city Chisenga
> “We have evidence that people were ferried in from Karonga and from across the border in Zambia. We will take this matter to court,” said Nyondo, adding that the DPP would file a petition at the High Court in Mzuzu within seven days.
Q direct Memory Simwaka Nyondo :: “We have evidence that people were ferried in from Karonga and from across the border in Zambia. We will take this matter to court,”
L region Karonga
L country Zambia
P partial Nyondo
O party DPP
O government High Court
L city Mzuzu
F duration seven days
> MEC spokesperson Thokozani Mbewe said the commission received two complaints from the DPP on polling day and resolved both “there and then”.
O government MEC
P full Thokozani Mbewe
F number two
O party DPP
Q direct Thokozani Mbewe :: “there and then”
> The Malawi Electoral Support Network (MESN), which deployed 96 monitors in all 48 polling centres, said in a preliminary statement that voting was “generally peaceful and orderly”, although some centres in the south of the constituency opened more than two hours late because materials were delayed on flooded roads.
O nonprofit Malawi Electoral Support Network
O nonprofit MESN
F number 96
F number 48
Q direct Malawi Electoral Support Network :: “generally peaceful and orderly”
F duration two hours
> A voter at Nthalire, who asked not to be named, said many people in the area were voting for the first time since 2035.
L city Nthalire
F date 2035
> “We were told there would be money for the road after the general election, and we are still walking 14 kilometres to the clinic,” she said.
Q direct - :: “We were told there would be money for the road after the general election, and we are still walking 14 kilometres to the clinic,”
F quantity 14 kilometres
> According to commission figures, the by-election cost MEC about K1.3 billion.
O government MEC
F money K1.3 billion
> The full results as declared by MEC are:
O government MEC
> Lucky Mwakasungula (AFORD) – 9,412
P full Lucky Mwakasungula
O party AFORD
F number 9,412
> Memory Simwaka Nyondo (DPP) – 7,655
P full Memory Simwaka Nyondo
O party DPP
F number 7,655
> Trust Silungwe (UTM) – 2,180
P full Trust Silungwe
O party UTM
F number 2,180
> Chikondi Mwenefumbo (MCP) – 1,947
P full Chikondi Mwenefumbo
O party MCP
F number 1,947
> Gift Msukwa Munthali (Independent) – 388
P full Gift Msukwa Munthali
F number 388
> Null and void – 254
F number 254
> Follow and Subscribe Nyasa TV :
O media Nyasa TV
'''

ARTICLES['543-henley-royal-regatta-finals-upper-thames-wargrave-thames-cups-leander-grand-record-henley-standard'] = r'''
> Friday, 08 July 2039
F date 08 July 2039
> Rowing
> Double delight for Upper Thames as Leander take Grand in record time
O team Upper Thames
O team Leander
> Home club wins the Thames and Wargrave cups on finals day while Irish sculler takes the Diamonds
> By Harriet Loveday
P full Harriet Loveday
> Upper Thames Rowing Club's women's eight cross the line ahead of Waiariki Rowing Club, New Zealand, in the Wargrave Challenge Cup final on Sunday. Picture: Clive Ashcombe
O team Upper Thames Rowing Club
O team Waiariki Rowing Club
L country New Zealand
P full Clive Ashcombe
> UPPER THAMES ROWING CLUB won two trophies on home water at Henley Royal Regatta on Sunday as Leander Club took the Grand Challenge Cup in a record time.
O team UPPER THAMES ROWING CLUB
F number two
O team Leander Club
> The Henley club's women's eight beat Waiariki Rowing Club, New Zealand, by three-quarters of a length in the final of the Wargrave Challenge Cup before its men's eight won the Thames Challenge Cup easily, the first time Upper Thames have won both events in the same year.
L city Henley
O team Waiariki Rowing Club
L country New Zealand
F quantity three-quarters of a length
O team Upper Thames
> In the Grand, Leander beat Harvard University, USA, by 1¾ lengths in 5min 49sec, two seconds inside the record set by a Dutch composite crew in 2034.
O team Leander
O education Harvard University
L country USA
F quantity 1¾ lengths
F duration 5min
F duration 49sec
F duration two seconds
F date 2034
> The start of the final at Temple Island was delayed by 20 minutes after a hired motor launch drifted on to the course, and several thousand spectators on the Berks bank waited in a temperature of 31C.
L geo Temple Island
F duration 20 minutes
L region Berks
F quantity 31C
> Leander stroke Tobi Adeyemi-Clarke, 27, who grew up in Caversham, said: "We knew Harvard would come at us off the start, and they did. They were a seat up at the Barrier and we were only level at Fawley.
O team Leander
P full Tobi Adeyemi-Clarke
F age 27
L city Caversham
Q direct Tobi Adeyemi-Clarke :: "We knew Harvard would come at us off the start, and they did. They were a seat up at the Barrier and we were only level at Fawley.
O education Harvard
L facility Barrier
L facility Fawley
> "After that it was all about rhythm. You don't get many chances to break a record at Henley, so we're going to enjoy this one."
Q direct Tobi Adeyemi-Clarke :: "After that it was all about rhythm. You don't get many chances to break a record at Henley, so we're going to enjoy this one."
L city Henley
> The Upper Thames eight, stroked by Hannah Boateng, led from the start on the Bucks station but had to hold off a late push from the New Zealanders, who closed to within a canvas in the enclosures.
O team Upper Thames
P full Hannah Boateng
L region Bucks
> Ellie Marchbank, 22, of Greys Road, Henley, who rowed in the three seat, said: "I've watched this race from the bank since I was about seven, so to win it in an Upper Thames boat is unreal.
P full Ellie Marchbank
F age 22
L street Greys Road
L city Henley
Q direct Ellie Marchbank :: "I've watched this race from the bank since I was about seven, so to win it in an Upper Thames boat is unreal.
F age seven
O team Upper Thames
> "Hannah called a push at the Barrier and we just went for it. We didn't look across until we had crossed the line."
Q direct Ellie Marchbank :: "Hannah called a push at the Barrier and we just went for it. We didn't look across until we had crossed the line."
P partial Hannah
L facility Barrier
> In the Thames Challenge Cup, the Upper Thames men were clear of Hollandia Roeiclub, the Netherlands, by the Barrier and won easily in 6min 11sec.
O team Upper Thames
O team Hollandia Roeiclub
L country Netherlands
L facility Barrier
F duration 6min
F duration 11sec
> Their coach, Dermot Kinsella, said: "Half of this crew learned to row in our Saturday morning junior sessions. That is what makes today special for the club."
P full Dermot Kinsella
Q direct Dermot Kinsella :: "Half of this crew learned to row in our Saturday morning junior sessions. That is what makes today special for the club."
F fraction Half
> The Diamond Challenge Sculls went to Cian Ó Briain of Neptune Rowing Club, Ireland, who beat Joost ten Brinke of Nereus, the Netherlands, by two lengths.
P full Cian Ó Briain
O team Neptune Rowing Club
L country Ireland
P full Joost ten Brinke
O team Nereus
L country Netherlands
F quantity two lengths
> Ó Briain, 24, said: "Joost went off like a train. I just had to trust my own race, and by Fawley I could see he was hurting."
P partial Ó Briain
F age 24
Q direct Cian Ó Briain :: "Joost went off like a train. I just had to trust my own race, and by Fawley I could see he was hurting."
P partial Joost
L facility Fawley
> There was disappointment for Shiplake College, who led at the Barrier in the final of the Princess Elizabeth Challenge Cup but lost to St Paul's School by half a length.
O education Shiplake College
L facility Barrier
O education St Paul's School
F quantity half a length
> In the Remenham Challenge Cup, Thames Rowing Club beat Sydney Rowing Club, Australia, by 2¼ lengths.
O team Thames Rowing Club
O team Sydney Rowing Club
L country Australia
F quantity 2¼ lengths
> A regatta spokesman said more than 300,000 people had attended over the six days and that the Stewards' Enclosure was closed to new arrivals at 2.30pm on Sunday because of the heat, which he called "a nice problem to have".
F number 300,000
F duration six days
L facility Stewards' Enclosure
F time 2.30pm
Q direct - :: "a nice problem to have"
> FINALS RESULTS
> Grand Challenge Cup (open men's eights): Leander Club bt Harvard University, USA, 1¾ lengths, 5min 49sec.
O team Leander Club
O education Harvard University
L country USA
F quantity 1¾ lengths
F duration 5min
F duration 49sec
> Remenham Challenge Cup (open women's eights): Thames Rowing Club bt Sydney Rowing Club, Australia, 2¼ lengths, 6min 27sec.
O team Thames Rowing Club
O team Sydney Rowing Club
L country Australia
F quantity 2¼ lengths
F duration 6min
F duration 27sec
> Thames Challenge Cup (club men's eights): Upper Thames Rowing Club bt Hollandia Roeiclub, Netherlands, easily, 6min 11sec.
O team Upper Thames Rowing Club
O team Hollandia Roeiclub
L country Netherlands
F duration 6min
F duration 11sec
> Wargrave Challenge Cup (club women's eights): Upper Thames Rowing Club bt Waiariki Rowing Club, New Zealand, ¾ length, 6min 58sec.
O team Upper Thames Rowing Club
O team Waiariki Rowing Club
L country New Zealand
F quantity ¾ length
F duration 6min
F duration 58sec
> Princess Elizabeth Challenge Cup (junior men's eights): St Paul's School bt Shiplake College, ½ length, 6min 19sec.
O education St Paul's School
O education Shiplake College
F quantity ½ length
F duration 6min
F duration 19sec
> Diamond Challenge Sculls (open men's single sculls): C Ó Briain (Neptune RC, Ireland) bt J ten Brinke (Nereus, Netherlands), 2 lengths, 7min 36sec.
P full C Ó Briain
O team Neptune RC
L country Ireland
P full J ten Brinke
O team Nereus
L country Netherlands
F quantity 2 lengths
F duration 7min
F duration 36sec
'''

ARTICLES['544-gokceada-imbros-5-6-magnitude-earthquake-zeytinlikoy-kalekoy-afad-tourists-turkiye-today'] = r'''
> TÜRKİYE
L country TÜRKİYE
> 5.6-Magnitude Quake Shakes Gökçeada at Height of Tourist Season, 14 Injured
F quantity 5.6-Magnitude
L geo Gökçeada
F number 14
> A shallow earthquake in the northern Aegean woke thousands of holidaymakers before dawn, damaged old stone houses in Zeytinliköy and was followed by dozens of aftershocks
L geo Aegean
L city Zeytinliköy
> By Ayşegül Demirtaş
P full Ayşegül Demirtaş
> Jul 14, 2037 11:42 AM GMT+03:00
F date Jul 14, 2037
F time 11:42 AM GMT+03:00
> Residents and tourists wait in the square at Kaleköy after the earthquake, Gökçeada, Çanakkale, northwestern Türkiye, July 14, 2037. (DHA Photo)
L city Kaleköy
L geo Gökçeada
L region Çanakkale
L country Türkiye
F date July 14, 2037
O media DHA
> A magnitude 5.6 earthquake struck off the Aegean island of Gökçeada early Tuesday, injuring 14 people and damaging dozens of old houses at the height of the island’s summer season, the Disaster and Emergency Management Authority (AFAD) said.
F quantity magnitude 5.6
L geo Aegean
L geo Gökçeada
F number 14
O government Disaster and Emergency Management Authority
O government AFAD
> The quake hit at 3:47 a.m. local time at a depth of 11.2 kilometers, with its epicenter in the sea 16 kilometers northwest of the island, according to AFAD. Boğaziçi University’s Kandilli Observatory and Earthquake Research Institute put the magnitude at 5.8.
F time 3:47 a.m.
F quantity 11.2 kilometers
F quantity 16 kilometers
O government AFAD
O education Boğaziçi University
O education Kandilli Observatory and Earthquake Research Institute
F number 5.8
> It was felt across the Marmara region, including in Çanakkale, Tekirdağ, Edirne and Istanbul, and on the Greek islands of Lemnos and Samothrace.
L region Marmara
L city Çanakkale
L city Tekirdağ
L city Edirne
L city Istanbul
L geo Lemnos
L geo Samothrace
> AFAD said it had recorded 63 aftershocks by 10 a.m., the strongest a magnitude 4.2 tremor at 5:12 a.m.
O government AFAD
F number 63
F time 10 a.m.
F quantity magnitude 4.2
F time 5:12 a.m.
> Most of the injured were hurt while running down stairs or jumping from balconies, Çanakkale Governor Orhan Karabıyık told reporters in the island’s town center. Two of them, a 71-year-old woman and a German tourist, were flown by helicopter to Çanakkale Mehmet Akif Ersoy State Hospital with broken bones.
L region Çanakkale
P full Orhan Karabıyık
F number Two
F age 71-year-old
O other Çanakkale Mehmet Akif Ersoy State Hospital
> “There is no loss of life, thank God. Our teams have checked every village on the island one by one, and the injured are being treated,” Karabıyık said.
Q direct Orhan Karabıyık :: “There is no loss of life, thank God. Our teams have checked every village on the island one by one, and the injured are being treated,”
P partial Karabıyık
> The worst damage was in Zeytinliköy, a hillside village known to the island’s Greek community as Agios Theodoros, where the walls of 23 stone houses, most of them empty, collapsed and a crack opened in the bell tower of the 19th-century Orthodox church.
L city Zeytinliköy
L city Agios Theodoros
F number 23
> Gökçeada, known in Greek as Imbros, is Türkiye’s largest island. Its Greek Orthodox community, which numbered several thousand in the 1960s, has fallen to a few hundred.
L geo Gökçeada
L geo Imbros
L country Türkiye
F date 1960s
> “My grandfather built this house in 1911, and it has stood through every earthquake since,” said Stavros Kalaitzis, 68, who moved back to the village from Istanbul in 2031. “This morning I watched half of the garden wall fall into the street.”
Q direct Stavros Kalaitzis :: “My grandfather built this house in 1911, and it has stood through every earthquake since,”
F date 1911
P full Stavros Kalaitzis
F age 68
L city Istanbul
F date 2031
Q direct Stavros Kalaitzis :: “This morning I watched half of the garden wall fall into the street.”
F fraction half
> The earthquake came as hotels and guesthouses on the island were 94 percent full, according to the Gökçeada Tourism Association. Its chairman, Mert Kalafatoğlu, said about a third of guests had checked out by noon and that cancellations for the rest of July were “coming in by the minute.”
F percent 94 percent
O nonprofit Gökçeada Tourism Association
P full Mert Kalafatoğlu
F fraction a third
Q direct Mert Kalafatoğlu :: “coming in by the minute.”
> Nurcan Erkoç, who runs a 12-room guesthouse in Kaleköy, said rooms she had sold for 4,800 liras (€130) a night were standing empty.
P full Nurcan Erkoç
F number 12
L city Kaleköy
F money 4,800 liras
F money €130
> “Guests from Istanbul and Izmir come here because it is quiet. This morning nobody wanted quiet, they wanted the ferry,” she said.
Q direct Nurcan Erkoç :: “Guests from Istanbul and Izmir come here because it is quiet. This morning nobody wanted quiet, they wanted the ferry,”
L city Istanbul
L city Izmir
> Ferry operator Gestaş added six extra sailings between Gökçeada and Kabatepe, on the Gallipoli peninsula, and said 2,600 passengers had left the island on the 75-minute crossing by early afternoon.
O company Gestaş
F number six
L geo Gökçeada
L facility Kabatepe
L geo Gallipoli
F number 2,600
F duration 75-minute
> AFAD said in a statement that 180 personnel and 40 vehicles had been sent to the island and that tents had been put up in Kaleköy and the town center for residents “who do not feel safe returning to their homes.”
O government AFAD
F number 180
F number 40
L city Kaleköy
Q direct Disaster and Emergency Management Authority :: “who do not feel safe returning to their homes.”
> Levent Ardıç, a seismologist at Istanbul Technical University, said the quake occurred on a branch of the North Anatolian Fault that runs into the Aegean through the Gulf of Saros.
P full Levent Ardıç
O education Istanbul Technical University
L geo North Anatolian Fault
L geo Aegean
L geo Gulf of Saros
> “The northern Aegean produces an earthquake of this size every few years. The houses that collapsed today were over 100 years old and built without mortar,” he said. “New concrete buildings on the island came through without damage.”
Q direct Levent Ardıç :: “The northern Aegean produces an earthquake of this size every few years. The houses that collapsed today were over 100 years old and built without mortar,”
L geo Aegean
F duration 100 years
Q direct Levent Ardıç :: “New concrete buildings on the island came through without damage.”
> A receptionist at a hotel near Aydıncık beach, who did not want to be named, said some guests had spent the rest of the night on sun loungers by the sea. “Nobody wanted to be under a roof, and I do not blame them,” she said.
L geo Aydıncık
Q direct - :: “Nobody wanted to be under a roof, and I do not blame them,”
'''

ARTICLES['545-slnca-ssi-deal-daren-sammy-cricket-ground-fees-proteas-test-canaries-st-lucia-times'] = r'''
> SLNCA, SSI strike deal on Daren Sammy ground fees ahead of Proteas Test
O nonprofit SLNCA
O company SSI
L facility Daren Sammy
O team Proteas
> By Nadia Jn Baptiste
P full Nadia Jn Baptiste
> May 17, 2039
F date May 17, 2039
> The Daren Sammy Cricket Ground at Beausejour, Gros Islet. (File photo)
L facility Daren Sammy Cricket Ground
L city Beausejour
L city Gros Islet
> THE Saint Lucia National Cricket Association (SLNCA) and Sports Saint Lucia Inc (SSI) have signed an agreement that cuts the fees local cricket pays to use the Daren Sammy Cricket Ground (DSCG), ending a dispute that has kept domestic finals away from the island's premier venue for more than two years.
O nonprofit Saint Lucia National Cricket Association
O nonprofit SLNCA
O company Sports Saint Lucia Inc
O company SSI
L facility Daren Sammy Cricket Ground
L facility DSCG
F duration two years
> Under the memorandum of understanding, signed at the ground on Monday, SSI will charge the association EC$2,500 a day for domestic matches, down from EC$9,800, and will give it a permanent office in the main pavilion.
O company SSI
F money EC$2,500
F money EC$9,800
> The deal comes five weeks before the DSCG hosts the second Test between the West Indies and South Africa from June 24-28, the first Test on the island since 2036.
F duration five weeks
L facility DSCG
O team West Indies
O team South Africa
F date June 24-28
F date 2036
> SLNCA president Cuthbert St Rose said the fees had been 'killing the game at the base'.
O nonprofit SLNCA
P full Cuthbert St Rose
Q direct Cuthbert St Rose :: 'killing the game at the base'
> 'For two seasons our Division One final was played at Mindoo Phillip Park because the clubs could not afford the Daren Sammy ground,' St Rose said. 'You cannot tell a young cricketer from Canaries or Choiseul that the national stadium is not for him.
Q direct Cuthbert St Rose :: 'For two seasons our Division One final was played at Mindoo Phillip Park because the clubs could not afford the Daren Sammy ground,'
F number two
O other Division One
L facility Mindoo Phillip Park
L facility Daren Sammy
P partial St Rose
Q direct Cuthbert St Rose :: 'You cannot tell a young cricketer from Canaries or Choiseul that the national stadium is not for him.
L city Canaries
L city Choiseul
> 'We are not asking for charity. We are asking to play in our own stadium.'
Q direct Cuthbert St Rose :: 'We are not asking for charity. We are asking to play in our own stadium.'
> SSI general manager Marcia Charlemagne said the old fees reflected the real cost of preparing the ground, including the pitch, the covers and the lights, and of opening a stadium with 15,000 seats.
O company SSI
P full Marcia Charlemagne
F number 15,000
> She said the Government had agreed to make up the difference, about EC$310,000 a year, through the Ministry of Youth Development and Sports.
F money EC$310,000
O government Ministry of Youth Development and Sports
> 'Nobody at SSI wanted to see local cricket priced out. But the ground does not run on goodwill, and somebody has to pay the groundsmen,' Charlemagne said.
Q direct Marcia Charlemagne :: 'Nobody at SSI wanted to see local cricket priced out. But the ground does not run on goodwill, and somebody has to pay the groundsmen,'
O company SSI
P partial Charlemagne
> Cricket West Indies (CWI) said in a statement on Tuesday that the DSCG had passed an inspection of its new floodlights and drainage in April and was 'ready to host Test cricket to the highest standard'.
O other Cricket West Indies
O other CWI
L facility DSCG
Q direct Cricket West Indies :: 'ready to host Test cricket to the highest standard'
> The US$3.2 million lighting upgrade was financed by a loan from the Caribbean Development Bank (CDB).
F money US$3.2 million
O intergovernmental Caribbean Development Bank
O intergovernmental CDB
> The Test could be a homecoming for 19-year-old fast bowler Kimani Lubin of Canaries, who took 31 wickets for the Windward Islands Volcanoes in the regional four-day championship this season and was named in the West Indies squad last week.
F age 19-year-old
P full Kimani Lubin
L city Canaries
F number 31
O team Windward Islands Volcanoes
F duration four-day
O team West Indies
> 'When I was small I used to climb the fence at Beausejour to watch the Windies. Now I might play there in a Test. My mother already bought her ticket,' Lubin told St Lucia Times.
Q direct Kimani Lubin :: 'When I was small I used to climb the fence at Beausejour to watch the Windies. Now I might play there in a Test. My mother already bought her ticket,'
L city Beausejour
O team Windies
P partial Lubin
O media St Lucia Times
> Tickets will start at EC$40 a day, with a five-day pass at EC$150, CWI said.
F money EC$40
F duration five-day
F money EC$150
O other CWI
> A food vendor who has worked at the ground's main gate since it opened in 2002 said she hoped the deal would bring crowds back to local games.
F date 2002
> 'When the Kings play in the CPL we sell out by six o'clock. For the club games nobody comes, because nobody knows there is a game,' said the vendor, who did not want her name published.
Q direct - :: 'When the Kings play in the CPL we sell out by six o'clock. For the club games nobody comes, because nobody knows there is a game,'
O team Kings
O other CPL
F time six o'clock
'''

ARTICLES['546-mount-sinabung-eruption-level-iv-karo-kabanjahe-berastagi-kualanamu-flights-cna'] = r'''
> Asia
L continent Asia
> Indonesia's Mount Sinabung erupts, sending ash 5km high as thousands flee villages
L country Indonesia
L geo Mount Sinabung
F quantity 5km
> Authorities raised the volcano's alert to the highest level and widened the danger zone to 7km, while ash disrupted flights at Medan's Kualanamu International Airport.
F quantity 7km
L city Medan
L facility Kualanamu International Airport
> Dimas Prakoso
P full Dimas Prakoso
> 14 Nov 2039 04:28PM (Updated: 14 Nov 2039 07:05PM)
F date 14 Nov 2039
F time 04:28PM
F date 14 Nov 2039
F time 07:05PM
> Mount Sinabung spews volcanic ash as seen from Tiganderket in Karo regency, North Sumatra, on Nov 14, 2039. (Photo: AFP/Yudha Sembiring)
L geo Mount Sinabung
L city Tiganderket
L region Karo
L region North Sumatra
F date Nov 14, 2039
O media AFP
P full Yudha Sembiring
> KARO, North Sumatra: Mount Sinabung in Indonesia's North Sumatra province erupted on Monday (Nov 14), sending a column of ash about 5,000m into the sky and forcing more than 6,000 villagers to flee, officials said.
L region KARO
L region North Sumatra
L geo Mount Sinabung
L country Indonesia
L region North Sumatra
F date Nov 14
F quantity 5,000m
F number 6,000
> The Centre for Volcanology and Geological Hazard Mitigation (PVMBG) raised the volcano's status to Level IV, the highest on Indonesia's four-tier scale, at 8.10am local time after a series of explosions sent hot clouds of gas and rock 4.5km down its south-eastern slope.
O government Centre for Volcanology and Geological Hazard Mitigation
O government PVMBG
L country Indonesia
F number four
F time 8.10am
F quantity 4.5km
> "The eruption column is grey and thick and is drifting to the east. We ask residents and tourists not to carry out any activity within 7km of the crater," PVMBG head Ratna Kusumawardhani said in a statement.
Q direct Ratna Kusumawardhani :: "The eruption column is grey and thick and is drifting to the east. We ask residents and tourists not to carry out any activity within 7km of the crater,"
F quantity 7km
O government PVMBG
P full Ratna Kusumawardhani
> Sinabung, a 2,460m volcano about 60km south-west of the provincial capital Medan, had been quiet for almost four years before a swarm of volcanic earthquakes began in October.
L geo Sinabung
F quantity 2,460m
F quantity 60km
L city Medan
F duration four years
> Around 6,400 people from 14 villages were moved to 11 shelters in Kabanjahe, the regency capital, and in Berastagi, many of them to jambur, the open-sided meeting halls of the Karo people, the Karo Regional Disaster Management Agency (BPBD) said.
F number 6,400
F number 14
F number 11
L city Kabanjahe
L city Berastagi
O government Karo Regional Disaster Management Agency
O government BPBD
> Rosmawati br Sembiring, 46, a vegetable farmer from Sukanalu village, said she left with her three children and nothing else.
P full Rosmawati br Sembiring
F age 46
L city Sukanalu
F number three
> "We heard a sound like thunder and then the sky turned black. My husband stayed behind to feed the cows. I told him, if the siren sounds again, forget the cows," she said.
Q direct Rosmawati br Sembiring :: "We heard a sound like thunder and then the sky turned black. My husband stayed behind to feed the cows. I told him, if the siren sounds again, forget the cows,"
> BPBD head Natanael Ginting said the agency had rice, masks and clean water for at least two weeks.
O government BPBD
P full Natanael Ginting
F duration two weeks
> "What we need now is patience. Many of these families have evacuated three or four times since 2013, and the young men want to go back tonight to feed their livestock.
Q direct Natanael Ginting :: "What we need now is patience. Many of these families have evacuated three or four times since 2013, and the young men want to go back tonight to feed their livestock.
F number three
F number four
F date 2013
> "We cannot allow that while the status is Level IV. If the wind changes, the hot clouds can reach the villages in minutes," Ginting said.
Q direct Natanael Ginting :: "We cannot allow that while the status is Level IV. If the wind changes, the hot clouds can reach the villages in minutes,"
P partial Ginting
> Air navigation operator AirNav Indonesia closed Kualanamu International Airport in Deli Serdang for six hours from 11am after ash was detected over the runway, and 48 flights were cancelled. Budget carrier Scoot cancelled two return flights between Singapore and Medan, the airline said on its website.
O company AirNav Indonesia
L facility Kualanamu International Airport
L region Deli Serdang
F duration six hours
F time 11am
F number 48
O company Scoot
F number two
L city Singapore
L city Medan
> The Volcanic Ash Advisory Centre in Darwin warned airlines of ash at up to 7,600m, or about 25,000 feet.
O government Volcanic Ash Advisory Centre
L city Darwin
F quantity 7,600m
F quantity 25,000 feet
> Ash also fell on Berastagi, a highland resort popular with visitors from Medan and Malaysia. A hotel manager in the town, who asked not to be named because he was not authorised to speak to the media, said two tour groups from Penang had cancelled their bookings.
L city Berastagi
L city Medan
L country Malaysia
F number two
L region Penang
> "In the morning the sky looked like evening. Guests took photos of the mountain and then asked for their bills," he said.
Q direct - :: "In the morning the sky looked like evening. Guests took photos of the mountain and then asked for their bills,"
> Sinabung erupted in 2010 after about 400 years of inactivity. Eruptions killed 16 people in 2014 and seven in 2016.
L geo Sinabung
F date 2010
F duration 400 years
F number 16
F date 2014
F number seven
F date 2016
> Indonesia, which sits on the Pacific "Ring of Fire", has nearly 130 active volcanoes.
L country Indonesia
L geo Pacific
Q scare - :: "Ring of Fire"
L geo Ring of Fire
F number 130
> Source: CNA/AFP/dp
O media CNA
O media AFP
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
