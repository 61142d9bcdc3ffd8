#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval331 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval331/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['2029-ngamiland-foot-and-mouth-outbreak-shorobe-maun-dvs-kgosi-mmegi'] = r'''
> Agriculture
> FMD outbreak shuts down cattle movement in Ngamiland
L region Ngamiland
> Vets cull 1,400 head of cattle as farmers around Maun count their losses
F number 1,400
L city Maun
> KAONE SEBEGO, Staff Writer
P full KAONE SEBEGO
> Friday 14 June 2041
F date 14 June 2041
> Veterinary officers inspect cattle at a crush pen outside Shorobe on Wednesday. PIC: THATAYAONE MOGAPI
L city Shorobe
P full THATAYAONE MOGAPI
> MAUN: The Department of Veterinary Services (DVS) has suspended all cattle movement in Ngamiland after foot-and-mouth disease (FMD) was confirmed in two herds at Shorobe, 40 kilometres north-east of Maun.
L city MAUN
O government Department of Veterinary Services
O government DVS
L region Ngamiland
F number two
L city Shorobe
F quantity 40 kilometres
L city Maun
> The ban covers Zone 3b, which stretches from Shorobe to Sehithwa on the edge of Lake Ngami, and will stay in place for at least 21 days while vaccination teams work through an estimated 86,000 head of cattle.
L region Zone 3b
L city Shorobe
L city Sehithwa
L geo Lake Ngami
F duration 21 days
F number 86,000
> Speaking at the Maun main kgotla on Thursday, agriculture minister Oaitse Rampha said government had set aside P12 million for vaccines, fencing and compensation.
L city Maun
P full Oaitse Rampha
F money P12 million
> "We will not allow this outbreak to reach Boteti or the export zones in the south. Every animal inside the 10-kilometre radius will be counted, tagged and vaccinated," Rampha said.
Q direct Oaitse Rampha :: "We will not allow this outbreak to reach Boteti or the export zones in the south. Every animal inside the 10-kilometre radius will be counted, tagged and vaccinated,"
L region Boteti
F quantity 10-kilometre
P partial Rampha
> He said 1,400 cattle from the two infected herds had been culled since Monday, and that farmers would be paid P4,500 for every adult beast and P2,000 for a calf.
F number 1,400
F number two
F money P4,500
F money P2,000
> DVS director Mma Boitumelo Kebonang said tests at the Botswana Vaccine Institute (BVI) in Gaborone confirmed the SAT2 strain on Tuesday.
O government DVS
P full Boitumelo Kebonang
O company Botswana Vaccine Institute
O company BVI
L city Gaborone
> "The virus was most likely carried by buffalo coming out of the Okavango Delta," she said. "Our fences along the delta are old, and in some places the elephants have flattened them completely.
Q direct Boitumelo Kebonang :: "The virus was most likely carried by buffalo coming out of the Okavango Delta,"
Q direct Boitumelo Kebonang :: "Our fences along the delta are old, and in some places the elephants have flattened them completely.
L geo Okavango Delta
> "We have 14 teams in the field. We are asking farmers not to hide their animals in the bush."
Q direct Boitumelo Kebonang :: "We have 14 teams in the field. We are asking farmers not to hide their animals in the bush."
F number 14
> Mma Kebonang said the Botswana Meat Commission (BMC) had been told not to accept cattle from Ngamiland until the zone is declared free, which under the rules of the World Organisation for Animal Health takes at least three months after the last case.
P partial Kebonang
O company Botswana Meat Commission
O company BMC
L region Ngamiland
O intergovernmental World Organisation for Animal Health
F duration three months
> At Shorobe, Kgosi Mothusi Baitshepi said the village had "never seen the veterinary people move so fast", but warned that many households depend on selling one or two animals a month.
L city Shorobe
P full Mothusi Baitshepi
Q direct Mothusi Baitshepi :: "never seen the veterinary people move so fast"
F number one
F number two
> "When the cattle cannot move, the school fees cannot move either. We are asking government to pay the compensation before the end of the month, not in December," Kgosi Baitshepi said.
Q direct Mothusi Baitshepi :: "When the cattle cannot move, the school fees cannot move either. We are asking government to pay the compensation before the end of the month, not in December,"
P partial Baitshepi
> Rre Kagiso Ntshole, who keeps 230 cattle at a cattlepost near Shorobe and sells at the Maun auction pens, said farmers had learnt from the 2037 outbreak, when compensation took eight months to arrive.
P full Kagiso Ntshole
F number 230
L city Shorobe
L city Maun
F date 2037
F duration eight months
> "In 2037 they told us 'the money is coming', and we waited until the rains. Some of us sold cows across the border in Namibia for half the price," he said.
Q direct Kagiso Ntshole :: "In 2037 they told us 'the money is coming', and we waited until the rains. Some of us sold cows across the border in Namibia for half the price,"
F date 2037
L country Namibia
F fraction half
> Rre Ntshole said about 30 percent of farmers in his area had not yet fitted their animals with the electronic bolus that herders call "the pill", which the ministry uses to trace owners.
P partial Ntshole
F percent 30 percent
Q scare - :: "the pill"
> In a statement, the Ministry of Lands and Agriculture said "all movement permits issued before 10 June are cancelled with immediate effect." Roadblocks have been set up at Sepopa, Makalamabedi and the Kuke veterinary gate.
O government Ministry of Lands and Agriculture
Q direct Ministry of Lands and Agriculture :: "all movement permits issued before 10 June are cancelled with immediate effect."
F date 10 June
L city Sepopa
L city Makalamabedi
L facility Kuke
> A BMC official, who asked not to be named, said the Maun abattoir had been "empty since Tuesday" and that about 60 workers had been sent home for two weeks.
O company BMC
L city Maun
Q direct - :: "empty since Tuesday"
F number 60
F duration two weeks
'''

ARTICLES['2030-hartford-sentinels-riverfront-arena-deal-lease-council-boston-globe'] = r'''
> Business
> Sentinels, Hartford strike $1.3 billion deal for a new riverfront arena
O team Sentinels
L city Hartford
F money $1.3 billion
> Owner would cover overruns under a 35-year lease; the city would borrow $410 million
F duration 35-year
F money $410 million
> By Dana Whitcombe Globe Staff
P full Dana Whitcombe
O media Globe
> Updated March 11, 2041, 6:12 p.m.
F date March 11, 2041
F time 6:12 p.m.
> A rendering of the proposed arena on Front Street, beside the Connecticut River.Courtesy of Hartford Sentinels
L street Front Street
L geo Connecticut River
O team Hartford Sentinels
> HARTFORD — The Hartford Sentinels will stay in Connecticut’s capital for at least 35 years under a $1.3 billion agreement announced Monday to build an 18,500-seat arena on the riverfront, replacing the aging XL Center nearby.
L city HARTFORD
O team Hartford Sentinels
L region Connecticut
F duration 35 years
F money $1.3 billion
F number 18,500
L facility XL Center
> Under the deal, which still needs approval from the Court of Common Council, the city would borrow $410 million, the state would contribute $175 million, and owner Victor Alcaraz-Brennan’s company would pay the rest, about $715 million, including any cost overruns.
O government Court of Common Council
F money $410 million
F money $175 million
P full Victor Alcaraz-Brennan
F money $715 million
> Alcaraz-Brennan, who bought the club in 2038, two years after it arrived as the league’s 34th franchise, said the Sentinels had “outgrown” their home.
P partial Alcaraz-Brennan
F date 2038
F duration two years
O team Sentinels
Q direct Victor Alcaraz-Brennan :: “outgrown”
> “We sell out 41 home games a year in a building that was designed for a different sport and a different century,” he said. “Our fans deserve concourses they can walk through, and our players deserve a locker room that doesn’t flood when it rains.”
Q direct Victor Alcaraz-Brennan :: “We sell out 41 home games a year in a building that was designed for a different sport and a different century,”
Q direct Victor Alcaraz-Brennan :: “Our fans deserve concourses they can walk through, and our players deserve a locker room that doesn’t flood when it rains.”
F number 41
> Mayor Rosalind Tavárez-Okafor called the lease “the most protective in the league” for taxpayers. The team would pay $9 million a year in rent, rising 2 percent annually, and a 5 percent surcharge on tickets would go toward paying off the city’s bonds.
P full Rosalind Tavárez-Okafor
Q direct Rosalind Tavárez-Okafor :: “the most protective in the league”
F money $9 million
F percent 2 percent
F percent 5 percent
> “If the Sentinels leave before the lease runs out, they owe us every dollar we borrowed. That is in writing,” Tavárez-Okafor said. “Nobody in this building is going to be the mayor who lost the team.”
Q direct Rosalind Tavárez-Okafor :: “If the Sentinels leave before the lease runs out, they owe us every dollar we borrowed. That is in writing,”
Q direct Rosalind Tavárez-Okafor :: “Nobody in this building is going to be the mayor who lost the team.”
O team Sentinels
P partial Tavárez-Okafor
> The so-called “non-relocation clause” is standard in recent NHL leases, but not everyone on the council is convinced. Council member Tomasz Ferreira-Lund, who chairs its finance committee, said the city had not published an independent study of how much new tax revenue the arena would bring to the Front Street district.
Q scare - :: “non-relocation clause”
O other NHL
P full Tomasz Ferreira-Lund
L street Front Street
> “We are being asked to put $410 million of the city’s credit behind a hockey team on the strength of a brochure,” said Ferreira-Lund, a Democrat. He called the team’s promise of 2,400 construction jobs “a number somebody picked,” and wants the vote delayed until after a public hearing on April 2.
Q direct Tomasz Ferreira-Lund :: “We are being asked to put $410 million of the city’s credit behind a hockey team on the strength of a brochure,”
Q direct Tomasz Ferreira-Lund :: “a number somebody picked,”
F money $410 million
P partial Ferreira-Lund
F number 2,400
F date April 2
> The council is expected to vote by April 14. Seven of its nine members must approve the borrowing.
F date April 14
F number Seven
F number nine
> The NHL said in a statement that it “supports the Sentinels’ efforts to secure a long-term home in Hartford” and had “no plans to consider relocation.” The Sentinels, 31-22-7 this season, are fourth in the Atlantic Division.
O other NHL
Q direct NHL :: “supports the Sentinels’ efforts to secure a long-term home in Hartford”
Q direct NHL :: “no plans to consider relocation.”
O team Sentinels
L city Hartford
O team Sentinels
F score 31-22-7
O other Atlantic Division
> Construction would begin in spring 2042, and the arena would open in October 2044.
F date 2042
F date October 2044
> Denise Marchetti-Hale, 58, of West Hartford, who has held four seats in Section 112 since the team’s first game, said she liked the design but worried about prices.
P full Denise Marchetti-Hale
F age 58
L city West Hartford
F number four
> “They showed us a club level with ‘premium experiences,’ and I thought, that’s my seat going up another $30 a game,” she said. “I love this team. I just want to be able to afford to watch it.”
Q direct Denise Marchetti-Hale :: “They showed us a club level with ‘premium experiences,’ and I thought, that’s my seat going up another $30 a game,”
Q direct Denise Marchetti-Hale :: “I love this team. I just want to be able to afford to watch it.”
F money $30
> A Sentinels spokesperson said about 60 percent of the new building’s seats would be priced below $100 a game, and that current holders would keep their priority for the first three years.
O team Sentinels
F percent 60 percent
F money $100
F duration three years
'''

ARTICLES['2031-blaenau-ffestiniog-slate-quarry-visitor-centre-bryn-eithin-cyngor-gwynedd-bbc-wales'] = r'''
> North West Wales
L region North West Wales
> Blaenau Ffestiniog: £18m slate quarry visitor centre approved
L city Blaenau Ffestiniog
F money £18m
> Gwenllian Prys-Roberts
P full Gwenllian Prys-Roberts
> BBC Wales
O media BBC Wales
> Published 22 May 2041
F date 22 May 2041
> Image source, Getty Images
O company Getty Images
> Image caption,
> Slate tips above Tanygrisiau, on the edge of Blaenau Ffestiniog, where the new centre will be built
L city Tanygrisiau
L city Blaenau Ffestiniog
> Plans for an £18m visitor centre at a disused slate quarry above Blaenau Ffestiniog have been approved, in what supporters call the biggest investment in the town since the quarries closed.
F money £18m
L city Blaenau Ffestiniog
> Cyngor Gwynedd's planning committee voted 9-2 on Tuesday to back the scheme at Chwarel Bryn Eithin, part of the slate landscape of north-west Wales that has had UNESCO World Heritage status for two decades.
O government Cyngor Gwynedd
F number 9-2
L facility Chwarel Bryn Eithin
L country Wales
O intergovernmental UNESCO
F duration two decades
> The centre, to be called Canolfan Llechi, will be run by the heritage charity Ymddiriedolaeth Llechi Meirionnydd (the Meirionnydd Slate Trust). It will include a 40-metre glass viewing platform over the pit, a café and an underground walk through three levels of old workings.
L facility Canolfan Llechi
O nonprofit Ymddiriedolaeth Llechi Meirionnydd
O nonprofit Meirionnydd Slate Trust
F quantity 40-metre
F number three
> The trust expects 120,000 visitors a year and says the centre will create 65 jobs.
F number 120,000
F number 65
> Its chairman, Dr Hywel ap Dafydd, told BBC Wales the project had "taken eleven years of knocking on doors".
P full Hywel ap Dafydd
O media BBC Wales
Q direct Hywel ap Dafydd :: "taken eleven years of knocking on doors"
F duration eleven years
> "People come to Blaenau, they drive over the Crimea Pass, they take a photo of the tips and they leave," he said. "We want them to stay, eat here, sleep here, and understand that half the roofs in Europe have a little bit of this town on them.
Q direct Hywel ap Dafydd :: "People come to Blaenau, they drive over the Crimea Pass, they take a photo of the tips and they leave,"
Q direct Hywel ap Dafydd :: "We want them to stay, eat here, sleep here, and understand that half the roofs in Europe have a little bit of this town on them.
L city Blaenau
L geo Crimea Pass
F fraction half
L continent Europe
> "The tips are not an eyesore to us. They are the work of our grandparents' hands."
Q direct Hywel ap Dafydd :: "The tips are not an eyesore to us. They are the work of our grandparents' hands."
> According to the trust, the cost will be met by £9.6m from the Welsh government, £5.2m it has applied for from the National Lottery Heritage Fund and £3.2m from its own fundraising.
F money £9.6m
F money £5.2m
O government National Lottery Heritage Fund
F money £3.2m
> Cyngor Gwynedd said the centre would "bring visitors into the town centre rather than past it", and that a new 300m footpath would link the quarry to Stryd Fawr, the high street.
O government Cyngor Gwynedd
Q direct Cyngor Gwynedd :: "bring visitors into the town centre rather than past it"
F quantity 300m
L street Stryd Fawr
> For Mererid Humphreys-Jones, whose great-great-grandfather Robert Humphreys worked at Bryn Eithin from 1879 until he was killed by a rockfall in 1904, the decision is "bittersweet".
P full Mererid Humphreys-Jones
P full Robert Humphreys
L facility Bryn Eithin
F date 1879
F date 1904
Q direct Mererid Humphreys-Jones :: "bittersweet"
> "He was 31. The story in our family is that the men called that gallery 'y twll du', the black hole, and nobody wanted to work it," said Mrs Humphreys-Jones, 67, who lives in Tanygrisiau.
Q direct Mererid Humphreys-Jones :: "He was 31. The story in our family is that the men called that gallery 'y twll du', the black hole, and nobody wanted to work it,"
F age 31
P partial Humphreys-Jones
F age 67
L city Tanygrisiau
> "I'm glad people will hear about him. I just hope they don't turn it into a theme park."
Q direct Mererid Humphreys-Jones :: "I'm glad people will hear about him. I just hope they don't turn it into a theme park."
> Not everyone is convinced. Sioned Wyn Gruffydd, who has run Caffi'r Chwarel on the high street for 14 years, said she welcomed more visitors but feared the centre's own café would take trade from the town.
P full Sioned Wyn Gruffydd
O company Caffi'r Chwarel
F duration 14 years
> "Last winter I had days when I served six people," she said. "If the coaches park at the quarry and the tourists eat at the quarry, what's in it for Stryd Fawr?"
Q direct Sioned Wyn Gruffydd :: "Last winter I had days when I served six people,"
Q direct Sioned Wyn Gruffydd :: "If the coaches park at the quarry and the tourists eat at the quarry, what's in it for Stryd Fawr?"
F number six
L street Stryd Fawr
> The trust said its café would close at 16:00 so as not to compete with the town's businesses in the evening, and that visitors would be handed a "shop local" voucher with their tickets.
F time 16:00
Q scare - :: "shop local"
> Work is due to start in March 2042, and the centre is expected to open in spring 2044.
F date March 2042
F date 2044
> Unemployment in the Ffestiniog area stands at 7.2%, more than twice the Gwynedd average, according to council figures.
L city Ffestiniog
F percent 7.2%
L region Gwynedd
'''

ARTICLES['2032-amazon-deforestation-falls-inpe-prodes-ibama-manaus-para-agencia-brasil'] = r'''
> Environment
> Amazon deforestation falls 18% in a year, INPE says
L geo Amazon
F percent 18%
O government INPE
> Satellites recorded 4,912 square kilometers of clear-cutting; clearing shifts west into Amazonas
F quantity 4,912 square kilometers
L region Amazonas
> Published on 08/11/2041 - 17:20 By Luana Cavalcanti Rocha - Reporter at Agência Brasil - Brasília
F date 08/11/2041
F time 17:20
P full Luana Cavalcanti Rocha
O media Agência Brasil
L city Brasília
> São José dos Campos (SP), 08/11/2041 - Minister Ana Beatriz Quintela presents the annual figures at INPE headquarters. Photo: Marcelo Ribeiro Tavares/Agência Brasil
L city São José dos Campos
L region SP
F date 08/11/2041
P full Ana Beatriz Quintela
O government INPE
P full Marcelo Ribeiro Tavares
O media Agência Brasil
> Deforestation in the Legal Amazon fell 18% between August 2040 and July 2041, according to annual figures released on Friday (Nov. 8) by the National Institute for Space Research (INPE).
L region Legal Amazon
F percent 18%
F date August 2040
F date July 2041
F date Nov. 8
O government National Institute for Space Research
O government INPE
> The institute's Prodes satellite system recorded 4,912 square kilometers of clear-cut forest, down from 5,990 square kilometers in the previous twelve-month period.
F quantity 4,912 square kilometers
F quantity 5,990 square kilometers
F duration twelve-month
> Environment Minister Ana Beatriz Quintela said the result showed that enforcement "works when it is constant."
P full Ana Beatriz Quintela
Q direct Ana Beatriz Quintela :: "works when it is constant."
> "We closed 2040 with more agents in the field than at any time in the last decade, and every satellite alert now leads to a visit. That is the difference," the minister said at INPE headquarters in São José dos Campos, in São Paulo state.
Q direct Ana Beatriz Quintela :: "We closed 2040 with more agents in the field than at any time in the last decade, and every satellite alert now leads to a visit. That is the difference,"
F date 2040
O government INPE
L city São José dos Campos
L region São Paulo
> Pará remained the state with the most clearing, at 1,874 square kilometers, or 38% of the total, followed by Mato Grosso and Amazonas. In Pará, the municipalities of Novo Progresso and Altamira together accounted for 410 square kilometers.
L region Pará
F quantity 1,874 square kilometers
F percent 38%
L region Mato Grosso
L region Amazonas
L region Pará
L city Novo Progresso
L city Altamira
F quantity 410 square kilometers
> According to the Brazilian Institute of Environment and Renewable Natural Resources (Ibama), agents issued R$ 3.4 billion in fines and seized 41,000 head of cattle raised on illegally cleared land during the period.
O government Brazilian Institute of Environment and Renewable Natural Resources
O government Ibama
F money R$ 3.4 billion
F number 41,000
> An Ibama agent who works in southern Pará and asked not to be identified said teams still face threats. "Last month a team was received with gunfire near Novo Progresso. We have the satellites, but on the ground there are 12 of us for an area the size of Portugal," the agent said.
O government Ibama
L region Pará
Q direct - :: "Last month a team was received with gunfire near Novo Progresso. We have the satellites, but on the ground there are 12 of us for an area the size of Portugal,"
L city Novo Progresso
F number 12
L country Portugal
> Researcher Tiago Menezes Albuquerque, of the National Institute of Amazonian Research (Inpa) in Manaus, warned that the national fall hides a shift in where the forest is being lost.
P full Tiago Menezes Albuquerque
O government National Institute of Amazonian Research
O government Inpa
L city Manaus
> "The frontier is moving west, into southern Amazonas, along the BR-319. In Lábrea and Apuí we are seeing clearings of 500 hectares, 1,000 hectares, opened in a single dry season," Albuquerque said. "The national number is going down, but the 'arc of deforestation' is simply walking into the heart of the forest.
Q direct Tiago Menezes Albuquerque :: "The frontier is moving west, into southern Amazonas, along the BR-319. In Lábrea and Apuí we are seeing clearings of 500 hectares, 1,000 hectares, opened in a single dry season,"
Q direct Tiago Menezes Albuquerque :: "The national number is going down, but the 'arc of deforestation' is simply walking into the heart of the forest.
L region Amazonas
L street BR-319
L city Lábrea
L city Apuí
F quantity 500 hectares
F quantity 1,000 hectares
P partial Albuquerque
> "If land titles are not sorted out there now, in five years we will be talking about Amazonas the way we talk about Pará today."
Q direct Tiago Menezes Albuquerque :: "If land titles are not sorted out there now, in five years we will be talking about Amazonas the way we talk about Pará today."
F duration five years
L region Amazonas
L region Pará
> In São Félix do Xingu, in Pará, rancher José Carlos Furtado, 61, who raises 2,300 head of cattle on 3,800 hectares, said producers felt blamed for the whole problem.
L city São Félix do Xingu
L region Pará
P full José Carlos Furtado
F age 61
F number 2,300
F quantity 3,800 hectares
> "I keep 80% of my property as forest, as the law requires, and I still wait two years for a license to clean a pasture. Ibama treats everyone like a criminal," Furtado told Agência Brasil. He called Ibama's list of embargoed areas "a blacklist without a trial."
Q direct José Carlos Furtado :: "I keep 80% of my property as forest, as the law requires, and I still wait two years for a license to clean a pasture. Ibama treats everyone like a criminal,"
Q direct José Carlos Furtado :: "a blacklist without a trial."
F percent 80%
F duration two years
O government Ibama
P partial Furtado
O media Agência Brasil
O government Ibama
> In a note, the Ministry of Environment and Climate Change said the 2042 budget sets aside R$ 620 million for land regularization in the Amazon and that the government's goal of "zero illegal deforestation by 2044" remains in place.
O government Ministry of Environment and Climate Change
F date 2042
F money R$ 620 million
L geo Amazon
Q direct Ministry of Environment and Climate Change :: "zero illegal deforestation by 2044"
F number zero
F date 2044
> Translation: Rafaela Brandt
P full Rafaela Brandt
> Edition: Juliana Sobral
P full Juliana Sobral
'''

ARTICLES['2033-candidates-round-9-okonkwo-lindqvist-beats-halvorsen-madrid-chess-com'] = r'''
> News
> Candidates R9: Okonkwo-Lindqvist Beats Halvorsen, Leads By 1.5 Points
P partial Okonkwo-Lindqvist
P partial Halvorsen
F number 1.5
> The 27-year-old won a six-hour Berlin endgame in Madrid, while Venkataraman and Wen drew to stay in the chase.
F age 27-year-old
F duration six-hour
L city Madrid
P partial Venkataraman
P partial Wen
> IvoStrand
> Updated: Apr 13, 2041, 11:05 PM
F date Apr 13, 2041
F time 11:05 PM
> Chidera Okonkwo-Lindqvist after round nine at the Palacio de Santoña. Photo: Maarten Oyelaran-de Vries/FIDE.
P full Chidera Okonkwo-Lindqvist
L facility Palacio de Santoña
P full Maarten Oyelaran-de Vries
O other FIDE
> GM Chidera Okonkwo-Lindqvist took a 1.5-point lead in the Candidates Tournament on Saturday, beating GM Erlend Halvorsen in round nine in Madrid to move to 6.5/9 with five rounds to go.
P full Chidera Okonkwo-Lindqvist
F number 1.5
P full Erlend Halvorsen
L city Madrid
F score 6.5/9
F number five
> The 27-year-old Swede, who started the day on 5.5/8 and at 2738 is the second-lowest-rated player in the field, defended the Berlin as Black for the third time in the event and held a rook-and-bishop ending for more than five hours before Halvorsen, short of time, went wrong on move 58. He resigned after 71 moves.
F age 27-year-old
F score 5.5/8
F number 2738
F duration five hours
P partial Halvorsen
F number 71
> “I knew the ending was a draw with perfect play, but it’s the kind of draw that is very easy to lose and very hard to hold for six hours,” Okonkwo-Lindqvist told Chess.com. “At some point I stopped looking at the standings and just enjoyed the position.”
Q direct Chidera Okonkwo-Lindqvist :: “I knew the ending was a draw with perfect play, but it’s the kind of draw that is very easy to lose and very hard to hold for six hours,”
Q direct Chidera Okonkwo-Lindqvist :: “At some point I stopped looking at the standings and just enjoyed the position.”
F duration six hours
P partial Okonkwo-Lindqvist
O media Chess.com
> Halvorsen, rated 2791 and the pre-tournament favorite, had pressed from the opening but spent 38 minutes on move 27 and reached the first time control with 1:12 left on his clock.
P partial Halvorsen
F number 2791
F duration 38 minutes
F time 1:12
> “I played the first 20 moves like a world champion and the next 40 like a tourist,” the Norwegian said. “After 58.Kf3 there was nothing left. I should have taken the repetition when it was there.”
Q direct Erlend Halvorsen :: “I played the first 20 moves like a world champion and the next 40 like a tourist,”
Q direct Erlend Halvorsen :: “After 58.Kf3 there was nothing left. I should have taken the repetition when it was there.”
F number 20
F number 40
> The game was not without controversy. On move 49, Halvorsen claimed a threefold repetition, which chief arbiter Sophie Laurent-Bakker rejected after checking the scoresheets.
P partial Halvorsen
P full Sophie Laurent-Bakker
> “The pieces stood on the same squares, but the castling rights were not the same, so it was not a repetition. Mr. Halvorsen accepted the ruling and the game continued,” Laurent-Bakker said. FIDE said in a statement that the decision was “final and correct under the Laws of Chess.”
Q direct Sophie Laurent-Bakker :: “The pieces stood on the same squares, but the castling rights were not the same, so it was not a repetition. Mr. Halvorsen accepted the ruling and the game continued,”
Q direct FIDE :: “final and correct under the Laws of Chess.”
P partial Halvorsen
P partial Laurent-Bakker
O other FIDE
> The other three games were drawn. GM Arjun Venkataraman and GM Tomás Echeverría Ruiz repeated moves in a Najdorf Sicilian after 31 moves, and GM Wen Haoran held GM Aleksandra Petrović-Kask in a Catalan that lasted five hours and 12 minutes. GM Kenji Sato and GM Lukas Brandtner drew in 28 moves.
F number three
P full Arjun Venkataraman
P full Tomás Echeverría Ruiz
F number 31
P full Wen Haoran
P full Aleksandra Petrović-Kask
F duration five hours
F duration 12 minutes
P full Kenji Sato
P full Lukas Brandtner
F number 28
> Wen, who beat Halvorsen in round four, called Okonkwo-Lindqvist “the toughest player in the room to beat.” Asked about his own chances, he said: “Five rounds is a lot of chess. In 2039 I lost three games in a row at the Grand Swiss and still qualified, so I don’t count anybody out, especially not myself.”
P partial Wen
P partial Halvorsen
P partial Okonkwo-Lindqvist
Q direct Wen Haoran :: “the toughest player in the room to beat.”
Q direct Wen Haoran :: “Five rounds is a lot of chess. In 2039 I lost three games in a row at the Grand Swiss and still qualified, so I don’t count anybody out, especially not myself.”
F number Five
F date 2039
F number three
> Commentators on the official broadcast have dubbed Okonkwo-Lindqvist’s patient defence “the Gothenburg wall,” after her home city.
P partial Okonkwo-Lindqvist
Q scare - :: “the Gothenburg wall,”
L city Gothenburg
> Standings after round nine: Okonkwo-Lindqvist 6.5; Venkataraman, Wen 5; Halvorsen, Echeverría Ruiz 4.5; Petrović-Kask 4; Sato 3.5; Brandtner 3.
P partial Okonkwo-Lindqvist
F score 6.5
P partial Venkataraman
P partial Wen
F score 5
P partial Halvorsen
P partial Echeverría Ruiz
F score 4.5
P partial Petrović-Kask
F score 4
P partial Sato
F score 3.5
P partial Brandtner
F score 3
> The winner earns €144,000 from a €2 million prize fund and a match for the world title in 2042. In round 10 on Sunday, Okonkwo-Lindqvist has White against Venkataraman, with play starting at 15:00 CEST.
F money €144,000
F money €2 million
F date 2042
P partial Okonkwo-Lindqvist
P partial Venkataraman
F time 15:00 CEST
'''

ARTICLES['2034-makalu-arun-hydropower-commercial-operation-nea-sankhuwasabha-himalayan-times'] = r'''
> Nepal
L country Nepal
> 480 MW Makalu Arun plant starts commercial operation
F quantity 480 MW
L facility Makalu Arun
> NEA’s biggest self-built plant will send most of its monsoon output to India
O company NEA
L country India
> Himalayan News Service
O media Himalayan News Service
> Published: 07:30 pm Apr 28, 2041
F time 07:30 pm
F date Apr 28, 2041
> Engineers inspect a generator in the Makalu Arun powerhouse at Num, Sankhuwasabha. Photo: THT
L facility Makalu Arun
L city Num
L region Sankhuwasabha
O media THT
> SANKHUWASABHA, APRIL 28
L region SANKHUWASABHA
F date APRIL 28
> The 480-megawatt Makalu Arun Hydropower Project in Sankhuwasabha district began commercial operation today, Baisakh 15, 2098 B.S. (April 28, 2041 A.D.), becoming the largest plant the Nepal Electricity Authority (NEA) has built on its own.
F quantity 480-megawatt
L region Sankhuwasabha
F date Baisakh 15, 2098 B.S.
F date April 28, 2041 A.D.
O company Nepal Electricity Authority
O company NEA
> NEA Managing Director Surendra Man Khadgi said all four 120 MW units had been running at full load since Thursday, after a 72-hour trial.
O company NEA
P full Surendra Man Khadgi
F number four
F quantity 120 MW
F duration 72-hour
> “This plant was designed by Nepali engineers, built by Nepali workers and paid for with Nepali money,” Khadgi said at a ceremony at the powerhouse. “For 40 years we were told that a project of this size was only possible with foreign contractors.
Q direct Surendra Man Khadgi :: “This plant was designed by Nepali engineers, built by Nepali workers and paid for with Nepali money,”
Q direct Surendra Man Khadgi :: “For 40 years we were told that a project of this size was only possible with foreign contractors.
P partial Khadgi
F duration 40 years
> “Today the Arun has answered that question.”
Q direct Surendra Man Khadgi :: “Today the Arun has answered that question.”
L geo Arun
> The project cost Rs 86.4 billion, about 18 percent more than the estimate approved in 2036, and came online 14 months late after a landslide damaged its 9.6-kilometre headrace tunnel in 2039.
F money Rs 86.4 billion
F percent 18 percent
F date 2036
F duration 14 months
F quantity 9.6-kilometre
F date 2039
> Most of the plant’s wet-season output will go to India. Under an agreement signed in 2040 with Himgiri Power Trading Corporation Ltd, a New Delhi-based trader, the NEA will export up to 350 MW from June to October at Rs 7.20 per unit over the 400 kV Dhalkebar-Sitamarhi line.
L country India
F date 2040
O company Himgiri Power Trading Corporation Ltd
L city New Delhi
O company NEA
F quantity 350 MW
F money Rs 7.20
F quantity 400 kV
L city Dhalkebar
L city Sitamarhi
> Himgiri’s director for cross-border trade, Anirudh Saxena-Rao, who flew in from Patna for the ceremony, said distribution companies in Bihar and Uttar Pradesh had already booked the power for the coming monsoon.
O company Himgiri
P full Anirudh Saxena-Rao
L city Patna
L region Bihar
L region Uttar Pradesh
> “Our buyers want clean power for the evening peak, and Makalu Arun gives us exactly that,” Saxena-Rao said. He called the tariff “fair to both sides.”
Q direct Anirudh Saxena-Rao :: “Our buyers want clean power for the evening peak, and Makalu Arun gives us exactly that,”
Q direct Anirudh Saxena-Rao :: “fair to both sides.”
L facility Makalu Arun
P partial Saxena-Rao
> Locals welcomed the plant but said promised benefits have been slow to arrive. Dil Kumari Rai, chair of Ward No 4 of Makalu Rural Municipality, said the NEA had promised 10 percent of the project’s shares to local people, “but two years after the announcement, not a single household here has received a certificate.”
P full Dil Kumari Rai
L region Makalu Rural Municipality
O company NEA
F percent 10 percent
Q direct Dil Kumari Rai :: “but two years after the announcement, not a single household here has received a certificate.”
F duration two years
> “The dust was ours, the blasting was ours, the landslide was ours. Now the electricity goes to Bihar and we still have six hours of load-shedding a day,” Rai said.
Q direct Dil Kumari Rai :: “The dust was ours, the blasting was ours, the landslide was ours. Now the electricity goes to Bihar and we still have six hours of load-shedding a day,”
L region Bihar
F duration six hours
P partial Rai
> Chief engineer Er Nabin Shrestha, who has worked on the project since its first survey, said the plant would generate about 2,140 gigawatt-hours a year, roughly a fifth of Nepal’s current output.
P full Nabin Shrestha
F quantity 2,140 gigawatt-hours
F fraction a fifth
L country Nepal
> “During the landslide our crews called the adit ‘the coffin’, and they still went in every morning,” Shrestha said, adding that the plant’s four Francis turbines run at 500 revolutions per minute.
Q direct Nabin Shrestha :: “During the landslide our crews called the adit ‘the coffin’, and they still went in every morning,”
P partial Shrestha
F number four
F quantity 500 revolutions per minute
> Officials said surplus “spill energy” in the monsoon had been a problem for years. An NEA official who asked not to be named said the share certificates would be handed out “within fiscal year 2098/99.”
Q scare - :: “spill energy”
O company NEA
Q direct - :: “within fiscal year 2098/99.”
F date 2098/99
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
