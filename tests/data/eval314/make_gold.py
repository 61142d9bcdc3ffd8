#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval314 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval314/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1927-colorado-river-cut-cap-gilbert-pinal-farmers-lake-mead-arizona-daily-star'] = r'''
> Environment
> Deeper Colorado River cut to hit East Valley suburbs, Pinal farms in 2043
L geo Colorado River
L region East Valley
L region Pinal
F date 2043
> Lake Mead forecast to fall to 1,038 feet by January; CAP deliveries to drop 21%
L geo Lake Mead
F quantity 1,038 feet
O government CAP
F percent 21%
> Tomás Echeverría-Lund Arizona Daily Star
P full Tomás Echeverría-Lund
O media Arizona Daily Star
> Aug 15, 2042 Updated 6 hrs ago
F date Aug 15, 2042
F duration 6 hrs
> Fallow fields near Coolidge in Pinal County, where farmers have lost most of their Colorado River water. Rebecca Oyelaran-Hughes, Arizona Daily Star
L city Coolidge
L region Pinal County
L geo Colorado River
P full Rebecca Oyelaran-Hughes
O media Arizona Daily Star
> Cities in the East Valley and farmers in Pinal County will lose another 21% of their Central Arizona Project water next year after federal officials on Thursday declared a deeper shortage on the Colorado River.
L region East Valley
L region Pinal County
F percent 21%
O government Central Arizona Project
L geo Colorado River
> The U.S. Bureau of Reclamation’s August 24-month study projects that Lake Mead, the reservoir behind Hoover Dam, will stand at 1,038 feet above sea level on Jan. 1, 2043, below the 1,040-foot mark that triggers the next tier of cuts under the rules the seven basin states adopted in 2039.
O government U.S. Bureau of Reclamation
F duration 24-month
L geo Lake Mead
L facility Hoover Dam
F quantity 1,038 feet
F date Jan. 1, 2043
F quantity 1,040-foot
F number seven
F date 2039
> For Arizona, the cut means 512,000 acre-feet less water next year, nearly all of it from CAP supplies. Suburbs from Mesa and Gilbert to Queen Creek and Apache Junction rely on CAP’s 336-mile canal for a third or more of their water. An acre-foot, about 326,000 gallons, supplies two to three homes for a year.
L region Arizona
F quantity 512,000 acre-feet
O government CAP
L city Mesa
L city Gilbert
L city Queen Creek
L city Apache Junction
O government CAP
F quantity 336-mile
F fraction a third
F quantity 326,000 gallons
F number two
F number three
> “This is the year the cuts stop being a farm problem and start showing up in city budgets,” said Marisol Quintanar-Webb, water resources director for the town of Gilbert. “We planned for it. That doesn’t make it cheap.”
Q direct Marisol Quintanar-Webb :: “This is the year the cuts stop being a farm problem and start showing up in city budgets,”
P full Marisol Quintanar-Webb
L city Gilbert
Q direct Marisol Quintanar-Webb :: “We planned for it. That doesn’t make it cheap.”
> Gilbert, a town of 290,000, gets about 38% of its water from CAP. Quintanar-Webb said the town would lose roughly 9,400 acre-feet next year and would make up the gap by pumping more groundwater and drawing on credits it has stored underground since the 2030s.
L city Gilbert
F number 290,000
F percent 38%
O government CAP
P partial Quintanar-Webb
F quantity 9,400 acre-feet
F date 2030s
> The Gilbert Town Council will vote Sept. 9 on a $14.6 million plan to drill four new wells and raise water rates 6.5% in January, adding about $4.10 a month to a typical bill.
O government Gilbert Town Council
F date Sept. 9
F money $14.6 million
F number four
F percent 6.5%
F money $4.10
> CAP said in a statement that the small pool of water still set aside for Pinal County agriculture would be “fully exhausted” in 2043.
O government CAP
L region Pinal County
Q direct Central Arizona Project :: “fully exhausted”
F date 2043
> “I’ve got 1,800 acres and water for maybe 600 of them,” said Darnell Okafor-Pruitt, 58, who grows cotton and alfalfa near Coolidge. “My dad used to say, ‘The canal is the farm.’ Well, the canal is about empty for us.”
Q direct Darnell Okafor-Pruitt :: “I’ve got 1,800 acres and water for maybe 600 of them,”
F quantity 1,800 acres
F number 600
P full Darnell Okafor-Pruitt
F age 58
L city Coolidge
Q direct Darnell Okafor-Pruitt :: “My dad used to say, ‘The canal is the farm.’ Well, the canal is about empty for us.”
> He plans to fallow about half his land next year and sell the rights to one well to a homebuilder in the city of Maricopa, where about 4,000 homes are planned.
F fraction half
F number one
L city Maricopa
F number 4,000
> A Reclamation hydrologist, who was not authorized to speak publicly, said snowpack in the Rockies finished at 71% of average and that runoff into Lake Powell was "the third-worst we have on record."
O government Reclamation
L geo Rockies
F percent 71%
L geo Lake Powell
Q direct - :: "the third-worst we have on record."
> The agency also warned that without a wet winter, Lake Mead could drop to 1,025 feet by mid-2044, the level at which Arizona, Nevada and California have agreed to open talks on what federal officials call “protection measures.”
L geo Lake Mead
F quantity 1,025 feet
F date 2044
L region Arizona
L region Nevada
L region California
Q scare - :: “protection measures.”
> In Tucson, which banked much of its unused CAP water underground for two decades, Tucson Water Director Hollis Baptiste-Nakai said customers would not see cut-related rate increases next year. “Tucson is in a better spot than most,” he said, “but no one in Arizona gets to sit this one out.”
L city Tucson
O government CAP
F duration two decades
O government Tucson Water
P full Hollis Baptiste-Nakai
L city Tucson
L region Arizona
Q direct Hollis Baptiste-Nakai :: “Tucson is in a better spot than most,”
Q direct Hollis Baptiste-Nakai :: “but no one in Arizona gets to sit this one out.”
'''

ARTICLES['1928-everest-spring-season-record-permits-tracking-chip-rule-himalayan-times'] = r'''
> Nepal
L country Nepal
> Everest permits hit record 502 as tracking chip rule kicks in
L geo Everest
F number 502
> Himalayan News Service
O media Himalayan News Service
> Published: 08:15 pm Apr 21, 2042
F time 08:15 pm
F date Apr 21, 2042
> Climbers and their Sherpa guides rest at Everest Base Camp in Solukhumbu district on Sunday. Photo: THT
L facility Everest Base Camp
L region Solukhumbu
O media THT
> KATHMANDU, APRIL 21
L city KATHMANDU
F date APRIL 21
> The Department of Tourism has issued climbing permits to 502 foreign climbers for Mt Everest this spring, the most for any season, as a new rule requiring every climber to carry a tracking chip came into force on Monday.
O government Department of Tourism
F number 502
L geo Mt Everest
> According to the department, the permits have earned the government $8.03 million in royalty, or about Rs 1.11 billion, since the fee for the normal South Col route was raised to $16,000 per person. Climbers in the autumn season pay $8,000.
F money $8.03 million
F money Rs 1.11 billion
L geo South Col
F money $16,000
F money $8,000
> Director General Yagya Prasad Lamsal said 1,250 Nepali support staff, most of them Sherpa guides, were also registered with expeditions on Everest this season. “We have more people on the mountain than ever, and this is exactly why the chip matters,” Lamsal told THT. “If someone goes missing above 8,000 metres, rescuers cannot search the whole mountain.”
P full Yagya Prasad Lamsal
F number 1,250
L geo Everest
Q direct Yagya Prasad Lamsal :: “We have more people on the mountain than ever, and this is exactly why the chip matters,”
P partial Lamsal
O media THT
Q direct Yagya Prasad Lamsal :: “If someone goes missing above 8,000 metres, rescuers cannot search the whole mountain.”
F quantity 8,000 metres
> Under the new rule, each climber must rent a chip for $10 at base camp and wear it sewn into the down suit above Camp II. Climbers must also bring back at least 10 kg of waste or forfeit a $5,000 garbage deposit.
F money $10
L facility Camp II
F quantity 10 kg
F money $5,000
> Expedition operators welcomed the chip but questioned the crowding. Mingma Gyalzen Sherpa, managing director of Kathmandu-based Thamserku Alpine Expeditions, said his company alone had 64 foreign clients this spring, up from 41 last year.
P full Mingma Gyalzen Sherpa
L city Kathmandu
O company Thamserku Alpine Expeditions
F number 64
F number 41
> “Everyone wants the same three days,” Mingma Gyalzen said. “If the forecast shows a window on May 14 and 15, you will see 300 people clipped to one rope below the Hillary Step. The chip tells us where a body is. It does not stop the queue.”
Q direct Mingma Gyalzen Sherpa :: “Everyone wants the same three days,”
F duration three days
P partial Mingma Gyalzen
Q direct Mingma Gyalzen Sherpa :: “If the forecast shows a window on May 14 and 15, you will see 300 people clipped to one rope below the Hillary Step. The chip tells us where a body is. It does not stop the queue.”
F date May 14
F date 15
F number 300
F number one
L geo Hillary Step
> Dawa Ongchu Sherpa, 39, a guide from Khumjung who has reached the summit of Everest 19 times, said many guides worried more about who would pay for the rule than about its purpose.
P full Dawa Ongchu Sherpa
F age 39
L city Khumjung
L geo Everest
F number 19
> “For a client, $10 is nothing. But my ‘salary’ for the season is what the company decides, and they are already asking who pays for the chips of the staff,” he said. Dawa Ongchu said he earned about Rs 900,000 in a good season.
Q direct Dawa Ongchu Sherpa :: “For a client, $10 is nothing. But my ‘salary’ for the season is what the company decides, and they are already asking who pays for the chips of the staff,”
F money $10
P partial Dawa Ongchu
F money Rs 900,000
> Among the foreign climbers at base camp is Valentina Ossandón Reyes, 34, an engineer from Santiago who is attempting Everest without supplementary oxygen. Speaking by satellite phone from Gorak Shep, she called the chip “a small price for peace of mind” and said her family could now follow her online.
P full Valentina Ossandón Reyes
F age 34
L city Santiago
L geo Everest
L city Gorak Shep
Q direct Valentina Ossandón Reyes :: “a small price for peace of mind”
> “My mother checks the map every morning. She thinks the dot is me,” Ossandón said. “I told her, ‘Mamá, the dot is only a chip.’”
Q direct Valentina Ossandón Reyes :: “My mother checks the map every morning. She thinks the dot is me,”
P partial Ossandón
Q direct Valentina Ossandón Reyes :: “I told her, ‘Mamá, the dot is only a chip.’”
> Last year 11 people died on Everest, including four Nepali workers, according to the Nepal Mountaineering Association (NMA). The NMA said in a statement that the tracking rule was “long overdue” but urged the department to use the chip data to cap daily traffic above Camp IV.
F number 11
L geo Everest
F number four
O nonprofit Nepal Mountaineering Association
O nonprofit NMA
O nonprofit NMA
Q direct Nepal Mountaineering Association :: “long overdue”
L facility Camp IV
> The department said ropes to the summit of the 8,848.86-metre peak are expected to be fixed by a team of the Expedition Operators Association of Nepal by May 8, and that liaison officers will stay at base camp for 45 days.
F quantity 8,848.86-metre
O nonprofit Expedition Operators Association of Nepal
F date May 8
F duration 45 days
'''

ARTICLES['1929-margate-after-dark-musical-closing-notice-novello-theatre-solt-the-stage'] = r'''
> News
> Margate After Dark to close in the West End after 29 weeks
L city West End
F duration 29 weeks
> Producer blames ‘brutal’ autumn market as new British musical posts closing notice at the Novello Theatre
Q direct Harriet Okonkwo-Blake :: ‘brutal’
L facility Novello Theatre
> By Matilda Ostrowska-Reid
P full Matilda Ostrowska-Reid
> 2 September 2042
F date 2 September 2042
> Jess Abernathy-Cole as Dot Ramsay in Margate After Dark at the Novello Theatre, London. Photo: Sanjay Whitcombe-Lowe
P full Jess Abernathy-Cole
P full Dot Ramsay
L facility Novello Theatre
L city London
P full Sanjay Whitcombe-Lowe
> Margate After Dark, the new British musical about a seaside dance hall in 1962, will close at the Novello Theatre on 18 October after 29 weeks and 232 performances in the West End.
F date 1962
L facility Novello Theatre
F date 18 October
F duration 29 weeks
F number 232
L city West End
> Producer Harriet Okonkwo-Blake of Lanternfish Productions posted the closing notice on Monday, saying advance sales for the autumn had fallen “off a cliff” after the school holidays and that the show could no longer cover weekly running costs of about £385,000.
P full Harriet Okonkwo-Blake
O company Lanternfish Productions
Q direct Harriet Okonkwo-Blake :: “off a cliff”
F money £385,000
> “We had a brilliant summer – houses of 85% and more, and the best word of mouth of anything I have produced,” Okonkwo-Blake told The Stage. “Then September arrives, the tourists go home and you are competing with 40 other musicals for the same Londoner’s Saturday night. It is a brutal market for a new show without a film or a pop catalogue behind it.
Q direct Harriet Okonkwo-Blake :: “We had a brilliant summer – houses of 85% and more, and the best word of mouth of anything I have produced,”
F percent 85%
P partial Okonkwo-Blake
O media The Stage
Q direct Harriet Okonkwo-Blake :: “Then September arrives, the tourists go home and you are competing with 40 other musicals for the same Londoner’s Saturday night. It is a brutal market for a new show without a film or a pop catalogue behind it.
F number 40
> “I would rather close with the company proud of the work than limp on to Christmas on discounts.”
Q direct Harriet Okonkwo-Blake :: “I would rather close with the company proud of the work than limp on to Christmas on discounts.”
> The production was capitalised at £6.2m and will not recoup, she confirmed. It opened on 29 March to mixed reviews, though its composer, Callum Ferris-Adeyemi, was nominated for best new score at the Olivier Awards in April.
F money £6.2m
F date 29 March
P full Callum Ferris-Adeyemi
> Ferris-Adeyemi, 31, who wrote the score while working as a rehearsal pianist, said he was “gutted but weirdly proud.” In a post on Instagram he thanked the band and company, writing: “Twenty-nine weeks in a 1,105-seat house. Not bad for a show that started on a Casio in my nan’s kitchen in Cliftonville.”
P partial Ferris-Adeyemi
F age 31
Q direct Callum Ferris-Adeyemi :: “gutted but weirdly proud.”
O company Instagram
Q direct Callum Ferris-Adeyemi :: “Twenty-nine weeks in a 1,105-seat house. Not bad for a show that started on a Casio in my nan’s kitchen in Cliftonville.”
F duration Twenty-nine weeks
F number 1,105
O company Casio
L city Cliftonville
> The closure comes in a difficult season for new work. The Society of London Theatre (SOLT) said in a statement that West End attendances in the first half of 2042 were 4% below the same period last year, while the average ticket price rose to £71.40.
O nonprofit Society of London Theatre
O nonprofit SOLT
L city West End
F date 2042
F percent 4%
F money £71.40
> “Original musicals are the lifeblood of the West End, and every closing notice is felt across the whole industry, from the stage door to the suppliers,” SOLT said. “We continue to urge the Government to keep theatre tax relief at its current rate beyond 2043.”
Q direct Society of London Theatre :: “Original musicals are the lifeblood of the West End, and every closing notice is felt across the whole industry, from the stage door to the suppliers,”
L city West End
O nonprofit SOLT
Q direct Society of London Theatre :: “We continue to urge the Government to keep theatre tax relief at its current rate beyond 2043.”
F date 2043
> Jess Abernathy-Cole, who plays Dot, the dance hall’s owner, said the company of 24 performers was told at a meeting before Monday’s performance.
P full Jess Abernathy-Cole
P partial Dot
F number 24
> “There were tears, obviously, and then we went on and did the show, because that’s the job,” she said. “Harriet was honest with us. She said, ‘I would rather close it proud than run it into the ground.’ I respect that.”
Q direct Jess Abernathy-Cole :: “There were tears, obviously, and then we went on and did the show, because that’s the job,”
Q direct Jess Abernathy-Cole :: “Harriet was honest with us. She said, ‘I would rather close it proud than run it into the ground.’ I respect that.”
P partial Harriet
> Abernathy-Cole, who made her West End debut in the show, said its fans, who call themselves “Night Owls”, had already asked about “a second life” on tour. Okonkwo-Blake said talks were under way for a UK tour opening at the Theatre Royal Brighton in spring 2043, and a cast recording funded by a £250,000 crowdfunding campaign will be released in November.
P partial Abernathy-Cole
L city West End
Q scare - :: “Night Owls”
Q direct Jess Abernathy-Cole :: “a second life”
P partial Okonkwo-Blake
L country UK
L facility Theatre Royal Brighton
F date 2043
F money £250,000
> The Novello will be dark for seven weeks before a Christmas season opens on 9 December, its owner, Delfont Mackintosh Theatres, said.
L facility Novello
F duration seven weeks
F date 9 December
O company Delfont Mackintosh Theatres
'''

ARTICLES['1930-real-betis-sevilla-2-2-derbi-okoye-late-equaliser-benito-villamarin-football-espana'] = r'''
> La Liga
O other La Liga
> Real Betis 2-2 Sevilla: Okoye header rescues a point in stormy Seville derby
O team Real Betis
F score 2-2
O team Sevilla
P partial Okoye
L city Seville
> Two goals in four minutes were not enough for ten-man Sevilla after a derbi of eight yellow cards at the Benito Villamarín
F number Two
F duration four minutes
F number ten
O team Sevilla
F number eight
L facility Benito Villamarín
> By Aidan Carvalho-Brennan
P full Aidan Carvalho-Brennan
> 16 March 2042, 23:05
F date 16 March 2042
F time 23:05
> Betis and Sevilla players clash after Ibáñez's red card. (Photo by Fran Ruiz-Aldana/Getty Images)
O team Betis
O team Sevilla
P partial Ibáñez
P full Fran Ruiz-Aldana
O company Getty Images
> Real Betis and Sevilla shared the points in a frantic Gran Derbi on Sunday night, Chidi Okoye heading in a 90th-minute equaliser to earn the hosts a 2-2 draw after the visitors had come from behind with 10 men.
O team Real Betis
O team Sevilla
P full Chidi Okoye
F score 2-2
F number 10
> Betis, who finished with 64 percent of possession, went ahead in the 23rd minute when Álex Robledo turned in a low cross from Nabil Haddouchi at the near post.
O team Betis
F percent 64 percent
P full Álex Robledo
P full Nabil Haddouchi
> The game turned before half-time. Sevilla midfielder Marcos Ibáñez, already booked for a foul on Haddouchi, was shown a second yellow card for dissent by referee Daniel Ortiz Vallejo after 39 minutes, and Sevilla coach Joan Puigvert was sent to the stands for his protests moments later.
O team Sevilla
P full Marcos Ibáñez
P partial Haddouchi
P full Daniel Ortiz Vallejo
F duration 39 minutes
O team Sevilla
P full Joan Puigvert
> Instead of collapsing, the visitors struck twice early in the second half. Gorka Etxeberria's free-kick from 25 metres flew in off the bar after 58 minutes, and four minutes later substitute Youssef Amrani raced clear to make it 2-1.
P full Gorka Etxeberria
F quantity 25 metres
F duration 58 minutes
F duration four minutes
P full Youssef Amrani
F score 2-1
> Betis laid siege to Sevilla's goal, forcing 11 corners and 19 shots, and were rewarded when Okoye, nicknamed "El Faro" by the Betis faithful, rose above two defenders to head in Haddouchi's corner in the 90th minute. There was still time for a melee on the touchline that produced three more bookings.
O team Betis
O team Sevilla
F number 11
F number 19
P partial Okoye
Q scare - :: "El Faro"
O team Betis
F number two
P partial Haddouchi
F number three
> "I have scored in a derbi before, but never like this, in the last minute, with the whole stadium shaking," said Okoye, 26, who joined from Nantes in the summer. "When the ball hit the net I couldn't hear anything. Fifty-five thousand people and I couldn't hear a thing."
Q direct Chidi Okoye :: "I have scored in a derbi before, but never like this, in the last minute, with the whole stadium shaking,"
P partial Okoye
F age 26
O team Nantes
Q direct Chidi Okoye :: "When the ball hit the net I couldn't hear anything. Fifty-five thousand people and I couldn't hear a thing."
F number Fifty-five thousand
> Betis coach Ramiro Castellanos praised his side's "character" but said they should have won against 10 men. "We had the ball, we had the chances, we had the numbers. Against 10 you have to kill the game and we gave them two gifts," he said. "A draw in the derbi is never a disaster, but tonight it feels like one."
O team Betis
P full Ramiro Castellanos
Q direct Ramiro Castellanos :: "character"
F number 10
Q direct Ramiro Castellanos :: "We had the ball, we had the chances, we had the numbers. Against 10 you have to kill the game and we gave them two gifts,"
F number 10
F number two
Q direct Ramiro Castellanos :: "A draw in the derbi is never a disaster, but tonight it feels like one."
> Puigvert, who watched the second half from the directors' box, was furious about the first booking. "The first yellow was a joke. Marcos touches the ball, everybody in the stadium saw it except one man," the Catalan said. "I told the fourth official it was 'a scandal,' and he sent me away. So now I will probably get a ban for telling the truth."
P partial Puigvert
Q direct Joan Puigvert :: "The first yellow was a joke. Marcos touches the ball, everybody in the stadium saw it except one man,"
P partial Marcos
F number one
Q direct Joan Puigvert :: "I told the fourth official it was 'a scandal,' and he sent me away. So now I will probably get a ban for telling the truth."
> The Competition Committee of the Royal Spanish Football Federation (RFEF) will study the referee's report this week, and Puigvert could face a touchline ban of up to four matches.
O other Competition Committee
O other Royal Spanish Football Federation
O other RFEF
P partial Puigvert
F number four
> The draw leaves Betis sixth in La Liga on 44 points from 28 games, two ahead of Sevilla in seventh, with both clubs chasing a European place. Betis visit Osasuna at El Sadar next Sunday, while Sevilla host Villarreal at the Ramón Sánchez-Pizjuán on Saturday.
O team Betis
O other La Liga
F number 44
F number 28
F number two
O team Sevilla
O team Betis
O team Osasuna
L facility El Sadar
O team Sevilla
O team Villarreal
L facility Ramón Sánchez-Pizjuán
> Goals: 1-0 Robledo (23'), 1-1 Etxeberria (58'), 1-2 Amrani (62'), 2-2 Okoye (90')
F score 1-0
P partial Robledo
F score 1-1
P partial Etxeberria
F score 1-2
P partial Amrani
F score 2-2
P partial Okoye
> Sent off: Ibáñez (Sevilla, 39')
P partial Ibáñez
O team Sevilla
'''

ARTICLES['1931-hurricane-odalys-housing-recovery-hanover-westmoreland-odpem-nht-jamaica-observer'] = r'''
> News
> Gov’t promises 1,200 new homes for Odalys victims
F number 1,200
> Hanover, Westmoreland families still in tents eight months after hurricane
L region Hanover
L region Westmoreland
F duration eight months
> BY SHANIQUE McFARLANE-GORDON Observer staff reporter
P full SHANIQUE McFARLANE-GORDON
O media Observer
> mcfarlanes@jamaicaobserver.com
> Sunday, June 8, 2042
F date June 8, 2042
> Lenora Campbell-Dixon sits outside the tent she has lived in since October at Cascade, Hanover. (Photo: Garfield Tulloch-Ramsay)
P full Lenora Campbell-Dixon
L city Cascade
L region Hanover
P full Garfield Tulloch-Ramsay
> EIGHT months after Hurricane Odalys tore through western Jamaica, the Government says it will build 1,200 new houses and repair 3,500 more in Hanover, Westmoreland and St James under a J$14.8-billion recovery programme, with the first keys to be handed over by December.
F duration EIGHT months
L country Jamaica
F number 1,200
F number 3,500
L region Hanover
L region Westmoreland
L region St James
F money J$14.8-billion
> Local Government and Community Development Minister Desmond Whyte-Bernard announced the Odalys Housing Recovery Programme in Lucea on Friday, alongside officials of the Office of Disaster Preparedness and Emergency Management (ODPEM) and the National Housing Trust (NHT), which will build the houses.
P full Desmond Whyte-Bernard
L city Lucea
O government Office of Disaster Preparedness and Emergency Management
O government ODPEM
O government National Housing Trust
O government NHT
> About US$62 million of the cost is covered by a loan from the Caribbean Development Bank (CDB), approved in April, with the rest to come from the national budget.
F money US$62 million
O intergovernmental Caribbean Development Bank
O intergovernmental CDB
> “Nobody should be spending a second Christmas under a tarpaulin. That is the promise we are making to the people of Hanover and Westmoreland,” Whyte-Bernard said. “The houses will be two-bedroom, concrete, with hurricane straps and a roof that can take a Category 5.
Q direct Desmond Whyte-Bernard :: “Nobody should be spending a second Christmas under a tarpaulin. That is the promise we are making to the people of Hanover and Westmoreland,”
L region Hanover
L region Westmoreland
P partial Whyte-Bernard
Q direct Desmond Whyte-Bernard :: “The houses will be two-bedroom, concrete, with hurricane straps and a roof that can take a Category 5.
F number two
> “We are not putting back board houses for the next storm to take. We are building once, and we are building right.”
Q direct Desmond Whyte-Bernard :: “We are not putting back board houses for the next storm to take. We are building once, and we are building right.”
> Each new unit will cost about J$6.9 million. The minister said families whose homes were destroyed would be rehoused on their own land wherever titles could be verified.
F money J$6.9 million
> ODPEM said its assessment found 4,870 houses destroyed or severely damaged in the three parishes and that 612 families were still living in shelters or tents. In a statement, the agency said it had “cleared the backlog of damage assessments” and would send its list of beneficiaries to the NHT by June 30.
O government ODPEM
F number 4,870
F number three
F number 612
Q direct Office of Disaster Preparedness and Emergency Management :: “cleared the backlog of damage assessments”
O government NHT
F date June 30
> But Councillor Hyacinth Gayle-Forbes of the Hanover Municipal Corporation, who represents the Green Island Division, said the list had already caused anger in her community.
P full Hyacinth Gayle-Forbes
O government Hanover Municipal Corporation
L region Green Island Division
> “People see their neighbour on the list and they are not on it, and the roof blow off both houses the same night,” she said. “I have a 79-year-old woman in Orange Bay who ODPEM say is ‘partially damaged’. Her whole back room gone. That is not partial.”
Q direct Hyacinth Gayle-Forbes :: “People see their neighbour on the list and they are not on it, and the roof blow off both houses the same night,”
Q direct Hyacinth Gayle-Forbes :: “I have a 79-year-old woman in Orange Bay who ODPEM say is ‘partially damaged’. Her whole back room gone. That is not partial.”
F age 79-year-old
L city Orange Bay
O government ODPEM
> Gayle-Forbes said at least 140 families in her division had been told they qualified only for a J$450,000 repair grant, which she said would not buy a roof.
P partial Gayle-Forbes
F number 140
F money J$450,000
> At Cascade, Lenora Campbell-Dixon, 66, has lived with her two grandchildren in a donated tent since Odalys flattened her board house on October 19 last year.
L city Cascade
P full Lenora Campbell-Dixon
F age 66
F number two
F date October 19
> “When rain fall at night, we sit up and hold the tent pole till morning. Mi tired,” she told the Observer. “Dem come measure the land three times. Three times! I just want somebody to tell me a date.”
Q direct Lenora Campbell-Dixon :: “When rain fall at night, we sit up and hold the tent pole till morning. Mi tired,”
O media Observer
Q direct Lenora Campbell-Dixon :: “Dem come measure the land three times. Three times! I just want somebody to tell me a date.”
F number three
F number Three
> The minister said the NHT had already started work on 96 houses at a site in Grange Hill, Westmoreland, and that 400 workers, most of them hired locally, would be on site by July. Beneficiaries will not have to repay the cost, he said, but the houses cannot be sold for 10 years.
O government NHT
F number 96
L city Grange Hill
L region Westmoreland
F number 400
F duration 10 years
> An NHT officer at the site, who asked not to be named, said the first houses were “about 40 per cent done”.
O government NHT
Q direct - :: “about 40 per cent done”
F percent 40 per cent
'''

ARTICLES['1932-ninth-circuit-revives-health-app-privacy-class-action-doe-v-halcyon-reuters'] = r'''
> Litigation
> US appeals court revives privacy lawsuit over health app's data sharing
L country US
> By Priya Ramaswamy-Kent
P full Priya Ramaswamy-Kent
> October 7, 2042 7:48 PM UTC Updated 2 hours ago
F date October 7, 2042
F time 7:48 PM UTC
F duration 2 hours
> The logo of Halcyon Health is seen at the company's headquarters in San Jose, California, U.S., March 3, 2041. REUTERS/Nathaniel Osei-Brandt/File Photo
O company Halcyon Health
L city San Jose
L region California
L country U.S.
F date March 3, 2041
O media REUTERS
P full Nathaniel Osei-Brandt
> Summary
> 9th Circuit panel splits 2-1 on wiretap claims
O government 9th Circuit
F number 2-1
> Users say app sent mood and fertility logs to advertisers
> Company could face damages topping $1 billion
F money $1 billion
> (Reuters) - A divided U.S. appeals court on Tuesday revived a proposed class action accusing health app maker Halcyon Health Inc of sharing millions of users' mood and fertility logs with advertising companies, ruling that the users can pursue claims under California's wiretapping law.
O media Reuters
L country U.S.
O company Halcyon Health Inc
L region California
> A 9th U.S. Circuit Court of Appeals panel voted 2-1 to overturn a San Francisco federal judge's 2041 dismissal of the lawsuit, which four users filed under pseudonyms in 2040.
O government 9th U.S. Circuit Court of Appeals
F number 2-1
L city San Francisco
F date 2041
F number four
F date 2040
> Writing for the majority, U.S. Circuit Judge Ana Lucía Ferreyra said Halcyon's privacy policy told users their entries were "stored securely and never sold," and that no reasonable user would read that as permission to stream what they typed to third parties.
L country U.S.
P full Ana Lucía Ferreyra
O company Halcyon
Q direct Halcyon Health Inc :: "stored securely and never sold,"
> "A promise that data will 'never be sold' is not a license to hand it over for free, keystroke by keystroke," Ferreyra wrote, in an opinion joined by Circuit Judge Thomas Okada-Lindqvist.
Q direct Ana Lucía Ferreyra :: "A promise that data will 'never be sold' is not a license to hand it over for free, keystroke by keystroke,"
P partial Ferreyra
P full Thomas Okada-Lindqvist
> Circuit Judge Raymond Pierce-Whitford dissented, saying the users had accepted terms of service disclosing that "de-identified usage data" could go to "analytics and marketing partners." He said the majority had turned a disclosure dispute into "a wiretap case where nobody tapped a wire."
P full Raymond Pierce-Whitford
Q direct Halcyon Health Inc :: "de-identified usage data"
Q direct Halcyon Health Inc :: "analytics and marketing partners."
Q direct Raymond Pierce-Whitford :: "a wiretap case where nobody tapped a wire."
> The users seek statutory damages under the California Invasion of Privacy Act of $500 per user. The plaintiffs' lawyers have said the class could include about 2.3 million California users, exposing Halcyon to damages well over $1 billion if certified.
F money $500
F number 2.3 million
L region California
O company Halcyon
F money $1 billion
> "This is a big day for anyone who has ever told an app something they wouldn't tell their boss," said Marcus Delacroix-Oyama of Ferrante Lusk LLP, who argued the appeal for the users. "The court said what the policy says matters, not what the company wishes it had said."
Q direct Marcus Delacroix-Oyama :: "This is a big day for anyone who has ever told an app something they wouldn't tell their boss,"
P full Marcus Delacroix-Oyama
O company Ferrante Lusk LLP
Q direct Marcus Delacroix-Oyama :: "The court said what the policy says matters, not what the company wishes it had said."
> Halcyon, based in San Jose, said in a statement it disagreed with the ruling and was "evaluating all options, including rehearing en banc." Its lawyer, Elise Vandermolen of Carrow & Pike, did not immediately respond to a request for comment.
O company Halcyon
L city San Jose
Q direct Halcyon Health Inc :: "evaluating all options, including rehearing en banc."
P full Elise Vandermolen
O company Carrow & Pike
> According to the complaint, code in the app, which Halcyon says has been downloaded 11 million times, sent users' entries through so-called "tracking pixels" to three advertising technology firms within seconds of being typed.
O company Halcyon
F number 11 million
Q scare - :: "tracking pixels"
F number three
> The Electronic Privacy Information Center (EPIC), which filed a brief supporting the users, called the decision "the most important health-privacy ruling from the 9th Circuit in a decade."
O nonprofit Electronic Privacy Information Center
O nonprofit EPIC
Q direct Electronic Privacy Information Center :: "the most important health-privacy ruling from the 9th Circuit in a decade."
O government 9th Circuit
> "Health apps sit outside HIPAA, so state privacy law is often the only protection people have," EPIC senior counsel Naledi Brooks-Harmon said. "Today the court said that protection has teeth."
Q direct Naledi Brooks-Harmon :: "Health apps sit outside HIPAA, so state privacy law is often the only protection people have,"
O nonprofit EPIC
P full Naledi Brooks-Harmon
Q direct Naledi Brooks-Harmon :: "Today the court said that protection has teeth."
> The ruling sends the case back to U.S. District Judge Harold Feeney-Marsh in San Francisco, who dismissed it in March 2041.
L country U.S.
P full Harold Feeney-Marsh
L city San Francisco
F date March 2041
> The case is Doe v. Halcyon Health Inc, 9th U.S. Circuit Court of Appeals, No. 41-16208.
O government 9th U.S. Circuit Court of Appeals
> For the plaintiffs: Marcus Delacroix-Oyama of Ferrante Lusk
P full Marcus Delacroix-Oyama
O company Ferrante Lusk
> For Halcyon: Elise Vandermolen of Carrow & Pike
O company Halcyon
P full Elise Vandermolen
O company Carrow & Pike
> Reporting by Priya Ramaswamy-Kent in San Francisco; Editing by Owen Thackeray-Nunes
P full Priya Ramaswamy-Kent
L city San Francisco
P full Owen Thackeray-Nunes
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
