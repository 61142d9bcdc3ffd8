#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval316 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval316/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1939-arroyo-pictures-sable-hill-studios-merger-wga-west-los-angeles-times'] = r'''
> Company Town
> Arroyo Pictures to buy Sable Hill Studios in $14.2-billion deal, creating Hollywood’s newest giant
O company Arroyo Pictures
O company Sable Hill Studios
F money $14.2-billion
L city Hollywood
> The merger would join two of the town’s last independent studios. Writers and agents warn of fewer films and fewer jobs.
F number two
> By Danielle Ruiz-Hammond
P full Danielle Ruiz-Hammond
> Staff Writer
> March 3, 2043 6:15 PM PT
F date March 3, 2043
F time 6:15 PM PT
> The Arroyo Pictures lot in Burbank on Tuesday. The studio said the combined company would release about 22 films a year. (Tomás Villanueva / Los Angeles Times)
O company Arroyo Pictures
L city Burbank
F number 22
P full Tomás Villanueva
O media Los Angeles Times
> Arroyo Pictures agreed Tuesday to buy rival Sable Hill Studios for $14.2 billion, a deal that would fold the Culver City studio behind the “Night Ferry” films into its larger Burbank neighbor and leave Hollywood with four major film studios.
O company Arroyo Pictures
O company Sable Hill Studios
F money $14.2 billion
L city Culver City
Q scare - :: “Night Ferry”
L city Burbank
L city Hollywood
F number four
> Sable Hill shareholders will receive $38.50 a share, a 31% premium over Monday’s closing price. The companies said they expect to save $1.1 billion a year within three years and to complete the deal in the first half of 2044, pending review by the Justice Department.
O company Sable Hill
F money $38.50
F percent 31%
F money $1.1 billion
F duration three years
F date 2044
O government Justice Department
> “This is about scale, and scale is about survival,” Arroyo Chief Executive Marcus Delacroix-Reyes said in an interview on the company’s lot on Olive Avenue. “Audiences haven’t gone anywhere. But the cost of a movie people will leave the house for has doubled.”
Q direct Marcus Delacroix-Reyes :: “This is about scale, and scale is about survival,”
O company Arroyo
P full Marcus Delacroix-Reyes
L street Olive Avenue
Q direct Marcus Delacroix-Reyes :: “Audiences haven’t gone anywhere. But the cost of a movie people will leave the house for has doubled.”
> Delacroix-Reyes, 54, will run the combined company, to be called Arroyo Sable Hill. Sable Hill’s chief executive, Priya Ramanathan-Cole, 49, will become co-chair and head its film division.
P partial Delacroix-Reyes
F age 54
O company Arroyo Sable Hill
O company Sable Hill
P full Priya Ramanathan-Cole
F age 49
> “Our directors asked me one question this morning: ‘Will you still make the strange ones?’” Ramanathan-Cole said. “The answer is yes. It is written into the deal.”
Q direct Priya Ramanathan-Cole :: “Our directors asked me one question this morning: ‘Will you still make the strange ones?’”
F number one
P partial Ramanathan-Cole
Q direct Priya Ramanathan-Cole :: “The answer is yes. It is written into the deal.”
> Together the two studios took in $4.7 billion at the global box office last year, about 19% of the total, according to the tracking firm Boxline Data. Sable Hill’s “Night Ferry” films alone have grossed more than $3 billion since 2037.
F number two
F money $4.7 billion
F percent 19%
O company Boxline Data
O company Sable Hill
Q scare - :: “Night Ferry”
F money $3 billion
F date 2037
> Arroyo shares fell 6.4% to $71.12 in after-hours trading on the Nasdaq, while Sable Hill stock jumped 24%.
O company Arroyo
F percent 6.4%
F money $71.12
O other Nasdaq
O company Sable Hill
F percent 24%
> “They are paying a full price for a film library and one franchise,” said Lena Hartigan-Ito, a media analyst at Harlow Pierce Securities in San Francisco. “The savings are real, but most of them come from people.”
Q direct Lena Hartigan-Ito :: “They are paying a full price for a film library and one franchise,”
F number one
P full Lena Hartigan-Ito
O company Harlow Pierce Securities
L city San Francisco
Q direct Lena Hartigan-Ito :: “The savings are real, but most of them come from people.”
> Hartigan-Ito estimated that the combined company could cut 2,500 to 3,000 jobs, roughly 14% of its workforce.
P partial Hartigan-Ito
F number 2,500
F number 3,000
F percent 14%
> That estimate alarmed the Writers Guild of America West, which represents more than 11,000 writers. In a statement, the union said it would urge federal regulators to block the merger, calling it “another step toward a town with one buyer.”
O nonprofit Writers Guild of America West
F number 11,000
Q direct Writers Guild of America West :: “another step toward a town with one buyer.”
F number one
> “Every merger we have lived through has meant fewer movies, fewer writers’ rooms and lower pay,” said WGA West President Dolores Ferreira-Walsh, whose union’s contract with the studios expires May 1, 2044. She said the guild would not rule out “any option,” including a strike.
Q direct Dolores Ferreira-Walsh :: “Every merger we have lived through has meant fewer movies, fewer writers’ rooms and lower pay,”
O nonprofit WGA West
P full Dolores Ferreira-Walsh
F date May 1, 2044
Q direct Dolores Ferreira-Walsh :: “any option,”
> “If you’re a writer with a $40-million original idea, you just lost a buyer,” said Jordan Esposito-Lamb, a partner at the Beverly Hills agency Cantor Rowe Artists, who represents about 60 writers and directors.
Q direct Jordan Esposito-Lamb :: “If you’re a writer with a $40-million original idea, you just lost a buyer,”
F money $40-million
P full Jordan Esposito-Lamb
L city Beverly Hills
O company Cantor Rowe Artists
F number 60
> “A year ago I had five places to pitch that script. Now I have four, and two of them are ‘reviewing their slate,’ which means no,” Esposito-Lamb said.
Q direct Jordan Esposito-Lamb :: “A year ago I had five places to pitch that script. Now I have four, and two of them are ‘reviewing their slate,’ which means no,”
F number five
F number four
F number two
P partial Esposito-Lamb
> Arroyo said it would keep both lots open for at least 18 months and offer jobs to Sable Hill’s 1,200 Culver City employees “wherever possible.”
O company Arroyo
F duration 18 months
O company Sable Hill
F number 1,200
L city Culver City
Q direct Arroyo Pictures :: “wherever possible.”
'''

ARTICLES['1940-calmac-western-isles-sailings-cancelled-stornoway-bbc-scotland'] = r'''
> Highlands & Islands
L region Highlands & Islands
> CalMac cancelled more than 300 Western Isles sailings in three weeks
O company CalMac
F number 300
L region Western Isles
F duration three weeks
> By Catriona NicAoidh
P full Catriona NicAoidh
> BBC Scotland News
O media BBC Scotland News
> Published 21 January 2043
F date 21 January 2043
> Image source, BBC
O media BBC
> Image caption, Lorries queued at Stornoway's ferry terminal after Tuesday's sailings were cancelled
L city Stornoway
> More than 300 ferry sailings to and from the Western Isles were cancelled in the first three weeks of January, figures from the operator CalMac show.
F number 300
L region Western Isles
F duration three weeks
O company CalMac
> The company said 214 cancellations were caused by gales and 97 by technical faults, while three of its larger vessels remained in dry dock for overhauls that had overrun.
F number 214
F number 97
F number three
> The Ullapool to Stornoway (Steòrnabhagh), Oban to Castlebay (Bàgh a' Chaisteil) and Mallaig to Lochboisdale (Loch Baghasdail) routes were the worst affected.
L city Ullapool
L city Stornoway
L city Steòrnabhagh
L city Oban
L city Castlebay
L city Bàgh a' Chaisteil
L city Mallaig
L city Lochboisdale
L city Loch Baghasdail
> Caledonian MacBrayne, which runs the routes under a contract with Transport Scotland, said it "fully understood the frustration" of island communities.
O company Caledonian MacBrayne
O government Transport Scotland
Q direct Caledonian MacBrayne :: "fully understood the frustration"
> A CalMac spokeswoman said: "Safety will always come first. We know how hard the last three weeks have been for islanders, and our crews and engineers have been working around the clock to get the fleet back to full strength."
O company CalMac
Q direct - :: "Safety will always come first. We know how hard the last three weeks have been for islanders, and our crews and engineers have been working around the clock to get the fleet back to full strength."
F duration three weeks
> She said two of the three vessels were due back in service by 7 February.
F number two
F number three
F date 7 February
> Transport Scotland said six new major vessels would enter service by the end of 2044 and that £14m had been set aside this year for "resilience measures", including the charter of a catamaran from Norway.
O government Transport Scotland
F number six
F date 2044
F money £14m
Q direct Transport Scotland :: "resilience measures"
L country Norway
> Councillor Iain Mac a' Phearsain, who chairs the transport committee of Comhairle nan Eilean Siar, the Western Isles council, said this winter had been "the worst I can remember".
P full Iain Mac a' Phearsain
O government Comhairle nan Eilean Siar
L region Western Isles
Q direct Iain Mac a' Phearsain :: "the worst I can remember"
> "There was a spell when Barra had no ferry at all for five days," he told BBC Scotland. "People missed hospital appointments in Glasgow. Lorries sat at the pier in Lochboisdale with fish going off.
Q direct Iain Mac a' Phearsain :: "There was a spell when Barra had no ferry at all for five days,"
L geo Barra
F duration five days
O media BBC Scotland
Q direct Iain Mac a' Phearsain :: "People missed hospital appointments in Glasgow. Lorries sat at the pier in Lochboisdale with fish going off.
L city Glasgow
L city Lochboisdale
> "Islanders are not asking for luxury. We are asking for a lifeline that works."
Q direct Iain Mac a' Phearsain :: "Islanders are not asking for luxury. We are asking for a lifeline that works."
> In Stornoway, Ruaridh Moireasdan runs a shellfish export business from the harbour and relies on the overnight freight sailing from Ullapool to get live langoustines to the mainland.
L city Stornoway
P full Ruaridh Moireasdan
L city Ullapool
> "Live langoustines don't wait," he said. "If the boat doesn't sail, I've got about 40 hours to get them to Spain or they're worthless. Twice this month I've had to tip a whole load back into the sea."
Q direct Ruaridh Moireasdan :: "Live langoustines don't wait,"
Q direct Ruaridh Moireasdan :: "If the boat doesn't sail, I've got about 40 hours to get them to Spain or they're worthless. Twice this month I've had to tip a whole load back into the sea."
F duration 40 hours
L country Spain
> Mr Moireasdan said he had lost about £38,000 of orders since Christmas. On some days he has sent consignments via the Tarbert–Uig crossing and across Skye instead, a detour that adds four hours and £600 to each trip.
P partial Moireasdan
F money £38,000
L city Tarbert
L city Uig
L geo Skye
F duration four hours
F money £600
> CalMac said 86% of sailings across its network ran as scheduled in the 12 months to December, down from 91% the year before. On the Stornoway route, the figure was 79%.
O company CalMac
F percent 86%
F duration 12 months
F percent 91%
L city Stornoway
F percent 79%
> MSPs on the Scottish Parliament's transport committee will question CalMac's managing director on Thursday.
O government Scottish Parliament
O company CalMac
> A ferry "task force" of island businesses, set up in 2041, is due to meet in Stornoway on 2 February.
Q scare - :: "task force"
F date 2041
L city Stornoway
F date 2 February
'''

ARTICLES['1941-irkutsk-region-governor-election-sedykh-golos-turnout-meduza'] = r'''
> News
> Kremlin-backed acting governor wins Irkutsk region election with 71 percent as turnout falls to a record low
O government Kremlin
L region Irkutsk
F percent 71 percent
> The monitoring movement Golos says it logged more than 600 violations, including “carousel” voting in Bratsk
O nonprofit Golos
F number 600
Q scare - :: “carousel”
L city Bratsk
> 8:40 pm, September 15, 2042
F time 8:40 pm
F date September 15, 2042
> Source: Meduza
O media Meduza
> Story by Yekaterina Zhuravleva. Translated by Sasha Ignatieff.
P full Yekaterina Zhuravleva
P full Sasha Ignatieff
> A voter at a polling station in Angarsk on September 14, 2042. Photo: Pavel Ostrogorsky / Kommersant
L city Angarsk
F date September 14, 2042
P full Pavel Ostrogorsky
O media Kommersant
> Arkady Valeryevich Sedykh, the Kremlin’s choice to lead the Irkutsk region, has won the region’s gubernatorial election with 71.3 percent of the vote, according to preliminary results published on Monday by the Irkutsk Regional Election Commission. Turnout was 27.8 percent, the lowest for a governor’s race anywhere in Siberia.
P full Arkady Valeryevich Sedykh
O government Kremlin
L region Irkutsk
F percent 71.3 percent
O government Irkutsk Regional Election Commission
F percent 27.8 percent
L region Siberia
> Sedykh, 48, a former head of the East Siberian Railway, was appointed acting governor by presidential decree in March after his predecessor resigned “for health reasons.” He ran as an independent with the open backing of United Russia.
P partial Sedykh
F age 48
O company East Siberian Railway
Q direct - :: “for health reasons.”
O party United Russia
> Nina Gennadyevna Loginova of the Communist Party (KPRF) finished second with 14.6 percent. The candidates of the LDPR and New People took 6.2 percent and 4.9 percent.
P full Nina Gennadyevna Loginova
O party Communist Party
O party KPRF
F percent 14.6 percent
O party LDPR
O party New People
F percent 6.2 percent
F percent 4.9 percent
> Loginova said she would not recognize the result. “Our observers were thrown out of polling stations in Bratsk,” she wrote on Telegram.
P partial Loginova
Q direct Nina Gennadyevna Loginova :: “Our observers were thrown out of polling stations in Bratsk,”
L city Bratsk
O company Telegram
> Golos, an independent election-monitoring movement that the Russian authorities have labeled a “foreign agent,” said its observers and hotline received 614 reports of violations over the three days of voting, from September 12 to September 14.
O nonprofit Golos
Q scare - :: “foreign agent,”
F number 614
F duration three days
F date September 12
F date September 14
> “What we saw in Bratsk was the classic ‘carousel’: the same groups of people bused from one polling station to the next,” said Denis Anatolyevich Murashov, who coordinates Golos observers in the region. “In Ust-Ilimsk, teachers and hospital staff were told to send their managers a photo of their ballot.”
Q direct Denis Anatolyevich Murashov :: “What we saw in Bratsk was the classic ‘carousel’: the same groups of people bused from one polling station to the next,”
L city Bratsk
P full Denis Anatolyevich Murashov
O nonprofit Golos
Q direct Denis Anatolyevich Murashov :: “In Ust-Ilimsk, teachers and hospital staff were told to send their managers a photo of their ballot.”
L city Ust-Ilimsk
> Murashov said remote electronic voting made up 38 percent of all ballots cast and could not be checked by observers. “The online share is a black box,” he said.
P partial Murashov
F percent 38 percent
Q direct Denis Anatolyevich Murashov :: “The online share is a black box,”
> The election commission’s chairman, Oleg Stepanovich Bardin, told the state news agency TASS that “not a single serious violation” had been confirmed. He blamed the low turnout on “the potato harvest and the good weather.”
P full Oleg Stepanovich Bardin
O media TASS
Q direct Oleg Stepanovich Bardin :: “not a single serious violation”
Q direct Oleg Stepanovich Bardin :: “the potato harvest and the good weather.”
> Political analyst Alexandra Vitalyevna Kholodova, who left Russia in 2039 and is now based in Riga, said Moscow had wanted a result above 70 percent and a turnout low enough to keep protest voters at home.
P full Alexandra Vitalyevna Kholodova
L country Russia
F date 2039
L city Riga
L city Moscow
F percent 70 percent
> “Nobody in the presidential administration needed people to vote. They needed people not to vote against,” Kholodova told Meduza. “In Irkutsk, Angarsk and Bratsk, where protest moods are strongest, turnout was below 20 percent.”
Q direct Alexandra Vitalyevna Kholodova :: “Nobody in the presidential administration needed people to vote. They needed people not to vote against,”
P partial Kholodova
O media Meduza
Q direct Alexandra Vitalyevna Kholodova :: “In Irkutsk, Angarsk and Bratsk, where protest moods are strongest, turnout was below 20 percent.”
L city Irkutsk
L city Angarsk
L city Bratsk
F percent 20 percent
> In Irkutsk, Valentina Petrovna Gusakova, a 67-year-old retired engineer, said she had voted for the first time in ten years and chose the Communist candidate “out of spite.”
L city Irkutsk
P full Valentina Petrovna Gusakova
F age 67-year-old
F duration ten years
Q direct Valentina Petrovna Gusakova :: “out of spite.”
> “My pension is 23,000 rubles, and heating went up 40 percent in two years,” she said. “Sedykh came to our district once, with cameras. I asked him, ‘Arkady Valeryevich, where is the new hospital?’ He smiled and got back in his car.
Q direct Valentina Petrovna Gusakova :: “My pension is 23,000 rubles, and heating went up 40 percent in two years,”
F money 23,000 rubles
F percent 40 percent
F duration two years
Q direct Valentina Petrovna Gusakova :: “Sedykh came to our district once, with cameras. I asked him, ‘Arkady Valeryevich, where is the new hospital?’ He smiled and got back in his car.
P partial Sedykh
P full Arkady Valeryevich
> “I am not afraid to say this. What can they do to a pensioner?”
Q direct Valentina Petrovna Gusakova :: “I am not afraid to say this. What can they do to a pensioner?”
> Sedykh’s campaign headquarters said in a statement that the result showed “broad trust” in his plans to rebuild the region’s hospitals. He is due to be sworn in on September 24. Neighboring Krasnoyarsk Krai will elect its governor in September 2043.
P partial Sedykh
Q direct - :: “broad trust”
F date September 24
L region Krasnoyarsk Krai
F date September 2043
'''

ARTICLES['1942-cubs-beat-brewers-5-4-castellanos-two-run-homer-wrigley-field-espn'] = r'''
> MLB
O other MLB
> Castellanos' Two-Run Homer In Eighth Lifts Cubs Past Brewers 5-4
P partial Castellanos
F number Two
O team Cubs
O team Brewers
F score 5-4
> Dario Castellanos drove a full-count fastball onto Waveland Avenue, and Chicago moved within one game of first-place Milwaukee in the NL Central.
P full Dario Castellanos
L street Waveland Avenue
O team Chicago
F number one
O team Milwaukee
O other NL Central
> Jesse Kowalczyk-Hart, ESPN Staff Writer
P full Jesse Kowalczyk-Hart
O media ESPN
> Jul 2, 2042, 11:06 PM ET
F date Jul 2, 2042
F time 11:06 PM ET
> Dario Castellanos celebrates his two-run homer in the eighth inning at Wrigley Field on Wednesday. Quinn Harlow/Getty Images
P full Dario Castellanos
F number two
L facility Wrigley Field
P full Quinn Harlow
O company Getty Images
> CHICAGO -- Dario Castellanos had seen nothing but sliders from Milwaukee reliever Beau Tremblay-Nash for five pitches. With the count full at 3-2 and a runner on first in the eighth inning, he finally got a fastball.
L city CHICAGO
P full Dario Castellanos
O team Milwaukee
P full Beau Tremblay-Nash
F number five
F number 3-2
> Castellanos sent it 418 feet onto Waveland Avenue for a two-run homer, and the Chicago Cubs beat the Milwaukee Brewers 5-4 on Wednesday night before a crowd of 38,412 at Wrigley Field.
P partial Castellanos
F quantity 418 feet
L street Waveland Avenue
F number two
O team Chicago Cubs
O team Milwaukee Brewers
F score 5-4
F number 38,412
L facility Wrigley Field
> "He'd shown me the slider five times. I told myself, 'If he throws it again, tip your cap,'" Castellanos said. "He didn't. I think he thought I was sitting on it."
Q direct Dario Castellanos :: "He'd shown me the slider five times. I told myself, 'If he throws it again, tip your cap,'"
F number five
P partial Castellanos
Q direct Dario Castellanos :: "He didn't. I think he thought I was sitting on it."
> The Cubs (45-38) have won seven of their last eight games and pulled within one game of the NL Central-leading Brewers (46-37), who had taken the first two games of the series.
O team Cubs
F score 45-38
F number seven
F number eight
F number one
O other NL Central
O team Brewers
F score 46-37
F number two
> Milwaukee had gone ahead 4-3 in the top of the eighth when Marcus Tillinghast, who entered the night hitting .291, lined a two-out double off Cubs reliever Kenji Amemiya-Ford to score Rafael Ortega-Binns from second. Hundreds of Brewers fans who had made the 90-mile drive from Milwaukee stood and roared.
O team Milwaukee
F score 4-3
P full Marcus Tillinghast
F number .291
F number two
O team Cubs
P full Kenji Amemiya-Ford
P full Rafael Ortega-Binns
O team Brewers
F quantity 90-mile
L city Milwaukee
> Chicago starter Tyler Brandvold allowed three runs on six hits over 6 1/3 innings and struck out eight. The right-hander lowered his ERA to 3.12 and has not lost since May 24.
O team Chicago
P full Tyler Brandvold
F number three
F number six
F number 6 1/3
F number eight
F number 3.12
F date May 24
> Brewers starter Luis Arredondo (9-5) gave up three runs in six innings and did not figure in the decision. Tremblay-Nash (3-3, 4.05 ERA) took the loss after walking Ian Pruszynski to open the eighth, and Amemiya-Ford (5-2) got the win. Closer Otis Fairbanks-Lowe struck out the side in the ninth for his 21st save.
O team Brewers
P full Luis Arredondo
F score 9-5
F number three
F number six
P partial Tremblay-Nash
F score 3-3
F number 4.05
P full Ian Pruszynski
P partial Amemiya-Ford
F score 5-2
P full Otis Fairbanks-Lowe
> "That's a grown-man at-bat," Cubs manager Walt Pruett said. "Dario fouled off two pitches he could have chased. He's been our best hitter for a month, and nobody in that dugout was surprised."
Q direct Walt Pruett :: "That's a grown-man at-bat,"
O team Cubs
P full Walt Pruett
Q direct Walt Pruett :: "Dario fouled off two pitches he could have chased. He's been our best hitter for a month, and nobody in that dugout was surprised."
P partial Dario
F number two
> Brewers manager Gabe Sorensen said he had no regrets about staying with Tremblay-Nash, who had retired 11 straight batters before the walk.
O team Brewers
P full Gabe Sorensen
P partial Tremblay-Nash
F number 11
> "He [Tremblay-Nash] has been our guy all year," Sorensen said. "You make a pitch there and it's a different conversation. He threw one fastball in that at-bat, and the kid didn't miss it."
Q direct Gabe Sorensen :: "He [Tremblay-Nash] has been our guy all year,"
P partial Tremblay-Nash
P partial Sorensen
Q direct Gabe Sorensen :: "You make a pitch there and it's a different conversation. He threw one fastball in that at-bat, and the kid didn't miss it."
F number one
> Castellanos, 26, is hitting .338 with 14 homers since he was called up on April 30, and teammates have taken to calling him "the Mailbox" because, Pruett said, "everything gets delivered." He has 23 RBIs in his last 20 games.
P partial Castellanos
F age 26
F number .338
F number 14
F date April 30
Q scare - :: "the Mailbox"
P partial Pruett
Q direct Walt Pruett :: "everything gets delivered."
F number 23
F number 20
> Tillinghast had three hits for Milwaukee, including a solo homer in the fourth, his 19th of the season. The game took 2 hours, 51 minutes.
P partial Tillinghast
F number three
O team Milwaukee
F duration 2 hours
F duration 51 minutes
> Up next: The Brewers send right-hander Cole Ashby (7-6, 3.88 ERA) to the mound in Thursday's 2:20 p.m. CT series finale against Cubs left-hander Mateo Villalobos (6-4, 2.97).
O team Brewers
P full Cole Ashby
F score 7-6
F number 3.88
F time 2:20 p.m. CT
O team Cubs
P full Mateo Villalobos
F score 6-4
F number 2.97
'''

ARTICLES['1943-apurimac-mining-corridor-blockade-yawarpata-cotabambas-quispe-peru-reports'] = r'''
> Mining
> Apurímac communities block mining corridor for 12th day as Yawarpata talks stall
L region Apurímac
L facility Yawarpata
> Interior Ministry extends state of emergency along the road; Ombudsman’s Office warns of “a repeat of 2037”
O government Interior Ministry
O government Ombudsman’s Office
Q direct Ombudsman’s Office :: “a repeat of 2037”
F date 2037
> Luciana Ferrero Salas | April 22, 2042
P full Luciana Ferrero Salas
F date April 22, 2042
> Comuneros block the Southern Mining Corridor near Challhuahuacho, Apurímac, on April 20. (Photo: Andina)
L street Southern Mining Corridor
L city Challhuahuacho
L region Apurímac
F date April 20
O media Andina
> Peasant communities in Peru’s southern Apurímac region blocked the Southern Mining Corridor for a 12th straight day on Tuesday, halting shipments of copper concentrate from the Yawarpata mine, which is operated by Minera Qori Wayra S.A.
L country Peru
L region Apurímac
L street Southern Mining Corridor
L facility Yawarpata
O company Minera Qori Wayra S.A.
> Community leaders in Cotabambas and Grau provinces say the company has failed to honor a 2039 agreement to pay S/ 120 million (US$32 million) into a development fund and to hire local workers. About 1,400 comuneros are manning 14 blockades along a 90-kilometer stretch of the road, according to the National Police.
L region Cotabambas
L region Grau
F date 2039
F money S/ 120 million
F money US$32 million
F number 1,400
F number 14
F quantity 90-kilometer
O government National Police
> “We signed in good faith. Three years later, there is no fund, no hospital and no jobs for our sons,” said Teodoro Quispe Huamaní, president of the peasant community of Ccochapampa, who spoke in Quechua through an interpreter. “The road is the only voice they hear.”
Q direct Teodoro Quispe Huamaní :: “We signed in good faith. Three years later, there is no fund, no hospital and no jobs for our sons,”
F duration Three years
P full Teodoro Quispe Huamaní
L city Ccochapampa
Q direct Teodoro Quispe Huamaní :: “The road is the only voice they hear.”
> Quispe said the blockades would be lifted only if a high-level commission from Lima traveled to Challhuahuacho to sign a new “acta” with dates and amounts. Protesters at one roadblock near Tambobamba carried banners reading “Sumaq kawsay,” good living in Quechua.
P partial Quispe
L city Lima
L city Challhuahuacho
Q scare - :: “acta”
F number one
L city Tambobamba
Q direct - :: “Sumaq kawsay,”
> In a statement on Monday, Minera Qori Wayra said it had paid S/ 41.6 million into the fund since 2040 and that the remainder was “tied up in permits, not in bad will.” The company said the blockade was costing it US$4.5 million a day and that 31 trucks loaded with concentrate were stranded near Tambobamba.
O company Minera Qori Wayra
F money S/ 41.6 million
F date 2040
Q direct Minera Qori Wayra S.A. :: “tied up in permits, not in bad will.”
F money US$4.5 million
F number 31
L city Tambobamba
> Yawarpata produced 268,000 tonnes of copper in 2041, about 10% of Peru’s output, and trucks its concentrate some 480 kilometers to the port of Matarani in Arequipa.
L facility Yawarpata
F quantity 268,000 tonnes
F date 2041
F percent 10%
L country Peru
F quantity 480 kilometers
L city Matarani
L region Arequipa
> On Monday the Interior Ministry (Mininter) extended a state of emergency along the corridor for 30 days, suspending the rights of assembly and free transit in six districts and allowing the armed forces to support the police.
O government Interior Ministry
O government Mininter
F duration 30 days
F number six
> “The State will guarantee free transit. Dialogue is open, but not with a road blocked,” Deputy Interior Minister Héctor Salazar Ñaupari told reporters in Lima. He said 260 officers had been sent to the area and that no arrests had been made.
Q direct Héctor Salazar Ñaupari :: “The State will guarantee free transit. Dialogue is open, but not with a road blocked,”
P full Héctor Salazar Ñaupari
L city Lima
F number 260
> The Ombudsman’s Office, which tracks social conflicts across Peru, said in its monthly report that Apurímac had 23 active conflicts, 17 of them linked to mining. It urged both sides to avoid “a repeat of 2037,” when two comuneros died in clashes with police on the same road.
O government Ombudsman’s Office
L country Peru
L region Apurímac
F number 23
F number 17
Q direct Ombudsman’s Office :: “a repeat of 2037,”
F date 2037
F number two
> Residents of Challhuahuacho said food prices had risen sharply since the blockades began. A kilo of chicken now costs S/ 18, up from S/ 11 two weeks ago, said Rosa Ccahua Mamani, 44, who runs a grocery on the town’s main square.
L city Challhuahuacho
F money S/ 18
F money S/ 11
F duration two weeks
P full Rosa Ccahua Mamani
F age 44
> “We support the comuneros, but we are also running out of gas for cooking,” she said.
Q direct Rosa Ccahua Mamani :: “We support the comuneros, but we are also running out of gas for cooking,”
> Peru is the world’s third-largest copper producer, and mining accounts for about 60% of its exports.
L country Peru
F percent 60%
'''

ARTICLES['1944-harbourline-digital-bank-full-licence-mas-sme-lending-business-times'] = r'''
> Banking & Finance
> Harbourline Digital Bank wins full MAS licence, lifts S$75,000 deposit cap
O company Harbourline Digital Bank
O government MAS
F money S$75,000
> The digital bank, which has 410,000 customers, plans to start lending to small businesses in the second half of 2043
F number 410,000
F date 2043
> Chloe Tan Hui Min
P full Chloe Tan Hui Min
> Published Wed, Mar 4, 2043 · 07:15 PM
F date Mar 4, 2043
F time 07:15 PM
> Harbourline chief executive Wong Mei Ling says the bank aims to break even in 2044. PHOTO: HARBOURLINE DIGITAL BANK
O company Harbourline
P full Wong Mei Ling
F date 2044
O company HARBOURLINE DIGITAL BANK
> Harbourline Digital Bank has been granted a full digital bank licence by the Monetary Authority of Singapore (MAS), allowing it to take deposits from the public without the caps that have applied since it opened in 2040.
O company Harbourline Digital Bank
O government Monetary Authority of Singapore
O government MAS
F date 2040
> The bank, a joint venture between local logistics group Tan Seng Holdings and Hong Kong-listed payments firm Qilin Pay, said on Wednesday (Mar 4) that it will remove the S$75,000 limit on individual deposits from Jul 1.
O company Tan Seng Holdings
L region Hong Kong
O company Qilin Pay
F date Mar 4
F money S$75,000
F date Jul 1
> In a statement, MAS said Harbourline had raised its paid-up capital to S$1.5 billion and had shown that it could "manage risks at scale".
O government MAS
O company Harbourline
F money S$1.5 billion
Q direct Monetary Authority of Singapore :: "manage risks at scale"
> "Digital banks have an important role in widening access to financial services, but public deposits bring public responsibilities," the regulator said, adding that it would "continue to supervise the bank closely".
Q direct Monetary Authority of Singapore :: "Digital banks have an important role in widening access to financial services, but public deposits bring public responsibilities,"
Q direct Monetary Authority of Singapore :: "continue to supervise the bank closely"
> Harbourline chief executive Wong Mei Ling said the bank had 410,000 customers at end-February, up from 260,000 a year earlier, and deposits of S$2.3 billion.
O company Harbourline
P full Wong Mei Ling
F number 410,000
F number 260,000
F money S$2.3 billion
> "We were built for the gig worker and the hawker who were invisible to the big banks," Ms Wong said. "A full licence lets us serve them from their first savings account to their first business loan."
Q direct Wong Mei Ling :: "We were built for the gig worker and the hawker who were invisible to the big banks,"
P partial Wong
Q direct Wong Mei Ling :: "A full licence lets us serve them from their first savings account to their first business loan."
> She said the bank expects to lend about S$400 million to small and medium-sized enterprises (SMEs) by end-2043. It made a net loss of S$86.2 million in 2042, narrower than the S$112 million loss a year earlier.
F money S$400 million
F date 2043
F money S$86.2 million
F date 2042
F money S$112 million
> Harbourline is one of three digital full banks operating in Singapore. Their combined deposits of about S$9 billion are still a fraction of those held by DBS, OCBC and UOB.
O company Harbourline
F number three
L country Singapore
F money S$9 billion
O company DBS
O company OCBC
O company UOB
> The Singapore Fintech Association (SFA) welcomed the decision. Its vice-president, Arjun Pillai-Koh, said it showed the regulator was "prepared to let new players grow up".
O nonprofit Singapore Fintech Association
O nonprofit SFA
P full Arjun Pillai-Koh
Q direct Arjun Pillai-Koh :: "prepared to let new players grow up"
> "Retail banking here has been a three-horse race for decades," Mr Pillai-Koh said. "Customers win when one of the newcomers can finally compete on mortgages and business loans."
Q direct Arjun Pillai-Koh :: "Retail banking here has been a three-horse race for decades,"
F number three
P partial Pillai-Koh
Q direct Arjun Pillai-Koh :: "Customers win when one of the newcomers can finally compete on mortgages and business loans."
> Not everyone is convinced. Ethan Goh Zhi Wei, a banking analyst at Kallang Point Securities, said digital banks have struggled to turn deposits into profitable loans.
P full Ethan Goh Zhi Wei
O company Kallang Point Securities
> "Customers come for the 3.1 per cent promotional rate and leave when the promotion ends," he said. Mr Goh estimated that only about a third of Harbourline's customers use it as their main account, and that its shareholders may need to inject another S$300 million to S$500 million before it turns a profit.
Q direct Ethan Goh Zhi Wei :: "Customers come for the 3.1 per cent promotional rate and leave when the promotion ends,"
F percent 3.1 per cent
P partial Goh
F fraction a third
O company Harbourline
F money S$300 million
F money S$500 million
> Harbourline's new licence takes effect on Apr 1. Shares of Tan Seng Holdings rose 4.2 per cent to S$1.86 on the Singapore Exchange on Wednesday.
O company Harbourline
F date Apr 1
O company Tan Seng Holdings
F percent 4.2 per cent
F money S$1.86
O other Singapore Exchange
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
