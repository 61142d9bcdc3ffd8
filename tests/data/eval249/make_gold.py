#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval249 (NNNN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval249/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['1537-kosha-pay-series-c-meranti-capital-bengaluru-fintech-economic-times'] = r'''
> Startups
> Bengaluru Fintech Kosha Pay Raises $140 Million In Round Led By Singapore's Meranti Capital
L city Bengaluru
O company Kosha Pay
F money $140 Million
L country Singapore
O company Meranti Capital
> Synopsis
> The Series C round values the merchant lender, founded in 2036, at about $1.1 billion, or roughly Rs 9,350 crore. Kosha Pay plans to double its borrower base and add 600 employees over the next 18 months.
F date 2036
F money $1.1 billion
F money Rs 9,350 crore
O company Kosha Pay
F number 600
F duration 18 months
> By Kavya Nanjappa, ET Bureau
P full Kavya Nanjappa
O media ET Bureau
> Last Updated: Mar 13, 2041, 06:48:00 PM IST
F date Mar 13, 2041
F time 06:48:00 PM IST
> Kosha Pay co-founders Aditi Raghavendra (left) and Sameer Kulkarni-Bose at the company's office in Koramangala. (Photo: Naveen Hegde/ET)
O company Kosha Pay
P full Aditi Raghavendra
P full Sameer Kulkarni-Bose
L city Koramangala
P full Naveen Hegde
O media ET
> Bengaluru: Kosha Pay, a Bengaluru-based fintech that lends to small merchants on the strength of their UPI payment history, has raised $140 million (about Rs 1,190 crore) in a Series C round led by Singapore's Meranti Capital, the company said on Wednesday.
L city Bengaluru
O company Kosha Pay
L city Bengaluru
F money $140 million
F money Rs 1,190 crore
L country Singapore
O company Meranti Capital
> Existing investors Kaveri Ventures and Banyan Arc Partners also took part. The round values Kosha Pay at $1.1 billion, up from $410 million in its Series B in 2039, making it India's 14th fintech unicorn by ET's count.
O company Kaveri Ventures
O company Banyan Arc Partners
O company Kosha Pay
F money $1.1 billion
F money $410 million
F date 2039
L country India
O media ET
> The company, set up by former bank executives Aditi Raghavendra, 38, and Sameer Kulkarni-Bose, 41, says it has disbursed Rs 6,420 crore in loans to more than 3.2 lakh kirana stores, pharmacies and tea stalls across 190 towns. Its average loan is Rs 48,000, repaid in 90 days.
P full Aditi Raghavendra
F age 38
P full Sameer Kulkarni-Bose
F age 41
F money Rs 6,420 crore
F number 3.2 lakh
F number 190
F money Rs 48,000
F duration 90 days
> "We are not a payments company that added loans. We are a lender that happens to see payments," Raghavendra, the chief executive, told ET. "Every QR code at a counter tells us more about a shop than a bank statement does."
Q direct Aditi Raghavendra :: "We are not a payments company that added loans. We are a lender that happens to see payments,"
P partial Raghavendra
O media ET
Q direct Aditi Raghavendra :: "Every QR code at a counter tells us more about a shop than a bank statement does."
> She said about half of the new money would go into technology and underwriting, and the rest into Tier-3 towns in Uttar Pradesh, Bihar and Odisha, where the company now has only 11 per cent of its borrowers. Headcount will rise from 1,450 to more than 2,000 by March 2042.
F fraction half
L region Uttar Pradesh
L region Bihar
L region Odisha
F percent 11 per cent
F number 1,450
F number 2,000
F date March 2042
> Meranti Capital, a Singapore growth fund with about $3 billion under management, put in $85 million. Its partner Daniel Teo Wei Jie, who will join Kosha Pay's board, said Indian small-business credit was "the largest gap we see anywhere in Asia".
O company Meranti Capital
L country Singapore
F money $3 billion
F money $85 million
P full Daniel Teo Wei Jie
O company Kosha Pay
Q direct Daniel Teo Wei Jie :: "the largest gap we see anywhere in Asia"
L continent Asia
> "There are 60 million merchants in India and fewer than 15% have ever had a formal loan," Teo said on a call from Singapore. "Kosha's default rate, at 2.3%, is what convinced our committee."
Q direct Daniel Teo Wei Jie :: "There are 60 million merchants in India and fewer than 15% have ever had a formal loan,"
F number 60 million
L country India
F percent 15%
P partial Teo
L country Singapore
Q direct Daniel Teo Wei Jie :: "Kosha's default rate, at 2.3%, is what convinced our committee."
O company Kosha
F percent 2.3%
> Not everyone is sure the valuation will hold. Rhea Mascarenhas, an analyst at Mumbai brokerage Sahyadri Equity Research, said digital lenders had been priced for "perfect behaviour" by borrowers.
P full Rhea Mascarenhas
L city Mumbai
O company Sahyadri Equity Research
Q direct Rhea Mascarenhas :: "perfect behaviour"
> "At 8.5 times revenue, Kosha is priced as if the credit cycle never turns," she said. "If the regulator tightens the rules on digital lending again, as it did in 2039, these multiples will have to come down by a third."
Q direct Rhea Mascarenhas :: "At 8.5 times revenue, Kosha is priced as if the credit cycle never turns,"
F number 8.5
O company Kosha
Q direct Rhea Mascarenhas :: "If the regulator tightens the rules on digital lending again, as it did in 2039, these multiples will have to come down by a third."
F date 2039
F fraction a third
> Kosha Pay, which is licensed as a non-banking financial company by the Reserve Bank of India (RBI), reported revenue of Rs 1,100 crore for FY41, up 64% from a year earlier, and a net profit of Rs 38 crore, its first. An RBI spokesperson declined to comment.
O company Kosha Pay
O government Reserve Bank of India
O government RBI
F money Rs 1,100 crore
F date FY41
F percent 64%
F money Rs 38 crore
O government RBI
> Kulkarni-Bose, who runs technology, said the company would open a second engineering centre in Pune and hire about 250 data scientists and engineers there. It also plans a co-lending tie-up with the Small Industries Development Bank of India.
P partial Kulkarni-Bose
L city Pune
F number 250
O government Small Industries Development Bank of India
> "We'll still be a Bengaluru company. Pune is simply where the talent is," he said.
Q direct Sameer Kulkarni-Bose :: "We'll still be a Bengaluru company. Pune is simply where the talent is,"
L city Bengaluru
L city Pune
'''

ARTICLES['1538-travis-county-polling-places-closures-pflugerville-texas-guardian-us'] = r'''
> US voting rights
L country US
> Texas county votes to close 38 polling places weeks before election
L region Texas
F number 38
> Travis county commissioners say the cuts will save $1.4m; voting groups warn they will hit Pflugerville and eastern suburbs hardest
L region Travis
F money $1.4m
L city Pflugerville
> Marisol Quintero-Hale in Austin
P full Marisol Quintero-Hale
L city Austin
> Tue 14 Oct 2042 06.00 EDT
F date 14 Oct 2042
F time 06.00 EDT
> Voters wait outside a polling place in Pflugerville, Texas, during the 2040 primary. Photograph: Callum Reyes-Whitfield/Reuters
L city Pflugerville
L region Texas
F date 2040
P full Callum Reyes-Whitfield
O media Reuters
> The commissioners court in Travis county, Texas, voted 3-2 on Monday to close 38 of the county’s 212 polling places three weeks before the 4 November election, a move that voting rights groups say will fall hardest on fast-growing suburbs and on voters without cars.
L region Travis
L region Texas
F number 3-2
F number 38
F number 212
F duration three weeks
F date 4 November
> County judge Ellen Marsh-Ocampo, who cast the deciding vote, said the county could no longer afford to staff sites where turnout fell below 200 voters a day during early voting in 2040. Closing them will save about $1.4m, she said, money that will pay for longer hours at the 24 large sites the county calls “megacenters”.
P full Ellen Marsh-Ocampo
F number 200
F date 2040
F money $1.4m
F number 24
Q scare - :: “megacenters”
> “Nobody likes closing a polling place,” Marsh-Ocampo said. “But we are paying poll workers to sit in empty church halls while people queue for two hours at the library down the road. That isn’t fair to anyone.”
Q direct Ellen Marsh-Ocampo :: “Nobody likes closing a polling place,”
P partial Marsh-Ocampo
Q direct Ellen Marsh-Ocampo :: “But we are paying poll workers to sit in empty church halls while people queue for two hours at the library down the road. That isn’t fair to anyone.”
F duration two hours
> Voters in the county may cast a ballot at any open site on election day, and officials say no voter will be turned away. Voting groups are not persuaded. The League of Women Voters of Texas said the closures would add “miles, not minutes” to many trips, and pointed out that 11 of the 38 sites are east of Interstate 35, where car ownership is lowest.
O nonprofit League of Women Voters of Texas
Q direct League of Women Voters of Texas :: “miles, not minutes”
F number 11
F number 38
L street Interstate 35
> Dolores Aguirre-Pratt, the league’s Austin-area vice-president, said the group had mapped every closure. “For a voter in Manor or Del Valle, the nearest open site could now be 7 or 8 miles away,” she said. “If you work two jobs and take the bus, that’s your vote gone.
P full Dolores Aguirre-Pratt
L city Austin
Q direct Dolores Aguirre-Pratt :: “For a voter in Manor or Del Valle, the nearest open site could now be 7 or 8 miles away,”
L city Manor
L city Del Valle
F quantity 7
F quantity 8 miles
Q direct Dolores Aguirre-Pratt :: “If you work two jobs and take the bus, that’s your vote gone.
F number two
> “We are asking the court to reverse this before early voting starts on 20 October. Otherwise we will see them in federal court.”
Q direct Dolores Aguirre-Pratt :: “We are asking the court to reverse this before early voting starts on 20 October. Otherwise we will see them in federal court.”
F date 20 October
> In Pflugerville, a suburb of about 70,000 people north-east of Austin, four sites are closing, including the polling place at the Pflugerville Recreation Center on Pecan Street.
L city Pflugerville
F number 70,000
L city Austin
F number four
L facility Pflugerville Recreation Center
L street Pecan Street
> Tomás Reyna, 67, who has voted there since 1998, said he would now have to ask his daughter to drive him to Wells Branch. “They keep telling us it’s more convenient,” he said. “Convenient for who?”
P full Tomás Reyna
F age 67
F date 1998
L city Wells Branch
Q direct Tomás Reyna :: “They keep telling us it’s more convenient,”
Q direct Tomás Reyna :: “Convenient for who?”
> The county’s elections administrator, Gordon Ashby-Lin, told the Guardian that his office had studied wait times at every site and expected lines to stay “under 30 minutes” on election day. About 61% of the county’s votes in 2040 were cast early, he said, half of them at the 24 largest sites.
P full Gordon Ashby-Lin
O media Guardian
Q direct Gordon Ashby-Lin :: “under 30 minutes”
F duration 30 minutes
F percent 61%
F date 2040
F fraction half
F number 24
> A Democratic commissioner who voted against the plan, and who asked not to be named because talks with voting groups are continuing, called the savings “a rounding error” in a $1.9bn county budget. “We are saving money on the one thing that actually matters in a democracy,” the commissioner said.
Q direct - :: “a rounding error”
F money $1.9bn
Q direct - :: “We are saving money on the one thing that actually matters in a democracy,”
> The Texas secretary of state’s office said it had no role in the decision. Travis county will publish the final list of sites on 17 October.
L region Texas
L region Travis
F date 17 October
'''

ARTICLES['1539-state-of-origin-decider-blues-maroons-kelleher-suncorp-stadium-sydney-morning-herald'] = r'''
> Rugby league
> Blues steal the Origin decider as Kelleher’s boot silences Suncorp
O team Blues
P partial Kelleher
L facility Suncorp
> New South Wales won 22-18 in a brutal game three at Suncorp Stadium, clinching the series 2-1 despite playing 10 minutes with 12 men.
O team New South Wales
F score 22-18
L facility Suncorp Stadium
F score 2-1
F duration 10 minutes
F number 12
> By Declan Moorhouse-Tait
P full Declan Moorhouse-Tait
> July 9, 2042 — 10.41pm
F date July 9, 2042
F time 10.41pm
> NSW halfback Riley Kelleher celebrates with Jae Fonoti-Burke after the final siren. Credit: Getty Images
O team NSW
P full Riley Kelleher
P full Jae Fonoti-Burke
O media Getty Images
> New South Wales have the shield. A side written off after losing game two in Melbourne hung on through a sin bin, a disallowed try and 52,418 roaring Queenslanders to beat the Maroons 22-18 at Suncorp Stadium on Wednesday night and take the series 2-1.
O team New South Wales
L city Melbourne
F number 52,418
O team Maroons
F score 22-18
L facility Suncorp Stadium
F score 2-1
> Halfback Riley Kelleher kicked five goals from five attempts, the last a penalty goal from near touch with four minutes left that pushed the Blues out to a four-point lead Queensland could not claw back.
P full Riley Kelleher
F number five
F number five
F duration four minutes
O team Blues
F number four
O team Queensland
> Queensland led 12-6 at halftime after tries to centre Mosese Vainikolo-Hart and winger Cody Brannigan, either side of a Sione Latu-Manning try for the visitors, and looked set to pull away when Brannigan crossed again on 47 minutes, only for the video referee to rule a forward pass.
O team Queensland
F score 12-6
P full Mosese Vainikolo-Hart
P full Cody Brannigan
P full Sione Latu-Manning
P partial Brannigan
F duration 47 minutes
> The game turned when Queensland prop Tane Whitlock-Rua was sent to the sin bin for a late shot on Kelleher in the 53rd minute. NSW scored twice in his 10 minutes off the field, through second-rower Jae Fonoti-Burke and fullback Lachlan Deverell, and Kelleher’s conversions put them ahead 18-12.
O team Queensland
P full Tane Whitlock-Rua
P partial Kelleher
O team NSW
F duration 10 minutes
P full Jae Fonoti-Burke
P full Lachlan Deverell
P partial Kelleher
F score 18-12
> Vainikolo-Hart’s second try, in the 66th minute, levelled it at 18-18. Kelleher then landed two penalty goals in eight minutes, and Deverell defused a last-tackle bomb on his own line with the siren about to sound.
P partial Vainikolo-Hart
F score 18-18
P partial Kelleher
F number two
F duration eight minutes
P partial Deverell
> “I’ve never been so tired in my life,” Kelleher said. “When Tane went off I told the boys, ‘This is our 10 minutes, nobody else’s.’ And they believed it.”
Q direct Riley Kelleher :: “I’ve never been so tired in my life,”
P partial Kelleher
Q direct Riley Kelleher :: “When Tane went off I told the boys, ‘This is our 10 minutes, nobody else’s.’ And they believed it.”
P partial Tane
F duration 10 minutes
> NSW coach Brent Callister-Young, who was under pressure after the 30-10 loss in Melbourne, said his side had “found something” in the sin-bin period.
O team NSW
P full Brent Callister-Young
F score 30-10
L city Melbourne
Q direct Brent Callister-Young :: “found something”
> “We talked all week about being the team that’s still standing at the 80th minute,” he said. “We weren’t pretty tonight, but we were still standing.”
Q direct Brent Callister-Young :: “We talked all week about being the team that’s still standing at the 80th minute,”
Q direct Brent Callister-Young :: “We weren’t pretty tonight, but we were still standing.”
> Queensland coach Darius Ngata-Moore did not hide from his side’s nine penalties, or from Whitlock-Rua’s lapse.
O team Queensland
P full Darius Ngata-Moore
F number nine
P partial Whitlock-Rua
> “Tane knows. He doesn’t need me to tell him,” Ngata-Moore said. “You give a good side 10 minutes with 13 and they’ll make you pay. That’s Origin.”
Q direct Darius Ngata-Moore :: “Tane knows. He doesn’t need me to tell him,”
P partial Tane
P partial Ngata-Moore
Q direct Darius Ngata-Moore :: “You give a good side 10 minutes with 13 and they’ll make you pay. That’s Origin.”
F duration 10 minutes
F number 13
> It was the Maroons’ first home series defeat since 2037 and the first time the Blues had won a decider in Brisbane in six years. Whitlock-Rua, 24, faces a possible suspension when the match review committee releases its charges on Thursday.
O team Maroons
F date 2037
O team Blues
L city Brisbane
F duration six years
P partial Whitlock-Rua
F age 24
> NEW SOUTH WALES 22 (S Latu-Manning, J Fonoti-Burke, L Deverell tries; R Kelleher 5 goals) def QUEENSLAND 18 (M Vainikolo-Hart 2, C Brannigan tries; K Ashdown 3 goals) at Suncorp Stadium. Halftime: Queensland 12-6. Referee: Grant Pellowe. Crowd: 52,418.
O team NEW SOUTH WALES
F score 22
P full S Latu-Manning
P full J Fonoti-Burke
P full L Deverell
P full R Kelleher
F number 5
O team QUEENSLAND
F score 18
P full M Vainikolo-Hart
F number 2
P full C Brannigan
P full K Ashdown
F number 3
L facility Suncorp Stadium
O team Queensland
F score 12-6
P full Grant Pellowe
F number 52,418
'''

ARTICLES['1540-lyon-hauliers-diesel-tax-blockade-a6-a7-a43-fntr-france-24'] = r'''
> France
L country France
> Lorry drivers choke Lyon’s motorways in protest at diesel tax rise
L city Lyon
> Hundreds of lorries staged go-slows on the A6, A7 and A43 on Tuesday, causing up to 120 kilometres of queues around France’s third city. Hauliers say a 14-cent rise in the diesel tax will put “thousands of small firms” out of business.
L street A6
L street A7
L street A43
F quantity 120 kilometres
L country France
F money 14-cent
Q direct Sandrine Vallet-Marchand :: “thousands of small firms”
> Issued on: 17/02/2043 - 14:22 Modified: 17/02/2043 - 19:05
F date 17/02/2043
F time 14:22
F date 17/02/2043
F time 19:05
> Text by: FRANCE 24
O media FRANCE 24
> Lorries crawl in convoy on the A7 motorway south of Lyon on February 17, 2043. © Julien Ferrand-Ducret, AFP
L street A7
L city Lyon
F date February 17, 2043
P full Julien Ferrand-Ducret
O media AFP
> Hundreds of lorries, vans and a few tractors brought traffic around Lyon to a near standstill on Tuesday as road hauliers protested against a rise in the tax on diesel that the government plans to bring in on March 1.
L city Lyon
F date March 1
> Convoys moving at 10 km/h occupied two lanes of the A6 north of the city, the A7 towards Vienne and the A43 near Saint-Exupéry airport from 6am, the Rhône Prefecture said. By mid-morning, queues stretched for 120 kilometres in total, and the eastern ring road, the Rocade Est, was closed for three hours.
F quantity 10 km/h
F number two
L street A6
L street A7
L city Vienne
L street A43
L facility Saint-Exupéry
F time 6am
O government Rhône Prefecture
F quantity 120 kilometres
L street Rocade Est
F duration three hours
> The protest was called by the Auvergne-Rhône-Alpes branch of the Fédération nationale des transports routiers (FNTR), the main hauliers’ federation, which says the rise of 14 cents a litre, taking the tax on diesel to €0.74 per litre, will cost a typical 40-tonne lorry more than €6,000 a year.
L region Auvergne-Rhône-Alpes
O nonprofit Fédération nationale des transports routiers
O nonprofit FNTR
F money 14 cents
F money €0.74
F quantity 40-tonne
F money €6,000
> “Diesel is already at €2.31 at the pump. Our margins are 1 to 2 percent. There is nothing left to squeeze,” said Sandrine Vallet-Marchand, the FNTR’s regional president, speaking from a lay-by near Villefranche-sur-Saône. “Thousands of small firms with five or ten lorries will go under this year.
Q direct Sandrine Vallet-Marchand :: “Diesel is already at €2.31 at the pump. Our margins are 1 to 2 percent. There is nothing left to squeeze,”
F money €2.31
F percent 1
F percent 2 percent
P full Sandrine Vallet-Marchand
O nonprofit FNTR
L city Villefranche-sur-Saône
Q direct Sandrine Vallet-Marchand :: “Thousands of small firms with five or ten lorries will go under this year.
F number five
F number ten
> “We are not against the ecological transition. We are against paying for it alone.”
Q direct Sandrine Vallet-Marchand :: “We are not against the ecological transition. We are against paying for it alone.”
> The transport minister’s office said in a statement that the rise was “necessary and fair” and that hauliers would get back 4 cents a litre through an existing rebate. An adviser to the minister, who spoke on condition of anonymity, said the government would meet federation leaders in Paris on Thursday but “will not reopen the budget”.
Q direct - :: “necessary and fair”
F money 4 cents
L city Paris
Q direct - :: “will not reopen the budget”
> At the wheel of his 38-tonne articulated lorry on the A43, Karim Belhadj, 52, said he drives for a firm of seven people in Bourgoin-Jallieu. “My boss told me, ‘If the tax passes, you’ll be the first to go.’ So here I am,” he said, adding that he had paid €640 to fill his tank on Monday.
F quantity 38-tonne
L street A43
P full Karim Belhadj
F age 52
F number seven
L city Bourgoin-Jallieu
Q direct Karim Belhadj :: “My boss told me, ‘If the tax passes, you’ll be the first to go.’ So here I am,”
F money €640
> Not everyone on the road backed them. A nurse on her way to a hospital in Bron said she had needed two hours to cover 25 kilometres. “I understand their anger, but patients can’t wait,” she told FRANCE 24, declining to give her name.
L city Bron
F duration two hours
F quantity 25 kilometres
Q direct - :: “I understand their anger, but patients can’t wait,”
O media FRANCE 24
> Fuel taxes have been a flashpoint in France since the “yellow vest” protests of 2018, which began over a similar rise. Fuel makes up about 30 percent of a haulier’s costs, according to the federation, and lorries carry 89 percent of the goods moved in the country.
L country France
Q scare - :: “yellow vest”
F date 2018
F percent 30 percent
F percent 89 percent
> Vallet-Marchand said the blockades would resume on Friday morning at the Corbas freight terminal if Thursday’s meeting produced nothing. “We have 2,000 lorries ready,” she said.
P partial Vallet-Marchand
L city Corbas
Q direct Sandrine Vallet-Marchand :: “We have 2,000 lorries ready,”
F number 2,000
'''

ARTICLES['1541-uae-eid-al-fitr-holiday-midday-break-extended-mohre-gulf-news'] = r'''
> UAE
L country UAE
> UAE announces five-day Eid Al Fitr break; midday work ban extended to September 30
L country UAE
F duration five-day
F date September 30
> Public and private sector staff get the same holiday as Ministry of Human Resources and Emiratisation extends heat rule by two weeks
O government Ministry of Human Resources and Emiratisation
F duration two weeks
> Published: September 10, 2042 16:40
F date September 10, 2042
F time 16:40
> Construction workers rest in a shaded area at a site in Al Barsha. Image Credit: Anwar Kuttikkad/Gulf News
L city Al Barsha
P full Anwar Kuttikkad
O media Gulf News
> Dubai: Employees in the public and private sectors in the UAE will get five days off for Eid Al Fitr, from Ramadan 29, 1464 (Sunday, September 14, 2042) to Shawwal 3, 1464 (Thursday, September 18), the Cabinet announced on Wednesday. Work resumes on Friday, September 19.
L city Dubai
L country UAE
F duration five days
F date Ramadan 29, 1464
F date September 14, 2042
F date Shawwal 3, 1464
F date September 18
O government Cabinet
F date September 19
> Because the holiday falls before the end of the summer, the Ministry of Human Resources and Emiratisation (MoHRE) also said it would extend the midday work ban for outdoor workers by two weeks, to September 30, after temperatures in parts of the country stayed above 46 degrees Celsius into September.
O government Ministry of Human Resources and Emiratisation
O government MoHRE
F duration two weeks
F date September 30
F quantity 46 degrees Celsius
> The ban, in force every summer for more than two decades, stops work under direct sunlight and in open areas between 12.30pm and 3pm. It normally runs from June 15 to September 15.
F duration two decades
F time 12.30pm
F time 3pm
F date June 15
F date September 15
> "Heat stress does not stop on a date in the calendar," said Khalid Saeed Al Mazrouei, assistant undersecretary for inspection affairs at MoHRE. "Our inspectors recorded 48.2 degrees in Al Ain last Tuesday. We cannot ask a man to pour concrete in that."
Q direct Khalid Saeed Al Mazrouei :: "Heat stress does not stop on a date in the calendar,"
P full Khalid Saeed Al Mazrouei
O government MoHRE
Q direct Khalid Saeed Al Mazrouei :: "Our inspectors recorded 48.2 degrees in Al Ain last Tuesday. We cannot ask a man to pour concrete in that."
F quantity 48.2 degrees
L city Al Ain
> Companies that break the rule face a fine of Dh5,000 for each worker, up to a maximum of Dh50,000 when several workers are involved, Al Mazrouei said. Employers must provide shade, cold drinking water and first aid, and working hours must not exceed eight hours a day.
F money Dh5,000
F money Dh50,000
P partial Al Mazrouei
F duration eight hours
> Last summer, the ministry carried out more than 92,000 inspections and found 99.6 per cent of firms in compliance.
F number 92,000
F percent 99.6 per cent
> At a villa project in Dubai Hills Estate, site manager Pradeep Menon-Sastri said his company, Sahil Bay Contracting, had moved its 340 workers to a split shift: 6am to 11.30am, then 3.30pm to 6pm.
L city Dubai Hills Estate
P full Pradeep Menon-Sastri
O company Sahil Bay Contracting
F number 340
F time 6am
F time 11.30am
F time 3.30pm
F time 6pm
> "The extension costs us about a fortnight of output, but the men come back healthy. We lost nobody to heat exhaustion this year, and I want to keep it that way," Menon-Sastri said.
Q direct Pradeep Menon-Sastri :: "The extension costs us about a fortnight of output, but the men come back healthy. We lost nobody to heat exhaustion this year, and I want to keep it that way,"
P partial Menon-Sastri
> One of his workers, Ramesh Thapa, 29, from Nepal's Jhapa district, said the afternoon rest was the reason he could keep sending money home. "At 1 o'clock the steel is too hot to touch. Now we sleep in the cabin with the AC. And this Eid is my first Eid with a holiday," he said.
P full Ramesh Thapa
F age 29
L country Nepal
L region Jhapa
Q direct Ramesh Thapa :: "At 1 o'clock the steel is too hot to touch. Now we sleep in the cabin with the AC. And this Eid is my first Eid with a holiday,"
F time 1 o'clock
> Dr Leena Varghese-Kurian, an emergency physician at Creekside General Hospital in Dubai, said her department had treated 214 cases of heat exhaustion since June, about a third of them among outdoor workers, and urged residents to drink at least 2 litres of water a day during the break.
P full Leena Varghese-Kurian
O other Creekside General Hospital
L city Dubai
F number 214
F fraction a third
F quantity 2 litres
> "Eid means family lunches and long drives to Hatta. People forget they are still in 40-degree heat," she said. "Most of the collapses we see come between 1pm and 4pm."
Q direct Leena Varghese-Kurian :: "Eid means family lunches and long drives to Hatta. People forget they are still in 40-degree heat,"
L city Hatta
F quantity 40-degree
Q direct Leena Varghese-Kurian :: "Most of the collapses we see come between 1pm and 4pm."
F time 1pm
F time 4pm
> Federal employees will work remotely on September 19, the Federal Authority for Government Human Resources (FAHR) said. Private firms that need staff on duty during the break must pay them at least 50 per cent extra or give them a day off in lieu, MoHRE added.
F date September 19
O government Federal Authority for Government Human Resources
O government FAHR
F percent 50 per cent
O government MoHRE
'''

ARTICLES['1542-veltrox-cloud-outage-banking-apps-frankfurt-amsterdam-the-register'] = r'''
> Networks
> Veltrox Cloud outage knocks banking apps offline across Europe for five hours
O company Veltrox Cloud
L continent Europe
F duration five hours
> Config change in Frankfurt spread to Amsterdam in 11 minutes; CTO promises 'full post-mortem' as regulators circle
L city Frankfurt
L city Amsterdam
F duration 11 minutes
Q direct Ilse Verhaegen-Stroud :: 'full post-mortem'
> Kasimir Oldenbrink
P full Kasimir Oldenbrink
> Tue 21 Apr 2043 // 14:32 UTC
F date 21 Apr 2043
F time 14:32 UTC
> Not what you want to see on payday. Pic: Shutterstock
O company Shutterstock
> A botched network configuration change at Veltrox Cloud, a Luxembourg-headquartered IaaS provider popular with European fintechs, took down the mobile apps of at least 14 banks in six countries on Tuesday morning, leaving millions of customers unable to log in, pay or check balances.
O company Veltrox Cloud
L country Luxembourg
F number 14
F number six
> The outage began at 06:47 UTC, when a routing change pushed to Veltrox's Frankfurt region withdrew the routes for its storage network. The change replicated to its Amsterdam data centre within 11 minutes, the company said, and services were not fully restored until 11:58 UTC – five hours and 11 minutes after the first alerts.
F time 06:47 UTC
O company Veltrox
L city Frankfurt
L city Amsterdam
F duration 11 minutes
F time 11:58 UTC
F duration five hours
F duration 11 minutes
> Among those hit were Amsterdam-based Brugwater Bank, Berlin's Kestrel Bank and the Irish arm of Nordhaven Savings.
L city Amsterdam
O company Brugwater Bank
L city Berlin
O company Kestrel Bank
O company Nordhaven Savings
> "At 06:41 UTC an engineer applied a change intended for a single test cluster to a production route reflector. Our safeguards should have caught it. They didn't," Veltrox CTO Ilse Verhaegen-Stroud wrote in a statement.
Q direct Ilse Verhaegen-Stroud :: "At 06:41 UTC an engineer applied a change intended for a single test cluster to a production route reflector. Our safeguards should have caught it. They didn't,"
F time 06:41 UTC
O company Veltrox
P full Ilse Verhaegen-Stroud
> She promised a "full post-mortem" within 72 hours and said customers would get service credits worth 30 percent of their April bills, which the firm reckons will cost it about €9.5 million.
Q direct Ilse Verhaegen-Stroud :: "full post-mortem"
F duration 72 hours
F percent 30 percent
F money €9.5 million
> "We know what this meant for people trying to pay for groceries or rent. I'm sorry," she added.
Q direct Ilse Verhaegen-Stroud :: "We know what this meant for people trying to pay for groceries or rent. I'm sorry,"
> Brugwater said around 1.8 million of its 2.4 million customers were affected. "Card payments kept working because they run through a separate processor, but the app and internet banking were down for most of the morning," a bank spokesperson told The Register. "No customer data was lost or exposed."
O company Brugwater
F number 1.8 million
F number 2.4 million
Q direct - :: "Card payments kept working because they run through a separate processor, but the app and internet banking were down for most of the morning,"
O media The Register
Q direct - :: "No customer data was lost or exposed."
> On social media, users were less forgiving. "3 hours trying to pay my landlord, bank app says 'temporarily unavailable', bank phone line says 'use the app'. Love it," wrote a Kestrel customer on Mastodon who gave his name only as Joost.
Q direct Joost :: "3 hours trying to pay my landlord, bank app says 'temporarily unavailable', bank phone line says 'use the app'. Love it,"
F duration 3 hours
O company Kestrel
O company Mastodon
P partial Joost
> Cloud analyst Mareike Szabo-Lindqvist of Ostrander Research in Vienna said the incident showed how concentrated European banking infrastructure had become. About 40% of Europe's challenger banks run their core systems on just three providers, she estimated.
P full Mareike Szabo-Lindqvist
O company Ostrander Research
L city Vienna
F percent 40%
L continent Europe
F number three
> "Everyone talks about multi-cloud, but when you look inside, the standby is with the same provider, often in the same two cities," she said. "Frankfurt and Amsterdam aren't two failure domains if a single config push can reach both."
Q direct Mareike Szabo-Lindqvist :: "Everyone talks about multi-cloud, but when you look inside, the standby is with the same provider, often in the same two cities,"
F number two
Q direct Mareike Szabo-Lindqvist :: "Frankfurt and Amsterdam aren't two failure domains if a single config push can reach both."
L city Frankfurt
L city Amsterdam
F number two
> Under the EU's Digital Operational Resilience Act, which has applied since January 2025, banks must report major ICT incidents to supervisors within hours. Germany's financial regulator BaFin and De Nederlandsche Bank both said they were in contact with affected institutions. The European Banking Authority declined to comment.
O intergovernmental EU
F date January 2025
L country Germany
O government BaFin
O government De Nederlandsche Bank
O intergovernmental European Banking Authority
> Veltrox, founded in 2031, runs data centres in Frankfurt, Amsterdam and Bettembourg and says it hosts workloads for more than 600 financial services firms. It raised €220 million from investors last year.
O company Veltrox
F date 2031
L city Frankfurt
L city Amsterdam
L city Bettembourg
F number 600
F money €220 million
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
