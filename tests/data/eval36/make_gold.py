#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval36 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval36/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['259-faa-nominee-whitcomb-senate-commerce-hearing'] = r'''
> Politics
> FAA nominee vows to hire 4,000 controllers, faces questions over airline’s falsified records
O government FAA
F number 4,000
> Harlan B. Whitcomb III told the Senate Commerce Committee that staffing was ‘the first thing I will fix,’ as Democrats pressed him on his eight years at Meridian Skyways
P full Harlan B. Whitcomb III
O government Senate Commerce Committee
Q direct Harlan B. Whitcomb III :: ‘the first thing I will fix,’
F duration eight years
O company Meridian Skyways
> By Rosalind Achterberg and Tomás Ybarra
P full Rosalind Achterberg
P full Tomás Ybarra
> April 14, 2037 at 6:42 p.m. EDT
F date April 14, 2037
F time 6:42 p.m. EDT
> Harlan B. Whitcomb III, the nominee to lead the Federal Aviation Administration, testifies before the Senate Commerce, Science and Transportation Committee on Capitol Hill on Tuesday. (Jabari Pettiford-Lang/The Washington Post)
P full Harlan B. Whitcomb III
O government Federal Aviation Administration
O government Senate Commerce, Science and Transportation Committee
L city Capitol Hill
P full Jabari Pettiford-Lang
O media The Washington Post
> Harlan B. Whitcomb III, the former airline executive nominated to run the Federal Aviation Administration, promised senators on Tuesday that he would hire at least 4,000 air traffic controllers in his first two years and end what he called “a decade of excuses” over the agency’s staffing shortage.
P full Harlan B. Whitcomb III
O government Federal Aviation Administration
F number 4,000
F duration two years
Q direct Harlan B. Whitcomb III :: “a decade of excuses”
> At a confirmation hearing that ran past three hours, Whitcomb, 61, faced pointed questions from Democrats about his eight years as chief operating officer of Meridian Skyways, a Denver-based low-cost carrier that paid a $14.2 million civil penalty in 2033 over falsified maintenance records. But he drew little open opposition from Republicans, who hold 15 of the committee’s 28 seats.
F duration three hours
P partial Whitcomb
F age 61
F duration eight years
O company Meridian Skyways
L city Denver
F money $14.2 million
F date 2033
F number 15
F number 28
> “The system is safe, but it is running on overtime and good luck, and good luck is not a plan,” Whitcomb said in his opening statement. “The first thing I will fix is staffing.”
Q direct Harlan B. Whitcomb III :: “The system is safe, but it is running on overtime and good luck, and good luck is not a plan,”
P partial Whitcomb
Q direct Harlan B. Whitcomb III :: “The first thing I will fix is staffing.”
> The FAA employs about 10,900 certified controllers, roughly 3,100 fewer than its own staffing plan calls for, according to the Transportation Department’s inspector general. At 41 of the country’s 313 air traffic facilities, more than a third of shifts last year required mandatory overtime, the inspector general found in a January report.
O government FAA
F number 10,900
F number 3,100
O government Transportation Department
F number 41
F number 313
F fraction a third
> Sen. Corliss Amundsen (R-N.D.), the committee’s chairman, said he expected a vote “within weeks” and called Whitcomb “a serious operator for a serious moment.”
P full Corliss Amundsen
L region N.D.
Q direct Corliss Amundsen :: “within weeks”
P partial Whitcomb
Q direct Corliss Amundsen :: “a serious operator for a serious moment.”
> The panel’s top Democrat, Sen. Priya Venkataraman-Hale (D-Wash.), pressed Whitcomb on a 2032 FAA investigation that found Meridian mechanics had signed off on 212 engine inspections that were never carried out at the airline’s maintenance base in Colorado Springs.
P full Priya Venkataraman-Hale
L region Wash.
P partial Whitcomb
F date 2032
O government FAA
O company Meridian
F number 212
L city Colorado Springs
> “You were the chief operating officer. Either you knew, or you should have known,” she said. “Which one was it?”
Q direct Priya Venkataraman-Hale :: “You were the chief operating officer. Either you knew, or you should have known,”
Q direct Priya Venkataraman-Hale :: “Which one was it?”
> Whitcomb said he had learned of the records from an internal audit, reported them to the agency himself and fired the base’s managers within 48 hours. “I’m not going to sit here and tell you we got everything right at Meridian,” he said. “We didn’t. But we found it, we reported it and we fixed it.”
P partial Whitcomb
F duration 48 hours
Q direct Harlan B. Whitcomb III :: “I’m not going to sit here and tell you we got everything right at Meridian,”
O company Meridian
Q direct Harlan B. Whitcomb III :: “We didn’t. But we found it, we reported it and we fixed it.”
> Sen. Dashiell Okonkwo-Baptiste (D-Ga.) asked whether Whitcomb would recuse himself from matters involving Meridian, in which he still holds stock worth between $1 million and $5 million, according to his financial disclosure. Whitcomb said he would sell the shares within 90 days of being confirmed, under an ethics agreement he signed with the Office of Government Ethics.
P full Dashiell Okonkwo-Baptiste
L region Ga.
P partial Whitcomb
O company Meridian
F money $1 million
F money $5 million
P partial Whitcomb
F duration 90 days
O government Office of Government Ethics
> A Democratic aide on the committee, who spoke on condition of anonymity to describe private conversations, said at least two Democrats were likely to vote for Whitcomb. “He answered the questions. That’s more than we got from the last nominee,” the aide said.
F number two
P partial Whitcomb
Q direct - :: “He answered the questions. That’s more than we got from the last nominee,”
> The hearing came 14 months after two passenger jets came within 300 feet of each other on a runway at Newark Liberty International Airport in February 2036, an incident that the National Transportation Safety Board blamed in part on a tired controller working his sixth straight day.
F duration 14 months
F number two
F quantity 300 feet
L facility Newark Liberty International Airport
F date February 2036
O government National Transportation Safety Board
> The National Air Traffic Controllers Association, which represents about 20,000 FAA employees, endorsed Whitcomb last week. Its president, Renata Kowalczyk-Doyle, said in a statement that he understood “you cannot run the busiest airspace in the world on people working six-day weeks.”
O nonprofit National Air Traffic Controllers Association
F number 20,000
O government FAA
P partial Whitcomb
P full Renata Kowalczyk-Doyle
Q direct Renata Kowalczyk-Doyle :: “you cannot run the busiest airspace in the world on people working six-day weeks.”
F duration six-day
> Asked by Sen. Wade Ketchum (R-Okla.) how long it would take to replace radar systems, radios and copper telephone lines at control facilities, some of which date to the 1970s, Whitcomb said most of the $12.5 billion Congress approved in 2036 could be spent by 2040 “if the money keeps coming and the contractors keep their promises.”
P full Wade Ketchum
L region Okla.
F date 1970s
P partial Whitcomb
F money $12.5 billion
O government Congress
F date 2036
F date 2040
Q direct Harlan B. Whitcomb III :: “if the money keeps coming and the contractors keep their promises.”
> Whitcomb, who grew up in Beaumont, Texas, and flew KC-135 tankers for the Air Force for 11 years, would be the agency’s fifth leader in five years if confirmed. The FAA has been run since September by an acting administrator, Gwendolyn Oduya-Strand.
P partial Whitcomb
L city Beaumont
L region Texas
O government Air Force
F duration 11 years
F duration five years
O government FAA
P full Gwendolyn Oduya-Strand
> The committee is scheduled to vote on the nomination on April 29 at 10 a.m., Amundsen’s office said. If approved, it would go to the full Senate, where 51 votes are needed for confirmation if all 100 senators vote.
F date April 29
F time 10 a.m.
P partial Amundsen
O government Senate
F number 51
F number 100
> Yuki Hollingsworth-Tanaka contributed to this report.
P full Yuki Hollingsworth-Tanaka
'''

ARTICLES['260-kyrgyzstan-toktogul-reservoir-power-rationing'] = r'''
> Kyrgyzstan to ration power as Toktogul reservoir falls to record low
L country Kyrgyzstan
L geo Toktogul
> By Aigerim Sultanbekova
P full Aigerim Sultanbekova
> November 17, 2037 1:12 PM GMT+6 Updated 3 hours ago
F date November 17, 2037
F time 1:12 PM GMT+6
F duration 3 hours
> BISHKEK, Nov 17 (Reuters) - Kyrgyzstan will cut electricity to homes for up to six hours a day from Dec 1 after the water level in the Toktogul reservoir, which feeds the country's biggest hydropower plant, fell to its lowest in more than 40 years, the energy ministry said on Tuesday.
L city BISHKEK
F date Nov 17
O media Reuters
L country Kyrgyzstan
F duration six hours
F date Dec 1
L geo Toktogul
F duration 40 years
> The reservoir held 7.9 billion cubic metres of water on Nov 16, against 11.6 billion a year earlier and a full capacity of 19.5 billion, the ministry said in a statement.
F quantity 7.9 billion cubic metres
F date Nov 16
F number 11.6 billion
F number 19.5 billion
> "The situation is critical. Every kilowatt-hour we do not generate now is water we will need in February and March," Deputy Energy Minister Emil Bakyt uulu told reporters.
Q direct Emil Bakyt uulu :: "The situation is critical. Every kilowatt-hour we do not generate now is water we will need in February and March,"
P full Emil Bakyt uulu
> Under the schedule, households in Bishkek and Osh will lose power in two three-hour blocks each day, while villages will be supplied for 18 hours a day, he said. Hospitals, water pumping stations and the capital's combined heat and power plant will be exempt, and street lighting will be cut by half.
L city Bishkek
L city Osh
F number two
F duration three-hour
F duration 18 hours
F fraction half
> The Toktogul plant on the Naryn River, built in the Soviet era, generates about 40% of Kyrgyzstan's electricity. A dry summer and thin snow cover in the Tian Shan mountains cut inflows into the reservoir to 8.3 cubic kilometres in the April-September period, 31% below the long-term average, according to the state weather agency Kyrgyzhydromet.
L facility Toktogul
L geo Naryn River
F percent 40%
L country Kyrgyzstan
L geo Tian Shan
F quantity 8.3 cubic kilometres
F percent 31%
O government Kyrgyzhydromet
> Bakyt uulu said Kyrgyzstan had agreed to import 1.6 billion kilowatt-hours from Kazakhstan and Russia over the winter at a cost of about 9.8 billion soms ($112 million), almost three times what households pay for the same amount of power.
P partial Bakyt uulu
L country Kyrgyzstan
F quantity 1.6 billion kilowatt-hours
L country Kazakhstan
L country Russia
F money 9.8 billion soms
F money $112 million
F number three
> Rationing also strains a water-sharing arrangement with Uzbekistan and Kazakhstan, which rely on summer releases from Toktogul to irrigate cotton and wheat in the Fergana Valley and along the Syr Darya. Kyrgyzstan has said it may have to hold back more water next year to refill the reservoir.
L country Uzbekistan
L country Kazakhstan
L geo Toktogul
L geo Fergana Valley
L geo Syr Darya
L country Kyrgyzstan
> Uzbekistan's Ministry of Water Resources said in a statement it expected Bishkek to keep to a 2035 agreement that guarantees the release of 3.2 billion cubic metres between April and August, calling the deal "binding on both sides."
L country Uzbekistan
O government Ministry of Water Resources
L city Bishkek
F date 2035
F quantity 3.2 billion cubic metres
Q direct Ministry of Water Resources :: "binding on both sides."
> Bishkek is counting on the 1,860-megawatt Kambarata-1 hydropower plant, which Kyrgyzstan, Kazakhstan and Uzbekistan have agreed to build together upstream of Toktogul. Its first two units are due to start in 2039.
L city Bishkek
F quantity 1,860-megawatt
L facility Kambarata-1
L country Kyrgyzstan
L country Kazakhstan
L country Uzbekistan
L geo Toktogul
F number two
F date 2039
> "Rationing is the price of a decade of underinvestment and of tariffs that cover maybe half the cost of generation," said Zarina Abdykadyrova, an energy economist at the Central Asia Energy Institute in Almaty.
Q direct Zarina Abdykadyrova :: "Rationing is the price of a decade of underinvestment and of tariffs that cover maybe half the cost of generation,"
F fraction half
P full Zarina Abdykadyrova
O nonprofit Central Asia Energy Institute
L city Almaty
> "Nobody wants to raise prices before winter, so the state company borrows, and the turbines get older," she said.
Q direct Zarina Abdykadyrova :: "Nobody wants to raise prices before winter, so the state company borrows, and the turbines get older,"
> An official at the state-owned National Energy Holding Company, who asked not to be named because he was not authorised to speak to the media, said two of the Toktogul plant's four turbines were out of service for repairs. "We are running the plant at less than half its capacity," he said.
O company National Energy Holding Company
F number two
L facility Toktogul
F number four
Q direct - :: "We are running the plant at less than half its capacity,"
F fraction half
> Kazakhstan's grid operator KEGOC said in a separate statement that it could supply up to 400 megawatts to Kyrgyzstan at peak hours under the winter contract, but warned that its own reserves were "tighter than in previous years."
L country Kazakhstan
O company KEGOC
F quantity 400 megawatts
L country Kyrgyzstan
Q direct KEGOC :: "tighter than in previous years."
> The cabinet raised household tariffs by 25% in May and plans a further 20% increase in July 2038, according to the ministry.
F percent 25%
F percent 20%
F date July 2038
> In Bishkek's Dzhal district, a schoolteacher who gave only her first name, Aiperi, said her family had spent 38,000 soms on a petrol generator last winter. "Last year it was three hours in the evening. Now they say six. With a baby, you cannot sit in the cold and the dark," she said.
L city Bishkek
L city Dzhal
P partial Aiperi
F money 38,000 soms
Q direct Aiperi :: "Last year it was three hours in the evening. Now they say six. With a baby, you cannot sit in the cold and the dark,"
F duration three hours
F number six
> ($1 = 87.35 soms)
F money $1
F money 87.35 soms
> (Reporting by Aigerim Sultanbekova in Bishkek; additional reporting by Timur Rakhimov in Tashkent; Editing by Fiona Ashworth-Blake)
P full Aigerim Sultanbekova
L city Bishkek
P full Timur Rakhimov
L city Tashkent
P full Fiona Ashworth-Blake
'''

ARTICLES['261-attala-county-ef3-tornado-sallis-mccool'] = r'''
> ‘It sounded like a train’: EF3 tornado kills 2, destroys homes in Attala County
Q direct Shondra McWilliams :: ‘It sounded like a train’
F number 2
L region Attala County
> The National Weather Service says the twister stayed on the ground for 27 miles, with peak winds near 150 mph
O government National Weather Service
F quantity 27 miles
F quantity 150 mph
> Keisha Dunlap-Mayweather
P full Keisha Dunlap-Mayweather
> Mississippi Clarion Ledger
O media Mississippi Clarion Ledger
> Published 8:14 p.m. CT April 7, 2037 | Updated 10:02 a.m. CT April 8, 2037
F time 8:14 p.m. CT
F date April 7, 2037
F time 10:02 a.m. CT
F date April 8, 2037
> Volunteers sort through what is left of a home on County Road 4113 near McCool on Tuesday, April 7, 2037, a day after a tornado cut across Attala County. Barbara Gauthier-Pickens/Clarion Ledger
L street County Road 4113
L city McCool
F date April 7, 2037
L region Attala County
P full Barbara Gauthier-Pickens
O media Clarion Ledger
> KOSCIUSKO — A tornado with winds near 150 mph tore a 27-mile path across Attala County on Monday evening, killing two people, injuring at least 19 and damaging or destroying 84 homes, emergency officials said Tuesday.
L city KOSCIUSKO
F quantity 150 mph
F quantity 27-mile
L region Attala County
F number two
F number 19
F number 84
> The National Weather Service office in Jackson rated the tornado an EF3 on Tuesday afternoon after a survey team found homes swept from their foundations near McCool. It touched down near Sallis at 6:47 p.m. and lifted near the Choctaw County line north of McCool at 7:21 p.m., meteorologist Darnell Ruffin-Toussaint said.
O government National Weather Service
L city Jackson
L city McCool
L city Sallis
F time 6:47 p.m.
L region Choctaw County
L city McCool
F time 7:21 p.m.
P full Darnell Ruffin-Toussaint
> At its widest the path measured about 900 yards, he said. “That is a big, violent tornado, and it was moving at 45 mph, so once it was on top of people they had very little time,” Ruffin-Toussaint said.
F quantity 900 yards
Q direct Darnell Ruffin-Toussaint :: “That is a big, violent tornado, and it was moving at 45 mph, so once it was on top of people they had very little time,”
F quantity 45 mph
P partial Ruffin-Toussaint
> The weather service issued a tornado warning for the area at 6:39 p.m., eight minutes before the tornado touched down, and outdoor sirens sounded in Kosciusko and McCool. The Storm Prediction Center in Norman, Oklahoma, had placed much of central Mississippi under a “moderate” risk of severe storms since Sunday.
F time 6:39 p.m.
F duration eight minutes
L city Kosciusko
L city McCool
O government Storm Prediction Center
L city Norman
L region Oklahoma
L region Mississippi
Q scare - :: “moderate”
> Attala County Coroner Lyndell Beasley identified the dead as Opal Harrelson Tate, 84, and her grandson Tavarius Tate, 17, who had driven to her mobile home on Highway 12 to take her to a storm shelter. Both were found in the wreckage of the home.
L region Attala County
P full Lyndell Beasley
P full Opal Harrelson Tate
F age 84
P full Tavarius Tate
F age 17
L street Highway 12
> “He was that kind of boy. He went to get his grandmama,” Beasley said.
Q direct Lyndell Beasley :: “He was that kind of boy. He went to get his grandmama,”
P partial Beasley
> Among the injured was a 2-year-old girl who was flown to the University of Mississippi Medical Center in Jackson in critical condition, Sheriff Jarrod Upchurch said. UMMC did not release an update on her condition Tuesday.
F age 2-year-old
O other University of Mississippi Medical Center
L city Jackson
P full Jarrod Upchurch
O other UMMC
> Shondra McWilliams, 46, said she pulled her two daughters into a hallway closet when her phone sounded the alarm. “It sounded like a train, and then it sounded like the whole world was coming apart,” she said.
P full Shondra McWilliams
F age 46
F number two
Q direct Shondra McWilliams :: “It sounded like a train, and then it sounded like the whole world was coming apart,”
> “When it got quiet, I opened the door and I could see the sky,” McWilliams said. “There was no roof. There was no back wall.
Q direct Shondra McWilliams :: “When it got quiet, I opened the door and I could see the sky,”
P partial McWilliams
Q direct Shondra McWilliams :: “There was no roof. There was no back wall.
> “My neighbor’s truck was upside down in my yard. I just kept saying thank you, thank you, thank you.”
Q direct Shondra McWilliams :: “My neighbor’s truck was upside down in my yard. I just kept saying thank you, thank you, thank you.”
> Upchurch said deputies, volunteer firefighters and troopers from the Mississippi Highway Patrol searched door to door until about 2 a.m., using chain saws to clear trees from Highway 12 and Highway 35. “We had people trapped in two houses, and we got every one of them out alive,” he said.
P partial Upchurch
O government Mississippi Highway Patrol
F time 2 a.m.
L street Highway 12
L street Highway 35
Q direct Jarrod Upchurch :: “We had people trapped in two houses, and we got every one of them out alive,”
F number two
> The Mississippi Emergency Management Agency (MEMA) said 31 of the 84 damaged homes were destroyed and that teams were still assessing damage in Holmes and Choctaw counties, where the same storm system downed trees and power lines. MEMA Executive Director Clarice Pennebaker-Odom said the state would ask the Federal Emergency Management Agency for a joint damage survey later this week.
O government Mississippi Emergency Management Agency
O government MEMA
F number 31
F number 84
L region Holmes
L region Choctaw
O government MEMA
P full Clarice Pennebaker-Odom
O government Federal Emergency Management Agency
> Central Magnolia Electric Power Association, a cooperative that serves about 21,000 members in five counties, said 6,400 of them lost power at the height of the storm and that 38 poles were snapped. About 2,900 were still without service Tuesday evening.
O company Central Magnolia Electric Power Association
F number 21,000
F number five
F number 6,400
F number 38
F number 2,900
> The Kosciusko School District canceled classes Tuesday and Wednesday. The American Red Cross opened a shelter at Mount Pisgah Missionary Baptist Church, 415 E. Jefferson St., where 37 people spent Monday night.
O education Kosciusko School District
O nonprofit American Red Cross
L facility Mount Pisgah Missionary Baptist Church
L address 415 E. Jefferson St.
F number 37
> Kosciusko Mayor Annette Strickland-Boyd said the city would waive fees for debris pickup through May 15. “Attala County takes care of its own,” she said, “but we are going to need help for a long time.”
L city Kosciusko
P full Annette Strickland-Boyd
F date May 15
Q direct Annette Strickland-Boyd :: “Attala County takes care of its own,”
L region Attala County
Q direct Annette Strickland-Boyd :: “but we are going to need help for a long time.”
> Contributing: Marcus Oyelaran-Bell, Mississippi Clarion Ledger
P full Marcus Oyelaran-Bell
O media Mississippi Clarion Ledger
'''

ARTICLES['262-quebec-transport-minister-resigns-photo-radar'] = r'''
> Quebec transport minister resigns after auditor general slams $212M photo-radar contract
L region Quebec
F money $212M
> By Mathilde Bérubé-Ngata · Global News
P full Mathilde Bérubé-Ngata
O media Global News
> Posted May 20, 2037 5:31 pm · Updated May 20, 2037 8:04 pm
F date May 20, 2037
F time 5:31 pm
F date May 20, 2037
F time 8:04 pm
> Jean-Philippe Tardif-Ouellet announces his resignation as Quebec’s transport minister at a news conference in Quebec City on Wednesday, May 20, 2037. THE CANADIAN PRESS/Mathieu Lapointe-Drouin
P full Jean-Philippe Tardif-Ouellet
L region Quebec
L city Quebec City
F date May 20, 2037
O media THE CANADIAN PRESS
P full Mathieu Lapointe-Drouin
> Quebec’s transport minister, Jean-Philippe Tardif-Ouellet, resigned from cabinet on Wednesday, hours after the province’s auditor general found that his ministry had handed a $212-million contract for a network of 900 photo-radar cameras to a single bidder without a real competition.
L region Quebec
P full Jean-Philippe Tardif-Ouellet
F money $212-million
F number 900
> In a report tabled at the National Assembly, Auditor General Geneviève Lachapelle-Nkemelu said the Ministry of Transport and Sustainable Mobility had chosen Montreal-based Systèmes Arpège inc. in March 2035 after what she called a “pro forma” review of one bid, and had since approved 14 change orders that raised the cost of the project by 61 per cent.
O government National Assembly
P full Geneviève Lachapelle-Nkemelu
O government Ministry of Transport and Sustainable Mobility
L city Montreal
O company Systèmes Arpège inc.
F date March 2035
Q direct Geneviève Lachapelle-Nkemelu :: “pro forma”
F number one
F number 14
F percent 61 per cent
> “The ministry did not show that it obtained the best value for Quebecers,” Lachapelle-Nkemelu told reporters. “Several of the warnings we found were sent directly to the minister’s office.”
Q direct Geneviève Lachapelle-Nkemelu :: “The ministry did not show that it obtained the best value for Quebecers,”
P partial Lachapelle-Nkemelu
Q direct Geneviève Lachapelle-Nkemelu :: “Several of the warnings we found were sent directly to the minister’s office.”
> Tardif-Ouellet, 52, who has represented the riding of Rimouski since 2026, said in a statement that he was stepping aside “so that the work of the ministry can continue without distraction,” but denied any wrongdoing.
P partial Tardif-Ouellet
F age 52
L region Rimouski
F date 2026
Q direct Jean-Philippe Tardif-Ouellet :: “so that the work of the ministry can continue without distraction,”
> Tardif-Ouellet, a former mayor of Rimouski, was given the transport portfolio in a cabinet shuffle in January 2035, two months before the contract was signed.
P partial Tardif-Ouellet
L city Rimouski
F date January 2035
F duration two months
> Premier Étienne Lavallée-Roy accepted the resignation and named Municipal Affairs Minister Sophie-Anne Kowalski as interim transport minister. “I asked for accountability, and Jean-Philippe understood that,” Lavallée-Roy told reporters in French.
P full Étienne Lavallée-Roy
P full Sophie-Anne Kowalski
Q direct Étienne Lavallée-Roy :: “I asked for accountability, and Jean-Philippe understood that,”
P partial Jean-Philippe
P partial Lavallée-Roy
> It is the third resignation from cabinet since the Parti Québécois (PQ) won power in October 2030. The PQ holds 68 of the 125 seats in the legislature.
O party Parti Québécois
O party PQ
F date October 2030
O party PQ
F number 68
F number 125
> Liberal Leader Marc-Antoine Shapiro said the premier’s office had been warned about the contract as early as September 2036 and called for a public inquiry. “This government knew. It knew in September, it knew in January, and it did nothing,” Shapiro said during question period.
P full Marc-Antoine Shapiro
F date September 2036
Q direct Marc-Antoine Shapiro :: “This government knew. It knew in September, it knew in January, and it did nothing,”
P partial Shapiro
> Québec solidaire’s transport critic, Nadia Benhamou-Tremblay, called the contract “a textbook case of how not to spend public money,” while the Coalition Avenir Québec (CAQ) said the premier should testify before a committee of the legislature.
O party Québec solidaire
P full Nadia Benhamou-Tremblay
Q direct Nadia Benhamou-Tremblay :: “a textbook case of how not to spend public money,”
O party Coalition Avenir Québec
O party CAQ
> Systèmes Arpège said in an emailed statement that it had “delivered every phase of the project to specification” and that the change orders had been requested by the ministry.
O company Systèmes Arpège
Q direct Systèmes Arpège inc. :: “delivered every phase of the project to specification”
> According to the report, only 340 of the 900 cameras were working on March 31, 2037, 19 months behind schedule, and the ministry paid Arpège $4.6 million for a data centre in Laval that has never been used.
F number 340
F number 900
F date March 31, 2037
F duration 19 months
O company Arpège
F money $4.6 million
L city Laval
> Most of the cameras were to go up along Highway 20 and Highway 40 between Montreal and Quebec City and on Highway 15 north of Laval, stretches where the ministry says speeding contributed to 41 deaths in 2034.
L street Highway 20
L street Highway 40
L city Montreal
L city Quebec City
L street Highway 15
L city Laval
F number 41
F date 2034
> The cameras issued 118,000 tickets in their first year, well short of the 450,000 the ministry had forecast, the auditor general found.
F number 118,000
F number 450,000
> Quebec’s anti-corruption unit, the Unité permanente anticorruption (UPAC), confirmed it had received a copy of the report but would not say whether it had opened an investigation.
L region Quebec
O government Unité permanente anticorruption
O government UPAC
> The National Assembly’s public administration committee is to hear from ministry officials on June 3. The spring session ends June 12.
O government National Assembly
F date June 3
F date June 12
> — With files from The Canadian Press
O media The Canadian Press
'''

ARTICLES['263-zambia-mozambique-afcon-qualifier-ndola'] = r'''
> SPORT
> Chipolopolo edge Mambas 2-1 to keep AFCON hopes alive
O team Chipolopolo
O team Mambas
F score 2-1
> Teenage substitute Chilufya-Banda strikes late at Levy Mwanawasa Stadium
P partial Chilufya-Banda
L facility Levy Mwanawasa Stadium
> KELVIN MUSONDA-PHIRI, Ndola
P full KELVIN MUSONDA-PHIRI
L city Ndola
> Wednesday, March 25, 2037
F date March 25, 2037
> Chipolopolo substitute Mwape Chilufya-Banda (right) celebrates his winning goal against Mozambique at Levy Mwanawasa Stadium in Ndola yesterday. Picture: BWALYA KAPEMBWA
O team Chipolopolo
P full Mwape Chilufya-Banda
O team Mozambique
L facility Levy Mwanawasa Stadium
L city Ndola
P full BWALYA KAPEMBWA
> TEENAGE substitute Mwape Chilufya-Banda struck four minutes from time as Zambia came from behind to beat Mozambique 2-1 in an Africa Cup of Nations Group F qualifier at Levy Mwanawasa Stadium in Ndola yesterday.
P full Mwape Chilufya-Banda
F duration four minutes
O team Zambia
O team Mozambique
F score 2-1
L facility Levy Mwanawasa Stadium
L city Ndola
> The win lifted Chipolopolo to seven points from four matches, two behind group leaders Cameroon with two games left, while Mozambique remain on four points.
O team Chipolopolo
F number seven
F number four
F number two
O team Cameroon
F number two
O team Mozambique
F number four
> The Mambas, unbeaten in their previous six matches, went ahead in the 23rd minute when Dércio Nhantumbo rose above the Zambian defence to head in a corner from captain Edmilson Cossa Machava.
O team Mambas
F number six
P full Dércio Nhantumbo
P full Edmilson Cossa Machava
> Zambia levelled three minutes before half-time through Kangwa Mulenga-Siame, whose 20-metre shot took a deflection off defender Ivo Mabunda and looped over goalkeeper Celso Nhaca Guambe.
O team Zambia
F duration three minutes
P full Kangwa Mulenga-Siame
F quantity 20-metre
P full Ivo Mabunda
P full Celso Nhaca Guambe
> Goalkeeper Lameck Siwale kept Zambia in the game just after the hour, diving to his right to push away a 25-metre free kick from Cossa Machava and then blocking the rebound from Nhantumbo.
P full Lameck Siwale
O team Zambia
F quantity 25-metre
P partial Cossa Machava
P partial Nhantumbo
> Coach Davies Nkandu Simwinga sent on Chilufya-Banda in the 66th minute, and the 19-year-old scored with his second touch, turning in a low cross from Mulenga-Siame at the near post.
P full Davies Nkandu Simwinga
P partial Chilufya-Banda
F age 19-year-old
P partial Mulenga-Siame
> “At half-time I told the boys that Mozambique would get tired, because they had been defending for 45 minutes. We had to be patient,” Simwinga said.
Q direct Davies Nkandu Simwinga :: “At half-time I told the boys that Mozambique would get tired, because they had been defending for 45 minutes. We had to be patient,”
O team Mozambique
F duration 45 minutes
P partial Simwinga
> “Mwape has been waiting for his chance at this level. He came on and changed the game.”
Q direct Davies Nkandu Simwinga :: “Mwape has been waiting for his chance at this level. He came on and changed the game.”
P partial Mwape
> Chilufya-Banda, nicknamed “Speedy” at Ndola-based ZESCO United of the FAZ Super League, said he had dreamed of the moment since he was 10 years old. “When the ball came, I did not think. I just put my foot there,” he said.
P partial Chilufya-Banda
Q scare - :: “Speedy”
L city Ndola
O team ZESCO United
O other FAZ Super League
F age 10 years old
Q direct Mwape Chilufya-Banda :: “When the ball came, I did not think. I just put my foot there,”
> Among the crowd was Chilufya-Banda’s mother, Febby Chilufya, who had travelled 320 kilometres by bus from Lusaka. “I cried when he scored. I told him at Christmas that this would be his year,” she said.
P partial Chilufya-Banda
P full Febby Chilufya
F quantity 320 kilometres
L city Lusaka
Q direct Febby Chilufya :: “I cried when he scored. I told him at Christmas that this would be his year,”
> Mambas coach Joaquim Reinaldo Tembe was unhappy with both goals. “We conceded from a set piece and from a mistake. At this level you cannot do that,” he said.
O team Mambas
P full Joaquim Reinaldo Tembe
Q direct Joaquim Reinaldo Tembe :: “We conceded from a set piece and from a mistake. At this level you cannot do that,”
> Zambia had 14 shots to Mozambique’s six and 61 per cent of possession, according to the Football Association of Zambia (FAZ), which put the crowd at 28,614, the biggest for a home qualifier since the stadium reopened after renovation in 2034.
O team Zambia
F number 14
O team Mozambique
F number six
F percent 61 per cent
O other Football Association of Zambia
O other FAZ
F number 28,614
F date 2034
> FAZ general secretary Chanda Mwelwa Lukwesa said the players would share a win bonus of K1.2 million. “The boys have given the nation something to smile about, and we will honour our promise,” he said.
O other FAZ
P full Chanda Mwelwa Lukwesa
F money K1.2 million
Q direct Chanda Mwelwa Lukwesa :: “The boys have given the nation something to smile about, and we will honour our promise,”
> Gambian referee Lamin Ceesay-Jallow booked five players, three of them Mozambique players.
P full Lamin Ceesay-Jallow
F number five
F number three
O team Mozambique
> Zambia travel to Yaoundé to face Cameroon on June 9, while Mozambique host Guinea-Bissau at Estádio Nacional do Zimpeto in Maputo. The top two teams in the group qualify for the finals.
O team Zambia
L city Yaoundé
O team Cameroon
F date June 9
O team Mozambique
O team Guinea-Bissau
L facility Estádio Nacional do Zimpeto
L city Maputo
F number two
'''

ARTICLES['264-crete-gavdos-migrant-boat-four-dead-112-rescued'] = r'''
> SOCIETY
> Four dead, 112 rescued after fishing boat founders south of Gavdos
F number Four
F number 112
L geo Gavdos
> Survivors say the vessel left Tobruk in eastern Libya with around 120 people on board
L city Tobruk
L country Libya
F number 120
> Eleni Charalambaki-Dimou
P full Eleni Charalambaki-Dimou
> 13.06.2037 • 19:26
F date 13.06.2037
F time 19:26
> Survivors disembark from a Hellenic Coast Guard vessel in the port of Agia Galini, on the south coast of Crete, on Saturday. [InTime News]
O government Hellenic Coast Guard
L city Agia Galini
L region Crete
O media InTime News
> Four people died and 112 were rescued early on Saturday after a fishing boat crowded with migrants began taking on water about 28 nautical miles south of Gavdos, Greece’s southernmost island, the Hellenic Coast Guard said.
F number Four
F number 112
F quantity 28 nautical miles
L geo Gavdos
L country Greece
O government Hellenic Coast Guard
> The coast guard said it was alerted at 3.40 a.m. by Alarm Phone, a volunteer hotline, after a passenger called to say the engine had failed and the hull was leaking. A Frontex surveillance aircraft located the boat about an hour later.
F time 3.40 a.m.
O nonprofit Alarm Phone
O intergovernmental Frontex
> Two patrol boats, a Super Puma helicopter and three merchant ships diverted by the Joint Rescue Coordination Centre in Piraeus took part in the operation, which was hampered by winds of up to 30 knots and waves of 3 metres.
F number Two
F number three
O government Joint Rescue Coordination Centre
L city Piraeus
F quantity 30 knots
F quantity 3 metres
> Divers recovered the bodies of three men and a woman. A 14-year-old boy and two women were airlifted to Venizelio General Hospital in Heraklion, where the boy was being treated in intensive care, hospital officials said.
F number three
F age 14-year-old
F number two
O other Venizelio General Hospital
L city Heraklion
> The other 109 survivors, most of them men from Egypt, Bangladesh, Pakistan and Sudan, were taken to Agia Galini and later by bus to a reception centre in Chania.
F number 109
L country Egypt
L country Bangladesh
L country Pakistan
L country Sudan
L city Agia Galini
L city Chania
> A 31-year-old Egyptian man, who asked not to be named, told Kathimerini through an interpreter that the boat had left Tobruk on Wednesday night and that each passenger had paid smugglers between $3,500 and $4,500.
F age 31-year-old
O media Kathimerini
L city Tobruk
F money $3,500
F money $4,500
> “On the second day the water started to come in. We used buckets, bottles, our hands,” he said. “They told us it was 18 hours to Italy. We were at sea for three days.”
Q direct - :: “On the second day the water started to come in. We used buckets, bottles, our hands,”
Q direct - :: “They told us it was 18 hours to Italy. We were at sea for three days.”
F duration 18 hours
L country Italy
F duration three days
> Hellenic Coast Guard spokeswoman Lt. Cmdr. Niki Alexandropoulou said the search for more victims would continue through Sunday with two vessels and a helicopter. “We cannot rule out that more people were on board. Survivors have given us numbers from 115 to 130,” she said.
O government Hellenic Coast Guard
P full Niki Alexandropoulou
F number two
Q direct Niki Alexandropoulou :: “We cannot rule out that more people were on board. Survivors have given us numbers from 115 to 130,”
F number 115
F number 130
> According to the United Nations refugee agency, UNHCR, 7,940 people have reached Crete and Gavdos by sea from eastern Libya so far this year, compared with 4,160 in the same period of 2036.
O intergovernmental United Nations
O intergovernmental UNHCR
F number 7,940
L region Crete
L geo Gavdos
L country Libya
F number 4,160
F date 2036
> Greece’s Ministry of Maritime Affairs and Insular Policy said the deaths were “the direct result of criminal networks operating freely from Libya” and that it had asked the European Union for two more Frontex vessels to patrol south of Crete.
L country Greece
O government Ministry of Maritime Affairs and Insular Policy
Q direct Ministry of Maritime Affairs and Insular Policy :: “the direct result of criminal networks operating freely from Libya”
L country Libya
O intergovernmental European Union
F number two
O intergovernmental Frontex
L region Crete
> Stelios Vardakis, coordinator of the Heraklion-based aid group Kritiki Allilengyi, said volunteers had handed out water, dry clothes and phone cards at the port. He called for “safe and legal routes, not more patrols,” adding that the coast guard had done “everything it could” once the boat was found.
P full Stelios Vardakis
L city Heraklion
O nonprofit Kritiki Allilengyi
Q direct Stelios Vardakis :: “safe and legal routes, not more patrols,”
Q direct Stelios Vardakis :: “everything it could”
> Authorities in eastern Libya, where the Libyan National Army (LNA) holds sway, did not respond to a request for comment. Greek officials say smuggling networks have moved departures east from Tripoli to Tobruk over the past two years, onto what smugglers call the “express route”, to avoid patrols off the western coast.
L country Libya
O other Libyan National Army
O other LNA
L city Tripoli
L city Tobruk
F duration two years
Q scare - :: “express route”
> Gavdos, which has fewer than 200 permanent residents, has become the first landfall for many of the boats. Its mayor, Evangelia Kokkinaki, said islanders had brought food and blankets to the harbour on previous nights. “We are a small island, a rock in the sea. We give what we have, but we cannot be the border of Europe,” she said.
L geo Gavdos
F number 200
P full Evangelia Kokkinaki
Q direct Evangelia Kokkinaki :: “We are a small island, a rock in the sea. We give what we have, but we cannot be the border of Europe,”
L continent Europe
> In June 2023, a fishing trawler carrying as many as 750 people sank off Pylos, in the southwestern Peloponnese, in one of the deadliest shipwrecks in the Mediterranean. Only 104 people survived.
F date June 2023
F number 750
L city Pylos
L region Peloponnese
L geo Mediterranean
F number 104
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
