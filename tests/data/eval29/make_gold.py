#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval29 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval29/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['217-barmer-water-tanker-scam-probe'] = r'''
> Jodhpur
L city Jodhpur
> Barmer tanker scam: Rs 3.2 crore paid for water trips never made, finds probe
L region Barmer
F money Rs 3.2 crore
> GPS logs show 41% of 52,640 billed trips did not happen; PHED engineer, two contractors booked
F percent 41%
F number 52,640
O government PHED
F number two
> Mahendra Singh Rathore / TNN / Updated: Jun 14, 2034, 04:18 IST
P full Mahendra Singh Rathore
O media TNN
F date Jun 14, 2034
F time 04:18 IST
> Water tankers parked at a private depot near Chohtan. Investigators found that many of them had not moved on days for which they were billed. (TOI photo)
L city Chohtan
O media TOI
> BARMER: A district-level probe into the supply of drinking water by tankers to drought-hit villages of Barmer has found that contractors were paid Rs 3.2 crore for 21,582 trips that were never made, officials said on Tuesday.
L city BARMER
L region Barmer
F money Rs 3.2 crore
F number 21,582
> The three-member committee, headed by additional district magistrate (ADM) Sunita Meghwal-Chaudhary, compared bills submitted for April, May and June with GPS data from the 214 tankers hired under the district's drought contingency plan. Of the 52,640 trips billed to 187 villages in Chohtan, Sedwa and Dhorimanna tehsils, 21,582 either did not appear in the logs at all or showed the tanker travelling less than 2 km.
F number three
P full Sunita Meghwal-Chaudhary
F number 214
F number 52,640
F number 187
L region Chohtan
L region Sedwa
L region Dhorimanna
F number 21,582
F quantity 2 km
> District collector Arvind Kumar Bhati, who ordered the inquiry on May 22 after complaints from several sarpanches, said the report had been sent to the state government and to the Anti-Corruption Bureau (ACB). "The data is very clear. Tankers were standing in the depot while bills were being raised for three and four trips a day to villages 40 km away," he said.
P full Arvind Kumar Bhati
F date May 22
O government Anti-Corruption Bureau
O government ACB
Q direct Arvind Kumar Bhati :: "The data is very clear. Tankers were standing in the depot while bills were being raised for three and four trips a day to villages 40 km away,"
F number three
F number four
F quantity 40 km
> Superintendent of police Narendra Pal Singh Deora said an FIR had been registered at the Chohtan police station against an executive engineer and an assistant engineer of the Public Health Engineering Department (PHED) and two transport contractors, under sections of the Bharatiya Nyaya Sanhita dealing with cheating, forgery and criminal conspiracy, and under the Prevention of Corruption Act.
P full Narendra Pal Singh Deora
L facility Chohtan
O government Public Health Engineering Department
O government PHED
F number two
> The executive engineer, Rakesh Jangid, was suspended on Monday. According to the report, the two contractors – Bhagirath Ram Sihag of Sihag Transport Company and Devendra Kumar Jakhar of Marudhar Jal Supply – were paid a combined Rs 4.6 crore between April 1 and June 10. Both firms are registered in Barmer town.
P full Rakesh Jangid
F number two
P full Bhagirath Ram Sihag
O company Sihag Transport Company
P full Devendra Kumar Jakhar
O company Marudhar Jal Supply
F money Rs 4.6 crore
F date April 1
F date June 10
L city Barmer
> "Not a single bill was rejected in three months. Either nobody checked, or everybody knew," the ADM said.
Q direct Sunita Meghwal-Chaudhary :: "Not a single bill was rejected in three months. Either nobody checked, or everybody knew,"
F duration three months
> Villagers say the shortfall left them buying water privately at the peak of summer, when temperatures in the Thar touched 48.6 degrees Celsius. In Bhojariya ki Dhani, a hamlet of about 600 people in Sedwa tehsil, residents said the government tanker came once a week instead of every day. They have a name for the vehicles on the bills: "kagazi tanker", the tankers that exist only on paper.
L geo Thar
F quantity 48.6 degrees Celsius
L city Bhojariya ki Dhani
F number 600
L region Sedwa
Q scare - :: "kagazi tanker"
> "We were told the tanker comes daily. It came on Mondays, and some weeks not even that," said Laxmi Devi, 52, who walks 3 km to a village tank on the days the tanker does not come. "A private tanker costs Rs 1,200. Who has that kind of money every week?"
Q direct Laxmi Devi :: "We were told the tanker comes daily. It came on Mondays, and some weeks not even that,"
P full Laxmi Devi
F age 52
F quantity 3 km
Q direct Laxmi Devi :: "A private tanker costs Rs 1,200. Who has that kind of money every week?"
F money Rs 1,200
> Kharia Rathoran sarpanch Gumana Ram Godara, who first took the complaint to the tehsildar in May, said panchayat records showed only 38 tanker visits to his village in April against 124 billed. "I have the register signed by the villagers. They signed for every tanker that came. The rest came only on paper," he said.
L city Kharia Rathoran
P full Gumana Ram Godara
F number 38
F number 124
Q direct Gumana Ram Godara :: "I have the register signed by the villagers. They signed for every tanker that came. The rest came only on paper,"
> Under the contract, each 4,000-litre tanker was to be paid Rs 1,150 a trip for distances of up to 20 km and Rs 1,480 for longer runs. The district had budgeted Rs 9.5 crore for tanker supply for the April-June period, up from Rs 7.1 crore last year, after the groundwater level in parts of Chohtan fell below 120 metres.
F quantity 4,000-litre
F money Rs 1,150
F quantity 20 km
F money Rs 1,480
F money Rs 9.5 crore
F money Rs 7.1 crore
L region Chohtan
F quantity 120 metres
> The committee also found that 23 of the 214 registration numbers in the bills belonged to tractors or cars, and six to motorcycles. "A motorcycle cannot carry 4,000 litres of water," Bhati told TOI.
F number 23
F number 214
F number six
Q direct Arvind Kumar Bhati :: "A motorcycle cannot carry 4,000 litres of water,"
F quantity 4,000 litres
P partial Bhati
O media TOI
> The ACB's Jodhpur unit has sought the payment files, and Deora said police would examine the bank accounts of the contractors and of the PHED officials who cleared the bills. "We are also checking whether the GPS devices were tampered with or simply switched off," he said.
O government ACB
L city Jodhpur
P partial Deora
O government PHED
Q direct Narendra Pal Singh Deora :: "We are also checking whether the GPS devices were tampered with or simply switched off,"
> In Jaipur, PHED minister Bhanwar Lal Sunda said the government would recover the money from those responsible. "Whether it is an officer or a contractor, nobody will be spared. In the desert, water is a matter of life and death," he said, adding that all 41 districts had been asked to audit tanker payments within 15 days.
L city Jaipur
O government PHED
P full Bhanwar Lal Sunda
Q direct Bhanwar Lal Sunda :: "Whether it is an officer or a contractor, nobody will be spared. In the desert, water is a matter of life and death,"
F number 41
F duration 15 days
> Congress MLA Tejpal Singh Bhadu, who represents Chohtan in the assembly, demanded a judicial inquiry and called the findings "only the tip of the iceberg". "If 21,582 trips were fake in three tehsils of one district, what is happening in the rest of western Rajasthan?" he said.
P full Tejpal Singh Bhadu
L region Chohtan
Q direct Tejpal Singh Bhadu :: "only the tip of the iceberg"
Q direct Tejpal Singh Bhadu :: "If 21,582 trips were fake in three tehsils of one district, what is happening in the rest of western Rajasthan?"
F number 21,582
F number three
F number one
L region Rajasthan
> Barmer received 118 mm of rain in the last monsoon, 54% below normal, and the district was declared drought-affected in October 2033 along with Jaisalmer and Bikaner. Officials said about 1.6 lakh people in the three tehsils depend on tankers for drinking water until the monsoon arrives, usually in the first week of July.
L region Barmer
F quantity 118 mm
F percent 54%
F date October 2033
L region Jaisalmer
L region Bikaner
F number 1.6 lakh
F number three
> The committee has recommended that bills for June, worth about Rs 1.9 crore, be withheld until each trip is verified through GPS logs and the signatures of panchayat members. Bhati said fresh tenders with mandatory live GPS tracking would be floated by June 20.
F money Rs 1.9 crore
P partial Bhati
F date June 20
'''

ARTICLES['218-northern-beaches-short-term-rental-cap'] = r'''
> Housing
> Northern Beaches to cap Airbnb-style holiday rentals at 60 nights a year
L region Northern Beaches
O company Airbnb
F duration 60 nights
> Owners of more than 2300 homes listed for short stays between Manly and Palm Beach would be limited to 60 nights a year unless they live on site, under a plan the council says could return 800 homes to the rental market.
F number 2300
L city Manly
L city Palm Beach
F duration 60 nights
F number 800
> By Lucy Tran-Whitfield
P full Lucy Tran-Whitfield
> June 7, 2034 — 5.00am
F date June 7, 2034
F time 5.00am
> Holiday rentals near Freshwater Beach, where almost one in five houses is listed on a short-stay platform. Credit: Oscar Pellegrini-Ward
L geo Freshwater Beach
F number one
F number five
P full Oscar Pellegrini-Ward
> Northern Beaches Council will ask the state government to cap unhosted short-term rentals at 60 nights a year, the toughest limit in Sydney, after councillors voted 9-6 on Tuesday night in favour of the plan.
O government Northern Beaches Council
F duration 60 nights
L city Sydney
F number 9-6
> The cap would apply to whole homes listed on Airbnb, Stayz and similar platforms when the owner does not live on the property. Hosted stays, in which the owner rents out a room while living there, would remain unlimited.
O company Airbnb
O company Stayz
> Mayor Jacqueline Ostrowski-Bell said council data showed 2317 whole homes in the local government area were listed for short stays in March, up 38 per cent in three years, while the rental vacancy rate in the area had fallen to 0.9 per cent.
P full Jacqueline Ostrowski-Bell
F number 2317
F percent 38 per cent
F duration three years
F percent 0.9 per cent
> “We have teachers and nurses sleeping in their cars in the car park at Manly Vale, and we have streets in Avalon where half the houses sit empty from Sunday night to Friday,” Ostrowski-Bell told the Herald.
Q direct Jacqueline Ostrowski-Bell :: “We have teachers and nurses sleeping in their cars in the car park at Manly Vale, and we have streets in Avalon where half the houses sit empty from Sunday night to Friday,”
L city Manly Vale
L city Avalon
F fraction half
P partial Ostrowski-Bell
O media Herald
> “This is not about punishing anyone who rents out a granny flat for a few weekends. It’s about whether a nurse can afford to live within 30 minutes of Northern Beaches Hospital.”
Q direct Jacqueline Ostrowski-Bell :: “This is not about punishing anyone who rents out a granny flat for a few weekends. It’s about whether a nurse can afford to live within 30 minutes of Northern Beaches Hospital.”
F duration 30 minutes
O other Northern Beaches Hospital
> Council modelling suggests about 800 homes would return to the long-term rental market within two years of the cap taking effect – roughly a third of the 2400 new homes the state government has told the council to deliver by 2039.
F number 800
F duration two years
F fraction a third
F number 2400
F date 2039
> Under the proposal, owners who break the cap would face on-the-spot fines of $3000 and penalties of up to $110,000 if prosecuted in the Land and Environment Court.
F money $3000
F money $110,000
O government Land and Environment Court
> The council needs the approval of the Department of Planning, Housing and Infrastructure because short-term rentals are regulated under a state planning policy, which allows unhosted stays of up to 180 nights a year across Greater Sydney. Only Byron Shire, where the state government approved a 60-day cap in 2024 after a long campaign by the local council, has a tighter limit.
O government Department of Planning, Housing and Infrastructure
F duration 180 nights
L region Greater Sydney
L region Byron Shire
F duration 60-day
F date 2024
> Planning Minister Marcus Delahunty-Pike said he would “look closely” at the request but warned against a patchwork of rules across Sydney.
P full Marcus Delahunty-Pike
Q direct Marcus Delahunty-Pike :: “look closely”
L city Sydney
> “Every council wants to do its own thing, and I understand why,” he said. “But a family booking a holiday house shouldn’t need a lawyer to work out what’s allowed in Mona Vale and what’s allowed in Collaroy.”
Q direct Marcus Delahunty-Pike :: “Every council wants to do its own thing, and I understand why,”
Q direct Marcus Delahunty-Pike :: “But a family booking a holiday house shouldn’t need a lawyer to work out what’s allowed in Mona Vale and what’s allowed in Collaroy.”
L city Mona Vale
L city Collaroy
> A review by the department last year found that 4.6 per cent of dwellings on the Northern Beaches were used for short-term letting, compared with 1.4 per cent across Greater Sydney and 17 per cent in Byron Bay.
F percent 4.6 per cent
L region Northern Beaches
F percent 1.4 per cent
L region Greater Sydney
F percent 17 per cent
L city Byron Bay
> Tenants’ Union of NSW chief executive Priya Venkatesan-Hurst welcomed the vote, saying the statewide 180-night limit was “far too generous” for areas under rental stress.
O nonprofit Tenants’ Union of NSW
P full Priya Venkatesan-Hurst
F duration 180-night
Q direct Priya Venkatesan-Hurst :: “far too generous”
> “The median rent for a two-bedroom unit on the peninsula is now $1020 a week. Every house that goes back on a long-term lease matters,” she said.
Q direct Priya Venkatesan-Hurst :: “The median rent for a two-bedroom unit on the peninsula is now $1020 a week. Every house that goes back on a long-term lease matters,”
F number two
F money $1020
> An Airbnb spokesperson said the cap was “a blunt instrument” that would hurt locals who relied on holiday letting to pay their mortgages, and said the typical host on the Northern Beaches earned $14,600 a year. Stayz did not respond to a request for comment.
O company Airbnb
Q direct - :: “a blunt instrument”
L region Northern Beaches
F money $14,600
O company Stayz
> Some owners say the council has moved too fast. Greg Hatzimihail, 61, rents out a three-bedroom house in Freshwater that he inherited from his parents and says the income funds his retirement.
P full Greg Hatzimihail
F age 61
F number three
L city Freshwater
> “I’m not a property mogul. I’m a retired electrician with one house I let out over summer,” he said. “At 60 nights I’d be better off selling, and then it’s gone anyway – some banker from Mosman buys it as a weekender.”
Q direct Greg Hatzimihail :: “I’m not a property mogul. I’m a retired electrician with one house I let out over summer,”
F number one
Q direct Greg Hatzimihail :: “At 60 nights I’d be better off selling, and then it’s gone anyway – some banker from Mosman buys it as a weekender.”
F duration 60 nights
L city Mosman
> Councillor Tom Rafferty-Nguyen, one of the six who voted against the motion, said the council should first enforce the existing rules. Only 14 fines have been issued on the Northern Beaches since the state’s register of short-term rentals began in November 2021.
P full Tom Rafferty-Nguyen
F number six
F number 14
L region Northern Beaches
F date November 2021
> “We are about to pass a rule we have no way of policing,” he said. “If the council can’t find the 2300 listings we already know about, a cap on paper won’t change much.”
Q direct Tom Rafferty-Nguyen :: “We are about to pass a rule we have no way of policing,”
Q direct Tom Rafferty-Nguyen :: “If the council can’t find the 2300 listings we already know about, a cap on paper won’t change much.”
F number 2300
> If the department approves the change, the cap would take effect on July 1, 2035. Ostrowski-Bell said the council would also seek powers to suspend the listings of repeat offenders for 12 months.
F date July 1, 2035
P partial Ostrowski-Bell
F duration 12 months
'''

ARTICLES['219-laurentia-gold-kinojevis-mines-takeover'] = r'''
> Mining
> Laurentia Gold to buy Abitibi rival Kinojévis Mines in $2.3-billion all-stock deal
O company Laurentia Gold
L region Abitibi
O company Kinojévis Mines
F money $2.3-billion
> Combined company would produce about 610,000 ounces of gold a year from four mines in Quebec and Ontario
F quantity 610,000 ounces
F number four
L region Quebec
L region Ontario
> Émilie Archambault-Kerr Mining Reporter
P full Émilie Archambault-Kerr
> Published March 2, 2034 Updated 3 hours ago
F date March 2, 2034
F duration 3 hours
> Underground at Kinojévis Mines’ Lac Sauvageau mine near Val-d’Or, Que., in 2031. The mine produced 212,000 ounces of gold last year. Guillaume Thibodeau-Arseneau/The Globe and Mail
O company Kinojévis Mines
L facility Lac Sauvageau
L city Val-d’Or
L region Que.
F date 2031
F quantity 212,000 ounces
P full Guillaume Thibodeau-Arseneau
O media The Globe and Mail
> Laurentia Gold Corp. (LGC-T) has agreed to buy Kinojévis Mines Inc. (KJM-T) for $2.3-billion in shares, combining two mid-sized producers in Quebec’s Abitibi gold belt as record bullion prices push miners to bulk up.
O company Laurentia Gold Corp.
O company Kinojévis Mines Inc.
F money $2.3-billion
F number two
L region Quebec
L region Abitibi
> Under the agreement announced Thursday, Kinojévis shareholders will receive 0.412 of a Laurentia share for each share they hold, valuing Kinojévis at $14.86 a share, a premium of 31 per cent to its closing price on the Toronto Stock Exchange on Wednesday. Laurentia shareholders will own about 63 per cent of the combined company.
O company Kinojévis
F number 0.412
O company Laurentia
O company Kinojévis
F money $14.86
F percent 31 per cent
O company Toronto Stock Exchange
O company Laurentia
F percent 63 per cent
> The combined company, which will keep the Laurentia name and its head office in Toronto, will own four producing mines and expects output of about 610,000 ounces this year, with proven and probable reserves of 7.8 million ounces.
O company Laurentia
L city Toronto
F number four
F quantity 610,000 ounces
F quantity 7.8 million ounces
> “This is about scale, and it’s about the rocks,” Laurentia chief executive Martin Lévesque-Harrington said in an interview. “Lac Sauvageau sits 38 kilometres from our Preissac mill. We can start trucking ore there next year and avoid building a second mill.”
Q direct Martin Lévesque-Harrington :: “This is about scale, and it’s about the rocks,”
O company Laurentia
P full Martin Lévesque-Harrington
Q direct Martin Lévesque-Harrington :: “Lac Sauvageau sits 38 kilometres from our Preissac mill. We can start trucking ore there next year and avoid building a second mill.”
L facility Lac Sauvageau
F quantity 38 kilometres
L facility Preissac
> Mr. Lévesque-Harrington said the companies expect to save about $45-million a year in corporate and processing costs within 18 months of the deal closing.
P partial Lévesque-Harrington
F money $45-million
F duration 18 months
> Gold traded at US$3,412 an ounce on Thursday, or about C$4,680, up roughly 18 per cent from a year earlier. Canadian producers have been among the biggest winners of the rally, and several have used their higher share prices to pay for acquisitions.
F money US$3,412
F money C$4,680
F percent 18 per cent
> Analysts were broadly positive. “Laurentia is paying a fair price for the best undeveloped ground in the eastern Abitibi,” said Catherine Nakashima-Fortin of BMO Capital Markets, who rates Laurentia shares outperform with a $48 target price.
Q direct Catherine Nakashima-Fortin :: “Laurentia is paying a fair price for the best undeveloped ground in the eastern Abitibi,”
O company Laurentia
L region Abitibi
P full Catherine Nakashima-Fortin
O company BMO Capital Markets
O company Laurentia
F money $48
> She estimated the combined company’s all-in sustaining costs at US$1,540 an ounce, below the industry average of about US$1,700.
F money US$1,540
F money US$1,700
> Others were more cautious. In a note to clients, analysts at RBC Dominion Securities called the premium “full” given Kinojévis’s rising costs, and said the deal “transfers a lot of Lac Sauvageau’s risk to Laurentia shareholders.”
O company RBC Dominion Securities
Q direct RBC Dominion Securities :: “full”
O company Kinojévis
Q direct RBC Dominion Securities :: “transfers a lot of Lac Sauvageau’s risk to Laurentia shareholders.”
L facility Lac Sauvageau
O company Laurentia
> Kinojévis shares have fallen 22 per cent over the past year after the company twice cut its 2034 production forecast, citing lower grades as the mine goes deeper. It reported an average grade of 2.1 grams per tonne in 2033, down from 2.9 grams in 2031.
O company Kinojévis
F percent 22 per cent
F date 2034
F quantity 2.1 grams per tonne
F date 2033
F quantity 2.9 grams
F date 2031
> Kinojévis chief executive Hélène Drapeau-Mukherjee, who will join Laurentia’s board, said her board had considered going it alone. “We could have built our own mill. It would have cost us $600-million and four years,” she said.
O company Kinojévis
P full Hélène Drapeau-Mukherjee
O company Laurentia
Q direct Hélène Drapeau-Mukherjee :: “We could have built our own mill. It would have cost us $600-million and four years,”
F money $600-million
F duration four years
> “This way our shareholders own a piece of a bigger, stronger company, and Lac Sauvageau gets the capital it needs.”
Q direct Hélène Drapeau-Mukherjee :: “This way our shareholders own a piece of a bigger, stronger company, and Lac Sauvageau gets the capital it needs.”
L facility Lac Sauvageau
> Shares of Laurentia fell 4.3 per cent to $34.52 in Toronto on Thursday, while Kinojévis jumped 27 per cent to $14.40. Laurentia’s U.S.-listed shares fell 4.1 per cent to US$25.31 on the New York Stock Exchange.
O company Laurentia
F percent 4.3 per cent
F money $34.52
L city Toronto
O company Kinojévis
F percent 27 per cent
F money $14.40
O company Laurentia
L country U.S.
F percent 4.1 per cent
F money US$25.31
O company New York Stock Exchange
> The deal requires the approval of two-thirds of the votes cast by Kinojévis shareholders at a special meeting expected in May, as well as clearance from the Competition Bureau. Kinojévis has agreed to pay a $69-million break fee if it accepts a rival offer. Scotiabank is financial adviser to Laurentia, and National Bank Financial advised Kinojévis.
F fraction two-thirds
O company Kinojévis
O government Competition Bureau
O company Kinojévis
F money $69-million
O company Scotiabank
O company Laurentia
O company National Bank Financial
O company Kinojévis
> The companies also said Laurentia would honour the impact and benefit agreement that Kinojévis signed in 2029 with the Abitibiwinni First Nation, whose community of Pikogan lies about 40 kilometres from the mine. Chief Roger Wabanonik-Kistabish said in a statement that the First Nation had been told of the deal “two days before the announcement, not two months,” and would seek a meeting with Laurentia’s board.
O company Laurentia
O company Kinojévis
F date 2029
O government Abitibiwinni First Nation
L city Pikogan
F quantity 40 kilometres
P full Roger Wabanonik-Kistabish
Q direct Roger Wabanonik-Kistabish :: “two days before the announcement, not two months,”
F duration two days
F duration two months
O company Laurentia
> “Our members work at Lac Sauvageau. We expect the same jobs, the same contracts and the same respect from the new owner,” he said.
Q direct Roger Wabanonik-Kistabish :: “Our members work at Lac Sauvageau. We expect the same jobs, the same contracts and the same respect from the new owner,”
L facility Lac Sauvageau
> Laurentia already operates the Rivière-Héva and Destor mines and the Preissac mill in Quebec and the Matachewan mine near Kirkland Lake, Ont., which together produced 402,000 ounces in 2033. Its shares have more than doubled since January, 2033.
O company Laurentia
L facility Rivière-Héva
L facility Destor
L facility Preissac
L region Quebec
L facility Matachewan
L city Kirkland Lake
L region Ont.
F quantity 402,000 ounces
F date 2033
F date January, 2033
> With a report from Reuters
O media Reuters
'''

ARTICLES['220-emfuleni-eskom-bulk-electricity-cuts'] = r'''
> SOUTH AFRICA
L country SOUTH AFRICA
> Eskom pulls the plug on Emfuleni for 12 hours a day as R8.9-billion debt bites
O company Eskom
L region Emfuleni
F duration 12 hours
F money R8.9-billion
> Residents of Sebokeng, Evaton and Sharpeville face cold nights without power as the utility begins cutting bulk supply to one of the country’s most indebted municipalities.
L city Sebokeng
L city Evaton
L city Sharpeville
> By Lerato Mokoena-Dlamini
P full Lerato Mokoena-Dlamini
> 14 Jul 2034
F date 14 Jul 2034
> Residents of Bophelong fill containers at a communal tap on 13 July 2034 after Eskom’s power cuts left pump stations without electricity. (Photo: Sipho Mabaso-Ndlovu / Gallo Images)
L city Bophelong
F date 13 July 2034
O company Eskom
P full Sipho Mabaso-Ndlovu
O media Gallo Images
> Eskom began cutting electricity to Emfuleni Local Municipality for 12 hours a day on Thursday, plunging large parts of Sebokeng, Evaton, Sharpeville and Vanderbijlpark into darkness from 5pm to 5am and leaving about 720,000 residents to plan their lives around a switch at a substation.
O company Eskom
O government Emfuleni Local Municipality
F duration 12 hours
L city Sebokeng
L city Evaton
L city Sharpeville
L city Vanderbijlpark
F time 5pm
F time 5am
F number 720,000
> The utility says the municipality owes it R8.9-billion for bulk electricity, of which R7.2-billion is overdue, and that it has paid only 31% of its current account over the past 12 months. Emfuleni collects about R312-million a month from residents and businesses for electricity, according to its own figures, but pays Eskom an average of R96-million.
F money R8.9-billion
F money R7.2-billion
F percent 31%
F duration 12 months
L region Emfuleni
F money R312-million
O company Eskom
F money R96-million
> “We have given Emfuleni every opportunity. We have signed three payment agreements since 2021 and not one has been honoured,” Eskom spokesperson Thandiwe Mahlangu-Botha said on Thursday. “Eskom cannot continue to supply electricity that is not paid for. Every rand Emfuleni does not pay is a rand that paying customers carry.”
Q direct Thandiwe Mahlangu-Botha :: “We have given Emfuleni every opportunity. We have signed three payment agreements since 2021 and not one has been honoured,”
L region Emfuleni
F number three
F date 2021
O company Eskom
P full Thandiwe Mahlangu-Botha
Q direct Thandiwe Mahlangu-Botha :: “Eskom cannot continue to supply electricity that is not paid for. Every rand Emfuleni does not pay is a rand that paying customers carry.”
O company Eskom
L region Emfuleni
> The cuts apply to the municipality’s bulk supply points, which feed 41 of its 45 wards. Customers who buy electricity directly from Eskom, mainly in parts of Evaton and Boipatong, are not affected, and hospitals, clinics and water pump stations are meant to be kept on dedicated lines.
F number 41
F number 45
O company Eskom
L city Evaton
L city Boipatong
> In practice, residents said, that has not happened. In Bophelong, taps ran dry on Thursday night after pumps at a Rand Water reservoir stopped, and staff said Sebokeng Hospital ran on generators for most of the evening.
L city Bophelong
O company Rand Water
O other Sebokeng Hospital
> Ward 19 councillor Puleng Motaung-Radebe, whose ward covers part of Sebokeng Zone 14, said she had spent the night calling Eskom and the municipality. “Nobody could tell us when the water would come back,” she said. “We have old people on oxygen, and children writing exams next week.
L region Ward 19
P full Puleng Motaung-Radebe
L city Sebokeng Zone 14
O company Eskom
Q direct Puleng Motaung-Radebe :: “Nobody could tell us when the water would come back,”
Q direct Puleng Motaung-Radebe :: “We have old people on oxygen, and children writing exams next week.
> “This is not load-shedding. Load-shedding comes and goes. This is punishment, and the people being punished are the ones who pay.”
Q direct Puleng Motaung-Radebe :: “This is not load-shedding. Load-shedding comes and goes. This is punishment, and the people being punished are the ones who pay.”
> Motaung-Radebe, a DA councillor, said many households in her ward had bought prepaid electricity only to find it useless for half the day. “I bought R450 of electricity on Monday. What am I paying for?” asked Dineo Mahlatsi, 38, a hairdresser who works from a backroom in Zone 14.
P partial Motaung-Radebe
F fraction half
Q direct Dineo Mahlatsi :: “I bought R450 of electricity on Monday. What am I paying for?”
F money R450
P full Dineo Mahlatsi
F age 38
L city Zone 14
> Emfuleni executive mayor Sibusiso Nhlapo-Mkhize said the municipality had offered to pay R120-million immediately and R110-million a month from August, and accused Eskom of the “collective punishment” of residents who pay their bills.
L region Emfuleni
P full Sibusiso Nhlapo-Mkhize
F money R120-million
F money R110-million
O company Eskom
Q direct Sibusiso Nhlapo-Mkhize :: “collective punishment”
> “We accept that we owe the money. We do not accept that a grandmother in Sharpeville must sit in the dark because of debts that were run up before most of this council was elected,” he told Daily Maverick. The municipality would approach the Gauteng High Court in Pretoria for an urgent interdict on Monday, he said.
Q direct Sibusiso Nhlapo-Mkhize :: “We accept that we owe the money. We do not accept that a grandmother in Sharpeville must sit in the dark because of debts that were run up before most of this council was elected,”
L city Sharpeville
O media Daily Maverick
O government Gauteng High Court
L city Pretoria
> Municipal debt to Eskom reached R104-billion at the end of March, according to the utility, with Emfuleni, Matjhabeng and Maluti-a-Phofung among the biggest defaulters. The National Treasury has offered to write off part of the arrears of municipalities that keep up with their current payments for three years, but Emfuleni fell out of that programme in 2032.
O company Eskom
F money R104-billion
L region Emfuleni
L region Matjhabeng
L region Maluti-a-Phofung
O government National Treasury
F duration three years
L region Emfuleni
F date 2032
> Gauteng’s MEC for co-operative governance, Nomvula Tshabalala-Pillay, said the province would send a team to Emfuleni and was “extremely concerned” about water and sanitation. Sewage from Emfuleni’s failing pump stations has flowed into the Vaal River for years; the province placed the municipality under administration in 2018 and again in 2031.
L region Gauteng
P full Nomvula Tshabalala-Pillay
L region Emfuleni
Q direct Nomvula Tshabalala-Pillay :: “extremely concerned”
L region Emfuleni
L geo Vaal River
F date 2018
F date 2031
> Electricity tariffs in Emfuleni rose 12.7% on 1 July after the National Energy Regulator of South Africa (Nersa) approved Eskom’s increase for municipalities.
L region Emfuleni
F percent 12.7%
F date 1 July
O government National Energy Regulator of South Africa
O government Nersa
O company Eskom
> At the Sebokeng taxi rank on Friday morning, vendors said their trade had halved. Thabo Mofokeng, who sells vetkoek and coffee, said he had thrown away 40 litres of milk after his fridge went off overnight. “Twelve hours is a long time in winter. By the time the power comes back, you have lost the day,” he said.
L city Sebokeng
P full Thabo Mofokeng
F quantity 40 litres
Q direct Thabo Mofokeng :: “Twelve hours is a long time in winter. By the time the power comes back, you have lost the day,”
F duration Twelve hours
> Eskom said the cuts would continue until Emfuleni paid at least R250-million of its arrears and signed a new payment plan. Temperatures in the Vaal Triangle are forecast to drop to minus 2°C this weekend.
O company Eskom
L region Emfuleni
F money R250-million
L region Vaal Triangle
F quantity minus 2°C
> The Emfuleni municipality did not respond to questions about how much of its R312-million monthly electricity income was spent on other services. DM
L region Emfuleni
F money R312-million
O media DM
'''

ARTICLES['221-ribble-calder-nhs-waiting-list'] = r'''
> NHS
O government NHS
> Patients at Lancashire trust face longest waits in England as list tops 71,000
L region Lancashire
L country England
F number 71,000
> Ribble and Calder Hospitals NHS Trust has more than 2,100 people waiting over a year for treatment, and a union says staff are ‘running on empty’
O government Ribble and Calder Hospitals NHS Trust
F number 2,100
Q direct Gary Whitworth-Ahmed :: ‘running on empty’
> Anya Brightwell-Sood Health correspondent
P full Anya Brightwell-Sood
> Tue 14 Mar 2034 06.00 GMT
F date 14 Mar 2034
F time 06.00 GMT
> The emergency department at Burnley Victoria hospital, where up to 30 patients a night have been treated in corridors this winter. Photograph: Dominic Ashcroft-Byrne/The Guardian
O other Burnley Victoria
F number 30
P full Dominic Ashcroft-Byrne
O media The Guardian
> More than 71,000 people are waiting for hospital treatment at an NHS trust in east Lancashire, the longest list relative to population of any trust in England, according to official figures that health leaders say show the area has been “left behind” by the government’s recovery plan.
F number 71,000
O government NHS
L region Lancashire
L country England
Q direct - :: “left behind”
> Data published by NHS England on Thursday shows 71,438 patients were on the waiting list at Ribble and Calder Hospitals NHS Trust at the end of January, up from 64,900 a year earlier. Of those, 2,146 had waited more than 52 weeks and 212 more than 65 weeks, against a national target of no 65-week waits.
O government NHS England
F number 71,438
O government Ribble and Calder Hospitals NHS Trust
F number 64,900
F number 2,146
F duration 52 weeks
F number 212
F duration 65 weeks
F duration 65-week
> Only 51.7% of patients at the trust had been waiting less than 18 weeks, the lowest proportion in England and far short of the 92% standard in the NHS constitution. Nationally, the figure was 61.2%, with 7.1 million treatments outstanding.
F percent 51.7%
F duration 18 weeks
L country England
F percent 92%
O government NHS
F percent 61.2%
F number 7.1 million
> The trust runs Burnley Victoria hospital, Accrington Infirmary and a day-surgery unit in Clitheroe, serving about 540,000 people in Burnley, Pendle, Hyndburn, the Ribble Valley and Rossendale.
O other Burnley Victoria
O other Accrington Infirmary
L city Clitheroe
F number 540,000
L region Burnley
L region Pendle
L region Hyndburn
L region Ribble Valley
L region Rossendale
> Its chief executive, Dr Fiona Harrowgate-Mensah, said the trust had been “running hot” all winter, with as many as 30 extra patients a night placed on wards in what staff call “boarding”.
P full Fiona Harrowgate-Mensah
Q direct Fiona Harrowgate-Mensah :: “running hot”
F number 30
Q scare - :: “boarding”
> “We are doing more operations than at any point in our history – 4,900 last month, compared with 3,800 in the same month of 2019 – but demand is growing faster than we can add capacity,” she said. “We have the surgeons. What we don’t have is beds, because on any given day 140 of them are taken by people who are well enough to go home but have nowhere safe to go.”
Q direct Fiona Harrowgate-Mensah :: “We are doing more operations than at any point in our history – 4,900 last month, compared with 3,800 in the same month of 2019 – but demand is growing faster than we can add capacity,”
F number 4,900
F number 3,800
F date 2019
Q direct Fiona Harrowgate-Mensah :: “We have the surgeons. What we don’t have is beds, because on any given day 140 of them are taken by people who are well enough to go home but have nowhere safe to go.”
F number 140
> She said the trust expected to open 24 extra beds and two new operating theatres at Accrington in October, funded by £18.5m from the government’s elective recovery fund, and was sending some orthopaedic patients to private hospitals in Manchester and Preston.
F number 24
F number two
L city Accrington
F money £18.5m
L city Manchester
L city Preston
> Patients describe months of uncertainty. Margaret Ollerenshaw, 74, from Nelson, has been waiting 71 weeks for a hip replacement and now uses a wheelchair outside the house.
P full Margaret Ollerenshaw
F age 74
L city Nelson
F duration 71 weeks
> “They keep telling me I’m on the list. I know I’m on the list – I’ve been on it since my grandson started school,” she said. “I was walking the dog up Pendle Hill two years ago. Now I can’t get up my own stairs.”
Q direct Margaret Ollerenshaw :: “They keep telling me I’m on the list. I know I’m on the list – I’ve been on it since my grandson started school,”
Q direct Margaret Ollerenshaw :: “I was walking the dog up Pendle Hill two years ago. Now I can’t get up my own stairs.”
L geo Pendle Hill
F duration two years
> Her daughter, Karen, said the family had been quoted £14,500 to have the operation done privately. “Mum worked at the mill for 40 years. She shouldn’t have to beg,” she said.
P partial Karen
F money £14,500
Q direct Karen :: “Mum worked at the mill for 40 years. She shouldn’t have to beg,”
F duration 40 years
> Staff say the pressure is taking its toll. Unison’s regional organiser for the north-west, Gary Whitworth-Ahmed, said nurses and healthcare assistants at Burnley Victoria were “running on empty”, with sickness absence at 7.8% in January.
O nonprofit Unison
P full Gary Whitworth-Ahmed
O other Burnley Victoria
Q direct Gary Whitworth-Ahmed :: “running on empty”
F percent 7.8%
> “These are people who have done 12-hour shifts with no break and then stayed on because there was nobody to hand over to,” he said. “You can’t run a hospital on goodwill for three winters in a row.”
Q direct Gary Whitworth-Ahmed :: “These are people who have done 12-hour shifts with no break and then stayed on because there was nobody to hand over to,”
F duration 12-hour
Q direct Gary Whitworth-Ahmed :: “You can’t run a hospital on goodwill for three winters in a row.”
F number three
> The Royal College of Nursing has said it will ballot members at the trust over staffing levels. The British Medical Association (BMA) said 38 consultant posts at Ribble and Calder were vacant or filled by locums.
O nonprofit Royal College of Nursing
O nonprofit British Medical Association
O nonprofit BMA
F number 38
O government Ribble and Calder
> Local MPs have written to the health minister, Daniel Ashworth-Kemp, asking for the trust to be given the same extra funding as hospitals in Greater Manchester. Sarah Pilkington-Rao, the MP for Burnley, said: “My constituents pay the same taxes as everyone else. They should not have to wait a year longer for a new knee because they live in Pendle rather than Salford.”
P full Daniel Ashworth-Kemp
L region Greater Manchester
P full Sarah Pilkington-Rao
L region Burnley
Q direct Sarah Pilkington-Rao :: “My constituents pay the same taxes as everyone else. They should not have to wait a year longer for a new knee because they live in Pendle rather than Salford.”
L region Pendle
L city Salford
> A Department of Health and Social Care spokesperson said: “We know waiting lists are still far too long, and we are determined to bring them down. Across the country, the NHS delivered 1.6m more appointments last year than the year before, and we are investing a further £1.2bn to expand surgical hubs and diagnostic centres.”
O government Department of Health and Social Care
Q direct - :: “We know waiting lists are still far too long, and we are determined to bring them down. Across the country, the NHS delivered 1.6m more appointments last year than the year before, and we are investing a further £1.2bn to expand surgical hubs and diagnostic centres.”
O government NHS
F number 1.6m
F money £1.2bn
> NHS England said Ribble and Calder had been placed in its “tier 1” support programme for planned care, which brings closer oversight and help with theatre scheduling, in November 2033.
O government NHS England
O government Ribble and Calder
Q scare - :: “tier 1”
F date November 2033
'''

ARTICLES['222-purdue-nebraska-college-football'] = r'''
> Greer throws 3 TD passes as Purdue upsets No. 14 Nebraska 31-27
P partial Greer
F number 3
O team Purdue
O team Nebraska
F score 31-27
> Purdue quarterback Tavion Greer (7) throws a pass against Nebraska during the first half of an NCAA college football game, Saturday, Nov. 11, 2034, in West Lafayette, Ind. (AP Photo/Darron Kessinger-Hill)
O team Purdue
P full Tavion Greer
O team Nebraska
O other NCAA
F date Nov. 11, 2034
L city West Lafayette
L region Ind.
O media AP
P full Darron Kessinger-Hill
> By TYLER VAN HOUTEN
P full TYLER VAN HOUTEN
> Associated Press
O media Associated Press
> WEST LAFAYETTE, Ind. (AP) — Tavion Greer threw for 284 yards and three touchdowns, including a 41-yard scoring pass to Jalen Mbeki-Ross with 2:07 left, and Purdue rallied from 10 points down in the fourth quarter to upset No. 14 Nebraska 31-27 on Saturday.
L city WEST LAFAYETTE
L region Ind.
O media AP
P full Tavion Greer
F quantity 284 yards
F number three
F quantity 41-yard
P full Jalen Mbeki-Ross
F time 2:07
O team Purdue
F number 10
O team Nebraska
F score 31-27
> Greer, a sophomore from Indianapolis, completed 22 of 33 passes without an interception for the Boilermakers (6-4, 4-3 Big Ten), who snapped a two-game losing streak and became bowl eligible for the first time since 2031.
P partial Greer
L city Indianapolis
F number 22
F number 33
O team Boilermakers
F score 6-4
F score 4-3
O other Big Ten
F number two
F date 2031
> Nebraska (8-2, 5-2) had won five straight and was trying to stay in the race for a spot in the Big Ten championship game. Quarterback Dane Hollister-Voss was 19 of 31 for 226 yards with two touchdowns and an interception, and running back Emmanuel Osei-Brandt ran for 132 yards on 24 carries.
O team Nebraska
F score 8-2
F score 5-2
F number five
O other Big Ten
P full Dane Hollister-Voss
F number 19
F number 31
F quantity 226 yards
F number two
P full Emmanuel Osei-Brandt
F quantity 132 yards
F number 24
> The Cornhuskers led 27-17 early in the fourth quarter after Osei-Brandt's 3-yard touchdown run, but they were held to 61 yards the rest of the way.
O team Cornhuskers
F score 27-17
P partial Osei-Brandt
F quantity 3-yard
F quantity 61 yards
> Purdue answered with an eight-play, 75-yard drive that ended with Greer's 9-yard pass to tight end Noah Lindqvist-Hale, making it 27-24 with 9:12 to play. After a Nebraska punt, Greer found Mbeki-Ross behind the secondary on third-and-7, and the junior receiver ran untouched into the end zone.
O team Purdue
F number eight
F quantity 75-yard
P partial Greer
F quantity 9-yard
P full Noah Lindqvist-Hale
F score 27-24
F time 9:12
O team Nebraska
P partial Greer
P partial Mbeki-Ross
F number 7
> "I saw the safety bite on the play fake and I just let it go," Greer said. "Jalen did the rest. That's what he does."
Q direct Tavion Greer :: "I saw the safety bite on the play fake and I just let it go,"
P partial Greer
Q direct Tavion Greer :: "Jalen did the rest. That's what he does."
P partial Jalen
> Mbeki-Ross finished with seven catches for 118 yards and two touchdowns.
P partial Mbeki-Ross
F number seven
F quantity 118 yards
F number two
> Nebraska got the ball back with 2:01 left and reached Purdue territory before linebacker Isaiah Thornbury-Nkemelu sacked Hollister-Voss on fourth down with 41 seconds remaining.
O team Nebraska
F time 2:01
O team Purdue
P full Isaiah Thornbury-Nkemelu
P partial Hollister-Voss
F duration 41 seconds
> "We had them where we wanted them and we let them off the hook," Nebraska coach Brian Castellanos-Reed said. "That's on me. We got conservative, and against a quarterback like that you can't do that."
Q direct Brian Castellanos-Reed :: "We had them where we wanted them and we let them off the hook,"
O team Nebraska
P full Brian Castellanos-Reed
Q direct Brian Castellanos-Reed :: "That's on me. We got conservative, and against a quarterback like that you can't do that."
> Castellanos-Reed, in his third season, said he had considered going for it on fourth-and-1 from midfield midway through the fourth quarter instead of punting. "In hindsight, yeah," he said.
P partial Castellanos-Reed
F number 1
Q direct Brian Castellanos-Reed :: "In hindsight, yeah,"
> Purdue coach Terrence Whitlock-Adeyemi, whose team was picked to finish 14th in the 18-team conference, said the win was the biggest of his two years in West Lafayette.
O team Purdue
P full Terrence Whitlock-Adeyemi
F number 18
F duration two years
L city West Lafayette
> "Nobody outside that locker room gave us a chance," he said. "Our kids believed at halftime, they believed when it was 27-17, and they believed on that last drive."
Q direct Terrence Whitlock-Adeyemi :: "Nobody outside that locker room gave us a chance,"
Q direct Terrence Whitlock-Adeyemi :: "Our kids believed at halftime, they believed when it was 27-17, and they believed on that last drive."
F score 27-17
> Purdue trailed 17-7 at halftime after Hollister-Voss threw touchdown passes of 12 and 55 yards in the second quarter. Cole Abernathy-Price's 46-yard field goal and a 4-yard run by Kobe Raymundo-Akers pulled the Boilermakers within 20-17 after three quarters, and they outscored Nebraska 24-10 after the break in front of 58,113 at Ross-Ade Stadium, the largest crowd there since 2019.
O team Purdue
F score 17-7
P partial Hollister-Voss
F quantity 12
F quantity 55 yards
P full Cole Abernathy-Price
F quantity 46-yard
F quantity 4-yard
P full Kobe Raymundo-Akers
O team Boilermakers
F score 20-17
F number three
O team Nebraska
F score 24-10
F number 58,113
L facility Ross-Ade Stadium
F date 2019
> Purdue played without leading rusher Darnell Okoro-Lindgren, who hurt an ankle against Minnesota a week ago. Raymundo-Akers, a freshman from Fort Wayne, filled in with 88 yards on 17 carries.
O team Purdue
P full Darnell Okoro-Lindgren
O team Minnesota
P partial Raymundo-Akers
L city Fort Wayne
F quantity 88 yards
F number 17
> The loss left Nebraska in a three-way tie for third in the Big Ten at 5-2, one game behind Oregon and Ohio State, with two conference games left.
O team Nebraska
F number three
O other Big Ten
F score 5-2
F number one
O team Oregon
O team Ohio State
F number two
> THE TAKEAWAY
> Nebraska: The Cornhuskers' run defense, the best in the Big Ten coming in, gave up 167 yards on the ground. Their hopes of a first conference title since 1999 now depend on other results.
O team Nebraska
O team Cornhuskers
O other Big Ten
F quantity 167 yards
F date 1999
> Purdue: Greer has thrown for 2,618 yards this season, the most by a Purdue sophomore in more than two decades.
O team Purdue
P partial Greer
F quantity 2,618 yards
O team Purdue
F duration two decades
> UP NEXT
> Nebraska: At Wisconsin next Saturday.
O team Nebraska
O team Wisconsin
> Purdue: At Indiana on Nov. 25 in the Old Oaken Bucket game.
O team Purdue
O team Indiana
F date Nov. 25
> ___
> Get poll alerts and updates on the AP Top 25 throughout the season. Sign up here. AP college football: https://apnews.com/hub/college-football
O media +1 AP
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
