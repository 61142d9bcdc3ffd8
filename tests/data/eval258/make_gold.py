#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval258 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval258/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1591-bangkok-tap-water-salinity-chao-phraya-intake-mwa-chatuchak-nation-thailand'] = r'''
> Thailand
L country Thailand
> Salt Water Creeps Up The Chao Phraya, Forcing Bt9.2-Billion Move Of Bangkok's Tap-Water Intake
L geo Chao Phraya
F money Bt9.2-Billion
L city Bangkok
> The Metropolitan Waterworks Authority will pump from a site 18 kilometres upriver after salinity at Samlae hit a 40-year high
O government Metropolitan Waterworks Authority
F quantity 18 kilometres
L facility Samlae
F duration 40-year
> THE NATION
O media NATION
> PUBLISHED : Apr 02, 2041, 14:10
F date Apr 02, 2041
F time 14:10
> Vendor Pranee Suksawat fills buckets from a tanker truck at Chatuchak market on Tuesday. (Photo: Kittipong Rattanachai)
P full Pranee Suksawat
L city Chatuchak
P full Kittipong Rattanachai
> Bangkok's tap water will be drawn from a new intake 18 kilometres further up the Chao Phraya River after seawater pushed salinity at the Samlae pumping station in Pathum Thani to 1.8 grams per litre on March 29, the highest reading in 40 years, Bangkok Governor Anchalee Thongdee said on Wednesday.
L city Bangkok
F quantity 18 kilometres
L geo Chao Phraya River
L facility Samlae
L region Pathum Thani
F quantity 1.8 grams per litre
F date March 29
F duration 40 years
L city Bangkok
P full Anchalee Thongdee
> The Metropolitan Waterworks Authority (MWA) will spend Bt9.2 billion over three years on the intake at Bang Sai in Ayutthaya province and a 22-km raw-water canal able to carry up to 60 cubic metres per second south to its treatment plants, she told reporters at City Hall.
O government Metropolitan Waterworks Authority
O government MWA
F money Bt9.2 billion
F duration three years
L city Bang Sai
L region Ayutthaya
F quantity 22-km
F quantity 60 cubic metres per second
L facility City Hall
> "We cannot keep chasing the sea with bigger pumps. The intake has to move to where the river is still a river," Anchalee said.
Q direct Anchalee Thongdee :: "We cannot keep chasing the sea with bigger pumps. The intake has to move to where the river is still a river,"
P partial Anchalee
> She said tap water in many of the city's 50 districts had tasted "slightly salty" since mid-March, and that about 1.2 million households in eastern areas such as Bang Kapi, Min Buri and Lat Krabang were worst affected.
F number 50
Q direct Anchalee Thongdee :: "slightly salty"
F number 1.2 million
L city Bang Kapi
L city Min Buri
L city Lat Krabang
> The Royal Irrigation Department (RID) has raised releases from the Chao Phraya Dam in Chai Nat to 140 cubic metres per second, up from 80 cubic metres per second a week ago, to push back the so-called "salt wedge". But deputy director-general Teerapong Saengchan warned that the big reservoirs upstream held only a third of their capacity.
O government Royal Irrigation Department
O government RID
L facility Chao Phraya Dam
L region Chai Nat
F quantity 140 cubic metres per second
F quantity 80 cubic metres per second
Q scare - :: "salt wedge"
P full Teerapong Saengchan
F fraction a third
> "Rainfall in the Chao Phraya basin was 310 millimetres below normal last year. If we release more now, there is nothing left for the rice farmers in May," Teerapong said.
Q direct Teerapong Saengchan :: "Rainfall in the Chao Phraya basin was 310 millimetres below normal last year. If we release more now, there is nothing left for the rice farmers in May,"
L geo Chao Phraya
F quantity 310 millimetres
P partial Teerapong
> At Chatuchak, where thousands of stalls depend on piped water for ice and drinks, Pranee Suksawat, 54, who sells iced coffee on Kamphaeng Phet 2 Road, said she had spent Bt3,000 on bottled water in two weeks.
L city Chatuchak
P full Pranee Suksawat
F age 54
L street Kamphaeng Phet 2 Road
F money Bt3,000
F duration two weeks
> "My customers say the coffee tastes like 'the sea at Bang Saen'. I tell them it is the government's water, not my beans," she said.
Q direct Pranee Suksawat :: "My customers say the coffee tastes like 'the sea at Bang Saen'. I tell them it is the government's water, not my beans,"
L city Bang Saen
> Assoc Prof Dr Wanchai Limthong, a water-resources engineer at Chulalongkorn University, said the move was overdue.
P full Wanchai Limthong
O education Chulalongkorn University
> "Sea level in the Gulf of Thailand has risen about 4 millimetres a year, and the land under eastern Bangkok is still sinking. Each dry season the salt pushes further inland.
Q direct Wanchai Limthong :: "Sea level in the Gulf of Thailand has risen about 4 millimetres a year, and the land under eastern Bangkok is still sinking. Each dry season the salt pushes further inland.
L geo Gulf of Thailand
F quantity 4 millimetres
L city Bangkok
> "Moving the intake buys the city perhaps 20 years. After that, Bangkok will need to think about desalination, which costs three or four times as much per cubic metre," he said.
Q direct Wanchai Limthong :: "Moving the intake buys the city perhaps 20 years. After that, Bangkok will need to think about desalination, which costs three or four times as much per cubic metre,"
F duration 20 years
L city Bangkok
F number three
F number four
> An MWA engineer, who asked not to be named, said the utility had shifted pumping at Samlae to between 1am and 5am, when the tide is out, but that "the trick stopped working last week".
O government MWA
L facility Samlae
F time 1am
F time 5am
Q direct - :: "the trick stopped working last week"
> The Cabinet is expected to approve the budget on April 9, with construction due to start in October 2041 and the first water to flow in 2044. Until then, the MWA will send 120 tanker trucks a day to hospitals and markets in the worst-hit districts, including Chatuchak and Huai Khwang.
O government Cabinet
F date April 9
F date October 2041
F date 2044
O government MWA
F number 120
L city Chatuchak
L city Huai Khwang
'''

ARTICLES['1592-junior-doctors-five-day-strike-bma-pay-leeds-patient-nhs-england-telegraph'] = r'''
> News
> Junior doctors to stage five-day strike over 29pc pay demand
F duration five-day
F percent 29pc
> BMA warns 310,000 appointments could be cancelled as Health Secretary refuses to reopen talks
O nonprofit BMA
F number 310,000
> By Harriet Calloway, Health Editor
P full Harriet Calloway
> 14 March 2042 • 9:41pm
F date 14 March 2042
F time 9:41pm
> Junior doctors on a picket line outside St James’s University Hospital in Leeds during a walkout last year Credit: Getty Images/Tom Ellery
L facility St James’s University Hospital
L city Leeds
O media Getty Images
P full Tom Ellery
> Junior doctors in England will walk out for five days from 7am on March 26 after talks over a 29 per cent pay demand collapsed, the British Medical Association has announced.
L country England
F duration five days
F time 7am
F date March 26
F percent 29 per cent
O nonprofit British Medical Association
> The BMA said the strike, its third in 18 months, would run until 7am on March 31 and could force NHS trusts to cancel as many as 310,000 appointments and operations. Nearly half of the 61,000 resident doctors in England voted in the ballot.
O nonprofit BMA
F duration 18 months
F time 7am
F date March 31
O government NHS
F number 310,000
F fraction half
F number 61,000
L country England
> Dr Oliver Brannigan, 34, chair of the BMA’s resident doctors committee, said members had “run out of patience” with ministers.
P full Oliver Brannigan
F age 34
O nonprofit BMA
Q direct Oliver Brannigan :: “run out of patience”
> “A first-year doctor in England earns £19.40 an hour. A barista at the hospital coffee shop is not far behind,” he said. “We have offered to talk every day this month. The phone has not rung.”
Q direct Oliver Brannigan :: “A first-year doctor in England earns £19.40 an hour. A barista at the hospital coffee shop is not far behind,”
L country England
F money £19.40
Q direct Oliver Brannigan :: “We have offered to talk every day this month. The phone has not rung.”
> The Health Secretary, Miriam Oduya, said the demand was “simply unaffordable” and would cost the taxpayer about £2.6bn a year.
P full Miriam Oduya
Q direct Miriam Oduya :: “simply unaffordable”
F money £2.6bn
> “Resident doctors have had a 22 per cent rise over three years. I will not ask a nurse in Hull or a porter in Bristol to pay for another one through their taxes,” she said in a statement on Saturday, adding that the Department of Health and Social Care would publish contingency plans within 48 hours.
Q direct Miriam Oduya :: “Resident doctors have had a 22 per cent rise over three years. I will not ask a nurse in Hull or a porter in Bristol to pay for another one through their taxes,”
F percent 22 per cent
F duration three years
L city Hull
L city Bristol
O government Department of Health and Social Care
F duration 48 hours
> In Leeds, Margaret Ashdown, 71, had her hip replacement cancelled twice during last year’s walkouts. She has now waited 14 months.
L city Leeds
P full Margaret Ashdown
F age 71
F duration 14 months
> Leeds Teaching Hospitals NHS Trust, which runs St James’s, said it expected to postpone about 4,800 procedures during the five days.
O government Leeds Teaching Hospitals NHS Trust
L facility St James’s
F number 4,800
F duration five days
> “I understand why they are angry, I really do. But I can’t climb the stairs to my own bedroom, and I’ve been told that’s ‘not urgent’,” Mrs Ashdown said at her home in Headingley.
Q direct Margaret Ashdown :: “I understand why they are angry, I really do. But I can’t climb the stairs to my own bedroom, and I’ve been told that’s ‘not urgent’,”
P partial Ashdown
L city Headingley
> A spokesperson for NHS England said hospitals would “prioritise emergency care, maternity and cancer treatment” and urged patients to attend appointments unless contacted.
O government NHS England
Q direct - :: “prioritise emergency care, maternity and cancer treatment”
> During the last round of strikes, in January, trusts rescheduled 187,000 appointments, NHS England figures show, and covering rotas with consultants cost £310m over four days.
F number 187,000
O government NHS England
F money £310m
F duration four days
> A senior government source said ministers were “not going to be bounced” into a deal weeks before the Budget. The walkout has already been dubbed the “spring stoppage” by some hospital managers online.
Q direct - :: “not going to be bounced”
Q scare - :: “spring stoppage”
> Dr Brannigan said the union would call off the action if the Government put “a credible offer” in writing by 5pm on Friday, March 20.
P partial Brannigan
O government Government
Q direct Oliver Brannigan :: “a credible offer”
F time 5pm
F date March 20
> “One serious offer, on paper, and we are back at the table the same afternoon,” he said.
Q direct Oliver Brannigan :: “One serious offer, on paper, and we are back at the table the same afternoon,”
F number One
'''

ARTICLES['1593-argentina-wheat-export-tax-cut-record-harvest-rosario-pergamino-reuters'] = r'''
> Commodities
> Argentina cuts wheat export tax to 7% as harvest heads for record 23.5 million tons
L country Argentina
F percent 7%
F quantity 23.5 million tons
> By Lucía Ferreyra and Tomás Echeverri
P full Lucía Ferreyra
P full Tomás Echeverri
> December 9, 2041 7:15 PM UTC Updated 2 hours ago
F date December 9, 2041
F time 7:15 PM UTC
F duration 2 hours
> A combine harvests wheat on a farm near Pergamino, Buenos Aires province, Argentina December 4, 2041. REUTERS/Martín Bustos Ibarra
L city Pergamino
L region Buenos Aires
L country Argentina
F date December 4, 2041
O media REUTERS
P full Martín Bustos Ibarra
> BUENOS AIRES, Dec 9 (Reuters) - Argentina will cut its export tax on wheat to 7% from 12% starting Jan. 2, Agriculture Secretary Esteban Guiñazú said on Tuesday, as farmers bring in what the Buenos Aires Grains Exchange expects to be a record 23.5 million metric ton crop.
L city BUENOS AIRES
F date Dec 9
O media Reuters
L country Argentina
F percent 7%
F percent 12%
F date Jan. 2
P full Esteban Guiñazú
O nonprofit Buenos Aires Grains Exchange
F quantity 23.5 million metric ton
> The cut is worth about $410 million a year to growers, Guiñazú told reporters in Buenos Aires, and will cost the Treasury roughly 390 billion pesos in lost revenue in 2042.
F money $410 million
P partial Guiñazú
L city Buenos Aires
O government Treasury
F money 390 billion pesos
F date 2042
> "We are putting money back in the hands of the people who produce it. The harvest is huge and we want it sold, not sitting in silo bags," Guiñazú said.
Q direct Esteban Guiñazú :: "We are putting money back in the hands of the people who produce it. The harvest is huge and we want it sold, not sitting in silo bags,"
P partial Guiñazú
> The Buenos Aires Grains Exchange said on Thursday that 38% of the 6.9 million hectares planted had been harvested, with average yields of 3.4 tons per hectare, up from 2.8 tons a year earlier, when a drought cut output.
O nonprofit Buenos Aires Grains Exchange
F percent 38%
F quantity 6.9 million hectares
F quantity 3.4 tons per hectare
F quantity 2.8 tons
> "The tax cut is smaller than farmers wanted, but it arrives exactly when the trucks start rolling to the ports," said Valeria Santoro, a grains analyst at the Rosario Board of Trade.
Q direct Valeria Santoro :: "The tax cut is smaller than farmers wanted, but it arrives exactly when the trucks start rolling to the ports,"
P full Valeria Santoro
O nonprofit Rosario Board of Trade
> Santoro said export prices at ports around Rosario had risen $6 to $241 a ton since Monday, and she expected shipments to reach 15 million tons in the 2041/42 season, against 11.2 million tons in the previous one.
P partial Santoro
L city Rosario
F money $6
F money $241
F quantity 15 million tons
F date 2041/42
F quantity 11.2 million tons
> In Pergamino, 230 kilometers (143 miles) northwest of Buenos Aires, farmer Ramiro Colombatti, 58, was loading trucks on Tuesday morning.
L city Pergamino
F quantity 230 kilometers
F quantity 143 miles
L city Buenos Aires
P full Ramiro Colombatti
F age 58
> "Seven percent is still seven percent too much. But with this I can pay the contractor and buy fertilizer for the corn," Colombatti said, adding that he had harvested about half of his 420 hectares.
Q direct Ramiro Colombatti :: "Seven percent is still seven percent too much. But with this I can pay the contractor and buy fertilizer for the corn,"
F percent Seven percent
F percent seven percent
P partial Colombatti
F fraction half
F quantity 420 hectares
> Export taxes, known in Argentina as "retenciones," have divided governments and farm groups since 2002, when they were brought back after an economic crisis. The Argentine Rural Society (SRA) called the cut "a first step" and said it would press for the tax on wheat to be scrapped by 2043.
L country Argentina
Q scare - :: "retenciones,"
F date 2002
O nonprofit Argentine Rural Society
O nonprofit SRA
Q direct Argentine Rural Society :: "a first step"
F date 2043
> A government official, who asked not to be named because the talks were private, said the economy ministry had resisted a deeper cut. "The Treasury needs every dollar it can get before the April bond payments," the official said.
Q direct - :: "The Treasury needs every dollar it can get before the April bond payments,"
O government Treasury
> Argentina is usually among the world's top five wheat exporters, and neighboring Brazil buys about half of its shipments.
L country Argentina
F number five
L country Brazil
F fraction half
> Wheat futures for January delivery on the Matba Rofex exchange fell 1.2% to $236 per ton on Tuesday.
O company Matba Rofex
F percent 1.2%
F money $236
> (Reporting by Lucía Ferreyra in Buenos Aires and Tomás Echeverri in Rosario; Editing by Daniel Whitcombe)
P full Lucía Ferreyra
L city Buenos Aires
P full Tomás Echeverri
L city Rosario
P full Daniel Whitcombe
'''

ARTICLES['1594-haltwhistle-borough-leeds-united-fa-cup-third-round-okonjo-tyne-bank-park-independent'] = r'''
> Football
> Haltwhistle Borough 1-3 Leeds United: Okonjo double ends non-league dream in FA Cup third round
O team Haltwhistle Borough
F score 1-3
O team Leeds United
P partial Okonjo
> The Northumberland part-timers led for 21 minutes at a packed Tyne Bank Park before Leeds’ extra class told
L region Northumberland
F duration 21 minutes
L facility Tyne Bank Park
O team Leeds
> Callum Birtwistle
P full Callum Birtwistle
> Saturday 10 January 2043 17:52 GMT
F date 10 January 2043
F time 17:52 GMT
> Haltwhistle’s Jordan Pell celebrates his opening goal against Leeds (PA)
O team Haltwhistle
P full Jordan Pell
O team Leeds
O media PA
> For 21 minutes on a freezing afternoon in Haltwhistle, the little town that calls itself “the Centre of Britain”, the part-timers of Haltwhistle Borough were beating Leeds United.
F duration 21 minutes
L city Haltwhistle
Q scare - :: “the Centre of Britain”
O team Haltwhistle Borough
O team Leeds United
> Jordan Pell, a 27-year-old plumber, put the Northern League side ahead after 34 minutes, heading in a corner from Liam Scaife in front of a record crowd of 3,412.
P full Jordan Pell
F age 27-year-old
O other Northern League
F duration 34 minutes
P full Liam Scaife
F number 3,412
> Pell, who has scored 14 goals in 22 league games this season, said he would be back at work at 8am on Monday. “My boss has given me the morning off, not the day,” he said.
P partial Pell
F number 14
F number 22
F time 8am
Q direct Jordan Pell :: “My boss has given me the morning off, not the day,”
> Haltwhistle, who play in the ninth tier, had knocked out two National League sides to get here, beating Gateshead 2-0 and York City 4-3 on penalties at home.
O team Haltwhistle
F number two
O other National League
O team Gateshead
F score 2-0
O team York City
F score 4-3
> Leeds equalised after 55 minutes through the substitute Daniel Okonjo, who added a second on 68 minutes, and Rhys Kendal-Moore sealed it deep into stoppage time.
O team Leeds
F duration 55 minutes
P full Daniel Okonjo
F duration 68 minutes
P full Rhys Kendal-Moore
> Haltwhistle manager Gary Nesbitt, 46, who still does a morning round as a postman, was close to tears.
O team Haltwhistle
P full Gary Nesbitt
F age 46
> “For 21 minutes we were the best team in the country,” Nesbitt said. “I told the lads at half-time, ‘Enjoy it, because they’ll come at us now.’ And they did.”
Q direct Gary Nesbitt :: “For 21 minutes we were the best team in the country,”
F duration 21 minutes
P partial Nesbitt
Q direct Gary Nesbitt :: “I told the lads at half-time, ‘Enjoy it, because they’ll come at us now.’ And they did.”
> The run has earned the club £187,000 in prize money, more than its playing budget for the last three years, plus an estimated £90,000 share of the gate.
F money £187,000
F duration three years
F money £90,000
> Leeds head coach Marco Pellegrini refused to call it routine.
O team Leeds
P full Marco Pellegrini
> “People will say 3-1 was comfortable. It wasn’t,” said Pellegrini. “Their goalkeeper, Sam Hebblethwaite, made four saves I’d be happy with from anyone in our league. We needed our bench today.”
Q direct Marco Pellegrini :: “People will say 3-1 was comfortable. It wasn’t,”
F score 3-1
P partial Pellegrini
Q direct Marco Pellegrini :: “Their goalkeeper, Sam Hebblethwaite, made four saves I’d be happy with from anyone in our league. We needed our bench today.”
P full Sam Hebblethwaite
F number four
> Okonjo, 19, called the sloping pitch “a proper test” and said he had never played in front of a crowd so close to the touchline.
P partial Okonjo
F age 19
Q direct Daniel Okonjo :: “a proper test”
> Of the 3,412 inside the ground, about 900 were Leeds supporters, who had travelled 120 miles from West Yorkshire on a day when snow shut the A69 between Hexham and Carlisle for two hours.
F number 3,412
F number 900
O team Leeds
F quantity 120 miles
L region West Yorkshire
L street A69
L city Hexham
L city Carlisle
F duration two hours
> The Football Association (FA) confirmed that Haltwhistle, the lowest-ranked club left in the competition, would also receive £45,000 as the losing side of a televised tie. Half of the Tyne Bank Park terraces had been built by volunteers in the summer.
O nonprofit Football Association
O nonprofit FA
O team Haltwhistle
F money £45,000
F fraction Half
L facility Tyne Bank Park
> A Borough committee member, who asked not to be named, said the money would go on new floodlights. “We’ve been raising money for them since 2038. Now we can buy them twice over,” he said.
O team Borough
Q direct - :: “We’ve been raising money for them since 2038. Now we can buy them twice over,”
F date 2038
> Leeds will learn their fourth-round opponents when the draw is made at 7pm on Monday.
O team Leeds
F time 7pm
'''

ARTICLES['1595-hoshikawa-motor-ev-battery-plant-karawang-indonesia-nickel-nikkei-asia'] = r'''
> Automobiles
> Japan's Hoshikawa Motor opens $1.3bn EV battery plant in Indonesia
L country Japan
O company Hoshikawa Motor
F money $1.3bn
L country Indonesia
> Carmaker bets on local nickel as it races Chinese rivals for Southeast Asian buyers
> RINA KUSUMAWATI and DAISUKE OKABE, Nikkei staff writers
P full RINA KUSUMAWATI
P full DAISUKE OKABE
O media Nikkei
> May 21, 2042 17:30 JST
F date May 21, 2042
F time 17:30 JST
> Hoshikawa Motor's new plant in Karawang, West Java, will supply cells for three electric models from 2043. (Photo by Rina Kusumawati)
O company Hoshikawa Motor
L city Karawang
L region West Java
F number three
F date 2043
P full Rina Kusumawati
> JAKARTA -- Japanese carmaker Hoshikawa Motor on Wednesday opened a $1.3 billion electric vehicle battery plant in Karawang, east of Jakarta, its first outside Japan, as it moves to secure Indonesian nickel and catch up with Chinese rivals in Southeast Asia.
L city JAKARTA
O company Hoshikawa Motor
F money $1.3 billion
L city Karawang
L city Jakarta
L country Japan
L region Southeast Asia
> The plant, built with local partner PT Sinar Baterai Nusantara on 48 hectares, will start with a capacity of 8 gigawatt-hours (GWh) a year, enough for about 110,000 cars, and expand to 20 GWh by 2046, the company said. It will employ 2,400 people at full output.
O company PT Sinar Baterai Nusantara
F quantity 48 hectares
F quantity 8 gigawatt-hours
F number 110,000
F quantity 20 GWh
F date 2046
F number 2,400
> Construction took 22 months, and about 70% of the plant's equipment came from Japanese and South Korean suppliers, the company said.
F duration 22 months
F percent 70%
> "Indonesia has the nickel, the workers and a car market of 280 million people. For us, this is not a factory, it is a foothold," said Kenji Morisawa, Hoshikawa's chief executive for Asia, at the opening ceremony.
Q direct Kenji Morisawa :: "Indonesia has the nickel, the workers and a car market of 280 million people. For us, this is not a factory, it is a foothold,"
L country Indonesia
F number 280 million
P full Kenji Morisawa
O company Hoshikawa
L continent Asia
> Morisawa, 56, said the company would buy 30,000 tonnes of nickel a year from processors in Morowali, Central Sulawesi, about 1,900 km from the plant, under contracts running for 10 years.
P partial Morisawa
F age 56
F quantity 30,000 tonnes
L region Morowali
L region Central Sulawesi
F quantity 1,900 km
F duration 10 years
> Investment Minister Bayu Hartanto said the plant proved the value of the government's "downstreaming" drive, under which Indonesia has banned exports of raw nickel ore since 2020.
P full Bayu Hartanto
Q scare - :: "downstreaming"
L country Indonesia
F date 2020
> "A decade ago we sold ore on ships. Today we sell batteries, and soon we will sell cars," Hartanto said.
Q direct Bayu Hartanto :: "A decade ago we sold ore on ships. Today we sell batteries, and soon we will sell cars,"
P partial Hartanto
> The Ministry of Investment said foreign direct investment in battery and EV projects reached 142 trillion rupiah ($8.7 billion) in 2041, up 31% from a year earlier.
O government Ministry of Investment
F money 142 trillion rupiah
F money $8.7 billion
F date 2041
F percent 31%
> "Hoshikawa is late, but not too late," said Putri Andriani, a metals analyst at Jakarta-based brokerage Mandala Sekuritas. "Chinese groups control roughly three-quarters of Indonesia's nickel processing. A Japanese buyer with long-term contracts gives the smelters some 'leverage they haven't had.'"
Q direct Putri Andriani :: "Hoshikawa is late, but not too late,"
O company Hoshikawa
P full Putri Andriani
L city Jakarta
O company Mandala Sekuritas
Q direct Putri Andriani :: "Chinese groups control roughly three-quarters of Indonesia's nickel processing. A Japanese buyer with long-term contracts gives the smelters some 'leverage they haven't had.'"
F fraction three-quarters
L country Indonesia
> She noted that nickel on the London Metal Exchange had fallen 18% over 12 months to about $15,200 a tonne, which has pushed several smaller smelters in Sulawesi to cut output.
O company London Metal Exchange
F percent 18%
F duration 12 months
F money $15,200
L geo Sulawesi
> A Hoshikawa executive, speaking on condition of anonymity, said the company had looked at Thailand before settling on Indonesia. "Thailand has the suppliers. Indonesia has the metal," the executive said.
O company Hoshikawa
L country Thailand
L country Indonesia
Q direct - :: "Thailand has the suppliers. Indonesia has the metal,"
L country Thailand
L country Indonesia
> Hoshikawa shares rose 2.4% in Tokyo on Wednesday to 3,185 yen. The company aims to sell 60,000 EVs in the region in fiscal 2044, up from fewer than 9,000 last fiscal year, and will add a second line at Karawang in 18 months if demand holds.
O company Hoshikawa
F percent 2.4%
L city Tokyo
F money 3,185 yen
F number 60,000
F date 2044
F number 9,000
L city Karawang
F duration 18 months
'''

ARTICLES['1596-vail-pass-avalanche-kills-two-boulder-skiers-colorado-deaths-summit-county-denver-post'] = r'''
> Colorado News
L region Colorado
> Two skiers killed near Vail Pass push Colorado avalanche deaths to 11 this season
F number Two
L geo Vail Pass
L region Colorado
F number 11
> Summit County sheriff urges backcountry users to stay off steep slopes after 4 feet of new snow
L region Summit County
F quantity 4 feet
> By Nathan Kessler | nkessler@denverpost.com | The Denver Post
P full Nathan Kessler
O media The Denver Post
> PUBLISHED: February 17, 2043 at 5:45 a.m. MT | UPDATED: February 17, 2043 at 9:20 a.m. MT
F date February 17, 2043
F time 5:45 a.m. MT
F date February 17, 2043
F time 9:20 a.m. MT
> Members of Summit County Rescue Group probe avalanche debris below Uneva Peak on Feb. 15, 2043. (Photo by Alicia Brennan-Ortiz/The Denver Post)
O nonprofit Summit County Rescue Group
L geo Uneva Peak
F date Feb. 15, 2043
P full Alicia Brennan-Ortiz
O media The Denver Post
> FRISCO — Two backcountry skiers from Boulder were killed Sunday afternoon in an avalanche near Vail Pass, bringing Colorado's death toll this season to 11, the highest since the 2020-21 winter, when 12 people died.
L city FRISCO
F number Two
L city Boulder
L geo Vail Pass
L region Colorado
F number 11
F date 2020-21
F number 12
> The slide, about 300 feet wide and 3 feet deep, broke on a northeast-facing slope at 11,800 feet in a steep gully known to locals as "the Chute" and ran 1,000 vertical feet into the trees, according to the Colorado Avalanche Information Center.
F quantity 300 feet
F quantity 3 feet
F quantity 11,800 feet
Q scare - :: "the Chute"
F quantity 1,000 vertical feet
O government Colorado Avalanche Information Center
> "We have a weak layer of sugary snow from November buried under four feet of new snow. That combination is about as dangerous as it gets in Colorado," said Megan Halvorsen, a forecaster with the CAIC.
Q direct Megan Halvorsen :: "We have a weak layer of sugary snow from November buried under four feet of new snow. That combination is about as dangerous as it gets in Colorado,"
F quantity four feet
L region Colorado
P full Megan Halvorsen
O government CAIC
> Halvorsen said the center had rated the danger high or considerable on 19 of the past 24 days in the Vail and Summit County zone, and she expected it to stay that way through Feb. 22.
P partial Halvorsen
F number 19
F duration 24 days
L city Vail
L region Summit County
F date Feb. 22
> The Summit County Coroner's Office identified the victims as Eli Navarro, 34, and Tessa Lindqvist, 31, both of Boulder. Summit County Sheriff Dana Whitlock said the pair were experienced and carried beacons, shovels and probes.
O government Summit County Coroner's Office
P full Eli Navarro
F age 34
P full Tessa Lindqvist
F age 31
L city Boulder
L region Summit County
P full Dana Whitlock
> "Gear doesn't save you if you're on the wrong slope. We had them out in 40 minutes, and it wasn't fast enough," Whitlock said.
Q direct Dana Whitlock :: "Gear doesn't save you if you're on the wrong slope. We had them out in 40 minutes, and it wasn't fast enough,"
F duration 40 minutes
P partial Whitlock
> Navarro's brother, Marcus Navarro, spoke by phone from Longmont. "Eli skied that bowl maybe 100 times. He called it 'my backyard.' I keep thinking about that," he said.
P partial Navarro
P full Marcus Navarro
L city Longmont
Q direct Marcus Navarro :: "Eli skied that bowl maybe 100 times. He called it 'my backyard.' I keep thinking about that,"
P partial Eli
F number 100
> Inside the boundaries at Vail Mountain, ski patroller Josh Teague said crews had thrown more than 300 explosive charges since Thursday to release slides before the lifts opened.
L facility Vail Mountain
P full Josh Teague
F number 300
> "We're basically bombing the mountain every morning from 6 a.m.," Teague said. "Inside the ropes we control it. Out there, nobody does."
Q direct Josh Teague :: "We're basically bombing the mountain every morning from 6 a.m.,"
F time 6 a.m.
P partial Teague
Q direct Josh Teague :: "Inside the ropes we control it. Out there, nobody does."
> A rescuer who helped dig out the pair, and who asked not to be named because he was not authorized to speak, said: "They were gone before we got there. All of us knew it on the way up."
Q direct - :: "They were gone before we got there. All of us knew it on the way up."
> Vail Pass recorded 52 inches of snow in the week ending Sunday, and the Colorado Department of Transportation (CDOT) closed Interstate 70 between Copper Mountain and Vail for two hours Monday for avalanche control.
L geo Vail Pass
F quantity 52 inches
O government Colorado Department of Transportation
O government CDOT
L street Interstate 70
L facility Copper Mountain
L city Vail
F duration two hours
> Colorado averages about six avalanche deaths a winter, according to CAIC records that go back to 1950-51, and accounts for roughly a third of U.S. avalanche fatalities.
L region Colorado
F number six
O government CAIC
F date 1950-51
F fraction a third
L country U.S.
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
