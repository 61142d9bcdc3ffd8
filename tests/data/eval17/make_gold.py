#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval17 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval17/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['145-council-tax-revaluation-revolt'] = r'''
> Politics
> Chancellor faces revolt as Labour MPs call council tax shake-up ‘a tax on the north’
Q direct Joanna Bolton :: ‘a tax on the north’
> Helen Marchbank to press ahead with first revaluation since 1991 despite warnings from 40 backbenchers and the Institute for Fiscal Studies
P full Helen Marchbank
F date 1991
F number 40
O nonprofit Institute for Fiscal Studies
> Peter Halloran Political correspondent
P full Peter Halloran
> Wed 12 Mar 2031 18.05 GMT
F date 12 Mar 2031
F time 18.05 GMT
> The chancellor, Helen Marchbank, leaves 11 Downing Street on Wednesday before her statement to MPs. Photograph: Ruth Adeyemi-Clarke/PA
P full Helen Marchbank
L address 11 Downing Street
P full Ruth Adeyemi-Clarke
O media PA
> Helen Marchbank has vowed to press ahead with the first revaluation of council tax in England for four decades, despite a warning from 40 Labour MPs that the shake-up would hit households in the north and the Midlands hardest.
P full Helen Marchbank
L country England
F duration four decades
F number 40
L region Midlands
> In a letter to the chancellor seen by the Guardian, the MPs write that replacing property values set on 1 April 1991 with new valuations from April 2033 would “punish the places that have waited longest for investment”, and urge her to delay the change until after the next general election.
O media Guardian
F date 1 April 1991
F date April 2033
Q direct - :: “punish the places that have waited longest for investment”
> The letter was organised by Joanna Bolton, the Labour MP for Stockton North, who has warned ministers privately for months that the plan could cost the party seats in its northern heartlands.
P full Joanna Bolton
L region Stockton North
> “It is a tax on the north, plain and simple,” Bolton told the Guardian. “My constituents in Billingham and Norton will be asked to pay more so that people in Surrey and Buckinghamshire can pay less. I cannot vote for that, and I know at least 30 colleagues who feel the same.”
Q direct Joanna Bolton :: “It is a tax on the north, plain and simple,”
P partial Bolton
O media Guardian
Q direct Joanna Bolton :: “My constituents in Billingham and Norton will be asked to pay more so that people in Surrey and Buckinghamshire can pay less. I cannot vote for that, and I know at least 30 colleagues who feel the same.”
L city Billingham
L city Norton
L region Surrey
L region Buckinghamshire
F number 30
> Marchbank told the Commons on Wednesday that the current system was “indefensible”, pointing out that a three-bedroom semi in Blackpool valued at £95,000 today can attract a higher bill than a £1.2m flat in Westminster.
P partial Marchbank
O government Commons
Q direct Helen Marchbank :: “indefensible”
F number three
L city Blackpool
F money £95,000
F money £1.2m
L city Westminster
> She added: “A family in Hartlepool should not be subsidising a penthouse in Kensington. That is what the 1991 list does, every single year, and I am not prepared to defend it any longer.”
Q direct Helen Marchbank :: “A family in Hartlepool should not be subsidising a penthouse in Kensington. That is what the 1991 list does, every single year, and I am not prepared to defend it any longer.”
L city Hartlepool
L city Kensington
F date 1991
> The Office for Budget Responsibility (OBR) estimates that the new system would raise roughly the same £46bn a year as the old one, but that about 9.5 million homes would move up at least one band and 7.8 million would move down. The OBR expects 6.1 million to stay where they are.
O government Office for Budget Responsibility
O government OBR
F money £46bn
F number 9.5 million
F number one
F number 7.8 million
O government OBR
F number 6.1 million
> Analysis by the Institute for Fiscal Studies (IFS) suggests that the average bill in the North East would rise by £186 a year, or 9.4%, while households in London would pay £240 less.
O nonprofit Institute for Fiscal Studies
O nonprofit IFS
L region North East
F money £186
F percent 9.4%
L city London
F money £240
> Dr Priya Wadhwani, a senior research economist at the IFS, said a long transition was essential. “If you revalue overnight, you risk a repeat of the poll tax,” she said. “Transitional relief phased in over three to five years would cost the Treasury about £2.3bn, but it would take the sting out of it.”
P full Priya Wadhwani
O nonprofit IFS
Q direct Priya Wadhwani :: “If you revalue overnight, you risk a repeat of the poll tax,”
Q direct Priya Wadhwani :: “Transitional relief phased in over three to five years would cost the Treasury about £2.3bn, but it would take the sting out of it.”
F duration three
F duration five years
O government Treasury
F money £2.3bn
> The shadow chancellor, Oliver Pennick, said the Conservatives would vote against the bill at its second reading on 25 March. “The chancellor is asking 9.5 million families to take a leap in the dark at a time when they can least afford it,” Pennick said.
P full Oliver Pennick
O party Conservatives
F date 25 March
Q direct Oliver Pennick :: “The chancellor is asking 9.5 million families to take a leap in the dark at a time when they can least afford it,”
F number 9.5 million
P partial Pennick
> The Liberal Democrats, who want council tax replaced by a levy on land values, called the revaluation “a start, but only a start”.
O party Liberal Democrats
Q direct Liberal Democrats :: “a start, but only a start”
> Downing Street said the prime minister had “full confidence” in Marchbank, and Labour’s majority of 94 means the bill is likely to pass even if Bolton and her allies rebel.
O government Downing Street
Q direct Downing Street :: “full confidence”
P partial Marchbank
O party Labour
F number 94
P partial Bolton
> In the Lords, the former local government minister Lord Harwood warned that ministers had “no mandate” for the change, while Dame Cecily Aumont, who chaired a 2019 review of local government finance, told BBC Radio 4 that the bands themselves were the problem.
O government Lords
P partial Harwood
Q direct Harwood :: “no mandate”
P full Cecily Aumont
F date 2019
O media BBC Radio 4
> The top band, H, starts at £320,000 in 1991 values. “The real injustice is that a £10m house in Belgravia sits in the same band as a £330,000 semi in Surbiton,” Aumont said.
F money £320,000
F date 1991
Q direct Cecily Aumont :: “The real injustice is that a £10m house in Belgravia sits in the same band as a £330,000 semi in Surbiton,”
F money £10m
L city Belgravia
F money £330,000
L city Surbiton
P partial Aumont
> The Valuation Office Agency (VOA) would need 18 months and about 2,400 extra staff to value England’s 25.4 million homes, according to Treasury documents published alongside the bill. Bills in Wales, which revalued in 2005, are unaffected.
O government Valuation Office Agency
O government VOA
F duration 18 months
F number 2,400
L country England
F number 25.4 million
O government Treasury
L country Wales
F date 2005
> A Treasury spokesperson said: “No household’s bill will change before April 2033, and every council will have at least 12 months’ notice of its new tax base.”
O government Treasury
Q direct - :: “No household’s bill will change before April 2033, and every council will have at least 12 months’ notice of its new tax base.”
F date April 2033
F duration 12 months
'''

ARTICLES['146-surat-diamond-polishing-slump'] = r'''
> Economy
> Surat Diamond Units Cut Shifts as US Tariff, Lab-Grown Stones Squeeze Exports
L city Surat
L country US
> Polished diamond exports fall 18.6% to $3.1 billion in five months; industry seeks ₹2,500-crore relief from New Delhi and Gandhinagar
F percent 18.6%
F money $3.1 billion
F duration five months
F money ₹2,500-crore
L city New Delhi
L city Gandhinagar
> NIRAV JOSHI
P full NIRAV JOSHI
> SURAT
L city SURAT
> Updated - September 18, 2030 at 09:42 pm IST
F date September 18, 2030
F time 09:42 pm IST
> Artisans polish diamonds at a unit in Surat’s Varachha area. (Photo: Hetal Vaghela/PTI)
L city Surat
L city Varachha
P full Hetal Vaghela
O media PTI
> Diamond polishing units in Surat have cut working hours and laid off an estimated 42,000 artisans since May, as a 25% US tariff on cut and polished stones and a flood of cheaper lab-grown gems hit demand in the industry’s biggest market. The sector employs about 8 lakh people in Surat district.
L city Surat
F number 42,000
F percent 25%
L country US
F number 8 lakh
L region Surat
> According to the Gem and Jewellery Export Promotion Council (GJEPC), India’s exports of cut and polished diamonds fell 18.6% year-on-year to $3.1 billion in the five months to August, the lowest for the period since 2009.
O nonprofit Gem and Jewellery Export Promotion Council
O nonprofit GJEPC
L country India
F percent 18.6%
F money $3.1 billion
F duration five months
F date 2009
> “Units that ran two shifts are now running a single shift, and many are working only four days a week,” said Bhavesh Savani, president of the Surat Diamond Polishers’ Association (SDPA), which represents about 3,800 small and mid-sized units. “A ratnakalakar who earned Rs 22,000 a month last year is lucky to take home Rs 14,000 now.”
Q direct Bhavesh Savani :: “Units that ran two shifts are now running a single shift, and many are working only four days a week,”
F number two
F duration four days
P full Bhavesh Savani
O nonprofit Surat Diamond Polishers’ Association
O nonprofit SDPA
F number 3,800
Q direct Bhavesh Savani :: “A ratnakalakar who earned Rs 22,000 a month last year is lucky to take home Rs 14,000 now.”
F money Rs 22,000
F money Rs 14,000
> The SDPA has asked the Gujarat government for a ₹1,200-crore interest subsidy on working-capital loans, and the Union commerce ministry for another ₹1,300 crore to refund duties paid on imported rough diamonds, Mr. Savani said.
O nonprofit SDPA
L region Gujarat
F money ₹1,200-crore
F money ₹1,300 crore
P partial Savani
> The 25% duty, imposed by Washington in April, applies to polished stones above 0.5 carat. The US buys about a third of India’s polished diamonds by value.
F percent 25%
L city Washington
F quantity 0.5 carat
L country US
F fraction a third
L country India
> Big exporters are faring somewhat better. Harikrupa Gems Ltd, which employs 6,200 people at its factories in Surat and Navsari, said in a filing to the BSE on Tuesday that revenue for the April-June quarter fell 11.4% to ₹1,846 crore, while net profit slumped 38% to ₹97.5 crore.
O company Harikrupa Gems Ltd
F number 6,200
L city Surat
L city Navsari
O company BSE
F percent 11.4%
F money ₹1,846 crore
F percent 38%
F money ₹97.5 crore
> “We have moved 30% of our capacity to lab-grown stones in the last 18 months, and that has cushioned us,” Harikrupa’s managing director Ketan Mehta told businessline. “But I have not seen a slump like this in natural diamonds since 2008.”
Q direct Ketan Mehta :: “We have moved 30% of our capacity to lab-grown stones in the last 18 months, and that has cushioned us,”
F percent 30%
F duration 18 months
O company Harikrupa
P full Ketan Mehta
O media businessline
Q direct Ketan Mehta :: “But I have not seen a slump like this in natural diamonds since 2008.”
F date 2008
> Lab-grown stones, which are made in reactors in a few weeks rather than mined, now sell for about $280 a carat wholesale in the one-carat size, against $4,000 to $5,500 for a comparable natural gem, according to Mumbai-based consultancy Carat Analytics Pvt Ltd.
F money $280
F quantity one-carat
F money $4,000
F money $5,500
L city Mumbai
O company Carat Analytics Pvt Ltd
> The slump has spread beyond the workshops. Rents in the Mini Bazar and Mahidharpura diamond markets have fallen by a fifth since January, brokers said, and the Surat Diamond Bourse, the ₹3,400-crore trading hub inaugurated in December 2023, is still only partly occupied.
L facility Mini Bazar
L facility Mahidharpura
F fraction a fifth
L facility Surat Diamond Bourse
F money ₹3,400-crore
F date December 2023
> Workers’ groups say the human cost is mounting. The Ratnakalakar Vikas Sangh, a workers’ welfare group, said its helpline received 1,150 calls in August alone, most of them from polishers unable to repay loans.
O nonprofit Ratnakalakar Vikas Sangh
F number 1,150
> “People took loans of ₹2 lakh or ₹3 lakh to marry off a daughter or build a house, assuming the work would always be there,” said Jayshree Patel, 46, a former polisher who now volunteers for the sangh in Katargam. “Now they cannot pay even the interest.”
Q direct Jayshree Patel :: “People took loans of ₹2 lakh or ₹3 lakh to marry off a daughter or build a house, assuming the work would always be there,”
F money ₹2 lakh
F money ₹3 lakh
P full Jayshree Patel
F age 46
L city Katargam
Q direct Jayshree Patel :: “Now they cannot pay even the interest.”
> Gujarat’s industries minister, Rameshbhai Vasava, said on Monday that the State was examining the SDPA’s request and would announce a decision “within two to three weeks”.
L region Gujarat
P full Rameshbhai Vasava
O nonprofit SDPA
Q direct Rameshbhai Vasava :: “within two to three weeks”
F duration two
F duration three weeks
> In New Delhi, a commerce ministry official, who asked not to be named, said India was negotiating with Washington for a lower tariff on stones under 1 carat, but cautioned that “nothing is final”.
L city New Delhi
L country India
L city Washington
F quantity 1 carat
Q direct - :: “nothing is final”
> The GJEPC said exports to the UAE and Hong Kong rose 7.2% and 4.9% respectively over the five months, helped by the India-UAE trade pact, and that it would lead a 60-member delegation of exporters to Riyadh in November.
O nonprofit GJEPC
L country UAE
L city Hong Kong
F percent 7.2%
F percent 4.9%
F duration five months
L country India
L country UAE
F number 60
L city Riyadh
> For Mr. Savani, relief cannot come soon enough. “Diwali is six weeks away. In a normal year, this is when we hire,” he said. “This year, we are praying.”
P partial Savani
Q direct Bhavesh Savani :: “Diwali is six weeks away. In a normal year, this is when we hire,”
F duration six weeks
Q direct Bhavesh Savani :: “This year, we are praying.”
'''

ARTICLES['147-br-319-amazon-highway-paving'] = r'''
> Paving of Amazon’s BR-319 highway resumes as Indigenous leaders warn of ‘a new arc of deforestation’
L geo Amazon
L street BR-319
Q direct Zenilda Apurinã :: ‘a new arc of deforestation’
> by Luana Siqueira on 2 June 2030
P full Luana Siqueira
F date 2 June 2030
> Key Ideas
> Brazil’s federal road agency has signed contracts worth 1.38 billion reais ($265 million) to pave the first 52 kilometers of the BR-319’s 405-km “middle section,” which runs through some of the most intact forest in the Amazon.
L country Brazil
F money 1.38 billion reais
F money $265 million
F quantity 52 kilometers
L street BR-319
F quantity 405-km
Q scare - :: “middle section,”
L geo Amazon
> Indigenous and riverside communities along the Purus and Madeira rivers say they were not consulted, as ILO Convention 169 requires, and federal prosecutors have asked a court in Manaus to suspend the works.
L geo Purus
L geo Madeira
L city Manaus
> Satellite data show deforestation alerts within 20 km of the road rose 41% in the 12 months to April.
F quantity 20 km
F percent 41%
F duration 12 months
> The BR-319 near Humaitá, in southern Amazonas state, where the asphalt ends and the dirt track through the forest begins. Image by Caio Menezes for Mongabay.
L street BR-319
L city Humaitá
L region Amazonas
P full Caio Menezes
O media Mongabay
> For six months of every year, the 885-kilometer (550-mile) BR-319, which links Manaus, the capital of Amazonas state, to Porto Velho in Rondônia, is little more than a ribbon of red mud. In the rainy season, trucks can take two weeks to cross it.
F duration six months
F quantity 885-kilometer
F quantity 550-mile
L street BR-319
L city Manaus
L region Amazonas
L city Porto Velho
L region Rondônia
F duration two weeks
> That is about to change. On May 21, Brazil’s National Department of Transport Infrastructure (Departamento Nacional de Infraestrutura de Transportes, or DNIT) signed contracts with two construction consortiums to pave the first 52 km of the highway’s 405-km middle stretch, which was abandoned to the forest within a decade of the military government opening the road in 1976.
F date May 21
L country Brazil
O government National Department of Transport Infrastructure
O government Departamento Nacional de Infraestrutura de Transportes
O government DNIT
F number two
F quantity 52 km
F quantity 405-km
F date 1976
> At a signing ceremony in Manaus, Transport Minister Otávio Lacerda Brandão called the paving “a debt the country owes to the people of Amazonas.” “Nobody in São Paulo would accept being cut off from the rest of the country for half of every year,” he said.
L city Manaus
P full Otávio Lacerda Brandão
Q direct Otávio Lacerda Brandão :: “a debt the country owes to the people of Amazonas.”
L region Amazonas
Q direct Otávio Lacerda Brandão :: “Nobody in São Paulo would accept being cut off from the rest of the country for half of every year,”
L city São Paulo
F fraction half
> Environmental groups see it differently. The federal environmental agency Ibama granted the project a preliminary license in 2022, but conditions attached to it – including new protected areas and permanent enforcement posts along the road – have not been met, according to Observatório do Clima, a network of more than 130 civil society groups.
O government Ibama
F date 2022
O nonprofit Observatório do Clima
F number 130
> The Ministry of Environment and Climate Change (Ministério do Meio Ambiente e Mudança do Clima, MMA) said in a statement to Mongabay that licenses for the remaining sections would depend on “strict compliance” with those conditions.
O government Ministry of Environment and Climate Change
O government Ministério do Meio Ambiente e Mudança do Clima
O government MMA
O media Mongabay
Q direct Ministry of Environment and Climate Change :: “strict compliance”
> ‘It brings the land-grabbers’
Q direct Zenilda Apurinã :: ‘It brings the land-grabbers’
> “The road does not bring the state. It brings the land-grabbers, the loggers and the fires,” said Zenilda Apurinã, coordinator of the Organization of Indigenous Peoples of the Middle Purus (OPIMP), which represents 19 Apurinã and Paumari villages around the town of Lábrea. “What is coming is a new arc of deforestation, and we will be in the middle of it.”
Q direct Zenilda Apurinã :: “The road does not bring the state. It brings the land-grabbers, the loggers and the fires,”
P full Zenilda Apurinã
O nonprofit Organization of Indigenous Peoples of the Middle Purus
O nonprofit OPIMP
F number 19
L city Lábrea
Q direct Zenilda Apurinã :: “What is coming is a new arc of deforestation, and we will be in the middle of it.”
> Zenilda said that since the contracts were announced, outsiders had begun marking out plots with GPS devices inside an area her community has been trying to have recognized for 14 years. Funai, the National Foundation of Indigenous Peoples, has yet to demarcate the area, which the Apurinã call Igarapé Paiol.
P partial Zenilda
F duration 14 years
O government Funai
O government National Foundation of Indigenous Peoples
L region Igarapé Paiol
> Data from Brazil’s National Institute for Space Research (INPE) show that deforestation alerts within 20 km of the BR-319 rose 41% in the 12 months to April, to 1,287 square kilometers – an area about the size of the city of Rio de Janeiro.
L country Brazil
O government National Institute for Space Research
O government INPE
F quantity 20 km
L street BR-319
F percent 41%
F duration 12 months
F quantity 1,287 square kilometers
L city Rio de Janeiro
> “Every paved road in the Amazon has been followed by the same sequence: first the side roads, then the cattle, then the fire,” said Lucas Ferraz Albuquerque, an ecologist at the Federal University of Amazonas (UFAM) who has studied the highway since 2015.
Q direct Lucas Ferraz Albuquerque :: “Every paved road in the Amazon has been followed by the same sequence: first the side roads, then the cattle, then the fire,”
L geo Amazon
P full Lucas Ferraz Albuquerque
O education Federal University of Amazonas
O education UFAM
F date 2015
> Albuquerque’s team has mapped 3,400 km of illegal branch roads, known locally as “ramais,” running off the highway. Their model suggests up to 1.6 million hectares could be cleared within 40 km of the road by 2050 if paving goes ahead without new protected areas.
P partial Albuquerque
F quantity 3,400 km
Q scare - :: “ramais,”
F quantity 1.6 million hectares
F quantity 40 km
F date 2050
> On May 28, the Federal Public Prosecutor’s Office (MPF) asked a federal court in Manaus to suspend the contracts, arguing that communities along the route had not been given free, prior and informed consultation. A ruling is expected within 30 days.
F date May 28
O government Federal Public Prosecutor’s Office
O government MPF
L city Manaus
F duration 30 days
> DNIT said the contracts include 118 wildlife crossings and 96 million reais for environmental monitoring, and that the agency “respects the decisions of the courts.”
O government DNIT
F number 118
F money 96 million reais
Q direct National Department of Transport Infrastructure :: “respects the decisions of the courts.”
> In Humaitá, many residents back the road. “My mother died on the way to hospital in Porto Velho because the ferry over the Madeira was closed,” said Edinaldo Rocha, 52, who runs a boat repair shop by the river. “People in Brasília and in Europe talk about the forest. We are the ones who live here.”
L city Humaitá
Q direct Edinaldo Rocha :: “My mother died on the way to hospital in Porto Velho because the ferry over the Madeira was closed,”
L city Porto Velho
L geo Madeira
P full Edinaldo Rocha
F age 52
Q direct Edinaldo Rocha :: “People in Brasília and in Europe talk about the forest. We are the ones who live here.”
L city Brasília
L continent Europe
> The first lot is due to be finished by December 2032 at a cost of about 26 million reais ($5 million) per kilometer, according to DNIT.
F date December 2032
F money 26 million reais
F money $5 million
O government DNIT
'''

ARTICLES['148-tessellate-laser-weeding-robots'] = r'''
> Tessellate raises $86M to put laser weeding robots on farms from California to Iowa
O company Tessellate
F money $86M
L region California
L region Iowa
> Dana Whitfield
P full Dana Whitfield
> 9:00 AM PDT · October 14, 2030
F time 9:00 AM PDT
F date October 14, 2030
> A Tessellate Verdant robot working a lettuce field near Salinas, California. Image Credits: Tessellate Robotics
L city Salinas
L region California
O company Tessellate Robotics
> Tessellate Robotics, an Oakland-based startup that builds solar-powered robots that kill weeds with lasers, has raised $86 million in a Series B round led by Fallowfield Ventures, the company told TechCrunch.
O company Tessellate Robotics
L city Oakland
F money $86 million
O company Fallowfield Ventures
O media TechCrunch
> Existing investors Greyline Capital and Y Combinator also joined the round, along with Prairie Harvest Cooperative, a grain and farm-supply co-op based in Lincoln, Nebraska.
O company Greyline Capital
O company Y Combinator
O company Prairie Harvest Cooperative
L city Lincoln
L region Nebraska
> The round values the company, which was founded in 2026, at $610 million after the investment, according to a person familiar with the deal – more than three times its valuation at its Series A in 2028. A Form D filed with the Securities and Exchange Commission (SEC) on Friday shows $86.4 million raised from 14 investors.
F date 2026
F money $610 million
F number three
F date 2028
O government Securities and Exchange Commission
O government SEC
F money $86.4 million
F number 14
> Co-founder and CEO Arjun Malhotra-Reyes announced the round in a LinkedIn post on Monday morning.
P full Arjun Malhotra-Reyes
O company LinkedIn
> Tessellate’s flagship robot, the Verdant, is about the size of a golf cart. It uses 12 cameras and an onboard Nvidia chip to tell crops from weeds, then kills the weeds with millisecond bursts from a 150-watt laser. The company says each unit can clear up to 4 acres a day and does the work of as many as 30 hand weeders.
O company Tessellate
F number 12
O company Nvidia
F quantity 150-watt
F quantity 4 acres
F number 30
> “Herbicides are getting less effective every season, and labor is getting harder to find. Lasers solve both problems,” said Malhotra-Reyes, who previously led perception engineering at a self-driving truck company. “We are not selling a science project anymore. We have paying customers in nine states.”
Q direct Arjun Malhotra-Reyes :: “Herbicides are getting less effective every season, and labor is getting harder to find. Lasers solve both problems,”
P partial Malhotra-Reyes
Q direct Arjun Malhotra-Reyes :: “We are not selling a science project anymore. We have paying customers in nine states.”
F number nine
> Tessellate has sold or leased 240 robots since it began commercial deliveries in March 2029, he said, most of them to vegetable growers in California’s Salinas Valley and Imperial County. Leases start at $18,500 per season. Malhotra-Reyes declined to disclose revenue but said bookings had grown 220% from a year earlier.
O company Tessellate
F number 240
F date March 2029
L region California
L geo Salinas Valley
L region Imperial County
F money $18,500
P partial Malhotra-Reyes
F percent 220%
> The new money will go mainly toward a second-generation robot for row crops such as corn and soybeans, which are planted far more densely than lettuce or onions. Chief technology officer Sofia Brandt-Lindqvist put the challenge bluntly: “A lettuce field has maybe 30,000 plants an acre. A soybean field has 140,000. The vision problem gets a lot harder.”
P full Sofia Brandt-Lindqvist
Q direct Sofia Brandt-Lindqvist :: “A lettuce field has maybe 30,000 plants an acre. A soybean field has 140,000. The vision problem gets a lot harder.”
F number 30,000
F number 140,000
> Brandt-Lindqvist, who spent six years at Google working on image recognition, said the team had cut the robot’s decision time from 40 milliseconds to 9 milliseconds per plant, which lets it drive at 5 mph instead of 1.5 mph.
P partial Brandt-Lindqvist
F duration six years
O company Google
F duration 40 milliseconds
F duration 9 milliseconds
F quantity 5 mph
F quantity 1.5 mph
> The company plans to double its headcount to about 260 by the end of 2031 and open an engineering office in Des Moines, Iowa, to be closer to customers in the Midwest. It builds its robots at a 95,000-square-foot factory in Fresno.
F number 260
F date 2031
L city Des Moines
L region Iowa
L region Midwest
F quantity 95,000-square-foot
L city Fresno
> “What convinced us was the unit economics,” said Hannah Oduya, a general partner at Fallowfield who will join Tessellate’s board. “A grower in the Central Valley pays back the robot in under 18 months. That is very rare for farm equipment.”
Q direct Hannah Oduya :: “What convinced us was the unit economics,”
P full Hannah Oduya
O company Fallowfield
O company Tessellate
Q direct Hannah Oduya :: “A grower in the Central Valley pays back the robot in under 18 months. That is very rare for farm equipment.”
L geo Central Valley
F duration 18 months
> Tessellate is not the only company betting on lasers. Seattle-based Carbon Robotics sells a laser weeder that is pulled behind a tractor, and John Deere has spent heavily on camera-guided spraying. Malhotra-Reyes argues that a self-driving, solar-powered machine is cheaper to run: a Verdant uses no diesel and can work through the night.
O company Tessellate
L city Seattle
O company Carbon Robotics
O company John Deere
P partial Malhotra-Reyes
> The startup has also caught the attention of lawmakers in Sacramento. State Sen. Laura Whitcombe, a Democrat from Fresno, has introduced a bill that would give growers a tax credit of up to 25% on autonomous weeding equipment. “If we want to cut pesticide use by 50% by 2035, we have to make the alternatives affordable,” Whitcombe said in a statement last week.
L city Sacramento
P full Laura Whitcombe
L city Fresno
F percent 25%
Q direct Laura Whitcombe :: “If we want to cut pesticide use by 50% by 2035, we have to make the alternatives affordable,”
F percent 50%
F date 2035
P partial Whitcombe
> Tessellate, which has now raised $131 million in total, expects to turn a profit in 2032. Asked about a possible IPO, Malhotra-Reyes laughed: “Ask me in two years.”
O company Tessellate
F money $131 million
F date 2032
P partial Malhotra-Reyes
Q direct Arjun Malhotra-Reyes :: “Ask me in two years.”
F duration two years
'''

ARTICLES['149-akita-bear-attacks-ai-cameras'] = r'''
> Akita to deploy AI cameras and contract hunters as bear attacks hit record
L region Akita
> KYODO
O media KYODO
> Nov 5, 2030
F date Nov 5, 2030
> A black bear is caught on a motion-sensor camera in a persimmon orchard in Kitaakita, Akita Prefecture, on Oct 28. | KYODO
L city Kitaakita
L region Akita Prefecture
F date Oct 28
O media KYODO
> AKITA – Akita Prefecture will install artificial intelligence-equipped cameras at 320 locations and hire 80 contract hunters after bears killed three people and injured 61 in the prefecture this year, the highest toll since records began in 2006, officials said Tuesday.
L city AKITA
L region Akita Prefecture
F number 320
F number 80
F number three
F number 61
F date 2006
> The prefectural government said it would draw ¥1.2 billion (about $7.9 million) from its reserves for the measures, which also include electric fencing around 45 elementary and junior high schools and subsidies for residents who cut down unharvested persimmon and chestnut trees.
F money ¥1.2 billion
F money $7.9 million
F number 45
> Bear sightings in Akita reached 4,870 between April and October, more than double the 2,341 recorded in the same period last year, according to the prefecture. Sightings have also surged in neighboring Iwate and Aomori prefectures.
L region Akita
F number 4,870
F number 2,341
L region Iwate
L region Aomori
> “We can no longer treat this as a problem of the mountains. Bears are walking into supermarkets and schoolyards,” Gov. Sasaki Reiko told a news conference at the prefectural office. “Our top priority is protecting human life.”
Q direct Sasaki Reiko :: “We can no longer treat this as a problem of the mountains. Bears are walking into supermarkets and schoolyards,”
P full Sasaki Reiko
Q direct Sasaki Reiko :: “Our top priority is protecting human life.”
> Sasaki said the prefecture had also asked the Ground Self-Defense Force to help transport box traps and carcasses in remote areas, but that troops would not carry weapons.
P partial Sasaki
O government Ground Self-Defense Force
> The cameras will be supplied by Hokuto Sensing Co., a Sendai-based startup whose system identifies bears within about two seconds and sends alerts to residents’ smartphones and to the Akita Prefectural Police. The contract is worth ¥386 million, the company said.
O company Hokuto Sensing Co.
L city Sendai
F duration two seconds
O government Akita Prefectural Police
F money ¥386 million
> “Our system has been trained on more than 900,000 images of Asiatic black bears taken in Tohoku,” said Kudo Takeshi, president of Hokuto Sensing, adding that the solar-powered cameras can detect an animal up to 50 meters away in darkness.
Q direct Kudo Takeshi :: “Our system has been trained on more than 900,000 images of Asiatic black bears taken in Tohoku,”
F number 900,000
L region Tohoku
P full Kudo Takeshi
O company Hokuto Sensing
F quantity 50 meters
> In the latest fatal attack, a 74-year-old woman was killed on Oct 30 while gathering chestnuts near her home in Yuzawa, police said. Three days earlier, a bear that had wandered into a supermarket in Noshiro injured a 68-year-old employee before it was shot by hunters at about 4:20 p.m.
F age 74-year-old
F date Oct 30
L city Yuzawa
F duration Three days
L city Noshiro
F age 68-year-old
F time 4:20 p.m.
> Nationwide, bears killed 14 people and injured 236 in fiscal 2029, the highest on record, according to the Environment Ministry.
F number 14
F number 236
F date 2029
O government Environment Ministry
> Experts blame a poor crop of beech nuts, an aging and shrinking rural population and a sharp fall in the number of hunters. Membership of the Akita Prefectural Hunting Association has dropped to about 1,450 from more than 4,000 in the 1980s.
O nonprofit Akita Prefectural Hunting Association
F number 1,450
F number 4,000
F date 1980s
> “Most of us are over 70. We cannot be on call 24 hours a day, every day,” said Takahashi Shigeru, 76, who has hunted in the mountains around Kazuno for 52 years.
Q direct Takahashi Shigeru :: “Most of us are over 70. We cannot be on call 24 hours a day, every day,”
F age 70
F duration 24 hours
P full Takahashi Shigeru
F age 76
L city Kazuno
F duration 52 years
> “When I started, a bear would run from a man with a bell. Now they look at you and keep eating,” he said. “The young hunters the prefecture is hiring will be paid ¥350,000 a month. That is good. But nobody from Tokyo will learn these mountains in a single winter.
Q direct Takahashi Shigeru :: “When I started, a bear would run from a man with a bell. Now they look at you and keep eating,”
Q direct Takahashi Shigeru :: “The young hunters the prefecture is hiring will be paid ¥350,000 a month. That is good. But nobody from Tokyo will learn these mountains in a single winter.
F money ¥350,000
L city Tokyo
> “You have to know where the chestnut trees are, where the rivers are, where the bears sleep.”
Q direct Takahashi Shigeru :: “You have to know where the chestnut trees are, where the rivers are, where the bears sleep.”
> Yamauchi Aya, a wildlife ecologist at Iwate University, said culling alone would not solve the problem. “Bears that learn to find food in towns teach their cubs to do the same,” she said. “Unless communities remove the persimmons and the garbage that draw them in, we will be having this conversation again next year.”
P full Yamauchi Aya
O education Iwate University
Q direct Yamauchi Aya :: “Bears that learn to find food in towns teach their cubs to do the same,”
Q direct Yamauchi Aya :: “Unless communities remove the persimmons and the garbage that draw them in, we will be having this conversation again next year.”
> East Japan Railway Co. said its trains had struck bears 37 times in Akita since April, causing delays of up to three hours. Such collisions have become “almost a daily occurrence” on some rural lines, according to the company.
O company East Japan Railway Co.
F number 37
L region Akita
F duration three hours
Q direct East Japan Railway Co. :: “almost a daily occurrence”
> Under a revision of the wildlife protection law that took effect in September 2025, municipalities can authorize hunters to fire guns in residential areas when a bear poses an imminent threat. Akita’s municipalities have issued 112 such orders since April.
F date September 2025
L region Akita
F number 112
'''

ARTICLES['150-belgian-grand-prix-villaseca-spa'] = r'''
> Villaseca wins rain-hit Belgian GP after leader Wexford crashes out at Eau Rouge
P partial Villaseca
P partial Wexford
L facility Eau Rouge
> McLaren driver Mateo Villaseca of Chile celebrates after winning the Belgian Formula One Grand Prix at the Spa-Francorchamps circuit in Spa, Belgium, Sunday, Aug. 31, 2031. (AP Photo/Geert Vanlander)
O team McLaren
P full Mateo Villaseca
L country Chile
L facility Spa-Francorchamps
L city Spa
L country Belgium
F date Aug. 31, 2031
O media AP
P full Geert Vanlander
> By HOLLIS PRENTICE
P full HOLLIS PRENTICE
> AP Auto Racing Writer
O media AP
> Updated 12:58 PM EDT, August 31, 2031
F time 12:58 PM EDT
F date August 31, 2031
> SPA-FRANCORCHAMPS, Belgium (AP) — Mateo Villaseca mastered a drying track to win a chaotic Belgian Grand Prix for McLaren on Sunday after championship leader Callum Wexford crashed out at Eau Rouge on the opening lap.
L city SPA-FRANCORCHAMPS
L country Belgium
O media AP
P full Mateo Villaseca
O team McLaren
P full Callum Wexford
L facility Eau Rouge
> The 24-year-old Chilean started fourth and took the lead on lap 29 when Ferrari's Lukas Brenninger pitted for slick tires, then held off the Austrian by 3.418 seconds for his second win of the season. Red Bull's Kenji Haraguchi finished third, 11.2 seconds back, and set the fastest lap of the race, 1:46.318.
F age 24-year-old
O team Ferrari
P full Lukas Brenninger
F duration 3.418 seconds
O team Red Bull
P full Kenji Haraguchi
F duration 11.2 seconds
F duration 1:46.318
> "It was like driving on ice for the first 20 laps," Villaseca said. "I was just trying to keep it on the road and not make a mistake. When the dry line came, the car came alive."
Q direct Mateo Villaseca :: "It was like driving on ice for the first 20 laps,"
F number 20
P partial Villaseca
Q direct Mateo Villaseca :: "I was just trying to keep it on the road and not make a mistake. When the dry line came, the car came alive."
> Wexford, who started from pole, lost the rear of his Mercedes at the bottom of Eau Rouge and hit the barrier at Raidillon at about 250 kph (155 mph). He climbed out unaided and was taken to the medical center for checks, the FIA said.
P partial Wexford
O team Mercedes
L facility Eau Rouge
L facility Raidillon
F quantity 250 kph
F quantity 155 mph
O other FIA
> The 27-year-old Briton still leads the drivers' standings, but only by 14 points from Brenninger. He was 39 points clear before the summer break.
F age 27-year-old
F number 14
P partial Brenninger
F number 39
> "I put a wheel on the wet paint and after that I was a passenger," Wexford told reporters. "Fourteen points is still a lead. It's not a disaster, but it hurts."
Q direct Callum Wexford :: "I put a wheel on the wet paint and after that I was a passenger,"
P partial Wexford
Q direct Callum Wexford :: "Fourteen points is still a lead. It's not a disaster, but it hurts."
F number Fourteen
> The crash brought out a red flag that halted the 44-lap race for 42 minutes while the barrier was rebuilt. When racing resumed behind the safety car at 3:47 p.m., Brenninger led from Villaseca, Haraguchi and Williams driver Jonas Aalto.
F number 44
F duration 42 minutes
F time 3:47 p.m.
P partial Brenninger
P partial Villaseca
P partial Haraguchi
O team Williams
P full Jonas Aalto
> Ferrari kept Brenninger out on intermediate tires for two laps longer than McLaren did with Villaseca, a call that team principal Francesca Orlandi defended.
O team Ferrari
P partial Brenninger
F number two
O team McLaren
P partial Villaseca
P full Francesca Orlandi
> "With the radar we had, it was the right decision," she said. "Two laps later, it was the wrong one. That's Spa."
Q direct Francesca Orlandi :: "With the radar we had, it was the right decision,"
Q direct Francesca Orlandi :: "Two laps later, it was the wrong one. That's Spa."
F number Two
L facility Spa
> Brenninger was less forgiving. "We gave it away," he said over the team radio, in a message broadcast on the world feed.
P partial Brenninger
Q direct Lukas Brenninger :: "We gave it away,"
> Aalto crossed the line fourth but dropped to seventh after the race stewards gave him a five-second time penalty for speeding in the pit lane. The stewards said he was clocked at 84.6 kph in the 80 kph zone, calling it "a clear breach."
P partial Aalto
F duration five-second
F quantity 84.6 kph
F quantity 80 kph
Q direct - :: "a clear breach."
> Alpine's Théo Marchetti-Roux finished fifth and Audi's Rafael Nunes was sixth, Audi's best result since entering the championship in 2026.
O team Alpine
P full Théo Marchetti-Roux
O team Audi
P full Rafael Nunes
O team Audi
F date 2026
> Rain had fallen steadily over the Ardennes since Saturday night, and the air temperature at the start was 13 C (55 F). Organizers said 392,000 spectators attended over four days, a record for the 7-kilometer (4.35-mile) circuit.
L region Ardennes
F quantity 13 C
F quantity 55 F
F number 392,000
F duration four days
F quantity 7-kilometer
F quantity 4.35-mile
> Villaseca, now third in the standings and 41 points behind Wexford, refused to talk about the title.
P partial Villaseca
F number 41
P partial Wexford
> "There are nine races and 250 points left," he said. "Talk to me in Abu Dhabi."
Q direct Mateo Villaseca :: "There are nine races and 250 points left,"
F number nine
F number 250
Q direct Mateo Villaseca :: "Talk to me in Abu Dhabi."
L city Abu Dhabi
> The championship moves to Italy next weekend, where Ferrari has not won at Monza since 2024.
L country Italy
O team Ferrari
L facility Monza
F date 2024
> ___
> AP auto racing: https://apnews.com/hub/auto-racing
O media AP
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
