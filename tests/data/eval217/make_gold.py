#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval217 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval217/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1345-kaligandaki-gorge-royalty-row-myagdi-parbat-kathmandu-post'] = r'''
> Gandaki Province
L region Gandaki Province
> Myagdi and Parbat locked in row over royalty from Kaligandaki Gorge project
L region Myagdi
L region Parbat
L facility Kaligandaki Gorge
> Local units on both banks claim the bigger share of Rs 1.2 billion in annual royalty; energy minister promises a decision ‘within a month’
F money Rs 1.2 billion
Q direct Sarita Rokaya Shahi :: ‘within a month’
> Bimala Thapa Magar
P full Bimala Thapa Magar
> Published at : April 22, 2040
F date April 22, 2040
> Updated at : April 22, 2040 19:40
F date April 22, 2040
F time 19:40
> The 186-metre dam of the Kaligandaki Gorge project near Beni, seen on Sunday. Post Photo: Bimala Thapa Magar
F quantity 186-metre
L facility Kaligandaki Gorge
L city Beni
O media Post
P full Bimala Thapa Magar
> Local governments on the two banks of the Kali Gandaki are locked in a dispute over who should receive the royalty from a 612 MW storage hydropower project with Myagdi and Parbat each claiming the larger share of Rs 1.2 billion due this fiscal year.
F number two
L geo Kali Gandaki
F quantity 612 MW
L region Myagdi
L region Parbat
F money Rs 1.2 billion
> The Kaligandaki Gorge Storage Hydropower Project, built by the Nepal Electricity Authority (NEA) has its dam and a 23-kilometre reservoir in Beni Municipality of Myagdi. Its underground powerhouse, however, lies 9 kilometres downstream across the river in Jaljala Rural Municipality of Parbat, where the water re-enters the Kali Gandaki.
O government Nepal Electricity Authority
O government NEA
F quantity 23-kilometre
L region Beni Municipality
L region Myagdi
F quantity 9 kilometres
L region Jaljala Rural Municipality
L region Parbat
L geo Kali Gandaki
> Under the Intergovernmental Fiscal Arrangement Act, half of a project’s royalty goes to the federal government and a quarter each to the province and to the local units of the so-called “affected area”. The Act does not say how that share is to be divided when a dam and a powerhouse stand in different districts.
F fraction half
F fraction a quarter
Q scare - :: “affected area”
> “The dam is in Myagdi, the reservoir is in Myagdi and the 340 families who gave up their fields are in Myagdi. The royalty must follow the dam,” said Beni Mayor Dil Bahadur Garbuja Pun.
Q direct Dil Bahadur Garbuja Pun :: “The dam is in Myagdi, the reservoir is in Myagdi and the 340 families who gave up their fields are in Myagdi. The royalty must follow the dam,”
L region Myagdi
L region Myagdi
F number 340
L region Myagdi
L city Beni
P full Dil Bahadur Garbuja Pun
> “Parbat has a powerhouse and a tailrace. We have a lake where our villages used to be. If Kathmandu divides the money by the length of the tunnel, it is rewarding the wrong side of the river.
Q direct Dil Bahadur Garbuja Pun :: “Parbat has a powerhouse and a tailrace. We have a lake where our villages used to be. If Kathmandu divides the money by the length of the tunnel, it is rewarding the wrong side of the river.
L region Parbat
L city Kathmandu
> “We will not accept a single rupee less than 70 percent of the local share,” Garbuja Pun said.
Q direct Dil Bahadur Garbuja Pun :: “We will not accept a single rupee less than 70 percent of the local share,”
F percent 70 percent
P partial Garbuja Pun
> Jaljala Rural Municipality chair Mina Kumari Paudel said the 1,400 households nearest the powerhouse had lived with blasting and dust for six years of tunnelling, and that Parbat should receive at least 45 percent.
L region Jaljala Rural Municipality
P full Mina Kumari Paudel
F number 1,400
F duration six years
L region Parbat
F percent 45 percent
> “Without the powerhouse there is no electricity and no royalty. Myagdi cannot count the water and forget the turbines,” Paudel told the Post on Monday.
Q direct Mina Kumari Paudel :: “Without the powerhouse there is no electricity and no royalty. Myagdi cannot count the water and forget the turbines,”
L region Myagdi
P partial Paudel
O media Post
> The project generated 1,180 gigawatt-hours in its first three months, according to the NEA, which sells the power to the national grid and to India under a 25-year agreement. Royalty for the 2096-97 fiscal year is estimated at Rs 1.2 billion, of which Rs 300 million would go to local units.
F quantity 1,180 gigawatt-hours
F duration three months
O government NEA
L country India
F duration 25-year
F date 2096-97
F money Rs 1.2 billion
F money Rs 300 million
> Energy Minister Sarita Rokaya Shahi said on Monday that her ministry had formed a three-member committee to propose a formula. “We will not let a royalty dispute stop a project that the whole country paid for,” she said, adding that a decision would come “within a month”.
P full Sarita Rokaya Shahi
F number three
Q direct Sarita Rokaya Shahi :: “We will not let a royalty dispute stop a project that the whole country paid for,”
Q direct Sarita Rokaya Shahi :: “within a month”
> An official at the Ministry of Federal Affairs and General Administration, who asked not to be named, said at least two other projects, in Dolakha and Sankhuwasabha, faced similar claims. “If we settle Kaligandaki badly, we will have the same fight on every river,” the official said.
O government Ministry of Federal Affairs and General Administration
F number two
L region Dolakha
L region Sankhuwasabha
Q direct - :: “If we settle Kaligandaki badly, we will have the same fight on every river,”
L facility Kaligandaki
> Gandaki’s provincial assembly is scheduled to discuss the dispute on May 3. Until then, the NEA has said it will hold the local share in an escrow account at Nepal Rastra Bank.
L region Gandaki
F date May 3
O government NEA
O government Nepal Rastra Bank
'''

ARTICLES['1346-padres-walk-off-pirates-tavares-quinones-petco-park-mlb-com'] = r'''
> Padres
O team Padres
> Tavares-Quiñones Homers Twice as Padres Outlast Pirates in 10
P partial Tavares-Quiñones
O team Padres
O team Pirates
F number 10
> Rookie's walk-off single ends a 4-hour, 12-minute game at Petco Park; Pittsburgh's Kealoha strikes out 11
F duration 4-hour
F duration 12-minute
L facility Petco Park
O team Pittsburgh
P partial Kealoha
F number 11
> By Teodora Lindqvist
P full Teodora Lindqvist
> April 18th, 2040
F date April 18th, 2040
> Luis Tavares-Quiñones rounds the bases after his second homer of the night on Wednesday. (Photo by Kenji Maruyama/Getty Images)
P full Luis Tavares-Quiñones
P full Kenji Maruyama
O media Getty Images
> SAN DIEGO -- Luis Tavares-Quiñones had never hit a home run at Petco Park before Wednesday night. He hit two, and then watched rookie Darnell Achterberg finish the job.
L city SAN DIEGO
P full Luis Tavares-Quiñones
L facility Petco Park
F number two
P full Darnell Achterberg
> Achterberg lined a single into left field with the bases loaded and one out in the 10th inning, lifting the Padres to a 6-5 walk-off win over the Pirates in a game that lasted 4 hours, 12 minutes and used 13 pitchers.
P partial Achterberg
F number one
O team Padres
F score 6-5
O team Pirates
F duration 4 hours
F duration 12 minutes
F number 13
> San Diego (11-7) has won five of its last six games. Pittsburgh (8-10) has lost four straight on a 10-game road trip.
O team San Diego
F score 11-7
F number five
F number six
O team Pittsburgh
F score 8-10
F number four
F number 10
> "I was just trying to put it in play, honestly," Achterberg said. "He'd been throwing me sliders all night, and I told myself, 'Don't chase the first one.' He left a fastball up and I didn't miss it."
Q direct Darnell Achterberg :: "I was just trying to put it in play, honestly,"
P partial Achterberg
Q direct Darnell Achterberg :: "He'd been throwing me sliders all night, and I told myself, 'Don't chase the first one.' He left a fastball up and I didn't miss it."
> Tavares-Quiñones, 31, went 3-for-5 with four RBIs. His two-run homer in the second inning came on a 97.8 mph sinker from Pirates starter Kainoa Kealoha and traveled 421 feet to right-center, according to Statcast.
P partial Tavares-Quiñones
F age 31
F number 3-for-5
F number four
F number two
F quantity 97.8 mph
O team Pirates
P full Kainoa Kealoha
F quantity 421 feet
> He added a two-run shot off reliever Bram Oosterhuis in the eighth to tie the game 5-5.
F number two
P full Bram Oosterhuis
F score 5-5
> Achterberg, 23, was called up from Triple-A El Paso on Monday when shortstop Marco DiLorenzo went on the 10-day injured list with a strained left hamstring. It was his first career walk-off hit.
P partial Achterberg
F age 23
O team El Paso
P full Marco DiLorenzo
F duration 10-day
> "The kid deserves it. I just tried to give him a chance," Tavares-Quiñones said.
Q direct Luis Tavares-Quiñones :: "The kid deserves it. I just tried to give him a chance,"
P partial Tavares-Quiñones
> "That's the best I've seen Luis swing it since Spring Training," Padres manager Ernesto "Neto" Villaseñor said. "He's been fighting himself for two weeks. Tonight he just let it go."
Q direct Ernesto Villaseñor :: "That's the best I've seen Luis swing it since Spring Training,"
P partial Luis
O team Padres
P full Ernesto "Neto" Villaseñor
Q scare - :: "Neto"
Q direct Ernesto Villaseñor :: "He's been fighting himself for two weeks. Tonight he just let it go."
F duration two weeks
> Kealoha struck out 11 over 6 2/3 innings and allowed three runs on five hits. The right-hander has 34 strikeouts in his first four starts, most in the National League.
P partial Kealoha
F number 11
F number 6 2/3
F number three
F number five
F number 34
F number four
O other National League
> "You can't ask for more from him," Pirates manager Gil Brannigan said. "We had our chances. We left 12 men on base."
Q direct Gil Brannigan :: "You can't ask for more from him,"
O team Pirates
P full Gil Brannigan
Q direct Gil Brannigan :: "We had our chances. We left 12 men on base."
F number 12
> Pittsburgh led 5-3 in the seventh after Josh Ekwueme-Hart's two-run double, but Padres closer Ryo Matsunaga escaped a bases-loaded jam in the ninth and threw 31 pitches to keep it tied.
O team Pittsburgh
F score 5-3
P full Josh Ekwueme-Hart
F number two
O team Padres
P full Ryo Matsunaga
F number 31
> The crowd of 38,412 was the largest at Petco Park this season, and many of them stayed to chant Achterberg's name after he was doused with sunflower seeds near first base.
F number 38,412
L facility Petco Park
P partial Achterberg
> Matsunaga (2-0) earned the win. Oosterhuis (0-2) took the loss.
P partial Matsunaga
F score 2-0
P partial Oosterhuis
F score 0-2
> Up next: The Padres open a three-game series against the Dodgers on Friday at 7:10 p.m. PT, with left-hander Caleb Wojcik (2-1, 3.12 ERA) on the mound. The Pirates head home to face Houston, with Tomás Ferreira (1-2, 4.85 ERA) starting Friday.
O team Padres
F number three
O team Dodgers
F time 7:10 p.m. PT
P full Caleb Wojcik
F score 2-1
F number 3.12
O team Pirates
O team Houston
P full Tomás Ferreira
F score 1-2
F number 4.85
'''

ARTICLES['1347-storm-bay-salmon-deaths-inquiry-nubeena-legislative-council-abc-news'] = r'''
> ABC Hobart
O media ABC Hobart
> Salmon inquiry told 1,100 tonnes of dead fish were trucked past Nubeena homes
F quantity 1,100 tonnes
L city Nubeena
> By Harriet Lowes-Kemp
P full Harriet Lowes-Kemp
> Posted Wed 10 Oct 2040 at 6:14am, updated Wed 10 Oct 2040 at 11:02am
F date 10 Oct 2040
F time 6:14am
F date 10 Oct 2040
F time 11:02am
> Residents say trucks carrying dead salmon ran through Nubeena for nine days. (ABC News: Tom Varga-Li)
L city Nubeena
F duration nine days
O media ABC News
P full Tom Varga-Li
> In short:
> A parliamentary inquiry has heard a salmon company took nine days to tell the EPA about a mass fish death in Storm Bay.
F duration nine days
O government EPA
L geo Storm Bay
> The company blames warm water and says 85 jobs are under review.
F number 85
> What's next?
> The inquiry holds its next hearing in Snug on November 6.
L city Snug
F date November 6
> A Tasmanian salmon company waited nine days before telling the state's environment regulator that about 1.6 million fish had died in its Storm Bay pens, a parliamentary inquiry has heard.
F duration nine days
F number 1.6 million
L geo Storm Bay
> The Legislative Council's inquiry into the fin-fish industry sat in Nubeena on Tuesday, its first hearing outside Hobart, after a mortality event at three leases off the Tasman Peninsula in February.
O government Legislative Council
L city Nubeena
L city Hobart
F number three
L geo Tasman Peninsula
> Southern Reach Salmon chief executive Margit Halvorsen told the committee the company had reported the deaths "as soon as we understood the scale", on February 23.
O company Southern Reach Salmon
P full Margit Halvorsen
Q direct Margit Halvorsen :: "as soon as we understood the scale"
F date February 23
> "We had divers in the water from day one. Nobody was hiding anything," Ms Halvorsen said.
Q direct Margit Halvorsen :: "We had divers in the water from day one. Nobody was hiding anything,"
P partial Halvorsen
> But Environment Protection Authority (EPA) documents tabled at the hearing show staff at the company's Dunalley office logged "unusual losses" at its Wedge Island lease on February 14.
O government Environment Protection Authority
O government EPA
L city Dunalley
Q direct - :: "unusual losses"
L geo Wedge Island
F date February 14
> The inquiry's chair, the independent Member for Nelson, Rosa Tanaka-Byrne, said the gap between the two dates was "not a rounding error".
L region Nelson
P full Rosa Tanaka-Byrne
F number two
Q direct Rosa Tanaka-Byrne :: "not a rounding error"
> "For nine days, 40 to 60 truckloads a day of rotting fish went up the Nubeena Road and over the Dunalley bridge, and the regulator didn't know," she said.
Q direct Rosa Tanaka-Byrne :: "For nine days, 40 to 60 truckloads a day of rotting fish went up the Nubeena Road and over the Dunalley bridge, and the regulator didn't know,"
F duration nine days
F number 40
F number 60
L street Nubeena Road
L facility Dunalley
> Priya Raman-Scott, a marine ecologist at the Institute for Marine and Antarctic Studies in Hobart, told the hearing that water in Storm Bay had reached 21.4 degrees in mid-February, "well above" what farmed Atlantic salmon tolerate.
P full Priya Raman-Scott
O education Institute for Marine and Antarctic Studies
L city Hobart
L geo Storm Bay
F quantity 21.4 degrees
Q direct Priya Raman-Scott :: "well above"
> White Beach resident Ngaire McAllister, 67, said the smell of what locals called the "mort run" reached her house 4 kilometres from the pens.
L city White Beach
P full Ngaire McAllister
F age 67
Q scare - :: "mort run"
F quantity 4 kilometres
> "You couldn't hang washing out. The kids at Tasman District School were kept inside at lunch," she said.
Q direct Ngaire McAllister :: "You couldn't hang washing out. The kids at Tasman District School were kept inside at lunch,"
O education Tasman District School
> The company processed about 1,100 tonnes of the dead fish at a rendering plant near Triabunna and sent 2,300 tonnes to landfill at Copping, according to figures it gave the committee.
F quantity 1,100 tonnes
L city Triabunna
F quantity 2,300 tonnes
L city Copping
> Ms Halvorsen said the losses would cost Southern Reach about $48 million, or 14 per cent of its annual revenue, and that 85 of its 410 jobs at Dover and Kettering were "under review".
P partial Halvorsen
O company Southern Reach
F money $48 million
F percent 14 per cent
F number 85
F number 410
L city Dover
L city Kettering
Q direct Margit Halvorsen :: "under review"
> An EPA spokesperson said the authority was "reviewing the timeline" and could issue fines of up to $1.2 million under the Environmental Management and Pollution Control Act 1994.
O government EPA
Q direct - :: "reviewing the timeline"
F money $1.2 million
> The committee is due to report by March 31, 2041.
F date March 31, 2041
'''

ARTICLES['1348-norway-wealth-fund-excludes-deep-sea-miners-norges-bank-reuters'] = r'''
> Sustainable Business
> Norway's $2.1 trillion wealth fund drops deep-sea miners after ethics review
L country Norway
F money $2.1 trillion
> By Ingrid Solbakken and Mattias Ødegård
P full Ingrid Solbakken
P full Mattias Ødegård
> March 6, 2040 11:27 AM GMT+1
F date March 6, 2040
F time 11:27 AM GMT+1
> The logo of Norges Bank is seen at its headquarters in Oslo, Norway, February 2, 2040. REUTERS/Henrik Lysaker-Moe
O government Norges Bank
L city Oslo
L country Norway
F date February 2, 2040
O media REUTERS
P full Henrik Lysaker-Moe
> OSLO, March 6 (Reuters) - Norway's 21 trillion crown ($2.1 trillion) sovereign wealth fund will sell its stakes in five deep-sea mining companies worth a combined 4.8 billion crowns, the central bank, which manages the fund, said on Tuesday.
L city OSLO
F date March 6
O media Reuters
L country Norway
F money 21 trillion crown
F money $2.1 trillion
F number five
F money 4.8 billion crowns
> The Council on Ethics, an independent body that advises the fund, said in a recommendation published alongside the decision that the companies' exploration work in the Pacific's Clarion-Clipperton Zone carried "an unacceptable risk of severe and irreversible environmental damage".
O government Council on Ethics
L geo Pacific
L geo Clarion-Clipperton Zone
Q direct Council on Ethics :: "an unacceptable risk of severe and irreversible environmental damage"
> Among the companies excluded are Vancouver-based Abyssal Metals Corp and London-listed Pelagia Resources Plc, in which the fund held stakes of 2.4% and 1.9% respectively at the end of 2039, according to its annual report.
L city Vancouver
O company Abyssal Metals Corp
L city London
O company Pelagia Resources Plc
F percent 2.4%
F percent 1.9%
F date 2039
> "Investors cannot price a risk that science cannot yet measure," the council's chair, Sigrid Aune Berntsen, told Reuters. "When the uncertainty is this large, the precautionary principle has to decide."
Q direct Sigrid Aune Berntsen :: "Investors cannot price a risk that science cannot yet measure,"
P full Sigrid Aune Berntsen
O media Reuters
Q direct Sigrid Aune Berntsen :: "When the uncertainty is this large, the precautionary principle has to decide."
> Berntsen said the council had spent 18 months reviewing the companies and had met two of them in Oslo in November.
P partial Berntsen
F duration 18 months
F number two
L city Oslo
> Abyssal Metals said in a statement it was "disappointed" by the decision and that its environmental studies were "the most comprehensive ever conducted" in the deep ocean. Its shares fell 6.3% in Toronto by 1040 GMT.
O company Abyssal Metals
Q direct Abyssal Metals Corp :: "disappointed"
Q direct Abyssal Metals Corp :: "the most comprehensive ever conducted"
F percent 6.3%
L city Toronto
F time 1040 GMT
> Pelagia did not respond to a request for comment.
O company Pelagia
> The fund, run by Norges Bank Investment Management (NBIM), owns about 1.5% of all listed shares worldwide. Its chief executive, Halvard Nesje Lund, said last month the fund would "not be an activist for the sake of it" but would follow the ethical guidelines set by parliament.
O government Norges Bank Investment Management
O government NBIM
F percent 1.5%
P full Halvard Nesje Lund
Q direct Halvard Nesje Lund :: "not be an activist for the sake of it"
> The fund, which invests Norway's oil and gas revenue abroad and was worth 21.3 trillion crowns at the end of February, has excluded more than 180 companies since its ethical guidelines were adopted in 2004, including tobacco makers and producers of nuclear weapons.
L country Norway
F money 21.3 trillion crowns
F number 180
F date 2004
> Finance Minister Kari Elvestad Moen said the ministry, which sets the guidelines, backed all five exclusions. "Norway will not finance in the deep sea what we have chosen not to do on our own shelf," she said in a statement.
P full Kari Elvestad Moen
F number five
Q direct Kari Elvestad Moen :: "Norway will not finance in the deep sea what we have chosen not to do on our own shelf,"
L country Norway
> Tormod Vassbotn, head of responsible investment at Oslo-based pension company KLP, said other state funds would follow. "Other funds watch what Oslo does. If the largest fund in the world says seabed mining is not investable today,
P full Tormod Vassbotn
L city Oslo
O company KLP
Q direct Tormod Vassbotn :: "Other funds watch what Oslo does. If the largest fund in the world says seabed mining is not investable today,
L city Oslo
> "it becomes much harder for these companies to raise capital in Europe," he said.
Q direct Tormod Vassbotn :: "it becomes much harder for these companies to raise capital in Europe,"
L continent Europe
> The five companies together employ about 2,600 people, most of them in Canada, Britain and Singapore.
F number five
F number 2,600
L country Canada
L country Britain
L country Singapore
> (Reporting by Ingrid Solbakken and Mattias Ødegård in Oslo; Editing by Rhona Castellanos)
P full Ingrid Solbakken
P full Mattias Ødegård
L city Oslo
P full Rhona Castellanos
> ($1 = 10.02 Norwegian crowns)
F money $1
F money 10.02 Norwegian crowns
'''

ARTICLES['1349-hatem-bridge-rebuild-contract-havre-de-grace-perryville-mdta-baltimore-sun'] = r'''
> Maryland News
L region Maryland
> $1.4 Billion Contract Awarded to Rebuild Hatem Bridge Over the Susquehanna
F money $1.4 Billion
L facility Hatem Bridge
L geo Susquehanna
> Two lanes in each direction will stay open during the five-year job, the Maryland Transportation Authority says; Cecil County delegates want a toll freeze
F number Two
F duration five-year
O government Maryland Transportation Authority
L region Cecil County
> By Kendra Oyelaran-Briggs | Baltimore Sun
P full Kendra Oyelaran-Briggs
O media Baltimore Sun
> PUBLISHED: June 14, 2040 at 5:48 PM EDT | UPDATED: June 14, 2040 at 7:15 PM EDT
F date June 14, 2040
F time 5:48 PM EDT
F date June 14, 2040
F time 7:15 PM EDT
> Traffic crosses the Thomas J. Hatem Memorial Bridge between Havre de Grace and Perryville on Tuesday. The 1940 span carries U.S. 40 over the Susquehanna River. (Wesley Tran-Morrow/Staff)
L facility Thomas J. Hatem Memorial Bridge
L city Havre de Grace
L city Perryville
F date 1940
L street U.S. 40
L geo Susquehanna River
P full Wesley Tran-Morrow
> The Maryland Transportation Authority board voted 7-1 on Thursday to award a $1.4 billion contract to rebuild the Thomas J. Hatem Memorial Bridge, the 100-year-old toll span that carries U.S. 40 across the Susquehanna River between Harford and Cecil counties.
O government Maryland Transportation Authority
F number 7-1
F money $1.4 billion
L facility Thomas J. Hatem Memorial Bridge
F duration 100-year-old
L street U.S. 40
L geo Susquehanna River
L region Harford
L region Cecil
> The contract went to Susquehanna Crossing Partners, a joint venture of Pittsburgh's Granite Ridge Constructors and Towson-based Reinholt & Dyer. The authority, known as MDTA, said the new bridge would open to traffic in late 2045 and the old span would be demolished by 2046.
O company Susquehanna Crossing Partners
L city Pittsburgh
O company Granite Ridge Constructors
L city Towson
O company Reinholt & Dyer
O government MDTA
F date 2045
F date 2046
> MDTA Executive Director Raymond Okonjo-Till said the 1,460-foot replacement would have four 12-foot lanes, 10-foot shoulders and a separated path for walkers and cyclists, something the current bridge has never had.
O government MDTA
P full Raymond Okonjo-Till
F quantity 1,460-foot
F number four
F quantity 12-foot
F quantity 10-foot
> "This bridge has outlived everyone who built it," Okonjo-Till said. "We are not going to let it outlive its safety margins."
Q direct Raymond Okonjo-Till :: "This bridge has outlived everyone who built it,"
P partial Okonjo-Till
Q direct Raymond Okonjo-Till :: "We are not going to let it outlive its safety margins."
> The authority will pay for the work with toll revenue and $310 million in federal grants, Okonjo-Till said.
F money $310 million
P partial Okonjo-Till
> Inspectors rated the bridge's deck in poor condition in 2038, and since March trucks heavier than 40 tons have been barred, pushing about 2,100 a day onto Interstate 95 and the Millard E. Tydings Memorial Bridge upstream.
F date 2038
F quantity 40 tons
F number 2,100
L street Interstate 95
L facility Millard E. Tydings Memorial Bridge
> Del. Marisa Kowalczyk-Dunn, a Cecil County Republican, said the authority should freeze the $8 toll for E-ZPass users from Perryville, North East and Port Deposit until the new bridge opens.
P full Marisa Kowalczyk-Dunn
L region Cecil County
F money $8
L city Perryville
L city North East
L city Port Deposit
> "My constituents already pay to cross their own river twice a day. Now they'll pay for five years of orange barrels and 25 mph work zones on top of it.
Q direct Marisa Kowalczyk-Dunn :: "My constituents already pay to cross their own river twice a day. Now they'll pay for five years of orange barrels and 25 mph work zones on top of it.
F duration five years
F quantity 25 mph
> "If the state can find $1.4 billion for a bridge, it can find a way to give Cecil County a break," Kowalczyk-Dunn said.
Q direct Marisa Kowalczyk-Dunn :: "If the state can find $1.4 billion for a bridge, it can find a way to give Cecil County a break,"
F money $1.4 billion
L region Cecil County
P partial Kowalczyk-Dunn
> Del. Anthony Brisco-Vela, a Havre de Grace Democrat, backed the contract but said downtown merchants needed a detour plan before work starts in April 2041. "Union Avenue can't become a truck route," he said.
P full Anthony Brisco-Vela
L city Havre de Grace
F date April 2041
Q direct Anthony Brisco-Vela :: "Union Avenue can't become a truck route,"
L street Union Avenue
> An MDTA official who was not authorized to speak publicly said a toll freeze would cost the authority about $3.2 million a year and was "not on the table" for now.
O government MDTA
F money $3.2 million
Q direct - :: "not on the table"
> The old bridge, known to truckers as "the washboard," will carry traffic until its replacement is finished alongside it, 60 feet downstream. The state Board of Public Works must still approve the contract on July 9.
Q scare - :: "the washboard,"
F quantity 60 feet
O government Board of Public Works
F date July 9
'''

ARTICLES['1350-tube-fares-rise-zone-1-city-hall-tfl-evening-standard'] = r'''
> Transport
> Tube fares to rise 5.8 per cent as City Hall ends two-year freeze
F percent 5.8 per cent
O government City Hall
F duration two-year
> A Zone 1 pay-as-you-go single will cost £3.20 from 3 March, while the daily cap for Zones 1-2 goes up to £9.40
L region Zone 1
F money £3.20
F date 3 March
L region Zones 1-2
F money £9.40
> By Nadia Okwuosa
P full Nadia Okwuosa
> Tuesday 4 December 2040 14:52 GMT
F date 4 December 2040
F time 14:52 GMT
> Passengers at the ticket barriers at Stratford station. Fares will rise across the network in March (Jeremy Allcott-Reyes)
L facility Stratford
P full Jeremy Allcott-Reyes
> Tube and bus fares will rise by an average of 5.8 per cent next year, City Hall confirmed today, ending a two-year freeze that has cost Transport for London an estimated £610 million in lost income.
F percent 5.8 per cent
O government City Hall
F duration two-year
O government Transport for London
F money £610 million
> From 3 March, an adult pay-as-you-go Tube journey within Zone 1 will cost £3.20, up from £3, and a single bus fare will go up 15p to £2.05. The daily cap for Zones 1-2 will rise from £8.90 to £9.40.
F date 3 March
L region Zone 1
F money £3.20
F money £3
F money 15p
F money £2.05
L region Zones 1-2
F money £8.90
F money £9.40
> The Deputy Mayor for Transport, Olamide Fairweather-Hughes, said the rise was “the minimum needed to keep trains running on time”. “Nobody wants to pay more to travel, and I know Londoners are stretched,” she said.
P full Olamide Fairweather-Hughes
Q direct Olamide Fairweather-Hughes :: “the minimum needed to keep trains running on time”
Q direct Olamide Fairweather-Hughes :: “Nobody wants to pay more to travel, and I know Londoners are stretched,”
> “But the alternative was cutting 40 bus routes in outer London, and the Mayor was not prepared to do that.
Q direct Olamide Fairweather-Hughes :: “But the alternative was cutting 40 bus routes in outer London, and the Mayor was not prepared to do that.
F number 40
L city London
> “Every penny raised goes back into the network.”
Q direct Olamide Fairweather-Hughes :: “Every penny raised goes back into the network.”
> The freeze had been announced in December 2038 as a cost-of-living measure.
F date December 2038
> TfL said the rise would bring in about £245 million in 2041-42 and that ridership, at 4.1 million Tube journeys a day, was still 6 per cent below its 2019 level.
O government TfL
F money £245 million
F date 2041-42
F number 4.1 million
F percent 6 per cent
F date 2019
> At Stratford this morning, commuters were unimpressed. “I pay £3 now and it’ll be £3.20 in March. My wages aren’t going up by 6 per cent,” said Kemi Adeyinka-Foster, 29, a nurse at the Royal London Hospital in Whitechapel.
L city Stratford
Q direct Kemi Adeyinka-Foster :: “I pay £3 now and it’ll be £3.20 in March. My wages aren’t going up by 6 per cent,”
F money £3
F money £3.20
F percent 6 per cent
P full Kemi Adeyinka-Foster
F age 29
O other Royal London Hospital
L city Whitechapel
> London TravelWatch, the capital’s transport watchdog, called the increase “a bitter pill” for outer-London commuters. Its chief executive, Colm Ó Riordáin, said: “Someone travelling from Upminster to Bank five days a week will pay £312 more a year. That is real money for people in Zone 6.”
O government London TravelWatch
Q direct London TravelWatch :: “a bitter pill”
L city London
P full Colm Ó Riordáin
Q direct Colm Ó Riordáin :: “Someone travelling from Upminster to Bank five days a week will pay £312 more a year. That is real money for people in Zone 6.”
L facility Upminster
L facility Bank
F duration five days
F money £312
L region Zone 6
> The London Assembly’s Conservative group leader, Piers Wexley-Trent, called the rise “a tax on going to work” and said the Mayor should have cut spending at City Hall instead.
O government London Assembly
P full Piers Wexley-Trent
Q direct Piers Wexley-Trent :: “a tax on going to work”
O government City Hall
> The RMT union, which represents most station staff, said the increase would do nothing for staff at the 14 ticket offices it says TfL plans to shut by 2043.
O nonprofit RMT
F number 14
O government TfL
F date 2043
> A TfL source said a further rise of “around 4 per cent” was pencilled in for 2042.
O government TfL
Q direct - :: “around 4 per cent”
F percent 4 per cent
F date 2042
> Holders of the Freedom Pass, which gives free travel to Londoners aged 66 and over, are not affected. Paper tickets bought before 3 March, including weekly Travelcards, can be used until 31 May. The Mayor is expected to sign the decision on 11 December.
F age 66
F date 3 March
F date 31 May
F date 11 December
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
