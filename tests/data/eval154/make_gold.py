#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval154 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval154/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['967-imf-review-delay-reserves-peso-rosario-soy-buenos-aires-times'] = r'''
> ECONOMY
> IMF delays Argentina review as Central Bank misses reserves goal
O intergovernmental IMF
L country Argentina
O government Central Bank
> Staff-level talks in Washington stall over a US$3.2-billion shortfall, while monthly inflation climbs to 3.4 percent.
L city Washington
F money US$3.2-billion
F percent 3.4 percent
> BY GUADALUPE ÁLVAREZ DEL CAMPO
P full GUADALUPE ÁLVAREZ DEL CAMPO
> 16-04-2040 18:25
F date 16-04-2040
F time 18:25
> Economy Minister Ignacio Beltrán Ocampo speaks to reporters at the Palacio de Hacienda on Monday. Photo: NA
P full Ignacio Beltrán Ocampo
L facility Palacio de Hacienda
O media NA
> The International Monetary Fund (IMF) has put off the next review of Argentina’s US$18-billion programme after the Central Bank (BCRA) ended the first quarter some US$3.2 billion short of its net reserves target, officials in Buenos Aires and Washington confirmed on Monday.
O intergovernmental International Monetary Fund
O intergovernmental IMF
L country Argentina
F money US$18-billion
O government Central Bank
O government BCRA
F money US$3.2 billion
L city Buenos Aires
L city Washington
> The delay means that a disbursement of about US$1.1 billion, which the Economy Ministry had pencilled in for April 30, will not arrive before May. It also comes days after the INDEC statistics bureau reported that consumer prices rose 3.4 percent in March, up from 2.9 percent in February, taking inflation over the past 12 months to 41.7 percent.
F money US$1.1 billion
O government Economy Ministry
F date April 30
O government INDEC
F percent 3.4 percent
F percent 2.9 percent
F duration 12 months
F percent 41.7 percent
> Beltrán Ocampo played down the setback. “This is a question of weeks, not months. The programme is on track and the fiscal surplus is intact,” he told reporters. “Nobody at the Fund is talking about a waiver.
P partial Beltrán Ocampo
Q direct Ignacio Beltrán Ocampo :: “This is a question of weeks, not months. The programme is on track and the fiscal surplus is intact,”
Q direct Ignacio Beltrán Ocampo :: “Nobody at the Fund is talking about a waiver.
O intergovernmental Fund
> “What they want, and what we will give them, is a clearer path for the exchange rate and for the accumulation of reserves.”
Q direct Ignacio Beltrán Ocampo :: “What they want, and what we will give them, is a clearer path for the exchange rate and for the accumulation of reserves.”
> In a short statement, the IMF said the discussions had been “constructive” and would continue “in the coming weeks”, adding that the authorities had shown “a strong commitment to rebuilding reserves”.
O intergovernmental IMF
Q direct International Monetary Fund :: “constructive”
Q direct International Monetary Fund :: “in the coming weeks”
Q direct International Monetary Fund :: “a strong commitment to rebuilding reserves”
> A government official involved in the talks, who asked not to be named, said Fund staff wanted the monthly pace of the crawling peg raised from 1.2 percent to 2 percent. “They keep telling us the peso is ‘too strong by 10 percent’. We think that is an old argument,” the official said.
O intergovernmental Fund
F percent 1.2 percent
F percent 2 percent
Q direct - :: “They keep telling us the peso is ‘too strong by 10 percent’. We think that is an old argument,”
F percent 10 percent
> The official exchange rate closed at 1,946 pesos to the dollar on Monday, while the parallel or “blue” rate ended at 2,310 pesos, a gap of 18.7 percent.
F money 1,946 pesos
Q scare - :: “blue”
F money 2,310 pesos
F percent 18.7 percent
> The gap is felt most in Rosario, the hub of the soy trade, where grain exporters sell their dollars to the Central Bank. The Rosario Board of Trade estimates that farmers have sold just 9.8 million tonnes of a 51-million-tonne soy crop, against 14 million tonnes by the middle of April 2039.
L city Rosario
O government Central Bank
O nonprofit Rosario Board of Trade
F quantity 9.8 million tonnes
F quantity 51-million-tonne
F quantity 14 million tonnes
F date April 2039
> “Producers are sitting on their beans because they expect a devaluation, and every week they wait costs the Central Bank reserves it does not have,” said Ana Lucía Quiroga, chief economist at the Buenos Aires consultancy Pampa Analytics.
Q direct Ana Lucía Quiroga :: “Producers are sitting on their beans because they expect a devaluation, and every week they wait costs the Central Bank reserves it does not have,”
O government Central Bank
P full Ana Lucía Quiroga
L city Buenos Aires
O company Pampa Analytics
> Quiroga, 38, calculates that the Central Bank would need to buy US$600 million a week until June to meet a revised goal. She put the chance of a deal before the IMF’s board meets on May 22 at “about 60 percent”.
P partial Quiroga
F age 38
O government Central Bank
F money US$600 million
O intergovernmental IMF
F date May 22
Q direct Ana Lucía Quiroga :: “about 60 percent”
F percent 60 percent
> The programme, signed in October 2038, has passed two reviews. Opposition deputy Tomás Ferreyra Lanús called the delay “a warning light that nobody in the Casa Rosada wants to see” and said he would ask the minister to appear before Congress within 15 days.
F date October 2038
F number two
P full Tomás Ferreyra Lanús
Q direct Tomás Ferreyra Lanús :: “a warning light that nobody in the Casa Rosada wants to see”
O government Casa Rosada
O government Congress
F duration 15 days
'''

ARTICLES['968-thomson-east-coast-line-rail-crack-caldecott-smrt-lta-straits-times'] = r'''
> Singapore
L country Singapore
> TEL disruption: Commuters stranded for nearly 4 hours after rail crack found near Caldecott
L facility TEL
F duration 4 hours
L facility Caldecott
> Services between Woodlands North and Stevens halted during morning peak; LTA to review SMRT’s checks
L facility Woodlands North
L facility Stevens
O government LTA
O company SMRT
> Lim Wen Hui
P full Lim Wen Hui
> Transport Correspondent
> Published Apr 18, 2040, 08:12 PM
F date Apr 18, 2040
F time 08:12 PM
> Commuters queueing for bridging buses outside Caldecott station on April 18. ST PHOTO: ONG WEE KIAT
L facility Caldecott
F date April 18
O media ST
P full ONG WEE KIAT
> SINGAPORE – Tens of thousands of commuters were stranded for close to four hours on Wednesday morning after a crack was found in a running rail on the Thomson-East Coast Line (TEL), halting trains at 11 stations on the line’s northern stretch.
L country SINGAPORE
F duration four hours
L facility Thomson-East Coast Line
L facility TEL
F number 11
> Train operator SMRT said the 3cm crack was spotted by a train captain at 6.41am on the northbound track between Caldecott and Upper Thomson stations. Services between Woodlands North and Stevens were suspended from 6.55am and resumed fully only at 10.38am.
O company SMRT
F quantity 3cm
F time 6.41am
L facility Caldecott
L facility Upper Thomson
L facility Woodlands North
L facility Stevens
F time 6.55am
F time 10.38am
> The Land Transport Authority (LTA) said about 62,000 journeys were affected. Free regular bus services were activated along the stretch, and 40 bridging buses were deployed to stations including Woodlands, Springleaf, Lentor, Mayflower and Bright Hill.
O government Land Transport Authority
O government LTA
F number 62,000
F number 40
L facility Woodlands
L facility Springleaf
L facility Lentor
L facility Mayflower
L facility Bright Hill
> SMRT Trains president Alvin Koh Jun Hao apologised to commuters. “Safety comes first. Once the crack was found, we could not run trains over it until the rail was replaced and tested,” he said at a media briefing at the Mandai depot. “We know many of you were late for work and school this morning, and we are sorry.”
O company SMRT Trains
P full Alvin Koh Jun Hao
Q direct Alvin Koh Jun Hao :: “Safety comes first. Once the crack was found, we could not run trains over it until the rail was replaced and tested,”
L facility Mandai
Q direct Alvin Koh Jun Hao :: “We know many of you were late for work and school this morning, and we are sorry.”
> Mr Koh said engineers replaced a 12m section of rail within two hours, but the first trains over the new rail had to run at 40km/h until it was checked again.
P partial Koh
F quantity 12m
F duration two hours
F quantity 40km/h
> The cause of the crack is not yet known. In a statement, the LTA said it would “review SMRT’s inspection regime” on the TEL and could take enforcement action. In 2039, the operator was fined $1.2 million over a signalling fault on the same line.
O government LTA
Q direct Land Transport Authority :: “review SMRT’s inspection regime”
O company SMRT
L facility TEL
F date 2039
F money $1.2 million
> Madam Nur Hidayah Rahmat, 46, a nurse at Tan Tock Seng Hospital, said she waited 50 minutes for a bus at Lentor. “The first bus came, but it was already packed. In the end I took a taxi for $31,” she said.
P full Nur Hidayah Rahmat
F age 46
O other Tan Tock Seng Hospital
F duration 50 minutes
L facility Lentor
Q direct Nur Hidayah Rahmat :: “The first bus came, but it was already packed. In the end I took a taxi for $31,”
F money $31
> Madam Nur Hidayah added that she had to call her ward to say she would be late for a shift that began at 7.30am.
P partial Nur Hidayah
F time 7.30am
> Polytechnic student Arjun Ravindran, 19, said a display at Springleaf still read “Train service normal” for almost 20 minutes after his train stopped in the tunnel. “Nobody told us anything. We just sat there,” he said.
P full Arjun Ravindran
F age 19
L facility Springleaf
Q direct - :: “Train service normal”
F duration 20 minutes
Q direct Arjun Ravindran :: “Nobody told us anything. We just sat there,”
> Nanyang Technological University transport researcher Farah Iskandar said rail cracks usually grow slowly. “A crack like this does not appear overnight. The question is whether the ultrasonic checks were done on schedule, and what they showed,” she said.
O education Nanyang Technological University
P full Farah Iskandar
Q direct Farah Iskandar :: “A crack like this does not appear overnight. The question is whether the ultrasonic checks were done on schedule, and what they showed,”
> Dr Farah added that the TEL runs on a single track in each direction, with no way to route trains around a fault.
P partial Farah
L facility TEL
> Trains on the rest of the line, from Stevens to Bayshore, ran normally throughout the morning, SMRT said.
L facility Stevens
L facility Bayshore
O company SMRT
'''

ARTICLES['969-sabres-senators-dvorak-third-period-keybank-center-nhl-com'] = r'''
> Game Recap
> Dvořák Scores Twice in Third, Sabres Rally Past Senators 4-3
P partial Dvořák
O team Sabres
O team Senators
F score 4-3
> Buffalo extends winning streak to five; Lindqvist-Achterberg makes 34 saves
O team Buffalo
F number five
P partial Lindqvist-Achterberg
F number 34
> By Rosalind Okafor-Healy NHL.com Independent Correspondent
P full Rosalind Okafor-Healy
O media NHL.com
> Mar 24, 2040
F date Mar 24, 2040
> Tomáš Dvořák celebrates his game-winning goal against the Senators at KeyBank Center on Saturday. (Photo: Jarrett Pomeroy/NHLI via Getty Images)
P full Tomáš Dvořák
O team Senators
L facility KeyBank Center
P full Jarrett Pomeroy
O other NHLI
O company Getty Images
> BUFFALO -- Tomáš Dvořák scored twice in the third period, including the go-ahead goal with 1:48 remaining, and the Buffalo Sabres came back to defeat the Ottawa Senators 4-3 at KeyBank Center on Saturday.
L city BUFFALO
P full Tomáš Dvořák
F time 1:48
O team Buffalo Sabres
O team Ottawa Senators
F score 4-3
L facility KeyBank Center
> Jesper Lindqvist-Achterberg made 34 saves, and Malik Osei-Brantley had a goal and two assists for the Sabres (39-25-6), who have won five straight and moved within two points of a playoff spot in the Eastern Conference.
P full Jesper Lindqvist-Achterberg
F number 34
P full Malik Osei-Brantley
F number two
O team Sabres
F score 39-25-6
F number five
F number two
O other Eastern Conference
> Henri-Luc St-Onge scored twice for the Senators (35-28-7), and Mads Kjærgaard made 29 saves. Ottawa has lost three in a row.
P full Henri-Luc St-Onge
O team Senators
F score 35-28-7
P full Mads Kjærgaard
F number 29
O team Ottawa
F number three
> "We didn't play a great 40 minutes, but we found a way in the third," Dvořák said. "That's what this group does now. Nobody panics."
Q direct Tomáš Dvořák :: "We didn't play a great 40 minutes, but we found a way in the third,"
F duration 40 minutes
P partial Dvořák
Q direct Tomáš Dvořák :: "That's what this group does now. Nobody panics."
> Ottawa led 3-1 after two periods. St-Onge opened the scoring on a power play at 6:22 of the first period, one-timing a pass from Ville Häkkinen past Lindqvist-Achterberg from the left circle.
O team Ottawa
F score 3-1
F number two
P partial St-Onge
F time 6:22
P full Ville Häkkinen
P partial Lindqvist-Achterberg
> Osei-Brantley tied it 1-1 at 14:05, but Ottawa scored twice in 2:51 early in the second. Noah Van Wyk, the 6-foot-4 defenseman, put the Senators ahead 2-1 at 3:17, and St-Onge made it 3-1 on a 2-on-1 at 6:08.
P partial Osei-Brantley
F score 1-1
F time 14:05
O team Ottawa
F duration 2:51
P full Noah Van Wyk
F quantity 6-foot-4
O team Senators
F score 2-1
F time 3:17
P partial St-Onge
F score 3-1
F score 2-on-1
F time 6:08
> "The first 10 minutes of the second, they were better than us, no question," Sabres coach Gerald Ashworth-Nkemelu said. "But I liked how we answered. We didn't change anything. We just got pucks to the net."
Q direct Gerald Ashworth-Nkemelu :: "The first 10 minutes of the second, they were better than us, no question,"
F duration 10 minutes
O team Sabres
P full Gerald Ashworth-Nkemelu
Q direct Gerald Ashworth-Nkemelu :: "But I liked how we answered. We didn't change anything. We just got pucks to the net."
> Buffalo cut the deficit to 3-2 when Rasmus Aaltonen's shot from the point deflected in off a Senators defenseman at 9:41 of the third. Dvořák tied it 3-3 on the power play at 13:26, his 24th goal, and won it when he finished a 3-on-2 rush, taking a drop pass from Osei-Brantley and beating Kjærgaard high on the glove side.
O team Buffalo
F score 3-2
P full Rasmus Aaltonen
O team Senators
F time 9:41
P partial Dvořák
F score 3-3
F time 13:26
F score 3-on-2
P partial Osei-Brantley
P partial Kjærgaard
> "I saw Malik had the speed, so I just tried to get open," said Dvořák, 23. "He put it right on my tape."
Q direct Tomáš Dvořák :: "I saw Malik had the speed, so I just tried to get open,"
P partial Malik
P partial Dvořák
F age 23
Q direct Tomáš Dvořák :: "He put it right on my tape."
> Senators coach Paulette Ducharme-Ibáñez said her team stopped skating after taking the lead. "You can't sit on a two-goal lead in this league for 20 minutes," she said. "We gave them the puck and we gave them the power play. That's on us."
O team Senators
P full Paulette Ducharme-Ibáñez
Q direct Paulette Ducharme-Ibáñez :: "You can't sit on a two-goal lead in this league for 20 minutes,"
F number two
F duration 20 minutes
Q direct Paulette Ducharme-Ibáñez :: "We gave them the puck and we gave them the power play. That's on us."
> Buffalo went 1 for 3 on the power play and Ottawa was 1 for 4. Ottawa outshot Buffalo 37-33. The game, played before 17,908 fans, was the first of three meetings between the teams in 10 days.
O team Buffalo
F number 1
F number 3
O team Ottawa
F number 1
F number 4
O team Ottawa
O team Buffalo
F number 37-33
F number 17,908
F number three
F duration 10 days
> NOTES: Lindqvist-Achterberg, 26, is 14-3-2 since Feb. 1. ... Häkkinen's assist was the 300th point of his NHL career. ... Kjærgaard made his first start since Jan. 30, when he left a game against the Detroit Red Wings with a lower-body injury. ... Van Wyk has a goal in three straight games.
P partial Lindqvist-Achterberg
F age 26
F score 14-3-2
F date Feb. 1
P partial Häkkinen
O other NHL
P partial Kjærgaard
F date Jan. 30
O team Detroit Red Wings
P partial Van Wyk
F number three
> UP NEXT: Senators: At the Montreal Canadiens on Monday. Sabres: Host the Boston Bruins on Tuesday.
O team Senators
O team Montreal Canadiens
O team Sabres
O team Boston Bruins
'''

ARTICLES['970-bow-street-school-welsh-medium-row-ceredigion-council-bbc-wales'] = r'''
> Mid Wales
L region Mid Wales
> Ceredigion: Row over plan to make Bow Street school Welsh-medium
L region Ceredigion
L city Bow Street
> By Heledd ap Iorwerth
P full Heledd ap Iorwerth
> BBC Wales
O media BBC Wales
> 12 May 2040
F date 12 May 2040
> Image source, BBC
O media BBC
> Image caption, Ysgol y Garreg Las in Bow Street has 214 pupils, 61 of them in its English-medium stream
O education Ysgol y Garreg Las
L city Bow Street
F number 214
F number 61
> Parents at a village primary school in Ceredigion are split over a council plan to close its English-language stream and teach every pupil through Welsh from September 2041.
L region Ceredigion
F date September 2041
> Ceredigion County Council's cabinet will vote on 5 June on the proposal for Ysgol y Garreg Las in Bow Street, near Aberystwyth, which has 214 pupils aged four to 11.
O government Ceredigion County Council
F date 5 June
O education Ysgol y Garreg Las
L city Bow Street
L city Aberystwyth
F number 214
F age four
F age 11
> At present 153 children are taught in Welsh and 61 in English. Under the plan, pupils already in the English stream could finish their primary education in it, but no new pupils would join it.
F number 153
F number 61
> The council said the change would bring the school "into line with every other primary school in north Ceredigion" and cost £85,000 over three years in extra language support for latecomers.
Q direct Ceredigion County Council :: "into line with every other primary school in north Ceredigion"
L region Ceredigion
F money £85,000
F duration three years
> The cabinet member for education, councillor Elen Mai Prydderch, said: "We want every child who grows up in Ceredigion to leave primary school able to live, work and play in both languages. A dual-stream school cannot guarantee that."
P full Elen Mai Prydderch
Q direct Elen Mai Prydderch :: "We want every child who grows up in Ceredigion to leave primary school able to live, work and play in both languages. A dual-stream school cannot guarantee that."
L region Ceredigion
> But some parents say the plan will force families to drive their children more than 6 miles (10km) to Aberystwyth for lessons in English.
F quantity 6 miles
F quantity 10km
L city Aberystwyth
> "We moved here from Shrewsbury four years ago. My boys have picked up some Welsh and they love it, but they are not fluent," said Karen Ashdown-Pugh, whose sons are seven and nine.
Q direct Karen Ashdown-Pugh :: "We moved here from Shrewsbury four years ago. My boys have picked up some Welsh and they love it, but they are not fluent,"
L city Shrewsbury
F duration four years
P full Karen Ashdown-Pugh
F age seven
F age nine
> "Nobody asked us. We found out from a letter in their book bags.
Q direct Karen Ashdown-Pugh :: "Nobody asked us. We found out from a letter in their book bags.
> "I'm not against Welsh. I'm against being told there's no choice, and then being called 'anti-Welsh' for saying so."
Q direct Karen Ashdown-Pugh :: "I'm not against Welsh. I'm against being told there's no choice, and then being called 'anti-Welsh' for saying so."
> Mrs Ashdown-Pugh said a petition against the change had gathered 1,380 signatures in 10 days.
P partial Ashdown-Pugh
F number 1,380
F duration 10 days
> Others back the move. Gwion ap Dafydd, the county councillor for the Tirymynach ward, which includes Bow Street, said the village was "losing its Welsh street by street".
P full Gwion ap Dafydd
L region Tirymynach
L city Bow Street
Q direct Gwion ap Dafydd :: "losing its Welsh street by street"
> "Mae'r Gymraeg yn perthyn i bawb," he said. (Welsh belongs to everyone.)
Q direct Gwion ap Dafydd :: "Mae'r Gymraeg yn perthyn i bawb,"
> Mr ap Dafydd, 58, said only 37% of people in the ward spoke Welsh at the 2031 census, down from 45% a decade earlier, and that the school was "the last place where the language is the normal language of the playground".
P partial ap Dafydd
F age 58
F percent 37%
F date 2031
F percent 45%
Q direct Gwion ap Dafydd :: "the last place where the language is the normal language of the playground"
> A formal consultation closed on 28 April with 412 responses, 58% of which opposed the plan, according to a report to the cabinet.
F date 28 April
F number 412
F percent 58%
> The report says a separate £2.4m extension, with two new classrooms, would go ahead whatever the cabinet decides.
F money £2.4m
F number two
> If the cabinet approves the plan, Ysgol y Garreg Las would become the 41st Welsh-medium primary school in the county.
O education Ysgol y Garreg Las
> The Welsh government said decisions on the language category of a school were a matter for local councils, but that it expects every council to increase Welsh-medium places by 2050.
F date 2050
'''

ARTICLES['971-saltmarsh-quiet-arithmetic-weekend-box-office-universal-variety'] = r'''
> Box Office
> Box Office: ‘Saltmarsh’ Sinks Rivals With $71 Million Opening, ‘The Quiet Arithmetic’ Stumbles
Q scare - :: ‘Saltmarsh’
F money $71 Million
Q scare - :: ‘The Quiet Arithmetic’
> Universal’s low-budget creature feature added $94.5 million overseas for a $165.5 million global start
O company Universal
F money $94.5 million
F money $165.5 million
> By Jonah Wexler-Amadi
P full Jonah Wexler-Amadi
> April 22, 2040 9:14am PT
F date April 22, 2040
F time 9:14am PT
> Courtesy of Universal Pictures
O company Universal Pictures
> Universal and Blumhouse’s “Saltmarsh” waded past expectations at the domestic box office, collecting $71 million from 3,912 theaters over the weekend, according to Comscore.
O company Universal
O company Blumhouse
Q scare - :: “Saltmarsh”
F money $71 million
F number 3,912
O company Comscore
> The $38 million horror film, the debut feature of Ines Okonkwo-Laird, had been tracking for a start of $45 million to $50 million over its first three days. It earned an A- CinemaScore, unusual for the genre, and 61% of its audience was under 35.
F money $38 million
P full Ines Okonkwo-Laird
F money $45 million
F money $50 million
F duration three days
O company CinemaScore
F percent 61%
F age 35
> Overseas, “Saltmarsh” took $94.5 million from 61 markets, led by Mexico ($12.2 million), the U.K. ($9.8 million) and Brazil ($7.1 million), for a global opening of $165.5 million.
Q scare - :: “Saltmarsh”
F money $94.5 million
F number 61
L country Mexico
F money $12.2 million
L country U.K.
F money $9.8 million
L country Brazil
F money $7.1 million
F money $165.5 million
> “Audiences told us they wanted to be scared together, in a room, and they showed up,” said Tamsin Oduya-Reyes, Universal’s president of domestic distribution. “A 40% jump from Friday to Saturday tells you word of mouth is working.”
Q direct Tamsin Oduya-Reyes :: “Audiences told us they wanted to be scared together, in a room, and they showed up,”
P full Tamsin Oduya-Reyes
O company Universal
Q direct Tamsin Oduya-Reyes :: “A 40% jump from Friday to Saturday tells you word of mouth is working.”
F percent 40%
> She added that the studio would add about 300 screens next weekend. Premium large formats delivered 18% of the gross, including $6.4 million from 410 Imax screens.
F number 300
F percent 18%
F money $6.4 million
F number 410
O company Imax
> The weekend’s other new wide release, Warner Bros.’ “The Quiet Arithmetic,” stumbled. The $120 million drama opened in third place with $14.3 million from 3,405 locations and a B CinemaScore.
O company Warner Bros.
Q scare - :: “The Quiet Arithmetic,”
F money $120 million
F money $14.3 million
F number 3,405
O company CinemaScore
> A Warner Bros. spokesperson said the studio remained “confident the film will play long” with older audiences, who rarely rush out on opening weekend.
O company Warner Bros.
Q direct - :: “confident the film will play long”
> Dev Ramaswamy-Cole, senior media analyst at Marquee Data Partners, was less sure. “Adult dramas at that price are a hard sell unless the reviews are spectacular, and these were ‘respectful,’ which is the kiss of death,” he said.
P full Dev Ramaswamy-Cole
O company Marquee Data Partners
Q direct Dev Ramaswamy-Cole :: “Adult dramas at that price are a hard sell unless the reviews are spectacular, and these were ‘respectful,’ which is the kiss of death,”
> Last weekend’s champion, Sony’s animated “Pip and the Paper Moon,” slipped to second with $22.6 million, down 41%, bringing its domestic total to $98.4 million after 10 days.
O company Sony
Q scare - :: “Pip and the Paper Moon,”
F money $22.6 million
F percent 41%
F money $98.4 million
F duration 10 days
> A24’s “Harbour Lights” expanded from four to 1,120 screens and earned $5.2 million in sixth place.
O company A24
Q scare - :: “Harbour Lights”
F number four
F number 1,120
F money $5.2 million
> In China, where “Saltmarsh” has no release date, the local comedy “Seven Bowls of Rice” led for a third weekend with 310 million yuan ($42.8 million).
L country China
Q scare - :: “Saltmarsh”
Q scare - :: “Seven Bowls of Rice”
F money 310 million yuan
F money $42.8 million
> Lionsgate’s action sequel “Ironclad Mile” dipped 38% to $9.1 million in its third weekend, for a running domestic tally of $61.7 million, and Disney’s “The Lantern Keepers” rounded out the top five with $6.8 million.
O company Lionsgate
Q scare - :: “Ironclad Mile”
F percent 38%
F money $9.1 million
F money $61.7 million
O company Disney
Q scare - :: “The Lantern Keepers”
F number five
F money $6.8 million
> “Saltmarsh” opens in Japan and South Korea on May 4, and the studio has already booked a second round of Imax shows in the U.K. for the May bank holiday weekend.
Q scare - :: “Saltmarsh”
L country Japan
L country South Korea
F date May 4
O company Imax
L country U.K.
> Overall domestic ticket sales reached $148 million, up 22% from the same weekend in 2039, and the year-to-date total stands at $2.71 billion, 6.5% ahead of last year, Comscore said.
F money $148 million
F percent 22%
F date 2039
F money $2.71 billion
F percent 6.5%
O company Comscore
'''

ARTICLES['972-typhoon-onyok-catanduanes-albay-signal-4-evacuees-inquirer'] = r'''
> Regions
> 3 dead, 41,000 flee as ‘Onyok’ slams Catanduanes, Albay
F number 3
F number 41,000
Q scare - :: ‘Onyok’
L region Catanduanes
L region Albay
> By: Ricardo V. Sarmiento-Buenaflor - Correspondent / @inqnational
P full Ricardo V. Sarmiento-Buenaflor
> Philippine Daily Inquirer / 05:08 AM November 15, 2039
O media Philippine Daily Inquirer
F time 05:08 AM
F date November 15, 2039
> BATTERED — Residents of Barangay Calatagan in Virac, Catanduanes, clear debris on Monday after Typhoon “Onyok” tore off roofs across the island province. —JERICHO P. TABLANTE
L city Barangay Calatagan
L city Virac
L region Catanduanes
Q scare - :: “Onyok”
P full JERICHO P. TABLANTE
> VIRAC, Catanduanes, Philippines — At least three people were killed and more than 41,000 fled their homes as Typhoon “Onyok” (international name: Halmae) crossed Catanduanes and northern Albay on Sunday night with maximum sustained winds of 195 kilometers per hour and gusts of up to 240 kph.
L city VIRAC
L region Catanduanes
L country Philippines
F number three
F number 41,000
Q scare - :: “Onyok”
L region Catanduanes
L region Albay
F quantity 195 kilometers per hour
F quantity 240 kph
> The state weather bureau Pagasa raised Signal No. 4 over Catanduanes at 5 p.m. on Saturday, Nov. 12, and over the eastern part of Albay six hours later. The typhoon made landfall in Bato town at 10:40 p.m. on Sunday, its eye passing within 20 km of Virac, the provincial capital.
O government Pagasa
L region Catanduanes
F time 5 p.m.
F date Nov. 12
L region Albay
F duration six hours
L city Bato
F time 10:40 p.m.
F quantity 20 km
L city Virac
> The Office of Civil Defense (OCD) in Bicol said two of the dead were from San Andres, where a 67-year-old farmer was buried by a landslide in Barangay Agojo and a 9-year-old boy drowned in a swollen creek. The third, a fisherman, 44, was found dead off Pandan on Monday morning.
O government Office of Civil Defense
O government OCD
L region Bicol
F number two
L city San Andres
F age 67-year-old
L city Barangay Agojo
F age 9-year-old
F age 44
L city Pandan
> In all, 12,760 families or 41,385 people were staying in 214 evacuation centers in the two provinces on Monday, the OCD said.
F number 12,760
F number 41,385
F number 214
F number two
O government OCD
> “We took the eye itself. In Virac alone, eight of every 10 houses lost their roofs,” Catanduanes Gov. Leonora “Nora” Tabirao-Gianan told the Inquirer by phone.
Q direct Leonora “Nora” Tabirao-Gianan :: “We took the eye itself. In Virac alone, eight of every 10 houses lost their roofs,”
L city Virac
F number eight
F number 10
L region Catanduanes
P full Leonora “Nora” Tabirao-Gianan
Q scare - :: “Nora”
O media Inquirer
> Tabirao-Gianan said the provincial government had released P25 million from its quick response fund for food packs and had asked the national government for 5,000 sheets of galvanized iron.
P partial Tabirao-Gianan
F money P25 million
F number 5,000
> “Halos wala kaming naisalba,” said Rogelio Bagadiong, 52, a tricycle driver in Barangay Sto. Niño, Virac. (We saved almost nothing.)
Q direct Rogelio Bagadiong :: “Halos wala kaming naisalba,”
P full Rogelio Bagadiong
F age 52
L city Barangay Sto. Niño
L city Virac
> “The water reached the ceiling in 30 minutes,” he said. “We carried the children on our backs to the chapel on the hill.”
Q direct Rogelio Bagadiong :: “The water reached the ceiling in 30 minutes,”
F duration 30 minutes
Q direct Rogelio Bagadiong :: “We carried the children on our backs to the chapel on the hill.”
> In Albay, the Provincial Disaster Risk Reduction and Management Office (PDRRMO) said floodwater up to 1.5 meters deep covered parts of Tabaco City, Malinao and Tiwi, while lahar from Mayon Volcano buried a section of road in Guinobatan.
L region Albay
O government Provincial Disaster Risk Reduction and Management Office
O government PDRRMO
F quantity 1.5 meters
L city Tabaco City
L city Malinao
L city Tiwi
L geo Mayon Volcano
L city Guinobatan
> The Department of Agriculture put initial crop losses in Bicol at P412.8 million, mostly abaca and rice on 9,640 hectares.
O government Department of Agriculture
L region Bicol
F money P412.8 million
F quantity 9,640 hectares
> Power remained out across Catanduanes. The First Catanduanes Electric Cooperative (Ficelco) said 61 of its transmission poles were toppled and that full restoration could take “at least two weeks.”
L region Catanduanes
O company First Catanduanes Electric Cooperative
O company Ficelco
F number 61
Q direct First Catanduanes Electric Cooperative :: “at least two weeks.”
F duration two weeks
> A Pagasa forecaster, who asked not to be named because he was not authorized to speak, said the storm had “exploded” from a tropical storm into a typhoon in less than 24 hours before landfall. “We had very little time to warn them,” he said.
O government Pagasa
Q direct - :: “exploded”
F duration 24 hours
Q direct - :: “We had very little time to warn them,”
> Flights at Virac Airport stayed suspended on Monday, and 1,320 passengers were stranded at the ports of Tabaco and San Andres, the Philippine Coast Guard said.
L facility Virac Airport
F number 1,320
L city Tabaco
L city San Andres
O government Philippine Coast Guard
> Pagasa said “Onyok” weakened into a severe tropical storm as it crossed Burias Pass and the Sibuyan Sea, and was expected to leave the Philippine area of responsibility by Wednesday. —WITH A REPORT FROM MARY GRACE LLANTO-DIVINAGRACIA
O government Pagasa
Q scare - :: “Onyok”
L geo Burias Pass
L geo Sibuyan Sea
P full MARY GRACE LLANTO-DIVINAGRACIA
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
