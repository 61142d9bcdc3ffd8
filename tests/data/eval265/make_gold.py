#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval265 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval265/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1633-parramatta-light-rail-westmead-extension-delay-toongabbie-smh'] = r'''
> Transport
> ‘We’re bleeding’: Parramatta light rail extension delayed by 18 months
Q direct Georgina Haddad :: ‘We’re bleeding’
L city Parramatta
F duration 18 months
> The line west of Westmead will not carry passengers until the second half of 2043, and its bill has grown by $640 million.
L city Westmead
F date 2043
F money $640 million
> By Tom Kavanagh
P full Tom Kavanagh
> April 14, 2041 — 5.00am
F date April 14, 2041
F time 5.00am
> Construction hoardings on the Great Western Highway at Wentworthville. Credit: Nina Castellano
L street Great Western Highway
L city Wentworthville
P full Nina Castellano
> The western extension of the Parramatta Light Rail will open at least 18 months late after crews found contaminated soil and a 1.2-kilometre sewer main in the path of the tracks, documents seen by the Herald show.
L facility Parramatta Light Rail
F duration 18 months
F quantity 1.2-kilometre
O media Herald
> The 6.4-kilometre line was meant to run from Westmead through Wentworthville and Pendle Hill to Toongabbie by December 2041. Transport for NSW (TfNSW) now expects the first trams in the second half of 2043 and puts the cost at $3.54 billion, up from $2.9 billion in the 2039 budget.
F quantity 6.4-kilometre
L city Westmead
L city Wentworthville
L city Pendle Hill
L city Toongabbie
F date December 2041
O government Transport for NSW
O government TfNSW
F date 2043
F money $3.54 billion
F money $2.9 billion
F date 2039
> TfNSW’s project director for the extension, Priya Raman, said workers had dug out about 14,000 tonnes of soil laced with asbestos beside Toongabbie Creek. “We did not expect to find it at that depth, and we cannot lay track on top of it,” she said. “Nobody wants to be the person who cuts a corner here.”
O government TfNSW
P full Priya Raman
F quantity 14,000 tonnes
L geo Toongabbie Creek
Q direct Priya Raman :: “We did not expect to find it at that depth, and we cannot lay track on top of it,”
Q direct Priya Raman :: “Nobody wants to be the person who cuts a corner here.”
> Raman said the sewer main, laid in the 1960s, would be moved by Sydney Water in a nine-month job starting in August.
P partial Raman
F date 1960s
O government Sydney Water
F duration nine-month
> On Hawkesbury Road in Westmead, the delay is measured in lost customers. Georgina Haddad, 47, has run the Little Cedar café opposite Westmead Hospital for 11 years.
L street Hawkesbury Road
L city Westmead
P full Georgina Haddad
F age 47
O company Little Cedar
L facility Westmead Hospital
F duration 11 years
> “We’re bleeding. Since the hoardings went up my takings are down by a third, and every month someone from the project tells me ‘not long now’,” Haddad said. “I’ve got three staff. I can’t promise them another two years of this.”
Q direct Georgina Haddad :: “We’re bleeding. Since the hoardings went up my takings are down by a third, and every month someone from the project tells me ‘not long now’,”
F fraction a third
P partial Haddad
Q direct Georgina Haddad :: “I’ve got three staff. I can’t promise them another two years of this.”
F number three
F duration two years
> Transport Minister Daniel Okafor said the government would not “sign a blank cheque” for the contractor, Westline Partners, and had asked the Audit Office of NSW to review the budget. Okafor said the line would still carry 28,000 passengers a day within five years of opening.
P full Daniel Okafor
Q direct Daniel Okafor :: “sign a blank cheque”
O company Westline Partners
O government Audit Office of NSW
P partial Okafor
F number 28,000
F duration five years
> A Westline spokesman declined to comment. An engineer on the project, who asked not to be named, said the soil problem had been "flagged in 2038 and parked".
O company Westline
Q direct - :: "flagged in 2038 and parked"
F date 2038
> Dr Marcus Yeo, a civil engineering academic at UNSW, said the so-called “missing link” between Westmead and Blacktown was always the hardest stretch.
P full Marcus Yeo
O education UNSW
Q scare - :: “missing link”
L city Westmead
L city Blacktown
> “You are building through a 19th-century landscape of creeks, old tips and pipes nobody mapped properly. Sydney keeps pricing these jobs as if the ground were a blank page,” he said.
Q direct Marcus Yeo :: “You are building through a 19th-century landscape of creeks, old tips and pipes nobody mapped properly. Sydney keeps pricing these jobs as if the ground were a blank page,”
L city Sydney
> Yeo said cost overruns of 20 to 25 per cent were now normal on Australian rail projects. “The question for Parramatta is whether the next 18 months are spent solving the problem or arguing about who pays for it.
P partial Yeo
F percent 20
F percent 25 per cent
Q direct Marcus Yeo :: “The question for Parramatta is whether the next 18 months are spent solving the problem or arguing about who pays for it.
L city Parramatta
F duration 18 months
> “Commuters in Toongabbie have been told ‘2041’ for years. They stopped believing it a while ago.”
Q direct Marcus Yeo :: “Commuters in Toongabbie have been told ‘2041’ for years. They stopped believing it a while ago.”
L city Toongabbie
F date 2041
> The first stage of the light rail, from Westmead to Carlingford, opened in December 2024 and carried 9.1 million trips last year.
L city Westmead
L city Carlingford
F date December 2024
F number 9.1 million
'''

ARTICLES['1634-nordvik-shipping-shares-fall-rate-shock-oslo-norges-bank-financial-times'] = r'''
> Shipping
> Nordvik shares sink 14% as Norwegian rate shock hits shipowners
O company Nordvik
F percent 14%
> Oslo-listed tanker group loses NKr4.2bn in value after surprise half-point rise
L city Oslo
F money NKr4.2bn
F percent half-point
> Ingrid Hovland in Oslo and James Whitcombe in London
P full Ingrid Hovland
L city Oslo
P full James Whitcombe
L city London
> Published March 8 2042
F date March 8 2042
> Nordvik tankers at the Mongstad terminal near Bergen. The group owns 38 vessels © Sindre Aakre/Bloomberg
O company Nordvik
L facility Mongstad
L city Bergen
F number 38
P full Sindre Aakre
O media Bloomberg
> Shares in Nordvik Shipping fell 14 per cent on Thursday, their worst day since 2036, after Norges Bank raised its policy rate by 50 basis points to 5.25 per cent in a move that no economist polled by Reuters had forecast.
O company Nordvik Shipping
F percent 14 per cent
F date 2036
O government Norges Bank
F percent 50 basis points
F percent 5.25 per cent
O media Reuters
> The stock closed at NKr112.40 in Oslo, wiping about NKr4.2bn off the market value of the group, which owns 38 crude and product tankers and carries about $1.9bn of debt, much of it at floating rates.
F money NKr112.40
L city Oslo
F money NKr4.2bn
F number 38
F money $1.9bn
> Nordvik’s shares had risen 31 per cent in the 12 months before the decision, helped by a dividend yield of almost 11 per cent, the highest among Oslo-listed shipowners.
O company Nordvik
F percent 31 per cent
F duration 12 months
F percent 11 per cent
L city Oslo
> Norway’s central bank said inflation of 4.8 per cent in February was “too high for too long” and warned of another rise in June.
L country Norway
F percent 4.8 per cent
Q direct Norges Bank :: “too high for too long”
> Henrik Tveit, Nordvik’s chief executive, said the company had hedged two-thirds of its interest costs until the end of 2043. “The market is selling first and reading the notes later,” he said. “Our charter book is full for the next 14 months, and our day rates have not moved.”
P full Henrik Tveit
O company Nordvik
F fraction two-thirds
F date 2043
Q direct Henrik Tveit :: “The market is selling first and reading the notes later,”
Q direct Henrik Tveit :: “Our charter book is full for the next 14 months, and our day rates have not moved.”
F duration 14 months
> Analysts were less calm. Marte Lindqvist at Skagerak Securities, an Oslo broker, cut her rating to sell and her price target from NKr150 to NKr105, saying every 100bp on floating debt shaved roughly $19mn off annual earnings.
P full Marte Lindqvist
O company Skagerak Securities
L city Oslo
F money NKr150
F money NKr105
F percent 100bp
F money $19mn
> “Investors bought Nordvik as an income stock. The dividend of NKr3 a quarter looks ‘safe’ only if you believe rates come down in 2043,” Lindqvist said. “I don’t.”
Q direct Marte Lindqvist :: “Investors bought Nordvik as an income stock. The dividend of NKr3 a quarter looks ‘safe’ only if you believe rates come down in 2043,”
O company Nordvik
F money NKr3
F date 2043
P partial Lindqvist
Q direct Marte Lindqvist :: “I don’t.”
> The group’s $600mn of bonds due in 2047 fell three points to 91 cents on the dollar, pushing the yield above 9 per cent.
F money $600mn
F date 2047
F number three
F money 91 cents
F percent 9 per cent
> Rebecca Osei, who manages high-yield debt at Kestrel Bay Capital in London, said she had added to her position. “Tanker owners with modern fleets do not default because a central bank in Oslo moves half a point. This is a pricing event, not a credit event,” she said.
P full Rebecca Osei
O company Kestrel Bay Capital
L city London
Q direct Rebecca Osei :: “Tanker owners with modern fleets do not default because a central bank in Oslo moves half a point. This is a pricing event, not a credit event,”
L city Oslo
F percent half a point
> Other shipowners also fell. Bergen-based Vestkyst Bulk lost 6.3 per cent and the Oslo Børs shipping index dropped 3.9 per cent, its steepest fall since October 2040. The krone rose 1.2 per cent against the euro to NKr10.86.
L city Bergen
O company Vestkyst Bulk
F percent 6.3 per cent
O company Oslo Børs
F percent 3.9 per cent
F date October 2040
F percent 1.2 per cent
F money NKr10.86
> A person close to the company said Nordvik’s board would meet on March 19 to discuss selling two of its oldest ships, both built in 2029, to cut debt. Nordvik declined to comment on what it called “market speculation”.
O company Nordvik
F date March 19
F number two
F date 2029
O company Nordvik
Q direct Nordvik :: “market speculation”
> Tveit, 52, who took over in 2039, owns 1.1 per cent of the shares. He bought 40,000 more on Friday, a filing showed.
P partial Tveit
F age 52
F date 2039
F percent 1.1 per cent
F number 40,000
'''

ARTICLES['1635-oilers-beat-flames-rogers-place-battle-of-alberta-espn'] = r'''
> NHL
> Oilers Top Flames 4-2 As Rookie Lindahl Scores Twice
O team Oilers
O team Flames
F score 4-2
P partial Lindahl
> Connor Aubin, ESPN Staff Writer
P full Connor Aubin
O media ESPN
> Jan 19, 2042, 12:48 AM ET
F date Jan 19, 2042
F time 12:48 AM ET
> Edmonton's Elias Lindahl celebrates his second goal against Calgary at Rogers Place. Andy Devlin/NHLI via Getty Images
O team Edmonton
P full Elias Lindahl
O team Calgary
L facility Rogers Place
P full Andy Devlin
O other NHLI
O company Getty Images
> EDMONTON, Alberta -- Elias Lindahl scored twice in the second period, Mathieu Roy made 34 saves and the Edmonton Oilers beat the Calgary Flames 4-2 on Saturday night in the latest "Battle of Alberta."
L city EDMONTON
L region Alberta
P full Elias Lindahl
P full Mathieu Roy
F number 34
O team Edmonton Oilers
O team Calgary Flames
F score 4-2
Q scare - :: "Battle of Alberta."
> Lindahl, a 20-year-old Swede playing his 31st NHL game, tied it 1-1 on the power play at 4:16 of the second and put Edmonton ahead for good at 17:52, one-timing a pass from captain Ryan Okonkwo into the top corner.
P partial Lindahl
F age 20-year-old
O other NHL
F score 1-1
F time 4:16
O team Edmonton
F time 17:52
P full Ryan Okonkwo
> "I was nervous the whole first period, to be honest," Lindahl said. "Then Ryan just told me, 'Shoot everything,' so I did."
Q direct Elias Lindahl :: "I was nervous the whole first period, to be honest,"
P partial Lindahl
Q direct Elias Lindahl :: "Then Ryan just told me, 'Shoot everything,' so I did."
P partial Ryan
> Okonkwo added a goal and an assist, and Dmitri Halvorsen scored into an empty net with 1:09 remaining. The Oilers went 2 for 5 on the power play and have won six of their past seven games to move to 28-14-4, two points behind Vegas in the Pacific Division.
P partial Okonkwo
P full Dmitri Halvorsen
F time 1:09
O team Oilers
F number 2
F number 5
F number six
F number seven
F score 28-14-4
F number two
O team Vegas
O other Pacific Division
> Nazem Carrière opened the scoring for Calgary 6:41 into the game, and Jonas Pelletier made it 4-2 with a wrist shot from 40 feet at 8:03 of the third. Kyle MacAskill stopped 27 of 30 shots for the Flames, who have lost three straight and are 22-19-5.
P full Nazem Carrière
O team Calgary
F time 6:41
P full Jonas Pelletier
F score 4-2
F quantity 40 feet
F time 8:03
P full Kyle MacAskill
F number 27
F number 30
O team Flames
F number three
F score 22-19-5
> Roy, 34, was at his best in a wild stretch of the second when Calgary had a 5-on-3 for 1:28. He stopped four shots in that span, including a glove save on Carrière from the slot.
P partial Roy
F age 34
O team Calgary
F score 5-on-3
F duration 1:28
F number four
P partial Carrière
> "That kill was the game," Oilers coach Dale Sorensen said. "Mathieu gave us a chance, and the kid did the rest."
Q direct Dale Sorensen :: "That kill was the game,"
O team Oilers
P full Dale Sorensen
Q direct Dale Sorensen :: "Mathieu gave us a chance, and the kid did the rest."
P partial Mathieu
> Okonkwo, 29, extended his point streak to nine games and has 51 points this season. Roy improved to 17-6-2 and has allowed two goals or fewer in 11 of his past 13 starts.
P partial Okonkwo
F age 29
F number nine
F number 51
P partial Roy
F score 17-6-2
F number two
F number 11
F number 13
> Sorensen said Lindahl would stay on the top power-play unit "until he gives me a reason not to."
P partial Sorensen
P partial Lindahl
Q direct Dale Sorensen :: "until he gives me a reason not to."
> Flames coach Greg Tolliver was blunt. "We gave them five power plays in a building like this. You can't do that," he said. "We played maybe 25 minutes of good hockey."
O team Flames
P full Greg Tolliver
Q direct Greg Tolliver :: "We gave them five power plays in a building like this. You can't do that,"
F number five
Q direct Greg Tolliver :: "We played maybe 25 minutes of good hockey."
F duration 25 minutes
> A crowd of 18,347 filled the arena, the 112th straight sellout in Edmonton. A longtime season-ticket holder in Section 104 said the rivalry was "back where it belongs." Calgary won the first meeting 3-1 on Nov. 2.
F number 18,347
L city Edmonton
Q direct - :: "back where it belongs."
O team Calgary
F score 3-1
F date Nov. 2
> The teams meet again in Calgary on Feb. 14, when the Flames will be without defenseman Tomas Virtanen, who left in the third period after blocking a shot and will miss four to six weeks.
L city Calgary
F date Feb. 14
O team Flames
P full Tomas Virtanen
F duration four
F duration six weeks
> UP NEXT
> Flames: Host the Winnipeg Jets on Monday.
O team Flames
O team Winnipeg Jets
> Oilers: At the Seattle Kraken on Tuesday.
O team Oilers
O team Seattle Kraken
'''

ARTICLES['1636-lahore-smog-schools-shut-aqi-mayo-hospital-pmd-dawn'] = r'''
> Pakistan
L country Pakistan
> Schools shut for a week as Lahore’s AQI crosses 600
L city Lahore
F number 600
> Asif Mahmood Published November 14, 2040 Updated about 3 hours ago
P full Asif Mahmood
F date November 14, 2040
F duration 3 hours
> Motorists drive through thick smog on Ferozepur Road on Wednesday. — Photo by Rana Imran Haider / White Star
L street Ferozepur Road
P full Rana Imran Haider
O media White Star
> LAHORE: The Punjab government on Wednesday closed all public and private schools in Lahore, Kasur, Sheikhupura and Gujranwala for seven days after the air quality index (AQI) in parts of the provincial capital crossed 600, more than 12 times the level the World Health Organisation (WHO) considers safe.
L city LAHORE
L region Punjab
L city Lahore
L city Kasur
L city Sheikhupura
L city Gujranwala
F duration seven days
F number 600
F number 12
O intergovernmental World Health Organisation
O intergovernmental WHO
> The reading at Gulberg touched 648 at 9am, while monitors in Shahdara and on Mall Road recorded 611 and 587, according to the Environment Protection Department (EPD).
L city Gulberg
F number 648
F time 9am
L city Shahdara
L street Mall Road
F number 611
F number 587
O government Environment Protection Department
O government EPD
> Punjab Environment Secretary Dr Sadia Rehman told reporters at the EPD office on Lytton Road that about 1.8 million children would stay at home until November 21. “We are not closing schools to punish anyone. We are closing them because a child walking to school this morning was breathing poison,” she said.
L region Punjab
P full Sadia Rehman
O government EPD
L street Lytton Road
F number 1.8 million
F date November 21
Q direct Sadia Rehman :: “We are not closing schools to punish anyone. We are closing them because a child walking to school this morning was breathing poison,”
> She said brick kilns within 30 kilometres of the city had been ordered to stop work and that 214 factories had been sealed since November 1. Farmers caught burning rice stubble face a fine of Rs50,000, up from Rs15,000 last year.
F quantity 30 kilometres
F number 214
F date November 1
F money Rs50,000
F money Rs15,000
> Ms Rehman admitted that enforcement had been “patchy” in the districts. “Our teams cannot be in every field at midnight,” she said.
P partial Rehman
Q direct Sadia Rehman :: “patchy”
Q direct Sadia Rehman :: “Our teams cannot be in every field at midnight,”
> The Pakistan Meteorological Department (PMD) said there was little hope of relief before the weekend. In a statement, the PMD said a “stable, windless layer of cold air” was trapping pollutants over central Punjab and that no rain was expected for at least five days.
O government Pakistan Meteorological Department
O government PMD
O government PMD
Q direct PMD :: “stable, windless layer of cold air”
L region Punjab
F duration five days
> Visibility at Allama Iqbal International Airport fell to 200 metres on Tuesday night and nine flights were diverted to Islamabad, an airport official said.
L facility Allama Iqbal International Airport
F quantity 200 metres
F number nine
L city Islamabad
> At Mayo Hospital, the number of patients treated for breathing problems has risen by nearly 40 per cent in a fortnight. Dr Kamran Butt, who heads the chest unit, said most were children under five and people over 60.
O other Mayo Hospital
F percent 40 per cent
P full Kamran Butt
F age five
F age 60
> “Yesterday we saw 430 patients in the emergency. Half of them had never had asthma in their lives,” Dr Butt said.
Q direct Kamran Butt :: “Yesterday we saw 430 patients in the emergency. Half of them had never had asthma in their lives,”
F number 430
F fraction Half
P partial Butt
> “Masks help, but a cloth mask does almost nothing against these particles. The only real advice is to stay indoors.
Q direct Kamran Butt :: “Masks help, but a cloth mask does almost nothing against these particles. The only real advice is to stay indoors.
> “I tell parents, if your child is coughing for more than three days, do not wait. Come.”
Q direct Kamran Butt :: “I tell parents, if your child is coughing for more than three days, do not wait. Come.”
F duration three days
> For Muhammad Aslam, 54, who drives a rickshaw between Data Darbar and Anarkali, staying indoors is not an option. He said his earnings had fallen to Rs1,200 a day from Rs2,000 because fewer people were travelling.
P full Muhammad Aslam
F age 54
L facility Data Darbar
L city Anarkali
F money Rs1,200
F money Rs2,000
> “My eyes burn from morning to night. The government says ‘stay at home’, but who will feed my four children if I stay at home?” he asked.
Q direct Muhammad Aslam :: “My eyes burn from morning to night. The government says ‘stay at home’, but who will feed my four children if I stay at home?”
F number four
> A senior EPD official, speaking on condition of anonymity, said the province had spent Rs3.5 billion on anti-smog measures since 2038 but that “the real fix is across the border and in our own fields”.
O government EPD
F money Rs3.5 billion
F date 2038
Q direct - :: “the real fix is across the border and in our own fields”
> Lahore has topped global pollution rankings on at least 11 days this month, deep into the city’s so-called “fifth season”.
L city Lahore
F duration 11 days
Q scare - :: “fifth season”
'''

ARTICLES['1637-beavers-released-borrowdale-lake-district-keswick-natural-england-guardian'] = r'''
> Wildlife
> Beavers return to the Lake District after 400 years as first family released in Borrowdale
L region Lake District
F duration 400 years
L geo Borrowdale
> Natural England licence allows up to six animals on 180-hectare site, but some Keswick farmers fear flooded fields
O government Natural England
F number six
F quantity 180-hectare
L city Keswick
> Helen Marsden Environment correspondent
P full Helen Marsden
> Thu 12 Apr 2040 14.30 BST
F date 12 Apr 2040
F time 14.30 BST
> One of the beavers released on Thursday near Rosthwaite. Photograph: Owen Pritchard/The Guardian
L city Rosthwaite
P full Owen Pritchard
O media The Guardian
> A family of four Eurasian beavers has been released into a wooded valley in the Lake District, the first time the animals have lived wild in Cumbria since they were hunted out of England in the 16th century.
F number four
L region Lake District
L region Cumbria
L country England
> The two adults and two kits, brought from the Tay catchment in Scotland, were let out on Thursday morning into a fenced-off stretch of Stonethwaite Beck, a tributary of the River Derwent, under a licence issued by Natural England.
F number two
F number two
L geo Tay
L country Scotland
L geo Stonethwaite Beck
L geo River Derwent
O government Natural England
> The licence covers 180 hectares of woodland and allows up to six animals for five years, after which the fence at the lower end of the site, about 1.5 metres high and 900 metres long, is due to come down.
F quantity 180 hectares
F number six
F duration five years
F quantity 1.5 metres
F quantity 900 metres
> Natural England’s senior officer for the project, Ruth Ellery, said the release was “a careful first step, not a free-for-all”. She added: “We have spent three years talking to every landowner in this valley. If a dam causes trouble, we have the power to move it, and we will.”
O government Natural England
P full Ruth Ellery
Q direct Ruth Ellery :: “a careful first step, not a free-for-all”
Q direct Ruth Ellery :: “We have spent three years talking to every landowner in this valley. If a dam causes trouble, we have the power to move it, and we will.”
F duration three years
> Not everyone is convinced. Alan Birkett, 63, who farms 240 acres of grazing land between Grange and Keswick, said his lower fields already flooded “twice a winter” when the Derwent was high.
P full Alan Birkett
F age 63
F quantity 240 acres
L city Grange
L city Keswick
Q direct Alan Birkett :: “twice a winter”
L geo Derwent
> “They tell me the beavers will hold water back and slow the floods. Maybe. But I’ve heard ‘trust us’ from people in offices in York before,” he said. “When it goes wrong it’s my sheep standing in it, not theirs.”
Q direct Alan Birkett :: “They tell me the beavers will hold water back and slow the floods. Maybe. But I’ve heard ‘trust us’ from people in offices in York before,”
L city York
Q direct Alan Birkett :: “When it goes wrong it’s my sheep standing in it, not theirs.”
> Birkett’s farm lies about 3km downstream of the release site. He said he wanted a written promise of compensation before the fence was removed in 2045.
P partial Birkett
F quantity 3km
F date 2045
> The Cumbria Wildlife Trust, which will monitor the animals with the National Trust, called the release “a historic day for the Lakes” and said it had raised £310,000 from members to fund the work. A spokesperson for the trust said volunteers would check camera traps at 22 points along the beck every week.
O nonprofit Cumbria Wildlife Trust
O nonprofit National Trust
Q direct Cumbria Wildlife Trust :: “a historic day for the Lakes”
L region Lakes
F money £310,000
F number 22
> Dr Tomasz Wróbel, an ecologist at Lancaster University who has studied beaver sites in Devon and Scotland for more than a decade, said the animals could raise water levels along the beck by 20cm to 50cm within two years.
P full Tomasz Wróbel
O education Lancaster University
L region Devon
L country Scotland
F quantity 20cm
F quantity 50cm
F duration two years
> “Beavers are very good engineers and very bad at reading maps,” he said. “On the River Otter, a single family built 13 dams in the first 18 months. Eleven were harmless. Two were not.
Q direct Tomasz Wróbel :: “Beavers are very good engineers and very bad at reading maps,”
Q direct Tomasz Wróbel :: “On the River Otter, a single family built 13 dams in the first 18 months. Eleven were harmless. Two were not.
L geo River Otter
F number 13
F duration 18 months
F number Eleven
F number Two
> “So the question is not whether there will be conflict with farmers, but whether there is money and a plan to deal with it quickly.”
Q direct Tomasz Wróbel :: “So the question is not whether there will be conflict with farmers, but whether there is money and a plan to deal with it quickly.”
> Beavers were recognised as a native species in England in 2022, and wild releases have been licensed since 2025. About 40% of the cost of the Borrowdale scheme is met by a grant from the Department for Environment, Food and Rural Affairs (Defra).
L country England
F date 2022
F date 2025
F percent 40%
L geo Borrowdale
O government Department for Environment, Food and Rural Affairs
O government Defra
> A local guesthouse owner, who did not want to be named, was more blunt: “Half of Keswick will be up there with binoculars by the weekend. The other half will be checking their insurance.”
Q direct - :: “Half of Keswick will be up there with binoculars by the weekend. The other half will be checking their insurance.”
F fraction Half
L city Keswick
F fraction half
'''

ARTICLES['1638-verdi-public-transport-strike-frankfurt-buses-trams-germany-dw'] = r'''
> Business
> Germany: Verdi strike halts buses and trams in 80 cities
L country Germany
O nonprofit Verdi
F number 80
> Millions of commuters across Germany faced a 48-hour walkout by public transport workers on Thursday. The Verdi union wants 9.5% more pay, the employers say they cannot afford it.
L country Germany
F duration 48-hour
O nonprofit Verdi
F percent 9.5%
> Jonas Brückner
P full Jonas Brückner
> 02/22/2043
F date 02/22/2043
> Commuters wait for a replacement bus at Frankfurt's Konstablerwache station on Thursday morning. Image: Sabine Wendt/dpa/picture alliance
L city Frankfurt
L facility Konstablerwache
P full Sabine Wendt
O media dpa
O media picture alliance
> Buses, trams and underground trains stood still in more than 80 German cities on Thursday as the services union Verdi began a 48-hour strike that is due to end at 3 a.m. on Saturday.
F number 80
O nonprofit Verdi
F duration 48-hour
F time 3 a.m.
> In Berlin, the BVG transport company said none of its 9 U-Bahn lines were running. In Hamburg, Munich and Cologne, operators said around 90% of bus services had been cancelled. About 130,000 people work in municipal transport in Germany.
L city Berlin
O company BVG
F number 9
L city Hamburg
L city Munich
L city Cologne
F percent 90%
F number 130,000
L country Germany
> Verdi is asking for a raise of 9.5%, or at least €420 a month, over a 12-month contract. The municipal employers' association VKA has offered 5.1% spread over 27 months.
O nonprofit Verdi
F percent 9.5%
F money €420
F duration 12-month
O nonprofit VKA
F percent 5.1%
F duration 27 months
> Union warns of escalation
> Verdi's deputy chair Katrin Albers told DW the strike was "the last warning before a real escalation." She said drivers in cities like Leipzig and Dortmund were working shifts of up to 12 hours and quitting faster than they could be replaced.
O nonprofit Verdi
P full Katrin Albers
O media DW
Q direct Katrin Albers :: "the last warning before a real escalation."
L city Leipzig
L city Dortmund
F duration 12 hours
> "We have 6,000 vacant driver posts in this country. Nobody is striking for fun," Albers said. "If the employers keep saying 'no money,' they will soon have no drivers either."
Q direct Katrin Albers :: "We have 6,000 vacant driver posts in this country. Nobody is striking for fun,"
F number 6,000
P partial Albers
Q direct Katrin Albers :: "If the employers keep saying 'no money,' they will soon have no drivers either."
> Regional trains keep running
> Deutsche Bahn (DB) is not part of the dispute, and its S-Bahn and regional trains were running. In a statement, Deutsche Bahn said it had added 14 extra trains on the busiest routes into Frankfurt and Munich and urged passengers to allow "considerably more time."
O company Deutsche Bahn
O company DB
O company Deutsche Bahn
F number 14
L city Frankfurt
L city Munich
Q direct Deutsche Bahn :: "considerably more time."
> "Our trains will be very full between 6 a.m. and 9 a.m.," a DB spokesperson said.
Q direct - :: "Our trains will be very full between 6 a.m. and 9 a.m.,"
F time 6 a.m.
F time 9 a.m.
O company DB
> In Frankfurt, where the local operator VGF cancelled all 1,100 of its scheduled tram and subway departures, Mehmet Yıldız, 38, was waiting for a train at the main station after walking 4 kilometers from Bornheim.
L city Frankfurt
O company VGF
F number 1,100
P full Mehmet Yıldız
F age 38
F quantity 4 kilometers
L city Bornheim
> "I understand the drivers. My brother drives a bus in Offenbach," said Yıldız, who works at a bank in the financial district. "But two days is a lot. I lose a morning's work each time."
Q direct Mehmet Yıldız :: "I understand the drivers. My brother drives a bus in Offenbach,"
L city Offenbach
P partial Yıldız
Q direct Mehmet Yıldız :: "But two days is a lot. I lose a morning's work each time."
F duration two days
> Minister calls for talks
> Federal Transport Minister Lorenz Habicht called on both sides to return to the table before the next round of talks in Potsdam on March 9. "A country that wants people to leave the car at home cannot have its buses standing in the depot," he told reporters in Berlin.
P full Lorenz Habicht
L city Potsdam
F date March 9
Q direct Lorenz Habicht :: "A country that wants people to leave the car at home cannot have its buses standing in the depot,"
L city Berlin
> Habicht said the federal government would not intervene in wage talks, which are a matter for unions and employers under Germany's constitution. The German Economic Institute (IW) estimates that each strike day costs the economy about €150 million.
P partial Habicht
L country Germany
O nonprofit German Economic Institute
O nonprofit IW
F money €150 million
> It is the third walkout in local transport since January 2043. Verdi has not ruled out an open-ended strike if the talks fail, a step it last took in 2041.
F date January 2043
O nonprofit Verdi
F date 2041
> Edited by: Anke Lorenz
P full Anke Lorenz
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
