#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval162 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval162/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1015-surma-gad-hydropower-contractor-claim-bajhang-kathmandu-post'] = r'''
> Sudurpaschim Province
L region Sudurpaschim Province
> Work on Surma Gad project halts as contractor seeks Rs 9.4 billion more
L facility Surma Gad
F money Rs 9.4 billion
> The 410 MW storage project in Bajhang was due in 2041. The investment board now calls 2044 ‘optimistic’.
F quantity 410 MW
L region Bajhang
F date 2041
F date 2044
Q direct Sushil Raj Pokharel :: ‘optimistic’
> Kalpana Joshi Bhatta
P full Kalpana Joshi Bhatta
> Published at : March 7, 2040
F date March 7, 2040
> Updated at : March 7, 2040 20:15
F date March 7, 2040
F time 20:15
> The idle Surma Gad project site in Bajhang. Post Photo: Kalpana Joshi Bhatta
L facility Surma Gad
L region Bajhang
O media Post
P full Kalpana Joshi Bhatta
> Construction of the 410 MW Surma Gad Hydropower Project in Bajhang has been at a standstill for nearly two months after its contractor, Zhongxin Hydro Engineering, demanded an additional Rs 9.4 billion to cover what it calls “unforeseen geology” in the headrace tunnel.
F quantity 410 MW
L region Bajhang
F duration two months
O company Zhongxin Hydro Engineering
F money Rs 9.4 billion
Q direct Zhongxin Hydro Engineering :: “unforeseen geology”
> The project, estimated at Rs 118 billion when the Investment Board Nepal (IBN) signed the project development agreement in 2036, was expected to start generating by July 2041. About 1,200 workers, most of them from Bajhang, Bajura and Doti, have been sent home since January 14.
F money Rs 118 billion
O government Investment Board Nepal
O government IBN
F date 2036
F date July 2041
F number 1,200
L region Bajhang
L region Bajura
L region Doti
F date January 14
> “The rock in the last 3.2 kilometres of the tunnel is far weaker than the survey showed. We cannot continue at the old price,” said Li Wenhao, the company’s country manager, in Kathmandu on Thursday.
Q direct Li Wenhao :: “The rock in the last 3.2 kilometres of the tunnel is far weaker than the survey showed. We cannot continue at the old price,”
F quantity 3.2 kilometres
P full Li Wenhao
L city Kathmandu
> IBN chief executive Sushil Raj Pokharel said the board had not accepted the claim. “A contract is a contract. If the geology is different, there is a mechanism in the agreement, and that mechanism does not say ‘stop work’,” he said.
O government IBN
P full Sushil Raj Pokharel
Q direct Sushil Raj Pokharel :: “A contract is a contract. If the geology is different, there is a mechanism in the agreement, and that mechanism does not say ‘stop work’,”
> Pokharel said the original completion date of 2041 was now “very difficult” and that 2044 was “optimistic unless we settle this before the monsoon”.
P partial Pokharel
F date 2041
Q direct Sushil Raj Pokharel :: “very difficult”
F date 2044
Q direct Sushil Raj Pokharel :: “optimistic unless we settle this before the monsoon”
> Surma Gad is the first of the so-called “export-oriented” storage schemes. Its 162-metre-high dam on the Seti would produce 1,760 GWh a year, much of it in the dry season, when Nepal imports power from India. The Nepal Electricity Authority (NEA) has agreed to buy 60 percent of the output at Rs 8.40 per unit; the rest is meant for Uttar Pradesh.
L facility Surma Gad
Q scare - :: “export-oriented”
F quantity 162-metre
L geo Seti
F quantity 1,760 GWh
L country Nepal
L country India
O government Nepal Electricity Authority
O government NEA
F percent 60 percent
F money Rs 8.40
L region Uttar Pradesh
> The Ministry of Energy, Water Resources and Irrigation has formed a three-member committee led by joint secretary Rama Devi Ojha to study the claim within 35 days. It will also ask why a 2035 survey by the Department of Electricity Development (DoED) missed the weak rock.
O government Ministry of Energy, Water Resources and Irrigation
F number three
P full Rama Devi Ojha
F duration 35 days
F date 2035
O government Department of Electricity Development
O government DoED
> In Surma Rural Municipality, ward chair Dambar Bahadur Saud, 58, said more than 300 families had leased land or opened lodges and tea shops for the workers. “People took loans of Rs 500,000 and Rs 1 million to build rooms. Now the rooms are empty,” he said. “We were told this project would change Bajhang.
L region Surma Rural Municipality
P full Dambar Bahadur Saud
F age 58
F number 300
Q direct Dambar Bahadur Saud :: “People took loans of Rs 500,000 and Rs 1 million to build rooms. Now the rooms are empty,”
F money Rs 500,000
F money Rs 1 million
Q direct Dambar Bahadur Saud :: “We were told this project would change Bajhang.
L region Bajhang
> “So far it has changed only our debt. If work does not restart by Baisakh, many will lose their land.”
Q direct Dambar Bahadur Saud :: “So far it has changed only our debt. If work does not restart by Baisakh, many will lose their land.”
> The provincial government has asked Kathmandu to step in. Sudurpaschim’s energy minister Kamala Bista said in Dhangadhi on Wednesday that the province had already spent Rs 2.3 billion on a 48-km access road from Chainpur to the dam site.
L city Kathmandu
L region Sudurpaschim
P full Kamala Bista
L city Dhangadhi
F money Rs 2.3 billion
F quantity 48-km
L city Chainpur
> An NEA official, who asked not to be named, told the Post that the utility had finished a 220 kV line to Talkot two years ago. “The line is ready. The power is not,” the official said.
O government NEA
O media Post
F quantity 220 kV
L region Talkot
F duration two years
Q direct - :: “The line is ready. The power is not,”
> Saud said villagers would hold a sit-in at the district headquarters on Chaitra 1 (March 14) if no decision came by then.
P partial Saud
F date Chaitra 1
F date March 14
'''

ARTICLES['1016-pompano-beach-condo-milestone-inspection-evacuation-sun-sentinel'] = r'''
> Local News
> Pompano Beach orders 14-story oceanfront condo emptied after failed inspection
L city Pompano Beach
F number 14
> Owners at Atlantic Shores Tower face $61,000-a-unit bill; 'We have nowhere to go,' resident says
L facility Atlantic Shores Tower
F money $61,000
Q direct Marisol Echeverría-Blanco :: 'We have nowhere to go,'
> By Dwayne Kessler-Ruiz | South Florida Sun Sentinel
P full Dwayne Kessler-Ruiz
O media South Florida Sun Sentinel
> PUBLISHED: October 9, 2039 at 6:42 PM EDT | UPDATED: October 10, 2039 at 9:15 AM EDT
F date October 9, 2039
F time 6:42 PM EDT
F date October 10, 2039
F time 9:15 AM EDT
> Residents carry belongings out of Atlantic Shores Tower, 1440 N. Ocean Blvd., in Pompano Beach on Thursday. (Ana Lucía Ferreira / South Florida Sun Sentinel)
L facility Atlantic Shores Tower
L address 1440 N. Ocean Blvd.
L city Pompano Beach
P full Ana Lucía Ferreira
O media South Florida Sun Sentinel
> Pompano Beach officials ordered the 96 units of a 14-story oceanfront condominium vacated by 6 p.m. Friday after engineers found corroded steel in columns that hold up its parking garage, leaving about 150 residents, many of them retirees, to find somewhere else to sleep.
L city Pompano Beach
F number 96
F number 14
F time 6 p.m.
F number 150
> The building, Atlantic Shores Tower, went up in 1979 and was due for its milestone inspection under the state law passed after the 2021 collapse of Champlain Towers South in Surfside, which killed 98 people. The report, filed with the city on Oct. 3, rated two garage columns and a section of the pool deck "unsafe."
L facility Atlantic Shores Tower
F date 1979
F date 2021
L facility Champlain Towers South
L city Surfside
F number 98
F date Oct. 3
F number two
Q direct Halvorsen & Pike :: "unsafe."
> "There is no imminent risk of collapse, but we are not going to gamble," said Chief Building Official Reginald Ostrowski. "Once an engineer puts 'unsafe' on a structural member, people do not stay in the building. Period."
Q direct Reginald Ostrowski :: "There is no imminent risk of collapse, but we are not going to gamble,"
P full Reginald Ostrowski
Q direct Reginald Ostrowski :: "Once an engineer puts 'unsafe' on a structural member, people do not stay in the building. Period."
> Ostrowski said the shoring alone would take at least three weeks. The full repairs are estimated at $5.86 million, or about $61,000 per unit, according to a letter the Atlantic Shores Tower Condominium Association board sent to owners Wednesday night. The association has $740,000 in reserves.
P partial Ostrowski
F duration three weeks
F money $5.86 million
F money $61,000
O nonprofit Atlantic Shores Tower Condominium Association
F money $740,000
> Board president Harold Van Wyck, 71, said the board had known since 2037 that the garage needed work but had twice voted down a special assessment.
P full Harold Van Wyck
F age 71
F date 2037
> "People here are on fixed incomes. Every time we put a number in front of them, they voted it down," Van Wyck said. "I am not going to pretend we handled this well.
Q direct Harold Van Wyck :: "People here are on fixed incomes. Every time we put a number in front of them, they voted it down,"
P partial Van Wyck
Q direct Harold Van Wyck :: "I am not going to pretend we handled this well.
> "But nobody on this board wanted anyone to be in danger."
Q direct Harold Van Wyck :: "But nobody on this board wanted anyone to be in danger."
> Marisol Echeverría-Blanco, 68, who moved into a ninth-floor unit from Plantation in 2031, said she learned of the order from a sheet of paper taped to the elevator. "We have nowhere to go," she said. "My son is in Sunrise, and he has a two-bedroom with three kids."
P full Marisol Echeverría-Blanco
F age 68
L city Plantation
F date 2031
Q direct Marisol Echeverría-Blanco :: "We have nowhere to go,"
Q direct Marisol Echeverría-Blanco :: "My son is in Sunrise, and he has a two-bedroom with three kids."
L city Sunrise
F number two
F number three
> The American Red Cross opened a reception center at the Emma Lou Olson Civic Center on Northeast Sixth Street and was offering hotel vouchers for up to 72 hours.
O nonprofit American Red Cross
L facility Emma Lou Olson Civic Center
L street Northeast Sixth Street
F duration 72 hours
> City Commissioner Tamika Broussard, whose district includes the building, said Broward County had 23 other condo towers with overdue inspection reports. "Surfside was supposed to be the wake-up call. Some boards hit snooze," she said.
P full Tamika Broussard
L region Broward County
F number 23
Q direct Tamika Broussard :: "Surfside was supposed to be the wake-up call. Some boards hit snooze,"
L city Surfside
> The engineering firm that did the inspection, Halvorsen & Pike of Lighthouse Point, said in a statement that the columns showed "section loss of up to 30%" and that the garage could be reopened in phases.
O company Halvorsen & Pike
L city Lighthouse Point
Q direct Halvorsen & Pike :: "section loss of up to 30%"
F percent 30%
> Owners must approve the assessment with a two-thirds vote at a meeting set for Oct. 21 at 7 p.m.
F fraction two-thirds
F date Oct. 21
F time 7 p.m.
'''

ARTICLES['1017-hornets-rally-past-grizzlies-fedexforum-nba-recap-si'] = r'''
> HORNETS
O team HORNETS
> Okafor Scores 34 as Hornets Rally Past Grizzlies in Memphis
P partial Okafor
F number 34
O team Hornets
O team Grizzlies
L city Memphis
> Charlotte erased a 17-point deficit in the second half to win its fifth straight road game.
O team Charlotte
F number 17
> By Trent Abernathy-Ko | Jan 15, 2040
P full Trent Abernathy-Ko
F date Jan 15, 2040
> Charlotte Hornets forward Chidi Okafor (7) drives against the Memphis Grizzlies during the fourth quarter at FedExForum. (Lorenzo DeSantis-Imagn Images)
O team Charlotte Hornets
P full Chidi Okafor
O team Memphis Grizzlies
L facility FedExForum
P full Lorenzo DeSantis
O media Imagn Images
> MEMPHIS, Tenn. — Chidi Okafor scored 34 points, including 12 in the fourth quarter, and the Charlotte Hornets came back from 17 points down to beat the Memphis Grizzlies 118-112 on Wednesday night.
L city MEMPHIS
L region Tenn.
P full Chidi Okafor
F number 34
F number 12
O team Charlotte Hornets
F number 17
O team Memphis Grizzlies
F score 118-112
> Okafor, 24, made 13 of 21 shots and 6 of 7 free throws and added nine rebounds. Rookie Étienne Labadie-Sow had 19 points and 11 assists for Charlotte (25-17), which has won five in a row away from home.
P partial Okafor
F age 24
F number 13
F number 21
F number 6
F number 7
F number nine
P full Étienne Labadie-Sow
F number 19
F number 11
O team Charlotte
F score 25-17
F number five
> Desmond Hale led Memphis (21-22) with 29 points and 14 rebounds, and Kyrie Washburn-Tate scored 22. The Grizzlies have lost four of their last six at home.
P full Desmond Hale
O team Memphis
F score 21-22
F number 29
F number 14
P full Kyrie Washburn-Tate
F number 22
O team Grizzlies
F number four
F number six
> Memphis led 71-54 with 8:12 left in the third quarter after a 15-2 run, but Charlotte closed the period on a 20-6 surge and took its first lead, 99-98, on a 3-pointer by Labadie-Sow with 6:40 to play.
O team Memphis
F score 71-54
F time 8:12
F score 15-2
O team Charlotte
F score 20-6
F score 99-98
F number 3
P partial Labadie-Sow
F time 6:40
> "We told them at halftime, 'Just get it to single digits by the end of the third and see what happens,'" Hornets coach Ray Lindqvist said. "They did more than that."
Q direct Ray Lindqvist :: "We told them at halftime, 'Just get it to single digits by the end of the third and see what happens,'"
O team Hornets
P full Ray Lindqvist
Q direct Ray Lindqvist :: "They did more than that."
> Lindqvist, in his second season, called Okafor's fourth quarter "grown-man basketball." He also praised the 20-year-old Labadie-Sow, a Frenchman who went No. 9 in the 2039 draft: "He doesn't play like a rookie. He plays like he's been in this building ten years."
P partial Lindqvist
P partial Okafor
Q direct Ray Lindqvist :: "grown-man basketball."
F age 20-year-old
P partial Labadie-Sow
F date 2039
Q direct Ray Lindqvist :: "He doesn't play like a rookie. He plays like he's been in this building ten years."
F duration ten years
> Hale tied it at 110 with a layup with 1:58 left, but Okafor answered with a step-back jumper and four straight free throws in the last 41 seconds.
P partial Hale
F number 110
F time 1:58
P partial Okafor
F number four
F duration 41 seconds
> Washburn-Tate, who had 16 points in the first half, went 1 for 8 after halftime. "I got good looks. They just didn't fall," he said.
P partial Washburn-Tate
F number 16
F number 1
F number 8
Q direct Kyrie Washburn-Tate :: "I got good looks. They just didn't fall,"
> "I missed two of those at Boston last week and I didn't sleep," Okafor said. "Tonight I wasn't missing."
Q direct Chidi Okafor :: "I missed two of those at Boston last week and I didn't sleep,"
F number two
O team Boston
P partial Okafor
Q direct Chidi Okafor :: "Tonight I wasn't missing."
> Grizzlies coach Anton Mireles was blunt about the collapse. "We stopped moving the ball. We got a 17-point lead and we started playing like we were protecting it," he said.
O team Grizzlies
P full Anton Mireles
Q direct Anton Mireles :: "We stopped moving the ball. We got a 17-point lead and we started playing like we were protecting it,"
F number 17
> Memphis shot 41% from the field and 9 of 33 from 3-point range, and was outrebounded 52-44. A crowd of 17,794 saw Charlotte outscore the home team 64-41 after the break.
O team Memphis
F percent 41%
F number 9
F number 33
F number 3
F score 52-44
F number 17,794
O team Charlotte
F score 64-41
> TIP-INS
> Hornets: Okafor has scored 30 or more in four of his last five games. ... G Malik Ostergaard sat out with a sprained left ankle.
O team Hornets
P partial Okafor
F number 30
F number four
F number five
P full Malik Ostergaard
> Grizzlies: Hale recorded his 28th double-double of the season. ... Memphis went 3:41 without a point early in the fourth.
O team Grizzlies
P partial Hale
O team Memphis
F duration 3:41
> UP NEXT
> Hornets: Host Orlando on Friday.
O team Hornets
O team Orlando
> Grizzlies: At New Orleans on Saturday.
O team Grizzlies
O team New Orleans
'''

ARTICLES['1018-eskom-stage-6-kusile-tutuka-breakdowns-numsa-brits-daily-maverick'] = r'''
> ENERGY CRISIS
> Stage 6 returns as breakdowns at Kusile and Tutuka knock out 4,300MW
L facility Kusile
L facility Tutuka
F quantity 4,300MW
> Eskom says the cuts could last until Sunday; the electricity minister blames ‘a perfect storm’ while unions warn of job losses in Brits and Rosslyn
O company Eskom
Q direct Nomathemba Dlamini-Hartley :: ‘a perfect storm’
L city Brits
L city Rosslyn
> By Lwazi Mkhabela-Jansen
P full Lwazi Mkhabela-Jansen
> 22 Jun 2040
F date 22 Jun 2040
> Eskom’s Megawatt Park headquarters in Sunninghill, Johannesburg. (Photo: Gallo Images / Riaan van der Merwe)
O company Eskom
L facility Megawatt Park
L city Sunninghill
L city Johannesburg
O media Gallo Images
P full Riaan van der Merwe
> South Africans will face up to 10 hours a day without power this weekend after Eskom moved to Stage 6 load-shedding at 2pm on Thursday, the first time the country has gone that high since 2034.
F duration 10 hours
O company Eskom
F time 2pm
F date 2034
> The power utility said breakdowns had taken out three units at Kusile in Mpumalanga and two at Tutuka, near Standerton, removing about 4,300MW from the grid in under 48 hours. Total unplanned outages stood at 17,850MW on Thursday evening, against a winter peak demand of about 32,000MW.
F number three
L facility Kusile
L region Mpumalanga
F number two
L facility Tutuka
L city Standerton
F quantity 4,300MW
F duration 48 hours
F quantity 17,850MW
F quantity 32,000MW
> “We expect to return two Kusile units by Saturday morning, and if that holds, we will step down to Stage 4 on Sunday,” said Eskom’s head of generation, Sipho Ntuli-Mabaso. “But I am not going to promise the country something the plant has not promised me.”
Q direct Sipho Ntuli-Mabaso :: “We expect to return two Kusile units by Saturday morning, and if that holds, we will step down to Stage 4 on Sunday,”
F number two
L facility Kusile
O company Eskom
P full Sipho Ntuli-Mabaso
Q direct Sipho Ntuli-Mabaso :: “But I am not going to promise the country something the plant has not promised me.”
> Ntuli-Mabaso said a conveyor fire at Kusile on Tuesday night had cut coal supply to units 2 and 3, and that a boiler tube leak had tripped unit 4 a few hours later.
P partial Ntuli-Mabaso
L facility Kusile
> Minister of Electricity and Energy Nomathemba Dlamini-Hartley called it “a perfect storm of old plant and bad luck” and said diesel spending for the open-cycle gas turbines would rise to R1.4-billion for June alone.
P full Nomathemba Dlamini-Hartley
Q direct Nomathemba Dlamini-Hartley :: “a perfect storm of old plant and bad luck”
F money R1.4-billion
> “People have heard ‘the worst is behind us’ before. I will not say that today. What I will say is that we are burning diesel so that it does not go to Stage 8,” she told reporters in Pretoria.
Q direct Nomathemba Dlamini-Hartley :: “People have heard ‘the worst is behind us’ before. I will not say that today. What I will say is that we are burning diesel so that it does not go to Stage 8,”
L city Pretoria
> The National Union of Metalworkers of South Africa (Numsa) said at least three component factories in Brits and Rosslyn, north of Pretoria, had put about 2,600 workers on short time. Each day at Stage 6 costs the economy an estimated R1.2-billion, according to the Council for Scientific and Industrial Research (CSIR).
O nonprofit National Union of Metalworkers of South Africa
O nonprofit Numsa
F number three
L city Brits
L city Rosslyn
L city Pretoria
F number 2,600
F money R1.2-billion
O government Council for Scientific and Industrial Research
O government CSIR
> “A worker on short time takes home R1,900 less a fortnight. That is school fees, that is transport,” said Numsa’s regional secretary in Tshwane, Karabo Mokoena-Pillay. “We are not asking Eskom for miracles.
F money R1,900
Q direct Karabo Mokoena-Pillay :: “A worker on short time takes home R1,900 less a fortnight. That is school fees, that is transport,”
O nonprofit Numsa
L city Tshwane
P full Karabo Mokoena-Pillay
Q direct Karabo Mokoena-Pillay :: “We are not asking Eskom for miracles.
O company Eskom
> “We are asking for a schedule that a factory can plan around.”
Q direct Karabo Mokoena-Pillay :: “We are asking for a schedule that a factory can plan around.”
> Inside Eskom, the mood was grim. A senior engineer at Tutuka, who asked not to be named because staff are not allowed to speak to the media, said two of its six units had been running at 40% of capacity since April. “We patch and we pray,” the engineer said.
O company Eskom
L facility Tutuka
F number two
F number six
F percent 40%
Q direct - :: “We patch and we pray,”
> Energy analyst Pieter-Jan Oosthuizen said the system had “no slack at all” and that Stage 6 would recur each winter until the 1,400MW of new gas capacity at Richards Bay came online, now expected in 2042.
P full Pieter-Jan Oosthuizen
Q direct Pieter-Jan Oosthuizen :: “no slack at all”
F quantity 1,400MW
L city Richards Bay
F date 2042
> City Power in Johannesburg and the City of Cape Town said they would shield customers from two stages until 10pm on Friday. DM
O company City Power
L city Johannesburg
O government City of Cape Town
F number two
F time 10pm
O media DM
'''

ARTICLES['1019-european-parliament-cap-top-up-vote-epp-sd-strasbourg-politico-europe'] = r'''
> AGRICULTURE
> Parliament backs €6.2B farm top-up as EPP and S&D split
O government Parliament
F money €6.2B
O party EPP
O party S&D
> Greens call the deal a ‘blank check’ for big landowners.
O party Greens
Q direct Greens/European Free Alliance :: ‘blank check’
> By Johanna Riedl-Kovač and Tomás Ó Dálaigh
P full Johanna Riedl-Kovač
P full Tomás Ó Dálaigh
> February 13, 2041 6:18 pm CET
F date February 13, 2041
F time 6:18 pm CET
> Farmers’ tractors parked outside the European Parliament in Strasbourg on Tuesday. | Marie-Claude Bernier/AFP via Getty Images
O government European Parliament
L city Strasbourg
P full Marie-Claude Bernier
O media AFP
O media Getty Images
> STRASBOURG — The European Parliament on Wednesday approved a €6.2 billion emergency top-up to EU farm payments for 2041 and 2042, after a bruising debate that split both the center-right European People’s Party (EPP) and the Socialists and Democrats (S&D).
L city STRASBOURG
O government European Parliament
F money €6.2 billion
O intergovernmental EU
F date 2041
F date 2042
O party European People’s Party
O party EPP
O party Socialists and Democrats
O party S&D
> MEPs voted 361 to 274, with 38 abstentions. The money will be moved from unspent cohesion funds and paid out at a flat €45 per hectare, with the first €3,000 of each farm’s payment topped up by 20 percent.
F number 361
F number 274
F number 38
F money €45
F money €3,000
F percent 20 percent
> “Farmers have had three droughts in four years and fertilizer prices are still 35 percent above 2036,” said Dutch MEP Jan-Willem van der Heijden (EPP), the file’s rapporteur. “This is not a gift. It is a bridge.”
Q direct Jan-Willem van der Heijden :: “Farmers have had three droughts in four years and fertilizer prices are still 35 percent above 2036,”
F number three
F duration four years
F percent 35 percent
F date 2036
P full Jan-Willem van der Heijden
O party EPP
Q direct Jan-Willem van der Heijden :: “This is not a gift. It is a bridge.”
> Van der Heijden said 41 of his group’s 184 members had voted against or abstained, most of them from countries that are net contributors to the EU budget.
P partial Van der Heijden
F number 41
F number 184
O intergovernmental EU
> On the left, the S&D group leadership backed the text, but French and Spanish Socialists rebelled. Lucía Ferrer Castellví, a Spanish MEP from the S&D, said the flat-rate formula would send most of the money to the largest holdings.
O party S&D
P full Lucía Ferrer Castellví
O party S&D
> “A farm of 2,000 hectares in Brandenburg gets €90,000. A family with 30 hectares in Extremadura gets €1,350,” she said. “We were told this was about ‘small and medium farms.’
Q direct Lucía Ferrer Castellví :: “A farm of 2,000 hectares in Brandenburg gets €90,000. A family with 30 hectares in Extremadura gets €1,350,”
F quantity 2,000 hectares
L region Brandenburg
F money €90,000
F quantity 30 hectares
L region Extremadura
F money €1,350
Q direct Lucía Ferrer Castellví :: “We were told this was about ‘small and medium farms.’
> “Read the annex. It is not.”
Q direct Lucía Ferrer Castellví :: “Read the annex. It is not.”
> The Greens/European Free Alliance group voted against as a bloc, calling the top-up a “blank check” that ignored the environmental conditions Parliament had demanded in 2039. About half of Renew Europe’s MEPs voted in favor.
O party Greens/European Free Alliance
Q direct Greens/European Free Alliance :: “blank check”
O government Parliament
F date 2039
F fraction half
O party Renew Europe
> Polish MEP Zbigniew Wróblewski-Kaczor of the European Conservatives and Reformists (ECR) said the money came “too little and too late” for eastern farmers hit by cheap imports, but that his group voted in favor “because 6.2 is better than zero.”
P full Zbigniew Wróblewski-Kaczor
O party European Conservatives and Reformists
O party ECR
Q direct Zbigniew Wróblewski-Kaczor :: “too little and too late”
Q direct Zbigniew Wróblewski-Kaczor :: “because 6.2 is better than zero.”
F number 6.2
F number zero
> Farm lobby Copa-Cogeca welcomed the vote as “a first answer, not the last one.” Its secretary-general, Henrik Østergaard Møller, said the payments needed to reach farmers “before the spring sowing, not after the harvest.”
O nonprofit Copa-Cogeca
Q direct Copa-Cogeca :: “a first answer, not the last one.”
P full Henrik Østergaard Møller
Q direct Henrik Østergaard Møller :: “before the spring sowing, not after the harvest.”
> The Council is expected to sign off on March 4, though two diplomats said The Hague and Stockholm still had reservations about taking money from cohesion funds. One of them described Paris as “pushing very hard, and very publicly.”
O intergovernmental Council
F date March 4
F number two
L city The Hague
L city Stockholm
L city Paris
Q direct - :: “pushing very hard, and very publicly.”
> The European Commission had proposed €5.4 billion in November. Agriculture Commissioner Dóra Szentgyörgyi told MEPs before the vote that the extra €800 million was “affordable this once” and would not come out of the 2042 farm budget.
O government European Commission
F money €5.4 billion
P full Dóra Szentgyörgyi
F money €800 million
Q direct Dóra Szentgyörgyi :: “affordable this once”
F date 2042
> Outside, about 900 tractors from Alsace, Baden-Württemberg and Wallonia blocked the Allée du Printemps for six hours.
F number 900
L region Alsace
L region Baden-Württemberg
L region Wallonia
L street Allée du Printemps
F duration six hours
'''

ARTICLES['1020-police-point-salmon-lease-expansion-epa-dover-huon-the-mercury'] = r'''
> NEWS
> Salmon giant wins bigger lease off Police Point despite Dover outcry
L city Police Point
L city Dover
> The EPA has approved a 5400-tonne cap for Tasman Blue’s pens in Port Esperance, but residents say the fight is not over.
O government EPA
F quantity 5400-tonne
O company Tasman Blue
L geo Port Esperance
> Bridget Halloran-Wise
P full Bridget Halloran-Wise
> August 28, 2039 - 7:41PM
F date August 28, 2039
F time 7:41PM
> Salmon pens in Port Esperance, seen from Police Point. Picture: Callum Ng
L geo Port Esperance
L city Police Point
P full Callum Ng
> TASMAN Blue Aquaculture will almost double the fish it can farm in Port Esperance after the Environment Protection Authority approved a new licence for its lease off Police Point, south of Hobart.
O company TASMAN Blue Aquaculture
L geo Port Esperance
O government Environment Protection Authority
L city Police Point
L city Hobart
> The licence, issued on Wednesday, lifts the company’s biomass cap at the site from 2800 tonnes to 5400 tonnes and lets it add 12 pens on an extra 38 hectares, taking the lease to 96 hectares.
F quantity 2800 tonnes
F quantity 5400 tonnes
F number 12
F quantity 38 hectares
F quantity 96 hectares
> EPA director Rhiannon Castles said the licence came with “the toughest conditions we have ever set” for a salmon farm, including real-time oxygen monitoring and a limit of 0.5 milligrams of nitrogen per litre at the lease boundary.
O government EPA
P full Rhiannon Castles
Q direct Rhiannon Castles :: “the toughest conditions we have ever set”
F quantity 0.5 milligrams
> “If the monitoring shows harm, the biomass comes down. That is not a promise, it’s a condition,” Ms Castles said.
Q direct Rhiannon Castles :: “If the monitoring shows harm, the biomass comes down. That is not a promise, it’s a condition,”
P partial Castles
> Tasman Blue, which employs about 1100 people across the state and reported a $48.6m profit last year, said the expansion would create 35 jobs in Dover and Southport.
O company Tasman Blue
F number 1100
F money $48.6m
F number 35
L city Dover
L city Southport
> “We have listened to the community for three years, and this licence reflects that,” chief executive Lachlan de Groot said in a statement. “We have moved four pens further out from the shoreline than we first proposed.
Q direct Lachlan de Groot :: “We have listened to the community for three years, and this licence reflects that,”
F duration three years
P full Lachlan de Groot
Q direct Lachlan de Groot :: “We have moved four pens further out from the shoreline than we first proposed.
F number four
> “We want to be a good neighbour in the Far South.”
Q direct Lachlan de Groot :: “We want to be a good neighbour in the Far South.”
L region Far South
> De Groot said smolt for the new pens would come from the company’s hatchery at Ranelagh and that the first harvest was expected in early 2042.
P partial De Groot
L city Ranelagh
F date 2042
> Not everyone in Dover agrees. The Far South Waters Alliance, which gathered 2317 signatures against the expansion, says slime and “fishy foam” from the pens already wash up on beaches at Hideaway Bay.
L city Dover
O nonprofit Far South Waters Alliance
F number 2317
Q direct Far South Waters Alliance :: “fishy foam”
L city Hideaway Bay
> Abalone diver Fergus O’Shaughnessy, 63, has dived in the channel for 40 years. “When I was a kid you could see the bottom at eight metres. Now I can’t see my own hand,” he said.
P full Fergus O’Shaughnessy
F age 63
F duration 40 years
Q direct Fergus O’Shaughnessy :: “When I was a kid you could see the bottom at eight metres. Now I can’t see my own hand,”
F quantity eight metres
> Alliance spokeswoman Marguerite Ahern said the group would ask the Tasmanian Civil and Administrative Tribunal to review the decision within the 28-day appeal period.
O nonprofit Alliance
P full Marguerite Ahern
O government Tasmanian Civil and Administrative Tribunal
F duration 28-day
> “The EPA keeps calling this ‘adaptive management’. To us it looks like grow now and check later,” she said.
Q direct Marguerite Ahern :: “The EPA keeps calling this ‘adaptive management’. To us it looks like grow now and check later,”
O government EPA
> The Huon Valley Council voted 6-3 in May to oppose the expansion, but the council has no say over marine farming licences.
O government Huon Valley Council
F number 6-3
> Franklin MP Ellie Vandermeer, of the Greens, said the decision showed the state’s fast-track rules were “still doing damage”. A spokesman for Primary Industries Minister Garth Pennicott said the government backed “a sustainable industry worth $1.4 billion to this state”.
L region Franklin
P full Ellie Vandermeer
O party Greens
Q direct Ellie Vandermeer :: “still doing damage”
P full Garth Pennicott
Q direct - :: “a sustainable industry worth $1.4 billion to this state”
F money $1.4 billion
> The new pens are due to be stocked by October 1, 2040.
F date October 1, 2040
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
