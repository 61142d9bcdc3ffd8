#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval256 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval256/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1579-osaka-integrated-resort-yumeshima-groundbreaking-mgm-japan-times'] = r'''
> BUSINESS
> Osaka Breaks Ground on ¥1.4 Trillion Casino Resort at Yumeshima
L city Osaka
F money ¥1.4 Trillion
L geo Yumeshima
> Governor hails ‘new gateway’ as opponents warn of gambling addiction and soil costs
Q direct Haruka Nishizono :: ‘new gateway’
> By Kenta Moriyama / Staff writer
P full Kenta Moriyama
> Apr 11, 2039
F date Apr 11, 2039
> Osaka Gov. Haruka Nishizono (center) and MGM Resorts executive Dana Whitcombe (second from left) take part in a groundbreaking ceremony on Yumeshima in Osaka on Monday. | KYODO
L city Osaka
P full Haruka Nishizono
O company MGM Resorts
P full Dana Whitcombe
L geo Yumeshima
L city Osaka
O media KYODO
> OSAKA – Construction began Monday on the ¥1.4 trillion integrated resort on Yumeshima, an artificial island in Osaka Bay, with officials promising it will draw 20 million visitors a year when it opens in 2043.
L city OSAKA
F money ¥1.4 trillion
L geo Yumeshima
L geo Osaka Bay
F number 20 million
F date 2043
> Gov. Haruka Nishizono, 54, called the project “a new gateway for Kansai and for Japan” at a ceremony attended by some 600 guests on the 49-hectare site, where a sea breeze flattened two tents at 10:30 a.m., just as the first pile was driven.
P full Haruka Nishizono
F age 54
Q direct Haruka Nishizono :: “a new gateway for Kansai and for Japan”
L region Kansai
L country Japan
F number 600
F quantity 49-hectare
F number two
F time 10:30 a.m.
> “Osaka has waited more than 10 years for this day,” Nishizono said. “The resort will create 15,000 jobs and bring ¥650 billion a year to the regional economy.”
Q direct Haruka Nishizono :: “Osaka has waited more than 10 years for this day,”
Q direct Haruka Nishizono :: “The resort will create 15,000 jobs and bring ¥650 billion a year to the regional economy.”
L city Osaka
F duration 10 years
P partial Nishizono
F number 15,000
F money ¥650 billion
> The resort is being built by MGM Osaka, a consortium in which U.S.-based MGM Resorts International and the financial services group Orix Corp. each hold 40 percent, with some 20 local companies holding the rest. It is the first to be licensed under a 2018 law that legalized so-called “integrated resorts.”
O company MGM Osaka
L country U.S.
O company MGM Resorts International
O company Orix Corp.
F percent 40 percent
F number 20
F date 2018
Q scare - :: “integrated resorts.”
> Dana Whitcombe, MGM’s executive vice president for Asia, said the company had committed ¥540 billion of its own capital. “We are not building a casino with a hotel attached. We are building a destination,” she said.
P full Dana Whitcombe
O company MGM
L continent Asia
F money ¥540 billion
Q direct Dana Whitcombe :: “We are not building a casino with a hotel attached. We are building a destination,”
> Whitcombe said the casino floor would take up less than 3 percent of the total floor area, although it is expected to generate roughly 80 percent of revenue. The plans include a 2,500-room hotel complex, a conference center for up to 20,000 people and a ferry terminal at Yumekaze Pier. The Osaka Metro Chuo Line is being extended to the island, with the 3.2-kilometer link due to open in the spring of 2042.
P partial Whitcombe
F percent 3 percent
F percent 80 percent
F number 2,500
F number 20,000
L facility Yumekaze Pier
L facility Osaka Metro Chuo Line
F quantity 3.2-kilometer
F date 2042
> Opponents rallied outside Osaka City Hall in Kita Ward on Sunday. Keiko Amamiya, who leads the citizens’ group Stop the Casino Osaka, said the prefecture had “gambled with public money” on land once used as a dump for incinerator ash.
L facility Osaka City Hall
L region Kita Ward
P full Keiko Amamiya
O nonprofit Stop the Casino Osaka
Q direct Keiko Amamiya :: “gambled with public money”
> “The soil problems alone have cost ¥79 billion, and that bill goes to taxpayers, not to MGM,” Amamiya said, adding that a petition had gathered 193,000 signatures. “People in Osaka are told it’s ‘entertainment.’ We call it what it is.”
Q direct Keiko Amamiya :: “The soil problems alone have cost ¥79 billion, and that bill goes to taxpayers, not to MGM,”
Q direct Keiko Amamiya :: “People in Osaka are told it’s ‘entertainment.’ We call it what it is.”
F money ¥79 billion
O company MGM
P partial Amamiya
F number 193,000
L city Osaka
> A prefectural survey found that 1.9 percent of adults showed signs of gambling addiction. Under national rules, Japanese residents will pay a ¥6,000 entry fee and be limited to three visits a week and 10 a month.
F percent 1.9 percent
F money ¥6,000
F number three
F number 10
> Hiroshi Tanabe, a tourism economist at Kansai University, called the visitor forecast “optimistic but not impossible.” Japan welcomed a record 52 million foreign visitors last year, roughly half of them through Kansai International Airport, he said. “The question is whether they come back a second time.”
P full Hiroshi Tanabe
O education Kansai University
Q direct Hiroshi Tanabe :: “optimistic but not impossible.”
L country Japan
F number 52 million
F fraction half
L facility Kansai International Airport
Q direct Hiroshi Tanabe :: “The question is whether they come back a second time.”
> He put the resort’s annual revenue at ¥520 billion to ¥600 billion in its first five years.
F money ¥520 billion
F money ¥600 billion
F duration five years
> A senior prefectural official, speaking on condition of anonymity, said the opening could slip to 2044 if steel prices kept rising. “Nobody wants to say it at a ceremony, but a delay of two years is possible,” the official said.
F date 2044
Q direct - :: “Nobody wants to say it at a ceremony, but a delay of two years is possible,”
F duration two years
'''

ARTICLES['1580-lualaba-kamilombe-copper-mine-collapse-kolwezi-dr-congo-afp'] = r'''
> At least 31 dead in DR Congo copper mine collapse, 17 missing
F number 31
L country DR Congo
F number 17
> By Patrick MUKENDI
P full Patrick MUKENDI
> Issued on: 03/13/2040 - 16:27
F date 03/13/2040
F time 16:27
> Rescuers search for survivors at the collapsed Kamilombe mine near Kolwezi in Lualaba province on March 12, 2040. (Photo by Grâce ILUNGA / AFP)
L facility Kamilombe
L city Kolwezi
L region Lualaba
F date March 12, 2040
P full Grâce ILUNGA
O media AFP
> Kolwezi (DR Congo) (AFP) - At least 31 miners were killed and 17 remain missing after a tunnel collapsed at a copper and cobalt mine in the Democratic Republic of Congo's southern Lualaba province, the provincial governor said Tuesday.
L city Kolwezi
L country DR Congo
O media AFP
F number 31
F number 17
L country Democratic Republic of Congo
L region Lualaba
> The collapse happened at around 2:40 am on Sunday, when some 60 workers were in a gallery 180 metres underground at the Kamilombe site, about 25 kilometres west of Kolwezi, the provincial capital.
F time 2:40 am
F number 60
F quantity 180 metres
L facility Kamilombe
F quantity 25 kilometres
L city Kolwezi
> "We have recovered 31 bodies and brought out 12 men alive. The search continues day and night," Lualaba governor Albertine Kasongo Mwamba told reporters at the site.
Q direct Albertine Kasongo Mwamba :: "We have recovered 31 bodies and brought out 12 men alive. The search continues day and night,"
F number 31
F number 12
L region Lualaba
P full Albertine Kasongo Mwamba
> "The families are waiting, and we will not stop until every man is found," she said, adding that three days of provincial mourning had been declared.
Q direct Albertine Kasongo Mwamba :: "The families are waiting, and we will not stop until every man is found,"
F duration three days
> The mine is run by Lualaba Copper Mining SA (LCM), a joint venture controlled by a Chinese group, in which the state miner Gecamines holds a 20 percent stake.
O company Lualaba Copper Mining SA
O company LCM
O company Gecamines
F percent 20 percent
> An LCM spokeswoman, Christelle Mbuyi, said the company had "suspended all underground operations" and that the gallery had last been inspected on March 2. "The causes will be established by a technical commission. We will cooperate fully," she said.
O company LCM
P full Christelle Mbuyi
Q direct Christelle Mbuyi :: "suspended all underground operations"
F date March 2
Q direct Christelle Mbuyi :: "The causes will be established by a technical commission. We will cooperate fully,"
> But Jean-Pierre Tshibangu, 38, a rescuer with the provincial civil protection service, said cracks had been visible in the roof "for weeks".
P full Jean-Pierre Tshibangu
F age 38
Q direct Jean-Pierre Tshibangu :: "for weeks"
> "We dig with shovels and sometimes with our hands, because the machines cannot go down there. The air is bad after 100 metres," he told AFP by telephone.
Q direct Jean-Pierre Tshibangu :: "We dig with shovels and sometimes with our hands, because the machines cannot go down there. The air is bad after 100 metres,"
F quantity 100 metres
O media AFP
> "I pulled out a boy who was 19. He kept asking for his mother. When you hear that, you cannot sleep," Tshibangu said. "Some of the men had been working 14-hour shifts for $8 a day.
Q direct Jean-Pierre Tshibangu :: "I pulled out a boy who was 19. He kept asking for his mother. When you hear that, you cannot sleep,"
Q direct Jean-Pierre Tshibangu :: "Some of the men had been working 14-hour shifts for $8 a day.
F age 19
P partial Tshibangu
F duration 14-hour
F money $8
> "They knew the tunnel was dangerous. But what choice do they have?"
Q direct Jean-Pierre Tshibangu :: "They knew the tunnel was dangerous. But what choice do they have?"
> Thousands of so-called "creuseurs", informal diggers, work in the shadow of industrial sites across the province, often on concessions owned by large companies.
Q scare - :: "creuseurs"
> Lualaba, home to the vast open pits around Kolwezi, produces about two-thirds of the world's cobalt, a metal used in electric car batteries. Its mineral exports reached $14.6 billion last year.
L region Lualaba
L city Kolwezi
F fraction two-thirds
F money $14.6 billion
> In Kinshasa, the deputy head of the UN Joint Human Rights Office (UNJHRO), Marguerite Lefebvre-Diallo, called for "an independent and transparent investigation" and said her office had recorded 212 deaths in mining accidents across the country since January 2039.
L city Kinshasa
O intergovernmental UN Joint Human Rights Office
O intergovernmental UNJHRO
P full Marguerite Lefebvre-Diallo
Q direct Marguerite Lefebvre-Diallo :: "an independent and transparent investigation"
F number 212
F date January 2039
> "Behind every number is a family in Kolwezi, Likasi or Fungurume that has lost its breadwinner," she said.
Q direct Marguerite Lefebvre-Diallo :: "Behind every number is a family in Kolwezi, Likasi or Fungurume that has lost its breadwinner,"
L city Kolwezi
L city Likasi
L city Fungurume
> An official at the mines ministry in Kinshasa, who asked not to be named, said LCM's permit would be reviewed within 30 days. "If the rules were broken, the permit will be withdrawn," the official said.
L city Kinshasa
O company LCM
F duration 30 days
Q direct - :: "If the rules were broken, the permit will be withdrawn,"
> In 2038, a landslide at an artisanal site near Kapata killed nine diggers, according to the UN.
F date 2038
L city Kapata
F number nine
O intergovernmental UN
> pmk/ger/jmb
'''

ARTICLES['1581-kilkenny-limerick-all-ireland-hurling-final-croke-park-irish-times'] = r'''
> Hurling
> Kilkenny edge Limerick by a point in Croke Park classic to end four-year wait
O team Kilkenny
O team Limerick
L facility Croke Park
F duration four-year
> Cathal Ó Murchú’s late free settles All-Ireland final as the Cats hold off a Limerick charge
P full Cathal Ó Murchú
O team Cats
O team Limerick
> Kilkenny 2-22 Limerick 1-24
O team Kilkenny
F score 2-22
O team Limerick
F score 1-24
> Gavin Cummins at Croke Park
P full Gavin Cummins
L facility Croke Park
> Sun Jul 24 2039 - 19:05
F date Jul 24 2039
F time 19:05
> Kilkenny’s Cathal Ó Murchú celebrates after scoring the winning free against Limerick at Croke Park. Photograph: Orla Fennessy/Inpho
O team Kilkenny
P full Cathal Ó Murchú
O team Limerick
L facility Croke Park
P full Orla Fennessy
O media Inpho
> Cathal Ó Murchú had missed two frees all summer. The third, struck from 65 metres out on the Hogan Stand side with the clock showing 71:40, was the one that mattered: it sailed over, and Kilkenny were All-Ireland champions for the first time since 2035.
P full Cathal Ó Murchú
F number two
F quantity 65 metres
L facility Hogan Stand
F time 71:40
O team Kilkenny
F date 2035
> The 24-year-old from Mooncoin finished with 0-11, eight of them from frees, as Kilkenny won 2-22 to 1-24 in front of a sell-out crowd of 82,300 and denied Limerick a third title in five years.
F age 24-year-old
L city Mooncoin
F score 0-11
F number eight
O team Kilkenny
F score 2-22
F score 1-24
F number 82,300
O team Limerick
F duration five years
> Limerick, ahead by 1-15 to 0-14 at half-time, looked in control after Dara Kiely-Mulcahy’s goal in the 19th minute. But Kilkenny scored two goals within three minutes early in the second half, both from corner-forward Tadhg Brennan, and the sides were level nine times in the final quarter.
O team Limerick
F score 1-15
F score 0-14
P full Dara Kiely-Mulcahy
O team Kilkenny
F number two
F duration three minutes
P full Tadhg Brennan
F number nine
> Limerick manager Declan Hogan said his side had “no complaints” about the free. “It was a free. Cathal put it over from a long way out and that’s what great hurlers do,” he said. “We had our chances. We hit 14 wides and you won’t win an All-Ireland doing that.”
O team Limerick
P full Declan Hogan
Q direct Declan Hogan :: “no complaints”
Q direct Declan Hogan :: “It was a free. Cathal put it over from a long way out and that’s what great hurlers do,”
P partial Cathal
Q direct Declan Hogan :: “We had our chances. We hit 14 wides and you won’t win an All-Ireland doing that.”
F number 14
> “I said to the lads at half-time, ‘Ye are not beaten, ye are just behind.’ They believed it,” said Kilkenny manager Ruairí Breathnach, 51. “Some of these players were minors when we last won here, and they carried the weight of four years.
Q direct Ruairí Breathnach :: “I said to the lads at half-time, ‘Ye are not beaten, ye are just behind.’ They believed it,”
O team Kilkenny
P full Ruairí Breathnach
F age 51
Q direct Ruairí Breathnach :: “Some of these players were minors when we last won here, and they carried the weight of four years.
F duration four years
> “Tadhg’s two goals turned it. People will talk about Cathal’s free, but Tadhg gave us the belief.”
Q direct Ruairí Breathnach :: “Tadhg’s two goals turned it. People will talk about Cathal’s free, but Tadhg gave us the belief.”
P partial Tadhg
F number two
P partial Cathal
P partial Tadhg
> Brennan, who hurls with Ballyhale Shamrocks, said he had barely slept on Saturday night. “I was thinking about the 2037 final the whole time,” he said, recalling the day Limerick beat Kilkenny by nine points.
P partial Brennan
O team Ballyhale Shamrocks
Q direct Tadhg Brennan :: “I was thinking about the 2037 final the whole time,”
F date 2037
O team Limerick
O team Kilkenny
F number nine
> Limerick full-back Pádraig Ó Dálaigh, known on Shannonside as “the Wall”, had kept Kilkenny’s forwards scoreless from play for 25 minutes before he went off injured in the 51st minute.
O team Limerick
P full Pádraig Ó Dálaigh
L region Shannonside
Q scare - :: “the Wall”
O team Kilkenny
F duration 25 minutes
> A member of the Limerick backroom team, who asked not to be named, said the injury was a torn hamstring. “He could be out for three months,” he said.
O team Limerick
Q direct - :: “He could be out for three months,”
F duration three months
> The GAA said ticket sales had brought in €9.6 million, and in a statement thanked supporters for “a day that showed hurling at its very best”.
O nonprofit GAA
F money €9.6 million
Q direct GAA :: “a day that showed hurling at its very best”
> Half of the Kilkenny panel are under 25, and Breathnach believes the county can build on the win. “There are 30 lads in that dressing room and every one of them played a part,” he said.
F fraction Half
O team Kilkenny
F age 25
P partial Breathnach
Q direct Ruairí Breathnach :: “There are 30 lads in that dressing room and every one of them played a part,”
F number 30
> The team will bring the Liam MacCarthy Cup home to Kilkenny city on Monday, with a homecoming at Nowlan Park at 7pm.
L city Kilkenny
L facility Nowlan Park
F time 7pm
'''

ARTICLES['1582-eu-migration-deal-brussels-summit-solidarity-pool-hungary-politico-europe'] = r'''
> Migration
> EU Leaders Strike Migration Deal After All-Night Summit in Brussels
O intergovernmental EU
L city Brussels
> The pact creates a €9 billion solidarity pool. Budapest says it won’t pay into it.
F money €9 billion
L city Budapest
> By Lotte Vandenberghe and Marek Zieliński
P full Lotte Vandenberghe
P full Marek Zieliński
> December 14, 2040 6:52 am CET
F date December 14, 2040
F time 6:52 am CET
> Leaders and officials gather in the Europa building in Brussels for the two-day summit. | Joris Mertens/AFP via Getty Images
L facility Europa
L city Brussels
F duration two-day
P full Joris Mertens
O media AFP
O company Getty Images
> BRUSSELS — EU leaders agreed shortly after 4 a.m. on Friday to a migration deal that obliges every member country to take in asylum seekers or pay into a common fund, ending 19 hours of talks and more than two years of bickering.
L city BRUSSELS
O intergovernmental EU
F time 4 a.m.
F duration 19 hours
F duration two years
> Under the agreement, seen by POLITICO, countries that refuse to relocate their share will pay €22,000 for each person they do not take in. The pool is meant to fund the relocation of at least 30,000 people a year from frontline states such as Italy, Greece, Malta and Spain.
O media POLITICO
F money €22,000
F number 30,000
L country Italy
L country Greece
L country Malta
L country Spain
> The text was backed by 24 of the 27 member countries, which together hold 88 percent of the bloc’s population, clearing the qualified-majority bar of 55 percent of countries and 65 percent of citizens. Hungary, Slovakia and Poland voted against.
F number 24
F number 27
F percent 88 percent
F percent 55 percent
F percent 65 percent
L country Hungary
L country Slovakia
L country Poland
> “This is the day Europe stopped passing the problem from one border to the next,” European Commission Vice-President Ingrid Solberg-Haas told reporters at 5:15 a.m. “Nobody got everything. Everybody got something.”
Q direct Ingrid Solberg-Haas :: “This is the day Europe stopped passing the problem from one border to the next,”
Q direct Ingrid Solberg-Haas :: “Nobody got everything. Everybody got something.”
L continent Europe
O intergovernmental European Commission
P full Ingrid Solberg-Haas
F time 5:15 a.m.
> The Commission will also pay for so-called “return hubs” outside the EU, where people whose claims have been rejected could be held for up to 18 months. Solberg-Haas said the first would open in 2042.
O intergovernmental Commission
Q scare - :: “return hubs”
O intergovernmental EU
F duration 18 months
P partial Solberg-Haas
F date 2042
> Budapest was unmoved. “Hungary will not pay a single euro to import the consequences of other people’s mistakes,” Hungary’s interior minister, Zoltán Berkesi, said as he left the summit. “We will take this to the Court of Justice.”
L city Budapest
Q direct Zoltán Berkesi :: “Hungary will not pay a single euro to import the consequences of other people’s mistakes,”
L country Hungary
L country Hungary
P full Zoltán Berkesi
Q direct Zoltán Berkesi :: “We will take this to the Court of Justice.”
O intergovernmental Court of Justice
> He called the deal “blackmail with a price tag” and said Hungary had spent €2.1 billion on its southern border fence since 2015.
Q direct Zoltán Berkesi :: “blackmail with a price tag”
L country Hungary
F money €2.1 billion
F date 2015
> On the left, the deal drew fire for different reasons. Amira Haddad-Lindqvist, a Swedish MEP with the Greens/EFA group in the European Parliament, said it “buys walls with solidarity money.”
P full Amira Haddad-Lindqvist
O party Greens/EFA
O intergovernmental European Parliament
Q direct Amira Haddad-Lindqvist :: “buys walls with solidarity money.”
> “We were promised a system built on rights. What we got is a system built on ‘burden sharing’ where people are the burden,” she said. “Parliament will look at every line of this.”
Q direct Amira Haddad-Lindqvist :: “We were promised a system built on rights. What we got is a system built on ‘burden sharing’ where people are the burden,”
Q direct Amira Haddad-Lindqvist :: “Parliament will look at every line of this.”
O intergovernmental Parliament
> Tomás Lund-Ferreira, a senior researcher at the Brussels-based Centre for Asylum and Mobility Studies (CAMS), said the money was the easy part. “The pool looks large on paper, but €9 billion spread over five years is less than €2 billion a year across 27 countries,” he said. “Implementation is where these deals die.
P full Tomás Lund-Ferreira
L city Brussels
O nonprofit Centre for Asylum and Mobility Studies
O nonprofit CAMS
Q direct Tomás Lund-Ferreira :: “The pool looks large on paper, but €9 billion spread over five years is less than €2 billion a year across 27 countries,”
F money €9 billion
F duration five years
F money €2 billion
F number 27
Q direct Tomás Lund-Ferreira :: “Implementation is where these deals die.
> “In 2016 the relocation scheme moved barely a third of the people it promised. At CAMS we expect the same fight again, capital by capital.”
Q direct Tomás Lund-Ferreira :: “In 2016 the relocation scheme moved barely a third of the people it promised. At CAMS we expect the same fight again, capital by capital.”
F date 2016
F fraction a third
O nonprofit CAMS
> An EU diplomat involved in the talks said several capitals had been “bought off” with border-management funds. “Everyone knows which ones,” the diplomat said.
O intergovernmental EU
Q direct - :: “bought off”
Q direct - :: “Everyone knows which ones,”
> The rules take effect on June 1, 2041, once the Parliament has voted on the text, which is expected in March. Asylum applications fell 12 percent last year to 870,000, according to the EU Agency for Asylum.
F date June 1, 2041
O intergovernmental Parliament
F percent 12 percent
F number 870,000
O intergovernmental EU Agency for Asylum
'''

ARTICLES['1583-northgate-bank-job-cuts-ai-tellers-mississauga-unifor-globe-and-mail'] = r'''
> Banking
> Northgate Bank to Cut 3,100 Jobs as AI Tools Take Over Branch Work
O company Northgate Bank
F number 3,100
> Chief executive tells analysts the cuts will save $640-million a year; union calls the move ‘a betrayal’
F money $640-million
Q direct Unifor :: ‘a betrayal’
> Naomi Castellano Banking Reporter
P full Naomi Castellano
> Published August 28, 2041 Updated 2 hours ago
F date August 28, 2041
F duration 2 hours
> A Northgate Bank branch on Hurontario Street in Mississauga, Ont., on Aug. 27. The bank plans to close 64 of its 1,140 branches. ALEX MORNEAU/THE GLOBE AND MAIL
O company Northgate Bank
L street Hurontario Street
L city Mississauga
L region Ont.
F date Aug. 27
F number 64
F number 1,140
P full ALEX MORNEAU
O media THE GLOBE AND MAIL
> Northgate Financial Group Inc. will eliminate about 3,100 jobs, or 7 per cent of its work force, over the next 18 months as artificial-intelligence tools take over tasks once done by tellers, call-centre staff and back-office clerks, the Toronto-based lender said Wednesday.
O company Northgate Financial Group Inc.
F number 3,100
F percent 7 per cent
F duration 18 months
L city Toronto
> The cuts were announced as the bank reported third-quarter profit of $1.42-billion, up 9 per cent from a year earlier and ahead of analysts’ estimates of $1.36-billion.
F money $1.42-billion
F percent 9 per cent
F money $1.36-billion
> On a call with analysts at 8 a.m., chief executive Graham Okafor-Reid said the bank would book a restructuring charge of $415-million in the fourth quarter, largely to roll out its so-called “agentic” software, which can open accounts and settle disputes without a human. “The technology is not coming, it is here. Our customers did 94 per cent of their transactions digitally last quarter,” he said. “We will not pretend these are easy decisions.
F time 8 a.m.
P full Graham Okafor-Reid
F money $415-million
Q scare - :: “agentic”
Q direct Graham Okafor-Reid :: “The technology is not coming, it is here. Our customers did 94 per cent of their transactions digitally last quarter,”
F percent 94 per cent
Q direct Graham Okafor-Reid :: “We will not pretend these are easy decisions.
> “About half of the affected roles will be handled through attrition and retirements, and every employee who leaves will get at least 26 weeks of pay.”
Q direct Graham Okafor-Reid :: “About half of the affected roles will be handled through attrition and retirements, and every employee who leaves will get at least 26 weeks of pay.”
F fraction half
F duration 26 weeks
> Unifor, which represents about 2,800 Northgate workers in Ontario and Quebec, called the move “a betrayal.” Danielle Thibodeau, the union’s national representative for the financial sector, said the bank had used its own employees to train the software that is now replacing them.
O nonprofit Unifor
F number 2,800
O company Northgate
L region Ontario
L region Quebec
Q direct Unifor :: “a betrayal.”
P full Danielle Thibodeau
> “Tellers were asked to flag every mistake the system made. They were writing their own severance letters and nobody told them,” Ms. Thibodeau said.
Q direct Danielle Thibodeau :: “Tellers were asked to flag every mistake the system made. They were writing their own severance letters and nobody told them,”
P partial Thibodeau
> Marisol Vega, 46, was among 11 tellers let go in June from a branch in Mississauga’s Meadowvale neighbourhood, after 22 years with the bank. “My manager called me into the back room at 9:30 in the morning and it was over by 9:45,” she said. “They gave me a box and a pamphlet about ‘new opportunities.’ ”
P full Marisol Vega
F age 46
F number 11
L city Mississauga
L city Meadowvale
F duration 22 years
Q direct Marisol Vega :: “My manager called me into the back room at 9:30 in the morning and it was over by 9:45,”
F time 9:30
F time 9:45
Q direct Marisol Vega :: “They gave me a box and a pamphlet about ‘new opportunities.’ ”
> Priyanka Sethi, an analyst at Toronto brokerage Bayfront Crest Securities, estimated that the cuts would lift Northgate’s return on equity by 1.5 percentage points by 2043. “The market will like this. The question is whether customers who still want a human being will stay,” she said in an interview, noting that a quarter of Northgate’s clients are over 65.
P full Priyanka Sethi
L city Toronto
O company Bayfront Crest Securities
O company Northgate
F percent 1.5 percentage points
F date 2043
Q direct Priyanka Sethi :: “The market will like this. The question is whether customers who still want a human being will stay,”
F fraction a quarter
O company Northgate
F age 65
> Shares of Northgate rose 3.2 per cent to $88.14 on the Toronto Stock Exchange.
O company Northgate
F percent 3.2 per cent
F money $88.14
O company Toronto Stock Exchange
> The Office of the Superintendent of Financial Institutions (OSFI), which issued guidance on AI risk at banks in 2039, said it was “monitoring” the plan.
O government Office of the Superintendent of Financial Institutions
O government OSFI
F date 2039
Q direct Office of the Superintendent of Financial Institutions :: “monitoring”
> A senior executive at a rival bank, who was not authorized to speak publicly, said two other lenders were preparing similar cuts. “Nobody wants to go first. Now nobody has to,” the executive said.
F number two
Q direct - :: “Nobody wants to go first. Now nobody has to,”
'''

ARTICLES['1584-crocodile-sighting-closes-northern-beaches-cairns-palm-cove-abc-news'] = r'''
> ABC Far North
O media ABC Far North
> 'It was as long as a car': Crocodile sighting closes five beaches north of Cairns
Q direct Lena Hoffmeister :: 'It was as long as a car'
F number five
L city Cairns
> By Jessie Carmody
P full Jessie Carmody
> Posted Sat 14 Jan 2040 at 6:20am, updated Sat 14 Jan 2040 at 11:05am
F date 14 Jan 2040
F time 6:20am
F date 14 Jan 2040
F time 11:05am
> A ranger scans the water at Palm Cove, where the crocodile was last seen on Friday. (ABC Far North: Jessie Carmody)
L city Palm Cove
O media ABC Far North
P full Jessie Carmody
> In short:
> A crocodile estimated at 4.2 metres long has forced the closure of five beaches between Palm Cove and Ellis Beach.
F quantity 4.2 metres
F number five
L city Palm Cove
L geo Ellis Beach
> Wildlife officers say the beaches will stay closed for at least three days.
F duration three days
> What's next?
> Rangers will set two traps near the mouth of the Barron River on Saturday night.
F number two
L geo Barron River
> A large saltwater crocodile seen swimming metres from holidaymakers has forced the closure of five beaches north of Cairns, in the busiest fortnight of the summer.
F number five
L city Cairns
> Surf lifesavers cleared about 150 people from the water at Trinity Beach, Kewarra Beach and Clifton Beach at 7:15am on Friday after a German tourist reported seeing the animal roughly 30 metres offshore.
F number 150
L geo Trinity Beach
L geo Kewarra Beach
L geo Clifton Beach
F time 7:15am
F quantity 30 metres
> Lena Hoffmeister, 27, from Hamburg, was paddleboarding with her partner when she saw a shape in the water. "First I thought it was a log. Then it moved its tail, and it was as long as a car," she said.
P full Lena Hoffmeister
F age 27
L city Hamburg
Q direct Lena Hoffmeister :: "First I thought it was a log. Then it moved its tail, and it was as long as a car,"
> "In Germany we have warnings about jellyfish. Nobody told me about this."
Q direct Lena Hoffmeister :: "In Germany we have warnings about jellyfish. Nobody told me about this."
L country Germany
> Senior wildlife ranger Kade Mulholland, from the Department of Environment, Tourism, Science and Innovation, said the animal was a male of about 4.2m that had been tracked for 6 kilometres along the coast.
P full Kade Mulholland
O government Department of Environment, Tourism, Science and Innovation
F quantity 4.2m
F quantity 6 kilometres
> "Crocodiles move between river systems all the time, and a male this size can cover 20 kilometres in a day," Mr Mulholland said. "We'll have two traps in near the Barron River mouth tonight.
Q direct Kade Mulholland :: "Crocodiles move between river systems all the time, and a male this size can cover 20 kilometres in a day,"
F quantity 20 kilometres
P partial Mulholland
Q direct Kade Mulholland :: "We'll have two traps in near the Barron River mouth tonight.
F number two
L geo Barron River
> "If we catch it, it goes to a farm. It won't be released back into the wild."
Q direct Kade Mulholland :: "If we catch it, it goes to a farm. It won't be released back into the wild."
> The department said the beaches would stay shut for at least three days, and warned that anyone caught ignoring the signs faced fines of up to $16,130.
F duration three days
F money $16,130
> Palm Cove Surf Life Saving Club president Rhonda Beasley said volunteers had been working 11-hour days since the closure. "Half our nippers have been asking me whether it's Jaws," she said. "We take it seriously. It's the third sighting since Christmas."
O nonprofit Palm Cove Surf Life Saving Club
P full Rhonda Beasley
F duration 11-hour
Q direct Rhonda Beasley :: "Half our nippers have been asking me whether it's Jaws,"
F fraction Half
Q direct Rhonda Beasley :: "We take it seriously. It's the third sighting since Christmas."
> Along the Captain Cook Highway, cafe owners at Palm Cove said trade had fallen by a third. A cafe owner who did not want to be named said: "January is everything for us. Three days closed in January costs thousands of dollars."
L street Captain Cook Highway
L city Palm Cove
F fraction a third
Q direct - :: "January is everything for us. Three days closed in January costs thousands of dollars."
F duration Three days
> Signs at every beach carry the state's "Crocwise" warning, and rangers removed 46 problem crocodiles from populated areas of Queensland in 2039.
Q scare - :: "Crocwise"
F number 46
L region Queensland
F date 2039
> Environment Minister Josephine Ardley said the government would spend $2.5 million over four years on a new crocodile survey. "Far North Queensland is croc country. We want people to enjoy the beaches, but not at any cost," she said.
P full Josephine Ardley
F money $2.5 million
F duration four years
Q direct Josephine Ardley :: "Far North Queensland is croc country. We want people to enjoy the beaches, but not at any cost,"
L region Far North Queensland
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
