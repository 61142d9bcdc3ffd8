#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval288 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval288/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1771-sheffield-supertram-stocksbridge-extension-consultation-hillsborough-yorkshire-post'] = r'''
> Transport
> ‘We’ve waited 40 years for this’: Supertram extension to Stocksbridge goes out to consultation
Q direct Maureen Oxspring :: ‘We’ve waited 40 years for this’
F duration 40 years
L city Stocksbridge
> A £1.1bn plan would carry trams 6.5 miles up the Don Valley from Malin Bridge, with nine new stops and a 22-minute ride into Sheffield city centre
F money £1.1bn
F quantity 6.5 miles
L geo Don Valley
L facility Malin Bridge
F number nine
F duration 22-minute
L city Sheffield
> By Harriet Ackroyd
P full Harriet Ackroyd
> Published 12th Mar 2041, 06:00 GMT
F date 12th Mar 2041
F time 06:00 GMT
> A tram waits at the Malin Bridge terminus in Hillsborough, where the proposed line to Stocksbridge would begin. Picture: Dean Atkinson-Reeve
L facility Malin Bridge
L city Hillsborough
L city Stocksbridge
P full Dean Atkinson-Reeve
> Families in Stocksbridge and Deepcar could be riding a tram into Sheffield by 2044 under plans published yesterday for a six-week public consultation on extending Supertram up the Don Valley.
L city Stocksbridge
L city Deepcar
L city Sheffield
F date 2044
F duration six-week
L geo Don Valley
> The South Yorkshire Mayoral Combined Authority (SYMCA) wants to run the line 6.5 miles from the current terminus at Malin Bridge through Wadsley Bridge, Oughtibridge and Wharncliffe Side, much of it on the trackbed of the former Woodhead line, which closed to passengers in 1970. There would be nine new stops.
O government South Yorkshire Mayoral Combined Authority
O government SYMCA
F quantity 6.5 miles
L facility Malin Bridge
L city Wadsley Bridge
L city Oughtibridge
L city Wharncliffe Side
L facility Woodhead
F date 1970
F number nine
> South Yorkshire’s mayor, Nadia Kershaw-Bell, said the scheme would connect about 31,000 people in the north-west of the city with jobs, colleges and hospitals. “For too long Stocksbridge has been the end of the line for everything except the bus,” she said. “This is our chance to put it back on the map.”
L region South Yorkshire
P full Nadia Kershaw-Bell
F number 31,000
Q direct Nadia Kershaw-Bell :: “For too long Stocksbridge has been the end of the line for everything except the bus,”
L city Stocksbridge
Q direct Nadia Kershaw-Bell :: “This is our chance to put it back on the map.”
> The SYMCA puts the cost at £1.1bn, of which £780m would come from the Government’s transport settlement for city regions and the rest from local borrowing. Trams would run every 10 minutes from 6am until midnight, taking 22 minutes from Stocksbridge to the Cathedral stop in the city centre.
O government SYMCA
F money £1.1bn
F money £780m
O government Government
F duration 10 minutes
F time 6am
F duration 22 minutes
L city Stocksbridge
L facility Cathedral
> On Middlewood Road in Hillsborough, where trams already run, Maureen Oxspring, 63, who has kept a hardware shop there for 27 years, said she backed the plan but dreaded another two years of roadworks.
L street Middlewood Road
L city Hillsborough
P full Maureen Oxspring
F age 63
F duration 27 years
F duration two years
> “We’ve waited 40 years for this, and I’ll be first on it,” Mrs Oxspring said. “But when they relaid the track here in 2039 my takings dropped by a third. I can’t do that again.”
Q direct Maureen Oxspring :: “We’ve waited 40 years for this, and I’ll be first on it,”
F duration 40 years
P partial Oxspring
Q direct Maureen Oxspring :: “But when they relaid the track here in 2039 my takings dropped by a third. I can’t do that again.”
F date 2039
F fraction a third
> Coun Imran Siddall, who chairs Sheffield City Council’s transport committee, said the council would press for the Wadsley Bridge stop to be moved closer to the Northern General Hospital, which he called “the biggest employer on the whole route”.
P full Imran Siddall
O government Sheffield City Council
L facility Wadsley Bridge
L facility Northern General Hospital
Q direct Imran Siddall :: “the biggest employer on the whole route”
> Not everyone is convinced by the numbers. “The forecast of 4.2 million trips a year assumes people give up their cars, and up the valley a lot of households have two,” said Dr Priya Rennison, a transport researcher at the University of Sheffield. “Half of the benefit in the business case comes from people switching.
Q direct Priya Rennison :: “The forecast of 4.2 million trips a year assumes people give up their cars, and up the valley a lot of households have two,”
F number 4.2 million
F number two
P full Priya Rennison
O education University of Sheffield
Q direct Priya Rennison :: “Half of the benefit in the business case comes from people switching.
F fraction Half
> “If fares are set at bus levels, it works. If they are not, the trams will run empty up the hill and the ‘tram to nowhere’ headlines will write themselves.”
Q direct Priya Rennison :: “If fares are set at bus levels, it works. If they are not, the trams will run empty up the hill and the ‘tram to nowhere’ headlines will write themselves.”
> A source at the combined authority, who asked not to be named, said the consultation was “largely a formality” on the route itself but genuinely open on where the stops should go.
Q direct - :: “largely a formality”
> The plan revives the so-called “Stocksbridge spur” first sketched by transport planners in the 1990s, when the original three Supertram lines were being built.
Q scare - :: “Stocksbridge spur”
L city Stocksbridge
F date 1990s
F number three
> The consultation closes at 5pm on 23rd April. Drop-in sessions will be held at Stocksbridge Library on Manchester Road and at Hillsborough Park, and the authority’s board is due to decide in September 2041.
F time 5pm
F date 23rd April
L facility Stocksbridge Library
L street Manchester Road
L facility Hillsborough Park
F date September 2041
'''

ARTICLES['1772-vallardi-milan-luxury-debut-bond-sale-basis-points-financial-times'] = r'''
> Luxury goods
> Vallardi draws €4bn of orders for debut bond as luxury houses turn to credit markets
O company Vallardi
F money €4bn
> Milanese fashion group raises €1.2bn at spreads of 135 to 165 basis points despite slowing Chinese demand
F money €1.2bn
F percent 135
F percent 165 basis points
> Lucia Ferrandi in Milan and Owen Pellworth in London
P full Lucia Ferrandi
L city Milan
P full Owen Pellworth
L city London
> Published March 19 2041
F date March 19 2041
> Vallardi’s flagship store on Via Montenapoleone in Milan. The family-controlled group had never borrowed in the bond market before © Giulia Marchetto/Bloomberg
O company Vallardi
L street Via Montenapoleone
L city Milan
P full Giulia Marchetto
O media Bloomberg
> Vallardi, the Milan-based maker of handbags and tailoring, has sold €1.2bn of bonds in its first trip to the debt markets, drawing orders of more than €4bn from investors hungry for a rare luxury name.
O company Vallardi
L city Milan
F money €1.2bn
F money €4bn
> The deal came in two parts: a €700mn five-year note with a coupon of 3.625 per cent and a €500mn 10-year bond paying 4.25 per cent. They priced at 135 basis points and 165bp over mid-swaps, about 30bp inside initial guidance, according to people familiar with the sale. Books closed at 11.30am London time.
F number two
F money €700mn
F duration five-year
F percent 3.625 per cent
F money €500mn
F duration 10-year
F percent 4.25 per cent
F percent 135 basis points
F percent 165bp
F percent 30bp
F time 11.30am
L city London
> “We wanted long-term owners for our debt as much as for our equity, and we found them,” said Margherita Scalvini, Vallardi’s chief financial officer. “The book was more than three times covered. For a first issue, that is a very clear message.”
Q direct Margherita Scalvini :: “We wanted long-term owners for our debt as much as for our equity, and we found them,”
P full Margherita Scalvini
O company Vallardi
Q direct Margherita Scalvini :: “The book was more than three times covered. For a first issue, that is a very clear message.”
F number three
> Scalvini said the proceeds would refinance a €900mn bank loan taken out in 2039 to buy the Florentine leather workshop Pelletteria Sarti, and pay for 40 new stores over the next three years, half of them in the US and the Gulf.
P partial Scalvini
F money €900mn
F date 2039
O company Pelletteria Sarti
F number 40
F duration three years
F fraction half
L country US
L region Gulf
> Vallardi’s sales rose 6 per cent to €3.4bn last year, but growth in China slowed to 2 per cent in the second half, and shares in its listed rivals in Paris have lost a fifth of their value since January.
O company Vallardi
F percent 6 per cent
F money €3.4bn
L country China
F percent 2 per cent
L city Paris
F fraction a fifth
> “Investors are paying up for scarcity,” said Konrad Albrecht-Weil, head of credit strategy at Mainhafen Bank in Frankfurt. “There are perhaps a dozen issuers in this sector. A new one with 24 per cent operating margins and modest leverage was always going to be oversubscribed. The question is whether the ‘quality premium’ survives the next downturn.”
Q direct Konrad Albrecht-Weil :: “Investors are paying up for scarcity,”
P full Konrad Albrecht-Weil
O company Mainhafen Bank
L city Frankfurt
Q direct Konrad Albrecht-Weil :: “There are perhaps a dozen issuers in this sector. A new one with 24 per cent operating margins and modest leverage was always going to be oversubscribed. The question is whether the ‘quality premium’ survives the next downturn.”
F number dozen
F percent 24 per cent
> “Pricing inside 150bp for the long end is rich,” he added.
Q direct Konrad Albrecht-Weil :: “Pricing inside 150bp for the long end is rich,”
F percent 150bp
> Hélène Marchetti-Roux, a credit analyst at Obélisque Partners in Paris, said the family’s control left bondholders with “very few protections” if the group later borrowed to fund a large acquisition. The bonds carry no change-of-control clause, she noted, and net debt will rise to 1.4 times earnings before interest, tax, depreciation and amortisation.
P full Hélène Marchetti-Roux
O company Obélisque Partners
L city Paris
Q direct Hélène Marchetti-Roux :: “very few protections”
F number 1.4
> A banker on the deal, who asked not to be named, said German and Swiss insurers had taken about a quarter of the 10-year tranche. “This was the cleanest book in the sector this year. Nobody had to be talked into it,” the banker said.
F fraction a quarter
F duration 10-year
Q direct - :: “This was the cleanest book in the sector this year. Nobody had to be talked into it,”
> Vallardi said in a statement that tapping the bond market was “a natural step for a company of our size” and that it had no plans to list its shares. The founding family, which opened its first shop on Corso Venezia in 1961, owns 92 per cent of the equity.
O company Vallardi
Q direct Vallardi :: “a natural step for a company of our size”
L street Corso Venezia
F date 1961
F percent 92 per cent
> Some analysts see the deal as a test of the so-called “Milan discount”, the gap in valuations between Italian luxury houses and their French rivals.
Q scare - :: “Milan discount”
L city Milan
> The bonds are due to settle on March 26 and will be listed on the Luxembourg Stock Exchange.
F date March 26
O company Luxembourg Stock Exchange
'''

ARTICLES['1773-canadiens-senators-shootout-laperriere-marchildon-bell-centre-the-athletic'] = r'''
> NHL
O other NHL
> Canadiens Edge Senators in Shootout as Laperrière Stops All Three Shooters
O team Canadiens
O team Senators
P partial Laperrière
F number Three
> Montreal trailed 2-0 after 20 minutes before Théo Marchildon scored twice on the power play to force overtime
O team Montreal
F score 2-0
F duration 20 minutes
P full Théo Marchildon
> By Élodie Brassard
P full Élodie Brassard
> Feb 9, 2043
F date Feb 9, 2043
> Canadiens goaltender Xavier Laperrière stops a shootout attempt at the Bell Centre on Saturday. (Mathieu Dufresne-Ouellet / NHLI via Getty Images)
O team Canadiens
P full Xavier Laperrière
L facility Bell Centre
P full Mathieu Dufresne-Ouellet
O other NHLI
O company Getty Images
> Xavier Laperrière faced 41 shots over 65 minutes on Saturday night. The three that mattered most came in the shootout, with 21,105 people on their feet at the Bell Centre.
P full Xavier Laperrière
F number 41
F duration 65 minutes
F number three
F number 21,105
L facility Bell Centre
> The Canadiens’ 23-year-old goaltender stopped Nils Ekwall, Brady Tennant and Rourke Lindqvist, and Marchildon slipped the only goal of the shootout between the pads of Matej Kolárik to give Montreal a 3-2 win over Ottawa.
O team Canadiens
F age 23-year-old
P full Nils Ekwall
P full Brady Tennant
P full Rourke Lindqvist
P partial Marchildon
P full Matej Kolárik
O team Montreal
F score 3-2
O team Ottawa
> It was Montreal’s fourth straight win of the 2042-43 season and lifted the Canadiens to 29-18-6, two points behind Boston for the last wild-card spot in the Eastern Conference. Ottawa (27-22-5) has lost three of its last four.
O team Montreal
F date 2042-43
O team Canadiens
F score 29-18-6
F number two
O team Boston
O other Eastern Conference
O team Ottawa
F score 27-22-5
F number three
F number four
> For 40 minutes it looked like a different story. The Senators scored twice on the power play in the first period — Tennant at 6:41 and Ekwall at 17:02 — and Kolárik turned away all 24 shots he faced through two periods.
F duration 40 minutes
O team Senators
P partial Tennant
F time 6:41
P partial Ekwall
F time 17:02
P partial Kolárik
F number 24
F number two
> “We gave them two power plays in the first and they made us pay both times,” Canadiens coach Denis Archambault said. “After that, I thought we were the better team for 45 minutes. Nobody panicked.”
Q direct Denis Archambault :: “We gave them two power plays in the first and they made us pay both times,”
F number two
O team Canadiens
P full Denis Archambault
Q direct Denis Archambault :: “After that, I thought we were the better team for 45 minutes. Nobody panicked.”
F duration 45 minutes
> Marchildon, 26, made it 2-1 at 4:15 of the third, one-timing a pass from Samuel Okereke-Tremblay on a 5-on-3, and tied it at 18:12 with another power-play goal after Lindqvist was called for hooking.
P partial Marchildon
F age 26
F score 2-1
F time 4:15
P full Samuel Okereke-Tremblay
F score 5-on-3
F time 18:12
P partial Lindqvist
> Neither side scored in the five-minute, three-on-three overtime, in which Laperrière made four of his 41 saves, two of them on Ekwall breakaways.
F duration five-minute
F score three-on-three
P partial Laperrière
F number four
F number 41
F number two
P partial Ekwall
> “In a shootout I just try to be boring,” Laperrière said. “My goalie coach in Chicoutimi always told me, ‘Make them beat you, don’t beat yourself,’ so I stayed on my feet and waited.
Q direct Xavier Laperrière :: “In a shootout I just try to be boring,”
P partial Laperrière
Q direct Xavier Laperrière :: “My goalie coach in Chicoutimi always told me, ‘Make them beat you, don’t beat yourself,’ so I stayed on my feet and waited.
L city Chicoutimi
> “Ekwall likes the backhand. I knew that. The other two, I was guessing.”
Q direct Xavier Laperrière :: “Ekwall likes the backhand. I knew that. The other two, I was guessing.”
P partial Ekwall
F number two
> Senators coach Ryan Kowalczyk said his team “stopped skating” after the second intermission. “You can’t take four minors in a building like this,” he said. “Forty shots against is not a recipe for anything.”
O team Senators
P full Ryan Kowalczyk
Q direct Ryan Kowalczyk :: “stopped skating”
Q direct Ryan Kowalczyk :: “You can’t take four minors in a building like this,”
F number four
Q direct Ryan Kowalczyk :: “Forty shots against is not a recipe for anything.”
F number Forty
> Montreal went 2 for 5 on the power play and Ottawa 2 for 4. Kolárik finished with 38 saves.
O team Montreal
F number 2
F number 5
O team Ottawa
F number 2
F number 4
P partial Kolárik
F number 38
> A scout for a Western Conference team, who was not authorized to speak publicly, said Laperrière was “the best young goalie nobody outside Quebec talks about.”
O other Western Conference
P partial Laperrière
Q direct - :: “the best young goalie nobody outside Quebec talks about.”
L region Quebec
> The top line that fans have taken to calling “the Bagel Line” was held without a point for the first time in 11 games.
Q scare - :: “the Bagel Line”
F number 11
> The Canadiens visit Toronto on Tuesday at 7 p.m. ET. The Senators host the Florida Panthers on Monday.
O team Canadiens
L city Toronto
F time 7 p.m. ET
O team Senators
O team Florida Panthers
'''

ARTICLES['1774-dubai-tram-al-barsha-extension-track-laying-complete-rta-gulf-news'] = r'''
> Transport
> Dubai Tram Extension to Al Barsha Completes Track-Laying, Trial Runs to Start in June
L city Al Barsha
> RTA says the 7.2km line with eight new stations is 78 per cent complete and within its Dh2.6 billion budget
O government RTA
F quantity 7.2km
F number eight
F percent 78 per cent
F money Dh2.6 billion
> Published: March 4, 2042 15:20
F date March 4, 2042
F time 15:20
> By Aisha Kuruvilla, Staff Reporter
P full Aisha Kuruvilla
> Workers weld the final section of rail near the Mall of the Emirates station on Monday. Image Credit: Ravi Menon-Joseph/Gulf News
L facility Mall of the Emirates
P full Ravi Menon-Joseph
O media Gulf News
> Dubai: The last rail of the Dubai Tram extension to Al Barsha was welded into place at 10.15am on Monday, completing track-laying on the 7.2km route 14 months after work began, the Roads and Transport Authority (RTA) said.
L city Dubai
L city Al Barsha
F time 10.15am
F quantity 7.2km
F duration 14 months
O government Roads and Transport Authority
O government RTA
> The extension branches off the existing line at Al Sufouh, runs along Umm Suqeim Street past the Mall of the Emirates and ends at Al Barsha South, with eight new stations. Trial runs start in June and passenger service in the fourth quarter of 2042.
L city Al Sufouh
L street Umm Suqeim Street
L facility Mall of the Emirates
L city Al Barsha South
F number eight
F date 2042
> "This is the moment a project stops being drawings and becomes a railway," said Eng. Hamad Rashid Al Zarooni, Director-General of the RTA. "We expect 46,000 passengers a day in the first year, rising to 70,000 by 2047."
Q direct Hamad Rashid Al Zarooni :: "This is the moment a project stops being drawings and becomes a railway,"
P full Hamad Rashid Al Zarooni
O government RTA
Q direct Hamad Rashid Al Zarooni :: "We expect 46,000 passengers a day in the first year, rising to 70,000 by 2047."
F number 46,000
F number 70,000
F date 2047
> Al Zarooni said the work was 78 per cent complete and within budget. A trip from Al Barsha to Dubai Marina, 35 minutes or more by road at rush hour, will take 19 minutes. "Families in Al Barsha will be a single tram ride from the beach," he said.
P partial Al Zarooni
F percent 78 per cent
L city Al Barsha
L city Dubai Marina
F duration 35 minutes
F duration 19 minutes
Q direct Hamad Rashid Al Zarooni :: "Families in Al Barsha will be a single tram ride from the beach,"
L city Al Barsha
> The work was done by a joint venture of Dubai-based Qasr Rail Engineering and Portugal's Ferrovia Atlântica, which had up to 1,100 workers on site at the peak.
L city Dubai
O company Qasr Rail Engineering
L country Portugal
O company Ferrovia Atlântica
F number 1,100
> "We worked nights through the summer, when it was still 36 degrees at 2am," said Joaquim Pestana Neves, the joint venture's project director. "The residents would stop us and ask, 'When will the noise stop?' Now we can give them a date."
Q direct Joaquim Pestana Neves :: "We worked nights through the summer, when it was still 36 degrees at 2am,"
F quantity 36 degrees
F time 2am
P full Joaquim Pestana Neves
Q direct Joaquim Pestana Neves :: "The residents would stop us and ask, 'When will the noise stop?' Now we can give them a date."
> Pestana Neves said 4,600 tonnes of rail and more than 9,000 sleepers had been laid, and that two of the eight stations still needed their platform screen doors.
P partial Pestana Neves
F quantity 4,600 tonnes
F number 9,000
F number two
F number eight
> Rania Sabbagh, 41, who lives in Al Barsha 2 and works in Dubai Internet City, said she spends Dh900 a month on taxis. "If the tram comes to my door, I can sell the second car," she said. "My husband says I will miss it. I won't."
P full Rania Sabbagh
F age 41
L city Al Barsha 2
L city Dubai Internet City
F money Dh900
Q direct Rania Sabbagh :: "If the tram comes to my door, I can sell the second car,"
Q direct Rania Sabbagh :: "My husband says I will miss it. I won't."
> Developers have started marketing flats near the new stations for the so-called "tram premium".
Q scare - :: "tram premium"
> Dr Omar Farouk Qasimi, an economist at the Dubai consultancy Khor Advisory, agreed. "Rents within 500 metres of a tram stop in the Marina rose 12 to 15 per cent in the two years after the first line opened in 2014," he said.
P full Omar Farouk Qasimi
L city Dubai
O company Khor Advisory
Q direct Omar Farouk Qasimi :: "Rents within 500 metres of a tram stop in the Marina rose 12 to 15 per cent in the two years after the first line opened in 2014,"
F quantity 500 metres
L city Marina
F percent 12
F percent 15 per cent
F duration two years
F date 2014
> "I expect something similar in Al Barsha, which is good for landlords and less good for the people the tram is meant to serve."
Q direct Omar Farouk Qasimi :: "I expect something similar in Al Barsha, which is good for landlords and less good for the people the tram is meant to serve."
L city Al Barsha
> The RTA said in a statement that trams would run every eight minutes at peak and that fares would be "the same as on the existing network". An RTA official, speaking on condition of anonymity, said the Al Barsha South station was "a few weeks behind" because of diversions.
O government RTA
F duration eight minutes
Q direct Roads and Transport Authority :: "the same as on the existing network"
O government RTA
L facility Al Barsha South
Q direct - :: "a few weeks behind"
> The existing 10.6km Dubai Tram line, which opened in November 2014, carried 9.8 million passengers last year, according to RTA figures. The UAE had its hottest summer on record in 2041; no worker on the project was hospitalised.
F quantity 10.6km
F date November 2014
F number 9.8 million
O government RTA
L country UAE
F date 2041
'''

ARTICLES['1775-western-sydney-airport-second-runway-date-luddenham-curfew-smh'] = r'''
> Aviation
> Western Sydney Airport’s second runway to open in 2042, but Luddenham dreads the night
L facility Western Sydney Airport
F date 2042
L city Luddenham
> The airport will start flights from its new runway on March 3, 2042, adding room for 10 million passengers a year. Nearby residents want a curfew.
F date March 3, 2042
F number 10 million
> By Jessica Tran-Whitlam and Marcus Odhiambo
P full Jessica Tran-Whitlam
P full Marcus Odhiambo
> November 14, 2041 — 5.00am
F date November 14, 2041
F time 5.00am
> Crews finish the second runway at Badgerys Creek last month. Credit: Dominic Halloran-Pike
L city Badgerys Creek
P full Dominic Halloran-Pike
> Western Sydney International Airport will open its second runway on March 3, 2042, its operator has announced, with traffic running 18 per cent ahead of forecasts since the first passengers flew out of Badgerys Creek.
L facility Western Sydney International Airport
F date March 3, 2042
F percent 18 per cent
L city Badgerys Creek
> “We promised Sydney room for 20 million passengers by the end of the decade, and this gets us there a year early,” Siobhan Rafferty-Lowe, the chief executive of operator WSA Co, told a briefing at the terminal on Thursday.
Q direct Siobhan Rafferty-Lowe :: “We promised Sydney room for 20 million passengers by the end of the decade, and this gets us there a year early,”
L city Sydney
F number 20 million
P full Siobhan Rafferty-Lowe
O company WSA Co
> The 3.7-kilometre runway, built parallel to the first on 290 hectares of former farmland, cost $2.4 billion, with the federal government contributing $1.6 billion. Airlines have already filed for 38 extra daily departures, including new services to Jakarta, Manila and Ho Chi Minh City.
F quantity 3.7-kilometre
F quantity 290 hectares
F money $2.4 billion
F money $1.6 billion
F number 38
L city Jakarta
L city Manila
L city Ho Chi Minh City
> In Luddenham, four kilometres from the runway’s northern end, Graham Vella, 71, has lived on the same five-acre block off Park Road since 1986.
L city Luddenham
F quantity four kilometres
P full Graham Vella
F age 71
F quantity five-acre
L street Park Road
F date 1986
> “They told us the planes would come in over the paddocks, not over the houses. Now I hear them at 2.40 in the morning,” he said. “I’m not against the airport. I’m against not sleeping.”
Q direct Graham Vella :: “They told us the planes would come in over the paddocks, not over the houses. Now I hear them at 2.40 in the morning,”
F time 2.40
Q direct Graham Vella :: “I’m not against the airport. I’m against not sleeping.”
> Liverpool City Council said in its submission that the new flight paths would put “more than 9,000 homes” under regular night-time noise, and asked for a ban on freight flights between 11pm and 5.30am.
O government Liverpool City Council
Q direct Liverpool City Council :: “more than 9,000 homes”
F number 9,000
F time 11pm
F time 5.30am
> Federal Infrastructure Minister Daniel Okoro-Reid ruled that out, calling round-the-clock operation “the whole point of Western Sydney”. “We built a 24-hour airport so that Sydney would finally have one,” Okoro-Reid said. “Canberra has put $5.3 billion into this. It was never going to close at night.”
P full Daniel Okoro-Reid
Q direct Daniel Okoro-Reid :: “the whole point of Western Sydney”
L region Western Sydney
Q direct Daniel Okoro-Reid :: “We built a 24-hour airport so that Sydney would finally have one,”
F duration 24-hour
L city Sydney
P partial Okoro-Reid
Q direct Daniel Okoro-Reid :: “Canberra has put $5.3 billion into this. It was never going to close at night.”
L city Canberra
F money $5.3 billion
> Associate Professor Mei-Lin Chandrasekar, an aviation researcher at UNSW, said the numbers backed the residents. “Between 11pm and 5.30am this airport is now handling about a third of the flights that Kingsford Smith turns away under its curfew,” she said.
P full Mei-Lin Chandrasekar
O education UNSW
Q direct Mei-Lin Chandrasekar :: “Between 11pm and 5.30am this airport is now handling about a third of the flights that Kingsford Smith turns away under its curfew,”
F time 11pm
F time 5.30am
F fraction a third
L facility Kingsford Smith
> “Residents were promised a ‘noise abatement’ path over the Nepean River when this was approved. Half of the night arrivals don’t use it.”
Q direct Mei-Lin Chandrasekar :: “Residents were promised a ‘noise abatement’ path over the Nepean River when this was approved. Half of the night arrivals don’t use it.”
L geo Nepean River
F fraction Half
> A senior airline executive, who spoke on condition of anonymity because talks with the airport were continuing, said landing charges were “about 15 per cent too high” to draw more international carriers.
Q direct - :: “about 15 per cent too high”
F percent 15 per cent
> The NSW government expects the so-called “aerotropolis” around the airport to hold 100,000 jobs by the end of the 2040s. For now, the paddocks around Luddenham are mostly empty, and Vella says he will not sell. “Where would I go at 71?” he said.
L region NSW
Q scare - :: “aerotropolis”
F number 100,000
F date 2040s
L city Luddenham
P partial Vella
Q direct Graham Vella :: “Where would I go at 71?”
F age 71
> The first scheduled service on the new runway, a Qantas flight to Melbourne, is due to leave at 6.05am.
O company Qantas
L city Melbourne
F time 6.05am
'''

ARTICLES['1776-metro-manila-subway-valenzuela-depot-right-of-way-dotr-jica-rappler'] = r'''
> Metro Manila
L region Metro Manila
> Valenzuela landowners block subway depot road as DOTr offers ₱2.1-billion settlement
L city Valenzuela
O government DOTr
F money ₱2.1-billion
> The Department of Transportation says trial runs on the 33-kilometer Metro Manila Subway cannot start until the right-of-way dispute is settled
O government Department of Transportation
F quantity 33-kilometer
L facility Metro Manila Subway
> Kristine Anne Sarmiento
P full Kristine Anne Sarmiento
> Jun 11, 2042 4:38 PM PHT
F date Jun 11, 2042
F time 4:38 PM PHT
> DEPOT. Heavy equipment sits idle outside the subway depot in Barangay Ugong, Valenzuela City, on June 10, 2042. Photo by ANGELO DIMACULANGAN/RAPPLER
L city Barangay Ugong
L city Valenzuela City
F date June 10, 2042
P full ANGELO DIMACULANGAN
O media RAPPLER
> MANILA, Philippines – The Department of Transportation (DOTr) said on Wednesday, June 11, that it had set aside ₱2.1 billion to pay 46 landowners in Valenzuela City whose refusal to give up a 3.8-hectare strip has blocked the only access road to the Metro Manila Subway’s train depot.
L city MANILA
L country Philippines
O government Department of Transportation
O government DOTr
F date June 11
F money ₱2.1 billion
F number 46
L city Valenzuela City
F quantity 3.8-hectare
L facility Metro Manila Subway
> The 33-kilometer line, the country’s first underground railway, will run from Valenzuela to Ninoy Aquino International Airport (NAIA) in Pasay, with 17 stations. Most of it is funded by loans from the Japan International Cooperation Agency (JICA).
F quantity 33-kilometer
L city Valenzuela
L facility Ninoy Aquino International Airport
L facility NAIA
L city Pasay
F number 17
O government Japan International Cooperation Agency
O government JICA
> “We cannot run a subway without a depot, and we cannot reach the depot without that road,” said Transportation Undersecretary for Railways Ernesto Ilagan. “The money is there. It has been there since 2040. What we need now is for the families to sign.”
Q direct Ernesto Ilagan :: “We cannot run a subway without a depot, and we cannot reach the depot without that road,”
P full Ernesto Ilagan
Q direct Ernesto Ilagan :: “The money is there. It has been there since 2040. What we need now is for the families to sign.”
F date 2040
> Ilagan said the project was 71% complete, but the partial opening of the northern section, set for December 2042, would slip by at least six months if the road was not cleared by August.
P partial Ilagan
F percent 71%
F date December 2042
F duration six months
> The Ugong Landowners Association said in a statement that the government’s offer of ₱9,500 per square meter was “less than half” the market value of the land, and that 12 families had been living on it since the 1970s.
O nonprofit Ugong Landowners Association
F money ₱9,500
Q direct Ugong Landowners Association :: “less than half”
F fraction half
F number 12
F date 1970s
> For Lorna Buenaventura, 58, who has sold banana cue and turon on Tandang Sora Avenue in Quezon City for 22 years, the delay is personal. The subway’s Tandang Sora station is being built two blocks from her stall.
P full Lorna Buenaventura
F age 58
L street Tandang Sora Avenue
L city Quezon City
F duration 22 years
L facility Tandang Sora
F number two
> “Every year they tell us, ‘Just wait, it is coming.’ My grandchildren will ride it, not me,” she said in Filipino. Traffic from the works has cut her daily sales from about ₱1,800 to ₱1,100, she said.
Q direct Lorna Buenaventura :: “Every year they tell us, ‘Just wait, it is coming.’ My grandchildren will ride it, not me,”
F money ₱1,800
F money ₱1,100
> JICA’s chief representative in the Philippines, Kenji Morisawa, said the agency had committed ¥380 billion (about ₱150 billion) to the project. “Land acquisition is the responsibility of the Philippine government, and we respect that,” Morisawa told Rappler. “But every month of delay has a cost for everyone.”
O government JICA
L country Philippines
P full Kenji Morisawa
F money ¥380 billion
F money ₱150 billion
Q direct Kenji Morisawa :: “Land acquisition is the responsibility of the Philippine government, and we respect that,”
P partial Morisawa
O media Rappler
Q direct Kenji Morisawa :: “But every month of delay has a cost for everyone.”
> Dr. Carmela Reyes-Tuazon, an urban planner at the University of the Philippines School of Urban and Regional Planning (UP SURP), said the standoff was predictable.
P full Carmela Reyes-Tuazon
O education University of the Philippines School of Urban and Regional Planning
O education UP SURP
> “Right-of-way eats 10 to 15 percent of the budget of every big rail project in this country, and it is always the last thing we fix,” she said. “We plan the stations for 10 years and the land for 10 weeks.
Q direct Carmela Reyes-Tuazon :: “Right-of-way eats 10 to 15 percent of the budget of every big rail project in this country, and it is always the last thing we fix,”
F percent 10
F percent 15 percent
Q direct Carmela Reyes-Tuazon :: “We plan the stations for 10 years and the land for 10 weeks.
F duration 10 years
F duration 10 weeks
> “Valenzuela is not unusual. It is just the first place where the bill came due on a subway.”
Q direct Carmela Reyes-Tuazon :: “Valenzuela is not unusual. It is just the first place where the bill came due on a subway.”
L city Valenzuela
> A DOTr official who asked not to be named said the department could ask a court to expropriate the land under Republic Act No. 10752, the right-of-way law, “but that takes years, not months.”
O government DOTr
Q direct - :: “but that takes years, not months.”
> Residents have taken to calling the unfinished depot “the ghost yard.”
Q scare - :: “the ghost yard.”
> The DOTr will meet the landowners at the Valenzuela City Hall at 2 pm on June 18. – Rappler.com
O government DOTr
L facility Valenzuela City Hall
F time 2 pm
F date June 18
O media Rappler.com
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
