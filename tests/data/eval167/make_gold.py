#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval167 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval167/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1045-theodore-dawson-river-flood-evacuation-banana-shire-abc-news'] = r'''
> ABC Capricornia
O media ABC Capricornia
> 'It came up in the dark': Theodore residents evacuated as Dawson River heads for major peak
Q direct Colleen Ferraby :: 'It came up in the dark'
L city Theodore
L geo Dawson River
> By Shannon Pryce-Whitlock and Ruben Takahashi
P full Shannon Pryce-Whitlock
P full Ruben Takahashi
> Posted Sat 18 Feb 2040 at 7:05am, updated Sat 18 Feb 2040 at 11:42am
F date 18 Feb 2040
F time 7:05am
F date 18 Feb 2040
F time 11:42am
> In short:
> More than 300 residents of Theodore have spent the night in an evacuation centre as the Dawson River rises towards a peak of 15.2 metres.
F number 300
L city Theodore
L geo Dawson River
F quantity 15.2 metres
> The Bureau of Meteorology says up to 410mm of rain fell in the upper catchment in 48 hours.
O government Bureau of Meteorology
F quantity 410mm
F duration 48 hours
> What's next?
> Moura and Baralaba, further downstream, are expected to be cut off by Monday.
L city Moura
L city Baralaba
> SES volunteers carry a resident's belongings out of a house on The Boulevard in Theodore. (ABC Capricornia: Ruben Takahashi)
O government SES
L street The Boulevard
L city Theodore
O media ABC Capricornia
P full Ruben Takahashi
> Residents of the central Queensland town of Theodore have been moved to higher ground after the Dawson River rose more than 4 metres in 12 hours and cut the Leichhardt Highway.
L region Queensland
L city Theodore
L geo Dawson River
F quantity 4 metres
F duration 12 hours
L street Leichhardt Highway
> The Bureau of Meteorology (BOM) said the river reached 13.8 metres at the Theodore gauge at 5:00am on Saturday and could peak at about 15.2 metres on Sunday, close to the level of December 2010, when the whole town was evacuated by helicopter.
O government Bureau of Meteorology
O government BOM
F quantity 13.8 metres
L city Theodore
F time 5:00am
F quantity 15.2 metres
F date December 2010
> Senior forecaster Marnie Oyelaran said falls of up to 410 millimetres had been recorded in the upper Dawson catchment since Thursday, with 286mm at Taroom alone.
P full Marnie Oyelaran
F quantity 410 millimetres
L geo Dawson
F quantity 286mm
L city Taroom
> "That is an enormous volume of water moving through a fairly narrow valley," she said. "The good news is the rain has eased. The bad news is that all of it is still coming downstream."
Q direct Marnie Oyelaran :: "That is an enormous volume of water moving through a fairly narrow valley,"
Q direct Marnie Oyelaran :: "The good news is the rain has eased. The bad news is that all of it is still coming downstream."
> The BOM has issued a major flood warning for the Dawson from Taroom to Baralaba and a moderate warning for the Fitzroy River at Rockhampton, where the water is not expected to arrive for at least six days.
O government BOM
L geo Dawson
L city Taroom
L city Baralaba
L geo Fitzroy River
L city Rockhampton
F duration six days
> Banana Shire Mayor Colleen Ferraby said 317 people had registered at the evacuation centre in the Theodore hall by Saturday morning, and another 40 were staying with friends on the ridge.
L region Banana Shire
P full Colleen Ferraby
F number 317
L city Theodore
F number 40
> "It came up in the dark. People went to bed with the river in its banks and woke up with water at the back step," Cr Ferraby said.
Q direct Colleen Ferraby :: "It came up in the dark. People went to bed with the river in its banks and woke up with water at the back step,"
P partial Ferraby
> "I've lived here 31 years and I've never seen it come up this fast. We've got two dinghies going street to street.
Q direct Colleen Ferraby :: "I've lived here 31 years and I've never seen it come up this fast. We've got two dinghies going street to street.
F duration 31 years
F number two
> "If you've been told to go, please go. Don't wait for the water."
Q direct Colleen Ferraby :: "If you've been told to go, please go. Don't wait for the water."
> Queensland Police said a 67-year-old man was rescued from the roof of his ute on the Leichhardt Highway near Cracow at 2:30am.
O government Queensland Police
F age 67-year-old
L street Leichhardt Highway
L city Cracow
F time 2:30am
> In a statement, the State Emergency Service (SES) said it had received 146 calls for help since Thursday and repeated its warning to motorists: "If it's flooded, forget it."
O government State Emergency Service
O government SES
F number 146
Q direct State Emergency Service :: "If it's flooded, forget it."
> Downstream, farmers at Banana and Bluff spent Friday moving cattle and pumps to higher paddocks.
L city Banana
L city Bluff
> Grazier Elsie Tan-Whitford, who runs 1,200 head on the river flats south of Moura, said she had shifted her breeders on Thursday "just in case".
P full Elsie Tan-Whitford
F number 1,200
L city Moura
Q direct Elsie Tan-Whitford :: "just in case"
> "We lost 90 head in 2010. You don't forget that," Ms Tan-Whitford said. "This is what the old-timers call a 'proper wet'. You hope the fences are still standing."
Q direct Elsie Tan-Whitford :: "We lost 90 head in 2010. You don't forget that,"
F number 90
F date 2010
P partial Tan-Whitford
Q direct Elsie Tan-Whitford :: "This is what the old-timers call a 'proper wet'. You hope the fences are still standing."
> The Queensland Reconstruction Authority said Disaster Recovery Funding Arrangements had been activated for Banana Shire, freeing an initial $1.5 million for clean-up.
O government Queensland Reconstruction Authority
L region Banana Shire
F money $1.5 million
> The BOM expects the river at Theodore to stay above the major flood level of 14 metres until at least Tuesday.
O government BOM
L city Theodore
F quantity 14 metres
'''

ARTICLES['1046-jinseong-chairman-bribery-sentence-pyeongtaek-seoul-court-korea-herald'] = r'''
> Social Affairs
> Jinseong chairman gets 4 years for W12b bribes to ex-land ministry official
O company Jinseong
F duration 4 years
F money W12b
> Court says Seo Kyung-min ordered payments to speed zoning of Pyeongtaek logistics park
P full Seo Kyung-min
L city Pyeongtaek
> By Park Ha-eun
P full Park Ha-eun
> Published : Apr. 6, 2040 - 15:42 Updated : Apr. 6, 2040 - 18:05
F date Apr. 6, 2040
F time 15:42
F date Apr. 6, 2040
F time 18:05
> Jinseong Group Chairman Seo Kyung-min arrives at the Seoul Central District Court in Seocho-gu, southern Seoul, on Friday. (Yonhap)
O company Jinseong Group
P full Seo Kyung-min
O government Seoul Central District Court
L city Seocho-gu
L city Seoul
O media Yonhap
> A Seoul court on Friday sentenced Jinseong Group Chairman Seo Kyung-min to four years in prison for bribing a former senior official of the land ministry with 12 billion won ($8.7 million) to fast-track zoning approval for a logistics park in Pyeongtaek, Gyeonggi Province.
L city Seoul
O company Jinseong Group
P full Seo Kyung-min
F duration four years
F money 12 billion won
F money $8.7 million
L city Pyeongtaek
L region Gyeonggi Province
> The Seoul Central District Court also fined the 63-year-old 24 billion won, twice the amount of the bribes, and ordered him taken into custody.
O government Seoul Central District Court
F age 63-year-old
F money 24 billion won
> Ahn Jae-won, 59, a former vice minister at the Ministry of Land, Infrastructure and Transport, was sentenced to seven years for taking the money through a consulting firm run by his brother-in-law between March 2036 and August 2037.
P full Ahn Jae-won
F age 59
O government Ministry of Land, Infrastructure and Transport
F duration seven years
F date March 2036
F date August 2037
> "The defendant used the wealth of the group to buy the discretion of a public official, and the damage to the fairness of administration is grave," Presiding Judge Kwon Na-rae said in the ruling.
Q direct Kwon Na-rae :: "The defendant used the wealth of the group to buy the discretion of a public official, and the damage to the fairness of administration is grave,"
P full Kwon Na-rae
> "The claim of 'economic contribution' made by the defense cannot justify a crime of this size," she said, adding that Seo had shown "no sincere remorse."
Q direct Kwon Na-rae :: "The claim of 'economic contribution' made by the defense cannot justify a crime of this size,"
P partial Seo
Q direct Kwon Na-rae :: "no sincere remorse."
> According to the ruling, the 42-hectare site was rezoned from green belt to a distribution zone in just 11 months, against an average of three years for similar requests. Jinseong Logistics, a Jinseong affiliate, has since built six warehouses there with a combined floor area of 310,000 square meters.
F quantity 42-hectare
F duration 11 months
F duration three years
O company Jinseong Logistics
O company Jinseong
F number six
F quantity 310,000 square meters
> The Seoul Central District Prosecutors' Office, which had sought nine years for Seo and 10 years for Ahn, said it would review the ruling before deciding whether to appeal. The sentence "does not reflect the gravity of collusion between capital and power," the office said in a statement.
O government Seoul Central District Prosecutors' Office
F duration nine years
P partial Seo
F duration 10 years
P partial Ahn
Q direct Seoul Central District Prosecutors' Office :: "does not reflect the gravity of collusion between capital and power,"
> Seo's lawyers said they would appeal to the Seoul High Court.
P partial Seo
O government Seoul High Court
> "The chairman never gave any instruction about payments to Ahn. The court has relied on the testimony of one employee who was trying to save himself," one of the lawyers told reporters outside the courtroom.
Q direct - :: "The chairman never gave any instruction about payments to Ahn. The court has relied on the testimony of one employee who was trying to save himself,"
P partial Ahn
F number one
> Jinseong Group said in a statement that it "respects the court's decision" and that its 41 affiliates would operate normally under Vice Chairman Seo Ji-yeon, the chairman's eldest daughter.
O company Jinseong Group
Q direct Jinseong Group :: "respects the court's decision"
F number 41
P full Seo Ji-yeon
> Shares of Jinseong Logistics fell 4.2 percent to 31,450 won on the Korea Exchange, while Jinseong Chemical lost 2.8 percent.
O company Jinseong Logistics
F percent 4.2 percent
F money 31,450 won
O company Korea Exchange
O company Jinseong Chemical
F percent 2.8 percent
> With assets of 38.6 trillion won, Jinseong is the 27th-largest business group in the country, according to the Korea Fair Trade Commission. The KFTC fined three Jinseong affiliates a combined 6.3 billion won in 2038 for unfair internal trading.
F money 38.6 trillion won
O company Jinseong
O government Korea Fair Trade Commission
O government KFTC
F number three
O company Jinseong
F money 6.3 billion won
F date 2038
> Seo is the third chaebol head to be jailed since 2035. Civic groups have long criticized what they call the "jail-and-pardon cycle," in which convicted tycoons are freed early by special pardons.
P partial Seo
F date 2035
Q scare - :: "jail-and-pardon cycle,"
> "If he walks out in 18 months again, the verdict means nothing," said Lim Chae-won, a lawyer at the civic group People's Solidarity for Participatory Democracy.
Q direct Lim Chae-won :: "If he walks out in 18 months again, the verdict means nothing,"
F duration 18 months
P full Lim Chae-won
O nonprofit People's Solidarity for Participatory Democracy
> Ahn, who had denied knowing the source of the money, said in his final statement last month, "I lived 30 years as a public servant and I am ashamed."
P partial Ahn
Q direct Ahn Jae-won :: "I lived 30 years as a public servant and I am ashamed."
F duration 30 years
> (parkhe@heraldcorp.com)
'''

ARTICLES['1047-bournemouth-everton-ferreira-dunn-comeback-dean-court-guardian'] = r'''
> Premier League
O other Premier League
> Ferreira-Dunn completes Bournemouth comeback to sink Everton at the death
P partial Ferreira-Dunn
O team Bournemouth
O team Everton
> Substitute heads winner after visitors had led 2-0 at half-time; Etxeberria: ‘We never stopped running’
F score 2-0
P partial Etxeberria
Q direct Ander Etxeberria :: ‘We never stopped running’
> Ayodele Krasniqi at Dean Court
P full Ayodele Krasniqi
L facility Dean Court
> Sat 22 Oct 2039 17.15 BST
F date 22 Oct 2039
F time 17.15 BST
> Tomás Ferreira-Dunn celebrates after heading Bournemouth’s winner. Photograph: Kieran Hollis-Mbeki/Getty Images
P full Tomás Ferreira-Dunn
O team Bournemouth
P full Kieran Hollis-Mbeki
O company Getty Images
> For 45 minutes this looked like the afternoon Everton finally shook off their away-day gloom. By the end Dean Court was bouncing, Bournemouth had scored three times in 38 minutes and a 19-year-old who had been on the pitch for barely 15 minutes had the winner.
F duration 45 minutes
O team Everton
L facility Dean Court
O team Bournemouth
F number three
F duration 38 minutes
F age 19-year-old
F duration 15 minutes
> Tomás Ferreira-Dunn, born in Setúbal and raised in Boscombe, rose above Milan de Groot-Meijer to meet Callum Ashdown-Reyes’s cross two minutes from time, and the Everton manager, Lars-Erik Nyström, stood with his hands on his head.
P full Tomás Ferreira-Dunn
L city Setúbal
L city Boscombe
P full Milan de Groot-Meijer
P full Callum Ashdown-Reyes
F duration two minutes
O team Everton
P full Lars-Erik Nyström
> Everton had been excellent before the break. Koffi Asante-Mensah, the Liverpool-born striker, turned in Ibrahima Sall’s low ball in the 14th minute and added a second eight minutes before half-time with a shot that took a deflection off Jonny Pike.
O team Everton
P full Koffi Asante-Mensah
L city Liverpool
P full Ibrahima Sall
F duration eight minutes
P full Jonny Pike
> Bournemouth, with 61% of the ball in the first half, had one shot on target.
O team Bournemouth
F percent 61%
F number one
> Their head coach, Ander Etxeberria, made three changes at the interval and pushed his full-backs almost to the halfway line, a shape known at the club as “the accordion”. It worked within seven minutes: Rhys Okonkwo-Bell headed in a corner, and Pike, redeemed, curled in the equaliser from 20 yards on 71 minutes.
P full Ander Etxeberria
F number three
Q scare - :: “the accordion”
F duration seven minutes
P full Rhys Okonkwo-Bell
P partial Pike
F quantity 20 yards
F duration 71 minutes
> “We never stopped running. At 2-0 down you can either protect your goal difference or you can be brave, and this group is brave,” Etxeberria said.
Q direct Ander Etxeberria :: “We never stopped running. At 2-0 down you can either protect your goal difference or you can be brave, and this group is brave,”
F score 2-0
P partial Etxeberria
> “Tomás has been waiting for this moment since he was eight years old. I told him, ‘Go and attack the back post.’ He did exactly that.”
Q direct Ander Etxeberria :: “Tomás has been waiting for this moment since he was eight years old. I told him, ‘Go and attack the back post.’ He did exactly that.”
P partial Tomás
F age eight years old
> Nyström, whose side have won one of their past nine league games, called the second half “naive” and said his players had “stopped doing the simple things”. He was also unhappy with the referee, Hannah Whitcombe, for not stopping play when Sall went down holding his face before the equaliser.
P partial Nyström
F number one
F number nine
Q direct Lars-Erik Nyström :: “naive”
Q direct Lars-Erik Nyström :: “stopped doing the simple things”
P full Hannah Whitcombe
P partial Sall
> “I don’t want to talk about the referee. I want to talk about us, because 2-0 up at half-time away from home, you cannot lose this game,” he said.
Q direct Lars-Erik Nyström :: “I don’t want to talk about the referee. I want to talk about us, because 2-0 up at half-time away from home, you cannot lose this game,”
F score 2-0
> Everton’s goalkeeper, Dávid Szűcs, made four saves after the break but could do nothing about the winner.
O team Everton
P full Dávid Szűcs
F number four
> The Football Association confirmed later that it would review an incident in the 80th minute in which Asante-Mensah appeared to kick out at Okonkwo-Bell.
O other Football Association
P partial Asante-Mensah
P partial Okonkwo-Bell
> The result, watched by 11,206, lifts Bournemouth to eighth, three points behind Newcastle. Everton, 17th, travel to Brentford next Saturday.
F number 11,206
O team Bournemouth
F number three
O team Newcastle
O team Everton
O team Brentford
> Ferreira-Dunn, who signed a five-year contract in the summer, was mobbed by teammates at the final whistle. “I saw the ball, I closed my eyes and I jumped,” he said. “My mum was in the stand. I think she cried more than me.”
P partial Ferreira-Dunn
F duration five-year
Q direct Tomás Ferreira-Dunn :: “I saw the ball, I closed my eyes and I jumped,”
Q direct Tomás Ferreira-Dunn :: “My mum was in the stand. I think she cried more than me.”
'''

ARTICLES['1048-egypt-ethiopia-sudan-gerd-drought-release-talks-addis-ababa-al-jazeera'] = r'''
> News|Water
> Egypt, Ethiopia and Sudan agree to restart Nile dam talks after drought row
L country Egypt
L country Ethiopia
L country Sudan
L geo Nile
> Cairo wants guaranteed releases of 37 billion cubic metres in dry years; Addis Ababa says its 5,150MW dam ‘cannot be held hostage’.
L city Cairo
F quantity 37 billion cubic metres
L city Addis Ababa
F quantity 5,150MW
Q direct Tsehay Worku :: ‘cannot be held hostage’
> By Meron Tadesse Gebru
P full Meron Tadesse Gebru
> Published On 14 Mar 2040
F date 14 Mar 2040
> The reservoir of the Grand Ethiopian Renaissance Dam on the Blue Nile near Guba, in Ethiopia’s Benishangul-Gumuz region [Yared Alemayehu/AFP]
L facility Grand Ethiopian Renaissance Dam
L geo Blue Nile
L city Guba
L country Ethiopia
L region Benishangul-Gumuz
P full Yared Alemayehu
O media AFP
> Addis Ababa, Ethiopia – Water ministers from Egypt, Ethiopia and Sudan have agreed to resume talks on how the Grand Ethiopian Renaissance Dam (GERD) should be operated during droughts, ending an 18-month freeze that followed the driest flood season on the Blue Nile in four decades.
L city Addis Ababa
L country Ethiopia
L country Egypt
L country Ethiopia
L country Sudan
L facility Grand Ethiopian Renaissance Dam
L facility GERD
F duration 18-month
L geo Blue Nile
F duration four decades
> The three ministers, meeting on Wednesday at the headquarters of the African Union (AU) in the Ethiopian capital, said technical teams would hold six rounds of talks before a ministerial session in Khartoum in September.
F number three
O intergovernmental African Union
O intergovernmental AU
F number six
L city Khartoum
> Egypt, which relies on the Nile for about 97 percent of its fresh water, wants Ethiopia to commit to releasing at least 37 billion cubic metres a year through the dam whenever rainfall in the Ethiopian highlands falls below average.
L country Egypt
L geo Nile
F percent 97 percent
L country Ethiopia
F quantity 37 billion cubic metres
> “Egypt is not asking for a single drop of Ethiopia’s share. We are asking for rules, written down, so that 110 million Egyptians do not wake up one summer to find the river has been turned off,” Egyptian Minister of Water Resources and Irrigation Tarek Abdel-Fattah Mansour told reporters.
Q direct Tarek Abdel-Fattah Mansour :: “Egypt is not asking for a single drop of Ethiopia’s share. We are asking for rules, written down, so that 110 million Egyptians do not wake up one summer to find the river has been turned off,”
L country Egypt
L country Ethiopia
F number 110 million
P full Tarek Abdel-Fattah Mansour
> Ethiopia’s Minister of Water and Energy Tsehay Worku said her country had already released more water than the dam’s operating plan required during the 2038 drought, when the reservoir fell to 41 billion cubic metres, well below its 74 billion cubic metre capacity.
L country Ethiopia
P full Tsehay Worku
F date 2038
F quantity 41 billion cubic metres
F quantity 74 billion cubic metre
> “The GERD is a development project for 120 million Ethiopians, half of whom still have no electricity,” Tsehay said. “It will cooperate with its neighbours, but it cannot be held hostage to a fixed number.
Q direct Tsehay Worku :: “The GERD is a development project for 120 million Ethiopians, half of whom still have no electricity,”
L facility GERD
F number 120 million
F fraction half
P partial Tsehay
Q direct Tsehay Worku :: “It will cooperate with its neighbours, but it cannot be held hostage to a fixed number.
> “Nobody in Cairo would accept a ‘guaranteed’ level for the Aswan dam. Why should we?”
Q direct Tsehay Worku :: “Nobody in Cairo would accept a ‘guaranteed’ level for the Aswan dam. Why should we?”
L city Cairo
L facility Aswan
> All 13 of the dam’s turbines have been running since 2027, giving it an installed capacity of 5,150 megawatts. Ethiopia exported 1,200MW to Sudan, Kenya and Djibouti last year, earning about $410m, according to Ethiopian Electric Power.
F number 13
F date 2027
F quantity 5,150 megawatts
L country Ethiopia
F quantity 1,200MW
L country Sudan
L country Kenya
L country Djibouti
F money $410m
O company Ethiopian Electric Power
> Sudan, which sits between the two countries and buys Ethiopian power, has often found itself the referee. Its irrigation minister, Amna al-Tayeb Osman, said Khartoum needed daily data on releases to run the Roseires dam safely, 100km downstream of the GERD.
L country Sudan
F number two
P full Amna al-Tayeb Osman
L city Khartoum
L facility Roseires
F quantity 100km
L facility GERD
> In 2038 the Roseires reservoir fell by 6 metres in three days, she said, “because nobody told us what was coming”.
F date 2038
L facility Roseires
F quantity 6 metres
F duration three days
Q direct Amna al-Tayeb Osman :: “because nobody told us what was coming”
> The AU said in a statement that the parties had shown “a new spirit of realism”.
O intergovernmental AU
Q direct African Union :: “a new spirit of realism”
> Egypt and Sudan’s water shares of 55.5 billion and 18.5 billion cubic metres a year date from a 1959 agreement to which Ethiopia was not a party.
L country Egypt
L country Sudan
F quantity 55.5 billion
F quantity 18.5 billion cubic metres
F date 1959
L country Ethiopia
> An Egyptian diplomat, speaking on condition of anonymity, told Al Jazeera the talks were “the last chance for a negotiated deal before the dam becomes a permanent grievance”.
O media Al Jazeera
Q direct - :: “the last chance for a negotiated deal before the dam becomes a permanent grievance”
> Source: Al Jazeera
O media Al Jazeera
'''

ARTICLES['1049-aurelis-lemanis-takeover-basel-drugmaker-premium-bloomberg'] = r'''
> Business
> Aurelis Agrees to Buy Lémanis for $44 Billion in Biggest Swiss Drug Deal in a Decade
O company Aurelis
O company Lémanis
F money $44 Billion
> Offer of 156 francs a share is 38% premium to Friday’s close
F money 156 francs
F percent 38%
> Basel-based buyer expects CHF 2.1 billion of annual cost savings
L city Basel
F money CHF 2.1 billion
> By Corinne Dürrenmatt and Tobias Wyss-Okafor
P full Corinne Dürrenmatt
P full Tobias Wyss-Okafor
> March 5, 2040 at 7:31 AM GMT+1
F date March 5, 2040
F time 7:31 AM GMT+1
> Aurelis Pharma headquarters in Basel. Photographer: Nicola Pedrazzini/Bloomberg
O company Aurelis Pharma
L city Basel
P full Nicola Pedrazzini
O media Bloomberg
> (Bloomberg) -- Aurelis Pharma AG agreed to buy Lémanis Biotherapeutics SA for about 39.6 billion Swiss francs ($44 billion) in cash and stock, creating Switzerland’s third-largest drugmaker and betting that Lémanis’ cancer antibodies can offset patent losses later this decade.
O media Bloomberg
O company Aurelis Pharma AG
O company Lémanis Biotherapeutics SA
F money 39.6 billion Swiss francs
F money $44 billion
L country Switzerland
O company Lémanis
> Lémanis shareholders will receive 96 francs in cash and 0.41 Aurelis share for each share they own, valuing the Lausanne-based company at 156 francs a share, the companies said in a statement Monday. That is a 38% premium to Friday’s close and 52% above the 30-day volume-weighted average price.
O company Lémanis
F money 96 francs
F number 0.41
O company Aurelis
L city Lausanne
F money 156 francs
F percent 38%
F percent 52%
F duration 30-day
> Lémanis shares jumped as much as 31% in early Zurich trading and were up 29% at 9:14 a.m., while Aurelis fell 4.7%, the most since June 2038.
O company Lémanis
F percent 31%
L city Zurich
F percent 29%
F time 9:14 a.m.
O company Aurelis
F percent 4.7%
F date June 2038
> “This is a deal about the next 15 years, not the next 15 months,” Aurelis Chief Executive Officer Mathilde Reymond-Kessler said on a call with analysts. “Lémanis has built the best antibody platform in Europe, and we have the global reach to take it to patients in 90 countries.”
Q direct Mathilde Reymond-Kessler :: “This is a deal about the next 15 years, not the next 15 months,”
F duration 15 years
F duration 15 months
O company Aurelis
P full Mathilde Reymond-Kessler
Q direct Mathilde Reymond-Kessler :: “Lémanis has built the best antibody platform in Europe, and we have the global reach to take it to patients in 90 countries.”
O company Lémanis
L continent Europe
F number 90
> Reymond-Kessler, 54, will lead the combined company, which will have about 112,000 employees and annual sales of roughly CHF 61 billion. Lémanis CEO Olivier Ducommun will join the Aurelis board as vice chairman.
P partial Reymond-Kessler
F age 54
F number 112,000
F money CHF 61 billion
O company Lémanis
P full Olivier Ducommun
O company Aurelis
> Aurelis said the deal would add to core earnings per share “from the second full year” and deliver CHF 2.1 billion of savings by 2043, mostly from overlapping research sites in Basel and the US. It plans to cut about 4,800 jobs, or 4% of the combined workforce.
O company Aurelis
Q direct Aurelis Pharma AG :: “from the second full year”
F money CHF 2.1 billion
F date 2043
L city Basel
L country US
F number 4,800
F percent 4%
> Lémanis’ lead drug, a treatment for small-cell lung cancer, generated sales of 3.4 billion francs last year, up 61%. Aurelis faces generic competition from 2042 for two medicines that together account for a fifth of its revenue.
O company Lémanis
F money 3.4 billion francs
F percent 61%
O company Aurelis
F date 2042
F number two
F fraction a fifth
> “The price is full, but Aurelis had very few other options that could move the needle,” said Vontobel analyst Stefan Baumgartner-Rüegg, who rates Aurelis a hold. He said the premium was “at the top end” of recent European pharma deals.
Q direct Stefan Baumgartner-Rüegg :: “The price is full, but Aurelis had very few other options that could move the needle,”
O company Aurelis
O company Vontobel
P full Stefan Baumgartner-Rüegg
O company Aurelis
Q direct Stefan Baumgartner-Rüegg :: “at the top end”
> Bloomberg Intelligence analyst Priya Venkataraman-Hofer said antitrust reviews in the US and the European Union could take 12 to 18 months, because both companies sell blood-cancer drugs.
O company Bloomberg Intelligence
P full Priya Venkataraman-Hofer
L country US
O intergovernmental European Union
F duration 12
F duration 18 months
> The deal also needs approval from the Swiss Competition Commission, known as Weko, and from two-thirds of Lémanis shareholders. The Lausanne company’s biggest investor, the Lemanic Family Foundation, with a 17.5% stake, has agreed to back it, according to people familiar with the matter, who asked not to be identified because the information is private.
O government Swiss Competition Commission
O government Weko
F fraction two-thirds
O company Lémanis
L city Lausanne
O nonprofit Lemanic Family Foundation
F percent 17.5%
> Goldman Sachs Group Inc. and UBS Group AG advised Aurelis, while Lémanis worked with JPMorgan Chase & Co.
O company Goldman Sachs Group Inc.
O company UBS Group AG
O company Aurelis
O company Lémanis
O company JPMorgan Chase & Co.
> --With assistance from Hugo Lindqvist-Barros.
P full Hugo Lindqvist-Barros
'''

ARTICLES['1050-buckhorn-fire-larimer-county-glen-haven-drake-evacuations-denver-post'] = r'''
> Wildfires
> Buckhorn fire grows to 14,200 acres, forcing evacuations in Glen Haven and Drake
F quantity 14,200 acres
L city Glen Haven
L city Drake
> Fire crews report 8% containment as winds gusting to 55 mph push flames toward Big Thompson Canyon
F percent 8%
F quantity 55 mph
L geo Big Thompson Canyon
> By Kiara Delgado-Whitehorse | kdelgado@denverpost.com | The Denver Post
P full Kiara Delgado-Whitehorse
O media The Denver Post
> PUBLISHED: August 9, 2040 at 6:12 p.m. MDT | UPDATED: August 10, 2040 at 8:45 a.m. MDT
F date August 9, 2040
F time 6:12 p.m. MDT
F date August 10, 2040
F time 8:45 a.m. MDT
> A helicopter drops water on the Buckhorn fire above Glen Haven in Larimer County on Thursday, Aug. 9, 2040. (Luis Ortega-Brandt/The Denver Post)
L city Glen Haven
L region Larimer County
F date Aug. 9, 2040
P full Luis Ortega-Brandt
O media The Denver Post
> A wildfire burning in the foothills west of Loveland more than doubled in size Thursday, to 14,200 acres, forcing the evacuation of about 2,300 people from Glen Haven, Drake and homes along U.S. 34 in Big Thompson Canyon.
L city Loveland
F quantity 14,200 acres
F number 2,300
L city Glen Haven
L city Drake
L street U.S. 34
L geo Big Thompson Canyon
> The Buckhorn fire, which started Tuesday afternoon on private land near Buckhorn Road, was 8% contained Friday morning, said Joanna Rask-Ibarra, a spokeswoman for the Rocky Mountain Area Incident Management Team. More than 640 firefighters, 11 helicopters and four air tankers were assigned to it.
L street Buckhorn Road
F percent 8%
P full Joanna Rask-Ibarra
O government Rocky Mountain Area Incident Management Team
F number 640
F number 11
F number four
> "We had a wind event overnight that we honestly could not do a lot about," said incident commander Wade Tolliver. "Gusts hit 55 mph on the ridges around 2 a.m., and the fire made a run of almost 4 miles in four hours.
Q direct Wade Tolliver :: "We had a wind event overnight that we honestly could not do a lot about,"
P full Wade Tolliver
Q direct Wade Tolliver :: "Gusts hit 55 mph on the ridges around 2 a.m., and the fire made a run of almost 4 miles in four hours.
F quantity 55 mph
F time 2 a.m.
F quantity 4 miles
F duration four hours
> "Right now, our priority is structure protection in Glen Haven. We're not going to put crews in front of that kind of fire behavior."
Q direct Wade Tolliver :: "Right now, our priority is structure protection in Glen Haven. We're not going to put crews in front of that kind of fire behavior."
L city Glen Haven
> At least 17 structures, including nine homes, have been destroyed, according to the Larimer County Sheriff's Office. No injuries have been reported.
F number 17
F number nine
O government Larimer County Sheriff's Office
> Sheriff Dale McAllister-Quinn said deputies went door to door in Drake until 4 a.m. He said 1,740 homes were under mandatory evacuation orders and another 900 in Masonville and Pinewood Springs were on pre-evacuation notice.
P full Dale McAllister-Quinn
L city Drake
F time 4 a.m.
F number 1,740
F number 900
L city Masonville
L city Pinewood Springs
> "If you're told to leave, leave. Don't stop to pack the car," McAllister-Quinn said. "We'd rather have an empty house than a full ambulance."
Q direct Dale McAllister-Quinn :: "If you're told to leave, leave. Don't stop to pack the car,"
P partial McAllister-Quinn
Q direct Dale McAllister-Quinn :: "We'd rather have an empty house than a full ambulance."
> An evacuation center opened at Thompson Valley High School in Loveland, where the Red Cross said 212 people spent Thursday night. Large animals were being taken to The Ranch Events Complex.
L facility Thompson Valley High School
L city Loveland
O nonprofit Red Cross
F number 212
L facility The Ranch Events Complex
> Rosalind Achebe-Larsen, 72, who has lived in Glen Haven for 31 years, left with her two dogs and a box of photographs.
P full Rosalind Achebe-Larsen
F age 72
L city Glen Haven
F duration 31 years
F number two
> "You could see the glow over the ridge by 10 o'clock. My neighbor knocked on the window and said, 'Roz, it's time,'" she said. "I didn't argue."
Q direct Rosalind Achebe-Larsen :: "You could see the glow over the ridge by 10 o'clock. My neighbor knocked on the window and said, 'Roz, it's time,'"
F time 10 o'clock
P partial Roz
Q direct Rosalind Achebe-Larsen :: "I didn't argue."
> The National Weather Service issued a red flag warning for Larimer, Boulder and Grand counties through 9 p.m. Friday, with relative humidity forecast between 6% and 9%.
O government National Weather Service
L region Larimer
L region Boulder
L region Grand
F time 9 p.m.
F percent 6%
F percent 9%
> The fire is burning in steep terrain between 6,500 and 9,000 feet in the Roosevelt National Forest, much of it in what planners call the "wildland-urban interface," where homes are scattered among dense ponderosa pine. The U.S. Forest Service said a third of the burned area had not seen fire in more than a century.
F quantity 6,500
F quantity 9,000 feet
L geo Roosevelt National Forest
Q scare - :: "wildland-urban interface,"
O government U.S. Forest Service
F fraction a third
> The cause is under investigation. Colorado's Division of Fire Prevention and Control said the state had spent $1.2 million on aircraft alone by Thursday evening.
L region Colorado
O government Division of Fire Prevention and Control
F money $1.2 million
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
