#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval111 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval111/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['709-kunene-drought-cattle-n800-opuwo-kamanjab-ddrm-meatco-nnfu-kunene-river-the-namibian'] = r'''
> Kunene farmers sell cattle for N$800 as drought enters third year
L region Kunene
F money N$800
> Uaundja Tjirera
P full Uaundja Tjirera
> 2039-03-08
F date 2039-03-08
> HARD TIMES … Kazeongere Tjambiru (71) with the last of his cattle at Otjindakui, west of Opuwo, on Sunday. Photo: Uaundja Tjirera
P full Kazeongere Tjambiru
F age 71
L city Otjindakui
L city Opuwo
P full Uaundja Tjirera
> FARMERS in the Kunene region are selling cattle for as little as N$800 a head at auctions in Opuwo and Kamanjab as the drought enters its third year, with parts of the region receiving only 41mm of rain since October against a seasonal average of about 280mm.
L region Kunene
F money N$800
L city Opuwo
L city Kamanjab
F quantity 41mm
F quantity 280mm
> A weaner that fetched N$6 500 at the same auction two years ago now sells for less than the price of two 50kg bags of maize meal, farmers told The Namibian this week.
F money N$6 500
F duration two years
F number two
F quantity 50kg
O media The Namibian
> Kazeongere Tjambiru (71), who keeps his herd at Otjindakui, about 40km west of Opuwo, said he had lost 63 of his 110 cattle since December and sold 12 more on Friday for a total of N$11 400.
P full Kazeongere Tjambiru
F age 71
L city Otjindakui
F quantity 40km
L city Opuwo
F number 63
F number 110
F number 12
F money N$11 400
> “The old people say 1981 was like this. But then we could still walk the cattle to the mountains of the Kaokoveld. Now there is nothing there either. The grass is finished, the fountains are dry,” Tjambiru said.
Q direct Kazeongere Tjambiru :: “The old people say 1981 was like this. But then we could still walk the cattle to the mountains of the Kaokoveld. Now there is nothing there either. The grass is finished, the fountains are dry,”
F date 1981
L region Kaokoveld
P partial Tjambiru
> He said some of his neighbours had started feeding their animals cardboard soaked in molasses. “A cow eats the box the food parcels come in. That is where we are,” said another farmer at the Opuwo auction, who asked not to be named.
Q direct - :: “A cow eats the box the food parcels come in. That is where we are,”
L city Opuwo
> The Kunene Regional Council’s chief regional officer, Hileni Ndeutapo Amakali, said the council had registered 14 200 households for drought relief food, up from 9 800 at the same time last year.
O government Kunene Regional Council
P full Hileni Ndeutapo Amakali
F number 14 200
F number 9 800
> “We are distributing maize meal, tinned fish and cooking oil every month, but the need is growing faster than the allocation. Sesfontein, Epupa and Opuwo Rural are the worst constituencies,” Amakali said.
Q direct Hileni Ndeutapo Amakali :: “We are distributing maize meal, tinned fish and cooking oil every month, but the need is growing faster than the allocation. Sesfontein, Epupa and Opuwo Rural are the worst constituencies,”
L region Sesfontein
L region Epupa
L region Opuwo Rural
P partial Amakali
> The Office of the Prime Minister’s Directorate of Disaster Risk Management (DDRM) said in a statement on Monday that N$38,5 million had been set aside for Kunene until the end of June, out of a national drought budget of N$612 million approved by Cabinet in January.
O government Office of the Prime Minister
O government Directorate of Disaster Risk Management
O government DDRM
F money N$38,5 million
L region Kunene
F money N$612 million
O government Cabinet
> Under the livestock marketing incentive scheme, farmers who sell weaners receive N$300 per animal from the Ministry of Agriculture, Fisheries, Water and Land Reform, and Meatco has opened a temporary buying point at Kamanjab.
F money N$300
O government Ministry of Agriculture, Fisheries, Water and Land Reform
O company Meatco
L city Kamanjab
> Meatco’s spokesperson, Rauna Hamunyela, said the corporation would buy “every animal that can walk onto a truck”, but that many of the cattle brought to Kamanjab were too thin to slaughter.
O company Meatco
P full Rauna Hamunyela
Q direct Rauna Hamunyela :: “every animal that can walk onto a truck”
L city Kamanjab
> “An ox that weighs 180 kilograms live gives us almost nothing. We pay on the carcass, and the carcass is not there,” she said.
Q direct Rauna Hamunyela :: “An ox that weighs 180 kilograms live gives us almost nothing. We pay on the carcass, and the carcass is not there,”
F quantity 180 kilograms
> Herds cross the Kunene
L geo Kunene
> Traditional leaders at Epupa said at least 60 families had taken their herds across the Kunene River into Angola’s Namibe province in search of grazing, a move that the state veterinarian at Opuwo, Dr Tobias Kauaria, warned could bring foot-and-mouth disease back into the region.
L city Epupa
F number 60
L geo Kunene River
L country Angola
L region Namibe
L city Opuwo
P full Tobias Kauaria
> “The Angolan side is no better. They are following rumours of rain,” Kauaria said, adding that cattle coming back from Angola would be held at the Omuhonga quarantine camp for 21 days.
Q direct Tobias Kauaria :: “The Angolan side is no better. They are following rumours of rain,”
P partial Kauaria
L country Angola
L facility Omuhonga
F duration 21 days
> The Namibia Meteorological Service said in its latest seasonal bulletin that the north-west could expect “below-normal rainfall” until the end of the season in April. Opuwo had received 34% of its normal rainfall by 28 February.
O government Namibia Meteorological Service
Q direct Namibia Meteorological Service :: “below-normal rainfall”
L city Opuwo
F percent 34%
F date 28 February
> The Namibia National Farmers Union (NNFU) on Tuesday asked the government to raise the incentive to N$1 000 per animal and to pay for transport from remote villages such as Orupembe and Okanguati, some of them more than 150 kilometres from the nearest buying point.
O nonprofit Namibia National Farmers Union
O nonprofit NNFU
F money N$1 000
L city Orupembe
L city Okanguati
F quantity 150 kilometres
> “A farmer who sells at N$800 today has no herd to rebuild when the rains come. We are asking for help to keep the breeding cows alive,” said the union’s Kunene coordinator, Jeremia Kasupi.
Q direct Jeremia Kasupi :: “A farmer who sells at N$800 today has no herd to rebuild when the rains come. We are asking for help to keep the breeding cows alive,”
F money N$800
L region Kunene
P full Jeremia Kasupi
'''

ARTICLES['710-ballycastle-ann-street-sraid-anna-irish-street-sign-causeway-coast-and-glens-council-belfast-telegraph'] = r'''
> Politics
> Irish street sign for Ballycastle’s Ann Street approved after ‘divisive’ council row
L city Ballycastle
L street Ann Street
Q direct Norman Lyttle :: ‘divisive’
> TUV members walked out before the vote, while a DUP alderman said business owners on the street were ‘never properly asked’
Q direct Norman Lyttle :: ‘never properly asked’
> Niall Carberry
P full Niall Carberry
> Wed 9 Nov 2039 at 17:42
F date 9 Nov 2039
F time 17:42
> Ann Street in Ballycastle, which runs down towards the seafront from The Diamond (Photo: Pacemaker)
L street Ann Street
L city Ballycastle
L street The Diamond
O media Pacemaker
> Councillors in Causeway Coast and Glens have approved an Irish-language street sign for Ann Street in Ballycastle after a debate that one member called “the most divisive” of the council’s term.
L region Causeway Coast and Glens
L street Ann Street
L city Ballycastle
F number one
Q direct Norman Lyttle :: “the most divisive”
> The new sign, reading Sráid Anna beneath the English name, will be put up at both ends of the street, which fills with stalls every August for the Ould Lammas Fair.
L street Sráid Anna
> Under the council’s street naming policy, a second language can be added when at least a third of the occupiers on the electoral register support it and fewer than 10% object. Of the 112 occupiers on Ann Street, 40 backed the application and nine opposed it; the rest did not respond.
F fraction a third
F percent 10%
F number 112
L street Ann Street
F number 40
F number nine
> The council’s Environmental Services Committee approved the sign last month by nine votes to six, and the decision was ratified at Tuesday’s full council meeting by 22 votes to 15.
O government Environmental Services Committee
F number nine
F number six
F number 22
F number 15
> Sinn Féin, the SDLP and Alliance voted in favour and the DUP and the UUP against, while the TUV’s two councillors left the chamber before the vote was taken.
O party Sinn Féin
O party SDLP
O party Alliance
O party DUP
O party UUP
O party TUV
F number two
> “Ann Street has been Sráid Anna to Irish speakers in this town for generations. Nobody is taking the English name down. This is about recognising that both languages belong here,” said Cllr Sorcha Nic Ruairí (SF), who brought the application to committee.
Q direct Sorcha Nic Ruairí :: “Ann Street has been Sráid Anna to Irish speakers in this town for generations. Nobody is taking the English name down. This is about recognising that both languages belong here,”
L street Ann Street
L street Sráid Anna
P full Sorcha Nic Ruairí
O party SF
> But Alderman Norman Lyttle (DUP) said the policy was being used to “change the character of a street” without consulting the businesses on it.
P full Norman Lyttle
O party DUP
Q direct Norman Lyttle :: “change the character of a street”
> “This is the most divisive decision this council has taken in this term. Ballycastle is a mixed town, and the business owners on Ann Street were never properly asked. Of 112 occupiers, 63 said nothing at all, and silence is not consent,” he said.
Q direct Norman Lyttle :: “This is the most divisive decision this council has taken in this term. Ballycastle is a mixed town, and the business owners on Ann Street were never properly asked. Of 112 occupiers, 63 said nothing at all, and silence is not consent,”
L city Ballycastle
L street Ann Street
F number 112
F number 63
> He said his party would “call in” the decision, a procedure that lets 15% of members ask for legal advice on whether a council decision was reasonable. Mr Lyttle also said residents of Castle Street would now apply for a sign in Ulster-Scots, a request the Ulster-Scots Agency said it would “support in principle”.
Q direct Norman Lyttle :: “call in”
F percent 15%
P partial Lyttle
L street Castle Street
O government Ulster-Scots Agency
Q direct Ulster-Scots Agency :: “support in principle”
> Cllr Emma McQuillan (Alliance) said the threshold in the policy had been met “fair and square” and that the council could not change the rules “because some of us don’t like the result”.
P full Emma McQuillan
O party Alliance
Q direct Emma McQuillan :: “fair and square”
Q direct Emma McQuillan :: “because some of us don’t like the result”
> A council spokesperson said the application had been “processed in line with the policy adopted by members in 2031”.
Q direct - :: “processed in line with the policy adopted by members in 2031”
F date 2031
> Conradh na Gaeilge, which supported the application, said there were already 23 bilingual street signs in Ballycastle.
O nonprofit Conradh na Gaeilge
F number 23
L city Ballycastle
> “Not one of them has caused a problem. People stop to take photographs of them,” said Dónall Ó Murchú, the organisation’s development officer for the Glens. “We would hope Ann Street is treated the same way.”
Q direct Dónall Ó Murchú :: “Not one of them has caused a problem. People stop to take photographs of them,”
P full Dónall Ó Murchú
L region Glens
Q direct Dónall Ó Murchú :: “We would hope Ann Street is treated the same way.”
L street Ann Street
> Each bilingual sign costs the council about £240 to make and erect, and the two signs for Ann Street are expected to be in place by March 2040.
F money £240
F number two
L street Ann Street
F date March 2040
> Causeway Coast and Glens Borough Council has approved 41 second-language signs since the policy was adopted, most of them in Ballycastle, Cushendall and Cushendun in the former Moyle district.
O government Causeway Coast and Glens Borough Council
F number 41
L city Ballycastle
L city Cushendall
L city Cushendun
L region Moyle
'''

ARTICLES['711-kowhai-lane-nz-trotting-cup-te-huia-hoskin-rangiora-lord-hamish-addington-results-the-press'] = r'''
> Sport
> Te Huia drives Kōwhai Lane to NZ Cup glory for Rangiora battlers
P partial Te Huia
L city Rangiora
> The five-year-old mare came from 15 metres behind to beat the $2.40 favourite Lord Hamish by a neck in front of 21,450 at Addington
F duration five-year-old
F quantity 15 metres
F money $2.40
F number 21,450
L facility Addington
> Ruby Tawhai
P full Ruby Tawhai
> 18:02, Nov 09 2038
F time 18:02
F date Nov 09 2038
> Mikaere Te Huia salutes the crowd as Kōwhai Lane crosses the line in the New Zealand Trotting Cup at Addington Raceway on Tuesday. KEITA SOLOMONA/STUFF
P full Mikaere Te Huia
L facility Addington Raceway
P full KEITA SOLOMONA
O media STUFF
> Mikaere Te Huia was nine when his grandfather first took him to Cup Day at Addington. Twenty-three years later, he drove the winner.
P full Mikaere Te Huia
F age nine
L facility Addington
F duration Twenty-three years
> Te Huia, 32, brought the Rangiora-trained mare Kōwhai Lane home from a 15-metre handicap to win the $1 million New Zealand Trotting Cup by a neck from Lord Hamish, with Southern Cross Kid one and a quarter lengths away third.
P partial Te Huia
F age 32
L city Rangiora
F quantity 15-metre
F money $1 million
F quantity one and a quarter lengths
> Kōwhai Lane, trained by Bevan and Aroha Hoskin, ran the 3200 metres in 4:01.7, a mile rate of 2:01.6, and paid $9.80 for the win.
P partial Bevan
P full Aroha Hoskin
F quantity 3200 metres
F duration 4:01.7
F duration 2:01.6
F money $9.80
> Settled second-last from her handicap, the mare was still 10 lengths from the lead with 800 metres to run. Te Huia pulled her to the outside on the home turn and she ran her last 400 metres in 28.1 seconds.
F quantity 10 lengths
F quantity 800 metres
P partial Te Huia
F quantity 400 metres
F duration 28.1 seconds
> "I just kept telling her, not yet, not yet. At the 200 I let her go and she found another gear," Te Huia said.
Q direct Mikaere Te Huia :: "I just kept telling her, not yet, not yet. At the 200 I let her go and she found another gear,"
F quantity 200
P partial Te Huia
> "My koro used to stand by the rail right there and yell at the drivers. I reckon he was yelling at me today."
Q direct Mikaere Te Huia :: "My koro used to stand by the rail right there and yell at the drivers. I reckon he was yelling at me today."
> Lord Hamish, last year's winner, broke stride in the first 100 metres and lost about 20 metres, but his driver Tony Rākena had him back on the tail of the field by the 1200 metres.
F quantity 100 metres
F quantity 20 metres
P full Tony Rākena
F quantity 1200 metres
> "He stood, he galloped, he gave them 20 metres and he still nearly won it. That's a champion," Rākena said.
Q direct Tony Rākena :: "He stood, he galloped, he gave them 20 metres and he still nearly won it. That's a champion,"
F quantity 20 metres
P partial Rākena
> Aroha Hoskin said the couple had bought the mare for $18,000 as a yearling at Karaka and that she had "never been better" than in the past month.
P full Aroha Hoskin
F money $18,000
L city Karaka
Q direct Aroha Hoskin :: "never been better"
> "People laughed at us when we bid for her. We've got 11 horses and a shed at Rangiora, and we've just won the Cup," she said. "Bevan's been crying since the 400."
Q direct Aroha Hoskin :: "People laughed at us when we bid for her. We've got 11 horses and a shed at Rangiora, and we've just won the Cup,"
F number 11
L city Rangiora
Q direct Aroha Hoskin :: "Bevan's been crying since the 400."
P partial Bevan
F quantity 400
> The crowd of 21,450 was the biggest at Addington since 2019, and TAB NZ said $14.3 million had been bet on the 12-race card, up 6 per cent on last year.
F number 21,450
L facility Addington
F date 2019
O company TAB NZ
F money $14.3 million
F number 12
F percent 6 per cent
> Harness Racing New Zealand (HRNZ) chief executive Gemma Whaanga said the figures showed "harness racing is alive and well in Canterbury".
O other Harness Racing New Zealand
O other HRNZ
P full Gemma Whaanga
Q direct Gemma Whaanga :: "harness racing is alive and well in Canterbury"
L region Canterbury
> RESULTS
> New Zealand Trotting Cup (Group 1, 3200m standing start, $1,000,000): 1 Kōwhai Lane (M Te Huia, 15m) $9.80, $2.90; 2 Lord Hamish (T Rākena, 20m) $1.60; 3 Southern Cross Kid (H Faleolo, front) $3.70. Margins: neck, 1¼ lengths. Time: 4:01.7. Mile rate: 2:01.6.
F quantity 3200m
F money $1,000,000
P full M Te Huia
F quantity 15m
F money $9.80
F money $2.90
P full T Rākena
F quantity 20m
F money $1.60
P full H Faleolo
F money $3.70
F quantity 1¼ lengths
F duration 4:01.7
F duration 2:01.6
> Dominion Handicap (trot, Group 1, 3200m, $300,000): 1 Tekapo Express (S Kawhia-Reid, 10m) $14.20, $4.10; 2 Miss Waiau (C Brosnan, front) $2.30; 3 Gentleman Jim (R Tawhiri, 20m) $5.60. Margins: ½ length, 3 lengths. Time: 4:06.3.
F quantity 3200m
F money $300,000
P full S Kawhia-Reid
F quantity 10m
F money $14.20
F money $4.10
P full C Brosnan
F money $2.30
P full R Tawhiri
F quantity 20m
F money $5.60
F quantity ½ length
F quantity 3 lengths
F duration 4:06.3
> Ōtautahi Mobile Pace (1980m, $60,000): 1 Queen Of Kaikōura (J Ngata-Rawiri) $6.10; 2 Rolleston Flyer (B Hoskin) $3.20; 3 Harbour Lights (T Rākena) $2.80. Time: 2:22.7.
F quantity 1980m
F money $60,000
P full J Ngata-Rawiri
F money $6.10
P full B Hoskin
F money $3.20
P full T Rākena
F money $2.80
F duration 2:22.7
'''

ARTICLES['712-bantay-barangay-paing-tie-418-votes-drawing-of-lots-pascua-tadena-rabago-comelec-inquirer'] = r'''
> Tie in Ilocos Sur village race settled by drawing of lots
L region Ilocos Sur
> By: Reynaldo Galutera Jr. - Correspondent / @inqnational
P full Reynaldo Galutera Jr.
> Philippine Daily Inquirer / 05:12 AM October 30, 2038
O media Philippine Daily Inquirer
F time 05:12 AM
F date October 30, 2038
> LUCKY DRAW Rosalinda "Baby" Pascua-Tadena unfolds the slip bearing her name at the Bantay municipal hall on Thursday. —REYNALDO GALUTERA JR.
P full Rosalinda "Baby" Pascua-Tadena
Q scare - :: "Baby"
L city Bantay
P full REYNALDO GALUTERA JR.
> BANTAY, Ilocos Sur, Philippines — A folded slip of paper, not the voters, decided who will lead Barangay Paing in this town for the next four years.
L city BANTAY
L region Ilocos Sur
L country Philippines
L city Barangay Paing
F duration four years
> Rosalinda "Baby" Pascua-Tadena and the incumbent, Ernesto Rabago Sr., each received 418 votes for punong barangay in the Oct. 25 barangay and Sangguniang Kabataan elections (BSKE), forcing the municipal board of canvassers to break the tie by drawing lots on Thursday.
P full Rosalinda "Baby" Pascua-Tadena
Q scare - :: "Baby"
P full Ernesto Rabago Sr.
F number 418
F date Oct. 25
> The Omnibus Election Code provides that a tie between candidates for the same post shall be broken "by drawing of lots," a procedure the Commission on Elections (Comelec) said was needed in 19 barangay chair races and 31 council races across the country this year.
Q direct - :: "by drawing of lots,"
O government Commission on Elections
O government Comelec
F number 19
F number 31
> The names of the two candidates were written on identical slips, folded and dropped into an empty ballot box at the municipal hall shortly after 3 p.m. Election officer Atty. Ma. Lourdes Ranches shook the box and drew a single slip as both candidates, their lawyers and some 80 supporters watched.
F number two
F time 3 p.m.
P full Ma. Lourdes Ranches
F number 80
> It bore the name of Pascua-Tadena, a 47-year-old public school teacher and former kagawad (village councilor).
P partial Pascua-Tadena
F age 47-year-old
> "My hands were shaking. I prayed the whole morning. Agyamanak unay [thank you very much] to everyone who voted, for both of us," Pascua-Tadena told the Inquirer.
Q direct Rosalinda "Baby" Pascua-Tadena :: "My hands were shaking. I prayed the whole morning. Agyamanak unay [thank you very much] to everyone who voted, for both of us,"
P partial Pascua-Tadena
O media Inquirer
> Rabago, 61, who has led Paing since 2030, accepted the result but said he would file an election protest before the Municipal Trial Court over 11 ballots that the board of election tellers had set aside as marked.
P partial Rabago
F age 61
L city Paing
F date 2030
O government Municipal Trial Court
F number 11
> "I will not question the lot. That is the law. But 11 ballots were not counted, and the people of Paing deserve to know how they voted," Rabago said in Ilocano.
Q direct Ernesto Rabago Sr. :: "I will not question the lot. That is the law. But 11 ballots were not counted, and the people of Paing deserve to know how they voted,"
F number 11
L city Paing
P partial Rabago
> Ilocos Sur provincial election supervisor Jaime Agbayani said the result of the drawing was "final for purposes of the canvass" but did not bar a protest. Under Comelec rules, a protest must be filed within 10 days of the proclamation, he said.
L region Ilocos Sur
P full Jaime Agbayani
Q direct Jaime Agbayani :: "final for purposes of the canvass"
O government Comelec
F duration 10 days
> Of Paing's 1,096 registered voters, 912 cast their ballots, a turnout of 83.2 percent, according to the municipal election office. Turnout across Ilocos Sur was 79 percent.
L city Paing
F number 1,096
F number 912
F percent 83.2 percent
L region Ilocos Sur
F percent 79 percent
> In Bantay, a town of about 38,000 people just north of Vigan City, it was the first tie for a barangay chief's post since 2013, according to the same office.
L city Bantay
F number 38,000
L city Vigan City
F date 2013
> Twelve police officers from the Bantay Municipal Police Station secured the hall during the draw, station chief Police Maj. Arnulfo Ragasa said. No untoward incident was reported.
F number Twelve
O government Bantay Municipal Police Station
P full Arnulfo Ragasa
> In the nearby town of Santa Catalina, two kagawad candidates who tied at 205 votes for the seventh and last council seat agreed to settle it with a coin toss, municipal officials said.
L city Santa Catalina
F number two
F number 205
> A supporter of Rabago, who asked not to be named for fear of trouble in the village, said the camp would "respect the lot but not forget the 11."
P partial Rabago
Q direct - :: "respect the lot but not forget the 11."
F number 11
> Pascua-Tadena is set to take her oath on Nov. 30 before Bantay Mayor Rodel Cabañero. She said her first project would be a deep well for the sitio of Nalasin, where 60 households still fetch water from an open spring.
P partial Pascua-Tadena
F date Nov. 30
L region Bantay
P full Rodel Cabañero
L city Nalasin
F number 60
'''

ARTICLES['713-chaffey-bend-wines-receivership-monash-riverland-growers-owed-6-4m-loveday-gill-murray-pioneer'] = r'''
> Growers owed $6.4m as Monash winery goes into receivership
F money $6.4m
L city Monash
> More than 140 Riverland growers are still waiting to be paid for this year's vintage after Chaffey Bend Wines called in receivers
F number 140
L region Riverland
O company Chaffey Bend Wines
> Tahlia Schubert
P full Tahlia Schubert
> 13 April 2039
F date 13 April 2039
> Loveday grower Harjinder Singh Gill among the rows of colombard he has left unpicked. Photo: Tahlia Schubert
L city Loveday
P full Harjinder Singh Gill
P full Tahlia Schubert
> MORE than 140 Riverland grapegrowers are owed a combined $6.4 million after Monash-based Chaffey Bend Wines was placed in receivership on Monday, two weeks before the first instalment for the 2039 vintage was due.
F number 140
L region Riverland
F money $6.4 million
L city Monash
O company Chaffey Bend Wines
F duration two weeks
F date 2039
> Receivers from Adelaide firm Hargreave Lusk Advisory were appointed by the winery's financier, Southgate Agri Finance, after the company missed a repayment on a $22 million loan.
L city Adelaide
O company Hargreave Lusk Advisory
O company Southgate Agri Finance
F money $22 million
> Receiver Dominic Achterberg said the winery would keep operating "while we assess the options for a sale of the business as a going concern".
P full Dominic Achterberg
Q direct Dominic Achterberg :: "while we assess the options for a sale of the business as a going concern"
> Chaffey Bend crushed about 38,000 tonnes of grapes this vintage, mostly shiraz, cabernet sauvignon and colombard from growers between Waikerie and Renmark, and sells most of its bulk wine to China and the United Kingdom.
O company Chaffey Bend
F quantity 38,000 tonnes
L city Waikerie
L city Renmark
L country China
L country United Kingdom
> Harjinder Singh Gill, whose family has grown grapes on 32 hectares at Loveday since 1994, said he was owed $184,000 for 620 tonnes of fruit.
P full Harjinder Singh Gill
F quantity 32 hectares
L city Loveday
F date 1994
F money $184,000
F quantity 620 tonnes
> "We picked, we delivered, we did everything right. Now I have to tell the bank I can't pay for the fuel, the sprays or the pickers," Mr Gill said.
Q direct Harjinder Singh Gill :: "We picked, we delivered, we did everything right. Now I have to tell the bank I can't pay for the fuel, the sprays or the pickers,"
P partial Gill
> He said the price Chaffey Bend had offered for colombard this year, $285 a tonne, was already below the cost of production, which Riverland Wine puts at about $420 a tonne.
O company Chaffey Bend
F money $285
O nonprofit Riverland Wine
F money $420
> Riverland Wine chair Lucia Marafioti said: "Growers carry the risk of the whole season, from pruning in winter to picking in February and March, and when a winery fails they are unsecured creditors, last in the queue.
O nonprofit Riverland Wine
P full Lucia Marafioti
Q direct Lucia Marafioti :: "Growers carry the risk of the whole season, from pruning in winter to picking in February and March, and when a winery fails they are unsecured creditors, last in the queue.
> "We have asked the state government for a grower payment guarantee for six years. Monday's news is exactly why."
Q direct Lucia Marafioti :: "We have asked the state government for a grower payment guarantee for six years. Monday's news is exactly why."
F duration six years
> The Riverland grows about a quarter of Australia's wine grapes, and Wine Australia figures show the average price paid for Riverland colombard fell 18% in 2038 to $301 a tonne.
L region Riverland
F fraction a quarter
L country Australia
O government Wine Australia
L region Riverland
F percent 18%
F date 2038
F money $301
> Member for Chaffey Rhys Zadow said the receivership was "a hammer blow" for the region and that he had written to the Minister for Primary Industries asking for emergency support for affected growers.
L region Chaffey
P full Rhys Zadow
Q direct Rhys Zadow :: "a hammer blow"
> Berri Barmera Council will host a meeting for growers at the Berri Town Hall on Friday at 7pm, with staff from Primary Industries and Regions SA (PIRSA) and Rural Business Support.
O government Berri Barmera Council
L facility Berri Town Hall
F time 7pm
O government Primary Industries and Regions SA
O government PIRSA
O nonprofit Rural Business Support
> A Renmark winemaker, who did not want to be named, said Chaffey Bend's wine was likely to be "sold off cheap" with the rest of its stock.
L city Renmark
O company Chaffey Bend
Q direct - :: "sold off cheap"
> "Whoever buys the tanks gets this vintage for a song, and the growers get 20 cents in the dollar if they're lucky," the winemaker said.
Q direct - :: "Whoever buys the tanks gets this vintage for a song, and the growers get 20 cents in the dollar if they're lucky,"
F money 20 cents
> The first meeting of creditors will be held in Adelaide on 27 April.
L city Adelaide
F date 27 April
> Mr Gill said he would pull out the 4.5 hectares of colombard he had left on the vine. "My father planted those vines 30 years ago. I never thought I'd be the one to take them out," he said.
P partial Gill
F quantity 4.5 hectares
Q direct Harjinder Singh Gill :: "My father planted those vines 30 years ago. I never thought I'd be the one to take them out,"
F duration 30 years
'''

ARTICLES['714-hydra-water-rationing-tanker-contract-lapses-lavrio-desalination-kala-pigadia-kathimerini'] = r'''
> NEWS
> Hydra limits running water to four hours a day as tanker contract lapses
L geo Hydra
F duration four hours
> Residents and hotels on the car-free island in the Saronic Gulf depend on ships from Lavrio while the desalination plant is repaired
L geo Saronic Gulf
L city Lavrio
> Ioanna Fotopoulou
P full Ioanna Fotopoulou
> 12.07.2038 • 18:05
F date 12.07.2038
F time 18:05
> Water is pumped ashore from a tanker at the port of Hydra. [Shutterstock]
L city Hydra
O company Shutterstock
> Residents of Hydra will have running water for only four hours a day, from 6 a.m. to 10 a.m., after the contract for the tanker that supplies the Saronic island expired on Saturday with no replacement in place, the municipality said on Monday.
L geo Hydra
F duration four hours
F time 6 a.m.
F time 10 a.m.
> The island’s desalination plant, which can produce 2,400 cubic meters of water a day, has been out of action since June 29, when a seawater intake pipe burst during a storm. Since then Hydra has depended on the tanker, which carries 4,000 tons per trip from the port of Lavrio in Attica, a round trip of about 10 hours.
F quantity 2,400 cubic meters
F date June 29
L geo Hydra
F quantity 4,000 tons
L city Lavrio
L region Attica
F duration 10 hours
> “We have water in the reservoirs for three, maybe four days if everyone is careful. After that, I don’t know,” Hydra Mayor Evangelia Gkika told Kathimerini.
Q direct Evangelia Gkika :: “We have water in the reservoirs for three, maybe four days if everyone is careful. After that, I don’t know,”
F duration three
F duration four days
L region Hydra
P full Evangelia Gkika
O media Kathimerini
> The Ministry of Maritime Affairs and Insular Policy, which pays for water to be shipped to 24 small islands, said a new tender had been held up by an appeal from one of the bidders and that an emergency contract would be signed “within the week.”
O government Ministry of Maritime Affairs and Insular Policy
F number 24
Q direct Ministry of Maritime Affairs and Insular Policy :: “within the week.”
> Shipping water costs the state between €8 and €11 per cubic meter, compared with about €1.10 for water from a desalination plant, according to ministry figures.
F money €8
F money €11
F money €1.10
> The shortage comes at the peak of the tourist season, when Hydra’s population of about 2,000 swells to more than 10,000 and dozens of yachts moor in the harbor each night.
L geo Hydra
F number 2,000
F number 10,000
> “A hotel with 30 rooms uses 15 tons of water a day. We are buying water from private boats at €35 a ton and carrying it up the lanes on mules,” said Nikos Vrettos, president of the Hydra Hoteliers Association. He said 11 of the island’s 62 hotels had stopped taking new bookings.
Q direct Nikos Vrettos :: “A hotel with 30 rooms uses 15 tons of water a day. We are buying water from private boats at €35 a ton and carrying it up the lanes on mules,”
F number 30
F quantity 15 tons
F money €35
P full Nikos Vrettos
O nonprofit Hydra Hoteliers Association
F number 11
F number 62
> The Hellenic Coast Guard has banned yachts from filling their tanks from the island’s network and has posted officers at the harbor’s two public taps.
O government Hellenic Coast Guard
F number two
> The Region of Attica said it would send two smaller tankers from Piraeus, each carrying 800 tons, from Wednesday as a stopgap, and EYDAP, the Athens water utility, has offered to supply the water at cost.
O government Region of Attica
F number two
L city Piraeus
F quantity 800 tons
O company EYDAP
L city Athens
> Poros and Spetses, which also receive water by sea, are not affected, as their contracts run until 2040, the ministry said.
L geo Poros
L geo Spetses
F date 2040
> Athens-based Thalassa Water Systems, which built and maintains the plant, said the repairs would take “at least three weeks” because a new intake pipe had to be ordered from Italy.
L city Athens
O company Thalassa Water Systems
Q direct Thalassa Water Systems :: “at least three weeks”
F duration three weeks
L country Italy
> On Sunday evening, about 200 residents gathered outside the town hall with placards reading “Hydra is thirsty” and “Water, not promises.”
F number 200
Q direct - :: “Hydra is thirsty”
L geo Hydra
Q direct - :: “Water, not promises.”
> “In my grandfather’s day every house had a cistern and nobody went thirsty,” said Lefteris Mpenetos, 78, a retired sea captain who still draws water from the old wells at Kala Pigadia, a neighborhood whose name means “good wells.”
Q direct Lefteris Mpenetos :: “In my grandfather’s day every house had a cistern and nobody went thirsty,”
P full Lefteris Mpenetos
F age 78
L city Kala Pigadia
Q scare - :: “good wells.”
> “We built this island without pipes. Maybe we have forgotten how,” he said.
Q direct Lefteris Mpenetos :: “We built this island without pipes. Maybe we have forgotten how,”
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
