#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval44 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval44/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['307-toronto-island-ferries-refit-hanlans-point'] = r'''
> GTA
L region GTA
> Council votes to keep two aging Island ferries sailing until 2042 as new electric boats run late
F number two
L geo Island
F date 2042
> The $38.6-million refit comes after the first of three ferries built in Lévis, Que., failed its sea trials. Hanlan’s Point residents say the plan leaves them stranded.
F money $38.6-million
F number three
L city Lévis
L region Que.
L geo Hanlan’s Point
> By Dilani Sivakumaran Staff Reporter
P full Dilani Sivakumaran
> Thu., Oct. 14, 2038 • 5 min. read
F date Oct. 14, 2038
F duration 5 min.
> Passengers line up at the Jack Layton Ferry Terminal in August. The older of the two ferries council voted to keep was launched in 1935. Tomasz Wróbel Toronto Star
L facility Jack Layton Ferry Terminal
F number two
F date 1935
P full Tomasz Wróbel
O media Toronto Star
> Toronto city council has voted to spend $38.6 million to keep two of its oldest Island ferries in service until at least 2042, after the first of the city’s new electric ferries failed its sea trials and its builder warned the new fleet would arrive more than three years late.
L city Toronto
F money $38.6 million
F number two
L geo Island
F date 2042
F duration three years
> Councillors approved the refit 19-6 late Wednesday after a debate that ran for more than four hours and at times turned on whether the city should have ordered the electric boats at all.
F number 19-6
F duration four hours
> The two vessels, launched in 1935 and 1960, carry most of the roughly 1.4 million people who cross the harbour each year between the Jack Layton Ferry Terminal at 9 Queens Quay W. and the docks on Ward’s Island, Centre Island and Hanlan’s Point.
F number two
F date 1935
F date 1960
F number 1.4 million
L facility Jack Layton Ferry Terminal
L address 9 Queens Quay W.
L geo Ward’s Island
L geo Centre Island
L geo Hanlan’s Point
> “We are asking boats that are older than anyone in this chamber to hold the line for another four summers,” said Coun. Marisol Furtado-Akande (Spadina—Fort York), whose ward includes the Island. “That is not a plan. That is a prayer.”
Q direct Marisol Furtado-Akande :: “We are asking boats that are older than anyone in this chamber to hold the line for another four summers,”
F number four
P full Marisol Furtado-Akande
L region Spadina—Fort York
L geo Island
Q direct Marisol Furtado-Akande :: “That is not a plan. That is a prayer.”
> Chantier Naval Rive-Sud, the shipyard in Lévis, Que., that won a $112-million contract for three battery-electric ferries in 2035, told the city in September that a cooling fault found during trials on the St. Lawrence River would push delivery of the first boat to the spring of 2041.
O company Chantier Naval Rive-Sud
L city Lévis
L region Que.
F money $112-million
F number three
F date 2035
L geo St. Lawrence River
F date 2041
> In a statement, the company said the fault was “fully understood” and that the remaining two vessels would follow “at intervals of about six months.”
Q direct Chantier Naval Rive-Sud :: “fully understood”
F number two
Q direct Chantier Naval Rive-Sud :: “at intervals of about six months.”
F duration six months
> A report by the city’s Parks, Forestry and Recreation division, which runs the ferries, said the money would pay for new engines, steel plating and steering gear on both boats, and for a chartered catamaran to carry up to 400 passengers a trip on summer weekends from 2039 to 2041.
O government Parks, Forestry and Recreation
F number 400
F date 2039
F date 2041
> Without the work, staff warned, the city could have been left with a single working ferry on some summer Saturdays, when as many as 14,000 people travel to the Island.
F number 14,000
L geo Island
> Unlike the subway, the ferries are not run by the TTC, and Island fares go into the city’s general parks budget. An adult return ticket, now $9.50, will rise by 25 cents next May, the report said.
O government TTC
L geo Island
F money $9.50
F money 25 cents
> The plan does nothing for Hanlan’s Point, where service was cut to weekends only in 2037 because there are not enough boats and crew to run three routes at once.
L geo Hanlan’s Point
F date 2037
F number three
> Rhiannon Abara-MacLeod, 41, who runs a café a few steps from the Hanlan’s Point dock, said she turned away about 40 customers by two o’clock last Saturday because they were worried about getting back to the city.
P full Rhiannon Abara-MacLeod
F age 41
L geo Hanlan’s Point
F number 40
F time two o’clock
> “People come over on the 10:15 boat, they look at the schedule, and they panic,” she said. “We used to have a lunch rush. Now we have a lunch evacuation.
Q direct Rhiannon Abara-MacLeod :: “People come over on the 10:15 boat, they look at the schedule, and they panic,”
F time 10:15
Q direct Rhiannon Abara-MacLeod :: “We used to have a lunch rush. Now we have a lunch evacuation.
> “I don’t blame the crews. I blame whoever decided a 1935 boat was a backup plan.”
Q direct Rhiannon Abara-MacLeod :: “I don’t blame the crews. I blame whoever decided a 1935 boat was a backup plan.”
F date 1935
> The Island Ferry Riders Coalition, a volunteer group formed after the 2037 cuts, called the vote “a lifeline with a leak in it” and said it would ask council to restore weekday Hanlan’s Point service before next summer.
O nonprofit Island Ferry Riders Coalition
F date 2037
Q direct Island Ferry Riders Coalition :: “a lifeline with a leak in it”
L geo Hanlan’s Point
> Coun. Gustavo Almeida-Reis (Davenport), who voted against the refit, said the city was paying twice for the same service.
P full Gustavo Almeida-Reis
L region Davenport
> “Every dollar we put into a 1960 hull is a dollar we are not putting into getting the new boats here,” he said.
Q direct Gustavo Almeida-Reis :: “Every dollar we put into a 1960 hull is a dollar we are not putting into getting the new boats here,”
F date 1960
> Coun. Lorraine Achterberg-Oyelaran (Beaches—East York) said the vote was about safety, not nostalgia. “If one of those ferries breaks down in August with 900 people on board, nobody is going to ask us about the procurement file,” she said.
P full Lorraine Achterberg-Oyelaran
L region Beaches—East York
Q direct Lorraine Achterberg-Oyelaran :: “If one of those ferries breaks down in August with 900 people on board, nobody is going to ask us about the procurement file,”
F number 900
> The city now expects the first electric ferry to enter service in May 2041, with the second and third following by the end of 2042. Staff will report back on the Hanlan’s Point route in February.
F date May 2041
F date 2042
L geo Hanlan’s Point
> Dilani Sivakumaran is a Toronto-based reporter covering city hall for the Star. Reach her via email: dsivakumaran@thestar.ca
P full Dilani Sivakumaran
L city Toronto
O media Star
'''

ARTICLES['308-lusatia-schwarze-pumpe-last-lignite-unit-dw'] = r'''
> Energy
> Germany: Lusatia's last coal plant shuts down after nearly two centuries of lignite
L country Germany
L region Lusatia
F duration two centuries
> Germany's eastern coal region has switched off its last lignite unit. For miners' sons and Sorbian villagers in Lusatia, the question is no longer when coal ends, but what replaces it.
L country Germany
L region Lusatia
> Hanka Kowarjowa in Spremberg
P full Hanka Kowarjowa
L city Spremberg
> 12/17/2038
F date 12/17/2038
> The cooling towers of the Schwarze Pumpe power station near Spremberg on the last night of operation Image: Frank Bräutigam/dpa/picture alliance
L city Schwarze Pumpe
L city Spremberg
P full Frank Bräutigam
O media dpa
O media picture alliance
> At 11:04 a.m. local time (1004 UTC) on Friday, engineers at the Schwarze Pumpe power station in eastern Germany took the plant's second 800-megawatt unit off the grid for the last time.
F time 11:04 a.m.
F time 1004 UTC
L city Schwarze Pumpe
L country Germany
F quantity 800-megawatt
> It was the last lignite-fired unit in Lusatia, the region straddling the states of Brandenburg and Saxony, and one of the last anywhere in a country that as recently as 2020 produced about a sixth of its electricity from brown coal.
L region Lusatia
L region Brandenburg
L region Saxony
F date 2020
F fraction a sixth
> The plant's operator, LEAG, said the shutdown was "on schedule" under the 2020 law that obliges Germany to stop burning coal for power by 2038 at the latest. Around 1,200 people still worked at the site this year, the company said, down from more than 4,000 two decades ago.
O company LEAG
Q direct LEAG :: "on schedule"
F date 2020
L country Germany
F date 2038
F number 1,200
F number 4,000
F duration two decades
> Sven Kubitzki, 58, a shop steward for the IG BCE union, started at Schwarze Pumpe as an apprentice electrician when he was 17.
P full Sven Kubitzki
F age 58
O nonprofit IG BCE
L city Schwarze Pumpe
F age 17
> "My father dug the coal and I burned it. My son is a nurse in Cottbus," he told DW at the plant gate on Friday evening. "That's probably the right answer."
Q direct Sven Kubitzki :: "My father dug the coal and I burned it. My son is a nurse in Cottbus,"
L city Cottbus
O media DW
Q direct Sven Kubitzki :: "That's probably the right answer."
> Billions for 'Strukturwandel'
Q scare - :: 'Strukturwandel'
> To cushion the exit, the federal government has promised the coal regions up to €40 billion ($46 billion) by 2038 for what Germans call "Strukturwandel" — structural change.
F money €40 billion
F money $46 billion
F date 2038
Q scare - :: "Strukturwandel"
> In Cottbus, the region's largest city, the money has paid for a Deutsche Bahn maintenance works with some 1,200 jobs and a new medical school, the Medical University Lausitz – Carl Thiem. Known in Lower Sorbian as Chóśebuz, Cottbus has gained around 4,000 residents since 2030.
L city Cottbus
O company Deutsche Bahn
F number 1,200
O education Medical University Lausitz – Carl Thiem
L city Chóśebuz
L city Cottbus
F number 4,000
F date 2030
> But economists say the gains are unevenly spread.
> "Lusatia has become Germany's test case for what happens after coal," said Dorothea Schwenke of the Halle Institute for Economic Research (IWH). "The jobs have come, but mostly to Cottbus and along the A13 and A15 autobahns. The villages on the edge of the old mines are emptier than ever."
Q direct Dorothea Schwenke :: "Lusatia has become Germany's test case for what happens after coal,"
L region Lusatia
L country Germany
P full Dorothea Schwenke
O nonprofit Halle Institute for Economic Research
O nonprofit IWH
Q direct Dorothea Schwenke :: "The jobs have come, but mostly to Cottbus and along the A13 and A15 autobahns. The villages on the edge of the old mines are emptier than ever."
L city Cottbus
L street A13
L street A15
> In the Spree-Neisse district, which surrounds Spremberg, unemployment stood at 7.4% in November, against a national rate of 5.1%, according to the Federal Employment Agency.
L region Spree-Neisse
L city Spremberg
F percent 7.4%
F percent 5.1%
O government Federal Employment Agency
> A minority between the mines
> Lusatia is also home to the Sorbs, a Slavic minority of around 60,000 people with their own languages, whose villages were among the more than 130 settlements bulldozed for open-pit mines since the 1920s. In Spremberg, town signs also give its Lower Sorbian name, Grodk.
L region Lusatia
F number 60,000
F number 130
F date 1920s
L city Spremberg
L city Grodk
> "For more than a century the coal took our villages. Now that it's gone, we have to make sure it doesn't take the language with it," said Měto Šołta of the Domowina, the umbrella organization of Sorbian associations.
Q direct Měto Šołta :: "For more than a century the coal took our villages. Now that it's gone, we have to make sure it doesn't take the language with it,"
P full Měto Šołta
O nonprofit Domowina
> The Domowina wants part of the federal money set aside for Sorbian-language schools and media, arguing that young families who left for Berlin or Dresden will only come back if their children can be taught in Sorbian.
O nonprofit Domowina
L city Berlin
L city Dresden
> In Proschim, a village once earmarked for demolition to make way for the Welzow-Süd open-pit mine, the mood on Friday was more relief than nostalgia.
L city Proschim
L facility Welzow-Süd
> "We fought for 15 years so that this village would still be standing," said Renate Mietschke, 71, who chairs the local heritage club. "Now I would like the next 15 to be about something other than coal."
Q direct Renate Mietschke :: "We fought for 15 years so that this village would still be standing,"
F duration 15 years
P full Renate Mietschke
F age 71
Q direct Renate Mietschke :: "Now I would like the next 15 to be about something other than coal."
F number 15
> From pit to lake
> The scars of the mines will take decades to heal. The former Cottbus-Nord pit is being flooded to form the Cottbuser Ostsee, or Cottbus Baltic Sea, which at 19 square kilometers will be Germany's largest artificial lake once it is full, expected in the early 2040s.
L facility Cottbus-Nord
L geo Cottbuser Ostsee
L geo Cottbus Baltic Sea
F quantity 19 square kilometers
L country Germany
F date 2040s
> LEAG plans to turn part of the Schwarze Pumpe site into a hydrogen and battery-storage park. The company has said it expects 400 to 600 jobs there by 2042, a fraction of what coal once provided.
O company LEAG
L city Schwarze Pumpe
F number 400
F number 600
F date 2042
> Back at the plant gate, Kubitzki was not sure he would still be in Lusatia to see it.
P partial Kubitzki
L region Lusatia
> "I'm 58. Who hires a 58-year-old power plant electrician?" he said. "But I'll tell you one thing: the lights stayed on. They always stayed on."
Q direct Sven Kubitzki :: "I'm 58. Who hires a 58-year-old power plant electrician?"
F age 58
F age 58-year-old
Q direct Sven Kubitzki :: "But I'll tell you one thing: the lights stayed on. They always stayed on."
> Edited by: Jonas Ackermann-Flores
P full Jonas Ackermann-Flores
'''

ARTICLES['309-vyomika-shyena-1-maiden-orbit-sriharikota'] = r'''
> Companies
> ‘Fourteen minutes, four years’: Hyderabad’s Vyomika Aerospace reaches orbit on maiden launch
Q direct Kondapalli Vamsi Krishna :: ‘Fourteen minutes, four years’
F duration Fourteen minutes
F duration four years
L city Hyderabad
O company Vyomika Aerospace
> The Shyena-1 rocket placed three satellites weighing 340 kg in a 500-km orbit; the ₹1,900-crore startup plans 12 launches a year by 2041
F number three
F quantity 340 kg
F quantity 500-km
F money ₹1,900-crore
F number 12
F date 2041
> Sai Charan Pendyala Hyderabad
P full Sai Charan Pendyala
L city Hyderabad
> Last Updated : Nov 04 2038 | 11:52 PM IST
F date Nov 04 2038
F time 11:52 PM IST
> Vyomika Aerospace’s Shyena-1 lifts off from the private launch pad at the Satish Dhawan Space Centre in Sriharikota on Thursday. Photo: Vyomika Aerospace
O company Vyomika Aerospace
L facility Satish Dhawan Space Centre
L city Sriharikota
O company Vyomika Aerospace
> Hyderabad-based Vyomika Aerospace on Thursday placed three satellites in a 500-km Sun-synchronous orbit on the maiden flight of its Shyena-1 rocket, becoming one of a handful of Indian private companies to reach orbit on their own.
L city Hyderabad
O company Vyomika Aerospace
F number three
F quantity 500-km
> The 21-metre, three-stage rocket lifted off at 9:17 am from the private launch pad at the Satish Dhawan Space Centre (SDSC-SHAR) in Andhra Pradesh’s Tirupati district and released its payloads about 14 minutes later, the company said.
F quantity 21-metre
F number three
F time 9:17 am
L facility Satish Dhawan Space Centre
L facility SDSC-SHAR
L region Andhra Pradesh
L region Tirupati
F duration 14 minutes
> “Fourteen minutes, four years and ₹480 crore,” Kondapalli Vamsi Krishna, co-founder and chief executive officer, told Business Standard at the mission control centre in Sriharikota. “Every rupee of it was worth it.”
Q direct Kondapalli Vamsi Krishna :: “Fourteen minutes, four years and ₹480 crore,”
F duration Fourteen minutes
F duration four years
F money ₹480 crore
P full Kondapalli Vamsi Krishna
O media Business Standard
L city Sriharikota
Q direct Kondapalli Vamsi Krishna :: “Every rupee of it was worth it.”
> Vamsi Krishna, 37, a former engineer at the Indian Space Research Organisation (ISRO), founded the company in 2034 with Aparna Gudipati, who heads propulsion. The vehicle uses solid motors in its first two stages and a 3D-printed liquid-fuelled engine in the third.
P partial Vamsi Krishna
F age 37
O government Indian Space Research Organisation
O government ISRO
F date 2034
P full Aparna Gudipati
F number two
> Its payloads were a 210-kg Earth-observation satellite for Bengaluru-based Drishtigram Technologies, a 90-kg radio-frequency mapping satellite for a Japanese customer the company did not name, and a 40-kg technology demonstrator built by students of the Indian Institute of Technology Madras.
F quantity 210-kg
L city Bengaluru
O company Drishtigram Technologies
F quantity 90-kg
F quantity 40-kg
O education Indian Institute of Technology Madras
> Gudipati said the second stage had burned “about four seconds longer than modelled,” leaving the satellites slightly higher than planned. “We will take that error,” she said.
P partial Gudipati
Q direct Aparna Gudipati :: “about four seconds longer than modelled,”
F duration four seconds
Q direct Aparna Gudipati :: “We will take that error,”
> The launch was authorised by the Indian National Space Promotion and Authorisation Centre (IN-SPACe), the regulator for private space activity. A senior IN-SPACe official, who did not wish to be named, said the agency expected to clear “at least four more” private orbital launches in 2039.
O government Indian National Space Promotion and Authorisation Centre
O government IN-SPACe
O government IN-SPACe
Q direct - :: “at least four more”
F number four
F date 2039
> ISRO provided range safety and tracking from Sriharikota and from its ground stations at Sri Vijaya Puram in the Andaman and Nicobar Islands and in Mauritius, for which Vyomika paid ₹6.2 crore, according to a person familiar with the contract.
O government ISRO
L city Sriharikota
L city Sri Vijaya Puram
L region Andaman and Nicobar Islands
L country Mauritius
O company Vyomika
F money ₹6.2 crore
> Vyomika has raised ₹480 crore ($54 million) since its founding, most recently a ₹310-crore Series B round in March 2037 led by Bengaluru’s Kaveri Frontier Fund, which valued the company at about ₹1,900 crore. It employs 340 people at a 1.2-lakh-sq-ft plant near Hyderabad’s Rajiv Gandhi International Airport.
O company Vyomika
F money ₹480 crore
F money $54 million
F money ₹310-crore
F date March 2037
L city Bengaluru
O company Kaveri Frontier Fund
F money ₹1,900 crore
F number 340
F quantity 1.2-lakh-sq-ft
L city Hyderabad
L facility Rajiv Gandhi International Airport
> At a list price of about ₹19 lakh per kg to orbit, Vyomika says Shyena-1 can undercut most foreign small launchers. Analysts, however, said the real test for the company would be cadence.
F money ₹19 lakh
O company Vyomika
> “The question was never whether they could build a rocket. It is whether they can fly one every month,” said A. Senthil Murugan, vice-president for infrastructure ratings at ICRA.
Q direct A. Senthil Murugan :: “The question was never whether they could build a rocket. It is whether they can fly one every month,”
P full A. Senthil Murugan
O company ICRA
> Vyomika plans its second flight in the first quarter of 2039 and wants to fly 12 times a year by 2041 from a dedicated pad at ISRO’s new spaceport at Kulasekarapattinam in Tamil Nadu’s Thoothukudi district.
O company Vyomika
F date 2039
F number 12
F date 2041
O government ISRO
L city Kulasekarapattinam
L region Tamil Nadu
L region Thoothukudi
> India’s share of the global commercial launch market is still below 2 per cent. The government aims to grow the country’s space economy to $44 billion by 2033, from about $8.4 billion in 2022.
L country India
F percent 2 per cent
F money $44 billion
F date 2033
F money $8.4 billion
F date 2022
> First Published: Nov 04 2038 | 6:48 PM IST
F date Nov 04 2038
F time 6:48 PM IST
'''

ARTICLES['310-bath-ruby-bwa-bowmanston-main-outage'] = r'''
> Local News
> Bath, Ruby residents fed up as BWA says taps may stay dry until Friday
L city Bath
L city Ruby
O government BWA
> by Shontelle Greaves-Blackett
P full Shontelle Greaves-Blackett
> March 9, 2039
F date March 9, 2039
> Residents of Six Roads, St Philip fill buckets from a BWA water tanker yesterday. (Picture by Kemar Springer)
L city Six Roads
L region St Philip
O government BWA
P full Kemar Springer
> Hundreds of households in St John and St Philip went into a fifth day without pipe-borne water yesterday as the Barbados Water Authority (BWA) struggled to repair a ruptured 24-inch main near the Bowmanston Pumping Station.
L region St John
L region St Philip
O government Barbados Water Authority
O government BWA
F quantity 24-inch
L facility Bowmanston Pumping Station
> In a release issued shortly after 4 p.m., the authority said crews had replaced 18 metres of pipe but that “air locks and low pressure” in the system meant some higher-lying districts, including Bath, Gall Hill and Sealy Hall, might not have a regular supply until Friday.
F time 4 p.m.
F quantity 18 metres
Q direct Barbados Water Authority :: “air locks and low pressure”
L city Bath
L city Gall Hill
L city Sealy Hall
> The BWA said the break, first reported at about 2:30 a.m. on Friday, March 4, was in a cast-iron main that was “more than 60 years old” and had been due for replacement under its mains replacement programme.
O government BWA
F time 2:30 a.m.
F date March 4
Q direct Barbados Water Authority :: “more than 60 years old”
F duration 60 years
> At a tanker stop near the Anglican church in Bath, St John, 72-year-old Cynthia Alleyne-Bovell said she had been carrying water up the hill in two buckets every morning since Friday.
L city Bath
L region St John
F age 72-year-old
P full Cynthia Alleyne-Bovell
F number two
> “I am 72 years old. I shouldn’t have to be climbing this hill with water like it is 1950,” she said. “They tell we Friday, Friday, Friday. Which Friday?”
Q direct Cynthia Alleyne-Bovell :: “I am 72 years old. I shouldn’t have to be climbing this hill with water like it is 1950,”
F age 72 years old
F date 1950
Q direct Cynthia Alleyne-Bovell :: “They tell we Friday, Friday, Friday. Which Friday?”
> At Six Roads, St Philip, where a tanker arrived shortly after 10 a.m., a line of about 30 people had formed by the time the driver unrolled the hose. Shopkeeper Dwayne “Bull” Worrell said sales at his mini-mart had fallen by half since the outage began.
L city Six Roads
L region St Philip
F time 10 a.m.
F number 30
P full Dwayne “Bull” Worrell
Q scare - :: “Bull”
F fraction half
> “Nobody buying ice, nobody buying drinks, because everybody spending their money on bottled water,” he said.
Q direct Dwayne “Bull” Worrell :: “Nobody buying ice, nobody buying drinks, because everybody spending their money on bottled water,”
> Minister of Energy and Water Resources Kerri-Ann Holder-Maynard told reporters at Parliament Buildings yesterday that the Government “regretted the inconvenience” and had asked the BWA to send all 14 of its tankers to the two parishes.
P full Kerri-Ann Holder-Maynard
L facility Parliament Buildings
Q direct Kerri-Ann Holder-Maynard :: “regretted the inconvenience”
O government BWA
F number 14
F number two
> “The pipes under St John and St Philip were laid when this country was still a colony,” she said. “We are replacing them as fast as the money allows, but I will not pretend to the people of Bath or Ruby that this will be the last break.
Q direct Kerri-Ann Holder-Maynard :: “The pipes under St John and St Philip were laid when this country was still a colony,”
L region St John
L region St Philip
Q direct Kerri-Ann Holder-Maynard :: “We are replacing them as fast as the money allows, but I will not pretend to the people of Bath or Ruby that this will be the last break.
L city Bath
L city Ruby
> “What I can promise is that by the end of this year every household in those districts that wants a storage tank will have one.”
Q direct Kerri-Ann Holder-Maynard :: “What I can promise is that by the end of this year every household in those districts that wants a storage tank will have one.”
> She said the BWA’s $240 million (US$120 million) mains replacement project, financed by the Inter-American Development Bank (IDB), had so far laid 61 kilometres of new pipe, most of it in Christ Church and St Michael.
O government BWA
F money $240 million
F money US$120 million
O intergovernmental Inter-American Development Bank
O intergovernmental IDB
F quantity 61 kilometres
L region Christ Church
L region St Michael
> The Opposition Democratic Labour Party (DLP) called the outage “a national disgrace”. Its spokesman on water resources, Rommel Yearwood, said the BWA was losing about 48 per cent of the water it pumped through leaks.
O party Democratic Labour Party
O party DLP
Q direct Democratic Labour Party :: “a national disgrace”
P full Rommel Yearwood
O government BWA
F percent 48 per cent
> “You cannot keep telling people in the east to be patient while half the water we pump never reaches a tap,” Yearwood said.
Q direct Rommel Yearwood :: “You cannot keep telling people in the east to be patient while half the water we pump never reaches a tap,”
F fraction half
P partial Yearwood
> The Ministry of Educational Transformation said Four Roads Primary School would stay closed today for a third day because its toilets could not be flushed.
O government Ministry of Educational Transformation
O education Four Roads Primary School
> The BWA said tankers would be stationed at the following points today:
O government BWA
> • Bath, St John (near the Anglican church) – 8 a.m. to noon
L city Bath
L region St John
F time 8 a.m.
> • Gall Hill, St John (bus shelter) – 9 a.m. to 1 p.m.
L city Gall Hill
L region St John
F time 9 a.m.
F time 1 p.m.
> • Six Roads, St Philip (Six Roads roundabout) – 10 a.m. to 3 p.m.
L city Six Roads
L region St Philip
L city Six Roads
F time 10 a.m.
F time 3 p.m.
> • Ruby, St Philip (Ruby playing field) – 1 p.m. to 6 p.m.
L city Ruby
L region St Philip
L city Ruby
F time 1 p.m.
F time 6 p.m.
> Residents can follow updates on the BWA’s Facebook page.
O government BWA
O company Facebook
> shontellegreaves@barbadostoday.bb
'''

ARTICLES['311-torrent-frost-kowalchuk-overtime-climate-pledge'] = r'''
> Game Recap
> Kowalchuk Scores Twice, Torrent Rally Past Frost 3-2 In Overtime
P partial Kowalchuk
O team Torrent
O team Frost
F score 3-2
> Seattle erases a two-goal deficit in the third period and wins in 3-on-3 overtime to climb into a playoff spot
O team Seattle
F number two
F score 3-on-3
> PWHL Staff
O other PWHL
> January 12, 2039
F date January 12, 2039
> Sydney Kowalchuk (left) celebrates her overtime winner with Brooklyn Harju at Climate Pledge Arena on Wednesday. Photo: Seattle Torrent
P full Sydney Kowalchuk
P full Brooklyn Harju
L facility Climate Pledge Arena
O team Seattle Torrent
> SEATTLE — Sydney Kowalchuk tied the game with 1:12 left in regulation and won it 2:41 into overtime, and the Seattle Torrent came back from two goals down to beat the Minnesota Frost 3-2 on Wednesday night.
L city SEATTLE
P full Sydney Kowalchuk
F time 1:12
F time 2:41
O team Seattle Torrent
F number two
O team Minnesota Frost
F score 3-2
> Kowalchuk’s winner came on a 2-on-1 with Brooklyn Harju, who carried the puck out of her own zone and waited for Frost goaltender Ebba Sjögren to commit before sliding it across.
P partial Kowalchuk
F score 2-on-1
P full Brooklyn Harju
O team Frost
P full Ebba Sjögren
> "I just had to put it on net. Brooklyn did all the work," Kowalchuk said.
Q direct Sydney Kowalchuk :: "I just had to put it on net. Brooklyn did all the work,"
P partial Brooklyn
P partial Kowalchuk
> Mizuki Tonoike also scored and Harju finished with two assists for the Torrent (11-6-3), who have won four straight and moved past the Boston Fleet into third place with 36 points. Corinne Fairweather-Dubé made 25 saves.
P full Mizuki Tonoike
P partial Harju
F number two
O team Torrent
F score 11-6-3
F number four
O team Boston Fleet
F number 36
P full Corinne Fairweather-Dubé
F number 25
> Kristýna Bělohlávková and Ashlyn Tsosie-Grant scored for Minnesota (9-8-4), which has lost three in a row. Sjögren stopped 31 of 34 shots.
P full Kristýna Bělohlávková
P full Ashlyn Tsosie-Grant
O team Minnesota
F score 9-8-4
F number three
P partial Sjögren
F number 31
F number 34
> Bělohlávková opened the scoring on a power play at 6:41 of the first period, one-timing a pass from Tsosie-Grant past Fairweather-Dubé from the right circle. It was the Czech forward’s seventh goal of the season.
P partial Bělohlávková
F time 6:41
P partial Tsosie-Grant
P partial Fairweather-Dubé
> Seattle killed off 1:26 of a 5-on-3 early in the second period, but Tsosie-Grant made it 2-0 at 14:20, finishing a rebound in front.
O team Seattle
F duration 1:26
F score 5-on-3
P partial Tsosie-Grant
F score 2-0
F time 14:20
> Tonoike, the 23-year-old from Tomakomai, Japan, cut the deficit in half at 4:55 of the third with a wrist shot under the crossbar, and the Torrent outshot Minnesota 17-4 over the third period and overtime.
P partial Tonoike
F age 23-year-old
L city Tomakomai
L country Japan
F fraction half
F time 4:55
O team Torrent
O team Minnesota
F number 17-4
> Seattle coach Marguerite Obomsawin pulled Fairweather-Dubé for an extra attacker with 2:05 remaining. Madison Lavallée’s point shot was tipped by Kowalchuk between Sjögren’s pads 53 seconds later.
O team Seattle
P full Marguerite Obomsawin
P partial Fairweather-Dubé
F time 2:05
P full Madison Lavallée
P partial Kowalchuk
P partial Sjögren
F duration 53 seconds
> "We talked about it at the second intermission. Nobody in here thinks a two-goal lead is safe in this league," Obomsawin said. "Not with 20 minutes left."
Q direct Marguerite Obomsawin :: "We talked about it at the second intermission. Nobody in here thinks a two-goal lead is safe in this league,"
F number two
P partial Obomsawin
Q direct Marguerite Obomsawin :: "Not with 20 minutes left."
F duration 20 minutes
> Frost coach Danielle Marchetti-Ruiz said her team "stopped skating" after its second goal.
O team Frost
P full Danielle Marchetti-Ruiz
Q direct Danielle Marchetti-Ruiz :: "stopped skating"
> "We played 55 minutes of really good hockey and then we played not to lose. That's on me," she said.
Q direct Danielle Marchetti-Ruiz :: "We played 55 minutes of really good hockey and then we played not to lose. That's on me,"
F duration 55 minutes
> The crowd of 12,804 was the Torrent’s largest at home this season.
F number 12,804
O team Torrent
> UP NEXT
> Frost: At Ottawa on Saturday.
O team Frost
O team Ottawa
> Torrent: Host Vancouver on Sunday.
O team Torrent
O team Vancouver
> SUMMARY
> Minnesota 1 1 0 0 — 2
O team Minnesota
F score 1
F score 1
F score 0
F score 0
F score 2
> Seattle 0 0 2 1 — 3
O team Seattle
F score 0
F score 0
F score 2
F score 1
F score 3
> First period — 1, Minnesota, Bělohlávková 7 (Tsosie-Grant, Yellowhorn), 6:41 (pp). Penalties — Harju, SEA (tripping), 5:02.
O team Minnesota
P partial Bělohlávková
F number 7
P partial Tsosie-Grant
P partial Yellowhorn
F time 6:41
P partial Harju
O team SEA
F time 5:02
> Second period — 2, Minnesota, Tsosie-Grant 5 (Bělohlávková, Rautiainen), 14:20. Penalties — Lavallée, SEA (hooking), 2:37; Tonoike, SEA (interference), 3:11; Rautiainen, MIN (slashing), 16:48.
O team Minnesota
P partial Tsosie-Grant
F number 5
P partial Bělohlávková
P partial Rautiainen
F time 14:20
P partial Lavallée
O team SEA
F time 2:37
P partial Tonoike
O team SEA
F time 3:11
P partial Rautiainen
O team MIN
F time 16:48
> Third period — 3, Seattle, Tonoike 9 (Harju, Lavallée), 4:55. 4, Seattle, Kowalchuk 11 (Lavallée, Harju), 18:48. Penalties — None.
O team Seattle
P partial Tonoike
F number 9
P partial Harju
P partial Lavallée
F time 4:55
O team Seattle
P partial Kowalchuk
F number 11
P partial Lavallée
P partial Harju
F time 18:48
> Overtime — 5, Seattle, Kowalchuk 12 (Harju), 2:41. Penalties — None.
O team Seattle
P partial Kowalchuk
F number 12
P partial Harju
F time 2:41
> Shots on goal — Minnesota 12 11 4 0 — 27; Seattle 9 8 13 4 — 34.
O team Minnesota
F number 12
F number 11
F number 4
F number 0
F number 27
O team Seattle
F number 9
F number 8
F number 13
F number 4
F number 34
> Goal — Minnesota: Sjögren (L, 8-6-2). Seattle: Fairweather-Dubé (W, 10-4-2).
O team Minnesota
P partial Sjögren
F score 8-6-2
O team Seattle
P partial Fairweather-Dubé
F score 10-4-2
> Power plays (goal-chances) — Minnesota: 1-3; Seattle: 0-1.
O team Minnesota
F number 1-3
O team Seattle
F number 0-1
> Attendance — 12,804 at Seattle.
F number 12,804
L city Seattle
'''

ARTICLES['312-gambella-malaria-surge-stephensi-refugee-camps'] = r'''
> News
> Gambella: Malaria cases triple as early rains, refugee influx stretch clinics; lawmaker decries federal ‘silence’
L region Gambella
Q direct Nyakim Gatwech Ruot :: ‘silence’
> By Nyaduoth Gatkuoth @NyaduothG
P full Nyaduoth Gatkuoth
> April 14, 2039
F date April 14, 2039
> A health extension worker tests a child for malaria at a health post in Itang special woreda on April 11, 2039. Photo: Gambella Regional Health Bureau
L region Itang
F date April 11, 2039
O government Gambella Regional Health Bureau
> Addis Abeba – Malaria cases in the Gambella region have nearly tripled compared with the same period last year, with the regional health bureau recording 148,600 cases and 61 deaths in the first 14 weeks of 2039, officials told Addis Standard.
L city Addis Abeba
L region Gambella
F number 148,600
F number 61
F duration 14 weeks
F date 2039
O media Addis Standard
> Dr. Ochala Akway Ojwato, head of the Gambella Regional Health Bureau, said the rainy season had started in March, about six weeks earlier than usual, and that flooding along the Baro and Akobo rivers had left standing water across the lowlands.
P full Ochala Akway Ojwato
O government Gambella Regional Health Bureau
F duration six weeks
L geo Baro
L geo Akobo
> “We have never seen numbers like this before the main season. In some kebeles, one in two fever cases is now testing positive,” Dr. Ochala said. “Our staff are working double shifts.”
Q direct Ochala Akway Ojwato :: “We have never seen numbers like this before the main season. In some kebeles, one in two fever cases is now testing positive,”
F number one
F number two
P partial Ochala
Q direct Ochala Akway Ojwato :: “Our staff are working double shifts.”
> More than 40 per cent of the cases were recorded in Itang special woreda and in the Nguenyyiel, Tierkidi and Kule refugee camps, which together host about 290,000 South Sudanese refugees, according to bureau data seen by Addis Standard.
F percent 40 per cent
L region Itang
L facility Nguenyyiel
L facility Tierkidi
L facility Kule
F number 290,000
O media Addis Standard
> The Refugees and Returnees Service (RRS) said in a statement on Saturday that 23 mobile clinics had been deployed to the camps and that it had requested “urgent additional supplies of antimalarial drugs and rapid diagnostic tests” from federal stocks.
O government Refugees and Returnees Service
O government RRS
F number 23
Q direct Refugees and Returnees Service :: “urgent additional supplies of antimalarial drugs and rapid diagnostic tests”
> UNHCR, the UN refugee agency, said its Ethiopia operation had received 31 per cent of the $412 million it needs for 2039.
O intergovernmental UNHCR
O intergovernmental UN
L country Ethiopia
F percent 31 per cent
F money $412 million
F date 2039
> An invasive mosquito in town
> Researchers at the Ethiopian Public Health Institute (EPHI) have also confirmed Anopheles stephensi in Gambella town, the first time the invasive mosquito has been found in the region.
O government Ethiopian Public Health Institute
O government EPHI
L city Gambella
> The species, first detected in Ethiopia in 2016, breeds in water tanks, barrels and construction sites, and has driven urban outbreaks in Dire Dawa and the Somali region in recent years.
L country Ethiopia
F date 2016
L city Dire Dawa
L region Somali
> “Stephensi does not need a swamp. It needs a water barrel and a hot roof,” said Dr. Mekdes Tadesse Woldegiorgis, an entomologist at EPHI who led the survey. Her team found larvae in 17 of 60 sites sampled in the town, Dr. Mekdes said.
Q direct Mekdes Tadesse Woldegiorgis :: “Stephensi does not need a swamp. It needs a water barrel and a hot roof,”
P full Mekdes Tadesse Woldegiorgis
O government EPHI
F number 17
F number 60
P partial Mekdes
> The regional government has allocated 86.5 million birr for an emergency response, including indoor spraying in 11 woredas, the bureau said. The amount is equivalent to about $640,000 at the official exchange rate.
F money 86.5 million birr
F number 11
F money $640,000
> The Ministry of Health said it had dispatched 410,000 long-lasting insecticidal nets and 1.2 million rapid diagnostic test kits to Gambella this month, and that a second consignment would follow before the main rains in June.
O government Ministry of Health
F number 410,000
F number 1.2 million
L region Gambella
> ‘Silence’ from the centre
Q direct Nyakim Gatwech Ruot :: ‘Silence’
> Nyakim Gatwech Ruot, who represents a Gambella constituency in the House of Peoples’ Representatives, said the federal response had come late.
P full Nyakim Gatwech Ruot
L region Gambella
O government House of Peoples’ Representatives
> “For two months we sent letters to Addis. What we received was silence,” she told Addis Standard. She said the region’s health budget for 2031 E.C., approved last July, had assumed a normal malaria season.
Q direct Nyakim Gatwech Ruot :: “For two months we sent letters to Addis. What we received was silence,”
F duration two months
L city Addis
O media Addis Standard
F date 2031 E.C.
> A nurse at Gambella General Hospital, who asked not to be named because she was not authorised to speak to the media, said the paediatric ward had 64 beds but was treating more than 150 children.
O other Gambella General Hospital
F number 64
F number 150
> “We put two children in one bed, sometimes three. The mothers sleep on the floor,” she said.
Q direct - :: “We put two children in one bed, sometimes three. The mothers sleep on the floor,”
F number two
F number one
F number three
> Gambella, which borders South Sudan, is among Ethiopia’s most malaria-endemic regions. Nationally, the Ministry of Health recorded more than 7 million cases in 2023, the highest figure in more than a decade, before a mass net campaign brought numbers down in the following years.
L region Gambella
L country South Sudan
L country Ethiopia
O government Ministry of Health
F number 7 million
F date 2023
> Dr. Ochala said the bureau feared a second peak from July, when the main rains usually begin. “If we do not get ahead of it now, what we see today will look small,” he said.
P partial Ochala
Q direct Ochala Akway Ojwato :: “If we do not get ahead of it now, what we see today will look small,”
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
