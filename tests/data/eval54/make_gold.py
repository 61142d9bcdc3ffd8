#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval54 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval54/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['367-hillsborough-tram-stop-crash-dransfield-jailed-sheffield-star'] = r'''
> News
> 'I thought I was going to die': pensioner hurt as disqualified driver fleeing police at 87mph ploughs into Sheffield tram stop
Q direct Margaret Pashley :: 'I thought I was going to die'
F quantity 87mph
L city Sheffield
> Kyle Dransfield, 27, led officers on a four-minute chase from Parson Cross to Hillsborough before his car tore through a shelter where a woman was waiting for the last tram
P full Kyle Dransfield
F age 27
F duration four-minute
L city Parson Cross
L city Hillsborough
> By Rachel Outhwaite
P full Rachel Outhwaite
> Court reporter
> Published 15th Mar 2039, 16:42 GMT
F date 15th Mar 2039
F time 16:42 GMT
> Updated 15th Mar 2039, 18:05 GMT
F date 15th Mar 2039
F time 18:05 GMT
> The wrecked shelter at the Hillsborough Park tram stop on Middlewood Road on the morning after the crash. Picture: South Yorkshire Police
L facility Hillsborough Park
L street Middlewood Road
O government South Yorkshire Police
> A disqualified driver who hit 87mph as he fled police through the north of Sheffield before smashing into a tram stop, leaving a 68-year-old woman with a broken wrist and pelvis, has been jailed.
F quantity 87mph
L city Sheffield
F age 68-year-old
> Kyle Dransfield, of Wordsworth Avenue, Parson Cross, was sentenced to 26 months in prison at Sheffield Crown Court on Monday after pleading guilty to dangerous driving, driving while disqualified and driving without insurance.
P full Kyle Dransfield
L street Wordsworth Avenue
L city Parson Cross
F duration 26 months
O government Sheffield Crown Court
> The court heard that officers tried to stop his grey Audi A3 on Halifax Road at about 11.40pm on October 29 last year because it had no valid MOT and its number plates had been linked to a fuel theft at a filling station in Chapeltown earlier that week.
L street Halifax Road
F time 11.40pm
F date October 29
L city Chapeltown
> Nadeem Akhtar, prosecuting, said Dransfield switched off his headlights and accelerated away along Herries Road and then Penistone Road, where the limit is 40mph, overtaking two buses on the wrong side of the road.
P full Nadeem Akhtar
P partial Dransfield
L street Herries Road
L street Penistone Road
F quantity 40mph
F number two
> "He went through three red lights in little more than a mile. For most of the pursuit he was travelling at more than double the speed limit," Mr Akhtar told the court.
Q direct Nadeem Akhtar :: "He went through three red lights in little more than a mile. For most of the pursuit he was travelling at more than double the speed limit,"
F number three
P partial Akhtar
> The chase covered 2.6 miles and lasted just under four minutes. It ended when Dransfield lost control on the bend where Middlewood Road meets Catch Bar Lane and the Audi mounted the platform at the Hillsborough Park stop, tearing through the glass shelter.
F quantity 2.6 miles
F duration four minutes
P partial Dransfield
L street Middlewood Road
L street Catch Bar Lane
O company Audi
L facility Hillsborough Park
> Margaret Pashley, who had been waiting for the last Supertram into the city centre after an evening shift at a care home, was thrown against a ticket machine. She spent 11 days at the Northern General Hospital and needed two operations.
P full Margaret Pashley
F duration 11 days
O other Northern General Hospital
F number two
> A resident of Middlewood Road, who did not want to be named, told The Star the crash "sounded like a bomb going off" and that neighbours had run out in their nightclothes to help.
L street Middlewood Road
O media The Star
Q direct - :: "sounded like a bomb going off"
> In a victim personal statement read to the court, Mrs Pashley said: "I saw the lights come on at the very last second and I thought I was going to die. I still cannot stand at a tram stop without shaking.
P partial Pashley
Q direct Margaret Pashley :: "I saw the lights come on at the very last second and I thought I was going to die. I still cannot stand at a tram stop without shaking.
> "I had worked nights for 31 years and I have had to give it up. He has taken my independence away, and he has never once said sorry."
Q direct Margaret Pashley :: "I had worked nights for 31 years and I have had to give it up. He has taken my independence away, and he has never once said sorry."
F duration 31 years
> Dransfield and his passenger, Tayla Bramall, 19, ran from the scene but were found by a police dog hiding in a garden on Dykes Hall Road 20 minutes later. Bramall was not charged.
P partial Dransfield
P full Tayla Bramall
F age 19
L street Dykes Hall Road
F duration 20 minutes
P partial Bramall
> The court heard Dransfield had 12 previous convictions for 27 offences, two of them for dangerous driving, and had been banned from driving at Sheffield Magistrates' Court in July 2038.
P partial Dransfield
F number 12
F number 27
F number two
O government Sheffield Magistrates' Court
F date July 2038
> Ciaran Hollins, defending, said his client, a father of three who works as a scaffolder, had panicked because he knew he would go back to prison if he was caught.
P full Ciaran Hollins
F number three
> "He is genuinely ashamed. He has written a letter to Mrs Pashley, which he accepts she may never want to read," Mr Hollins said.
Q direct Ciaran Hollins :: "He is genuinely ashamed. He has written a letter to Mrs Pashley, which he accepts she may never want to read,"
P partial Pashley
P partial Hollins
> Sentencing him, Judge Helen Kenworthy said it was "sheer luck" that nobody had been killed.
P full Helen Kenworthy
Q direct Helen Kenworthy :: "sheer luck"
> "You drove a car you had no right to be driving, at speeds that were grotesque for a residential road, in the dark and with no lights," she said. "A woman who had done nothing more than wait for a tram will carry the consequences of your selfishness for the rest of her life."
Q direct Helen Kenworthy :: "You drove a car you had no right to be driving, at speeds that were grotesque for a residential road, in the dark and with no lights,"
Q direct Helen Kenworthy :: "A woman who had done nothing more than wait for a tram will carry the consequences of your selfishness for the rest of her life."
> As well as the prison term, Dransfield was banned from driving for four years and one month and must pass an extended test before he can drive again. He will serve half of the sentence in custody before he is released on licence.
P partial Dransfield
F duration four years
F duration one month
F fraction half
> The South Yorkshire Mayoral Combined Authority, which owns the tram network, said the shelter had cost £14,300 to replace and the stop had been closed for nine days.
O government South Yorkshire Mayoral Combined Authority
F money £14,300
F duration nine days
> Sergeant Dean Wragg, of South Yorkshire Police's Roads Policing Group, said: "Dransfield made a choice that night to put his own freedom above everybody else's safety. He is now off our roads, and we would urge anyone with information about dangerous driving in their community to get in touch."
P full Dean Wragg
O government South Yorkshire Police
O government Roads Policing Group
Q direct Dean Wragg :: "Dransfield made a choice that night to put his own freedom above everybody else's safety. He is now off our roads, and we would urge anyone with information about dangerous driving in their community to get in touch."
P partial Dransfield
> Dangerous driving can be reported to South Yorkshire Police online or by calling 101.
O government South Yorkshire Police
'''

ARTICLES['368-sikakrom-us22m-series-b-francophone-expansion-bft'] = r'''
> Fintech
> Sikakrom Raises US$22m to Take Merchant Payments Into Francophone West Africa
O company Sikakrom
F money US$22m
L region West Africa
> By Kwabena ADU-GYAMFI
P full Kwabena ADU-GYAMFI
> June 9, 2037
F date June 9, 2037
> Nii Okaija Adjetey-Sowah (right), chief executive of Sikakrom, with co-founder Akosua Serwaa Frimpong at the company’s office in Osu, Accra. Photo: Courtesy Sikakrom
P full Nii Okaija Adjetey-Sowah
O company Sikakrom
P full Akosua Serwaa Frimpong
L city Osu
L city Accra
O company Sikakrom
> Accra-based payments company Sikakrom Technologies Limited has raised US$22million in a Series B round to take its merchant payments network into Côte d’Ivoire and Burkina Faso, the company announced on Monday.
L city Accra
O company Sikakrom Technologies Limited
F money US$22million
L country Côte d’Ivoire
L country Burkina Faso
> The round was led by Lagos-based Oduduwa Ventures, with Nairobi-based Savanna Growth Partners and Kumasi-based Yaa Asantewaa Capital also taking part, and values the five-year-old company at about US$140million, according to two people familiar with the deal.
L city Lagos
O company Oduduwa Ventures
L city Nairobi
O company Savanna Growth Partners
L city Kumasi
O company Yaa Asantewaa Capital
F duration five-year-old
F money US$140million
F number two
> At the Bank of Ghana’s reference rate of GH¢12.05 to the dollar, the new money is worth about GH¢265million.
O government Bank of Ghana
F money GH¢12.05
F money GH¢265million
> Sikakrom, whose name joins the Twi words for money (sika) and town (krom), lets small traders accept QR-code payments from any mobile money wallet or bank app and settles the money into their accounts the same day. It says it has 48,000 merchants and 1.3million monthly active users, most of them in Accra, Kumasi, Tamale and Ho.
O company Sikakrom
F number 48,000
F number 1.3million
L city Accra
L city Kumasi
L city Tamale
L city Ho
> The company processed payments worth GH¢4.6billion in 2036, up 71 percent on the previous year, and charges merchants a flat fee of 0.8 percent per transaction.
F money GH¢4.6billion
F date 2036
F percent 71 percent
F percent 0.8 percent
> “Ghana solved interoperability years ago. A trader in Makola can take money from a Telecel Cash wallet and pay her supplier through MTN MoMo in seconds,” chief executive Nii Okaija Adjetey-Sowah told the B&FT. “Cross the border into Abidjan or Ouagadougou and that same trader is back to cash. That is the gap we are going after.”
Q direct Nii Okaija Adjetey-Sowah :: “Ghana solved interoperability years ago. A trader in Makola can take money from a Telecel Cash wallet and pay her supplier through MTN MoMo in seconds,”
L country Ghana
L city Makola
P full Nii Okaija Adjetey-Sowah
O media B&FT
Q direct Nii Okaija Adjetey-Sowah :: “Cross the border into Abidjan or Ouagadougou and that same trader is back to cash. That is the gap we are going after.”
L city Abidjan
L city Ouagadougou
> Mr. Adjetey-Sowah, 34, said the money would pay for licences in the two countries, a team of 60 sales agents and a settlement link to the Central Bank of West African States (BCEAO), whose regional instant payment system went live in 2035.
P partial Adjetey-Sowah
F age 34
F number two
F number 60
O intergovernmental Central Bank of West African States
O intergovernmental BCEAO
F date 2035
> The Bank of Ghana (BoG) granted Sikakrom an Enhanced Payment Service Provider licence in 2034. In a statement, the central bank said it had “no objection” to the transaction, provided foreign investors held “less than 49 percent” of the firm’s voting shares after the round.
O government Bank of Ghana
O government BoG
O company Sikakrom
F date 2034
Q direct Bank of Ghana :: “no objection”
Q direct Bank of Ghana :: “less than 49 percent”
F percent 49 percent
> Oduduwa Ventures partner Ifeoluwa Adebanjo-Okafor said her firm had looked at “more than 30” West African payment companies before backing Sikakrom.
O company Oduduwa Ventures
P full Ifeoluwa Adebanjo-Okafor
Q direct Ifeoluwa Adebanjo-Okafor :: “more than 30”
F number 30
O company Sikakrom
> “Most of them are building apps. These guys built the plumbing, and plumbing is what travels,” she said.
Q direct Ifeoluwa Adebanjo-Okafor :: “Most of them are building apps. These guys built the plumbing, and plumbing is what travels,”
> Co-founder and chief operating officer Akosua Serwaa Frimpong said Sikakrom would open an office in Abidjan in September and hoped to be live in Bobo-Dioulasso and Ouagadougou by March 2038. The company employs 152 people, 19 of them engineers at its Kumasi hub.
P full Akosua Serwaa Frimpong
O company Sikakrom
L city Abidjan
L city Bobo-Dioulasso
L city Ouagadougou
F date March 2038
F number 152
F number 19
L city Kumasi
> Analysts said the harder test would be at home, where growth in mobile money payments has slowed since 2034 and fintechs now compete with telecom operators such as MTN Ghana and Telecel Ghana, which offer merchant services of their own.
F date 2034
O company MTN Ghana
O company Telecel Ghana
> An Accra-based fintech analyst, who asked not to be named because his firm advises one of the investors, said Sikakrom’s real advantage was the speed of its settlement. “Traders do not care about the app. They care whether the money is in the bank by evening,” he said.
L city Accra
O company Sikakrom
Q direct - :: “Traders do not care about the app. They care whether the money is in the bank by evening,”
> Sikakrom was founded in 2032 by Mr. Adjetey-Sowah, a former engineer at the Ghana Interbank Payment and Settlement Systems (GhIPSS), and Ms. Frimpong, who previously ran merchant acquiring at a commercial bank in Kumasi. It raised US$4.5million in a Series A round in 2034, led by Yaa Asantewaa Capital.
O company Sikakrom
F date 2032
P partial Adjetey-Sowah
O company Ghana Interbank Payment and Settlement Systems
O company GhIPSS
P partial Frimpong
L city Kumasi
F money US$4.5million
F date 2034
O company Yaa Asantewaa Capital
'''

ARTICLES['369-mokoena-fancourt-garden-route-open-montagu-timeslive'] = r'''
> Sport
> Golf
> Mokoena’s closing 66 at Fancourt seals Garden Route Open
P partial Mokoena
F score 66
L facility Fancourt
> The 29-year-old from Soshanguve came from one shot behind to beat Jan-Hendrik du Toit and Denmark’s Mads Kjærgaard by two
F age 29-year-old
L city Soshanguve
F number one
P full Jan-Hendrik du Toit
L country Denmark
P full Mads Kjærgaard
F number two
> Nomvula Khumalo
P full Nomvula Khumalo
> Sport reporter
> 04 March 2040 - 18:47
F date 04 March 2040
F time 18:47
> Thabiso Mokoena lines up a putt on the 18th green of the Montagu course at Fancourt on Sunday. Image: Sunshine Tour/Gallo Images
P full Thabiso Mokoena
L facility Montagu
L facility Fancourt
O other Sunshine Tour
O media Gallo Images
> Thabiso Mokoena had never led a Sunshine Tour event going into the final round, and on Sunday in George he still did not. He did not need to.
P full Thabiso Mokoena
O other Sunshine Tour
L city George
> The 29-year-old from Soshanguve, north of Pretoria, started one shot behind Jan-Hendrik du Toit on the Montagu course at Fancourt, made six birdies without a bogey in a six-under-par 66 and won the Garden Route Open on 15-under 273, two clear of Du Toit and Mads Kjærgaard.
F age 29-year-old
L city Soshanguve
L city Pretoria
F number one
P full Jan-Hendrik du Toit
L facility Montagu
L facility Fancourt
F number six
F score six-under-par
F score 66
F score 15-under
F score 273
F number two
P partial Du Toit
P full Mads Kjærgaard
> It was his first win on the tour in 87 starts and was worth R1.8m from the R11.5m purse.
F number 87
F money R1.8m
F money R11.5m
> “I told my caddie on the first tee that if we got to 15 under nobody would catch us. I didn’t tell him I was guessing,” said Mokoena, known on tour as “Tibz”.
Q direct Thabiso Mokoena :: “I told my caddie on the first tee that if we got to 15 under nobody would catch us. I didn’t tell him I was guessing,”
F score 15 under
P partial Mokoena
Q scare - :: “Tibz”
> The caddie, George Ntuli, grew up in Thembalethu on the edge of George and has carried bags at Fancourt since he was 16.
P full George Ntuli
L city Thembalethu
L city George
L facility Fancourt
F age 16
> Mokoena’s round turned on the back nine. He holed a 14-metre putt for birdie on the par-four 12th, hit a five-iron to three metres at the 198-metre 14th and got up and down from a greenside bunker for another birdie at the par-five 18th. Du Toit, the 54-hole leader, bogeyed two of the last four holes.
P partial Mokoena
F quantity 14-metre
F score par-four
F quantity three metres
F quantity 198-metre
F score par-five
P partial Du Toit
F number 54
F number two
F number four
> Du Toit, 31, who lives in Stellenbosch, closed with a 69 and shared second with Kjærgaard, who shot 67. Englishman Harry Pennock was fourth on 11 under.
P partial Du Toit
F age 31
L city Stellenbosch
F score 69
P partial Kjærgaard
F score 67
P full Harry Pennock
F score 11 under
> “Thabiso played the last seven holes like it was a Tuesday practice round. I couldn’t buy a putt when it mattered, and that’s golf,” Du Toit said.
Q direct Jan-Hendrik du Toit :: “Thabiso played the last seven holes like it was a Tuesday practice round. I couldn’t buy a putt when it mattered, and that’s golf,”
P partial Thabiso
F number seven
P partial Du Toit
> Kjærgaard, playing his first event in South Africa, said the wind, which gusted to 45km/h in the afternoon, had been “the hardest thing I’ve played in since Denmark in October”.
P partial Kjærgaard
L country South Africa
F quantity 45km/h
Q direct Mads Kjærgaard :: “the hardest thing I’ve played in since Denmark in October”
L country Denmark
> Amateur Lwazi Mthembu, a 19-year-old student at the University of Pretoria, finished on nine under and took the medal for the leading amateur.
P full Lwazi Mthembu
F age 19-year-old
O education University of Pretoria
F score nine under
> Mokoena, who turned professional in 2031 after winning the South African Amateur Championship, spent most of the past two years on the Big Easy Tour, the Sunshine Tour’s development circuit, and kept his card last season only by finishing 68th on the Order of Merit.
P partial Mokoena
F date 2031
F duration two years
O other Big Easy Tour
O other Sunshine Tour
> The win lifts him to third on the Order of Merit and gives him a two-year exemption, as well as starts in two DP World Tour events co-sanctioned by the Sunshine Tour later this year.
F duration two-year
F number two
O other DP World Tour
O other Sunshine Tour
> “My mother still lives in the same four-room house in Soshanguve. The first thing I’m doing with this cheque is fixing her roof,” he said.
Q direct Thabiso Mokoena :: “My mother still lives in the same four-room house in Soshanguve. The first thing I’m doing with this cheque is fixing her roof,”
F number four
L city Soshanguve
> The tour moves to Durban Country Club for the next event, from March 8-11.
L facility Durban Country Club
F date March 8-11
> Leading final scores (par 72; South African unless stated; (a) denotes amateur):
F score par 72
> 273 Thabiso Mokoena 68-70-69-66
F score 273
P full Thabiso Mokoena
F score 68-70-69-66
> 275 Jan-Hendrik du Toit 67-71-68-69, Mads Kjærgaard (DEN) 70-68-70-67
F score 275
P full Jan-Hendrik du Toit
F score 67-71-68-69
P full Mads Kjærgaard
L country DEN
F score 70-68-70-67
> 277 Harry Pennock (ENG) 71-69-67-70
F score 277
P full Harry Pennock
L country ENG
F score 71-69-67-70
> 278 Tinashe Chikore (ZIM) 69-72-68-69, Karandeep Singh Bains (IND) 72-68-70-68, Ruan van der Westhuizen 70-70-69-69
F score 278
P full Tinashe Chikore
L country ZIM
F score 69-72-68-69
P full Karandeep Singh Bains
L country IND
F score 72-68-70-68
P full Ruan van der Westhuizen
F score 70-70-69-69
> 279 Lwazi Mthembu (a) 73-67-70-69, Kittipong Saengchai (THA) 71-70-69-69
F score 279
P full Lwazi Mthembu
F score 73-67-70-69
P full Kittipong Saengchai
L country THA
F score 71-70-69-69
> 280 Sibusiso Dlamini-Nkosi 70-71-71-68, Wian Potgieter 72-70-68-70
F score 280
P full Sibusiso Dlamini-Nkosi
F score 70-71-71-68
P full Wian Potgieter
F score 72-70-68-70
'''

ARTICLES['370-bhotekoshi-flash-flood-barhabise-tatopani-sindhupalchok-himalayan-times'] = r'''
> Nepal
L country Nepal
> Bhotekoshi flood sweeps away 23 houses in Sindhupalchok, six missing
L geo Bhotekoshi
F number 23
L region Sindhupalchok
F number six
> Himalayan News Service
O media Himalayan News Service
> Published: 07:45 pm Jul 17, 2038
F time 07:45 pm
F date Jul 17, 2038
> Nepal Army personnel search through debris left by the flood in Barhabise of Bhotekoshi Rural Municipality, Sindhupalchok, on Saturday, July 17, 2038. Photo: THT
O government Nepal Army
L city Barhabise
L region Bhotekoshi Rural Municipality
L region Sindhupalchok
F date July 17, 2038
O media THT
> SINDHUPALCHOK, JULY 17
L region SINDHUPALCHOK
F date JULY 17
> At least six people are missing and 23 houses have been swept away after the Bhotekoshi River burst its banks in the early hours of Saturday, sending a wall of muddy water and boulders through Barhabise and Tatopani in northern Sindhupalchok.
F number six
F number 23
L geo Bhotekoshi River
L city Barhabise
L city Tatopani
L region Sindhupalchok
> The flood struck around 2:40 am, when most residents were asleep, according to Chief District Officer (CDO) Bishnu Prasad Adhikari. Two of the missing are children, aged six and nine, from a family whose house stood on the riverbank at Tatopani, police said.
F time 2:40 am
P full Bishnu Prasad Adhikari
F number Two
F age six
F age nine
L city Tatopani
> "We have deployed 140 personnel from the Nepal Army, the Armed Police Force and Nepal Police. The search is continuing downstream as far as Lamosanghu, but the river is still too high to enter," CDO Adhikari told THT.
Q direct Bishnu Prasad Adhikari :: "We have deployed 140 personnel from the Nepal Army, the Armed Police Force and Nepal Police. The search is continuing downstream as far as Lamosanghu, but the river is still too high to enter,"
F number 140
O government Nepal Army
O government Armed Police Force
O government Nepal Police
L city Lamosanghu
P partial Adhikari
O media THT
> Sections of the Araniko Highway were washed away at four places between Barhabise and the Friendship Bridge at Kodari, cutting the main trade route to the Tibet Autonomous Region of China. A customs official at Tatopani said around 180 cargo trucks were stranded on both sides of the border.
L street Araniko Highway
F number four
L city Barhabise
L facility Friendship Bridge
L city Kodari
L region Tibet Autonomous Region
L country China
L city Tatopani
F number 180
> The Department of Hydrology and Meteorology (DHM) said the river's level at its Barhabise station rose from 3.1 metres to 7.4 metres in less than 90 minutes, far above the danger mark of 5.5 metres. The discharge peaked at around 1,450 cubic metres per second, four times the July average.
O government Department of Hydrology and Meteorology
O government DHM
L facility Barhabise
F quantity 3.1 metres
F quantity 7.4 metres
F duration 90 minutes
F quantity 5.5 metres
F quantity 1,450 cubic metres per second
F number four
> Sudarshan Pokharel, a senior hydrologist at the DHM, said the speed of the rise pointed to more than heavy rain. The department recorded 212.4 mm of rainfall at Barhabise in the 24 hours to 8:45 am on Saturday, he said.
P full Sudarshan Pokharel
O government DHM
F quantity 212.4 mm
L city Barhabise
F duration 24 hours
F time 8:45 am
> "Our preliminary reading is that a landslide dam on a tributary on the Tibetan side gave way. We are trying to get satellite images and information from the Chinese authorities," Pokharel said. "If it was a glacial lake outburst, we should expect more debris to come down in the coming days."
Q direct Sudarshan Pokharel :: "Our preliminary reading is that a landslide dam on a tributary on the Tibetan side gave way. We are trying to get satellite images and information from the Chinese authorities,"
P partial Pokharel
Q direct Sudarshan Pokharel :: "If it was a glacial lake outburst, we should expect more debris to come down in the coming days."
> The DHM has issued a warning for settlements along the Bhotekoshi and the Sunkoshi downstream, urging people to move "to higher ground immediately" if the water rises again.
O government DHM
L geo Bhotekoshi
L geo Sunkoshi
Q direct Department of Hydrology and Meteorology :: "to higher ground immediately"
> At Tatopani, hotelier Ang Chhiring Sherpa said he woke to the sound of boulders striking the walls of his guesthouse.
L city Tatopani
P full Ang Chhiring Sherpa
> "It was like thunder that did not stop. By the time I got my family onto the road, the kitchen was already gone," Sherpa said. The same stretch of road had been destroyed in the 2016 flood and rebuilt only two years ago, he added.
Q direct Ang Chhiring Sherpa :: "It was like thunder that did not stop. By the time I got my family onto the road, the kitchen was already gone,"
P partial Sherpa
F date 2016
F duration two years
> A woman in Barhabise, who did not want to be named, said residents had received no warning. "The siren never sounded. We only knew because the dogs were barking," she said.
L city Barhabise
Q direct - :: "The siren never sounded. We only knew because the dogs were barking,"
> The National Disaster Risk Reduction and Management Authority (NDRRMA) said it would provide Rs 50,000 to each displaced family for temporary shelter and Rs 5 lakh to the family of each person confirmed dead.
O government National Disaster Risk Reduction and Management Authority
O government NDRRMA
F money Rs 50,000
F money Rs 5 lakh
> Officials put the damage to roads, houses and the 14-MW Golche Khola hydropower plant at more than Rs 1.2 billion. The plant's intake was buried under debris and its 46 staff were evacuated to Barhabise, said Pemba Dorje Tamang, chairperson of Bhotekoshi Rural Municipality.
F quantity 14-MW
L facility Golche Khola
F money Rs 1.2 billion
F number 46
L city Barhabise
P full Pemba Dorje Tamang
L region Bhotekoshi Rural Municipality
> In 2021, a flash flood on the Melamchi River, also in Sindhupalchok, left more than 20 people dead or missing and buried the headworks of the Melamchi Water Supply Project.
F date 2021
L geo Melamchi River
L region Sindhupalchok
F number 20
> A 2020 study by the Kathmandu-based International Centre for Integrated Mountain Development (ICIMOD) identified 47 potentially dangerous glacial lakes in the Koshi, Gandaki and Karnali basins, 25 of them in the Tibet Autonomous Region.
F date 2020
L city Kathmandu
O intergovernmental International Centre for Integrated Mountain Development
O intergovernmental ICIMOD
F number 47
L geo Koshi
L geo Gandaki
L geo Karnali
F number 25
L region Tibet Autonomous Region
'''

ARTICLES['371-kikori-by-election-koivi-declared-kerema-gulf-post-courier'] = r'''
> National
> Koivi declared Kikori MP after 22 exclusions
P partial Koivi
L region Kikori
F number 22
> Pangu Pati’s Augustine Hoiri Koivi takes Gulf seat by 3,593 votes as runner-up vows court challenge
O party Pangu Pati
P full Augustine Hoiri Koivi
L region Gulf
F number 3,593
> By JOSEPHINE KUMBIA
P full JOSEPHINE KUMBIA
> March 21, 2039
F date March 21, 2039
> Newly declared Kikori MP Augustine Hoiri Koivi is carried by supporters outside the counting centre in Kerema yesterday. Picture: JOSEPHINE KUMBIA
L region Kikori
P full Augustine Hoiri Koivi
L city Kerema
P full JOSEPHINE KUMBIA
> PANGU Pati candidate Augustine Hoiri Koivi has won the Kikori Open by-election in Gulf Province, taking the seat left vacant by the death of Sir Paul Iamo Naime in November last year.
O party PANGU Pati
P full Augustine Hoiri Koivi
L region Kikori Open
L region Gulf Province
P full Paul Iamo Naime
> Returning officer Lohia Heni declared Mr Koivi the winner at the Kerema counting centre at 4.15pm on Sunday, after 22 candidates had been excluded and their preferences distributed under the limited preferential voting (LPV) system.
P full Lohia Heni
P partial Koivi
L city Kerema
F time 4.15pm
F number 22
> Mr Koivi, 52, a former Gulf provincial administrator, finished with 17,904 votes to 14,311 for People’s National Congress candidate Lahui Sere Maiha, a margin of 3,593. The absolute majority after exhausted ballots were set aside was 16,108.
P partial Koivi
F age 52
L region Gulf
F number 17,904
F number 14,311
O party People’s National Congress
P full Lahui Sere Maiha
F number 3,593
F number 16,108
> A total of 24 candidates contested the seat, and 41,862 ballot papers were counted over 13 days.
F number 24
F number 41,862
F duration 13 days
> “This victory belongs to the people of Kikori, from the Purari delta to the headwaters of the Kikori River. I will not be a Port Moresby MP. You will find me in Kikori, in Baimuru and in Ihu,” Mr Koivi told supporters.
Q direct Augustine Hoiri Koivi :: “This victory belongs to the people of Kikori, from the Purari delta to the headwaters of the Kikori River. I will not be a Port Moresby MP. You will find me in Kikori, in Baimuru and in Ihu,”
L region Kikori
L geo Purari
L geo Kikori River
L city Port Moresby
L city Kikori
L city Baimuru
L city Ihu
P partial Koivi
> He then switched to Tok Pisin: “Mi no bai lusim yupela” (I will not leave you).
Q direct Augustine Hoiri Koivi :: “Mi no bai lusim yupela”
> Mr Koivi said his first task would be an audit of K10 million in District Services Improvement Program (DSIP) funds for Kikori that had not been acquitted since 2037, and that landowners along the pipeline route of the Papua LNG project must be paid their royalties “on time and in full”.
P partial Koivi
F money K10 million
L region Kikori
F date 2037
Q direct Augustine Hoiri Koivi :: “on time and in full”
> Mr Maiha, who led on primary votes in Baimuru, said he would challenge the result in the Court of Disputed Returns, alleging that ballot boxes from two polling places in the Ihu area had been tampered with on the way to Kerema by dinghy.
P partial Maiha
L city Baimuru
O government Court of Disputed Returns
F number two
L city Ihu
L city Kerema
> “We have the names of the scrutineers who saw the seals broken. We will file our petition within the 40 days the law allows us,” he said.
Q direct Lahui Sere Maiha :: “We have the names of the scrutineers who saw the seals broken. We will file our petition within the 40 days the law allows us,”
F duration 40 days
> The PNG Electoral Commission said in a statement that the count had been “conducted in full view of scrutineers from all candidates” and that any complaint should be taken to the court “and not to the streets”.
O government PNG Electoral Commission
Q direct PNG Electoral Commission :: “conducted in full view of scrutineers from all candidates”
Q direct PNG Electoral Commission :: “and not to the streets”
> Gulf provincial police commander Superintendent Kila Vagi said 60 police and 40 soldiers of the PNG Defence Force had been sent to Kerema, and a 6pm curfew would remain until Wednesday. Two houses were burnt at Ihu on the night before the declaration, but no one was hurt.
L region Gulf
P full Kila Vagi
F number 60
F number 40
O government PNG Defence Force
L city Kerema
F time 6pm
F number Two
L city Ihu
> Dr Elizabeth Auka-Iamo, a Kerema doctor and the only woman among the 24 candidates, was the last to be excluded. Of her votes, 3,870 went to Mr Koivi and 2,114 to Mr Maiha, with the rest exhausted.
P full Elizabeth Auka-Iamo
L city Kerema
F number 24
F number 3,870
P partial Koivi
F number 2,114
P partial Maiha
> Sir Paul, who held the seat for three terms, died at Port Moresby General Hospital aged 61. Hundreds of mourners gathered for a “haus krai” at Kikori in the days after his death.
P partial Paul
F number three
O other Port Moresby General Hospital
F age 61
Q scare - :: “haus krai”
L city Kikori
> Kikori Open by-election: leading primary votes
L region Kikori Open
> Augustine Hoiri Koivi (Pangu Pati) 9,412
P full Augustine Hoiri Koivi
O party Pangu Pati
F number 9,412
> Lahui Sere Maiha (PNC) 8,107
P full Lahui Sere Maiha
O party PNC
F number 8,107
> Elizabeth Auka-Iamo (Independent) 5,236
P full Elizabeth Auka-Iamo
F number 5,236
> Ove Kila Eka (United Resources Party) 3,980
P full Ove Kila Eka
O party United Resources Party
F number 3,980
> John Sisa Oa (National Alliance) 2,615
P full John Sisa Oa
O party National Alliance
F number 2,615
> Final count (after 22 exclusions): Koivi 17,904, Maiha 14,311
F number 22
P partial Koivi
F number 17,904
P partial Maiha
F number 14,311
'''

ARTICLES['372-eindhoven-boxtel-line-closure-best-wilhelmina-canal-bridge-dutchnews'] = r'''
> Transport
> No trains between Eindhoven and Boxtel for nine days in July as ProRail replaces canal bridge
L city Eindhoven
L city Boxtel
F duration nine days
O company ProRail
> March 23, 2039
F date March 23, 2039
> A Sprinter at Best station, which will be closed for the whole period. Photo: ProRail
L facility Best
O company ProRail
> Rail infrastructure company ProRail will close the line between Eindhoven and Boxtel for nine days this summer to replace the railway bridge over the Wilhelmina canal near Best, cutting one of the busiest rail links in the south of the country.
O company ProRail
L city Eindhoven
L city Boxtel
F duration nine days
L geo Wilhelmina
L city Best
> No trains will run between the two cities from 8pm on Friday July 15 until the start of service on Monday July 25, ProRail said on Wednesday. Nederlandse Spoorwegen (NS) will deploy some 140 replacement buses, but passengers should allow at least 40 minutes extra for their journey.
F number two
F time 8pm
F date July 15
F date July 25
O company ProRail
O company Nederlandse Spoorwegen
O company NS
F number 140
F duration 40 minutes
> The line carries around 1,100 trains a day, including intercity services from Amsterdam, Utrecht and 's-Hertogenbosch to Eindhoven and freight trains heading for Venlo and Germany. Some 85,000 passengers use the stretch on an average weekday, according to NS.
F number 1,100
L city Amsterdam
L city Utrecht
L city 's-Hertogenbosch
L city Eindhoven
L city Venlo
L country Germany
F number 85,000
O company NS
> The current bridge dates from 1938 and is too low for the larger container barges that Rijkswaterstaat wants to allow on the canal from 2041. The new steel span will be 1.4 metres higher and 62 metres long, and will be slid into place in one piece from a temporary platform on the canal bank.
F date 1938
O government Rijkswaterstaat
F date 2041
F quantity 1.4 metres
F quantity 62 metres
> The work will cost €46 million, of which the infrastructure ministry will pay €31 million and the province of Noord-Brabant the rest.
F money €46 million
F money €31 million
L region Noord-Brabant
> ‘Painful but necessary’
Q direct Marloes IJzerman :: ‘Painful but necessary’
> “Nine days without trains is painful, for travellers and for Best in particular, but it is necessary,” ProRail project manager Marloes IJzerman told regional broadcaster Omroep Brabant. “The alternative was to close the line every weekend for eight months. We chose one short, hard closure in the summer holidays, when there are fewer commuters.”
Q direct Marloes IJzerman :: “Nine days without trains is painful, for travellers and for Best in particular, but it is necessary,”
F duration Nine days
L city Best
O company ProRail
P full Marloes IJzerman
O media Omroep Brabant
Q direct Marloes IJzerman :: “The alternative was to close the line every weekend for eight months. We chose one short, hard closure in the summer holidays, when there are fewer commuters.”
F duration eight months
F number one
> Best, a town of 31,000 people between Eindhoven and Boxtel, will lose its station for the whole period. The town council has asked NS to run an extra shuttle bus to Eindhoven Airport and to the ASML campus in Veldhoven, where many residents work.
L city Best
F number 31,000
L city Eindhoven
L city Boxtel
O company NS
L facility Eindhoven Airport
O company ASML
L city Veldhoven
> Alderman Sanne ter Horst said the closure came on top of roadworks on the A2 motorway, which runs past the town. “In July people here will have no train and a motorway full of jams. We need the ministry and NS to take that seriously,” she said.
P full Sanne ter Horst
L street A2
Q direct Sanne ter Horst :: “In July people here will have no train and a motorway full of jams. We need the ministry and NS to take that seriously,”
O company NS
> Ter Horst said the council would also ask for a taxi service for elderly residents who cannot manage the buses.
P partial Ter Horst
> Travellers’ association Rover called the plan “reasonable” but said NS must make sure replacement buses run “every five minutes at peak times”.
O nonprofit Rover
Q direct Rover :: “reasonable”
O company NS
Q direct Rover :: “every five minutes at peak times”
F duration five minutes
> Freight trains on the so-called “Brabant route” between the port of Rotterdam and Venlo will be diverted over the Betuweroute, ProRail said. Belgian operator Lineas and Germany’s DB Cargo said they expected delays of up to two hours per train.
Q scare - :: “Brabant route”
L region Brabant
L city Rotterdam
L city Venlo
L facility Betuweroute
O company ProRail
O company Lineas
L country Germany
O company DB Cargo
F duration two hours
> The bridge is part of a €1.3 billion programme to add capacity on the corridor between Amsterdam and Eindhoven, where NS wants to run a train every 10 minutes from 2042.
F money €1.3 billion
L city Amsterdam
L city Eindhoven
O company NS
F duration 10 minutes
F date 2042
> ProRail will publish the bus timetable on May 1, and NS’s journey planner will show the changes from June 15.
O company ProRail
F date May 1
O company NS
F date June 15
> Thank you for donating to DutchNews.nl. Without the support of our readers we could not keep Dutch News free of charge.
O media DutchNews.nl
O media Dutch News
'''


if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
