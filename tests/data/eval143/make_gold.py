#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval143 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval143/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['901-hurricane-shelters-generators-bodden-town-west-bay-hmci-cayman-compass'] = r'''
> Hurricane season
> Shelter upgrades lag as storm season opens, HMCI warns
O government HMCI
> Generators still missing at two Bodden Town shelters; Cabinet approves CI$3.4 million for repairs
F number two
L city Bodden Town
O government Cabinet
F money CI$3.4 million
> By Marisol Tibbetts-Yates
P full Marisol Tibbetts-Yates
> June 2, 2039
F date June 2, 2039
> Volunteers set up cots in the hall of John Gray High School, George Town's main hurricane shelter, on Wednesday. - Photo: Ronan McField
L facility John Gray High School
L city George Town
P full Ronan McField
> Two of the 17 public hurricane shelters on Grand Cayman still have no working backup generator as the 2039 season gets under way, Hazard Management Cayman Islands has warned.
F number Two
F number 17
L geo Grand Cayman
F date 2039
O government Hazard Management Cayman Islands
> Both are in Bodden Town, where the Savannah Primary School and the Bodden Town Civic Centre can together hold about 900 people. HMCI director Janelle Ebanks-Connolly said on Wednesday that temporary units had been ordered and would be in place "by the end of June at the latest".
L city Bodden Town
L facility Savannah Primary School
L facility Bodden Town Civic Centre
F number 900
O government HMCI
P full Janelle Ebanks-Connolly
Q direct Janelle Ebanks-Connolly :: "by the end of June at the latest"
> "We are not where we want to be. Every shelter should be able to run on its own power for at least 72 hours after the grid goes down, and two of ours cannot do that today," Ebanks-Connolly said.
Q direct Janelle Ebanks-Connolly :: "We are not where we want to be. Every shelter should be able to run on its own power for at least 72 hours after the grid goes down, and two of ours cannot do that today,"
F duration 72 hours
F number two
P partial Ebanks-Connolly
> She said inspectors had also found leaking roofs at three shelters in April and May. "People hear 'shelter' and think of a hotel room. It is a hall, a cot and a bucket of water, and you bring your own food for three days.
F number three
Q direct Janelle Ebanks-Connolly :: "People hear 'shelter' and think of a hotel room. It is a hall, a cot and a bucket of water, and you bring your own food for three days.
F duration three days
> "But it is a concrete building, and in a storm that is what keeps you alive."
Q direct Janelle Ebanks-Connolly :: "But it is a concrete building, and in a storm that is what keeps you alive."
> Cabinet last week approved CI$3.4 million for shelter repairs, including CI$1.15 million for generators and fuel tanks and CI$640,000 to replace storm shutters at John Gray High School and the Sir John A. Cumber Primary School in West Bay. The Public Works Department (PWD) said the shutters at John Gray would be finished by July 15.
O government Cabinet
F money CI$3.4 million
F money CI$1.15 million
F money CI$640,000
L facility John Gray High School
L facility Sir John A. Cumber Primary School
L city West Bay
O government Public Works Department
O government PWD
L facility John Gray
F date July 15
> The money comes on top of CI$850,000 spent in 2038, when an audit found that a third of the shelters' water tanks held less than half of their rated 5,000 gallons.
F money CI$850,000
F date 2038
F fraction a third
F fraction half
F quantity 5,000 gallons
> West Bay has four shelters for a district of about 12,800 residents. At one of them, caretaker Edwin "Buddy" Powery, 67, has sat out every storm since Hurricane Ivan in 2004.
L city West Bay
F number four
F number 12,800
P full Edwin "Buddy" Powery
Q scare - :: "Buddy"
F age 67
F date 2004
> "In Ivan we had 300 people in here and the water came up to the second step," Powery said. "Now they tell me the tank is fixed. I'll believe it when I see it full."
Q direct Edwin "Buddy" Powery :: "In Ivan we had 300 people in here and the water came up to the second step,"
F number 300
P partial Powery
Q direct Edwin "Buddy" Powery :: "Now they tell me the tank is fixed. I'll believe it when I see it full."
> The Cayman Islands Red Cross said in a statement that its volunteers would staff shelters in George Town and West Bay but that it was "short of trained managers" for the eastern districts. It asked residents of North Side and East End to sign up for a free two-day course starting at 9am on June 14 at its Huldah Avenue headquarters.
O nonprofit Cayman Islands Red Cross
L city George Town
L city West Bay
Q direct Cayman Islands Red Cross :: "short of trained managers"
L region North Side
L region East End
F duration two-day
F time 9am
F date June 14
L street Huldah Avenue
> A Ministry of Home Affairs official, speaking on condition of anonymity, said Government had budgeted for a 10% rise in shelter places by 2041, with some church halls listed only as "last resort" shelters. "We would rather open a church than turn anyone away," the official said.
O government Ministry of Home Affairs
F percent 10%
F date 2041
Q scare - :: "last resort"
Q direct - :: "We would rather open a church than turn anyone away,"
> The National Weather Service expects 14 to 18 named storms this season, with three to five becoming major hurricanes. The season runs until Nov. 30.
O government National Weather Service
F number 14
F number 18
F number three
F number five
F date Nov. 30
> Residents of Frank Sound, Breakers and Prospect can find their nearest shelter on the HMCI website or by calling 311.
L city Frank Sound
L city Breakers
L city Prospect
O government HMCI
'''

ARTICLES['902-south-tarawa-water-shortage-betio-bairiki-pub-mise-kiribati-rnz-pacific'] = r'''
> Pacific
L region Pacific
> Betio families ration water as South Tarawa’s dry spell enters sixth month
L city Betio
L region South Tarawa
> The Kiribati government has asked Australia for A$2.6 million to ship water into the capital.
L country Kiribati
L country Australia
F money A$2.6 million
> Kiata Rimon, RNZ Pacific Journalist
P full Kiata Rimon
O media RNZ Pacific
> 6:05 pm on 14 September 2039
F time 6:05 pm
F date 14 September 2039
> Residents of Betio fill containers from a Public Utilities Board truck. Photo: Supplied / MISE
L city Betio
O government Public Utilities Board
O government MISE
> Families in Betio, the most crowded islet of South Tarawa, are living on as little as 20 litres of water a day after five months with almost no rain.
L city Betio
L region South Tarawa
F quantity 20 litres
F duration five months
> The Kiribati Meteorological Service says Tarawa has recorded 38mm of rain since April, against an average of more than 500mm for the period. The two freshwater lenses at Bonriki and Buota, which feed the piped network, have fallen to their lowest level since records began in 1994.
O government Kiribati Meteorological Service
L geo Tarawa
F quantity 38mm
F quantity 500mm
F number two
L city Bonriki
L city Buota
F date 1994
> The Public Utilities Board (PUB) has cut piped supply to two hours every third day, and in parts of Betio the taps have been dry since August. Private sellers are charging A$1.50 for a 20-litre container, up from 40 cents in June.
O government Public Utilities Board
O government PUB
F duration two hours
L city Betio
F money A$1.50
F quantity 20-litre
F money 40 cents
> “My children go to school without washing. We buy one bucket for 50 cents and it has to last until night,” said Nei Taabwa Kirata, 41, a mother of five who lives near the Betio causeway.
Q direct Taabwa Kirata :: “My children go to school without washing. We buy one bucket for 50 cents and it has to last until night,”
F number one
F money 50 cents
P full Taabwa Kirata
F age 41
F number five
L city Betio
> She said the well her grandfather dug had turned “salty like the lagoon” after the king tides of February.
Q direct Taabwa Kirata :: “salty like the lagoon”
> The Ministry of Infrastructure and Sustainable Energy (MISE) said on Wednesday that it had asked Canberra for A$2.6 million in emergency funding to hire trucks and to bring 1.5 million litres a week by barge from Abaiang and Marakei, where rainfall has been closer to normal.
O government Ministry of Infrastructure and Sustainable Energy
O government MISE
L city Canberra
F money A$2.6 million
F quantity 1.5 million litres
L geo Abaiang
L geo Marakei
> The ministry’s director of water and sanitation, Tiaon Bwebwenteiti, told RNZ Pacific the Bonriki desalination plant, opened in 2028 with funding from the Asian Development Bank, was running flat out but could produce only 4,000 cubic metres a day.
P full Tiaon Bwebwenteiti
O media RNZ Pacific
L facility Bonriki
F date 2028
O intergovernmental Asian Development Bank
F quantity 4,000 cubic metres
> “That is about a third of what South Tarawa needs in a normal week, and this is not a normal week,” he said. “We are telling people: boil what you collect, and do not drink from the wells in Betio or Bairiki. The ‘good’ wells are not good any more.”
Q direct Tiaon Bwebwenteiti :: “That is about a third of what South Tarawa needs in a normal week, and this is not a normal week,”
F fraction a third
L region South Tarawa
Q direct Tiaon Bwebwenteiti :: “We are telling people: boil what you collect, and do not drink from the wells in Betio or Bairiki. The ‘good’ wells are not good any more.”
L city Betio
L city Bairiki
> Tungaru Central Hospital in Nawerewere has treated 212 children under five for diarrhoea since July, more than twice the number for the same period of 2038, according to the Ministry of Health and Medical Services.
O other Tungaru Central Hospital
L city Nawerewere
F number 212
F age five
F date 2038
O government Ministry of Health and Medical Services
> In Bairiki, the Office of Te Beretitenti said Cabinet would meet on Friday to consider declaring a state of disaster. More than 60,000 I-Kiribati live on South Tarawa, about half of the country’s population.
L city Bairiki
O government Office of Te Beretitenti
O government Cabinet
F number 60,000
L region South Tarawa
F fraction half
> A senior official in the office, who asked not to be named, said the government was also talking to New Zealand and Japan about water tanks. “We are a nation surrounded by water, and we are running out of water,” the official said.
L country New Zealand
L country Japan
Q direct - :: “We are a nation surrounded by water, and we are running out of water,”
> Forecasters expect the dry conditions to last until at least December, with a 70 percent chance of below-normal rain over the next three months.
F percent 70 percent
F duration three months
> Back in Betio, Nei Kirata now keeps the water she uses to rinse rice for flushing the toilet. “Nothing is wasted now,” she said.
L city Betio
P partial Kirata
Q direct Taabwa Kirata :: “Nothing is wasted now,”
'''

ARTICLES['903-bamboo-flowering-rats-jhum-lunglei-mamit-village-councils-mizoram-eastmojo'] = r'''
> Mizoram
L region Mizoram
> Bamboo Flowering Brings Rats Back To Mizoram's Jhum Fields, 214 Villages Hit
L region Mizoram
F number 214
> State sets aside ₹4.5 crore for rat bounty and seed aid; village councils in Lunglei, Mamit report up to 60% crop loss
F money ₹4.5 crore
L region Lunglei
L region Mamit
F percent 60%
> By Lalrinawma Hnamte
P full Lalrinawma Hnamte
> Published on Oct 17, 2040, 6:40 pm IST
F date Oct 17, 2040
F time 6:40 pm IST
> Rat-damaged paddy in a jhum field near Lungsen in Lunglei district. (Photo: EastMojo)
L city Lungsen
L region Lunglei
O media EastMojo
> Aizawl: Rats have destroyed paddy and maize on at least 3,100 hectares of jhum land in Mizoram this season after the rawthing bamboo flowered across large parts of the state's south and west, the Agriculture Department said on Wednesday.
L city Aizawl
F quantity 3,100 hectares
L region Mizoram
O government Agriculture Department
> Reports from 214 village councils in Lunglei, Mamit, Lawngtlai and Siaha districts show crop losses of between 25% and 60%, joint director of agriculture H. Lalthangliana told EastMojo.
F number 214
L region Lunglei
L region Mamit
L region Lawngtlai
L region Siaha
F percent 25%
F percent 60%
P full H. Lalthangliana
O media EastMojo
> "The bamboo flowered in the monsoon, the seeds fell in August and by September the rats had multiplied. A female can have 10 young every three weeks when there is this much food," he said.
Q direct H. Lalthangliana :: "The bamboo flowered in the monsoon, the seeds fell in August and by September the rats had multiplied. A female can have 10 young every three weeks when there is this much food,"
F number 10
F duration three weeks
> Farmers call the event "thingtam", after the rawthing bamboo, which flowers at intervals of about 30 years. The bigger "mautam", when the mautak bamboo flowers across the whole state, last came in 2006-08 and left hundreds of villages short of rice.
Q scare - :: "thingtam"
F duration 30 years
Q scare - :: "mautam"
F date 2006-08
> At Thingfal village in Lunglei district, village council president Pu C. Lalramliana, 58, said his 146 households had harvested less than a third of their usual rice.
L city Thingfal
L region Lunglei
P full C. Lalramliana
F age 58
F number 146
F fraction a third
> "We set traps every night and the boys from the YMA burn the fallen seed, but there are more rats than we can kill," Lalramliana said. "Last week they ate the seed paddy we kept for next year. If the government does not help, many families will go to Lunglei town to look for work.
Q direct C. Lalramliana :: "We set traps every night and the boys from the YMA burn the fallen seed, but there are more rats than we can kill,"
O nonprofit YMA
P partial Lalramliana
Q direct C. Lalramliana :: "Last week they ate the seed paddy we kept for next year. If the government does not help, many families will go to Lunglei town to look for work.
L city Lunglei
> "We went through this in 2007 as children. Our parents ate bamboo shoots and wild yam for months."
Q direct C. Lalramliana :: "We went through this in 2007 as children. Our parents ate bamboo shoots and wild yam for months."
F date 2007
> The Young Mizo Association (YMA), the state's largest civil society group, has organised rat-killing drives in 90 villages. Its Lunglei branch said members had killed more than 1.2 lakh rats since September 1.
O nonprofit Young Mizo Association
O nonprofit YMA
F number 90
L city Lunglei
F number 1.2 lakh
F date September 1
> Under a relief package approved by the state cabinet on Monday, the government will pay ₹10 for every rat tail handed in at a block office, up to ₹2,000 a household, and distribute 850 tonnes of rice and 40 quintals of seed paddy. Each block office will also get ₹2.5 lakh for traps and rodenticide.
F money ₹10
F money ₹2,000
F quantity 850 tonnes
F quantity 40 quintals
F money ₹2.5 lakh
> The package totals ₹4.5 crore, of which ₹1.2 crore has been sought from the Union Ministry of Agriculture and Farmers Welfare.
F money ₹4.5 crore
F money ₹1.2 crore
O government Union Ministry of Agriculture and Farmers Welfare
> Vanlalruati Khiangte, joint secretary in the Disaster Management and Rehabilitation Department, said teams from Aizawl had found rats in the government godowns at Tlabung and Lawngtlai, and warned that cases of scrub typhus and leptospirosis usually rise after such outbreaks.
P full Vanlalruati Khiangte
O government Disaster Management and Rehabilitation Department
L city Aizawl
L city Tlabung
L city Lawngtlai
> "Our message to families is simple: store grain in tins, not in sacks," she said, adding that the state had "enough rice for the next six months".
Q direct Vanlalruati Khiangte :: "Our message to families is simple: store grain in tins, not in sacks,"
Q direct Vanlalruati Khiangte :: "enough rice for the next six months"
F duration six months
> In Mamit district, which borders Tripura and Bangladesh, Pi Lalnunmawii, 44, said she had lost the maize on her two-hectare plot near West Phaileng in ten days.
L region Mamit
L region Tripura
L country Bangladesh
P partial Lalnunmawii
F age 44
F quantity two-hectare
L city West Phaileng
F duration ten days
> "I planted on the slope in April. By the end of September there was nothing left to pick," Lalnunmawii said. "Now we wait for the government rice."
Q direct Lalnunmawii :: "I planted on the slope in April. By the end of September there was nothing left to pick,"
P partial Lalnunmawii
Q direct Lalnunmawii :: "Now we wait for the government rice."
'''

ARTICLES['904-states-vote-st-peter-port-harbour-linkspan-albert-pier-deputies-guernsey-press'] = r'''
> News
> ‘We cannot keep patching it up’: States back £46m harbour works by 21 votes to 17
Q direct Hélène Ozanne :: ‘We cannot keep patching it up’
O government States
F money £46m
F number 21
F number 17
> Deputies approve first phase of St Peter Port harbour plan after nine-hour debate
L city St Peter Port
F duration nine-hour
> By Rozenn Le Marquand
P full Rozenn Le Marquand
> Published: 14th Mar 2041
F date 14th Mar 2041
> White Rock and the QEII Marina in St Peter Port, where the first phase of work will be carried out. (Picture by Tobias Mahy, 33418506)
L facility White Rock
L facility QEII Marina
L city St Peter Port
P full Tobias Mahy
> DEPUTIES have approved a £46m first phase of works to St Peter Port harbour, ending more than a decade of argument over the island’s main port.
F money £46m
L city St Peter Port
> After a nine-hour debate spread over two days, the States of Deliberation voted 21-17, with two abstentions, to fund new flood defences along the North Beach, a replacement ferry linkspan and repairs to the 19th-century Albert Pier.
F duration nine-hour
F duration two days
O government States of Deliberation
F number 21-17
F number two
L facility North Beach
L facility Albert Pier
> Policy & Resources Committee president Deputy Hélène Ozanne said the works could not wait for a full redevelopment of the seafront, which has been estimated at up to £320m.
O government Policy & Resources Committee
P full Hélène Ozanne
F money £320m
> “We cannot keep patching it up. Every winter we send engineers out in a storm to look at the cracks in the Albert Pier and hope,” she said. “The harbour earns this island about £14m a year. It is not a luxury.”
Q direct Hélène Ozanne :: “We cannot keep patching it up. Every winter we send engineers out in a storm to look at the cracks in the Albert Pier and hope,”
L facility Albert Pier
Q direct Hélène Ozanne :: “The harbour earns this island about £14m a year. It is not a luxury.”
F money £14m
> The works will be delivered by the States’ Trading Supervisory Board (STSB), which runs Guernsey Ports. STSB president Deputy Callum Tostevin told the Assembly that the linkspan, installed in 1989, had been out of action for 23 days last year, forcing Condor to divert sailings to St Sampson’s and delaying the Herm and Sark boats.
O government States’ Trading Supervisory Board
O government STSB
O government Guernsey Ports
O government STSB
P full Callum Tostevin
O government Assembly
F date 1989
F duration 23 days
O company Condor
L facility St Sampson’s
L geo Herm
L geo Sark
> A failure in the summer “would cut the island off”, he warned, quoting a consultants’ report that put the risk of a breakdown lasting more than a week at 20% in any year.
Q direct Callum Tostevin :: “would cut the island off”
F percent 20%
> Opponents led by Deputy Nicolette de la Mare argued that the later phases had not been costed. Her amendment to delay the decision until September 2041 and cap spending at £30m was lost by 17 votes to 22.
P full Nicolette de la Mare
F date September 2041
F money £30m
F number 17
F number 22
> “Nobody in this Assembly is against the harbour,” Deputy de la Mare said. “What I am against is signing a £46m cheque for the first phase when nobody can tell me what the second costs, or whether the ‘marine campus’ at the Castle Emplacement is ever going to happen.”
Q direct Nicolette de la Mare :: “Nobody in this Assembly is against the harbour,”
O government Assembly
P partial de la Mare
Q direct Nicolette de la Mare :: “What I am against is signing a £46m cheque for the first phase when nobody can tell me what the second costs, or whether the ‘marine campus’ at the Castle Emplacement is ever going to happen.”
F money £46m
L facility Castle Emplacement
> Deputy Jory Mauger, a St Peter Port shopkeeper, said the flood defences alone justified the spending. Sea water came over the North Beach wall four times in the winter of 2040, flooding shops in Le Pollet and cellars along South Esplanade.
P full Jory Mauger
L city St Peter Port
L facility North Beach
F number four
F date 2040
L street Le Pollet
L street South Esplanade
> “I have had sandbags outside my door three times since Christmas,” he said. “Ask anybody in Town whether this can wait another five years.
Q direct Jory Mauger :: “I have had sandbags outside my door three times since Christmas,”
F number three
Q direct Jory Mauger :: “Ask anybody in Town whether this can wait another five years.
L city Town
F duration five years
> “Jersey has already rebuilt its harbour defences. We are the ones still arguing.”
Q direct Jory Mauger :: “Jersey has already rebuilt its harbour defences. We are the ones still arguing.”
L region Jersey
> The money will come from the States’ capital reserve, which stood at £212m at the end of 2040, and from a 6% rise in harbour dues from 1 July 2041.
O government States
F money £212m
F date 2040
F percent 6%
F date 1 July 2041
> Work on the linkspan is due to start in October and to take 18 months, with the contractor to be named by the end of June, STSB said.
F duration 18 months
O government STSB
'''

ARTICLES['905-ferrowise-bridge-corrosion-sensors-series-b-pittsburgh-monongahela-partners-techcrunch'] = r'''
> Hardware
> Ferrowise raises $62M to listen for rust inside America’s aging bridges
O company Ferrowise
F money $62M
L country America
> Marguerite Osei-Lindqvist · 6:00 AM PST · November 6, 2040
P full Marguerite Osei-Lindqvist
F time 6:00 AM PST
F date November 6, 2040
> Ferrowise co-founders Anaïs Delacroix-Whitfield (left) and Kwabena Asante-Morrow. Image Credits: Ferrowise
O company Ferrowise
P full Anaïs Delacroix-Whitfield
P full Kwabena Asante-Morrow
O company Ferrowise
> Ferrowise, a Pittsburgh-based startup that clamps thumb-sized acoustic sensors to steel bridges to hear corrosion before inspectors can see it, has raised $62 million in a Series B round led by Monongahela Partners, the company told TechCrunch.
O company Ferrowise
L city Pittsburgh
F money $62 million
O company Monongahela Partners
O media TechCrunch
> Existing investors Tinplate Capital and Northgale Ventures also joined, along with Rotterdam’s Havenkade Ventures, which backs infrastructure startups in Europe. The round values Ferrowise at $410 million post-money, according to a person familiar with the deal, roughly three times its valuation at its $18 million Series A in March 2039.
O company Tinplate Capital
O company Northgale Ventures
L city Rotterdam
O company Havenkade Ventures
L continent Europe
O company Ferrowise
F money $410 million
F number three
F money $18 million
F date March 2039
> Founded in 2036 by Carnegie Mellon University researchers Anaïs Delacroix-Whitfield and Kwabena Asante-Morrow, the company now monitors 1,140 bridges in 23 states, up from 310 a year ago. Its sensors weigh about 40 grams each, sample vibrations 20,000 times a second and run for six years on one battery.
F date 2036
O education Carnegie Mellon University
P full Anaïs Delacroix-Whitfield
P full Kwabena Asante-Morrow
F number 1,140
F number 23
F number 310
F quantity 40 grams
F number 20,000
F duration six years
F number one
> “Most bridge inspections in the U.S. are still a person with a hammer and a flashlight every two years,” Delacroix-Whitfield, the company’s CEO, said in an interview. “The hammer is good. But by the time you can hear a bad weld with a hammer, you’re already writing a repair order for $2 million.”
Q direct Anaïs Delacroix-Whitfield :: “Most bridge inspections in the U.S. are still a person with a hammer and a flashlight every two years,”
L country U.S.
F duration two years
P partial Delacroix-Whitfield
Q direct Anaïs Delacroix-Whitfield :: “The hammer is good. But by the time you can hear a bad weld with a hammer, you’re already writing a repair order for $2 million.”
F money $2 million
> The Federal Highway Administration rates about 7% of the country’s roughly 620,000 bridges as being in “poor” condition. Ferrowise sells to state transportation departments on multiyear contracts; its largest customer, the Pennsylvania Department of Transportation (PennDOT), signed a $9.5 million, five-year deal in January.
O government Federal Highway Administration
F percent 7%
F number 620,000
Q scare - :: “poor”
O company Ferrowise
O government Pennsylvania Department of Transportation
O government PennDOT
F money $9.5 million
F duration five-year
> The new money will take headcount from 64 to about 150 by the end of 2041, Asante-Morrow said, with offices opening in Austin and Columbus and a small assembly line in McKees Rocks, just outside Pittsburgh. Revenue tripled in 2040, he said, without giving figures.
F number 64
F number 150
F date 2041
P partial Asante-Morrow
L city Austin
L city Columbus
L city McKees Rocks
L city Pittsburgh
F date 2040
> The company is also testing its sensors for PennDOT on the Fort Pitt Bridge, which carries about 120,000 vehicles a day into downtown Pittsburgh. Crews fitted 96 sensors in 11 hours overnight, between 9 p.m. and 8 a.m., without closing a lane.
O government PennDOT
L facility Fort Pitt Bridge
F number 120,000
L city Pittsburgh
F number 96
F duration 11 hours
F time 9 p.m.
F time 8 a.m.
> Monongahela Partners general partner Teodora Vasilescu-Brandt, who joins Ferrowise’s board, said the firm had looked at “a dozen” structural-monitoring companies before settling on this one.
O company Monongahela Partners
P full Teodora Vasilescu-Brandt
O company Ferrowise
Q direct Teodora Vasilescu-Brandt :: “a dozen”
F number dozen
> “Everyone else wanted to sell states a dashboard. Anaïs and Kwabena showed us a crack in a 1960s truss in West Virginia that three inspections had missed, and the bridge was closed the next day,” Vasilescu-Brandt said. “Infrastructure is not a ‘sexy’ category, but it is where public money is going for the next decade.”
Q direct Teodora Vasilescu-Brandt :: “Everyone else wanted to sell states a dashboard. Anaïs and Kwabena showed us a crack in a 1960s truss in West Virginia that three inspections had missed, and the bridge was closed the next day,”
P partial Anaïs
P partial Kwabena
F date 1960s
L region West Virginia
F number three
P partial Vasilescu-Brandt
Q direct Teodora Vasilescu-Brandt :: “Infrastructure is not a ‘sexy’ category, but it is where public money is going for the next decade.”
> Ferrowise competes with larger inspection firms and with sensor makers such as Siemens, but Asante-Morrow, the chief technology officer, argues that its edge is the data: more than 30 billion vibration readings, labeled against 4,800 hands-on inspections.
O company Ferrowise
O company Siemens
P partial Asante-Morrow
F number 30 billion
F number 4,800
'''

ARTICLES['906-galway-plate-ballybrit-kilcolgan-lad-nic-aodha-rudden-odds-irish-times'] = r'''
> Racing
> Kilcolgan Lad gives Nic Aodha a first Galway Plate at 9/2
P partial Nic Aodha
F number 9/2
> Evens favourite Bóthar Buí only fourth as Cavan trainer Eamonn Rudden lands €270,000 feature
L region Cavan
P full Eamonn Rudden
F money €270,000
> Colm Ó Flaithbheartaigh
P full Colm Ó Flaithbheartaigh
> Wed Jul 31 2041 - 19:48
F date Jul 31 2041
F time 19:48
> Aoibheann Nic Aodha and Kilcolgan Lad clear the last on the way to winning the Galway Plate at Ballybrit. Photograph: Declan Furey/Inpho
P full Aoibheann Nic Aodha
L facility Ballybrit
P full Declan Furey
O media Inpho
> Kilcolgan Lad gave Aoibheann Nic Aodha the biggest win of her career when landing the €270,000 Galway Plate over two miles and six furlongs at 9/2 in front of a Wednesday crowd of 24,318 at Ballybrit.
P full Aoibheann Nic Aodha
F money €270,000
F quantity two miles
F quantity six furlongs
F number 9/2
F number 24,318
L facility Ballybrit
> The eight-year-old, trained in Co Cavan by Eamonn Rudden, jumped the last upsides the English raider Severn Bore and went clear a furlong out to win by three and a half lengths. Severn Bore, trained in Gloucestershire by Hal Penhaligon, held Midnight Carrick by a length for second, with the evens favourite Bóthar Buí only fourth after a mistake at the second-last.
F duration eight-year-old
L region Co Cavan
P full Eamonn Rudden
F quantity three and a half lengths
L region Gloucestershire
P full Hal Penhaligon
> Nic Aodha, a 23-year-old from Kilcolgan who still claims 3lb, had never ridden in the race before.
P partial Nic Aodha
F age 23-year-old
L city Kilcolgan
F quantity 3lb
> “I grew up four miles from here and I’ve been coming to Ballybrit every summer since I was six,” she said. “My mother used to say, ‘Some day you’ll ride in the Plate.’ I don’t think she meant on a 9/2 shot, but I’ll take it.
Q direct Aoibheann Nic Aodha :: “I grew up four miles from here and I’ve been coming to Ballybrit every summer since I was six,”
F quantity four miles
L facility Ballybrit
F age six
Q direct Aoibheann Nic Aodha :: “My mother used to say, ‘Some day you’ll ride in the Plate.’ I don’t think she meant on a 9/2 shot, but I’ll take it.
F number 9/2
> “He was brilliant over his fences. When I asked him at the second-last he just went, and then it was only a matter of keeping him straight up the hill.”
Q direct Aoibheann Nic Aodha :: “He was brilliant over his fences. When I asked him at the second-last he just went, and then it was only a matter of keeping him straight up the hill.”
> Rudden, who trains 22 horses near Bailieborough, bought Kilcolgan Lad for €16,000 as a three-year-old. The gelding has now won €412,500 from six victories.
P partial Rudden
F number 22
L city Bailieborough
F money €16,000
F duration three-year-old
F money €412,500
F number six
> “People laughed when I said he’d go for the Plate off 138,” he said. “He’s a Galway horse. Some horses hate that hill and some horses love it, and this fella loves it.”
Q direct Eamonn Rudden :: “People laughed when I said he’d go for the Plate off 138,”
F number 138
Q direct Eamonn Rudden :: “He’s a Galway horse. Some horses hate that hill and some horses love it, and this fella loves it.”
L city Galway
> Bóthar Buí’s trainer, Philippa Fitzmaurice-Quinn, said the favourite had “lost his confidence” after clouting the second-last. “He’ll be back here next year,” she said.
P full Philippa Fitzmaurice-Quinn
Q direct Philippa Fitzmaurice-Quinn :: “lost his confidence”
Q direct Philippa Fitzmaurice-Quinn :: “He’ll be back here next year,”
> Bóthar Buí, owned by the Dublin-based Slí Nua Syndicate, had been backed from 6/4 to evens on the morning of the race.
L city Dublin
O other Slí Nua Syndicate
F number 6/4
> Earlier, Seánie Ó Dúill completed a double, winning the opening two-mile maiden hurdle on Tuairisc (7/1) and the seven-furlong handicap on Lady of Oranmore (100/30) for the Curragh trainer Maeve Ní Chathasaigh.
P full Seánie Ó Dúill
F quantity two-mile
F number 7/1
F quantity seven-furlong
F number 100/30
L facility Curragh
P full Maeve Ní Chathasaigh
> Ó Dúill, 31, from Claregalway, had ridden only two winners in nine previous visits to the festival. “I was starting to think Ballybrit didn’t like me,” he said.
P partial Ó Dúill
F age 31
L city Claregalway
F number two
F number nine
Q direct Seánie Ó Dúill :: “I was starting to think Ballybrit didn’t like me,”
L facility Ballybrit
> The Galway Race Committee reported on-course betting of €2.9 million, up 4 per cent on the same day in 2040, and said 71,905 people had come through the gates over the first three days of the seven-day festival.
O other Galway Race Committee
F money €2.9 million
F percent 4 per cent
F date 2040
F number 71,905
F duration three days
F duration seven-day
> Racing continues on Thursday with the Galway Hurdle, due off at 4.55pm.
F time 4.55pm
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
