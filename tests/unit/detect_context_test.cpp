// SPDX-License-Identifier: MIT
// Document-context rules: sports teams, the legislature's "House", parties, company suffixes.
#include "detect_test_util.h"

#include <doctest/doctest.h>

using namespace gloss::core;
using gloss::core::test::detect_body;
using gloss::core::test::detect_raw;

namespace {
const char* const k_game =
    "Blizzard rally past Comets in overtime\n"
    "The Ohio Blizzard beat the Texas Comets 4-3 on Friday night. Ohio improved to 9-5-2 this season.\n"
    "Mara Lindqvist scored twice for the Blizzard in the second period, and Jon Petrakis scored for "
    "Texas, which has lost three games in a row. The teams play again in Houston next week.\n"
    "\"We were flat in the first period,\" said Blizzard coach Ann Pelletier.\n"
    "Blizzard: At Dallas on Sunday.\n"
    "Comets: Host Tampa Bay on Monday.\n";
}

TEST_CASE("context: a place plus a nickname in a sports report is one team") {
    auto r = detect_raw(k_game);
    CHECK(r.subtype(Kind::org, "Ohio Blizzard") == "team");
    CHECK(r.has(Kind::org, "Texas Comets"));
    CHECK_FALSE(r.has(Kind::place, "Ohio"));
}

TEST_CASE("context: a team nickname alone, also in the headline, is the team") {
    auto r = detect_raw(k_game);
    CHECK(r.find(Kind::org, "Blizzard", 0) != nullptr);
    CHECK(r.find(Kind::org, "Blizzard", 3) != nullptr); // headline, "for the", "said", "Blizzard:"
}

TEST_CASE("context: a place standing for a team (record, scored for, schedule) is ORG") {
    auto r = detect_raw(k_game);
    CHECK(r.find(Kind::org, "Ohio", 0) != nullptr);   // "Ohio improved to 9-5-2"
    CHECK(r.find(Kind::org, "Texas", 0) != nullptr);  // "scored for Texas"
    CHECK(r.has(Kind::org, "Dallas"));                // "At Dallas" on a schedule line
    CHECK(r.has(Kind::org, "Tampa Bay"));             // "Host Tampa Bay"
    CHECK(r.has(Kind::place, "Houston"));             // "in Houston" stays a place
}

TEST_CASE("context: in a sports report a place that plays is a team, a place where it plays is not") {
    auto r = detect_raw("West Indies fight back in Chattogram\n"
                        "West Indies reached 287 for 6 at stumps, still 125 runs behind. The opener struck 12 fours "
                        "and two sixes in a patient innings, and the wicket-keeper batted through the session. A "
                        "West Indies fightback looked unlikely at lunch, when the bowlers had taken three wickets "
                        "for 15 runs in 40 balls, and Nahid took 2-59. Bangladesh were beaten by Zimbabwe in their last Test at home in "
                        "Dhaka. The side play again in Sylhet, and the series win against Zimbabwe came after "
                        "beating Japan's Aiko Tanabe in the final.\n");
    CHECK(r.find(Kind::org, "West Indies", 0) != nullptr); // "West Indies reached"
    CHECK(r.find(Kind::org, "West Indies", 1) != nullptr); // "a West Indies fightback"
    CHECK(r.find(Kind::org, "Zimbabwe", 0) != nullptr);    // "beaten by Zimbabwe"
    CHECK(r.find(Kind::org, "Zimbabwe", 1) != nullptr);    // "against Zimbabwe"
    CHECK(r.has(Kind::place, "Dhaka"));
    CHECK(r.has(Kind::place, "Sylhet"));
    CHECK(r.has(Kind::place, "Japan"));                     // a player's country
}

TEST_CASE("context: a box score's 'Name N' items are players, also where a town has the name") {
    auto r = detect_raw("Rain or Shine rallies past Magnolia\n"
                        "Rain or Shine beat Magnolia 98-94 on Saturday night to even the series. Maddox-Greer "
                        "scored 31 points with 14 rebounds and six assists, and the guard hit three three-pointers in the fourth "
                        "quarter.\n"
                        "The Scores: RAIN OR SHINE 98 – Maddox-Greer 31, Polintan 12, Ybañez 9, Caballes 8, "
                        "Abasolo 3, Sarmiento 2.\n"
                        "Quarters: 24-27, 45-53, 68-75, 98-94.\n");
    CHECK(r.has(Kind::person, "Polintan"));
    CHECK(r.has(Kind::person, "Ybañez"));
    CHECK(r.has(Kind::person, "Caballes"));
    CHECK(r.has(Kind::person, "Abasolo")); // (a GeoNames town)
    CHECK(r.has(Kind::person, "Sarmiento"));
    CHECK_FALSE(r.touches(Kind::place, "Abasolo"));
    auto s = detect_body("Officials visited Abasolo 3 times, Sarmiento 2 times and Polintan once.");
    CHECK_FALSE(s.touches(Kind::person, "Abasolo"));
}

TEST_CASE("context: 'places like' lists places") {
    auto r = detect_body("The clinic in Williamson sees patients from places like Man, Gilbert and War, some of them "
                         "an hour away.");
    CHECK(r.has(Kind::place, "Man"));
    CHECK(r.has(Kind::place, "Gilbert"));
    CHECK(r.has(Kind::place, "War"));
}

TEST_CASE("context: names on a match's result rows are persons") {
    auto r = detect_raw("Van der Wal wins in Hildesheim\n\nThe event was held in Hildesheim on Sunday.\n\n"
                        "Sjoerd van der Wal 6-3 Liam Outhwaite\n\nJelle Van Acker 6-0 Danny Rafferty-Cole\n");
    CHECK(r.has(Kind::person, "Sjoerd van der Wal"));
    CHECK(r.has(Kind::person, "Liam Outhwaite"));
    CHECK(r.has(Kind::person, "Jelle Van Acker"));
    CHECK(r.has(Kind::person, "Danny Rafferty-Cole"));
}

TEST_CASE("context: team lists with initials and substitutes are persons") {
    auto r = detect_raw("Derry edge Donegal in Clones\n\n"
                        "Derry beat Donegal 1-17 to 0-18 in the Ulster semi-final at Clones on Sunday, with two "
                        "points from frees in the second half and a goal from a penalty after 41 minutes. The goalkeeper "
                        "saved twice before halftime.\n\n"
                        "DERRY: O Ó Gallchóir (1-1), A Frawley (Wolfe Tones); E Mac Giolla Bhríde, P Gillespie (0-1). "
                        "Subs: C Mac Craith (Sixmilebridge) for Neylon (h-t); A Lynch for Brennan (52); K Bradley for "
                        "Gilligan (66).\n");
    CHECK(r.has(Kind::person, "A Frawley"));
    CHECK(r.has(Kind::person, "E Mac Giolla Bhríde"));
    CHECK(r.has(Kind::person, "Neylon"));
    CHECK(r.has(Kind::person, "A Lynch"));
    CHECK(r.has(Kind::person, "Brennan"));
    CHECK(r.has(Kind::person, "K Bradley"));
    CHECK(r.has(Kind::person, "Gilligan"));
    auto s = detect_raw("Spartans edge Birkirkara\n\n"
                        "Hamrun beat Birkirkara 2-1 at Ta' Qali on Saturday. The striker scored twice before halftime "
                        "and the goalkeeper saved a penalty in the second half, with three goals in the league.\n\n"
                        "BIRKIRKARA: J. Agius – N. Farrugia, Z. Cauchi – M. Scicluna, A. Pisani (80 L. Camenzuli).\n");
    CHECK(s.has(Kind::person, "A. Pisani"));
    CHECK(s.has(Kind::person, "L. Camenzuli"));
    CHECK(s.subtype(Kind::org, "BIRKIRKARA") == "team"); // the list's header in capitals
    auto d = detect_raw("Qalandars beat Zalmi\n\nLAHORE: Lahore Qalandars beat Peshawar Zalmi by six wickets, with 78 "
                        "runs off 49 balls and two wickets in four overs from the bowler, and the batter hit six fours "
                        "as Lahore chased 167 with 11 balls left.\n");
    CHECK_FALSE(d.touches(Kind::org, "LAHORE")); // a dateline, not a team list's header
}

TEST_CASE("context: 'zones including' lists places") {
    auto r = detect_body("Power in Yangon will be cut, and industrial zones including Hlaing Tharyar and Thaketa will "
                         "lose eight hours a day.");
    CHECK(r.has(Kind::place, "Hlaing Tharyar"));
    CHECK(r.has(Kind::place, "Thaketa"));
}

TEST_CASE("context: without sports context a place and a capitalized word are not a team") {
    auto r = detect_body("Storms hit Ohio Tuesday. Ohio Governor Dale Rusk said the Ohio River rose.");
    CHECK(r.has(Kind::place, "Ohio"));
    CHECK_FALSE(r.touches(Kind::org, "Ohio"));
}

TEST_CASE("context: the House of a legislature is an ORG when the article is about one") {
    auto r = detect_body("The Senate passed the bill on Monday and sent it to the House. "
                         "The House will vote on Tuesday.");
    CHECK(r.has(Kind::org, "Senate"));
    CHECK(r.find(Kind::org, "House", 1) != nullptr);
    auto plain = detect_body("They walked to the House on the hill.");
    CHECK_FALSE(plain.has(Kind::org, "House"));
}

TEST_CASE("context: a plural party name is ORG when the party acts, not for its members") {
    auto r = detect_body("The Republicans, who hold the Senate, blocked it. Three Republicans voted no.");
    CHECK(r.find(Kind::org, "Republicans", 0) != nullptr);
    CHECK(r.find(Kind::org, "Republicans", 1) == nullptr);
}

TEST_CASE("context: company suffixes B.V. and AG make companies / the first word is an alias") {
    auto r = detect_body("Kerrith Optics B.V. agreed to buy Lindqvar Systeme AG. Shares of Kerrith rose.");
    CHECK(r.subtype(Kind::org, "Kerrith Optics B.V.") == "company");
    CHECK(r.has(Kind::org, "Lindqvar Systeme AG"));
    CHECK(r.find(Kind::org, "Kerrith", 0) != nullptr);
    CHECK_FALSE(r.touches(Kind::person, "Kerrith"));
}

TEST_CASE("context: numbered roads are streets, with their state or country prefix") {
    auto r = detect_body("Crews closed Route 7 and U.S. Route 4 near the river, and Interstate 91 reopened.");
    CHECK(r.subtype(Kind::place, "Route 7") == "street");
    CHECK(r.has(Kind::place, "U.S. Route 4"));
    CHECK(r.has(Kind::place, "Interstate 91"));
    CHECK_FALSE(r.has(Kind::figure, "7"));
}

TEST_CASE("context: an unknown name before a lower-case region noun is a place") {
    auto r = detect_body("Rain hit Orleans and Caledonia counties and the Kvarner region overnight.");
    CHECK(r.has(Kind::place, "Caledonia"));
    CHECK(r.subtype(Kind::place, "Kvarner") == "region");
    CHECK_FALSE(r.touches(Kind::place, "counties"));
}

TEST_CASE("context: a court vote and ordinary 'period'/'game' words are no sports context") {
    auto r = detect_body("The court ruled 5-4 that the grace period was part of a political game this season. "
                         "Texas Medicaid officials said the penalty stands.");
    CHECK_FALSE(r.has(Kind::org, "Texas Medicaid"));
    CHECK(r.has(Kind::place, "Texas"));
}

TEST_CASE("context: an unknown word coordinated with a place is a place, not a person") {
    auto r = detect_body("Officials in Bavaria and Vorarlbergia said the roads were closed.");
    CHECK(r.has(Kind::place, "Vorarlbergia"));
    CHECK_FALSE(r.touches(Kind::person, "Vorarlbergia"));
}

TEST_CASE("context: both conjuncts before 'counties' are places, given names included") {
    auto r = detect_body("The order covers Warren and Quaddick counties until Friday.");
    CHECK(r.subtype(Kind::place, "Warren") == "region");
    CHECK(r.has(Kind::place, "Quaddick"));
    CHECK_FALSE(r.touches(Kind::person, "Warren"));
}

TEST_CASE("context: a state name before House or Senate is the state's chamber") {
    auto r = detect_body("The bill now goes to the Ohio Senate, and the Oregon House will vote next.");
    CHECK(r.subtype(Kind::org, "Ohio Senate") == "government");
    CHECK(r.has(Kind::org, "Oregon House"));
}

TEST_CASE("names: plural organization heads (Hospitals, Schools, Power)") {
    auto r = detect_body("Patients went to Lakeside Hospitals while Brookfield Public Schools closed and "
                         "Midland Electric Power restored lines.");
    CHECK(r.has(Kind::org, "Lakeside Hospitals"));
    CHECK(r.has(Kind::org, "Brookfield Public Schools"));
    CHECK(r.has(Kind::org, "Midland Electric Power"));
}

TEST_CASE("context: an all-caps word spelling a named organization's initials is that ORG") {
    auto r = detect_body("Crews from Northern Valley Power worked overnight. NVP spokesperson Ida Lund said "
                         "most homes had power.");
    CHECK(r.has(Kind::org, "NVP"));
    CHECK(r.entity_name(Kind::org, "NVP") == "Northern Valley Power");
}

TEST_CASE("context: one-word clubs in a sports report are teams, a city used so too") {
    auto r = detect_body("Harlowe beat Antwerp 2-0 on Saturday to stay top of the league.\n"
                         "The striker scored both goals after halftime, and the goalkeeper made four saves "
                         "in the second period of the match.\n"
                         "Antwerp drew with Veltmoor last week and lost to Harlowe in the cup final. "
                         "Harlowe host Veltmoor next, while fans in Antwerp are calling for a new coach.");
    CHECK(r.subtype(Kind::org, "Harlowe") == "team");
    CHECK(r.find(Kind::org, "Antwerp", 1) != nullptr);
    CHECK(r.has(Kind::org, "Veltmoor"));
    // "fans in Antwerp": the city itself stays a place.
    CHECK(r.has(Kind::place, "Antwerp"));
    CHECK_FALSE(r.has(Kind::place, "Harlowe"));
}

TEST_CASE("context: cricket reports are sports reports / countries standing for teams are ORG") {
    auto r = detect_body("England reached 358-6 against Sri Lanka at Lord's. Root hit 143 off 206 balls "
                         "before he was bowled. The bowlers took two wickets in 11 overs. England lead the "
                         "three-match series 1-0 after winning at Old Trafford by five wickets.");
    CHECK(r.subtype(Kind::org, "England") == "team");
    CHECK(r.find(Kind::org, "England", 1) != nullptr);
    CHECK(r.subtype(Kind::org, "Sri Lanka") == "team");
    CHECK(r.subtype(Kind::place, "Lord's") == "facility");
    CHECK(r.subtype(Kind::place, "Old Trafford") == "facility");
}

TEST_CASE("context: outside sports, a country after 'against' stays a place") {
    auto r = detect_body("The vote against Sri Lanka passed 30-14 in the council.");
    CHECK(r.has(Kind::place, "Sri Lanka"));
}

TEST_CASE("context: club cues in match reports (roles, standings verbs, 'host', 'joined from')") {
    auto r = detect_raw("Toulouse Edge Racing in Late Thriller\n"
                        "Toulouse beat Racing 26-24 on Saturday after two tries and a late penalty. Racing "
                        "coach Yannick Berthomieu praised his scrum. Racing dropped to seventh. Fly-half Léo "
                        "Carrère, who joined from Pau, kicked 16 points. Next week Racing host Stade Français, "
                        "and Toulouse visit Clermont.\n");
    CHECK(r.has(Kind::org, "Toulouse"));
    CHECK_FALSE(r.touches(Kind::org, "Edge"));
    CHECK(r.find(Kind::org, "Racing", 2) != nullptr);
    CHECK(r.subtype(Kind::org, "Pau") == "team");
    CHECK(r.subtype(Kind::org, "Stade Français") == "team");
    CHECK(r.has(Kind::person, "Yannick Berthomieu"));
}

TEST_CASE("context: cricket cues make a place the side ('dismissed X for 214', 'of X captain Y')") {
    auto r = detect_raw("Volts complete chase at University Oval\n"
                        "Seamer Jack Kerr took the wicket of Auckland captain Angus Brackenridge as the Volts "
                        "dismissed Auckland for 214 on Friday before chasing down 215 for the loss of four "
                        "wickets. Kerr's spell of 5-12 in 31 balls reduced Canterbury from 151-3 to 176-8 in "
                        "the earlier round, and the Volts bowled Northern Districts out in the last session.\n"
                        "Kerr grew up in Auckland and still lives near Canterbury Museum.\n");
    CHECK(r.subtype(Kind::org, "Auckland") == "team");              // "of Auckland captain Angus …"
    CHECK(r.find(Kind::org, "Auckland", 1) != nullptr);             // "dismissed Auckland for 214"
    CHECK(r.find(Kind::org, "Canterbury", 0) != nullptr);           // "reduced Canterbury from 151-3"
    CHECK(r.has(Kind::person, "Angus Brackenridge"));
    auto n = detect_body("The wicket of the season went to Kerr. A portrait of Auckland artist Mere Tane hangs "
                         "in the pavilion, and the ground was reduced to a swamp.");
    CHECK_FALSE(n.has(Kind::org, "Auckland"));                      // no team role after the place
}

TEST_CASE("context: a national capital a lower-case word also spells is the place; A-League clubs") {
    auto r = detect_body("She flew to Wellington on Tuesday and met officials in Muscat a week later. Wellington "
                         "Phoenix beat Perth Glory 2-1 on Saturday.");
    CHECK(r.find(Kind::place, "Wellington", 0) != nullptr);
    CHECK(r.has(Kind::place, "Muscat"));
    CHECK(r.subtype(Kind::org, "Wellington Phoenix") == "team");
    CHECK(r.subtype(Kind::org, "Perth Glory") == "team");
    auto w = detect_body("Wellington Water says repairs to the 750mm pipe will take a week.");
    CHECK(w.subtype(Kind::org, "Wellington Water") == "company");
}

TEST_CASE("context: a tennis tie is a sports report: the nations are the sides; a doubles pair stays two people") {
    auto r = detect_raw("Sousa Vaz saves two match points as Portugal stun Colombia in Oeiras\n"
                        "Duarte Sousa Vaz beat Juan de la Cruz 6-7(4) 6-3 7-6(8) in the deciding rubber on Sunday, "
                        "giving Portugal a 3-2 victory over Colombia. He hit 17 aces and his backhand held up on the "
                        "clay. Colombia led 2-1 after the doubles, when Andrés Cadavid and Santiago Villa beat Tomás "
                        "Mendes and Pedro Lodewijks 7-5 6-4.\n"
                        "\"This is the best tie of my life,\" said Portugal captain Rui Alves Teixeira.\n");
    CHECK(r.find(Kind::org, "Portugal", 1) != nullptr);  // "giving Portugal a 3-2 victory"
    CHECK(r.find(Kind::org, "Colombia", 1) != nullptr);  // "victory over Colombia"
    CHECK(r.find(Kind::org, "Portugal", 2) != nullptr);  // "Portugal captain Rui …"
    CHECK(r.has(Kind::person, "Pedro Lodewijks"));       // a partner, not a team before the score
    CHECK(r.has(Kind::person, "Santiago Villa"));        // not a club ("Aston Villa") of a town
    CHECK_FALSE(r.has(Kind::org, "Pedro Lodewijks"));
}

TEST_CASE("context: a motor race report's constructors alone are teams; Formula 1 and 'Turn 1'") {
    auto r = detect_raw("Lindqvist wins in Hungary as Ferrari gamble pays off\n"
                        "Ferrari's Elin Lindqvist won the Hungarian Grand Prix, beating Mercedes driver Luca Marchetti "
                        "by 2.4 seconds. In her second season in Formula 1, she passed him on Lap 61 at Turn 1 on "
                        "fresher tyres after a late pit stop. Red Bull's Noa Kealoha was seventh, and the stewards gave "
                        "Williams driver Kwame Asante a penalty. Serena Williams watched from the grid.\n");
    CHECK(r.subtype(Kind::org, "Mercedes") == "team");
    CHECK(r.subtype(Kind::org, "Red Bull") == "team");
    CHECK(r.subtype(Kind::org, "Williams") == "team");
    CHECK(r.has(Kind::org, "Formula 1"));
    CHECK(r.subtype(Kind::place, "Turn 1") == "facility");
    CHECK(r.has(Kind::person, "Serena Williams"));
    auto n = detect_body("Mercedes Ruiz, a nurse, drove a Mercedes to the grid substation for the lap pool.");
    CHECK_FALSE(n.has(Kind::org, "Mercedes"));          // no race series named: no constructor
}

TEST_CASE("context: names listed after a plural noun of places are places ('islands such as Po Toi, Tap Mun')") {
    auto r = detect_body("Kaito routes serve remote islands such as Po Toi, Tap Mun and Kat O, lawmakers said. On Tap Mun "
                         "the last boat leaves early. Countries including Freedonia and Sylvania agreed. Fans of bands "
                         "such as Blur and Oasis came.");
    CHECK(r.subtype(Kind::place, "Po Toi") == "geo");
    CHECK(r.find(Kind::place, "Tap Mun", 1) != nullptr); // its other use, alone
    CHECK(r.has(Kind::place, "Kat O"));
    CHECK_FALSE(r.has(Kind::person, "Kat O"));
    CHECK(r.subtype(Kind::place, "Freedonia") == "country");
    CHECK_FALSE(r.has(Kind::place, "Blur"));
}

TEST_CASE("context: a country standing for its national side / a place before a team role") {
    auto r = detect_body("The party is led by former India football captain Ravi Dsouza, who won 31 caps for "
                         "India between 2004 and 2012. Elsewhere, Brazil signed a trade deal.");
    CHECK(r.find(Kind::org, "India", 0) != nullptr);
    CHECK(r.find(Kind::org, "India", 1) != nullptr);
    CHECK(r.has(Kind::place, "Brazil"));
}

TEST_CASE("context: facility appositions and plural-possessive organization appositions") {
    auto r = detect_body("Ministers were sworn in at Raj Bhavan, the governor’s residence, on Monday. The "
                         "protests were organised by Amche Goem, a citizens’ group in Margao, last year.");
    CHECK(r.subtype(Kind::place, "Raj Bhavan") == "facility");
    CHECK(r.has(Kind::org, "Amche Goem"));
    CHECK(r.has(Kind::place, "Margao"));
}

TEST_CASE("context: a name used as a company (shareholders, shares rose, stores) is an organization everywhere") {
    auto r = detect_body("Pharmacy chain Drogasol agreed to buy smaller rival Farmácias Boa Vida. Boa Vida "
                         "shareholders will receive cash. Boa Vida has 710 stores. Drogasol said the deal would "
                         "close in March. Boa Vida’s shares jumped 12%.");
    CHECK(r.has(Kind::org, "Drogasol"));
    CHECK(r.find(Kind::org, "Drogasol", 1) != nullptr);
    CHECK(r.has(Kind::org, "Farmácias Boa Vida"));
    CHECK(r.find(Kind::org, "Boa Vida", 2) != nullptr);
    CHECK_FALSE(r.touches(Kind::person, "Boa Vida"));
}

TEST_CASE("context: companies named after cities, surnames that are cities, nationalities after 'of'") {
    auto r = detect_body("Sakurai Motor Corp. recalled 1.3 million cars. Sakurai said it knew of no deaths; the "
                         "plant in Sakurai stayed open. Japan's Aiko Tanabe beat Mirela Dascălu 6-2 in the "
                         "final. Tanabe served well. Lorenzo Bianchetti of Italy faces Argentina in the next round "
                         "after two goals and a penalty in the match.");
    CHECK(r.has(Kind::org, "Sakurai Motor Corp."));
    CHECK(r.find(Kind::org, "Sakurai", 0) != nullptr);
    CHECK(r.has(Kind::place, "Sakurai"));
    CHECK(r.has(Kind::person, "Tanabe"));
    CHECK(r.has(Kind::place, "Italy"));
}

TEST_CASE("names: a saint's possessive inside an institution name / 'provinces of' before a two-word name") {
    auto r = detect_body("Plans to close the maternity unit at St Aldhelm’s Hospital angered voters in the "
                         "southern provinces of Dhi Qar and Maysan.");
    CHECK(r.touches(Kind::org, "St Aldhelm’s Hospital"));
    CHECK_FALSE(r.touches(Kind::person, "Aldhelm"));
    CHECK(r.has(Kind::place, "Dhi Qar"));
}

TEST_CASE("context: a company's regional unit, and its short name joins the full company's entity") {
    auto r = detect_body("Sakurai Motor Corp. recalled 1.3 million cars. \"We apologize,\" Sakurai said. Jane "
                         "Doe, president of Sakurai Motor North America, spoke. The final was played at the Caja "
                         "Mágica, a stadium beside the river.");
    CHECK(r.has(Kind::org, "Sakurai Motor North America"));
    CHECK(r.speaker("\"We apologize") == "Sakurai Motor Corp.");
    CHECK(r.subtype(Kind::place, "Caja Mágica") == "facility");
}

TEST_CASE("context: 'the Conservatives' acting as a party / party members stay unannotated") {
    auto r = detect_body("The swing from the Conservatives to the Liberal Democrats was large. It is the kind of "
                         "seat the Conservatives cannot afford to lose. Several Conservatives abstained.");
    CHECK(r.find(Kind::org, "Conservatives", 0) != nullptr);
    CHECK(r.find(Kind::org, "Conservatives", 1) != nullptr);
    CHECK(r.find(Kind::org, "Conservatives", 2) == nullptr);
}

TEST_CASE("context: lists of names with a known place, or after a preposition and before 'in <place>'") {
    auto r = detect_body("The claim, filed on behalf of residents of Ogbo-Ama, Tombia-Ama, Ikiri and Olokiri in "
                         "Rivers State, seeks damages. Buses run between Suba, Bosa and Bogotá.");
    CHECK(r.has(Kind::place, "Ogbo-Ama"));
    CHECK(r.has(Kind::place, "Tombia-Ama"));
    CHECK(r.has(Kind::place, "Ikiri"));
    CHECK(r.has(Kind::place, "Olokiri"));
    CHECK(r.has(Kind::place, "Suba"));
    CHECK(r.has(Kind::place, "Bosa"));
    // A verb before the list: people.
    auto s = detect_body("The firm hired Okafor, Mensah and Tanaka in London last year.");
    CHECK_FALSE(s.touches(Kind::place, "Okafor"));
    CHECK_FALSE(s.touches(Kind::place, "Mensah"));
}

TEST_CASE("context: a named person's stores do not make the surname a company") {
    auto r = detect_body("Nathan Kessler, 58, owned three pharmacies. Prosecutors said Kessler's stores filled "
                         "410,000 prescriptions. Kessler denied it.");
    CHECK(r.has(Kind::person, "Nathan Kessler"));
    CHECK_FALSE(r.touches(Kind::org, "Kessler"));
    auto s = detect_body("Analysts said Pellmore has 710 stores in Ohio.");
    CHECK(s.has(Kind::org, "Pellmore"));
}

TEST_CASE("context: counties in a cricket report are the teams") {
    auto r = detect_body("Sussex 312 & 226; Nottinghamshire 289 & 253-5. Nottinghamshire won by five wickets.\n\n"
                         "Owen Hartigan made an unbeaten 118 as Nottinghamshire chased down 250 to beat Sussex with "
                         "14.2 overs to spare. Rain delayed the start, and Nottinghamshire resumed on 131 for two. The "
                         "bowlers took two wickets each, and Luke Brandon took 4-48 in the first innings at the crease.");
    CHECK(r.subtype(Kind::org, "Nottinghamshire") == "team");
    CHECK_FALSE(r.touches(Kind::place, "Nottinghamshire"));
    CHECK(r.has(Kind::org, "Sussex"));
}

TEST_CASE("context: a word the text makes a place names that place where it stands alone") {
    // "in Koorandah" makes the unknown word a place; its bare uses and "the Koorandah train" follow.
    auto r = detect_body("A new platform will be built in Koorandah. Koorandah is bigger than Swan Hill. "
                         "The Koorandah train left, and Koorandah MP Jo Ellery cheered.");
    CHECK(r.count(Kind::place, "Koorandah") == 4);
    // A hyphen joins it to another word: part of that word ("the pro-Koorandah lobby").
    auto h = detect_body("Buses stop in Koorandah. The pro-Koorandah lobby met.");
    CHECK(h.count(Kind::place, "Koorandah") == 1);
    // The word is also a person's name in the article: no echo.
    auto p = detect_body("Fire crews reached Dunmore at dawn. Fire Chief Ray Dunmore said Dunmore was lucky.");
    CHECK(p.count(Kind::place, "Dunmore") <= 1);
    // Taken once for a place among many bare uses (a person named in a list of moves): no echo.
    auto g = detect_body("Talbrek spoke. Talbrek went home. Talbrek slept. The army came against Talbrek. "
                         "Talbrek rose.");
    CHECK(g.count(Kind::place, "Talbrek") <= 1);
}

TEST_CASE("context: in a match report, names read as persons next to a score or with a short code are teams") {
    auto r = detect_raw("Ashdown drop goal settles it\nDeclan Ashdown kicked a drop goal to give Hull KR a 25-18 win "
                        "over Leigh Leopards at the stadium. Hull KR led 20-6 at half-time after tries from the winger and a penalty "
                        "from the centre, and Leigh hit back in the second half. The coach praised the defence "
                        "and the forwards. Martin Price KC, a fan, watched the match.\n");
    CHECK(r.has(Kind::org, "Leigh Leopards"));
    CHECK(r.count(Kind::org, "Hull KR") == 2);
    CHECK_FALSE(r.touches(Kind::person, "Hull KR"));
    CHECK(r.has(Kind::person, "Declan Ashdown"));
    CHECK_FALSE(r.has(Kind::org, "Martin Price KC"));
}

TEST_CASE("context: a list before a plural place noun / Saint and a name that is no given name") {
    auto r = detect_body("The court ordered a survey of quarries along the Gundar and Kottakaraiyar rivers in "
                         "Virudhunagar and Ramanathapuram districts.");
    CHECK(r.subtype(Kind::place, "Gundar") == "geo");
    CHECK(r.subtype(Kind::place, "Kottakaraiyar") == "geo");
    CHECK(r.has(Kind::place, "Virudhunagar"));
    CHECK(r.has(Kind::place, "Ramanathapuram"));
    auto s = detect_body("She moved to St. Albans last year, near St Arnaud. St Paul wrote letters.");
    CHECK(r.count(Kind::person, "Gundar") == 0);
    CHECK(s.has(Kind::place, "St. Albans"));
    CHECK(s.has(Kind::place, "St Arnaud"));
    CHECK(s.has(Kind::person, "St Paul"));
}

TEST_CASE("context: a company's name without its legal suffix is the company") {
    auto r = detect_body("KlinikKu is run by Penang-based Jalur Digital Bhd.\n\nJalur Digital, which is listed in Kuala "
                         "Lumpur, said the server was closed. Shares in Jalur Digital fell, and Jalur Digital Services "
                         "stayed shut.");
    CHECK(r.count(Kind::org, "Jalur Digital") == 2);
    CHECK(r.entity_name(Kind::org, "Jalur Digital") == "Jalur Digital Bhd");
    // Inside a longer name it is no short name ("Jalur Digital Services" is not cut to it).
    CHECK(r.count(Kind::org, "Jalur Digital") == 2);
}

TEST_CASE("context: a rugby union Test report makes its countries national sides") {
    auto r = detect_raw("Rugby union\nArgentina 27-24 Scotland: late try sinks visitors\n\nScotland led 17-13 at "
                        "half-time. The openside crashed over from a scrum, the winger finished in the corner and the fly-half "
                        "added both conversions as Argentina won.\n");
    CHECK(r.subtype(Kind::org, "Argentina") == "team");
    CHECK(r.subtype(Kind::org, "Scotland") == "team");
}

TEST_CASE("context: a list after a preposition of place that nothing else claimed lists places") {
    auto r = detect_body("In Lisbon, the council sent water to homes in Nyamitanga, Kakoba and Kamukuzi.");
    CHECK(r.has(Kind::place, "Nyamitanga"));
    CHECK(r.has(Kind::place, "Kakoba"));
    CHECK(r.has(Kind::place, "Kamukuzi"));
    // People are listed after "from" and "between"; a known person stops the list.
    auto q = detect_body("In Cork, the work would go to contractors from Bandon, Innishannon and Belgooly.");
    CHECK(q.has(Kind::place, "Innishannon"));
    CHECK(q.has(Kind::place, "Belgooly"));
    auto s = detect_body("In London, support came from Okafor, Mensah and Tanaka. There was war between Abijah "
                         "and Jeroboam in Judah.");
    CHECK_FALSE(s.touches(Kind::place, "Okafor"));
    CHECK_FALSE(s.touches(Kind::place, "Abijah"));
}

TEST_CASE("context: examples of a plural place noun ('villages including …', 'suburbs such as …')") {
    auto r = detect_body("In Truro, thieves stripped churches in villages including Ladock, Probus, Grampound, St Erme "
                         "and Perranarworthal. Rents fell in suburbs such as Kagisanong and Rocklands.");
    for (const char* place : {"Ladock", "Probus", "Grampound", "St Erme", "Perranarworthal", "Kagisanong", "Rocklands"})
        CHECK(r.has(Kind::place, place));
    auto s = detect_body("In Truro, he met leaders including Okafor, Mensah and Tanaka.");
    CHECK_FALSE(s.touches(Kind::place, "Okafor"));
}

TEST_CASE("context: the dateline's town is that town wherever its word stands alone") {
    auto r = detect_raw("Fire guts store\nMADISON — A fire destroyed a store in downtown Madison early Wednesday. "
                        "Crews came from Madison and Lucas. Temperatures reached 101 degrees in Madison.\n");
    CHECK(r.count(Kind::place, "Madison") == 3);
    // A person of the article who bears the word keeps it; a joined name is left to the name rules.
    auto s = detect_raw("Council vote\nJACKSON, Miss. (AP) — Mayor Calvin Jackson said the plan would pass. "
                        "Jackson thanked the council.\n");
    CHECK_FALSE(s.touches(Kind::place, "Jackson"));
    CHECK(s.has(Kind::person, "Calvin Jackson"));
}

TEST_CASE("context: a saint's name listed right after a place is a town") {
    auto r = detect_body("The trains will run to Melbourne via Ballarat, St Arnaud and Mildura. St Arnaud said "
                         "nothing.");
    CHECK(r.has(Kind::place, "St Arnaud"));
}

TEST_CASE("context: a name read as a person only by its shape, after 'in' or 'near', is a place") {
    auto r = detect_body("Trucks queued near Sierra Gorda in the Antofagasta region. Waterlogging in Anil Nagar, "
                         "Nabin Nagar and on Zoo Road slowed traffic.");
    CHECK(r.has(Kind::place, "Sierra Gorda"));
    CHECK(r.has(Kind::place, "Anil Nagar"));
    CHECK(r.has(Kind::place, "Nabin Nagar"));
    // A person the article says more about keeps the name.
    auto s = detect_body("Trust in Maria Lopez, who chairs the board, grew. Lopez said so. The deal came via Paul "
                         "Dukas.");
    CHECK(s.has(Kind::person, "Maria Lopez"));
    CHECK(s.has(Kind::person, "Paul Dukas"));
}

TEST_CASE("context: a town spelled like a given name or a word, listed with a known place after a preposition") {
    auto r = detect_body("The board is running buses to Bandarawela, Ella and Badulla. Crews came from Kandy, Clyde and "
                         "Emerald.");
    CHECK(r.has(Kind::place, "Ella"));
    CHECK(r.has(Kind::place, "Clyde"));
    CHECK(r.has(Kind::place, "Emerald"));
    auto q = detect_body("Other victims run cattle near Longreach, Tarwoona, Theodore and Mount Morgan, police said.");
    CHECK(q.has(Kind::place, "Tarwoona"));
    CHECK(q.has(Kind::place, "Theodore"));
    CHECK(q.has(Kind::place, "Mount Morgan"));
    auto s = detect_body("Remember Abraham, Isaac, and Israel, thy servants. It is a simple choice: Life, Death, or Los "
                         "Angeles.");
    CHECK_FALSE(s.touches(Kind::place, "Isaac"));
    CHECK_FALSE(s.touches(Kind::place, "Death"));
}

TEST_CASE("context: hometowns after a legislator's name, after a person's name and in an apposition") {
    auto r = detect_body("The filibuster is led by Sen. Dale Kuchera of Valentine, whose district covers ranches. Sen. "
                         "Gary Ostrowski of Scottsbluff said farmers could not pay. Councillor Siobhan Burke, from "
                         "Ballinspittle, called it a mistake, said Ann Heer, a Custer County commissioner from Broken "
                         "Bow.");
    CHECK(r.has(Kind::place, "Valentine"));
    CHECK(r.has(Kind::place, "Scottsbluff"));
    CHECK(r.has(Kind::place, "Ballinspittle"));
    CHECK(r.has(Kind::place, "Broken Bow"));
    CHECK(r.has(Kind::person, "Dale Kuchera"));
    auto s = detect_body("Jane Okafor of Zentrix Holdings said the deal was done.");
    CHECK_FALSE(s.touches(Kind::place, "Zentrix"));
}

TEST_CASE("context: a town spelled like a given name follows its place uses where a place's context frames it") {
    auto r = detect_body("In Kandy, buses run to Bandarawela, Ella and Badulla. At Ella station, a handful of tourists "
                         "waited. Guesthouses in Ella are empty.");
    CHECK(r.count(Kind::place, "Ella") == 3);
    auto s = detect_body("In Kandy, buses run to Bandarawela, Ella and Badulla. Ella Perera said the buses were full.");
    CHECK(s.has(Kind::person, "Ella Perera"));
    CHECK(s.count(Kind::place, "Ella") <= 1);
}

TEST_CASE("context: South Asian admin units name places ('Rajarhat and Ulipur upazilas', 'Chilmari upazila')") {
    auto r = detect_body("In Kurigram, erosion has hit Rajarhat and Ulipur upazilas and the Nayarhat area of "
                         "Chilmari upazila.");
    CHECK(r.has(Kind::place, "Rajarhat"));
    CHECK(r.has(Kind::place, "Ulipur"));
    CHECK(r.has(Kind::place, "Chilmari"));
}

TEST_CASE("context: 'the Legislature' named alone is the legislature") {
    auto r = detect_body("The bill stalled; the Legislature has 27 days left to pass a budget.");
    CHECK(r.subtype(Kind::org, "Legislature") == "government");
}

TEST_CASE("context: Pacific place names with the ʻokina ('In Nukuʻalofa', 'a worker from Vavaʻu, who')") {
    auto r = detect_body("In Nukuʻalofa, the ministry said 91 workers had gone. A worker from Vavaʻu, who asked not to "
                         "be named, said the rent was high. Flights to Hawaiʻi resumed.");
    CHECK(r.has(Kind::place, "Nukuʻalofa"));
    CHECK(r.has(Kind::place, "Hawaiʻi"));
    CHECK_FALSE(r.touches(Kind::person, "Vavaʻu"));
}

TEST_CASE("context: a name before a facility noun after a preposition of place ('at Mitiga prison', 'the Kwezi shaft')") {
    auto r = detect_body("Detainees were held at Mitiga prison in Tripoli. Workers gathered outside the Kwezi shaft, "
                         "near the Abu Grein junction. It operates the Rivière-Héva and Destor mines.");
    CHECK(r.has(Kind::place, "Mitiga"));
    CHECK(r.has(Kind::place, "Kwezi"));
    CHECK(r.has(Kind::place, "Abu Grein"));
    CHECK(r.touches(Kind::place, "Rivière-Héva"));
    CHECK(r.has(Kind::place, "Destor"));
    // A given name or an ordinary word before the noun is not.
    auto s = detect_body("He waited at Heather station. They met at Central station.");
    CHECK_FALSE(s.touches(Kind::place, "Heather"));
}

TEST_CASE("context: a possessive inside a place's name ('Hawke's Bay', 'King’s Bay', 'Smith's Creek')") {
    auto r = detect_body("A Hawke's Bay orchard must repay workers. Crews cleared Calabash Bay and Tyrrel’s Bay on "
                         "Monday, and the boats at King’s Bay. Smith's Creek flooded.");
    CHECK(r.subtype(Kind::place, "Hawke's Bay") == "region");
    CHECK(r.has(Kind::place, "Tyrrel’s Bay"));
    CHECK(r.has(Kind::place, "Calabash Bay"));
    CHECK(r.has(Kind::place, "King’s Bay"));
    CHECK(r.has(Kind::place, "Smith's Creek"));
    // A known place's possessive, and a head that goes on into a longer name, are not.
    auto s = detect_body("Kenya's Nairobi grew. Jamaica's Bay Area Fund paid.");
    CHECK(s.has(Kind::place, "Kenya"));
    CHECK(s.has(Kind::place, "Nairobi"));
    CHECK_FALSE(s.has(Kind::place, "Jamaica's Bay"));
    CHECK_FALSE(s.has(Kind::place, "Jamaica's Bay Area Fund"));
}

TEST_CASE("context: natural features named with 'of' ('the Firth of Forth', 'the Isle of May')") {
    auto r = detect_body("Kittiwakes nest on the cliffs of the Isle of May, in the Firth of Forth. The Ring of Gullion "
                         "draws walkers, and the Sound of Barra ferry was cancelled.");
    CHECK(r.subtype(Kind::place, "Isle of May") == "geo");
    CHECK(r.subtype(Kind::place, "Firth of Forth") == "geo");
    CHECK(r.has(Kind::place, "Ring of Gullion"));
    CHECK(r.has(Kind::place, "Sound of Barra"));
    // A month after another "of" is still a date.
    auto s = detect_body("The Festival of May opened on the 3rd of May.");
    CHECK_FALSE(s.touches(Kind::place, "May"));
}

TEST_CASE("context: a name after a preposition of place, placed in a place ('at Bhuragaon in Morigaon')") {
    auto r = detect_body("A relief camp was set up at Bhuragaon in Morigaon. He is a farmer from Sanga in Kiruhura "
                         "District.");
    CHECK(r.has(Kind::place, "Bhuragaon"));
    CHECK(r.has(Kind::place, "Sanga"));
    // An employer is not ("working at Philips in Eindhoven").
    auto s = detect_body("The two met working at Philips in Eindhoven.");
    CHECK_FALSE(s.touches(Kind::place, "Philips"));
}

TEST_CASE("context: American interstates and routes by code ('closed I-90', 'SR-99')") {
    auto r = detect_body("Officials closed I-90 between Mitchell and Sioux Falls, and I-29 near Sioux City. He took "
                         "SR-99 home.");
    CHECK(r.subtype(Kind::place, "I-90") == "street");
    CHECK(r.subtype(Kind::place, "I-29") == "street");
    CHECK(r.subtype(Kind::place, "SR-99") == "street");
    auto s = detect_body("I think I-5 of them were late.");
    CHECK_FALSE(s.touches(Kind::place, "I"));
}

TEST_CASE("context: a stretch from or to a known place ('from Auxerre to Tonnerre', 'from Kandy to Ella')") {
    auto r = detect_body("Frost hit the vineyards from Auxerre to Tonnerre. The train journey from Kandy to Ella winds "
                         "through tea estates.");
    CHECK(r.has(Kind::place, "Tonnerre"));
    CHECK(r.has(Kind::place, "Ella"));
    // Days, months and stretches with no known place are not.
    auto s = detect_body("The office opens from Monday to Friday and from May to June. Prices rose from Pippin to "
                         "Cox apples.");
    CHECK_FALSE(s.touches(Kind::place, "Friday"));
    CHECK_FALSE(s.touches(Kind::place, "June"));
    CHECK_FALSE(s.touches(Kind::place, "Pippin"));
}

TEST_CASE("context: a place with a season's record or in a result line is a team; a team's number is a figure") {
    auto r = detect_raw("Knott Valley wins state basketball title\n\nKnott Valley beat Bellwood Academy 64-61 in "
                        "the final on Saturday. Eli Combs scored 27 points with nine rebounds, and the coach praised "
                        "the defense in the fourth quarter. Fans in Knott Valley cheered.\n\nKNOTT VALLEY 64, "
                        "BELLWOOD ACADEMY 61\n\nKnott Valley (33-4) — Combs 27, Slone 14.\n\nTotal fouls — "
                        "Knott Valley 14, Bellwood Academy 19.\n");
    CHECK(r.subtype(Kind::org, "Knott Valley") == "team");
    CHECK(r.count(Kind::org, "Knott Valley") >= 3);
    CHECK(r.has(Kind::figure, "14"));
}

TEST_CASE("context: a body named by its head word alone after 'the' ('the Commission had proposed', 'in the Lords')") {
    auto r = detect_body("The deal between the European Parliament and the Council, which speaks for the member states, "
                         "was struck on Friday. The Commission had proposed a cap. In the Lords, peers rebelled. A "
                         "member of the Assembly’s committee objected.");
    CHECK(r.subtype(Kind::org, "Council") == "government");
    CHECK(r.has(Kind::org, "Commission"));
    CHECK(r.has(Kind::org, "Lords"));
    CHECK(r.has(Kind::org, "Assembly"));
    // The head of a longer name, a lower-case noun and a title line are not.
    auto s = detect_body("She joined the Council of Europe in May. The commission was paid in cash. They met the "
                         "Commission President on Monday.");
    CHECK_FALSE(s.has(Kind::org, "Council"));
    CHECK_FALSE(s.touches(Kind::org, "commission"));
    CHECK_FALSE(s.has(Kind::org, "Commission"));
}

TEST_CASE("context: where a person was born, lives or comes from is a place ('a 29-year-old from Lincoln who')") {
    auto r = detect_body("\"It hurt,\" said Whitlock, a 29-year-old from Lincoln who was chasing a title. Tarrant died at "
                         "his home in Handsworth Wood after a short illness. Okello, a native of Kakoba, was born in "
                         "Nyamitanga and grew up in Kamukuzi.");
    CHECK(r.has(Kind::place, "Lincoln"));
    CHECK(r.has(Kind::place, "Handsworth Wood"));
    CHECK(r.has(Kind::place, "Kakoba"));
    CHECK(r.has(Kind::place, "Nyamitanga"));
    CHECK(r.has(Kind::place, "Kamukuzi"));
    // Not a month, not a name a person of the article bears, not a home in an institution.
    auto s = detect_body("Lincoln Avery spoke first. Ms Tate, who was born in May, met a 29-year-old from Lincoln who "
                         "works nights. He found a home in Congress.");
    CHECK_FALSE(s.touches(Kind::place, "May"));
    CHECK(s.count(Kind::place, "Lincoln") == 0);
    CHECK_FALSE(s.touches(Kind::place, "Congress"));
}

TEST_CASE("names: an age in apposition makes an unknown word a person, at a sentence start too") {
    auto r = detect_body("Tumuhimbise, 58, a farmer from Sanga, lost 40 cows to the drought.");
    CHECK(r.has(Kind::person, "Tumuhimbise"));
    auto s = detect_body("Water was trucked in Kakoba, 12, and other wards of the town.");
    CHECK_FALSE(s.touches(Kind::person, "Kakoba"));
}

TEST_CASE("names: a nationality before a name, two offices joined by 'and', a county before its office") {
    auto r = detect_body("Golf. American Kelsey Denton, who grew up in Fort Worth, tied for fourth. \"I'll take it,\" "
                         "Denton said. Fergus County Clerk and Recorder Janelle Ruegamer said the count would start. "
                         "Custer County Coroner Ann Hale agreed. The District Collector was told to act.");
    CHECK(r.has(Kind::person, "Kelsey Denton"));
    CHECK_FALSE(r.touches(Kind::place, "Denton"));
    CHECK(r.has(Kind::person, "Janelle Ruegamer"));
    CHECK(r.has(Kind::place, "Fergus County"));
    CHECK(r.has(Kind::place, "Custer County"));
    CHECK(r.has(Kind::person, "Ann Hale"));
    CHECK_FALSE(r.touches(Kind::person, "Collector"));
    CHECK_FALSE(r.touches(Kind::person, "American"));
}

TEST_CASE("names: who an event was won for is a name of its own ('the Belgian Grand Prix for McLaren')") {
    auto r = detect_body("Villaseca won a chaotic Belgian Grand Prix for McLaren on Sunday.");
    CHECK(r.has(Kind::org, "McLaren"));
    CHECK_FALSE(r.touches(Kind::org, "Grand Prix"));
}

TEST_CASE("names: a seat before its member's title, assembly members' titles, local units, Malay and Welsh place words") {
    auto r = detect_body("The motion was tabled by Hells Gate MCA Esther Wairimu Njoroge over land in Hells Gate ward. "
                         "Those MCAs should read it. Gregory MP Callum Hartnett said no. Trains ran from Bukit Batok. "
                         "He docks on Bayou Terrebonne. She was treated at Ysbyty Gwynedd. Opanin Kofi Ntiamoah spoke.");
    CHECK(r.count(Kind::place, "Hells Gate") == 2);
    CHECK(r.has(Kind::person, "Esther Wairimu Njoroge"));
    CHECK_FALSE(r.touches(Kind::org, "MCAs"));
    CHECK(r.has(Kind::place, "Gregory"));
    CHECK(r.has(Kind::person, "Callum Hartnett"));
    CHECK(r.has(Kind::place, "Bukit Batok"));
    CHECK(r.has(Kind::place, "Bayou Terrebonne"));
    CHECK(r.has(Kind::org, "Ysbyty Gwynedd"));
    CHECK(r.has(Kind::person, "Kofi Ntiamoah"));
    // A party or a description before the title is no seat; a trade union is no place.
    auto s = detect_body("Backbench MP Jane Doe and Labour MP John Roe spoke, and the Unite union agreed.");
    CHECK_FALSE(s.touches(Kind::place, "Backbench"));
    CHECK_FALSE(s.touches(Kind::place, "Labour"));
    CHECK_FALSE(s.touches(Kind::place, "Unite"));
}

TEST_CASE("names: elided articles in place names, office acronyms, members' seats, 'At X,' openings") {
    auto r = detect_body("Beans flow into C\xc3\xb4te d\xe2\x80\x99Ivoire and L'Aquila. The Municipal Chief Executive (MCE) "
                         "for Sefwi Wiawso, Hon. Yaw Boakye-Ansah, spoke. The MCE said no. The Member of Parliament for "
                         "St Elizabeth South Western, Dr Andrene Clarke-Wallace, agreed. At Asempaneye, farmers waited. "
                         "At TSh1,900 nobody sells.");
    CHECK(r.has(Kind::place, "C\xc3\xb4te d\xe2\x80\x99Ivoire"));
    CHECK(r.has(Kind::place, "L'Aquila"));
    CHECK_FALSE(r.touches(Kind::org, "MCE"));
    CHECK(r.has(Kind::place, "Sefwi Wiawso"));
    CHECK(r.has(Kind::person, "Yaw Boakye-Ansah"));
    CHECK(r.has(Kind::place, "St Elizabeth South Western"));
    CHECK_FALSE(r.touches(Kind::org, "Parliament"));
    CHECK(r.has(Kind::place, "Asempaneye"));
    CHECK_FALSE(r.touches(Kind::place, "TSh1"));
    // A minister "for" a portfolio names no seat; a company opening a sentence after "At" is no place.
    auto s = detect_body("The Minister for Health spoke. At Group L, engineers agreed.");
    CHECK_FALSE(s.touches(Kind::place, "Health"));
    CHECK_FALSE(s.touches(Kind::place, "Group L"));
}

TEST_CASE("names: a US state's name and 'State' is its university; a plural nickname with a record or a score is a team") {
    auto r = detect_body("Iowa State rallied to beat Kansas State 78-71 on Sunday. Lagos State agreed.");
    CHECK(r.has(Kind::org, "Iowa State"));
    CHECK(r.has(Kind::org, "Kansas State"));
    CHECK_FALSE(r.touches(Kind::org, "Lagos"));
    auto s = detect_body("Basketball. No. 17 Iowa State beat Kansas State 78-71 in an NCAA college basketball game on "
                         "Sunday. Brandt scored 23 points with 11 rebounds and the Cyclones (14-4) outscored the "
                         "Wildcats 24-13 in the fourth quarter. The Wildcats shot 4 of 17 in the fourth quarter. The "
                         "Cyclones have won five games in a row at home, the coach said after the win.");
    CHECK(s.count(Kind::org, "Cyclones") == 2);
    CHECK(s.count(Kind::org, "Wildcats") == 2);
}

TEST_CASE("names: firms named like people where people with jobs work at them, and their later uses") {
    auto r = detect_body("\"Great,\" said Rachel Szymanski, an analyst at William Blair, who raised her target. Analysts "
                         "at Piper Sandler and J.P. Morgan also raised theirs. Piper Sandler said in a note that it "
                         "liked the stock.");
    CHECK(r.has(Kind::person, "Rachel Szymanski"));
    CHECK(r.has(Kind::org, "William Blair"));
    CHECK(r.has(Kind::org, "J.P. Morgan"));
    CHECK(r.count(Kind::org, "Piper Sandler") == 2);
    CHECK_FALSE(r.touches(Kind::person, "Piper Sandler"));
    // A person is still a person where the article names her as one more often.
    auto s = detect_body("Ann Lee said the plan works. Ann Lee founded the firm. Analysts at Ann Lee agreed.");
    CHECK(s.count(Kind::person, "Ann Lee") == 2);
}

TEST_CASE("context: short forms of an organization named in full ('Fish and Game', 'the Corps', 'Water Development Board')") {
    auto r = detect_body("The Alaska Department of Fish and Game said the run was large. Fish and Game manages each "
                         "river, said Colleen Vrabel, the Fish and Game area biologist. The U.S. Army Corps of Engineers "
                         "recommends 15 feet, the height the Corps recommends. The Bangladesh Water Development Board "
                         "said the Water Development Board would act.");
    CHECK(r.count(Kind::org, "Fish and Game") == 2);
    CHECK(r.has(Kind::org, "Corps"));
    CHECK(r.has(Kind::org, "Water Development Board"));
    // Not a tail without "and", not a head word without "the" or with "of" after it.
    auto s = detect_body("The Ministry of Health said Health was a priority. The Corps of Discovery left; Corps members "
                         "stayed.");
    CHECK_FALSE(s.has(Kind::org, "Health"));
    CHECK_FALSE(s.has(Kind::org, "Corps"));
}

TEST_CASE("names: tribal nations, railway lines, the Arctic as a noun, languages, 'told the Nation'") {
    auto r = detect_body("The United Houma Nation opposed it, and the Kinosew Lake First Nation agreed. Trains on the "
                         "North-South Line (NSL) stopped; the NSL reopened. Ice is spreading across the Arctic. She "
                         "said it in Swahili. \"It is theft,\" Ms Njoroge told the Nation.");
    CHECK(r.has(Kind::org, "United Houma Nation"));
    CHECK(r.has(Kind::org, "Kinosew Lake First Nation"));
    CHECK(r.has(Kind::place, "North-South Line"));
    CHECK(r.count(Kind::place, "NSL") == 2);
    CHECK(r.has(Kind::place, "Arctic"));
    CHECK_FALSE(r.touches(Kind::place, "Swahili"));
    CHECK(r.has(Kind::org, "Nation"));
    auto s = detect_body("The First Nation will pay. Arctic ice is thinning. See the End Of Line pages.");
    CHECK_FALSE(s.touches(Kind::org, "First Nation"));
    // A band named in the plural; "First Nations" alone and other "… Nations" are no body.
    auto p = detect_body("Cold Lake First Nations Chief Theresa Janvier said so. Leaders of the Saddle Lake First "
                         "Nations met. First Nations leaders spoke before the Six Nations opened.");
    CHECK(p.has(Kind::org, "Cold Lake First Nations"));
    CHECK(p.has(Kind::org, "Saddle Lake First Nations"));
    CHECK_FALSE(p.has(Kind::org, "First Nations"));
    CHECK_FALSE(p.touches(Kind::org, "Six Nations"));
    CHECK_FALSE(s.touches(Kind::place, "Arctic"));
    CHECK_FALSE(s.touches(Kind::place, "End Of Line"));
}

TEST_CASE("names: a union's local branch and its number") {
    auto r = detect_body("Members of Transport Workers Union Local 234, which represents 5,100 drivers, voted on "
                         "Sunday. Members of UAW Local 600 joined them, said Local 234 president Darnell Ruiz.");
    CHECK(r.has(Kind::org, "Transport Workers Union Local 234"));
    CHECK(r.has(Kind::org, "UAW Local 600"));
    CHECK(r.has(Kind::org, "Local 234"));
    CHECK_FALSE(r.has(Kind::figure, "234"));
    CHECK_FALSE(r.has(Kind::figure, "600"));
    CHECK_FALSE(r.touches(Kind::org, "Members"));
    // Not a local word before anything but a number.
    auto s = detect_body("The Local Government Association said councils would pay 12 percent more.");
    CHECK_FALSE(s.touches(Kind::org, "Local Government Association 12"));
}

TEST_CASE("names: common English given names the faker lists lack, members' letters after a name") {
    auto r = detect_body("The spokesman, Gareth Pryce-Morgan MS, said patients waited. Labour MP Jane Doe MP agreed. A "
                         "commuter told Lusa news agency that trains were late.");
    CHECK(r.has(Kind::person, "Gareth Pryce-Morgan"));
    CHECK(r.has(Kind::person, "Jane Doe"));
    CHECK_FALSE(r.touches(Kind::person, "MS"));
    CHECK(r.has(Kind::org, "Lusa"));
}

TEST_CASE("names: place particles in hyphenated names, daily newspapers, compass regions, party branches, property firms") {
    auto r = detect_body("The road between Savanna-la-Mar and Negril was blocked. She lives in Dalton-in-Furness and "
                         "works in Stratford-upon-Avon. Farmers told the Daily Graphic that the old Western Region was "
                         "rich. The Welsh Conservatives agreed. Kinangop Heights Developers did not respond. Nobody in "
                         "Treasure Beach fished. The council asked the Government for J$500 million.");
    CHECK(r.has(Kind::place, "Savanna-la-Mar"));
    CHECK(r.has(Kind::place, "Dalton-in-Furness"));
    CHECK(r.has(Kind::place, "Stratford-upon-Avon"));
    CHECK(r.has(Kind::org, "Daily Graphic"));
    CHECK(r.has(Kind::place, "Western Region"));
    CHECK(r.has(Kind::org, "Welsh Conservatives"));
    CHECK(r.has(Kind::org, "Kinangop Heights Developers"));
    CHECK(r.has(Kind::place, "Treasure Beach"));
    CHECK(r.has(Kind::figure, "J$500 million"));
    CHECK_FALSE(r.touches(Kind::org, "Government for J"));
    auto s = detect_body("The Commander-in-Chief spoke about Winnie-the-Pooh. Goldman Sachs Group Inc. agreed.");
    CHECK_FALSE(s.touches(Kind::place, "Commander-in-Chief"));
    CHECK_FALSE(s.touches(Kind::place, "Winnie-the-Pooh"));
    CHECK(s.has(Kind::org, "Goldman Sachs Group Inc."));
}

TEST_CASE("context: a place before a local body's words is the place; a saint-named town stays one everywhere") {
    auto r = detect_body("St Elizabeth Farmers Count Losses\n\nThe St Elizabeth Municipal Corporation said roads in St "
                         "Elizabeth were blocked. About 200 people were in shelters in St Elizabeth and Westmoreland.");
    CHECK(r.count(Kind::place, "St Elizabeth") == 3);
    CHECK(r.has(Kind::org, "St Elizabeth Municipal Corporation"));
    CHECK_FALSE(r.touches(Kind::person, "St Elizabeth"));
}

TEST_CASE("names: a town spelled like a given name after travel or a place's preposition ('evacuated to Darwin')") {
    auto r = detect_body("About 180 people were flown to Darwin and housed at the Darwin Showgrounds. She lives in "
                         "Regina now.");
    CHECK(r.count(Kind::place, "Darwin") == 1);
    CHECK(r.has(Kind::place, "Darwin Showgrounds"));
    CHECK(r.has(Kind::place, "Regina"));
    auto s = detect_body("Then they fled to David at dawn. David said he would wait. It came from Gilbert & Sullivan.");
    CHECK_FALSE(s.touches(Kind::place, "David"));
    CHECK_FALSE(s.touches(Kind::place, "Gilbert"));
}

TEST_CASE("names: a town spelled like a common word, alone after a place's preposition inside a sentence ('at Derby')") {
    auto r = detect_body("The river peaked at 6.8 metres at Derby on Tuesday. A tanker waited near the church in Bath, "
                         "and ferries from Split were cancelled. The sawmill outside Settle was shut.");
    CHECK(r.has(Kind::place, "Derby"));
    CHECK(r.has(Kind::place, "Bath"));
    CHECK(r.has(Kind::place, "Split"));
    CHECK(r.has(Kind::place, "Settle"));
    // Not a field or a month, nor a word that heads a body, opens a longer name, stands first in a
    // sentence or names the planet.
    auto s = detect_body("She worked in Research before. Rates fell in March. He sat in Court all day. Most voters "
                         "agreed. It was sung from Man of La Mancha. Life came from Earth, she said. They met at "
                         "Reading Festival.");
    CHECK_FALSE(s.touches(Kind::place, "Research"));
    CHECK_FALSE(s.touches(Kind::place, "March"));
    CHECK_FALSE(s.touches(Kind::place, "Court"));
    CHECK_FALSE(s.touches(Kind::place, "Most"));
    CHECK_FALSE(s.touches(Kind::place, "Man"));
    CHECK_FALSE(s.touches(Kind::place, "Earth"));
    CHECK_FALSE(s.has(Kind::place, "Reading"));
    // The short form of a longer name the text uses is that name's, not the town.
    auto m = detect_body("He spent eight years at Meridian Skyways, a low-cost carrier. \"We got a lot wrong at "
                         "Meridian,\" he said. The council met in Settle. Settle Town Council agreed.");
    CHECK_FALSE(m.touches(Kind::place, "Meridian"));
    CHECK(m.has(Kind::place, "Settle"));
}

TEST_CASE("names: a two-word name opening with an organization of the text is its product, no person") {
    auto r = detect_body("Tunaira, a Jakarta-based startup that lets workers draw wages, has raised $48 million. It now "
                         "also offers Tunaira Cicil, an installment loan. Tunaira said it would expand.");
    CHECK(r.count(Kind::org, "Tunaira") == 2);
    CHECK_FALSE(r.touches(Kind::person, "Tunaira"));
}

TEST_CASE("names: bylines with '·', '|' or '/' separators, hyphenated names alone, a job on the next line") {
    auto a = gloss::core::test::detect_body("Startup raises $48M\nAdaeze Whitford \xc2\xb7 6:00 AM PDT \xc2\xb7 October 21, 2031\nThe round closed.");
    CHECK(a.has(Kind::person, "Adaeze Whitford"));
    auto b = gloss::core::test::detect_body("Farmers count losses\nKadian Brissett/Staff Reporter\nThe river rose.");
    CHECK(b.has(Kind::person, "Kadian Brissett"));
    auto c = gloss::core::test::detect_body("Waits grow\nLowri Mair Tudur\nHealth correspondent, BBC Wales\nPatients waited.");
    CHECK(c.has(Kind::person, "Lowri Mair Tudur"));
    auto d = gloss::core::test::detect_body("Astronomer dies\nFiona McAllister-Reid\nTue 15 Mar 2033 17.20 GMT\nShe was 81.");
    CHECK(d.has(Kind::person, "Fiona McAllister-Reid"));
}

TEST_CASE("names: oceans as nouns, the Americas, the country inside a US attorney's title") {
    auto r = detect_body("The outbreak followed an unusually warm Pacific and weeks of rain, the regional office for "
                         "the Americas said. Assistant U.S. Attorney Grant Nakashima told jurors.");
    CHECK(r.has(Kind::place, "Pacific"));
    CHECK(r.has(Kind::place, "Americas"));
    CHECK(r.has(Kind::place, "U.S."));
    CHECK(r.has(Kind::person, "Grant Nakashima"));
    auto s = detect_body("Pacific islands and Atlantic salmon were studied.");
    CHECK_FALSE(s.touches(Kind::place, "Pacific"));
    CHECK_FALSE(s.touches(Kind::place, "Atlantic"));
}

TEST_CASE("context: unclaimed one-word names in a comma list of persons are persons") {
    auto r = detect_body("Ana Petrakis and Joel Tuitama starred. GOALS: Petrakis 2, Tuitama 2, Mabior, Delacroix.");
    CHECK(r.has(Kind::person, "Mabior"));
    CHECK(r.has(Kind::person, "Delacroix"));
    // Not a list of places, nor one with a place in it.
    auto s = detect_body("Ana Petrakis and Joel Tuitama visited Kitwe. Stops: Petrakis, Tuitama, Kitwe, Ndola, Mufulira.");
    CHECK_FALSE(s.touches(Kind::person, "Mufulira"));
}

TEST_CASE("names: a word between an article and 'spokesperson' is the body spoken for, and so are its other uses") {
    auto r = detect_body("Translink confirmed the cuts. \"Nobody takes this lightly,\" a Translink spokesperson said. "
                         "Councillors would meet Translink on March 17.");
    CHECK(r.count(Kind::org, "Translink") == 3);
    // (The spokesperson is unnamed: the guidelines give no speaker.)
    CHECK(r.speaker("\"Nobody") == "");
}

TEST_CASE("context: a city's own local government is no company named after it; a short name must act") {
    auto r = detect_body("Pune\n\nBy Aditi Kulkarni-Joshi, Pune\n\nThe Pune Municipal Corporation (PMC) cleared a plan. "
                         "The Pune Mahanagar Parivahan Mahamandal Limited (PMPML) diverted routes. Residents of Pune "
                         "complained.");
    CHECK(r.count(Kind::place, "Pune") >= 2);
    CHECK_FALSE(r.has(Kind::org, "Pune"));
}

TEST_CASE("context: a name read as a person from its shape alone is the place the article names with the same words") {
    auto r = detect_body("Landlords in Sham Shui Po, Tsuen Wan and Tuen Mun are raising rents. A building in Sham Shui "
                         "Po was old.");
    CHECK(r.count(Kind::place, "Sham Shui Po") == 2);
    CHECK_FALSE(r.touches(Kind::person, "Sham Shui Po"));
}

TEST_CASE("names: an acronym that names nothing alone opens an organization before its head ('NB Power')") {
    auto r = detect_body("Crews came from Ontario and from NB Power, the utility said. NB Power said it was spilling "
                         "water. The NB pages of the report were blank.");
    CHECK(r.count(Kind::org, "NB Power") == 2);
    CHECK(r.all(Kind::org).size() == 2); // not "The NB pages"
}

TEST_CASE("names: a state's abbreviation before a public sector word is a body; 'Springs' heads a town") {
    auto r = detect_body("Three residents were flown to Darwin, NT Health said. Others went to Alice Springs.");
    CHECK(r.has(Kind::org, "NT Health"));
    CHECK(r.has(Kind::place, "Alice Springs"));
    CHECK_FALSE(r.touches(Kind::person, "Alice"));
}

TEST_CASE("names: banks named with 'Bank' first and Indonesian bodies are organizations, not persons") {
    auto r = detect_body("Bank Kencana Nusantara lends. Otoritas Jasa Keuangan (OJK) said it. They met on Bank Street.");
    CHECK(r.has(Kind::org, "Bank Kencana Nusantara"));
    CHECK(r.has(Kind::org, "Otoritas Jasa Keuangan"));
    CHECK(r.has(Kind::place, "Bank Street"));
    CHECK(r.all(Kind::person).empty());
}

TEST_CASE("context: three names after 'around' or 'near', one of them no word at all, list towns") {
    auto r = detect_body("Orchards around Alexandra, Clyde and Earnscleugh and in the Teviot Valley escaped, Ms Haig said.");
    CHECK(r.has(Kind::place, "Alexandra"));
    CHECK(r.has(Kind::place, "Clyde"));
    CHECK(r.has(Kind::place, "Earnscleugh"));
    // Not after "with": people.
    auto q = detect_body("She met with Alexandra, Clyde and Earnscleugh on Monday.");
    CHECK_FALSE(q.touches(Kind::place, "Alexandra"));
    CHECK_FALSE(q.touches(Kind::place, "Clyde"));
}

TEST_CASE("names: a place head after 'and' names the second place only; 'Grand' titles nobody alone") {
    auto r = detect_body("Residents of Grand Bay-Westfield, Quispamsis, Rothesay and Darlings Island were told to leave.");
    CHECK(r.has(Kind::place, "Rothesay"));
    CHECK(r.has(Kind::place, "Darlings Island"));
    CHECK(r.has(Kind::place, "Quispamsis"));
    CHECK_FALSE(r.touches(Kind::person, "Bay-Westfield"));
    auto q = detect_body("Ships sailed past the Turks and Caicos Islands on Monday.");
    CHECK(q.has(Kind::place, "Turks and Caicos Islands"));
}

TEST_CASE("context: in a sports story, a name owning a player or before a role and a player is a team") {
    auto r = detect_body("Lynx beat Sun 88-81 on Sunday. Okonkwo had 24 points and 13 rebounds, and the coach said the "
                         "playoffs start in the second quarter of the season. Sun coach Monique Albright said the "
                         "goals were fine. The Sun committed 17 turnovers in the fourth quarter.\n\n"
                         "Port Adelaide won 14-11. Port's Jay Hollis-Kemp kicked three goals. The Connecticut Sun lost.");
    CHECK(r.count(Kind::org, "Sun") >= 2);
    CHECK(r.has(Kind::org, "Port"));
    CHECK(r.has(Kind::org, "Connecticut Sun"));
    CHECK_FALSE(r.has(Kind::org, "Adelaide"));
    CHECK(r.has(Kind::person, "Monique Albright"));
}

TEST_CASE("context: names listed with a known company, or after a plural noun of companies, are companies") {
    auto r = detect_body("Jobs\n\nLarger rivals Bosch, ZF Friedrichshafen, Continental and Schaeffler have cut jobs.\n\n"
                         "He bet with Paddy Power, Bet365 and two other bookmakers.\n\n"
                         "Fertiliser co-operatives Ravensdown and Ballance Agri-Nutrients said sales fell.\n\n"
                         "It buys them from manufacturers including Vaillant and Daikin.\n\n"
                         "It competes with Sanofi and Regeneron's Dupixent and AstraZeneca's Fasenra.\n\n"
                         "The Goldfields Land and Sea Council objected. The state House and Senate passed budgets.");
    for (const char* name : {"Continental", "Schaeffler", "Bet365", "Ravensdown", "Ballance Agri-Nutrients", "Vaillant",
                             "Daikin", "Goldfields Land and Sea Council", "Senate"})
        CHECK_MESSAGE(r.has(Kind::org, name), name);
    CHECK_FALSE(r.touches(Kind::org, "Dupixent"));
    CHECK_FALSE(r.touches(Kind::org, "House and"));
    CHECK(r.all(Kind::person).empty());
}

TEST_CASE("context: numbered roads ('County Road 501', 'FM 600', 'the A465', 'the BR-163'), not aircraft or exchanges") {
    auto r = detect_body("The site is on County Road 501, about 3 miles east of FM 600. It would improve the junction with "
                         "the A465. Lorries heading for the B4423 struggle. Its yard is on the N55. They paved the BR-163. "
                         "He flew on the A380 jet. Shares rose on the B3 exchange.");
    for (const char* road : {"County Road 501", "FM 600", "A465", "B4423", "N55", "BR-163"})
        CHECK_MESSAGE(r.has(Kind::place, road), road);
    CHECK_FALSE(r.touches(Kind::place, "A380"));
    CHECK_FALSE(r.touches(Kind::place, "B3"));
    CHECK(r.all(Kind::figure).size() == 1); // "3 miles"
}

TEST_CASE("context: numbered local areas; a party's longer plural name, its possessive and a headline's first word") {
    auto r = detect_body("Tories push N.S. budget through after marathon debate\n\nThe riding is held by the Tories' own "
                         "Lachlan Ross MacAulay. The Progressive Conservatives hold 32 of the 55 seats.\n\n"
                         "In Barangay 88 of Tacloban City, houses fell. Precinct 1 Commissioner Travis Odom voted no. "
                         "She represents District 9.");
    CHECK(r.count(Kind::org, "Tories") == 2);
    CHECK(r.has(Kind::org, "Progressive Conservatives"));
    CHECK(r.has(Kind::place, "Barangay 88"));
    CHECK(r.has(Kind::place, "Precinct 1"));
    CHECK(r.has(Kind::place, "District 9"));
    CHECK(r.has(Kind::person, "Travis Odom"));
}

TEST_CASE("context: names the words around them make places, organizations or persons") {
    auto r = detect_body("Protests\n\nTroops were deployed along the Dhaka-Aricha highway on Sunday. Elephants in the "
                         "Ruaha-Rungwa ecosystem rose in number. A petition organised by the Save Crucorney Fields group "
                         "has 2,316 signatures. In Canterbury, Methven farmer Lucy Oyelaran-Todd said the rules hurt. "
                         "Kudakwashe Marufu made 104. Marufu and Simbarashe Mutizwa then added 142. It was run with the "
                         "University of Amsterdam and Amsterdam UMC. He lives in Washington DC. The Usenet group was busy.");
    for (const char* place : {"Aricha", "Ruaha", "Rungwa", "Methven"}) CHECK_MESSAGE(r.has(Kind::place, place), place);
    CHECK(r.has(Kind::org, "Save Crucorney Fields"));
    CHECK(r.has(Kind::person, "Simbarashe Mutizwa"));
    CHECK(r.has(Kind::org, "Amsterdam UMC"));
    CHECK(r.has(Kind::org, "University of Amsterdam"));
    CHECK_FALSE(r.has(Kind::org, "Washington DC"));
    CHECK_FALSE(r.touches(Kind::org, "Usenet"));
}

TEST_CASE("context: a lower-case bearing before one capitalized word names a region; 'Estate' heads a place") {
    auto r = detect_body("Buses\n\nRoutes in south Down and south Armagh will be cut. Farms in west Cork flooded. Residents of "
                         "Peace Garden Estate protested. The Real Estate Institute said so.");
    CHECK(r.has(Kind::place, "Down"));
    CHECK(r.has(Kind::place, "Cork"));
    CHECK(r.has(Kind::place, "Peace Garden Estate"));
    CHECK(r.has(Kind::org, "Real Estate Institute"));
}

TEST_CASE("context: clubs named by town and club word in a match report; a nickname leading by a score") {
    auto r = detect_body("Preston North End 2-1 Hull City: late header wins it\n\nPreston North End beat Hull City 2-1 at "
                         "Deepdale. The goals came after halftime in the match, and the manager said the league "
                         "season was long. Wycombe Wanderers drew 1-1. The Cornhuskers led 27-17 in the fourth quarter. "
                         "Fans flew in from Spanish Town.");
    CHECK(r.has(Kind::org, "Preston North End"));
    CHECK(r.has(Kind::org, "Hull City"));
    CHECK(r.has(Kind::org, "Wycombe Wanderers"));
    CHECK(r.has(Kind::org, "Cornhuskers"));
    CHECK(r.has(Kind::place, "Spanish Town"));
    CHECK(r.all(Kind::person).empty());
}

TEST_CASE("context: a football line-up by surnames, split by semicolons, and the report's goals and bookings") {
    auto r = detect_body("Hibernian 1-2 Glasgow City\n\nCity won the league match with two goals in the second half, "
                         "and the striker scored twice after the goalkeeper saved a penalty.\n"
                         "Hibernian: Baird; Drummond, Leask, McAulay, Gillon; Fraser (Sinclair 77), Kinloch (Tait 84), "
                         "Ross; Sutherland, Grieve (Ishii 70), Mackie. Subs not used: Wardlaw, Munro.\n"
                         "Goals: Kinloch (40); Ragnarsdóttir (58, 79).\nBooked: Leask, Ferrie.");
    for (const char* name : {"Baird", "Drummond", "Gillon", "Sinclair", "Tait", "Ishii", "Mackie", "Wardlaw", "Munro",
                             "Ragnarsdóttir", "Ferrie"})
        CHECK_MESSAGE(r.has(Kind::person, name), name);
    CHECK_FALSE(r.touches(Kind::person, "Subs"));
    CHECK_FALSE(r.touches(Kind::figure, "77")); // a substitute's minute is no figure
    CHECK_FALSE(r.touches(Kind::figure, "70"));
    // A comma list of places with a semicolon is no line-up: too few names.
    auto q = detect_body("Tour\n\nStops: Leeds; York, Hull.");
    CHECK_FALSE(q.touches(Kind::person, "York"));
}

TEST_CASE("context: a results card ranks horses with their riders in brackets") {
    auto r = detect_body("Gold Cup\n\nThe mare won by a neck for her trainer, with the favourite third and the jockey "
                         "delighted.\n"
                         "Race 1 - Sprint (1,100m): 1. Sugar Apple (R Sookram); 2. Fire Ruby (S Gittens); 3. Coral Dancer "
                         "(J Payne). Race 8 - Gold Cup (1,800m): 1. Caroni Blaze (T&T) (K Sealy); 2. Mister Warrens (D Holder).");
    CHECK(r.has(Kind::person, "R Sookram"));
    CHECK(r.has(Kind::person, "S Gittens"));
    CHECK(r.has(Kind::person, "K Sealy"));
    CHECK(r.has(Kind::person, "D Holder"));
    CHECK_FALSE(r.touches(Kind::person, "Fire Ruby"));
    CHECK_FALSE(r.touches(Kind::person, "Coral Dancer"));
    CHECK_FALSE(r.touches(Kind::person, "Caroni Blaze"));
    CHECK_FALSE(r.touches(Kind::person, "Mister Warrens"));
    CHECK_FALSE(r.has(Kind::figure, "2")); // a rank before a horse's name is no figure
}

TEST_CASE("context: a two-word nickname a given name opens, with a season's record, is a team") {
    auto r = detect_body("Basketball\n\nThe Golden Kings (44-12) opened the second half with a 12-2 run in the league game, "
                         "and the guard scored 14 points in the fourth quarter of the match, with three rebounds and two "
                         "assists for the basketball team. The Golden Kings won the "
                         "title in 2023. Golden Kings 84, Sendai 79.");
    CHECK(r.count(Kind::org, "Golden Kings") == 3);
    CHECK_FALSE(r.touches(Kind::person, "Golden"));
}

TEST_CASE("context: a company's name without its suffix and trade word; a suffix with its own full stop") {
    auto r = detect_body("Sawmill\n\nKōwhai Ridge Orchards Ltd grows apples. Immigration officials placed Kōwhai Ridge "
                         "on a list. Umpqua Ridge Lumber Co. will close its mill. Umpqua Ridge said it would keep its "
                         "planer mill open. Hong Kong Telecom Ltd said Hong Kong was busy.");
    CHECK(r.count(Kind::org, "Kōwhai Ridge") == 1);
    CHECK(r.count(Kind::org, "Umpqua Ridge") == 1);
    CHECK_FALSE(r.touches(Kind::place, "Ridge"));
    CHECK(r.has(Kind::place, "Hong Kong"));
}

TEST_CASE("context: a town a given name opens, after 'in'; a three-item list's middle name between known places") {
    auto r = detect_body("Water\n\nThe committees in Tierra Blanca have run dry. The decree covers Copiapó, Tierra Amarilla "
                         "and Santiago, and wells in Tierra Amarilla are empty. Gurinder Gill lives in Surrey, B.C., and "
                         "Oksana Hrytsenko-Bell in Medicine Hat.");
    CHECK(r.has(Kind::place, "Tierra Blanca"));
    CHECK(r.count(Kind::place, "Tierra Amarilla") == 2);
    CHECK_FALSE(r.touches(Kind::person, "Tierra"));
    CHECK(r.has(Kind::person, "Oksana Hrytsenko-Bell"));
    CHECK(r.has(Kind::person, "Gurinder Gill"));
}

TEST_CASE("context: a plural nickname after a preposition, before a match's verb or owning something, is a team") {
    auto r = detect_body("Rugby\n\nThe Stags lost 3-1 to the Pumas in the league match on Saturday, with two tries in the "
                         "second half. The coach praised the defence. Kelvin Drummond scored for the Rebels. The Bluebirds "
                         "came from a goal down and the Hornets' total of 412 stood. The Games begin in June, and the "
                         "Highlands will host them.");
    CHECK(r.has(Kind::org, "Pumas"));
    CHECK(r.has(Kind::org, "Rebels"));
    CHECK(r.has(Kind::org, "Bluebirds"));
    CHECK(r.has(Kind::org, "Hornets"));
    CHECK_FALSE(r.touches(Kind::org, "Games"));
    CHECK_FALSE(r.has(Kind::org, "Highlands"));
}

TEST_CASE("names: portfolios listed in a department's name; 'Shire', 'Vale', 'Infirmary', 'Beaches' heads; 'I' alone") {
    auto r = detect_body("Rentals\n\nThe council needs the approval of the Department of Planning, Housing and Infrastructure. "
                         "Hosts on the Northern Beaches live in Mona Vale. Only Byron Shire has a cap. The trust runs "
                         "Accrington Infirmary. He has one house I let out over summer.");
    CHECK(r.has(Kind::org, "Department of Planning, Housing and Infrastructure"));
    CHECK(r.has(Kind::place, "Northern Beaches"));
    CHECK(r.has(Kind::place, "Mona Vale"));
    CHECK(r.has(Kind::place, "Byron Shire"));
    CHECK(r.has(Kind::org, "Accrington Infirmary"));
    CHECK_FALSE(r.has(Kind::org, "I"));
    CHECK(r.all(Kind::person).empty());
}

TEST_CASE("context: what a route runs between are places, not 'the war between Abijah and Jeroboam'") {
    auto r = detect_body("Roads\n\nA stretch of the Pune-Solapur highway between Magarpatta and Gadital has drawn complaints. "
                         "Trains between Jurong East and Choa Chu Kang were halted. The war between Abijah and Jeroboam "
                         "lasted.");
    for (const char* place : {"Magarpatta", "Gadital", "Jurong East", "Choa Chu Kang"})
        CHECK_MESSAGE(r.has(Kind::place, place), place);
    CHECK_FALSE(r.touches(Kind::place, "Abijah"));
}

TEST_CASE("context: a multiword place found once is the same place where its words stand again unclaimed") {
    auto r = detect_body("Trains halted\n\nTrains between Jurong East and Choa Chu Kang were halted. Crowds built up at "
                         "Jurong East. Buses ran to Choa Chu Kang all day.");
    CHECK(r.count(Kind::place, "Jurong East") == 2);
    CHECK(r.count(Kind::place, "Choa Chu Kang") == 2);
}

TEST_CASE("context: in a match report a country that levels, comes from behind or faces a side is the national team; 'at Christmas' is no ground") {
    auto r = gloss::core::test::detect_body(
        "Chipolopolo edge Mambas\n\nTEENAGE substitute Mwape Banda struck four minutes from time as Zambia came from "
        "behind to beat Mozambique 2-1 in the qualifier on Tuesday. Mozambique led through a header in the 23rd minute. "
        "Zambia levelled three minutes before half-time, and the striker scored the winner after the goalkeeper "
        "saved a penalty. The coach praised the defence and the midfield. “I told him at Christmas that this would be his year,” his "
        "mother said. Zambia face Cameroon in Yaoundé on June 6. Fans travelled from Zambia and Malawi.");
    CHECK(r.count(Kind::org, "Zambia") == 3);
    CHECK(r.has(Kind::org, "Mozambique"));
    CHECK(r.has(Kind::org, "Cameroon"));
    CHECK(r.has(Kind::place, "Yaoundé"));
    CHECK_FALSE(r.touches(Kind::place, "Christmas"));
}

TEST_CASE("context: in a match report '<name> State' is a university's team") {
    auto r = gloss::core::test::detect_body(
        "Cougars win title\n\nEli Combs scored 27 points as the Cougars beat Bellwood 64-61 in the final on Saturday. "
        "The guard, a Murray State signee, hit a jumper with 9.4 seconds left. The coach praised the defence, the "
        "rebounds and the free throws after the game.");
    CHECK(r.has(Kind::org, "Murray State"));
    CHECK_FALSE(r.touches(Kind::person, "Murray"));
}

TEST_CASE("context: a cycling results table: rows are no headings; ranks are ordinals, codes countries, teams teams") {
    auto r = gloss::core::test::detect_body(
        "Murillo wins atop Arrate\n\nYeison Andrés Murillo Cárdenas (Movistar Team) won stage 4 on Thursday, edging Žan "
        "Korošec (Teravolt-Colnago) in a two-rider sprint. Arne Vanhoutte (Lotto-Halvorsen) kept the yellow jersey. "
        "A nine-rider breakaway built a lead before the peloton caught the escapees on the last of five categorised "
        "climbs.\n\nStage 4 results\n\n1 Yeison Andrés Murillo Cárdenas (Col) Movistar Team 3:38:52\n\n"
        "2 Žan Korošec (Slo) Teravolt-Colnago 0:00:00\n\n6 Théo Lemoine-Darrieussecq (Fra) Arvelle-Lapierre 0:00:14\n\n"
        "8 Sindre Aasheim (Nor) Uno-X Mobility 0:00:19");
    CHECK(r.has(Kind::person, "Yeison Andrés Murillo Cárdenas"));
    CHECK(r.has(Kind::person, "Théo Lemoine-Darrieussecq"));
    CHECK(r.has(Kind::person, "Sindre Aasheim"));
    CHECK(r.has(Kind::place, "Col"));
    CHECK(r.has(Kind::place, "Nor"));
    CHECK(r.count(Kind::org, "Teravolt-Colnago") == 2);
    CHECK(r.has(Kind::org, "Lotto-Halvorsen"));
    CHECK(r.has(Kind::org, "Arvelle-Lapierre"));
    CHECK(r.has(Kind::org, "Uno-X Mobility"));
    CHECK(r.has(Kind::figure, "0:00:14"));
    CHECK_FALSE(r.has(Kind::figure, "4"));
    CHECK_FALSE(r.has(Kind::figure, "6"));
    CHECK_FALSE(r.has(Kind::figure, "8"));
    CHECK_FALSE(r.touches(Kind::place, "Cárdenas"));
}

TEST_CASE("context: rowing crews named by country are teams; a country standing for itself is not") {
    auto r = gloss::core::test::detect_body(
        "Netherlands hold off Great Britain in Lucerne eight\n\nThe Netherlands won the men's eight by 0.41 seconds "
        "from Great Britain on the final day of the regatta. The crews rowed into a tailwind, and the coxswain "
        "called the sprint early after the heats, and each crew in the finals raced for a medal. Germany took bronze. The single sculls went to Brazil's Maria Lima, whose rowers "
        "trained in Switzerland.\n\nResults\n\n1. Netherlands 5:23.84\n\n2. Great Britain 5:24.25");
    CHECK(r.count(Kind::org, "Netherlands") >= 3);
    CHECK(r.has(Kind::org, "Germany"));
    CHECK(r.has(Kind::org, "Great Britain"));
    CHECK(r.has(Kind::place, "Switzerland"));
    CHECK(r.has(Kind::place, "Lucerne"));
}

TEST_CASE("names: credits after a dash, with a comma, with a Chinese given name's lower-case syllable") {
    auto r = gloss::core::test::detect_body(
        "Wart found\n\nA field near Kensington on March 17. - Nathan Doiron/SaltWire\n\nThe field was closed.\n\n"
        "A worker at a factory in Taichung on Monday. Photo: Liao Pei-shan, Taipei Times\n\nExports fell.");
    CHECK(r.has(Kind::person, "Nathan Doiron"));
    CHECK(r.has(Kind::org, "SaltWire"));
    CHECK(r.has(Kind::person, "Liao Pei-shan"));
    CHECK(r.has(Kind::org, "Taipei Times"));
}

TEST_CASE("context: a city's name that is also a player's given name, with a surname that speaks, is the player") {
    auto r = gloss::core::test::detect_body(
        "Torrent rally past Frost\n\nSEATTLE - Sydney Kowalchuk tied the game with 1:12 left in regulation and scored "
        "2:41 into overtime, and the Seattle Torrent beat the Minnesota Frost 3-2 on Wednesday night. The goalie made 30 "
        "saves in the third period and overtime.\n\n\"I just had to put it on net,\" Kowalchuk said. The Frost said "
        "nothing.\n\nOvertime - 5, Seattle, Kowalchuk 12 (Harju), 2:41.");
    CHECK(r.has(Kind::person, "Sydney Kowalchuk"));
    CHECK(r.count(Kind::person, "Kowalchuk") == 2);
    CHECK(r.has(Kind::org, "Seattle Torrent"));
    CHECK(r.has(Kind::org, "Minnesota Frost"));
    CHECK(r.speaker("\"I just had") == "Sydney Kowalchuk");
}

TEST_CASE("context: a company's name and a plural nickname in a match report are its club") {
    auto r = gloss::core::test::detect_body(
        "Giants walk off\n\nKang Tae-ung singled in the 10th inning, and the Lotte Giants beat the Samsung Lions 5-4 on "
        "Friday. The pitcher threw 100 pitches, the shortstop made two errors and the bullpen blew a save in the ninth "
        "inning before the walk-off single. Samsung Electronics shares rose.");
    CHECK(r.has(Kind::org, "Lotte Giants"));
    CHECK(r.has(Kind::org, "Samsung Lions"));
    CHECK_FALSE(r.touches(Kind::person, "Lotte"));
    CHECK_FALSE(r.has(Kind::org, "Samsung Electronics shares"));
}

TEST_CASE("context: a name read as a person where the article places people in it is a place, every time") {
    auto r = gloss::core::test::detect_body(
        "The road linking Al Wukair with Mesaieed opened, and the minister met residents of Al Wukair. Anil Kumar, who "
        "has lived in Al Wukair for nine years, agreed. Hamad Al Marri said the road was late.");
    CHECK(r.count(Kind::place, "Al Wukair") == 3);
    CHECK_FALSE(r.touches(Kind::person, "Al Wukair"));
    CHECK(r.has(Kind::person, "Hamad Al Marri"));
}

TEST_CASE("context: a company's name without its holding word and suffix is the company, even over a place") {
    auto r = gloss::core::test::detect_body(
        "Borneo Walit Holdings Bhd said profit rose. Borneo Walit, which was listed in 2036, buys nests, and Borneo "
        "Walit shares rose. Borneo is an island.");
    CHECK(r.count(Kind::org, "Borneo Walit") == 2);
    CHECK(r.has(Kind::place, "Borneo"));
}

TEST_CASE("context: four names or more listed with a known place, none named again, are places") {
    auto r = gloss::core::test::detect_body(
        "Buses run to Kuwait City, Abdullah Al-Mubarak, Ali Sabah Al-Salem and Mubarak Al-Kabeer. The minister met "
        "Hamad Al-Sabah, Yousef Al-Rashid, Kuwait City and Fahad Al-Ali; Al-Rashid said the buses were late.");
    CHECK(r.has(Kind::place, "Abdullah Al-Mubarak"));
    CHECK(r.has(Kind::place, "Ali Sabah Al-Salem"));
    CHECK(r.has(Kind::place, "Mubarak Al-Kabeer"));
    CHECK(r.has(Kind::person, "Yousef Al-Rashid"));
}

TEST_CASE("context: in a match report, a country with a plural verb or its side's play is the side") {
    auto r = gloss::core::test::detect_body(
        "Sunshine Girls win\n\nBlagrove scored 44 goals as the netball side won the match 61-52 in the third quarter, "
        "and the coach praised the defence, the shooters and the goal attack after the final whistle. Jamaica were the "
        "better team, and Jamaica's defence held. Malawi coach Peter Banda agreed.");
    CHECK(r.count(Kind::org, "Jamaica") == 2);
    CHECK_FALSE(r.touches(Kind::place, "Jamaica"));
}

TEST_CASE("context: dpa, an agency that writes its name in lower case, in a byline, a credit and a dateline") {
    auto r = gloss::core::test::detect_body(
        "Plant to close\n\nBy Johanna Weissenborn and Lukas Dietl, dpa\n\nEmployees leave. Photo: Kerstin Ebeling/dpa\n\n"
        "Schweinfurt (dpa) - A car parts maker said on Monday it would cut 800 jobs.");
    CHECK(r.count(Kind::org, "dpa") == 3);
}

TEST_CASE("context: a box score's player rows name players; its header rows name a team, not the stat heads") {
    auto r = gloss::core::test::detect_body(
        "Hogs walk off\n\nThe Razorbacks beat the Rebels 7-6 on Friday night. The pitcher threw 110 pitches, the "
        "shortstop made two errors, the bullpen blew a save in the ninth inning and the batter singled in the tenth "
        "inning for the walk-off win.\n\nOLE MISS AB R H BI\nMcCloud dh 4 0 0 0\nDubose 3b 3 0 0 0\nTotals 35 6 10 6\n\n"
        "Ole Miss IP H R ER BB SO\nLandreneau 5 2/3 5 4 3 1 6\nOkafor L, 3-2 1 3 3 3 0 1");
    CHECK(r.has(Kind::person, "McCloud"));
    CHECK(r.has(Kind::person, "Dubose"));
    CHECK(r.has(Kind::person, "Okafor"));
    CHECK(r.has(Kind::org, "OLE MISS"));
    CHECK_FALSE(r.touches(Kind::person, "Totals"));
    CHECK_FALSE(r.touches(Kind::org, "BB"));
    CHECK_FALSE(r.touches(Kind::person, "IP H R"));
}

TEST_CASE("context: two-word nicknames after a match verb; line-up names with particles; trustees and reeves") {
    auto r = detect_body("The Pumas came from 17-13 down at the break to beat the Peacock Blues 29-27 at Mbombela "
                         "Stadium on Saturday, with their flyhalf kicking 14 points. The win, their fourth in six "
                         "matches, lifts them to third after two tries from lineouts and a scrum penalty. Griquas "
                         "host the Cheetahs next Saturday, while the Pumas face the Blue Bulls.\n\nPumas: 15 "
                         "Wandile Mokoena, 10 Dawie van Aswegen, 9 JP Steyn.");
    CHECK(r.subtype(Kind::org, "Peacock Blues") == "team");
    CHECK(r.subtype(Kind::org, "Cheetahs") == "team");
    CHECK(r.subtype(Kind::org, "Blue Bulls") == "team");
    CHECK(r.has(Kind::person, "Dawie van Aswegen"));
    auto t = detect_body("Trustees Amy Kortering and Dwayne Lubbers voted no. Two Borders Reeve Marlene Sigurdson "
                         "said council would decide.");
    CHECK(t.has(Kind::person, "Amy Kortering"));
    CHECK(t.has(Kind::person, "Marlene Sigurdson"));
    CHECK_FALSE(t.touches(Kind::person, "Reeve"));
    // (Outside a match, "the Blue Bulls" after "face" in prose about cattle is still no team.)
    CHECK_FALSE(detect_body("Ranchers face the Blue Bulls problem every spring.").has(Kind::org, "Blue Bulls"));
}

TEST_CASE("context: a US highway by the country's abbreviation and its number") {
    auto r = detect_body("Crews closed a stretch of U.S. 95 north of Weiser and traffic on US 20 was slow. The U.S. "
                         "95 percent figure fell.");
    CHECK(r.subtype(Kind::place, "U.S. 95") == "street");
    CHECK(r.subtype(Kind::place, "US 20") == "street");
    CHECK(r.subtype(Kind::figure, "95 percent") == "percent");
}

TEST_CASE("context: a hockey summary's power-play marks, an ice centre, a contributed photo") {
    auto r = detect_body("The Panthers edged Fife Flyers 4-3 at the National Ice Centre on Saturday night.\n\n"
                         "First period: 1-0 NOT Vahakangas (Brassington, Hudacek) 7:41 (PP); 3-1 NOT Brassington "
                         "16:38 (SH)\n\nCattle wait near Sibbinda. Photo: Contributed");
    CHECK(r.subtype(Kind::place, "National Ice Centre") == "facility");
    CHECK_FALSE(r.touches(Kind::org, "PP"));
    CHECK_FALSE(r.touches(Kind::org, "SH"));
    CHECK_FALSE(r.touches(Kind::org, "Contributed"));
}

TEST_CASE("context: a college box score's column rows and made-attempted lists name players; 'Saint' before a town is the team's town") {
    auto r = detect_raw("Billikens hold off Bonnies\n"
                        "Saint Louis beat St. Bonaventure 74-69 on Saturday. The Billikens led 38-31 at halftime, and "
                        "the forward scored 24 points with 11 rebounds in the win.\n"
                        "SAINT LOUIS 74, ST. BONAVENTURE 69\n"
                        "ST. BONAVENTURE (17-13)\n"
                        "Ndiaye-Sarr 7-12 3-4 17, Hartigan 5-13 2-2 16, Washington 2-7 0-0 5, Kealoha 3-8 2-2 9, "
                        "Guerrero 2-5 2-2 6, Szymanski 2-4 0-0 6. Totals 24-59 11-14 69.\n"
                        "3-Point Goals—St. Bonaventure 10-27 (Hartigan 4-10, Szymanski 2-3, Washington 1-5, Kealoha 1-4).\n");
    CHECK(r.has(Kind::person, "Hartigan"));
    CHECK(r.has(Kind::person, "Washington")); // (a listed state)
    CHECK(r.has(Kind::person, "Guerrero"));
    CHECK(r.has(Kind::person, "Szymanski"));
    CHECK_FALSE(r.touches(Kind::org, "Hartigan"));
    CHECK_FALSE(r.touches(Kind::org, "Totals"));
    CHECK_FALSE(r.touches(Kind::place, "Washington"));
    CHECK(r.has(Kind::org, "Saint Louis"));
    CHECK_FALSE(r.has(Kind::person, "Louis"));
    CHECK(r.has(Kind::org, "St. Bonaventure"));
    // (Outside a sports report the saint keeps the title: "confronted Saint Peter at the gates".)
    CHECK_FALSE(detect_body("Furious, he confronted Saint Peter at the pearly gates.").touches(Kind::place, "Saint Peter"));
}

TEST_CASE("context: a cricket scorecard's fielders and bowlers after 'c', 'b' and 'st', and bowling figures, are players") {
    auto r = detect_raw("Dransfield century rescues Yorkshire\n"
                        "Yorkshire reached 312 all out against Essex at Scarborough, and the bowlers took four wickets "
                        "before lunch as the batters struggled on a slow pitch in the County Championship match.\n"
                        "Yorkshire - First innings\n"
                        "F Holdsworth c Pettit b Riaz 24\n"
                        "J Ackroyd c †Oduya b Riaz 4\n"
                        "T Wragg lbw b Chaplin 9\n"
                        "B Sugden c Sethi b Riaz 31\n"
                        "Bowling: Riaz 22-5-71-4; Chaplin 21-4-68-2; Sethi 14-2-51-0; Pettit 20-4-49-0.\n");
    CHECK(r.has(Kind::person, "Pettit"));
    CHECK(r.has(Kind::person, "Oduya"));
    CHECK(r.has(Kind::person, "Chaplin"));
    CHECK(r.has(Kind::person, "Sethi"));
    CHECK_FALSE(r.touches(Kind::org, "Sethi"));
    CHECK_FALSE(r.touches(Kind::place, "Chaplin"));
}

TEST_CASE("context: a club before 'head coach' or after 'face', and an employer before a two-word job") {
    auto r = detect_raw("Gala edge Selkirk in thriller\n"
                        "Gala beat Selkirk 27-24 on Saturday in the Premiership, with a try two minutes from time, and "
                        "the result lifts the side to fifth. The winger scored two tries, the fly-half kicked a penalty "
                        "and a conversion, and the coach praised the scrum after the match. Gala travel to Myreside to "
                        "face Watsonians next Saturday.\n"
                        "Counterpoint senior analyst Maria Lopez said the market shrank.\n");
    CHECK(r.has(Kind::org, "Watsonians"));
    CHECK(r.has(Kind::org, "Counterpoint"));
    CHECK(r.has(Kind::person, "Maria Lopez"));
}

TEST_CASE("context: a stage race's result rows name each rider's team in brackets, even one read as a person") {
    auto r = detect_raw("Wolosz keeps lead on stage 5\n"
                        "Kacper Wolosz won the fifth stage of the Tour de Pologne on the climb to Karpacz and kept the "
                        "leader's jersey. The peloton split on the final climb, the breakaway was caught with 12km to "
                        "go, and the riders sprinted for bonus seconds at the intermediate sprint. The stage was the "
                        "hardest of the race, and the general classification changed as the riders attacked on every "
                        "climb of the stage. The sprint points went to a Dane, and the team of the leader rode hard.\n"
                        "Stage 5 results\n"
                        "1. Kacper Wolosz (Lidl-Trek) 4:31:07 2. Magnus Krogh Ostergaard (Uno-X Mobility) +0:11 "
                        "3. Ilan Ben-Haim (Israel Premier Tech) s.t. 4. Yerzhan Nurlanuly (Astana Qazaqstan Team) +0:19\n");
    CHECK(r.has(Kind::org, "Uno-X Mobility"));
    CHECK_FALSE(r.touches(Kind::person, "Uno-X"));
    CHECK(r.has(Kind::org, "Israel Premier Tech"));
    CHECK(r.has(Kind::org, "Astana Qazaqstan Team"));
    CHECK(r.has(Kind::person, "Magnus Krogh Ostergaard"));
}

TEST_CASE("context: a team list's brackets after three players or more hold their clubs") {
    auto r = detect_raw("Rossies march on to Connacht final\n"
                        "Roscommon beat Sligo 2-15 to 1-14 in the Connacht SFC semi-final at Dr Hyde Park, where the "
                        "full-forward kicked three points and the goalkeeper saved a penalty in the second half. Cian "
                        "Dolan scored two goals, the referee showed a black card, and the hosts led at half-time "
                        "before the match ended in front of the biggest crowd of the season.\n"
                        "ROSCOMMON: E Kilcline (Pádraig Pearses); P Beirne (Elphin), C Dunne (St Faithleach’s), "
                        "J Fallon (Clann na nGael); M Kelly (Boyle), N Feeney (Coolera/Strandhill).\n");
    CHECK(r.has(Kind::org, "Pádraig Pearses"));
    CHECK(r.has(Kind::org, "Elphin"));
    CHECK(r.has(Kind::org, "St Faithleach’s"));
    CHECK(r.has(Kind::org, "Clann na nGael"));
    CHECK(r.has(Kind::org, "Boyle"));
    CHECK(r.has(Kind::org, "Coolera/Strandhill"));
    CHECK(r.has(Kind::person, "P Beirne"));
    CHECK_FALSE(r.touches(Kind::place, "Boyle"));
}

TEST_CASE("context: a squad's numbered players, even a first name that is a country ('5 Jordan Oyelaran')") {
    auto r = detect_raw("Trinity fight back\n"
                        "Wakefield Trinity beat Castleford Tigers 26-20 on Friday. The winger scored two tries, the "
                        "fullback kicked three goals and the coach praised the pack after the match in the Super League.\n"
                        "Wakefield Trinity: 1 Ollie Thackray; 2 Kelepi Tuipulotu, 3 Connor Reid, 4 Sam Mallinder, "
                        "5 Jordan Oyelaran; 6 Billy Hepworth.\n");
    CHECK(r.has(Kind::person, "Jordan Oyelaran"));
    CHECK_FALSE(r.touches(Kind::place, "Jordan"));
    CHECK(r.has(Kind::person, "Sam Mallinder"));
}

TEST_CASE("context: an acronym the text made an organization is one where it opens a sentence") {
    auto r = detect_body("The board of SEV, the power company owned by the municipalities, backed the plan. SEV expects "
                         "the wind farm to cut oil use. SEV has offered to pay DKK 1.5 million.");
    CHECK(r.count(Kind::org, "SEV") == 3);
}

TEST_CASE("context: an acronym the text made an organization is one before its possessive, a title, or in a headline") {
    auto r = detect_raw("HTM Begins Work on Iwate Chip Plant\n\nTaipei chipmaker HTM said it would build a plant in "
                        "Kitakami.\n\nHTM Chairman Lin Cheng-hao said the company was ready.\n\nHTM's shares rose 4.6% "
                        "in Taipei on Tuesday.\n\nTHE ERA OF CHIPS IS HERE, said a banner.\n\nThe ERA said more.\n");
    CHECK(r.count(Kind::org, "HTM") == 4);
    CHECK(r.has(Kind::person, "Lin Cheng-hao"));
    CHECK_FALSE(r.touches(Kind::org, "ERA"));
}

TEST_CASE("context: a numbered team list's brackets hold clubs, even towns and saints' names") {
    auto r = detect_body("Meath beat Louth by two points in the Leinster football championship quarter-final on Sunday. "
                         "The Royals led 0-12 to 0-9 at half-time, and a late goal from the midfielder sealed the "
                         "win before the referee blew the final whistle. The manager praised his team's defence, "
                         "and the captain scored four points from frees.\n"
                         "MEATH: 1. Seán Ó Floinn (Ratoath); 2. Conor Fitzgerald (St Peter’s Dunboyne), 3. Eoin "
                         "Tiernan (Skryne), 4. Liam Clarke (Longwood); 5. Cian Ó Briain (Donaghmore/Ashbourne), 6. "
                         "Dara Mulligan (Clan na Gael).");
    CHECK(r.has(Kind::org, "Ratoath"));
    CHECK(r.has(Kind::org, "St Peter’s Dunboyne"));
    CHECK(r.has(Kind::org, "Longwood"));
    CHECK(r.has(Kind::org, "Donaghmore/Ashbourne"));
    CHECK(r.has(Kind::org, "Clan na Gael"));
    CHECK(r.has(Kind::person, "Seán Ó Floinn"));
    CHECK(r.has(Kind::org, "MEATH")); // the team's header in capitals, before the squad's numbers
}

TEST_CASE("context: a code in capitals before dashes and numbers three times in a match report is a team") {
    auto r = detect_body("The Rock beat the Rush 9-8 in overtime on Saturday, and the goalie made 39 saves as the "
                         "home team scored twice in the third quarter of the lacrosse game at the arena.\n"
                         "Goals: TOR — Doxtator 3, Vandenberg 2. SAS — Olynyk 4, Pelletier.\n"
                         "Shots: TOR 14 15 12 16 — 59; SAS 13 12 11 13 — 50.\n"
                         "Power plays: TOR 2-5; SAS 1-4.");
    CHECK(r.count(Kind::org, "TOR") == 3);
    CHECK(r.count(Kind::org, "SAS") == 3);
    // Not a unit after a number.
    auto q = detect_body("The plant makes 86 MW. The 40 MW unit and the 12 MW unit - both old - and a 9 MW one.");
    CHECK_FALSE(q.has(Kind::org, "MW"));
}

TEST_CASE("context: a box score's label line with a list is no title; results pairs joined by 'bt' or '&'") {
    auto r = detect_raw("Deng Drops 31 As 36ers Snap Streak\n\nGarang Deng scored 31 points as Adelaide beat Tasmania "
                        "97-89 in the basketball game, with 12 rebounds and nine assists for the guard, and the coach "
                        "praised the team's defence in the fourth quarter after the win at home.\n\n"
                        "Quarters: 22-25, 46-44, 68-70, 97-89\n\n"
                        "Referees: Jarrod Vlahakis, Mele Tupou-Fonua, Chris Amankwah\n");
    CHECK(r.has(Kind::person, "Jarrod Vlahakis"));
    CHECK(r.has(Kind::person, "Mele Tupou-Fonua"));
    CHECK(r.has(Kind::person, "Chris Amankwah"));
}

TEST_CASE("context: in a race report a name with its starting price in brackets is a horse, not a person") {
    auto r = detect_body("The mare ran down the leader Mister Bairnsdale ($4.20 fav) in the last strides, and Coastal "
                         "Dancer ($21) was third for trainer Pete Kowalski. Mister Bairnsdale's owner was pleased.");
    CHECK_FALSE(r.touches(Kind::person, "Mister Bairnsdale"));
    CHECK_FALSE(r.touches(Kind::person, "Coastal Dancer"));
    CHECK(r.has(Kind::person, "Pete Kowalski"));
    // Elsewhere a price after a name is a sum given or paid.
    auto q = detect_body("The largest donations came from Jane Okafor-Reid ($500) and Tom Brassel ($250).");
    CHECK(q.has(Kind::person, "Jane Okafor-Reid"));
}

TEST_CASE("context: a team's name in capitals as a story's lead word, in a fixture or before a score") {
    const std::string report =
        "Meath beat Louth by two points in the Leinster football championship quarter-final on Sunday. "
        "The Royals led 0-12 to 0-9 at half-time, and a late goal from the midfielder sealed the win before the "
        "referee blew the final whistle. Louth, chasing a first win in Navan since 2027, faded late on. The manager "
        "praised his team's defence, and the captain scored four points from frees.\n"
        "MEATH are through to a Leinster semi-final against Dublin.\n"
        "MEATH: 1. Seán Ó Floinn (Ratoath); 2. Conor Fitzgerald (Skryne), 3. Jack Whelan (Navan O’Mahonys), "
        "4. Liam Clarke (Longwood).\n"
        "Louth v Meath, 2pm. YORKSHIRE v ESSEX is next week; LOUTH 1-14 (S Connor 1-2).";
    auto r = detect_body(report);
    CHECK(r.count(Kind::org, "MEATH") == 2);
    CHECK(r.has(Kind::org, "LOUTH"));
    CHECK(r.has(Kind::org, "Navan O’Mahonys"));
    // (The town the club is named after stays a town, not a person's surname.)
    CHECK(r.has(Kind::place, "Navan"));
    CHECK_FALSE(r.has(Kind::person, "Navan"));
    // (A lead word in capitals no team bears keeps its kind: a dateline's city.)
    CHECK(detect_body("LONDON is braced for a strike by Tube drivers on Monday, the union said.").has(Kind::place, "LONDON"));
}

TEST_CASE("context: a known place read as the surname of a longer name is the place where places list it") {
    auto r = detect_body("The line will be run by Marinera. Luka Koper, which operates the port, has built a new "
                         "pontoon. The catamaran will sail between Koper, Izola and Piran from June. The first boat "
                         "will leave Koper at 7am.");
    CHECK(r.count(Kind::place, "Koper") == 2);
    CHECK_FALSE(r.has(Kind::person, "Koper"));
    // (A person whose surname is a town keeps it where no list of places holds it.)
    auto p = detect_body("Anna Napier chairs the board. Napier said the plan would work. She lives in Hastings.");
    CHECK(p.has(Kind::person, "Napier"));
}

TEST_CASE("context: a netball team list's position codes, 'Team Bath', and match officials") {
    auto r = detect_body("Team Bath beat Loughborough Lightning 55-54 in the netball league on Saturday night, and the "
                         "captain scored the winner with 19 seconds left on the clock at the arena. The head coach praised her "
                         "team's defence, and the players celebrated a fifth straight win in the league.\n"
                         "Team Bath: GS Thandiwe Chirwa, GA Poppy Halsall-Evans, WA Ellie Marwood-Pope, C Abi Lacey "
                         "(capt), WD Ffion ap Rhys, GK Nakato Ssemakula.\n"
                         "Umpires: Gareth Pennock, Sunita Bhardwaj\n"
                         "Referee: Abdul-Latif Iddrisu Sumaila (Tamale)");
    CHECK(r.count(Kind::org, "Team Bath") == 2);
    CHECK(r.has(Kind::person, "Thandiwe Chirwa"));
    CHECK(r.has(Kind::person, "Abi Lacey"));
    CHECK(r.has(Kind::person, "Ffion ap Rhys"));
    CHECK(r.has(Kind::person, "Nakato Ssemakula"));
    CHECK_FALSE(r.touches(Kind::org, "GS"));
    CHECK_FALSE(r.has(Kind::person, "C Abi Lacey"));
    CHECK(r.has(Kind::person, "Gareth Pennock"));
    CHECK(r.has(Kind::person, "Sunita Bhardwaj"));
    CHECK(r.has(Kind::person, "Abdul-Latif Iddrisu Sumaila"));
    CHECK(r.has(Kind::place, "Tamale")); // where the referee is from, not a club
    // (A state's code before a title stays: one item is no team list.)
    CHECK_FALSE(detect_body("Budget cuts were announced, WA Premier Roger Cook said.").has(Kind::person, "Premier Roger Cook"));
    // ("the Team Bath Arena" is the venue.)
    CHECK(detect_body("They play at the Team Bath Arena on Friday.").has(Kind::place, "Team Bath Arena"));
}

TEST_CASE("context: countries each followed by a score on a results line are teams") {
    auto r = detect_body("Fiji beat Argentina 24-19 in the Cup final of the sevens tournament on Sunday, with two "
                         "tries from the winger and a late conversion from the fly-half. The coach praised the "
                         "squad's defence after the match, and the captain lifted the trophy.\n"
                         "Pool B: Fiji 33 Spain 0, Fiji 26 Kenya 12, Fiji 19 Great Britain 0\n"
                         "Semi-final: Fiji 17 New Zealand 14");
    CHECK(r.has(Kind::org, "Spain"));
    CHECK(r.has(Kind::org, "Kenya"));
    CHECK(r.has(Kind::org, "Great Britain"));
    CHECK(r.has(Kind::org, "New Zealand"));
    // (An amount after a country is no score.)
    CHECK(detect_body("Exports to Spain 33 percent higher, Kenya 12 percent lower.").has(Kind::place, "Spain"));
}

TEST_CASE("context: a town before its province's abbreviation is the town wherever it stands alone") {
    auto r = detect_body("A hunter from Nain, N.L., is recovering in hospital. Nain AngajukKâk Miriam Semigak thanked "
                         "the searchers. Nain, with about 1,200 residents, has no road.");
    CHECK(r.count(Kind::place, "Nain") == 2);
    CHECK_FALSE(r.has(Kind::person, "Nain"));
}

TEST_CASE("context: horses named by their trainer or rider, or placed on a results card") {
    auto r = detect_body("Sapphire Monsoon, trained by Kersi F. Daruwala and ridden by Aarav Shinde, won the Derby, the "
                         "jockey said. Kohinoor Dancer, ridden by Dylan van Wyk, was second, and the favourite "
                         "faded.\nRESULTS Lakshmi Plate (1,200m): Golden Tamarind (Yash Naik) 1, Pearl Of Worli "
                         "(Aarav Shinde) 2, Monsoon Raga (Rohan Jadhav) 3.");
    CHECK_FALSE(r.touches(Kind::person, "Sapphire Monsoon"));
    CHECK_FALSE(r.touches(Kind::person, "Kohinoor Dancer"));
    CHECK_FALSE(r.touches(Kind::person, "Golden Tamarind"));
    CHECK_FALSE(r.touches(Kind::person, "Monsoon Raga"));
    CHECK(r.has(Kind::person, "Kersi F. Daruwala"));
    CHECK(r.has(Kind::person, "Yash Naik"));
    CHECK(r.has(Kind::person, "Rohan Jadhav"));
}

TEST_CASE("context: an island named in full is the place where its name stands alone") {
    auto r = detect_body("The plant will be built on Masirah Island. Masirah has depended on an old plant, and water is "
                         "brought to Masirah by ferry. Masirah is a nesting site.");
    CHECK(r.count(Kind::place, "Masirah") == 3);
}

TEST_CASE("context: a scoring summary's team before its scorer's tally") {
    auto r = detect_body("The Komets beat the Walleye 3-2 in overtime on Saturday night, and the goalie made 31 saves as "
                         "the home team scored twice on the power play in the third period of the hockey game.\n"
                         "First period — 1. Toledo, Brightwater 22 (Vukovich, Hrabovsky), 11:37. Second period — "
                         "2. Fort Wayne, Lansing 14 (Pöyhönen), 4:09 (pp). Goalies — Toledo, Liepins (L, 24-13-5).");
    CHECK(r.count(Kind::org, "Toledo") == 2);
    CHECK(r.has(Kind::org, "Fort Wayne"));
}

TEST_CASE("context: a batting card's line opens with the batter's initial and surname") {
    auto r = detect_body("Otago beat Wellington by four wickets at University Oval, the spinner taking seven wickets "
                         "in the innings as the bowler bowled 30 overs and the batters shared the runs. The captain "
                         "scored a century, the batter hit three sixes and two fours, and the bowlers took the "
                         "last wickets in the final session of the match.\n"
                         "T Rangihuna c Whitcombe b Vaipulu 84\nN Colquhoun lbw b Gray 17\n"
                         "M Dhillon* run out (Hunt) 52\nW Tipene b Vaipulu 0");
    CHECK(r.has(Kind::person, "T Rangihuna"));
    CHECK(r.has(Kind::person, "N Colquhoun"));
    CHECK(r.has(Kind::person, "M Dhillon"));
    CHECK(r.has(Kind::person, "W Tipene"));
    // A captain's or keeper's mark before the dismissal; a surname's particles open the name.
    auto q = detect_body("Worcestershire beat Derbyshire by 14 runs in the T20 match at New Road, the captain hitting six "
                         "fours and four sixes. The bowlers took wickets, the batsmen scored runs and the innings ended "
                         "on 161-8. The wicketkeeper held two catches in the cricket match.\n"
                         "L Ferreira* c Pratt b van den Akker 67 (44)\nH Dunmore c Whitcombe b Breen 12 (9)\n"
                         "G Stanikzai c ul Haq b Pollard 17 (11)");
    CHECK(q.count(Kind::person, "Pratt") == 1);
    CHECK(q.has(Kind::person, "van den Akker"));
    CHECK(q.has(Kind::person, "ul Haq"));
    CHECK(q.has(Kind::person, "Whitcombe"));
}

TEST_CASE("context: a plural nickname after 'swept', 'downed', 'stunned' in a match report is a team") {
    auto r = detect_body("The Tigers beat the Eagles 3-1 in the semifinal on Saturday, and the coach praised the team's "
                         "defence after the match. The captain scored 21 points in the fourth set. In the other "
                         "semifinal, the Creamline Cool Smashers swept the Akari Chargers, 25-17, 25-21, 25-19, to "
                         "reach the final of the league season.");
    CHECK(r.has(Kind::org, "Akari Chargers"));
}

TEST_CASE("context: a player's state code in a results row's brackets is the state, not a club") {
    auto r = detect_body("RESULTS\nWomen's singles final: Anneliese Ng-Kovacs (VIC) d Mere Tautahi (QLD) 21-12\nMen's "
                         "pairs final: Ravi Bhatt/Tom Lowe (NSW) d Sam Cole/Ian Hart (QLD) 18-13");
    CHECK(r.count(Kind::place, "QLD") == 2);
    CHECK(r.has(Kind::place, "NSW"));
    CHECK_FALSE(r.touches(Kind::org, "QLD"));
    auto n = detect_body("The championships are in Fredericton, N.B., in March.");
    CHECK(n.has(Kind::place, "N.B."));
}

TEST_CASE("context: 'Cabinet' alone is the government's or the council's cabinet; a race is no place") {
    auto r = detect_raw("Shelters still short; Cabinet approves CI$3.4 million\n\nCabinet last week approved the "
                        "money. In a report to Cabinet, officers said more was needed. Cabinet member for transport "
                        "Joe Bloggs spoke, and the Cabinet Secretary for Transport wrote.\n");
    CHECK(r.count(Kind::org, "Cabinet") == 3);
    CHECK_FALSE(r.touches(Kind::org, "Cabinet member"));
    auto g = detect_body("She won the Galway Plate on Wednesday and runs in the Champion Hurdle next.");
    CHECK_FALSE(g.touches(Kind::place, "Galway"));
    CHECK_FALSE(g.touches(Kind::org, "Galway"));
}

TEST_CASE("context: a curling final's provinces are its sides; 'Team X' named after the skip leaves the skip a person") {
    auto r = detect_raw("Curling\nRennick Draws for Three as Manitoba Edges Northern Ontario\n\nCole Rennick drew into the "
                        "four-foot in the 10th end to give Manitoba a 7-6 win over Northern Ontario, after a takeout. "
                        "\"It was a draw,\" said Rennick, 34. Manitoba blanked the fourth to keep the hammer. Northern "
                        "Ontario then took one. The curlers and the bonspiel crowd cheered. The title sends Team Rennick "
                        "to the worlds. Rennick shot 93 per cent.\n");
    CHECK(r.count(Kind::org, "Manitoba") == 3);
    CHECK(r.count(Kind::org, "Northern Ontario") == 3);
    CHECK(r.has(Kind::org, "Team Rennick"));
    CHECK(r.count(Kind::person, "Rennick") == 3);
    CHECK_FALSE(r.touches(Kind::org, "Rennick,"));
    CHECK(r.speaker("\"It was a draw,\"") == "Cole Rennick");
    // A darts player's country before the name stays a place, and a surname in "-us" is no plural
    // nickname; a rugby side's country with its score before a player's name is the side.
    auto d = detect_raw("Darts\n\nVan der Berg beat Scotland's Euan McCallister 6-4 in the quarter-finals with a 170 "
                        "checkout, and Mindaugas Rimkevičius 6-5 Harry Blenkinsop followed on the darts stage. The "
                        "darts legs were quick.\n");
    CHECK(d.has(Kind::place, "Scotland"));
    CHECK(d.has(Kind::person, "Mindaugas Rimkevičius"));
}

TEST_CASE("context: a rugby report's cities are its sides; an airline after 'the carrier' is a company") {
    auto r = detect_raw("Rugby\nLate try helps Connacht edge Edinburgh in Galway thriller\n\nSeán Mulcahy's try gave "
                        "Connacht a 28-25 victory over Edinburgh on Friday. The hooker barged over and the out-half "
                        "kicked two kickable penalties. Edinburgh, who led 15-10 at half-time, converted late.\n\nThe "
                        "carrier Namaqua Air told the council it would cut flights.\n");
    CHECK(r.count(Kind::org, "Edinburgh") == 3);
    CHECK(r.count(Kind::org, "Connacht") == 2);
    CHECK(r.has(Kind::place, "Galway"));
    CHECK(r.has(Kind::org, "Namaqua Air"));
    auto v = detect_body("The carrier USS Nimitz sailed at dawn.");
    CHECK_FALSE(v.touches(Kind::org, "Nimitz"));
}

TEST_CASE("context: a qualifying report's results rows name each driver's team in brackets") {
    auto r = detect_raw("Qualifying Report\n\nMateo van der Heyden took pole, beating his teammate by 0.112s on the "
                        "podium lap, with tyre wear low.\n\n1. Mateo van der Heyden (McLaren) 1:28.902\n2. Pierre Blanc "
                        "(Ferrari) +0.112s\n3. Femi Okonjo (Williams) +0.287s\n4. Kenji Haraguchi (Red Bull) +0.630s\n"
                        "5. Lucas D'Souza (Cadillac) +0.771s\n");
    CHECK(r.subtype(Kind::org, "Williams") == "team");
    CHECK(r.subtype(Kind::org, "Red Bull") == "team");
    CHECK(r.subtype(Kind::org, "Cadillac") == "team");
    CHECK(r.has(Kind::person, "Femi Okonjo"));
    auto m = detect_body("Ticket sales brought in MOP 41.5 million; a kilo of ice cost SCR 9,800 a month.");
    CHECK(m.subtype(Kind::figure, "MOP 41.5 million") == "money");
    CHECK(m.subtype(Kind::figure, "SCR 9,800") == "money");
    CHECK_FALSE(m.touches(Kind::org, "MOP"));
}

TEST_CASE("context: numbered transit lines, a section kicker's place, prisons") {
    auto r = detect_raw("Colorado News\n\nSubway strike slows the city\n\nLine 2, the circular line, and Line 5 were "
                        "the worst affected. A Line 4 Sheppard train waits at Don Mills. It meets Line 2 "
                        "Bloor-Danforth at Kennedy. HMP Wandsworth is full, said a former governor of HMP Durham.\n");
    CHECK(r.has(Kind::place, "Colorado"));
    CHECK_FALSE(r.touches(Kind::org, "Colorado News"));
    CHECK(r.has(Kind::place, "Line 2"));
    CHECK(r.has(Kind::place, "Line 5"));
    CHECK(r.has(Kind::place, "Line 4 Sheppard"));
    CHECK(r.has(Kind::place, "Line 2 Bloor-Danforth"));
    CHECK_FALSE(r.touches(Kind::person, "Bloor-Danforth"));
    CHECK_FALSE(r.has(Kind::figure, "2"));
    CHECK(r.has(Kind::place, "HMP Wandsworth"));
    CHECK(r.has(Kind::place, "HMP Durham"));
    // An outlet named in a sentence stays an outlet; a lower-case line is no name.
    auto s = detect_raw("Budget\n\nShe told Colorado News on Monday that line 2 of the contract was void.\n");
    CHECK(s.has(Kind::org, "Colorado News"));
    CHECK_FALSE(s.touches(Kind::place, "line 2"));
}

TEST_CASE("context: a team in brackets after a rider, and between a results row's code and time") {
    auto r = detect_raw("Vestergaard outsprints Van der Elst\n\nSøren Vestergaard won on Sunday, edging Joris Van der "
                        "Elst (Bricoflex-Vanhoutte) in a sprint. Matěj Kořínek (Alcázar Seguros) was third.\n\n"
                        "Bricoflex-Vanhoutte said the team was proud.\n\n"
                        "2. Joris Van der Elst (Bel) Bricoflex-Vanhoutte s.t.\n\n"
                        "3. Matěj Kořínek (Cze) Alcázar Seguros 0:03\n");
    CHECK(r.count(Kind::org, "Bricoflex-Vanhoutte") == 3);
    CHECK(r.count(Kind::org, "Alcázar Seguros") == 2);
    CHECK_FALSE(r.touches(Kind::person, "Bricoflex"));
    CHECK(r.has(Kind::person, "Joris Van der Elst"));
    // One such name alone outside a sports report, and a name in another script, stay people.
    auto s = detect_raw("Water rationing\n\nThe mayor, Li Chien-hung (李建宏), said supplies were low. Our reporter "
                        "Anna Berg (Mia Holt) wrote it.\n");
    CHECK(s.has(Kind::person, "Li Chien-hung"));
    CHECK_FALSE(s.touches(Kind::org, "李建宏"));
    CHECK_FALSE(s.touches(Kind::org, "Mia Holt"));
}

TEST_CASE("context: a place that owns a score and a result against another place names two teams") {
    auto r = detect_body("Volunteers helped, and Brisbane’s 26-20 win over Melbourne at Suncorp Stadium on Friday night "
                         "raised $312,000 for the appeal.");
    CHECK(r.has(Kind::org, "Brisbane"));
    CHECK(r.has(Kind::org, "Melbourne"));
    CHECK(r.has(Kind::place, "Suncorp Stadium"));
    // No result word, no team.
    auto s = detect_body("Paris’s 3-1 budget over London was cut in May.");
    CHECK(s.has(Kind::place, "Paris"));
    CHECK(s.has(Kind::place, "London"));
}

TEST_CASE("context: a stage race's words make a sports report; results rows after a rider's country name teams") {
    auto r = detect_raw("Racing\nKestrel rider wins atop the climb as Ødegård takes Tour of Britain lead\n\n"
                        "Tobias Hoeydonck (Kestrel Racing) won stage five of the Tour of Britain, two seconds ahead "
                        "of Sindre Ødegård (Halvorsen-Voltar). His directeur sportif said the climb suited him, and "
                        "he outsprinted the riders on the final climb of the stage. Great Britain coach Alun Moss "
                        "said the team rode well.\n\n"
                        "1. Tobias Hoeydonck (Bel) Kestrel Racing, in 4-11-38\n\n"
                        "2. Sindre Ødegård (Nor) Halvorsen-Voltar, same time\n\n"
                        "3. Kieran Doyle (GB) Great Britain, at 19s\n");
    CHECK(r.count(Kind::org, "Halvorsen-Voltar") == 2);
    CHECK_FALSE(r.touches(Kind::person, "Halvorsen"));
    CHECK(r.has(Kind::place, "GB"));
    CHECK(r.find(Kind::org, "Great Britain", 0) != nullptr);
    // The race's name holds its land; a team's generic word and a country's last word are no
    // nicknames of their own.
    CHECK_FALSE(r.touches(Kind::place, "Tour of Britain lead"));
    CHECK_FALSE(r.touches(Kind::org, "Tour of Britain lead"));
    CHECK_FALSE(r.has(Kind::org, "Racing"));
    CHECK(r.has(Kind::org, "Kestrel Racing"));
    auto plain = detect_body("The band led a tour of Britain for fans, then the Tour of Flanders passed by. The "
                             "Tour of Britain 2039 starts in June.");
    CHECK(plain.count(Kind::place, "Britain") == 1);
    CHECK_FALSE(plain.has(Kind::place, "Flanders"));
    CHECK(plain.subtype(Kind::figure, "2039") == "date");
}

TEST_CASE("context: a college conference, a schedule line's 'Hosts', a record before the conference's initials") {
    auto r = detect_raw("Redbirds hold off Bradley\n\nOkafor scored 24 points and grabbed 11 rebounds as Illinois State "
                        "beat Bradley 74-68 to move into a tie for first place in the Missouri Valley Conference. The "
                        "Redbirds (20-7, 12-4 MVC) have won six straight. The coach praised the bench and the shots "
                        "in the second half of the game.\n\nUP NEXT\n\nBradley: Hosts Drake on Saturday.\n\n"
                        "Illinois State: Hosts No. 9 Creighton on Tuesday.\n");
    CHECK(r.has(Kind::org, "Missouri Valley Conference"));
    CHECK(r.has(Kind::org, "Drake"));
    CHECK_FALSE(r.touches(Kind::person, "Hosts Drake"));
    CHECK(r.has(Kind::org, "Creighton"));
    CHECK_FALSE(r.touches(Kind::org, "No. 9"));
    CHECK(r.subtype(Kind::figure, "12-4") == "score");
    CHECK_FALSE(r.touches(Kind::figure, "MVC"));
    auto q = detect_body("Pressure stayed at 2-3 PSI, and the Reinforced Conference semifinal of the league starts.");
    CHECK(q.has(Kind::figure, "2-3 PSI"));
    CHECK_FALSE(q.touches(Kind::org, "Reinforced Conference"));
}

TEST_CASE("context: a list of places named by its apposition ('…, the three villages closest to …')") {
    auto r = detect_body("Council leaders said Bettyhill, Armadale and Melvich, the three villages closest to the "
                         "turbines, asked first.");
    CHECK(r.has(Kind::place, "Bettyhill"));
    CHECK(r.has(Kind::place, "Melvich"));
    CHECK_FALSE(r.touches(Kind::person, "Melvich"));
    auto people = detect_body("Okafor, Mensah and Tanaka, the three founders, spoke.");
    CHECK_FALSE(people.touches(Kind::place, "Tanaka"));
}

TEST_CASE("names: broadcasters' services, a bar before a credit, 'Copyright' before an agency, a job 'at' a ground in a byline") {
    auto r = gloss::core::test::detect_raw(
        "Scotland sink France at Murrayfield\n\nBy Fraser Lumsden, BBC Sport Scotland at Murrayfield\n\n"
        "\"We lost control,\" the coach told BBC Sport. She spoke to BBC Radio Lancashire on Monday.\n\n"
        "Birds rest along the shore near the causeway on Tuesday. | Jordan Pettigrew-Nash, Deseret News\n\n"
        "Visitors crowd the square in Venice on 14 August. - Copyright AP Photo/Luigi Costantini\n\nThe match ended.\n");
    CHECK(r.subtype(Kind::org, "BBC Sport Scotland") == "media");
    CHECK(r.subtype(Kind::org, "BBC Sport") == "media");
    CHECK(r.subtype(Kind::org, "BBC Radio Lancashire") == "media");
    CHECK_FALSE(r.touches(Kind::person, "Sport"));
    CHECK(r.has(Kind::person, "Jordan Pettigrew-Nash"));
    CHECK(r.subtype(Kind::org, "Deseret News") == "media");
    CHECK_FALSE(r.touches(Kind::place, "Jordan"));
    CHECK(r.subtype(Kind::org, "AP") == "media");
    CHECK(r.has(Kind::person, "Luigi Costantini"));
    CHECK_FALSE(r.touches(Kind::person, "Copyright"));
    auto b = gloss::core::test::detect_raw(
        "Leeds 2-1 Sunderland: late double lifts hosts\n\nReport and highlights as Leeds beat Sunderland\n\n"
        "Harriet Moss-Kellaway, Football Reporter at Elland Road\n\nLeeds beat Sunderland on Saturday.\n");
    CHECK(b.has(Kind::person, "Harriet Moss-Kellaway"));
    CHECK_FALSE(b.has(Kind::person, "Harriet Moss"));
}

TEST_CASE("names: where someone grew up is a town even when a list names a firm so; 'Dane', 'Finn', 'Scot' as given names") {
    auto r = gloss::core::test::detect_body(
        "Brandon Yazzie-Cole, 34, who grew up in Gallup, said the test went well. Gallup polled 900 people. "
        "Toronto trailed before Dane Ostrander scored. Ostrander, 22, buried a one-timer. Finn Russell kicked the goal. "
        "The Dane won the stage.");
    CHECK(r.subtype(Kind::place, "Gallup") == "city");
    CHECK(r.count(Kind::place, "Gallup") == 1);
    CHECK(r.has(Kind::person, "Dane Ostrander"));
    CHECK(r.has(Kind::person, "Finn Russell"));
    CHECK_FALSE(r.touches(Kind::person, "The Dane"));
}

TEST_CASE("names: a plural team name before a role; a city's ward; a township's compass part; 'Stadium of Light'; Close and Bypass") {
    auto r = gloss::core::test::detect_body(
        "The Maple Leafs rallied past the Bruins 4-3 in overtime on Saturday. Goalie Joseph Woll made 30 saves in the "
        "third period.\n\n\"They made us pay for it,\" Maple Leafs coach Declan Fairweather said after the game.");
    CHECK(r.subtype(Kind::org, "Maple Leafs") == "team");
    CHECK_FALSE(r.touches(Kind::person, "Maple Leafs"));
    auto p = gloss::core::test::detect_body(
        "He spoke in Tokyo's Chiyoda Ward on July 21. Voters in Minato Ward queued. Ian Ward said no. Traders in "
        "Orlando West worked on. Adam West said yes. Sunderland host Coventry at the Stadium of Light. Flats at "
        "Commonwealth Close were sold. Glenn Close said she loved it. Cars queued on the EM Bypass.");
    CHECK(p.subtype(Kind::place, "Chiyoda Ward") == "city");
    CHECK(p.subtype(Kind::place, "Minato Ward") == "city");
    CHECK(p.has(Kind::person, "Ian Ward"));
    CHECK(p.subtype(Kind::place, "Orlando West") == "city");
    CHECK(p.has(Kind::person, "Adam West"));
    CHECK(p.subtype(Kind::place, "Stadium of Light") == "facility");
    CHECK(p.subtype(Kind::place, "Commonwealth Close") == "street");
    CHECK(p.has(Kind::person, "Glenn Close"));
    CHECK(p.subtype(Kind::place, "EM Bypass") == "street");
}

TEST_CASE("names: 'Eid Al Fitr' unhyphenated, 'in Al Ain', firms named Pay, Cloud and Savings, a French prefecture that speaks") {
    auto r = gloss::core::test::detect_body(
        "Workers will get five days off for Eid Al Fitr. Inspectors recorded 48.2 degrees in Al Ain last Tuesday. "
        "Al Gore spoke later. A change at Veltrox Cloud failed, Kosha Pay plans to grow and Nordhaven Savings lost "
        "data. Pay rose 3 percent. At 6am the Rhône Prefecture said the roads were shut. Hokkaido Prefecture is cold.");
    CHECK_FALSE(r.touches(Kind::person, "Eid Al Fitr"));
    CHECK(r.subtype(Kind::place, "Al Ain") == "city");
    CHECK(r.has(Kind::person, "Al Gore"));
    CHECK(r.subtype(Kind::org, "Veltrox Cloud") == "company");
    CHECK(r.subtype(Kind::org, "Kosha Pay") == "company");
    CHECK(r.subtype(Kind::org, "Nordhaven Savings") == "company");
    CHECK_FALSE(r.touches(Kind::org, "Pay rose"));
    CHECK(r.subtype(Kind::org, "Rhône Prefecture") == "government");
    CHECK(r.subtype(Kind::place, "Hokkaido Prefecture") == "region");
}

TEST_CASE("names: a stock agency after a credit label; a headline's city before a longer company name") {
    auto r = gloss::core::test::detect_raw(
        "Bengaluru Fintech Kosha Pay Raises $140 Million In Round Led By Meranti Capital\n\n"
        "Not what you want to see on payday. Pic: Shutterstock\n\n"
        "Kosha Pay, a Bengaluru-based lender, said it would hire. \"We'll still be a Bengaluru company,\" he said.\n");
    CHECK(r.has(Kind::org, "Shutterstock"));
    CHECK(r.has(Kind::org, "Kosha Pay"));
    CHECK(r.count(Kind::place, "Bengaluru") >= 2);
    CHECK_FALSE(r.touches(Kind::org, "Bengaluru"));
}

TEST_CASE("names: a promoter named Promotions is a company") {
    auto r = gloss::core::test::detect_body("The operator, Leeside Live Promotions, will pay the rest.");
    CHECK(r.subtype(Kind::org, "Leeside Live Promotions") == "company");
    CHECK_FALSE(r.touches(Kind::person, "Promotions"));
}

TEST_CASE("context: a place before a player's position in a match report is the side ('the Bayonne wing')") {
    auto r = detect_raw("Ireland edge France in Dublin thriller\n"
                        "Ireland beat France 22-19 at the Aviva Stadium on Saturday. The forwards won three "
                        "lineouts and the scrum held. Mathéo Ithurralde, the 21-year-old Bayonne wing, ran 60 "
                        "metres for a try. Yanis Berthoumieu, the La Rochelle back-rower, scored before the "
                        "conversion, and the Toulouse fly-half kicked three penalties. The squad trains in "
                        "Bayonne on Sunday.\n");
    CHECK(r.find(Kind::org, "Bayonne", 0) != nullptr);  // "the Bayonne wing"
    CHECK(r.subtype(Kind::org, "La Rochelle") == "team"); // a hyphenated position after it
    CHECK(r.subtype(Kind::org, "Toulouse") == "team");
    CHECK(r.has(Kind::place, "Dublin"));
    CHECK(r.find(Kind::place, "Bayonne", 0) != nullptr);  // "trains in Bayonne" stays the town
}

TEST_CASE("context: 'drew 1-1 with Aberdeen' and 'Surrey have' in match reports name sides") {
    auto r = detect_raw("Celtic 2-0 Hibernian\n"
                        "Celtic beat Hibernian 2-0 at Celtic Park on Saturday. The striker scored twice and the "
                        "goalkeeper made four saves. Celtic are five points clear of Motherwell, who drew 1-1 with "
                        "Aberdeen at Pittodrie on Friday.\n");
    CHECK(r.subtype(Kind::org, "Aberdeen") == "team");
    CHECK(r.has(Kind::place, "Pittodrie"));
    auto c = detect_raw("Okonkwo-Blake century puts Surrey in command\n"
                        "Surrey reached 384 for 5 in 98 overs at the close against Somerset, a lead of 211. The "
                        "opener struck 17 fours and two sixes, and the bowlers took two wickets in the first session. "
                        "Surrey have five batting points, and Somerset closed on 45-2 in their second innings.\n");
    CHECK(c.find(Kind::org, "Surrey", 1) != nullptr);
}

TEST_CASE("context: a listed town's first word alone; a one-word line in lower case; a nickname that scored twice") {
    auto r = detect_raw("Merthyr Tydfil gets its electric trains\n\nThe Merthyr branch was the hardest part, and "
                        "Milton Keynes waits. Milton said so. Costa Rica agreed. A gap threatens the Bakerloo line "
                        "extension, and four new stations wait.\n");
    CHECK(r.has(Kind::place, "Merthyr"));
    CHECK_FALSE(r.has(Kind::place, "Milton"));
    CHECK(r.subtype(Kind::place, "Bakerloo") == "facility");
    auto s = detect_raw("Canadiens edge Senators in shootout\n\nThe Montreal Canadiens won 3-2 in a shootout on "
                        "Saturday night. The goaltender stopped 31 shots through regulation and overtime, and the "
                        "winger scored on the power play. The Senators scored twice in the second period. The "
                        "Senators host the Florida Panthers on Thursday.\n");
    CHECK(s.count(Kind::org, "Senators") >= 2);
    auto v = detect_body("The Senators voted 51-49 on the bill. The Senators led the debate on Tuesday.");
    CHECK_FALSE(v.touches(Kind::org, "Senators"));
}

TEST_CASE("context: in a match report, where a player is from and a venue named '… Palace' stay places") {
    const std::string text =
        "Rennie beats Van der Stap 7-5 to win first world title at Alexandra Palace\n"
        "Callum Rennie celebrates with the trophy at Alexandra Palace on Thursday night.\n"
        "Callum Rennie is the world champion. The 26-year-old from Kirkcaldy beat Jeroen van der Stap 7-5 in a final "
        "that lasted three and a half hours at Alexandra Palace, sealing the title in the deciding leg of the 12th "
        "set.\n"
        "Rennie, who was ranked 19th in the world at the start of the tournament, averaged 101.44 to Van der Stap's "
        "99.87, hit nine 180s and finished with a checkout rate of 44 per cent.\n";
    auto r = detect_raw(text);
    CHECK(r.has(Kind::place, "Kirkcaldy"));
    CHECK_FALSE(r.touches(Kind::org, "Kirkcaldy"));
    CHECK(r.count(Kind::place, "Alexandra Palace") == 3);
    CHECK_FALSE(r.touches(Kind::org, "Alexandra Palace"));
    auto c = detect_raw("Palace beat Forest\nCrystal Palace beat Nottingham Forest 2-1 at Selhurst Park on Saturday. "
                        "The striker scored twice and the goalkeeper made four saves.\n");
    CHECK(c.subtype(Kind::org, "Nottingham Forest") == "team");
}

TEST_CASE("context: a county's name alone once the text has named the county, unless a person bears it") {
    auto r = detect_body("The board voted to require hand counts in Fulton County. Fulton, with about 820,000 voters, "
                         "is the only county affected. It isn't going to be the taxpayers of Fulton alone.");
    CHECK(r.count(Kind::place, "Fulton") == 2);
    auto p = detect_body("Voters in Fulton County backed the plan. Jane Fulton, the clerk, said Fulton would count "
                         "every ballot.");
    CHECK(p.has(Kind::person, "Jane Fulton"));
    CHECK_FALSE(p.has(Kind::place, "Fulton"));
}

TEST_CASE("context: a studio's short name over a place guessed from its head word ('Sable Hill' after 'Sable Hill "
          "Studios')") {
    auto r = detect_body("Arroyo Pictures agreed to buy rival Sable Hill Studios for $14.2 billion. Sable Hill "
                         "shareholders will receive $38.50 a share, and Sable Hill stock jumped 24%.");
    CHECK(r.count(Kind::org, "Sable Hill") == 2);
    CHECK_FALSE(r.touches(Kind::place, "Sable Hill"));
}

TEST_CASE("context: two words read as a person that act as a firm are a company") {
    auto r = detect_body("Markets\n\nFeldmann Optronik fell 4.2 per cent. Spencer Blue chief executive Marco Abbatangelo "
                         "said so. Crestline Burger is raising prices, and Crestline shares fell. Trade through Mae "
                         "Sot fell 18 percent.");
    CHECK(r.subtype(Kind::org, "Feldmann Optronik") == "company");
    CHECK(r.subtype(Kind::org, "Spencer Blue") == "company");
    CHECK(r.has(Kind::person, "Marco Abbatangelo"));
    CHECK(r.subtype(Kind::org, "Crestline Burger") == "company");
    CHECK_FALSE(r.touches(Kind::org, "Mae Sot"));
}
