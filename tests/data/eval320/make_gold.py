#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval320 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval320/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1963-tlhogo-platinum-tshwene-koppie-wage-deal-rustenburg-amcu-moneyweb'] = r'''
> MINING
> Tlhogo Platinum seals three-year wage deal with AMCU at Rustenburg mine
O company Tlhogo Platinum
F duration three-year
O nonprofit AMCU
L city Rustenburg
> Entry-level miners will earn R1,750 more a month from July; the company puts the cost at R2.4bn over three years.
F money R1,750
F money R2.4bn
F duration three years
> By Thandiwe Mabaso
P full Thandiwe Mabaso
> 12 Mar 2041
F date 12 Mar 2041
> Winch operators leave the Tshwene Koppie shaft near Rustenburg after the morning shift on Tuesday. Image: Kabelo Ntsime/Moneyweb
L facility Tshwene Koppie
L city Rustenburg
P full Kabelo Ntsime
O media Moneyweb
> Tlhogo Platinum has signed a three-year wage agreement with the Association of Mineworkers and Construction Union (AMCU) at its Tshwene Koppie mine outside Rustenburg, ending five months of talks that had threatened output at one of the North West’s biggest operations.
O company Tlhogo Platinum
F duration three-year
O nonprofit Association of Mineworkers and Construction Union
O nonprofit AMCU
L facility Tshwene Koppie
L city Rustenburg
F duration five months
L region North West
> Under the deal, signed at the Rustenburg-based company’s head office on Tuesday, entry-level underground workers will earn R17,250 a month from 1 July, up from R15,500, an increase of 11.3%. Pay rises of 7% and 6.5% follow in July 2042 and July 2043, and the monthly living-out allowance climbs to R2,800.
L city Rustenburg
F money R17,250
F date 1 July
F money R15,500
F percent 11.3%
F percent 7%
F percent 6.5%
F date July 2042
F date July 2043
F money R2,800
> “This is an expensive agreement, but it is a fair one,” chief executive Hendrik van Staden told Moneyweb. “Our people get certainty for three years, and so do our shareholders. I would rather pay R2.4bn over three years than lose 150,000oz to a strike.”
Q direct Hendrik van Staden :: “This is an expensive agreement, but it is a fair one,”
P full Hendrik van Staden
O media Moneyweb
Q direct Hendrik van Staden :: “Our people get certainty for three years, and so do our shareholders. I would rather pay R2.4bn over three years than lose 150,000oz to a strike.”
F duration three years
F money R2.4bn
F duration three years
F quantity 150,000oz
> Tshwene Koppie produced 412,000oz of platinum group metals (PGMs) in 2040, about 38% of group output, and employs 9,400 people, two-thirds of them AMCU members. Van Staden said the settlement would add about R780 to the cost of each ounce in the first year, at a time when platinum trades near $1,420/oz.
L facility Tshwene Koppie
F quantity 412,000oz
F date 2040
F percent 38%
F number 9,400
F fraction two-thirds
O nonprofit AMCU
P partial Van Staden
F money R780
F money $1,420/oz
> AMCU president Mzwandile Dlamini, who opened the talks in October with a demand for R20,000 a month, told about 3,000 members at the Royal Bafokeng Stadium in Phokeng on Wednesday that the union had won what it came for.
O nonprofit AMCU
P full Mzwandile Dlamini
F money R20,000
F number 3,000
L facility Royal Bafokeng Stadium
L city Phokeng
> “We did not get R20,000. But nobody can say a rock drill operator at Tshwene Koppie earns ‘slave wages’ any more,” he said. “The company told us it could not afford 8%. In the end it found 11.3%.
Q direct Mzwandile Dlamini :: “We did not get R20,000. But nobody can say a rock drill operator at Tshwene Koppie earns ‘slave wages’ any more,”
F money R20,000
L facility Tshwene Koppie
Q direct Mzwandile Dlamini :: “The company told us it could not afford 8%. In the end it found 11.3%.
F percent 8%
F percent 11.3%
> “That is what happens when workers stand together and refuse to be divided.”
Q direct Mzwandile Dlamini :: “That is what happens when workers stand together and refuse to be divided.”
> The agreement contains a so-called “peace clause” that bars strikes over wages until June 2044, and both sides agreed to refer disputes over bonuses to the Commission for Conciliation, Mediation and Arbitration (CCMA) within 14 days.
Q scare - :: “peace clause”
F date June 2044
O government Commission for Conciliation, Mediation and Arbitration
O government CCMA
F duration 14 days
> Mineral resources minister Nomsa Kekana welcomed the deal. “The platinum belt has shown that a wage dispute can be settled at the table and not in the streets,” she said in Pretoria. Her department, the Department of Mineral and Petroleum Resources, said in a statement that the deal would “protect jobs and royalties” in a province where mining makes up about a third of economic output.
P full Nomsa Kekana
Q direct Nomsa Kekana :: “The platinum belt has shown that a wage dispute can be settled at the table and not in the streets,”
L city Pretoria
O government Department of Mineral and Petroleum Resources
Q direct Department of Mineral and Petroleum Resources :: “protect jobs and royalties”
F fraction a third
> For Tebogo Molefe, 34, a winch operator who has worked underground at the mine for nine years, the money is already spoken for. “Last year I borrowed from a mashonisa to pay school fees in Mogwase. This year I can pay cash,” he said.
P full Tebogo Molefe
F age 34
F duration nine years
Q direct Tebogo Molefe :: “Last year I borrowed from a mashonisa to pay school fees in Mogwase. This year I can pay cash,”
L city Mogwase
> A shaft steward who asked not to be named said some members had wanted to hold out for more. “There are people who say we signed too early. They will be quiet when the first payslip comes,” he said.
Q direct - :: “There are people who say we signed too early. They will be quiet when the first payslip comes,”
> Tlhogo’s shares rose 4.2% to R86.40 on the JSE on Wednesday.
O company Tlhogo
F percent 4.2%
F money R86.40
O company JSE
'''

ARTICLES['1964-el-paso-asylum-turnback-rule-struck-down-federal-judge-juarez-time'] = r'''
> IMMIGRATION
> Judge Strikes Down Asylum ‘Turnback’ Rule at El Paso Border
Q scare - :: ‘Turnback’
L city El Paso
> A federal judge in Texas ruled that the government cannot turn away asylum seekers who reach the border without an appointment. Thousands are waiting in Ciudad Juárez.
L region Texas
L city Ciudad Juárez
> BY ALEJANDRA QUINTERO
P full ALEJANDRA QUINTERO
> Updated: March 14, 2041 6:40 PM EDT | Originally published: March 14, 2041 2:05 PM EDT
F date March 14, 2041
F time 6:40 PM EDT
F date March 14, 2041
F time 2:05 PM EDT
> Asylum seekers line up at the Paso del Norte International Bridge between Ciudad Juárez, Mexico, and El Paso, Texas, on March 12, 2041. Dario Lozano—Getty Images
L facility Paso del Norte International Bridge
L city Ciudad Juárez
L country Mexico
L city El Paso
L region Texas
F date March 12, 2041
P full Dario Lozano
O company Getty Images
> A federal judge in El Paso has struck down a Department of Homeland Security rule that let border agents turn back asylum seekers who arrive at ports of entry without a prior appointment, handing immigrant advocates their biggest court win in years.
L city El Paso
O government Department of Homeland Security
> In a 48-page ruling issued late Thursday, Judge Marisol Treviño found that the policy, known among advocates as the “turnback rule,” conflicts with federal law guaranteeing anyone on U.S. soil the right to seek asylum. The rule took effect in June 2040. Treviño gave the government 14 days to stop enforcing it.
F number 48
P full Marisol Treviño
Q scare - :: “turnback rule,”
L country U.S.
F date June 2040
P partial Treviño
F duration 14 days
> “The statute does not say that a person may seek asylum if she has first secured a slot on a government calendar,” Treviño wrote. “It says any person. Congress chose those words, and this court is not free to rewrite them.”
Q direct Marisol Treviño :: “The statute does not say that a person may seek asylum if she has first secured a slot on a government calendar,”
P partial Treviño
Q direct Marisol Treviño :: “It says any person. Congress chose those words, and this court is not free to rewrite them.”
O government Congress
> The ruling covers the six ports of entry in the court’s district, which stretches from El Paso to Del Rio, but advocates expect courts in California and Arizona to follow. Under the rule, agents at the bridges turned back 61,400 people in its first nine months, according to government figures cited in the opinion; 38% of them were children.
F number six
L city El Paso
L city Del Rio
L region California
L region Arizona
F number 61,400
F duration nine months
F percent 38%
> A Department of Homeland Security spokesperson said in a statement that the department “strongly disagrees” with the decision and has asked the Justice Department to appeal to the U.S. Court of Appeals for the Fifth Circuit. “DHS will comply with the court’s order while it pursues every available avenue of appeal,” the statement said. “Orderly processing saves lives.”
O government Department of Homeland Security
Q direct - :: “strongly disagrees”
O government Justice Department
O government U.S. Court of Appeals for the Fifth Circuit
Q direct - :: “DHS will comply with the court’s order while it pursues every available avenue of appeal,”
O government DHS
Q direct - :: “Orderly processing saves lives.”
> Rocío Balderas, an immigration lawyer with the Paso del Norte Asylum Project, which brought the suit on behalf of 11 families, called the decision “a door reopening.” She said her office had counted 2,300 people sleeping in shelters and on the streets of Juárez while they waited for appointments that rarely came.
P full Rocío Balderas
O nonprofit Paso del Norte Asylum Project
F number 11
Q direct Rocío Balderas :: “a door reopening.”
F number 2,300
L city Juárez
> “Families waited 140 days for an appointment that never came. Some gave up and crossed the river at night, and some of them drowned,” she told TIME. “The judge looked at that and said, ‘No, the law means what it says.’”
Q direct Rocío Balderas :: “Families waited 140 days for an appointment that never came. Some gave up and crossed the river at night, and some of them drowned,”
F duration 140 days
O media TIME
Q direct Rocío Balderas :: “The judge looked at that and said, ‘No, the law means what it says.’”
> Among them is Yessenia, 29, who fled San Pedro Sula, Honduras, with her two daughters after a gang killed her brother. She asked that her surname not be used because relatives there are still in danger. For 97 days she has slept in a church shelter in Juárez.
P partial Yessenia
F age 29
L city San Pedro Sula
L country Honduras
F number two
F duration 97 days
L city Juárez
> “I did everything they told me. I waited, I was patient,” she said by phone. “Now maybe somebody on the other side will listen.”
Q direct Yessenia :: “I did everything they told me. I waited, I was patient,”
Q direct Yessenia :: “Now maybe somebody on the other side will listen.”
> The administration has 60 days to file its appeal, and lawyers on both sides expect the case to reach the Supreme Court before the end of 2042.
F duration 60 days
O government Supreme Court
F date 2042
'''

ARTICLES['1965-everton-women-kirkbeck-athletic-fa-cup-goodison-ashworth-liverpool-echo'] = r'''
> Everton FC
O team Everton FC
> Everton 3-1 Kirkbeck Athletic: Ruby Ashworth double sends Toffees into Women's FA Cup quarter-finals
O team Everton
F score 3-1
O team Kirkbeck Athletic
P full Ruby Ashworth
O team Toffees
> The 19-year-old came off the bench to turn the tie as Claire Hennessy's Everton Women came from behind in front of 11,482 at Goodison Park
F age 19-year-old
P full Claire Hennessy
O team Everton Women
F number 11,482
L facility Goodison Park
> Jade Whitcombe Women's Football Writer
P full Jade Whitcombe
> 17:48, 23 FEB 2041
F time 17:48
F date 23 FEB 2041
> Ruby Ashworth celebrates her second goal against Kirkbeck Athletic at Goodison Park (Image: Lewis Brannigan/Everton FC via Getty Images)
P full Ruby Ashworth
O team Kirkbeck Athletic
L facility Goodison Park
P full Lewis Brannigan
O team Everton FC
O company Getty Images
> Ruby Ashworth came off the bench to score twice as Everton beat Kirkbeck Athletic 3-1 at Goodison Park to reach the quarter-finals of the Women's FA Cup for the first time since 2037.
P full Ruby Ashworth
O team Everton
O team Kirkbeck Athletic
F score 3-1
L facility Goodison Park
F date 2037
> The second-tier Otters had stunned the home crowd when Maisie Dunmore headed in after 23 minutes, and they held the lead until Hennessy made a double change on 58 minutes, sending on Ashworth and Kenza Benali for Holly Ferris and Aoife Brennan.
O team Otters
P full Maisie Dunmore
F duration 23 minutes
P partial Hennessy
F duration 58 minutes
P partial Ashworth
P full Kenza Benali
P full Holly Ferris
P full Aoife Brennan
> It took Benali four minutes to make an impact. Her low cross from the left was turned in by captain Megan Rourke at the near post, and Ashworth put the Blues ahead in the 71st minute with a curling shot from 20 yards.
P partial Benali
F duration four minutes
P full Megan Rourke
P partial Ashworth
O team Blues
F quantity 20 yards
> The teenager sealed it seven minutes from time, rounding goalkeeper Beth Stanton after Rourke's long ball, and the 11,482 crowd was the biggest for a women's cup tie at Goodison, the club said.
F duration seven minutes
P full Beth Stanton
P partial Rourke
F number 11,482
L facility Goodison
> Hennessy said: "We were poor for an hour and I told them that at half-time, in words I won't repeat here. Kirkbeck deserved their lead. They pressed us, they were brave and we didn't look like a team that wanted a quarter-final.
P partial Hennessy
Q direct Claire Hennessy :: "We were poor for an hour and I told them that at half-time, in words I won't repeat here. Kirkbeck deserved their lead. They pressed us, they were brave and we didn't look like a team that wanted a quarter-final.
O team Kirkbeck
> "The changes won it. Kenza gave us width and Ruby did what Ruby does. She is 19 and she plays like she's been here 10 years."
Q direct Claire Hennessy :: "The changes won it. Kenza gave us width and Ruby did what Ruby does. She is 19 and she plays like she's been here 10 years."
P partial Kenza
P partial Ruby
P partial Ruby
F age 19
F duration 10 years
> Ashworth, who grew up in Walton a short walk from the ground, said she had dreamed of scoring in front of the Gwladys Street End since she was a season-ticket holder aged eight.
P partial Ashworth
L city Walton
L facility Gwladys Street End
F age eight
> "My dad texted me before the game saying 'just enjoy it, you'll never play here again in a cup tie,'" she said. "Well, I've scored two here now, so he can stop saying that. I'm buzzing."
Q direct Ruby Ashworth :: "My dad texted me before the game saying 'just enjoy it, you'll never play here again in a cup tie,'"
Q direct Ruby Ashworth :: "Well, I've scored two here now, so he can stop saying that. I'm buzzing."
F number two
> Kirkbeck manager Darren Pollitt was proud of his part-timers. "Thirty minutes from a quarter-final against a Women's Super League club with 11 internationals in their squad," he said. "My girls work in shops and schools. I couldn't ask for more."
O team Kirkbeck
P full Darren Pollitt
Q direct Darren Pollitt :: "Thirty minutes from a quarter-final against a Women's Super League club with 11 internationals in their squad,"
F duration Thirty minutes
O other Women's Super League
F number 11
Q direct Darren Pollitt :: "My girls work in shops and schools. I couldn't ask for more."
> Hennessy also handed a debut to 17-year-old academy defender Niamh Gallagher for the final 10 minutes.
P partial Hennessy
F age 17-year-old
P full Niamh Gallagher
F duration 10 minutes
> Kirkbeck, who knocked out two WSL sides on the way to Goodison, brought around 1,200 fans, who filled a corner of the Park End and sang through the rain until well after the final whistle.
O team Kirkbeck
F number two
O other WSL
L facility Goodison
F number 1,200
L facility Park End
> Everton, ninth in the WSL, will learn their quarter-final opponents in Monday's draw. Kirkbeck return to league action at home to Durham next Sunday.
O team Everton
O other WSL
O team Kirkbeck
O team Durham
'''

ARTICLES['1966-okuizumo-u-turn-subsidy-returning-families-shimane-depopulation-asahi'] = r'''
> SOCIETY
> Shimane town offers 5 million yen to lure back those who left
L region Shimane
F money 5 million yen
> By HARUKA MORIOKA/ Staff Writer
P full HARUKA MORIOKA
> March 16, 2041 at 07:00 JST
F date March 16, 2041
F time 07:00 JST
> Mayor Shinichi Kagawa, left, talks with Kenta Ishida, who moved back to Okuizumo with his family last autumn, at the town office on March 9. (Haruka Morioka)
P full Shinichi Kagawa
P full Kenta Ishida
L city Okuizumo
F date March 9
P full Haruka Morioka
> OKUIZUMO, Shimane Prefecture--The mountain town of Okuizumo will pay up to 5 million yen ($33,000) to former residents who move back with their families, one of the most generous “U-turn” subsidies offered by any municipality in Japan.
L city OKUIZUMO
L region Shimane Prefecture
L city Okuizumo
F money 5 million yen
F money $33,000
Q scare - :: “U-turn”
L country Japan
> The town assembly approved the plan on March 14. It will give 3 million yen to each returning household, plus 1 million yen for every child under 18, up to a ceiling of 5 million yen. Families must stay for at least five years or repay part of the money.
F date March 14
F money 3 million yen
F money 1 million yen
F age 18
F money 5 million yen
F duration five years
> Okuizumo’s population has fallen to 10,860, down from 12,600 a decade ago, according to the town, and 47.3 percent of residents are aged 65 or older. Only 41 babies were born there last year.
L city Okuizumo
F number 10,860
F number 12,600
F percent 47.3 percent
F age 65
F number 41
> “Our children grew up here, went to Osaka or Tokyo for university and never came home. We cannot stop young people from leaving, but we can give them a reason to return,” Kagawa said in an interview. “Five million yen is a lot of money for a town like ours. Losing another school would cost us far more.”
Q direct Shinichi Kagawa :: “Our children grew up here, went to Osaka or Tokyo for university and never came home. We cannot stop young people from leaving, but we can give them a reason to return,”
L city Osaka
L city Tokyo
P partial Kagawa
Q direct Shinichi Kagawa :: “Five million yen is a lot of money for a town like ours. Losing another school would cost us far more.”
F money Five million yen
> The town will spend 180 million yen on the program in fiscal 2041, about 60 percent of it from its own funds and the rest from a central government grant for regional revitalization. The Shimane Prefectural Government in Matsue said it would consider covering part of the cost.
F money 180 million yen
F date 2041
F percent 60 percent
O government Shimane Prefectural Government
L city Matsue
> The Internal Affairs and Communications Ministry, which oversees local governments, said in a statement that it would “closely watch” whether such payments bring lasting results. It noted that Japan’s population fell by about 890,000 in 2040 and that 42 percent of municipalities are now classified as depopulated under national law.
O government Internal Affairs and Communications Ministry
Q direct Internal Affairs and Communications Ministry :: “closely watch”
L country Japan
F number 890,000
F date 2040
F percent 42 percent
> Yuko Hirano, a sociologist at Keio University who studies rural migration, said cash alone rarely keeps families for long. “Towns compete with each other, and the money moves people from one shrinking place to another,” she said. “What people tell us is, ‘Give me a job, a clinic and a school, and I will come without the bonus.’”
P full Yuko Hirano
O education Keio University
Q direct Yuko Hirano :: “Towns compete with each other, and the money moves people from one shrinking place to another,”
Q direct Yuko Hirano :: “What people tell us is, ‘Give me a job, a clinic and a school, and I will come without the bonus.’”
> Her team’s survey of 1,240 families found that about a third of households that took similar subsidies in other prefectures had left again within seven years. She called the payments “a first step, not a cure.”
F number 1,240
F fraction a third
F duration seven years
Q direct Yuko Hirano :: “a first step, not a cure.”
> Kenta Ishida, 38, moved back from Osaka last October with his wife, Ayaka, and their two children. He now runs a small woodworking shop in the family’s old rice barn.
P full Kenta Ishida
F age 38
L city Osaka
P partial Ayaka
F number two
> “In Osaka, I was just another office worker. Here, people know my name before I introduce myself,” Ishida said. “The money helped us buy a car and fix the roof. But we came back because my parents are getting old, and because my son can walk to school through rice fields.”
Q direct Kenta Ishida :: “In Osaka, I was just another office worker. Here, people know my name before I introduce myself,”
L city Osaka
P partial Ishida
Q direct Kenta Ishida :: “The money helped us buy a car and fix the roof. But we came back because my parents are getting old, and because my son can walk to school through rice fields.”
> He said four other families from his high school class had asked him about the program since January. The first payments will be made in July, and the town hopes to attract 60 households by the end of March 2044.
F number four
F number 60
F date March 2044
'''

ARTICLES['1967-orrery-labs-ai-inference-chip-series-b-greyhaven-ventures-san-jose-siliconangle'] = r'''
> AI
> Orrery Labs raises $140 million to build inference chips that sip power
O company Orrery Labs
F money $140 million
> BY MARCUS ELLERBY
P full MARCUS ELLERBY
> UPDATED 09:15 EDT / MARCH 18 2042
F time 09:15 EDT
F date MARCH 18 2042
> Orrery Labs co-founders Anjali Raman (left) and Tomasz Wierzbicki at the company’s lab in San Jose. Photo: Orrery Labs
O company Orrery Labs
P full Anjali Raman
P full Tomasz Wierzbicki
L city San Jose
O company Orrery Labs
> Artificial intelligence chip startup Orrery Labs Inc. said today it has raised $140 million in a Series B round led by Greyhaven Ventures, valuing the San Jose, California-based company at $1.1 billion.
O company Orrery Labs Inc.
F money $140 million
O company Greyhaven Ventures
L city San Jose
L region California
F money $1.1 billion
> Existing investors Meridian Peak Capital and Foxhollow Partners also took part, along with the strategic arm of a Taiwanese contract manufacturer that Orrery declined to name. The round brings its total funding to $196 million, after a $38 million Series A in 2040 and an $18 million seed round in 2039.
O company Meridian Peak Capital
O company Foxhollow Partners
O company Orrery
F money $196 million
F money $38 million
F date 2040
F money $18 million
F date 2039
> Founded in 2038 by Chief Executive Anjali Raman and Chief Technology Officer Tomasz Wierzbicki, who met while working on accelerator designs at Stanford University, Orrery builds chips for AI inference — the work of running trained models rather than training them. Its first chip, the Orrery Halo, delivers 1,600 teraflops while drawing 275 watts, which the company says is about 40% less power than comparable graphics processors.
F date 2038
P full Anjali Raman
P full Tomasz Wierzbicki
O education Stanford University
O company Orrery
F quantity 1,600 teraflops
F quantity 275 watts
F percent 40%
> “Everybody built chips for training, because that’s where the money was in the early days,” Raman told SiliconANGLE. “But every time someone asks a chatbot a question, that’s inference. That bill never stops coming, and most of it is electricity.”
Q direct Anjali Raman :: “Everybody built chips for training, because that’s where the money was in the early days,”
P partial Raman
O media SiliconANGLE
Q direct Anjali Raman :: “But every time someone asks a chatbot a question, that’s inference. That bill never stops coming, and most of it is electricity.”
> Orrery says it has shipped samples to five cloud providers, including two of the so-called “neoclouds” that rent out AI servers by the hour, and has signed a production deal with one of them. Volume shipments are due to begin in the fourth quarter, with chips made at a contract foundry in Arizona.
O company Orrery
F number five
F number two
Q scare - :: “neoclouds”
L region Arizona
> Wierzbicki said the new money would take headcount from 140 to about 320 by the end of 2043, with most hires in San Jose and at a new design center in Austin, Texas. “We are hiring compiler engineers faster than chip designers now,” he said. “The silicon is the easy part. Getting the software stack right is where startups like ours live or die.”
P partial Wierzbicki
F number 140
F number 320
F date 2043
L city San Jose
L city Austin
L region Texas
Q direct Tomasz Wierzbicki :: “We are hiring compiler engineers faster than chip designers now,”
Q direct Tomasz Wierzbicki :: “The silicon is the easy part. Getting the software stack right is where startups like ours live or die.”
> Priya Venkataraman, a partner at Greyhaven Ventures who will join Orrery’s board, said the firm had looked at more than 30 AI chip companies before choosing one. She called the team’s power numbers “the most credible we have seen outside a hyperscaler.”
P full Priya Venkataraman
O company Greyhaven Ventures
O company Orrery
F number 30
Q direct Priya Venkataraman :: “the most credible we have seen outside a hyperscaler.”
> “Inference is going to be a bigger market than training by the end of the decade, and it will not be won on raw speed alone,” she said. “Customers are buying tokens per watt.”
Q direct Priya Venkataraman :: “Inference is going to be a bigger market than training by the end of the decade, and it will not be won on raw speed alone,”
Q direct Priya Venkataraman :: “Customers are buying tokens per watt.”
> Not everyone is convinced the market has room for another challenger. Lena Hoffmann, an analyst at Bellwether Semiconductor Research, noted that at least 12 inference startups have raised money since 2040 and that the largest chipmakers are cutting prices on their own accelerators.
P full Lena Hoffmann
O company Bellwether Semiconductor Research
F number 12
F date 2040
> “Orrery has a good chip and a good team. So did plenty of companies that no longer exist,” Hoffmann said. “The question is whether it can land a second and a third customer before the big players close the gap. Nobody gets paid for a ‘promising’ benchmark.”
Q direct Lena Hoffmann :: “Orrery has a good chip and a good team. So did plenty of companies that no longer exist,”
O company Orrery
P partial Hoffmann
Q direct Lena Hoffmann :: “The question is whether it can land a second and a third customer before the big players close the gap. Nobody gets paid for a ‘promising’ benchmark.”
> Raman said the company now has enough cash to last 36 months and does not plan to raise again before 2044.
P partial Raman
F duration 36 months
F date 2044
'''

ARTICLES['1968-indec-february-inflation-uptick-la-matanza-arrieta-sola-buenos-aires-herald'] = r'''
> ECONOMY
> Monthly inflation rises to 3.4 percent in February, first uptick in five months
F percent 3.4 percent
F duration five months
> INDEC figures show food and utility bills pushed prices up. The economy minister calls it “a bump in the road”
O government INDEC
Q direct Federico Arrieta Solá :: “a bump in the road”
> By Valentina Suárez Miranda
P full Valentina Suárez Miranda
> March 13, 2041 · 18:25
F date March 13, 2041
F time 18:25
> A customer pays for groceries at a corner shop in Isidro Casanova, La Matanza. Photo: Ignacio Pereyra / Buenos Aires Herald
L city Isidro Casanova
L region La Matanza
P full Ignacio Pereyra
O media Buenos Aires Herald
> Consumer prices in Argentina rose 3.4 percent in February, up from 2.9 percent in January, the National Statistics and Census Institute (INDEC) reported on Thursday, ending a run of four consecutive monthly declines and putting the government’s goal of single-digit annual inflation by December 2041 in doubt.
L country Argentina
F percent 3.4 percent
F percent 2.9 percent
O government National Statistics and Census Institute
O government INDEC
F number four
F date December 2041
> Annual inflation slowed to 41.2 percent from 44.8 percent in January, the lowest reading since 2037. Food and non-alcoholic beverages, the category with the greatest weight for poorer households, rose 4.1 percent in the month, driven by beef and vegetables after flooding in Buenos Aires province. Regulated prices climbed 5.3 percent as electricity and gas bills rose.
F percent 41.2 percent
F percent 44.8 percent
F date 2037
F percent 4.1 percent
L region Buenos Aires
F percent 5.3 percent
> Economy Minister Federico Arrieta Solá played down the figure. “This is a bump in the road, not a change of direction,” he told Radio Mitre. “Core inflation was 2.6 percent, the lowest in two years. The trend is intact.”
P full Federico Arrieta Solá
Q direct Federico Arrieta Solá :: “This is a bump in the road, not a change of direction,”
O media Radio Mitre
Q direct Federico Arrieta Solá :: “Core inflation was 2.6 percent, the lowest in two years. The trend is intact.”
F percent 2.6 percent
F duration two years
> Arrieta Solá said the utility increases were “a correction we had already priced in” under the programme with the International Monetary Fund (IMF), and that the ministry expected monthly inflation to fall back below 3 percent in April.
P partial Arrieta Solá
Q direct Federico Arrieta Solá :: “a correction we had already priced in”
O intergovernmental International Monetary Fund
O intergovernmental IMF
F percent 3 percent
> At the Central Bank (BCRA), which held its benchmark rate at 32 percent last week, an official said the board would not cut again until it saw “at least three months of clean data.” The official, who asked not to be named because he was not authorised to speak publicly, said the bank had bought US$1.3 billion in the foreign-exchange market so far this year, lifting gross reserves to US$38.6 billion.
O government Central Bank
O government BCRA
F percent 32 percent
Q direct - :: “at least three months of clean data.”
F duration three months
F money US$1.3 billion
F money US$38.6 billion
> The official exchange rate ended Thursday at 1,912 pesos to the dollar, while the parallel “blue” rate closed at 2,040 pesos.
F money 1,912 pesos
Q scare - :: “blue”
F money 2,040 pesos
> Economist Carolina Mendizábal of the consultancy Prisma Macro said wage earners were still losing ground. “Formal salaries rose 2.8 percent in January. If prices are rising 3.4 percent, people feel it at the checkout, whatever the annual number says,” she said. “The government is telling a story about disinflation that is real, but slow, and slow is not what a family in the Conurbano can afford.”
P full Carolina Mendizábal
O company Prisma Macro
Q direct Carolina Mendizábal :: “Formal salaries rose 2.8 percent in January. If prices are rising 3.4 percent, people feel it at the checkout, whatever the annual number says,”
F percent 2.8 percent
F percent 3.4 percent
Q direct Carolina Mendizábal :: “The government is telling a story about disinflation that is real, but slow, and slow is not what a family in the Conurbano can afford.”
L region Conurbano
> In Isidro Casanova, in the La Matanza district west of the capital, Rubén Ojeda has run a corner grocery for 22 years. He said a kilo of minced beef that cost 9,800 pesos in January now sells for 11,200 pesos.
L city Isidro Casanova
L region La Matanza
P full Rubén Ojeda
F duration 22 years
F money 9,800 pesos
F money 11,200 pesos
> “My customers used to fill a bag. Now they buy two eggs, one tomato, half a packet of yerba,” Ojeda said. “Everybody on the radio says it is getting better. Come and tell that to the lady who asks me to put her bread on the tab until Friday.”
Q direct Rubén Ojeda :: “My customers used to fill a bag. Now they buy two eggs, one tomato, half a packet of yerba,”
F number two
F number one
F fraction half
P partial Ojeda
Q direct Rubén Ojeda :: “Everybody on the radio says it is getting better. Come and tell that to the lady who asks me to put her bread on the tab until Friday.”
> INDEC will publish the March figures on April 14.
O government INDEC
F date April 14
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
