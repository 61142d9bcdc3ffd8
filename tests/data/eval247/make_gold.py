#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval247 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval247/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1525-house-of-councillors-election-ldp-loses-majority-cdp-osaka-mainichi'] = r'''
> LDP loses upper house majority as CDP gains 11 seats; turnout 49.83%
O party LDP
O party CDP
F number 11
F percent 49.83%
> July 22, 2041 (Mainichi Japan)
F date July 22, 2041
O media Mainichi Japan
> Constitutional Democratic Party of Japan leader Haruka Inoue, center, places a rose beside a winning candidate's name at the party's headquarters in Tokyo's Chiyoda Ward on July 21, 2041. (Mainichi/Kenta Morishige)
O party Constitutional Democratic Party of Japan
P full Haruka Inoue
L city Tokyo
L city Chiyoda Ward
F date July 21, 2041
O media Mainichi
P full Kenta Morishige
> TOKYO -- The ruling Liberal Democratic Party (LDP) lost its majority in the House of Councillors in the July 21 election, winning 46 of the 125 seats contested, while the opposition Constitutional Democratic Party of Japan (CDP) took 39, up 11 from its showing in 2038, according to final results released on July 22.
L city TOKYO
O party Liberal Democratic Party
O party LDP
O government House of Councillors
F date July 21
F number 46
F number 125
O party Constitutional Democratic Party of Japan
O party CDP
F number 39
F number 11
F date 2038
F date July 22
> With its coalition partner Komeito, which won eight seats, the LDP now holds 119 of the chamber's 248 seats, six short of the 125 needed for a majority. Prime Minister Takeshi Arakawa, who is also LDP president, told reporters in Nagatacho after 1 a.m. that he took the result "seriously and humbly" but would not resign.
O party Komeito
F number eight
O party LDP
F number 119
F number 248
F number six
F number 125
P full Takeshi Arakawa
O party LDP
L city Nagatacho
F time 1 a.m.
Q direct Takeshi Arakawa :: "seriously and humbly"
> "The voters told us our explanations on prices and wages were not enough. I will reflect on that," Arakawa said. "Stepping down now would only create a political vacuum."
Q direct Takeshi Arakawa :: "The voters told us our explanations on prices and wages were not enough. I will reflect on that,"
P partial Arakawa
Q direct Takeshi Arakawa :: "Stepping down now would only create a political vacuum."
> Turnout in the proportional representation section was 49.83%, up 1.6 percentage points from the previous election, the Ministry of Internal Affairs and Communications said. It was still the ninth straight upper house race in which fewer than half of eligible voters cast ballots.
F percent 49.83%
F percent 1.6 percentage points
O government Ministry of Internal Affairs and Communications
F fraction half
> CDP leader Inoue, 58, a former lawyer from Sapporo, called the outcome "a clear verdict on 20 years of arrogance" and said her party would seek talks with other opposition groups, including Nippon Ishin no Kai (Japan Innovation Party), which took 14 seats.
O party CDP
P partial Inoue
F age 58
L city Sapporo
Q direct Haruka Inoue :: "a clear verdict on 20 years of arrogance"
F duration 20 years
O party Nippon Ishin no Kai
O party Japan Innovation Party
F number 14
> "We were given a chance today, not a blank check," she said at a news conference in Tokyo, adding, "If we waste it, the voters will punish us in three years' time just as they punished the LDP."
Q direct Haruka Inoue :: "We were given a chance today, not a blank check,"
L city Tokyo
Q direct Haruka Inoue :: "If we waste it, the voters will punish us in three years' time just as they punished the LDP."
F duration three years
O party LDP
> An LDP executive, speaking on condition of anonymity, said the party had "lost the cities and lost the young."
O party LDP
Q direct - :: "lost the cities and lost the young."
> In the Osaka Prefecture constituency, where four seats were up for grabs, Ishin won two, with the LDP and Komeito splitting the rest. At a polling station in Osaka's Tennoji Ward, Misaki Fujiwara, 34, said she had voted with her 6-year-old son.
L region Osaka Prefecture
F number four
O party Ishin
F number two
O party LDP
O party Komeito
L city Osaka
L city Tennoji Ward
P full Misaki Fujiwara
F age 34
F age 6-year-old
> "My rent went up 8,000 yen this spring and rice costs almost twice what it did when he was born. I wanted someone to hear that," she said. "I'm not sure anyone in Nagatacho was listening, though."
Q direct Misaki Fujiwara :: "My rent went up 8,000 yen this spring and rice costs almost twice what it did when he was born. I wanted someone to hear that,"
F money 8,000 yen
Q direct Misaki Fujiwara :: "I'm not sure anyone in Nagatacho was listening, though."
L city Nagatacho
> Koichi Nakazawa, a professor of political science at Waseda University, likened the result to the LDP's upper house defeats of 1989 and 2007.
P full Koichi Nakazawa
O education Waseda University
O party LDP
F date 1989
F date 2007
> "The LDP can still pass budgets through the lower house, but every other bill now needs opposition votes. In practice, that means the 'twisted Diet' is back," Nakazawa said. He called a snap lower house election within 12 months "more likely than people admit."
Q direct Koichi Nakazawa :: "The LDP can still pass budgets through the lower house, but every other bill now needs opposition votes. In practice, that means the 'twisted Diet' is back,"
O party LDP
O government Diet
P partial Nakazawa
F duration 12 months
Q direct Koichi Nakazawa :: "more likely than people admit."
> An exit poll by the Mainichi Shimbun and its partner broadcasters found that 41% of voters aged 18 to 39 backed opposition parties, against 27% for the LDP; among voters aged 70 or older, the LDP led with 44%.
O media Mainichi Shimbun
F percent 41%
F age 18
F age 39
F percent 27%
O party LDP
F age 70
O party LDP
F percent 44%
> The new members' six-year terms begin on July 29, and an extraordinary Diet session is expected on Aug. 2.
F duration six-year
F date July 29
O government Diet
F date Aug. 2
> (Japanese original by Yui Takamatsu and Ren Okabe, Political News Department)
P full Yui Takamatsu
P full Ren Okabe
O media Political News Department
'''

ARTICLES['1526-victorian-budget-deficit-forecast-carbone-land-tax-geelong-guardian-australia'] = r'''
> Victoria
L region Victoria
> ‘We will not cut our way out’: Victoria forecasts $4.1bn deficit as debt passes $210bn
Q direct Nadia Carbone :: ‘We will not cut our way out’
L region Victoria
F money $4.1bn
F money $210bn
> Treasurer Nadia Carbone says the budget will be back in surplus by 2043-44, but the opposition says families are paying for ‘a decade of waste’
P full Nadia Carbone
F date 2043-44
Q direct Marcus Feeney :: ‘a decade of waste’
> Benita Kowalczyk Victorian state correspondent
P full Benita Kowalczyk
> Tue 21 May 2041 17.45 AEST
F date 21 May 2041
F time 17.45 AEST
> The treasurer, Nadia Carbone, with the budget papers outside Parliament House in Melbourne on Tuesday. Photograph: Joel Carrick-Ng/AAP
P full Nadia Carbone
L facility Parliament House
L city Melbourne
P full Joel Carrick-Ng
O media AAP
> The Victorian government will post a deficit of $4.1bn in 2041-42 and will not return to surplus until 2043-44, according to the state budget handed down on Tuesday, as net debt climbs past $210bn.
F money $4.1bn
F date 2041-42
F date 2043-44
F money $210bn
> Carbone said the deficit was smaller than the $5.6bn forecast in December’s midyear update, blaming slower growth in stamp duty revenue, which fell 7% in the year to March, and a $1.3bn cut to Victoria’s share of GST payments from Canberra.
P partial Carbone
F money $5.6bn
F percent 7%
F money $1.3bn
L region Victoria
L city Canberra
> “We will not cut our way out of this. We’ve made responsible savings, but we won’t close hospital wards to get into the black a year earlier,” Carbone told reporters in the budget lock-up at 1 Treasury Place.
Q direct Nadia Carbone :: “We will not cut our way out of this. We’ve made responsible savings, but we won’t close hospital wards to get into the black a year earlier,”
P partial Carbone
L address 1 Treasury Place
> “What Victorians will see is a government getting debt growth under control. By 2044-45 net debt will be 22.5% of gross state product, down from 24.8 per cent now,” she said.
Q direct Nadia Carbone :: “What Victorians will see is a government getting debt growth under control. By 2044-45 net debt will be 22.5% of gross state product, down from 24.8 per cent now,”
F date 2044-45
F percent 22.5%
F percent 24.8 per cent
> The budget includes $2.8bn over four years for the Suburban Rail Loop, $640m for 14 new schools in Melbourne’s outer suburbs, and a 0.5 percentage point rise in the land tax rate on holiday homes from 1 January 2042.
F money $2.8bn
F duration four years
L facility Suburban Rail Loop
F money $640m
F number 14
L city Melbourne
F percent 0.5 percentage point
F date 1 January 2042
> The public service will shed a further 1,200 jobs over two years, on top of the 3,000 cut since 2039, the budget papers show. The Community and Public Sector Union (CPSU) said the cuts would “hollow out” frontline services in regional Victoria.
F number 1,200
F duration two years
F number 3,000
F date 2039
O nonprofit Community and Public Sector Union
O nonprofit CPSU
Q direct Community and Public Sector Union :: “hollow out”
L region Victoria
> The shadow treasurer, Marcus Feeney, said the state had been “living on the credit card for a decade” and that Labor’s forecasts relied on rates falling in 2042.
P full Marcus Feeney
Q direct Marcus Feeney :: “living on the credit card for a decade”
O party Labor
F date 2042
> “Every Victorian family is paying for a decade of waste. The interest bill alone is now $9.7m a day – that’s more than we spend on the entire Country Fire Authority,” Feeney said. “They keep promising surplus next year, and next year never comes.”
Q direct Marcus Feeney :: “Every Victorian family is paying for a decade of waste. The interest bill alone is now $9.7m a day – that’s more than we spend on the entire Country Fire Authority,”
F money $9.7m
O government Country Fire Authority
P partial Feeney
Q direct Marcus Feeney :: “They keep promising surplus next year, and next year never comes.”
> Dr Priya Raman, chief economist at Westbourne Bank, said the return to surplus assumed wages growth of 3.25% and unemployment holding near 4.5%, both “on the optimistic side”.
P full Priya Raman
O company Westbourne Bank
F percent 3.25%
F percent 4.5%
Q direct Priya Raman :: “on the optimistic side”
> “Victoria’s problem isn’t a single bad year, it’s that interest costs have roughly tripled since 2036. Even if everything goes right, the state is at least 15 years away from paying this down,” she said.
Q direct Priya Raman :: “Victoria’s problem isn’t a single bad year, it’s that interest costs have roughly tripled since 2036. Even if everything goes right, the state is at least 15 years away from paying this down,”
L region Victoria
F date 2036
F duration 15 years
> In Geelong, where the budget sets aside $185m for a new emergency department at University Hospital Geelong, cafe owner Tom Vesely, 46, said the land tax change worried him more than the deficit.
L city Geelong
F money $185m
L facility University Hospital Geelong
P full Tom Vesely
F age 46
> “I’ve got two staff and a lease on Moorabool Street that goes up 5% every year,” he said. “The ‘holiday home’ tax will end up in my landlord’s bill, and then in mine.”
Q direct Tom Vesely :: “I’ve got two staff and a lease on Moorabool Street that goes up 5% every year,”
F number two
L street Moorabool Street
F percent 5%
Q direct Tom Vesely :: “The ‘holiday home’ tax will end up in my landlord’s bill, and then in mine.”
> The budget forecasts Victoria’s population to reach 7.9 million by June 2045, with about half of the growth in Melbourne’s west, Geelong and the Surf Coast.
L region Victoria
F number 7.9 million
F date June 2045
F fraction half
L city Melbourne
L city Geelong
L region Surf Coast
> A senior government source said Carbone had refused to delay the land tax change until after the November 2042 election. “She held the line,” the source said.
P partial Carbone
F date November 2042
Q direct - :: “She held the line,”
'''

ARTICLES['1527-vuelta-a-espana-stage-15-lagos-de-covadonga-etxeberria-mertens-red-results-cyclingnews'] = r'''
> Vuelta a España
> Vuelta a España: Etxeberria wins at Lagos de Covadonga as Mertens takes red
P partial Etxeberria
L geo Lagos de Covadonga
P partial Mertens
> Basque climber attacks 4km from the top of the 12.5km climb; Belgian leads by 38 seconds
F quantity 4km
F quantity 12.5km
F duration 38 seconds
> By Alasdair McBride
P full Alasdair McBride
> published 7 September 2041
F date 7 September 2041
> Iker Etxeberria (Movistar Team) celebrates on the line at Lagos de Covadonga (Image credit: Getty Images)
P full Iker Etxeberria
O team Movistar Team
L geo Lagos de Covadonga
O company Getty Images
> Iker Etxeberria (Movistar Team) won stage 15 of the Vuelta a España at Lagos de Covadonga on Sunday, going clear of the favourites 4km from the top of the Asturian climb and holding on to win by 19 seconds, as Belgium’s Jonas Mertens (Soudal Quick-Step) took the red jersey.
P full Iker Etxeberria
O team Movistar Team
L geo Lagos de Covadonga
F quantity 4km
F duration 19 seconds
L country Belgium
P full Jonas Mertens
O team Soudal Quick-Step
> The 24-year-old from Durango, in Bizkaia, covered the 178.4km stage from Oviedo in 4:38:12, finishing ahead of Mertens and Colombian Andrés Felipe Cárdenas (EF Education-EasyPost), who came in 31 seconds down.
F age 24-year-old
L city Durango
L region Bizkaia
F quantity 178.4km
L city Oviedo
F duration 4:38:12
P partial Mertens
P full Andrés Felipe Cárdenas
O team EF Education-EasyPost
F duration 31 seconds
> The road to the lakes rises 12.5km at an average gradient of 6.9 per cent, with ramps of 15% at La Huesera, and Etxeberria waited for the steepest of them to go.
F quantity 12.5km
F percent 6.9 per cent
F percent 15%
L geo La Huesera
P partial Etxeberria
> “I knew La Huesera was the place. My directeur told me on the radio, ‘If you feel good, go at the sign for four kilometres, not before.’ So I waited, and waited, and then I went,” Etxeberria said at the finish.
Q direct Iker Etxeberria :: “I knew La Huesera was the place. My directeur told me on the radio, ‘If you feel good, go at the sign for four kilometres, not before.’ So I waited, and waited, and then I went,”
L geo La Huesera
F quantity four kilometres
P partial Etxeberria
> “This is my first win in a Grand Tour and it’s in front of the Basque flags, with my family here. I have no words. Honestly, I cried for the last 500 metres.
Q direct Iker Etxeberria :: “This is my first win in a Grand Tour and it’s in front of the Basque flags, with my family here. I have no words. Honestly, I cried for the last 500 metres.
F quantity 500 metres
> “Tomorrow I will think about the general classification. Tonight I just want to enjoy it.”
Q direct Iker Etxeberria :: “Tomorrow I will think about the general classification. Tonight I just want to enjoy it.”
> The break of the day, 11 riders who went clear after 35km, was caught 7km from the finish. Mertens, 27, started the day 22 seconds behind Spain’s Raúl Quintanilla (UAE Team Emirates XRG) and now leads him by 38 seconds after Quintanilla cracked on the final slopes and lost a minute.
F number 11
F quantity 35km
F quantity 7km
P partial Mertens
F age 27
F duration 22 seconds
L country Spain
P full Raúl Quintanilla
O team UAE Team Emirates XRG
F duration 38 seconds
P partial Quintanilla
> Movistar directeur sportif Koldo Arrieta said the team had planned the attack since Tuesday’s rest day in Ourense.
O team Movistar
P full Koldo Arrieta
L city Ourense
> “We told him 4km, and for once he listened,” Arrieta said with a laugh. “The team rode for him all day. Two riders in the break, three on the front in the valley – that’s what you do when you believe in a kid.”
Q direct Koldo Arrieta :: “We told him 4km, and for once he listened,”
F quantity 4km
P partial Arrieta
Q direct Koldo Arrieta :: “The team rode for him all day. Two riders in the break, three on the front in the valley – that’s what you do when you believe in a kid.”
F number Two
F number three
> Mertens said he had “no regrets” about letting the Spaniard go. “Red is red. I’m not a climber like Iker, so losing 19 seconds on this climb is a good day for me,” he said.
P partial Mertens
Q direct Jonas Mertens :: “no regrets”
Q direct Jonas Mertens :: “Red is red. I’m not a climber like Iker, so losing 19 seconds on this climb is a good day for me,”
P partial Iker
F duration 19 seconds
> Temperatures reached 31°C in the valley at Cangas de Onís. Organiser Unipublic estimated that 60,000 spectators lined the climb, many of them on the stretch the riders call “the wall”.
F quantity 31°C
L city Cangas de Onís
O company Unipublic
F number 60,000
Q scare - :: “the wall”
> Monday’s stage 16 is a 29.6km individual time trial in Gijón.
F quantity 29.6km
L city Gijón
> Stage 15 results
> 1. Iker Etxeberria (Spa) Movistar Team 4:38:12
P full Iker Etxeberria
L country Spa
O team Movistar Team
F duration 4:38:12
> 2. Jonas Mertens (Bel) Soudal Quick-Step 0:19
P full Jonas Mertens
L country Bel
O team Soudal Quick-Step
F duration 0:19
> 3. Andrés Felipe Cárdenas (Col) EF Education-EasyPost 0:31
P full Andrés Felipe Cárdenas
L country Col
O team EF Education-EasyPost
F duration 0:31
> 4. Raúl Quintanilla (Spa) UAE Team Emirates XRG 1:19
P full Raúl Quintanilla
L country Spa
O team UAE Team Emirates XRG
F duration 1:19
> General classification after stage 15
> 1. Jonas Mertens (Bel) Soudal Quick-Step 62:14:55
P full Jonas Mertens
L country Bel
O team Soudal Quick-Step
F duration 62:14:55
> 2. Raúl Quintanilla (Spa) UAE Team Emirates XRG 0:38
P full Raúl Quintanilla
L country Spa
O team UAE Team Emirates XRG
F duration 0:38
> 3. Iker Etxeberria (Spa) Movistar Team 1:41
P full Iker Etxeberria
L country Spa
O team Movistar Team
F duration 1:41
'''

ARTICLES['1528-traders-protest-compensation-lagos-badagry-expressway-alaba-ojo-premium-times'] = r'''
> Regional
> Traders Protest N4.2bn Compensation For Lagos-Badagry Expressway Demolitions In Ojo
F money N4.2bn
L street Lagos-Badagry Expressway
L city Ojo
> By Chinedu Okafor-Bello
P full Chinedu Okafor-Bello
> March 12, 2042
F date March 12, 2042
> Traders from Alaba International Market at Tuesday’s protest on the expressway in Ojo, Lagos. [PHOTO: TUNDE ADEYEMI-COLE/PREMIUM TIMES]
L facility Alaba International Market
L city Ojo
L region Lagos
P full TUNDE ADEYEMI-COLE
O media PREMIUM TIMES
> Hundreds of traders on Tuesday blocked a section of the Lagos-Badagry Expressway in Ojo, Lagos State, to protest what they called “peanuts” offered as compensation for shops and structures demolished to make way for the expansion of the road into a 10-lane highway.
L street Lagos-Badagry Expressway
L city Ojo
L region Lagos State
Q direct - :: “peanuts”
F number 10
> The traders, mostly from the Alaba International Market and the nearby Abule-Ado spare parts market, said about 1,870 structures had been pulled down along a 12-kilometre stretch between Mile 2 and Okokomaiko since January.
L facility Alaba International Market
L city Abule-Ado
F number 1,870
F quantity 12-kilometre
L city Mile 2
L city Okokomaiko
> Protesters, many of them women carrying placards reading “Pay Us Our Money” and "We Are Not Squatters", marched from Iyana-Iba to the Ojo council secretariat at Ajangbadi, halting traffic for nearly four hours.
Q direct - :: “Pay Us Our Money”
Q direct - :: "We Are Not Squatters"
L city Iyana-Iba
L city Ojo
L city Ajangbadi
F duration four hours
> The Iyaloja of Alaba International Market, Mrs Folake Adeyinka, 63, said many of the women had lost shops they bought with their life savings.
L facility Alaba International Market
P full Folake Adeyinka
F age 63
> “They gave me N850,000 for a shop I bought for N6 million in 2033. Where will I start from? I have four children in school,” Mrs Adeyinka said. “We are not saying government should not build road. We are saying, ‘pay us what the shops are worth.’”
Q direct Folake Adeyinka :: “They gave me N850,000 for a shop I bought for N6 million in 2033. Where will I start from? I have four children in school,”
F money N850,000
F money N6 million
F date 2033
F number four
P partial Adeyinka
Q direct Folake Adeyinka :: “We are not saying government should not build road. We are saying, ‘pay us what the shops are worth.’”
> She said the market women’s association had written to the Federal Ministry of Works three times since November without a reply.
O government Federal Ministry of Works
F number three
> Responding, the Special Adviser on Media to the Minister of Works, Tobechukwu Anyanwu, said in a statement on Tuesday that N4.2 billion had been approved for 2,340 claimants and that payments were “based strictly on the enumeration conducted in 2040”.
P full Tobechukwu Anyanwu
F money N4.2 billion
F number 2,340
Q direct Tobechukwu Anyanwu :: “based strictly on the enumeration conducted in 2040”
F date 2040
> “Structures erected on the federal right of way after the enumeration are illegal and will not be compensated. The ministry remains open to dialogue with genuine owners,” the statement said.
Q direct Tobechukwu Anyanwu :: “Structures erected on the federal right of way after the enumeration are illegal and will not be compensated. The ministry remains open to dialogue with genuine owners,”
> The expressway, which runs about 60 kilometres from Eric Moore in Surulere to the Seme border with Benin Republic, is being rebuilt as a 10-lane highway with a light rail corridor in the median. Its first phase, 37 kilometres long, is costed at N615 billion.
F quantity 60 kilometres
L city Eric Moore
L city Surulere
L city Seme
L country Benin Republic
F number 10
F quantity 37 kilometres
F money N615 billion
> The Lagos State Commissioner for Physical Planning and Urban Development, Olumide Bakare, said the state had opened a desk at the Ojo council secretariat to verify claims. "Lagos is not the one paying this compensation, but we will not abandon our people," he told PREMIUM TIMES by phone.
L region Lagos State
P full Olumide Bakare
L city Ojo
Q direct Olumide Bakare :: "Lagos is not the one paying this compensation, but we will not abandon our people,"
L region Lagos
O media PREMIUM TIMES
> A Lagos-based lawyer, Emeka Ugochukwu, who represents 214 of the traders, said the federal valuation ignored what the shops were really worth.
L city Lagos
P full Emeka Ugochukwu
F number 214
> “The law is clear: compensation must reflect the value of what was built. You cannot pay N850,000 for a two-storey shop in Alaba,” he said, adding that a suit would be filed at the Federal High Court in Lagos within 14 days.
Q direct Emeka Ugochukwu :: “The law is clear: compensation must reflect the value of what was built. You cannot pay N850,000 for a two-storey shop in Alaba,”
F money N850,000
F number two
L city Alaba
O government Federal High Court
L city Lagos
F duration 14 days
> A police officer at the scene, who asked not to be named, said the protest had been peaceful. “We are only here to keep the road open,” he said.
Q direct - :: “We are only here to keep the road open,”
> Traffic on the expressway had returned to normal by 4:30 p.m.
F time 4:30 p.m.
'''

ARTICLES['1529-nurses-strike-st-brendans-medical-center-dorchester-mna-boston-globe'] = r'''
> Metro
> Nurses at St. Brendan’s Medical Center walk out in first strike in 27 years
O nonprofit St. Brendan’s Medical Center
F duration 27 years
> The Massachusetts Nurses Association says 1,140 nurses will stay off the job for three days after talks over pay and staffing collapsed
O nonprofit Massachusetts Nurses Association
F number 1,140
F duration three days
> By Colleen Marchetti Globe Staff
P full Colleen Marchetti
O media Globe
> Updated September 18, 2040, 7:52 p.m.
F date September 18, 2040
F time 7:52 p.m.
> Nurses picketed outside St. Brendan’s Medical Center on Dorchester Avenue on Tuesday morning.Erin Clark-Dwyer/Globe Staff
L facility St. Brendan’s Medical Center
L street Dorchester Avenue
P full Erin Clark-Dwyer
O media Globe
> More than 1,100 nurses at St. Brendan’s Medical Center in Dorchester walked off the job at 7 a.m. Tuesday, launching a three-day strike, the first at the 412-bed Boston hospital since 2013.
F number 1,100
O nonprofit St. Brendan’s Medical Center
L city Dorchester
F time 7 a.m.
F duration three-day
F number 412
L city Boston
F date 2013
> The Massachusetts Nurses Association (MNA), which represents the nurses, said talks broke down late Monday after the hospital refused to accept so-called “safe staffing” limits on the number of patients assigned to each nurse. The union is seeking raises of 21 percent over three years; the hospital has offered 11.5 percent.
O nonprofit Massachusetts Nurses Association
O nonprofit MNA
Q scare - :: “safe staffing”
F percent 21 percent
F duration three years
F percent 11.5 percent
> “We did not want to be out here. Nobody goes into nursing to stand on a sidewalk,” said Maureen Sheehan-Costa, a cardiac nurse and the MNA’s chair at St. Brendan’s.
Q direct Maureen Sheehan-Costa :: “We did not want to be out here. Nobody goes into nursing to stand on a sidewalk,”
P full Maureen Sheehan-Costa
O nonprofit MNA
O nonprofit St. Brendan’s
> “But when one nurse has six patients on a medical floor at night, someone is going to get missed. We have the numbers, and we’ve shown them to management for 14 months,” she said.
Q direct Maureen Sheehan-Costa :: “But when one nurse has six patients on a medical floor at night, someone is going to get missed. We have the numbers, and we’ve shown them to management for 14 months,”
F number one
F number six
F duration 14 months
> An MNA spokesman, Derek Oyelaran, said 96 percent of members had voted in August to authorize the strike. He said the nurses would return at 7 a.m. Friday whether or not a deal was reached, “unless management locks us out.”
O nonprofit MNA
P full Derek Oyelaran
F percent 96 percent
F time 7 a.m.
Q direct Derek Oyelaran :: “unless management locks us out.”
> The hospital has brought in about 600 replacement nurses through Nashville-based Coreline Clinical Staffing for at least five days, at a cost it would not disclose.
F number 600
L city Nashville
O company Coreline Clinical Staffing
F duration five days
> In a statement, St. Brendan’s said it had “planned carefully” to keep all 412 beds open and that its emergency department and maternity unit were running normally.
O nonprofit St. Brendan’s
Q direct St. Brendan’s Medical Center :: “planned carefully”
F number 412
> “Our offer would make St. Brendan’s nurses among the best paid in the city. We are disappointed the MNA chose to strike rather than keep bargaining,” hospital spokeswoman Lauren Whitcomb said. She said a full-time staff nurse there now earns an average of $138,000 a year.
Q direct Lauren Whitcomb :: “Our offer would make St. Brendan’s nurses among the best paid in the city. We are disappointed the MNA chose to strike rather than keep bargaining,”
O nonprofit St. Brendan’s
O nonprofit MNA
P full Lauren Whitcomb
F money $138,000
> Outside the main entrance, Patrick Nguyen-Walsh, 52, of Quincy, said his mother, who is 81, was admitted on Sunday with pneumonia.
P full Patrick Nguyen-Walsh
F age 52
L city Quincy
F age 81
> "Honestly, the nurses are the only reason she's OK. I'm with them," he said. "But I'm going to be here every hour I can until Friday."
Q direct Patrick Nguyen-Walsh :: "Honestly, the nurses are the only reason she's OK. I'm with them,"
Q direct Patrick Nguyen-Walsh :: "But I'm going to be here every hour I can until Friday."
> A spokesperson for Mayor Teresa Alvarado-Quinn said City Hall was “ready to help both sides get back to the table” and that Boston EMS had added two ambulances in Dorchester for the week as a precaution.
P full Teresa Alvarado-Quinn
O government City Hall
Q direct - :: “ready to help both sides get back to the table”
O government Boston EMS
F number two
L city Dorchester
> Half of the hospital’s nurses have worked there for more than 10 years, according to the union. Talks are scheduled to resume at 10 a.m. Thursday at a hotel in the Seaport, both sides said.
F fraction Half
F duration 10 years
F time 10 a.m.
L city Seaport
'''

ARTICLES['1530-venice-day-tripper-entry-fee-third-season-ends-grand-canal-unesco-euronews'] = r'''
> Travel
> Venice ends third season of its day-tripper fee with €9.8 million raised – but the crowds keep coming
L city Venice
F money €9.8 million
> By Giulia Ferraresi with ANSA
P full Giulia Ferraresi
O media ANSA
> Published on 02/11/2042 - 14:05 GMT+1 • Updated 16:40
F date 02/11/2042
F time 14:05 GMT+1
F time 16:40
> Visitors crowd St Mark’s Square in Venice on 14 August 2042. - Copyright AP Photo/Luigi Costantini
L facility St Mark’s Square
L city Venice
F date 14 August 2042
O media AP
P full Luigi Costantini
> Venice has ended the third season of its entry fee for day-trippers, with city figures showing that 1.3 million visitors paid the charge on 84 days between April and October, raising about €9.8 million.
L city Venice
F number 1.3 million
F duration 84 days
F money €9.8 million
> The fee, €5 for visitors who book at least four days in advance and €10 for those who do not, applies from 8:30 to 16:00 to anyone over 14 entering the historic centre who is not staying overnight. Residents of the Veneto region, students and workers are exempt.
F money €5
F duration four days
F money €10
F time 8:30
F time 16:00
F age 14
L region Veneto
> The city’s councillor for tourism, Alvise Dal Moro, said the fee had "changed behaviour at the margins".
P full Alvise Dal Moro
Q direct Alvise Dal Moro :: "changed behaviour at the margins"
> "On the peak Saturdays in May we saw 88,000 day-trippers instead of 100,000. That is not the end of overtourism, but it is not nothing," Dal Moro told Euronews. "Our target was never to make money. It was to know who is coming, and when."
Q direct Alvise Dal Moro :: "On the peak Saturdays in May we saw 88,000 day-trippers instead of 100,000. That is not the end of overtourism, but it is not nothing,"
F number 88,000
F number 100,000
P partial Dal Moro
O media Euronews
Q direct Alvise Dal Moro :: "Our target was never to make money. It was to know who is coming, and when."
> The council’s own data show that on the busiest day, 25 April, a public holiday in Italy, 131,000 people entered the centre, which has 49,000 residents. Average daily arrivals on fee days were down 6% compared with 2041.
F date 25 April
L country Italy
F number 131,000
F number 49,000
F percent 6%
F date 2041
> Critics say the charge is too low to deter anyone. Gondolier Matteo Zanon, 61, whose family has rowed on the Grand Canal for four generations, called it "a ticket to a theme park".
P full Matteo Zanon
F age 61
L geo Grand Canal
F number four
Q direct Matteo Zanon :: "a ticket to a theme park"
> "Five euros is less than a coffee and a tramezzino at Rialto. People pay, they take the photo on the bridge and they go. Nothing changes for us on the water," he said, standing at the gondola station beside the Rialto Bridge.
Q direct Matteo Zanon :: "Five euros is less than a coffee and a tramezzino at Rialto. People pay, they take the photo on the bridge and they go. Nothing changes for us on the water,"
F money Five euros
L city Rialto
L facility Rialto Bridge
> "We paid €10 each because we decided at the last minute," said Hannah Lindqvist, 29, from Gothenburg, Sweden, queuing for a water bus at Piazzale Roma. "It's fine. I just wish it went to cleaning the canals."
Q direct Hannah Lindqvist :: "We paid €10 each because we decided at the last minute,"
F money €10
P full Hannah Lindqvist
F age 29
L city Gothenburg
L country Sweden
L facility Piazzale Roma
Q direct Hannah Lindqvist :: "It's fine. I just wish it went to cleaning the canals."
> A visitor from Lyon, who did not give his name, said he had not known about the fee until a steward stopped him outside Santa Lucia station. "Nobody told us. It felt like a 'tourist tax' on tourists who already pay for everything," he said.
L city Lyon
L facility Santa Lucia
Q direct - :: "Nobody told us. It felt like a 'tourist tax' on tourists who already pay for everything,"
> About a third of the revenue went on running the booking system and hiring 180 stewards for the access points, the city said.
F fraction a third
F number 180
> UNESCO, which in 2041 again decided not to place Venice on its list of World Heritage in Danger, was more cautious. Dr Elena Moravec, an official at UNESCO’s World Heritage Centre in Paris, called the fee “a useful tool but not a management plan”.
O intergovernmental UNESCO
F date 2041
L city Venice
P full Elena Moravec
O intergovernmental UNESCO
O intergovernmental World Heritage Centre
L city Paris
Q direct Elena Moravec :: “a useful tool but not a management plan”
> “The numbers in the historic centre are still far above what the city can absorb. We would like to see fewer large groups and fewer cruise passengers arriving through the lagoon,” she said, adding that the World Heritage Committee would review Venice’s progress in July 2043.
Q direct Elena Moravec :: “The numbers in the historic centre are still far above what the city can absorb. We would like to see fewer large groups and fewer cruise passengers arriving through the lagoon,”
O intergovernmental World Heritage Committee
L city Venice
F date July 2043
> Tour groups are already limited to 25 people, and loudspeakers have been banned in the centre since 2024. The city plans to extend the fee to 120 days in 2043 and is studying a rise to €15 on the busiest weekends.
F number 25
F date 2024
F duration 120 days
F date 2043
F money €15
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
