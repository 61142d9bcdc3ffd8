#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval270 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval270/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1663-east-gippsland-bushfire-bairnsdale-evacuations-cfa-the-age'] = r'''
> Victoria
L region Victoria
> ‘It came over the hill like a train’: Gippsland fire forces 3000 from homes
Q direct Graham Tulloch :: ‘It came over the hill like a train’
L region Gippsland
F number 3000
> An out-of-control fire has burnt through more than 14,000 hectares east of Bairnsdale, and crews warn Friday will be worse.
F quantity 14,000 hectares
L city Bairnsdale
> By Priya Ramanathan and Lachlan Doherty
P full Priya Ramanathan
P full Lachlan Doherty
> January 16, 2041 — 6.45pm
F date January 16, 2041
F time 6.45pm
> CFA crews defend a property on the Princes Highway near Nicholson on Thursday afternoon. Credit: Morgan Kealy
O government CFA
L street Princes Highway
L city Nicholson
P full Morgan Kealy
> More than 3000 people were told to leave their homes in East Gippsland on Thursday as a bushfire driven by north-westerly winds of up to 90km/h jumped containment lines near Bairnsdale and raced towards the Mitchell River.
F number 3000
L region East Gippsland
F quantity 90km/h
L city Bairnsdale
L geo Mitchell River
> The fire, which started in the Colquhoun State Forest on Tuesday, had burnt about 14,200 hectares by 4pm and destroyed at least 11 homes, according to the Country Fire Authority (CFA).
L geo Colquhoun State Forest
F quantity 14,200 hectares
F time 4pm
F number 11
O government Country Fire Authority
O government CFA
> Incident controller Bronwyn Mactaggart said crews had been “pushed back again and again” through the afternoon.
P full Bronwyn Mactaggart
Q direct Bronwyn Mactaggart :: “pushed back again and again”
> “We had the fire held on the eastern flank at lunchtime, and within 20 minutes the wind swung and it was over the Lindenow road and into the pine plantation,” she said. “Anyone still in Wy Yung, Calulu or Lucknow needs to go now. Do not wait to see smoke.”
Q direct Bronwyn Mactaggart :: “We had the fire held on the eastern flank at lunchtime, and within 20 minutes the wind swung and it was over the Lindenow road and into the pine plantation,”
Q direct Bronwyn Mactaggart :: “Anyone still in Wy Yung, Calulu or Lucknow needs to go now. Do not wait to see smoke.”
F duration 20 minutes
L city Lindenow
L city Wy Yung
L city Calulu
L city Lucknow
> Ms Mactaggart, 54, a 30-year volunteer from Sarsfield, said 460 firefighters, 120 tankers and 14 aircraft were working the fire, including two large air tankers flown in from NSW.
P partial Mactaggart
F age 54
F duration 30-year
L city Sarsfield
F number 460
F number 120
F number 14
F number two
L region NSW
> In Bairnsdale, dairy farmer Graham Tulloch spent the morning moving 280 cows onto a bare paddock beside the Mitchell. His neighbour’s hay shed, holding about 400 round bales, burnt to the ground shortly after 1.30pm.
L city Bairnsdale
P full Graham Tulloch
F number 280
L geo Mitchell
F number 400
F time 1.30pm
> “It came over the hill like a train. You could hear it before you saw it,” Mr Tulloch said. “My father lost half the farm on Ash Wednesday in 1983 and he used to say you never get the smell out of your head. I know what he meant now.”
Q direct Graham Tulloch :: “It came over the hill like a train. You could hear it before you saw it,”
Q direct Graham Tulloch :: “My father lost half the farm on Ash Wednesday in 1983 and he used to say you never get the smell out of your head. I know what he meant now.”
P partial Tulloch
F fraction half
F date 1983
> Emergency Services Minister Anjali Corrigan-Pratt said relief centres would open in Bairnsdale and Sale, and that emergency payments of $680 per adult and up to $3400 per family would be available from Friday.
P full Anjali Corrigan-Pratt
L city Bairnsdale
L city Sale
F money $680
F money $3400
> “This is going to be a long and dangerous night, and tomorrow will be worse,” she told reporters in Melbourne.
Q direct Anjali Corrigan-Pratt :: “This is going to be a long and dangerous night, and tomorrow will be worse,”
L city Melbourne
> Bureau of Meteorology senior forecaster Dimitri Kalogeropoulos said temperatures in East Gippsland would reach 43 degrees on Friday, with a gusty south-westerly change due between 3pm and 5pm that could push the fire’s northern flank “in a completely new direction”.
O government Bureau of Meteorology
P full Dimitri Kalogeropoulos
L region East Gippsland
F quantity 43 degrees
F time 3pm
F time 5pm
Q direct Dimitri Kalogeropoulos :: “in a completely new direction”
> “People hear ‘cool change’ and think relief is coming,” Kalogeropoulos said. “It isn’t. For two or three hours the wind will be at its most erratic.”
Q direct Dimitri Kalogeropoulos :: “People hear ‘cool change’ and think relief is coming,”
Q direct Dimitri Kalogeropoulos :: “It isn’t. For two or three hours the wind will be at its most erratic.”
P partial Kalogeropoulos
F duration two
F duration three hours
> Residents of Paynesville and Eagle Point were told to prepare overnight for what the CFA calls “ember attack”, with spot fires possible up to 10 kilometres ahead of the front.
L city Paynesville
L city Eagle Point
O government CFA
Q scare - :: “ember attack”
F quantity 10 kilometres
> A volunteer at the Bairnsdale relief centre, who asked not to be named, said about 150 people had registered by 5pm. “Most of them left with the clothes they were wearing and their dogs,” she said.
L city Bairnsdale
F number 150
F time 5pm
Q direct - :: “Most of them left with the clothes they were wearing and their dogs,”
> The Princes Highway remains closed between Bairnsdale and Lakes Entrance, and the Department of Transport and Planning said it could stay shut until at least Sunday. Eleven schools will be closed on Friday.
L street Princes Highway
L city Bairnsdale
L city Lakes Entrance
O government Department of Transport and Planning
F number Eleven
'''

ARTICLES['1664-marseille-unemployment-insurance-reform-march-cgt-fos-dockers-le-monde'] = r'''
> France
L country France
> In Marseille, tens of thousands march against cuts to unemployment benefits
L city Marseille
> Unions said 85,000 people marched in France’s second city on Thursday against a reform that would shorten benefits for jobseekers over 55, which the labor minister calls “a return to work, not a punishment.”
F number 85,000
L country France
F age 55
Q direct Hélène Vasseur-Brunet :: “a return to work, not a punishment.”
> By Élodie Marchetti (Marseille, correspondent)
P full Élodie Marchetti
L city Marseille
> Published on March 14, 2041, at 7:20 pm (Paris), updated at 9:05 pm
F date March 14, 2041
F time 7:20 pm
L city Paris
F time 9:05 pm
> Demonstrators on La Canebière in Marseille, on March 14, 2041. NICOLAS FERRAND-AUBERT / AFP
L street La Canebière
L city Marseille
F date March 14, 2041
P full NICOLAS FERRAND-AUBERT
O media AFP
> The procession left the Vieux-Port shortly after 10:30 am and took almost four hours to reach Place Castellane, 2.5 kilometers away. By the count of the Confédération Générale du Travail (CGT), 85,000 people marched in Marseille on Thursday, March 14; the Bouches-du-Rhône prefecture put the figure at 21,000.
L facility Vieux-Port
F time 10:30 am
F duration four hours
L street Place Castellane
F quantity 2.5 kilometers
O nonprofit Confédération Générale du Travail
O nonprofit CGT
F number 85,000
L city Marseille
F date March 14
L region Bouches-du-Rhône
F number 21,000
> It was the fourth day of action since the labor minister, Hélène Vasseur-Brunet, presented her bill in January. The reform would cut the maximum length of benefits for jobseekers aged 55 and over from 27 months to 18 months, and would count only work done in the past two years.
P full Hélène Vasseur-Brunet
F age 55
F duration 27 months
F duration 18 months
F duration two years
> “This reform tells a docker who has carried this port on his back for 35 years that he is a cost,” said Karim Belhadj-Roux, the CGT’s secretary for the Bouches-du-Rhône, from a truck. “We are not asking for a favor. We paid into this system all our lives.
Q direct Karim Belhadj-Roux :: “This reform tells a docker who has carried this port on his back for 35 years that he is a cost,”
Q direct Karim Belhadj-Roux :: “We are not asking for a favor. We paid into this system all our lives.
F duration 35 years
P full Karim Belhadj-Roux
O nonprofit CGT
L region Bouches-du-Rhône
> “If Paris wants a fight over the unemployed, it will have one, and it will have it here first.”
Q direct Karim Belhadj-Roux :: “If Paris wants a fight over the unemployed, it will have one, and it will have it here first.”
L city Paris
> Dockers from the Grand Port Maritime de Marseille at Fos-sur-Mer stopped work for 24 hours. Sylvain Orsoni, 58, has driven cranes at Fos for 31 years. At his age, he said, losing his job would mean “nine months of benefits and then nothing.”
O government Grand Port Maritime de Marseille
L city Fos-sur-Mer
F duration 24 hours
P full Sylvain Orsoni
F age 58
L city Fos
F duration 31 years
Q direct Sylvain Orsoni :: “nine months of benefits and then nothing.”
F duration nine months
> “My son is 29 and on short contracts at the Carrefour in Vitrolles. My daughter is a nurse in Aubagne. We do the math at the kitchen table: one salary, half a pension in nine years. They call that ‘responsibility,’” Mr. Orsoni said.
Q direct Sylvain Orsoni :: “My son is 29 and on short contracts at the Carrefour in Vitrolles. My daughter is a nurse in Aubagne. We do the math at the kitchen table: one salary, half a pension in nine years. They call that ‘responsibility,’”
F age 29
O company Carrefour
L city Vitrolles
L city Aubagne
F number one
F fraction half
F duration nine years
P partial Orsoni
> Speaking in Paris earlier in the day, Ms. Vasseur-Brunet, 47, said the reform was “a return to work, not a punishment.” She said 38% of jobseekers over 55 were still without work after two years, against 17% for younger jobseekers, and that the change would save €1.3 billion a year by 2043.
L city Paris
P partial Vasseur-Brunet
F age 47
Q direct Hélène Vasseur-Brunet :: “a return to work, not a punishment.”
F percent 38%
F age 55
F duration two years
F percent 17%
F money €1.3 billion
F date 2043
> Laure Santoni-Mercier, a political scientist at Sciences Po Aix, said the government had chosen “the worst possible terrain.” “In Marseille, unemployment is at 11.4 percent. The reform lands on the city least able to absorb it,” she said. “The unions know that a big turnout here, in the south, is worth more than a march in Paris.”
P full Laure Santoni-Mercier
O education Sciences Po Aix
Q direct Laure Santoni-Mercier :: “the worst possible terrain.”
Q direct Laure Santoni-Mercier :: “In Marseille, unemployment is at 11.4 percent. The reform lands on the city least able to absorb it,”
Q direct Laure Santoni-Mercier :: “The unions know that a big turnout here, in the south, is worth more than a march in Paris.”
L city Marseille
F percent 11.4 percent
L city Paris
> Marchers mocked the government’s so-called "activation" measures. One banner outside the Palais de la Bourse read "Chômeurs, pas coupables."
Q scare - :: "activation"
F number One
L facility Palais de la Bourse
Q direct - :: "Chômeurs, pas coupables."
> An adviser at the ministry, who asked not to be named, said the text would go to the Senate in the first half of April. “The minister will not move on the age threshold,” the adviser said. “On the duration, there is perhaps room.”
O government Senate
Q direct - :: “The minister will not move on the age threshold,”
Q direct - :: “On the duration, there is perhaps room.”
> The unions have called a fifth day of action for April 2. Police said 14 people were arrested near the Old Port after the windows of two bank branches were smashed on Rue de la République.
F date April 2
F number 14
L facility Old Port
F number two
L street Rue de la République
'''

ARTICLES['1665-newcastle-aston-villa-okonkwo-pryce-st-james-park-premier-league-the-athletic'] = r'''
> Premier League
O other Premier League
> Newcastle Beat Ten-Man Aston Villa 2-1 as Late Okonkwo-Pryce Header Lifts Them Into Top Four
O team Newcastle
F number Ten
O team Aston Villa
F score 2-1
P partial Okonkwo-Pryce
F number Four
> Dara Okonkwo-Pryce headed in a corner with two minutes left at St James’ Park after Villa’s Lucas Meireles-Hart was sent off on 61 minutes.
P full Dara Okonkwo-Pryce
F duration two minutes
L facility St James’ Park
O team Villa
P full Lucas Meireles-Hart
F duration 61 minutes
> By Callum Ridley-Nash
P full Callum Ridley-Nash
> Feb 23, 2042
F date Feb 23, 2042
> Dara Okonkwo-Pryce celebrates his winner in front of the Gallowgate End. (Niamh Cardwell / Getty Images)
P full Dara Okonkwo-Pryce
L facility Gallowgate End
P full Niamh Cardwell
O company Getty Images
> For 87 minutes, this looked like the afternoon Newcastle United’s top-four push ran out of road. Then Okonkwo-Pryce, 23, rose above two Villa defenders at the near post and sent 52,214 people at St James’ Park into the kind of noise the Gallowgate End saves for special occasions.
F duration 87 minutes
O team Newcastle United
F number four
P partial Okonkwo-Pryce
F age 23
F number two
O team Villa
F number 52,214
L facility St James’ Park
L facility Gallowgate End
> The 2-1 win, Newcastle’s first over Aston Villa in five league meetings, lifts Sérgio Vilanova’s side to 48 points from 26 games, fourth in the table and three points clear of Tottenham Hotspur, who play Brighton on Sunday.
F score 2-1
O team Newcastle
O team Aston Villa
F number five
P full Sérgio Vilanova
F number 48
F number 26
F number three
O team Tottenham Hotspur
O team Brighton
> Villa went ahead in the 19th minute, when Kwame Ashdown-Obi curled a shot from 22 yards beyond Magnus Lindqvist-Hale. Newcastle equalised seven minutes after half-time through a Jonny Faircloth penalty, awarded after Meireles-Hart dragged him down.
O team Villa
P full Kwame Ashdown-Obi
F quantity 22 yards
P full Magnus Lindqvist-Hale
O team Newcastle
F duration seven minutes
P full Jonny Faircloth
P partial Meireles-Hart
> That was the Brazilian’s first booking. His second, for a late lunge on Faircloth on 61 minutes, left Villa with 10 men for the last 30 minutes.
P partial Faircloth
F duration 61 minutes
O team Villa
F number 10
F duration 30 minutes
> The numbers told the story of a home side that would not stop coming. Newcastle finished with 2.3 expected goals (xG) to Villa’s 0.9, had 21 shots to six and completed 512 passes at 88 percent accuracy. Villa collected five yellow cards and one red.
O team Newcastle
F number 2.3
O team Villa
F number 0.9
F number 21
F number six
F number 512
F percent 88 percent
O team Villa
F number five
F number one
> “We said at half-time, ‘Be patient, the game will come to us,’” Vilanova said. “When you play against 10 men, the danger is that you get nervous and start forcing it. We didn’t.
Q direct Sérgio Vilanova :: “We said at half-time, ‘Be patient, the game will come to us,’”
Q direct Sérgio Vilanova :: “When you play against 10 men, the danger is that you get nervous and start forcing it. We didn’t.
P partial Vilanova
F number 10
> “Dara has waited a long time for that moment. He is 23, he was out for four months with the knee, and he wins the header against two centre-backs. That tells you everything about him.”
Q direct Sérgio Vilanova :: “Dara has waited a long time for that moment. He is 23, he was out for four months with the knee, and he wins the header against two centre-backs. That tells you everything about him.”
P partial Dara
F age 23
F duration four months
F number two
> Villa head coach Anders Holmqvist-Lund was less forgiving of his captain. "Lucas knows. He knows," the Swede said. "You cannot make that tackle on a yellow card with 30 minutes to go. We were in control and we gave it away."
O team Villa
P full Anders Holmqvist-Lund
Q direct Anders Holmqvist-Lund :: "Lucas knows. He knows,"
Q direct Anders Holmqvist-Lund :: "You cannot make that tackle on a yellow card with 30 minutes to go. We were in control and we gave it away."
P partial Lucas
F duration 30 minutes
> Holmqvist-Lund, whose side sit seventh on 41 points, called the penalty "soft, very soft," and said the club would ask Professional Game Match Officials Limited (PGMOL) to explain it. One Villa staff member, who asked not to be named, was blunter: "We had them, and we let them off."
P partial Holmqvist-Lund
F number 41
Q direct Anders Holmqvist-Lund :: "soft, very soft,"
O other Professional Game Match Officials Limited
O other PGMOL
F number One
O team Villa
Q direct - :: "We had them, and we let them off."
> Okonkwo-Pryce, nicknamed “the Crane” at the club’s academy, had started only three league games this season. His header, from Faircloth’s 88th-minute corner, was his fourth goal in 11 appearances.
P partial Okonkwo-Pryce
Q scare - :: “the Crane”
F number three
P partial Faircloth
F number 11
> Newcastle travel to Wolverhampton Wanderers on March 1 (3pm kick-off); Villa host Everton on Sunday, March 2, at 4.30pm.
O team Newcastle
O team Wolverhampton Wanderers
F date March 1
F time 3pm
O team Villa
O team Everton
F date March 2
F time 4.30pm
'''

ARTICLES['1666-jakarta-ciliwung-flood-tunnel-kampung-melayu-east-flood-canal-jakarta-post'] = r'''
> City
> Government Breaks Ground on Rp 16.8 Trillion Ciliwung Flood Tunnel
F money Rp 16.8 Trillion
L geo Ciliwung
> The 1.2-kilometer tunnel will carry water from the Ciliwung River to the East Flood Canal, sparing an estimated 42,000 households in East Jakarta from yearly floods.
F quantity 1.2-kilometer
L geo Ciliwung River
L facility East Flood Canal
F number 42,000
L city East Jakarta
> Dewi Anggraini Putri (The Jakarta Post)
P full Dewi Anggraini Putri
O media The Jakarta Post
> Jakarta ● Thu, October 10, 2041
L city Jakarta
F date October 10, 2041
> Workers prepare the launch shaft for the tunnel boring machine in Kampung Melayu, East Jakarta, on Wednesday, Oct. 9, 2041. (JP/Rizky Ramadhan Siregar)
L city Kampung Melayu
L city East Jakarta
F date Oct. 9, 2041
O media JP
P full Rizky Ramadhan Siregar
> The central government broke ground on Wednesday on a Rp 16.8 trillion (US$1.05 billion) tunnel that will divert floodwater from the Ciliwung River under East Jakarta to the East Flood Canal (KBT), a project officials say will protect some 42,000 households that are inundated almost every rainy season.
F money Rp 16.8 trillion
F money US$1.05 billion
L geo Ciliwung River
L city East Jakarta
L facility East Flood Canal
L facility KBT
F number 42,000
> Public Works and Public Housing Minister Arief Wicaksono Hadiprojo said the 1.2-kilometer tunnel, 11 meters wide, would carry 60 cubic meters per second, roughly half of the river’s peak flow during the floods of February 2040.
P full Arief Wicaksono Hadiprojo
F quantity 1.2-kilometer
F quantity 11 meters
F quantity 60 cubic meters per second
F fraction half
F date February 2040
> “For 30 years we have been pumping and dredging and raising embankments, and every few years the water still comes into people’s living rooms,” Arief said at the launch shaft in Kampung Melayu. “This tunnel changes the arithmetic. When the Ciliwung is full, we send the excess east instead of through the houses.”
Q direct Arief Wicaksono Hadiprojo :: “For 30 years we have been pumping and dredging and raising embankments, and every few years the water still comes into people’s living rooms,”
Q direct Arief Wicaksono Hadiprojo :: “This tunnel changes the arithmetic. When the Ciliwung is full, we send the excess east instead of through the houses.”
F duration 30 years
P partial Arief
L city Kampung Melayu
L geo Ciliwung
> The Public Works and Public Housing Ministry said in a statement that the contractor, PT Wijaya Tirta Konstruksi, would need 36 months and that the tunnel would be “fully operational before the 2044-45 rainy season.”
O government Public Works and Public Housing Ministry
O company PT Wijaya Tirta Konstruksi
F duration 36 months
Q direct Public Works and Public Housing Ministry :: “fully operational before the 2044-45 rainy season.”
F date 2044-45
> Jakarta Governor Ratna Sari Dewanti said the city administration would pay Rp 2.4 trillion of the cost and move 1,150 households living on the riverbanks in Kampung Melayu and Bukit Duri to low-cost apartments in Pulogebang by June 2042.
L city Jakarta
P full Ratna Sari Dewanti
F money Rp 2.4 trillion
F number 1,150
L city Kampung Melayu
L city Bukit Duri
L city Pulogebang
F date June 2042
> “Nobody will be moved without a unit ready and the keys in their hand,” Ratna told reporters. She said 640 of the households had already signed up.
Q direct Ratna Sari Dewanti :: “Nobody will be moved without a unit ready and the keys in their hand,”
P partial Ratna
F number 640
> Not everyone is convinced. Siti Rahmawati, 46, who sells fried snacks from her house on Jl. Jatinegara Barat, said the water rose 1.7 meters inside her home in 2040. She lost her fridge, two motorbikes and all her stock.
P full Siti Rahmawati
F age 46
L street Jl. Jatinegara Barat
F quantity 1.7 meters
F date 2040
F number two
> “Every governor comes here in a helmet and says, ‘This is the last flood.’ I have heard it five times,” she said. “My mother has lived here since 1979. She will not go to an apartment on the 14th floor.
Q direct Siti Rahmawati :: “Every governor comes here in a helmet and says, ‘This is the last flood.’ I have heard it five times,”
Q direct Siti Rahmawati :: “My mother has lived here since 1979. She will not go to an apartment on the 14th floor.
F number five
F date 1979
> “If the tunnel works, good. But they should build it first and talk later.”
Q direct Siti Rahmawati :: “If the tunnel works, good. But they should build it first and talk later.”
> Muhammad Iqbal Nasution, a hydraulic engineer at the Bandung Institute of Technology (ITB), said the design was sound but that the tunnel alone would not solve the problem while land in northern Jakarta kept sinking by up to 10 centimeters a year.
P full Muhammad Iqbal Nasution
O education Bandung Institute of Technology
O education ITB
L city Jakarta
F quantity 10 centimeters
> “The tunnel moves water sideways. It does not lift the city,” Iqbal said, adding that the Ciawi and Sukamahi dry dams upstream in Bogor regency had cut peak flows by about 30 percent. He called the project “necessary but not sufficient.”
Q direct Muhammad Iqbal Nasution :: “The tunnel moves water sideways. It does not lift the city,”
P partial Iqbal
L facility Ciawi
L facility Sukamahi
L region Bogor
F percent 30 percent
Q direct Muhammad Iqbal Nasution :: “necessary but not sufficient.”
> Some residents have already nicknamed the shaft “the well.” A ministry official, who requested anonymity because the tender documents had not been published, said the tunnel could later be extended 2.5 km toward Manggarai. “The money is there for the first phase,” the official said.
Q scare - :: “the well.”
F quantity 2.5 km
L city Manggarai
Q direct - :: “The money is there for the first phase,”
'''

ARTICLES['1667-ashland-town-meeting-battery-storage-salem-end-road-framingham-boston-globe'] = r'''
> Metro
> Ashland town meeting rejects zoning change for battery plant on Framingham line
L city Ashland
L city Framingham
> The 200-megawatt project off Salem End Road would be one of the largest in New England; the developer will go to the state siting board.
F quantity 200-megawatt
L street Salem End Road
L region New England
> By Margaret O’Halloran-Reyes Globe Staff
P full Margaret O’Halloran-Reyes
O media Globe
> Updated April 23, 2041, 9:12 p.m.
F date April 23, 2041
F time 9:12 p.m.
> Residents lined up to speak at the special town meeting at Ashland High School on Tuesday night.Theo Vasquez-Lindgren/Globe Staff
L facility Ashland High School
P full Theo Vasquez-Lindgren
O media Globe
> ASHLAND — After nearly four hours of debate and two failed motions to end it, Ashland’s special town meeting voted 412 to 377 late Tuesday against rezoning 31 acres off Salem End Road for what would be one of the largest battery-storage plants in Massachusetts.
L city ASHLAND
F duration four hours
F number two
L city Ashland
F number 412
F number 377
F quantity 31 acres
L street Salem End Road
L region Massachusetts
> The project, proposed by Boston-based Granite Meadow Storage LLC, would put about 180 battery containers on a former gravel pit straddling the town line. Most of the 200-megawatt, 800-megawatt-hour plant would sit in Framingham, but its access road and 9 acres are in Ashland.
L city Boston
O company Granite Meadow Storage LLC
F number 180
F quantity 200-megawatt
F quantity 800-megawatt-hour
L city Framingham
F quantity 9 acres
L city Ashland
> “People were told this would be quiet, clean and invisible. Then they read about the fire at Moss Landing in California, and nobody gave them straight answers,” said Patricia Donnelly-Sato, a member of the Ashland Select Board who voted against the plan.
Q direct Patricia Donnelly-Sato :: “People were told this would be quiet, clean and invisible. Then they read about the fire at Moss Landing in California, and nobody gave them straight answers,”
L city Moss Landing
L region California
P full Patricia Donnelly-Sato
O government Ashland Select Board
> Donnelly-Sato, 61, said the board had negotiated a host agreement worth $1.9 million a year to the town, “real money for a town our size,” but residents wanted a fire-safety study first. The Select Board had split 3-2 in favor of putting the article before town meeting.
P partial Donnelly-Sato
F age 61
F money $1.9 million
Q direct Patricia Donnelly-Sato :: “real money for a town our size,”
O government Select Board
F number 3-2
> Ravi Chandrasekaran, Granite Meadow’s project development manager, said the company would now ask the state Energy Facilities Siting Board to override the local vote, a path opened by the 2024 climate law. The Framingham City Council approved its share of the project in January, 7-4.
P full Ravi Chandrasekaran
O company Granite Meadow
O government Energy Facilities Siting Board
F date 2024
O government Framingham City Council
F number 7-4
> “We respect the town meeting. But we have a contract to be online by the summer of 2043, and people in Framingham and Ashland will depend on this battery on a 95-degree day in August,” he said.
Q direct Ravi Chandrasekaran :: “We respect the town meeting. But we have a contract to be online by the summer of 2043, and people in Framingham and Ashland will depend on this battery on a 95-degree day in August,”
F date 2043
L city Framingham
L city Ashland
F quantity 95-degree
> He said the plant could power about 150,000 homes for four hours, what supporters call “firming capacity,” and would pay Framingham $2.6 million a year in lieu of taxes.
F number 150,000
F duration four hours
L city Framingham
F money $2.6 million
Q scare - :: “firming capacity,”
> Rosa Medeiros-Quinn, 72, has lived on Salem End Road since 1986, about 600 feet from the site.
P full Rosa Medeiros-Quinn
F age 72
L street Salem End Road
F date 1986
F quantity 600 feet
> “My grandson asked me what happens if one of those boxes catches fire, and I told him, ‘The fire department handles it.’ Then I went to the hearing in March and the fire chief said his people had never trained on one. Not once.
Q direct Rosa Medeiros-Quinn :: “My grandson asked me what happens if one of those boxes catches fire, and I told him, ‘The fire department handles it.’ Then I went to the hearing in March and the fire chief said his people had never trained on one. Not once.
> “I’m not against clean energy. I’m against putting 800 megawatt-hours of chemicals 600 feet from my kitchen window,” Medeiros-Quinn said.
Q direct Rosa Medeiros-Quinn :: “I’m not against clean energy. I’m against putting 800 megawatt-hours of chemicals 600 feet from my kitchen window,”
F quantity 800 megawatt-hours
F quantity 600 feet
P partial Medeiros-Quinn
> Elena Varga-Whitcomb, a deputy commissioner at the state Department of Energy Resources (DOER), said Massachusetts needs about 5,000 megawatts of storage by 2044, up from roughly 1,100 megawatts today.
P full Elena Varga-Whitcomb
O government Department of Energy Resources
O government DOER
L region Massachusetts
F quantity 5,000 megawatts
F date 2044
F quantity 1,100 megawatts
> "Every town wants the grid to be reliable, and almost no town wants the batteries," she said. "We are going to have to have an honest conversation about where they go."
Q direct Elena Varga-Whitcomb :: "Every town wants the grid to be reliable, and almost no town wants the batteries,"
Q direct Elena Varga-Whitcomb :: "We are going to have to have an honest conversation about where they go."
> DOER said separately that fire codes adopted in 2040 require an “independent hazard mitigation analysis” for any project above 1 megawatt. An anonymous town meeting member said the vote was “less about batteries than about who gets to decide.”
O government DOER
F date 2040
Q direct Department of Energy Resources :: “independent hazard mitigation analysis”
F quantity 1 megawatt
Q direct - :: “less about batteries than about who gets to decide.”
'''

ARTICLES['1668-aqaba-desalination-plant-opens-jordan-valley-farmers-usaid-al-jazeera'] = r'''
> News|Water
> Jordan opens Aqaba desalination plant as Jordan Valley farmers wait for water
L country Jordan
L city Aqaba
L geo Jordan Valley
> The $1.1bn plant on the Red Sea will pump 300 million cubic metres a year to Amman, but farmers say little of it will reach their fields.
F money $1.1bn
L geo Red Sea
F quantity 300 million cubic metres
L city Amman
> By Layla Haddadin
P full Layla Haddadin
> Published On 18 Nov 2042
F date 18 Nov 2042
> The intake of the new plant on the Gulf of Aqaba, south of the city’s port [Omar Khalil Nsour/Al Jazeera]
L geo Gulf of Aqaba
P full Omar Khalil Nsour
O media Al Jazeera
> Aqaba, Jordan – Jordan has switched on the largest desalination plant in its history, a $1.1bn facility on the Gulf of Aqaba that will send 300 million cubic metres a year along a 445km pipeline to Amman and the north of the country.
L city Aqaba
L country Jordan
L country Jordan
F money $1.1bn
L geo Gulf of Aqaba
F quantity 300 million cubic metres
F quantity 445km
L city Amman
> The first of three phases, which began pumping on Monday, will produce 100 million cubic metres a year, about 12 percent of what the kingdom uses, Water and Irrigation Minister Nasser Odeh Al-Hiyari said at Tuesday’s opening.
F number three
F quantity 100 million cubic metres
F percent 12 percent
P full Nasser Odeh Al-Hiyari
> “For 30 years, every Jordanian government has promised this water,” Al-Hiyari told guests, among them diplomats from the United States, the European Union and the United Arab Emirates. “Today it is no longer a promise. It is in the pipe.”
Q direct Nasser Odeh Al-Hiyari :: “For 30 years, every Jordanian government has promised this water,”
Q direct Nasser Odeh Al-Hiyari :: “Today it is no longer a promise. It is in the pipe.”
F duration 30 years
P partial Al-Hiyari
L country United States
O intergovernmental European Union
L country United Arab Emirates
> Jordan has one of the lowest per capita water supplies in the world, under 60 cubic metres per person a year against an international scarcity line of 500 cubic metres, and has taken in more than 1.3 million Syrian refugees since 2011.
L country Jordan
F quantity 60 cubic metres
F quantity 500 cubic metres
F number 1.3 million
F date 2011
> The plant, built by a consortium of Gulf Desal Partners and Jordan’s Hijaz Water Company, will sell water to the state at 1.27 Jordanian dinars ($1.79) per cubic metre under a 26-year contract. The Ministry of Water and Irrigation said the second phase was “on schedule” for 2044.
O company Gulf Desal Partners
L country Jordan
O company Hijaz Water Company
F money 1.27 Jordanian dinars
F money $1.79
F duration 26-year
O government Ministry of Water and Irrigation
Q direct Ministry of Water and Irrigation :: “on schedule”
F date 2044
> The United States Agency for International Development (USAID) put $300m in grants into the project. Karen Whitfield-Osei, USAID’s mission director in Amman, warned against overselling it.
O government United States Agency for International Development
O government USAID
F money $300m
P full Karen Whitfield-Osei
O government USAID
L city Amman
> “This plant will not end water scarcity in Jordan. But it buys the country time – maybe 15 years – to fix the leaks and the pricing,” she said. Nearly half of the water pumped into Amman’s network is lost to leaks and theft, a share engineers call “non-revenue water.”
Q direct Karen Whitfield-Osei :: “This plant will not end water scarcity in Jordan. But it buys the country time – maybe 15 years – to fix the leaks and the pricing,”
L country Jordan
F duration 15 years
F fraction half
L city Amman
Q scare - :: “non-revenue water.”
> In the Jordan Valley, 350km to the north, the news was met with shrugs. Ahmad Abu Rumman, 63, grows tomatoes on 40 dunums near Deir Alla, and his share of water from the King Abdullah Canal has been cut by a third in five years.
L geo Jordan Valley
F quantity 350km
P full Ahmad Abu Rumman
F age 63
F quantity 40 dunums
L city Deir Alla
L facility King Abdullah Canal
F fraction a third
F duration five years
> “They tell us, ‘The Aqaba water will free up water for the valley.’ My father heard the same about the Disi pipeline,” Abu Rumman told Al Jazeera. “I am not waiting. This summer I am planting half the land.”
Q direct Ahmad Abu Rumman :: “They tell us, ‘The Aqaba water will free up water for the valley.’ My father heard the same about the Disi pipeline,”
Q direct Ahmad Abu Rumman :: “I am not waiting. This summer I am planting half the land.”
L city Aqaba
L facility Disi
P partial Abu Rumman
O media Al Jazeera
F fraction half
> Rasha Mahadin-Qasem, a hydrologist at the University of Jordan, said the plant would draw about 190 megawatts at full output, tying water prices to electricity unless more solar farms were built around Ma'an. Its brine, twice as salty as seawater, will be released 1.2km offshore, near heat-tolerant corals.
P full Rasha Mahadin-Qasem
O education University of Jordan
F quantity 190 megawatts
L city Ma'an
F quantity 1.2km
> "The monitoring has to be public. If the corals start to suffer, we must know within weeks, not years," Mahadin-Qasem said.
Q direct Rasha Mahadin-Qasem :: "The monitoring has to be public. If the corals start to suffer, we must know within weeks, not years,"
P partial Mahadin-Qasem
> An official at the Water Authority of Jordan, speaking anonymously, said the pipeline would reach Zarqa and Irbid "by the end of next year, if the pumps behave", and that two pumping stations near Ma'an were still being tested.
O government Water Authority of Jordan
L city Zarqa
L city Irbid
Q direct - :: "by the end of next year, if the pumps behave"
F number two
L city Ma'an
> Source: Al Jazeera
O media Al Jazeera
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
