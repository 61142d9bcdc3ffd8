#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval107 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval107/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['685-maban-refugees-half-rations-floods-cut-bunj-renk-road-wfp-unhcr-radio-tamazuj'] = r'''
> Maban refugees get half rations as floods cut Bunj road
L region Maban
F fraction half
L city Bunj
> Published: Tue 14 Sep 2038 16:40
F date 14 Sep 2038
F time 16:40
> File photo: Sudanese refugees queue for food at Doro camp in Maban County, Upper Nile State. (Radio Tamazuj)
L facility Doro
L region Maban County
L region Upper Nile State
O media Radio Tamazuj
> More than 170,000 Sudanese refugees in Maban County of Upper Nile State will receive only half of their monthly food rations this month after floods cut the only road linking the county headquarters, Bunj, to Renk, aid agencies and local officials said on Monday.
F number 170,000
L region Maban County
L region Upper Nile State
F fraction half
L city Bunj
L city Renk
> The World Food Programme (WFP) said 38 trucks carrying 1,140 metric tonnes of sorghum, lentils and vegetable oil had been stuck for 19 days near Khor Adar, about 90 kilometres north of Bunj, where floodwater washed away two sections of the road on 26 August.
O intergovernmental World Food Programme
O intergovernmental WFP
F number 38
F quantity 1,140 metric tonnes
F duration 19 days
L geo Khor Adar
F quantity 90 kilometres
L city Bunj
F number two
F date 26 August
> “Our trucks cannot move in either direction. We have enough sorghum in the Bunj warehouse for half a ration in all four camps, and we decided it is better to give everyone something than to give some people nothing,” said Angelina Adut Deng, who heads the WFP sub-office in Bunj.
Q direct Angelina Adut Deng :: “Our trucks cannot move in either direction. We have enough sorghum in the Bunj warehouse for half a ration in all four camps, and we decided it is better to give everyone something than to give some people nothing,”
L city Bunj
F fraction half
F number four
P full Angelina Adut Deng
O intergovernmental WFP
L city Bunj
> She said the reduced rations would be handed out from Thursday at Doro, Yusuf Batil, Gendrassa and Kaya camps, which host refugees who have fled Sudan’s Blue Nile State since 2011.
L facility Doro
L facility Yusuf Batil
L facility Gendrassa
L facility Kaya
L country Sudan
L region Blue Nile State
F date 2011
> Refugees said the cut comes at the worst time of the year, at the height of the lean season, when prices in Bunj market rise every week.
L city Bunj
> “We were already eating once a day. Now, with half, the children will eat and the adults will wait,” said Mariam Adam Hamid, a 41-year-old mother of six at Gendrassa camp.
Q direct Mariam Adam Hamid :: “We were already eating once a day. Now, with half, the children will eat and the adults will wait,”
F fraction half
P full Mariam Adam Hamid
F age 41-year-old
F number six
L facility Gendrassa
> A malwa of sorghum, about 3.5 kilogrammes, now sells for SSP 42,000 in Bunj, up from SSP 26,000 in July, traders said. A 50-kilogramme bag of sugar costs more than SSP 1.1 million.
F quantity 3.5 kilogrammes
F money SSP 42,000
L city Bunj
F money SSP 26,000
F quantity 50-kilogramme
F money SSP 1.1 million
> Ibrahim Yousif Abakar, chairman of the refugee committee in Yusuf Batil, said community leaders were told about the cut only on Saturday.
P full Ibrahim Yousif Abakar
L facility Yusuf Batil
> “People are patient, but patience also needs food,” he said. “If the road is not open by October, you will see families going back across the border to Kurmuk, even with the fighting there.
Q direct Ibrahim Yousif Abakar :: “People are patient, but patience also needs food,”
Q direct Ibrahim Yousif Abakar :: “If the road is not open by October, you will see families going back across the border to Kurmuk, even with the fighting there.
L city Kurmuk
> “In 2033, when the airstrip in Bunj was closed for six weeks, more than 2,000 people left Doro alone. Nobody wants to go back to Blue Nile, but hunger pushes.”
Q direct Ibrahim Yousif Abakar :: “In 2033, when the airstrip in Bunj was closed for six weeks, more than 2,000 people left Doro alone. Nobody wants to go back to Blue Nile, but hunger pushes.”
F date 2033
L city Bunj
F duration six weeks
F number 2,000
L facility Doro
L region Blue Nile
> The UN refugee agency, UNHCR, said in a statement that it was working with the Commission for Refugee Affairs (CRA) to register new arrivals and had flown 12,000 packets of high-energy biscuits to Bunj from Juba.
O intergovernmental UN
O intergovernmental UNHCR
O government Commission for Refugee Affairs
O government CRA
F number 12,000
L city Bunj
L city Juba
> It described the situation in the camps as “fragile but not yet critical” and called on donors to pay for “all-weather access” to Maban, which is cut off by road for up to five months in most years.
Q direct UNHCR :: “fragile but not yet critical”
Q direct UNHCR :: “all-weather access”
L region Maban
F duration five months
> An aid worker in Bunj, who asked not to be named because they were not authorised to speak to the media, said September’s cut was “the third reduction since January” and that screening at the Médecins Sans Frontières (MSF) clinic in Doro had found 214 children with severe acute malnutrition in August alone.
L city Bunj
Q direct - :: “the third reduction since January”
O nonprofit Médecins Sans Frontières
O nonprofit MSF
L facility Doro
F number 214
> Maban County Commissioner Abdelrahman Gismalla Jok said the county had asked the Upper Nile State government and the national Ministry of Roads and Bridges in Juba to send graders as soon as the water goes down.
L region Maban County
P full Abdelrahman Gismalla Jok
L region Upper Nile State
O government Ministry of Roads and Bridges
L city Juba
> “We have no machines of our own. The contractor who repaired this road in 2037 was paid US$2.6 million, and the road did not survive one rainy season,” Jok told Radio Tamazuj by phone.
Q direct Abdelrahman Gismalla Jok :: “We have no machines of our own. The contractor who repaired this road in 2037 was paid US$2.6 million, and the road did not survive one rainy season,”
F date 2037
F money US$2.6 million
F number one
P partial Jok
O media Radio Tamazuj
> WFP said it was trying to charter a plane to fly 160 tonnes of food into Bunj airstrip before the end of the month, at a cost of about US$480,000.
O intergovernmental WFP
F quantity 160 tonnes
L city Bunj
F money US$480,000
> UNHCR figures for June 2038 put the number of refugees in Maban at 176,412, most of them women and children.
O intergovernmental UNHCR
F date June 2038
L region Maban
F number 176,412
'''

ARTICLES['686-a-lofoten-last-fish-buyer-closes-moskenes-reine-sorvagen-cod-quota-the-local-norway'] = r'''
> FISHING
> Fishermen in Lofoten's Å lose last place to land their catch as fish buyer shuts
L geo Lofoten
L city Å
> The only fish buyer left in the village at the end of the E10 in Lofoten will close after this winter's cod season, leaving small coastal boats to sail to Reine or Sørvågen to land their fish.
L street E10
L geo Lofoten
L city Reine
L city Sørvågen
> Author: Marte Solheim Aune
P full Marte Solheim Aune
> Published: 16 March 2038 09:41 CET
F date 16 March 2038
F time 09:41 CET
> Cod hangs on drying racks at Å i Lofoten, where the stockfish season runs from February until June. Photo: Hans-Petter Rasmussen / NTB
L city Å i Lofoten
P full Hans-Petter Rasmussen
O media NTB
> Å Fiskemottak AS, which has bought cod, saithe and haddock from small boats in Å for 61 years, will stop buying fish on April 30th, its owner told The Local.
O company Å Fiskemottak AS
L city Å
F duration 61 years
F date April 30th
O media The Local
> "We have run at a loss for three winters. The quota gets smaller every year, the machines are old, and my son does not want to take over," said Tor Åge Mikalsen, 67, whose father started the business in 1977.
Q direct Tor Åge Mikalsen :: "We have run at a loss for three winters. The quota gets smaller every year, the machines are old, and my son does not want to take over,"
F number three
P full Tor Åge Mikalsen
F age 67
F date 1977
> Mikalsen said the plant took in around 1,150 tonnes of fish in the 2037 season, down from more than 2,600 tonnes in 2030. Most of it was "skrei", the migrating Arctic cod that comes to Vestfjorden each winter to spawn.
P partial Mikalsen
F quantity 1,150 tonnes
F date 2037
F quantity 2,600 tonnes
F date 2030
Q scare - :: "skrei"
L geo Vestfjorden
> Norway's cod quota in the Barents Sea has been cut in five of the last seven years. The Norwegian Fishermen's Sales Organisation (Norges Råfisklag) said first-hand sales of cod from Lofoten fell by 18 percent in value last year, even though prices at the quay reached NOK 41 per kilo for the best skrei.
L country Norway
L geo Barents Sea
F number five
F number seven
O company Norwegian Fishermen's Sales Organisation
O company Norges Råfisklag
L geo Lofoten
F percent 18 percent
F money NOK 41
> About 14 coastal boats under 11 metres landed in Å regularly this winter. From May they will have to sail to Reine, about 45 minutes each way for a small boat, or round the point to Sørvågen, where the local buyer has said it can take only part of their fish.
F number 14
F quantity 11 metres
L city Å
L city Reine
F duration 45 minutes
L city Sørvågen
> Kjell-Arne Hansen, 52, who fishes alone from a 10.6-metre boat, said the longer trips would cost him about 1,500 kroner a day in extra diesel during the season.
P full Kjell-Arne Hansen
F age 52
F quantity 10.6-metre
F money 1,500 kroner
> "In winter the weather in Vestfjorden can turn in an hour. When you are alone on board, every extra minute at sea is a risk," he said.
Q direct Kjell-Arne Hansen :: "In winter the weather in Vestfjorden can turn in an hour. When you are alone on board, every extra minute at sea is a risk,"
L geo Vestfjorden
> "Now I have to choose between a late night in Reine and staying at home on the short days. Some of the older men will simply stop.
Q direct Kjell-Arne Hansen :: "Now I have to choose between a late night in Reine and staying at home on the short days. Some of the older men will simply stop.
L city Reine
> "There were 40 boats in Å when I started. In five years there may be five."
Q direct Kjell-Arne Hansen :: "There were 40 boats in Å when I started. In five years there may be five."
F number 40
L city Å
F duration five years
F number five
> Moskenes municipality, which has around 1,000 inhabitants, said it would look at whether its harbour company could take over the quay and the ice machine.
L region Moskenes
F number 1,000
> "A fishing village without a fish buyer is a museum. We will do what we can to keep fish coming ashore in Å, but the municipality cannot run a fish plant," said the mayor of Moskenes, Rune Strand.
Q direct Rune Strand :: "A fishing village without a fish buyer is a museum. We will do what we can to keep fish coming ashore in Å, but the municipality cannot run a fish plant,"
L city Å
L region Moskenes
P full Rune Strand
> Strand said the quay and the plant had been valued at 4.2 million kroner (about €360,000), and that the municipality had applied for 2.5 million kroner from Nordland county's business development fund.
P partial Strand
F money 4.2 million kroner
F money €360,000
F money 2.5 million kroner
L region Nordland
> Å, known for its stockfish museum and red rorbu cabins, had around 300,000 visitors last summer, many of whom drove the E10 to the car park at the end of the road.
L city Å
F number 300,000
L street E10
> The Directorate of Fisheries said in an email that the structure of fish buyers along the coast was "a commercial matter", but that it would follow the effects on the coastal fleet in western Lofoten.
O government Directorate of Fisheries
Q direct Directorate of Fisheries :: "a commercial matter"
L geo Lofoten
> The coastal fishermen's association Norsk Kystfiskarlag called the closure "a warning for every small harbour north of Bodø".
O nonprofit Norsk Kystfiskarlag
Q direct Norsk Kystfiskarlag :: "a warning for every small harbour north of Bodø"
L city Bodø
> READ ALSO: Why is Norway's cod quota falling every year?
> Mikalsen will buy his last fish on April 30th. "After that I will hang my own fish on the racks, like my grandfather did," he said.
P partial Mikalsen
F date April 30th
Q direct Tor Åge Mikalsen :: "After that I will hang my own fish on the racks, like my grandfather did,"
'''

ARTICLES['687-orleans-masters-badminton-ishimaru-han-yuetong-mercier-vasseur-finals-results-bwf'] = r'''
> Orléans Masters: Ishimaru Outlasts Han; Mercier/Vasseur Triumph at Home
P partial Ishimaru
P partial Han
P partial Mercier
P partial Vasseur
> 6 April 2038
F date 6 April 2038
> Riko Ishimaru celebrates match point in the women's singles final at the Palais des Sports in Orléans. Photo: Badmintonphoto
P full Riko Ishimaru
L facility Palais des Sports
L city Orléans
O company Badmintonphoto
> Japan's Riko Ishimaru came from a game down to beat second seed Han Yuetong of China 14-21, 21-17, 21-19 in the women's singles final of the Orléans Masters on Sunday, claiming her first title on the BWF World Tour.
L country Japan
P full Riko Ishimaru
P full Han Yuetong
L country China
F score 14-21
F score 21-17
F score 21-19
O other BWF World Tour
> The 22-year-old from Sendai, ranked 31st in the world, saved two match points at 18-20 in the decider before reeling off four straight points to close out the match after 78 minutes.
F age 22-year-old
L city Sendai
F number two
F score 18-20
F number four
F duration 78 minutes
> "At 18-20 I told myself to keep the shuttle in play and make her play another shot. I did not think about winning, only about the next rally," Ishimaru said through an interpreter.
Q direct Riko Ishimaru :: "At 18-20 I told myself to keep the shuttle in play and make her play another shot. I did not think about winning, only about the next rally,"
F score 18-20
P partial Ishimaru
> Han, who won the Swiss Open in Basel three weeks ago, led 11-6 at the interval in the second game but lost nine of the next 12 points.
P partial Han
L city Basel
F duration three weeks
F score 11-6
F number nine
F number 12
> "She was more patient than me today. In the third game I was in a hurry," said the 26-year-old, who had beaten Ishimaru in all three of their previous meetings.
Q direct Han Yuetong :: "She was more patient than me today. In the third game I was in a hurry,"
F age 26-year-old
P partial Ishimaru
F number three
> Home crowd roars for Mercier/Vasseur
P partial Mercier
P partial Vasseur
> The loudest noise of the week came in the mixed doubles, where France's Lucas Mercier and Émilie Vasseur beat India's Dhruv Menon and Aarthi Ramanathan 21-16, 21-18 in front of a sell-out crowd of 2,800.
L country France
P full Lucas Mercier
P full Émilie Vasseur
L country India
P full Dhruv Menon
P full Aarthi Ramanathan
F score 21-16
F score 21-18
F number 2,800
> The pair, who train at the national centre in Paris and only teamed up last September, became the first French mixed doubles champions in Orléans since 2031.
L city Paris
L city Orléans
F date 2031
> "C'est incroyable. We lost in the first round here last year, and today the whole hall was singing for us," said Vasseur, who grew up in Blois, 60 kilometres down the Loire.
Q direct Émilie Vasseur :: "C'est incroyable. We lost in the first round here last year, and today the whole hall was singing for us,"
P partial Vasseur
L city Blois
F quantity 60 kilometres
L geo Loire
> The Fédération Française de Badminton (FFBaD) said ticket sales for the week were up 35% on 2037.
O other Fédération Française de Badminton
O other FFBaD
F percent 35%
F date 2037
> Malaysians take men's doubles
> Malaysia's Haziq Aiman Roslan and Tan Wei Jie won the men's doubles, beating Korea's Kim Do-hyun and Park Seung-min 21-19, 17-21, 21-14 in 64 minutes. It was the second title of the year for Haziq/Wei Jie, who had not dropped a game before the final.
L country Malaysia
P full Haziq Aiman Roslan
P full Tan Wei Jie
L country Korea
P full Kim Do-hyun
P full Park Seung-min
F score 21-19
F score 17-21
F score 21-14
F duration 64 minutes
P partial Haziq
P partial Wei Jie
> "We lost the second game because we stopped attacking. In the third we went back to our own game," said Haziq.
Q direct Haziq Aiman Roslan :: "We lost the second game because we stopped attacking. In the third we went back to our own game,"
P partial Haziq
> Badminton Association of Malaysia (BAM) coaching director Hairul Nizam Abdullah said the pair had "earned their place" in the squad for the Thomas Cup in May.
O other Badminton Association of Malaysia
O other BAM
P full Hairul Nizam Abdullah
Q direct Hairul Nizam Abdullah :: "earned their place"
> Indonesia's Bagas Wiratama won the men's singles, his third title of the season, with a 21-15, 19-21, 21-18 win over Denmark's Mads Østergaard Kjær, while Thailand's Supanida Khamsing and Orawan Rattanakorn beat Japan's Mio Hoshino and Yui Kawabata 21-12, 21-17 in the women's doubles.
L country Indonesia
P full Bagas Wiratama
F score 21-15
F score 19-21
F score 21-18
L country Denmark
P full Mads Østergaard Kjær
L country Thailand
P full Supanida Khamsing
P full Orawan Rattanakorn
L country Japan
P full Mio Hoshino
P full Yui Kawabata
F score 21-12
F score 21-17
> The Super 300 event carried total prize money of US$250,000, with US$18,750 and 7,000 ranking points for each singles champion.
F money US$250,000
F money US$18,750
F number 7,000
> Results – Finals
> Men's Singles: Bagas Wiratama [4] (INA) bt Mads Østergaard Kjær (DEN) 21-15, 19-21, 21-18
P full Bagas Wiratama
L country INA
P full Mads Østergaard Kjær
L country DEN
F score 21-15
F score 19-21
F score 21-18
> Women's Singles: Riko Ishimaru (JPN) bt Han Yuetong [2] (CHN) 14-21, 21-17, 21-19
P full Riko Ishimaru
L country JPN
P full Han Yuetong
L country CHN
F score 14-21
F score 21-17
F score 21-19
> Men's Doubles: Haziq Aiman Roslan/Tan Wei Jie [3] (MAS) bt Kim Do-hyun/Park Seung-min (KOR) 21-19, 17-21, 21-14
P full Haziq Aiman Roslan
P full Tan Wei Jie
L country MAS
P full Kim Do-hyun
P full Park Seung-min
L country KOR
F score 21-19
F score 17-21
F score 21-14
> Women's Doubles: Supanida Khamsing/Orawan Rattanakorn (THA) bt Mio Hoshino/Yui Kawabata [1] (JPN) 21-12, 21-17
P full Supanida Khamsing
P full Orawan Rattanakorn
L country THA
P full Mio Hoshino
P full Yui Kawabata
L country JPN
F score 21-12
F score 21-17
> Mixed Doubles: Lucas Mercier/Émilie Vasseur [6] (FRA) bt Dhruv Menon/Aarthi Ramanathan (IND) 21-16, 21-18
P full Lucas Mercier
P full Émilie Vasseur
L country FRA
P full Dhruv Menon
P full Aarthi Ramanathan
L country IND
F score 21-16
F score 21-18
'''

ARTICLES['688-golden-lotus-apparel-garment-factory-closes-unpaid-wages-kampong-speu-nr4-khmer-times'] = r'''
> National
> Workers block NR4 after garment factory shuts, say ‘owner has disappeared’
L street NR4
Q direct Chhim Sokunthea :: ‘owner has disappeared’
> Meas Sreypich / Khmer Times
P full Meas Sreypich
O media Khmer Times
> August 14, 2038
F date August 14, 2038
> Workers of Golden Lotus Apparel gather outside the factory in Kampong Speu’s Samraong Tong district yesterday. KT/Phal Ratanak
O company Golden Lotus Apparel
L region Kampong Speu
L region Samraong Tong
O media KT
P full Phal Ratanak
> More than 1,800 workers of a Hong Kong-owned garment factory in Kampong Speu province blocked part of National Road 4 for about three hours yesterday, demanding two months of unpaid wages after the factory closed its gates without notice and its owner left the country.
F number 1,800
L region Hong Kong
L region Kampong Speu
L street National Road 4
F duration three hours
F duration two months
> Golden Lotus Apparel (Cambodia) Co., Ltd, which made jackets and sportswear for European and American brands, posted a notice on its gate on Monday saying production had been “suspended indefinitely due to a lack of orders”.
O company Golden Lotus Apparel (Cambodia) Co., Ltd
Q direct Golden Lotus Apparel (Cambodia) Co., Ltd :: “suspended indefinitely due to a lack of orders”
> Workers said they had not been paid for June and July and that the factory owes them about $1.38 million in wages, overtime and seniority payments, according to the Coalition of Cambodian Apparel Workers’ Democratic Union (C.CAWDU).
F money $1.38 million
O nonprofit Coalition of Cambodian Apparel Workers’ Democratic Union
O nonprofit C.CAWDU
> “The owner has disappeared. The managers told us he went to Hong Kong for a meeting on August 2 and he never came back,” said Chhim Sokunthea, the union’s president at the factory.
Q direct Chhim Sokunthea :: “The owner has disappeared. The managers told us he went to Hong Kong for a meeting on August 2 and he never came back,”
L region Hong Kong
F date August 2
P full Chhim Sokunthea
> “We are not asking for charity. We are asking for the money we already earned with our own hands,” Sokunthea said.
Q direct Chhim Sokunthea :: “We are not asking for charity. We are asking for the money we already earned with our own hands,”
P partial Sokunthea
> Police and district officials persuaded the workers to leave the road at about 11am, after the provincial governor’s office agreed to meet their representatives at the Kampong Speu Provincial Hall in Chbar Mon today.
F time 11am
L facility Kampong Speu Provincial Hall
L city Chbar Mon
> Most of the workers are women from villages in Samraong Tong and Kong Pisei districts, and many of them have bank or microfinance loans to repay.
L region Samraong Tong
L region Kong Pisei
> “I borrowed $3,000 to build a house for my parents. Every month I pay back $145. Without my salary I cannot pay even one month,” said Ros Sreyleak, 34, who has worked at the factory as a sewer for nine years.
Q direct Ros Sreyleak :: “I borrowed $3,000 to build a house for my parents. Every month I pay back $145. Without my salary I cannot pay even one month,”
F money $3,000
F money $145
F duration one month
P full Ros Sreyleak
F age 34
F duration nine years
> The minimum wage in the garment, textile, footwear and travel goods sector is $231 a month in 2038.
F money $231
F date 2038
> Ministry of Labour and Vocational Training spokesman Sao Phirun said a team of labour inspectors had visited the factory on Tuesday and found that machines worth “several hundred thousand dollars” were still inside.
O government Ministry of Labour and Vocational Training
P full Sao Phirun
Q direct Sao Phirun :: “several hundred thousand dollars”
> “The machines cannot leave the factory. If the owner does not return within 30 days, the ministry will work with the court to sell the assets and pay the workers first,” Phirun said.
Q direct Sao Phirun :: “The machines cannot leave the factory. If the owner does not return within 30 days, the ministry will work with the court to sell the assets and pay the workers first,”
F duration 30 days
P partial Phirun
> He said the National Social Security Fund (NSSF) would also check whether the company had paid contributions for the 1,862 workers on its payroll.
O government National Social Security Fund
O government NSSF
F number 1,862
> Orders falling
> The closure is the fourth in Kampong Speu this year. The Textile, Apparel, Footwear and Travel Goods Association in Cambodia (TAFTAC) said in a statement last week that garment exports fell 6.4 percent in the first half of 2038 to $4.87 billion, as buyers in the United States and Europe cut orders from the Kingdom.
L region Kampong Speu
O nonprofit Textile, Apparel, Footwear and Travel Goods Association in Cambodia
O nonprofit TAFTAC
F percent 6.4 percent
F date 2038
F money $4.87 billion
L country United States
L continent Europe
L country Kingdom
> Asked about Golden Lotus, the association said it “does not accept” owners who abandon their factories and urged its members to “respect the law and their workers”.
O company Golden Lotus
Q direct Textile, Apparel, Footwear and Travel Goods Association in Cambodia :: “does not accept”
Q direct Textile, Apparel, Footwear and Travel Goods Association in Cambodia :: “respect the law and their workers”
> A security guard at the factory, who asked not to be named, said fabric had been taken out of the compound at night before the closure. “Three trucks came after 10pm on Saturday and Sunday. We were told the cloth was going to another factory,” he said.
Q direct - :: “Three trucks came after 10pm on Saturday and Sunday. We were told the cloth was going to another factory,”
F number Three
F time 10pm
> Sokunthea said the workers would return to the road if today’s meeting brought no result. “We will sleep in front of the factory until we are paid,” she said.
P partial Sokunthea
Q direct Chhim Sokunthea :: “We will sleep in front of the factory until we are paid,”
> Each worker received 40,000 riel from the union for food yesterday, she added.
F money 40,000 riel
> Additional reporting by Nhem Vannak
P full Nhem Vannak
'''

ARTICLES['689-diamantina-flood-channel-country-graziers-koolyadda-station-birdsville-bedourie-abc-rural'] = r'''
> 'It's an inland sea': Channel Country graziers count losses and feed after Diamantina flood
Q direct Ben Halloran :: 'It's an inland sea'
L region Channel Country
L geo Diamantina
> ABC Western Qld
O media ABC Western Qld
> By Tess Mulcahy and Jacob Ngo
P full Tess Mulcahy
P full Jacob Ngo
> Posted Thu 24 Mar 2039 at 5:30am, updated Thu 24 Mar 2039 at 9:12am
F date 24 Mar 2039
F time 5:30am
F date 24 Mar 2039
F time 9:12am
> In short:
> Floodwater from the Diamantina River has cut off stations around Birdsville and Bedourie for up to six weeks.
L geo Diamantina River
L city Birdsville
L city Bedourie
F duration six weeks
> Graziers expect the best feed in years, but some have lost hundreds of cattle and kilometres of fences.
> What's next?
> The Diamantina Shire Council puts the cost of road repairs at $14 million and wants the state to pay.
O government Diamantina Shire Council
F money $14 million
> Koolyadda Station manager Ben Halloran says the water came within 200 metres of the homestead. (ABC Western Qld: Tess Mulcahy)
L facility Koolyadda Station
P full Ben Halloran
F quantity 200 metres
O media ABC Western Qld
P full Tess Mulcahy
> From the air, the Diamantina River near Birdsville looks less like a river than a sea, its channels spread up to 40 kilometres wide across the gibber plains of far south-west Queensland.
L geo Diamantina River
L city Birdsville
F quantity 40 kilometres
L region Queensland
> After 312 millimetres of rain fell on the upper catchment in the first week of March, the river peaked at 9.6 metres at Birdsville on March 14, its highest level since 2019, according to the Bureau of Meteorology. The bureau expects it to stay above the major flood level for another 10 to 14 days.
F quantity 312 millimetres
F quantity 9.6 metres
L city Birdsville
F date March 14
F date 2019
O government Bureau of Meteorology
F duration 10
F duration 14 days
> For Ben Halloran, who manages the 4,100-square-kilometre Koolyadda Station south of Bedourie, the flood has brought both the best feed in a decade and a long list of repairs.
P full Ben Halloran
F quantity 4,100-square-kilometre
L facility Koolyadda Station
L city Bedourie
> "It's an inland sea out there. You fly over it and there's water from one horizon to the other," Mr Halloran said.
Q direct Ben Halloran :: "It's an inland sea out there. You fly over it and there's water from one horizon to the other,"
P partial Halloran
> "We moved 2,600 head to the sandhills before the water came, but we've lost about 180 that were caught on the wrong side of Eyre Creek."
Q direct Ben Halloran :: "We moved 2,600 head to the sandhills before the water came, but we've lost about 180 that were caught on the wrong side of Eyre Creek."
F number 2,600
F number 180
L geo Eyre Creek
> Mr Halloran estimates 60 kilometres of fencing has been flattened or washed away, at a replacement cost of about $4,500 a kilometre.
P partial Halloran
F quantity 60 kilometres
F money $4,500
> Towns cut off
> Birdsville, home to about 110 people, has been cut off by road since March 9, with both the Birdsville Developmental Road and the Birdsville Track to Marree under water.
L city Birdsville
F number 110
F date March 9
L street Birdsville Developmental Road
L street Birdsville Track
L city Marree
> Supplies are being flown in from Mount Isa, and the Royal Flying Doctor Service has flown two patients out of the town since the water rose.
L city Mount Isa
O nonprofit Royal Flying Doctor Service
F number two
> Diamantina Shire Mayor Gail Tully-Marsh said about two-thirds of the shire's 2,300 kilometres of unsealed roads had been damaged.
L region Diamantina Shire
P full Gail Tully-Marsh
F fraction two-thirds
F quantity 2,300 kilometres
> "We're a council of 290 people looking after an area bigger than Tasmania. We can't fund that out of rates," Cr Tully-Marsh said.
Q direct Gail Tully-Marsh :: "We're a council of 290 people looking after an area bigger than Tasmania. We can't fund that out of rates,"
F number 290
L region Tasmania
P partial Tully-Marsh
> She said the council had lodged a claim with the Queensland Reconstruction Authority under the Disaster Recovery Funding Arrangements.
O government Queensland Reconstruction Authority
> Further down the system, the water is still spreading towards Goyder Lagoon and Kati Thanda–Lake Eyre in South Australia, which the bureau said could see its biggest inflow since 2025.
L geo Goyder Lagoon
L geo Kati Thanda–Lake Eyre
L region South Australia
F date 2025
> Prices take the shine off
> The feed will not pay the bills straight away. At the Roma Saleyards last week, young cattle sold for an average of 612 cents a kilogram, down 9 per cent on a year ago.
L facility Roma Saleyards
F money 612 cents
F percent 9 per cent
> AgForce cattle board president Russell Pagliaro said the flood was "a good problem to have" for most of the Channel Country, but that graziers who had lost stock and fences would need low-interest loans.
O nonprofit AgForce
P full Russell Pagliaro
Q direct Russell Pagliaro :: "a good problem to have"
L region Channel Country
> One grazier near Betoota, who did not want to be named, said the timing could not be worse.
F number One
L city Betoota
> "We lost 400 head in one night. The grass will be beautiful by May, but the bank wants its payment on June 30 regardless," he said.
Q direct - :: "We lost 400 head in one night. The grass will be beautiful by May, but the bank wants its payment on June 30 regardless,"
F number 400
F number one
F date June 30
> Mr Halloran expects to start mustering in May, once the ground dries out.
P partial Halloran
> "Give it six weeks and you won't recognise this country. It'll be green to the horizon," he said.
Q direct Ben Halloran :: "Give it six weeks and you won't recognise this country. It'll be green to the horizon,"
F duration six weeks
'''

ARTICLES['690-condor-andino-lithium-tantamaco-senace-permit-macusani-puno-alpaca-herders-northern-miner'] = r'''
> Battery Metals
> Condor Andino wins Peru permit for Tantamaco lithium mine; herders vow court fight
O company Condor Andino
L country Peru
L facility Tantamaco
> By Clara Bertrand-Voss
P full Clara Bertrand-Voss
> March 18, 2039 At 4:12 pm
F date March 18, 2039
F time 4:12 pm
> Drill core from the Tantamaco project on the Macusani plateau in southern Peru. Credit: Condor Andino Lithium
L facility Tantamaco
L geo Macusani
L country Peru
O company Condor Andino Lithium
> Condor Andino Lithium (TSXV: CDL; OTCQB: CDLTF) has received environmental approval for its Tantamaco lithium project in Peru's Puno region, clearing the way for a construction decision this year. But the alpaca herders who live on the plateau say they will take the permit to court.
O company Condor Andino Lithium
O company TSXV
O company OTCQB
L facility Tantamaco
L country Peru
L region Puno
> Peru's National Environmental Certification Service for Sustainable Investments (Senace) approved the project's environmental impact study on March 16, the Vancouver-based company said on Tuesday.
L country Peru
O government National Environmental Certification Service for Sustainable Investments
O government Senace
F date March 16
L city Vancouver
> Condor Andino shares rose 14% to C$0.57 on the news, giving the company a market value of about C$212 million.
O company Condor Andino
F percent 14%
F money C$0.57
F money C$212 million
> "This is the permit that turns Tantamaco from an exploration story into a development story," president and CEO Derek Halvorsen said in an interview from Vancouver. "We expect to make a construction decision by the fourth quarter and to produce our first lithium carbonate in 2042."
Q direct Derek Halvorsen :: "This is the permit that turns Tantamaco from an exploration story into a development story,"
L facility Tantamaco
P full Derek Halvorsen
L city Vancouver
Q direct Derek Halvorsen :: "We expect to make a construction decision by the fourth quarter and to produce our first lithium carbonate in 2042."
F date 2042
> Tantamaco hosts measured and indicated resources of 248 million tonnes grading 2,950 parts per million lithium, or 3.9 million tonnes of lithium carbonate equivalent (LCE), in a flat-lying volcanic tuff that crops out at 4,350 metres above sea level.
L facility Tantamaco
F quantity 248 million tonnes
F quantity 2,950 parts per million
F quantity 3.9 million tonnes
F quantity 4,350 metres
> A feasibility study released in October 2038 outlined an open-pit mine and a sulphuric acid leach plant producing 22,500 tonnes a year of battery-grade lithium carbonate over a 26-year mine life, at an initial capital cost of US$1.27 billion, with construction expected to take 30-36 months. It gave an after-tax net present value of US$2.1 billion at an 8% discount rate and an internal rate of return of 24.6%.
F date October 2038
F quantity 22,500 tonnes
F duration 26-year
F money US$1.27 billion
F duration 30-36 months
F money US$2.1 billion
F percent 8%
F percent 24.6%
> Water worries
> The deposit lies in the headwaters of the Ninahuisa River, about 20 km east of Macusani, the capital of Carabaya province. Eight peasant communities graze alpacas and llamas on the surrounding bofedales, high-altitude wetlands fed by snowmelt and springs.
L geo Ninahuisa River
F quantity 20 km
L city Macusani
L region Carabaya
F number Eight
> Fortunato Ccama Huarcaya, president of the peasant community of Chimboya, said the community's assembly voted on March 17 to seek an injunction against the permit in the courts in Juliaca.
P full Fortunato Ccama Huarcaya
L city Chimboya
F date March 17
L city Juliaca
> "The company says it will use little water. But on the puna every drop comes from the same bofedal. If the springs dry up, our alpacas die, and then we die," Ccama said in Quechua, through an interpreter.
Q direct Fortunato Ccama Huarcaya :: "The company says it will use little water. But on the puna every drop comes from the same bofedal. If the springs dry up, our alpacas die, and then we die,"
P partial Ccama
> "Sixty families in Chimboya live only from fibre. Nobody from Senace came to our assembly to explain the study," he said.
Q direct Fortunato Ccama Huarcaya :: "Sixty families in Chimboya live only from fibre. Nobody from Senace came to our assembly to explain the study,"
F number Sixty
L city Chimboya
O government Senace
> Condor Andino said in a statement that the plant would draw about 180 litres per second from a lined reservoir "filled by seasonal rainfall, not by the bofedales," and that it had held 46 information workshops in the area since 2036.
O company Condor Andino
F quantity 180 litres per second
Q direct Condor Andino Lithium :: "filled by seasonal rainfall, not by the bofedales,"
F number 46
F date 2036
> The company has also offered a social fund of S/ 18 million (about US$4.8 million) over the first five years of production and priority hiring for residents of Carabaya.
F money S/ 18 million
F money US$4.8 million
F duration five years
L region Carabaya
> Peru's Ombudsman's Office (Defensoría del Pueblo) listed the Tantamaco dispute as "latent" in its February report on social conflicts, one of 14 active or latent mining conflicts in Puno.
L country Peru
O government Ombudsman's Office
O government Defensoría del Pueblo
L facility Tantamaco
Q scare - :: "latent"
F number 14
L region Puno
> Uranium also occurs in the Macusani volcanic field. Condor Andino said uranium grades in the Tantamaco tuffs are below 80 ppm, and that its tailings plan will be reviewed by the Peruvian Institute of Nuclear Energy (IPEN) before it applies to the Ministry of Energy and Mines for a construction permit.
L geo Macusani
O company Condor Andino
L facility Tantamaco
F quantity 80 ppm
O government Peruvian Institute of Nuclear Energy
O government IPEN
O government Ministry of Energy and Mines
> Canaccord Genuity analyst Hugo Lavallée said the permit "removes the biggest single risk" at Tantamaco, but that financing will depend on lithium carbonate prices, which have fallen about 30% from their 2037 peak to roughly US$14,000 per tonne.
O company Canaccord Genuity
P full Hugo Lavallée
Q direct Hugo Lavallée :: "removes the biggest single risk"
L facility Tantamaco
F percent 30%
F date 2037
F money US$14,000
> "If a court stops us, we'll go back to the table. We've waited nine years for this permit; we can wait for a judge," Halvorsen said.
Q direct Derek Halvorsen :: "If a court stops us, we'll go back to the table. We've waited nine years for this permit; we can wait for a judge,"
F duration nine years
P partial Halvorsen
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
