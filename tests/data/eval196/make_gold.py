#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval196 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval196/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1219-laswa-ferry-expansion-badagry-epe-jetties-operators-punch'] = r'''
> News
> LASWA opens four jetties, 14 new ferry routes to Badagry, Epe
O government LASWA
F number four
F number 14
L city Badagry
L city Epe
> Private boat operators fear “a takeover” as state moves to triple daily passengers
Q direct Yusuf Adegoke-Salami :: “a takeover”
> Temitope Adeyemi-Oshodi, Lagos
P full Temitope Adeyemi-Oshodi
L city Lagos
> 14th June 2039
F date 14th June 2039
> A passenger ferry berths at the new Badagry Marina jetty on Monday. Photo: Kehinde Arowolo
L facility Badagry Marina
P full Kehinde Arowolo
> The Lagos State Waterways Authority on Monday opened four new jetties and 14 ferry routes linking Badagry, Epe and Ijede to Lagos Island, the largest expansion of water transport in the state since the agency was set up in 2008.
O government Lagos State Waterways Authority
F number four
F number 14
L city Badagry
L city Epe
L city Ijede
L city Lagos Island
F date 2008
> The N38.5bn project, funded partly by a N12bn facility from three commercial banks, is expected to raise daily ridership from about 45,000 passengers to 120,000 by December 2041, according to figures obtained by PUNCH.
F money N38.5bn
F money N12bn
F number three
F number 45,000
F number 120,000
F date December 2041
O media PUNCH
> Speaking at the Badagry Marina jetty, the General Manager of LASWA, Mrs Folashade Oyekan-Bright, said commuters from the western end of the state had for decades spent up to three hours in traffic to cover 55 kilometres.
L facility Badagry Marina
O government LASWA
P full Folashade Oyekan-Bright
F duration three hours
F quantity 55 kilometres
> “From today, the same journey takes 70 minutes on water. We have also installed life jacket stations at every jetty, and nobody boards without one.
Q direct Folashade Oyekan-Bright :: “From today, the same journey takes 70 minutes on water. We have also installed life jacket stations at every jetty, and nobody boards without one.
F duration 70 minutes
> “The era of ‘no life jacket, no wahala’ is over. Any operator caught carrying passengers without jackets will lose his licence,” Oyekan-Bright said.
Q direct Folashade Oyekan-Bright :: “The era of ‘no life jacket, no wahala’ is over. Any operator caught carrying passengers without jackets will lose his licence,”
P partial Oyekan-Bright
> Among the new routes are Badagry–Marina, Epe–Falomo and Ijede–Victoria Island, with fares set between N2,000 and N4,800 per trip. Twenty-two new 40-seater boats will run on the routes from 6am to 8pm daily.
L city Badagry
L city Marina
L city Epe
L city Falomo
L city Ijede
L city Victoria Island
F money N2,000
F money N4,800
F number Twenty-two
F number 40
F time 6am
F time 8pm
> The Chairman of Epe Local Government Area, Alhaji Kamorudeen Lawal-Ayinde, told PUNCH that the council gave the land for two of the jetties free of charge.
L region Epe Local Government Area
P full Kamorudeen Lawal-Ayinde
O media PUNCH
F number two
> “Our people sell fish in Lagos Island every day. If the boats run on time, they will abandon the road,” he said.
Q direct Kamorudeen Lawal-Ayinde :: “Our people sell fish in Lagos Island every day. If the boats run on time, they will abandon the road,”
L city Lagos Island
> But the Lagos Boat Owners and Operators Association, LABOA, said private operators, who carry most passengers on the lagoon, had not been consulted on the timetable.
O nonprofit Lagos Boat Owners and Operators Association
O nonprofit LABOA
> Its chairman, Comrade Yusuf Adegoke-Salami, said, “LASWA promised to partner us. What we see now is 22 government boats on routes where our members have worked for 20 years. That is not partnership, it is a takeover.”
P full Yusuf Adegoke-Salami
Q direct Yusuf Adegoke-Salami :: “LASWA promised to partner us. What we see now is 22 government boats on routes where our members have worked for 20 years. That is not partnership, it is a takeover.”
O government LASWA
F number 22
F duration 20 years
> An official of the agency, who asked not to be named because he was not authorised to speak on the matter, said private operators would be allowed to run 60 per cent of trips on the new routes. “Nobody is pushing anybody out,” the official said.
F percent 60 per cent
Q direct - :: “Nobody is pushing anybody out,”
> At least 31 people died in boat accidents on Lagos waterways in 2038, according to LASWA.
F number 31
L city Lagos
F date 2038
O government LASWA
> Mrs Ronke Ajao, 46, a fabric trader who boarded the 6.30am boat at Badagry, said she paid N3,500 for a trip that costs her about N5,000 by road.
P full Ronke Ajao
F age 46
F time 6.30am
L city Badagry
F money N3,500
F money N5,000
> “It is cheaper, and I will reach Balogun market before 8am,” she said.
Q direct Ronke Ajao :: “It is cheaper, and I will reach Balogun market before 8am,”
L facility Balogun
F time 8am
> The Lagos State Commissioner for Transportation, Mr Oluwaseun Dada-Williams, said the state would add 30 boats and two more jetties, at Ojo and Ibeshe, in the first half of 2040.
L region Lagos State
P full Oluwaseun Dada-Williams
F number 30
F number two
L city Ojo
L city Ibeshe
F date 2040
> Copyright PUNCH. All rights reserved.
O media PUNCH
'''

ARTICLES['1220-tokyo-quake-drill-sumida-koto-condo-retrofit-ordinance-japan-times'] = r'''
> NATIONAL
> Tokyo stages biggest quake drill in a decade as tougher rules for old condos loom
L city Tokyo
> About 1.2 million people in five wards take part; metropolitan government plans to require retrofits of 14,000 pre-1981 buildings
F number 1.2 million
F number five
F number 14,000
F date 1981
> By Naomi Hartwell / Staff writer
P full Naomi Hartwell
> Sep 1, 2039
F date Sep 1, 2039
> Residents of Sumida Ward set up cardboard beds at Kinshi Park during a disaster drill on Thursday. | KYODO
L region Sumida Ward
L facility Kinshi Park
O media KYODO
> The Tokyo Metropolitan Government staged its largest earthquake drill in more than a decade on Thursday, simulating a magnitude 7.3 quake directly beneath the capital as it prepares to toughen rules that officials say leave 14,000 older condominium buildings at risk.
O government Tokyo Metropolitan Government
F quantity magnitude 7.3
F number 14,000
> The scenario assumed the quake struck at 9:02 a.m., shaking eastern Tokyo with an intensity of upper 6 on the Japanese scale of 7. About 1.2 million people in Sumida, Koto, Arakawa, Adachi and Katsushika wards took part, according to the metropolitan government.
F time 9:02 a.m.
L city Tokyo
F number 6
F number 7
F number 1.2 million
L region Sumida
L region Koto
L region Arakawa
L region Adachi
L region Katsushika
> The drill is held each year on Sept. 1, the anniversary of the 1923 Great Kanto Earthquake, which killed more than 100,000 people.
F date Sept. 1
F date 1923
F number 100,000
> “A magnitude 7 quake under Tokyo is not a question of if, but when,” Tokyo Gov. Haruka Morishita told reporters at the drill’s headquarters in Shinjuku. “We cannot keep telling residents to be ready while thousands of buildings are not.”
Q direct Haruka Morishita :: “A magnitude 7 quake under Tokyo is not a question of if, but when,”
F quantity magnitude 7
L city Tokyo
L city Tokyo
P full Haruka Morishita
L region Shinjuku
Q direct Haruka Morishita :: “We cannot keep telling residents to be ready while thousands of buildings are not.”
> Under an ordinance the Tokyo Metropolitan Assembly is expected to vote on in December, owners of condominiums built before June 1981, when Japan’s current seismic standard took effect, would have to finish a structural assessment within three years and any retrofit within 10 years.
O government Tokyo Metropolitan Assembly
F date June 1981
L country Japan
F duration three years
F duration 10 years
> The metropolitan government will pay up to half of the cost, capped at ¥30 million per building, and has set aside ¥86.4 billion for the program over five years, officials said.
F fraction half
F money ¥30 million
F money ¥86.4 billion
F duration five years
> Ayumi Takeda, a structural engineer at Waseda University, said the most dangerous buildings were those with so-called “piloti” ground floors, where parking spaces sit between open columns.
P full Ayumi Takeda
O education Waseda University
Q scare - :: “piloti”
> “In the 1995 Kobe quake, those floors simply folded,” Takeda said. “A 40-year-old building can be made safe. But the owners have to agree first, and that is the hard part.”
Q direct Ayumi Takeda :: “In the 1995 Kobe quake, those floors simply folded,”
F date 1995
L city Kobe
P partial Takeda
Q direct Ayumi Takeda :: “A 40-year-old building can be made safe. But the owners have to agree first, and that is the hard part.”
F duration 40-year-old
> That is the problem for Hiroshi Nakagawa, 74, who chairs the owners’ association of a 48-unit condominium built in 1978 in Koto Ward.
P full Hiroshi Nakagawa
F age 74
F number 48
F date 1978
L region Koto Ward
> “Half of us are pensioners. Even with the subsidy, each household would pay about ¥2.5 million, and some of my neighbors say they will be dead before the work is finished,” he said.
Q direct Hiroshi Nakagawa :: “Half of us are pensioners. Even with the subsidy, each household would pay about ¥2.5 million, and some of my neighbors say they will be dead before the work is finished,”
F fraction Half
F money ¥2.5 million
> An official at the metropolitan government’s urban development bureau, speaking on condition of anonymity, said buildings whose owners failed to act would be named on a public list. “We are not trying to shame anyone, but tenants and neighbors have a right to know,” the official said.
Q direct - :: “We are not trying to shame anyone, but tenants and neighbors have a right to know,”
> A 2022 estimate by the metropolitan government put the death toll from a magnitude 7.3 quake beneath southern Tokyo at about 6,100, with 194,000 buildings destroyed, many of them by fire in the dense wooden neighborhoods of the eastern wards.
F date 2022
F quantity magnitude 7.3
L city Tokyo
F number 6,100
F number 194,000
> At Kinshi Park, about 3,000 residents practiced setting up portable toilets and a water tank in 40 minutes while the Tokyo Fire Department and the Ground Self-Defense Force ran a rescue exercise at a mock collapsed building nearby.
L facility Kinshi Park
F number 3,000
F duration 40 minutes
O government Tokyo Fire Department
O government Ground Self-Defense Force
'''

ARTICLES['1221-dublin-marathon-rono-course-record-o-ceallaigh-swords-bekele-irish-times'] = r'''
> Athletics
> Rono smashes Dublin course record as Ó Ceallaigh runs fastest Irish time on home roads
P partial Rono
L city Dublin
P partial Ó Ceallaigh
> Kenyan wins in 2:05:48 on a cold, still morning; Ethiopia’s Alemitu Bekele takes the women’s race
F duration 2:05:48
L country Ethiopia
P full Alemitu Bekele
> Gráinne Mac Suibhne
P full Gráinne Mac Suibhne
> Sun Oct 28 2040 - 15:42
F date Oct 28 2040
F time 15:42
> Eoghan Ó Ceallaigh of Swords on his way to sixth place on Fitzwilliam Street. Photograph: Lorcan Dwyer/Inpho
P full Eoghan Ó Ceallaigh
L city Swords
L street Fitzwilliam Street
P full Lorcan Dwyer
O media Inpho
> Kenya’s Brian Kiprotich Rono took 91 seconds off the Dublin course record on Sunday, winning in 2:05:48 as a field of 25,000 ran under a cold but windless sky.
L country Kenya
P full Brian Kiprotich Rono
F duration 91 seconds
L city Dublin
F duration 2:05:48
F number 25,000
> The 27-year-old from Iten broke clear of a five-man group on Roebuck Road, the long drag at 35 kilometres that local runners call “Heartbreak Hill”, and reached Merrion Square two minutes and 14 seconds ahead of Ethiopia’s Dawit Mekonnen.
F age 27-year-old
L city Iten
F number five
L street Roebuck Road
F quantity 35 kilometres
Q scare - :: “Heartbreak Hill”
L facility Merrion Square
F duration two minutes
F duration 14 seconds
L country Ethiopia
P full Dawit Mekonnen
> “They told me Dublin is flat. Dublin is not flat,” Rono said, laughing. “At Roebuck my coach shouted ‘Go now, Brian,’ and I went. After that I only looked at the clock.”
Q direct Brian Kiprotich Rono :: “They told me Dublin is flat. Dublin is not flat,”
L city Dublin
L city Dublin
P partial Rono
Q direct Brian Kiprotich Rono :: “At Roebuck my coach shouted ‘Go now, Brian,’ and I went. After that I only looked at the clock.”
L city Roebuck
P partial Brian
> The previous record of 2:07:19, set by Ethiopia’s Tesfaye Girma in 2038, had looked safe until the pacemakers stepped off at 30km, where the leaders were already 40 seconds inside schedule.
F duration 2:07:19
L country Ethiopia
P full Tesfaye Girma
F date 2038
F quantity 30km
F duration 40 seconds
> Mekonnen held on for second in 2:08:02, with Uganda’s Moses Chebet third in 2:08:37.
P partial Mekonnen
F duration 2:08:02
L country Uganda
P full Moses Chebet
F duration 2:08:37
> Bekele, who turned 24 on Friday, won the women’s race in 2:21:07, the second-fastest women’s time on the course, 58 seconds ahead of Kenya’s Mercy Jepkosgei. Saoirse Ní Fhaoláin of Cobh was third in 2:26:15 and first Irish woman home.
P partial Bekele
F age 24
F duration 2:21:07
F duration 58 seconds
L country Kenya
P full Mercy Jepkosgei
P full Saoirse Ní Fhaoláin
L city Cobh
F duration 2:26:15
> The loudest cheer of the day went to Ó Ceallaigh. The 31-year-old Swords man finished sixth in 2:09:52, the fastest marathon ever run by an Irishman in Ireland, having gone through halfway in 64:40.
P partial Ó Ceallaigh
F age 31-year-old
L city Swords
F duration 2:09:52
L country Ireland
F duration 64:40
> “I was scared at halfway, to be honest. The lads in front were gone and I was on my own from Crumlin to Terenure, just me and the wind,” he said.
Q direct Eoghan Ó Ceallaigh :: “I was scared at halfway, to be honest. The lads in front were gone and I was on my own from Crumlin to Terenure, just me and the wind,”
L city Crumlin
L city Terenure
> “Then the crowd in Milltown carried me. I can’t explain the last eight miles any other way.
Q direct Eoghan Ó Ceallaigh :: “Then the crowd in Milltown carried me. I can’t explain the last eight miles any other way.
L city Milltown
F quantity eight miles
> “My mother was at the Phoenix Park with a sign saying ‘Go on Eoghan, you’re not done yet’. I wasn’t.”
Q direct Eoghan Ó Ceallaigh :: “My mother was at the Phoenix Park with a sign saying ‘Go on Eoghan, you’re not done yet’. I wasn’t.”
L geo Phoenix Park
P partial Eoghan
> His time is inside the 2:10:00 qualifying standard for next summer’s European championships. Athletics Ireland called it “a landmark day for Irish distance running” in a statement.
F duration 2:10:00
O nonprofit Athletics Ireland
Q direct Athletics Ireland :: “a landmark day for Irish distance running”
> It was 6 degrees at the 8.45am start. Organisers said 21,874 runners finished, the last of them crossing the line six hours and 12 minutes after the gun.
F quantity 6 degrees
F time 8.45am
F number 21,874
F duration six hours
F duration 12 minutes
> Dublin Fire Brigade said its crews treated 143 runners along the route, 11 of whom were taken to St Vincent’s University Hospital, none with serious injuries.
O government Dublin Fire Brigade
F number 143
F number 11
O other St Vincent’s University Hospital
> Rono collects €30,000 for the win and a €20,000 bonus for the record. He said he would run Dublin again “if they give me the same weather”.
P partial Rono
F money €30,000
F money €20,000
L city Dublin
Q direct Brian Kiprotich Rono :: “if they give me the same weather”
'''

ARTICLES['1222-eu-mackerel-atlantic-quota-deal-killybegs-netherlands-ireland-politico-europe'] = r'''
> Fisheries
> EU ministers cut mackerel catch 22 percent after all-night haggling
F percent 22 percent
> Ireland and Spain won softer cuts elsewhere; the Netherlands calls the deal “a missed chance” for the Atlantic.
L country Ireland
L country Spain
L country Netherlands
Q direct Marieke van der Sluis :: “a missed chance”
L geo Atlantic
> By Marta Wójcik-Sørensen and Liam Corrigan
P full Marta Wójcik-Sørensen
P full Liam Corrigan
> December 12, 2040 6:14 am CET
F date December 12, 2040
F time 6:14 am CET
> A trawler lands mackerel in Killybegs, County Donegal, Ireland. | Piotr Zaremba/AFP via Getty Images
L city Killybegs
L region County Donegal
L country Ireland
P full Piotr Zaremba
O media AFP
O media Getty Images
> BRUSSELS — EU fisheries ministers agreed early Wednesday to cut the bloc’s share of the mackerel catch in the northeast Atlantic by 22 percent next year, ending 19 hours of talks in which the Netherlands pushed for a deeper cut and Ireland and Spain held out for less.
L city BRUSSELS
O intergovernmental EU
L geo Atlantic
F percent 22 percent
F duration 19 hours
L country Netherlands
L country Ireland
L country Spain
> The deal sets the EU’s 2041 mackerel quota at 148,600 tonnes, down from 190,500 tonnes this year, and keeps the cod fishery in the Celtic Sea closed to all but 340 tonnes of bycatch, according to a Council document seen by POLITICO.
O intergovernmental EU
F date 2041
F quantity 148,600 tonnes
F quantity 190,500 tonnes
L geo Celtic Sea
F quantity 340 tonnes
O intergovernmental Council
O media POLITICO
> The Commission had proposed a 41 percent cut in September, citing advice from the International Council for the Exploration of the Sea (ICES) that the stock was at its lowest level since the 1970s.
O intergovernmental Commission
F percent 41 percent
O intergovernmental International Council for the Exploration of the Sea
O intergovernmental ICES
F date 1970s
> “This is not the deal I would have written, but it is a deal the science can live with,” Fisheries Commissioner Ioana Bălănescu told reporters at 5 a.m. “Nobody in this room wanted to be the minister who closed the mackerel fishery.”
Q direct Ioana Bălănescu :: “This is not the deal I would have written, but it is a deal the science can live with,”
P full Ioana Bălănescu
F time 5 a.m.
Q direct Ioana Bălănescu :: “Nobody in this room wanted to be the minister who closed the mackerel fishery.”
> The sole quota in the Bay of Biscay was cut by 15 percent to 3,100 tonnes, half the reduction the Commission had sought. The Dutch fisheries minister, Marieke van der Sluis, called the mackerel figure “a missed chance,” and said the Netherlands would push for an emergency review if spring surveys showed the stock shrinking again.
L geo Bay of Biscay
F percent 15 percent
F quantity 3,100 tonnes
F fraction half
O intergovernmental Commission
P full Marieke van der Sluis
Q direct Marieke van der Sluis :: “a missed chance,”
L country Netherlands
> Ireland’s marine minister, Séamus Ó Duinnín, defended the outcome. Ó Duinnín said 1,100 jobs in Killybegs alone depended on mackerel, and that “a quota you cannot fish is just a number on paper.”
L country Ireland
P full Séamus Ó Duinnín
P partial Ó Duinnín
F number 1,100
L city Killybegs
Q direct Séamus Ó Duinnín :: “a quota you cannot fish is just a number on paper.”
> One EU diplomat, who was granted anonymity to discuss the closed-door talks, said Madrid had threatened to block the whole package over hake. “The Spanish came in with a red line and they left with the same red line. Everybody else moved,” the diplomat said.
O intergovernmental EU
L city Madrid
Q direct - :: “The Spanish came in with a red line and they left with the same red line. Everybody else moved,”
> Environmental groups were less forgiving. North Atlantic Fish Watch, a Brussels-based coalition of 23 NGOs, said ministers had again set limits above scientific advice, a December habit that campaigners call the “Christmas discount”: nine of the 14 stocks on the table got more fish than ICES advised.
O nonprofit North Atlantic Fish Watch
L city Brussels
F number 23
Q scare - :: “Christmas discount”
F number nine
F number 14
O intergovernmental ICES
> “Ministers keep borrowing fish from next year to pay for this one, and the bill keeps growing,” said Jonas Vilkas, the coalition’s policy officer.
Q direct Jonas Vilkas :: “Ministers keep borrowing fish from next year to pay for this one, and the bill keeps growing,”
P full Jonas Vilkas
> Denmark, France, Belgium, Germany and Portugal backed the compromise. The new limits apply from January 1 and will be reviewed in June 2041, when ICES publishes its next advice.
L country Denmark
L country France
L country Belgium
L country Germany
L country Portugal
F date January 1
F date June 2041
O intergovernmental ICES
'''

ARTICLES['1223-baytown-refinery-flaring-fine-tceq-mcnair-highlands-houston-chronicle'] = r'''
> Environment
> Baytown refinery to pay $4.2 million over flaring that released 310,000 pounds of pollution
L city Baytown
F money $4.2 million
F quantity 310,000 pounds
> State regulators say the plant's flares burned for 96 hours during a 2040 breakdown. Neighbors in McNair say the penalty is "pocket change."
F duration 96 hours
F date 2040
L city McNair
Q direct Dolores Ybarra-Chávez :: "pocket change."
> By Caleb Okafor-Reyes, Staff writer
P full Caleb Okafor-Reyes
> Updated Feb. 20, 2041 6:05 p.m.
F date Feb. 20, 2041
F time 6:05 p.m.
> Flares burn at the Bayshore Refining plant on Cedar Bayou Road in Baytown. Yi-Ting Lam/Staff photographer
O company Bayshore Refining
L street Cedar Bayou Road
L city Baytown
P full Yi-Ting Lam
> A Baytown refinery has agreed to pay $4.2 million in penalties after its flares released more than 310,000 pounds of sulfur dioxide, benzene and other pollutants over four days last February, the Texas Commission on Environmental Quality said Wednesday.
L city Baytown
F money $4.2 million
F quantity 310,000 pounds
F duration four days
O government Texas Commission on Environmental Quality
> The proposed agreed order, posted ahead of a commissioners' vote on March 26, is the largest air penalty the TCEQ has sought against a single refinery since 2036, according to a Houston Chronicle review of enforcement records.
F date March 26
O government TCEQ
F date 2036
O media Houston Chronicle
> Bayshore Refining Co. said the flaring began when a power failure knocked two units offline at 11:40 p.m. on Feb. 6, 2040, and that its operators "acted to protect workers and the community." The company said it had since spent $18 million on backup power.
O company Bayshore Refining Co.
F number two
F time 11:40 p.m.
F date Feb. 6, 2040
Q direct Bayshore Refining Co. :: "acted to protect workers and the community."
F money $18 million
> The plant, which can process 245,000 barrels of crude a day, sits less than a mile from McNair, an unincorporated community of about 2,000 people, and from the Highlands neighborhoods across the San Jacinto River.
F quantity 245,000 barrels
L city McNair
F number 2,000
L city Highlands
L geo San Jacinto River
> "We smelled it for four days. My grandson missed a week of school because of his asthma," said Dolores Ybarra-Chávez, 68, who has lived on the same McNair street for 41 years. "And $4.2 million? That is pocket change for them."
Q direct Dolores Ybarra-Chávez :: "We smelled it for four days. My grandson missed a week of school because of his asthma,"
F duration four days
P full Dolores Ybarra-Chávez
F age 68
L city McNair
F duration 41 years
Q direct Dolores Ybarra-Chávez :: "And $4.2 million? That is pocket change for them."
F money $4.2 million
> Harris County's pollution monitor on Cedar Bayou Road recorded benzene at 41 parts per billion on Feb. 8, more than four times the county's alert level, according to data reviewed by the Chronicle.
L region Harris County
L street Cedar Bayou Road
F quantity 41 parts per billion
F date Feb. 8
F number four
O media Chronicle
> The Rev. Darnell Fontenot, who leads the Baytown Fenceline Alliance, said the group would ask commissioners to reject the order. "Under this deal, half the money goes to air filters in schools, and we are grateful for that. But nobody is asking why a plant this size has no working backup," he said.
P full Darnell Fontenot
O nonprofit Baytown Fenceline Alliance
Q direct Darnell Fontenot :: "Under this deal, half the money goes to air filters in schools, and we are grateful for that. But nobody is asking why a plant this size has no working backup,"
F fraction half
> "The company has flared 11 times in three years. Each time it tells us it was a one-off.
Q direct Darnell Fontenot :: "The company has flared 11 times in three years. Each time it tells us it was a one-off.
F number 11
F duration three years
> "At some point, a pattern is a pattern."
Q direct Darnell Fontenot :: "At some point, a pattern is a pattern."
> TCEQ spokeswoman Renata Głowacka said the penalty followed the agency's standard calculation and included a $640,000 enhancement for the plant's compliance history.
O government TCEQ
P full Renata Głowacka
F money $640,000
> A person familiar with the negotiations, who was not authorized to speak publicly, said Bayshore had first offered $1.9 million. "They moved because the benzene numbers were ugly," the person said.
O company Bayshore
F money $1.9 million
Q direct - :: "They moved because the benzene numbers were ugly,"
> Under the order, $2.1 million would pay for air filters at 17 schools in the Goose Creek Consolidated Independent School District. Public comment closes at 5 p.m. March 24.
F money $2.1 million
F number 17
O education Goose Creek Consolidated Independent School District
F time 5 p.m.
F date March 24
'''

ARTICLES['1224-cold-lake-oilsands-process-water-leak-marie-lake-first-nations-aer-edmonton-journal'] = r'''
> Alberta
L region Alberta
> Salty process water from Cold Lake oilsands site spreads over 14 hectares, AER says
L city Cold Lake
F quantity 14 hectares
O government AER
> Cold Lake First Nations chief says band heard of the leak from a trapper, not the company
O government Cold Lake First Nations
> Author of the article: Jolene Marchand-Whitecalf
P full Jolene Marchand-Whitecalf
> Published Mar 13, 2041 • Last updated 3 hours ago • 3 minute read
F date Mar 13, 2041
F duration 3 hours
F duration 3 minute
> Crews lay absorbent booms near the Tamarack Crossing site northwest of Cold Lake on Tuesday. Photo by Anders Lindqvist /Postmedia
L facility Tamarack Crossing
L city Cold Lake
P full Anders Lindqvist
O media Postmedia
> An estimated 2.6 million litres of salty process water leaked from a buried pipeline at an oilsands site northwest of Cold Lake, covering about 14 hectares of muskeg and reaching a creek that flows into Marie Lake, the Alberta Energy Regulator said Tuesday.
F quantity 2.6 million litres
L city Cold Lake
F quantity 14 hectares
L geo Marie Lake
O government Alberta Energy Regulator
> The leak at Northmere Energy Ltd.’s Tamarack Crossing thermal project was found on March 9 during a routine flyover, but may have begun as early as Feb. 27, according to the regulator’s incident notice.
O company Northmere Energy Ltd.
L facility Tamarack Crossing
F date March 9
F date Feb. 27
> AER spokesperson Harjit Sandhu-Moreau said samples from the creek showed chloride levels of 18,000 milligrams per litre, roughly 70 times what aquatic life can tolerate. “This water is several times saltier than the sea. Anything it touches, it kills,” he said.
O government AER
P full Harjit Sandhu-Moreau
F quantity 18,000 milligrams per litre
F number 70
Q direct Harjit Sandhu-Moreau :: “This water is several times saltier than the sea. Anything it touches, it kills,”
> The regulator has ordered the company to recover the water, install monitoring wells within 400 metres of the creek and report daily. Marie Lake lies about six kilometres downstream.
F quantity 400 metres
L geo Marie Lake
F quantity six kilometres
> Cold Lake First Nations Chief Theresa Janvier-Cardinal said the band learned of the spill on Sunday from a trapper, four days after the company had notified the AER.
O government Cold Lake First Nations
P full Theresa Janvier-Cardinal
F duration four days
O government AER
> “Our people fish that lake. Our kids swim in it. And we hear about it from a man on a snowmobile,” she said. “When I called the company, the manager told me it was ‘a contained event.’ Contained where?
Q direct Theresa Janvier-Cardinal :: “Our people fish that lake. Our kids swim in it. And we hear about it from a man on a snowmobile,”
Q direct Theresa Janvier-Cardinal :: “When I called the company, the manager told me it was ‘a contained event.’ Contained where?
> “We want our own testing, paid for by Northmere, and we want it before the ice goes out.”
Q direct Theresa Janvier-Cardinal :: “We want our own testing, paid for by Northmere, and we want it before the ice goes out.”
O company Northmere
> In a statement, Northmere said it had “stopped the source” within 24 hours of discovery and that more than 80 per cent of the spilled water had been recovered by vacuum trucks. “We regret that our notification to neighbouring communities was not as fast as it should have been,” the company said.
O company Northmere
Q direct Northmere Energy Ltd. :: “stopped the source”
F duration 24 hours
F percent 80 per cent
Q direct Northmere Energy Ltd. :: “We regret that our notification to neighbouring communities was not as fast as it should have been,”
> Ray Desjarlais, 63, who holds a registered trapline near the creek, said he found dead muskrats and a white crust on the snow along a 300-metre stretch. “I have trapped there since I was 12. I never saw the willows turn brown in March,” he said.
P full Ray Desjarlais
F age 63
F quantity 300-metre
Q direct Ray Desjarlais :: “I have trapped there since I was 12. I never saw the willows turn brown in March,”
F age 12
> Alberta’s environment minister, Gordon Liu-Parkhurst, said Wednesday the province would review how quickly operators must tell nearby First Nations about spills. The Beaver Lake Cree Nation, whose territory lies to the west, has asked for the same.
L region Alberta
P full Gordon Liu-Parkhurst
O government Beaver Lake Cree Nation
> In Ottawa, federal Environment Minister Priya Doucette-Singh said Environment and Climate Change Canada would send its own team to sample Marie Lake this week.
L city Ottawa
P full Priya Doucette-Singh
O government Environment and Climate Change Canada
L geo Marie Lake
> A provincial official, who spoke on condition she not be named, said the review could lead to a 24-hour notice rule. “Right now the law says ‘promptly,’ and everyone reads that differently,” she said.
F duration 24-hour
Q direct - :: “Right now the law says ‘promptly,’ and everyone reads that differently,”
> Under AER rules, Northmere could face a fine of up to $500,000 a day for each day of non-compliance. The company’s Tamarack Crossing site produces about 32,000 barrels of bitumen a day.
O government AER
O company Northmere
F money $500,000
L facility Tamarack Crossing
F quantity 32,000 barrels
> jmarchand@postmedia.com
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
