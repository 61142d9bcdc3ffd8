#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval300 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval300/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1843-eirlys-pritchard-welsh-soprano-dies-cardiff-wno-independent'] = r'''
> Culture
> Eirlys Pritchard death: Welsh soprano who sang for four decades dies aged 84
P full Eirlys Pritchard
F duration four decades
F age 84
> Tributes paid to Cardiff-born singer whose family say she died ‘peacefully, with the radio on’
L city Cardiff
Q direct - :: ‘peacefully, with the radio on’
> Gwenllian Hughes
P full Gwenllian Hughes
> Wednesday 17 April 2041 14:32 BST
F date 17 April 2041
F time 14:32 BST
> Eirlys Pritchard on stage at the Wales Millennium Centre in 2009 (Getty Images)
P full Eirlys Pritchard
L facility Wales Millennium Centre
F date 2009
O company Getty Images
> The soprano Eirlys Pritchard, who sang more than 40 roles with Welsh National Opera (WNO) and was known across south Wales as “the Nightingale of Splott”, has died in Cardiff. She was 84.
P full Eirlys Pritchard
F number 40
O nonprofit Welsh National Opera
O nonprofit WNO
L country Wales
Q scare - :: “the Nightingale of Splott”
L city Splott
L city Cardiff
F age 84
> Her family said she died on Monday evening at the University Hospital of Wales, in the Heath area of the city, with her husband of 58 years, the retired harpist Gareth Lloyd-Rees, and their two daughters at her bedside.
L facility University Hospital of Wales
L city Heath
F duration 58 years
P full Gareth Lloyd-Rees
F number two
> “Mam went the way she lived: surrounded by noise and by people who loved her,” said her elder daughter, Catrin Lloyd-Rees, 55. “She was still correcting the tenor’s phrasing on the radio at 9pm.”
Q direct Catrin Lloyd-Rees :: “Mam went the way she lived: surrounded by noise and by people who loved her,”
P full Catrin Lloyd-Rees
F age 55
Q direct Catrin Lloyd-Rees :: “She was still correcting the tenor’s phrasing on the radio at 9pm.”
F time 9pm
> Born in Splott on 3 June 1956, the daughter of a docks crane driver, Pritchard left school at 16 to work in a Queen Street department store and sang in chapel on Sundays. A scholarship took her to the Royal Welsh College of Music & Drama in 1975.
L city Splott
F date 3 June 1956
P partial Pritchard
F age 16
L street Queen Street
O education Royal Welsh College of Music & Drama
F date 1975
> She joined WNO’s chorus two years later and made her principal debut in 1979. Over the next three decades she sang 43 roles for the company, toured 11 countries and recorded 17 albums, the last of them in 2016. Her 1988 album of hymns sold about 250,000 copies, a record for a classical singer from Wales at the time.
O nonprofit WNO
F duration two years
F date 1979
F duration three decades
F number 43
F number 11
F number 17
F date 2016
F date 1988
F number 250,000
L country Wales
> In a statement, Welsh National Opera said Pritchard had been “a cornerstone of this company for 50 years” and that its Cardiff Bay home would dim its lights at 7.15pm on Friday. The Senedd held a minute’s silence on Tuesday.
O nonprofit Welsh National Opera
P partial Pritchard
Q direct Welsh National Opera :: “a cornerstone of this company for 50 years”
F duration 50 years
L city Cardiff Bay
F time 7.15pm
O government Senedd
> The company’s general director, Rhodri Vaughan-Jenkins, first heard her sing as a schoolboy in Swansea. “I was 12 and I had never been inside a theatre,” he said. “She came on in the second act and the whole audience leant forward at once.
P full Rhodri Vaughan-Jenkins
L city Swansea
Q direct Rhodri Vaughan-Jenkins :: “I was 12 and I had never been inside a theatre,”
F age 12
Q direct Rhodri Vaughan-Jenkins :: “She came on in the second act and the whole audience leant forward at once.
> “People talk about her top notes. I remember the silences she made.”
Q direct Rhodri Vaughan-Jenkins :: “People talk about her top notes. I remember the silences she made.”
> The tenor Aled Morgan-Price, who sang opposite her in 64 performances between 1984 and 1999, called her “fearless and a terrible cook”. Speaking from his home near Llandeilo, Carmarthenshire, he recalled a 1991 tour of Japan when she made the cast rehearse on a ferry: “She said, ‘If the boat sinks, we sink in tune.’ We did three hours on deck.”
P full Aled Morgan-Price
F number 64
F date 1984
F date 1999
Q direct Aled Morgan-Price :: “fearless and a terrible cook”
L city Llandeilo
L region Carmarthenshire
F date 1991
L country Japan
Q direct Aled Morgan-Price :: “She said, ‘If the boat sinks, we sink in tune.’ We did three hours on deck.”
F duration three hours
> Professor Siân Ellis-Bowen, head of vocal studies at the Royal Welsh College, where Pritchard taught masterclasses from 2012 until 2038, said her old teacher “never let a student sing a word she did not understand”.
P full Siân Ellis-Bowen
O education Royal Welsh College
P partial Pritchard
F date 2012
F date 2038
Q direct Siân Ellis-Bowen :: “never let a student sing a word she did not understand”
> “She would stop you after two bars and ask what the Italian meant,” Ellis-Bowen said. “Half my students thought she was terrifying. The other half would have followed her anywhere.”
Q direct Siân Ellis-Bowen :: “She would stop you after two bars and ask what the Italian meant,”
F number two
P partial Ellis-Bowen
Q direct Siân Ellis-Bowen :: “Half my students thought she was terrifying. The other half would have followed her anywhere.”
F fraction Half
F fraction half
> Pritchard received the freedom of the city of Cardiff in 2021. She is survived by her husband, her daughters, Catrin and Non, and five grandchildren. A funeral will be held at Llandaff Cathedral at 11am on 2 May.
P partial Pritchard
L city Cardiff
F date 2021
P partial Catrin
P partial Non
F number five
L facility Llandaff Cathedral
F time 11am
F date 2 May
'''

ARTICLES['1844-kestrel-sands-northern-crossing-pipeline-deal-calgary-bloomberg'] = r'''
> Energy
> Oil-Sands Producer Kestrel Sands Strikes C$4.2 Billion Pipeline Deal in Alberta
O company Kestrel Sands
F money C$4.2 Billion
L region Alberta
> Kestrel to ship 180,000 barrels a day to the Pacific coast from 2043
O company Kestrel
F quantity 180,000 barrels a day
L geo Pacific
F date 2043
> Shares jump 7.4% in Toronto, the most since November 2039
F percent 7.4%
L city Toronto
F date November 2039
> By Marguerite Leblanc-Osei and Tomás Ferreira
P full Marguerite Leblanc-Osei
P full Tomás Ferreira
> June 19, 2041 at 9:14 AM MDT
F date June 19, 2041
F time 9:14 AM MDT
> Storage tanks at a Kestrel Sands site north of Fort McMurray, Alberta. Photographer: Dylan Whitehorse/Bloomberg
O company Kestrel Sands
L city Fort McMurray
L region Alberta
P full Dylan Whitehorse
O media Bloomberg
> (Bloomberg) -- Kestrel Sands Corp., a Calgary-based oil-sands producer, agreed to pay C$4.2 billion ($3.1 billion) for space on a new line running 1,150 kilometers from northern Alberta to the British Columbia coast, a bet that Canadian crude will find buyers in Asia for decades.
O media Bloomberg
O company Kestrel Sands Corp.
L city Calgary
F money C$4.2 billion
F money $3.1 billion
F quantity 1,150 kilometers
L region Alberta
L region British Columbia
L continent Asia
> The 25-year deal with Prairie Gateway Pipelines Ltd., announced Wednesday, commits Kestrel to ship 180,000 barrels a day, about 60% of its output, through the C$19 billion Northern Crossing line once it opens in 2043, the companies said in a statement.
F duration 25-year
O company Prairie Gateway Pipelines Ltd.
O company Kestrel
F quantity 180,000 barrels a day
F percent 60%
F money C$19 billion
L facility Northern Crossing
F date 2043
> Kestrel shares rose as much as 7.4% in Toronto trading, the biggest intraday gain since November 2039. Prairie Gateway, which is privately held, didn’t disclose financing terms.
O company Kestrel
F percent 7.4%
L city Toronto
F date November 2039
O company Prairie Gateway
> “For 20 years we’ve been a price-taker, selling into one market at whatever discount the refiners in Texas decided to give us,” Chief Executive Officer Nadia Okonkwo-Laurier said in an interview at the company’s Calgary headquarters. “This gets our barrels to tidewater.”
Q direct Nadia Okonkwo-Laurier :: “For 20 years we’ve been a price-taker, selling into one market at whatever discount the refiners in Texas decided to give us,”
F duration 20 years
F number one
L region Texas
P full Nadia Okonkwo-Laurier
L city Calgary
Q direct Nadia Okonkwo-Laurier :: “This gets our barrels to tidewater.”
> Okonkwo-Laurier, 51, said the discount on Western Canadian Select to West Texas Intermediate had averaged $14.80 a barrel over the past 12 months, and that she expected the new route to narrow it by $3 to $4.
P partial Okonkwo-Laurier
F age 51
F money $14.80
F duration 12 months
F money $3
F money $4
> Alberta’s energy minister, Harjit Sandhu-Morrison, welcomed the deal, saying the province had “waited a long time for a yes.” Alberta will take a 10% equity stake in the line through the Alberta Petroleum Marketing Commission (APMC), a Crown corporation, for C$1.9 billion.
L region Alberta
P full Harjit Sandhu-Morrison
Q direct Harjit Sandhu-Morrison :: “waited a long time for a yes.”
L region Alberta
F percent 10%
O government Alberta Petroleum Marketing Commission
O government APMC
F money C$1.9 billion
> “Ottawa promised this corridor in 2038. We are building it,” Sandhu-Morrison said in an emailed statement.
Q direct Harjit Sandhu-Morrison :: “Ottawa promised this corridor in 2038. We are building it,”
L city Ottawa
F date 2038
P partial Sandhu-Morrison
> Not everyone is convinced. Priya Raman-Cole, an analyst at Harbourfront Securities in Toronto, said the tolls, which she estimated at $9.50 a barrel, would eat up more than half of the expected gain in the first five years.
P full Priya Raman-Cole
O company Harbourfront Securities
L city Toronto
F money $9.50
F fraction half
F duration five years
> “It’s a good strategic deal and a mediocre financial one,” she wrote in a note to clients. She cut her rating on the stock to “hold” from “buy.”
Q direct Priya Raman-Cole :: “It’s a good strategic deal and a mediocre financial one,”
Q scare - :: “hold”
Q scare - :: “buy.”
> The line, to be built with a group of 14 First Nations and Métis communities that will own 35% of it, will cross the Rocky Mountains near Jasper and end at a terminal near Prince Rupert. Construction is due to start in March 2042.
F number 14
F percent 35%
L geo Rocky Mountains
L city Jasper
L city Prince Rupert
F date March 2042
> A person familiar with the negotiations, who asked not to be identified because the talks are private, said two other producers were in “advanced discussions” for the remaining 120,000 barrels a day of capacity.
F number two
Q direct - :: “advanced discussions”
F quantity 120,000 barrels a day
> Kestrel produced an average of 301,000 barrels a day last year from its Muskwa Lake mine, about 90 kilometers north of Fort McMurray.
O company Kestrel
F quantity 301,000 barrels a day
L facility Muskwa Lake
F quantity 90 kilometers
L city Fort McMurray
> --With assistance from Sunniva Aalto
P full Sunniva Aalto
'''

ARTICLES['1845-chennai-super-kings-mumbai-indians-chepauk-rajaram-marais-ipl-espncricinfo'] = r'''
> Report
> Rajaram's 84 and Marais' four-for give Super Kings the edge over Mumbai Indians
P partial Rajaram
F number 84
P partial Marais
F number four
O team Super Kings
O team Mumbai Indians
> Chennai Super Kings 196 for 5 (Rajaram 84, Pillai-Vasan 41*) beat Mumbai Indians 171 for 9 (Kher 58, Marais 4-27) by 25 runs
O team Chennai Super Kings
F score 196
F number 5
P partial Rajaram
F number 84
P partial Pillai-Vasan
F number 41
O team Mumbai Indians
F score 171
F number 9
P partial Kher
F number 58
P partial Marais
F score 4-27
F number 25
> Sidharth Menon-Kapadia
P full Sidharth Menon-Kapadia
> 18-Apr-2041
F date 18-Apr-2041
> Vikram Rajaram hit six sixes in his 52-ball 84 • Tanmay Gokhale-Rao/BCCI
P full Vikram Rajaram
F number six
F number 52
F number 84
P full Tanmay Gokhale-Rao
O other BCCI
> Vikram Rajaram's 84 off 52 balls and a late burst of 4-27 from Kyle Marais gave Chennai Super Kings a 25-run win over Mumbai Indians at Chepauk on Thursday, lifting the home side to third in the IPL table with ten points from seven matches.
P full Vikram Rajaram
F number 84
F number 52
F score 4-27
P full Kyle Marais
O team Chennai Super Kings
F number 25
O team Mumbai Indians
L facility Chepauk
O other IPL
F number ten
F number seven
> Put in on a dry pitch, Super Kings were 38 for 2 in the fifth over before Rajaram and his captain Sanjay Kulasekar added 89 in 8.3 overs. Rajaram, 23, reached 50 off 29 balls, and his strike rate of 161.53 was the highest by a Chennai opener this season. He hit six sixes and seven fours.
O team Super Kings
F score 38
F number 2
P partial Rajaram
P full Sanjay Kulasekar
F number 89
F number 8.3
P partial Rajaram
F age 23
F number 50
F number 29
F number 161.53
O team Chennai
F number six
F number seven
> "I was just watching the ball, honestly," Rajaram said. "The skipper told me at the toss, 'Play your game, the runs will come,' and that takes the pressure off. On this ground you have to trust your eye."
Q direct Vikram Rajaram :: "I was just watching the ball, honestly,"
P partial Rajaram
Q direct Vikram Rajaram :: "The skipper told me at the toss, 'Play your game, the runs will come,' and that takes the pressure off. On this ground you have to trust your eye."
> Kulasekar fell for 37, and Arun Pillai-Vasan's unbeaten 41 off 19 took Super Kings to 196 for 5, the highest total at the ground this season. Mumbai's Owen Tilley, the English left-armer, finished with 2-33 from his four overs but was hit for three sixes in the 19th.
P partial Kulasekar
F number 37
P full Arun Pillai-Vasan
F number 41
F number 19
O team Super Kings
F score 196
F number 5
O team Mumbai
P full Owen Tilley
F score 2-33
F number four
F number three
> Mumbai Indians never quite recovered from losing both openers inside three overs. Harsh Kher kept them in the chase with 58 off 35, but when he holed out to long-on at the end of the 15th over, Mumbai needed 61 from 30 balls.
O team Mumbai Indians
F number three
P full Harsh Kher
F number 58
F number 35
O team Mumbai
F number 61
F number 30
> Marais, the 31-year-old South African seamer, then took three wickets in nine balls, among them the Mumbai captain Devansh Oberoi for 12. Mumbai finished on 171 for 9, with more than half of their runs coming from Kher and the tail.
P partial Marais
F age 31-year-old
F number three
F number nine
O team Mumbai
P full Devansh Oberoi
F number 12
O team Mumbai
F score 171
F number 9
F fraction half
P partial Kher
> "We were 20 runs short with the bat and then we gave them 14 extras," Oberoi said. "You can't do that at Chepauk. Against a side like that, at their home, every over is a 'must-win' over."
Q direct Devansh Oberoi :: "We were 20 runs short with the bat and then we gave them 14 extras,"
F number 20
F number 14
P partial Oberoi
Q direct Devansh Oberoi :: "You can't do that at Chepauk. Against a side like that, at their home, every over is a 'must-win' over."
L facility Chepauk
> Kulasekar said the dew, expected after 9.30pm, never came. "We had a plan for the wet ball and we didn't need it," he said. He called Marais "the best death bowler in the league right now".
P partial Kulasekar
F time 9.30pm
Q direct Sanjay Kulasekar :: "We had a plan for the wet ball and we didn't need it,"
P partial Marais
Q direct Sanjay Kulasekar :: "the best death bowler in the league right now"
> A crowd of 33,400 watched at the MA Chidambaram Stadium, a record for a weekday game since the Tamil Nadu Cricket Association (TNCA) raised the ground's capacity in 2039. Tickets were "gone in 40 minutes", a TNCA official said.
F number 33,400
L facility MA Chidambaram Stadium
O other Tamil Nadu Cricket Association
O other TNCA
F date 2039
Q direct - :: "gone in 40 minutes"
F duration 40 minutes
O other TNCA
> Super Kings next play Kolkata Knight Riders in Kolkata on Sunday, while Mumbai host Delhi Capitals at the Wankhede on April 22.
O team Super Kings
O team Kolkata Knight Riders
L city Kolkata
O team Mumbai
O team Delhi Capitals
L facility Wankhede
F date April 22
'''

ARTICLES['1846-hong-kong-universities-mainland-student-cap-hku-lingnan-scmp'] = r'''
> Hong Kong / Education
L region Hong Kong
> Hong Kong universities told to cap mainland undergraduates at 20 per cent of local places from 2042
L region Hong Kong
F percent 20 per cent
F date 2042
> Education Bureau says quota protects local applicants, but academic warns of ‘brain drain in reverse’
O government Education Bureau
Q direct Alison Ho Sze-man :: ‘brain drain in reverse’
> Ophelia Tang Wing-sze
P full Ophelia Tang Wing-sze
> Published: 6:40pm, 9 Apr 2041
F time 6:40pm
F date 9 Apr 2041
> Students at the University of Hong Kong’s Pok Fu Lam campus. Photo: Kwok Yan-ting
O education University of Hong Kong
L city Pok Fu Lam
P full Kwok Yan-ting
> Hong Kong’s eight publicly funded universities will have to cap the number of mainland students admitted to undergraduate programmes at 20 per cent of their local intake from the 2042-43 academic year, the Education Bureau announced on Tuesday.
L region Hong Kong
F number eight
F percent 20 per cent
F date 2042-43
O government Education Bureau
> The ceiling applies to places funded by the University Grants Committee (UGC) and replaces a looser rule that let non-local students take up to 40 per cent. Under it, about 3,100 of the 15,000 first-year places each year would be open to applicants from across the border, down from roughly 4,300 this year.
O government University Grants Committee
O government UGC
F percent 40 per cent
F number 3,100
F number 15,000
F number 4,300
> Secretary for Education Christine Yeung Mei-lan said the change would give local pupils “a fairer chance” at the most competitive programmes, such as medicine and law.
P full Christine Yeung Mei-lan
Q direct Christine Yeung Mei-lan :: “a fairer chance”
> “We welcome talent from across the country, and that will not change,” she told reporters at the Central Government Offices in Admiralty. “But a Hong Kong family whose child scores 30 points in the public exams should not be told the place went elsewhere.”
Q direct Christine Yeung Mei-lan :: “We welcome talent from across the country, and that will not change,”
L facility Central Government Offices
L city Admiralty
Q direct Christine Yeung Mei-lan :: “But a Hong Kong family whose child scores 30 points in the public exams should not be told the place went elsewhere.”
L region Hong Kong
F number 30
> Yeung said universities that break the cap would lose HK$180,000 in government funding for each extra student, an amount she called “a real deterrent”.
P partial Yeung
F money HK$180,000
Q direct Christine Yeung Mei-lan :: “a real deterrent”
> Professor Marcus Leung Hoi-tung, vice-chancellor of the University of Hong Kong (HKU), said the university would comply but warned that fees from non-local students – HK$182,000 a year each, against HK$42,100 for local students – paid for much of its research.
P full Marcus Leung Hoi-tung
O education University of Hong Kong
O education HKU
F money HK$182,000
F money HK$42,100
> “HKU has taken about a quarter of its undergraduates from the mainland for a decade,” Leung said. “A sudden cut of this size means we either shrink or we look for the money somewhere else.”
Q direct Marcus Leung Hoi-tung :: “HKU has taken about a quarter of its undergraduates from the mainland for a decade,”
O education HKU
F fraction a quarter
P partial Leung
Q direct Marcus Leung Hoi-tung :: “A sudden cut of this size means we either shrink or we look for the money somewhere else.”
> For Zhou Yiran, 18, from Shenzhen’s Nanshan district, the timing could hardly be worse. She sat the national entrance exam last June in what her school calls its “Hong Kong class” and hopes to start an engineering degree in September 2042.
P full Zhou Yiran
F age 18
L city Shenzhen
L city Nanshan
Q scare - :: “Hong Kong class”
L region Hong Kong
F date September 2042
> “My cousin got in two years ago with the same score,” she said by phone. “Now my teachers say it’s ‘a coin toss’. I have applied to Shanghai as a back-up.”
Q direct Zhou Yiran :: “My cousin got in two years ago with the same score,”
F duration two years
Q direct Zhou Yiran :: “Now my teachers say it’s ‘a coin toss’. I have applied to Shanghai as a back-up.”
L city Shanghai
> Dr Alison Ho Sze-man, a higher-education researcher at Lingnan University in Tuen Mun, said the policy risked a “brain drain in reverse”, in which strong applicants chose Singapore or universities elsewhere in the Greater Bay Area, and Hong Kong lost graduates it had spent six years trying to keep.
P full Alison Ho Sze-man
O education Lingnan University
L city Tuen Mun
Q direct Alison Ho Sze-man :: “brain drain in reverse”
L country Singapore
L region Greater Bay Area
L region Hong Kong
F duration six years
> She said 62 per cent of mainland graduates of 2036 were still working in the city, according to the UGC’s own figures, compared with 41 per cent a decade earlier. Ho said the bureau had “not published a single study” on the effect of the cap.
F percent 62 per cent
F date 2036
O government UGC
F percent 41 per cent
P partial Ho
Q direct Alison Ho Sze-man :: “not published a single study”
> A source close to the bureau said the figure of 20 per cent had been chosen after “months of back-and-forth” with university heads and would be reviewed after three years.
F percent 20 per cent
Q direct - :: “months of back-and-forth”
F duration three years
> The Legislative Council’s education panel will discuss the cap on April 15.
O government Legislative Council
F date April 15
'''

ARTICLES['1847-state-election-board-fulton-county-hand-count-vote-ajc'] = r'''
> Politics
> State Election Board votes 3-2 to require hand counts in Fulton County
O government State Election Board
F number 3-2
L region Fulton County
> Fulton elections director says the rule will add days to the count and cost $1.4 million; backers say it restores trust
L region Fulton
F money $1.4 million
> By Dwayne Castellanos-Reed
P full Dwayne Castellanos-Reed
> Aug. 20, 2042
F date Aug. 20, 2042
> Poll workers sort absentee ballots at the Fulton County Election Hub and Operations Center in Union City in 2040. (Tamara Okoye-Banks/AJC)
L facility Fulton County Election Hub and Operations Center
L city Union City
F date 2040
P full Tamara Okoye-Banks
O media AJC
> The State Election Board voted 3-2 on Tuesday to require that ballots in every Fulton County precinct be counted by hand as well as by machine, starting with the Nov. 4, 2042, general election — a move the county’s elections director warned could delay results by as much as four days.
O government State Election Board
F number 3-2
L region Fulton County
F date Nov. 4, 2042
F duration four days
> The rule, approved after a four-hour meeting at the Georgia State Capitol in Atlanta, applies only to counties with more than 800,000 active voters. Fulton, with about 820,000, is the only one that qualifies.
F duration four-hour
L facility Georgia State Capitol
L city Atlanta
F number 800,000
L region Fulton
F number 820,000
> Board chair Lorraine Whitfield-Ames, who cast the deciding vote, said the hand count would give voters “a second set of eyes” on results that have been disputed in three of the past five elections.
P full Lorraine Whitfield-Ames
Q direct Lorraine Whitfield-Ames :: “a second set of eyes”
F number three
F number five
> “This is not about a party or a candidate,” Whitfield-Ames said. “When half the state tells a pollster it doesn’t trust the count in Fulton, we have a duty to respond.”
Q direct Lorraine Whitfield-Ames :: “This is not about a party or a candidate,”
P partial Whitfield-Ames
Q direct Lorraine Whitfield-Ames :: “When half the state tells a pollster it doesn’t trust the count in Fulton, we have a duty to respond.”
F fraction half
L region Fulton
> Fulton County Elections Director Marcus Delacroix-Obi told the board his office would need 1,100 more temporary workers and at least 90,000 square feet of space to count an expected 540,000 ballots by hand from the county’s 378 precincts.
L region Fulton County
P full Marcus Delacroix-Obi
F number 1,100
F quantity 90,000 square feet
F number 540,000
F number 378
> “We can do it. We will do it, because it’s the law now,” he said after the vote. “But nobody should expect a winner on election night. If it’s close, think Friday or Saturday.
Q direct Marcus Delacroix-Obi :: “We can do it. We will do it, because it’s the law now,”
Q direct Marcus Delacroix-Obi :: “But nobody should expect a winner on election night. If it’s close, think Friday or Saturday.
> “And somebody needs to pay for it. It isn’t going to be the taxpayers of Fulton alone.”
Q direct Marcus Delacroix-Obi :: “And somebody needs to pay for it. It isn’t going to be the taxpayers of Fulton alone.”
L region Fulton
> The county puts the cost at $1.4 million per election. The Fulton County Board of Commissioners is expected to ask the General Assembly for state money when lawmakers return to Atlanta in January.
F money $1.4 million
O government Fulton County Board of Commissioners
O government General Assembly
L city Atlanta
> The two members who voted no said the rule conflicts with a 2039 state law that sets a certification deadline of 7 p.m. on the seventh day after an election. Board member Gerald Osei-Whitmore called it “a solution in search of a problem.”
F number two
F date 2039
F time 7 p.m.
P full Gerald Osei-Whitmore
Q direct Gerald Osei-Whitmore :: “a solution in search of a problem.”
> Voters at the meeting were split. Denise Harrow-Lyle, 67, who drove in from Sandy Springs, said she had worked the polls for 22 years and welcomed the change. “I trust the machines, mostly,” she said. “But my neighbors don’t, and I’m tired of arguing with them at Kroger.”
P full Denise Harrow-Lyle
F age 67
L city Sandy Springs
F duration 22 years
Q direct Denise Harrow-Lyle :: “I trust the machines, mostly,”
Q direct Denise Harrow-Lyle :: “But my neighbors don’t, and I’m tired of arguing with them at Kroger.”
O company Kroger
> Andrea Whitlock-Nunez, a political scientist at Emory University, said hand counts in other states had typically found error rates below 0.1% and that slower results tend to feed the very “stolen election” talk the board says it wants to quiet.
P full Andrea Whitlock-Nunez
O education Emory University
F percent 0.1%
Q scare - :: “stolen election”
> “Every hour without a result is an hour for rumors,” she said.
Q direct Andrea Whitlock-Nunez :: “Every hour without a result is an hour for rumors,”
> The Secretary of State’s Office said in a statement that it would issue guidance to Fulton “within 30 days.” A spokesman for the county said it had not ruled out a lawsuit.
O government Secretary of State’s Office
L region Fulton
Q direct Secretary of State’s Office :: “within 30 days.”
F duration 30 days
'''

ARTICLES['1848-sydney-opera-house-concert-hall-reopens-rebuild-sso-smh'] = r'''
> Culture
> ‘It finally sounds like the building looks’: Concert Hall reopens after $310m rebuild
Q direct Eleni Markovic-Hayes :: ‘It finally sounds like the building looks’
L facility Concert Hall
F money $310m
> Musicians say the Sydney Opera House’s biggest room has been transformed, but 240 fewer seats have angered some subscribers.
L facility Sydney Opera House
F number 240
> By Imogen Fairweather-Tan
P full Imogen Fairweather-Tan
> September 6, 2041 — 5.00am
F date September 6, 2041
F time 5.00am
> The rebuilt Concert Hall at Bennelong Point, with its new timber reflectors. Credit: Rhys Kanellopoulos
L facility Concert Hall
L geo Bennelong Point
P full Rhys Kanellopoulos
> When the Sydney Symphony Orchestra (SSO) plays the opening bars of its gala in the Concert Hall at 8pm on Saturday, it will be the first time the room has been used since the Sydney Opera House closed it for a $310 million rebuild in February 2039.
O nonprofit Sydney Symphony Orchestra
O nonprofit SSO
L facility Concert Hall
F time 8pm
O other Sydney Opera House
F money $310 million
F date February 2039
> The hall now seats 2,440, down from 2,680, after the stalls were re-raked and the side boxes rebuilt to carry sound to the back of the room.
F number 2,440
F number 2,680
> Opera House chief executive Harriet Nguyen-Blackwood said the loss of seats had been “the hardest call we made”. “We could have kept every seat and had a hall that still sounded like a gymnasium,” she said. “We chose the music.”
O other Opera House
P full Harriet Nguyen-Blackwood
Q direct Harriet Nguyen-Blackwood :: “the hardest call we made”
Q direct Harriet Nguyen-Blackwood :: “We could have kept every seat and had a hall that still sounded like a gymnasium,”
Q direct Harriet Nguyen-Blackwood :: “We chose the music.”
> The NSW government paid $265 million of the cost and private donors gave the remaining $45 million. Arts Minister Tobias Grech-Whelan said it was “money well spent on a building the whole world owns”.
L region NSW
F money $265 million
F money $45 million
P full Tobias Grech-Whelan
Q direct Tobias Grech-Whelan :: “money well spent on a building the whole world owns”
> Associate Professor Min-jung Park-Ellery, an acoustician at the University of Sydney who measured the hall in July, said the reverberation time in a full room had risen from 2.0 to 2.3 seconds, while noise from the ferries on Sydney Harbour had dropped by about 6 decibels.
P full Min-jung Park-Ellery
O education University of Sydney
F duration 2.0
F duration 2.3 seconds
L geo Sydney Harbour
F quantity 6 decibels
> “The old hall went from unplayable to good after its last refit. Now it is genuinely great,” she said. “If you sit in row Z you now hear the pianist’s left hand. You didn’t before.”
Q direct Min-jung Park-Ellery :: “The old hall went from unplayable to good after its last refit. Now it is genuinely great,”
Q direct Min-jung Park-Ellery :: “If you sit in row Z you now hear the pianist’s left hand. You didn’t before.”
> Cellist Eleni Markovic-Hayes, 46, who has played with the SSO for 19 years, said the orchestra had rehearsed in the hall for three weeks. “It finally sounds like the building looks,” she said. “On stage we can hear the violas for the first time. Honestly, we used to call the old hall ‘the cave’.”
P full Eleni Markovic-Hayes
F age 46
O nonprofit SSO
F duration 19 years
F duration three weeks
Q direct Eleni Markovic-Hayes :: “It finally sounds like the building looks,”
Q direct Eleni Markovic-Hayes :: “On stage we can hear the violas for the first time. Honestly, we used to call the old hall ‘the cave’.”
> Not everyone is pleased. A subscriber of 30 years from Mosman, who asked not to be named, said her seats in row W had gone. “They moved me to the circle and charged me $40 more a ticket,” she said.
F duration 30 years
L city Mosman
Q direct - :: “They moved me to the circle and charged me $40 more a ticket,”
F money $40
> The Opera House said about 1,100 of its 9,800 subscribers had been moved, roughly one in nine, and that all had been offered refunds.
O other Opera House
F number 1,100
F number 9,800
F number one
F number nine
> Tickets for Saturday’s gala, priced from $95 to $480, sold out in 11 minutes. A free open day on Sunday runs from 10am to 4pm, with 30-minute tours of what staff have taken to calling the “sweet spot” seats, and queues are expected from Circular Quay along Macquarie Street.
F money $95
F money $480
F duration 11 minutes
F time 10am
F time 4pm
F duration 30-minute
Q scare - :: “sweet spot”
L city Circular Quay
L street Macquarie Street
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
