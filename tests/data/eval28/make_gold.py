#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval28 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval28/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['211-aoraki-milk-price-cut-southland-nitrate-rules'] = r'''
> Rural
> Southland dairy farmers brace for nitrate rules as Aoraki cuts milk price forecast
L region Southland
O company Aoraki
> Aroha Kereama-Bligh, Rural reporter
P full Aroha Kereama-Bligh
> 5:12 am on 16 September 2031
F time 5:12 am
F date 16 September 2031
> Aoraki Dairy supplier Craig van der Westhuizen on his farm near Wyndham in eastern Southland. Photo: RNZ / Aroha Kereama-Bligh
O company Aoraki Dairy
P full Craig van der Westhuizen
L city Wyndham
L region Southland
O media RNZ
P full Aroha Kereama-Bligh
> Dairy farmers in Canterbury and Southland say a 40-cent cut to the forecast milk price, coming days after tougher nitrate limits were confirmed, could push some of them out of the industry.
L region Canterbury
L region Southland
F money 40-cent
> Aoraki Dairy Co-operative, the country's third-largest milk processor, yesterday lowered its forecast farmgate milk price for the 2031-32 season to $8.40 per kilogram of milk solids (kgMS), down from $8.80/kgMS. It also narrowed its forecast range to $8.10-$8.70/kgMS.
O company Aoraki Dairy Co-operative
F date 2031-32
F money $8.40
F money $8.80/kgMS
F money $8.10-$8.70/kgMS
> The co-operative blamed weaker demand from China and South-East Asia and a build-up of whole milk powder in global stocks.
L country China
L region South-East Asia
> For a typical Southland farm milking 520 cows and producing about 210,000kgMS a season, the cut means roughly $84,000 less income.
L region Southland
F number 520
F quantity 210,000kgMS
F money $84,000
> Aoraki chief executive Rachel Tautahi-McLeod told RNZ the co-operative had held its forecast "as long as we responsibly could".
O company Aoraki
P full Rachel Tautahi-McLeod
O media RNZ
Q direct Rachel Tautahi-McLeod :: "as long as we responsibly could"
> "Global prices have come off about 11 percent since May, and Chinese buyers have stepped back from whole milk powder. We'd rather give our farmers a realistic number now than a nasty surprise in April," she said.
Q direct Rachel Tautahi-McLeod :: "Global prices have come off about 11 percent since May, and Chinese buyers have stepped back from whole milk powder. We'd rather give our farmers a realistic number now than a nasty surprise in April,"
F percent 11 percent
> At the fortnightly global dairy auction overnight, whole milk powder prices fell 4.1 percent to an average of US$3,380 a tonne.
F percent 4.1 percent
F money US$3,380
> Westpac senior agri economist Sione Havili said the bank had already pencilled in $8.35, and the co-operative could cut again before Christmas.
O company Westpac
P full Sione Havili
F money $8.35
> "There's still a lot of milk coming out of the US and Europe, and the Chinese market isn't soaking it up the way it did in 2029 and 2030," he said.
Q direct Sione Havili :: "There's still a lot of milk coming out of the US and Europe, and the Chinese market isn't soaking it up the way it did in 2029 and 2030,"
L country US
L continent Europe
F date 2029
F date 2030
> Dairy cows near Ashburton in Mid Canterbury, where the regional council has capped the use of synthetic nitrogen. Photo: 123RF
L city Ashburton
L region Mid Canterbury
O company 123RF
> The price cut lands four days after Environment Canterbury (ECan) confirmed a cap of 190kg of synthetic nitrogen per hectare a year for farms in the Hinds and Selwyn catchments, and as Environment Southland prepares to notify its own limits on nitrogen leaching under the long-delayed Plan Change 12.
F duration four days
O government Environment Canterbury
O government ECan
F quantity 190kg
L geo Hinds
L geo Selwyn
O government Environment Southland
> ECan said in a statement that nitrate-nitrogen concentrations in shallow groundwater around Dorie and Lauriston had averaged 13.6mg/L over the past five years, above the drinking-water standard of 11.3mg/L, and that the rules were "necessary to protect the health of communities who rely on private bores".
O government ECan
L city Dorie
L city Lauriston
F quantity 13.6mg/L
F duration five years
F quantity 11.3mg/L
Q direct Environment Canterbury :: "necessary to protect the health of communities who rely on private bores"
> Farms that cannot meet the limit by 1 July 2034 will need a resource consent, which ECan estimates will cost between $6,000 and $15,000 per farm to prepare.
F date 1 July 2034
O government ECan
F money $6,000
F money $15,000
> Federated Farmers Southland dairy chair Craig van der Westhuizen, who milks 640 cows near Wyndham, said the timing could not have been worse.
O nonprofit Federated Farmers Southland
P full Craig van der Westhuizen
F number 640
L city Wyndham
> "The council tells you on a Thursday to spend another $20,000 on a consultant, and on the Monday you lose 40 cents off the milk price. Something has to give," he said.
Q direct Craig van der Westhuizen :: "The council tells you on a Thursday to spend another $20,000 on a consultant, and on the Monday you lose 40 cents off the milk price. Something has to give,"
F money $20,000
F money 40 cents
> Van der Westhuizen, who moved to Southland from South Africa's Free State province in 2009, said younger farmers carrying high debt would be hit hardest.
P partial Van der Westhuizen
L region Southland
L country South Africa
L region Free State
F date 2009
> "There are sharemilkers around here who bought cows at the top of the market, $3,000 a head in some cases. They've got no buffer left.
Q direct Craig van der Westhuizen :: "There are sharemilkers around here who bought cows at the top of the market, $3,000 a head in some cases. They've got no buffer left.
F money $3,000
> "If we lose those people, we lose the next generation of owners, and that's the end of the co-op model down here," he said.
Q direct Craig van der Westhuizen :: "If we lose those people, we lose the next generation of owners, and that's the end of the co-op model down here,"
> DairyNZ figures show the average Southland dairy farm carried debt of $28.50 per kgMS at the end of the 2030-31 season, against a national average of $24.10.
O nonprofit DairyNZ
L region Southland
F money $28.50
F date 2030-31
F money $24.10
> Environment Southland's policy manager, Anahera Pōhatu-Kingi, said the council had been working with farmers on the changes since 2026.
O government Environment Southland
P full Anahera Pōhatu-Kingi
F date 2026
> "Nobody is being asked to do this overnight. There's a 10-year pathway, and most farms in the region are already partway there," she said.
Q direct Anahera Pōhatu-Kingi :: "Nobody is being asked to do this overnight. There's a 10-year pathway, and most farms in the region are already partway there,"
F duration 10-year
> She said water quality in the Mataura, Ōreti and Aparima rivers had got worse at 23 of the council's 41 monitoring sites over the past two decades, and nitrogen reaching the New River Estuary near Invercargill and Foveaux Strait was feeding algal blooms.
L geo Mataura
L geo Ōreti
L geo Aparima
F number 23
F number 41
F duration two decades
L geo New River Estuary
L city Invercargill
L geo Foveaux Strait
> Fertiliser co-operatives Ravensdown and Ballance Agri-Nutrients say urea sales to Canterbury farms have already fallen by about a fifth since 2028. A Ballance spokesperson said the company expected "a further, smaller drop" once the Southland rules took effect.
O company Ravensdown
O company Ballance Agri-Nutrients
L region Canterbury
F fraction a fifth
F date 2028
O company Ballance
Q direct - :: "a further, smaller drop"
L region Southland
> In Mid Canterbury, Methven farmer Lucy Oyelaran-Todd, who milks 380 cows on irrigated land between the Rakaia River and the foothills of the Southern Alps, said the price was the lesser worry.
L region Mid Canterbury
L city Methven
P full Lucy Oyelaran-Todd
F number 380
L geo Rakaia River
L geo Southern Alps
> "The price will come back. It always does. But the nitrate rules are permanent, and the bank knows that," she said.
Q direct Lucy Oyelaran-Todd :: "The price will come back. It always does. But the nitrate rules are permanent, and the bank knows that,"
> Aoraki, which takes its name from the country's highest mountain, Aoraki/Mount Cook, collects milk from about 1,900 farms between Oamaru and Invercargill. It will report its interim result on 24 March.
O company Aoraki
L geo Aoraki/Mount Cook
F number 1,900
L city Oamaru
L city Invercargill
F date 24 March
'''

ARTICLES['212-granard-bookkeeper-theft-gambling-jailed'] = r'''
> Crime & Law
> Bookkeeper who stole €412,000 from Longford haulage firm to feed gambling habit is jailed
F money €412,000
L region Longford
> Majella Brannigan (54) took money from family-owned Hallinan Haulage in Granard over more than seven years
P full Majella Brannigan
F age 54
O company Hallinan Haulage
L city Granard
F duration seven years
> Aoife Ní Chléirigh
P full Aoife Ní Chléirigh
> Tue Mar 18 2031 - 17:42
F date Mar 18 2031
F time 17:42
> Longford Courthouse, where Judge Pádraig de Barra described the thefts as “grave and sustained”. Photograph: Collins Courts
L facility Longford Courthouse
P full Pádraig de Barra
Q direct Pádraig de Barra :: “grave and sustained”
O media Collins Courts
> A bookkeeper who stole more than €412,000 from the Co Longford haulage company where she had worked for almost two decades, losing most of it on online gambling, has been jailed for four years.
F money €412,000
L region Co Longford
F duration two decades
F duration four years
> Majella Brannigan (54), of Ballinalee Road, Granard, Co Longford, pleaded guilty at Longford Circuit Criminal Court to 40 sample counts of theft from Hallinan Haulage Ltd between March 2022 and September 2029.
P full Majella Brannigan
F age 54
L street Ballinalee Road
L city Granard
L region Co Longford
O government Longford Circuit Criminal Court
F number 40
O company Hallinan Haulage Ltd
F date March 2022
F date September 2029
> The court heard there were 312 counts on the indictment, relating to 1,146 separate transactions.
F number 312
F number 1,146
> Det Garda Shane Ó Riordáin, of the Garda National Economic Crime Bureau (GNECB), told Tomás Breathnach BL, prosecuting, that Brannigan had been the company’s bookkeeper and office manager since 2011 and had sole control of its accounts and payroll.
P full Shane Ó Riordáin
O government Garda National Economic Crime Bureau
O government GNECB
P full Tomás Breathnach
P partial Brannigan
F date 2011
> From early 2022, she began transferring money to her own accounts and to one held in her late mother’s name, disguising the payments as invoices from fuel and tyre suppliers.
F date 2022
> The thefts came to light in October 2029, when the firm’s new accountant, preparing its returns for Revenue, could not match €86,500 in payments to any invoice.
F date October 2029
O government Revenue
F money €86,500
> Det Garda Ó Riordáin said Brannigan made full admissions when interviewed by gardaí in Longford in January 2030. Bank records showed she had lodged €391,000 to gambling accounts with Paddy Power, Bet365 and two other online bookmakers over the same period.
P partial Ó Riordáin
P partial Brannigan
L city Longford
F date January 2030
F money €391,000
O company Paddy Power
O company Bet365
F number two
> She has repaid €62,000, raised through the sale of a car and the remortgaging of her home, and a further €25,000 was handed into court on Tuesday.
F money €62,000
F money €25,000
> In a victim impact statement read to the court, company director Fergal Hallinan said the business his father founded in 1978 had “very nearly gone under”.
P full Fergal Hallinan
F date 1978
Q direct Fergal Hallinan :: “very nearly gone under”
> “We had to let three drivers go and I went eight months without taking a wage. My brother and I trusted Majella completely. She was at our weddings. She was at my father’s funeral.
Q direct Fergal Hallinan :: “We had to let three drivers go and I went eight months without taking a wage. My brother and I trusted Majella completely. She was at our weddings. She was at my father’s funeral.
F number three
F duration eight months
P partial Majella
> “I don’t think people understand what this does to a small firm in a small town. You start to doubt everyone,” he said.
Q direct Fergal Hallinan :: “I don’t think people understand what this does to a small firm in a small town. You start to doubt everyone,”
> Róisín Nic Giolla Phádraig SC, defending, said her client had developed a severe gambling addiction after the death of her husband in 2021 and had been “chasing losses” for most of the period.
P full Róisín Nic Giolla Phádraig
F date 2021
Q direct Róisín Nic Giolla Phádraig :: “chasing losses”
> Counsel said Brannigan, a mother of three, had attended Gamblers Anonymous meetings in Mullingar twice a week since her arrest and had completed a 12-week residential treatment programme in Co Kildare.
P partial Brannigan
F number three
O nonprofit Gamblers Anonymous
L city Mullingar
F duration 12-week
L region Co Kildare
> “She is utterly ashamed. She has not placed a bet in 17 months and she accepts that she is going to prison,” counsel said.
Q direct Róisín Nic Giolla Phádraig :: “She is utterly ashamed. She has not placed a bet in 17 months and she accepts that she is going to prison,”
F duration 17 months
> A Probation Service report assessed her as being at low risk of reoffending.
O government Probation Service
> Sentencing, Judge de Barra said the thefts were “grave and sustained” and had been carried out against people who had treated Brannigan “like family”.
P partial de Barra
Q direct Pádraig de Barra :: “grave and sustained”
P partial Brannigan
Q direct Pádraig de Barra :: “like family”
> “This was not a single lapse. It was hundreds of decisions, made week after week, to take money that belonged to her employer,” he said.
Q direct Pádraig de Barra :: “This was not a single lapse. It was hundreds of decisions, made week after week, to take money that belonged to her employer,”
> The judge noted that the maximum sentence for theft was 10 years. He set a headline sentence of six years, which he reduced to five years to reflect her guilty plea, the repayments and her previous good character.
F duration 10 years
F duration six years
F duration five years
> He suspended the final 12 months on condition that she pay a further €40,000 to Hallinan Haulage within three years of her release and remain under the supervision of the Probation Service for 18 months.
F duration 12 months
F money €40,000
O company Hallinan Haulage
F duration three years
O government Probation Service
F duration 18 months
> Brannigan, who sat beside her sister in the body of the court, wept as she was led away by prison officers. She will serve her sentence at the Dóchas Centre in Dublin.
P partial Brannigan
L facility Dóchas Centre
L city Dublin
> Outside court, Mr Hallinan said the company, which now employs 23 people and runs 31 lorries from its yard on the N55, had “come out the other side”.
P partial Hallinan
F number 23
F number 31
L street N55
Q direct Fergal Hallinan :: “come out the other side”
> “We’re still here. That’s what matters,” he said.
Q direct Fergal Hallinan :: “We’re still here. That’s what matters,”
'''

ARTICLES['213-para-governor-runoff-castro-lacerda-neto'] = r'''
> Leftist ex-teacher narrowly wins governor's runoff in Brazil's Pará state
L country Brazil
L region Pará
> By LUCAS MOREIRA DA COSTA
P full LUCAS MOREIRA DA COSTA
> Updated 10:52 PM EDT, October 27, 2030
F time 10:52 PM EDT
F date October 27, 2030
> Raimunda Castro, candidate for governor of Pará state for the Workers' Party, greets supporters after voting in Ananindeua, Brazil, Sunday, Oct. 27, 2030. (AP Photo/Tarcísio Barros Leal)
P full Raimunda Castro
L region Pará
O party Workers' Party
L city Ananindeua
L country Brazil
F date Oct. 27, 2030
O media AP
P full Tarcísio Barros Leal
> BELÉM, Brazil (AP) — A former history teacher from the leftist Workers' Party, or PT, narrowly won the runoff for governor of Pará on Sunday, handing the left control of a sprawling state in the Amazon that has become a front line in Brazil's fight over deforestation.
L city BELÉM
L country Brazil
O media AP
O party Workers' Party
O party PT
L region Pará
L geo Amazon
L country Brazil
> With 99.8% of ballots counted, Raimunda Castro had 50.7% of valid votes against 49.3% for Anderson Lacerda Neto of the right-wing Liberal Party, or PL, according to the Superior Electoral Court, known by its Portuguese initials TSE. The margin was about 64,000 votes out of nearly 4.6 million valid ballots.
F percent 99.8%
P full Raimunda Castro
F percent 50.7%
F percent 49.3%
P full Anderson Lacerda Neto
O party Liberal Party
O party PL
O government Superior Electoral Court
O government TSE
F number 64,000
F number 4.6 million
> It was the closest race for governor in Pará since Brazil's return to democracy in 1985, and the PT's first victory in the state since 2006.
L region Pará
L country Brazil
F date 1985
O party PT
F date 2006
> "This victory belongs to the teachers, to the river communities, to everyone who was told the forest is worth more dead than alive," Castro told thousands of supporters at the Estação das Docas, a converted warehouse complex on Guajará Bay in Belém.
Q direct Raimunda Castro :: "This victory belongs to the teachers, to the river communities, to everyone who was told the forest is worth more dead than alive,"
P partial Castro
L facility Estação das Docas
L geo Guajará Bay
L city Belém
> "Starting tomorrow, I govern for the whole of Pará, including the people who did not vote for me," she said.
Q direct Raimunda Castro :: "Starting tomorrow, I govern for the whole of Pará, including the people who did not vote for me,"
L region Pará
> Castro, 58, taught history in public schools in Marabá for two decades before she was elected to the state legislature in 2018. She will take office on Jan. 6, 2031, replacing a term-limited governor from the centrist Brazilian Democratic Movement, or MDB.
P partial Castro
F age 58
L city Marabá
F duration two decades
F date 2018
F date Jan. 6, 2031
O party Brazilian Democratic Movement
O party MDB
> Lacerda Neto, 46, a cattle rancher and former mayor of Parauapebas, home to one of the world's largest iron ore mines, had not conceded by late Sunday. In a video posted on Instagram, he said his campaign would "wait for every vote to be checked" and asked supporters to stay calm.
P partial Lacerda Neto
F age 46
L city Parauapebas
O company Instagram
Q direct Anderson Lacerda Neto :: "wait for every vote to be checked"
> The PL said in a statement that it would ask the Regional Electoral Court of Pará, known as TRE-PA, to review results from 14 polling sections in Ananindeua and Santarém, citing "inconsistencies in the transmission of data."
O party PL
O government Regional Electoral Court of Pará
O government TRE-PA
F number 14
L city Ananindeua
L city Santarém
Q direct Liberal Party :: "inconsistencies in the transmission of data."
> Brazil has voted on electronic machines since 1996, and neither the TSE nor international observers have found evidence of fraud in any election since.
L country Brazil
F date 1996
O government TSE
> Polls closed at 5 p.m. local time (4 p.m. EDT), and results for the state were almost complete about three hours later.
F time 5 p.m.
F time 4 p.m. EDT
F duration three hours
> Pará, home to 8.7 million people in an area larger than Colombia, accounts for roughly a third of the deforestation in the Brazilian Amazon. Clearing in the state fell 38% between 2023 and 2029, according to the National Institute for Space Research, or INPE, before rising again last year as cattle prices climbed.
L region Pará
F number 8.7 million
L country Colombia
F fraction a third
L geo Amazon
F percent 38%
F date 2023
F date 2029
O government National Institute for Space Research
O government INPE
> Castro has promised to spend 2.1 billion reais ($390 million) over four years on river transport, rural schools and a program paying small farmers who keep forest standing about 600 reais ($110) a month per family.
P partial Castro
F money 2.1 billion reais
F money $390 million
F duration four years
F money 600 reais
F money $110
> Lacerda Neto ran on paving the remaining stretches of the BR-163 and Trans-Amazonian highways and on expanding cattle ranching and soy farming in the south of the state. He was backed by the Pará Federation of Agriculture and Livestock, known as FAEPA, and by dozens of the state's mayors.
P partial Lacerda Neto
L street BR-163
L street Trans-Amazonian
O nonprofit Pará Federation of Agriculture and Livestock
O nonprofit FAEPA
> In Parauapebas, rancher Edivaldo Rocha Júnior, 61, who voted for Lacerda Neto, said he feared Castro would "treat everyone who produces as a criminal."
L city Parauapebas
P full Edivaldo Rocha Júnior
F age 61
P partial Lacerda Neto
P partial Castro
Q direct Edivaldo Rocha Júnior :: "treat everyone who produces as a criminal."
> "Here we feed Brazil. We want roads, not fines," he said.
Q direct Edivaldo Rocha Júnior :: "Here we feed Brazil. We want roads, not fines,"
L country Brazil
> "Pará is a small Brazil. You have Belém, which looks to the river and the sea, and you have the southeast of the state, which looks to Mato Grosso and the soy trade," said Thiago de Oliveira Mendonça, a political scientist at the Federal University of Pará.
Q direct Thiago de Oliveira Mendonça :: "Pará is a small Brazil. You have Belém, which looks to the river and the sea, and you have the southeast of the state, which looks to Mato Grosso and the soy trade,"
L region Pará
L country Brazil
L city Belém
L region Mato Grosso
P full Thiago de Oliveira Mendonça
O education Federal University of Pará
> "The southeast voted for Lacerda Neto by almost two to one. Belém and its metropolitan area gave Castro the election," he said.
Q direct Thiago de Oliveira Mendonça :: "The southeast voted for Lacerda Neto by almost two to one. Belém and its metropolitan area gave Castro the election,"
P partial Lacerda Neto
F number two
F number one
L city Belém
P partial Castro
> Turnout in Pará was 78.2%, and blank and spoiled ballots made up 6.4% of the total, the TSE said. Voting is compulsory in Brazil for literate citizens aged 18 to 70.
L region Pará
F percent 78.2%
F percent 6.4%
O government TSE
L country Brazil
F age 18
F age 70
> Voters in 11 other states also chose governors on Sunday, among them São Paulo, Minas Gerais and Rio Grande do Sul, where the Social Democratic Party, or PSD, held on to power.
F number 11
L region São Paulo
L region Minas Gerais
L region Rio Grande do Sul
O party Social Democratic Party
O party PSD
> Belém hosted the COP30 climate summit in 2025, and Castro said she would invite environment ministers from the eight countries that share the Amazon to the city during her first year in office.
L city Belém
F date 2025
P partial Castro
F number eight
L geo Amazon
> Associated Press writer Marcelo Nunes Ribeiro in Brasília contributed to this report.
O media Associated Press
P full Marcelo Nunes Ribeiro
L city Brasília
'''

ARTICLES['214-sable-arc-3-phone-loop-ring-launch'] = r'''
> Sable’s Arc 3 is a $799 flagship phone with a smart ring to match
O company Sable
F money $799
> The Amsterdam-based company is betting that a cheaper flagship and a subscription-free ring can win over people tired of $1,200 phones.
L city Amsterdam
F money $1,200
> by Priyanka Raghunathan-Bose
P full Priyanka Raghunathan-Bose
> Oct 8, 2031, 4:00 PM UTC
F date Oct 8, 2031
F time 4:00 PM UTC
> The Arc 3 in its new “kelp” green finish. Photo by Priyanka Raghunathan-Bose / The Verge
Q scare - :: “kelp”
P full Priyanka Raghunathan-Bose
O media The Verge
> Sable, the Amsterdam-based phone maker that started out selling refurbished Android phones in 2023, announced its third flagship on Wednesday: the Arc 3, a 6.4-inch phone that starts at $799, £749, or €849 and ships on October 23rd.
O company Sable
L city Amsterdam
F date 2023
F quantity 6.4-inch
F money $799
F money £749
F money €849
F date October 23rd
> Alongside it, the company announced the Loop, a titanium smart ring that tracks heart rate, skin temperature, and what Sable calls “stress load.” The Loop costs $249 on its own and comes in eight sizes, or $999 in a bundle with the Arc 3 Pro, a larger model with a 6.8-inch screen.
O company Sable
Q scare - :: “stress load.”
F money $249
F number eight
F money $999
F quantity 6.8-inch
> Onstage at the Westergasfabriek, a former gasworks in Amsterdam, co-founder and CEO Joost van den Akker pitched the Arc 3 as a phone for people who “don’t need a $1,200 camera in their pocket to take a nice picture of their dog.”
L facility Westergasfabriek
L city Amsterdam
P full Joost van den Akker
Q direct Joost van den Akker :: “don’t need a $1,200 camera in their pocket to take a nice picture of their dog.”
F money $1,200
> “Every year, the industry adds features nobody asked for and charges you more for them,” he said. “We went the other way. We asked what people actually do with their phones, and then we made those things really, really good.”
Q direct Joost van den Akker :: “Every year, the industry adds features nobody asked for and charges you more for them,”
Q direct Joost van den Akker :: “We went the other way. We asked what people actually do with their phones, and then we made those things really, really good.”
> Van den Akker founded Sable with Lotte Brouwer-Yilmaz, now its chief technology officer, after the two met working at Philips in Eindhoven. The company raised €140 million last year from investors including Prosus and says it employs 620 people.
P partial Van den Akker
O company Sable
P full Lotte Brouwer-Yilmaz
F number two
O company Philips
L city Eindhoven
F money €140 million
O company Prosus
F number 620
> The Arc 3 runs on Qualcomm’s Snapdragon 8s Gen 6 chip with 12GB of RAM and starts with 256GB of storage. Its 5,100mAh battery is rated for two days of use, and it supports 45W wired and 15W wireless charging. Sable says it charges from zero to 50 percent in 19 minutes.
O company Qualcomm
F quantity 12GB
F quantity 256GB
F quantity 5,100mAh
F duration two days
F quantity 45W
F quantity 15W
O company Sable
F percent zero
F percent 50 percent
F duration 19 minutes
> The 6.4-inch OLED screen refreshes at up to 120Hz and peaks at 3,000 nits. The phone weighs 186 grams and is rated IP68 for dust and water resistance. On the back are three cameras: a 50-megapixel main sensor, a 50-megapixel ultrawide, and a 12-megapixel telephoto.
F quantity 6.4-inch
F quantity 120Hz
F quantity 3,000 nits
F quantity 186 grams
F number three
F quantity 50-megapixel
F quantity 50-megapixel
F quantity 12-megapixel
> Sable is promising seven years of Android and security updates, matching what Google and Samsung offer on their flagships.
O company Sable
F duration seven years
O company Google
O company Samsung
> The Loop is 2.6mm thick, weighs between 3 and 5 grams depending on size, and Sable claims it lasts up to eight days on a charge. Unlike the Oura Ring, it doesn’t require a subscription: sleep tracking, heart rate variability, and the stress load score are all free.
F quantity 2.6mm
F quantity 3
F quantity 5 grams
O company Sable
F duration eight days
> Sable’s head of health research, Dr. Amara Okonkwo-Lindqvist, said the stress estimate was validated in a six-month study of 1,400 volunteers run with the University of Amsterdam and Amsterdam UMC.
O company Sable
P full Amara Okonkwo-Lindqvist
F duration six-month
F number 1,400
O education University of Amsterdam
O other Amsterdam UMC
> “We’re not diagnosing anything. We’re giving you a number and a nudge,” she told The Verge after the keynote.
Q direct Amara Okonkwo-Lindqvist :: “We’re not diagnosing anything. We’re giving you a number and a nudge,”
O media The Verge
> Sable shipped about 1.3 million phones last year, almost all of them in Europe, according to Counterpoint Research — less than 1 percent of the European market. Counterpoint senior analyst Mateus Figueiredo-Haas said the US launch was the company’s biggest gamble yet.
O company Sable
F number 1.3 million
L continent Europe
O company Counterpoint Research
F percent 1 percent
O company Counterpoint
P full Mateus Figueiredo-Haas
L country US
> “Sable has a very loyal base in the Netherlands, Germany, and the Nordics. The question is whether Americans will pay $799 for a phone from a brand most of them have never heard of,” Figueiredo-Haas said. He noted that phones priced between $600 and $900 make up about 22 percent of US smartphone sales, a share that has grown every year since 2028.
Q direct Mateus Figueiredo-Haas :: “Sable has a very loyal base in the Netherlands, Germany, and the Nordics. The question is whether Americans will pay $799 for a phone from a brand most of them have never heard of,”
O company Sable
L country Netherlands
L country Germany
L region Nordics
F money $799
P partial Figueiredo-Haas
F money $600
F money $900
F percent 22 percent
L country US
F date 2028
> The Arc 3 is the first Sable phone to be sold in the US, where it will be available unlocked from Sable’s website and Amazon. Verizon will carry the Arc 3 Pro.
O company Sable
L country US
O company Sable
O company Amazon
O company Verizon
> At $799, the Arc 3 undercuts Google’s Pixel 15 by $200 and the Samsung Galaxy S31 by $100, though both have bigger batteries. Preorders open today in the US, the UK, and 14 other European countries; the Arc 3 Pro starts at $1,049 and ships two weeks later, on November 6th.
F money $799
O company Google
F money $200
F money $100
L country US
L country UK
F number 14
F money $1,049
F duration two weeks
F date November 6th
> I spent about 40 minutes with the Arc 3 and the Loop before the keynote. The phone feels dense and well made, and the ring is the most comfortable I’ve tried, but I’ll reserve judgment on the stress load score until I’ve lived with it for a few weeks.
F duration 40 minutes
> Update, October 8th, 12:40PM ET: Added UK and European pricing.
F date October 8th
F time 12:40PM ET
L country UK
'''

ARTICLES['215-ruaha-elephant-census-iringa-crop-raids'] = r'''
> News
> Ruaha elephants bounce back, but Iringa villagers count the cost
L geo Ruaha
L region Iringa
> A new aerial census shows elephant numbers in the Ruaha-Rungwa ecosystem have risen by 41 percent since 2014, but farmers bordering the park say crop raids have left them hungry
L geo Ruaha
L geo Rungwa
F percent 41 percent
F date 2014
> By Rehema Mwasumbi
P full Rehema Mwasumbi
> Thursday, May 15, 2031
F date May 15, 2031
> A herd of elephants crosses the Great Ruaha River inside Ruaha National Park in Iringa Region. PHOTO | FILE
L geo Great Ruaha River
L geo Ruaha National Park
L region Iringa Region
> Iringa. Elephant numbers in the Ruaha-Rungwa ecosystem in southern Tanzania have climbed to 11,640, the highest count in more than a decade, according to the results of an aerial census released yesterday.
L city Iringa
L geo Ruaha
L geo Rungwa
L country Tanzania
F number 11,640
> The survey, carried out in September and October last year by the Tanzania Wildlife Research Institute (Tawiri) with support from the Frankfurt Zoological Society, covered about 45,000 square kilometres of Ruaha National Park, Rungwa Game Reserve and neighbouring wildlife management areas.
O government Tanzania Wildlife Research Institute
O government Tawiri
O nonprofit Frankfurt Zoological Society
F quantity 45,000 square kilometres
L geo Ruaha National Park
L geo Rungwa Game Reserve
> Tawiri’s principal research officer, Dr Baraka Mwakilema, said the 2014 census had counted 8,270 elephants in the same area, after poaching for ivory had cut the population by more than half in five years.
O government Tawiri
P full Baraka Mwakilema
F date 2014
F number 8,270
F fraction half
F duration five years
> “This is a conservation success by any measure. The ratio of carcasses to live elephants is the lowest we have ever recorded, which tells us poaching is under control,” he told The Citizen.
Q direct Baraka Mwakilema :: “This is a conservation success by any measure. The ratio of carcasses to live elephants is the lowest we have ever recorded, which tells us poaching is under control,”
O media The Citizen
> Tanzania National Parks (Tanapa) said it had increased foot patrols in Ruaha from 96 to 240 a month since 2019, and now flies two light aircraft and 18 drones over the park.
O government Tanzania National Parks
O government Tanapa
L geo Ruaha
F number 96
F number 240
F date 2019
F number two
F number 18
> But in villages bordering the park in the Idodi and Pawaga divisions of Iringa District, farmers say the recovery has come at their expense.
L region Idodi
L region Pawaga
L region Iringa District
> In Tungamalenga village, Ms Mwanaidi Athumani Kiwelu, 61, showed this reporter a field of maize that had been flattened overnight.
L city Tungamalenga
P full Mwanaidi Athumani Kiwelu
F age 61
> “Tembo wamekula kila kitu. Tumebaki na njaa,” she said. (The elephants have eaten everything. We are left with hunger.)
Q direct Mwanaidi Athumani Kiwelu :: “Tembo wamekula kila kitu. Tumebaki na njaa,”
> She said a herd of about 30 elephants had raided her 2.5-acre farm three times in April alone, destroying maize and beans she had expected to sell for Sh1.8 million.
F number 30
F quantity 2.5-acre
F number three
F money Sh1.8 million
> Tungamalenga village chairman Elias Mbwambo said 412 households in the village had lost crops this season, on about 680 hectares.
L city Tungamalenga
P full Elias Mbwambo
F number 412
F quantity 680 hectares
> “The government tells us elephants bring tourists and tourists bring money. We have not seen that money here.
Q direct Elias Mbwambo :: “The government tells us elephants bring tourists and tourists bring money. We have not seen that money here.
> “Last year three people were killed by elephants in this ward alone. One of them was my neighbour’s son. He was 19,” Mr Mbwambo said.
Q direct Elias Mbwambo :: “Last year three people were killed by elephants in this ward alone. One of them was my neighbour’s son. He was 19,”
F number three
F age 19
P partial Mbwambo
> Under the Wildlife Conservation (Dangerous Animals Damage Consolation) Regulations, farmers receive Sh100,000 per acre of crops destroyed, and a family receives Sh2 million when a relative is killed. The payments are officially called “consolation” rather than compensation, and villagers and MPs say the rates, set in 2011, are far too low and can take up to two years to arrive.
F money Sh100,000
F money Sh2 million
Q scare - :: “consolation”
F date 2011
F duration two years
> The Tanzania Wildlife Management Authority (Tawa), which manages game reserves and handles most conflict between people and wildlife outside national parks, said it paid Sh1.34 billion to 2,816 farmers in Iringa, Mbeya and Singida regions in the 2029/30 financial year.
O government Tanzania Wildlife Management Authority
O government Tawa
F money Sh1.34 billion
F number 2,816
L region Iringa
L region Mbeya
L region Singida
F date 2029/30
> “All verified claims are being processed in the order they were received,” the authority said in a statement, adding that a further Sh620 million had been set aside for Iringa alone.
Q direct Tanzania Wildlife Management Authority :: “All verified claims are being processed in the order they were received,”
F money Sh620 million
L region Iringa
> Isimani MP Festo Kalinga told the Bunge last month that the consolation rates should be raised to at least Sh500,000 per acre and paid within 90 days.
L region Isimani
P full Festo Kalinga
O government Bunge
F money Sh500,000
F duration 90 days
> The Ministry of Natural Resources and Tourism said a review of the rates was “at an advanced stage” and would be completed before the end of the year.
O government Ministry of Natural Resources and Tourism
Q direct Ministry of Natural Resources and Tourism :: “at an advanced stage”
> Tembo Pamoja Foundation, an Iringa-based organisation that trains village game scouts, has since 2027 built beehive and chilli fences along 38 kilometres of the park boundary.
O nonprofit Tembo Pamoja Foundation
L city Iringa
F date 2027
F quantity 38 kilometres
> Its executive director, Grace Nkya-Lyimo, said the fences had cut crop raids by 70 percent in the 11 villages where they had been put up, and that honey from the hives had earned some households up to Sh900,000 a year.
P full Grace Nkya-Lyimo
F percent 70 percent
F number 11
F money Sh900,000
> “We cannot fence the whole park, and we should not. Elephants need corridors, and the corridor from Ruaha to the Usangu plains is being swallowed by rice farms,” Ms Nkya-Lyimo said.
Q direct Grace Nkya-Lyimo :: “We cannot fence the whole park, and we should not. Elephants need corridors, and the corridor from Ruaha to the Usangu plains is being swallowed by rice farms,”
L geo Ruaha
L geo Usangu
P partial Nkya-Lyimo
> Tourism is the main reason the government wants the elephants back. Ruaha received 38,900 visitors in 2030, up from 21,000 in 2019, and earned Sh9.6 billion in park fees, according to Tanapa figures.
L geo Ruaha
F number 38,900
F date 2030
F number 21,000
F date 2019
F money Sh9.6 billion
O government Tanapa
> Back in Tungamalenga, Ms Kiwelu said she would plant sunflower next season. “They say elephants do not like it. We will see,” she said.
L city Tungamalenga
P partial Kiwelu
Q direct Mwanaidi Athumani Kiwelu :: “They say elephants do not like it. We will see,”
'''

ARTICLES['216-zimbabwe-ireland-harare-odi-marufu-century'] = r'''
> Report
> Marufu century powers Zimbabwe to series-levelling win over Ireland
P partial Marufu
O team Zimbabwe
O team Ireland
> Kudakwashe Marufu's 104 and four wickets for Blessing Nyathi-Moyo square the three-match series at 1-1
P full Kudakwashe Marufu
F number 104
F number four
P full Blessing Nyathi-Moyo
F number three
F score 1-1
> Farai Chikore
P full Farai Chikore
> 18-Jul-2031
F date 18-Jul-2031
> Kudakwashe Marufu brought up his third ODI century off 92 balls • Zimbabwe Cricket
P full Kudakwashe Marufu
F number 92
O other Zimbabwe Cricket
> Zimbabwe 287 for 6 (Marufu 104, Chiwaya 63*, McNamee 2-51) beat Ireland 251 (Ó Dálaigh 88, Kinsella-Doyle 47, Nyathi-Moyo 4-38) by 36 runs
O team Zimbabwe
F score 287
F number 6
P partial Marufu
F number 104
P partial Chiwaya
F number 63
P partial McNamee
F score 2-51
O team Ireland
F score 251
P partial Ó Dálaigh
F number 88
P partial Kinsella-Doyle
F number 47
P partial Nyathi-Moyo
F score 4-38
F number 36
> Kudakwashe Marufu's third ODI century and a disciplined effort from Zimbabwe's seamers levelled the series at Harare Sports Club, where Ireland, chasing 288, were bowled out for 251 in the 47th over.
P full Kudakwashe Marufu
O team Zimbabwe
L facility Harare Sports Club
O team Ireland
F number 288
F score 251
> Zimbabwe chose to bat after the start was delayed by 40 minutes because of a damp outfield, and were 31 for 2 in the seventh over when the Ireland seamer Conor McNamee had Tinotenda Sibanda-Kore caught behind.
O team Zimbabwe
F duration 40 minutes
F score 31
F number 2
O team Ireland
P full Conor McNamee
P full Tinotenda Sibanda-Kore
> Marufu and Simbarashe Mutizwa then added 142 for the third wicket in 25 overs. Mutizwa made 58 before holing out to deep midwicket, but Marufu, who hit nine fours and three sixes, went on to his century off 92 balls with a pull off the legspinner Darragh Ó Súilleabháin.
P partial Marufu
P full Simbarashe Mutizwa
F number 142
F number 25
P partial Mutizwa
F number 58
P partial Marufu
F number nine
F number three
F number 92
P full Darragh Ó Súilleabháin
> He fell for 104 from 97 balls at 214 for 4, caught at long-on off McNamee, but the Zimbabwe captain Tatenda Chiwaya made sure the platform was not wasted. Chiwaya's unbeaten 63 off 49 balls and a brisk 34 from Ryan Goredema-Hill brought 87 from the last 10 overs.
F number 104
F number 97
F score 214
F number 4
P partial McNamee
O team Zimbabwe
P full Tatenda Chiwaya
P partial Chiwaya
F number 63
F number 49
F number 34
P full Ryan Goredema-Hill
F number 87
F number 10
> McNamee was Ireland's best bowler with 2-51, while Ó Súilleabháin went for 64 in his 10 overs.
P partial McNamee
O team Ireland
F score 2-51
P partial Ó Súilleabháin
F number 64
F number 10
> Ireland's chase was built around the opener Cillian Ó Dálaigh, who made 88 off 101 balls with ten fours and added 96 for the fourth wicket with Mark Kinsella-Doyle. At 158 for 3 after 31 overs, needing 130 from 19 overs at 6.84 an over, the visitors were still very much in the game.
O team Ireland
P full Cillian Ó Dálaigh
F number 88
F number 101
F number ten
F number 96
P full Mark Kinsella-Doyle
F score 158
F number 3
F number 31
F number 130
F number 19
F number 6.84
> Then Nyathi-Moyo, the 22-year-old left-arm seamer playing only his sixth ODI, came back for a second spell and changed the match. He bowled Ó Dálaigh with one that nipped back, had Kinsella-Doyle caught at cover for 47 and took two more wickets in his next 11 balls as Ireland lost their last seven wickets for 93.
P partial Nyathi-Moyo
F age 22-year-old
P partial Ó Dálaigh
P partial Kinsella-Doyle
F number 47
F number two
F number 11
O team Ireland
F number seven
F number 93
> "We spoke after Bulawayo about batting deep and giving ourselves a chance at the end, and Kuda showed everyone how to do it," Chiwaya said at the presentation. "On this pitch 260 was a good score. To get 287 you need someone to bat 35 overs, and he did that."
Q direct Tatenda Chiwaya :: "We spoke after Bulawayo about batting deep and giving ourselves a chance at the end, and Kuda showed everyone how to do it,"
L city Bulawayo
P partial Kuda
P partial Chiwaya
Q direct Tatenda Chiwaya :: "On this pitch 260 was a good score. To get 287 you need someone to bat 35 overs, and he did that."
F score 260
F score 287
F number 35
> "Blessing has been working on the ball that comes back in for two years. Today it came out perfectly."
Q direct Tatenda Chiwaya :: "Blessing has been working on the ball that comes back in for two years. Today it came out perfectly."
P partial Blessing
F duration two years
> Ireland captain Eoin Mac Giolla Bhríde said his side had been "20 or 30 runs" short of where they wanted to be after Zimbabwe's innings, but felt the chase was there for the taking.
O team Ireland
P full Eoin Mac Giolla Bhríde
Q direct Eoin Mac Giolla Bhríde :: "20 or 30 runs"
F number 20
F number 30
O team Zimbabwe
> "When you're 158 for 3 and Cillian is batting like that, you back yourself to get home," he said. "We lost seven for 93, and that's on us as a batting group. We'll have to be a lot better in Bulawayo."
Q direct Eoin Mac Giolla Bhríde :: "When you're 158 for 3 and Cillian is batting like that, you back yourself to get home,"
F score 158
F number 3
P partial Cillian
Q direct Eoin Mac Giolla Bhríde :: "We lost seven for 93, and that's on us as a batting group. We'll have to be a lot better in Bulawayo."
F number seven
F number 93
L city Bulawayo
> Marufu, the player of the match, said he had spent the past three weeks working with Zimbabwe's batting coach on playing the short ball.
P partial Marufu
F duration three weeks
O team Zimbabwe
> "In Bulawayo I got out hooking and I was angry with myself for two days. Here I wanted to make them bowl to me," he said.
Q direct Kudakwashe Marufu :: "In Bulawayo I got out hooking and I was angry with myself for two days. Here I wanted to make them bowl to me,"
L city Bulawayo
F duration two days
> A crowd of about 3,200 turned out on a cool winter Friday, the biggest for an ODI in Harare since 2023.
F number 3,200
L city Harare
F date 2023
> Zimbabwe Cricket said the fast bowler Tawanda Mupariwa-Gumbo had been ruled out of the deciding match with a side strain and would be replaced by the uncapped 19-year-old Nigel Chinoda of Mashonaland Eagles.
O other Zimbabwe Cricket
P full Tawanda Mupariwa-Gumbo
F age 19-year-old
P full Nigel Chinoda
O team Mashonaland Eagles
> The third and final ODI is at Queens Sports Club in Bulawayo on Sunday, starting at 9.30am local time. Both sides need the points: Zimbabwe are seventh and Ireland ninth in the ICC's qualification table for the 2035 World Cup, with the top eight going through automatically.
L facility Queens Sports Club
L city Bulawayo
F time 9.30am
O team Zimbabwe
O team Ireland
O other ICC
F date 2035
F number eight
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
