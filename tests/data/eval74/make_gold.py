#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval74 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval74/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['487-croagh-patrick-murrisk-car-park-part-8-mayo-county-council-mayo-news'] = r'''
> News
> Councillors back €6.4m Croagh Patrick car park despite ‘theme park’ fears
F money €6.4m
L geo Croagh Patrick
Q direct Caitríona Gibbons :: ‘theme park’
> Murrisk residents and An Taisce objected to the Part 8 scheme at the foot of the Reek, which passed by 21 votes to six
L city Murrisk
O nonprofit An Taisce
L geo Reek
F number 21
F number six
> Áine Ní Fhlatharta
P full Áine Ní Fhlatharta
> Tuesday, 16 March 2038
F date 16 March 2038
> Pilgrims on the upper slopes of Croagh Patrick on Reek Sunday last year. Pic: Micheál Mac Donncha
L geo Croagh Patrick
P full Micheál Mac Donncha
> A €6.4 million plan for a 260-space car park, a visitor building and toilets at the foot of Croagh Patrick has been approved by Mayo County Council, despite objections from residents of Murrisk and the heritage body An Taisce.
F money €6.4 million
F number 260
L geo Croagh Patrick
O government Mayo County Council
L city Murrisk
O nonprofit An Taisce
> Councillors voted by 21 votes to six at the council’s monthly meeting in Áras an Chontae, Castlebar, on Monday to proceed with the scheme under the Part 8 process, which allows a local authority to approve its own developments after public consultation. The vote followed almost three hours of debate.
F number 21
F number six
L facility Áras an Chontae
L city Castlebar
F duration three hours
> The project, drawn up by the council with €4.1 million from Fáilte Ireland, will replace the roadside parking along the R335 at Murrisk, where as many as 400 cars line the road on busy summer days. It includes a 1,150 square metre visitor building with a café, a bus set-down area and a 2.3km footpath along the shore of Clew Bay to Belclare.
F money €4.1 million
O government Fáilte Ireland
L street R335
L city Murrisk
F number 400
F quantity 1,150 square metre
F quantity 2.3km
L geo Clew Bay
L city Belclare
> About 120,000 people climb the 764m mountain each year, according to council counts, and up to 25,000 make the pilgrimage on Reek Sunday, the last Sunday of July.
F number 120,000
F quantity 764m
F number 25,000
> Director of Services Pádraic Ó Gallchobhair told the meeting that the present arrangements were “not safe and not sustainable”.
P full Pádraic Ó Gallchobhair
Q direct Pádraic Ó Gallchobhair :: “not safe and not sustainable”
> “We have had pilgrims walking on the R335 in the dark at 4am, with cars passing at 80km/h. Something will happen on that road if we do nothing,” he said.
Q direct Pádraic Ó Gallchobhair :: “We have had pilgrims walking on the R335 in the dark at 4am, with cars passing at 80km/h. Something will happen on that road if we do nothing,”
L street R335
F time 4am
F quantity 80km/h
> Cllr Seosamh Mac Giolla Easpaig (FF) said the car park was 20 years overdue. “My mother climbed the Reek in her bare feet in 1979 and parked in a farmer’s field. We cannot run a mountain that brings 120,000 people a year to Mayo on goodwill and a few traffic cones,” he said.
P full Seosamh Mac Giolla Easpaig
O party FF
F duration 20 years
Q direct Seosamh Mac Giolla Easpaig :: “My mother climbed the Reek in her bare feet in 1979 and parked in a farmer’s field. We cannot run a mountain that brings 120,000 people a year to Mayo on goodwill and a few traffic cones,”
L geo Reek
F date 1979
F number 120,000
L region Mayo
> Cllr Tomás Durcan (FG), the Cathaoirleach of the Westport-Belmullet Municipal District, said the building had been reduced from two storeys to a single storey after the first round of consultation and would be “tucked into the hillside”.
P full Tomás Durcan
O party FG
O government Westport-Belmullet Municipal District
F number two
Q direct Tomás Durcan :: “tucked into the hillside”
> Opposition
> The Murrisk Residents’ Association, which made one of the 47 submissions on the plan, said it was not against parking but feared the scale of the development.
O nonprofit Murrisk Residents’ Association
F number 47
> Its secretary, Caitríona Gibbons, whose family has farmed at Murrisk for four generations, told The Mayo News that residents had been “listened to but not heard”.
P full Caitríona Gibbons
L city Murrisk
F number four
O media The Mayo News
Q direct Caitríona Gibbons :: “listened to but not heard”
> “Nobody here is against a car park. But the Reek is not a theme park. Two hundred and sixty spaces and a café the size of a supermarket will turn Murrisk into a coach stop for six months of the year.
Q direct Caitríona Gibbons :: “Nobody here is against a car park. But the Reek is not a theme park. Two hundred and sixty spaces and a café the size of a supermarket will turn Murrisk into a coach stop for six months of the year.
L geo Reek
F number Two hundred and sixty
L city Murrisk
F duration six months
> “We will look at every option, including the courts,” she said.
Q direct Caitríona Gibbons :: “We will look at every option, including the courts,”
> In its submission, An Taisce said the site lay beside Clew Bay, a Special Area of Conservation, and that the council’s ecological report had “understated” the effect of lighting and run-off on the shoreline.
O nonprofit An Taisce
L geo Clew Bay
Q direct An Taisce :: “understated”
> Cllr Deirbhile Nic Con Iomaire (SD), who voted against the plan with Cllr Kieran Tighe (Ind) and four others, said the council had “put the car park before the mountain”. She proposed that the building be dropped and the money spent on a shuttle bus from Westport, eight kilometres away, but her amendment was defeated.
P full Deirbhile Nic Con Iomaire
O party SD
P full Kieran Tighe
F number four
Q direct Deirbhile Nic Con Iomaire :: “put the car park before the mountain”
L city Westport
F quantity eight kilometres
> Under the Part 8 rules, the decision cannot be appealed to An Coimisiún Pleanála, but objectors have eight weeks to seek a judicial review in the High Court.
O government An Coimisiún Pleanála
F duration eight weeks
O government High Court
> Parking will cost €5 a day, with an annual pass for local residents at €40. Mr Ó Gallchobhair said the charges would raise an estimated €310,000 a year to pay for the shuttle and for the upkeep of the path to the summit.
F money €5
F money €40
P partial Ó Gallchobhair
F money €310,000
> The council hopes to go to tender in September and to have the car park open by July 2040.
F date July 2040
'''

ARTICLES['488-faisalabad-textile-mills-shut-rlng-captive-gas-aptma-business-recorder'] = r'''
> Business & Finance
> APTMA says 41 Faisalabad mills shut as captive gas price hits $13.90
O nonprofit APTMA
F number 41
L city Faisalabad
F money $13.90
> Imran Haider Sial
P full Imran Haider Sial
> Published March 11, 2038 Updated March 11, 2038 09:41am
F date March 11, 2038
F date March 11, 2038
F time 09:41am
> Workers leave a closed spinning unit on Sheikhupura Road, Faisalabad, on Wednesday. Photo: BR
L street Sheikhupura Road
L city Faisalabad
O media BR
> FAISALABAD: Forty-one spinning and weaving mills in and around Faisalabad have stopped production since February 1, idling 610,000 spindles and 4,200 looms and putting an estimated 38,000 workers out of work, the All Pakistan Textile Mills Association (APTMA) said on Wednesday.
L city FAISALABAD
F number Forty-one
L city Faisalabad
F date February 1
F number 610,000
F number 4,200
F number 38,000
O nonprofit All Pakistan Textile Mills Association
O nonprofit APTMA
> The closures followed a decision by the Oil and Gas Regulatory Authority (OGRA) to raise the price of regasified liquefied natural gas (RLNG) for captive power plants to $13.90 per MMBtu, or about Rs3,900/MMBtu, from $11.20 in January. The Economic Coordination Committee (ECC) of the cabinet had approved the increase on January 28 to end what it called a "cross-subsidy" paid by household consumers.
O government Oil and Gas Regulatory Authority
O government OGRA
F money $13.90
F money Rs3,900/MMBtu
F money $11.20
O government Economic Coordination Committee
O government ECC
F date January 28
Q direct Economic Coordination Committee :: "cross-subsidy"
> Addressing a press conference at the Faisalabad Chamber of Commerce and Industry (FCCI), APTMA North Zone chairman Chaudhry Muhammad Saleem Anwar said mills could not run on gas at that price, nor on grid electricity at Rs41.6 per unit.
O nonprofit Faisalabad Chamber of Commerce and Industry
O nonprofit FCCI
O nonprofit APTMA North Zone
P full Chaudhry Muhammad Saleem Anwar
F money Rs41.6
> "The government has made it cheaper to import yarn from Uzbekistan and China than to spin it in Faisalabad. Our competitors in Bangladesh pay 9 cents for a unit of power. We pay 15 cents," he said.
Q direct Chaudhry Muhammad Saleem Anwar :: "The government has made it cheaper to import yarn from Uzbekistan and China than to spin it in Faisalabad. Our competitors in Bangladesh pay 9 cents for a unit of power. We pay 15 cents,"
L country Uzbekistan
L country China
L city Faisalabad
L country Bangladesh
F money 9 cents
F money 15 cents
> Anwar said another 30 to 35 mills could close by the end of April if the tariff was not reviewed, and that the association had written to the Petroleum Division of the Ministry of Energy asking for a tariff of 9 cents per kWh for export industries.
P partial Anwar
F number 30
F number 35
O government Petroleum Division
O government Ministry of Energy
F money 9 cents
> Sui Northern Gas Pipelines Limited (SNGPL) said it had disconnected 212 captive power connections in its Faisalabad region since February at the request of the consumers. In a statement, the company said it "only implements the price notified by the regulator".
O company Sui Northern Gas Pipelines Limited
O company SNGPL
F number 212
L region Faisalabad
Q direct Sui Northern Gas Pipelines Limited :: "only implements the price notified by the regulator"
> A spokesperson for the Petroleum Division, who asked not to be named, said the government was "working on a package for export industries" but gave no date.
O government Petroleum Division
Q direct - :: "working on a package for export industries"
> Textile and clothing exports fell 7.4 percent to $9.86 billion in the first seven months of the 2037-38 fiscal year, according to the Pakistan Bureau of Statistics (PBS). Textiles make up about 58 percent of the country's exports.
F percent 7.4 percent
F money $9.86 billion
F duration seven months
F date 2037-38
O government Pakistan Bureau of Statistics
O government PBS
F percent 58 percent
> Some mills have turned to solar power. Lyallpur Weaving Mills Limited commissioned a 14MW solar plant at its Sheikhupura Road unit in January and now runs on a mix of grid and solar power during the day.
O company Lyallpur Weaving Mills Limited
F quantity 14MW
L street Sheikhupura Road
> "Solar gives us eight hours. For the other 16 hours we are back on the grid, and the grid is the most expensive power in the region," said Mian Khurram Shahzad, chief executive of Lyallpur Weaving. Shahzad said the company had cut its workforce from 2,600 to 1,900 since October and was running two of its three units.
Q direct Mian Khurram Shahzad :: "Solar gives us eight hours. For the other 16 hours we are back on the grid, and the grid is the most expensive power in the region,"
F duration eight hours
F duration 16 hours
P full Mian Khurram Shahzad
O company Lyallpur Weaving
P partial Shahzad
F number 2,600
F number 1,900
F number two
F number three
> At Jhang Bazaar, yarn traders said demand had fallen by a third. Power-loom owners in Samanabad, Faisalabad's largest weaving cluster, said workers were now earning Rs1,400 a day, down from Rs2,100.
L facility Jhang Bazaar
F fraction a third
L city Samanabad
L city Faisalabad
F money Rs1,400
F money Rs2,100
> Muhammad Rafiq, 46, who has worked as a loom operator for 22 years, said his unit had run only three shifts in February. "I have five children. When the mill stops, the kitchen stops," he said.
P full Muhammad Rafiq
F age 46
F duration 22 years
F number three
Q direct Muhammad Rafiq :: "I have five children. When the mill stops, the kitchen stops,"
F number five
> Faisalabad, often called the "Manchester of Pakistan", produces nearly half of the country's textile output. Mills in Sindh, which draw gas from local fields at a lower tariff, have not been hit in the same way, APTMA said.
L city Faisalabad
Q scare - :: "Manchester of Pakistan"
L city Manchester
L country Pakistan
F fraction half
L region Sindh
O nonprofit APTMA
> The gas sector's circular debt stood at Rs3.1 trillion at the end of December, according to the Petroleum Division.
F money Rs3.1 trillion
O government Petroleum Division
'''

ARTICLES['489-india-argentina-womens-hockey-pro-league-shoot-out-kalinga-sportstar'] = r'''
> Hockey
> FIH Pro League: India women beat Argentina in shoot-out after 2-2 draw
O other FIH Pro League
O team India
O team Argentina
F score 2-2
> Lalhriatpuii scored twice from penalty corners and goalkeeper Bhagyashree Nayak made three saves in the shoot-out as India took two points off Las Leonas in Bhubaneswar.
P partial Lalhriatpuii
P full Bhagyashree Nayak
F number three
O team India
F number two
O team Las Leonas
L city Bhubaneswar
> Sibasish Mohapatra
P full Sibasish Mohapatra
> Published : Feb 21, 2038 21:52 IST
F date Feb 21, 2038
F time 21:52 IST
> India’s Lalhriatpuii (right) celebrates after converting a penalty corner against Argentina at the Kalinga Stadium on Sunday. | Photo Credit: SATYABRATA PANDA
O team India
P partial Lalhriatpuii
O team Argentina
L facility Kalinga Stadium
P full SATYABRATA PANDA
> India’s women came from a goal down twice to draw 2-2 with Argentina in regulation time and then won the shoot-out 3-1 in an FIH Pro League match at the Kalinga Stadium in Bhubaneswar on Sunday.
O team India
F score 2-2
O team Argentina
F score 3-1
O other FIH Pro League
L facility Kalinga Stadium
L city Bhubaneswar
> The shoot-out win earned India a bonus point on top of the point for the draw and lifted the host to fifth in the nine-team table with 14 points from 10 matches. Argentina, who had won their previous four games, stayed second on 21 points.
O team India
F number nine
F number 14
F number 10
O team Argentina
F number four
F number 21
> Las Leonas, ranked third in the world, went ahead in the ninth minute when Camila Ruiz Moreno deflected in a low cross from Josefina Albarracín at the far post.
O team Las Leonas
P full Camila Ruiz Moreno
P full Josefina Albarracín
> India grew into the game in the second quarter and won four penalty corners in five minutes. Lalhriatpuii, the 21-year-old drag-flicker from Aizawl who, like many Mizo players, uses a single name, converted the last of them in the 27th minute with a low flick to the goalkeeper’s right.
O team India
F number four
F duration five minutes
P partial Lalhriatpuii
F age 21-year-old
L city Aizawl
> Argentina led again three minutes after half-time through Valentina D’Alessandro, who lifted the ball over Bhagyashree Nayak after a long run down the right. India’s pressure told in the 44th minute, when Lalhriatpuii’s second flick beat goalkeeper Florencia Quiroga-Benítez at the near post.
O team Argentina
F duration three minutes
P full Valentina D’Alessandro
P full Bhagyashree Nayak
O team India
P partial Lalhriatpuii
P full Florencia Quiroga-Benítez
> Quiroga-Benítez kept Argentina level in the final quarter with a double save from Nikita Toppo and Khumanthem Ronibala Chanu, and Nayak denied Sofía Iriarte from close range with 90 seconds left.
P partial Quiroga-Benítez
O team Argentina
P full Nikita Toppo
P full Khumanthem Ronibala Chanu
P partial Nayak
P full Sofía Iriarte
F duration 90 seconds
> In the shoot-out, Nayak saved from Ruiz Moreno, Iriarte and D’Alessandro, while Toppo, Ronibala and Anjali Ekka scored for India.
P partial Nayak
P partial Ruiz Moreno
P partial Iriarte
P partial D’Alessandro
P partial Toppo
P partial Ronibala
P full Anjali Ekka
O team India
> “We practised the flick to the right all week, because their first runner always goes to the left post,” Lalhriatpuii said. “After the first one went in, I had the confidence to go again.”
Q direct Lalhriatpuii :: “We practised the flick to the right all week, because their first runner always goes to the left post,”
P partial Lalhriatpuii
Q direct Lalhriatpuii :: “After the first one went in, I had the confidence to go again.”
> India’s chief coach Marieke Vos-Janssen was less pleased with the defending. “Against a team like Argentina you cannot give away 11 penalty corners and expect to win in 60 minutes. We were lucky today, and we know it,” she said.
O team India
P full Marieke Vos-Janssen
Q direct Marieke Vos-Janssen :: “Against a team like Argentina you cannot give away 11 penalty corners and expect to win in 60 minutes. We were lucky today, and we know it,”
O team Argentina
F number 11
F duration 60 minutes
> Argentina coach Martín Echeverría said his side had been “too generous” in the circle. “We created more chances and we lost the shoot-out. That is hockey,” he said.
O team Argentina
P full Martín Echeverría
Q direct Martín Echeverría :: “too generous”
Q direct Martín Echeverría :: “We created more chances and we lost the shoot-out. That is hockey,”
> India had 46 per cent of possession and eight shots on goal to Argentina’s 11. India converted two of their nine penalty corners, while Argentina failed to score from 11.
O team India
F percent 46 per cent
F number eight
O team Argentina
F number 11
O team India
F number two
F number nine
O team Argentina
F number 11
> Hockey India announced a cash reward of ₹1 lakh for each player and ₹50,000 for each member of the support staff. About 9,000 spectators watched the match.
O other Hockey India
F money ₹1 lakh
F money ₹50,000
F number 9,000
> The two teams meet again on Tuesday at 7:30 p.m.
F number two
F time 7:30 p.m.
> The result: India 2 (Lalhriatpuii 27’, 44’) drew with Argentina 2 (Camila Ruiz Moreno 9’, Valentina D’Alessandro 33’). Shoot-out: India 3 (Nikita Toppo, Khumanthem Ronibala Chanu, Anjali Ekka) bt Argentina 1 (Josefina Albarracín).
O team India
F score 2
P partial Lalhriatpuii
O team Argentina
F score 2
P full Camila Ruiz Moreno
P full Valentina D’Alessandro
O team India
F score 3
P full Nikita Toppo
P full Khumanthem Ronibala Chanu
P full Anjali Ekka
O team Argentina
F score 1
P full Josefina Albarracín
> The teams:
> India: Bhagyashree Nayak (GK), Pinky Mundu, Neetu Malik, Ritanjali Behera, Kavita Sheoran (capt.), Khumanthem Ronibala Chanu, Anjali Ekka, Nikita Toppo, Lalhriatpuii, Harpreet Kaur Sandhu, Zothansangi.
O team India
P full Bhagyashree Nayak
P full Pinky Mundu
P full Neetu Malik
P full Ritanjali Behera
P full Kavita Sheoran
P full Khumanthem Ronibala Chanu
P full Anjali Ekka
P full Nikita Toppo
P partial Lalhriatpuii
P full Harpreet Kaur Sandhu
P partial Zothansangi
> Argentina: Florencia Quiroga-Benítez (GK), Agostina Lucero, Milagros Etchegaray, Julieta Paz Arrieta, Josefina Albarracín (capt.), Sofía Iriarte, Camila Ruiz Moreno, Valentina D’Alessandro, Rocío Benavídez, Delfina Ocampo, Martina Sáenz Valiente.
O team Argentina
P full Florencia Quiroga-Benítez
P full Agostina Lucero
P full Milagros Etchegaray
P full Julieta Paz Arrieta
P full Josefina Albarracín
P full Sofía Iriarte
P full Camila Ruiz Moreno
P full Valentina D’Alessandro
P full Rocío Benavídez
P full Delfina Ocampo
P full Martina Sáenz Valiente
'''

ARTICLES['490-uwa-gorilla-permit-1000-dollars-bwindi-lodges-buhoma-nile-post'] = r'''
> Tourism
> UWA Raises Gorilla Permit to $1,000 as Bwindi Lodges Brace for Cancellations
O government UWA
F money $1,000
L geo Bwindi
> Prossy Nakabugo Kisakye
P full Prossy Nakabugo Kisakye
> March 14, 2038
F date March 14, 2038
> Tourists watch a silverback in the Rushaga sector of Bwindi Impenetrable National Park. (PHOTO/UWA)
L region Rushaga
L geo Bwindi Impenetrable National Park
O government UWA
> The Uganda Wildlife Authority (UWA) will raise the price of a gorilla trekking permit for foreign non-residents from $800 to $1,000 from July 1, 2038, the first increase in four years.
O government Uganda Wildlife Authority
O government UWA
F money $800
F money $1,000
F date July 1, 2038
F duration four years
> Foreign residents will pay $900, up from $700, while citizens of East African Community (EAC) member states will pay Shs400,000, up from Shs300,000. The gorilla habituation experience, in which up to four visitors spend four hours with a family that is still getting used to people, such as the Bikingi group in Rushaga, will rise from $1,500 to $1,800.
F money $900
F money $700
O intergovernmental East African Community
O intergovernmental EAC
F money Shs400,000
F money Shs300,000
F number four
F duration four hours
L region Rushaga
F money $1,500
F money $1,800
> In a statement released in Kampala on Thursday, UWA said the new tariff would “reflect the true cost of protecting the gorillas and the communities that live with them” and would be reviewed again in 2041.
L city Kampala
O government UWA
Q direct Uganda Wildlife Authority :: “reflect the true cost of protecting the gorillas and the communities that live with them”
F date 2041
> UWA spokesperson Hakim Ssemanda Kizito said the authority spends about $4.2 million a year on ranger patrols, veterinary care and habituation in Bwindi, which straddles Kanungu, Kisoro and Rubanda districts, and in the smaller Mgahinga Gorilla National Park.
O government UWA
P full Hakim Ssemanda Kizito
F money $4.2 million
L geo Bwindi
L region Kanungu
L region Kisoro
L region Rubanda
L geo Mgahinga Gorilla National Park
> “We have 38 rangers for every 100 square kilometres in Bwindi. Ten years ago we had 22. That costs money, and the permit is where that money comes from,” he said.
Q direct Hakim Ssemanda Kizito :: “We have 38 rangers for every 100 square kilometres in Bwindi. Ten years ago we had 22. That costs money, and the permit is where that money comes from,”
F number 38
F quantity 100 square kilometres
L geo Bwindi
F duration Ten years
F number 22
> Uganda is home to just over half of the world’s mountain gorillas, estimated at 1,140 in a 2036 census of the Bwindi and Virunga populations. Twenty-four gorilla families in the two parks are habituated for tourism.
L country Uganda
F fraction half
F number 1,140
F date 2036
L geo Bwindi
L geo Virunga
F number Twenty-four
F number two
> Under UWA’s revenue-sharing scheme, 20 per cent of park entry fees and $10 from every gorilla permit go to the parishes bordering the parks.
O government UWA
F percent 20 per cent
F money $10
> Tour operators said the timing was poor. Bosco Turyahikayo Mugisha, chairman of the Association of Uganda Tour Operators (AUTO), said many packages for the July–September peak season had already been sold at the old price.
P full Bosco Turyahikayo Mugisha
O nonprofit Association of Uganda Tour Operators
O nonprofit AUTO
> “An operator in Germany who sold a safari in January for a trek in August now has to find $200 per person, or eat it. We asked UWA for a year’s notice. We got four months,” he said.
Q direct Bosco Turyahikayo Mugisha :: “An operator in Germany who sold a safari in January for a trek in August now has to find $200 per person, or eat it. We asked UWA for a year’s notice. We got four months,”
L country Germany
F money $200
O government UWA
F duration four months
> Turyahikayo said Uganda remained cheaper than neighbouring Rwanda, where a permit in Volcanoes National Park costs $1,500, but warned that visitors who could afford only one trek might choose the Democratic Republic of Congo when its Virunga National Park is open.
P partial Turyahikayo
L country Uganda
L country Rwanda
L geo Volcanoes National Park
F money $1,500
F number one
L country Democratic Republic of Congo
L geo Virunga National Park
> At Mubwindi Ridge Camp, a 12-room lodge on the hill above the Buhoma gate on the northern edge of Bwindi, owner Grace Kyomuhendo Ahimbisibwe said three groups had asked for refunds since the announcement.
L facility Mubwindi Ridge Camp
F number 12
L city Buhoma
L geo Bwindi
P full Grace Kyomuhendo Ahimbisibwe
F number three
> “We employ 31 people from this parish. When a group cancels, it is not only the lodge that loses. It is the porter, the woman who sells baskets, the boy who carries water,” she said.
Q direct Grace Kyomuhendo Ahimbisibwe :: “We employ 31 people from this parish. When a group cancels, it is not only the lodge that loses. It is the porter, the woman who sells baskets, the boy who carries water,”
F number 31
> Porters at the park gates earn $20 a trip carrying visitors’ bags on the steep trails. A porter at Rushaga, who asked not to be named because his association is registered with UWA, said fewer tourists meant fewer trips.
F money $20
L region Rushaga
O government UWA
> “Last season I carried bags 90 times. If the price goes up, maybe 60,” he said.
Q direct - :: “Last season I carried bags 90 times. If the price goes up, maybe 60,”
F number 90
F number 60
> The Uganda Tourism Board (UTB) says the country received 1.64 million international visitors in 2037, who spent an estimated $1.92 billion. Gorilla trekking brings in about a quarter of that revenue, according to UTB.
O government Uganda Tourism Board
O government UTB
F number 1.64 million
F date 2037
F money $1.92 billion
F fraction a quarter
O government UTB
> At current exchange rates, a $1,000 permit costs about Shs3.7 million.
F money $1,000
F money Shs3.7 million
'''

ARTICLES['491-vertes-kabel-tata-cable-plant-huf-41-bln-grant-bbj'] = r'''
> Industry
> Vértes Kábel to build HUF 41 bln cable plant in Tata, creating 350 jobs
O company Vértes Kábel
F money HUF 41 bln
L city Tata
F number 350
> The government is backing the investment with a HUF 6.2 bln cash grant
F money HUF 6.2 bln
> BBJ
O media BBJ
> Wednesday, March 17, 2038, 10:42
F date March 17, 2038
F time 10:42
> Workers at Vértes Kábel's factory in Tatabánya. Photo by MTI/Fenyvesi Dóra
O company Vértes Kábel
L city Tatabánya
O media MTI
P full Fenyvesi Dóra
> Hungarian cable manufacturer Vértes Kábel Zrt. will invest HUF 41.2 billion (EUR 103 mln) in a new plant in Tata, Komárom-Esztergom County, to make medium- and high-voltage cables for wind farms and power grids, the Ministry for National Economy announced on Tuesday.
O company Vértes Kábel Zrt.
F money HUF 41.2 billion
F money EUR 103 mln
L city Tata
L region Komárom-Esztergom County
O government Ministry for National Economy
> The state is supporting the project with a non-refundable grant of HUF 6.2 bln under the individual government decision (EKD) scheme, state secretary Bence Halmágyi-Tóth said at a signing ceremony in Tata.
F money HUF 6.2 bln
P full Bence Halmágyi-Tóth
L city Tata
> "This is the largest investment by a Hungarian-owned company in the county in ten years, and it is an investment in the energy transition, not in assembly work," Halmágyi-Tóth said.
Q direct Bence Halmágyi-Tóth :: "This is the largest investment by a Hungarian-owned company in the county in ten years, and it is an investment in the energy transition, not in assembly work,"
F duration ten years
P partial Halmágyi-Tóth
> The plant will be built on a 9.6-hectare site in the Tata industrial park next to the M1 motorway and will include a 24,000 sqm production hall and a 60-meter extrusion tower. Construction is due to begin in June, with production starting in the second half of 2039. At full capacity the plant will turn out 2,800 kilometers of cable a year.
F quantity 9.6-hectare
L city Tata
L street M1
F quantity 24,000 sqm
F quantity 60-meter
F date 2039
F quantity 2,800 kilometers
> Vértes Kábel was founded in 1994 in Tatabánya by three engineers from the former state cable works. It employs 640 people and reported net sales of HUF 58.4 bln in 2037, up 11% from a year earlier, according to its annual report. About 70% of its output is exported, mainly to Germany, Austria and Poland.
O company Vértes Kábel
F date 1994
L city Tatabánya
F number three
F number 640
F money HUF 58.4 bln
F date 2037
F percent 11%
F percent 70%
L country Germany
L country Austria
L country Poland
> "Demand for grid cables has grown faster than anybody expected five years ago. German and Polish transmission operators are booking capacity to 2042, and we simply cannot serve them from Tatabánya," CEO Levente Győrffy told BBJ.
Q direct Levente Győrffy :: "Demand for grid cables has grown faster than anybody expected five years ago. German and Polish transmission operators are booking capacity to 2042, and we simply cannot serve them from Tatabánya,"
F duration five years
F date 2042
L city Tatabánya
P full Levente Győrffy
O media BBJ
> He said the company had signed a framework agreement worth EUR 240 mln with Germany's 50Hertz in January and already supplies MAVIR, Hungary's transmission system operator. Most of the copper will come from KGHM in Poland.
F money EUR 240 mln
L country Germany
O company 50Hertz
O company MAVIR
L country Hungary
O company KGHM
L country Poland
> The new plant will employ 350 people, most of them skilled workers and engineers. Győrffy said wages would average HUF 780,000 gross a month and that the company would train apprentices with Óbuda University in Budapest and vocational schools in the county.
F number 350
P partial Győrffy
F money HUF 780,000
O education Óbuda University
L city Budapest
> Tata mayor Kinga Pásztor-Rédei welcomed the investment but said the town would need help with housing and commuter trains. "Tata is a town of 24,000 people with a lake and a castle. We are glad to have 350 new jobs, but we also need the trains and the flats that go with them," she said.
L city Tata
P full Kinga Pásztor-Rédei
Q direct Kinga Pásztor-Rédei :: "Tata is a town of 24,000 people with a lake and a castle. We are glad to have 350 new jobs, but we also need the trains and the flats that go with them,"
L city Tata
F number 24,000
F number 350
> The site lies about 4 km from the Old Lake (Öreg-tó), a protected wetland where thousands of geese spend the winter, and the company said the plant would meet "the strictest noise and water standards."
F quantity 4 km
L geo Old Lake
L geo Öreg-tó
Q direct Vértes Kábel Zrt. :: "the strictest noise and water standards."
> The investment was negotiated by the Hungarian Investment Promotion Agency (HIPA). Hungary's industrial output fell 2.1% y/y in January, the Hungarian Central Statistical Office (KSH) reported last week, with the battery and car industries still weighing on the sector.
O government Hungarian Investment Promotion Agency
O government HIPA
L country Hungary
F percent 2.1%
O government Hungarian Central Statistical Office
O government KSH
> Komárom-Esztergom County had an unemployment rate of 2.8% in the fourth quarter of 2037, one of the lowest in the country, according to KSH.
L region Komárom-Esztergom County
F percent 2.8%
F date 2037
O government KSH
'''

ARTICLES['492-texas-shrimp-season-opens-brownsville-port-isabel-fewer-boats-brownsville-herald'] = r'''
> Local News
> 'You do the math': Shrimpers head out as Texas season opens with fewer boats
Q direct Thanh "Tommy" Nguyen :: 'You do the math'
L region Texas
> By Marisol Cantú-Villarreal | Staff Writer
P full Marisol Cantú-Villarreal
> Jul 16, 2038
F date Jul 16, 2038
> The shrimp trawler Miss Dolores heads out of the Brownsville shrimp basin toward the Gulf on Thursday evening. (Denise Alvarado-Peña/The Brownsville Herald)
L city Brownsville
L geo Gulf
P full Denise Alvarado-Peña
O media The Brownsville Herald
> BROWNSVILLE — About 90 shrimp boats left the Port of Brownsville and Port Isabel on Thursday evening as the Texas shrimp season reopened 30 minutes after sunset, ending a closure that began May 15.
L city BROWNSVILLE
F number 90
L facility Port of Brownsville
L city Port Isabel
L region Texas
F duration 30 minutes
F date May 15
> The annual closure, set by the Texas Parks and Wildlife Department (TPWD), keeps trawlers out of Texas waters for about two months so that brown shrimp can grow to a larger, more valuable size. Federal waters off Texas, out to 200 nautical miles, close at the same time under a rule of NOAA Fisheries.
O government Texas Parks and Wildlife Department
O government TPWD
L region Texas
F duration two months
L region Texas
F quantity 200 nautical miles
O government NOAA Fisheries
> Sunset in Brownsville was at 8:29 p.m., and by 9:15 p.m. a line of trawlers was moving down the Brownsville Ship Channel toward Brazos Santiago Pass and the open Gulf.
L city Brownsville
F time 8:29 p.m.
F time 9:15 p.m.
L geo Brownsville Ship Channel
L geo Brazos Santiago Pass
L geo Gulf
> Fewer boats are making the trip each year. About 140 trawlers now work out of the two ports, both in Cameron County, down from more than 400 in the 1990s, according to the Texas Shrimp Association.
F number 140
F number two
L region Cameron County
F number 400
F date 1990s
O nonprofit Texas Shrimp Association
> Thanh "Tommy" Nguyen, 58, who has fished out of the basin since 1987, said fuel costs and low dock prices had pushed many owners out of the business.
P full Thanh "Tommy" Nguyen
Q scare - :: "Tommy"
F age 58
F date 1987
> "Diesel is $3.89 a gallon at the dock. I need 20,000 gallons for a 40-day trip, and I pay a crew of three. Then the dealer pays me $4.10 a pound for 16-20 count because the imports are cheap. You do the math," Nguyen said.
Q direct Thanh "Tommy" Nguyen :: "Diesel is $3.89 a gallon at the dock. I need 20,000 gallons for a 40-day trip, and I pay a crew of three. Then the dealer pays me $4.10 a pound for 16-20 count because the imports are cheap. You do the math,"
F money $3.89
F quantity 20,000 gallons
F duration 40-day
F number three
F money $4.10
F number 16-20
P partial Nguyen
> He said he had sold one of his two boats last year to a buyer in Alabama. "My father came here from Vietnam with nothing and built two boats. Now I am down to one boat," he said.
F number two
L region Alabama
Q direct Thanh "Tommy" Nguyen :: "My father came here from Vietnam with nothing and built two boats. Now I am down to one boat,"
L country Vietnam
F number two
F number one
> Imports, mostly from India, Ecuador, Indonesia and Vietnam, supply about 90% of the shrimp eaten in the United States. Dockside prices for large Gulf brown shrimp averaged $4.35 a pound in 2037, down 18% from 2030, according to NOAA Fisheries.
L country India
L country Ecuador
L country Indonesia
L country Vietnam
F percent 90%
L country United States
L geo Gulf
F money $4.35
F date 2037
F percent 18%
F date 2030
O government NOAA Fisheries
> The Southern Shrimp Alliance, which represents shrimpers in eight states from North Carolina to Texas, said in a statement that it would ask the Commerce Department to raise anti-dumping duties on frozen shrimp from four countries, calling the current rates "a fraction of what dumping costs our fleet."
O nonprofit Southern Shrimp Alliance
F number eight
L region North Carolina
L region Texas
O government Commerce Department
F number four
Q direct Southern Shrimp Alliance :: "a fraction of what dumping costs our fleet."
> At the port, the Brownsville Navigation District approved $2.6 million in June to dredge the shrimp basin to 14 feet after several boats ran aground at low tide last winter. Port commissioner Rosa Elia Benavides said the work should be finished by March 2039.
O government Brownsville Navigation District
F money $2.6 million
F quantity 14 feet
P full Rosa Elia Benavides
F date March 2039
> "The shrimp fleet built this port. We are not going to let the basin silt up while we chase LNG and rockets," Benavides said. "Those boats are still here, and they still pay dockage every month.
Q direct Rosa Elia Benavides :: "The shrimp fleet built this port. We are not going to let the basin silt up while we chase LNG and rockets,"
P partial Benavides
Q direct Rosa Elia Benavides :: "Those boats are still here, and they still pay dockage every month.
> "When they go, they don't come back."
Q direct Rosa Elia Benavides :: "When they go, they don't come back."
> Deckhands, many of them from Matamoros across the border in Mexico, are paid a share of the catch rather than a wage. Jesús Alberto Zamora, 34, who has worked on Nguyen's boat for nine seasons, said a good trip could bring him $6,000 for six weeks at sea.
L city Matamoros
L country Mexico
P full Jesús Alberto Zamora
F age 34
P partial Nguyen
F number nine
F money $6,000
F duration six weeks
> "If the shrimp are there, it is good money. If not, you come home with nothing and you still owe for the groceries," he said in Spanish.
Q direct Jesús Alberto Zamora :: "If the shrimp are there, it is good money. If not, you come home with nothing and you still owe for the groceries,"
> Bay shrimping in the Laguna Madre, which has its own season, was not affected by the closure. Officers from Coast Guard Station South Padre Island boarded 11 boats on opening night to check turtle excluder devices and life rafts and issued two warnings, a Coast Guard spokesman said.
L geo Laguna Madre
O government Coast Guard Station South Padre Island
F number 11
F number two
O government Coast Guard
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
