#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval16 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval16/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['139-zarapay-cbn-fine-microfinance-deal'] = r'''
> Companies & Markets
> CBN Fines Zarapay ₦250m Over KYC Lapses as Fintech Eyes Microfinance Bank
O government CBN
O company Zarapay
F money ₦250m
> Lagos-based payments firm must cap new sign-ups at 50,000 a month until 410,000 unverified wallets are reviewed
L city Lagos
F number 50,000
F number 410,000
> By Chinedu Okafor-Nwosu and Aisha Lawal Danjuma
P full Chinedu Okafor-Nwosu
P full Aisha Lawal Danjuma
> March 14, 2030
F date March 14, 2030
> A trader receives a transfer on her phone at Ogbete Main Market in Enugu. Photo: Emeka Nwachukwu-Idu
L facility Ogbete Main Market
L city Enugu
P full Emeka Nwachukwu-Idu
> The Central Bank of Nigeria (CBN) has fined Zarapay Technologies Limited ₦250 million and barred the Lagos-based fintech from onboarding more than 50,000 new customers a month, after an examination found that about 410,000 of its wallets had been opened without a verified Bank Verification Number (BVN).
O government Central Bank of Nigeria
O government CBN
O company Zarapay Technologies Limited
F money ₦250 million
L city Lagos
F number 50,000
F number 410,000
> In a letter dated March 6 and seen by BusinessDay, the apex bank said the lapses had “exposed the financial system to significant money laundering and fraud risks” and gave the company 90 days to complete a review of every affected account.
F date March 6
O media BusinessDay
Q direct Central Bank of Nigeria :: “exposed the financial system to significant money laundering and fraud risks”
F duration 90 days
> Zarapay, which says it has 2.3 million active users and processes about ₦180 billion in payments a month, confirmed the sanction in a statement on Tuesday but said no customer had lost money.
O company Zarapay
F number 2.3 million
F money ₦180 billion
> “We accept the findings of the regulator, and we have already closed the onboarding gap that caused this,” the company’s chief executive, Olumide Adeyemi-Cole, said at a briefing in Victoria Island, Lagos. “Every one of the affected wallets has been restricted until the customer links a valid BVN.”
Q direct Olumide Adeyemi-Cole :: “We accept the findings of the regulator, and we have already closed the onboarding gap that caused this,”
P full Olumide Adeyemi-Cole
L city Victoria Island
L city Lagos
Q direct Olumide Adeyemi-Cole :: “Every one of the affected wallets has been restricted until the customer links a valid BVN.”
> Mr Adeyemi-Cole, 41, a former investment banker who founded Zarapay in 2021 with two classmates from Obafemi Awolowo University, said the fine would be paid from cash reserves and would not affect salaries or the company’s expansion into Ghana and Kenya.
P partial Adeyemi-Cole
F age 41
O company Zarapay
F date 2021
F number two
O education Obafemi Awolowo University
L country Ghana
L country Kenya
> The sanction comes three weeks after Zarapay agreed to buy a 70 per cent stake in Enugu-based Ebube Microfinance Bank for ₦4.2 billion (about $3.1 million), a deal that would allow it to take deposits and lend to small traders across the South-East.
F duration three weeks
O company Zarapay
F percent 70 per cent
L city Enugu
O company Ebube Microfinance Bank
F money ₦4.2 billion
F money $3.1 million
L region South-East
> The acquisition requires the CBN’s approval, and analysts said the regulator was unlikely to give it while the review was under way.
O government CBN
> “The timing is awkward. The CBN is sending a message to the whole sector, and Zarapay happens to be the example,” said Halima Bako Dikko, head of research at Abuja-based investment firm Kwarafin Capital.
Q direct Halima Bako Dikko :: “The timing is awkward. The CBN is sending a message to the whole sector, and Zarapay happens to be the example,”
O government CBN
O company Zarapay
P full Halima Bako Dikko
L city Abuja
O company Kwarafin Capital
> She said at least four payment companies had been fined by the apex bank since 2028 for similar failings, with penalties ranging from ₦50 million to ₦1.1 billion. “Fintechs grew by making sign-up take two minutes. The regulator is now saying two minutes is too fast if you skip identity checks.”
F number four
F date 2028
F money ₦50 million
F money ₦1.1 billion
Q direct Halima Bako Dikko :: “Fintechs grew by making sign-up take two minutes. The regulator is now saying two minutes is too fast if you skip identity checks.”
F duration two minutes
F duration two minutes
> Under CBN rules, wallets opened without a BVN or a National Identification Number (NIN) are classed as “Tier 1” accounts and limited to transactions of ₦50,000 a day and a maximum balance of ₦300,000. The examination found that some Zarapay accounts had handled up to ₦20 million in a single month.
O government CBN
Q scare - :: “Tier 1”
F money ₦50,000
F money ₦300,000
O company Zarapay
F money ₦20 million
> At Ogbete Main Market, where Zarapay agents are a common sight, several traders said they had been unable to withdraw money for days after their wallets were frozen.
L facility Ogbete Main Market
O company Zarapay
> “My shop account was frozen on Friday with ₦640,000 inside. They told me to go and do BVN again, but I have had BVN since 2016,” said Mrs Ngozi Ezeagu, 52, who sells textiles in the market.
Q direct Ngozi Ezeagu :: “My shop account was frozen on Friday with ₦640,000 inside. They told me to go and do BVN again, but I have had BVN since 2016,”
F money ₦640,000
F date 2016
P full Ngozi Ezeagu
F age 52
> Mrs Ezeagu said she had spent two days going between the market and a bank branch in the city before a Zarapay agent unlocked the account on Monday.
P partial Ezeagu
F duration two days
O company Zarapay
> The Federal Competition and Consumer Protection Commission (FCCPC) said it had received 1,870 complaints about frozen Zarapay wallets since February and had directed the company to communicate “clearly and promptly” with affected users.
O government Federal Competition and Consumer Protection Commission
O government FCCPC
F number 1,870
O company Zarapay
Q direct Federal Competition and Consumer Protection Commission :: “clearly and promptly”
> CBN spokesperson Yusuf Tanko Abubakar told reporters in Abuja that examinations of other payment companies were continuing. “Nobody is being singled out. The findings will be made public when the examinations are concluded,” he said.
O government CBN
P full Yusuf Tanko Abubakar
L city Abuja
Q direct Yusuf Tanko Abubakar :: “Nobody is being singled out. The findings will be made public when the examinations are concluded,”
> Zarapay is not listed, but its largest shareholder, Nairobi-based venture fund Savanna Ridge Partners, holds 28 per cent. Shares in Ebube’s parent, Ebube Holdings Plc, which trade on the Nigerian Exchange (NGX), fell 6.4 per cent to ₦7.45 on Wednesday, their biggest fall since October.
O company Zarapay
L city Nairobi
O company Savanna Ridge Partners
F percent 28 per cent
O company Ebube
O company Ebube Holdings Plc
O company Nigerian Exchange
O company NGX
F percent 6.4 per cent
F money ₦7.45
> Dr Ifeoma Chukwudi-Obi, a senior lecturer in banking and finance at the University of Lagos, said the case showed how far regulators had tightened their approach since new customer identification rules took effect in 2024.
P full Ifeoma Chukwudi-Obi
O education University of Lagos
F date 2024
> “Two years ago, a fine like this would have been a headline for a week. Now the market expects it,” she said.
Q direct Ifeoma Chukwudi-Obi :: “Two years ago, a fine like this would have been a headline for a week. Now the market expects it,”
F duration Two years
'''

ARTICLES['140-gisborne-wastewater-land-discharge'] = r'''
> Gisborne council commits $92m to end wastewater discharges into Tūranganui-a-Kiwa
L city Gisborne
F money $92m
L geo Tūranganui-a-Kiwa
> 11:34 am on 19 September 2030
F time 11:34 am
F date 19 September 2030
> Aroha Pōtae-Wilson, Local Democracy Reporter
P full Aroha Pōtae-Wilson
> Treated wastewater is piped 1.8km out to sea from the Gisborne treatment plant. Photo: Gisborne Herald / Liam Tautahi-Brooke
F quantity 1.8km
L city Gisborne
O media Gisborne Herald
P full Liam Tautahi-Brooke
> Gisborne District Council has voted to spend $92 million over 12 years on a land-based treatment scheme that will stop treated wastewater being pumped into Tūranganui-a-Kiwa/Poverty Bay by 2036.
O government Gisborne District Council
F money $92 million
F duration 12 years
L geo Tūranganui-a-Kiwa/Poverty Bay
F date 2036
> Councillors voted 11 to three on Wednesday to adopt the plan, which would send about 9000 cubic metres of wastewater a day to a 140-hectare wetland and irrigation site at Awapuni, on the city's southern edge, instead of through the outfall off Midway Beach.
F number 11
F number three
F quantity 9000 cubic metres
F quantity 140-hectare
L city Awapuni
L geo Midway Beach
> The meeting ran for more than five hours, and 23 people spoke in the public forum.
F duration five hours
F number 23
> Mayor Tania Hēnare-Walsh said the decision was "overdue by about 30 years".
P full Tania Hēnare-Walsh
Q direct Tania Hēnare-Walsh :: "overdue by about 30 years"
F duration 30 years
> "Our tūpuna would never have put human waste into the kaimoana they fed their whānau with. We have been doing it for 60 years and calling it treatment," she told the meeting.
Q direct Tania Hēnare-Walsh :: "Our tūpuna would never have put human waste into the kaimoana they fed their whānau with. We have been doing it for 60 years and calling it treatment,"
F duration 60 years
> "This is not a cheap decision, and I am not going to pretend it is. But the next council would have faced the same choice at a higher price."
Q direct Tania Hēnare-Walsh :: "This is not a cheap decision, and I am not going to pretend it is. But the next council would have faced the same choice at a higher price."
> The scheme works out at about $2600 for each of the district's 24,800 rateable properties. Council staff have proposed funding it through a targeted rate of $148 a year for 30 years, with a $24m contribution from the Ministry for the Environment.
F money $2600
F number 24,800
F money $148
F duration 30 years
F money $24m
O government Ministry for the Environment
> A public consultation in June drew 1412 submissions, 78 percent of which backed moving the discharge to land.
F number 1412
F percent 78 percent
> Councillor Bill Napier, one of three who voted against, said ratepayers in rural Tairāwhiti would be paying for a city problem.
P full Bill Napier
F number three
L region Tairāwhiti
> "Somebody in Ruatōria or Tolaga Bay is on a septic tank and gets no benefit from this, but they'll be paying $148 a year until 2060," he said.
Q direct Bill Napier :: "Somebody in Ruatōria or Tolaga Bay is on a septic tank and gets no benefit from this, but they'll be paying $148 a year until 2060,"
L city Ruatōria
L city Tolaga Bay
F money $148
F date 2060
> Deputy mayor Mere Rangihuna-Cole told Cr Napier that a city-only rate had been considered and rejected because rural residents and visitors also swam and gathered seafood in the bay.
P full Mere Rangihuna-Cole
P partial Napier
> The Awapuni site borders land owned by Te Kōpua Lands Trust, whose chair, Hōri Paewai, said the trust had been involved from the start of the design process. "We were asked what we thought at the beginning, not told at the end. That is how it should work," Mr Paewai said.
L city Awapuni
O nonprofit Te Kōpua Lands Trust
P full Hōri Paewai
Q direct Hōri Paewai :: "We were asked what we thought at the beginning, not told at the end. That is how it should work,"
P partial Paewai
> He said the trust would lease 40 hectares to the council for the irrigation area, and that kaitiaki from the trust would monitor soil and groundwater quality.
F quantity 40 hectares
> Taumata Arowai, the water services regulator, said 17 councils still discharged treated wastewater to the sea or to rivers, and called Gisborne's decision "the kind of long-term commitment communities expect".
O government Taumata Arowai
F number 17
L city Gisborne
Q direct Taumata Arowai :: "the kind of long-term commitment communities expect"
> Kaiti surfer Wiremu Haronga, 34, who helped found the group Clean Water Tūranga in 2019, said swimmers at Midway and Waikanae beaches had been getting sick "for as long as anyone can remember".
L city Kaiti
P full Wiremu Haronga
F age 34
O nonprofit Clean Water Tūranga
F date 2019
L geo Midway
L geo Waikanae
Q direct Wiremu Haronga :: "for as long as anyone can remember"
> "We've had kids at the surf club with ear infections every summer. Twelve years is a long time to wait, but at least now there's a date," he said.
Q direct Wiremu Haronga :: "We've had kids at the surf club with ear infections every summer. Twelve years is a long time to wait, but at least now there's a date,"
F duration Twelve years
> Untreated wastewater still overflows into the Taruheru, Waimatā and Tūranganui rivers during heavy rain, and the council recorded 31 overflows in the year to June 2030. The outfall was last upgraded in 2010, when a biological filter and ultraviolet treatment were added.
L geo Taruheru
L geo Waimatā
L geo Tūranganui
F number 31
F date June 2030
F date 2010
> The wetland will be built in three stages, with the first due to be finished in 2031. Engineering consultancy Beca has estimated that the first stage alone will cost $31.5m.
F number three
F date 2031
O company Beca
F money $31.5m
> Napier, Hastings and Whakatāne councils face similar decisions on their ocean and river outfalls, according to Local Government New Zealand (LGNZ).
L city Napier
L city Hastings
L city Whakatāne
O nonprofit Local Government New Zealand
O nonprofit LGNZ
> Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.
O government NZ On Air
'''

ARTICLES['141-lafayette-dance-hall-shooting-charge'] = r'''
> Man charged with murder in shooting outside crowded Lafayette dance hall
L city Lafayette
> Lafayette police investigators work outside the Bayou Social Club on Jefferson Street in Lafayette, La., on Sunday, Oct. 12, 2031. (Scott Broussard-Hebert/The Acadiana Advocate via AP)
L city Lafayette
L facility Bayou Social Club
L street Jefferson Street
L city Lafayette
L region La.
F date Oct. 12, 2031
P full Scott Broussard-Hebert
O media The Acadiana Advocate
O media AP
> By DARNELL FONTENOT-WRIGHT
P full DARNELL FONTENOT-WRIGHT
> Associated Press
O media Associated Press
> LAFAYETTE, La. (AP) — A 27-year-old Breaux Bridge man was charged with second-degree murder Monday in the shooting death of a man outside a crowded Lafayette dance hall early Sunday, police said.
L city LAFAYETTE
L region La.
O media AP
F age 27-year-old
L city Breaux Bridge
L city Lafayette
> Jermaine Paul Arceneaux, 27, was arrested without incident at a relative's home in St. Martinville on Sunday evening and booked into the Lafayette Parish Correctional Center, Lafayette Police Department spokesman Sgt. Wade Guidry said.
P full Jermaine Paul Arceneaux
F age 27
L city St. Martinville
L facility Lafayette Parish Correctional Center
O government Lafayette Police Department
P full Wade Guidry
> Arceneaux is accused of shooting Tyrell Dominique Batiste, 31, of Opelousas, at about 1:40 a.m. in a parking lot next to the Bayou Social Club at 412 Jefferson St. after the two men argued inside, Guidry said. Batiste was taken to Ochsner Lafayette General Medical Center, where he died about 40 minutes later.
P partial Arceneaux
P full Tyrell Dominique Batiste
F age 31
L city Opelousas
F time 1:40 a.m.
L facility Bayou Social Club
L address 412 Jefferson St.
F number two
P partial Guidry
P partial Batiste
O other Ochsner Lafayette General Medical Center
F duration 40 minutes
> "This was an argument over nothing that ended with a young man dead and a lot of people running for their lives," Guidry said at a news conference Monday. "There were more than 200 people in and around that club when the shots were fired."
Q direct Wade Guidry :: "This was an argument over nothing that ended with a young man dead and a lot of people running for their lives,"
P partial Guidry
Q direct Wade Guidry :: "There were more than 200 people in and around that club when the shots were fired."
F number 200
> Three other people were hurt as the crowd ran, including a 19-year-old woman who was grazed by a bullet, police said. None of the injuries was life-threatening. Investigators recovered nine shell casings from the lot and found a handgun in a drainage ditch about 400 yards away.
F number Three
F age 19-year-old
F number nine
F quantity 400 yards
> In an arrest affidavit, Det. Sgt. Monique Hebert-Landry wrote that surveillance video showed Arceneaux walking to a parked car, returning with a gun and firing "at least eight times" toward Batiste as he stood near the club's entrance.
P full Monique Hebert-Landry
P partial Arceneaux
Q direct Monique Hebert-Landry :: "at least eight times"
F number eight
P partial Batiste
> State District Judge Claire Ardoin-Mouton set bond at $750,000 during a video hearing Monday afternoon in the 15th Judicial District Court. Arceneaux, appearing from the jail in an orange jumpsuit, spoke only to answer "Yes, ma'am" when asked whether he understood the charge.
P full Claire Ardoin-Mouton
F money $750,000
O government 15th Judicial District Court
P partial Arceneaux
Q direct Jermaine Paul Arceneaux :: "Yes, ma'am"
> His attorney, public defender Lance Houston, said his client had no felony convictions and would plead not guilty.
P full Lance Houston
> "There are a lot of people with a lot of different stories about that night, and we haven't seen all of the video yet," Houston said in a phone interview.
Q direct Lance Houston :: "There are a lot of people with a lot of different stories about that night, and we haven't seen all of the video yet,"
P partial Houston
> Batiste's mother, Yvette Batiste, 54, said her son worked as a welder's helper at a shipyard in New Iberia and had a 6-year-old daughter.
P partial Batiste
P full Yvette Batiste
F age 54
L city New Iberia
F age 6-year-old
> "He went out to dance. That's all he did. He went out to dance and he didn't come home," she said Monday outside the family's home in Opelousas. "I want the man who did this to look at me in that courtroom.
Q direct Yvette Batiste :: "He went out to dance. That's all he did. He went out to dance and he didn't come home,"
L city Opelousas
Q direct Yvette Batiste :: "I want the man who did this to look at me in that courtroom.
> "I want him to see what he took from that little girl."
Q direct Yvette Batiste :: "I want him to see what he took from that little girl."
> The club, known to regulars as "the Social," books zydeco and swamp pop bands most weekends. Its owner, Dwayne Comeaux, said he had hired four off-duty deputies from the Lafayette Parish Sheriff's Office for the night and would close for two weeks. The Lafayette Consolidated Government said it would review the club's occupancy permit, which allows up to 180 people inside.
Q scare - :: "the Social,"
P full Dwayne Comeaux
F number four
O government Lafayette Parish Sheriff's Office
F duration two weeks
O government Lafayette Consolidated Government
F number 180
> The shell casings and the handgun were sent to the Acadiana Criminalistics Laboratory in New Iberia for testing, Guidry said.
O government Acadiana Criminalistics Laboratory
L city New Iberia
P partial Guidry
> If convicted of second-degree murder, Arceneaux faces a mandatory sentence of life in prison without parole under Louisiana law.
P partial Arceneaux
L region Louisiana
> It was the second fatal shooting in downtown Lafayette this year. In May, a 22-year-old man was killed near Parc Sans Souci, about six blocks from the club. No arrest has been made in that case.
L city Lafayette
F age 22-year-old
L facility Parc Sans Souci
F number six
> Associated Press writer Kendra Thibodaux-Lyles in New Orleans contributed to this report.
O media Associated Press
P full Kendra Thibodaux-Lyles
L city New Orleans
'''

ARTICLES['142-twente-heerenveen-eredivisie'] = r'''
> Van der Heijden double sends Twente within two points of PSV
P partial Van der Heijden
O team Twente
F number two
O team PSV
> Matheus da Costa also scores as Twente come from a goal down to beat Heerenveen and keep the Eredivisie title race alive
P full Matheus da Costa
O team Twente
O team Heerenveen
O other Eredivisie
> Jurre Mulder-Bakker, ESPN
P full Jurre Mulder-Bakker
O media ESPN
> Mar 9, 2031, 02:14 PM ET
F date Mar 9, 2031
F time 02:14 PM ET
> Bram van der Heijden celebrates after scoring Twente's winner against Heerenveen on Sunday. ANP via Getty Images
P full Bram van der Heijden
O team Twente
O team Heerenveen
O media ANP
O media Getty Images
> ENSCHEDE, Netherlands -- Bram van der Heijden scored twice, including the winner two minutes from time, as FC Twente came from behind to beat sc Heerenveen 3-2 at De Grolsch Veste on Sunday and move within two points of Eredivisie leaders PSV.
L city ENSCHEDE
L country Netherlands
P full Bram van der Heijden
F duration two minutes
O team FC Twente
O team sc Heerenveen
F score 3-2
L facility De Grolsch Veste
F number two
O other Eredivisie
O team PSV
> Heerenveen led at the break through a header from Belgian defender Jonas De Coninck, who rose above goalkeeper Sem de Graaf to meet Daan van 't Zand's corner in the 41st minute.
O team Heerenveen
P full Jonas De Coninck
P full Sem de Graaf
P full Daan van 't Zand
> De Graaf, 19, who was making only his fifth Eredivisie start, had earlier saved a penalty from Heerenveen striker Oumar Sy-Bakker.
P partial De Graaf
F age 19
O other Eredivisie
O team Heerenveen
P full Oumar Sy-Bakker
> Van der Heijden levelled five minutes after half-time, turning in a low cross from Da Costa, and the Brazilian put Twente ahead in the 61st minute with a curling shot from 20 metres that went in off the far post.
P partial Van der Heijden
F duration five minutes
P partial Da Costa
O team Twente
F quantity 20 metres
> “I saw the keeper take a step to his left, so I went the other way,” said Da Costa, 23, who joined from Brazilian side Athletico Paranaense for €4 million last summer.
Q direct Matheus da Costa :: “I saw the keeper take a step to his left, so I went the other way,”
P partial Da Costa
F age 23
O team Athletico Paranaense
F money €4 million
> Heerenveen, unbeaten in their previous six league matches, drew level with 14 minutes left when Van 't Zand's free kick deflected off Twente captain Jesper ten Hove and past De Graaf.
O team Heerenveen
F number six
F duration 14 minutes
P partial Van 't Zand
O team Twente
P full Jesper ten Hove
P partial De Graaf
> But with two minutes remaining, Van der Heijden, 31, met Luuk Brinkhorst's cross at the near post to send most of the 29,870 crowd in Enschede into raptures. It was his 17th league goal of the season and his fourth in three games.
F duration two minutes
P partial Van der Heijden
F age 31
P full Luuk Brinkhorst
F number 29,870
L city Enschede
F number three
> The video assistant referee, Jochem Kamphuis, checked the goal for a possible offside for 90 seconds before it was allowed to stand.
P full Jochem Kamphuis
F duration 90 seconds
> “We showed character. At 1-0 down against a team that had not lost in six games, it would have been easy to start panicking,” Twente coach Erik Hoogland said. “Bram is 31, but he runs like he is 22.”
Q direct Erik Hoogland :: “We showed character. At 1-0 down against a team that had not lost in six games, it would have been easy to start panicking,”
F score 1-0
F number six
O team Twente
P full Erik Hoogland
Q direct Erik Hoogland :: “Bram is 31, but he runs like he is 22.”
P partial Bram
F age 31
F age 22
> Van der Heijden, who joined from Go Ahead Eagles in 2028 for a reported €2.5 million, has been linked with a summer move to Feyenoord, but he said he had not thought about his future.
P partial Van der Heijden
O team Go Ahead Eagles
F date 2028
F money €2.5 million
O team Feyenoord
> “My head is here. We are two points behind PSV with seven games to play, so why would I think about anywhere else?” he told ESPN.
Q direct Bram van der Heijden :: “My head is here. We are two points behind PSV with seven games to play, so why would I think about anywhere else?”
F number two
O team PSV
F number seven
O media ESPN
> Heerenveen coach Robin Pijnaker said Brinkhorst had been offside in the build-up to the winner and that the club would raise it with the KNVB, the Dutch football association.
O team Heerenveen
P full Robin Pijnaker
P partial Brinkhorst
O other KNVB
> “Everybody in the stadium saw it except the people who are paid to see it,” Pijnaker said. “We played well for 80 minutes and we go home with nothing. That hurts.”
Q direct Robin Pijnaker :: “Everybody in the stadium saw it except the people who are paid to see it,”
P partial Pijnaker
Q direct Robin Pijnaker :: “We played well for 80 minutes and we go home with nothing. That hurts.”
F duration 80 minutes
> The Frisian club, who won the reverse fixture 2-1 at the Abe Lenstra Stadion in December, stay sixth on 41 points.
F score 2-1
L facility Abe Lenstra Stadion
F number 41
> PSV, who visit Utrecht on Wednesday, have 60 points from 27 matches. Feyenoord are third on 54 after a 1-1 draw with AZ in Alkmaar on Saturday, while Ajax lost 2-0 to Groningen and are fifth.
O team PSV
O team Utrecht
F number 60
F number 27
O team Feyenoord
F number 54
F score 1-1
O team AZ
L city Alkmaar
O team Ajax
F score 2-0
O team Groningen
> Oranje assistant coach Stijn Hofland watched from the stands, and Ten Hove, 24, is expected to be named in the Netherlands squad for this month's friendlies on Friday.
O team Oranje
P full Stijn Hofland
P partial Ten Hove
F age 24
O team Netherlands
> Twente, who were knocked out of the KNVB Cup by Heracles Almelo in January, travel to NEC Nijmegen on Saturday.
O team Twente
O team Heracles Almelo
O team NEC Nijmegen
'''

ARTICLES['143-bc-wildfire-smoke-children-study'] = r'''
> Wildfire smoke sent thousands more B.C. children to emergency rooms, UBC study finds
L region B.C.
O education UBC
> Asthma visits jumped 38 per cent on the smokiest days, and the youngest children were hit hardest, researchers say
F percent 38 per cent
> Megan Thiessen-Kaur, CTV News Vancouver Health Reporter
P full Megan Thiessen-Kaur
O media CTV News Vancouver
> Published Tuesday, July 15, 2031 3:00 p.m. PDT
F date July 15, 2031
F time 3:00 p.m. PDT
> Smoke from nearby wildfires hangs over Kelowna, B.C., in August 2030. (THE CANADIAN PRESS/Jordan Pelletier-Rai)
L city Kelowna
L region B.C.
F date August 2030
O media THE CANADIAN PRESS
P full Jordan Pelletier-Rai
> VANCOUVER — Children in British Columbia were far more likely to end up in hospital emergency departments on days when wildfire smoke blanketed their communities, according to a new study from the University of British Columbia that tracked more than 1.2 million emergency visits over nine fire seasons.
L city VANCOUVER
L region British Columbia
O education University of British Columbia
F number 1.2 million
F number nine
> The research, published Tuesday in the Canadian Medical Association Journal (CMAJ), found that emergency visits for asthma among children under 12 rose 38 per cent on days when fine particulate matter, known as PM2.5, topped 35 micrograms per cubic metre. For children under five, the increase was 52 per cent.
O media Canadian Medical Association Journal
O media CMAJ
F age 12
F percent 38 per cent
F quantity 35 micrograms per cubic metre
F age five
F percent 52 per cent
> “Those are not small numbers. On the worst smoke days, our emergency departments are seeing kids who would otherwise have been fine at home,” said Dr. Priya Sandhu-Marchetti, an assistant professor at UBC’s School of Population and Public Health and the study’s lead author.
Q direct Priya Sandhu-Marchetti :: “Those are not small numbers. On the worst smoke days, our emergency departments are seeing kids who would otherwise have been fine at home,”
P full Priya Sandhu-Marchetti
O education UBC
O education School of Population and Public Health
> Sandhu-Marchetti and her colleagues linked hospital records from 2017 to 2025 with daily readings from 86 air-quality monitoring stations run by the B.C. Ministry of Environment and Parks and Environment and Climate Change Canada.
P partial Sandhu-Marchetti
F date 2017
F date 2025
F number 86
O government B.C. Ministry of Environment and Parks
O government Environment and Climate Change Canada
> The effect was strongest in the Interior, where smoke lingers longest. In Kamloops, Williams Lake and Kelowna, asthma visits by children more than doubled during the 2023 fire season, when smoke covered parts of the province for 41 days in a row.
L region Interior
L city Kamloops
L city Williams Lake
L city Kelowna
F date 2023
F duration 41 days
> Co-author Prof. Gordon Achterberg, an environmental epidemiologist at Simon Fraser University in Burnaby, said the findings should change how families and schools prepare for summer.
P full Gordon Achterberg
O education Simon Fraser University
L city Burnaby
> “We tell people to stay indoors, but a lot of older homes in the Interior don’t have any filtration,” he said. “A portable air cleaner costs about $150. That is cheaper than a single ambulance ride.”
Q direct Gordon Achterberg :: “We tell people to stay indoors, but a lot of older homes in the Interior don’t have any filtration,”
L region Interior
Q direct Gordon Achterberg :: “A portable air cleaner costs about $150. That is cheaper than a single ambulance ride.”
F money $150
> The BC Centre for Disease Control (BCCDC) recommends that households with young children buy or build a portable air cleaner before fire season, which usually runs from June to September.
O government BC Centre for Disease Control
O government BCCDC
> Interior Health, which runs hospitals across the region, said it had set up 34 “clean air spaces” in libraries and community centres last summer. A spokesperson for the B.C. Ministry of Health said the province had bought 5,000 portable air cleaners for schools and child-care centres in 2030 and would “look closely” at the study’s recommendations.
O government Interior Health
F number 34
Q scare - :: “clean air spaces”
O government B.C. Ministry of Health
F number 5,000
F date 2030
Q direct - :: “look closely”
> In Williams Lake, Jenna Whitford-Paquette, 36, said her son Ethan, now 7, was taken to Cariboo Memorial Hospital three times during the 2023 fires.
L city Williams Lake
P full Jenna Whitford-Paquette
F age 36
P partial Ethan
F age 7
O other Cariboo Memorial Hospital
F number three
F date 2023
> “The third time, the nurse told me they had four other kids in there with the same thing,” she said. “We bought two air purifiers after that, and he hasn’t been back since.”
Q direct Jenna Whitford-Paquette :: “The third time, the nurse told me they had four other kids in there with the same thing,”
F number four
Q direct Jenna Whitford-Paquette :: “We bought two air purifiers after that, and he hasn’t been back since.”
F number two
> The study estimated that smoke was responsible for about 4,300 additional emergency visits by children between 2017 and 2025, costing the health system roughly $6.9 million.
F number 4,300
F date 2017
F date 2025
F money $6.9 million
> The authors noted that the data did not include visits to walk-in clinics or family doctors, so the true burden is likely higher. The study was funded by the Canadian Institutes of Health Research (CIHR) and the Michael Smith Health Research BC foundation.
O government Canadian Institutes of Health Research
O government CIHR
O nonprofit Michael Smith Health Research BC
> Health Canada estimates that long-term exposure to wildfire smoke contributes to between 570 and 2,500 premature deaths a year in Canada.
O government Health Canada
F number 570
F number 2,500
L country Canada
> “We’ve had a 10-year head start on some of the other provinces, because we’ve lived with these fire seasons since 2017,” Sandhu-Marchetti said. “But we haven’t used it.
Q direct Priya Sandhu-Marchetti :: “We’ve had a 10-year head start on some of the other provinces, because we’ve lived with these fire seasons since 2017,”
F duration 10-year
F date 2017
P partial Sandhu-Marchetti
Q direct Priya Sandhu-Marchetti :: “But we haven’t used it.
> “Smoke season is now as predictable as flu season. We plan for flu every year, and we should be planning for smoke the same way.”
Q direct Priya Sandhu-Marchetti :: “Smoke season is now as predictable as flu season. We plan for flu every year, and we should be planning for smoke the same way.”
'''

ARTICLES['144-kuwait-iraq-khor-abdullah-talks'] = r'''
> Middle East
L region Middle East
> Kuwait and Iraq agree to revive Khor Abdullah navigation committee
L country Kuwait
L country Iraq
L geo Khor Abdullah
> Talks in Kuwait City are the first at foreign-minister level since Iraq’s top court struck down the 2012 waterway agreement
L city Kuwait City
L country Iraq
F date 2012
> Updated 15 September 2030
F date 15 September 2030
> ARAB NEWS
O media ARAB NEWS
> Kuwait’s Foreign Minister Sheikh Bader Nasser Al-Hamad (right) receives Iraqi Foreign Minister Hussein Kadhim al-Rubaie at Bayan Palace in Kuwait City on Sept. 15, 2030. (KUNA)
L country Kuwait
P full Bader Nasser Al-Hamad
P full Hussein Kadhim al-Rubaie
L facility Bayan Palace
L city Kuwait City
F date Sept. 15, 2030
O media KUNA
> KUWAIT CITY: Kuwait and Iraq agreed on Sunday to revive a joint committee on navigation in the Khor Abdullah waterway, the first concrete step since Iraq’s Federal Supreme Court invalidated a 2012 agreement between the neighbors in September 2023.
L city KUWAIT CITY
L country Kuwait
L country Iraq
L geo Khor Abdullah
L country Iraq
O government Federal Supreme Court
F date 2012
F date September 2023
> The announcement followed nearly four hours of talks at Bayan Palace between Kuwait’s Foreign Minister Sheikh Bader Nasser Al-Hamad and his Iraqi counterpart, Dr. Hussein Kadhim al-Rubaie, who later met Prime Minister Sheikh Khalid Jaber Al-Mansour.
F duration four hours
L facility Bayan Palace
L country Kuwait
P full Bader Nasser Al-Hamad
P full Hussein Kadhim al-Rubaie
P full Khalid Jaber Al-Mansour
> “Kuwait’s position has not changed. The 2012 agreement is valid and binding, and it is registered with the United Nations,” Sheikh Bader told reporters after the meeting. “But we are neighbors, and neighbors must keep talking.”
Q direct Bader Nasser Al-Hamad :: “Kuwait’s position has not changed. The 2012 agreement is valid and binding, and it is registered with the United Nations,”
L country Kuwait
F date 2012
O intergovernmental United Nations
P partial Bader
Q direct Bader Nasser Al-Hamad :: “But we are neighbors, and neighbors must keep talking.”
> Al-Rubaie said Baghdad remained committed to “good neighborliness and international law,” but stressed that any new arrangement would need the approval of Iraq’s parliament.
P partial Al-Rubaie
L city Baghdad
Q direct Hussein Kadhim al-Rubaie :: “good neighborliness and international law,”
L country Iraq
> “Nobody in Iraq wants a dispute with Kuwait. But the court has ruled, and the government cannot act as if it has not,” he said. “Our task now is to find a formula that respects the ruling and protects shipping.”
Q direct Hussein Kadhim al-Rubaie :: “Nobody in Iraq wants a dispute with Kuwait. But the court has ruled, and the government cannot act as if it has not,”
L country Iraq
L country Kuwait
Q direct Hussein Kadhim al-Rubaie :: “Our task now is to find a formula that respects the ruling and protects shipping.”
> The 2012 agreement, ratified by Iraq’s Council of Representatives in 2013, set rules for ships using the roughly 50-kilometer channel, which leads to Iraq’s Umm Qasr port and runs between the Faw peninsula and Kuwait’s Bubiyan Island.
F date 2012
L country Iraq
O government Council of Representatives
F date 2013
F quantity 50-kilometer
L country Iraq
L city Umm Qasr
L geo Faw
L country Kuwait
L geo Bubiyan Island
> In its 2023 ruling, the Federal Supreme Court said the ratification law should have been passed by a two-thirds majority of lawmakers. Kuwait protested, and the Gulf Cooperation Council (GCC) called on Baghdad to respect the border, which was demarcated under a 1993 UN Security Council resolution.
F date 2023
O government Federal Supreme Court
F fraction two-thirds
L country Kuwait
O intergovernmental Gulf Cooperation Council
O intergovernmental GCC
L city Baghdad
F date 1993
O intergovernmental UN Security Council
> Iraq is building the Grand Faw Port on the peninsula, across the channel from Kuwait’s Mubarak Al-Kabeer Port on Bubiyan. Both sides say their ports will not block the other’s shipping, but Iraqi officials have long complained that the Kuwaiti port narrows access to the waterway.
L country Iraq
L facility Grand Faw Port
L country Kuwait
L facility Mubarak Al-Kabeer Port
L geo Bubiyan
> According to the Kuwait News Agency (KUNA), the revived committee will include officials from both foreign ministries, the Kuwait Ports Authority and the General Company for Ports of Iraq (GCPI), and will hold its first meeting in Basra within 60 days.
O media Kuwait News Agency
O media KUNA
O government Kuwait Ports Authority
O government General Company for Ports of Iraq
O government GCPI
L city Basra
F duration 60 days
> The Iraqi News Agency (INA) said the two ministers had also agreed to open the Safwan–Abdali border crossing to trucks 24 hours a day from Oct. 1. Drivers have complained of queues of up to 19 kilometers at Safwan, in Basra province, and at Abdali, in Kuwait’s Jahra governorate.
O media Iraqi News Agency
O media INA
F number two
L city Safwan
L city Abdali
F duration 24 hours
F date Oct. 1
F quantity 19 kilometers
L city Safwan
L region Basra
L city Abdali
L country Kuwait
L region Jahra
> Fishermen in Faw say they have been caught between the two coast guards for years. Abbas Hamid Jassim, 47, said his boat had been stopped by a Kuwaiti patrol three times since January near the island of Warbah, close to what local fishermen call “the line.”
L city Faw
F number two
P full Abbas Hamid Jassim
F age 47
F number three
L geo Warbah
Q scare - :: “the line.”
> “They take our nets, they take our fish, and we pay 150,000 dinars to get the boat back,” he told AFP by telephone. “I have fished here for 30 years. My father fished here. Nobody asked us about any agreement.”
Q direct Abbas Hamid Jassim :: “They take our nets, they take our fish, and we pay 150,000 dinars to get the boat back,”
F money 150,000 dinars
O media AFP
Q direct Abbas Hamid Jassim :: “I have fished here for 30 years. My father fished here. Nobody asked us about any agreement.”
F duration 30 years
> Maj. Gen. Salah Mahdi al-Asadi, the commander of Iraq’s coast guard, told INA that his patrols had been ordered to avoid any confrontation. “We will not escalate at sea while the diplomats are talking,” he said.
P full Salah Mahdi al-Asadi
L country Iraq
O media INA
Q direct Salah Mahdi al-Asadi :: “We will not escalate at sea while the diplomats are talking,”
> Not everyone in Baghdad welcomed the talks. Raad al-Hamdani, a lawmaker from Basra who sits on parliament’s foreign relations committee, called the committee’s revival “a surrender in slow motion” and said he would ask the Federal Supreme Court to block any new deal.
L city Baghdad
P full Raad al-Hamdani
L city Basra
Q direct Raad al-Hamdani :: “a surrender in slow motion”
O government Federal Supreme Court
> The GCC welcomed the meeting as “a positive step toward stability in the northern Gulf,” and Saudi Arabia’s Ministry of Foreign Affairs said in a statement that it supported “all efforts to resolve outstanding issues through dialogue.”
O intergovernmental GCC
Q direct Gulf Cooperation Council :: “a positive step toward stability in the northern Gulf,”
L geo Gulf
L country Saudi Arabia
O government Ministry of Foreign Affairs
Q direct Ministry of Foreign Affairs :: “all efforts to resolve outstanding issues through dialogue.”
> Trade between the two countries reached about $2.4 billion in 2029, most of it Kuwaiti exports to Iraq, according to Kuwait’s Central Statistical Bureau. Around 60 percent of Iraq’s non-oil imports pass through Umm Qasr.
F number two
F money $2.4 billion
F date 2029
L country Iraq
L country Kuwait
O government Central Statistical Bureau
F percent 60 percent
L country Iraq
L city Umm Qasr
> Yusra Haddad-Noor, a senior research fellow at Chatham House in London, said both governments had audiences at home to manage.
P full Yusra Haddad-Noor
O nonprofit Chatham House
L city London
> “In Kuwait the question is sovereignty. In Iraq it is the feeling that the agreement was signed when Baghdad was weak,” she said. “A committee is not a solution, but for the first time in seven years they are in the same room, and that matters.”
Q direct Yusra Haddad-Noor :: “In Kuwait the question is sovereignty. In Iraq it is the feeling that the agreement was signed when Baghdad was weak,”
L country Kuwait
L country Iraq
L city Baghdad
Q direct Yusra Haddad-Noor :: “A committee is not a solution, but for the first time in seven years they are in the same room, and that matters.”
F duration seven years
> Al-Rubaie is due to travel to Riyadh and Doha later this week.
P partial Al-Rubaie
L city Riyadh
L city Doha
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
