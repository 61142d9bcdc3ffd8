#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval322 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval322/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1975-western-region-galamsey-crackdown-pra-ankobra-minerals-commission-ghana-water-myjoyonline'] = r'''
> News
> Galamsey: Lands Minister orders seizure of all excavators on Pra, Ankobra riverbanks
L geo Pra
L geo Ankobra
> A Ghana Water manager says raw water reaching the Daboase plant is now “the colour of cocoa drink” as the crackdown spreads across three Western Region districts
O company Ghana Water
L facility Daboase
Q direct Abena Owusu-Sekyere :: “the colour of cocoa drink”
F number three
L region Western Region
> Source: Joy News | Akosua Frimpomaa Boadi
O media Joy News
P full Akosua Frimpomaa Boadi
> 14 August 2041, 18:32
F date 14 August 2041
F time 18:32
> Soldiers guard a seized excavator at Wassa Dompim, near the Ankobra. Photo: Joy News
L city Wassa Dompim
L geo Ankobra
O media Joy News
> The Minister for Lands and Natural Resources, Kwadwo Amankwah-Boateng, has ordered the seizure of every excavator and “changfan” dredge found within 100 metres of the Pra, Ankobra and Tano rivers in the Western Region, as the crackdown on illegal mining widens.
P full Kwadwo Amankwah-Boateng
Q scare - :: “changfan”
F quantity 100 metres
L geo Pra
L geo Ankobra
L geo Tano
L region Western Region
> Speaking at Wassa Akropong on Wednesday, Mr Amankwah-Boateng said 140 excavators, 62 changfan machines and 19 guns had been seized since the operation began on 1 August, and 213 people arrested in the Wassa Amenfi East and Wassa East districts and the Tarkwa-Nsuaem Municipality.
L city Wassa Akropong
P partial Amankwah-Boateng
F number 140
F number 62
F number 19
F date 1 August
F number 213
L region Wassa Amenfi East
L region Wassa East
L region Tarkwa-Nsuaem Municipality
> “We will not negotiate with anybody who is killing our rivers. From today, every machine on a riverbank belongs to the state,” he said, adding that the equipment would be kept at the Ghana Armed Forces’ Apremdo barracks in Takoradi.
Q direct Kwadwo Amankwah-Boateng :: “We will not negotiate with anybody who is killing our rivers. From today, every machine on a riverbank belongs to the state,”
O government Ghana Armed Forces
L facility Apremdo
L city Takoradi
> The Minerals Commission said in a statement that 37 of the 51 small-scale mining licences in the three districts had been suspended pending a review, and that holders found to have sub-leased their concessions to “illegal operators, including foreign nationals” would lose them for good.
O government Minerals Commission
F number 37
F number 51
F number three
Q direct Minerals Commission :: “illegal operators, including foreign nationals”
> The operation, codenamed Operation Clean Pra, is being run by the National Anti-Illegal Mining Operations Secretariat (NAIMOS) with soldiers and officers of the Western Regional Police Command.
O government National Anti-Illegal Mining Operations Secretariat
O government NAIMOS
O government Western Regional Police Command
> At Daboase, where Ghana Water Limited (GWL) draws raw water from the Pra to supply Sekondi-Takoradi, turbidity readings have passed 9,000 NTU this year, against about 300 NTU a decade ago, the company says.
L city Daboase
O company Ghana Water Limited
O company GWL
L geo Pra
L city Sekondi-Takoradi
F quantity 9,000 NTU
F quantity 300 NTU
> “We now spend GH¢1.2 million a month on alum and other chemicals at Daboase, almost three times what we spent in 2037. On some days the river is the colour of cocoa drink and we shut the intake,” said Ing. Abena Owusu-Sekyere, GWL’s production manager for the Western Region.
Q direct Abena Owusu-Sekyere :: “We now spend GH¢1.2 million a month on alum and other chemicals at Daboase, almost three times what we spent in 2037. On some days the river is the colour of cocoa drink and we shut the intake,”
F money GH¢1.2 million
L city Daboase
F number three
F date 2037
P full Abena Owusu-Sekyere
O company GWL
L region Western Region
> She said GWL needed GH¢38 million over two years for a pre-treatment reservoir, and that the Sekondi-Takoradi system, serving about 1.1 million people, lost supply for 11 days in March.
O company GWL
F money GH¢38 million
F duration two years
L city Sekondi-Takoradi
F number 1.1 million
F duration 11 days
> At Wassa Dompim, the Odikro, Nana Kwabena Ankomah Appiah III, welcomed the seizures but said his town’s young men now had nothing to do.
L city Wassa Dompim
P full Kwabena Ankomah Appiah III
> “Our cocoa farms are gone and the river is gone. If you take the machines, give the boys something else, otherwise they will come back at night,” Nana Appiah said, adding that at least 40 hectares of the town’s cocoa had been lost to pits since 2039.
Q direct Kwabena Ankomah Appiah III :: “Our cocoa farms are gone and the river is gone. If you take the machines, give the boys something else, otherwise they will come back at night,”
P partial Appiah
F quantity 40 hectares
F date 2039
> Mr Amankwah-Boateng said the ministry would launch a GH¢25 million alternative livelihood scheme in October to train 1,500 young people in oil palm and rubber farming, and that 2,300 hectares of degraded land would be reclaimed by 2042.
P partial Amankwah-Boateng
F money GH¢25 million
F number 1,500
F quantity 2,300 hectares
F date 2042
> A small-scale miner at Wassa Akropong, who asked not to be named, said operators had paid up to GH¢5,000 a week in “settlement” to keep their pits open.
L city Wassa Akropong
F money GH¢5,000
Q direct - :: “settlement”
> “Everybody knows who collects it. They seize the machines today; in two weeks they are back,” he said.
Q direct - :: “Everybody knows who collects it. They seize the machines today; in two weeks they are back,”
F duration two weeks
> NAIMOS said its teams would move into the Ankobra basin around Prestea in September.
O government NAIMOS
L geo Ankobra
L city Prestea
'''

ARTICLES['1976-social-security-cola-2043-ssa-medicare-part-b-aarp-retirees-kiplinger'] = r'''
> Retirement
> Social Security COLA for 2043: Checks rise 2.4%, but Medicare takes a bite
F date 2043
F percent 2.4%
> The Social Security Administration says the average retired worker will get $49 more a month starting in January. Here’s what the 2.4% cost-of-living adjustment means for your budget.
O government Social Security Administration
F money $49
F percent 2.4%
> By Marissa Delacroix-Hughes published October 13, 2042
P full Marissa Delacroix-Hughes
F date October 13, 2042
> A retiree goes over her monthly budget at home. (Image credit: Getty Images)
O company Getty Images
> Social Security benefits will rise 2.4% in 2043, the Social Security Administration (SSA) announced Monday, giving roughly 71 million retirees, disabled workers and other beneficiaries a smaller raise than last year’s 3.1%.
F percent 2.4%
F date 2043
O government Social Security Administration
O government SSA
F number 71 million
F percent 3.1%
> It is the smallest cost-of-living adjustment (COLA) since 2039, when benefits went up 1.9%. The new amounts show up in checks paid in January 2043; people who receive Supplemental Security Income (SSI) will get their first higher payment on December 31, 2042.
F date 2039
F percent 1.9%
F date January 2043
F date December 31, 2042
> According to the SSA, the average monthly benefit for a retired worker will climb by $49, from $2,041 to $2,090. For a retired couple who both collect benefits, the average goes from $3,196 to $3,273 per month.
O government SSA
F money $49
F money $2,041
F money $2,090
F money $3,196
F money $3,273
> How the 2043 COLA was calculated
F date 2043
> By law, the COLA tracks the Consumer Price Index for Urban Wage Earners and Clerical Workers (CPI-W), which the Bureau of Labor Statistics (BLS) publishes each month. The SSA compares the average CPI-W for July, August and September with the same three months a year earlier.
O government Bureau of Labor Statistics
O government BLS
O government SSA
F duration three months
> “The things older Americans spend the most on — rent, groceries, prescriptions — are still rising faster than this adjustment,” said Lorraine Whitfield-Oyelaran, a spokesperson for AARP, which represents 38 million members age 50 and older. “A 2.4% raise sounds fine until you see what’s left after Medicare.”
Q direct Lorraine Whitfield-Oyelaran :: “The things older Americans spend the most on — rent, groceries, prescriptions — are still rising faster than this adjustment,”
P full Lorraine Whitfield-Oyelaran
O nonprofit AARP
F number 38 million
F age 50
Q direct Lorraine Whitfield-Oyelaran :: “A 2.4% raise sounds fine until you see what’s left after Medicare.”
F percent 2.4%
> The Medicare bite
> The standard Medicare Part B premium, which most people have deducted from their Social Security checks, will rise to $214.60 a month in 2043 from $198.40, the Centers for Medicare & Medicaid Services (CMS) said in September. That $16.20 increase eats up about a third of the average retiree’s raise.
F money $214.60
F date 2043
F money $198.40
O government Centers for Medicare & Medicaid Services
O government CMS
F money $16.20
F fraction a third
> A so-called “hold harmless” rule keeps most beneficiaries’ net checks from shrinking when premiums rise faster than benefits, but it does not protect higher earners or people new to Medicare.
Q scare - :: “hold harmless”
> “For a lot of my clients, the real COLA is closer to 1.6%,” said Daniel Okafor-Brandt, a certified financial planner in Scottsdale, Ariz. “I tell them, ‘Don’t spend the raise until you’ve seen your January statement.’ Then we look at withholding and required minimum distributions.”
Q direct Daniel Okafor-Brandt :: “For a lot of my clients, the real COLA is closer to 1.6%,”
F percent 1.6%
P full Daniel Okafor-Brandt
L city Scottsdale
L region Ariz.
Q direct Daniel Okafor-Brandt :: “I tell them, ‘Don’t spend the raise until you’ve seen your January statement.’ Then we look at withholding and required minimum distributions.”
> Gloria Pennington-Ruiz, 72, a retired school secretary in Tucson who gets $1,870 a month, said the increase “barely covers my electric bill in July.” She started her benefits at 62, which cut her check by 30% for life.
P full Gloria Pennington-Ruiz
F age 72
L city Tucson
F money $1,870
Q direct Gloria Pennington-Ruiz :: “barely covers my electric bill in July.”
F age 62
F percent 30%
> “If I could do it over, I would have waited until 70,” she said.
Q direct Gloria Pennington-Ruiz :: “If I could do it over, I would have waited until 70,”
F age 70
> Other Social Security changes for 2043
F date 2043
> The maximum amount of earnings subject to the Social Security payroll tax will rise to $198,300 from $190,500, the SSA said. Workers below full retirement age, 67 for most people working today, can earn up to $25,920 in 2043 before the SSA withholds $1 in benefits for every $2 they earn above the limit.
F money $198,300
F money $190,500
O government SSA
F age 67
F money $25,920
F date 2043
O government SSA
F money $1
F money $2
> The SSA will mail COLA notices in early December; beneficiaries with a my Social Security account can see their new amount online from December 3.
O government SSA
F date December 3
'''

ARTICLES['1977-norwich-cathedral-spire-restoration-scaffolding-historic-england-dean-telegraph'] = r'''
> Heritage
> Norwich Cathedral spire to vanish behind scaffolding for three years as ‘alarming’ decay spreads
L facility Norwich Cathedral
F duration three years
Q direct Historic England :: ‘alarming’
> The £21m project will replace or repair up to 1,400 stones on England’s second-tallest spire, which has stood for more than five centuries
F money £21m
F number 1,400
L country England
F duration five centuries
> By Harriet Lindqvist-Osei, Heritage Correspondent
P full Harriet Lindqvist-Osei
> 12 June 2040 • 6:00am
F date 12 June 2040
F time 6:00am
> The spire of Norwich Cathedral, seen from the River Wensum, will disappear behind scaffolding next spring Credit: Joel Ashworth-Kemp for The Telegraph
L facility Norwich Cathedral
L geo River Wensum
P full Joel Ashworth-Kemp
O media The Telegraph
> One of England’s best-loved skylines is to change for three years as work begins on a £21 million restoration of the spire of Norwich Cathedral, which engineers say is losing stone faster than at any time in its history.
L country England
F duration three years
F money £21 million
L facility Norwich Cathedral
> Scaffolding will start to rise around the 96-metre spire, the second tallest in England after Salisbury’s, in March 2041, the Dean of Norwich, the Very Rev Dr Catherine Ashby-Marlowe, said on Monday. The work is due to finish in the autumn of 2043.
F quantity 96-metre
L country England
L city Salisbury
F date March 2041
L city Norwich
P full Catherine Ashby-Marlowe
F date 2043
> “We have a duty to hand this spire on to the next five centuries, not simply to admire it,” the Dean said. “Every winter we lose a little more of it. In February a piece of stone the size of a loaf fell 60 metres and landed a few feet from the path to the west door.”
Q direct Catherine Ashby-Marlowe :: “We have a duty to hand this spire on to the next five centuries, not simply to admire it,”
F duration five centuries
Q direct Catherine Ashby-Marlowe :: “Every winter we lose a little more of it. In February a piece of stone the size of a loaf fell 60 metres and landed a few feet from the path to the west door.”
F quantity 60 metres
> A survey last year found that 15 per cent of the spire’s 9,000 facing stones were cracked or loose. Historic England, which advises the Government on heritage, has added the cathedral to its Heritage at Risk Register and described the spire’s condition as “alarming”.
F percent 15 per cent
F number 9,000
O government Historic England
O government Government
Q direct Historic England :: “alarming”
> In a statement, the body said the restoration would be “the most significant intervention on the spire since the 19th century” and that it would contribute £1.5m towards the cost.
Q direct Historic England :: “the most significant intervention on the spire since the 19th century”
F money £1.5m
> The work will be led by Sir Anthony Blakemore-Hale, the cathedral’s surveyor of the fabric, who said about 1,400 stones would be replaced or repaired using 300 tonnes of limestone from a quarry near Ancaster, Lincolnshire.
P full Anthony Blakemore-Hale
F number 1,400
F quantity 300 tonnes
L city Ancaster
L region Lincolnshire
> “The iron cramps the Victorians put in are rusting, swelling and splitting the stone from the inside,” Sir Anthony said. “People call it ‘the pencil’, but a pencil does not have 800 tonnes of masonry bearing down on a 14-metre octagon.”
Q direct Anthony Blakemore-Hale :: “The iron cramps the Victorians put in are rusting, swelling and splitting the stone from the inside,”
P partial Anthony
Q direct Anthony Blakemore-Hale :: “People call it ‘the pencil’, but a pencil does not have 800 tonnes of masonry bearing down on a 14-metre octagon.”
F quantity 800 tonnes
F quantity 14-metre
> The largest single gift, £6.5m, has come from Dame Philippa Wexcombe, whose family foundation has supported the cathedral for 40 years. The National Lottery Heritage Fund (NLHF) has pledged £4m and the Church Commissioners £2.2m.
F money £6.5m
P full Philippa Wexcombe
F duration 40 years
O government National Lottery Heritage Fund
O government NLHF
F money £4m
O other Church Commissioners
F money £2.2m
> “My grandmother was married under that spire, and so was I. When the Dean told me what was happening to it, there was never any question,” said Dame Philippa, 78.
Q direct Philippa Wexcombe :: “My grandmother was married under that spire, and so was I. When the Dean told me what was happening to it, there was never any question,”
P partial Philippa
F age 78
> That leaves £6.8m to be raised from the public. The cathedral will open an appeal on Saturday with a “buy a stone” scheme at £250 a stone, and visitors will be able to climb part of the scaffolding on guided tours from the summer of 2041.
F money £6.8m
Q scare - :: “buy a stone”
F money £250
F date 2041
> A Buckingham Palace spokesman said a royal visit was “being planned” for the rededication of the spire in 2043.
O other Buckingham Palace
Q direct - :: “being planned”
F date 2043
> The cathedral’s peregrine falcons, which have nested on the spire for two decades, will be given a temporary platform on the tower of St Peter Mancroft, 800 metres away.
F duration two decades
L facility St Peter Mancroft
F quantity 800 metres
'''

ARTICLES['1978-hatay-altinozu-yayladagi-village-homes-key-draw-toki-hurriyet-daily-news'] = r'''
> TÜRKİYE
L country TÜRKİYE
> 'Finally a door we can lock': Hatay families draw keys to 4,850 village homes
Q direct Hatice Şahinoğlu :: 'Finally a door we can lock'
L region Hatay
F number 4,850
> HATAY
L region HATAY
> November 12 2043
F date November 12 2043
> Village-type homes built by TOKİ stand ready in Altınözü's Tokaçlı neighborhood ahead of the draw. DHA Photo
O government TOKİ
L region Altınözü
L city Tokaçlı
O media DHA
> Some 4,850 families in Hatay's Altınözü and Yayladağı districts received the keys to new village-type homes on Nov. 11, 32 months after the magnitude 7.1 earthquake that flattened much of the southern province in March 2041.
F number 4,850
L region Hatay
L region Altınözü
L region Yayladağı
F date Nov. 11
F duration 32 months
F quantity magnitude 7.1
F date March 2041
> The homes were allotted in a public draw at the Altınözü district stadium, attended by Environment, Urbanization and Climate Change Minister Halil İbrahim Karaağaçlı, Hatay Governor Serdar Yücetürk and hundreds of residents, many of whom have lived in container cities since the disaster.
L facility Altınözü
P full Halil İbrahim Karaağaçlı
L region Hatay
P full Serdar Yücetürk
> Governor Yücetürk said 212 container cities in the province had now closed and 61 were still open.
P partial Yücetürk
F number 212
F number 61
> "These are not containers and these are not tents. Every family is getting a two-story home on its own land, with a garden and a barn," Karaağaçlı said.
Q direct Halil İbrahim Karaağaçlı :: "These are not containers and these are not tents. Every family is getting a two-story home on its own land, with a garden and a barn,"
F number two
P partial Karaağaçlı
> "We promised that no one would spend a third winter in a container, and in Hatay we are keeping that promise," he added.
Q direct Halil İbrahim Karaağaçlı :: "We promised that no one would spend a third winter in a container, and in Hatay we are keeping that promise,"
L region Hatay
> The homes were built by the Housing Development Administration (TOKİ) on plots owned by the families themselves. Each cost about 1.9 million liras and has between 105 and 135 square meters of floor space. Families will repay 40 percent of the cost over 20 years without interest, or about 3,170 liras a month, and the state will cover the rest.
O government Housing Development Administration
O government TOKİ
F money 1.9 million liras
F quantity 105
F quantity 135 square meters
F percent 40 percent
F duration 20 years
F money 3,170 liras
> Each home stands on a plot of at least 500 square meters and comes with a 30-square-meter barn, TOKİ officials said.
F quantity 500 square meters
F quantity 30-square-meter
O government TOKİ
> TOKİ said in a written statement that 31,400 of the 46,000 village homes planned across the province had been finished, bringing its spending on rural housing in Hatay to 72.5 billion liras ($1.6 billion). The remaining homes in Reyhanlı, Hassa and Kumlu would be delivered "before the first snow of next winter," it said.
O government TOKİ
F number 31,400
F number 46,000
L region Hatay
F money 72.5 billion liras
F money $1.6 billion
L region Reyhanlı
L region Hassa
L region Kumlu
Q direct Housing Development Administration :: "before the first snow of next winter,"
> The Altınözü homes were built by Adana-based Koçyiğit İnşaat, which employed 1,100 workers at the height of the project.
L region Altınözü
L city Adana
O company Koçyiğit İnşaat
F number 1,100
> "We worked through 42-degree summers and a winter of mud. Every morning the villagers came to the site and asked us, 'Is mine finished yet?' Today we can finally say yes," said Emre Taşdelen, the company's project manager.
Q direct Emre Taşdelen :: "We worked through 42-degree summers and a winter of mud. Every morning the villagers came to the site and asked us, 'Is mine finished yet?' Today we can finally say yes,"
F quantity 42-degree
P full Emre Taşdelen
> Among those who drew a key was Hatice Şahinoğlu, 58, who has lived with her husband, their son and two grandchildren in a 21-square-meter container in the village of Kuşaklı since the earthquake.
P full Hatice Şahinoğlu
F age 58
F number two
F quantity 21-square-meter
L city Kuşaklı
> "Finally a door we can lock. For two years my grandchildren have asked me when we will have a real house again," Şahinoğlu said, holding key number 2,417.
Q direct Hatice Şahinoğlu :: "Finally a door we can lock. For two years my grandchildren have asked me when we will have a real house again,"
F duration two years
P partial Şahinoğlu
> Her husband, Mustafa Şahinoğlu, 63, said the Şahinoğlu family's stone house had stood for "more than 100 years" before it collapsed in 40 seconds.
P full Mustafa Şahinoğlu
F age 63
P partial Şahinoğlu
Q direct Mustafa Şahinoğlu :: "more than 100 years"
F duration 100 years
F duration 40 seconds
> Karaağaçlı said a second draw, for 2,900 homes in Yayladağı and Hassa, would be held on Dec. 15.
P partial Karaağaçlı
F number 2,900
L region Yayladağı
L region Hassa
F date Dec. 15
'''

ARTICLES['1979-lions-vikings-nfc-wild-card-ford-field-okonjo-late-touchdown-nfl-com'] = r'''
> Wild Card Weekend
> Lions hold off Vikings 27-23 as Jalen Okonjo's late TD sends Detroit to divisional round
O team Lions
O team Vikings
F score 27-23
P full Jalen Okonjo
O team Detroit
> Okonjo ran for 118 yards and two touchdowns, including the go-ahead score with 41 seconds left, as Detroit (13-4) beat Minnesota (12-5) at Ford Field.
P partial Okonjo
F quantity 118 yards
F number two
F duration 41 seconds
O team Detroit
F score 13-4
O team Minnesota
F score 12-5
L facility Ford Field
> Tanner Wellsby-Hart
P full Tanner Wellsby-Hart
> Published: Jan 11, 2043 at 11:41 PM
F date Jan 11, 2043
F time 11:41 PM
> Detroit Lions running back Jalen Okonjo (28) celebrates his 2-yard touchdown run in the fourth quarter on Sunday. (Photo by Mira Castellanos-Webb/Getty Images)
O team Detroit Lions
P full Jalen Okonjo
F quantity 2-yard
P full Mira Castellanos-Webb
O company Getty Images
> Jalen Okonjo had been stuffed for no gain on the previous snap. On the next one, with 0:41 left and Detroit's season on the line, he bounced outside and walked into the end zone from 2 yards out.
P full Jalen Okonjo
F time 0:41
O team Detroit
F quantity 2 yards
> That touchdown gave the Detroit Lions a 27-23 win over the Minnesota Vikings in an NFC wild-card game on Sunday night and sent a crowd of 65,112 at Ford Field home hoarse.
O team Detroit Lions
F score 27-23
O team Minnesota Vikings
O other NFC
F number 65,112
L facility Ford Field
> Okonjo finished with 118 yards on 22 carries. Quarterback Cade Whitlock completed 24 of 33 passes for 281 yards and a touchdown without an interception, and the NFC North champions (13-4) will host the Philadelphia Eagles in the divisional round next weekend.
P partial Okonjo
F quantity 118 yards
F number 22
P full Cade Whitlock
F number 24
F number 33
F quantity 281 yards
O other NFC North
F score 13-4
O team Philadelphia Eagles
> "I told him in the huddle, 'They're going to take away the inside. Bounce it.' He did exactly that," Lions head coach Marcus Ellery-Vance said. "That's a grown man's run."
Q direct Marcus Ellery-Vance :: "I told him in the huddle, 'They're going to take away the inside. Bounce it.' He did exactly that,"
O team Lions
P full Marcus Ellery-Vance
Q direct Marcus Ellery-Vance :: "That's a grown man's run."
> Minnesota (12-5) had led 23-20 after Mateus Ribeiro-Sandoval's 47-yard field goal with 3:12 remaining, his third of the night. Whitlock then took Detroit 75 yards in nine plays, hitting Dorian Faleolo for 19 yards on third down and Okonjo for 14 yards on the next snap.
O team Minnesota
F score 12-5
F score 23-20
P full Mateus Ribeiro-Sandoval
F quantity 47-yard
F time 3:12
P partial Whitlock
O team Detroit
F quantity 75 yards
F number nine
P full Dorian Faleolo
F quantity 19 yards
P partial Okonjo
F quantity 14 yards
> The Vikings had a final chance. Trey Lundqvist moved them to the Detroit 31, but linebacker Kwame Hollins sacked him on fourth down with 0:06 left, Hollins' second sack of the game.
O team Vikings
P full Trey Lundqvist
O team Detroit
P full Kwame Hollins
F time 0:06
P partial Hollins
> "We had it where we wanted it. Fourth down, the ball in Trey's hands, and we didn't make the play," Vikings head coach Bram Holmquist said. "That one is going to sit with me for a while."
Q direct Bram Holmquist :: "We had it where we wanted it. Fourth down, the ball in Trey's hands, and we didn't make the play,"
P partial Trey
O team Vikings
P full Bram Holmquist
Q direct Bram Holmquist :: "That one is going to sit with me for a while."
> Lundqvist threw for 302 yards, completing 27 of 41 passes, including a 38-yard touchdown to tight end Aksel Brandvold that gave Minnesota a 20-17 lead late in the third quarter. Ribeiro-Sandoval also made field goals of 41 and 52 yards.
P partial Lundqvist
F quantity 302 yards
F number 27
F number 41
F quantity 38-yard
P full Aksel Brandvold
O team Minnesota
F score 20-17
P partial Ribeiro-Sandoval
F quantity 41
F quantity 52 yards
> Whitlock's 12-yard touchdown pass to Faleolo and a 44-yard Ezra Pohlmann field goal had put Detroit up 10-0 in the first quarter, before Minnesota scored on three straight possessions, the second of them a 1-yard Lundqvist sneak, to lead 13-10 at halftime.
P partial Whitlock
F quantity 12-yard
P partial Faleolo
F quantity 44-yard
P full Ezra Pohlmann
O team Detroit
F score 10-0
O team Minnesota
F number three
F quantity 1-yard
P partial Lundqvist
F score 13-10
> Okonjo's 4-yard run on the opening drive of the second half put the Lions back in front, and Pohlmann's 33-yard field goal early in the fourth tied it at 20.
P partial Okonjo
F quantity 4-yard
O team Lions
P partial Pohlmann
F quantity 33-yard
F score 20
> Okonjo, a 24-year-old in his third season, is known in the Lions' locker room as "the Mailman" because, teammates say, "he always delivers." A team spokesman said Hollins had his right ankle checked after the game and was "day to day."
P partial Okonjo
F age 24-year-old
O team Lions
Q scare - :: "the Mailman"
Q direct - :: "he always delivers."
P partial Hollins
Q direct - :: "day to day."
> Detroit hosts Philadelphia on Saturday, Jan. 17, at 8:15 p.m. ET.
O team Detroit
O team Philadelphia
F date Jan. 17
F time 8:15 p.m. ET
'''

ARTICLES['1980-gazipur-garment-workers-reject-wage-proposal-konabari-kashimpur-bgmea-dhaka-tribune'] = r'''
> Bangladesh
L country Bangladesh
> Gazipur garment workers reject Tk18,500 wage proposal as 61 factories shut
L region Gazipur
F money Tk18,500
F number 61
> Workers in Konabari and Kashimpur stay off the job for a third day while BGMEA warns of lost orders
L city Konabari
L city Kashimpur
O nonprofit BGMEA
> Rafiqul Hasan Shuvo, Gazipur
P full Rafiqul Hasan Shuvo
L city Gazipur
> Publish : 09 Nov 2043, 07:40 PM | Update : 09 Nov 2043, 09:15 PM
F date 09 Nov 2043
F time 07:40 PM
F date 09 Nov 2043
F time 09:15 PM
> Garment workers march along the Konabari-Kashimpur road in Gazipur on Monday, November 9, 2043. Photo: Dhaka Tribune
L city Konabari
L city Kashimpur
L region Gazipur
F date November 9, 2043
O media Dhaka Tribune
> Thousands of garment workers in Gazipur's Konabari and Kashimpur industrial belts stayed away from work for a third straight day on Monday, rejecting the Minimum Wage Board's proposed entry-level wage of Tk18,500 a month.
L region Gazipur
L city Konabari
L city Kashimpur
O government Minimum Wage Board
F money Tk18,500
> Owners of 61 factories suspended production and declared a holiday, according to Industrial Police, while workers blocked the Dhaka-Tangail highway at Konabari for nearly four hours from around 10am.
F number 61
O government Industrial Police
L city Dhaka
L city Tangail
L city Konabari
F duration four hours
F time 10am
> The wage board last month proposed raising the minimum monthly wage for the lowest grade from Tk14,200 to Tk18,500, an increase of 30 percent. Workers' unions are demanding Tk25,000.
F money Tk14,200
F money Tk18,500
F percent 30 percent
F money Tk25,000
> "Tk18,500 does not cover rent and rice for a family of four in Gazipur. Prices have gone up 11 percent in a year and the owners want us to say thank you," said Shirin Akter Munni, president of the Sonali Garment Workers Federation.
Q direct Shirin Akter Munni :: "Tk18,500 does not cover rent and rice for a family of four in Gazipur. Prices have gone up 11 percent in a year and the owners want us to say thank you,"
F money Tk18,500
F number four
L region Gazipur
F percent 11 percent
P full Shirin Akter Munni
O nonprofit Sonali Garment Workers Federation
> "We are not asking for luxury. We are asking to eat three times a day.
Q direct Shirin Akter Munni :: "We are not asking for luxury. We are asking to eat three times a day.
F number three
> "If the board does not revise the figure by Thursday, workers from Ashulia and Savar will join us on the road," she said.
Q direct Shirin Akter Munni :: "If the board does not revise the figure by Thursday, workers from Ashulia and Savar will join us on the road,"
L city Ashulia
L city Savar
> Bangladesh Garment Manufacturers and Exporters Association (BGMEA) President Mahbubur Rahman Talukder said factories could not absorb another large rise at a time when gas prices had gone up by 40 percent and buyers were cutting what they pay.
O nonprofit Bangladesh Garment Manufacturers and Exporters Association
O nonprofit BGMEA
P full Mahbubur Rahman Talukder
F percent 40 percent
> "Buyers have not raised their prices by a single cent. A factory that shuts today may never open again, and then those workers will have no wage at all," Talukder told Dhaka Tribune.
Q direct Mahbubur Rahman Talukder :: "Buyers have not raised their prices by a single cent. A factory that shuts today may never open again, and then those workers will have no wage at all,"
P partial Talukder
O media Dhaka Tribune
> He said export orders for the spring season were down 8 percent, and that 140 of the association's 2,100 active member factories were in Gazipur. Some owners blamed so-called "jhut" traders, who buy factory waste, for stirring up the protests.
F percent 8 percent
F number 140
F number 2,100
L region Gazipur
Q scare - :: "jhut"
> The Ministry of Labour and Employment said in a statement that the wage board would meet on Thursday to review "every objection received" and urged workers to return to their factories.
O government Ministry of Labour and Employment
Q direct Ministry of Labour and Employment :: "every objection received"
> Police fired tear gas and sound grenades at Konabari around 11:30am. At least 14 workers were injured and taken to Shaheed Tajuddin Ahmad Medical College Hospital, said Md Anisur Rahman, superintendent of Industrial Police-2 in Gazipur.
L city Konabari
F time 11:30am
F number 14
O other Shaheed Tajuddin Ahmad Medical College Hospital
P full Md Anisur Rahman
O government Industrial Police-2
L region Gazipur
> Rokeya Begum, 27, a sewing operator at a knitwear factory in Kashimpur, said she earns Tk15,100 a month including overtime and sends Tk4,000 home to her parents in Kurigram.
P full Rokeya Begum
F age 27
L city Kashimpur
F money Tk15,100
F money Tk4,000
L region Kurigram
> "My supervisor says, 'If you don't like the wage, 10 girls are waiting at the gate.' What can we say to that?" Rokeya said.
Q direct Rokeya Begum :: "My supervisor says, 'If you don't like the wage, 10 girls are waiting at the gate.' What can we say to that?"
F number 10
P partial Rokeya
> An official at the Department of Inspection for Factories and Establishments (DIFE), who spoke on condition of anonymity, said the figure "will move, but not to 25,000."
O government Department of Inspection for Factories and Establishments
O government DIFE
Q direct - :: "will move, but not to 25,000."
F money 25,000
> Garments account for about 82 percent of Bangladesh's export earnings.
F percent 82 percent
L country Bangladesh
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
