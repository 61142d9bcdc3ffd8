#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval304 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval304/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1867-kawabata-denki-rice-cooker-recall-osaka-consumer-affairs-agency-japan-times'] = r'''
> BUSINESS / CORPORATE
> Osaka appliance maker Kawabata Denki recalls 412,000 rice cookers over lid fires
L city Osaka
O company Kawabata Denki
F number 412,000
> Consumer Affairs Agency has logged 37 overheating cases since early 2040, two of them causing burns
O government Consumer Affairs Agency
F number 37
F date 2040
F number two
> By Emi Nakagawa / Staff writer
P full Emi Nakagawa
> Mar 13, 2042
F date Mar 13, 2042
> Kawabata Denki President Hiroshi Kawabata (center) bows at a news conference in Osaka’s Kita Ward on Thursday. | KYODO
O company Kawabata Denki
P full Hiroshi Kawabata
L city Osaka
L region Kita Ward
O media KYODO
> OSAKA – Kawabata Denki Co., a family-run maker of kitchen appliances based in the city’s Higashinari Ward, said Thursday it will recall about 412,000 rice cookers sold in Japan since October 2038 after a string of reports that their lids overheated, melted or caught fire.
L city OSAKA
O company Kawabata Denki Co.
L region Higashinari Ward
F number 412,000
L country Japan
F date October 2038
> The recall covers five models in the company’s Kamado Gozen line, sold at electronics chains and online for between ¥9,800 and ¥24,800. Kawabata Denki said repairs, refunds and shipping would cost about ¥3.1 billion, roughly 40 percent of the operating profit it had forecast for fiscal 2041.
F number five
F money ¥9,800
F money ¥24,800
O company Kawabata Denki
F money ¥3.1 billion
F percent 40 percent
F date 2041
> The Consumer Affairs Agency (CAA) said it had received 37 reports of overheating involving the cookers since early 2040, including two in which users suffered minor burns, one of them in Nishinomiya, Hyogo Pref. In a statement, the agency urged owners to “stop using the cooker immediately and unplug it,” even if it appears to work normally.
O government Consumer Affairs Agency
O government CAA
F number 37
F date 2040
F number two
L city Nishinomiya
L region Hyogo Pref.
Q direct Consumer Affairs Agency :: “stop using the cooker immediately and unplug it,”
> According to the National Institute of Technology and Evaluation (NITE), which tested units sent in by the CAA, a sensor in the lid hinge can fail after about three years of daily use, leaving the heating plate switched on in the so-called “keep-warm” mode. NITE engineers measured lid temperatures of more than 180 degrees Celsius.
O government National Institute of Technology and Evaluation
O government NITE
O government CAA
F duration three years
Q scare - :: “keep-warm”
O government NITE
F quantity 180 degrees Celsius
> Kawabata, 61, the founder’s grandson, bowed for several seconds before reporters.
P partial Kawabata
F age 61
> “We caused great worry to customers who trusted our rice cookers every day. I apologize from the bottom of my heart,” Kawabata said. “We will repair or replace every unit, and we will not stop until the last one is found.
Q direct Hiroshi Kawabata :: “We caused great worry to customers who trusted our rice cookers every day. I apologize from the bottom of my heart,”
P partial Kawabata
Q direct Hiroshi Kawabata :: “We will repair or replace every unit, and we will not stop until the last one is found.
> “Our engineers believed the sensor would last 10 years. That was a mistake, and it is my responsibility.”
Q direct Hiroshi Kawabata :: “Our engineers believed the sensor would last 10 years. That was a mistake, and it is my responsibility.”
F duration 10 years
> He said a new ¥2 billion plant in Shiga Prefecture would open at least six months late.
F money ¥2 billion
L region Shiga Prefecture
F duration six months
> Yuko Tanabe, 44, of Sakai, Osaka Prefecture, said she smelled burning plastic one morning in January and found the lid of her cooker bubbling. “The rice was fine, but the lid had gone soft like chewing gum,” she said. “I paid almost 20,000 yen for it. I want my money back, not a repair.”
P full Yuko Tanabe
F age 44
L city Sakai
L region Osaka Prefecture
F money 20,000 yen
Q direct Yuko Tanabe :: “The rice was fine, but the lid had gone soft like chewing gum,”
Q direct Yuko Tanabe :: “I paid almost 20,000 yen for it. I want my money back, not a repair.”
> At the Namba store of electronics chain Denki Plaza, floor manager Kenji Okabe said about a third of the 150 customers who had called by noon wanted refunds. “Since we put up a sign saying ‘Stop using now,’ the phone has not stopped ringing,” Okabe said.
L city Namba
O company Denki Plaza
P full Kenji Okabe
F fraction a third
F number 150
Q direct Kenji Okabe :: “Since we put up a sign saying ‘Stop using now,’ the phone has not stopped ringing,”
P partial Okabe
> Kawabata Denki, founded in 1958, employs about 1,900 people and makes most of its cookers at a plant in Yao, Osaka Prefecture, and at a contract factory in Vietnam. Its shares fell 7.4 percent to ¥1,312 on the Tokyo Stock Exchange on Thursday.
O company Kawabata Denki
F date 1958
F number 1,900
L city Yao
L region Osaka Prefecture
L country Vietnam
F percent 7.4 percent
F money ¥1,312
O company Tokyo Stock Exchange
> Owners can check their model number on the company’s website or call a free hotline from 9 a.m. to 6 p.m. on weekdays until March 31, 2043. The company will send prepaid boxes to collect the cookers and refund the full price, or ¥5,000 for units without a receipt.
F time 9 a.m.
F time 6 p.m.
F date March 31, 2043
F money ¥5,000
'''

ARTICLES['1868-mumbai-monsoon-flooding-santacruz-286mm-kurla-bmc-imd-hindustan-times'] = r'''
> Mumbai News
L city Mumbai
> Mumbai logs 286mm in 12 hours; Andheri, Sion waterlogged, trains halted for 5 hours
L city Mumbai
F quantity 286mm
F duration 12 hours
L city Andheri
L city Sion
F duration 5 hours
> IMD issues red alert for Wednesday; civic chief says 481 pumps deployed in low-lying areas
O government IMD
F number 481
> By Pranav S Deshmukh, Mumbai
P full Pranav S Deshmukh
L city Mumbai
> Jul 10, 2041 07:14 AM IST
F date Jul 10, 2041
F time 07:14 AM IST
> Commuters wade through knee-deep water near Sion station on Tuesday. (Satish B Kamble/HT Photo)
L facility Sion
P full Satish B Kamble
O media HT
> MUMBAI: Heavy rain lashed Mumbai for a second straight day on Tuesday, with the Santacruz observatory of the India Meteorological Department (IMD) recording 286.4mm in the 12 hours ending 8.30pm, the city’s heaviest July spell since 2036.
L city MUMBAI
L city Mumbai
L facility Santacruz
O government India Meteorological Department
O government IMD
F quantity 286.4mm
F duration 12 hours
F time 8.30pm
F date 2036
> The Colaba observatory in south Mumbai recorded 97.2mm in the same period. Low-lying pockets of Andheri, Sion, Kurla, Dadar and Malad were waterlogged by afternoon, and the Andheri subway and the Milan Subway in Santacruz were shut to traffic.
L facility Colaba
L city Mumbai
F quantity 97.2mm
L city Andheri
L city Sion
L city Kurla
L city Dadar
L city Malad
L facility Andheri
L facility Milan Subway
L city Santacruz
> Central Railway suspended services on its main line between Sion and Thane for nearly five hours after water rose above the tracks at Kurla, while Western Railway trains ran 20 to 25 minutes late. The suburban network carries about 75 lakh commuters a day.
O government Central Railway
L city Sion
L city Thane
F duration five hours
L city Kurla
O government Western Railway
F duration 20
F duration 25 minutes
F number 75 lakh
> Municipal commissioner Anil V Rajadhyaksha said the Brihanmumbai Municipal Corporation (BMC) had deployed 481 dewatering pumps, up from 386 last year, and that all six of its storm-water pumping stations were running at full capacity. “The city received almost a month’s rain in 12 hours. No drainage system in the world is built for that,” he said.
P full Anil V Rajadhyaksha
O government Brihanmumbai Municipal Corporation
O government BMC
F number 481
F number 386
F number six
F duration 12 hours
Q direct Anil V Rajadhyaksha :: “The city received almost a month’s rain in 12 hours. No drainage system in the world is built for that,”
> Rajadhyaksha said a 4.61-metre high tide at 1.52pm had forced the civic body to shut the floodgates at the Irla and Gazdarbandh pumping stations for over three hours. “Once the tide turned, the water receded from most spots within 90 minutes,” he added.
P partial Rajadhyaksha
F quantity 4.61-metre
F time 1.52pm
L facility Irla
L facility Gazdarbandh
F duration three hours
F duration 90 minutes
Q direct Anil V Rajadhyaksha :: “Once the tide turned, the water receded from most spots within 90 minutes,”
> The IMD has issued a red alert for Mumbai, Thane and Palghar for Wednesday, forecasting “extremely heavy rainfall” of over 204.4mm at isolated places and gusty winds of 40-50 kmph. Sushma R Iyer, a scientist at the IMD’s regional centre in Colaba, said a low-pressure area over the Bay of Bengal and an active offshore trough were driving the spell.
O government IMD
L city Mumbai
L city Thane
L region Palghar
Q scare - :: “extremely heavy rainfall”
F quantity 204.4mm
F quantity 40-50 kmph
P full Sushma R Iyer
O government IMD
L city Colaba
L geo Bay of Bengal
> “Rainfall will remain intense till Thursday morning. We have asked people in low-lying areas to step out only if it is necessary,” Iyer said.
Q direct Sushma R Iyer :: “Rainfall will remain intense till Thursday morning. We have asked people in low-lying areas to step out only if it is necessary,”
P partial Iyer
> Congress corporator Farida N Shaikh, who represents a ward in Kurla, said 600 residents of Kranti Nagar on the banks of the Mithi river were moved to two municipal schools at 3am. “Every year the BMC promises a flood-free Kurla, and every year my people sleep in a classroom,” she said. She said the civic body had spent ₹1,650 crore on widening the Mithi since 2037 “with nothing to show for it”.
P full Farida N Shaikh
L city Kurla
F number 600
L city Kranti Nagar
L geo Mithi
F number two
F time 3am
O government BMC
L city Kurla
F money ₹1,650 crore
L geo Mithi
F date 2037
Q direct Farida N Shaikh :: “Every year the BMC promises a flood-free Kurla, and every year my people sleep in a classroom,”
Q direct Farida N Shaikh :: “with nothing to show for it”
> Rohit K Salvi, 34, a bank clerk from Badlapur, spent nearly four hours in a stalled train outside Kurla station. “The motorman kept saying ‘only ten minutes’. After two hours we climbed down and walked on the tracks to Vidyavihar,” he said.
P full Rohit K Salvi
F age 34
L city Badlapur
F duration four hours
L facility Kurla
F duration ten minutes
F duration two hours
L city Vidyavihar
Q direct Rohit K Salvi :: “The motorman kept saying ‘only ten minutes’. After two hours we climbed down and walked on the tracks to Vidyavihar,”
> The BMC said in a statement that it had received 312 complaints of waterlogging and 27 of tree falls by 10pm, and asked citizens to “avoid the sea front and low-lying roads”. Schools and colleges will remain shut on Wednesday. The Maharashtra government has announced ₹4 lakh for the family of a 52-year-old man who drowned in a nullah in Goregaon.
O government BMC
F number 312
F number 27
F time 10pm
Q direct Brihanmumbai Municipal Corporation :: “avoid the sea front and low-lying roads”
L region Maharashtra
F money ₹4 lakh
F age 52-year-old
L city Goregaon
'''

ARTICLES['1869-european-parliament-minors-online-protection-vote-412-190-strasbourg-politico-europe'] = r'''
> Technology
> European Parliament votes 412-190 to curb ‘addictive’ apps for children
O intergovernmental European Parliament
F number 412-190
Q direct Katharina Vogelsang :: ‘addictive’
> The Online Minors Protection Act now heads to talks with EU governments, where Paris and Dublin want it watered down.
O intergovernmental EU
L city Paris
L city Dublin
> By Malin Fjellström and Tomasz Wierzbicki
P full Malin Fjellström
P full Tomasz Wierzbicki
> March 14, 2041 6:12 pm CET
F date March 14, 2041
F time 6:12 pm CET
> German MEP Katharina Vogelsang, the Parliament’s lead negotiator on the file, speaks in the Strasbourg hemicycle on Thursday. | Jean-Luc Hébrard/AFP via Getty Images
P full Katharina Vogelsang
O intergovernmental Parliament
L city Strasbourg
P full Jean-Luc Hébrard
O media AFP
O company Getty Images
> STRASBOURG — The European Parliament on Thursday voted 412-190, with 31 abstentions, to force social media platforms to switch off infinite scroll, autoplay and streak rewards by default for users under 16, setting up a clash with EU capitals that want a lighter touch.
L city STRASBOURG
O intergovernmental European Parliament
F number 412-190
F number 31
F age 16
O intergovernmental EU
> The Online Minors Protection Act, proposed by the European Commission in June 2040, would also ban targeted advertising to minors and require platforms with more than 45 million EU users to check ages. Fines could reach 6 percent of global turnover.
O intergovernmental European Commission
F date June 2040
F number 45 million
O intergovernmental EU
F percent 6 percent
> Katharina Vogelsang, a German lawmaker from the center-right European People’s Party (EPP) who steered the file through the Internal Market and Consumer Protection Committee (IMCO), said the vote sent “a message to every boardroom in Silicon Valley and Shenzhen.”
P full Katharina Vogelsang
O party European People’s Party
O party EPP
O intergovernmental Internal Market and Consumer Protection Committee
O intergovernmental IMCO
L region Silicon Valley
L city Shenzhen
Q direct Katharina Vogelsang :: “a message to every boardroom in Silicon Valley and Shenzhen.”
> “For a decade these companies told us children were not their customers. Their own engineers made these apps addictive, and this Parliament has now said: enough,” Vogelsang told POLITICO.
Q direct Katharina Vogelsang :: “For a decade these companies told us children were not their customers. Their own engineers made these apps addictive, and this Parliament has now said: enough,”
O intergovernmental Parliament
P partial Vogelsang
O media POLITICO
> The Socialists and Democrats (S&D) backed the text almost unanimously. Their shadow rapporteur, Spanish MEP Lucía Barreiro Castaño, said it should also have covered video games. “We were told the perfect was the enemy of the good,” she said. “Fine. I will be back with an amendment on loot boxes.”
O party Socialists and Democrats
O party S&D
P full Lucía Barreiro Castaño
Q direct Lucía Barreiro Castaño :: “We were told the perfect was the enemy of the good,”
Q direct Lucía Barreiro Castaño :: “Fine. I will be back with an amendment on loot boxes.”
> Renew Europe was split. French liberal Étienne Marchal-Duclos voted against, warning that mandatory age checks would mean “handing your ID card to a Chinese app to watch cat videos,” while most of the group’s Dutch and Danish members voted in favor.
O party Renew Europe
P full Étienne Marchal-Duclos
Q direct Étienne Marchal-Duclos :: “handing your ID card to a Chinese app to watch cat videos,”
> The Greens/EFA group, which had pushed for a full ban on recommendation algorithms for users under 18, abstained on the final text after its amendments fell by 47 votes. Czech Green Ondřej Havlíček called the result “a first step, and a timid one.”
O party Greens/EFA
F age 18
F number 47
P full Ondřej Havlíček
Q direct Ondřej Havlíček :: “a first step, and a timid one.”
> Commission spokesperson Aurelia Costa-Neves said the EU executive “welcomes the Parliament’s strong mandate” and hoped for a deal “before the summer.”
O intergovernmental Commission
P full Aurelia Costa-Neves
O intergovernmental EU
O intergovernmental Parliament
Q direct Aurelia Costa-Neves :: “welcomes the Parliament’s strong mandate”
Q direct Aurelia Costa-Neves :: “before the summer.”
> That will not be easy. France and Ireland, home to the EU headquarters of several large platforms, have argued in the Council that national regulators rather than Brussels should police the rules. Dublin fears for jobs; Paris wants its own age-verification law, passed in 2039, to stand. An EU diplomat said the two capitals could muster a blocking minority “if Berlin wobbles.”
L country France
L country Ireland
O intergovernmental EU
O intergovernmental Council
L city Brussels
L city Dublin
L city Paris
F date 2039
O intergovernmental EU
F number two
L city Berlin
Q direct - :: “if Berlin wobbles.”
> Industry was unimpressed. Jakob Lindqvist-Moreau, director general of the Coalition for Open Digital Markets (CODM), a Brussels-based group whose 38 members include the largest American and Chinese platforms, said the text would “break the internet for teenagers and adults alike.”
P full Jakob Lindqvist-Moreau
O nonprofit Coalition for Open Digital Markets
O nonprofit CODM
L city Brussels
F number 38
Q direct Jakob Lindqvist-Moreau :: “break the internet for teenagers and adults alike.”
> “Checking ages at this scale means collecting ID from 40 million teenagers. That is not child protection, it is a data grab,” he wrote in a LinkedIn post.
Q direct Jakob Lindqvist-Moreau :: “Checking ages at this scale means collecting ID from 40 million teenagers. That is not child protection, it is a data grab,”
F number 40 million
O company LinkedIn
> Trilogue talks are due to start on April 9. If agreed, the rules would apply 18 months after publication.
F date April 9
F duration 18 months
'''

ARTICLES['1870-cub-creek-fire-evergreen-brook-forest-evacuation-jefferson-county-colorado-sun'] = r'''
> Environment
> Cub Creek fire forces 3,800 people from homes near Evergreen as gusts push flames toward Colorado 74
F number 3,800
L city Evergreen
L street Colorado 74
> The fire had burned 2,140 acres by Tuesday evening with 0% containment. Jefferson County deputies went door to door in Brook Forest and along Upper Bear Creek Road.
F quantity 2,140 acres
F percent 0%
L region Jefferson County
L city Brook Forest
L street Upper Bear Creek Road
> By Olivia Kerrigan, The Colorado Sun
P full Olivia Kerrigan
O media The Colorado Sun
> Updated 8:47 PM MDT on Aug 13, 2041
F time 8:47 PM MDT
F date Aug 13, 2041
> A single-engine air tanker drops retardant on a ridge above Brook Forest Road on Tuesday. (Hugo Villarreal, Special to The Colorado Sun)
L street Brook Forest Road
P full Hugo Villarreal
O media The Colorado Sun
> A wind-driven wildfire in the foothills southwest of Evergreen forced about 3,800 people from their homes Tuesday as gusts of 45 mph pushed flames across Cub Creek and toward Colorado 74, the Jefferson County Sheriff's Office said.
L city Evergreen
F number 3,800
F quantity 45 mph
L geo Cub Creek
L street Colorado 74
O government Jefferson County Sheriff's Office
> The Cub Creek fire was reported at 12:41 p.m. near the intersection of Brook Forest Road and Black Mountain Drive and grew to 2,140 acres in about seven hours, according to the U.S. Forest Service, which is managing the blaze with the county because it spread onto Pike National Forest land.
F time 12:41 p.m.
L street Brook Forest Road
L street Black Mountain Drive
F quantity 2,140 acres
F duration seven hours
O government U.S. Forest Service
L geo Pike National Forest
> Sheriff's spokeswoman Jenna Aldana-Price said deputies knocked on about 1,600 doors. Mandatory evacuation orders covered Brook Forest, Upper Bear Creek and the Kittredge area, and pre-evacuation notices went to parts of Conifer and Aspen Park.
P full Jenna Aldana-Price
F number 1,600
L city Brook Forest
L city Upper Bear Creek
L city Kittredge
L city Conifer
L city Aspen Park
> "If you get a call from us, go. Don't stop to hose down the roof or load the horse trailer a third time," Aldana-Price said. "We had people on Upper Bear Creek Road who waited until the smoke turned orange."
Q direct Jenna Aldana-Price :: "If you get a call from us, go. Don't stop to hose down the roof or load the horse trailer a third time,"
P partial Aldana-Price
Q direct Jenna Aldana-Price :: "We had people on Upper Bear Creek Road who waited until the smoke turned orange."
L street Upper Bear Creek Road
> Ray Okonjo, a fire behavior analyst with the Rocky Mountain Area Coordination Center, said relative humidity had dropped to 6% by midafternoon and the fire was running through beetle-killed lodgepole pine and dry grass on south-facing slopes, throwing embers as far as 800 yards ahead of the main front.
P full Ray Okonjo
O government Rocky Mountain Area Coordination Center
F percent 6%
F quantity 800 yards
> "This is a plume-dominated fire right now. It makes its own weather, and when the column collapses it can push embers in any direction," Okonjo said. Fuels on the ridge, he said, were drier than 97% of readings taken in mid-August over the past 20 years.
Q direct Ray Okonjo :: "This is a plume-dominated fire right now. It makes its own weather, and when the column collapses it can push embers in any direction,"
P partial Okonjo
F percent 97%
F duration 20 years
> The Forest Service said two hotshot crews, four air tankers and three helicopters had been assigned, with about 210 firefighters on the ground, and called the terrain "steep, rocky and nearly roadless." A Type 2 incident management team will take command Wednesday at 6 a.m.
O government Forest Service
F number two
F number four
F number three
F number 210
Q direct U.S. Forest Service :: "steep, rocky and nearly roadless."
F time 6 a.m.
> At the evacuation center at Evergreen High School, Marisol Petrakis, 67, sat in a folding chair with two cats in a carrier at her feet. She has lived on Witter Gulch Road for 31 years.
L facility Evergreen High School
P full Marisol Petrakis
F age 67
F number two
L street Witter Gulch Road
F duration 31 years
> "My neighbor banged on the door and said, 'Mari, the hill's on fire, get in the car.' I grabbed the cats, my pills and my husband's ashes," Petrakis said. "Everything else is just stuff."
Q direct Marisol Petrakis :: "My neighbor banged on the door and said, 'Mari, the hill's on fire, get in the car.' I grabbed the cats, my pills and my husband's ashes,"
P partial Mari
P partial Petrakis
Q direct Marisol Petrakis :: "Everything else is just stuff."
> The American Red Cross opened a second shelter at Conifer High School, and Jeffco Public Schools canceled classes at five schools. Colorado 74 was closed between Evergreen and Kittredge, while U.S. 285 remained open.
O nonprofit American Red Cross
L facility Conifer High School
O education Jeffco Public Schools
F number five
L street Colorado 74
L city Evergreen
L city Kittredge
L street U.S. 285
> Forecasters expect winds to ease to 15 to 20 mph on Wednesday, with a 30% chance of thunderstorms after 2 p.m.
F quantity 15
F quantity 20 mph
F percent 30%
F time 2 p.m.
'''

ARTICLES['1871-tour-de-france-stage-9-saint-flour-le-lioran-lenaerts-ferrand-results-rouleur'] = r'''
> Racing
> Tour de France stage 9: Lenaerts solos to Le Lioran as Ferrand keeps yellow
P partial Lenaerts
L city Le Lioran
P partial Ferrand
> The Belgian dropped the last of the breakaway on the Pas de Peyrol and held off the chasers by 1:12 on the run-in through the Cantal
L geo Pas de Peyrol
F duration 1:12
L region Cantal
> Words by Tom Ashcombe
P full Tom Ashcombe
> Sunday 13 July 2042
F date 13 July 2042
> Arno Lenaerts crosses the line alone at Le Lioran (Image: Dafydd Prys-Jones/SWpix.com)
P full Arno Lenaerts
L city Le Lioran
P full Dafydd Prys-Jones
O media SWpix.com
> Arno Lenaerts of Soudal Quick-Step won stage 9 of the Tour de France on Sunday, attacking from a 14-rider breakaway on the steepest ramps of the Pas de Peyrol and riding the last 34km alone to the ski station of Le Lioran.
P full Arno Lenaerts
O team Soudal Quick-Step
F number 14
L geo Pas de Peyrol
F quantity 34km
L city Le Lioran
> The 26-year-old from Geraardsbergen finished 1:12 ahead of a chase group driven by Visma-Lease a Bike, while Lucas Ferrand (Decathlon AG2R La Mondiale) came home with the other contenders at 2:47 to keep the yellow jersey for a fourth day.
F age 26-year-old
L city Geraardsbergen
F duration 1:12
O team Visma-Lease a Bike
P full Lucas Ferrand
O team Decathlon AG2R La Mondiale
F duration 2:47
> The 178.4km stage from Saint-Flour packed in 4,150 metres of climbing over seven categorised climbs. Lenaerts went clear on the Pas de Peyrol, 5.4km at an average of 8.1 per cent with a final kilometre above 12 per cent.
F quantity 178.4km
L city Saint-Flour
F quantity 4,150 metres
F number seven
P partial Lenaerts
L geo Pas de Peyrol
F quantity 5.4km
F percent 8.1 per cent
F percent 12 per cent
> “I looked at the profile this morning and thought, ‘If I have the legs, I go on the Peyrol.’ I had the legs,” Lenaerts said. “My father drove eleven hours from Flanders to stand on that climb. This one is for him.”
Q direct Arno Lenaerts :: “I looked at the profile this morning and thought, ‘If I have the legs, I go on the Peyrol.’ I had the legs,”
L geo Peyrol
P partial Lenaerts
Q direct Arno Lenaerts :: “My father drove eleven hours from Flanders to stand on that climb. This one is for him.”
F duration eleven hours
L region Flanders
> Behind, UAE Team Emirates XRG set a fierce tempo on the Col de Néronne that cut the yellow jersey group to 11 riders, and only their Slovenian leader, Matej Kranjc, could follow when Ferrand accelerated 2km from the top of the Peyrol.
O team UAE Team Emirates XRG
L geo Col de Néronne
F number 11
P full Matej Kranjc
P partial Ferrand
F quantity 2km
L geo Peyrol
> Ferrand, 24, now leads Kranjc by 0:38 overall, with Denmark’s Mikkel Østergaard (Lidl-Trek) third at 1:55.
P partial Ferrand
F age 24
P partial Kranjc
F duration 0:38
L country Denmark
P full Mikkel Østergaard
O team Lidl-Trek
F duration 1:55
> “People in France have waited a long time for this. I feel it on every climb, and it gives me something extra,” said Ferrand, who grew up in Aurillac, 40km west of the finish. “Tomorrow is the rest day, and I will sleep in the jersey. Maybe.”
Q direct Lucas Ferrand :: “People in France have waited a long time for this. I feel it on every climb, and it gives me something extra,”
L country France
P partial Ferrand
L city Aurillac
F quantity 40km
Q direct Lucas Ferrand :: “Tomorrow is the rest day, and I will sleep in the jersey. Maybe.”
> Kranjc was calm. “Lucas was stronger today and I lost 17 seconds on the last ramp. We still have two weeks and the Alps,” the Slovenian said.
P partial Kranjc
Q direct Matej Kranjc :: “Lucas was stronger today and I lost 17 seconds on the last ramp. We still have two weeks and the Alps,”
P partial Lucas
F duration 17 seconds
F duration two weeks
L geo Alps
> Temperatures reached 33°C in the valley at Murat, and the race jury fined four riders 200 Swiss francs each for taking bottles from team cars inside the final 20km.
F quantity 33°C
L city Murat
F number four
F money 200 Swiss francs
F quantity 20km
> Tour de France 2042 stage 9 results
F date 2042
> 1. Arno Lenaerts (Bel) Soudal Quick-Step, 4:38:09
P full Arno Lenaerts
L country Bel
O team Soudal Quick-Step
F duration 4:38:09
> 2. Pieter Claeys (Bel) Visma-Lease a Bike, at 1:12
P full Pieter Claeys
L country Bel
O team Visma-Lease a Bike
F duration 1:12
> 3. Hugo Serrat (Fra) Groupama-FDJ, s.t.
P full Hugo Serrat
L country Fra
O team Groupama-FDJ
> 4. Lucas Ferrand (Fra) Decathlon AG2R La Mondiale, at 2:47
P full Lucas Ferrand
L country Fra
O team Decathlon AG2R La Mondiale
F duration 2:47
> 5. Matej Kranjc (Slo) UAE Team Emirates XRG, at 3:04
P full Matej Kranjc
L country Slo
O team UAE Team Emirates XRG
F duration 3:04
> General classification after stage 9
> 1. Lucas Ferrand (Fra) Decathlon AG2R La Mondiale, 37:12:40
P full Lucas Ferrand
L country Fra
O team Decathlon AG2R La Mondiale
F duration 37:12:40
> 2. Matej Kranjc (Slo) UAE Team Emirates XRG, at 0:38
P full Matej Kranjc
L country Slo
O team UAE Team Emirates XRG
F duration 0:38
> 3. Mikkel Østergaard (Den) Lidl-Trek, at 1:55
P full Mikkel Østergaard
L country Den
O team Lidl-Trek
F duration 1:55
'''

ARTICLES['1872-wfp-aid-convoy-tine-chad-north-darfur-kornoi-unhcr-al-jazeera'] = r'''
> News|Humanitarian Crises
> First UN food convoy in five weeks crosses from Chad into Sudan’s North Darfur
O intergovernmental UN
F duration five weeks
L country Chad
L country Sudan
L region North Darfur
> Forty-two WFP trucks carrying 1,260 tonnes of food reach Kornoi as aid agencies warn famine is spreading across Darfur
F number Forty-two
O intergovernmental WFP
F quantity 1,260 tonnes
L city Kornoi
L region Darfur
> By Hiba el-Mahdi
P full Hiba el-Mahdi
> Published On 22 Aug 2041
F date 22 Aug 2041
> World Food Programme trucks wait at the Tine border crossing before entering Sudan [Yacoub Haroun/Al Jazeera]
O intergovernmental World Food Programme
L city Tine
L country Sudan
P full Yacoub Haroun
O media Al Jazeera
> Tine, Chad – A convoy of 42 trucks carrying food and medicine has crossed from eastern Chad into Sudan’s North Darfur state, the first United Nations aid to reach the area through the Tine crossing in five weeks.
L city Tine
L country Chad
F number 42
L country Chad
L country Sudan
L region North Darfur
O intergovernmental United Nations
L city Tine
F duration five weeks
> The World Food Programme (WFP) said on Thursday that the trucks carried 1,260 tonnes of sorghum, lentils, oil and fortified nutrition products, enough to feed about 84,000 people for a month. The convoy reached Kornoi, 60km inside Sudan, by nightfall and is due in Um Baru on Friday.
O intergovernmental World Food Programme
O intergovernmental WFP
F quantity 1,260 tonnes
F number 84,000
L city Kornoi
F quantity 60km
L country Sudan
L city Um Baru
> “Every day this road is closed, children die who did not have to,” said Leila al-Sharif, WFP’s deputy country director for Sudan. “We had 300 trucks waiting in Chad. Forty-two is a start, not a solution.”
Q direct Leila al-Sharif :: “Every day this road is closed, children die who did not have to,”
P full Leila al-Sharif
O intergovernmental WFP
L country Sudan
Q direct Leila al-Sharif :: “We had 300 trucks waiting in Chad. Forty-two is a start, not a solution.”
F number 300
L country Chad
F number Forty-two
> Al-Sharif said the convoy had waited 11 days at the border for permits from the Humanitarian Aid Commission (HAC), the government body that approves aid movements, and for security guarantees from the paramilitary Rapid Support Forces (RSF), which holds most of Darfur. In a statement on Telegram, the RSF said it had “facilitated the safe passage of humanitarian aid”.
P partial Al-Sharif
F duration 11 days
O government Humanitarian Aid Commission
O government HAC
O other Rapid Support Forces
O other RSF
L region Darfur
O company Telegram
O other RSF
Q direct Rapid Support Forces :: “facilitated the safe passage of humanitarian aid”
> The UN refugee agency, UNHCR, says more than 1.3 million Sudanese refugees now live in eastern Chad, most of them in camps around Adre, Iriba and Farchana. About 2,400 people crossed at Tine in the past week alone.
O intergovernmental UN
O intergovernmental UNHCR
F number 1.3 million
L country Chad
L city Adre
L city Iriba
L city Farchana
F number 2,400
L city Tine
> “The people arriving now are the ones who stayed as long as they could. They come with nothing, and many of the children are already malnourished,” said Mariam Diallo Touré, who heads UNHCR’s office in Iriba.
Q direct Mariam Diallo Touré :: “The people arriving now are the ones who stayed as long as they could. They come with nothing, and many of the children are already malnourished,”
P full Mariam Diallo Touré
O intergovernmental UNHCR
L city Iriba
> Osman Idriss al-Tayeb, an aid worker with the Norwegian Refugee Council (NRC) who travelled with the convoy, said seasonal rains had cut the road from Tine to Kornoi in three places, and drivers spent six hours digging trucks out of a riverbed known locally as “the trap”.
P full Osman Idriss al-Tayeb
O nonprofit Norwegian Refugee Council
O nonprofit NRC
L city Tine
L city Kornoi
F number three
F duration six hours
Q scare - :: “the trap”
> “In Kornoi, mothers were waiting by the road with empty sacks before we even stopped,” al-Tayeb said. “A woman asked me if there would be another convoy next week. I could not answer her.”
Q direct Osman Idriss al-Tayeb :: “In Kornoi, mothers were waiting by the road with empty sacks before we even stopped,”
L city Kornoi
P partial al-Tayeb
Q direct Osman Idriss al-Tayeb :: “A woman asked me if there would be another convoy next week. I could not answer her.”
> Among those waiting was Hawa Adam Yahya, 29, who reached Kornoi in June with her four children after walking for nine days from El Fasher, about 250km to the south-east.
P full Hawa Adam Yahya
F age 29
L city Kornoi
F number four
F duration nine days
L city El Fasher
F quantity 250km
> “My youngest is two. For a week we ate only leaves and a little millet,” she told Al Jazeera through an interpreter. “When I saw the trucks, I cried. My daughter asked me, ‘Mama, is it Eid?’”
Q direct Hawa Adam Yahya :: “My youngest is two. For a week we ate only leaves and a little millet,”
F age two
O media Al Jazeera
Q direct Hawa Adam Yahya :: “When I saw the trucks, I cried. My daughter asked me, ‘Mama, is it Eid?’”
> The UN Office for the Coordination of Humanitarian Affairs (OCHA) said last month that famine conditions had spread to 14 localities of North Darfur, affecting an estimated 2.1 million people. WFP says it needs $410m to keep operations in Sudan running until the end of the year.
O intergovernmental UN Office for the Coordination of Humanitarian Affairs
O intergovernmental OCHA
F number 14
L region North Darfur
F number 2.1 million
O intergovernmental WFP
F money $410m
L country Sudan
> Source: Al Jazeera
O media Al Jazeera
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
