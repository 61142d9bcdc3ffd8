#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval57 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval57/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['385-derby-ringarooma-bridge-trailhead-parking-fee-dorset-council-examiner'] = r'''
> Local News
> Dorset Council backs $4.6m bridge to reconnect Derby trails after flood
O government Dorset Council
F money $4.6m
L city Derby
> Councillors split 5-4 on an $8 parking charge at the Derby trailhead to help repay the loan.
F number 5-4
F money $8
L city Derby
> By Tegan Brumby
P full Tegan Brumby
> Updated March 22 2039 - 6:10pm, first published 4:45pm
F date March 22 2039
F time 6:10pm
F time 4:45pm
> The Ringarooma River in flood at Derby on September 14, 2038, the night the old bridge was swept away. Picture by Corey Wilmshurst
L geo Ringarooma River
L city Derby
F date September 14, 2038
P full Corey Wilmshurst
> Mountain bikers will again be able to ride across the Ringarooma River at Derby by next summer after Dorset Council voted on Monday night to spend $4.6 million replacing the bridge that carried the Blue Derby trail network over the water until last September’s flood.
L geo Ringarooma River
L city Derby
O government Dorset Council
F money $4.6 million
L facility Blue Derby
> But riders will help pay for it. In a second, closer vote, councillors decided 5-4 to introduce an $8 day-parking charge at the Main Street trailhead from July 1, the first time the council has charged visitors to park in the north-east town.
F number 5-4
F money $8
L street Main Street
F date July 1
> The steel footbridge, built in 2015, was torn from its footings when 212 millimetres of rain fell on the Blue Tier in 36 hours and the river peaked at 6.8 metres at Derby, the highest reading since records began in 1966.
F date 2015
F quantity 212 millimetres
L geo Blue Tier
F duration 36 hours
F quantity 6.8 metres
L city Derby
F date 1966
> Since then, riders on the 125-kilometre network have used a temporary crossing beside the Tasman Highway, a detour of about 4km that traders say has cost the town up to a third of its visitors.
F quantity 125-kilometre
L street Tasman Highway
F quantity 4km
F fraction a third
> Mayor Jodie Vanderfeen said the crossing was the backbone of the town’s economy.
P full Jodie Vanderfeen
> “Every cafe, every bike shop, every shuttle bus in Derby depends on people getting across that river,” she said. “We lost a bridge in one night. We are not going to lose the town with it.”
Q direct Jodie Vanderfeen :: “Every cafe, every bike shop, every shuttle bus in Derby depends on people getting across that river,”
L city Derby
Q direct Jodie Vanderfeen :: “We lost a bridge in one night. We are not going to lose the town with it.”
F duration one night
> The new bridge, a 68-metre suspension design by Launceston firm Pitcairn Tamar Engineering, will sit 2.5 metres higher than the old one. Construction is expected to take 26 weeks, starting in June.
F quantity 68-metre
L city Launceston
O company Pitcairn Tamar Engineering
F quantity 2.5 metres
F duration 26 weeks
> The state and federal governments will cover $3.1 million through the Disaster Recovery Funding Arrangements (DRFA), with the council borrowing the remaining $1.5 million over 10 years.
F money $3.1 million
F money $1.5 million
F duration 10 years
> General manager Stuart Kinnane told the meeting the parking charge would raise about $240,000 a year, enough to repay the loan within seven years.
P full Stuart Kinnane
F money $240,000
F duration seven years
> Cr Noel Heazlewood, who voted against the charge, said it sent “the wrong message” to the 30,000 riders who visit Derby each year.
P full Noel Heazlewood
Q direct Noel Heazlewood :: “the wrong message”
F number 30,000
L city Derby
> “This town was rebuilt by people who came here when nobody else would,” he said. “Now we’re telling them it costs eight bucks to get out of the car.”
Q direct Noel Heazlewood :: “This town was rebuilt by people who came here when nobody else would,”
Q direct Noel Heazlewood :: “Now we’re telling them it costs eight bucks to get out of the car.”
F money eight bucks
> Cr Ashleigh Dornauf, who moved the motion, said riders already paid for shuttles and bike hire and would “barely notice” the fee. Ratepayers with a Dorset address will be exempt.
P full Ashleigh Dornauf
Q direct Ashleigh Dornauf :: “barely notice”
L region Dorset
> Kirra Bienefelt, who runs a bike hire and shuttle business on Main Street, said the summer had been her hardest since she opened in 2031.
P full Kirra Bienefelt
L street Main Street
F date 2031
> “Bookings were down by half in January, and I had to let two of my five staff go. Some days the shuttle did one run instead of six.
Q direct Kirra Bienefelt :: “Bookings were down by half in January, and I had to let two of my five staff go. Some days the shuttle did one run instead of six.
F fraction half
F number two
F number five
F number one
F number six
> “A bridge by Christmas and an $8 fee, I can live with that. Another season like this one, I couldn’t.”
Q direct Kirra Bienefelt :: “A bridge by Christmas and an $8 fee, I can live with that. Another season like this one, I couldn’t.”
F money $8
> Derby, a former tin-mining town of about 200 people, has been remade by mountain biking since the first trails opened in 2015. It hosted rounds of the Enduro World Series in 2017 and 2019, and its worst flood before last year’s came in 1929, when the Briseis Dam burst and 14 people died.
L city Derby
F number 200
F date 2015
F date 2017
F date 2019
F date 1929
L facility Briseis Dam
F number 14
> The network also links to the Bay of Fires Trail, which runs from the Blue Tier to the coast near St Helens in the neighbouring Break O’Day municipality.
L facility Bay of Fires Trail
L geo Blue Tier
L city St Helens
L region Break O’Day
> Break O’Day Council has offered $50,000 toward signage and a shared booking system for shuttles on the two trail networks.
O government Break O’Day Council
F money $50,000
F number two
> At the same meeting, councillors approved $180,000 to reseal 9km of road between Pioneer and Gladstone and agreed to seek talks with the state government over the future of the Scottsdale pool.
F money $180,000
F quantity 9km
L city Pioneer
L city Gladstone
L facility Scottsdale
> Work on the bridge is due to be finished before the Easter long weekend in 2040.
F date 2040
'''

ARTICLES['386-cotanak-hazelnut-ipo-price-range-borsa-istanbul-ordu-hurriyet-daily-news'] = r'''
> ECONOMY
> Hazelnut giant Çotanak sets IPO price range, vows 'more value at home'
O company Çotanak
Q direct Deniz Kocabıyık :: 'more value at home'
> ISTANBUL
L city ISTANBUL
> March 21 2039
F date March 21 2039
> Workers sort hazelnuts at Çotanak Gıda's plant in Ünye, in the Black Sea province of Ordu. DHA Photo
O company Çotanak Gıda
L city Ünye
L region Black Sea
L region Ordu
O media DHA
> Çotanak Gıda, one of Türkiye's largest hazelnut processors, has set a price range of 41.50 to 45.80 liras per share for its initial public offering on Borsa Istanbul, which could raise up to 6.2 billion liras ($131 million), the company said on March 18.
O company Çotanak Gıda
L country Türkiye
F money 41.50
F money 45.80 liras
O company Borsa Istanbul
F money 6.2 billion liras
F money $131 million
F date March 18
> The Ordu-based company will sell 135 million shares, or 30 percent of its capital, in a book-building on April 5-7, under a prospectus approved by the Capital Markets Board (SPK) on Thursday.
L region Ordu
F number 135 million
F percent 30 percent
F date April 5-7
O government Capital Markets Board
O government SPK
> At the top of the range, the offer would value Çotanak at 20.6 billion liras, making it the largest food-sector listing on the Istanbul bourse since 2021.
O company Çotanak
F money 20.6 billion liras
L city Istanbul
F date 2021
> Founded in 1987 by the Kocabıyık family in Ünye, Çotanak buys hazelnuts from about 14,000 growers along the eastern Black Sea coast and sells roasted kernels, paste and flour to confectioners in Italy, Germany and Switzerland.
F date 1987
P partial Kocabıyık
L city Ünye
O company Çotanak
F number 14,000
L geo Black Sea
L country Italy
L country Germany
L country Switzerland
> The company processed 118,000 tons of in-shell hazelnuts in the 2038/39 season and booked net sales of 19.4 billion liras last year, up 37 percent, with exports making up 82 percent of revenue.
F quantity 118,000 tons
F date 2038/39
F money 19.4 billion liras
F percent 37 percent
F percent 82 percent
> Chief Executive Deniz Kocabıyık, 39, the founder's granddaughter, said the proceeds would fund a new paste and spreads plant in Giresun and repay part of the company's $210 million debt.
P full Deniz Kocabıyık
F age 39
L city Giresun
F money $210 million
> "For 50 years we have sold Turkish hazelnuts to Europe as raw kernels and watched others sell them back to us in jars. We want more value at home," Kocabıyık told reporters at a launch event in Istanbul on Friday.
Q direct Deniz Kocabıyık :: "For 50 years we have sold Turkish hazelnuts to Europe as raw kernels and watched others sell them back to us in jars. We want more value at home,"
F duration 50 years
L continent Europe
P partial Kocabıyık
L city Istanbul
> About 60 percent of the proceeds will go to the 2.1-billion-lira Giresun plant, which will be able to process 40,000 tons of kernels a year when it opens in 2041, she said.
F percent 60 percent
F money 2.1-billion-lira
L city Giresun
F quantity 40,000 tons
F date 2041
> Türkiye grows about 65 percent of the world's hazelnuts, most of them on small family plots in Ordu, Giresun, Trabzon, Samsun, Sakarya and Düzce. A late frost in April 2038 cut the country's crop to 520,000 tons, from 760,000 tons a year earlier, according to the Black Sea Hazelnut and Products Exporters' Association (KFMİB).
L country Türkiye
F percent 65 percent
L region Ordu
L region Giresun
L region Trabzon
L region Samsun
L region Sakarya
L region Düzce
F date April 2038
F quantity 520,000 tons
F quantity 760,000 tons
O nonprofit Black Sea Hazelnut and Products Exporters' Association
O nonprofit KFMİB
> The Turkish Grain Board (TMO) set its purchase price for the 2038 crop at 178 liras per kilogram for Giresun-quality nuts and 174 liras for other grades, levels exporters have called too high to compete with Georgian and Azerbaijani supplies.
O government Turkish Grain Board
O government TMO
F date 2038
F money 178 liras
L region Giresun
F money 174 liras
> Hazelnut exports earned $2.9 billion in the 2037/38 season, the association said, with Italy's Ferrero the largest single buyer.
F money $2.9 billion
F date 2037/38
L country Italy
O company Ferrero
> An Istanbul-based equity analyst, who asked not to be named because his bank is bidding for a role in the offer, said the valuation looked "demanding" after a weak harvest and another year of swings in the lira.
L city Istanbul
Q direct - :: "demanding"
> "Investors will like the Giresun story, but they will price in the weather," he said. "One bad April and the margins are gone."
Q direct - :: "Investors will like the Giresun story, but they will price in the weather,"
L city Giresun
Q direct - :: "One bad April and the margins are gone."
F number One
> Galata Yatırım and Kuzey Menkul Değerler are leading the offer. The shares are due to start trading on April 13 under the ticker COTNK.
O company Galata Yatırım
O company Kuzey Menkul Değerler
F date April 13
> In Fatsa, grower Mustafa Karaoğlan, 63, who farms 40 decares of hazelnut orchards, said growers would judge the company by what it paid at harvest time.
L city Fatsa
P full Mustafa Karaoğlan
F age 63
F quantity 40 decares
> "They say value at home. Let them show it in the price they pay us in August," he said.
Q direct Mustafa Karaoğlan :: "They say value at home. Let them show it in the price they pay us in August,"
'''

ARTICLES['387-panthers-fife-flyers-playoff-quarter-final-aggregate-national-ice-centre-nottingham-post'] = r'''
> Nottingham Panthers
O team Nottingham Panthers
> Panthers hold off Fife Flyers to reach Playoff Finals weekend
O team Panthers
O team Fife Flyers
> Rory Quennell's side won 4-3 on the night and 7-5 on aggregate after a nervy finish at the National Ice Centre
P full Rory Quennell
F score 4-3
F score 7-5
L facility National Ice Centre
> By Harvey Stannard, Panthers reporter
P full Harvey Stannard
O team Panthers
> 22:14, 26 MAR 2039
F time 22:14
F date 26 MAR 2039
> Joona Vähäkangas celebrates his second goal against Fife Flyers at the National Ice Centre (Image: Dean Kiernan/Nottingham Post)
P full Joona Vähäkangas
O team Fife Flyers
L facility National Ice Centre
P full Dean Kiernan
O media Nottingham Post
> Nottingham Panthers are through to Playoff Finals weekend for the first time in four years after edging Fife Flyers 4-3 at the National Ice Centre on Saturday night to win their Elite League quarter-final 7-5 on aggregate.
O team Nottingham Panthers
F duration four years
O team Fife Flyers
F score 4-3
L facility National Ice Centre
O other Elite League
F score 7-5
> Leading 3-2 from the first leg in Kirkcaldy, the Panthers never trailed on the night, but they needed a stretching save from Sam Igbinedion in the final seconds to get over the line in front of 6,914 fans.
F score 3-2
L city Kirkcaldy
O team Panthers
P full Sam Igbinedion
F number 6,914
> Joona Vähäkangas scored twice and captain Tyler Brassington had a goal and three assists as Nottingham went 2 for 5 on the power play.
P full Joona Vähäkangas
P full Tyler Brassington
F number three
O team Nottingham
F number 2
F number 5
> Vähäkangas opened the scoring at 7:41 of the first period, one-timing a Brassington pass past Travis Dahl with Fife's Henrik Lövgren in the box.
P partial Vähäkangas
F time 7:41
P partial Brassington
P full Travis Dahl
O team Fife
P full Henrik Lövgren
> Fraser Lumsden levelled at 4:02 of the second, but Marek Hudáček's point shot restored the lead 69 seconds later and Brassington made it 3-1 with a short-handed breakaway at 16:38.
P full Fraser Lumsden
F time 4:02
P full Marek Hudáček
F duration 69 seconds
P partial Brassington
F score 3-1
F time 16:38
> Vähäkangas's second, a deflection on the power play at 3:27 of the third, looked to have settled it. Instead Cody Van Slyke pulled one back on a Fife power play at 11:50, and the Flyers outshot Nottingham 14-6 in the final period.
P partial Vähäkangas
F time 3:27
P full Cody Van Slyke
O team Fife
F time 11:50
O team Flyers
O team Nottingham
F number 14-6
> Fife pulled Dahl for an extra attacker with 2:11 left, and Jean-Sébastien Roy's wrist shot from the slot cut the gap to one with 58 seconds remaining. Igbinedion then stretched to his left to deny Van Slyke at the back post with five seconds to go.
O team Fife
P partial Dahl
F time 2:11
P full Jean-Sébastien Roy
F number one
F duration 58 seconds
P partial Igbinedion
P partial Van Slyke
F duration five seconds
> "We made it harder than it needed to be," Quennell said. "When you're two goals up with half a period to play, you have to manage the game, and we gave them a sniff. But Sam was outstanding when it mattered."
Q direct Rory Quennell :: "We made it harder than it needed to be,"
P partial Quennell
Q direct Rory Quennell :: "When you're two goals up with half a period to play, you have to manage the game, and we gave them a sniff. But Sam was outstanding when it mattered."
F number two
F fraction half
P partial Sam
> Flyers head coach Gavin Cessford said his side had "left it too late" in both legs.
O team Flyers
P full Gavin Cessford
Q direct Gavin Cessford :: "left it too late"
> "I'm proud of the boys. We came to Nottingham as the underdogs and we were a post away from overtime," he said.
Q direct Gavin Cessford :: "I'm proud of the boys. We came to Nottingham as the underdogs and we were a post away from overtime,"
L city Nottingham
> Nottingham will face the Belfast Giants or the Cardiff Devils in the semi-finals on April 9, with the final the following day. Belfast lead that tie 4-2 after the first leg at the SSE Arena.
O team Nottingham
O team Belfast Giants
O team Cardiff Devils
F date April 9
O team Belfast
F score 4-2
L facility SSE Arena
> Tickets for the weekend, priced from £29 for adults, go on general sale on Monday.
F money £29
> Scoring summary
> Nottingham Panthers 4 Fife Flyers 3 (1-0, 2-1, 1-2)
O team Nottingham Panthers
F score 4
O team Fife Flyers
F score 3
F score 1-0
F score 2-1
F score 1-2
> First period: 1-0 NOT Vähäkangas (Brassington, Hudáček) 7:41 (PP)
F score 1-0
O team NOT
P partial Vähäkangas
P partial Brassington
P partial Hudáček
F time 7:41
> Second period: 1-1 FIF Lumsden (Roy, Lövgren) 4:02; 2-1 NOT Hudáček (Brassington, Mulqueen) 5:11; 3-1 NOT Brassington 16:38 (SH)
F score 1-1
O team FIF
P partial Lumsden
P partial Roy
P partial Lövgren
F time 4:02
F score 2-1
O team NOT
P partial Hudáček
P partial Brassington
P partial Mulqueen
F time 5:11
F score 3-1
O team NOT
P partial Brassington
F time 16:38
> Third period: 4-1 NOT Vähäkangas (Brassington, LaFontaine-Oakes) 3:27 (PP); 4-2 FIF Van Slyke (Lumsden) 11:50 (PP); 4-3 FIF Roy (Van Slyke, Lövgren) 19:02 (6x5)
F score 4-1
O team NOT
P partial Vähäkangas
P partial Brassington
P partial LaFontaine-Oakes
F time 3:27
F score 4-2
O team FIF
P partial Van Slyke
P partial Lumsden
F time 11:50
F score 4-3
O team FIF
P partial Roy
P partial Van Slyke
P partial Lövgren
F time 19:02
F score 6x5
> Shots: Panthers 31 (12, 13, 6), Flyers 29 (7, 8, 14)
O team Panthers
F number 31
F number 12
F number 13
F number 6
O team Flyers
F number 29
F number 7
F number 8
F number 14
> Netminders: Igbinedion 26/29, Dahl 27/31
P partial Igbinedion
F number 26/29
P partial Dahl
F number 27/31
> Power plays: Panthers 2/5, Flyers 1/4
O team Panthers
F number 2/5
O team Flyers
F number 1/4
> Penalty minutes: Panthers 8, Flyers 10
O team Panthers
F number 8
O team Flyers
F number 10
> Man of the match: Brassington (Panthers), Dahl (Flyers)
P partial Brassington
O team Panthers
P partial Dahl
O team Flyers
> Attendance: 6,914
F number 6,914
'''

ARTICLES['388-zambezi-foot-and-mouth-outbreak-sibbinda-cattle-sales-frozen-new-era'] = r'''
> Agriculture
> Zambezi farmers count losses as foot-and-mouth freezes cattle sales
L region Zambezi
> Aurelia Simasiku
P full Aurelia Simasiku
> 18 March 2039
F date 18 March 2039
> Veterinary officials vaccinate cattle at a crush pen near Sibbinda on Saturday. Photo: Contributed
L city Sibbinda
> KATIMA MULILO – Cattle farmers in the Zambezi region say they stand to lose more than N$30 million after an outbreak of foot-and-mouth disease (FMD) near Sibbinda forced the closure of the Katima Mulilo abattoir and a ban on all livestock movement out of the region.
L city KATIMA MULILO
L region Zambezi
F money N$30 million
L city Sibbinda
L facility Katima Mulilo
> The Directorate of Veterinary Services (DVS) in the Ministry of Agriculture, Fisheries, Water and Land Reform confirmed the outbreak on 9 March, after samples from 14 cattle at two villages in the Sibbinda constituency tested positive for the SAT2 strain of the virus.
O government Directorate of Veterinary Services
O government DVS
O government Ministry of Agriculture, Fisheries, Water and Land Reform
F date 9 March
F number 14
F number two
L region Sibbinda
> Chief veterinary officer Dr Tuyeni Amukoto-Hangula said 41,600 cattle within a 20-kilometre radius of the affected villages had been vaccinated since Thursday.
P full Tuyeni Amukoto-Hangula
F number 41,600
F quantity 20-kilometre
> “We are vaccinating from the outside in, to build a wall of immunity around Sibbinda. Restrictions will stay in place until we have had 28 days without a new case,” she said.
Q direct Tuyeni Amukoto-Hangula :: “We are vaccinating from the outside in, to build a wall of immunity around Sibbinda. Restrictions will stay in place until we have had 28 days without a new case,”
L city Sibbinda
F duration 28 days
> It is the region’s first confirmed outbreak since 2033, when movement restrictions lasted almost five months.
F date 2033
F duration five months
> The Zambezi region lies north of the veterinary cordon fence, known as the Red Line, which separates the FMD-free south, whose beef can be sold to the European Union and the United Kingdom, from the northern communal areas where the virus circulates in wild buffalo.
L region Zambezi
L facility Red Line
O intergovernmental European Union
L country United Kingdom
> Buffalo moving between Botswana’s Chobe National Park and the Bwabwata and Mudumu national parks are believed to have carried the virus to cattle grazing on the Kwando floodplain late in the dry season.
L country Botswana
L geo Chobe National Park
L geo Bwabwata
L geo Mudumu
L geo Kwando
> Gift Mubita, 58, who keeps 210 cattle at Kongola, said the ban had come at the worst time for families.
P full Gift Mubita
F age 58
F number 210
L city Kongola
> “My children’s school fees come from the kraal. Now I cannot sell even one ox, and the buyers from Katima are telling us to wait until June,” he said.
Q direct Gift Mubita :: “My children’s school fees come from the kraal. Now I cannot sell even one ox, and the buyers from Katima are telling us to wait until June,”
F number one
L city Katima
> At Bukalo, farmer Memory Sitali said three of her neighbours had already sold goats at half price to informal traders “because the school term does not wait for the vet”.
L city Bukalo
P full Memory Sitali
F number three
F fraction half
Q direct Memory Sitali :: “because the school term does not wait for the vet”
> The Meat Corporation of Namibia (Meatco), which operates the Katima Mulilo abattoir, said in a statement that it had suspended slaughtering “with immediate effect” and that 1,350 cattle booked for March and April would be rescheduled.
O company Meat Corporation of Namibia
O company Meatco
L facility Katima Mulilo
Q direct Meat Corporation of Namibia :: “with immediate effect”
F number 1,350
> Farmers in the region sold 9,800 cattle to the abattoir last year at an average of N$7,450 a head, according to Meatco.
F number 9,800
F money N$7,450
O company Meatco
> Zambezi regional governor Ignatius Siyanga Mwiya said the government had released N$4.5 million for vaccines, fuel and overtime for veterinary teams, and that police had set up checkpoints at Kongola, the Bukalo turn-off and the Ngoma border post, where vehicles are sprayed and meat products confiscated.
L region Zambezi
P full Ignatius Siyanga Mwiya
F money N$4.5 million
L city Kongola
L city Bukalo
L facility Ngoma
> “I appeal to our farmers not to move animals at night. One animal moved illegally can undo weeks of work,” Mwiya said at a meeting with traditional leaders in Katima Mulilo on Monday.
Q direct Ignatius Siyanga Mwiya :: “I appeal to our farmers not to move animals at night. One animal moved illegally can undo weeks of work,”
F number One
P partial Mwiya
L city Katima Mulilo
> The Namibia National Farmers Union (NNFU) called for compensation for communal farmers who cannot sell animals during the quarantine. About 70% of households in the region keep cattle, according to the union.
O nonprofit Namibia National Farmers Union
O nonprofit NNFU
F percent 70%
> “Communal farmers did not bring this disease, but they are the ones paying for it,” NNFU secretary general Ndapewa Haufiku said.
Q direct Ndapewa Haufiku :: “Communal farmers did not bring this disease, but they are the ones paying for it,”
O nonprofit NNFU
P full Ndapewa Haufiku
> Botswana’s Department of Veterinary Services said it had stepped up patrols along the Chobe River and suspended cattle imports from Namibia for 90 days.
L country Botswana
O government Department of Veterinary Services
L geo Chobe River
L country Namibia
F duration 90 days
> – asimasiku@nepc.com.na
'''

ARTICLES['389-china-maine-town-meeting-fire-station-bond-boat-launch-fee-morning-sentinel'] = r'''
> Local & State
> China voters approve fire station bond, reject boat launch fee for nonresidents
L city China
> Residents spent more than five hours on 48 warrant articles Saturday at China Middle School.
F duration five hours
F number 48
O education China Middle School
> By Jasper Thibodeau
P full Jasper Thibodeau
> Morning Sentinel
O media Morning Sentinel
> Posted March 26, 2039 | Updated March 27, 2039
F date March 26, 2039
F date March 27, 2039
> Residents raise their voting cards during China’s annual town meeting Saturday at China Middle School. Jasper Thibodeau/Morning Sentinel
L city China
O education China Middle School
P full Jasper Thibodeau
O media Morning Sentinel
> CHINA — Voters at China’s annual town meeting on Saturday agreed to borrow $2.4 million for a new fire station in South China but turned down, by 61 votes, a proposal to charge nonresidents $25 a day to launch boats on China Lake.
L city CHINA
L city China
F money $2.4 million
L city South China
F number 61
F money $25
L geo China Lake
> About 240 residents filled the gymnasium at China Middle School for a meeting that opened at 9 a.m. and ended shortly before 2:30 p.m., with a half-hour break for lunch.
F number 240
O education China Middle School
F time 9 a.m.
F time 2:30 p.m.
F duration half-hour
> The fire station article passed 163-71 on a paper ballot. The South China Volunteer Fire Department has worked since 1964 out of a two-bay building on Route 3 that is too small for its newest engine, Chief Arlen Tobey told the meeting.
F number 163-71
O government South China Volunteer Fire Department
F date 1964
F number two
L street Route 3
P full Arlen Tobey
> “We have about 4 inches of clearance on either side when we back it in,” Tobey said. “The day somebody gets pinned against that door frame, this town is going to wish it had done this five years ago.”
Q direct Arlen Tobey :: “We have about 4 inches of clearance on either side when we back it in,”
F quantity 4 inches
P partial Tobey
Q direct Arlen Tobey :: “The day somebody gets pinned against that door frame, this town is going to wish it had done this five years ago.”
F duration five years
> The 20-year bond will add about $31 a year to the tax bill on a home valued at $250,000, Select Board Chair Priscilla Vashon said. The station, on land the town already owns next to the transfer station, is expected to open in late 2040.
F duration 20-year
F money $31
F money $250,000
P full Priscilla Vashon
F date 2040
> Article 31, the boat launch fee, failed 152-91 on a hand count after nearly an hour of debate.
F number 152-91
> The China Lake Watershed Council, a volunteer group that pays inspectors to check boats for invasive plants at the public launch in China Village, had asked for the fee to cover about $18,000 a year in inspection costs.
O nonprofit China Lake Watershed Council
L city China Village
F money $18,000
> “Every one of those trailers could be carrying milfoil from a lake in Massachusetts or New Hampshire,” said Noreen Gagné-Whitcomb, who chairs the council. “Once it’s in China Lake, it’s in China Lake for good.
Q direct Noreen Gagné-Whitcomb :: “Every one of those trailers could be carrying milfoil from a lake in Massachusetts or New Hampshire,”
L region Massachusetts
L region New Hampshire
P full Noreen Gagné-Whitcomb
Q direct Noreen Gagné-Whitcomb :: “Once it’s in China Lake, it’s in China Lake for good.
L geo China Lake
L geo China Lake
> “We are asking people from away to pay a little toward keeping it out. I don’t think that’s unreasonable.”
Q direct Noreen Gagné-Whitcomb :: “We are asking people from away to pay a little toward keeping it out. I don’t think that’s unreasonable.”
> Opponents said the fee would be hard to collect and unfair to families from neighboring towns who have used the launch for generations. Harold “Bud” Lessard, 81, said he had fished the lake since he was 6.
P full Harold “Bud” Lessard
Q scare - :: “Bud”
F age 81
F age 6
> “My father launched there, I launched there, and my grandkids launch there. This town has never charged anybody to put a boat in the water, and I don’t want to be in the room when we start,” he said.
Q direct Harold “Bud” Lessard :: “My father launched there, I launched there, and my grandkids launch there. This town has never charged anybody to put a boat in the water, and I don’t want to be in the room when we start,”
> The lake also supplies drinking water to about 20,000 people in Waterville, Winslow, Fairfield, Benton and Vassalboro through the Kennebec Water District, which draws from its west basin.
F number 20,000
L city Waterville
L city Winslow
L city Fairfield
L city Benton
L city Vassalboro
O government Kennebec Water District
> Voters also approved a $4.18 million municipal budget, up 3.9% from last year, and accepted a $36,500 grant from the Maine Department of Environmental Protection to control erosion along Lakeview Drive.
F money $4.18 million
F percent 3.9%
F money $36,500
O government Maine Department of Environmental Protection
L street Lakeview Drive
> A proposal to study sharing a code enforcement officer with neighboring Palermo and Albion was tabled until a special town meeting in June.
L city Palermo
L city Albion
> Town Moderator Thaddeus Bickford, running his 17th meeting, held speakers to three minutes each and twice reminded the hall that only registered voters could take part.
P full Thaddeus Bickford
F duration three minutes
> The town’s other two fire departments, in China Village and Weeks Mills, will be asked to bring a plan for sharing equipment to next year’s meeting.
F number two
L city China Village
L city Weeks Mills
'''

ARTICLES['390-south-moravian-governor-ousted-hospital-merger-stan-ano-brno-daily'] = r'''
> Politics
> South Moravian Governor Ousted as Hospital Merger Splits Regional Coalition
> Councillors voted 34 to 29 to remove Radek Šimůnek (ANO) after STAN withdrew its support over plans to merge six regional hospitals into one company.
F number 34
F number 29
P full Radek Šimůnek
O party ANO
O party STAN
F number six
F number one
> Daniel Brzobohatý
P full Daniel Brzobohatý
> 17 March 2039
F date 17 March 2039
> The South Moravian Regional Assembly meets in the regional authority building on Žerotínovo náměstí in Brno. Photo credit: JMK
O government South Moravian Regional Assembly
L street Žerotínovo náměstí
L city Brno
O government JMK
> Brno, Mar 17 (BD) – The South Moravian Regional Assembly voted on Thursday to remove governor Radek Šimůnek, ending a coalition of ANO, the Mayors and Independents (STAN) and the Christian Democrats (KDU-ČSL) that had governed the region since the 2036 regional elections.
L city Brno
F date Mar 17
O media BD
O government South Moravian Regional Assembly
P full Radek Šimůnek
O party ANO
O party Mayors and Independents
O party STAN
O party Christian Democrats
O party KDU-ČSL
F date 2036
> The motion of no confidence, tabled by the Civic Democrats (ODS) and the Pirates, passed 34 to 29 with two abstentions in the 65-seat assembly after STAN's nine councillors sided with the opposition.
O party Civic Democrats
O party ODS
O party Pirates
F number 34
F number 29
F number two
F number 65
O party STAN
F number nine
> The split came over Šimůnek's plan to fold the six hospitals the region owns – in Znojmo, Kyjov, Vyškov, Ivančice, Tišnov and Hustopeče – into a single joint-stock company with a combined budget of about CZK 11 billion (EUR 440 million) a year.
P partial Šimůnek
F number six
L city Znojmo
L city Kyjov
L city Vyškov
L city Ivančice
L city Tišnov
L city Hustopeče
F money CZK 11 billion
F money EUR 440 million
> Under the plan, the maternity wards in Ivančice and Tišnov would have closed, with births moved to Brno.
L city Ivančice
L city Tišnov
L city Brno
> "We were told this was about efficiency. In practice it meant closing two maternity wards and telling women from Tišnov to drive 40 minutes to Brno," Ondřej Kos, who leads STAN's group in the assembly, told Brno Daily.
Q direct Ondřej Kos :: "We were told this was about efficiency. In practice it meant closing two maternity wards and telling women from Tišnov to drive 40 minutes to Brno,"
F number two
L city Tišnov
F duration 40 minutes
L city Brno
P full Ondřej Kos
O party STAN
O media Brno Daily
> Šimůnek, 52, a former mayor of Slavkov u Brna, called the vote "a political execution" and said ANO, with 24 of the 65 seats, remained by far the strongest party in the region.
P partial Šimůnek
F age 52
L city Slavkov u Brna
Q direct Radek Šimůnek :: "a political execution"
O party ANO
F number 24
F number 65
> "Nobody in that room put forward an alternative. They only know how to say no," he told reporters after the session. "The hospitals are losing CZK 600 million a year. That does not go away because I do."
Q direct Radek Šimůnek :: "Nobody in that room put forward an alternative. They only know how to say no,"
Q direct Radek Šimůnek :: "The hospitals are losing CZK 600 million a year. That does not go away because I do."
F money CZK 600 million
> Regional governors, known in Czech as hejtman, are elected by the assemblies rather than by voters. The assembly is due to choose Šimůnek's successor on April 7.
P partial Šimůnek
F date April 7
> ODS regional chair Markéta Holubová, 44, deputy mayor of Blansko, is seen as the front-runner, but a coalition of ODS, STAN and the Pirates would hold only 31 seats and need the support of KDU-ČSL, whose five councillors voted with Šimůnek on Thursday.
O party ODS
P full Markéta Holubová
F age 44
L city Blansko
O party ODS
O party STAN
O party Pirates
F number 31
O party KDU-ČSL
F number five
P partial Šimůnek
> Holubová said the hospitals would stay "in regional hands and in their towns" and that she would not revive the merger in its current form.
P partial Holubová
Q direct Markéta Holubová :: "in regional hands and in their towns"
> KDU-ČSL regional chairman Vojtěch Lébl said the party would "talk to everyone, including ANO" before deciding. The five councillors of Freedom and Direct Democracy (SPD) split, with three backing the motion and two abstaining.
O party KDU-ČSL
P full Vojtěch Lébl
Q direct Vojtěch Lébl :: "talk to everyone, including ANO"
O party ANO
F number five
O party Freedom and Direct Democracy
O party SPD
F number three
F number two
> In a statement, ANO's national leadership said it "respects the decision of the assembly" but accused STAN of "betraying voters who chose stability in 2036."
O party ANO
Q direct ANO :: "respects the decision of the assembly"
O party STAN
Q direct ANO :: "betraying voters who chose stability in 2036."
F date 2036
> South Moravia, home to about 1.2 million people, is the Czech Republic's third most populous region after Central Bohemia and Prague. Its six regional hospitals employ around 4,100 staff and treated 212,000 patients last year, according to the regional authority.
L region South Moravia
F number 1.2 million
L country Czech Republic
L region Central Bohemia
L city Prague
F number six
F number 4,100
F number 212,000
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
