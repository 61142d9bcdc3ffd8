#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval267 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval267/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1645-hokuriku-shinkansen-tsuruga-obama-extension-opens-jr-west-kyodo-news'] = r'''
> KYODO NEWS - Mar 16, 2041 - 18:40 | Japan, All
O media KYODO NEWS
F date Mar 16, 2041
F time 18:40
L country Japan
> Bullet train line extended west from Tsuruga, cutting Kanazawa-Kyoto trip by 25 minutes
L city Tsuruga
L city Kanazawa
L city Kyoto
F duration 25 minutes
> Photo taken March 16, 2041, shows a bullet train leaving Tsuruga Station in Fukui Prefecture for Obama on the newly opened section of the Hokuriku Shinkansen. (Kyodo)
F date March 16, 2041
L facility Tsuruga Station
L region Fukui Prefecture
L city Obama
L facility Hokuriku Shinkansen
O media Kyodo
> A 50-kilometer extension of the Hokuriku Shinkansen westward from Tsuruga opened Saturday, bringing bullet trains to the Wakasa Bay coast of Fukui Prefecture for the first time and shortening the journey between Tokyo and the Kansai region.
F quantity 50-kilometer
L facility Hokuriku Shinkansen
L city Tsuruga
L geo Wakasa Bay
L region Fukui Prefecture
L city Tokyo
L region Kansai
> The first train, carrying 642 passengers, left Tsuruga Station at 6:12 a.m. and pulled into Obama-Onsen Station 17 minutes later, according to operator West Japan Railway Co., or JR West. The company says the fastest trip from Kanazawa to Kyoto, with a change at Obama to a connecting express, now takes one hour and 52 minutes, 25 minutes less than via Tsuruga.
F number 642
L facility Tsuruga Station
F time 6:12 a.m.
L facility Obama-Onsen Station
F duration 17 minutes
O company West Japan Railway Co.
O company JR West
L city Kanazawa
L city Kyoto
L city Obama
F duration one hour
F duration 52 minutes
F duration 25 minutes
L city Tsuruga
> The section, built by the state-backed Japan Railway Construction, Transport and Technology Agency, or JRTT, cost 1.14 trillion yen ($7.6 billion), about 30 percent more than estimated when the government chose the route in 2016. JRTT blamed higher steel prices and a 9-km tunnel near the town of Mihama that took 14 months longer than planned.
O government Japan Railway Construction, Transport and Technology Agency
O government JRTT
F money 1.14 trillion yen
F money $7.6 billion
F percent 30 percent
F date 2016
O government JRTT
F quantity 9-km
L city Mihama
F duration 14 months
> "People in Wakasa have waited more than 40 years for this day," JR West President Kenta Morikawa told a ceremony at Obama-Onsen Station attended by some 300 guests. "We built the line for those who live here, not only for tourists.
Q direct Kenta Morikawa :: "People in Wakasa have waited more than 40 years for this day,"
Q direct Kenta Morikawa :: "We built the line for those who live here, not only for tourists.
L region Wakasa
F duration 40 years
O company JR West
P full Kenta Morikawa
L facility Obama-Onsen Station
F number 300
> "A high school student in Obama can now reach a university in Kanazawa in 70 minutes and be home for dinner."
Q direct Kenta Morikawa :: "A high school student in Obama can now reach a university in Kanazawa in 70 minutes and be home for dinner."
L city Obama
L city Kanazawa
F duration 70 minutes
> Morikawa, 61, said JR West expects about 18,000 passengers a day on the section in its first year, and called the opening "a new chapter" for the Sea of Japan coast.
P partial Morikawa
F age 61
O company JR West
F number 18,000
Q direct Kenta Morikawa :: "a new chapter"
L geo Sea of Japan
> In Obama, hotel owner Yumiko Tanabe said bookings at her 24-room inn near the fishing port were up 45 percent for April and May compared with a year earlier.
L city Obama
P full Yumiko Tanabe
F number 24
F percent 45 percent
> "For years guests told me, 'Obama is lovely, but it is too far.' Now they have no excuse," said Tanabe, 66. She has hired three new staff and plans to open a cafe by summer.
Q direct Yumiko Tanabe :: "For years guests told me, 'Obama is lovely, but it is too far.' Now they have no excuse,"
L city Obama
P partial Tanabe
F age 66
F number three
> Towns on the old route worry that fewer travelers will stop in Tsuruga, and Fukui Prefecture must pay about 160 billion yen of the bill. A Fukui prefectural official, speaking on condition of anonymity, said the prefecture had "no choice but to pay."
L city Tsuruga
L region Fukui Prefecture
F money 160 billion yen
L region Fukui
Q direct - :: "no choice but to pay."
> Hiroshi Nakagawa, a senior official at the Ministry of Land, Infrastructure, Transport and Tourism, said the state would cover two-thirds of the cost of the remaining stretch from Obama to Kyoto and Shin-Osaka, a route of about 80 km that is not expected to be finished before the 2050s. "We understand the burden on local finances," he said.
P full Hiroshi Nakagawa
O government Ministry of Land, Infrastructure, Transport and Tourism
F fraction two-thirds
L city Obama
L city Kyoto
L facility Shin-Osaka
F quantity 80 km
F date 2050s
Q direct Hiroshi Nakagawa :: "We understand the burden on local finances,"
> Among the crowd on the platform was Ryota Ishida, 34, a railway fan from Osaka who had ridden the last "Thunderbird" limited express and queued from 3 a.m. to board the first train.
P full Ryota Ishida
F age 34
L city Osaka
Q scare - :: "Thunderbird"
F time 3 a.m.
> "I have been counting down the days since I was a child," he said. "The sound of the doors opening at Obama, I will never forget it."
Q direct Ryota Ishida :: "I have been counting down the days since I was a child,"
Q direct Ryota Ishida :: "The sound of the doors opening at Obama, I will never forget it."
L city Obama
> JR West plans 22 round trips a day on the section, with the fare from Tsuruga to Obama set at 3,260 yen.
O company JR West
F number 22
L city Tsuruga
L city Obama
F money 3,260 yen
'''

ARTICLES['1646-dublin-airport-passenger-cap-daa-fingal-planners-swords-irish-independent'] = r'''
> Irish News
> Dublin Airport cap: daa warns of ‘lost decade’ as council planners hold the line at 40 million
L facility Dublin Airport
O company daa
Q direct daa :: ‘lost decade’
F number 40 million
> Airlines say the limit will cost thousands of jobs, but residents in Swords fear more early-morning flights
L city Swords
> Niamh Gallagher
P full Niamh Gallagher
> Tue 12 Mar 2041 at 18:05
F date 12 Mar 2041
F time 18:05
> Aircraft on the apron at Dublin Airport, where passenger numbers reached 39.6 million last year. Photo: Ciarán Moloney/Collins
L facility Dublin Airport
F number 39.6 million
P full Ciarán Moloney
O media Collins
> Dublin Airport’s operator daa has said Ireland faces a “lost decade” for tourism and trade unless planners lift the cap on passenger numbers, after Fingal County Council refused to raise the limit above 40 million a year.
L facility Dublin Airport
O company daa
L country Ireland
Q direct daa :: “lost decade”
O government Fingal County Council
F number 40 million
> The council last week granted permission for a new apron and a 4,000sq m extension to Terminal 2, but attached a condition holding traffic at 40 million passengers until at least 2045. daa had applied for 48 million, the figure it says the airport will need by 2050.
F quantity 4,000sq m
L facility Terminal 2
F number 40 million
F date 2045
O company daa
F number 48 million
F date 2050
> Chief executive Orla Brennan-Ward said the decision was “a handbrake on the whole economy”.
P full Orla Brennan-Ward
Q direct Orla Brennan-Ward :: “a handbrake on the whole economy”
> “We are turning away airlines that want to fly to Dublin. Every route we can’t take goes to Amsterdam, to Manchester, to Paris,” she said. “Passenger numbers grew 6pc last year even with the cap in place.
Q direct Orla Brennan-Ward :: “We are turning away airlines that want to fly to Dublin. Every route we can’t take goes to Amsterdam, to Manchester, to Paris,”
Q direct Orla Brennan-Ward :: “Passenger numbers grew 6pc last year even with the cap in place.
L city Dublin
L city Amsterdam
L city Manchester
L city Paris
F percent 6pc
> “If the limit stays where it is for another four years, we estimate the country loses €1.8bn in tourist spending and up to 2,500 jobs that are never created.”
Q direct Orla Brennan-Ward :: “If the limit stays where it is for another four years, we estimate the country loses €1.8bn in tourist spending and up to 2,500 jobs that are never created.”
F duration four years
F money €1.8bn
F number 2,500
> Ms Brennan-Ward (52), who took over at daa in 2038, said the company would appeal to An Coimisiún Pleanála within the four-week deadline.
P partial Brennan-Ward
F age 52
O company daa
F date 2038
O government An Coimisiún Pleanála
F duration four-week
> A senior planner at Fingal County Council, Declan Fahy, told the Irish Independent the cap reflected noise limits agreed when the north runway opened in 2022.
O government Fingal County Council
P full Declan Fahy
O media Irish Independent
F date 2022
> “Our job is to balance the national interest against the people who live under the flight path,” Mr Fahy said. “We had 1,100 noise complaints from Fingal last year alone.”
Q direct Declan Fahy :: “Our job is to balance the national interest against the people who live under the flight path,”
Q direct Declan Fahy :: “We had 1,100 noise complaints from Fingal last year alone.”
P partial Fahy
F number 1,100
L region Fingal
> He said the council would look again at the condition if daa could show that average noise levels in Swords, St Margaret’s and Portmarnock had fallen by 3 decibels.
O company daa
L city Swords
L city St Margaret’s
L city Portmarnock
F quantity 3 decibels
> Airlines were quick to respond. Aer Lingus chief executive Conor Prendiville called the ruling “madness” and said the carrier had shelved plans for eight new routes to North America.
O company Aer Lingus
P full Conor Prendiville
Q direct Conor Prendiville :: “madness”
F number eight
L continent North America
> “We have aircraft on order and nowhere to put them. They will go to Madrid or Lisbon instead, and so will the jobs,” he said, adding that the airline would “look at every option”, including basing more crew in Cork and Shannon.
Q direct Conor Prendiville :: “We have aircraft on order and nowhere to put them. They will go to Madrid or Lisbon instead, and so will the jobs,”
L city Madrid
L city Lisbon
Q direct Conor Prendiville :: “look at every option”
L city Cork
L city Shannon
> Almost a third of last year’s passengers were flying to or from Britain, according to daa figures, and transfer traffic to the US rose by 11pc.
F fraction a third
L country Britain
O company daa
L country US
F percent 11pc
> In Swords, residents have a different worry. Bernadette Kehoe (71), who has lived on Forest Road for 44 years, said she is woken by aircraft at 5.30am most mornings.
L city Swords
P full Bernadette Kehoe
F age 71
L street Forest Road
F duration 44 years
F time 5.30am
> “They say it’s only 40 million. To us it’s one plane every two minutes,” she said. “Nobody from the airport has ever come to count them from my back garden.”
Q direct Bernadette Kehoe :: “They say it’s only 40 million. To us it’s one plane every two minutes,”
Q direct Bernadette Kehoe :: “Nobody from the airport has ever come to count them from my back garden.”
F number 40 million
F number one
F duration two minutes
> A spokesperson for the Department of Transport said the minister “notes the council’s decision” and would not comment while an appeal was possible.
O government Department of Transport
Q direct - :: “notes the council’s decision”
'''

ARTICLES['1647-dodgers-beat-yankees-game-3-world-series-okafor-two-homers-dodger-stadium-ap'] = r'''
> MLB
O other MLB
> Dodgers Beat Yankees 5-3 to Take World Series Lead Behind Okafor's Two Homers
O team Dodgers
O team Yankees
F score 5-3
P partial Okafor
F number Two
> Dante Okafor went deep twice and Los Angeles moved two wins from a title, beating New York in Game 3 at Dodger Stadium.
P full Dante Okafor
O team Los Angeles
F number two
O team New York
L facility Dodger Stadium
> BY RAY CASTELLANO
P full RAY CASTELLANO
> AP Baseball Writer
O media AP
> Updated 11:52 PM PDT, October 25, 2041
F time 11:52 PM PDT
F date October 25, 2041
> Los Angeles Dodgers' Dante Okafor, right, celebrates with Miguel Arroyo-Santos after hitting a two-run home run during the sixth inning in Game 3 of the baseball World Series against the New York Yankees, Friday, Oct. 25, 2041, in Los Angeles. (AP Photo/Lena Whitcomb)
O team Los Angeles Dodgers
P full Dante Okafor
P full Miguel Arroyo-Santos
F number two
O team New York Yankees
F date Oct. 25, 2041
L city Los Angeles
O media AP
P full Lena Whitcomb
> LOS ANGELES (AP) — Dante Okafor hit two home runs, including a tiebreaking two-run shot in the sixth inning, and the Los Angeles Dodgers beat the New York Yankees 5-3 on Friday night to take a 2-1 lead in the World Series.
L city LOS ANGELES
O media AP
P full Dante Okafor
F number two
F number two
O team Los Angeles Dodgers
O team New York Yankees
F score 5-3
F score 2-1
> Okafor, a 27-year-old outfielder from the Dominican Republic nicknamed "El Cañón," drove a 97 mph fastball from Yankees starter Colby Hartigan 421 feet to center with Arroyo-Santos aboard, sending a sellout crowd of 52,846 into a frenzy. He had led off the second with a solo drive to right.
P partial Okafor
F age 27-year-old
L country Dominican Republic
Q scare - :: "El Cañón,"
F quantity 97 mph
O team Yankees
P full Colby Hartigan
F quantity 421 feet
P partial Arroyo-Santos
F number 52,846
> "He's been locked in since September," Dodgers manager Tomás Villaseñor said. "The first one, he was just trying to get on base. The second one, that's a grown man's swing. I told him in the dugout, 'You just won us a ballgame in October.'"
Q direct Tomás Villaseñor :: "He's been locked in since September,"
Q direct Tomás Villaseñor :: "The first one, he was just trying to get on base. The second one, that's a grown man's swing. I told him in the dugout, 'You just won us a ballgame in October.'"
O team Dodgers
P full Tomás Villaseñor
> Jalen Whitby's two-run homer in the fourth had given New York a 2-1 lead before Arroyo-Santos tied it with a sacrifice fly in the fifth. The Yankees pulled within 4-3 on Nico Varela's RBI double in the eighth, but Dylan Ferris answered with a run-scoring single in the bottom half.
P full Jalen Whitby
F number two
O team New York
F score 2-1
P partial Arroyo-Santos
O team Yankees
F score 4-3
P full Nico Varela
P full Dylan Ferris
> Dodgers right-hander Kenji Watabe (1-0) allowed two runs and five hits over 6 2/3 innings, striking out eight and walking one on 98 pitches. Three relievers finished, with Marcus Bell-Adeyemi getting the final four outs for his second save of the postseason.
O team Dodgers
P full Kenji Watabe
F score 1-0
F number two
F number five
F number 6 2/3
F number eight
F number one
F number 98
F number Three
P full Marcus Bell-Adeyemi
F number four
> Hartigan (0-1) gave up four runs in 5 1/3 innings and threw 91 pitches, 58 for strikes.
P partial Hartigan
F score 0-1
F number four
F number 5 1/3
F number 91
F number 58
> "I left one pitch up, and he didn't miss it," Hartigan said. "That's the World Series. You make one mistake and you wear it."
Q direct Colby Hartigan :: "I left one pitch up, and he didn't miss it,"
Q direct Colby Hartigan :: "That's the World Series. You make one mistake and you wear it."
F number one
P partial Hartigan
F number one
> Yankees manager Glen Osterhaus said his team "had chances and didn't cash them," pointing to the 11 runners New York stranded, nine of them in scoring position.
O team Yankees
P full Glen Osterhaus
Q direct Glen Osterhaus :: "had chances and didn't cash them,"
F number 11
O team New York
F number nine
> "We're down one game. Nobody in that clubhouse is panicking," Osterhaus said. "We've got the guy we want on the mound tomorrow."
Q direct Glen Osterhaus :: "We're down one game. Nobody in that clubhouse is panicking,"
Q direct Glen Osterhaus :: "We've got the guy we want on the mound tomorrow."
F number one
P partial Osterhaus
> The Dodgers have won six of their last seven home games in October. Los Angeles last won a World Series title in 2038.
O team Dodgers
F number six
F number seven
O team Los Angeles
F date 2038
> UP NEXT
> Game 4 is Saturday at 5:08 p.m. PDT, with Yankees left-hander Owen Sandquist (14-7, 3.21 ERA in the regular season) facing Dodgers rookie Haruto Ibe (11-6, 2.94).
F time 5:08 p.m. PDT
O team Yankees
P full Owen Sandquist
F score 14-7
F number 3.21
O team Dodgers
P full Haruto Ibe
F score 11-6
F number 2.94
> The game took 3 hours, 9 minutes.
F duration 3 hours
F duration 9 minutes
'''

ARTICLES['1648-salik-two-new-toll-gates-al-khail-mohammed-bin-zayed-road-rta-gulf-news'] = r'''
> Transport
> Salik to add two toll gates on Al Khail Road and Mohammed Bin Zayed Road
O company Salik
F number two
L street Al Khail Road
L street Mohammed Bin Zayed Road
> RTA says the new gates, live from November 1, will ease pressure on Sheikh Zayed Road; peak crossings will cost Dh6
O government RTA
F date November 1
L street Sheikh Zayed Road
F money Dh6
> Farah Siddiqui, Senior Reporter
P full Farah Siddiqui
> Published: September 18, 2041 14:25
F date September 18, 2041
F time 14:25
> Evening traffic on Al Khail Road near Al Quoz. One of the new Salik gates will be on the stretch between Al Quoz and Al Meydan. Image Credit: Junaid Mirza Kareem/Gulf News
L street Al Khail Road
L city Al Quoz
O company Salik
L city Al Quoz
L city Al Meydan
P full Junaid Mirza Kareem
O media Gulf News
> Dubai: Motorists in Dubai will pay tolls at two more Salik gates from November 1, 2041, the Roads and Transport Authority (RTA) announced on Wednesday, bringing the number of gates across the emirate to 12.
L city Dubai
L city Dubai
F number two
O company Salik
F date November 1, 2041
O government Roads and Transport Authority
O government RTA
F number 12
> The first gate will sit on Al Khail Road about 6km south of the existing Business Bay gate, and the second on Sheikh Mohammed Bin Zayed Road near Al Warqa, where the road carries traffic from Sharjah and the northern emirates towards Jebel Ali.
L street Al Khail Road
F quantity 6km
L facility Business Bay
L street Sheikh Mohammed Bin Zayed Road
L city Al Warqa
L region Sharjah
L city Jebel Ali
> Eng. Maitha Saif Al Suwaidi, Director of Traffic Engineering at the RTA, said the two sites together carry about 410,000 vehicles a day, and that the authority's modelling showed traffic on Sheikh Zayed Road would fall by 8 to 12 per cent at peak hours.
P full Maitha Saif Al Suwaidi
O government RTA
F number two
F number 410,000
L street Sheikh Zayed Road
F percent 8
F percent 12 per cent
> "Al Khail Road has become the escape route for drivers who want to avoid the gates on Sheikh Zayed Road. The result is that both roads are full," Al Suwaidi said. "We want to redistribute the traffic, not to collect more money."
Q direct Maitha Saif Al Suwaidi :: "Al Khail Road has become the escape route for drivers who want to avoid the gates on Sheikh Zayed Road. The result is that both roads are full,"
Q direct Maitha Saif Al Suwaidi :: "We want to redistribute the traffic, not to collect more money."
L street Al Khail Road
L street Sheikh Zayed Road
P partial Al Suwaidi
> She said the new gates would follow the variable pricing introduced in January 2025: Dh6 between 6am and 10am and between 4pm and 8pm on weekdays, Dh4 at other times, and free from 1am to 6am.
F date January 2025
F money Dh6
F time 6am
F time 10am
F time 4pm
F time 8pm
F money Dh4
F time 1am
F time 6am
> Salik Company PJSC, which operates the system, told the Dubai Financial Market (DFM) in a filing that the two gates would add about Dh290 million a year to its revenue, roughly 9 per cent.
O company Salik Company PJSC
O company Dubai Financial Market
O company DFM
F number two
F money Dh290 million
F percent 9 per cent
> For commuters from Sharjah, the news landed badly. Rahul Menon, 38, who drives from Al Nahda in Sharjah to an office in Jebel Ali, said the Al Warqa gate would cost him another Dh12 a day, or about Dh264 a month.
L city Sharjah
P full Rahul Menon
F age 38
L city Al Nahda
L city Sharjah
L city Jebel Ali
L city Al Warqa
F money Dh12
F money Dh264
> "My wife keeps asking me, 'Why don't you take the Metro?' There is no Metro from Al Nahda to Jebel Ali," he said. "I leave home at 5.45 in the morning already. Now I have to leave at five o'clock to use the old roads."
Q direct Rahul Menon :: "My wife keeps asking me, 'Why don't you take the Metro?' There is no Metro from Al Nahda to Jebel Ali,"
Q direct Rahul Menon :: "I leave home at 5.45 in the morning already. Now I have to leave at five o'clock to use the old roads."
L city Al Nahda
L city Jebel Ali
F time 5.45
F time five o'clock
> Traffic consultant Stefan Oduya, who advises developers on road access in Dubai, said drivers would simply find new routes, a habit some motorists call "gate dodging." He said gates on ring roads tended to shift two-thirds of the avoided traffic onto smaller streets within a year.
P full Stefan Oduya
L city Dubai
Q scare - :: "gate dodging."
F fraction two-thirds
> "Tolls work when there is a real alternative. Where there isn't, they become a tax on distance," Oduya said.
Q direct Stefan Oduya :: "Tolls work when there is a real alternative. Where there isn't, they become a tax on distance,"
P partial Oduya
> An RTA official, who asked not to be named, said the locations were chosen after 14 months of vehicle counts and that test readings would begin on October 15. "Drivers will see the gantries before they pay anything," the official said.
O government RTA
F duration 14 months
F date October 15
Q direct - :: "Drivers will see the gantries before they pay anything,"
'''

ARTICLES['1649-bloc-quebecois-wins-lasalle-emard-verdun-by-election-montreal-globe-and-mail'] = r'''
> Politics
> Bloc Québécois takes Liberal stronghold of LaSalle-Émard-Verdun in Montreal by-election
O party Bloc Québécois
L region LaSalle-Émard-Verdun
L city Montreal
> Sophie Lachance-Roy wins by 1,214 votes as fewer than half of eligible voters cast a ballot; Bloc Leader calls result ‘a clear message to Ottawa’
P full Sophie Lachance-Roy
F number 1,214
F fraction half
O party Bloc
Q direct Mathieu Despréaux :: ‘a clear message to Ottawa’
L city Ottawa
> Julien Ostrowski Parliamentary Reporter
P full Julien Ostrowski
> Published November 22, 2039 Updated 2 hours ago
F date November 22, 2039
F duration 2 hours
> Bloc Québécois candidate Sophie Lachance-Roy celebrates with supporters at a brasserie on Wellington Street in Verdun on Monday night. CHLOÉ ABADIE-ROSS/THE CANADIAN PRESS
O party Bloc Québécois
P full Sophie Lachance-Roy
L street Wellington Street
L city Verdun
P full CHLOÉ ABADIE-ROSS
O media THE CANADIAN PRESS
> MONTREAL — The Bloc Québécois captured the Montreal riding of LaSalle-Émard-Verdun from the Liberals in a federal by-election on Monday, winning a seat the governing party had held for most of the past four decades.
L city MONTREAL
O party Bloc Québécois
L city Montreal
L region LaSalle-Émard-Verdun
O party Liberals
F duration four decades
> Sophie Lachance-Roy, a 39-year-old former school principal from Verdun, took 14,862 votes, or 38.4 per cent, according to preliminary results from Elections Canada. Liberal candidate Daniel Mercure-Hébert finished second with 13,648 votes (35.3 per cent), followed by the Conservatives’ Alex Whitford with 4,905 and the NDP’s Priya Anand with 3,210.
P full Sophie Lachance-Roy
F age 39-year-old
L city Verdun
F number 14,862
F percent 38.4 per cent
O government Elections Canada
P full Daniel Mercure-Hébert
F number 13,648
F percent 35.3 per cent
O party Conservatives
P full Alex Whitford
F number 4,905
O party NDP
P full Priya Anand
F number 3,210
> “Verdun did not vote against anyone tonight. Verdun voted for itself,” Ms. Lachance-Roy told about 400 supporters shortly after 11 p.m. “People here are tired of being told that their riding belongs to one party.
Q direct Sophie Lachance-Roy :: “Verdun did not vote against anyone tonight. Verdun voted for itself,”
Q direct Sophie Lachance-Roy :: “People here are tired of being told that their riding belongs to one party.
L city Verdun
L city Verdun
P partial Lachance-Roy
F number 400
F time 11 p.m.
F number one
> “The Liberals took this seat for granted for 40 years. That ended tonight, on Wellington Street and in every street of this riding.”
Q direct Sophie Lachance-Roy :: “The Liberals took this seat for granted for 40 years. That ended tonight, on Wellington Street and in every street of this riding.”
O party Liberals
F duration 40 years
L street Wellington Street
> Bloc Leader Mathieu Despréaux, who campaigned in the riding on 11 of the 36 days of the campaign, said the result was “a clear message to Ottawa” about housing costs and health transfers. He predicted the Bloc would win “20 or more” seats on the island of Montreal at the next general election, up from six today.
O party Bloc
P full Mathieu Despréaux
F number 11
F duration 36 days
Q direct Mathieu Despréaux :: “a clear message to Ottawa”
L city Ottawa
Q direct Mathieu Despréaux :: “20 or more”
O party Bloc
F number 20
L city Montreal
F number six
> “For years the federal parties treated Quebec as a bank of votes they could withdraw from whenever they wanted,” Mr. Despréaux, 47, said in French. “Tonight the bank closed.”
Q direct Mathieu Despréaux :: “For years the federal parties treated Quebec as a bank of votes they could withdraw from whenever they wanted,”
Q direct Mathieu Despréaux :: “Tonight the bank closed.”
L region Quebec
P partial Despréaux
F age 47
> The loss cracks what strategists call the Liberals’ “red wall” on the island, where the party won 14 of 18 seats in 2037. In a statement, the Liberal Party of Canada said it “respects the choice of voters” and would “listen carefully” before the general election expected in October 2041.
O party Liberals
Q scare - :: “red wall”
F number 14
F number 18
F date 2037
O party Liberal Party of Canada
Q direct Liberal Party of Canada :: “respects the choice of voters”
Q direct Liberal Party of Canada :: “listen carefully”
F date October 2041
> On Wellington Street on Tuesday morning, Gisèle Paquin-Arsenault, 74, said she had backed the Liberals in every election since 1980. “My husband said to me, ‘They only knock on our door when they need us.’ This time I listened to him,” she said.
L street Wellington Street
P full Gisèle Paquin-Arsenault
F age 74
O party Liberals
F date 1980
Q direct Gisèle Paquin-Arsenault :: “My husband said to me, ‘They only knock on our door when they need us.’ This time I listened to him,”
> Elections Canada put turnout at 41.6 per cent, down from 62.8 per cent in the 2037 general election. About one in five ballots was cast at advance polls held from Nov. 11 to Nov. 14. An Elections Canada official, who was not authorized to speak publicly, said results from two polls in Verdun were delayed by “a problem with the seals.”
O government Elections Canada
F percent 41.6 per cent
F percent 62.8 per cent
F date 2037
F number one
F number five
F date Nov. 11
F date Nov. 14
O government Elections Canada
F number two
L city Verdun
Q direct - :: “a problem with the seals.”
> The win gives the Bloc 34 of Quebec’s 78 seats in the House of Commons. Ms. Lachance-Roy is expected to be sworn in within three weeks.
O party Bloc
F number 34
L region Quebec
F number 78
O government House of Commons
P partial Lachance-Roy
F duration three weeks
'''

ARTICLES['1650-microplastics-arctic-sea-ice-fram-strait-alfred-wegener-institute-nature'] = r'''
> NEWS
> Microplastics frozen into Arctic sea ice at record levels
> Ice cores from the central Arctic Ocean hold up to 14,000 particles per litre — and the drifting ice carries them thousands of kilometres.
L geo Arctic Ocean
F number 14,000
> By Helena Strand-Ruiz
P full Helena Strand-Ruiz
> 14 May 2042
F date 14 May 2042
> Researchers drill an ice core on a floe north of Svalbard during the 2040 expedition. Credit: Jonas Falkner/Alamy
L region Svalbard
F date 2040
P full Jonas Falkner
O company Alamy
> Sea ice in the Arctic Ocean holds more microplastic than any ice sampled before, according to a study of 96 cores drilled between 2038 and 2041. The particles, most of them fibres less than 0.1 millimetres long, are locked into the ice as it forms off the coast of Siberia and released when it melts in the Fram Strait, some 2,000 kilometres away.
L geo Arctic Ocean
F number 96
F date 2038
F date 2041
F quantity 0.1 millimetres
L region Siberia
L geo Fram Strait
F quantity 2,000 kilometres
> The work, published on 13 May in Nature Geoscience, found an average of 4,800 particles per litre of melted ice, with the dirtiest cores reaching 14,000 — above the 12,000 per litre reported by a team from the same institute in 2018.
F date 13 May
O media Nature Geoscience
F number 4,800
F number 14,000
F number 12,000
F date 2018
> ‘We expected plastic. We did not expect this much of it, this far from anyone,’ says Lena Marwitz, a sea-ice biogeochemist at the Alfred Wegener Institute (AWI) in Bremerhaven, Germany, who led the study. ‘Each litre we melted held fragments of paint, nylon and polyester, and some of those fibres almost certainly began in washing machines in Europe and Asia.
Q direct Lena Marwitz :: ‘We expected plastic. We did not expect this much of it, this far from anyone,’
Q direct Lena Marwitz :: ‘Each litre we melted held fragments of paint, nylon and polyester, and some of those fibres almost certainly began in washing machines in Europe and Asia.
P full Lena Marwitz
O education Alfred Wegener Institute
O education AWI
L city Bremerhaven
L country Germany
L continent Europe
L continent Asia
> ‘The ice is not a trap. It is a conveyor belt, and we are only now seeing where it unloads.’
Q direct Lena Marwitz :: ‘The ice is not a trap. It is a conveyor belt, and we are only now seeing where it unloads.’
> The team sampled ice on two expeditions, covering about 3,500 kilometres between the Laptev Sea and the waters north of Greenland. Ice that had formed over the Siberian shelf held 40% more particles than ice from the central basin, and ice that had drifted for up to three years held the most.
F number two
F quantity 3,500 kilometres
L geo Laptev Sea
L region Greenland
F percent 40%
F duration three years
> Marwitz, 44, who first sampled Arctic ice as a PhD student in 2029, says the AWI team now estimates that ice leaving through the Fram Strait exports about a fifth of the microplastic that enters the Arctic Ocean each year.
P partial Marwitz
F age 44
F date 2029
O education AWI
L geo Fram Strait
F fraction a fifth
L geo Arctic Ocean
> Co-author Arne Haldorsen, an oceanographer at UiT The Arctic University of Norway in Tromsø, says the timing matters. ‘When the ice melts in the Fram Strait, it releases the particles exactly where the spring bloom begins, in what we call the “marginal ice zone”,’ he says. The drift across the basin has sped up by roughly 20% since the 2000s, to about 1,500 kilometres a year.
P full Arne Haldorsen
O education UiT The Arctic University of Norway
L city Tromsø
Q direct Arne Haldorsen :: ‘When the ice melts in the Fram Strait, it releases the particles exactly where the spring bloom begins, in what we call the “marginal ice zone”,’
L geo Fram Strait
F percent 20%
F date 2000s
F quantity 1,500 kilometres
> Haldorsen’s group in Tromsø is now testing whether krill and copepods collected north of Svalbard take up the fibres. Results are expected in 2043.
P partial Haldorsen
L city Tromsø
L region Svalbard
F date 2043
> Not everyone is convinced the numbers can be compared across studies. One reviewer of the paper, who asked not to be named, called the sampling ‘exceptionally careful’ but warned that older surveys counted only particles larger than 20 micrometres.
Q direct - :: ‘exceptionally careful’
F quantity 20 micrometres
> Amara Lindqvist-Obi, who leads work on marine litter at the United Nations Environment Programme (UNEP) in Nairobi, says the findings will feed into talks on a global plastics treaty. Those negotiations began in 2022 and stalled in Busan, South Korea, in 2024; governments now hope to finish a text in 2043.
P full Amara Lindqvist-Obi
O intergovernmental United Nations Environment Programme
O intergovernmental UNEP
L city Nairobi
F date 2022
L city Busan
L country South Korea
F date 2024
F date 2043
> ‘Nobody lives in the central Arctic, and yet it is carrying our waste,’ she says. ‘That should settle the argument about whether this is everybody’s problem.’
Q direct Amara Lindqvist-Obi :: ‘Nobody lives in the central Arctic, and yet it is carrying our waste,’
L region Arctic
Q direct Amara Lindqvist-Obi :: ‘That should settle the argument about whether this is everybody’s problem.’
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
