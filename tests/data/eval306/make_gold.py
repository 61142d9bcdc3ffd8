#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval306 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval306/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1879-miami-dade-home-insurance-premiums-citizens-oir-miami-herald'] = r'''
> Business
> South Florida home insurance premiums jumped 19% in a year. Now Citizens is growing again
L region South Florida
F percent 19%
O company Citizens
> Miami-Dade homeowners paid an average of $6,840 for coverage last year, state regulators say, as private carriers pull back and a state senator pushes a fix.
L region Miami-Dade
F money $6,840
> By Yesenia Carvajal-Ortiz
P full Yesenia Carvajal-Ortiz
> Updated March 12, 2041 6:12 PM
F date March 12, 2041
F time 6:12 PM
> Marisol Echeverría-Pratt outside her home on Southwest 112th Street in Kendall on Monday, March 11, 2041. Her premium has nearly doubled in two years. ROBERTO QUIÑONES-LEDUC rquinones@miamiherald.com
P full Marisol Echeverría-Pratt
L street Southwest 112th Street
L city Kendall
F date March 11, 2041
F duration two years
P full ROBERTO QUIÑONES-LEDUC
> Homeowners in Miami-Dade County paid an average of $6,840 for a standard homeowners policy last year, up 19% from a year earlier and more than double what they paid in 2036, according to figures released Tuesday by the Florida Office of Insurance Regulation (OIR).
L region Miami-Dade County
F money $6,840
F percent 19%
F date 2036
O government Florida Office of Insurance Regulation
O government OIR
> Broward and Palm Beach counties were not far behind, at $5,910 and $5,230. Monroe County, where every home in the Keys sits in a flood zone, topped the state at $8,115.
L region Broward
L region Palm Beach
F money $5,910
F money $5,230
L region Monroe County
L geo Keys
F money $8,115
> The jump comes as Citizens Property Insurance Corp., the state-backed insurer that was meant to be a "market of last resort," swells again. Citizens had 1.41 million policies on March 1, OIR said, and 46% of them were in Miami-Dade, Broward and Palm Beach.
O company Citizens Property Insurance Corp.
Q scare - :: "market of last resort,"
O company Citizens
F number 1.41 million
F date March 1
O government OIR
F percent 46%
L region Miami-Dade
L region Broward
L region Palm Beach
> "We are watching the same movie we watched in 2037," said Tasha Whitcombe, the deputy insurance commissioner who oversees property coverage. "Carriers trim their exposure in South Florida, and Citizens picks up the policies."
Q direct Tasha Whitcombe :: "We are watching the same movie we watched in 2037,"
F date 2037
P full Tasha Whitcombe
Q direct Tasha Whitcombe :: "Carriers trim their exposure in South Florida, and Citizens picks up the policies."
L region South Florida
O company Citizens
> Whitcombe said five private insurers had asked OIR since October to drop a combined 212,000 policies in the tri-county area, citing reinsurance costs that rose 14% at the Jan. 1 renewals.
P partial Whitcombe
F number five
O government OIR
F number 212,000
F percent 14%
F date Jan. 1
> For Marisol Echeverría-Pratt, 58, a retired school secretary in Kendall, the numbers are personal. Her Tampa-based carrier dropped her in November, and Citizens quoted her $7,250, up from $3,900 two years ago.
P full Marisol Echeverría-Pratt
F age 58
L city Kendall
L city Tampa
O company Citizens
F money $7,250
F money $3,900
F duration two years
> "I paid off this house in 2039. Now the insurance costs more than the mortgage did," she said. "My neighbor told me, 'Just go without.' I can't do that. I'd lose everything with one storm."
Q direct Marisol Echeverría-Pratt :: "I paid off this house in 2039. Now the insurance costs more than the mortgage did,"
F date 2039
Q direct Marisol Echeverría-Pratt :: "My neighbor told me, 'Just go without.' I can't do that. I'd lose everything with one storm."
F number one
> State Sen. Rodrigo Altamirano-Vélez, a Coral Gables Republican, filed a bill Monday that would let Citizens sell five-year fixed-rate policies to owners who harden their roofs and windows, and would add $400 million to the My Safe Florida Home grant program.
P full Rodrigo Altamirano-Vélez
L city Coral Gables
O company Citizens
F duration five-year
F money $400 million
> "People are not asking for a handout. They're asking for a price they can plan around," Altamirano-Vélez said in an interview. He called the current market "a slow-motion evacuation" of the middle class.
Q direct Rodrigo Altamirano-Vélez :: "People are not asking for a handout. They're asking for a price they can plan around,"
P partial Altamirano-Vélez
Q direct Rodrigo Altamirano-Vélez :: "a slow-motion evacuation"
> In a statement, Citizens said its rates remain "actuarially unsound" in much of South Florida and that any fixed-rate product would need approval from the Legislature. The insurer's board meets April 8 in Tallahassee.
O company Citizens
Q direct Citizens Property Insurance Corp. :: "actuarially unsound"
L region South Florida
O government Legislature
F date April 8
L city Tallahassee
> An executive at a carrier that is shedding policies in Cutler Bay and Homestead, who asked not to be named because the filings are under review, said the company "cannot keep writing coastal homes at these rates and stay solvent."
L city Cutler Bay
L city Homestead
Q direct - :: "cannot keep writing coastal homes at these rates and stay solvent."
> Hurricane season starts June 1. OIR projects that the average Miami-Dade premium could pass $7,500 by 2042 if reinsurance costs keep climbing at the current pace.
F date June 1
O government OIR
L region Miami-Dade
F money $7,500
F date 2042
'''

ARTICLES['1880-ngati-tuwaiora-treaty-settlement-whenuakite-coromandel-stuff'] = r'''
> Politics
> 'We waited 150 years': Ngāti Tūwaiora signs $94m Treaty settlement
Q direct Hinewai Rāpata-Moore :: 'We waited 150 years'
F duration 150 years
O other Ngāti Tūwaiora
F money $94m
> The Coromandel iwi will receive $94 million and the return of 3120 hectares of forest around Whenuakite, along with a formal Crown apology.
L region Coromandel
F money $94 million
F quantity 3120 hectares
L city Whenuakite
> Tamati Kereama-Hohaia
P full Tamati Kereama-Hohaia
> 11:05, Sep 13 2041
F time 11:05
F date Sep 13 2041
> Ngāti Tūwaiora chair Hinewai Rāpata-Moore, centre, with kaumātua at Parliament on Thursday. ROBYN DE GRAAF-TUHOE/STUFF
O other Ngāti Tūwaiora
P full Hinewai Rāpata-Moore
O government Parliament
P full ROBYN DE GRAAF-TUHOE
O media STUFF
> Ngāti Tūwaiora has signed a $94 million Treaty of Waitangi settlement with the Crown, more than 30 years after the Coromandel iwi first took its claim to the Waitangi Tribunal.
O other Ngāti Tūwaiora
F money $94 million
F duration 30 years
L region Coromandel
O government Waitangi Tribunal
> The deed, signed at Parliament in Wellington on Thursday, returns 3120 hectares of Crown forest land near Whenuakite and Hāhei, gives the iwi first right of refusal over 14 Crown properties in Whitianga, and includes an apology for land taken after the 1889 survey of Mercury Bay.
O government Parliament
L city Wellington
F quantity 3120 hectares
L city Whenuakite
L city Hāhei
F number 14
L city Whitianga
F date 1889
L geo Mercury Bay
> Iwi chair Hinewai Rāpata-Moore said the day belonged to the tūpuna who had fought for it.
P full Hinewai Rāpata-Moore
> "We waited 150 years for someone in Wellington to say the words out loud. Our kaumātua who started this claim in 2008 are mostly gone now," she said. "Today we said their names in Parliament.
Q direct Hinewai Rāpata-Moore :: "We waited 150 years for someone in Wellington to say the words out loud. Our kaumātua who started this claim in 2008 are mostly gone now,"
F duration 150 years
L city Wellington
F date 2008
Q direct Hinewai Rāpata-Moore :: "Today we said their names in Parliament.
O government Parliament
> "This is not the end of anything. It is the start of us planning for our mokopuna instead of arguing about the past."
Q direct Hinewai Rāpata-Moore :: "This is not the end of anything. It is the start of us planning for our mokopuna instead of arguing about the past."
> Minister for Treaty of Waitangi Negotiations Aperahama Te Wiata-Lowe said the Crown had "failed Ngāti Tūwaiora for generations" and that the apology, which will be written into the Ngāti Tūwaiora Claims Settlement Bill, was "long overdue and sincerely meant."
P full Aperahama Te Wiata-Lowe
Q direct Aperahama Te Wiata-Lowe :: "failed Ngāti Tūwaiora for generations"
O other Ngāti Tūwaiora
Q direct Aperahama Te Wiata-Lowe :: "long overdue and sincerely meant."
> "The Crown cannot give back the years. What it can do is give back the whenua and then get out of the way," he said.
Q direct Aperahama Te Wiata-Lowe :: "The Crown cannot give back the years. What it can do is give back the whenua and then get out of the way,"
> Te Arawhiti, the Office for Māori Crown Relations, will help the iwi's new post-settlement entity, Te Rūnanga o Ngāti Tūwaiora, take over the forest, which is leased to a Tauranga-based company until 2044.
O government Te Arawhiti
O government Office for Māori Crown Relations
O other Te Rūnanga o Ngāti Tūwaiora
L city Tauranga
F date 2044
> Dr Mereana Pōhatu-Grey, a historian at the University of Waikato who gave evidence at the tribunal's 2036 hearings in Thames, said the land was lost through so-called "survey debts" that the iwi could never pay.
P full Mereana Pōhatu-Grey
O education University of Waikato
F date 2036
L city Thames
Q scare - :: "survey debts"
> "The Crown surveyed 11,400 acres, billed the iwi £1800 for it, then took the land when the bill couldn't be met," she said. "It was confiscation by invoice."
Q direct Mereana Pōhatu-Grey :: "The Crown surveyed 11,400 acres, billed the iwi £1800 for it, then took the land when the bill couldn't be met,"
F quantity 11,400 acres
F money £1800
Q direct Mereana Pōhatu-Grey :: "It was confiscation by invoice."
> Kaumātua Wiremu Hōhaia, 84, who was 11 when his whānau left their last block at Whenuakite, travelled to Wellington by bus for the signing.
P full Wiremu Hōhaia
F age 84
F age 11
L city Whenuakite
L city Wellington
> "My grandmother used to say, 'Kei te hoki mai te whenua' – the land is coming back. I thought she was dreaming," Hōhaia said.
Q direct Wiremu Hōhaia :: "My grandmother used to say, 'Kei te hoki mai te whenua' – the land is coming back. I thought she was dreaming,"
P partial Hōhaia
> The Thames-Coromandel District Council said it "welcomed the certainty" the settlement would bring to Whitianga. An official involved in the negotiations, who was not authorised to speak publicly, said the iwi had held out for "every hectare they could get."
O government Thames-Coromandel District Council
Q direct Thames-Coromandel District Council :: "welcomed the certainty"
L city Whitianga
Q direct - :: "every hectare they could get."
> The settlement bill is expected to have its first reading before Christmas. Ngāti Tūwaiora has 4870 registered members, about a third of whom live in Waikato and the Bay of Plenty.
O other Ngāti Tūwaiora
F number 4870
F fraction a third
L region Waikato
L region Bay of Plenty
'''

ARTICLES['1881-germany-pension-package-coalition-row-bundestag-vote-dw'] = r'''
> Politics
> Germany: Coalition row over pensions stalls Bundestag vote
L country Germany
O government Bundestag
> The Free Democrats' finance minister says locking in pension levels would cost "money we do not have." The Social Democrats accuse him of breaking a deal.
O party Free Democrats
Q direct Jonas Weißgerber :: "money we do not have."
O party Social Democrats
> Miriam Oberschelp
P full Miriam Oberschelp
> 05/20/2037
F date 05/20/2037
> Finance Minister Jonas Weißgerber says the pension package cannot be financed without cuts elsewhere Image: Lutz Brandhorst/dpa/picture alliance
P full Jonas Weißgerber
P full Lutz Brandhorst
O media dpa
O media picture alliance
> A dispute inside Germany's three-party coalition over state pensions has forced the Bundestag to postpone a vote planned for Thursday, after Finance Minister Jonas Weißgerber warned that the plan would open a €19 billion ($20.6 billion) gap in the federal budget by 2040.
L country Germany
F number three
O government Bundestag
P full Jonas Weißgerber
F money €19 billion
F money $20.6 billion
F date 2040
> The package, agreed in principle in January, would fix the statutory pension level at 48% of average wages until 2044 — the so-called "double lock" demanded by the Social Democrats (SPD) — and raise the pension contribution rate in steps.
F percent 48%
F date 2044
Q scare - :: "double lock"
O party Social Democrats
O party SPD
> "I am not against pensioners. I am against promises paid for with money we do not have," Weißgerber, of the pro-business Free Democrats (FDP), told reporters at the Finance Ministry in Berlin on Tuesday. "Nineteen billion euros a year is not a rounding error."
Q direct Jonas Weißgerber :: "I am not against pensioners. I am against promises paid for with money we do not have,"
P partial Weißgerber
O party Free Democrats
O party FDP
O government Finance Ministry
L city Berlin
Q direct Jonas Weißgerber :: "Nineteen billion euros a year is not a rounding error."
F money Nineteen billion euros
> Annegret Köhler-Dünnwald, who leads the SPD in the Bundestag, accused the FDP of going back on a deal struck at the Chancellery in January. The pension level, she said, was "the promise this coalition was elected on."
P full Annegret Köhler-Dünnwald
O party SPD
O government Bundestag
O party FDP
L facility Chancellery
Q direct Annegret Köhler-Dünnwald :: "the promise this coalition was elected on."
> "Millions of people who worked for 45 years are asking a simple question: will my pension still pay the rent in 2044?" she said. "We will not trade that away for a line in Jonas Weißgerber's spreadsheet."
Q direct Annegret Köhler-Dünnwald :: "Millions of people who worked for 45 years are asking a simple question: will my pension still pay the rent in 2044?"
F duration 45 years
F date 2044
Q direct Annegret Köhler-Dünnwald :: "We will not trade that away for a line in Jonas Weißgerber's spreadsheet."
P full Jonas Weißgerber
> The Greens, the third partner in the coalition, have tried to broker a compromise. Co-leader Leonie Aßmann proposed covering part of the cost by scrapping the tax break on diesel fuel, worth about €8 billion a year.
O party Greens
P full Leonie Aßmann
F money €8 billion
> "Every week someone says 'non-negotiable,' and every week we negotiate," Aßmann told public broadcaster ARD.
Q direct Leonie Aßmann :: "Every week someone says 'non-negotiable,' and every week we negotiate,"
P partial Aßmann
O media ARD
> The opposition Christian Democratic Union (CDU) and its Bavarian sister party, the Christian Social Union (CSU), said they would not lend their votes to either version. "This government cannot agree on what day it is," said Cornelius Stöckl, who leads the CDU/CSU bloc in parliament. He wants the retirement age raised to 68 from 2042.
O party Christian Democratic Union
O party CDU
O party Christian Social Union
O party CSU
Q direct Cornelius Stöckl :: "This government cannot agree on what day it is,"
P full Cornelius Stöckl
O party CDU/CSU
F age 68
F date 2042
> Till Ostendorp, head of the FDP's parliamentary group, said his party would back the bill only with a "hard cap" on federal subsidies to the pension system, which already stand at €127 billion a year, nearly a quarter of the federal budget.
P full Till Ostendorp
O party FDP
Q direct Till Ostendorp :: "hard cap"
F money €127 billion
F fraction a quarter
> Katrin Lüdecke-Haas, an economist at the Cologne-based German Economic Institute (IW), said the real problem was demographic. By 2044, she said, there would be 1.4 contributors for every pensioner, down from 1.8 today.
P full Katrin Lüdecke-Haas
L city Cologne
O nonprofit German Economic Institute
O nonprofit IW
F date 2044
F number 1.4
F number 1.8
> "You can fix the level or you can fix the contribution rate, but you cannot fix both without a lot more tax money," she told DW. The IW estimates that contributions would have to rise from 18.6% to 21.4% of gross wages.
Q direct Katrin Lüdecke-Haas :: "You can fix the level or you can fix the contribution rate, but you cannot fix both without a lot more tax money,"
O media DW
O nonprofit IW
F percent 18.6%
F percent 21.4%
> A senior coalition official, speaking on condition of anonymity, said talks would resume on Sunday and that a vote before the summer recess was "still realistic, but only just."
Q direct - :: "still realistic, but only just."
> Edited by: Rainer Kühnemund
P full Rainer Kühnemund
'''

ARTICLES['1882-grangemouth-cocaine-banana-container-trial-high-court-glasgow-scotsman'] = r'''
> Crime
> ‘Greedy and calculating’: Two men jailed over £14m cocaine haul at Grangemouth docks
Q direct McCrindle :: ‘Greedy and calculating’
F number Two
F money £14m
L city Grangemouth
> A lorry driver from Motherwell and a Paisley haulage boss were convicted after a five-week trial at the High Court in Glasgow
L city Motherwell
L city Paisley
F duration five-week
O government High Court
L city Glasgow
> By Fiona MacLachlan-Reid
P full Fiona MacLachlan-Reid
> Published 27th Feb 2043, 17:10 GMT
F date 27th Feb 2043
F time 17:10 GMT
> The drugs were found in a refrigerated container at Grangemouth in October 2041. Picture: Police Scotland
L city Grangemouth
F date October 2041
O government Police Scotland
> TWO men who smuggled cocaine worth £14 million into Scotland hidden among boxes of bananas have been jailed for more than 19 years.
F number TWO
F money £14 million
L country Scotland
F duration 19 years
> Declan McAteer, 46, a lorry driver from Motherwell, was sentenced to 11 years and Ross MacPhail, 52, who ran a haulage firm in Paisley, to eight years and four months at the High Court in Glasgow yesterday.
P full Declan McAteer
F age 46
L city Motherwell
F duration 11 years
P full Ross MacPhail
F age 52
L city Paisley
F duration eight years and four months
O government High Court
L city Glasgow
> A jury found both men guilty of being concerned in the supply of cocaine and of importing it. The court heard that 162 kilograms of the drug were found in a refrigerated container unloaded at Grangemouth on 9 October 2041.
F quantity 162 kilograms
L city Grangemouth
F date 9 October 2041
> The container had been shipped from Guayaquil in Ecuador via Rotterdam and was collected by McAteer in a lorry registered to MacPhail’s firm, Clydeside Chilled Haulage Ltd.
L city Guayaquil
L country Ecuador
L city Rotterdam
P partial McAteer
P partial MacPhail
O company Clydeside Chilled Haulage Ltd
> During the trial, advocate depute Morag Ferguson-Baird told the jury the pair had treated the port “like a private drop-off point”. She said MacPhail paid McAteer £20,000 in cash for each of three earlier runs between March and August that year.
P full Morag Ferguson-Baird
Q direct Morag Ferguson-Baird :: “like a private drop-off point”
P partial MacPhail
P partial McAteer
F money £20,000
F number three
> Gavin Lockhart KC, for MacPhail, said his client had “lost everything” and was “a man who made one catastrophic decision to save a failing business”. Eilidh Dunbar, defending McAteer, said he had been “a courier, not a kingpin”.
P full Gavin Lockhart
P partial MacPhail
Q direct Gavin Lockhart :: “lost everything”
Q direct Gavin Lockhart :: “a man who made one catastrophic decision to save a failing business”
F number one
P full Eilidh Dunbar
P partial McAteer
Q direct Eilidh Dunbar :: “a courier, not a kingpin”
> Sentencing, Lord McCrindle told the men: “You were both greedy and calculating. You knew exactly what was in that container and what it would do to communities across the west of Scotland.
P partial McCrindle
Q direct McCrindle :: “You were both greedy and calculating. You knew exactly what was in that container and what it would do to communities across the west of Scotland.
L country Scotland
> “The only thing that stopped these drugs reaching our streets was the work of police and Border Force officers at the port.”
Q direct McCrindle :: “The only thing that stopped these drugs reaching our streets was the work of police and Border Force officers at the port.”
O government Border Force
> A third man, a 29-year-old forklift driver from Falkirk, was found not guilty after the jury deliberated for nine hours.
F age 29-year-old
L city Falkirk
F duration nine hours
> Outside court, Detective Chief Inspector Alasdair MacKinnon, of Police Scotland’s organised crime unit, said the cocaine was around 80 per cent pure and could have been cut and sold for up to £40m on the street. Officers also seized £310,000 in cash from a lock-up in Cambuslang.
P full Alasdair MacKinnon
O government Police Scotland
F percent 80 per cent
F money £40m
F money £310,000
L city Cambuslang
> “This was a sophisticated operation, but it was not sophisticated enough,” he said. “Anyone who thinks Scotland’s ports are a soft touch should think again.”
Q direct Alasdair MacKinnon :: “This was a sophisticated operation, but it was not sophisticated enough,”
Q direct Alasdair MacKinnon :: “Anyone who thinks Scotland’s ports are a soft touch should think again.”
L country Scotland
> The Crown Office and Procurator Fiscal Service (COPFS) said it would now pursue the men’s assets under proceeds of crime legislation. A COPFS spokeswoman said the case showed “the reach of organised crime into legitimate businesses”.
O government Crown Office and Procurator Fiscal Service
O government COPFS
O government COPFS
Q direct - :: “the reach of organised crime into legitimate businesses”
> Both sentences were backdated to 11 October 2041, when the men were remanded in custody at HMP Barlinnie.
F date 11 October 2041
L facility HMP Barlinnie
'''

ARTICLES['1883-valero-texas-open-final-round-haugland-brannigan-tpc-san-antonio-golf-digest'] = r'''
> Tournaments
> Sindre Haugland holds off Cole Brannigan to win the Valero Texas Open for his first PGA Tour title
P full Sindre Haugland
P full Cole Brannigan
O other PGA Tour
> The Norwegian closed with a four-under 68 at TPC San Antonio to finish at -14 and collect $1.71 million.
F score four-under
F score 68
L facility TPC San Antonio
F score -14
F money $1.71 million
> By Grant Whitfield-Oyelaran
P full Grant Whitfield-Oyelaran
> April 6, 2042
F date April 6, 2042
> Sindre Haugland celebrates on the 18th green at TPC San Antonio’s Oaks Course. Jamie Oduya-Marsh/Getty Images
P full Sindre Haugland
L facility TPC San Antonio
L facility Oaks Course
P full Jamie Oduya-Marsh
O company Getty Images
> SAN ANTONIO — Sindre Haugland had never finished better than ninth on the PGA Tour. On Sunday, the 27-year-old from Bergen, Norway, played his last nine holes at the Oaks Course in three under par, saved par from 14 feet on the 17th and won the Valero Texas Open by one stroke.
L city SAN ANTONIO
P full Sindre Haugland
O other PGA Tour
F age 27-year-old
L city Bergen
L country Norway
F number nine
L facility Oaks Course
F score three under par
F quantity 14 feet
F number one
> Haugland shot a four-under 68 to finish at 14-under 274, one ahead of American Cole Brannigan (66) and two clear of South Korea’s Yoon Tae-gyeom (69) and England’s Harry Thistlewood (72).
P partial Haugland
F score four-under
F score 68
F score 14-under
F score 274
F number one
P full Cole Brannigan
F score 66
F number two
L country South Korea
P full Yoon Tae-gyeom
F score 69
L country England
P full Harry Thistlewood
F score 72
> The win is worth $1.71 million from a $9.5 million purse, along with a two-year exemption and a spot in next week’s Masters.
F money $1.71 million
F money $9.5 million
F duration two-year
> “I’ve watched this tournament on TV since I was 10, staying up until 2 a.m. in Bergen with my dad,” Haugland said. “To stand here with the trophy — I don’t have the words for it yet.
Q direct Sindre Haugland :: “I’ve watched this tournament on TV since I was 10, staying up until 2 a.m. in Bergen with my dad,”
F age 10
F time 2 a.m.
L city Bergen
P partial Haugland
Q direct Sindre Haugland :: “To stand here with the trophy — I don’t have the words for it yet.
> “My caddie kept telling me on every tee, ‘Fairways and greens, nothing fancy.’ That’s all I did.”
Q direct Sindre Haugland :: “My caddie kept telling me on every tee, ‘Fairways and greens, nothing fancy.’ That’s all I did.”
> The tournament turned on the 590-yard, par-5 14th. Haugland, tied with Thistlewood at the time, reached the green in two with a 3-wood from 268 yards and took two putts for a birdie that gave him a lead he never gave up.
F quantity 590-yard
F score par-5
P partial Haugland
P partial Thistlewood
F number two
F quantity 268 yards
F number two
> Brannigan, 31, of Scottsdale, Arizona, made eight birdies in a bogey-free 66 that set the clubhouse target at 13 under. He called the finish “bittersweet” and said he had “left a couple out there” on the greens.
P partial Brannigan
F age 31
L city Scottsdale
L region Arizona
F number eight
F score 66
F score 13 under
Q direct Cole Brannigan :: “bittersweet”
Q direct Cole Brannigan :: “left a couple out there”
> At the 16th, the short par-3 the players call “the Bowl,” Yoon hit his tee shot to 4 feet but missed the putt. “I putted well all week, but today the greens were very firm,” said Yoon, 24, who was playing only his 11th PGA Tour event.
F score par-3
Q scare - :: “the Bowl,”
P partial Yoon
F quantity 4 feet
Q direct Yoon Tae-gyeom :: “I putted well all week, but today the greens were very firm,”
P partial Yoon
F age 24
O other PGA Tour
> Thistlewood, who led by two after 54 holes, made two bogeys in his first three holes and never recovered, signing for a level-par 72.
P partial Thistlewood
F number two
F number 54
F number two
F number three
F score 72
> South Africa’s Dewald Kriel, who won twice on the Korn Ferry Tour in 2040, climbed to fifth with a 67 that included an eagle two at the 340-yard fifth, where he drove the green. Australia’s Lachlan Moir, 38, finished sixth after a bogey at the last.
L country South Africa
P full Dewald Kriel
O other Korn Ferry Tour
F date 2040
F score 67
F score eagle two
F quantity 340-yard
L country Australia
P full Lachlan Moir
F age 38
> The PGA Tour said 41,500 spectators attended over the four days, calling the week “the best-attended in the event’s history.” A tournament official, who was not authorized to speak publicly, said the greens were “right on the edge” by late afternoon, rolling at 13.5 on the Stimpmeter.
O other PGA Tour
F number 41,500
F duration four days
Q direct PGA Tour :: “the best-attended in the event’s history.”
Q direct - :: “right on the edge”
F number 13.5
> Final leaderboard: Haugland -14, Brannigan -13, Yoon -12, Thistlewood -12, Kriel (South Africa) -11, Moir (Australia) -10.
P partial Haugland
F score -14
P partial Brannigan
F score -13
P partial Yoon
F score -12
P partial Thistlewood
F score -12
P partial Kriel
L country South Africa
F score -11
P partial Moir
L country Australia
F score -10
'''

ARTICLES['1884-bcra-50000-peso-banknote-monthly-inflation-indec-once-buenos-aires-times'] = r'''
> ECONOMY
> Central Bank to print 50,000-peso note as monthly inflation holds at 4.2 percent
O government Central Bank
F money 50,000-peso
F percent 4.2 percent
> The BCRA says the new bill, the largest in the country’s history, will enter circulation in May. INDEC’s March figure took annual inflation to 58.3 percent.
O government BCRA
O government INDEC
F percent 58.3 percent
> BY MARTÍN ECHAGÜE SOLANAS
P full MARTÍN ECHAGÜE SOLANAS
> 16-04-2041 18:20
F date 16-04-2041
F time 18:20
> A shopkeeper counts banknotes at his hardware store in Once, Buenos Aires. Photo: NA
L city Once
L city Buenos Aires
O media NA
> Argentina’s Central Bank (BCRA) will begin printing a 50,000-peso banknote next month, the monetary authority announced on Tuesday, hours after the national statistics bureau reported that consumer prices rose 4.2 percent in March.
L country Argentina
O government Central Bank
O government BCRA
F money 50,000-peso
F percent 4.2 percent
> It was the fifth consecutive month of inflation above four percent and took the annual rate to 58.3 percent, the highest since 2038, according to the National Statistics and Census Institute (INDEC). Food and non-alcoholic beverages rose 5.1 percent in the month, and regulated prices, which include electricity, gas and public transport, 6.3 percent.
F percent four percent
F percent 58.3 percent
F date 2038
O government National Statistics and Census Institute
O government INDEC
F percent 5.1 percent
F percent 6.3 percent
> The new note, worth around US$23 at the official exchange rate of 2,180 pesos to the dollar, will be the largest denomination in the country’s history. The current top note, the 20,000-peso bill, has lost more than half its value since it was introduced in August 2039.
F money US$23
F money 2,180 pesos
F money 20,000-peso
F fraction half
F date August 2039
> In a statement, the BCRA said the bill would “reduce the logistical cost of cash” for banks and retailers and was “not a signal of any change in monetary policy.”
O government BCRA
Q direct Central Bank :: “reduce the logistical cost of cash”
Q direct Central Bank :: “not a signal of any change in monetary policy.”
> Economy Minister Federico Larralde Uriarte said the figures showed inflation was “beginning to bend” after February’s 4.6 percent and predicted a monthly rate below 3 percent by September. “Every month the number is a little lower in the things that matter: wholesale prices, wages, the exchange rate,” he told Radio Mitre.
P full Federico Larralde Uriarte
Q direct Federico Larralde Uriarte :: “beginning to bend”
F percent 4.6 percent
F percent 3 percent
Q direct Federico Larralde Uriarte :: “Every month the number is a little lower in the things that matter: wholesale prices, wages, the exchange rate,”
O media Radio Mitre
> Lucía Bertolotti Ferrán, an economist at the Buenos Aires consultancy Pampa Datos, was less optimistic. “A bigger note is a thermometer, not a medicine. When the Central Bank prints a 50,000-peso bill, it is admitting that the 20,000-peso note is already small change,” she said. “People are not stupid.
P full Lucía Bertolotti Ferrán
L city Buenos Aires
O company Pampa Datos
Q direct Lucía Bertolotti Ferrán :: “A bigger note is a thermometer, not a medicine. When the Central Bank prints a 50,000-peso bill, it is admitting that the 20,000-peso note is already small change,”
O government Central Bank
F money 50,000-peso
F money 20,000-peso
Q direct Lucía Bertolotti Ferrán :: “People are not stupid.
> “They hear ‘the largest note in history’ and they go and buy dollars. With monthly inflation at 4.2 percent, a salary loses more than a tenth of its value in three months.”
Q direct Lucía Bertolotti Ferrán :: “They hear ‘the largest note in history’ and they go and buy dollars. With monthly inflation at 4.2 percent, a salary loses more than a tenth of its value in three months.”
F percent 4.2 percent
F fraction a tenth
F duration three months
> Bertolotti Ferrán said demand at the so-called “cuevas,” the informal exchange houses of the downtown financial district, had risen sharply since the announcement, while Larralde Uriarte insisted the official rate “will hold.”
P partial Bertolotti Ferrán
Q scare - :: “cuevas,”
P partial Larralde Uriarte
Q direct Federico Larralde Uriarte :: “will hold.”
> In Once, the garment and wholesale district west of the centre, Rubén Ghiglione Paz, 61, who has run a hardware store on Avenida Pueyrredón for 34 years, said he now keeps cash in three drawers. His supplier raised prices twice in March, by 6 and 8 percent.
L city Once
P full Rubén Ghiglione Paz
F age 61
L street Avenida Pueyrredón
F duration 34 years
F number three
F percent 6
F percent 8 percent
> “I used to close the day with a wad of notes. Now I close it with a bag,” he said, laughing. “The 50,000 will help the bag. It won’t help the customer.”
Q direct Rubén Ghiglione Paz :: “I used to close the day with a wad of notes. Now I close it with a bag,”
Q direct Rubén Ghiglione Paz :: “The 50,000 will help the bag. It won’t help the customer.”
F money 50,000
> A Central Bank official, who asked not to be named, said 400 million of the new notes would be printed in the first year, most of them by the state mint, Casa de Moneda, and that the bank had “no plans for anything bigger.”
O government Central Bank
F number 400 million
O government Casa de Moneda
Q direct - :: “no plans for anything bigger.”
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
