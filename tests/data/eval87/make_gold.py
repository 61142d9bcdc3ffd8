#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval87 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval87/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['565-carrickmore-poultry-unit-deferred-black-bog-the-rock-mid-ulster-planning-tyrone-courier'] = r'''
> News
> Councillors put off decision on 90,000-bird poultry unit near Black Bog
F number 90,000
L geo Black Bog
> Objectors say ammonia from the Carrickmore sheds would ‘finish off’ a protected bog; planners say the modelling is sound
L city Carrickmore
Q direct Orla Hackett :: ‘finish off’
> By Colm Mac an tSaoir
P full Colm Mac an tSaoir
> 11/03/2037 07:00
F date 11/03/2037
F time 07:00
> The site off the Loughmacrory Road where the two poultry houses would be built. Picture: Declan Rooney
L street Loughmacrory Road
F number two
P full Declan Rooney
> A DECISION on plans for a 90,000-bird broiler unit outside Carrickmore has been put back for at least a month after objectors told Mid Ulster District Council that ammonia from the sheds could damage Black Bog, one of the largest intact raised bogs in Co Tyrone.
F number 90,000
L city Carrickmore
O government Mid Ulster District Council
L geo Black Bog
L region Co Tyrone
> Members of the council’s planning committee voted 9-4 on Tuesday evening to defer the application, lodged by farmer Eamon Devlin in August 2036, so that officers can seek fresh advice from the Northern Ireland Environment Agency (NIEA) on the bog, which lies about 1.8 kilometres east of the site.
F number 9-4
P full Eamon Devlin
F date August 2036
O government Northern Ireland Environment Agency
O government NIEA
F quantity 1.8 kilometres
> Objectors from Carrickmore, Creggan and Sixmilecross filled the public gallery at the council offices in Dungannon.
L city Carrickmore
L city Creggan
L city Sixmilecross
L city Dungannon
> Mr Devlin, 54, wants to build two poultry houses, a feed store and a 2,400-cubic-metre manure shed on his 120-acre farm on the Loughmacrory Road. The birds would be reared under contract for Moy Park.
P partial Devlin
F age 54
F number two
F quantity 2,400-cubic-metre
F quantity 120-acre
L street Loughmacrory Road
O company Moy Park
> Planning officers had recommended approval. In their report they said modelling submitted by the applicant’s consultants showed that ammonia at the bog would reach 0.9 per cent of its “critical level”, under the 1 per cent threshold above which the NIEA asks for a fuller assessment.
F percent 0.9 per cent
Q scare - :: “critical level”
F percent 1 per cent
O government NIEA
> But Dr Orla Hackett, an ecologist who lives at The Rock and spoke for 41 objectors, told the committee that the model had used wind data from Aldergrove, more than 60km away, and had ignored two other poultry farms within 5km of the bog.
P full Orla Hackett
L city The Rock
F number 41
L city Aldergrove
F quantity 60km
F number two
F quantity 5km
> “Black Bog has taken 10,000 years to grow. It is already losing its sphagnum on the western edge, and this would finish off what is left of it,” she said.
Q direct Orla Hackett :: “Black Bog has taken 10,000 years to grow. It is already losing its sphagnum on the western edge, and this would finish off what is left of it,”
L geo Black Bog
F duration 10,000 years
> “Nobody in this room is against farming. My own father kept hens. But the numbers in that report do not describe the hill I walk on every morning.
Q direct Orla Hackett :: “Nobody in this room is against farming. My own father kept hens. But the numbers in that report do not describe the hill I walk on every morning.
> “I would ask members to go up and stand on the bog before they vote.”
Q direct Orla Hackett :: “I would ask members to go up and stand on the bog before they vote.”
> The agent for the applicant, Gareth Lowry of Lowry Rural Planning in Cookstown, said the farm was ‘exactly the kind of business this council says it wants to keep in the countryside’.
P full Gareth Lowry
O company Lowry Rural Planning
L city Cookstown
Q direct Gareth Lowry :: ‘exactly the kind of business this council says it wants to keep in the countryside’
> “Mr Devlin has done everything that was asked of him. He has paid for the modelling twice, he has moved the sheds 200 metres back from the road and he has agreed to fit scrubbers to the fans,” Mr Lowry said.
Q direct Gareth Lowry :: “Mr Devlin has done everything that was asked of him. He has paid for the modelling twice, he has moved the sheds 200 metres back from the road and he has agreed to fit scrubbers to the fans,”
P partial Devlin
F quantity 200 metres
P partial Lowry
> He said the £1.6 million project would create three full-time jobs, and that a deferral could cost the family its place in the processor’s building programme for 2037.
F money £1.6 million
F number three
F date 2037
> Cllr Niamh McGlone (SF), who proposed the deferral, said members had “a duty to be sure” before approving a unit of that size so close to a Special Area of Conservation.
P full Niamh McGlone
O party SF
Q direct Niamh McGlone :: “a duty to be sure”
> Cllr Robert Sinnamon (DUP) said the committee was “moving the goalposts on a local family that has farmed at Loughmacrory for four generations”.
P full Robert Sinnamon
O party DUP
Q direct Robert Sinnamon :: “moving the goalposts on a local family that has farmed at Loughmacrory for four generations”
L city Loughmacrory
F number four
> A similar application for 75,000 birds at the Moy, near Dungannon, was approved in 2035 after a year-long dispute.
F number 75,000
L city Moy
L city Dungannon
F date 2035
> The Ulster Farmers' Union (UFU) said the delay was “deeply frustrating” for young farmers trying to stay on the land.
O nonprofit Ulster Farmers' Union
O nonprofit UFU
Q direct Ulster Farmers' Union :: “deeply frustrating”
> “Poultry has kept a lot of small farms in Tyrone going since the 1990s. If every application is going to be held up over a modelling row, people will simply stop applying,” said the union’s poultry chairman, Stephen Burrows.
Q direct Stephen Burrows :: “Poultry has kept a lot of small farms in Tyrone going since the 1990s. If every application is going to be held up over a modelling row, people will simply stop applying,”
L region Tyrone
F date 1990s
P full Stephen Burrows
> In a statement, the Department of Agriculture, Environment and Rural Affairs (DAERA), of which the NIEA is part, said it would “respond to the council’s request in the normal way” and that its advice had been based on “the best available evidence”.
O government Department of Agriculture, Environment and Rural Affairs
O government DAERA
O government NIEA
Q direct Department of Agriculture, Environment and Rural Affairs :: “respond to the council’s request in the normal way”
Q direct Department of Agriculture, Environment and Rural Affairs :: “the best available evidence”
> DfI Roads had raised no objection, provided the entrance to the farm is widened to six metres.
O government DfI Roads
F quantity six metres
> The application is expected to return to the planning committee on Tuesday, April 7, at 7pm.
F date April 7
F time 7pm
'''

ARTICLES['566-lakota-zikisso-gold-mine-orpailleurs-eviction-cocoa-farmers-sassandra-gold-the-africa-report'] = r'''
> Mining
> Côte d’Ivoire: At Lakota, gold diggers and cocoa farmers wait for the bulldozers
L country Côte d’Ivoire
L city Lakota
> Sassandra Gold says its Zikisso mine will pour first gold in 2038. Thousands of artisanal miners on its permit have been told to leave by 30 June.
O company Sassandra Gold
L facility Zikisso
F date 2038
F date 30 June
> By Yasmine Kouamé
P full Yasmine Kouamé
> Posted on Tuesday, 14 April 2037 11:47
F date 14 April 2037
F time 11:47
> Artisanal miners wash gravel at a pit outside Lakota, in the Lôh-Djiboua region, on 4 April 2037. (photo: Yasmine Kouamé for TAR)
L city Lakota
L region Lôh-Djiboua
F date 4 April 2037
P full Yasmine Kouamé
O media TAR
> The red earth around Zikisso has been dug so often that the track from Lakota now runs between craters. By day, men from across the region and from Burkina Faso, Mali and Guinea lower themselves into shafts on ropes; by night, motorbikes carry sacks of ore to crushers hidden behind the cocoa trees.
L city Zikisso
L city Lakota
L country Burkina Faso
L country Mali
L country Guinea
> All of that is meant to end on 30 June. The Ministry of Mines, Petroleum and Energy has given the estimated 6,000 artisanal miners on the site, known locally as orpailleurs, until that date to leave the 412-square-kilometre exploitation permit held by Sassandra Gold, a Toronto-listed company that plans to pour its first gold from the Zikisso mine early next year.
F date 30 June
O government Ministry of Mines, Petroleum and Energy
F number 6,000
F quantity 412-square-kilometre
O company Sassandra Gold
L city Toronto
L facility Zikisso
> The company expects the open-pit mine to produce about 160,000 ounces of gold a year over a 12-year life, for an investment of $410m. The Ivorian state will hold 10% of the project through SODEMI, the state mining company.
F quantity 160,000 ounces
F duration 12-year
F money $410m
F percent 10%
O company SODEMI
> “We are not chasing anyone,” Solange Aka N’Guessan, Sassandra Gold’s country manager, told The Africa Report in Abidjan. “We have a permit, we have a timetable, and we have a plan to give the people who were working here a legal place to work.”
Q direct Solange Aka N’Guessan :: “We are not chasing anyone,”
P full Solange Aka N’Guessan
O company Sassandra Gold
O media The Africa Report
L city Abidjan
Q direct Solange Aka N’Guessan :: “We have a permit, we have a timetable, and we have a plan to give the people who were working here a legal place to work.”
> That plan is a 40-hectare corridor north of the pit, set aside for a cooperative of licensed small-scale miners. Aka N’Guessan said the company would pay for the corridor to be surveyed and would buy the cooperative’s gold at the Abidjan price, less 3%.
F quantity 40-hectare
P partial Aka N’Guessan
L city Abidjan
F percent 3%
> The orpailleurs’ spokesman, Issouf Sawadogo, 38, who came to Zikisso from Koudougou in Burkina Faso in 2031, said the corridor would hold “barely 500 people”.
P full Issouf Sawadogo
F age 38
L city Zikisso
L city Koudougou
L country Burkina Faso
F date 2031
Q direct Issouf Sawadogo :: “barely 500 people”
F number 500
> “On n’a nulle part où aller,” he said – we have nowhere to go. “If they send the gendarmes, the boys will go to the next forest and dig there. The gold does not leave, so we do not leave.”
Q direct Issouf Sawadogo :: “On n’a nulle part où aller,”
Q direct Issouf Sawadogo :: “If they send the gendarmes, the boys will go to the next forest and dig there. The gold does not leave, so we do not leave.”
> The permit also covers about 2,300 hectares of cocoa farms around Zadiboua and two other villages. Their owners, most of them Dida, say they have been offered 1.5 million CFA francs per hectare for trees that took a decade to grow.
F quantity 2,300 hectares
L city Zadiboua
F number two
F money 1.5 million CFA francs
> “A cocoa tree feeds you for 30 years. They are paying us for one season,” said Dago Zadi Célestin, 61, the chief of Zadiboua, who has written to the prefect of Lakota asking for the payment to be tripled.
Q direct Dago Zadi Célestin :: “A cocoa tree feeds you for 30 years. They are paying us for one season,”
F duration 30 years
F number one
P full Dago Zadi Célestin
F age 61
L city Zadiboua
L city Lakota
> Sassandra Gold said in a statement that its rates were “above the scale set by the Ministry of Agriculture” and had been agreed with a village committee in December 2036.
O company Sassandra Gold
Q direct Sassandra Gold :: “above the scale set by the Ministry of Agriculture”
O government Ministry of Agriculture
F date December 2036
> Côte d’Ivoire produced 58 tonnes of gold in 2036, according to the ministry, up from less than 10 tonnes in 2010, making it West Africa’s fourth-largest producer after Ghana, Mali and Burkina Faso. The government wants mining to supply 10% of GDP by 2040.
L country Côte d’Ivoire
F quantity 58 tonnes
F date 2036
F quantity 10 tonnes
F date 2010
L region West Africa
L country Ghana
L country Mali
L country Burkina Faso
F percent 10%
F date 2040
> An Abidjan-based mining consultant who has advised the ministry, and who asked not to be named, said evictions had rarely worked. “Every time a site is cleared, it reopens within weeks somewhere nearby. The only thing that changes is who collects the money,” he said.
L city Abidjan
Q direct - :: “Every time a site is cleared, it reopens within weeks somewhere nearby. The only thing that changes is who collects the money,”
> In March, gendarmes dismantled 14 crushing units near Divo, 60km to the east, and seized 3.2kg of gold and mercury worth CFA48m ($80,000), according to the gendarmerie.
F number 14
L city Divo
F quantity 60km
F quantity 3.2kg
F money CFA48m
F money $80,000
> At the pits, Sawadogo’s crew has started moving its pumps towards the Davo river, outside the permit’s western boundary.
P partial Sawadogo
L geo Davo
> “We will see who arrives first,” he said, “the rains or the bulldozers.”
Q direct Issouf Sawadogo :: “We will see who arrives first,”
Q direct Issouf Sawadogo :: “the rains or the bulldozers.”
'''

ARTICLES['567-tarwin-lass-sale-cup-greenwattle-strachan-fitzgerald-keane-results-racing-com'] = r'''
> News
> Tarwin Lass Lands Sale Cup For Cranbourne Couple
L city Cranbourne
> The mare gives Grant and Alana Strachan a second Sale Cup in three years with a 1.3-length win over the $4.20 favourite Mister Bairnsdale.
P partial Grant
P full Alana Strachan
F duration three years
F quantity 1.3-length
F money $4.20
> By Cameron Nguyen-Hart
P full Cameron Nguyen-Hart
> Sat 24 Oct 2037, 05:41 PM
F date 24 Oct 2037
F time 05:41 PM
> Ebony Fitzgerald-Keane salutes aboard Tarwin Lass in the Sale Cup at Greenwattle. (Image: Racing Photos)
P full Ebony Fitzgerald-Keane
L facility Greenwattle
O media Racing Photos
> Cranbourne trainers Grant and Alana Strachan had to wait until the final 100 metres, but Tarwin Lass delivered them a second Sale Cup in three years at Greenwattle on Saturday.
L city Cranbourne
P partial Grant
P full Alana Strachan
F quantity 100 metres
F duration three years
L facility Greenwattle
> The five-year-old mare ($9.50) settled second-last in the field of 14 under Ebony Fitzgerald-Keane, who switched her to the outside at the 400m and ran down the leader Mister Bairnsdale ($4.20 fav) in the last strides to win by 1.3 lengths in 2:04.61 for the 2000m.
F duration five-year-old
F money $9.50
F number 14
P full Ebony Fitzgerald-Keane
F quantity 400m
F money $4.20
F quantity 1.3 lengths
F duration 2:04.61
F quantity 2000m
> Coastal Dancer ($21) was a long neck away third.
F money $21
> "She's only a little thing but she tries her heart out," Alana Strachan said. "We were worried about the wet track after the rain on Thursday, but she's a Gippsland girl – she's seen worse."
Q direct Alana Strachan :: "She's only a little thing but she tries her heart out,"
P full Alana Strachan
Q direct Alana Strachan :: "We were worried about the wet track after the rain on Thursday, but she's a Gippsland girl – she's seen worse."
L region Gippsland
> Alana Strachan said the mare would now go to the paddock for six weeks before being set for a summer campaign on the Mornington Peninsula.
P full Alana Strachan
F duration six weeks
L region Mornington Peninsula
> Syndicate manager Trent Muir said most of the mare's 31 owners were dairy farmers from around Leongatha and Korumburra, and that about 20 of them had made the two-hour drive across.
P full Trent Muir
F number 31
L city Leongatha
L city Korumburra
F number 20
F duration two-hour
> "There were a few cows milked late tonight, I can tell you that," Muir said.
Q direct Trent Muir :: "There were a few cows milked late tonight, I can tell you that,"
P partial Muir
> The mare, a $38,000 purchase at the Inglis Ready2Race Sale in 2034, has now won seven of her 23 starts and more than $310,000 in prizemoney for the Wattle Flat Racing syndicate.
F money $38,000
F date 2034
F number seven
F number 23
F money $310,000
O other Wattle Flat Racing
> It was a first Sale Cup for Fitzgerald-Keane, 24, who lost her apprentice's claim only in June.
P partial Fitzgerald-Keane
F age 24
> "Grant said to me, 'Don't panic, count to ten after the turn and then go,' and that's what I did," she said.
Q direct Ebony Fitzgerald-Keane :: "Grant said to me, 'Don't panic, count to ten after the turn and then go,' and that's what I did,"
P partial Grant
F number ten
> Mister Bairnsdale's trainer, Pete Kowalski, said the six-year-old had "done everything right" under 59kg, 4.5kg more than the winner carried.
P full Pete Kowalski
F duration six-year-old
Q direct Pete Kowalski :: "done everything right"
F quantity 59kg
F quantity 4.5kg
> "He's had a long prep, so we'll freshen him up now and have a look at the Bairnsdale Cup in March," Kowalski said.
Q direct Pete Kowalski :: "He's had a long prep, so we'll freshen him up now and have a look at the Bairnsdale Cup in March,"
P partial Kowalski
> Sale Turf Club chief executive Leanne O'Halloran said a crowd of about 6,500 had braved the showers, the club's biggest since 2032, and that TAB turnover on the nine-race card was up 11 per cent on last year.
O nonprofit Sale Turf Club
P full Leanne O'Halloran
F number 6,500
F date 2032
O company TAB
F number nine
F percent 11 per cent
> Racing Victoria stewards cleared Fitzgerald-Keane of careless riding after an inquiry into interference near the 200m.
O other Racing Victoria
P partial Fitzgerald-Keane
F quantity 200m
> Earlier on the card, Moe-based trainer Kirsty Abela completed a double with Pink Pavlova ($3.60) in the 1200m maiden and Dusty Creek ($7) in the 1400m handicap.
L city Moe
P full Kirsty Abela
F money $3.60
F quantity 1200m
F money $7
F quantity 1400m
> Race 7 – Sale Cup (2000m)
F quantity 2000m
> 1st Tarwin Lass (6) J: E Fitzgerald-Keane T: Grant & Alana Strachan $9.50
P full E Fitzgerald-Keane
P partial Grant
P full Alana Strachan
F money $9.50
> 2nd Mister Bairnsdale (2) J: L Pike T: P Kowalski $4.20 fav
P full L Pike
P full P Kowalski
F money $4.20
> 3rd Coastal Dancer (11) J: M Haddad T: C Doyle $21
P full M Haddad
P full C Doyle
F money $21
> Margins: 1.3L, LNK
F quantity 1.3L
> Time: 2:04.61
F duration 2:04.61
'''

ARTICLES['568-chatkal-herders-kanysh-kiya-sandalash-jailoo-haul-road-kara-tokoi-gold-kyrgyzstan-eurasianet'] = r'''
> Kyrgyzstan: Herders in Chatkal dig in against gold miner’s road to summer pastures
L country Kyrgyzstan
L region Chatkal
> A haul road through the Sandalash valley has split a district that lives on both sheep and gold.
L geo Sandalash
> Aizada Mamatkerim kyzy
P full Aizada Mamatkerim kyzy
> Jun 9, 2038
F date Jun 9, 2038
> Herders move sheep towards the Sandalash jailoo above Kanysh-Kiya, Jalal-Abad region. (Photo: Aizada Mamatkerim kyzy)
L geo Sandalash
L city Kanysh-Kiya
L region Jalal-Abad
P full Aizada Mamatkerim kyzy
> For three generations, Nurbek Asanbek uulu’s family has driven its sheep up the Sandalash valley each June to the jailoo, the high summer pasture, at about 2,600 meters. This year, the way up runs past a checkpoint.
F number three
P full Nurbek Asanbek uulu
L geo Sandalash
F quantity 2,600 meters
> Kara-Tokoi Mining, a company registered in Bishkek with Chinese and Kyrgyz shareholders, is building a 14-kilometer haul road along the river to reach an open-pit gold deposit it won at auction in 2036. Guards at a barrier below the village of Kanysh-Kiya, which herders have taken to calling “the customs,” now log every herder, horse and truck that passes.
O company Kara-Tokoi Mining
L city Bishkek
F quantity 14-kilometer
F date 2036
L city Kanysh-Kiya
Q scare - :: “the customs,”
> “They ask for our passports to go to land our grandfathers grazed,” said Asanbek uulu, 47, who keeps about 400 sheep and 30 horses. “Last summer the trucks ran all night. The dust lies on the grass like flour, and the ewes will not eat it.”
Q direct Nurbek Asanbek uulu :: “They ask for our passports to go to land our grandfathers grazed,”
P partial Asanbek uulu
F age 47
F number 400
F number 30
Q direct Nurbek Asanbek uulu :: “Last summer the trucks ran all night. The dust lies on the grass like flour, and the ewes will not eat it.”
> On May 28, about 150 herders from Kanysh-Kiya and neighboring Ak-Tash parked their trucks across the road for two days, until officials from the Chatkal district administration and the regional governor’s office in Jalal-Abad agreed to set up a commission.
F date May 28
F number 150
L city Kanysh-Kiya
L city Ak-Tash
F duration two days
L region Chatkal
L city Jalal-Abad
> The commission, chaired by deputy governor Bakytbek Sydykov, is due to report by June 30. In a statement on June 4, the Ministry of Natural Resources, Ecology and Technical Supervision said the company held “all necessary permits” and that the road followed “an existing track used by geologists since Soviet times.”
P full Bakytbek Sydykov
F date June 30
F date June 4
O government Ministry of Natural Resources, Ecology and Technical Supervision
Q direct Ministry of Natural Resources, Ecology and Technical Supervision :: “all necessary permits”
Q direct Ministry of Natural Resources, Ecology and Technical Supervision :: “an existing track used by geologists since Soviet times.”
> The company says the deposit holds 21 tons of gold and that the mine will employ 380 people, most of them from Chatkal district, and pay about 210 million soms ($2.4 million) a year in taxes and fees to the local budget.
F quantity 21 tons
F number 380
L region Chatkal
F money 210 million soms
F money $2.4 million
> “We have widened the road so that herders can pass, and we water it twice a day in summer,” Kara-Tokoi’s deputy director, Ruslan Abdykadyrov, told Eurasianet by phone. “Nobody is stopping anyone from going to the jailoo.”
Q direct Ruslan Abdykadyrov :: “We have widened the road so that herders can pass, and we water it twice a day in summer,”
O company Kara-Tokoi
P full Ruslan Abdykadyrov
O media Eurasianet
Q direct Ruslan Abdykadyrov :: “Nobody is stopping anyone from going to the jailoo.”
> The Kanysh-Kiya Pasture Committee, which divides grazing among some 1,100 households, says the road cuts the only route to four upper pastures and that blasting at the pit has already scattered herds. Its chair, Gulnara Toktosunova, said the committee had asked for the road to be closed to mine traffic between 6 a.m. and 10 a.m. during the June and September migrations.
O nonprofit Kanysh-Kiya Pasture Committee
F number 1,100
F number four
P full Gulnara Toktosunova
F time 6 a.m.
F time 10 a.m.
> “Gold is for ten years, maybe fifteen. The pasture is for always,” she said.
Q direct Gulnara Toktosunova :: “Gold is for ten years, maybe fifteen. The pasture is for always,”
F duration ten years
F duration fifteen
> Gold made up 38 percent of Kyrgyzstan’s exports in 2037, according to the National Statistical Committee, and disputes between mining companies and villages have turned violent before, most often over water and pasture.
F percent 38 percent
L country Kyrgyzstan
F date 2037
O government National Statistical Committee
> “Pasture is the one thing every family in Chatkal still holds in common,” said Azamat Sharshenov, who studies land use at the University of Central Asia’s campus in Naryn. “When a company puts a gate on it, people hear that the land has been sold, whatever the permits say.”
Q direct Azamat Sharshenov :: “Pasture is the one thing every family in Chatkal still holds in common,”
L region Chatkal
P full Azamat Sharshenov
O education University of Central Asia
L city Naryn
Q direct Azamat Sharshenov :: “When a company puts a gate on it, people hear that the land has been sold, whatever the permits say.”
> A district official, who asked not to be named because he was not authorized to speak to the media, said the district had received 3.5 million soms from the company last year for a new school roof in Kanysh-Kiya, and that “half the village works on the road anyway.”
F money 3.5 million soms
L city Kanysh-Kiya
Q direct - :: “half the village works on the road anyway.”
F fraction half
> Asanbek uulu said two of his sons drive trucks for the company. “My sons are on the road, my sheep are on the road,” he said. “Which side am I supposed to stand on?”
P partial Asanbek uulu
F number two
Q direct Nurbek Asanbek uulu :: “My sons are on the road, my sheep are on the road,”
Q direct Nurbek Asanbek uulu :: “Which side am I supposed to stand on?”
> Aizada Mamatkerim kyzy is a journalist based in Jalal-Abad.
P full Aizada Mamatkerim kyzy
L city Jalal-Abad
'''

ARTICLES['569-riding-mountain-west-wild-pigs-canola-trapper-inglis-shellmouth-manitoba-pork-brandon-sun'] = r'''
> Local
> Riding Mountain West asks province for help as wild pigs root up canola
O government Riding Mountain West
> By Mitchell Sawchuk
P full Mitchell Sawchuk
> 4 minute read
F duration 4 minute
> Thursday, May. 14, 2037
F date May. 14, 2037
> A trail camera image shows a sounder of wild pigs crossing a field near Shellmouth last month. (Submitted)
L city Shellmouth
> The RM of Riding Mountain West will ask the province to pay for a full-time trapper after wild pigs tore up more than 300 acres of newly seeded canola near Lake of the Prairies this spring.
O government RM of Riding Mountain West
F quantity 300 acres
L geo Lake of the Prairies
> Council voted 5-2 on Tuesday to write to Manitoba Agriculture asking for $85,000 a year to hire and equip a trapper for the municipality, after Reeve Darlene Kowalchuk told members that farmers in the area were "at the end of their rope."
F number 5-2
O government Manitoba Agriculture
F money $85,000
P full Darlene Kowalchuk
Q direct Darlene Kowalchuk :: "at the end of their rope."
> "We've got guys out checking fields at 2 a.m. with flashlights. That's not farming, that's a second job," Kowalchuk said in an interview Wednesday.
Q direct Darlene Kowalchuk :: "We've got guys out checking fields at 2 a.m. with flashlights. That's not farming, that's a second job,"
F time 2 a.m.
P partial Kowalchuk
> Wild pigs, descended from Eurasian wild boar brought to Manitoba as livestock in the 1980s and 1990s, have spread along the Assiniboine and Shell river valleys. The province's Squeal on Pigs Manitoba program asks people to report sightings rather than shoot the animals, because hunting tends to break up the family groups, known as sounders, and scatter them.
L region Manitoba
F date 1980s
F date 1990s
L geo Assiniboine
L geo Shell
> Harvey Wiebe, who farms 2,800 acres with his son south of Inglis, said he has reseeded 120 acres of canola twice since May. 3.
P full Harvey Wiebe
F quantity 2,800 acres
L city Inglis
F quantity 120 acres
F date May. 3
> "You come out in the morning and it looks like somebody went through with a rototiller," Wiebe said. "At $600 an acre in seed and fertilizer, you don't have to do the math for long."
Q direct Harvey Wiebe :: "You come out in the morning and it looks like somebody went through with a rototiller,"
P partial Wiebe
Q direct Harvey Wiebe :: "At $600 an acre in seed and fertilizer, you don't have to do the math for long."
F money $600
> Municipal staff have counted 41 pigs on trail cameras since January, up from 12 in all of 2036, chief administrative officer Janelle Desrochers told council. The largest boar caught so far, trapped near Shellmouth in April, weighed 187 kilograms.
F number 41
F number 12
F date 2036
P full Janelle Desrochers
L city Shellmouth
F quantity 187 kilograms
> Coun. Brent Olafson, one of the two councillors who voted against the motion, said the RM should first make use of the corral traps the province already lends out. "I don't want us hiring a full-time position and then being on the hook when the grant money dries up," he said.
P full Brent Olafson
F number two
Q direct Brent Olafson :: "I don't want us hiring a full-time position and then being on the hook when the grant money dries up,"
> Manitoba Pork, which represents the province's hog farmers, said in a statement that a single confirmed case of African swine fever in wild pigs "would shut the door on our export markets overnight." The industry is worth about $1.9 billion a year to Manitoba and employs more than 14,000 people, it said.
O nonprofit Manitoba Pork
Q direct Manitoba Pork :: "would shut the door on our export markets overnight."
F money $1.9 billion
L region Manitoba
F number 14,000
> African swine fever has not been found in Canada, according to the Canadian Food Inspection Agency (CFIA).
L country Canada
O government Canadian Food Inspection Agency
O government CFIA
> A spokesperson for Manitoba Agriculture said the department had received the request and would "review it alongside requests from other municipalities." The province spent $1.2 million on wild pig control in 2036-37, the spokesperson said.
O government Manitoba Agriculture
Q direct - :: "review it alongside requests from other municipalities."
F money $1.2 million
F date 2036-37
> Kowalchuk said the pigs appear to be crossing from Saskatchewan along the Assiniboine valley below the Shellmouth Dam, and that the RM has asked its neighbours in Russell-Binscarth and, across the boundary, in the RM of Langenburg No. 181 to share their camera data.
P partial Kowalchuk
L region Saskatchewan
L geo Assiniboine
L facility Shellmouth Dam
L region Russell-Binscarth
L region RM of Langenburg No. 181
> Council will also ask the Association of Manitoba Municipalities (AMM) to raise wild pigs at its June meeting with provincial ministers.
O nonprofit Association of Manitoba Municipalities
O nonprofit AMM
> "If we wait until they're in every quarter section, it's too late," Kowalchuk said. "Ask anybody in Saskatchewan."
Q direct Darlene Kowalchuk :: "If we wait until they're in every quarter section, it's too late,"
P partial Kowalchuk
Q direct Darlene Kowalchuk :: "Ask anybody in Saskatchewan."
L region Saskatchewan
> » msawchuk@brandonsun.com
'''

ARTICLES['570-isabel-province-stop-work-order-sun-ridge-logging-tirokale-hograno-landowners-solomon-star'] = r'''
> News
> ‘We stood on the road’: Isabel halts logging at Tirokale
Q direct Hilda Vuria :: ‘We stood on the road’
L region Isabel
L region Tirokale
> By MERCY HOLAVATU in Buala
P full MERCY HOLAVATU
L city Buala
> Tuesday, 14 April 2037
F date 14 April 2037
> Landowners block the logging road near Kolosori village in the Hograno district last week. Photo: Supplied
L city Kolosori
L region Hograno
> THE Isabel Provincial Government has issued a stop-work order against a Malaysian-owned logging company operating on Tirokale customary land in the Hograno district, after more than 200 landowners blocked its road for a week.
O government Isabel Provincial Government
L region Tirokale
L region Hograno
F number 200
> Provincial Minister for Natural Resources Japhet Kikolo told the Solomon Star yesterday that Sun Ridge (SI) Co. Ltd had been ordered to pull its machines back to its log pond at Tatamba until a dispute over the boundary of its felling licence is settled.
P full Japhet Kikolo
O media Solomon Star
O company Sun Ridge (SI) Co. Ltd
L city Tatamba
> “The province will not allow any company to cut trees on land where the owners have not given their consent,” Mr Kikolo said.
Q direct Japhet Kikolo :: “The province will not allow any company to cut trees on land where the owners have not given their consent,”
P partial Kikolo
> He said a provincial survey showed the company had felled about 3,400 cubic metres of logs inside Tirokale land, which lies outside the area covered by its licence, A10387.
F quantity 3,400 cubic metres
L region Tirokale
> The landowners say the company crossed the Kolokofa River boundary in January and has since pushed a road 6 kilometres into their forest, damaging food gardens and two water sources used by Kolosori and Hovukoilo villages.
L geo Kolokofa River
F quantity 6 kilometres
F number two
L city Kolosori
L city Hovukoilo
> “Mifala no agree long disfala kampani. Olketa katem tri long graon blong mifala an olketa no pei,” said Ezekiel Tengemoa, chairman of the Nakaosa tribe, which holds Tirokale land under custom. (We do not agree with this company. They cut trees on our land and they do not pay.)
Q direct Ezekiel Tengemoa :: “Mifala no agree long disfala kampani. Olketa katem tri long graon blong mifala an olketa no pei,”
P full Ezekiel Tengemoa
O other Nakaosa
L region Tirokale
> Mr Tengemoa said the tribe had filed a trespass claim in the High Court in Honiara seeking SBD$2.6 million in damages, and would ask the court for an injunction if the company returned to the area.
P partial Tengemoa
O government High Court
L city Honiara
F money SBD$2.6 million
> Sun Ridge’s camp manager at Tatamba, Ting Hock Seng, said the company had been cutting “within the boundary shown on the map given to us by the Ministry of Forestry and Research” and would cooperate with the province.
O company Sun Ridge
L city Tatamba
P full Ting Hock Seng
Q direct Ting Hock Seng :: “within the boundary shown on the map given to us by the Ministry of Forestry and Research”
O government Ministry of Forestry and Research
> “We have 86 workers, most of them from Isabel. If we stop for one month, they do not get paid,” Mr Ting said.
Q direct Ting Hock Seng :: “We have 86 workers, most of them from Isabel. If we stop for one month, they do not get paid,”
F number 86
L region Isabel
F duration one month
P partial Ting
> In a statement, the Ministry of Forestry and Research said it would send forestry officers to Hograno next week “to verify the licence boundary in the presence of both parties”.
O government Ministry of Forestry and Research
L region Hograno
Q direct Ministry of Forestry and Research :: “to verify the licence boundary in the presence of both parties”
> Round logs remain Solomon Islands’ largest export. Figures from the Central Bank of Solomon Islands (CBSI) show log exports earned SBD$1.9 billion in 2036, about 55 percent of the value of all exports, although volumes have now fallen for four years in a row.
L country Solomon Islands
O government Central Bank of Solomon Islands
O government CBSI
F money SBD$1.9 billion
F date 2036
F percent 55 percent
F duration four years
> Women from Kolosori, who now walk 2 kilometres further for water since their creek turned brown, said they had joined the blockade with their children.
L city Kolosori
F quantity 2 kilometres
> “Our grandchildren will ask us where the forest went. We want to be able to tell them we stood on the road,” said Hilda Vuria, 52, a member of the Mothers’ Union.
Q direct Hilda Vuria :: “Our grandchildren will ask us where the forest went. We want to be able to tell them we stood on the road,”
P full Hilda Vuria
F age 52
O nonprofit Mothers’ Union
> The blockade was lifted on Sunday after police officers from Buala, supported by the Royal Solomon Islands Police Force (RSIPF) in Honiara, met both sides. No arrests were made.
L city Buala
O government Royal Solomon Islands Police Force
O government RSIPF
L city Honiara
> The provincial executive will meet the landowners and the company in Buala on 28 April.
L city Buala
F date 28 April
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
