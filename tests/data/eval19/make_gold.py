#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Generates the invented blind test articles of eval19 (NN-slug.txt) and their gold files.
"""Usage: python3 tests/data/eval19/make_gold.py [--dump]   (notation: tests/data/gold_notation.py)"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_notation  # noqa: E402  (tests/data/gold_notation.py)

ARTICLES = {}

ARTICLES['157-uist-barra-hospital-overnight-beds'] = r'''
> Health
> Uist and Barra Hospital to lose overnight beds as health board blames staffing crisis
O other Uist and Barra Hospital
> NHS Western Isles says nine of 23 nursing posts in Benbecula are empty, but islanders fear a journey of more than 100 miles to Stornoway
O government NHS Western Isles
F number nine
F number 23
L geo Benbecula
F quantity 100 miles
L city Stornoway
> By Ruaraidh MacInnes
P full Ruaraidh MacInnes
> October 15 2030, 6.00am Updated: October 15 2030, 11.42am
F date October 15 2030
F time 6.00am
F date October 15 2030
F time 11.42am
> Uist and Barra Hospital in Balivanich, Benbecula, has 12 inpatient beds. Image: Mhairi Gillies/DC Thomson
O other Uist and Barra Hospital
L city Balivanich
L geo Benbecula
F number 12
P full Mhairi Gillies
O media DC Thomson
> Overnight care at the only hospital serving Uist and Barra could end next spring under plans published by NHS Western Isles, which says it can no longer staff its acute ward safely.
L geo Uist
L geo Barra
O government NHS Western Isles
> The health board, known in Gaelic as Bòrd SSN nan Eilean Siar, wants to close the 12-bed ward at Uist and Barra Hospital in Balivanich (Baile a’ Mhanaich) between 8pm and 8am from April 1 2031 and turn it into a daytime assessment unit.
O government Bòrd SSN nan Eilean Siar
F number 12
O other Uist and Barra Hospital
L city Balivanich
L city Baile a’ Mhanaich
F time 8pm
F time 8am
F date April 1 2031
> Patients who need to stay in overnight would instead be taken to Western Isles Hospital in Stornoway, more than 100 miles away by road and the Berneray to Leverburgh ferry, or flown to Glasgow or Inverness.
O other Western Isles Hospital
L city Stornoway
F quantity 100 miles
L geo Berneray
L city Leverburgh
L city Glasgow
L city Inverness
> “We have not taken this lightly,” said Fiona Dingwall, the board’s chief executive. “Nine of the 23 registered nurse posts in Benbecula are vacant, and we spent £2.1m on agency staff last year just to keep the ward open. That is neither safe nor sustainable.”
Q direct Fiona Dingwall :: “We have not taken this lightly,”
Q direct Fiona Dingwall :: “Nine of the 23 registered nurse posts in Benbecula are vacant, and we spent £2.1m on agency staff last year just to keep the ward open. That is neither safe nor sustainable.”
P full Fiona Dingwall
F number Nine
F number 23
L geo Benbecula
F money £2.1m
> Ms Dingwall, who ran community nursing for NHS Highland in Dingwall before moving to Stornoway in 2027, said the change would save about £1.4m a year. She wants to spend the money on “hospital at home” care and on two advanced nurse practitioners based in Lochboisdale and Lochmaddy.
P partial Dingwall
O government NHS Highland
L city Dingwall
L city Stornoway
F date 2027
F money £1.4m
Q scare - :: “hospital at home”
F number two
L city Lochboisdale
L city Lochmaddy
> The proposal has angered islanders in South Uist, Eriskay and Barra, where some townships are already two hours or more from Balivanich in winter, when CalMac’s Sound of Barra ferry is often cancelled.
L geo South Uist
L geo Eriskay
L geo Barra
F duration two hours
L city Balivanich
O company CalMac
L geo Sound of Barra
> Angus John MacDonald, 67, a crofter from Garrynamonie, said his wife spent four nights on the ward after a fall in January.
P full Angus John MacDonald
F age 67
L city Garrynamonie
F duration four nights
> “If that had been Stornoway, I would have had to take the car on two ferries and sleep in it,” he said. “People here are not asking for a palace. We are asking for a bed.”
Q direct Angus John MacDonald :: “If that had been Stornoway, I would have had to take the car on two ferries and sleep in it,”
L city Stornoway
F number two
Q direct Angus John MacDonald :: “People here are not asking for a palace. We are asking for a bed.”
> Calum Macphail, the SNP MSP for Na h-Eileanan an Iar, said he had written to the health secretary asking the Scottish Government to “step in before the ward is lost for good”.
P full Calum Macphail
L region Na h-Eileanan an Iar
O government Scottish Government
Q direct Calum Macphail :: “step in before the ward is lost for good”
> “Once an island loses its overnight beds, it does not get them back,” he said. “Every service we move to Stornoway or the mainland is another reason for a young family to leave the Western Isles.”
Q direct Calum Macphail :: “Once an island loses its overnight beds, it does not get them back,”
Q direct Calum Macphail :: “Every service we move to Stornoway or the mainland is another reason for a young family to leave the Western Isles.”
L city Stornoway
L region Western Isles
> Councillor Peigi MacPhee, who represents Uibhist a Deas, Èirisgeigh agus Beinn na Faoghla on Comhairle nan Eilean Siar, said the council had not been consulted before the plan was published.
P full Peigi MacPhee
L region Uibhist a Deas, Èirisgeigh agus Beinn na Faoghla
O government Comhairle nan Eilean Siar
> “We found out from a press release,” she told The Press and Journal. “The comhairle has been told for years that recruitment in Uist was improving. Now we hear nine posts are empty and nothing can be done.
Q direct Peigi MacPhee :: “We found out from a press release,”
O media The Press and Journal
Q direct Peigi MacPhee :: “The comhairle has been told for years that recruitment in Uist was improving. Now we hear nine posts are empty and nothing can be done.
L geo Uist
F number nine
> “I have families in Smerclate and on Eriskay who moved home because there was a hospital 40 minutes up the road. What do I tell them now?”
Q direct Peigi MacPhee :: “I have families in Smerclate and on Eriskay who moved home because there was a hospital 40 minutes up the road. What do I tell them now?”
L city Smerclate
L geo Eriskay
F duration 40 minutes
> The Uist Health Action Group (UHAG), set up last year after the hospital’s out-of-hours X-ray service was cut, said 1,840 people had signed its petition in five days. Uist and Barra have a combined population of about 6,000.
O nonprofit Uist Health Action Group
O nonprofit UHAG
F number 1,840
F duration five days
L geo Uist
L geo Barra
F number 6,000
> Its chairman, Seumas Mac an t-Saoir, said the group would take the petition to the Scottish Parliament if the board did not change course. According to Mr Mac an t-Saoir, the plan amounts to “planning for failure and calling it reform”.
P full Seumas Mac an t-Saoir
O government Scottish Parliament
P partial Mac an t-Saoir
Q direct Seumas Mac an t-Saoir :: “planning for failure and calling it reform”
> Figures from the Scottish Ambulance Service show that 214 patients were flown off Uist and Barra in 2029, up from 163 in 2025. Loganair’s scheduled flights from Benbecula Airport to Glasgow are also regularly grounded by high winds.
O government Scottish Ambulance Service
F number 214
L geo Uist
L geo Barra
F date 2029
F number 163
F date 2025
O company Loganair
L facility Benbecula Airport
L city Glasgow
> A Scottish Government spokesperson said health boards were responsible for “the safe and effective delivery of local services” and that ministers expected “meaningful engagement” with islanders.
O government Scottish Government
Q direct - :: “the safe and effective delivery of local services”
Q direct - :: “meaningful engagement”
> The board will hold public meetings in Castlebay, Lochboisdale and Balivanich later this month. A 12-week consultation closes on January 9 2031, and a final decision is due at a board meeting in Stornoway on February 26.
L city Castlebay
L city Lochboisdale
L city Balivanich
F duration 12-week
F date January 9 2031
L city Stornoway
F date February 26
'''

ARTICLES['158-mtwara-cashew-auction-price-slump'] = r'''
> Business
> Cashew Farmers Hold Back Crop as Auction Prices Slide in Mtwara
L region Mtwara
> Growers in Tandahimba and Newala refuse to sell at TSh1,920 a kilo, down from TSh2,650 at the season’s opening sale, as buyers blame weak demand in Vietnam and India
L region Tandahimba
L region Newala
F money TSh1,920
F money TSh2,650
L country Vietnam
L country India
> By Halima Nangawe
P full Halima Nangawe
> Tuesday, November 12, 2030
F date November 12, 2030
> A farmer spreads raw cashew nuts to dry at Chikundi village in Tandahimba District, Mtwara Region. PHOTO | HALIMA NANGAWE
L city Chikundi
L region Tandahimba District
L region Mtwara Region
P full HALIMA NANGAWE
> Mtwara. Cashew farmers in southern Tanzania have refused to sell more than 18,000 tonnes of raw nuts after prices at the third auction of the 2030/31 season fell by more than a quarter in three weeks.
L city Mtwara
L country Tanzania
F quantity 18,000 tonnes
F date 2030/31
F fraction a quarter
F duration three weeks
> At Saturday’s auction in Tandahimba, run by the Tandahimba and Newala Cooperative Union (Tanecu) through the Tanzania Mercantile Exchange (TMX), the highest bid was TSh1,920 per kilogramme and the lowest TSh1,610. At the opening auction on October 19, buyers paid up to TSh2,650.
L city Tandahimba
O nonprofit Tandahimba and Newala Cooperative Union
O nonprofit Tanecu
O company Tanzania Mercantile Exchange
O company TMX
F money TSh1,920
F money TSh1,610
F date October 19
F money TSh2,650
> Of the 27 primary cooperatives, known as Amcos, that brought nuts to the sale, 19 rejected every bid, according to Tanecu’s general manager, Juma Said Nandonde.
F number 27
F number 19
O nonprofit Tanecu
P full Juma Said Nandonde
> “Farmers have seen the price drop by TSh730 in three weeks, while the cost of sulphur and labour has gone up,” Mr Nandonde said. “Nobody is going to sell at a loss when they can keep the nuts in the warehouse and wait.”
Q direct Juma Said Nandonde :: “Farmers have seen the price drop by TSh730 in three weeks, while the cost of sulphur and labour has gone up,”
F money TSh730
F duration three weeks
P partial Nandonde
Q direct Juma Said Nandonde :: “Nobody is going to sell at a loss when they can keep the nuts in the warehouse and wait.”
> Under the warehouse receipt system, farmers deliver their nuts to an Amcos warehouse and are paid only after the crop is sold at auction, usually within 14 days. Unsold nuts stay in the warehouse for the next sale.
F duration 14 days
> The Cashewnut Board of Tanzania (CBT) said global prices had been dragged down by a large harvest in Côte d’Ivoire and by high stocks held by processors in Vietnam, which buys most of Tanzania’s raw nuts.
O government Cashewnut Board of Tanzania
O government CBT
L country Côte d’Ivoire
L country Vietnam
L country Tanzania
> “Prices are set by the world market, not by the board,” the CBT’s acting director general, Dr Grace Mwakilema, told The Citizen in Dar es Salaam. She said farmers who held back their crop risked “a bigger loss at the end of the season” if prices did not recover.
Q direct Grace Mwakilema :: “Prices are set by the world market, not by the board,”
O government CBT
P full Grace Mwakilema
O media The Citizen
L city Dar es Salaam
Q direct Grace Mwakilema :: “a bigger loss at the end of the season”
> Tanzania produced 305,000 tonnes of raw cashew nuts in the 2029/30 season, worth about TSh742 billion, most of it from Mtwara, Lindi and Ruvuma regions. This season’s crop is forecast at 330,000 tonnes.
L country Tanzania
F quantity 305,000 tonnes
F date 2029/30
F money TSh742 billion
L region Mtwara
L region Lindi
L region Ruvuma
F quantity 330,000 tonnes
> In Chikundi, a village of about 2,300 people some 12 kilometres from Tandahimba town, Mohamedi Ali Mkwela, 58, has 40 bags of nuts stored at the Chikundi Amcos warehouse. Each bag holds 80 kilogrammes.
L city Chikundi
F number 2,300
F quantity 12 kilometres
L city Tandahimba
P full Mohamedi Ali Mkwela
F age 58
F number 40
O nonprofit Chikundi Amcos
F quantity 80 kilogrammes
> “Last season I sold at TSh2,400 and paid school fees for all four of my children,” he said. “At TSh1,900 I cannot even pay the people who helped me harvest. We will wait for December.”
Q direct Mohamedi Ali Mkwela :: “Last season I sold at TSh2,400 and paid school fees for all four of my children,”
F money TSh2,400
F number four
Q direct Mohamedi Ali Mkwela :: “At TSh1,900 I cannot even pay the people who helped me harvest. We will wait for December.”
F money TSh1,900
> Farmers’ leaders also warned that a long standoff could revive what growers call “kangomba”, the informal trade in which middlemen buy nuts for cash at the farm gate, often at half the auction price. The practice is banned under cashew industry regulations.
Q scare - :: “kangomba”
F fraction half
> “When a mother needs money for a hospital bill today, she will sell to the kangomba man for TSh1,000 and the Amcos will never see those nuts,” said Fatuma Kasembe, chairwoman of the Chikundi Amcos.
Q direct Fatuma Kasembe :: “When a mother needs money for a hospital bill today, she will sell to the kangomba man for TSh1,000 and the Amcos will never see those nuts,”
F money TSh1,000
P full Fatuma Kasembe
O nonprofit Chikundi Amcos
> Mtwara Regional Commissioner Abdallah Mnyangali said the government would not set a minimum price, but that district councils would step up patrols to stop nuts being smuggled across the Ruvuma River into Mozambique.
L region Mtwara
P full Abdallah Mnyangali
L geo Ruvuma River
L country Mozambique
> “We have told every district security committee in Masasi, Nanyumbu, Newala and Tandahimba to be on alert,” he said at a meeting in Mtwara on Monday. “Any lorry carrying cashew at night will be stopped.”
Q direct Abdallah Mnyangali :: “We have told every district security committee in Masasi, Nanyumbu, Newala and Tandahimba to be on alert,”
L region Masasi
L region Nanyumbu
L region Newala
L region Tandahimba
L city Mtwara
Q direct Abdallah Mnyangali :: “Any lorry carrying cashew at night will be stopped.”
> Buyers say the problem is not unique to Tanzania. Vipul Desai, a director at Lindi Coast Commodities Ltd, which exports raw nuts to Vietnam and India, said processors there were offering about $1,050 a tonne for Tanzanian nuts, compared with $1,400 a year ago.
L country Tanzania
P full Vipul Desai
O company Lindi Coast Commodities Ltd
L country Vietnam
L country India
F money $1,050
F money $1,400
> “If farmers wait for TSh2,500, they may be waiting until March,” Mr Desai said.
Q direct Vipul Desai :: “If farmers wait for TSh2,500, they may be waiting until March,”
F money TSh2,500
P partial Desai
> Agricultural economist Neema Kitundu of the University of Dar es Salaam said many Amcos had borrowed from banks against expected sales at interest rates of 17 percent or more, so the union could not hold the crop for long.
P full Neema Kitundu
O education University of Dar es Salaam
F percent 17 percent
> “The warehouses in Mtwara can take about 60,000 tonnes. After that, the nuts start to spoil,” she said. “Holding back works for two or three weeks, not for two months.”
Q direct Neema Kitundu :: “The warehouses in Mtwara can take about 60,000 tonnes. After that, the nuts start to spoil,”
L city Mtwara
F quantity 60,000 tonnes
Q direct Neema Kitundu :: “Holding back works for two or three weeks, not for two months.”
F duration two
F duration three weeks
F duration two months
> The next Tanecu auction is set for November 23 in Newala, while the Masasi and Mtwara Cooperative Union (Mamcu) will hold its fourth sale in Masasi on November 20.
O nonprofit Tanecu
F date November 23
L city Newala
O nonprofit Masasi and Mtwara Cooperative Union
O nonprofit Mamcu
L city Masasi
F date November 20
'''

ARTICLES['159-fresnillo-police-disappearance-charges'] = r'''
> Americas
L continent Americas
> Zacatecas prosecutors charge 7 police officers over disappearance of 5 young men
L region Zacatecas
F number 7
F number 5
> Members of the search collective Colectivo Raíces de Plateros dig at a site near El Mezquitillo, in the municipality of Fresnillo, Zacatecas state, Mexico, on Oct. 17, 2030. EFE/Adriana Solís Ortega
O nonprofit Colectivo Raíces de Plateros
L city El Mezquitillo
L city Fresnillo
L region Zacatecas
L country Mexico
F date Oct. 17, 2030
O media EFE
P full Adriana Solís Ortega
> Zacatecas, Mexico, Oct 22 (EFE).- Prosecutors in the north-central Mexican state of Zacatecas on Wednesday charged seven municipal police officers from Fresnillo with the forced disappearance of five young men whose remains were found last week in clandestine graves.
L city Zacatecas
L country Mexico
F date Oct 22
O media EFE
L region Zacatecas
F number seven
L city Fresnillo
F number five
> The Zacatecas State Attorney General's Office (FGJEZ) said in a statement that the officers, who were arrested on Monday, handed the men over to a cell of the Jalisco New Generation Cartel (CJNG) after detaining them at a checkpoint in the town of Plateros on Sept. 28.
O government Zacatecas State Attorney General's Office
O government FGJEZ
O other Jalisco New Generation Cartel
O other CJNG
L city Plateros
F date Sept. 28
> "The evidence shows that the detention was never registered and that the victims were delivered to members of a criminal group that same night," the office said.
Q direct Zacatecas State Attorney General's Office :: "The evidence shows that the detention was never registered and that the victims were delivered to members of a criminal group that same night,"
> The victims, aged between 17 and 23, lived in Plateros and the neighboring community of San José de Lourdes. Their families reported them missing the following day.
F age 17
F age 23
L city Plateros
L city San José de Lourdes
> Searchers from Colectivo Raíces de Plateros, a group made up mostly of the mothers and sisters of missing people, found the first of three graves on Oct. 14 on a ranch near El Mezquitillo, about 25 kilometers (15 miles) north of Fresnillo.
O nonprofit Colectivo Raíces de Plateros
F number three
F date Oct. 14
L city El Mezquitillo
F quantity 25 kilometers
F quantity 15 miles
L city Fresnillo
> "We dug with our own hands for five days before anyone from the prosecutor's office came," Lucía Zamora Ibarra, whose 19-year-old son Kevin was among the victims, told EFE. "They knew where to look. We had to show them."
Q direct Lucía Zamora Ibarra :: "We dug with our own hands for five days before anyone from the prosecutor's office came,"
F duration five days
P full Lucía Zamora Ibarra
F age 19-year-old
P partial Kevin
O media EFE
Q direct Lucía Zamora Ibarra :: "They knew where to look. We had to show them."
> Zamora said the mothers had received threats since they began searching the hills around Fresnillo in 2028.
P partial Zamora
L city Fresnillo
F date 2028
> The FGJEZ said forensic experts had identified four of the five victims through DNA tests, and that a fifth set of remains was still being analyzed at the state forensic service in Zacatecas city.
O government FGJEZ
F number four
F number five
L city Zacatecas
> State Attorney General Rodrigo Álvarez Treviño told reporters that a judge had ordered the seven officers held in pretrial detention at the Cieneguillas prison while the investigation continues, which could take up to six months. If convicted of forced disappearance, they face 40 to 60 years in prison.
P full Rodrigo Álvarez Treviño
F number seven
L facility Cieneguillas
F duration six months
F duration 40
F duration 60 years
> "There will be no protection for anyone who wears a uniform and works for organized crime," Álvarez Treviño said. "Not for these seven, and not for anyone above them."
Q direct Rodrigo Álvarez Treviño :: "There will be no protection for anyone who wears a uniform and works for organized crime,"
P partial Álvarez Treviño
Q direct Rodrigo Álvarez Treviño :: "Not for these seven, and not for anyone above them."
F number seven
> A municipal police commander, identified only as José "N" under Mexican rules that protect the identity of suspects, is among those charged. Each officer earned about 13,500 pesos ($740) a month, the office said.
P partial José
Q scare - :: "N"
F money 13,500 pesos
F money $740
> An eighth suspect, a CJNG plaza boss known as "El Güero," was arrested on Sunday in Zamora, in the western state of Michoacán, and will be transferred to Zacatecas, the office added. The state government had offered a reward of 1 million pesos (about $55,000) for information on his whereabouts.
O other CJNG
Q scare - :: "El Güero,"
L city Zamora
L region Michoacán
L region Zacatecas
F money 1 million pesos
F money $55,000
> Fresnillo's mayor suspended the municipal security chief on Tuesday and asked the National Guard to take over policing in Plateros.
L city Fresnillo
O government National Guard
L city Plateros
> The CJNG has been fighting the Sinaloa Cartel for control of trafficking routes through Zacatecas since 2019, and Fresnillo has for years ranked among the cities where residents feel least safe in the National Survey of Urban Public Security (ENSU) published by the National Institute of Statistics and Geography (INEGI).
O other CJNG
O other Sinaloa Cartel
L region Zacatecas
F date 2019
L city Fresnillo
O government National Institute of Statistics and Geography
O government INEGI
> In the latest survey, 91.4 percent of adults in Fresnillo said they felt unsafe in their city, according to INEGI.
F percent 91.4 percent
L city Fresnillo
O government INEGI
> The Miguel Agustín Pro Juárez Human Rights Center, known as Centro Prodh, said the case showed that municipal police remained "the weakest link" in efforts to stop disappearances.
O nonprofit Miguel Agustín Pro Juárez Human Rights Center
O nonprofit Centro Prodh
Q direct Miguel Agustín Pro Juárez Human Rights Center :: "the weakest link"
> More than 130,000 people are listed as missing in Mexico, according to the National Search Commission, most of them since 2006, when the federal government sent the army against the drug cartels.
F number 130,000
L country Mexico
O government National Search Commission
F date 2006
> The families plan to march on Sunday from Plateros to the main square in Fresnillo, 8 kilometers away, Zamora said.
L city Plateros
L city Fresnillo
F quantity 8 kilometers
P partial Zamora
> "We want the names of whoever gave the order," she said. "Seven police officers is not justice. It is a start."
Q direct Lucía Zamora Ibarra :: "We want the names of whoever gave the order,"
Q direct Lucía Zamora Ibarra :: "Seven police officers is not justice. It is a start."
F number Seven
'''

ARTICLES['160-bosporus-bulk-carrier-vanikoy-mansion'] = r'''
> Türkiye
L country Türkiye
> Bulk Carrier Loses Steering, Rams Historic Waterfront Mansion on Istanbul's Bosporus
L city Istanbul
L geo Bosporus
> A 189-meter ship hauling wheat from Romania struck the Ferhunde Hanım Yalısı in Vaniköy before dawn, halting traffic in the strait for nine hours
F quantity 189-meter
L country Romania
L facility Ferhunde Hanım Yalısı
L city Vaniköy
F duration nine hours
> DAILY SABAH WITH AA
O media DAILY SABAH
O media AA
> ISTANBUL
L city ISTANBUL
> Oct 03, 2030 - 11:48 am GMT+3
F date Oct 03, 2030
F time 11:48 am GMT+3
> Tugboats pull the Maltese-flagged bulk carrier Stella Kore away from the shore in Vaniköy, Istanbul, Türkiye, Oct. 3, 2030. (AA Photo)
L city Vaniköy
L city Istanbul
L country Türkiye
F date Oct. 3, 2030
O media AA
> A Maltese-flagged bulk carrier lost steering in the Bosporus early Thursday and crashed into a 19th-century waterfront mansion in Istanbul's Vaniköy neighborhood, destroying its boathouse and halting ship traffic through the strait for nine hours, officials said.
L geo Bosporus
L city Istanbul
L city Vaniköy
F duration nine hours
> No one was injured. The mansion, known as the Ferhunde Hanım Yalısı, was empty at the time, according to its owner.
L facility Ferhunde Hanım Yalısı
> The 189-meter Stella Kore, carrying 33,600 tons of wheat from the Romanian port of Constanța to Alexandria in Egypt, reported an engine failure at 3:42 a.m. local time off Kandilli, the Directorate General of Coastal Safety (KEGM) said in a statement.
F quantity 189-meter
F quantity 33,600 tons
L city Constanța
L city Alexandria
L country Egypt
F time 3:42 a.m.
L city Kandilli
O government Directorate General of Coastal Safety
O government KEGM
> "The vessel drifted about 400 meters with the current before striking the shore at 3:51 a.m. Two tugboats reached the ship within 12 minutes and prevented a second impact," the directorate said.
Q direct Directorate General of Coastal Safety :: "The vessel drifted about 400 meters with the current before striking the shore at 3:51 a.m. Two tugboats reached the ship within 12 minutes and prevented a second impact,"
F quantity 400 meters
F time 3:51 a.m.
F number Two
F duration 12 minutes
> Four more tugs and three Coast Guard Command boats were later sent to the scene, and the ship was pulled free at 7:20 a.m. It was escorted to an anchorage off Büyükdere, on the European side of the city, where inspectors from the Transport and Infrastructure Ministry boarded it.
F number Four
F number three
O government Coast Guard Command
F time 7:20 a.m.
L city Büyükdere
O government Transport and Infrastructure Ministry
> The Turkish Straits Vessel Traffic Service stopped traffic in both directions between 4:05 a.m. and 1:10 p.m., leaving 47 ships waiting at anchor at both ends of the strait, Transport and Infrastructure Minister Kemal Aydınlı said.
O government Turkish Straits Vessel Traffic Service
F time 4:05 a.m.
F time 1:10 p.m.
F number 47
P full Kemal Aydınlı
> "The crew and the pilots did everything right once the engine failed. What we will investigate is why a ship with a known problem in its engine room was allowed to enter the strait," Aydınlı told reporters in Vaniköy.
Q direct Kemal Aydınlı :: "The crew and the pilots did everything right once the engine failed. What we will investigate is why a ship with a known problem in its engine room was allowed to enter the strait,"
P partial Aydınlı
L city Vaniköy
> According to inspection records seen by Anadolu Agency (AA), port state inspectors in Constanța had found a fault in the ship's main engine cooling system in August.
O media Anadolu Agency
O media AA
L city Constanța
> The ship's manager, Piraeus-based Kalypso Shipmanagement S.A., said its 21 crew members, from the Philippines and Ukraine, were unhurt and that the fault had been repaired before departure.
L city Piraeus
O company Kalypso Shipmanagement S.A.
F number 21
L country Philippines
L country Ukraine
> "Our priority now is the well-being of the crew and full cooperation with the Turkish authorities," the company said.
Q direct Kalypso Shipmanagement S.A. :: "Our priority now is the well-being of the crew and full cooperation with the Turkish authorities,"
> Transport Malta, the maritime authority of the ship's flag state, said it had opened its own investigation.
O government Transport Malta
> 'It sounded like an earthquake'
Q direct Erdal Yüksel :: 'It sounded like an earthquake'
> Erdal Yüksel, a fisherman who moors his boat 50 meters from the mansion, said he was woken by the ship's horn.
P full Erdal Yüksel
F quantity 50 meters
> "It sounded like an earthquake. When I came out, the bow was inside the boathouse and the whole neighborhood was in the street in pajamas," Yüksel said.
Q direct Erdal Yüksel :: "It sounded like an earthquake. When I came out, the bow was inside the boathouse and the whole neighborhood was in the street in pajamas,"
P partial Yüksel
> Selma Karaosmanoğlu, 71, whose family has owned the wooden mansion since 1924, said repairs would cost at least 45 million liras ($1.1 million). She had spent the night at her apartment in Nişantaşı, and the caretaker called her just before 4 a.m.
P full Selma Karaosmanoğlu
F age 71
F date 1924
F money 45 million liras
F money $1.1 million
L city Nişantaşı
F time 4 a.m.
> "The boathouse is gone, and so is the sea wall. Luckily, the main house is still standing," she said.
Q direct Selma Karaosmanoğlu :: "The boathouse is gone, and so is the sea wall. Luckily, the main house is still standing,"
> Narrow and winding
> About 41,000 vessels passed through the Bosporus in 2029, according to KEGM, including more than 8,000 tankers. At its narrowest point, between Kandilli and Rumelihisarı, the strait is about 700 meters wide, and currents there can reach 7 knots.
F number 41,000
L geo Bosporus
F date 2029
O government KEGM
F number 8,000
L city Kandilli
L city Rumelihisarı
F quantity 700 meters
F quantity 7 knots
> Prof. Deniz Aksoy of Istanbul Technical University's Maritime Faculty said that under the 1936 Montreux Convention, Türkiye cannot require merchant ships in transit to take a pilot, and only about half of them do.
P full Deniz Aksoy
O education Istanbul Technical University
O education Maritime Faculty
F date 1936
L country Türkiye
F fraction half
> "A ship of this size without a pilot, at night, in a 6-knot current, is a risk the city accepts every day," Aksoy said. "This one had two pilots on board and still ended up in someone's living room. That tells you how little margin there is."
Q direct Deniz Aksoy :: "A ship of this size without a pilot, at night, in a 6-knot current, is a risk the city accepts every day,"
F quantity 6-knot
P partial Aksoy
Q direct Deniz Aksoy :: "This one had two pilots on board and still ended up in someone's living room. That tells you how little margin there is."
F number two
> The accident was the most serious in the strait since April 2018, when a tanker lost control and destroyed part of a historic mansion in nearby Kandilli.
F date April 2018
L city Kandilli
'''

ARTICLES['161-paju-lpga-yoon-whitlock'] = r'''
> LPGA
O other LPGA
> Yoon Da-bin Rallies Past Georgia Whitlock in Paju for First LPGA Title
P full Yoon Da-bin
P full Georgia Whitlock
L city Paju
O other LPGA
> The 22-year-old South Korean birdied four of five holes on the back side, closed with a 6-under 66 and won by two shots at Seowon Valley
F age 22-year-old
F number four
F number five
F score 6-under
F score 66
F number two
L facility Seowon Valley
> By Ryan Kessling
P full Ryan Kessling
> Oct 19, 2030, 7:05 am ET
F date Oct 19, 2030
F time 7:05 am ET
> Yoon Da-bin of South Korea holds the trophy after the final round at Seowon Valley Country Club in Paju, South Korea. (Photo: Kang Min-seok/Getty Images)
P full Yoon Da-bin
L country South Korea
L facility Seowon Valley Country Club
L city Paju
L country South Korea
P full Kang Min-seok
O media Getty Images
> PAJU, South Korea — Yoon Da-bin had never won on the LPGA Tour, and for most of Sunday afternoon it looked as if she would have to wait a little longer.
L city PAJU
L country South Korea
P full Yoon Da-bin
O other LPGA Tour
> Three shots behind England's Georgia Whitlock with seven holes to play at Seowon Valley Country Club, the 22-year-old made birdies on four of the next five holes, then holed a 14-foot putt to save par on the 18th, closing with a 6-under 66 to win the Hanbit Ladies Championship by two shots.
F number Three
L country England
P full Georgia Whitlock
F number seven
L facility Seowon Valley Country Club
F age 22-year-old
F number four
F number five
F quantity 14-foot
F score 6-under
F score 66
F number two
> Yoon's rounds of 68-67-70-66 left her at 17-under 271, two ahead of Whitlock (70) and three clear of Thailand's Pimchanok Srisawat, whose 65 was the low round of the day. Yoon earned $330,000 from the $2.2 million purse.
P partial Yoon
F score 68-67-70-66
F score 17-under
F score 271
F number two
P partial Whitlock
F score 70
F number three
L country Thailand
P full Pimchanok Srisawat
F score 65
P partial Yoon
F money $330,000
F money $2.2 million
> Yoon won five times on the KLPGA Tour before earning her LPGA card at qualifying school last December. Her father, Yoon Sang-hoon, a former club professional from Gimhae, has carried her bag since she was 14.
P partial Yoon
F number five
O other KLPGA Tour
O other LPGA
P full Yoon Sang-hoon
L city Gimhae
F age 14
> "I kept telling myself I'd been in this position on the KLPGA Tour a lot of times," Yoon said. "My dad was on the bag, and he just kept saying, 'One shot at a time.' That's all we did."
Q direct Yoon Da-bin :: "I kept telling myself I'd been in this position on the KLPGA Tour a lot of times,"
O other KLPGA Tour
P partial Yoon
Q direct Yoon Da-bin :: "My dad was on the bag, and he just kept saying, 'One shot at a time.' That's all we did."
> Whitlock, the 54-hole leader, was 16 under and three clear after a birdie on the 11th, but she made bogeys on 12 and 15 after finding the water with her approach shots.
P partial Whitlock
F number 54
F score 16 under
F number three
> "Da-bin played unbelievable golf coming in. I didn't lose it, she went and won it," said Whitlock, a 29-year-old from Lincoln who was chasing her second LPGA win. "I'll take a lot from this week."
Q direct Georgia Whitlock :: "Da-bin played unbelievable golf coming in. I didn't lose it, she went and won it,"
P partial Da-bin
P partial Whitlock
F age 29-year-old
L city Lincoln
O other LPGA
Q direct Georgia Whitlock :: "I'll take a lot from this week."
> Srisawat, the world No. 4, started the day six shots back and made an eagle and eight birdies against three bogeys. At the 10th, she hit a 5-iron to 6 feet.
P partial Srisawat
F number six
F number eight
F number three
F quantity 6 feet
> "The wind was calm early, so I knew I had to attack," said Srisawat, 25, who is from Chiang Mai. "Sixty-five here is a good score. I just started too far back."
Q direct Pimchanok Srisawat :: "The wind was calm early, so I knew I had to attack,"
P partial Srisawat
F age 25
L city Chiang Mai
Q direct Pimchanok Srisawat :: "Sixty-five here is a good score. I just started too far back."
F score Sixty-five
> Winds gusting to 25 mph in the afternoon pushed the field's scoring average to 71.4, more than a shot higher than on Saturday. A crowd of about 14,200, the largest of the week, followed the final group, tournament organizers said.
F quantity 25 mph
F number 71.4
F number 14,200
> American Kelsey Denton, who grew up in Fort Worth, and Sweden's Linnea Bergqvist tied for fourth at 13 under after closing rounds of 68. Japan's Hinata Okubo, the defending champion, shot 70 and finished at 9 under par.
P full Kelsey Denton
L city Fort Worth
L country Sweden
P full Linnea Bergqvist
F score 13 under
F score 68
L country Japan
P full Hinata Okubo
F score 70
F score 9 under par
> "I'll take fourth," Denton said. "Two weeks ago I couldn't make a cut."
Q direct Kelsey Denton :: "I'll take fourth,"
P partial Denton
Q direct Kelsey Denton :: "Two weeks ago I couldn't make a cut."
F duration Two weeks
> Spain's Carlota Ibarrola made a hole-in-one at the 165-yard seventh on Saturday and gave the 50 million won (about $36,000) bonus to Seoul National University Children's Hospital.
L country Spain
P full Carlota Ibarrola
F quantity 165-yard
F money 50 million won
F money $36,000
O other Seoul National University Children's Hospital
> The win moves Yoon from No. 58 to No. 31 in the world rankings and secures her a place in the season-ending CME Group Tour Championship in Naples, Florida, next month. The tour moves on to Japan next week.
P partial Yoon
L city Naples
L region Florida
L country Japan
'''

ARTICLES['162-delroy-hanover-reggae-bassist-obituary'] = r'''
> Music
> Delroy Hanover obituary
P full Delroy Hanover
> Bass player and producer whose band Sons of Lozells carried the sound of Handsworth, Birmingham, to Europe and beyond
O other Sons of Lozells
L city Handsworth
L city Birmingham
L continent Europe
> Paulette Greaves
P full Paulette Greaves
> Thu 30 Jan 2031 17.40 GMT
F date 30 Jan 2031
F time 17.40 GMT
> Delroy Hanover performing with Sons of Lozells at the Rainbow theatre, London, in 1980. Photograph: Nadine Okoro/Redferns
P full Delroy Hanover
O other Sons of Lozells
L facility Rainbow
L city London
F date 1980
P full Nadine Okoro
O media Redferns
> The bass player and record producer Delroy Hanover, who has died aged 82, was a founder member of Sons of Lozells, the Birmingham reggae band whose debut album, Winter in Handsworth (1979), sold more than 200,000 copies and made them one of the first British roots acts to tour West Germany and the Netherlands.
P full Delroy Hanover
F age 82
O other Sons of Lozells
L city Birmingham
F date 1979
F number 200,000
L country West Germany
L country Netherlands
> He formed the band in 1975 with the guitarist Leroy Samuels and the singer Clement Ashby, known to fans as “Bigga”, in a cellar on Villa Road, a few streets from the Soho Road shops where all three had worked on Saturdays as teenagers.
F date 1975
P full Leroy Samuels
P full Clement Ashby
Q scare - :: “Bigga”
L street Villa Road
L street Soho Road
F number three
> Their music – heavy, slow and angry – drew on the dub records of Kingston and the rain-soaked streets of the West Midlands. Songs such as “Lozells Lament” and “Benefit Queue” were played on BBC Radio 1, and both reached the lower end of the Top 40.
L city Kingston
L region West Midlands
Q scare - :: “Lozells Lament”
Q scare - :: “Benefit Queue”
O media BBC Radio 1
> Hanover’s bass lines were the band’s anchor. He told the NME in 1979 that he had learned by playing along to the radio “with the volume down low so my mother wouldn’t hear”. “Delroy didn’t play notes, he played weight,” Samuels said in 2019. “You felt him in your chest before you heard him.”
P partial Hanover
O media NME
F date 1979
Q direct Delroy Augustus Hanover :: “with the volume down low so my mother wouldn’t hear”
Q direct Leroy Samuels :: “Delroy didn’t play notes, he played weight,”
P partial Delroy
P partial Samuels
F date 2019
Q direct Leroy Samuels :: “You felt him in your chest before you heard him.”
> Born in Savanna-la-Mar, in the Jamaican parish of Westmoreland, Delroy was the second of five children of Iris (nee Campbell), a seamstress, and Augustus Hanover, a cane cutter who came to Britain in 1957 and found work at a foundry in Smethwick. Delroy, his mother and his siblings followed in 1961, when he was 13.
L city Savanna-la-Mar
L region Westmoreland
P partial Delroy
F number five
P partial Iris
P partial Campbell
P full Augustus Hanover
L country Britain
F date 1957
L city Smethwick
P partial Delroy
F date 1961
F age 13
> He left Handsworth Grammar School at 16 and served an apprenticeship as a toolmaker at the Lucas works in Great King Street, playing with church bands and sound systems at weekends.
O education Handsworth Grammar School
F age 16
O company Lucas
L street Great King Street
> After Island Records signed the band in 1978, Sons of Lozells recorded Winter in Handsworth in seven weeks at a studio in Chalk Farm, north London. A second album, Babylon Road (1981), sold poorly, and the band was dropped after a dispute over royalties.
O company Island Records
F date 1978
O other Sons of Lozells
F duration seven weeks
L city Chalk Farm
L city London
F date 1981
> They played Glastonbury in 1982 and toured West Germany three times, but by the late 1980s Hanover was spending more time behind the mixing desk than on stage. His studio, Yard Sound, in a former bakery on Lozells Road, recorded dozens of local artists, and in 1994 he and his wife, Marcia, set up Drum Yard, a charity that teaches music to young people in Handsworth and Aston.
L city Glastonbury
F date 1982
L country West Germany
F number three
F date 1980s
P partial Hanover
O company Yard Sound
L street Lozells Road
F date 1994
P partial Marcia
O nonprofit Drum Yard
L city Handsworth
L city Aston
> Drum Yard has since worked with more than 6,000 children. Its director, Hanover’s daughter Simone Hanover, said this week that he still came in on Tuesday mornings until last summer, “to check we were tuning the basses properly”.
O nonprofit Drum Yard
F number 6,000
P partial Hanover
P full Simone Hanover
Q direct Simone Hanover :: “to check we were tuning the basses properly”
> “Dad never thought of himself as a star,” she said. “He used to say the band was the loud part of his life and Drum Yard was the important part.”
Q direct Simone Hanover :: “Dad never thought of himself as a star,”
Q direct Simone Hanover :: “He used to say the band was the loud part of his life and Drum Yard was the important part.”
O nonprofit Drum Yard
> In a 2006 interview with the Birmingham Post, he looked back on the band’s short career:
F date 2006
O media Birmingham Post
> “We were young men from Handsworth singing about police and jobs and housing, and for three years people in Amsterdam and Hamburg wanted to hear it. Then the record company wanted love songs.
Q direct Delroy Augustus Hanover :: “We were young men from Handsworth singing about police and jobs and housing, and for three years people in Amsterdam and Hamburg wanted to hear it. Then the record company wanted love songs.
L city Handsworth
F duration three years
L city Amsterdam
L city Hamburg
> “I don’t regret any of it. But the thing I’m proudest of is not a record. It’s that kids from these streets walk into Drum Yard and find out they can make something.”
Q direct Delroy Augustus Hanover :: “I don’t regret any of it. But the thing I’m proudest of is not a record. It’s that kids from these streets walk into Drum Yard and find out they can make something.”
O nonprofit Drum Yard
> He was appointed MBE in 2012 for services to music and young people in Birmingham, and in 2023 the city council named a rehearsal room at the Drum Yard building after him.
F date 2012
L city Birmingham
F date 2023
O nonprofit Drum Yard
> Ashby died in 2015. Hanover died at his home in Handsworth Wood after a short illness. He is survived by Marcia (nee Blackwood), whom he married in 1974; their children, Kwame, Simone and Tariq; six grandchildren; and his sister, Pearline.
P partial Ashby
F date 2015
P partial Hanover
L city Handsworth Wood
P partial Marcia
P partial Blackwood
F date 1974
P partial Kwame
P partial Simone
P partial Tariq
F number six
P partial Pearline
> Delroy Augustus Hanover, musician and producer, born 4 March 1948; died 9 January 2031
P full Delroy Augustus Hanover
F date 4 March 1948
F date 9 January 2031
'''

if __name__ == '__main__':
    sys.exit(gold_notation.main(sys.argv, ARTICLES, HERE))
