#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval142 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval142/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['895-orange-walk-corozal-cane-farmers-final-payment-bsi-chetumal-amandala'] = r'''
> Headlines
> Cane farmers want BZ$9.6 million from BSI before new crop
F money BZ$9.6 million
O company BSI
> Orange Walk and Corozal growers say the final payment is three months late; some look to Chetumal
L region Orange Walk
L region Corozal
F duration three months
L city Chetumal
> By Marisol Cawich
P full Marisol Cawich
> Posted: Friday, September 16th, 2039
F date September 16th, 2039
> Cane trucks wait at the Tower Hill factory. (Photo: Marisol Cawich)
L city Tower Hill
P full Marisol Cawich
> ORANGE WALK TOWN, Thurs. Sept. 15, 2039-- Cane farmers say Belize Sugar Industries Limited (BSI) still owes them about BZ$9.6 million (US$4.8 million) for the 2038-39 crop, and leaders of two of the three cane farmers’ associations warned today that growers may hold back cane from the December crop unless they are paid by September 30.
L city ORANGE WALK TOWN
F date Sept. 15, 2039
O company Belize Sugar Industries Limited
O company BSI
F money BZ$9.6 million
F money US$4.8 million
F date 2038-39
F number two
F number three
F date September 30
> The final payment is worked out after the last sugar of the crop is sold. BSI paid an advance of BZ$52.00 per long ton and a second payment of BZ$9.40 in June, but farmers say at least BZ$11.20 a ton is still owed on the 857,000 long tons they delivered to Tower Hill.
O company BSI
F money BZ$52.00
F money BZ$9.40
F money BZ$11.20
F quantity 857,000 long tons
L city Tower Hill
> “We delivered the cane. The sugar is sold, the molasses is sold, and the money is sitting in a bank account,” said Alfonso Pech, 58, chairman of the Belize Sugar Cane Farmers Association (BSCFA), at a meeting of some 600 farmers at the People’s Stadium on Wednesday.
Q direct Alfonso Pech :: “We delivered the cane. The sugar is sold, the molasses is sold, and the money is sitting in a bank account,”
P full Alfonso Pech
F age 58
O nonprofit Belize Sugar Cane Farmers Association
O nonprofit BSCFA
F number 600
L facility People’s Stadium
> “They told us in June, ‘Wait for the London price.’ Now it is September, and a man with 40 acres in Trial Farm is still waiting on $4,500,” he said.
Q direct Alfonso Pech :: “They told us in June, ‘Wait for the London price.’ Now it is September, and a man with 40 acres in Trial Farm is still waiting on $4,500,”
L city London
F quantity 40 acres
L city Trial Farm
F money $4,500
> Pech said the BSCFA had written to BSI three times since July and asked the Sugar Industry Control Board (SICB) to publish its figures. Farmers also want an explanation of what they call the “sweep”, a 2.5 percent deduction on cane that reaches the factory more than 36 hours after burning.
P partial Pech
O nonprofit BSCFA
O company BSI
F number three
O government Sugar Industry Control Board
O government SICB
Q scare - :: “sweep”
F percent 2.5 percent
F duration 36 hours
> In Corozal, Ovidio de la Fuente, president of the Corozal Sugar Cane Producers Association (CSCPA), said members in Calcutta, Libertad and Xaibe were “tired of promises”.
L region Corozal
P full Ovidio de la Fuente
O nonprofit Corozal Sugar Cane Producers Association
O nonprofit CSCPA
L city Calcutta
L city Libertad
L city Xaibe
Q direct Ovidio de la Fuente :: “tired of promises”
> “Across the Río Hondo in Chetumal they pay on delivery. Our young farmers ask why they must wait nine months for their money when a mill in Mexico is 20 miles away,” de la Fuente said. “I tell them the law does not allow it.
Q direct Ovidio de la Fuente :: “Across the Río Hondo in Chetumal they pay on delivery. Our young farmers ask why they must wait nine months for their money when a mill in Mexico is 20 miles away,”
L geo Río Hondo
L city Chetumal
F duration nine months
L country Mexico
F quantity 20 miles
P partial de la Fuente
Q direct Ovidio de la Fuente :: “I tell them the law does not allow it.
> “But if BSI does not pay by the end of the month, I cannot promise every truck in Corozal will turn south to Tower Hill.”
Q direct Ovidio de la Fuente :: “But if BSI does not pay by the end of the month, I cannot promise every truck in Corozal will turn south to Tower Hill.”
O company BSI
L region Corozal
L city Tower Hill
> In a statement on Wednesday, BSI said the final price “will be declared as soon as the last shipment is paid for” and blamed “lower premiums in the European market”.
O company BSI
Q direct Belize Sugar Industries Limited :: “will be declared as soon as the last shipment is paid for”
Q direct Belize Sugar Industries Limited :: “lower premiums in the European market”
> An official at the Ministry of Agriculture in Belmopan, who asked not to be named, told Amandala the Minister met both sides on Monday. “Nobody wants a strike at the start of the crop. We expect a figure within two weeks,” the official said.
O government Ministry of Agriculture
L city Belmopan
O media Amandala
Q direct - :: “Nobody wants a strike at the start of the crop. We expect a figure within two weeks,”
F duration two weeks
> About 5,200 farmers deliver cane to Tower Hill, most of them from the Orange Walk and Corozal districts, according to the SICB. The 2038-39 crop ran for 27 weeks, from December 14 to June 19.
F number 5,200
L city Tower Hill
L region Orange Walk
L region Corozal
O government SICB
F date 2038-39
F duration 27 weeks
F date December 14
F date June 19
> Elvia Chan, 44, of Douglas village, held up her bank book at the meeting. “The cane money pays the school fees. School opened on September 5th and my two children are still in last year’s shoes,” she said.
P full Elvia Chan
F age 44
L city Douglas
Q direct Elvia Chan :: “The cane money pays the school fees. School opened on September 5th and my two children are still in last year’s shoes,”
F date September 5th
F number two
> The associations meet BSI and the SICB again at 10:00 a.m. on Tuesday in Orange Walk Town.
O company BSI
O government SICB
F time 10:00 a.m.
L city Orange Walk Town
'''

ARTICLES['896-metro-express-airport-extension-curepipe-plaisance-rose-hill-traders-defimedia'] = r'''
> Transport
> Metro Express: airport extension to cost Rs 14.6 billion, works to start in Curepipe in July
F money Rs 14.6 billion
L city Curepipe
> Rose-Hill traders fear another two years of roadworks; the minister promises a 31-minute trip from Port Louis to Plaisance
L city Rose-Hill
F duration two years
F duration 31-minute
L city Port Louis
L city Plaisance
> By Kevin Li Kam Wa
P full Kevin Li Kam Wa
> 13 March 2039 | 10:42
F date 13 March 2039
F time 10:42
> A Metro Express tram leaves Rose-Hill Central station. Photo: Defimedia/Jean-Noël Appadoo
L facility Rose-Hill Central
O media Defimedia
P full Jean-Noël Appadoo
> The government will spend Rs 14.6 billion to extend the Metro Express from Curepipe to Sir Seewoosagur Ramgoolam International Airport at Plaisance, the Minister of Land Transport, Ashvin Bhujun, announced on Friday in Port Louis. Works on the 13.8-kilometre line are due to start in Curepipe on 1 July.
F money Rs 14.6 billion
L city Curepipe
L facility Sir Seewoosagur Ramgoolam International Airport
L city Plaisance
P full Ashvin Bhujun
L city Port Louis
F quantity 13.8-kilometre
L city Curepipe
F date 1 July
> The line will run south through Forest-Side, La Vigie and Nouvelle France, with seven new stations. Metro Express Ltd (MEL), the state-owned operator, expects 9,000 passengers a day on the extension by 2042.
L city Forest-Side
L city La Vigie
L city Nouvelle France
F number seven
O company Metro Express Ltd
O company MEL
F number 9,000
F date 2042
> “For 20 years people have asked why the train stops at Curepipe. A tourist lands at Plaisance and needs one hour and a taxi at Rs 2,500 to reach Port Louis. This will end that,” Bhujun said.
Q direct Ashvin Bhujun :: “For 20 years people have asked why the train stops at Curepipe. A tourist lands at Plaisance and needs one hour and a taxi at Rs 2,500 to reach Port Louis. This will end that,”
F duration 20 years
L city Curepipe
L city Plaisance
F duration one hour
F money Rs 2,500
L city Port Louis
P partial Bhujun
> The minister said Rs 9.2 billion would come from a line of credit from the Export-Import Bank of India, as for the earlier phases, and the rest from the budget. About 60% of the civil works would go to Larsen & Toubro, which built the original line between 2017 and 2022.
F money Rs 9.2 billion
O company Export-Import Bank of India
F percent 60%
O company Larsen & Toubro
F date 2017
F date 2022
> In Rose-Hill, where a new interchange is planned beside the Plaza, traders have heard such promises before. “We lost two years of business when the first line came down Royal Road. Now they want to dig again for the airport,” said Marie-Claude de Spéville, 52, who runs a shoe shop opposite the station. “My customers come by bus. When the road is closed, they go to Ebène or to Bagatelle.
L city Rose-Hill
L facility Plaza
Q direct Marie-Claude de Spéville :: “We lost two years of business when the first line came down Royal Road. Now they want to dig again for the airport,”
F duration two years
L street Royal Road
P full Marie-Claude de Spéville
F age 52
Q direct Marie-Claude de Spéville :: “My customers come by bus. When the road is closed, they go to Ebène or to Bagatelle.
L city Ebène
L city Bagatelle
> “Who will pay my rent of Rs 38,000 while they dig?”
Q direct Marie-Claude de Spéville :: “Who will pay my rent of Rs 38,000 while they dig?”
F money Rs 38,000
> The Municipal Council of Beau Bassin-Rose Hill has asked MEL for a meeting. The Association des Consommateurs de l’Île Maurice (ACIM) said in a statement that the Rs 35 fare to Curepipe must not rise and that the airport link must not become “a luxury line for tourists”.
O government Municipal Council of Beau Bassin-Rose Hill
O company MEL
O nonprofit Association des Consommateurs de l’Île Maurice
O nonprofit ACIM
F money Rs 35
L city Curepipe
Q direct Association des Consommateurs de l’Île Maurice :: “a luxury line for tourists”
> An engineer at MEL, who asked not to be named, said the hardest section would be the climb out of Curepipe, “where we have 4% gradients and rain 250 days a year”. Trains now run every six minutes at peak hours between Port Louis Victoria and Curepipe Central, and MEL carried an average of 68,000 passengers a day in 2038, up 7.5% on 2037.
O company MEL
L city Curepipe
Q direct - :: “where we have 4% gradients and rain 250 days a year”
F percent 4%
F duration 250 days
F duration six minutes
L facility Port Louis Victoria
L facility Curepipe Central
O company MEL
F number 68,000
F date 2038
F percent 7.5%
F date 2037
> Opposition MP Nadia Teeluck of the MMM called the project “an election train” and asked why the feasibility study had not been published. “Rs 14.6 billion for 9,000 passengers a day is Rs 1.6 million per passenger. Show us the numbers,” she said.
P full Nadia Teeluck
O party MMM
Q direct Nadia Teeluck :: “an election train”
Q direct Nadia Teeluck :: “Rs 14.6 billion for 9,000 passengers a day is Rs 1.6 million per passenger. Show us the numbers,”
F money Rs 14.6 billion
F number 9,000
F money Rs 1.6 million
> Bhujun said the study would be tabled in the National Assembly on 22 March and that the first trains should reach Plaisance in December 2041.
P partial Bhujun
O government National Assembly
F date 22 March
L city Plaisance
F date December 2041
'''

ARTICLES['897-frontier-queues-la-linea-spain-checks-cross-border-workers-unite-ascteg-gbc'] = r'''
> News
> Frontier queues hit three hours as Spain steps up checks
F duration three hours
L country Spain
> Unite warns of “chaos every morning” for cross-border workers; minister raises delays with Madrid and Brussels
O nonprofit Unite
Q direct Lianne Vinet :: “chaos every morning”
L city Madrid
L city Brussels
> By Kyle Sacarello
P full Kyle Sacarello
> 12 March 2041
F date 12 March 2041
> Pedestrians queue at the frontier on Monday morning. Photo: GBC
O media GBC
> Cross-border workers waited up to three hours to enter Gibraltar from La Línea on Monday, after Spanish officers began full biometric checks at the frontier under what Spain’s Interior Ministry called a “temporary reinforcement” of controls.
F duration three hours
L region Gibraltar
L city La Línea
L country Spain
O government Interior Ministry
Q direct Interior Ministry :: “temporary reinforcement”
> Cars were backed up along the Avenida Príncipe de Asturias in La Línea from 6.45am, and pedestrians queued for between 90 minutes and three hours at the Spanish booths, according to the Royal Gibraltar Police (RGP). By 10am the line of cars stretched for 1.4 kilometres.
L street Avenida Príncipe de Asturias
L city La Línea
F time 6.45am
F duration 90 minutes
F duration three hours
O government Royal Gibraltar Police
O government RGP
F time 10am
F quantity 1.4 kilometres
> In a statement on Friday, the ministry in Madrid said the checks were needed after a rise in tobacco and drug smuggling and would last “as long as necessary”. It did not say how many officers had been sent to the crossing.
L city Madrid
Q direct Interior Ministry :: “as long as necessary”
> The Minister for Justice and Home Affairs, Nicholas Olivero, said the Government had raised the delays with Madrid and Brussels “at the highest level” on Monday night.
P full Nicholas Olivero
L city Madrid
L city Brussels
Q direct Nicholas Olivero :: “at the highest level”
> “What we saw today is not what was agreed. A nurse who lives in La Línea and works at St Bernard’s Hospital should not have to leave home at 5am to start a shift at 8am,” Mr Olivero told GBC. “We will not accept this as the new normal.”
Q direct Nicholas Olivero :: “What we saw today is not what was agreed. A nurse who lives in La Línea and works at St Bernard’s Hospital should not have to leave home at 5am to start a shift at 8am,”
L city La Línea
O other St Bernard’s Hospital
F time 5am
F time 8am
P partial Olivero
O media GBC
Q direct Nicholas Olivero :: “We will not accept this as the new normal.”
> About 15,000 workers cross the frontier each day, 11,200 of them Spanish nationals, according to Government figures. Many live in La Línea, San Roque and Algeciras. The Gibraltar Chamber of Commerce estimated that Monday’s delays cost local businesses £1.3 million in lost hours and late deliveries.
F number 15,000
F number 11,200
L city La Línea
L city San Roque
L city Algeciras
O nonprofit Gibraltar Chamber of Commerce
F money £1.3 million
> The Gibraltar Health Authority (GHA) said 46 of the staff due on the morning shift at St Bernard’s arrived late and that two planned operations had been postponed. Schools said about a third of their Spanish-resident teaching assistants were delayed.
O government Gibraltar Health Authority
O government GHA
F number 46
O other St Bernard’s
F number two
F fraction a third
> “If this goes on, it will be chaos every morning. Our members in construction, at the port and in the care homes are already losing pay for arriving late,” said Lianne Vinet, Unite’s district officer in Gibraltar.
Q direct Lianne Vinet :: “If this goes on, it will be chaos every morning. Our members in construction, at the port and in the care homes are already losing pay for arriving late,”
P full Lianne Vinet
O nonprofit Unite
L region Gibraltar
> Juan Carlos Ruiz de Almodóvar, spokesman for the Asociación Sociocultural de Trabajadores Españoles en Gibraltar (ASCTEG), said workers who drive were paying up to €12 a day more to park in La Línea while they crossed on foot. “A cleaner earns €9 an hour. Three hours in a queue is €27 she will never see,” he said, speaking in Spanish.
P full Juan Carlos Ruiz de Almodóvar
O nonprofit Asociación Sociocultural de Trabajadores Españoles en Gibraltar
O nonprofit ASCTEG
F money €12
L city La Línea
Q direct Juan Carlos Ruiz de Almodóvar :: “A cleaner earns €9 an hour. Three hours in a queue is €27 she will never see,”
F money €9
F duration Three hours
F money €27
> The mayor of La Línea, Rocío Benítez Macías, called the queues “a punishment for the people of the Campo”. Benítez, whose town lives on wages earned in Gibraltar, said she would travel to Madrid on Thursday to ask for more officers at the booths, “not more checks”.
L city La Línea
P full Rocío Benítez Macías
Q direct Rocío Benítez Macías :: “a punishment for the people of the Campo”
L region Campo
P partial Benítez
L region Gibraltar
L city Madrid
Q direct Rocío Benítez Macías :: “not more checks”
> The queues eased after 1pm, and by 4.30pm the wait had fallen to about 25 minutes, RGP figures showed.
F time 1pm
F time 4.30pm
F duration 25 minutes
O government RGP
'''

ARTICLES['898-ostersund-sprint-saeterdal-hoff-fabre-mollard-pfeiffer-biathlon-world-cup-results-ibu'] = r'''
> World Cup
> Sæterdal Hoff Wins Östersund Sprint as Fabre-Mollard Pays for Late Miss
P partial Sæterdal Hoff
L city Östersund
P partial Fabre-Mollard
> The 23-year-old Norwegian shoots clean for his first World Cup victory; Germany’s Lukas Pfeiffer completes the podium
F age 23-year-old
L country Germany
P full Lukas Pfeiffer
> By Hanna Lindqvist
P full Hanna Lindqvist
> 28 November 2039
F date 28 November 2039
> Eirik Sæterdal Hoff on his way to victory in the men’s 10 km sprint. Photo: IBU/Per Ekström
P full Eirik Sæterdal Hoff
F quantity 10 km
O other IBU
P full Per Ekström
> Eirik Sæterdal Hoff of Norway took his first World Cup win in the men’s 10 km sprint in Östersund on Thursday, hitting all 10 targets and finishing in 23:48.6, 6.9 seconds ahead of France’s Émilien Fabre-Mollard.
P full Eirik Sæterdal Hoff
L country Norway
F quantity 10 km
L city Östersund
F number 10
F duration 23:48.6
F duration 6.9 seconds
L country France
P full Émilien Fabre-Mollard
> Fabre-Mollard, the fastest man on the course, missed his final standing shot and lost about 24 seconds on the 150-metre penalty loop. Pfeiffer, also clean, was third, 12.4 seconds back, ahead of Norway’s Trygve Nordhagen and Quentin Le Guennec of France.
P partial Fabre-Mollard
F duration 24 seconds
F quantity 150-metre
P partial Pfeiffer
F duration 12.4 seconds
L country Norway
P full Trygve Nordhagen
P full Quentin Le Guennec
L country France
> The race opened the 2039-40 season at Östersund Ski Stadium in a temperature of minus 11 degrees, with a light wind of 2 m/s on the range. A crowd of 7,800 watched under floodlights after the 14:15 start.
F date 2039-40
L facility Östersund Ski Stadium
F quantity minus 11 degrees
F quantity 2 m/s
F number 7,800
F time 14:15
> “I have been second and third so many times, so I am really happy that today it was my day,” said Sæterdal Hoff, who trains in Lillehammer. “In the standing I just said to myself, ‘Five times the same shot.’ And it worked.”
Q direct Eirik Sæterdal Hoff :: “I have been second and third so many times, so I am really happy that today it was my day,”
P partial Sæterdal Hoff
L city Lillehammer
Q direct Eirik Sæterdal Hoff :: “In the standing I just said to myself, ‘Five times the same shot.’ And it worked.”
F number Five
> Fabre-Mollard, who won the sprint here in 2038, said the wind had turned before his last shot. “I was too fast in my head. Ninety-nine percent of the race was good, but in biathlon the last one percent is everything,” he said.
P partial Fabre-Mollard
F date 2038
Q direct Émilien Fabre-Mollard :: “I was too fast in my head. Ninety-nine percent of the race was good, but in biathlon the last one percent is everything,”
F percent Ninety-nine percent
F percent one percent
> Pfeiffer, 27, from Berchtesgaden, took the fourth podium of his career. “Third place in the first race is a good start. Now we go to Hochfilzen with confidence,” he said.
P partial Pfeiffer
F age 27
L city Berchtesgaden
Q direct Lukas Pfeiffer :: “Third place in the first race is a good start. Now we go to Hochfilzen with confidence,”
L city Hochfilzen
> Norway placed two men in the top four, and Nordhagen, fourth after a miss in the prone stage, said the team had found “a very good ski” on the soft new snow. Each Norwegian tested 14 pairs of skis before the start, according to team wax technician Ole-Kristian Rørvik.
O team Norway
F number two
F number four
P partial Nordhagen
Q direct Trygve Nordhagen :: “a very good ski”
F number 14
P full Ole-Kristian Rørvik
> Le Guennec, 31, the oldest man in the top 10, said he was “happy but not satisfied” after his best result since March 2037, when he won the mass start at Holmenkollen in Oslo.
P partial Le Guennec
F age 31
F number 10
Q direct Quentin Le Guennec :: “happy but not satisfied”
F date March 2037
L facility Holmenkollen
L city Oslo
> German Ski Association (DSV) head coach Matthias von Thaden called it “a very solid team result”, with four Germans in the top 15. Sweden’s Viktor Åhlund, the home favourite, was 17th after two misses.
O nonprofit German Ski Association
O nonprofit DSV
P full Matthias von Thaden
Q direct Matthias von Thaden :: “a very solid team result”
F number four
F number 15
L country Sweden
P full Viktor Åhlund
F number two
> Sæterdal Hoff will start Saturday’s 12.5 km pursuit with a 6.9-second lead. The top 60 of the 104 starters qualified, and the race begins at 13:45 local time. The women’s 7.5 km sprint is on Friday.
P partial Sæterdal Hoff
F quantity 12.5 km
F duration 6.9-second
F number 60
F number 104
F time 13:45
F quantity 7.5 km
> Men’s 10 km sprint
F quantity 10 km
> 1. Eirik Sæterdal Hoff (NOR) 23:48.6 (0+0)
P full Eirik Sæterdal Hoff
L country NOR
F duration 23:48.6
F score 0+0
> 2. Émilien Fabre-Mollard (FRA) +6.9 (0+1)
P full Émilien Fabre-Mollard
L country FRA
F duration +6.9
F score 0+1
> 3. Lukas Pfeiffer (GER) +12.4 (0+0)
P full Lukas Pfeiffer
L country GER
F duration +12.4
F score 0+0
> 4. Trygve Nordhagen (NOR) +19.0 (1+0)
P full Trygve Nordhagen
L country NOR
F duration +19.0
F score 1+0
> 5. Quentin Le Guennec (FRA) +23.7 (0+1)
P full Quentin Le Guennec
L country FRA
F duration +23.7
F score 0+1
> 6. Jonas Brückner (GER) +31.2 (1+0)
P full Jonas Brückner
L country GER
F duration +31.2
F score 1+0
'''

ARTICLES['899-wythenshawe-sale-cocaine-line-gang-jailed-minshull-street-crown-court-manchester-evening-news'] = r'''
> Crime
> 'You traded in misery': Gang who ran 'Benny' cocaine line from Wythenshawe jailed
Q direct Helen Abernethy :: 'You traded in misery'
Q scare - :: 'Benny'
L city Wythenshawe
> Three men were locked up at Minshull Street Crown Court after police found 1.2kg of cocaine and £31,000 in cash at a flat in Sale
F number Three
O government Minshull Street Crown Court
F quantity 1.2kg
F money £31,000
L city Sale
> By Hollie Carrington, Court Reporter
P full Hollie Carrington
> 16:04, 21 MAR 2040 Updated 16:31, 21 MAR 2040
F time 16:04
F date 21 MAR 2040
F time 16:31
F date 21 MAR 2040
> Jordan Ashworth, Kyle Mensah-Doyle and Liam Sheridan (Image: GMP)
P full Jordan Ashworth
P full Kyle Mensah-Doyle
P full Liam Sheridan
O government GMP
> Three men who ran a cocaine line from Wythenshawe, supplying users across south Manchester and Trafford, have been jailed for a total of 19 years and four months.
F number Three
L city Wythenshawe
L city Manchester
L region Trafford
F duration 19 years
F duration four months
> The gang used a phone line known to customers as the "Benny" line and sent out bulk text messages offering deals several times a day, Minshull Street Crown Court heard.
Q scare - :: "Benny"
O government Minshull Street Crown Court
> Jordan Ashworth, 34, of Hollyhedge Road, Wythenshawe, ran the line between January 2038 and his arrest on October 7, 2038, said Siobhan McGarrity, prosecuting. Kyle Mensah-Doyle, 27, of Sale, collected cash and restocked the runners, while Liam Sheridan, 41, of no fixed address, kept the drugs at a flat on Cross Street in Sale.
P full Jordan Ashworth
F age 34
L street Hollyhedge Road
L city Wythenshawe
F date January 2038
F date October 7, 2038
P full Siobhan McGarrity
P full Kyle Mensah-Doyle
F age 27
L city Sale
P full Liam Sheridan
F age 41
L street Cross Street
L city Sale
> Greater Manchester Police (GMP) officers raided the flat at 6.10am on October 7 and found 1.2kg of cocaine, with a street value of up to £96,000, and £31,000 in cash hidden in a child's car seat. Analysis of the phone showed the line had taken more than 4,300 orders in nine months.
O government Greater Manchester Police
O government GMP
F time 6.10am
F date October 7
F quantity 1.2kg
F money £96,000
F money £31,000
F number 4,300
F duration nine months
> All three admitted conspiracy to supply Class A drugs. Ashworth also admitted possessing criminal property.
F number three
P partial Ashworth
> Stephen Okonkwo-Hale, defending Ashworth, said his client had started dealing to pay off a £6,000 debt and was "genuinely ashamed". Mensah-Doyle's barrister, Rebecca Tan, said the father-of-two had "drifted into it" after losing his job at Manchester Airport in 2037.
P full Stephen Okonkwo-Hale
P partial Ashworth
F money £6,000
Q direct Stephen Okonkwo-Hale :: "genuinely ashamed"
P partial Mensah-Doyle
P full Rebecca Tan
F number two
Q direct Rebecca Tan :: "drifted into it"
L facility Manchester Airport
F date 2037
> Sentencing, Judge Helen Abernethy said: "This was a business, run with a price list and a customer database. You traded in misery, and you did it in the streets where you grew up.
P full Helen Abernethy
Q direct Helen Abernethy :: "This was a business, run with a price list and a customer database. You traded in misery, and you did it in the streets where you grew up.
> "Every one of those 4,300 orders was a person in Wythenshawe, Sale or Altrincham who was being fed an addiction."
Q direct Helen Abernethy :: "Every one of those 4,300 orders was a person in Wythenshawe, Sale or Altrincham who was being fed an addiction."
F number 4,300
L city Wythenshawe
L city Sale
L city Altrincham
> Ashworth was jailed for eight years and six months, Mensah-Doyle for five years and ten months and Sheridan for five years. A Proceeds of Crime Act hearing is listed for July 14.
P partial Ashworth
F duration eight years
F duration six months
P partial Mensah-Doyle
F duration five years
F duration ten months
P partial Sheridan
F duration five years
F date July 14
> Sheridan, who has 23 previous convictions for 41 offences, was paid £250 a week to store the drugs, the court heard. His barrister, Imran Qureshi, said he had been homeless for 18 months before he agreed to mind "a bag" for Ashworth and had been "used by younger, cleverer men". All three were given full credit of a third for their early guilty pleas.
P partial Sheridan
F number 23
F number 41
F money £250
P full Imran Qureshi
F duration 18 months
Q direct Imran Qureshi :: "a bag"
P partial Ashworth
Q direct Imran Qureshi :: "used by younger, cleverer men"
F number three
F fraction a third
> After the hearing, Detective Constable Priya Natarajan, of GMP's Serious Organised Crime Group, said: "These men thought a burner phone and a flat in Sale would keep them out of sight. They were wrong.
P full Priya Natarajan
O government GMP
O government Serious Organised Crime Group
Q direct Priya Natarajan :: "These men thought a burner phone and a flat in Sale would keep them out of sight. They were wrong.
L city Sale
> "Anyone with information about drug dealing in their area can call us on 101 or contact Crimestoppers anonymously on 0800 555 111."
Q direct Priya Natarajan :: "Anyone with information about drug dealing in their area can call us on 101 or contact Crimestoppers anonymously on 0800 555 111."
O nonprofit Crimestoppers
'''

ARTICLES['900-velnarsen-heart-failure-trial-hazard-ratio-brigham-halvern-therapeutics-stat'] = r'''
> Biotech
> RNA drug cuts heart failure hospitalizations by 22% in large trial, but deaths don’t budge
F percent 22%
> Halvern Therapeutics’ velnarsen, given every three months, met its main goal in 6,412 patients. Cardiologists now want to know the price
O company Halvern Therapeutics
F duration three months
F number 6,412
> By Rachel Okafor-Linde and Tomás Echeverría
P full Rachel Okafor-Linde
P full Tomás Echeverría
> March 29, 2039
F date March 29, 2039
> Velnarsen is given as an injection under the skin every three months. Courtesy Halvern Therapeutics
F duration three months
O company Halvern Therapeutics
> NEW ORLEANS — An experimental RNA drug from Halvern Therapeutics cut hospitalizations for heart failure by 22% in a Phase 3 trial of 6,412 patients, researchers reported Saturday at the American College of Cardiology’s annual meeting, but it did not reduce deaths from any cause.
L city NEW ORLEANS
O company Halvern Therapeutics
F percent 22%
F number 6,412
O nonprofit American College of Cardiology
> In the trial, called HARBOR-HF, patients aged 45 to 85 with heart failure with preserved ejection fraction received a 300-milligram injection of velnarsen or a placebo every three months, on top of standard care. After a median follow-up of 31 months, 14.2% of patients on the drug had been hospitalized for heart failure or had died of cardiovascular causes, compared with 17.9% on placebo.
F age 45
F age 85
F quantity 300-milligram
F duration three months
F duration 31 months
F percent 14.2%
F percent 17.9%
> That works out to a hazard ratio of 0.78 (95% confidence interval, 0.69 to 0.88), the researchers wrote in the New England Journal of Medicine, which published the results simultaneously. The absolute difference was 3.7 percentage points: about 27 patients would need to be treated for two and a half years to prevent one event.
F number 0.78
F percent 95%
F number 0.69
F number 0.88
O media New England Journal of Medicine
F percent 3.7 percentage points
F number 27
F duration two and a half years
F number one
> “This is the first drug of its kind to show a benefit on hard outcomes in patients who, frankly, have had very little to offer them,” said Meera Vaidyanathan, a cardiologist at Brigham and Women’s Hospital in Boston and the trial’s principal investigator. “The effect showed up at six months and kept growing.”
Q direct Meera Vaidyanathan :: “This is the first drug of its kind to show a benefit on hard outcomes in patients who, frankly, have had very little to offer them,”
P full Meera Vaidyanathan
O other Brigham and Women’s Hospital
L city Boston
Q direct Meera Vaidyanathan :: “The effect showed up at six months and kept growing.”
F duration six months
> But deaths from any cause were almost identical: 9.8% in the velnarsen group and 10.1% in the placebo group. Vaidyanathan said the trial was not designed to show a difference in mortality.
F percent 9.8%
F percent 10.1%
P partial Vaidyanathan
> Samuel Adeyemi-Clarke, a heart failure specialist at UT Southwestern Medical Center in Dallas who was not involved in the study, called the result “real but modest.” “Twenty-seven patients treated for more than two years to prevent one hospitalization, and we don’t know yet what it costs,” he said. “If the price looks anything like the GLP-1s, insurers will push back hard.”
P full Samuel Adeyemi-Clarke
O education UT Southwestern Medical Center
L city Dallas
Q direct Samuel Adeyemi-Clarke :: “real but modest.”
Q direct Samuel Adeyemi-Clarke :: “Twenty-seven patients treated for more than two years to prevent one hospitalization, and we don’t know yet what it costs,”
F number Twenty-seven
F duration two years
F number one
Q direct Samuel Adeyemi-Clarke :: “If the price looks anything like the GLP-1s, insurers will push back hard.”
> Side effects were mostly mild. Injection-site reactions occurred in 11% of patients on velnarsen and 3% on placebo, and liver enzymes rose more than threefold in 0.9% versus 0.4%. Two patients on the drug developed severely low platelet counts, which recovered after treatment was stopped.
F percent 11%
F percent 3%
F percent 0.9%
F percent 0.4%
F number Two
> Halvern, based in Cambridge, Mass., said it would file for approval with the Food and Drug Administration and the European Medicines Agency in the second half of 2039. The company, a 2031 spinout from the University of Pennsylvania, has raised $1.1 billion from investors, and its shares have climbed 41% since it said in January that the trial had met its main goal.
O company Halvern
L city Cambridge
L region Mass.
O government Food and Drug Administration
O government European Medicines Agency
F date 2039
F date 2031
O education University of Pennsylvania
F money $1.1 billion
F percent 41%
> “We will price it responsibly,” Halvern’s chief executive, Gregory Thiessen-Baptiste, told STAT, declining to give a figure. He said the company could make enough of the drug at its plant in Raleigh, N.C., for 2 million patients a year by 2042.
Q direct Gregory Thiessen-Baptiste :: “We will price it responsibly,”
O company Halvern
P full Gregory Thiessen-Baptiste
O media STAT
L city Raleigh
L region N.C.
F number 2 million
F date 2042
> About 3 million Americans have heart failure with preserved ejection fraction. The American Heart Association called the results “an important step, not a cure.”
F number 3 million
O nonprofit American Heart Association
Q direct American Heart Association :: “an important step, not a cure.”
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
