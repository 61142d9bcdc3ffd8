#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval147 (NNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval147/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['925-weekly-johannesburg-flight-cut-fortnightly-st-helena-airport-councillors-st-helena-independent'] = r'''
> News
> Weekly Johannesburg Flight to Be Cut to Fortnightly From June
L city Johannesburg
> Councillors told £700,000 subsidy gap cannot be closed as Namaqua Air trims St Helena service over the winter
F money £700,000
O company Namaqua Air
L region St Helena
> By Kerry-Ann Yon
P full Kerry-Ann Yon
> Friday 18 March 2039
F date 18 March 2039
> Passengers board the Saturday flight at St Helena Airport on 12 March. Photo: Marcus Crowie
L facility St Helena Airport
F date 12 March
P full Marcus Crowie
> THE weekly flight between Johannesburg and St Helena will run only every other Saturday from 25 June to 24 September, after the Johannesburg-based carrier Namaqua Air told the St Helena Government (SHG) that the route loses more than £60,000 a month in the southern winter.
L city Johannesburg
L region St Helena
F date 25 June
F date 24 September
L city Johannesburg
O company Namaqua Air
O government St Helena Government
O government SHG
F money £60,000
> The change, announced to the Legislative Council in Jamestown on Tuesday, leaves the island with seven return flights over the 14 weeks of the low season instead of 14. It is the first cut to the service since scheduled flights began in October 2017.
O government Legislative Council
L city Jamestown
F number seven
F duration 14 weeks
F number 14
F date October 2017
> Councillor Rhona Peters, who chairs the Economic Development Committee, said SHG had offered to raise its annual underwriting payment from £2.4m to £2.75m, but the airline had asked for £3.45m. “We went as far as the budget allows. The gap is about £700,000 a year, and that is money we would have to take from health or from roads,” she said.
P full Rhona Peters
O government Economic Development Committee
O government SHG
F money £2.4m
F money £2.75m
F money £3.45m
Q direct Rhona Peters :: “We went as far as the budget allows. The gap is about £700,000 a year, and that is money we would have to take from health or from roads,”
F money £700,000
> “Nobody in this chamber wants to see the island cut off. But people keep telling me ‘just put more money in’, and I have to ask them: from where?
Q direct Rhona Peters :: “Nobody in this chamber wants to see the island cut off. But people keep telling me ‘just put more money in’, and I have to ask them: from where?
> “We will go back to Namaqua Air before the summer timetable is agreed in August,” Councillor Peters added.
Q direct Rhona Peters :: “We will go back to Namaqua Air before the summer timetable is agreed in August,”
O company Namaqua Air
P partial Peters
> In a statement, Namaqua Air said winter bookings had averaged 41 passengers a flight last year on a 98-seat Embraer jet, and that it could not “keep flying half-empty aircraft into the South Atlantic” without a larger guarantee.
O company Namaqua Air
F number 41
F number 98
O company Embraer
Q direct Namaqua Air :: “keep flying half-empty aircraft into the South Atlantic”
L geo South Atlantic
> At Half Tree Hollow, Marlene Stevens, 58, who runs a four-room guesthouse, said three bookings for July had already been cancelled. “Visitors come for a week. If the next flight is a fortnight away, they just go to Namibia instead,” she said.
L city Half Tree Hollow
P full Marlene Stevens
F age 58
F number four
F number three
Q direct Marlene Stevens :: “Visitors come for a week. If the next flight is a fortnight away, they just go to Namibia instead,”
L country Namibia
> Patients will feel the change too. About 120 islanders a year are flown to South Africa for treatment not available at the General Hospital in Jamestown. A senior SHG health official, who asked not to be named, said referrals would now be “planned around the flight calendar”, and that emergencies would still go by air ambulance.
F number 120
L country South Africa
O government General Hospital
L city Jamestown
O government SHG
Q direct - :: “planned around the flight calendar”
> Enterprise St Helena (ESH), the island’s development agency, said visitor numbers rose 11 per cent to 3,960 in 2038 and that the cut “undoes two years of work”. ESH chief executive Dion Henry said the agency would ask London to help cover the winter gap.
O government Enterprise St Helena
O government ESH
F percent 11 per cent
F number 3,960
F date 2038
Q direct Enterprise St Helena :: “undoes two years of work”
F duration two years
O government ESH
P full Dion Henry
L city London
> Under the winter timetable the flight will leave O.R. Tambo International Airport at 9.45am, stop in Windhoek and land on Prosperous Bay Plain at 1.45pm local time, a journey of about six hours. The return fare stays at £1,180.
L facility O.R. Tambo International Airport
F time 9.45am
L city Windhoek
L geo Prosperous Bay Plain
F time 1.45pm
F duration six hours
F money £1,180
> Weekly flights are due to resume on 1 October. Councillors will return to the agreement at the Legislative Council’s next sitting on 2 May.
F date 1 October
O government Legislative Council
F date 2 May
'''

ARTICLES['926-inter-island-ferry-replacement-14-8m-new-haven-port-howard-mlas-fig-penguin-news'] = r'''
> News
> Ferry replacement bill rises to £14.8 million as MLAs weigh their options
F money £14.8 million
> West Falkland farmers fear long waits to cross the Sound if the new vessel arrives after 2042
L geo West Falkland
L geo Sound
F date 2042
> By Fiona Berntsen
P full Fiona Berntsen
> 13 April 2040
F date 13 April 2040
> The ferry Concordia Bay alongside at New Haven on Tuesday. Photo: Lewis Goss
L city New Haven
P full Lewis Goss
> THE cost of replacing the inter-island ferry has risen to £14.8 million, almost £4 million more than the Falkland Islands Government (FIG) set aside in 2038, Members of the Legislative Assembly were told on Wednesday.
F money £14.8 million
F money £4 million
O government Falkland Islands Government
O government FIG
F date 2038
O government Legislative Assembly
> The figure, from a tender evaluation presented to the Standing Finance Committee, covers a 48-metre roll-on roll-off vessel able to carry 14 vehicles and 110 tonnes of cargo, and new ramps at New Haven on East Falkland and Port Howard on West Falkland.
O government Standing Finance Committee
F quantity 48-metre
F number 14
F quantity 110 tonnes
L city New Haven
L geo East Falkland
L city Port Howard
L geo West Falkland
> The present ferry makes the 90-minute crossing of Falkland Sound up to 12 times a week. Last year it carried 6,400 tonnes of freight and 9,150 passengers, and FIG has said it must be retired by the end of 2042.
F duration 90-minute
L geo Falkland Sound
F number 12
F quantity 6,400 tonnes
F number 9,150
O government FIG
F date 2042
> MLA Gavin McKay, who chairs the committee, said the Assembly had "no real choice" but to find the extra money. "If that boat stops, the West stops. Every bale of wool coming in and every drum of fuel going out to Camp crosses the Sound," he said.
P full Gavin McKay
O government Assembly
Q direct Gavin McKay :: "no real choice"
Q direct Gavin McKay :: "If that boat stops, the West stops. Every bale of wool coming in and every drum of fuel going out to Camp crosses the Sound,"
L region West
L region Camp
L geo Sound
> "I would rather pay £14.8 million now than £20 million in three years' time. We have been told yard prices are going up 6 to 8 per cent a year.
Q direct Gavin McKay :: "I would rather pay £14.8 million now than £20 million in three years' time. We have been told yard prices are going up 6 to 8 per cent a year.
F money £14.8 million
F money £20 million
F duration three years
F percent 6
F percent 8 per cent
> "The money is in the fisheries reserve. That is what the reserve is for."
Q direct Gavin McKay :: "The money is in the fisheries reserve. That is what the reserve is for."
> MLA Janice Alazia-Betts said she supported a new ferry but that the two shortlisted bids were "miles apart" and no contract should be signed until an independent surveyor had checked the design. "We were told £11 million in 2038. Now it is nearly 15. Somebody needs to explain the difference," she told Penguin News.
P full Janice Alazia-Betts
F number two
Q direct Janice Alazia-Betts :: "miles apart"
Q direct Janice Alazia-Betts :: "We were told £11 million in 2038. Now it is nearly 15. Somebody needs to explain the difference,"
F money £11 million
F date 2038
F money 15
O media Penguin News
> In a statement, FIG said the rise reflected higher steel prices and the cost of delivering the vessel 8,000 miles from the builder's yard. It said the extra money would come from fishing licence income rather than borrowing, and that it remained "fully committed to a reliable link between the two main islands". Squid licences brought in £31.6 million in 2039, 4 per cent less than the year before.
O government FIG
F quantity 8,000 miles
Q direct Falkland Islands Government :: "fully committed to a reliable link between the two main islands"
F number two
F money £31.6 million
F date 2039
F percent 4 per cent
> At Fox Bay, sheep farmer Ewan Summers, 63, said farms on the West already waited up to a fortnight for space on the ferry at shearing time. "If the new boat is late, we're looking at another season of the old one breaking down," he said. Last December the ferry was out of service for 11 days with a gearbox fault.
L city Fox Bay
P full Ewan Summers
F age 63
L region West
Q direct Ewan Summers :: "If the new boat is late, we're looking at another season of the old one breaking down,"
F duration 11 days
> A Stanley-based marine engineer who has worked on the ferry, and who asked not to be named, called the 2042 date "optimistic at best" for a ship that has not yet been ordered.
L city Stanley
F date 2042
Q direct - :: "optimistic at best"
> The Standing Finance Committee will make its recommendation to the Legislative Assembly on 30 April. If approved, a contract could be signed by the end of June and the vessel delivered within 18 to 24 months.
O government Standing Finance Committee
O government Legislative Assembly
F date 30 April
F duration 18
F duration 24 months
'''

ARTICLES['927-connacht-edinburgh-28-25-urc-dexcom-stadium-galway-o-fearghail-scorers-rte-sport'] = r'''
> Rugby
> Ó Fearghail double helps Connacht edge Edinburgh in Galway thriller
P partial Ó Fearghail
O team Connacht
O team Edinburgh
L city Galway
> Late Mulcahy try seals 28-25 win and lifts the westerners back into the URC play-off places
P partial Mulcahy
F score 28-25
O other URC
> By Eoghan Mac Cárthaigh
P full Eoghan Mac Cárthaigh
> Friday 23 Mar 2040 21:52
F date 23 Mar 2040
F time 21:52
> Cathal Ó Fearghail crosses for his second try at Dexcom Stadium ©INPHO/Ciara Heffernan
P full Cathal Ó Fearghail
L facility Dexcom Stadium
O media INPHO
P full Ciara Heffernan
> Seán Mulcahy’s try two minutes from time gave Connacht a 28-25 victory over Edinburgh at a rain-soaked Dexcom Stadium on Friday night and moved Pádraig Kerins’ side back into the top eight of the United Rugby Championship.
P full Seán Mulcahy
F duration two minutes
O team Connacht
F score 28-25
O team Edinburgh
L facility Dexcom Stadium
P full Pádraig Kerins
F number eight
O other United Rugby Championship
> Winger Cathal Ó Fearghail, 22, scored two tries for the hosts and out-half Rory Devane kicked 13 points, including a 45-metre penalty on 68 minutes that put Connacht five points clear.
P full Cathal Ó Fearghail
F age 22
F number two
P full Rory Devane
F number 13
F quantity 45-metre
F duration 68 minutes
O team Connacht
F number five
> Edinburgh, who led 15-10 at half-time through tries from Josateki Nayacalevu and captain Callum Drummond, hit back when replacement hooker Ruairidh MacLeòid barged over on 74 minutes. Jaco van der Westhuizen converted to make it 25-23, but the visitors could not hold out.
O team Edinburgh
F score 15-10
P full Josateki Nayacalevu
P full Callum Drummond
P full Ruairidh MacLeòid
F duration 74 minutes
P full Jaco van der Westhuizen
F score 25-23
> “I said to the lads at half-time, ‘Nobody is coming to save us, so go and do it yourselves,’ and they did,” Kerins said. “We were poor for 40 minutes. We gave away 11 penalties in the first half and you can’t do that against a side as good as Edinburgh.
Q direct Pádraig Kerins :: “I said to the lads at half-time, ‘Nobody is coming to save us, so go and do it yourselves,’ and they did,”
P partial Kerins
Q direct Pádraig Kerins :: “We were poor for 40 minutes. We gave away 11 penalties in the first half and you can’t do that against a side as good as Edinburgh.
F duration 40 minutes
F number 11
O team Edinburgh
> “But the character in the last 20 minutes was special. Seánie has waited all season for a moment like that.”
Q direct Pádraig Kerins :: “But the character in the last 20 minutes was special. Seánie has waited all season for a moment like that.”
F duration 20 minutes
P partial Seánie
> Mulcahy, who came off the bench on 51 minutes, said he barely saw the line. “Rory put it in a great spot and I just followed the ball. Honestly, I don’t remember landing,” the 27-year-old said.
P partial Mulcahy
F duration 51 minutes
Q direct Seán Mulcahy :: “Rory put it in a great spot and I just followed the ball. Honestly, I don’t remember landing,”
P partial Rory
F age 27-year-old
> Ó Fearghail, known around Galway as “the Greyhound”, now has nine tries in 14 appearances this season, two more than anyone else in the league.
P partial Ó Fearghail
L city Galway
Q scare - :: “the Greyhound”
F number nine
F number 14
F number two
> Edinburgh head coach Gregor Lindsay said his side had been “naive” in the final quarter. He called the losing bonus point “scant consolation” and said Edinburgh would probably need to win both of their remaining away games, in Cardiff and Treviso, to stay in contention.
O team Edinburgh
P full Gregor Lindsay
Q direct Gregor Lindsay :: “naive”
Q direct Gregor Lindsay :: “scant consolation”
O team Edinburgh
L city Cardiff
L city Treviso
> Devane, who missed two kickable penalties before the break, said the win felt “massive” for a young squad that had lost four of its previous six games.
P partial Devane
F number two
Q direct Rory Devane :: “massive”
F number four
F number six
> A Connacht try was ruled out on 30 minutes, to loud boos from a crowd of 6,914. In a statement on Saturday, the URC said the television match official had been right to rule out the score for a forward pass, calling the evidence “conclusive”.
O team Connacht
F duration 30 minutes
F number 6,914
O other URC
Q direct United Rugby Championship :: “conclusive”
> The result leaves Connacht seventh on 44 points, one ahead of Ulster, with Edinburgh ninth on 41. Connacht host Benetton at 7.35pm on 6 April.
O team Connacht
F number 44
F number one
O team Ulster
O team Edinburgh
F number 41
O team Connacht
O team Benetton
F time 7.35pm
F date 6 April
> Scorers
> Connacht: Tries: Ó Fearghail 2, Mulcahy Cons: Devane 2 Pens: Devane 3
O team Connacht
P partial Ó Fearghail
F number 2
P partial Mulcahy
P partial Devane
F number 2
P partial Devane
F number 3
> Edinburgh: Tries: Nayacalevu, Drummond, MacLeòid Cons: Van der Westhuizen 2 Pens: Van der Westhuizen 2
O team Edinburgh
P partial Nayacalevu
P partial Drummond
P partial MacLeòid
P partial Van der Westhuizen
F number 2
P partial Van der Westhuizen
F number 2
> Half-time: Connacht 10 Edinburgh 15
O team Connacht
F score 10
O team Edinburgh
F score 15
> Referee: Luca Benedetti (FIR)
P full Luca Benedetti
O nonprofit FIR
> TMO: Elgan Rhys Owen (WRU)
P full Elgan Rhys Owen
O nonprofit WRU
> Attendance: 6,914
F number 6,914
'''

ARTICLES['928-chennai-metrowater-supply-cut-alternate-days-reservoirs-18-percent-mld-the-hindu'] = r'''
> Chennai
L city Chennai
> Metrowater cuts supply by 20% as lakes dip to 18% of capacity
O government Metrowater
F percent 20%
F percent 18%
> Piped water on alternate days in 11 zones from Monday; ₹48 crore set aside to hire more lorries
F number 11
F money ₹48 crore
> V. Nithya Rajan
P full V. Nithya Rajan
> Published - May 14, 2039 09:12 pm IST - CHENNAI
F date May 14, 2039
F time 09:12 pm IST
L city CHENNAI
> Residents fill pots from a Metrowater lorry at Velachery on Saturday. | Photo Credit: J. Akilan Kumar
O government Metrowater
L city Velachery
P full J. Akilan Kumar
> The Chennai Metropolitan Water Supply and Sewerage Board (CMWSSB) will cut piped supply to the city from 1,040 MLD (million litres a day) to 830 MLD from Monday (May 16, 2039), as storage in the five lakes that serve Chennai has fallen to 2.13 tmcft, or 18% of their combined capacity of 11.75 tmcft.
O government Chennai Metropolitan Water Supply and Sewerage Board
O government CMWSSB
F quantity 1,040 MLD
F quantity 830 MLD
F date May 16, 2039
F number five
L city Chennai
F quantity 2.13 tmcft
F percent 18%
F quantity 11.75 tmcft
> Supply will be reduced to alternate days in 11 of the city’s 15 zones, including Teynampet (Zone 9), Kodambakkam (Zone 10) and Adyar (Zone 13), officials said. Areas served by the desalination plants at Minjur and Nemmeli, which together produce 360 MLD, will continue to get water every day.
F number 11
F number 15
L city Teynampet
L region Zone 9
L city Kodambakkam
L region Zone 10
L city Adyar
L region Zone 13
L city Minjur
L city Nemmeli
F quantity 360 MLD
> CMWSSB Managing Director T.S. Anbuselvan said the northeast monsoon had brought 38% less rain than normal and that Krishna water due from Andhra Pradesh had not reached the Poondi reservoir. “We have about 105 days of water at the present rate of drawal if we do nothing,” he said. “With the cut, we can stretch it to the end of September.
O government CMWSSB
P full T.S. Anbuselvan
F percent 38%
L geo Krishna
L region Andhra Pradesh
L geo Poondi
Q direct T.S. Anbuselvan :: “We have about 105 days of water at the present rate of drawal if we do nothing,”
F duration 105 days
Q direct T.S. Anbuselvan :: “With the cut, we can stretch it to the end of September.
> “This is not 2019. We have desalination now, and no area will be left without water. But people must use it carefully.”
Q direct T.S. Anbuselvan :: “This is not 2019. We have desalination now, and no area will be left without water. But people must use it carefully.”
F date 2019
> Mr. Anbuselvan said the Board would review the schedule on June 30.
P partial Anbuselvan
O government Board
F date June 30
> To make up for the cut, Metrowater will raise lorry trips from 9,200 to 12,500 a day and has sanctioned ₹48 crore to hire 400 more 9,000-litre tankers till September. Residents booking a lorry online will pay ₹475, up from ₹400.
O government Metrowater
F number 9,200
F number 12,500
F money ₹48 crore
F number 400
F quantity 9,000-litre
F money ₹475
F money ₹400
> At Velachery, R. Meena, 46, said her street in Ward 178 got water for just 40 minutes on Friday. “They told us ‘water will come at 4 a.m.’, so we all sat outside with our pots. It came at 6.15 and stopped before seven,” she said.
L city Velachery
P full R. Meena
F age 46
L region Ward 178
F duration 40 minutes
Q direct R. Meena :: “They told us ‘water will come at 4 a.m.’, so we all sat outside with our pots. It came at 6.15 and stopped before seven,”
F time 4 a.m.
F time 6.15
F time seven
> Ward 178 councillor G. Anitha Selvi said she had asked for two extra lorries for the ward. A senior Metrowater engineer, who did not wish to be named, said pressure in the mains serving southern areas such as Perungudi and Sholinganallur was “barely enough to reach the first floor”, and that tail-end streets would be served by lorries.
L region Ward 178
P full G. Anitha Selvi
F number two
O government Metrowater
L city Perungudi
L city Sholinganallur
Q direct - :: “barely enough to reach the first floor”
> In a statement, the Greater Chennai Corporation (GCC) said it would desilt 210 temple tanks and open 1,500 more public taps, and it appealed to residents not to use motors to draw water from the mains, calling the practice “theft from your neighbour”.
O government Greater Chennai Corporation
O government GCC
F number 210
F number 1,500
Q direct Greater Chennai Corporation :: “theft from your neighbour”
> In July 2019, when the lakes ran almost dry, water was brought to the city by train from Jolarpettai, 216 km away, after what came to be called “Day Zero”.
F date July 2019
L city Jolarpettai
F quantity 216 km
Q scare - :: “Day Zero”
> Water Resources Department officials said Chembarambakkam held 0.91 tmcft and Puzhal 0.64 tmcft on Saturday, with Poondi, Cholavaram and the Kannankottai Thervoy Kandigai reservoir holding the rest. The Veeranam lake in Cuddalore district, which supplies 180 MLD, is expected to go dry by the first week of June.
O government Water Resources Department
L geo Chembarambakkam
F quantity 0.91 tmcft
L geo Puzhal
F quantity 0.64 tmcft
L geo Poondi
L geo Cholavaram
L geo Kannankottai Thervoy Kandigai
L geo Veeranam
L region Cuddalore
F quantity 180 MLD
'''

ARTICLES['929-edinburgh-fringe-reviews-pleasance-assembly-rooms-gilded-balloon-star-ratings-scotsman'] = r'''
> Culture
> Edinburgh Fringe reviews: a Motherwell stand-up, a Largs love story and a cabaret that runs out of songs
L city Motherwell
L city Largs
> Our critics give four stars to Ailsa Cairncross’s first solo hour, but a strong cast cannot rescue Seven Days in Largs
F number four
P full Ailsa Cairncross
> By Rhona Gilfillan
P full Rhona Gilfillan
> Published 19th Aug 2039, 16:45 BST
F date 19th Aug 2039
F time 16:45 BST
> Ailsa Cairncross in Motherwell Is Not a Personality at the Pleasance Courtyard. Picture: Calum Baird-Mowat
P full Ailsa Cairncross
L facility Pleasance Courtyard
P full Calum Baird-Mowat
> The Edinburgh Festival Fringe Society said on Thursday that 1.31 million tickets had been issued in the first 14 days, 3 per cent up on 2038, but warned that the average price had passed £15, calling that “a real worry for audiences and artists alike”.
O nonprofit Edinburgh Festival Fringe Society
F number 1.31 million
F duration 14 days
F percent 3 per cent
F date 2038
F money £15
Q direct Edinburgh Festival Fringe Society :: “a real worry for audiences and artists alike”
> Ailsa Cairncross: Motherwell Is Not a Personality ★★★★
P full Ailsa Cairncross
> Cairncross, 26, was a supermarket checkout worker until two years ago, and her debut hour is built on life at the till. The gags about customers who pay for £1.20 of milk with a £50 note are sharp, but the show takes off when she turns to her mother, a retired nurse who, she tells us, “thinks a carbon footprint is something you hoover”.
P partial Cairncross
F age 26
F duration two years
F money £1.20
F money £50
Q direct Ailsa Cairncross :: “thinks a carbon footprint is something you hoover”
> There is a lovely running bit about her so-called “Motherwell voice”, which drops an octave whenever she phones the council. “I sound like I’m about to repossess your car,” she says. At 55 minutes it is tight, warm and very funny.
Q scare - :: “Motherwell voice”
L city Motherwell
Q direct Ailsa Cairncross :: “I sound like I’m about to repossess your car,”
F duration 55 minutes
> Pleasance Courtyard, until 29 August (not 23), 7.40pm, £12-£14
L facility Pleasance Courtyard
F date 29 August
F date 23
F time 7.40pm
F money £12-£14
> Seven Days in Largs ★★
> Salt Road Theatre, the Aberdeen company behind the 2037 hit Dry Dock, has assembled a strong cast for this two-person drama about strangers who meet on the ferry to Cumbrae. Sadly the script, by Eilidh MacAskill-Boyd, never decides whether it is a comedy or a tragedy.
O other Salt Road Theatre
L city Aberdeen
F date 2037
F number two
L geo Cumbrae
P full Eilidh MacAskill-Boyd
> Gregor Ó Súilleabháin and Kirsty-Ann Oyelaran are both better than the material, and Ó Súilleabháin’s long speech about his late father’s boat is the best ten minutes of the night. But the twist, when his fellow passenger Moira (Oyelaran) admits she has been “married the whole time, to a man in Kilmarnock”, gets laughs it does not want.
P full Gregor Ó Súilleabháin
P full Kirsty-Ann Oyelaran
P partial Ó Súilleabháin
F duration ten minutes
P partial Moira
P partial Oyelaran
Q direct Moira :: “married the whole time, to a man in Kilmarnock”
L city Kilmarnock
> Assembly Rooms, until 28 August, 3.15pm, £15 (£13)
L facility Assembly Rooms
F date 28 August
F time 3.15pm
F money £15
F money £13
> Jean-Luc Desrosiers: Poutine Diplomacy ★★★
P full Jean-Luc Desrosiers
> The Montreal comic’s sixth Fringe show is a scrappy but likeable hour about moving to Glasgow in 2036 and discovering that nobody in Scotland wants to talk about ice hockey. His impression of a Partick bus driver explaining the 4A route is worth the £11 on its own, and a long riff on Canada’s health service goes down well with a crowd that is, he notes, “about 70 per cent nurses”.
L city Montreal
L city Glasgow
F date 2036
L country Scotland
L city Partick
F money £11
L country Canada
Q direct Jean-Luc Desrosiers :: “about 70 per cent nurses”
F percent 70 per cent
> Desrosiers, who also hosts a hockey podcast for CBC, needs a stronger ending, but 65 minutes in his company pass quickly.
P partial Desrosiers
O media CBC
F duration 65 minutes
> Gilded Balloon Teviot, until 29 August, 9.50pm, £11
L facility Gilded Balloon Teviot
F date 29 August
F time 9.50pm
F money £11
> The Unreliable Songbook ★★★
> Cabaret duo Mairi Lindqvist and Teodora Wiśniewska-Hay built a cult following at Summerhall in 2038 with their half-remembered versions of 1990s pop songs. This year they have bigger ambitions, a four-piece band and a budget that has clearly run out: three of the 12 numbers stop halfway through.
P full Mairi Lindqvist
P full Teodora Wiśniewska-Hay
L facility Summerhall
F date 2038
F date 1990s
F number four
F number three
F number 12
> Wiśniewska-Hay’s voice is the real thing, and her Polish-language verse of a Proclaimers classic is the highlight. Lindqvist, meanwhile, keeps telling the audience that “the second half is better”. It is, just.
P partial Wiśniewska-Hay
O other Proclaimers
P partial Lindqvist
Q direct Mairi Lindqvist :: “the second half is better”
> Underbelly Cowgate, until 28 August, 8pm, £16.50
L facility Underbelly Cowgate
F date 28 August
F time 8pm
F money £16.50
'''

ARTICLES['930-eu-grid-fund-fight-55bn-parliament-commission-frugals-mff-2042-politico-europe'] = r'''
> Energy
> Parliament and capitals clash over €55B grid fund
O government Parliament
F money €55B
> MEPs want to double the Commission’s offer for cross-border power lines. The Netherlands and its “frugal” allies say not a cent more.
O government Commission
L country Netherlands
Q scare - :: “frugal”
> By Annelies Vroomans and Dario Kostelac
P full Annelies Vroomans
P full Dario Kostelac
> March 14, 2040 4:02 pm CET
F date March 14, 2040
F time 4:02 pm CET
> Pylons near the Belgian-Dutch border at Zelzate. | Kris Van den Broeck/AFP via Getty Images
L city Zelzate
P full Kris Van den Broeck
O media AFP
O media Getty Images
> BRUSSELS — A fight over how much the EU should spend on cross-border power lines is turning into the first real test of the bloc’s next long-term budget, with the European Parliament demanding €55 billion and a group of net-paying countries led by the Netherlands refusing to go above €20 billion.
L city BRUSSELS
O intergovernmental EU
O government European Parliament
F money €55 billion
L country Netherlands
F money €20 billion
> The European Commission proposed €28 billion for a new European Grid Fund in December 2039 as part of its draft for the 2042-2048 budget, arguing that the EU’s 27 countries must at least double their cross-border capacity by 2050 to carry offshore wind power from the North Sea and solar power from the south.
O government European Commission
F money €28 billion
F date December 2039
F date 2042-2048
O intergovernmental EU
F number 27
F date 2050
L geo North Sea
> “Twenty-eight billion will not even connect the Iberian Peninsula properly,” said Portuguese MEP Beatriz Corte-Real Sousa (S&D), who is steering the file through Parliament’s industry committee. “Every big blackout of the last 10 years started at a border.”
Q direct Beatriz Corte-Real Sousa :: “Twenty-eight billion will not even connect the Iberian Peninsula properly,”
F money Twenty-eight billion
L geo Iberian Peninsula
P full Beatriz Corte-Real Sousa
O party S&D
O government Parliament
Q direct Beatriz Corte-Real Sousa :: “Every big blackout of the last 10 years started at a border.”
F duration 10 years
> In Parliament, the Socialists and Democrats, Renew Europe and the Greens back her figure. The Dutch government sees it differently. In a joint paper seen by POLITICO, the Netherlands, Sweden, Austria, Denmark and Finland said the fund should be capped at €20 billion and paid for by cutting “lower-value” farm spending rather than by raising national contributions.
O government Parliament
O party Socialists and Democrats
O party Renew Europe
O party Greens
O media POLITICO
L country Netherlands
L country Sweden
L country Austria
L country Denmark
L country Finland
F money €20 billion
Q direct - :: “lower-value”
> “The message from The Hague has not changed since December: ‘not a cent more,’” said one EU diplomat, who was granted anonymity to discuss closed-door talks. “Nobody in the Council wants to be the first to say yes.”
Q direct - :: “The message from The Hague has not changed since December: ‘not a cent more,’”
L city The Hague
O intergovernmental EU
Q direct - :: “Nobody in the Council wants to be the first to say yes.”
O intergovernmental Council
> Spain, Portugal, France and Poland back the higher figure, and Berlin has signaled it could live with about €35 billion if the money goes to projects already on the Commission’s list. A German official said the government wanted a deal “before the summer, not after it.”
L country Spain
L country Portugal
L country France
L country Poland
L city Berlin
F money €35 billion
O government Commission
Q direct - :: “before the summer, not after it.”
> The center-right European People’s Party (EPP), the largest group in the 720-member Parliament, is split. Polish MEP Małgorzata Żółkiewska-Nowak (EPP) backs the higher figure, while German MEP Henrik von Albrecht (EPP) warned in a committee debate on Tuesday that Parliament risked “pricing itself out of the negotiation.”
O party European People’s Party
O party EPP
F number 720
O government Parliament
P full Małgorzata Żółkiewska-Nowak
O party EPP
P full Henrik von Albrecht
O party EPP
O government Parliament
Q direct Henrik von Albrecht :: “pricing itself out of the negotiation.”
> Von Albrecht said a figure between €35 billion and €40 billion was “realistic,” adding: “We can shout for €55 billion and get €20 billion, or we can ask for 40 and get 35.”
P partial Von Albrecht
F money €35 billion
F money €40 billion
Q direct Henrik von Albrecht :: “realistic,”
Q direct Henrik von Albrecht :: “We can shout for €55 billion and get €20 billion, or we can ask for 40 and get 35.”
F money €55 billion
F money €20 billion
F money 40
F money 35
> In a written reply, the Commission said it “stands by its proposal,” which it estimates would raise cross-border capacity by 38 percent and save consumers up to €9 billion a year in balancing costs.
O government Commission
Q direct European Commission :: “stands by its proposal,”
F percent 38 percent
F money €9 billion
> Parliament’s industry committee votes on Corte-Real Sousa’s report on April 2, and the full house is expected to back it in Strasbourg later that month. EU leaders will discuss the budget at a two-day summit on June 28-29, but diplomats say a final deal is unlikely before 2041.
O government Parliament
P partial Corte-Real Sousa
F date April 2
L city Strasbourg
O intergovernmental EU
F duration two-day
F date June 28-29
F date 2041
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
