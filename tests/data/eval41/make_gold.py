#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval41 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval41/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['289-punjab-hc-stays-panchayat-dissolution-malwa'] = r'''
> Punjab
L region Punjab
> HC stays Punjab’s order dissolving 312 panchayats, seeks reply in four weeks
O government HC
L region Punjab
F number 312
F duration four weeks
> Bench calls notification ‘prima facie arbitrary’; Opposition says government ‘humbled’
Q direct Punjab and Haryana High Court :: ‘prima facie arbitrary’
Q direct Tejinder Singh Brar :: ‘humbled’
> Harpreet Kaur Sekhon
P full Harpreet Kaur Sekhon
> Tribune News Service
O media Tribune News Service
> Updated At : 02:14 AM Mar 18, 2038 IST
F time 02:14 AM
F date Mar 18, 2038
> The Punjab and Haryana High Court in Chandigarh. Tribune file photo
O government Punjab and Haryana High Court
L city Chandigarh
O media Tribune
> Chandigarh, March 17
L city Chandigarh
F date March 17
> In a setback to the state government, the Punjab and Haryana High Court today stayed a notification dissolving 312 gram panchayats in Bathinda, Mansa and Sangrur districts and handing their funds to government-appointed administrators.
O government Punjab and Haryana High Court
F number 312
L region Bathinda
L region Mansa
L region Sangrur
> A Division Bench of Justice Rajinder Pal Singh Gill and Justice Meenakshi Rao Dogra also issued notice to the state and directed it to file a reply within four weeks. The matter will now come up on April 22.
P full Rajinder Pal Singh Gill
P full Meenakshi Rao Dogra
F duration four weeks
F date April 22
> The notification, issued by the Department of Rural Development and Panchayats on February 27, had cited “serious irregularities” in the use of Rs 186 crore released to the 312 villages under the state’s pond-renovation and street-paving schemes between 2035 and 2037.
O government Department of Rural Development and Panchayats
F date February 27
Q direct Department of Rural Development and Panchayats :: “serious irregularities”
F money Rs 186 crore
F number 312
F date 2035
F date 2037
> Terming the notification “prima facie arbitrary”, the Bench observed that the elected bodies had been dissolved “without a show-cause notice, without an inquiry report and without a hearing”.
Q direct Punjab and Haryana High Court :: “prima facie arbitrary”
Q direct Punjab and Haryana High Court :: “without a show-cause notice, without an inquiry report and without a hearing”
> “Panchayats are elected bodies. They cannot be wished away by an executive fiat on the strength of allegations that are yet to be examined,” the Bench said in its 14-page order.
Q direct Punjab and Haryana High Court :: “Panchayats are elected bodies. They cannot be wished away by an executive fiat on the strength of allegations that are yet to be examined,”
F number 14
> The petitions were filed by 47 sarpanches led by Paramjit Kaur, sarpanch of Chak Fateh Singh Wala village in Bathinda district, who was elected in 2036 with 61 per cent of the votes polled.
F number 47
P full Paramjit Kaur
L city Chak Fateh Singh Wala
L region Bathinda
F date 2036
F percent 61 per cent
> Appearing for the petitioners, senior advocate Vikramjit S. Chahal argued that the Punjab Panchayati Raj Act, 1994, permitted dissolution only after an inquiry, and that none of the 312 panchayats had been given a hearing. “The government has punished entire villages for what, at worst, are the lapses of a few individuals,” he told the court.
P full Vikramjit S. Chahal
F number 312
Q direct Vikramjit S. Chahal :: “The government has punished entire villages for what, at worst, are the lapses of a few individuals,”
> Advocate-General Navneet Kaur Aulakh told the Bench that a special audit had found bills worth Rs 41.6 crore for works that “either did not exist or existed only on paper”, and sought time to place the audit reports on record.
P full Navneet Kaur Aulakh
F money Rs 41.6 crore
Q direct Navneet Kaur Aulakh :: “either did not exist or existed only on paper”
> Under the notification, block development and panchayat officers (BDPOs) had taken charge of the dissolved bodies. With today’s order, the sarpanches and panches will resume charge till the next date of hearing.
> Rural Development and Panchayats Minister Kulwant Singh Sohal said the government would “place every bill and every measurement book before the court”.
P full Kulwant Singh Sohal
Q direct Kulwant Singh Sohal :: “place every bill and every measurement book before the court”
> “We respect the order. But let nobody think this government will look the other way when money meant for a village pond ends up in someone’s pocket,” he told reporters in Mohali.
Q direct Kulwant Singh Sohal :: “We respect the order. But let nobody think this government will look the other way when money meant for a village pond ends up in someone’s pocket,”
L city Mohali
> The Opposition was quick to claim vindication. “The government has been humbled by the High Court. It wanted village funds in the hands of its own officers before the 2039 panchayat elections,” said Shiromani Akali Dal (SAD) spokesperson Tejinder Singh Brar.
Q direct Tejinder Singh Brar :: “The government has been humbled by the High Court. It wanted village funds in the hands of its own officers before the 2039 panchayat elections,”
O government High Court
F date 2039
O party Shiromani Akali Dal
O party SAD
P full Tejinder Singh Brar
> Congress MLA from Budhlada Jaswinder Kaur Bhullar said the dissolution of 71 panchayats in her constituency alone had held up payments for drinking water schemes. “For five weeks, no sarpanch in Budhlada could sign a cheque, not even for a tubewell motor,” she said.
L region Budhlada
P full Jaswinder Kaur Bhullar
F number 71
Q direct Jaswinder Kaur Bhullar :: “For five weeks, no sarpanch in Budhlada could sign a cheque, not even for a tubewell motor,”
F duration five weeks
L region Budhlada
> At Chak Fateh Singh Wala, about 30 km from Bathinda, Paramjit Kaur, 44, said villagers distributed laddoos after news of the stay was announced on the gurdwara loudspeaker at 4.30 pm.
L city Chak Fateh Singh Wala
F quantity 30 km
L city Bathinda
P full Paramjit Kaur
F age 44
F time 4.30 pm
> “For 20 days they called us thieves on television. Our pond was dug, it has water, anyone can come and see it,” she said.
Q direct Paramjit Kaur :: “For 20 days they called us thieves on television. Our pond was dug, it has water, anyone can come and see it,”
F duration 20 days
> Of the 312 dissolved panchayats, 138 are in Bathinda, 101 in Mansa and 73 in Sangrur, according to the notification. Together they serve about 4.1 lakh rural residents. Each had received between Rs 38 lakh and Rs 96 lakh under the two schemes.
F number 312
F number 138
L region Bathinda
F number 101
L region Mansa
F number 73
L region Sangrur
F number 4.1 lakh
F money Rs 38 lakh
F money Rs 96 lakh
F number two
> A senior official of the department, who did not wish to be identified, said the government was weighing an appeal in the Supreme Court. “The Bench has only looked at procedure. On merits, our case is strong,” the official said.
O government Supreme Court
Q direct - :: “The Bench has only looked at procedure. On merits, our case is strong,”
> The Bench clarified that the stay would not prevent the department from completing its audit, nor stop the Vigilance Bureau from pursuing the six FIRs already registered at police stations in Talwandi Sabo and Moonak.
O government Vigilance Bureau
F number six
L city Talwandi Sabo
L city Moonak
'''

ARTICLES['290-peer-bree-merger-vote-limburg-as'] = r'''
> Belgium
L country Belgium
> Peer and Bree councils vote to merge from 2043
L city Peer
L city Bree
F date 2043
> The two north Limburg towns will form a municipality of about 34,000 residents. Neighbouring As was asked to join, but its mayor says ‘not now’
F number two
L region Limburg
F number 34,000
L city As
Q direct Ruud Hendrikx :: ‘not now’
> Lieselot De Clercq
P full Lieselot De Clercq
> Tuesday, 16 March 2038
F date 16 March 2038
> The Markt in Peer, where the council approved the merger on Monday evening. Credit: Belga / Jelle Vermeersch
L street Markt
L city Peer
O media Belga
P full Jelle Vermeersch
> The municipal councils of Peer and Bree, in the north of Limburg province, have both voted to merge the two towns into a single municipality, which will come into being on 1 January 2043, after the local elections of October 2042.
L city Peer
L city Bree
L region Limburg
F number two
F date 1 January 2043
F date October 2042
> Peer’s council approved the plan 19-6 on Monday evening, with the six councillors of the opposition N-VA voting against. In Bree, councillors backed it by 20 votes to 3, with two abstentions, shortly before midnight.
L city Peer
F number 19-6
F number six
O party N-VA
L city Bree
F number 20
F number 3
F number two
> The new municipality will have about 34,000 residents and cover some 150 square kilometres, making it one of the largest in Flanders by area. It will include Kleine-Brogel, the village in Peer that is home to the Air Component’s F-35 base.
F number 34,000
F quantity 150 square kilometres
L region Flanders
L city Kleine-Brogel
L city Peer
O government Air Component
> Under the Flemish Government’s incentive scheme for voluntary mergers, the region will take over €500 of debt per resident, or roughly €17 million. Bree carries the heavier burden, with debt of €2,870 per resident against Peer’s €1,310.
O government Flemish Government
F money €500
F money €17 million
L city Bree
F money €2,870
L city Peer
F money €1,310
> The plan was drawn up by the two mayors, Jasper Vanderhoydonck (CD&V) of Peer and Marleen Claesen (Vooruit) of Bree, who presented it to residents in January at a joint meeting attended by some 600 people.
F number two
P full Jasper Vanderhoydonck
O party CD&V
L city Peer
P full Marleen Claesen
O party Vooruit
L city Bree
F number 600
> “Our children go to the same secondary schools, our firefighters already answer calls from the same station and our businesses don’t care where the municipal border runs,” Vanderhoydonck told the council. “Two towns that share so much have no reason to keep two town halls.”
Q direct Jasper Vanderhoydonck :: “Our children go to the same secondary schools, our firefighters already answer calls from the same station and our businesses don’t care where the municipal border runs,”
P partial Vanderhoydonck
Q direct Jasper Vanderhoydonck :: “Two towns that share so much have no reason to keep two town halls.”
F number Two
F number two
> Claesen described the merger as “a marriage of reason, not of love” and promised that both town halls would stay open as service points. The two administrations together employ 412 people, and there will be no forced redundancies, she said.
P partial Claesen
Q direct Marleen Claesen :: “a marriage of reason, not of love”
F number two
F number 412
> In Peer, the N-VA, led locally by Toon Van den Eynde, had called for a referendum before any decision was taken. Van den Eynde said the party had collected 1,840 signatures in six weeks and accused the majority of deciding “behind closed doors”.
L city Peer
O party N-VA
P full Toon Van den Eynde
P partial Van den Eynde
F number 1,840
F duration six weeks
Q direct Toon Van den Eynde :: “behind closed doors”
> “A merger is permanent. People in Peer should have been asked, not informed,” he said.
Q direct Toon Van den Eynde :: “A merger is permanent. People in Peer should have been asked, not informed,”
L city Peer
> Neighbouring As, a municipality of about 8,500 residents between Genk and Bree, was approached in 2037 but declined to take part. Mayor Ruud Hendrikx said his council wanted to wait for an independent study of its finances.
L city As
F number 8,500
L city Genk
L city Bree
F date 2037
P full Ruud Hendrikx
> “For As, the answer is not never. It is not now,” he told the regional newspaper Het Belang van Limburg.
Q direct Ruud Hendrikx :: “For As, the answer is not never. It is not now,”
L city As
O media Het Belang van Limburg
> Flemish Minister of Home Affairs Bart Scheepmans welcomed the two votes, saying north Limburg had “shown that scale and local identity can go together”. Peer and Bree would be the fourth merger approved to take effect in 2043, the minister said.
P full Bart Scheepmans
F number two
L region Limburg
Q direct Bart Scheepmans :: “shown that scale and local identity can go together”
L city Peer
L city Bree
F date 2043
> A working name, “Peer-Bree”, will be used during the transition. The permanent name will be proposed by a panel of 40 residents drawn by lot and put to both councils before the end of 2039.
Q scare - :: “Peer-Bree”
L city Peer
L city Bree
F number 40
F date 2039
> Not everyone is convinced. “Bree has always been the town and Peer the village. Now we will see which one gets the mayor,” said Rita Ceyssens, 64, who runs a bakery on Peer’s Markt.
Q direct Rita Ceyssens :: “Bree has always been the town and Peer the village. Now we will see which one gets the mayor,”
L city Bree
L city Peer
P full Rita Ceyssens
F age 64
L city Peer
L street Markt
> The merged council will have 31 seats. Until the 2042 elections, both councils and both mayors will remain in office, with a joint steering committee meeting once a month.
F number 31
F date 2042
'''

ARTICLES['291-euclid-man-sentenced-slavic-village-bar-shooting'] = r'''
> Courts & Justice
> Euclid man gets 21 to 26½ years for fatal shooting outside Slavic Village bar
L city Euclid
F duration 21
F duration 26½ years
L city Slavic Village
> By Darnell Whitfield-Ames, cleveland.com
P full Darnell Whitfield-Ames
O media cleveland.com
> Updated: Mar. 10, 2038, 6:41 p.m. | Published: Mar. 10, 2038, 4:15 p.m.
F date Mar. 10, 2038
F time 6:41 p.m.
F date Mar. 10, 2038
F time 4:15 p.m.
> Dequan Marsh, 27, listens as Cuyahoga County Common Pleas Judge Teresa Kowalczyk-Ortiz sentences him at the Justice Center in Cleveland on Wednesday, March 10, 2038. (Olivia Brandt, cleveland.com)
P full Dequan Marsh
F age 27
O government Cuyahoga County Common Pleas
P full Teresa Kowalczyk-Ortiz
L facility Justice Center
L city Cleveland
F date March 10, 2038
P full Olivia Brandt
O media cleveland.com
> CLEVELAND, Ohio — A Euclid man who shot and killed a 31-year-old father of two outside a Slavic Village bar last summer was sentenced Wednesday to 21 to 26½ years in prison.
L city CLEVELAND
L region Ohio
L city Euclid
F age 31-year-old
F number two
L city Slavic Village
F duration 21
F duration 26½ years
> A jury in January found Dequan Marsh, 27, guilty of voluntary manslaughter, felonious assault and having weapons while under disability in the July 19, 2037, death of Andre “Dre” Pettaway of Garfield Heights. Jurors acquitted him of murder.
P full Dequan Marsh
F age 27
F date July 19, 2037
P full Andre “Dre” Pettaway
Q scare - :: “Dre”
L city Garfield Heights
> Common Pleas Judge Teresa Kowalczyk-Ortiz imposed the sentence prosecutors had asked for, calling the shooting “a decision made in two seconds that will cost two families for the rest of their lives.”
O government Common Pleas
P full Teresa Kowalczyk-Ortiz
Q direct Teresa Kowalczyk-Ortiz :: “a decision made in two seconds that will cost two families for the rest of their lives.”
F duration two seconds
F number two
> Pettaway, a forklift operator at a Walton Hills warehouse, was shot three times in the parking lot of the Broadway Tap, a bar in the 5400 block of Broadway Avenue, shortly after 1:40 a.m., according to testimony. He died at MetroHealth Medical Center less than an hour later.
P partial Pettaway
L city Walton Hills
F number three
L facility Broadway Tap
L street Broadway Avenue
F time 1:40 a.m.
O other MetroHealth Medical Center
> Assistant Prosecutor Kendra Ostrowski told jurors that Marsh had argued with Pettaway inside the bar over a spilled drink, left, and returned 11 minutes later with a 9 mm handgun. Surveillance video played at trial showed Marsh firing five shots as Pettaway walked to his car.
P full Kendra Ostrowski
P partial Marsh
P partial Pettaway
F duration 11 minutes
F quantity 9 mm
P partial Marsh
F number five
P partial Pettaway
> Marsh’s attorney, Gregory P. Vukovich, argued that his client believed Pettaway was reaching for a gun. No weapon was found on Pettaway or in his car.
P partial Marsh
P full Gregory P. Vukovich
P partial Pettaway
P partial Pettaway
> “He panicked. That is not an excuse, and he knows it is not an excuse,” Vukovich said in court. “But he is not the monster the state has described.”
Q direct Gregory P. Vukovich :: “He panicked. That is not an excuse, and he knows it is not an excuse,”
P partial Vukovich
Q direct Gregory P. Vukovich :: “But he is not the monster the state has described.”
> Marsh, who has a 2031 robbery conviction in Lake County, was barred from having a gun. Police arrested him two days after the shooting at an apartment on East 222nd Street in Euclid.
P partial Marsh
F date 2031
L region Lake County
F duration two days
L street East 222nd Street
L city Euclid
> Before the sentence was imposed, Pettaway’s mother, Lorraine Pettaway-Hughes, 58, read a statement to the court while holding a framed photo of her son and his two daughters, ages 6 and 9.
P partial Pettaway
P full Lorraine Pettaway-Hughes
F age 58
F number two
F age 6
F age 9
> “Every morning I set out three cups of coffee, and every morning I pour one out,” she said. “My granddaughters ask me when their daddy is coming home from heaven. I don’t have an answer for them.
Q direct Lorraine Pettaway-Hughes :: “Every morning I set out three cups of coffee, and every morning I pour one out,”
F number three
Q direct Lorraine Pettaway-Hughes :: “My granddaughters ask me when their daddy is coming home from heaven. I don’t have an answer for them.
> “I don’t hate you, Dequan. But I will never forgive what you took from us.”
Q direct Lorraine Pettaway-Hughes :: “I don’t hate you, Dequan. But I will never forgive what you took from us.”
P partial Dequan
> Marsh, wearing an orange jail jumpsuit, turned toward the gallery and apologized. “I think about him every day,” he said quietly.
P partial Marsh
Q direct Dequan Marsh :: “I think about him every day,”
> Kowalczyk-Ortiz said Marsh must serve at least 21 years before he can be considered for release under Ohio’s Reagan Tokes Law, which allows the state prison system to hold inmates beyond their minimum term for misconduct behind bars.
P partial Kowalczyk-Ortiz
P partial Marsh
F duration 21 years
L region Ohio
> In a statement, the Cuyahoga County Prosecutor’s Office said the sentence “holds Mr. Marsh accountable for a death that never had to happen.”
O government Cuyahoga County Prosecutor’s Office
Q direct Cuyahoga County Prosecutor’s Office :: “holds Mr. Marsh accountable for a death that never had to happen.”
P partial Marsh
> The bar closed in October after its liquor permit was not renewed. Cleveland police had recorded 14 calls for service at the address in 2037, according to city records.
L city Cleveland
F number 14
F date 2037
> Pettaway’s family has started a scholarship fund at Garfield Heights High School, where he played football and later coached freshmen for three years.
P partial Pettaway
O education Garfield Heights High School
F duration three years
> Have a tip? Contact Darnell Whitfield-Ames at dwhitfield-ames@cleveland.com or 216-999-4107.
P full Darnell Whitfield-Ames
'''

ARTICLES['292-ashghal-al-wukair-mesaieed-road-upgrade-opens'] = r'''
> Qatar
L country Qatar
> Ashghal opens QR1.86bn Al Wukair–Mesaieed road upgrade
O government Ashghal
F money QR1.86bn
L city Al Wukair
L city Mesaieed
> Authority says peak-hour trips to Hamad Port will be up to 22 minutes shorter
L facility Hamad Port
F duration 22 minutes
> Irfan Bukhari | The Peninsula
P full Irfan Bukhari
O media The Peninsula
> Published: 14 Apr 2038 - 8:52 pm | Last updated: 14 Apr 2038 - 9:05 pm
F date 14 Apr 2038
F time 8:52 pm
F date 14 Apr 2038
F time 9:05 pm
> Traffic on one of the five new interchanges on the upgraded Al Wukair–Mesaieed road. Pic: Ashghal
F number five
L city Al Wukair
L city Mesaieed
O government Ashghal
> Doha, Qatar: The Public Works Authority (Ashghal) has opened the upgraded 14km road linking Al Wukair with Mesaieed, completing a QR1.86bn ($511m) project that the authority says will cut peak-hour journeys to Hamad Port by up to 22 minutes.
L city Doha
L country Qatar
O government Public Works Authority
O government Ashghal
F quantity 14km
L city Al Wukair
L city Mesaieed
F money QR1.86bn
F money $511m
L facility Hamad Port
F duration 22 minutes
> The road, which carries traffic from the southern residential areas of Al Wakrah and Al Wukair to the industrial city of Mesaieed, now has four lanes in each direction, up from two, along with five interchanges, three pedestrian bridges and 11km of shared cycling and walking paths.
L city Al Wakrah
L city Al Wukair
L city Mesaieed
F number four
F number two
F number five
F number three
F quantity 11km
> Ashghal said the road could now carry up to 9,600 vehicles an hour in each direction, compared with 3,800 before works began in 2035.
O government Ashghal
F number 9,600
F number 3,800
F date 2035
> Eng. Nasser Abdulla Al Hajri, Director of the Highway Projects Department at Ashghal, said the project had been "one of the most complex" the authority had delivered in the south of the country because traffic had to keep moving throughout.
P full Nasser Abdulla Al Hajri
O government Highway Projects Department
O government Ashghal
Q direct Nasser Abdulla Al Hajri :: "one of the most complex"
> "Around 70,000 vehicles use this corridor every day, including more than 6,000 trucks going to and from Hamad Port and Mesaieed Industrial City. We could not close it, so we built it one section at a time," he said.
Q direct Nasser Abdulla Al Hajri :: "Around 70,000 vehicles use this corridor every day, including more than 6,000 trucks going to and from Hamad Port and Mesaieed Industrial City. We could not close it, so we built it one section at a time,"
F number 70,000
F number 6,000
L facility Hamad Port
L facility Mesaieed Industrial City
> Al Hajri said some 410,000 tonnes of asphalt were laid, about 35 percent of it recycled from the old road surface.
P partial Al Hajri
F quantity 410,000 tonnes
F percent 35 percent
> The project also included a 19km surface and groundwater drainage network, with a pumping station near Al Wukair Health Centre that can discharge 2.4 cubic metres per second. Stretches of the old road were under water for several hours after heavy rain in November 2036.
F quantity 19km
O other Al Wukair Health Centre
F quantity 2.4 cubic metres per second
F date November 2036
> The contract was awarded in 2035 to a joint venture of Doha-based Al Dafna Contracting and South Korea's Hanseo E&C, which employed about 2,300 workers at the peak of construction.
F date 2035
L city Doha
O company Al Dafna Contracting
L country South Korea
O company Hanseo E&C
F number 2,300
> Residents of Al Wukair, one of Doha's fastest-growing suburbs, welcomed the opening.
L city Al Wukair
L city Doha
> "Before, I left home at 5:45am to reach Mesaieed by 7. Today I left at 6:15 and I was there at 6:40," said Anil Kumar Pillai, a shift supervisor from Kerala who has lived in Al Wukair for nine years.
Q direct Anil Kumar Pillai :: "Before, I left home at 5:45am to reach Mesaieed by 7. Today I left at 6:15 and I was there at 6:40,"
F time 5:45am
L city Mesaieed
F time 7
F time 6:15
F time 6:40
P full Anil Kumar Pillai
L region Kerala
L city Al Wukair
F duration nine years
> Hamad Mubarak Al Marri, a resident of Al Wakrah, said the new U-turn bridges had ended "the daily fight" at the old roundabouts, but asked for more shaded bus stops. "The road is beautiful. Now we need the buses to use it," he said.
P full Hamad Mubarak Al Marri
L city Al Wakrah
Q direct Hamad Mubarak Al Marri :: "the daily fight"
Q direct Hamad Mubarak Al Marri :: "The road is beautiful. Now we need the buses to use it,"
> Mowasalat (Karwa) said it would launch two bus routes along the road from May 1, linking Mesaieed with Al Wakrah and Hamad International Airport.
O company Mowasalat
O company Karwa
F number two
F date May 1
L city Mesaieed
L city Al Wakrah
L facility Hamad International Airport
> The upgrade is part of Ashghal's programme to expand the road network in the south of the country in line with Qatar National Vision 2030, ahead of a planned expansion of Hamad Port, which handled 1.9 million TEU in 2037.
O government Ashghal
L facility Hamad Port
F quantity 1.9 million TEU
F date 2037
> A QR640m second phase, extending the road 6km south towards Sealine Beach, will be tendered in the third quarter of 2038, the authority said.
F money QR640m
F quantity 6km
L geo Sealine Beach
F date 2038
'''

ARTICLES['293-van-lier-hertogenbosch-title-seitkali-final'] = r'''
> Van Lier Saves Match Point, Wins Home Title In 's-Hertogenbosch
P partial Van Lier
L city 's-Hertogenbosch
> Dutchman edges Seitkali in final-set tie-break for first ATP Tour trophy
P partial Seitkali
O other ATP Tour
> ATP Staff
O other ATP
> June 13, 2038
F date June 13, 2038
> Jesper van Lier lifts the trophy at the Autotron in Rosmalen on Sunday. Photo Credit: Henk-Jan Koopmans/ANP
P full Jesper van Lier
L facility Autotron
L city Rosmalen
P full Henk-Jan Koopmans
O media ANP
> Jesper van Lier saved a match point and rallied to beat Daniyar Seitkali 6-4, 6-7(5), 7-6(3) on Sunday, lifting his first ATP Tour trophy in front of a home crowd in 's-Hertogenbosch.
P full Jesper van Lier
P full Daniyar Seitkali
F score 6-4
F score 6-7(5)
F score 7-6(3)
O other ATP Tour
L city 's-Hertogenbosch
> Serving at 5-6, 30-40 in the decider, the 24-year-old followed a second serve to the net and put away a backhand volley to save the match point. He then won seven of the last eight points of the tie-break to close out the final after two hours and 41 minutes on Centre Court.
F score 5-6
F score 30-40
F age 24-year-old
F number seven
F number eight
F duration two hours
F duration 41 minutes
L facility Centre Court
> "I don't even know what I was thinking on that match point. Probably nothing, and that is the best way," Van Lier said. "To win my first title here, in front of my family, 20 minutes from the house where I grew up... it's a dream."
Q direct Jesper van Lier :: "I don't even know what I was thinking on that match point. Probably nothing, and that is the best way,"
P partial Van Lier
Q direct Jesper van Lier :: "To win my first title here, in front of my family, 20 minutes from the house where I grew up... it's a dream."
F duration 20 minutes
> Van Lier grew up in Vught, just south of 's-Hertogenbosch, or Den Bosch, as locals call the city. He is projected to rise 19 places to a career-high No. 38 in the ATP Rankings on Monday and earns 250 points and €112,670. He is the first home champion at the event since 2022.
P partial Van Lier
L city Vught
L city 's-Hertogenbosch
L city Den Bosch
F number 19
O other ATP
F number 250
F money €112,670
F date 2022
> Seitkali, 31, was bidding for his third tour-level title and his first on grass. The Kazakhstani struck 22 aces and did not face a break point until the ninth game of the opening set, when Van Lier broke with a forehand return winner to lead 5-4.
P partial Seitkali
F age 31
F number 22
P partial Van Lier
F score 5-4
> Seitkali levelled the match by taking the second-set tie-break 7-5 and broke for a 3-1 lead in the third. But Van Lier broke straight back, helped by two double faults from the Almaty native, and neither man faced another break point before the deciding tie-break.
P partial Seitkali
F score 7-5
F score 3-1
P partial Van Lier
F number two
L city Almaty
> "He played the big points better. I had my chance and he took it away from me with a volley I could not touch," said Seitkali, who still leads their head-to-head series 2-1. "But I'm leaving with good feelings for Halle."
Q direct Daniyar Seitkali :: "He played the big points better. I had my chance and he took it away from me with a volley I could not touch,"
P partial Seitkali
F score 2-1
Q direct Daniyar Seitkali :: "But I'm leaving with good feelings for Halle."
L city Halle
> Van Lier won 81 per cent (43/53) of his first-serve points and converted two of his five break point opportunities. En route to the final, he beat second seed Lorenzo Dal Pozzo of Italy in the quarter-finals and Briton Tristan Okonjo-Wade 7-6(4), 6-3 in Saturday's semi-finals.
P partial Van Lier
F percent 81 per cent
F number 43/53
F number two
F number five
P full Lorenzo Dal Pozzo
L country Italy
P full Tristan Okonjo-Wade
F score 7-6(4)
F score 6-3
> Local media have nicknamed the 2.01-metre right-hander "De Lange" ("The Tall One"), and the Centre Court crowd chanted it through the final set.
F quantity 2.01-metre
Q scare - :: "De Lange"
Q scare - :: "The Tall One"
L facility Centre Court
> "When I was 12, I was a ball kid on this court. I watched the players and thought they were giants," Van Lier said. "Now the kids look at me and I am the giant. That's a strange feeling."
Q direct Jesper van Lier :: "When I was 12, I was a ball kid on this court. I watched the players and thought they were giants,"
F age 12
P partial Van Lier
Q direct Jesper van Lier :: "Now the kids look at me and I am the giant. That's a strange feeling."
> In the doubles final, Ng Tsz-hin of Hong Kong and India's Aditya Rao Kulkarni saved three set points in the opening set and beat Dutch wild cards Bram Hoogeveen and Sem Lodewijks 7-5, 4-6, [10-7].
P full Ng Tsz-hin
L region Hong Kong
L country India
P full Aditya Rao Kulkarni
F number three
P full Bram Hoogeveen
P full Sem Lodewijks
F score 7-5
F score 4-6
F score 10-7
> FINAL RESULTS
> Singles: [4] Jesper van Lier (NED) d. [6] Daniyar Seitkali (KAZ) 6-4, 6-7(5), 7-6(3)
P full Jesper van Lier
L country NED
P full Daniyar Seitkali
L country KAZ
F score 6-4
F score 6-7(5)
F score 7-6(3)
> Doubles: Ng Tsz-hin (HKG)/Aditya Rao Kulkarni (IND) d. [WC] Bram Hoogeveen (NED)/Sem Lodewijks (NED) 7-5, 4-6, [10-7]
P full Ng Tsz-hin
L region HKG
P full Aditya Rao Kulkarni
L country IND
P full Bram Hoogeveen
L country NED
P full Sem Lodewijks
L country NED
F score 7-5
F score 4-6
F score 10-7
'''

ARTICLES['294-kenari-semicon-batu-kawan-test-plant-2q-results'] = r'''
> Corporate
> Kenari Semicon to build RM1.2b test plant in Batu Kawan as 2Q profit jumps 38%
O company Kenari Semicon
F money RM1.2b
L city Batu Kawan
F percent 38%
> By Chong Mei Xuan / theedgemalaysia.com
P full Chong Mei Xuan
O media theedgemalaysia.com
> 18 Aug 2038, 07:12 pm
F date 18 Aug 2038
F time 07:12 pm
> Ooi: We need the new plant to be running by the second half of 2040. (Photo by Lim Wei Jie/The Edge)
P partial Ooi
F date 2040
P full Lim Wei Jie
O media The Edge
> KUALA LUMPUR (Aug 18): Penang-based semiconductor test services provider Kenari Semicon Bhd will spend RM1.2 billion over four years to build a second plant at the Batu Kawan Industrial Park in Seberang Perai, as demand from automotive and artificial intelligence (AI) chip customers outstrips its existing capacity.
L city KUALA LUMPUR
F date Aug 18
L region Penang
O company Kenari Semicon Bhd
F money RM1.2 billion
F duration four years
L facility Batu Kawan Industrial Park
L region Seberang Perai
> The plant, on a 24-acre (9.7ha) site, will add about 460,000 sq ft of cleanroom and test floor space and create 1,350 jobs when fully operational in 2041, the group said in a filing with Bursa Malaysia on Wednesday.
F quantity 24-acre
F quantity 9.7ha
F quantity 460,000 sq ft
F number 1,350
F date 2041
O company Bursa Malaysia
> The announcement came as Kenari Semicon reported a 38% rise in net profit to RM46.2 million for the second quarter ended June 30, 2038 (2QFY2038), from RM33.5 million a year earlier, on revenue that grew 24.6% to RM312.8 million.
O company Kenari Semicon
F percent 38%
F money RM46.2 million
F date June 30, 2038
F money RM33.5 million
F percent 24.6%
F money RM312.8 million
> Earnings per share rose to 5.40 sen from 3.91 sen. The board declared a second interim dividend of 2.5 sen per share, payable on Oct 7.
F money 5.40 sen
F money 3.91 sen
F money 2.5 sen
F date Oct 7
> Group managing director Ooi Chee Keong said the existing plant in the Bayan Lepas Free Industrial Zone had been running at above 90% utilisation since the fourth quarter of 2037.
P full Ooi Chee Keong
L facility Bayan Lepas Free Industrial Zone
F percent 90%
F date 2037
> “Our customers are asking us for capacity we do not have. Every tester we install in Bayan Lepas today is already booked for the next 18 months,” Ooi told a results briefing.
Q direct Ooi Chee Keong :: “Our customers are asking us for capacity we do not have. Every tester we install in Bayan Lepas today is already booked for the next 18 months,”
L city Bayan Lepas
F duration 18 months
P partial Ooi
> Automotive chips accounted for just over half of group revenue in the quarter, he said. The first phase of the new plant, costing about RM480 million, would be funded from internally generated funds and bank borrowings, with the rest of the investment to be made from 2040 to 2042.
F fraction half
F money RM480 million
F date 2040
F date 2042
> Chief financial officer Saravanan a/l Muthusamy said the group’s net cash of RM385 million at end-June gave it room to take on debt “without stretching the balance sheet”. Kenari Semicon would keep its policy of paying out at least 40% of net profit as dividends, he added.
P full Saravanan a/l Muthusamy
F money RM385 million
Q direct Saravanan a/l Muthusamy :: “without stretching the balance sheet”
O company Kenari Semicon
F percent 40%
> Saravanan said the group expected to qualify for incentives from the Malaysian Investment Development Authority (MIDA) but declined to give details, as talks were still ongoing.
P partial Saravanan
O government Malaysian Investment Development Authority
O government MIDA
> The Penang Development Corporation (PDC), which developed the Batu Kawan park, said the land sale was completed in July. Its chief executive officer Datuk Khor Seng Aun said in a statement the investment was “a vote of confidence in Penang’s back-end ecosystem”, and would bring the number of semiconductor companies operating in Batu Kawan to 31.
O government Penang Development Corporation
O government PDC
L city Batu Kawan
P full Khor Seng Aun
Q direct Khor Seng Aun :: “a vote of confidence in Penang’s back-end ecosystem”
L region Penang
L city Batu Kawan
F number 31
> Kenanga Investment Bank analyst Nurul Huda binti Kamaruddin said the capital expenditure was “larger than we had modelled” but raised her target price for the stock to RM5.10 from RM4.40, keeping an “outperform” call.
O company Kenanga Investment Bank
P full Nurul Huda binti Kamaruddin
Q direct Nurul Huda binti Kamaruddin :: “larger than we had modelled”
F money RM5.10
F money RM4.40
Q scare - :: “outperform”
> “The utilisation numbers tell you they have run out of room. The risk is in the timing. If automotive demand softens in 2040, the new plant will start life with a lot of empty floor,” Nurul Huda said.
Q direct Nurul Huda binti Kamaruddin :: “The utilisation numbers tell you they have run out of room. The risk is in the timing. If automotive demand softens in 2040, the new plant will start life with a lot of empty floor,”
F date 2040
P partial Nurul Huda
> She noted that two of Kenari Semicon’s larger rivals had expanded in Kulim, Kedah, over the past three years, and that competition for test engineers in the northern corridor had pushed up wages by 8% to 10% a year.
F number two
O company Kenari Semicon
L city Kulim
L region Kedah
F duration three years
F percent 8%
F percent 10%
> Shares in Kenari Semicon closed 24 sen or 5.6% higher at RM4.52 on Wednesday, valuing the company at RM3.87 billion. The stock has risen 41% so far this year.
O company Kenari Semicon
F money 24 sen
F percent 5.6%
F money RM4.52
F money RM3.87 billion
F percent 41%
> Kenari Semicon was founded in Penang in 2009 by Ooi and two former colleagues from a US multinational, and was listed on Bursa Malaysia in 2031. Its chairman, Tan Sri Shahrul Nizam Mokhtaruddin, holds an 18.4% stake through a private vehicle.
O company Kenari Semicon
L region Penang
F date 2009
P partial Ooi
F number two
L country US
O company Bursa Malaysia
F date 2031
P full Shahrul Nizam Mokhtaruddin
F percent 18.4%
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
