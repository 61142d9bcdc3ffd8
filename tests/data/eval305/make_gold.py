#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval305 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval305/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1873-ucu-strike-ballot-pay-offer-job-cuts-keele-leicester-independent'] = r'''
> Education
> University staff to vote on strikes as union warns of ‘slow-motion collapse’
Q direct Jo Whitlock-Amadi :: ‘slow-motion collapse’
> UCU opens a ballot of 120,000 members at 146 institutions after a 2.1 per cent pay offer and a wave of job cuts
O nonprofit UCU
F number 120,000
F number 146
F percent 2.1 per cent
> Harriet Okonjo-Pryce Education Correspondent
P full Harriet Okonjo-Pryce
> Monday 16 September 2041 06:00 BST
F date 16 September 2041
F time 06:00 BST
> Lecturers and students on a picket line outside the University of Leicester’s Fielding Johnson Building (Getty Images)
O education University of Leicester
L facility Fielding Johnson Building
O company Getty Images
> University staff across the UK begin voting on Monday on whether to strike, after the University and College Union (UCU) rejected a pay offer it called “an insult dressed up as realism”.
L country UK
O nonprofit University and College Union
O nonprofit UCU
Q direct University and College Union :: “an insult dressed up as realism”
> The ballot of about 120,000 members at 146 universities closes on 4 November. UCU has said it will call national action only if turnout reaches 50 per cent, a mark it missed by 2.8 percentage points in 2039, when 47.2 per cent of members voted.
F number 120,000
F number 146
F date 4 November
O nonprofit UCU
F percent 50 per cent
F percent 2.8 percentage points
F date 2039
F percent 47.2 per cent
> Employers have offered a rise of 2.1 per cent for 2041-42, against inflation the union puts at 3.6 per cent. Since January, at least 31 institutions have announced redundancy programmes, among them Cardiff University, Goldsmiths, University of London and the University of Kent, according to UCU’s own count.
F percent 2.1 per cent
F date 2041-42
F percent 3.6 per cent
F number 31
O education Cardiff University
O education Goldsmiths, University of London
O education University of Kent
O nonprofit UCU
> Jo Whitlock-Amadi, UCU’s general secretary, said members were being asked to teach more students with fewer colleagues, “on pay that has lost a quarter of its value since 2036”.
P full Jo Whitlock-Amadi
O nonprofit UCU
Q direct Jo Whitlock-Amadi :: “on pay that has lost a quarter of its value since 2036”
F fraction a quarter
F date 2036
> “This is a slow-motion collapse, and vice-chancellors know it,” she said. “We are not asking for the moon. We are asking for a rise that keeps up with the rent.”
Q direct Jo Whitlock-Amadi :: “This is a slow-motion collapse, and vice-chancellors know it,”
Q direct Jo Whitlock-Amadi :: “We are not asking for the moon. We are asking for a rise that keeps up with the rent.”
> The ballot is part of the union’s “Fair Pay, Safe Jobs” campaign, which it launched at its congress in Brighton in May.
Q scare - :: “Fair Pay, Safe Jobs”
L city Brighton
> Universities UK (UUK), which represents 141 institutions, said one in three expected to run a deficit this year and that “every extra 1 per cent on the pay bill costs the sector about £210m”.
O nonprofit Universities UK
O nonprofit UUK
F number 141
F number one
F number three
Q direct Universities UK :: “every extra 1 per cent on the pay bill costs the sector about £210m”
F percent 1 per cent
F money £210m
> “We understand the strength of feeling on campuses,” a UUK spokesperson added. “But strikes will not conjure up money that is not there.”
Q direct - :: “We understand the strength of feeling on campuses,”
O nonprofit UUK
Q direct - :: “But strikes will not conjure up money that is not there.”
> At Keele University, where the union branch says 94 academic posts are at risk, Dr Tomasz Wierzbicki-Hale, a sociology lecturer and the branch secretary, said morale had never been lower.
O education Keele University
F number 94
P full Tomasz Wierzbicki-Hale
> “When the redundancy letters went out, management told us to ‘do more with less’, as if we had not been doing that for six years,” said Wierzbicki-Hale, who teaches 310 first-year students this term. “Two of my colleagues have second jobs in supermarkets.
Q direct Tomasz Wierzbicki-Hale :: “When the redundancy letters went out, management told us to ‘do more with less’, as if we had not been doing that for six years,”
F duration six years
P partial Wierzbicki-Hale
F number 310
Q direct Tomasz Wierzbicki-Hale :: “Two of my colleagues have second jobs in supermarkets.
F number Two
> “I would rather lose a month’s pay now than lose the whole department next year.”
Q direct Tomasz Wierzbicki-Hale :: “I would rather lose a month’s pay now than lose the whole department next year.”
> Students are divided. Maya Oduya-Finch, 20, a second-year law student at the University of Leicester, said she supported staff but feared for her exams. “If they walk out in January, that is my revision gone,” she said. “I pay £10,950 a year and nobody asks us.”
P full Maya Oduya-Finch
F age 20
O education University of Leicester
Q direct Maya Oduya-Finch :: “If they walk out in January, that is my revision gone,”
Q direct Maya Oduya-Finch :: “I pay £10,950 a year and nobody asks us.”
F money £10,950
> The Department for Education said pay was a matter for employers. A spokesperson said the regulator, the Office for Students (OfS), was “monitoring the finances of every provider closely”.
O government Department for Education
O government Office for Students
O government OfS
Q direct - :: “monitoring the finances of every provider closely”
> If the vote succeeds, the union says the first walkouts could begin in the week of 25 November, followed by a marking boycott in the spring term.
F date 25 November
'''

ARTICLES['1874-nkanyezi-municipality-eskom-debt-r2-3-billion-cuts-mpumalanga-sowetan'] = r'''
> NEWS
> Eskom gives Nkanyezi until April to pay R2.3 billion or face 14-hour cuts
O company Eskom
L region Nkanyezi
F money R2.3 billion
F duration 14-hour
> Municipality says it can find R400m, but residents who pay their bills fear they will sit in the dark with those who don’t
F money R400m
> By Lindiwe Mahlangu - 12 March 2041 - 16:40
P full Lindiwe Mahlangu
F date 12 March 2041
F time 16:40
> Resident Thokozile Ngwenya, 67, at her home in KwaNkanyezi, outside Sterkwaterdrif, on Tuesday. Image: Sipho Nkosi-Botha
P full Thokozile Ngwenya
F age 67
L city KwaNkanyezi
L city Sterkwaterdrif
P full Sipho Nkosi-Botha
> Eskom has told the Nkanyezi Local Municipality in Mpumalanga that it will cut bulk electricity supply for 14 hours a day from April 1 unless the council pays at least R400m of its R2.3 billion debt.
O company Eskom
O government Nkanyezi Local Municipality
L region Mpumalanga
F duration 14 hours
F date April 1
F money R400m
F money R2.3 billion
> The power utility issued the notice last week after the municipality missed its 11th consecutive monthly payment. Nkanyezi, which includes the towns of Sterkwaterdrif and Brandkopspruit and the township of KwaNkanyezi, has about 186 000 residents.
L region Nkanyezi
L city Sterkwaterdrif
L city Brandkopspruit
L city KwaNkanyezi
F number 186 000
> Under the notice, supply would be switched off from 5am to 12pm and from 5pm to 12am on weekdays.
F time 5am
F time 12pm
F time 5pm
F time 12am
> Eskom said in a statement on Tuesday that it had “exhausted every avenue” with the municipality.
O company Eskom
Q direct Eskom :: “exhausted every avenue”
> “Eskom cannot continue to supply electricity to municipalities that collect from their customers but do not pay for the bulk supply they resell. The debt now exceeds what the municipality bills in two years,” the statement said.
Q direct Eskom :: “Eskom cannot continue to supply electricity to municipalities that collect from their customers but do not pay for the bulk supply they resell. The debt now exceeds what the municipality bills in two years,”
O company Eskom
F duration two years
> Municipal manager Sibusiso Mthembu-Zikalala said the council would table a payment plan at a special sitting on Thursday.
P full Sibusiso Mthembu-Zikalala
> “We can raise R400m by the end of March if we sell the old abattoir site and draw down our reserves. That is not a promise, it is arithmetic,” Mthembu-Zikalala told Sowetan.
Q direct Sibusiso Mthembu-Zikalala :: “We can raise R400m by the end of March if we sell the old abattoir site and draw down our reserves. That is not a promise, it is arithmetic,”
F money R400m
P partial Mthembu-Zikalala
O media Sowetan
> He said only 38% of households paid their accounts in February, and that about a third of the electricity the municipality bought was lost to theft and illegal connections before it reached a meter.
F percent 38%
F fraction a third
> Ward 7 councillor Marietjie Oosthuizen said residents of Brandkopspruit had heard the “payment plan” promise before.
L region Ward 7
P full Marietjie Oosthuizen
L city Brandkopspruit
Q scare - :: “payment plan”
> “In 2038 they signed an agreement with Eskom, and in 2040 they signed another one. Neither lasted six months,” Oosthuizen said. “The people who pay are being punished for the people who steal, and for a council that cannot count.”
Q direct Marietjie Oosthuizen :: “In 2038 they signed an agreement with Eskom, and in 2040 they signed another one. Neither lasted six months,”
F date 2038
O company Eskom
F date 2040
F duration six months
P partial Oosthuizen
Q direct Marietjie Oosthuizen :: “The people who pay are being punished for the people who steal, and for a council that cannot count.”
> She said the municipality owed a further R61.5 million to the Department of Water and Sanitation, and that Sterkwaterdrif’s water pumps would stop whenever the power was off.
F money R61.5 million
O government Department of Water and Sanitation
L city Sterkwaterdrif
> In KwaNkanyezi, Thokozile Ngwenya, 67, said she bought R350 of prepaid electricity every week and still sat in the dark during load-shedding.
L city KwaNkanyezi
P full Thokozile Ngwenya
F age 67
F money R350
> “I pay. My neighbour pays. But when Eskom switches off, it switches off all of us,” she said. “My grandson writes matric this year. Must he study by candle for 14 hours?”
Q direct Thokozile Ngwenya :: “I pay. My neighbour pays. But when Eskom switches off, it switches off all of us,”
O company Eskom
Q direct Thokozile Ngwenya :: “My grandson writes matric this year. Must he study by candle for 14 hours?”
F duration 14 hours
> The Mpumalanga Department of Cooperative Governance and Traditional Affairs said in a statement that it was “closely monitoring” the situation and had sent a team to Nkanyezi to help prepare the payment plan.
O government Mpumalanga Department of Cooperative Governance and Traditional Affairs
Q direct Mpumalanga Department of Cooperative Governance and Traditional Affairs :: “closely monitoring”
L region Nkanyezi
> An Eskom official, who asked not to be named because he was not allowed to speak to the media, said at least 23 other municipalities, most of them in the Free State, North West and Mpumalanga, had received similar notices this year.
O company Eskom
F number 23
L region Free State
L region North West
L region Mpumalanga
> “Nkanyezi is not the biggest debtor, but it is one of the worst payers,” the official said.
Q direct - :: “Nkanyezi is not the biggest debtor, but it is one of the worst payers,”
L region Nkanyezi
> Municipalities owed Eskom more than R118 billion at the end of January, according to the utility’s latest figures.
O company Eskom
F money R118 billion
'''

ARTICLES['1875-typhoon-baltog-landfall-eastern-samar-borongan-ndrrmc-pagasa-philstar'] = r'''
> Nation
> ‘Baltog’ slams Eastern Samar; 4 dead, 112,000 flee
Q scare - :: ‘Baltog’
L region Eastern Samar
F number 4
F number 112,000
> Damage to crops and roads reaches P1.2 billion as PAGASA keeps Signal No. 4 over parts of Samar and Leyte
F money P1.2 billion
O government PAGASA
L region Samar
L region Leyte
> Marlon Ebarle-Quijano - The Philippine Star
P full Marlon Ebarle-Quijano
O media The Philippine Star
> October 15, 2041 | 12:00am
F date October 15, 2041
F time 12:00am
> Evacuees crowd a classroom turned shelter in Borongan City yesterday. The STAR/Rodel Amparo-Lim
L city Borongan City
O media The STAR
P full Rodel Amparo-Lim
> BORONGAN CITY, Eastern Samar, Philippines — Typhoon “Baltog” made landfall in Hernani, Eastern Samar at 10:40 p.m. on Sunday, packing maximum sustained winds of 185 kilometers per hour and gusts of up to 230 kph, the Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) said.
L city BORONGAN CITY
L region Eastern Samar
L country Philippines
Q scare - :: “Baltog”
L city Hernani
L region Eastern Samar
F time 10:40 p.m.
F quantity 185 kilometers per hour
F quantity 230 kph
O government Philippine Atmospheric, Geophysical and Astronomical Services Administration
O government PAGASA
> At least four people were killed and 112,000 fled their homes in Eastern Visayas, the National Disaster Risk Reduction and Management Council (NDRRMC) said in its 6 a.m. report yesterday.
F number four
F number 112,000
L region Eastern Visayas
O government National Disaster Risk Reduction and Management Council
O government NDRRMC
F time 6 a.m.
> Two of the dead were fishermen from Guiuan whose boat capsized before the storm hit. A 71-year-old woman in General MacArthur was pinned by a fallen coconut tree, and a boy, 9, drowned in a swollen creek in Quinapondan, the NDRRMC said.
F number Two
L city Guiuan
F age 71-year-old
L city General MacArthur
F age 9
L city Quinapondan
O government NDRRMC
> PAGASA weather specialist Jonalyn Fajardo-Ruiz said “Baltog” weakened slightly after crossing Samar but remained “a very dangerous typhoon” as it moved west-northwest at 20 kph toward Masbate and Romblon.
O government PAGASA
P full Jonalyn Fajardo-Ruiz
Q scare - :: “Baltog”
L geo Samar
Q direct Jonalyn Fajardo-Ruiz :: “a very dangerous typhoon”
F quantity 20 kph
L region Masbate
L region Romblon
> “We expect it to exit the Philippine area of responsibility by Wednesday evening. Until then, storm surges of up to 3 meters remain possible along the coasts of Leyte and Biliran,” she said.
Q direct Jonalyn Fajardo-Ruiz :: “We expect it to exit the Philippine area of responsibility by Wednesday evening. Until then, storm surges of up to 3 meters remain possible along the coasts of Leyte and Biliran,”
F quantity 3 meters
L region Leyte
L region Biliran
> Eastern Samar Gov. Ramon “Bong” Cabacang-Sabenano said the province had preemptively evacuated 31,400 families from coastal barangays on Saturday.
L region Eastern Samar
P full Ramon “Bong” Cabacang-Sabenano
Q scare - :: “Bong”
F number 31,400
> “If we had waited another day, we would be counting bodies, not houses,” Cabacang-Sabenano told The STAR. “Baltog took roofs, boats, the rice that was about to be harvested. We will need help for months, not weeks.”
Q direct Ramon “Bong” Cabacang-Sabenano :: “If we had waited another day, we would be counting bodies, not houses,”
P partial Cabacang-Sabenano
O media The STAR
Q direct Ramon “Bong” Cabacang-Sabenano :: “Baltog took roofs, boats, the rice that was about to be harvested. We will need help for months, not weeks.”
> The governor said power was cut in all 22 towns and the provincial capital after transmission lines went down between Borongan and Taft.
F number 22
L city Borongan
L city Taft
> The Department of Agriculture put initial crop losses in the region at P1.2 billion, mostly rice and coconut on 38,600 hectares of farmland, while the Department of Public Works and Highways said 14 road sections were impassable.
O government Department of Agriculture
F money P1.2 billion
F quantity 38,600 hectares
O government Department of Public Works and Highways
F number 14
> In a gymnasium in Barangay Maypangdan, evacuee Analyn Dacutanan-Pabilona, 34, held her youngest child as rain drummed on the roof.
L city Barangay Maypangdan
P full Analyn Dacutanan-Pabilona
F age 34
> “Naguba an amon balay. Waray kami nadara kundi mga bata,” she said in Waray. (Our house collapsed. We took nothing but the children.)
Q direct Analyn Dacutanan-Pabilona :: “Naguba an amon balay. Waray kami nadara kundi mga bata,”
> She said her husband stayed behind in their village to watch over the family’s pump boat, which they had borrowed P45,000 to buy in 2040.
F money P45,000
F date 2040
> The Department of Social Welfare and Development said it had prepositioned 96,000 family food packs in Tacloban City and would airlift more once Borongan Airport reopened.
O government Department of Social Welfare and Development
F number 96,000
L city Tacloban City
L facility Borongan Airport
> NDRRMC spokesperson Edgardo Villamor-Tan said the council had asked local governments to keep evacuees in shelters for at least 48 hours after the winds eased.
O government NDRRMC
P full Edgardo Villamor-Tan
F duration 48 hours
> “The typhoon is leaving, the danger is not,” he said, pointing to the risk of landslides in the mountains of Samar Island.
Q direct Edgardo Villamor-Tan :: “The typhoon is leaving, the danger is not,”
L geo Samar Island
> Classes at all levels were suspended in Eastern Samar, Samar, Northern Samar, Leyte and Biliran until further notice.
L region Eastern Samar
L region Samar
L region Northern Samar
L region Leyte
L region Biliran
'''

ARTICLES['1876-halvard-bellevue-software-layoffs-warn-notice-esd-kirkland-geekwire'] = r'''
> Layoffs
> Bellevue software maker Halvard cuts 610 jobs, or 14% of staff, as AI coding tools reshape its product
L city Bellevue
O company Halvard
F number 610
F percent 14%
> The cuts, disclosed in a memo from CEO Dana Ruehl-Ostrander and a state WARN filing, hit engineering and customer support hardest
P full Dana Ruehl-Ostrander
> by Marisol Tenorio-Blake on May 8, 2041 at 10:12 am
P full Marisol Tenorio-Blake
F date May 8, 2041
F time 10:12 am
> Halvard’s headquarters in downtown Bellevue, Wash. (GeekWire File Photo / Kenji Araki-Dunn)
O company Halvard
L city Bellevue
L region Wash.
O media GeekWire
P full Kenji Araki-Dunn
> Halvard, the Bellevue, Wash.-based maker of project-management software for construction firms, is laying off 610 employees, about 14% of its workforce, GeekWire has learned.
O company Halvard
L city Bellevue
L region Wash.
F number 610
F percent 14%
O media GeekWire
> Chief Executive Dana Ruehl-Ostrander announced the cuts Wednesday morning in a memo to employees that was later shared with GeekWire.
P full Dana Ruehl-Ostrander
O media GeekWire
> “This is the hardest decision I have made in five years at Halvard,” she wrote. “We are not cutting because we are in trouble. We are cutting so that we never are.”
Q direct Dana Ruehl-Ostrander :: “This is the hardest decision I have made in five years at Halvard,”
F duration five years
O company Halvard
Q direct Dana Ruehl-Ostrander :: “We are not cutting because we are in trouble. We are cutting so that we never are.”
> The company filed a WARN notice with the Washington State Employment Security Department (ESD) listing 388 affected workers in Bellevue and 74 in Seattle. The rest are in Austin, Texas, and in Toronto. Layoffs take effect July 7.
O government Washington State Employment Security Department
O government ESD
F number 388
L city Bellevue
F number 74
L city Seattle
L city Austin
L region Texas
L city Toronto
F date July 7
> In the memo, Ruehl-Ostrander said the company would “reinvest every dollar” saved into what she called “agent-first” products, which use AI models to draft schedules and change orders for general contractors. She said affected employees in the U.S. would receive 16 weeks of base pay plus two weeks for every year of service, and health coverage through Oct. 31.
P partial Ruehl-Ostrander
Q direct Dana Ruehl-Ostrander :: “reinvest every dollar”
Q direct Dana Ruehl-Ostrander :: “agent-first”
L country U.S.
F duration 16 weeks
F duration two weeks
F date Oct. 31
> Halvard, founded in 2036, raised $420 million from venture investors before it went public on the Nasdaq in 2040. Its shares fell 6.3% to $41.12 in early trading.
O company Halvard
F date 2036
F money $420 million
O company Nasdaq
F date 2040
F percent 6.3%
F money $41.12
> The company reported revenue of $1.18 billion for its last fiscal year, up 9% from the year before, and an operating loss of $36 million.
F money $1.18 billion
F percent 9%
F money $36 million
> Halvard is the third Eastside tech company to file a WARN notice this spring, according to ESD records, which list 2,940 layoffs across King County since March 1.
O company Halvard
L region Eastside
O government ESD
F number 2,940
L region King County
F date March 1
> “We are seeing a very specific pattern,” said Ngozi Adeyemi-Clarke, an economist at the Albers School of Business and Economics at Seattle University. “Companies are profitable, or close to it, and they are still cutting engineers, because investors reward them for saying ‘AI’ on earnings calls.”
Q direct Ngozi Adeyemi-Clarke :: “We are seeing a very specific pattern,”
P full Ngozi Adeyemi-Clarke
O education Albers School of Business and Economics
O education Seattle University
Q direct Ngozi Adeyemi-Clarke :: “Companies are profitable, or close to it, and they are still cutting engineers, because investors reward them for saying ‘AI’ on earnings calls.”
> She said the region’s software workforce had shrunk by about 4% from its peak in 2039, while overall employment in King County was still growing. “This is not a recession. It is a reallocation, and it is painful for the people in the middle of it,” she said.
F percent 4%
F date 2039
L region King County
Q direct Ngozi Adeyemi-Clarke :: “This is not a recession. It is a reallocation, and it is painful for the people in the middle of it,”
> Among those let go was Trevor Ng-Lindqvist, 41, a senior support engineer who had worked at Halvard for six years. He learned of his layoff at 8:05 a.m., when his laptop stopped accepting his password.
P full Trevor Ng-Lindqvist
F age 41
O company Halvard
F duration six years
F time 8:05 a.m.
> “I found out from a login screen before I found out from a human,” Ng-Lindqvist said in a phone interview from his home in Kirkland. “My manager called 40 minutes later. She didn’t know either.”
Q direct Trevor Ng-Lindqvist :: “I found out from a login screen before I found out from a human,”
P partial Ng-Lindqvist
L city Kirkland
Q direct Trevor Ng-Lindqvist :: “My manager called 40 minutes later. She didn’t know either.”
F duration 40 minutes
> He said he had already applied for unemployment benefits and planned to spend the summer “re-skilling,” a word he said he had heard 11 times in the all-hands meeting that followed the memo.
Q scare - :: “re-skilling,”
F number 11
> A Halvard spokesperson said in an email that the company was “offering outplacement support to everyone affected” and declined to comment on Ng-Lindqvist’s account.
O company Halvard
Q direct - :: “offering outplacement support to everyone affected”
P partial Ng-Lindqvist
> Halvard employed about 4,360 people at the end of March.
O company Halvard
F number 4,360
'''

ARTICLES['1877-carlton-collingwood-mcg-ferreira-whitby-34-disposals-afl-abc-sport'] = r'''
> ABC Sport
O media ABC Sport
> Carlton comes from behind to beat Collingwood at the MCG as Ferreira-Whitby racks up 34 disposals
O team Carlton
O team Collingwood
L facility MCG
P partial Ferreira-Whitby
F number 34
> The Blues kick seven goals to five after half-time to move into the top four, while the Magpies lose a defender to a broken jaw
O team Blues
F number seven
F number five
F number four
O team Magpies
> By Nick Papadakis-Hurley
P full Nick Papadakis-Hurley
> Posted Sat 27 Apr 2041 at 10:48pm
F date 27 Apr 2041
F time 10:48pm
> Carlton's Tom Vaikona celebrates one of his four goals against Collingwood at the MCG. (Getty Images: Maddie Quinlan-Ferris)
O team Carlton
P full Tom Vaikona
F number four
O team Collingwood
L facility MCG
O company Getty Images
P full Maddie Quinlan-Ferris
> Carlton has come from 10 points down at quarter-time to beat Collingwood 13.11 (89) to 11.8 (74) in front of 87,406 people at the MCG on Saturday night.
O team Carlton
F number 10
O team Collingwood
F score 13.11
F score 89
F score 11.8
F score 74
F number 87,406
L facility MCG
> The Magpies kicked four of the first five goals and led 4.1 (25) to 2.3 (15) at the first change, but the Blues won the stoppages in the second quarter and went into half-time three points up, 6.6 (42) to 6.3 (39).
O team Magpies
F number four
F number five
F score 4.1
F score 25
F score 2.3
F score 15
O team Blues
F number three
F score 6.6
F score 42
F score 6.3
F score 39
> Four goals to two in the third term, two of them to Vaikona, opened a 16-point lead at the last break, 10.9 (69) to 8.5 (53), and Collingwood never got closer than nine points in the final quarter.
F number Four
F number two
F number two
P partial Vaikona
F number 16
F score 10.9
F score 69
F score 8.5
F score 53
O team Collingwood
F number nine
> Midfielder Lachlan Ferreira-Whitby had 34 disposals, 11 clearances and a goal, while Vaikona kicked four from 16 touches in his 50th game.
P full Lachlan Ferreira-Whitby
F number 34
F number 11
P partial Vaikona
F number four
F number 16
> "We talked all week about 'winning the contest, not the highlight', and in the second half we finally did it," Carlton coach Sean Delahunty said. "Lachie [Ferreira-Whitby] was enormous in there.
Q direct Sean Delahunty :: "We talked all week about 'winning the contest, not the highlight', and in the second half we finally did it,"
O team Carlton
P full Sean Delahunty
Q direct Sean Delahunty :: "Lachie [Ferreira-Whitby] was enormous in there.
P partial Lachie
P partial Ferreira-Whitby
> "He's 22 and he's playing like a 30-year-old. I'm not sure what more we can ask of him."
Q direct Sean Delahunty :: "He's 22 and he's playing like a 30-year-old. I'm not sure what more we can ask of him."
F age 22
F age 30-year-old
> The win lifts Carlton to 5-2 and into the top four, while Collingwood slips to 3-4 and 10th on the ladder.
O team Carlton
F score 5-2
F number four
O team Collingwood
F score 3-4
> Collingwood coach Rhys Okafor-Whelan said his side had "switched off" for about 20 minutes in the third quarter.
O team Collingwood
P full Rhys Okafor-Whelan
Q direct Rhys Okafor-Whelan :: "switched off"
F duration 20 minutes
> "We were good for two quarters and ordinary for the other two," he said. "Harvey [Ngata] tried to drag us back into it, but too many blokes went missing when it got hard."
Q direct Rhys Okafor-Whelan :: "We were good for two quarters and ordinary for the other two,"
F number two
F number two
Q direct Rhys Okafor-Whelan :: "Harvey [Ngata] tried to drag us back into it, but too many blokes went missing when it got hard."
P partial Harvey
P partial Ngata
> Captain Harvey Ngata was the Magpies' best with 29 disposals and two goals, and small forward Kai Rennick-Dowd kicked three.
P full Harvey Ngata
O team Magpies
F number 29
F number two
P full Kai Rennick-Dowd
F number three
> Defender Josh Tuala-Brennan was taken to hospital with a suspected broken jaw after a collision in the opening minutes of the final term.
P full Josh Tuala-Brennan
> The Magpies said in a statement that he was "comfortable" and would have surgery on Monday, and that he was expected to miss six to eight weeks.
O team Magpies
Q direct Collingwood :: "comfortable"
F duration six
F duration eight weeks
> Carlton's forward trio, dubbed the "Three Amigos" by fans, combined for nine goals, with Vaikona's four, three from Ollie Baird-Matagi and two from Sam Costakis.
O team Carlton
Q scare - :: "Three Amigos"
F number nine
P partial Vaikona
F number four
F number three
P full Ollie Baird-Matagi
F number two
P full Sam Costakis
> Delahunty said he was wary of reading too much into one win.
P partial Delahunty
F number one
> "Ask me again in August. We've been 5-2 before and finished ninth," he said.
Q direct Sean Delahunty :: "Ask me again in August. We've been 5-2 before and finished ninth,"
F score 5-2
> Carlton meets Sydney at the SCG next Friday night, while Collingwood hosts Geelong at the MCG on Sunday, May 5.
O team Carlton
O team Sydney
L facility SCG
O team Collingwood
O team Geelong
L facility MCG
F date May 5
'''

ARTICLES['1878-qinglan-electronics-quang-ninh-server-board-plant-vietnam-focus-taiwan'] = r'''
> Business
> Taiwan's Qinglan Electronics to build US$940 million server board plant in northern Vietnam
L country Taiwan
O company Qinglan Electronics
F money US$940 million
L country Vietnam
> The 65-hectare plant in Quảng Ninh is due to start production in 2043 and employ about 3,800 workers
F quantity 65-hectare
L region Quảng Ninh
F date 2043
F number 3,800
> 05/07/2041 06:18 PM
F date 05/07/2041
F time 06:18 PM
> An artist's rendering of Qinglan Electronics' planned plant at Sông Khoai Industrial Park in Quảng Ninh. Photo courtesy of Qinglan Electronics
O company Qinglan Electronics
L facility Sông Khoai Industrial Park
L region Quảng Ninh
O company Qinglan Electronics
> Taipei, May 7 (CNA) Qinglan Electronics Corp., a Taiwanese maker of printed circuit boards and power modules for AI servers, said Tuesday it will invest 24 trillion dong (US$940 million) in a new plant in northern Vietnam, its largest investment outside Taiwan.
L city Taipei
F date May 7
O media CNA
O company Qinglan Electronics Corp.
F money 24 trillion dong
F money US$940 million
L country Vietnam
L country Taiwan
> The plant, on a 65-hectare site at Sông Khoai Industrial Park in Quảng Ninh province, about 25 kilometers from Lạch Huyện port in Hải Phòng, is scheduled to start production in the third quarter of 2043, the Taoyuan-based company said in a filing with the Taiwan Stock Exchange.
F quantity 65-hectare
L facility Sông Khoai Industrial Park
L region Quảng Ninh
F quantity 25 kilometers
L facility Lạch Huyện
L city Hải Phòng
F date 2043
L city Taoyuan
O company Taiwan Stock Exchange
> Qinglan Chairman Hsu Wen-chieh told reporters in Taipei that the plant would make boards for servers assembled by customers in Vietnam, Mexico and the United States, and would employ about 3,800 people at full capacity.
O company Qinglan
P full Hsu Wen-chieh
L city Taipei
L country Vietnam
L country Mexico
L country United States
F number 3,800
> "Two years ago our customers asked, 'Can you build outside China?' Now they ask, 'How fast can you build in Vietnam?'" Hsu said.
Q direct Hsu Wen-chieh :: "Two years ago our customers asked, 'Can you build outside China?' Now they ask, 'How fast can you build in Vietnam?'"
F duration Two years
L country China
L country Vietnam
P partial Hsu
> "The first phase will have 12 production lines. If demand holds, we will double that by 2044.
Q direct Hsu Wen-chieh :: "The first phase will have 12 production lines. If demand holds, we will double that by 2044.
F number 12
F date 2044
> "We chose Quảng Ninh because the power is reliable and the province moves quickly on permits," he added.
Q direct Hsu Wen-chieh :: "We chose Quảng Ninh because the power is reliable and the province moves quickly on permits,"
L region Quảng Ninh
> In a statement, Vietnam's Ministry of Finance, which took over the investment portfolio of the former Ministry of Planning and Investment, said the project was the largest foreign investment licensed in the province so far this year and was "in line with Vietnam's priority for high-technology manufacturing."
L country Vietnam
O government Ministry of Finance
O government Ministry of Planning and Investment
Q direct Ministry of Finance :: "in line with Vietnam's priority for high-technology manufacturing."
L country Vietnam
> Vũ Thị Thanh Hương, vice chairwoman of the Quảng Ninh Provincial People's Committee, said the site had been cleared and would be connected to a new 220-kilovolt substation by the end of 2042.
P full Vũ Thị Thanh Hương
O government Quảng Ninh Provincial People's Committee
F quantity 220-kilovolt
F date 2042
> "We promised the investor a license in 30 days and a grid that does not fail, and we keep our promises," Hương said in a phone interview from Hạ Long, the provincial capital.
Q direct Vũ Thị Thanh Hương :: "We promised the investor a license in 30 days and a grid that does not fail, and we keep our promises,"
F duration 30 days
P partial Hương
L city Hạ Long
> She said the province expected Qinglan's suppliers to invest a further US$300 million nearby within three years.
O company Qinglan
F money US$300 million
F duration three years
> Chen Yu-ting, an analyst at the Chung-Hua Institution for Economic Research (CIER), said Qinglan was following at least four Taiwanese peers that had opened plants in northern Vietnam since 2038, drawn by wages she put at "roughly 40 percent" of Taiwan's.
P full Chen Yu-ting
O nonprofit Chung-Hua Institution for Economic Research
O nonprofit CIER
O company Qinglan
F number four
L country Vietnam
F date 2038
Q direct Chen Yu-ting :: "roughly 40 percent"
F percent 40 percent
L country Taiwan
> "The risk is not the factory, it is the grid. Factories in the north ran short of power in the summer of 2039, and customers remember that," Chen said.
Q direct Chen Yu-ting :: "The risk is not the factory, it is the grid. Factories in the north ran short of power in the summer of 2039, and customers remember that,"
F date 2039
P partial Chen
> Qinglan, which employs 11,200 people in Taiwan and at a plant in Penang, Malaysia, reported a net profit of NT$4.2 billion (US$131 million) on revenue of NT$61.8 billion last year.
O company Qinglan
F number 11,200
L country Taiwan
L region Penang
L country Malaysia
F money NT$4.2 billion
F money US$131 million
F money NT$61.8 billion
> Its shares rose 4.6 percent to close at NT$218.50 in Taipei on Tuesday, outperforming the benchmark Taiex, which gained 0.3 percent.
F percent 4.6 percent
F money NT$218.50
L city Taipei
F percent 0.3 percent
> Hsu said about a fifth of the plant's staff would be engineers, most of them Vietnamese graduates who would first train for six months at the company's headquarters in Taoyuan.
P partial Hsu
F fraction a fifth
F duration six months
L city Taoyuan
> (By Lai Yu-chen and Phạm Minh Khoa)
P full Lai Yu-chen
P full Phạm Minh Khoa
> Enditem
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
