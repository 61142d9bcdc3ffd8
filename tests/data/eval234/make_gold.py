#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval234 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval234/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1447-beaujolais-hail-fleurie-growers-le-monde'] = r'''
> Agriculture
> In Beaujolais, hail destroys a third of the vines weeks before the harvest
L region Beaujolais
F fraction a third
> A 12-minute storm on June 9 swept across 14 communes between Fleurie and Villefranche-sur-Saône, leaving growers facing losses estimated at €38 million.
F duration 12-minute
F date June 9
F number 14
L city Fleurie
L city Villefranche-sur-Saône
F money €38 million
> By Margaux Delorme-Vidal (Fleurie, Rhône, special correspondent)
P full Margaux Delorme-Vidal
L city Fleurie
L region Rhône
> Published on June 12, 2040, at 5:30 pm (Paris), updated at 6:12 pm
F date June 12, 2040
F time 5:30 pm
L city Paris
F time 6:12 pm
> A grower inspects hail-damaged vines in Fleurie (Rhône), on June 10, 2040. JEAN-BAPTISTE RIVOLLET / AFP
L city Fleurie
L region Rhône
F date June 10, 2040
P full JEAN-BAPTISTE RIVOLLET
O media AFP
> It lasted barely 12 minutes. On the evening of Saturday, June 9, hailstones the size of walnuts fell on the hills of northern Beaujolais, stripping leaves and bunches from the vines in 14 communes of the Rhône department. Three days later, the Interprofession des Vins du Beaujolais (Inter Beaujolais) estimated that 4,200 hectares, nearly a third of the appellation’s 13,500 hectares, had been hit, 1,600 of them at more than 80%.
F duration 12 minutes
F date June 9
L region Beaujolais
F number 14
L region Rhône
F duration Three days
O nonprofit Interprofession des Vins du Beaujolais
O nonprofit Inter Beaujolais
F quantity 4,200 hectares
F fraction a third
F quantity 13,500 hectares
F number 1,600
F percent 80%
> “In 34 years, I have never seen anything like it. The bunches are on the ground, the wood is split, and next year’s crop is compromised too,” said Étienne Montagnon-Lafarge, 58, who farms 11 hectares on the slopes above Fleurie. Of his usual 480 hectolitres, he now hopes to make “maybe a quarter, if the summer is kind.”
Q direct Étienne Montagnon-Lafarge :: “In 34 years, I have never seen anything like it. The bunches are on the ground, the wood is split, and next year’s crop is compromised too,”
F duration 34 years
P full Étienne Montagnon-Lafarge
F age 58
F quantity 11 hectares
L city Fleurie
F quantity 480 hectolitres
Q direct Étienne Montagnon-Lafarge :: “maybe a quarter, if the summer is kind.”
F fraction a quarter
> In Chiroubles and Régnié-Durette, where the storm was most violent, the prefecture counted 37 damaged roofs and one road closed for two days by mud. No one was injured.
L city Chiroubles
L city Régnié-Durette
F number 37
F number one
F duration two days
> For Hélène de Vaucelles, who chairs the Cave des Coteaux de Fleurie, a cooperative of 210 growers, the storm could not have come at a worse moment. “Beaujolais was just climbing out of ten years of crisis. Prices were recovering, young people were coming back to the vineyards,” she said. “Now some of them will ask whether it is worth continuing.
P full Hélène de Vaucelles
O company Cave des Coteaux de Fleurie
F number 210
Q direct Hélène de Vaucelles :: “Beaujolais was just climbing out of ten years of crisis. Prices were recovering, young people were coming back to the vineyards,”
L region Beaujolais
F duration ten years
Q direct Hélène de Vaucelles :: “Now some of them will ask whether it is worth continuing.
> “The state must move quickly, not in 18 months. A grower who has no wine to sell this autumn has no income until 2042,” added de Vaucelles.
Q direct Hélène de Vaucelles :: “The state must move quickly, not in 18 months. A grower who has no wine to sell this autumn has no income until 2042,”
F duration 18 months
F date 2042
P partial de Vaucelles
> The Ministry of Agriculture said on Tuesday that the communes would be recognised as an agricultural disaster zone, opening access to an emergency fund of €15 million, and that growers could defer their social contributions for six months. It promised “rapid and concrete support.”
O government Ministry of Agriculture
F money €15 million
F duration six months
Q direct Ministry of Agriculture :: “rapid and concrete support.”
> That will not cover much. Only 31% of Beaujolais growers are insured against hail, according to the Chambre d’agriculture du Rhône, against about 40% nationally. Premiums have risen by 60% since 2035, to as much as €420 per hectare, and anti-hail nets cost about €12,000 per hectare to install.
F percent 31%
L region Beaujolais
O government Chambre d’agriculture du Rhône
F percent 40%
F percent 60%
F date 2035
F money €420
F money €12,000
> Storms have hit the same strip of hills, between Mont Brouilly and Belleville-en-Beaujolais, in four of the last seven summers, and some growers now call it “the hail corridor.” Climatologists at Météo-France link the trend to warmer air rising off the Saône valley.
L geo Mont Brouilly
L city Belleville-en-Beaujolais
F number four
F number seven
Q scare - :: “the hail corridor.”
O government Météo-France
L geo Saône
> Montagnon-Lafarge has already booked a meeting with his bank. He says he will not sell. “My father lost everything in 1983 and kept going. I will keep going too,” he said.
P partial Montagnon-Lafarge
Q direct Étienne Montagnon-Lafarge :: “My father lost everything in 1983 and kept going. I will keep going too,”
F date 1983
'''

ARTICLES['1448-patna-aqi-severe-schools-construction-ban-hindustan-times'] = r'''
> Patna News
L city Patna
> Patna AQI touches 437; primary schools shut, construction halted till Nov 25
L city Patna
F number 437
F date Nov 25
> Bihar State Pollution Control Board (BSPCB) issues health advisory as six of the city’s eight monitoring stations slip into ‘severe’ category
O government Bihar State Pollution Control Board
O government BSPCB
F number six
F number eight
Q scare - :: ‘severe’
> By Anurag Sinha, Patna
P full Anurag Sinha
L city Patna
> Nov 18, 2040 07:42 AM IST
F date Nov 18, 2040
F time 07:42 AM IST
> Commuters wear masks on Bailey Road in Patna on Sunday as a thick layer of smog engulfed the city. (Santosh Kumar Yadav/HT Photo)
L street Bailey Road
L city Patna
P full Santosh Kumar Yadav
O media HT
> Patna’s air quality index (AQI) climbed to 437 at 4pm on Sunday, the worst reading in the country and the highest recorded in the city since 2016, according to the Central Pollution Control Board (CPCB).
L city Patna
F number 437
F time 4pm
F date 2016
O government Central Pollution Control Board
O government CPCB
> Primary schools in Patna, Nalanda, Vaishali and Bhojpur districts will stay shut for five days from Monday, and all construction and demolition work within municipal limits has been banned till November 25, district magistrate Chandrashekhar Prasad Verma said.
L region Patna
L region Nalanda
L region Vaishali
L region Bhojpur
F duration five days
F date November 25
P full Chandrashekhar Prasad Verma
> At Samanpura, the PM2.5 concentration touched 386 micrograms per cubic metre, more than six times the national safe limit of 60. Rajbansi Nagar (421) and Gandhi Maidan (409) were not far behind.
L city Samanpura
F quantity 386 micrograms per cubic metre
F number six
F number 60
L city Rajbansi Nagar
F number 421
L facility Gandhi Maidan
F number 409
> “The next 72 hours are critical. Wind speed is below 4 km per hour and there is no rain in the forecast, so the pollutants are simply not dispersing,” Verma said. “We have deployed 40 water sprinklers and 12 anti-smog guns across the city.
Q direct Chandrashekhar Prasad Verma :: “The next 72 hours are critical. Wind speed is below 4 km per hour and there is no rain in the forecast, so the pollutants are simply not dispersing,”
F duration 72 hours
F quantity 4 km per hour
P partial Verma
Q direct Chandrashekhar Prasad Verma :: “We have deployed 40 water sprinklers and 12 anti-smog guns across the city.
F number 40
F number 12
> “Anyone found burning garbage in the open will be fined ₹25,000. There will be no exceptions.”
Q direct Chandrashekhar Prasad Verma :: “Anyone found burning garbage in the open will be fined ₹25,000. There will be no exceptions.”
F money ₹25,000
> On Sunday alone, traffic police collected fines worth ₹4.6 lakh from 212 vehicles without valid pollution certificates.
F money ₹4.6 lakh
F number 212
> At Patna Medical College and Hospital (PMCH), the number of patients with breathing complaints in the outpatient department rose by 35% in a week, said Dr Rashmi Kumari, who heads the pulmonary medicine department. “Children and people above 60 should avoid morning walks. We are seeing patients who have never had asthma in their lives,” she said.
O education Patna Medical College and Hospital
O education PMCH
F percent 35%
P full Rashmi Kumari
F age 60
Q direct Rashmi Kumari :: “Children and people above 60 should avoid morning walks. We are seeing patients who have never had asthma in their lives,”
> Mukesh Ranjan, 44, an autorickshaw driver from Danapur, said the restrictions meant little to people like him. “My eyes start burning by noon. If I stay home, I don’t earn. What choice do I have?” he said.
P full Mukesh Ranjan
F age 44
L city Danapur
Q direct Mukesh Ranjan :: “My eyes start burning by noon. If I stay home, I don’t earn. What choice do I have?”
> A BSPCB official, who did not wish to be named, said road dust and construction accounted for “nearly half” of the particulate load in the city, while stubble burning in Rohtas and Kaimur added to it on days when winds blew from the west.
O government BSPCB
Q direct - :: “nearly half”
F fraction half
L region Rohtas
L region Kaimur
> The opposition Rashtriya Janata Dal (RJD) called the advisory “an eyewash” and demanded that the state government publish an action plan within a week.
O party Rashtriya Janata Dal
O party RJD
Q direct Rashtriya Janata Dal :: “an eyewash”
> Patna recorded 41 days of ‘very poor’ or worse air between October and January last winter, against 29 days in 2038-39, CPCB data shows. The city has 1.9 million registered vehicles, up 11% in two years.
L city Patna
F duration 41 days
Q scare - :: ‘very poor’
F duration 29 days
F date 2038-39
O government CPCB
F number 1.9 million
F percent 11%
F duration two years
> The BSPCB has asked residents to keep doors and windows shut between 6am and 10am, when readings are usually at their worst.
O government BSPCB
F time 6am
F time 10am
'''

ARTICLES['1449-bitterroot-wildfire-darby-evacuation-ravalli-county-montana-ap'] = r'''
> Wildfire in Montana’s Bitterroot Valley forces 2,400 homes to evacuate
L region Montana
L geo Bitterroot Valley
F number 2,400
> By DANIELA RUIZ-FENWICK and OWEN TALLCHIEF
P full DANIELA RUIZ-FENWICK
P full OWEN TALLCHIEF
> Associated Press
O media Associated Press
> Updated 9:47 PM MDT, August 14, 2040
F time 9:47 PM MDT
F date August 14, 2040
> Smoke from the Sawtooth Creek Fire rises over homes near Darby, Mont., on Tuesday, Aug. 14, 2040. (AP Photo/Colt Haverly)
L city Darby
L region Mont.
F date Aug. 14, 2040
O media AP
P full Colt Haverly
> HAMILTON, Mont. (AP) — A wind-driven wildfire in western Montana’s Bitterroot Valley grew to more than 38,000 acres (15,380 hectares) on Tuesday, forcing the evacuation of about 2,400 homes around the towns of Darby and Conner and on the southern edge of Hamilton, fire officials said.
L city HAMILTON
L region Mont.
O media AP
L region Montana
L geo Bitterroot Valley
F quantity 38,000 acres
F quantity 15,380 hectares
F number 2,400
L city Darby
L city Conner
L city Hamilton
> The Sawtooth Creek Fire, which started Sunday afternoon in the Bitterroot National Forest, was 4% contained by Tuesday evening. Gusts of up to 45 mph pushed it 6 miles east in about five hours on Monday, said incident commander Dale Prewitt-Haynes.
L geo Bitterroot National Forest
F percent 4%
F quantity 45 mph
F quantity 6 miles
F duration five hours
P full Dale Prewitt-Haynes
> "This fire is moving faster than anything I've seen in this valley in 20 years," Prewitt-Haynes said at a briefing in Hamilton. "When the wind lies down at night, we get a break. When it picks up at 2 p.m., we don't."
Q direct Dale Prewitt-Haynes :: "This fire is moving faster than anything I've seen in this valley in 20 years,"
F duration 20 years
P partial Prewitt-Haynes
L city Hamilton
Q direct Dale Prewitt-Haynes :: "When the wind lies down at night, we get a break. When it picks up at 2 p.m., we don't."
F time 2 p.m.
> The Ravalli County Sheriff's Office ordered 1,100 homes south of Darby to leave immediately and warned 1,300 more around Victor and Florence to be ready to go.
O government Ravalli County Sheriff's Office
F number 1,100
L city Darby
F number 1,300
L city Victor
L city Florence
> Sheriff Wade Lindqvist said deputies went door to door overnight. "Some folks didn't want to leave. We told them, 'If you stay, we may not be able to come back for you,'" he said.
P full Wade Lindqvist
Q direct Wade Lindqvist :: "Some folks didn't want to leave. We told them, 'If you stay, we may not be able to come back for you,'"
> The American Red Cross opened a shelter at the Ravalli County Fairgrounds in Hamilton, where 340 people spent Monday night. The fairgrounds also took in about 200 horses and 60 head of cattle.
O nonprofit American Red Cross
L facility Ravalli County Fairgrounds
L city Hamilton
F number 340
F number 200
F number 60
> Ellie Marchbanks, 67, left her log home west of Darby with her husband's ashes, the dog and a checkbook. "We had 20 minutes. You don't think, you just grab," she said. "I keep checking the fire map on my phone every five minutes."
P full Ellie Marchbanks
F age 67
L city Darby
Q direct Ellie Marchbanks :: "We had 20 minutes. You don't think, you just grab,"
F duration 20 minutes
Q direct Ellie Marchbanks :: "I keep checking the fire map on my phone every five minutes."
F duration five minutes
> The Montana Department of Transportation closed a 14-mile stretch of U.S. Highway 93 between Darby and Conner, the main route south to Idaho.
O government Montana Department of Transportation
F quantity 14-mile
L street U.S. Highway 93
L city Darby
L city Conner
L region Idaho
> More than 900 firefighters, 11 helicopters and four air tankers were assigned to the fire, which has cost $8.6 million to fight so far, according to the Northern Rockies Coordination Center in Missoula.
F number 900
F number 11
F number four
F money $8.6 million
O government Northern Rockies Coordination Center
L city Missoula
> Gov. Carolyn Redbird-Hale declared a fire emergency Monday, freeing $2 million from the state's disaster fund. She called the blaze "a gut punch for a valley that was just getting back on its feet."
P full Carolyn Redbird-Hale
F money $2 million
Q direct Carolyn Redbird-Hale :: "a gut punch for a valley that was just getting back on its feet."
> Forecasters offered little relief. The National Weather Service in Missoula predicted humidity as low as 8% and highs near 97 degrees through Thursday, with a "red flag" warning in place until 9 p.m. Wednesday.
O government National Weather Service
L city Missoula
F percent 8%
F quantity 97 degrees
Q scare - :: "red flag"
F time 9 p.m.
> Fires have burned about 412,000 acres in Montana so far this year, compared with a 10-year average of roughly 180,000 acres by mid-August, state figures show.
F quantity 412,000 acres
L region Montana
F duration 10-year
F quantity 180,000 acres
'''

ARTICLES['1450-malaysia-kl-singapore-high-speed-rail-revival-johor-cna'] = r'''
> Asia
> Malaysia Revives High-Speed Rail Link to Singapore, Eyes 2047 Launch
L country Malaysia
L country Singapore
F date 2047
> The 350km line would cut the journey between Kuala Lumpur and Singapore to 90 minutes, says Transport Minister Azlan Zulkifli.
F quantity 350km
L city Kuala Lumpur
L city Singapore
F duration 90 minutes
P full Azlan Zulkifli
> By Nurul Huda Ismail
P full Nurul Huda Ismail
> 16 Oct 2040 06:15PM
F date 16 Oct 2040
F time 06:15PM
> A train pulls into KL Sentral station in Kuala Lumpur. (File photo: CNA/Amirul Hakim bin Rosli)
L facility KL Sentral
L city Kuala Lumpur
O media CNA
P full Amirul Hakim bin Rosli
> KUALA LUMPUR: Malaysia will revive the long-shelved high-speed rail (HSR) project linking Kuala Lumpur and Singapore, with construction of the 350km line to begin in 2042 at an estimated cost of RM98 billion (S$29.4 billion), Transport Minister Azlan Zulkifli said on Wednesday (Oct 16).
L city KUALA LUMPUR
L country Malaysia
L city Kuala Lumpur
L city Singapore
F quantity 350km
F date 2042
F money RM98 billion
F money S$29.4 billion
P full Azlan Zulkifli
F date Oct 16
> The line would have seven stations - Bandar Malaysia, Sepang-Putrajaya, Seremban, Melaka, Muar, Batu Pahat and Iskandar Puteri - before ending at Jurong East, cutting travel time between the two capitals to about 90 minutes from around five hours by road.
F number seven
L city Bandar Malaysia
L city Sepang
L city Putrajaya
L city Seremban
L city Melaka
L city Muar
L city Batu Pahat
L city Iskandar Puteri
L city Jurong East
F number two
F duration 90 minutes
F duration five hours
> Trains would run at up to 320km/h, with 10 trainsets in the first phase.
F quantity 320km/h
F number 10
> “This time the project will be financed differently. The government will not carry the full cost,” Mr Azlan told reporters in Putrajaya. “We are inviting private consortiums to bid for the infrastructure and the trains, with the government keeping a minimum 30 per cent stake in the asset company.
Q direct Azlan Zulkifli :: “This time the project will be financed differently. The government will not carry the full cost,”
P partial Azlan
L city Putrajaya
Q direct Azlan Zulkifli :: “We are inviting private consortiums to bid for the infrastructure and the trains, with the government keeping a minimum 30 per cent stake in the asset company.
F percent 30 per cent
> “We learnt many lessons in 2021. We will not make the same mistakes.”
Q direct Azlan Zulkifli :: “We learnt many lessons in 2021. We will not make the same mistakes.”
F date 2021
> MyHSR Corporation, the special purpose vehicle set up for the project, will call for tenders by June 2041, he added.
O company MyHSR Corporation
F date June 2041
> The route passes through four states - Selangor, Negeri Sembilan, Melaka and Johor - as well as the Federal Territory of Putrajaya. Land acquisition alone is expected to cost RM6.2 billion and cover about 2,300 hectares.
F number four
L region Selangor
L region Negeri Sembilan
L region Melaka
L region Johor
L region Federal Territory of Putrajaya
F money RM6.2 billion
F quantity 2,300 hectares
> Johor Menteri Besar Datuk Seri Hafiz Rahman welcomed the announcement, saying the Iskandar Puteri station would “change the game” for the southern state and its so-called “southern corridor” of factories and data centres.
L region Johor
P full Hafiz Rahman
L city Iskandar Puteri
Q direct Hafiz Rahman :: “change the game”
Q scare - :: “southern corridor”
> Singapore’s Ministry of Transport (MOT) said in a statement that it was “studying the proposal” and would “engage Malaysia closely”.
L country Singapore
O government Ministry of Transport
O government MOT
Q direct Ministry of Transport :: “studying the proposal”
Q direct Ministry of Transport :: “engage Malaysia closely”
L country Malaysia
> The two countries signed a bilateral agreement for the original project in 2016. It was terminated in January 2021, and Malaysia paid Singapore S$102.8 million in abortive costs.
F number two
F date 2016
F date January 2021
L country Malaysia
L country Singapore
F money S$102.8 million
> Mr Azlan said Malaysia had also held early talks with Thailand on eventually extending the line north to Bangkok, a journey of more than 1,500km.
P partial Azlan
L country Malaysia
L country Thailand
L city Bangkok
F quantity 1,500km
> Opposition lawmakers from Parti Islam Se-Malaysia (PAS) said the money would be better spent on rural roads and water supply in Kelantan and Terengganu.
O party Parti Islam Se-Malaysia
O party PAS
L region Kelantan
L region Terengganu
> Dr Lee Wei Jie, a transport economist at Universiti Malaya, said the ministry’s forecast of 21,000 passengers a day by 2050 was “ambitious but not unrealistic”.
P full Lee Wei Jie
O education Universiti Malaya
F number 21,000
F date 2050
Q direct Lee Wei Jie :: “ambitious but not unrealistic”
> “The bigger risk is cost overrun. Every year of delay adds between 3 and 5 per cent to the bill,” said Dr Lee, who is 41 and commutes weekly between the two cities.
Q direct Lee Wei Jie :: “The bigger risk is cost overrun. Every year of delay adds between 3 and 5 per cent to the bill,”
F percent 3
F percent 5 per cent
P partial Lee
F age 41
F number two
'''

ARTICLES['1451-somerset-hampshire-taunton-county-championship-bbc-sport'] = r'''
> County Championship
> Somerset v Hampshire: Leach-Pryor takes 6-41 as hosts win by 118 runs at Taunton
O team Somerset
O team Hampshire
P partial Leach-Pryor
F score 6-41
F number 118
L city Taunton
> Published 17 May 2040
F date 17 May 2040
> Image caption, Tobias Leach-Pryor finished with nine wickets in the match. Image source, Getty Images
P full Tobias Leach-Pryor
F number nine
O media Getty Images
> Rothesay County Championship Division One
O other Rothesay County Championship Division One
> Somerset 344 & 262-7 dec; Hampshire 231 & 257: Somerset (22 pts) beat Hampshire (4 pts) by 118 runs
O team Somerset
F score 344
F score 262-7
O team Hampshire
F score 231
F score 257
O team Somerset
F number 22
O team Hampshire
F number 4
F number 118
> Seamer Tobias Leach-Pryor took 6-41 as Somerset bowled Hampshire out for 257 shortly after tea on the fourth day to win by 118 runs at the County Ground.
P full Tobias Leach-Pryor
F score 6-41
O team Somerset
O team Hampshire
F score 257
F number 118
L facility County Ground
> Set 376 to win in 96 overs, the visitors reached 141-2 at lunch with captain Ravi Okonkwo-Hart on 68, and a draw looked the likeliest result.
F number 376
F number 96
F score 141-2
P full Ravi Okonkwo-Hart
F number 68
> But the 24-year-old from Frome removed Okonkwo-Hart for 74, caught at second slip, with the fourth ball after the interval, and the last eight wickets fell for 116 runs in 31.4 overs.
F age 24-year-old
L city Frome
P partial Okonkwo-Hart
F number 74
F number eight
F number 116
F number 31.4
> Leach-Pryor, who also took 3-58 in the first innings, finished with match figures of 9-99, the best of his career. Slow left-armer Kit Ashdown-Vere chipped in with 3-67 from the River End.
P partial Leach-Pryor
F score 3-58
F score 9-99
P full Kit Ashdown-Vere
F score 3-67
L facility River End
> He now has 31 wickets from five matches this season, more than anyone else in the division.
F number 31
F number five
> "I've been bowling at this ground since I was 11, so to do it here means everything," Leach-Pryor told BBC Radio Somerset.
Q direct Tobias Leach-Pryor :: "I've been bowling at this ground since I was 11, so to do it here means everything,"
F age 11
P partial Leach-Pryor
O media BBC Radio Somerset
> "The ball started to go a bit 'tennis-ball' after lunch, bouncing more than it should. Once we got Ravi, we felt it."
Q direct Tobias Leach-Pryor :: "The ball started to go a bit 'tennis-ball' after lunch, bouncing more than it should. Once we got Ravi, we felt it."
P partial Ravi
> Earlier, Somerset had declared their second innings on 262-7, with Dutch batter Joost van der Berg-Maas making 91 from 143 balls, including 11 fours and three sixes.
O team Somerset
F score 262-7
P full Joost van der Berg-Maas
F number 91
F number 143
F number 11
F number three
> Van der Berg-Maas and wicketkeeper Harry Penhallow added 112 for the sixth wicket in 29 overs on the third evening to put the game out of Hampshire's reach.
P partial Van der Berg-Maas
P full Harry Penhallow
F number 112
F number 29
O team Hampshire
> Hampshire head coach Graeme Mutasa-Lowe said his side had "let a good position slip" and called the collapse "unacceptable at this level".
O team Hampshire
P full Graeme Mutasa-Lowe
Q direct Graeme Mutasa-Lowe :: "let a good position slip"
Q direct Graeme Mutasa-Lowe :: "unacceptable at this level"
> "We were in control at lunch. Then we played three or four shots that you just can't play on a fourth-day pitch," he said. "Credit to Toby - he bowled a heavy length for two hours and never gave us anything."
Q direct Graeme Mutasa-Lowe :: "We were in control at lunch. Then we played three or four shots that you just can't play on a fourth-day pitch,"
F number three
F number four
Q direct Graeme Mutasa-Lowe :: "Credit to Toby - he bowled a heavy length for two hours and never gave us anything."
P partial Toby
F duration two hours
> Hampshire had earlier been dismissed for 231 in reply to Somerset's 344, with only Okonkwo-Hart, who made 87, passing 50.
O team Hampshire
F score 231
O team Somerset
F score 344
P partial Okonkwo-Hart
F number 87
F number 50
> The victory, watched by a fourth-day crowd of 2,150, lifts Somerset to second in the table, 14 points behind leaders Surrey, who drew with Essex at Chelmsford. Hampshire stay seventh.
F number 2,150
O team Somerset
F number 14
O team Surrey
O team Essex
L city Chelmsford
O team Hampshire
> Somerset travel to Hove to face Sussex on 23 May, while Hampshire host Warwickshire at the Utilita Bowl from the same day.
O team Somerset
L city Hove
O team Sussex
F date 23 May
O team Hampshire
O team Warwickshire
L facility Utilita Bowl
> Somerset director of cricket Nadia Pellow-Rhys said Ashdown-Vere, 19, would be rested for the trip to Hove after bowling 58 overs in the match, with fast bowler Finlay Quick returning from a side strain.
O team Somerset
P full Nadia Pellow-Rhys
P partial Ashdown-Vere
F age 19
L city Hove
F number 58
P full Finlay Quick
'''

ARTICLES['1452-amstelland-bank-job-cuts-amsterdam-eindhoven-financial-times'] = r'''
> Dutch banks
> Amstelland Bank to cut 2,800 jobs and close half its Dutch offices
O company Amstelland Bank
F number 2,800
F fraction half
> Lender targets €410mn in annual savings by 2043 as it shifts staff to Eindhoven and ’s-Hertogenbosch
F money €410mn
F date 2043
L city Eindhoven
L city ’s-Hertogenbosch
> Sophie Verbeek in Amsterdam and Tom Harrowgate in London
P full Sophie Verbeek
L city Amsterdam
P full Tom Harrowgate
L city London
> Published March 12 2041
F date March 12 2041
> Amstelland’s headquarters on the Zuidas in Amsterdam © Pieter-Jan Oudendijk/Bloomberg
O company Amstelland
L city Zuidas
L city Amsterdam
P full Pieter-Jan Oudendijk
O media Bloomberg
> Amstelland Bank, the Netherlands’ fifth-largest lender, will cut 2,800 jobs, or about 18 per cent of its workforce, and close 46 of its 92 offices over the next three years as it moves more customers to its app and automates back-office work.
O company Amstelland Bank
L country Netherlands
F number 2,800
F percent 18 per cent
F number 46
F number 92
F duration three years
> The Amsterdam-based group said on Wednesday that the plan would cost €290mn in restructuring charges, most of them booked in 2041, and produce annual savings of €410mn by 2043. Its shares rose 6.4 per cent to €21.37 in morning trading.
L city Amsterdam
F money €290mn
F date 2041
F money €410mn
F date 2043
F percent 6.4 per cent
F money €21.37
> Chief executive Marieke van Dijk-Oosterhuis said the bank could “no longer run a 1990s branch network on 2040s margins”. About 1,100 of the cuts will fall in Amsterdam and Utrecht, where the bank will give up two office towers, while its operations in Eindhoven and ’s-Hertogenbosch will take on 400 roles.
P full Marieke van Dijk-Oosterhuis
Q direct Marieke van Dijk-Oosterhuis :: “no longer run a 1990s branch network on 2040s margins”
F date 1990s
F date 2040s
F number 1,100
L city Amsterdam
L city Utrecht
F number two
L city Eindhoven
L city ’s-Hertogenbosch
F number 400
> “This is not a decision we take lightly. Many of these colleagues have been with us for 20 years or more,” Van Dijk-Oosterhuis told analysts on a call. “But fewer than 8 per cent of our customers visit an office even once a year.”
Q direct Marieke van Dijk-Oosterhuis :: “This is not a decision we take lightly. Many of these colleagues have been with us for 20 years or more,”
F duration 20 years
P partial Van Dijk-Oosterhuis
Q direct Marieke van Dijk-Oosterhuis :: “But fewer than 8 per cent of our customers visit an office even once a year.”
F percent 8 per cent
> The FNV, the largest Dutch trade union, said it would oppose any compulsory redundancies. “They told staff in January, ‘You are the heart of this bank’. Two months later they are showing them the door,” said FNV negotiator Ruud Kalsbeek.
O nonprofit FNV
Q direct Ruud Kalsbeek :: “They told staff in January, ‘You are the heart of this bank’. Two months later they are showing them the door,”
F duration Two months
O nonprofit FNV
P full Ruud Kalsbeek
> The cuts follow similar moves by larger rivals. ING, ABN Amro and Rabobank have together shed about 9,000 roles since 2038, according to the Dutch Banking Association (NVB), as digital payments and lower interest rates squeeze income.
O company ING
O company ABN Amro
O company Rabobank
F number 9,000
F date 2038
O nonprofit Dutch Banking Association
O nonprofit NVB
> The European Central Bank cut its deposit rate to 1.25 per cent in January, and Amstelland’s net interest income fell 7 per cent to €1.84bn last year.
O intergovernmental European Central Bank
F percent 1.25 per cent
O company Amstelland
F percent 7 per cent
F money €1.84bn
> Analysts were broadly positive. “The market has been waiting for this for two years,” said Lotte Brinkhorst at Kepler Cheuvreux, who raised her price target to €24. “The question is whether they can keep the customers they are pushing out of the branches.”
Q direct Lotte Brinkhorst :: “The market has been waiting for this for two years,”
F duration two years
P full Lotte Brinkhorst
O company Kepler Cheuvreux
F money €24
Q direct Lotte Brinkhorst :: “The question is whether they can keep the customers they are pushing out of the branches.”
> Another analyst, who asked not to be named, said the bank’s cost-to-income ratio of 61 per cent was “still ugly” compared with 52 per cent at ING.
F percent 61 per cent
Q direct - :: “still ugly”
F percent 52 per cent
O company ING
> The Dutch central bank, De Nederlandsche Bank, said it had been informed of the plan. Amstelland employs about 15,600 people, including 1,300 in Belgium and Germany, and has 3.2mn retail customers. The bank will publish first-quarter results on May 7.
O government De Nederlandsche Bank
O company Amstelland
F number 15,600
F number 1,300
L country Belgium
L country Germany
F number 3.2mn
F date May 7
> Amstelland, which grew out of a savings bank founded in Haarlem in 1871, said it would first offer voluntary departures and early retirement from the age of 60.
O company Amstelland
L city Haarlem
F date 1871
F age 60
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
