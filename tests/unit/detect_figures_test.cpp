// SPDX-License-Identifier: MIT
// FIGURE rules: subtypes, span boundaries and every exclusion in GUIDELINES §6.
#include "detect_test_util.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace gloss::core;
using gloss::core::test::detect_body;

TEST_CASE("figures: money with symbols, codes, words and magnitudes") {
    auto r = detect_body("A $1 billion deal, a €5m fee, 300 million euros, $39,500 each, US$5 and $0.25/kWh a share.");
    for (const char* m : {"$1 billion", "€5m", "300 million euros", "$39,500", "US$5", "$0.25/kWh"})
        CHECK_MESSAGE(r.subtype(Kind::figure, m) == "money", m);
}

TEST_CASE("figures: percent forms") {
    auto r = detect_body("It rose 66%, then 8 percent, then 7.3 per cent, after a half-point cut and 2 percentage points.");
    for (const char* m : {"66%", "8 percent", "7.3 per cent", "half-point", "2 percentage points"})
        CHECK_MESSAGE(r.subtype(Kind::figure, m) == "percent", m);
}

TEST_CASE("figures: explicit dates, years, decades and year ranges") {
    auto r = detect_body("On May 7, 2024, and May 9, and Nov. 3, 2020, and in March 2019, in 2008, the 1990s, "
                         "the 2019-20 season and on 3/14/21.");
    for (const char* m : {"May 7, 2024", "May 9", "Nov. 3, 2020", "March 2019", "2008", "1990s", "2019-20", "3/14/21"})
        CHECK_MESSAGE(r.subtype(Kind::figure, m) == "date", m);
}

TEST_CASE("figures: weekdays, bare months and relative dates are not dates") {
    auto r = detect_body("On Tuesday, Nov. 3, 2020, in October, in late May and last year.");
    CHECK(r.has(Kind::figure, "Nov. 3, 2020"));
    CHECK_FALSE(r.touches(Kind::figure, "Tuesday"));
    CHECK_FALSE(r.touches(Kind::figure, "October"));
    CHECK_FALSE(r.touches(Kind::figure, "May and"));
    CHECK(r.all(Kind::figure).size() == 1);
}

TEST_CASE("figures: durations need a numeral") {
    auto r = detect_body("For two decades, then 14 days, an 18-month plan and a 90-day pause, not a decade.");
    for (const char* m : {"two decades", "14 days", "18-month", "90-day"})
        CHECK_MESSAGE(r.subtype(Kind::figure, m) == "duration", m);
    CHECK_FALSE(r.touches(Kind::figure, "a decade"));
}

TEST_CASE("figures: ages") {
    auto r = detect_body("Maria Zvonkova, 42, met a 43-year-old man aged 65 or older.");
    CHECK(r.subtype(Kind::figure, "42") == "age");
    CHECK(r.subtype(Kind::figure, "43-year-old") == "age");
    CHECK(r.subtype(Kind::figure, "65") == "age");
}

TEST_CASE("figures: quantities with units, ranges in one token") {
    auto r = detect_body("It ran 5 km with 300 tonnes at 55 mph for a 30-600 MW plant and a 5-inch pipe.");
    for (const char* m : {"5 km", "300 tonnes", "55 mph", "30-600 MW", "5-inch"})
        CHECK_MESSAGE(r.subtype(Kind::figure, m) == "quantity", m);
}

TEST_CASE("figures: scores and player counts") {
    auto r = detect_body("Boston beat Chicago 3-2 after a 3-on-2 rush.");
    CHECK(r.subtype(Kind::figure, "3-2") == "score");
    CHECK(r.subtype(Kind::figure, "3-on-2") == "score");
}

TEST_CASE("figures: fractions, but not an ordinal half") {
    auto r = detect_body("Just over half of the voters and two-thirds of members agreed in the first half of 2024.");
    CHECK(r.subtype(Kind::figure, "half") == "fraction");
    CHECK(r.subtype(Kind::figure, "two-thirds") == "fraction");
    CHECK(r.find(Kind::figure, "half", 1) == nullptr);
    CHECK(r.has(Kind::figure, "2024"));
}

TEST_CASE("figures: plain counts, spelled out or with digits, without the counted noun or hedges") {
    auto r = detect_body("The two countries built more than 4,210 new homes for 4.2 million people; only one bill passed.");
    CHECK(r.subtype(Kind::figure, "two") == "number");
    CHECK(r.has(Kind::figure, "4,210"));
    CHECK(r.has(Kind::figure, "4.2 million"));
    CHECK(r.has(Kind::figure, "one"));
    CHECK_FALSE(r.touches(Kind::figure, "more than"));
}

TEST_CASE("figures: ordinals, identifiers, idioms and vague words are not figures") {
    auto r = detect_body("The 23rd and first teams, No. 1 seed, a Boeing 737 on Windows 10, one of the best, "
                         "no one, she scored twice, hundreds of fans and dozens more, COVID-19 cases.");
    CHECK(r.all(Kind::figure).empty());
}

TEST_CASE("figures: clock times with meridiem and time zone") {
    auto r = detect_body("It began at 9:15 a.m. and ended at 6:30 PM EST.");
    CHECK(r.subtype(Kind::figure, "9:15 a.m.") == "time");
    CHECK(r.subtype(Kind::figure, "6:30 PM EST") == "time");
}

TEST_CASE("figures: numbers in image URLs are never figures") {
    auto r = gloss::core::test::detect_raw("A headline\n![A caption from 2024](/img/2025/06/09/50666-370_237.webp)\n");
    auto f = r.all(Kind::figure);
    REQUIRE(f.size() == 1);
    CHECK(f[0] == "2024");
}

TEST_CASE("figures: day-month dates stop before a sentence period / both ends of an age range") {
    auto r = detect_body("He speaks on 22 November. Three suspects, ages 18 to 24, were held.");
    CHECK(r.subtype(Kind::figure, "22 November") == "date");
    CHECK(r.subtype(Kind::figure, "18") == "age");
    CHECK(r.subtype(Kind::figure, "24") == "age");
}

TEST_CASE("figures: a hyphenated pair after a team with a result verb a few words back is a score") {
    auto r = detect_body("The Red Sox beat the New York Yankees 3-2 on Friday.");
    CHECK(r.subtype(Kind::figure, "3-2") == "score");
}

TEST_CASE("figures: hour with meridiem, and 'one' with a time unit is a duration unless an idiom") {
    auto r = detect_body("The vote is at 10 a.m. and ends at 7 PM EST. It took one day. One day, she left.");
    CHECK(r.subtype(Kind::figure, "10 a.m.") == "time");
    CHECK(r.subtype(Kind::figure, "7 PM EST") == "time");
    CHECK(r.all(Kind::person).empty());
    CHECK(r.all(Kind::figure).size() == 3);
}

TEST_CASE("figures: 'one … another' is a pronoun pair, not a count") {
    auto r = detect_body("We are not trading one master for another, but one bill passed.");
    CHECK(r.all(Kind::figure).size() == 1);
}

TEST_CASE("figures and names: URLs, e-mail addresses and handles are markup / '24/7' is no date") {
    auto r = detect_body("See https://www.example.com/2024/report-55.html or mail jane.doe@acme.com and follow @NASA for 24/7 news.");
    CHECK(r.d.annotations.empty());
}

TEST_CASE("figures: temperatures with their scale, 'half the' as a fraction, numbers inside brand names") {
    auto r = detect_body("It reached 45 degrees Celsius, 40C in Madrid. Half the staff left the 7-Eleven store.");
    CHECK(r.subtype(Kind::figure, "45 degrees Celsius") == "quantity");
    CHECK(r.subtype(Kind::figure, "40C") == "quantity");
    CHECK(r.subtype(Kind::figure, "Half") == "fraction");
    CHECK(r.all(Kind::figure).size() == 3);
}

TEST_CASE("figures: a three-part team record is one score") {
    auto r = detect_body("The Owls improved to 12-3-2 after the game, while the Hawks fell to 5-9-1.");
    CHECK(r.subtype(Kind::figure, "12-3-2") == "score");
    CHECK(r.has(Kind::figure, "5-9-1"));
    CHECK_FALSE(r.has(Kind::figure, "12-3"));
}

TEST_CASE("figures: a rate with a counted noun runs through 'per' and the time unit") {
    auto r = detect_body("The machine prints 40 pages per minute.");
    CHECK(r.subtype(Kind::figure, "40 pages per minute") == "quantity");
}

TEST_CASE("figures: 'a third' without a noun after it is a fraction, not an ordinal") {
    auto r = detect_body("Sales fell by nearly a third in March. She won a third term.");
    CHECK(r.subtype(Kind::figure, "a third") == "fraction");
    CHECK(r.all(Kind::figure).size() == 1);
}

TEST_CASE("figures: 'only one' before a party member counts") {
    auto r = detect_body("Only one Democrat voted for the bill.");
    CHECK(r.has(Kind::figure, "one"));
}

TEST_CASE("figures: emergency numbers before call/center are identifiers") {
    auto r = detect_body("The 911 center took 250 calls and 999 calls doubled.");
    CHECK_FALSE(r.has(Kind::figure, "911"));
    CHECK_FALSE(r.has(Kind::figure, "999"));
    CHECK(r.has(Kind::figure, "250"));
}

TEST_CASE("figures: hyphenated power and voltage units are quantities") {
    auto r = detect_body("The utility plans a 650-megawatt solar park, a 2.5-gigawatt link and a 132-kilovolt line.");
    CHECK(r.subtype(Kind::figure, "650-megawatt") == "quantity");
    CHECK(r.subtype(Kind::figure, "2.5-gigawatt") == "quantity");
    CHECK(r.subtype(Kind::figure, "132-kilovolt") == "quantity");
    CHECK_FALSE(r.has(Kind::figure, "650"));
}

TEST_CASE("figures: currency words, with a nationality before them, are money") {
    auto r = detect_body("A loaf costs 90 Ugandan shillings, up from 75 shillings; farmers got 2,400 rand and "
                         "traders 12.50 cedis.");
    CHECK(r.subtype(Kind::figure, "90 Ugandan shillings") == "money");
    CHECK(r.subtype(Kind::figure, "75 shillings") == "money");
    CHECK(r.subtype(Kind::figure, "2,400 rand") == "money");
    CHECK(r.subtype(Kind::figure, "12.50 cedis") == "money");
}

TEST_CASE("figures: a share after a company name is a percentage / a dialled 911 is no figure") {
    auto r = detect_body("Brightwater Energy holds 60%, Kestrel Capital 25% and Orlen Partners 15 percent. "
                         "A passer-by dialled 911 and another called 999.");
    CHECK(r.has(Kind::figure, "25%"));
    CHECK(r.has(Kind::figure, "15 percent"));
    CHECK_FALSE(r.touches(Kind::figure, "911"));
    CHECK_FALSE(r.touches(Kind::figure, "999"));
}

TEST_CASE("figures: 'one' as a pronoun before a particle is no count") {
    auto r = detect_body("Nobody has ordered a recount, but the board is not ruling one out. It bought one drone.");
    CHECK_FALSE(r.touches(Kind::figure, "one out"));
    CHECK(r.has(Kind::figure, "one"));
}

TEST_CASE("figures: time zones after clock times, basis points, parts per million, compound units") {
    auto r = gloss::core::test::detect_raw("Ostrander Raises $1.1 Billion\nShares fell by 11:20 a.m. ET. The quake struck at 18:02 GMT. "
                        "Rates rose 180 basis points. CO2 reached 280 parts per million. A 210,000-square-foot "
                        "plant felt the 6.4-magnitude quake.\n");
    CHECK(r.subtype(Kind::figure, "$1.1 Billion") == "money");
    CHECK(r.subtype(Kind::figure, "11:20 a.m. ET") == "time");
    CHECK(r.subtype(Kind::figure, "18:02 GMT") == "time");
    CHECK(r.subtype(Kind::figure, "180 basis points") == "percent");
    CHECK(r.subtype(Kind::figure, "280 parts per million") == "quantity");
    CHECK(r.subtype(Kind::figure, "210,000-square-foot") == "quantity");
    CHECK(r.subtype(Kind::figure, "6.4-magnitude") == "quantity");
}

TEST_CASE("figures: a currency abbreviation joined to the amount, and more dollar prefixes") {
    auto r = detect_body("Cows sell for Shs400,000 now, a drink costs KSh250 and a ticket Rs400. Tickets cost J$1,500 "
                         "and NT$300. The G7 met.");
    CHECK(r.subtype(Kind::figure, "Shs400,000") == "money");
    CHECK(r.subtype(Kind::figure, "KSh250") == "money");
    CHECK(r.subtype(Kind::figure, "Rs400") == "money");
    CHECK(r.subtype(Kind::figure, "J$1,500") == "money");
    CHECK(r.subtype(Kind::figure, "NT$300") == "money");
    CHECK_FALSE(r.touches(Kind::figure, "G7"));
    CHECK_FALSE(r.touches(Kind::place, "J"));
}

TEST_CASE("figures: Asian, African and Pacific time zones belong to the time, and are no organizations") {
    auto r = detect_body("The post went up on Wednesday, 14 Nov 2029 7:42 PM MYT, and the leak began at 9:15 a.m. SGT.");
    CHECK(r.subtype(Kind::figure, "7:42 PM MYT") == "time");
    CHECK(r.subtype(Kind::figure, "9:15 a.m. SGT") == "time");
    CHECK_FALSE(r.touches(Kind::org, "MYT"));
}

TEST_CASE("figures: the rand written joined to the amount ('R6.2 billion', 'R250', 'R1,500'), not 'R7'") {
    auto r = gloss::core::test::detect_body("Eskom says the city owes it R6.2 billion, and a bill of R250 or R1,500 "
                                            "is common. The R7 model costs more.");
    CHECK(r.subtype(Kind::figure, "R6.2 billion") == "money");
    CHECK(r.subtype(Kind::figure, "R250") == "money");
    CHECK(r.subtype(Kind::figure, "R1,500") == "money");
    CHECK_FALSE(r.touches(Kind::figure, "R7"));
}

TEST_CASE("figures: taka, ringgit, rupiah and peso amounts, South Asian magnitudes, cents and joined units") {
    auto r = detect_body("A Tk 86 crore project, Tk 2,000 in cash, land at Rs 5 lakh, RM2.5mil set aside, Rp 1.2 "
                         "billion in aid and P18 million a year. Steers sold for 190c/kg. It reached 31degC as winds "
                         "hit 40kmh. Take the P2 exit.");
    for (const char* m : {"Tk 86 crore", "Tk 2,000", "Rs 5 lakh", "RM2.5mil", "Rp 1.2 billion", "P18 million", "190c/kg"})
        CHECK_MESSAGE(r.subtype(Kind::figure, m) == "money", m);
    CHECK(r.subtype(Kind::figure, "31degC") == "quantity");
    CHECK(r.subtype(Kind::figure, "40kmh") == "quantity");
    CHECK_FALSE(r.touches(Kind::figure, "P2"));
}

TEST_CASE("figures: the Ghanaian cedi's GH¢ and CFA francs are money, not organizations") {
    auto r = detect_body("The price is GH¢4,480 per bag, and buyers pay 3,200 CFA francs a kilogramme.");
    CHECK(r.has(Kind::figure, "GH¢4,480"));
    CHECK(r.has(Kind::figure, "3,200 CFA francs"));
    CHECK_FALSE(r.touches(Kind::org, "GH"));
    CHECK_FALSE(r.touches(Kind::org, "CFA"));
}

TEST_CASE("figures: a capitalized number word after a capitalized word closes a name ('the Sweet Sixteen')") {
    auto r = gloss::core::test::detect_body("They won the Sweet Sixteen on Saturday and moved into the League Two "
                                            "play-off places. Marlys Two Bulls, 46, scored. She has two sons.");
    CHECK_FALSE(r.touches(Kind::figure, "Sixteen"));
    CHECK_FALSE(r.touches(Kind::figure, "League Two"));
    CHECK(r.has(Kind::figure, "46"));
    CHECK(r.has(Kind::figure, "two"));
}

TEST_CASE("figures: a capitalized number word before a capitalized word opens a name ('their Six Nations campaign')") {
    auto r = gloss::core::test::detect_body("Scotland open their Six Nations campaign at home, and the Three Gorges Dam "
                                            "held. Six players were injured. She has two sons.");
    CHECK_FALSE(r.touches(Kind::figure, "Six Nations"));
    CHECK_FALSE(r.touches(Kind::figure, "Three Gorges"));
    CHECK(r.has(Kind::figure, "Six")); // (a sentence's first word counts: "Six players")
    CHECK(r.has(Kind::figure, "two"));
}

TEST_CASE("figures: 'US $16.9 million', 'Rs. 18.7 billion', 'L$27.6 million'; a biosphere reserve is a place") {
    auto r = gloss::core::test::detect_body("Income fell to 310 million pesos (US $16.9 million). Deposits of Rs. 18.7 "
                                            "billion were frozen, and L$27.6 million went missing inside the Monarch "
                                            "Butterfly Biosphere Reserve.");
    CHECK(r.has(Kind::figure, "US $16.9 million"));
    CHECK_FALSE(r.touches(Kind::place, "US $"));
    CHECK(r.has(Kind::figure, "Rs. 18.7 billion"));
    CHECK(r.has(Kind::figure, "L$27.6 million"));
    CHECK(r.has(Kind::place, "Monarch Butterfly Biosphere Reserve"));
}

TEST_CASE("figures: 'one in 20', 'only one side', '500ml'; not 'bought one in 2035'") {
    auto r = gloss::core::test::detect_body("About one in 20 patients need dialysis. We fear a trial where only one side "
                                            "of the story is told. A 500ml packet costs more. The family had bought one "
                                            "in 2035 and kept it.");
    CHECK(r.count(Kind::figure, "one") == 2);
    CHECK(r.has(Kind::figure, "500ml"));
    CHECK(r.has(Kind::figure, "2035"));
}

TEST_CASE("figures: Nigerian naira written 'N48.2 billion'; jersey numbers in a line-up are no figures") {
    auto r = gloss::core::test::detect_body("Pre-tax profit rose to N48.2 billion from N29.6 billion. Staff wore N95 masks."
                                            "\n\nFiji: 15 Apakuki Tuidraki, 14 Josaia Ravouvou, 13 Seremaia Naqiri.\n\n"
                                            "The 3 players and 12 Samoans left.");
    CHECK(r.has(Kind::figure, "N48.2 billion"));
    CHECK(r.has(Kind::figure, "N29.6 billion"));
    CHECK_FALSE(r.touches(Kind::figure, "N95"));
    CHECK_FALSE(r.has(Kind::figure, "15"));
    CHECK_FALSE(r.has(Kind::figure, "14"));
    CHECK(r.has(Kind::figure, "3"));
    CHECK(r.has(Kind::figure, "12"));
}

TEST_CASE("figures: a golf report's scores against par, a hole's par and a golfer's four rounds") {
    auto r = detect_body("Mokoena made six birdies without a bogey in a six-under-par 66 to finish at 15 under, "
                         "two ahead. He birdied the par-four 12th and the course plays to par 72. Leading scores: "
                         "273 Thabiso Mokoena 68-70-69-66.");
    CHECK(r.subtype(Kind::figure, "six-under-par") == "score");
    CHECK(r.has(Kind::figure, "66"));
    CHECK(r.subtype(Kind::figure, "15 under") == "score");
    CHECK(r.subtype(Kind::figure, "par-four") == "score");
    CHECK(r.subtype(Kind::figure, "par 72") == "score");
    CHECK(r.subtype(Kind::figure, "68-70-69-66") == "score");
    CHECK_FALSE(r.has(Kind::figure, "68-70"));
    // (Outside golf, "under" and "par" stay words: "15 under the limit", "on par 2 ideas".)
    auto o = detect_body("Only 15 under the age of ten were hurt, and his ideas were on par 2 years ago.");
    CHECK_FALSE(o.touches(Kind::figure, "under"));
    CHECK_FALSE(o.touches(Kind::figure, "par"));
}

TEST_CASE("figures: day ranges, ordinal days before a month, flows and speeds") {
    auto r = detect_body("The event runs from March 8-11. He was jailed on 15th Mar 2039 and freed on the 3rd of "
                         "June. The river peaked at 1,450 cubic metres per second as winds reached 45km/h and 60 km/h.");
    CHECK(r.subtype(Kind::figure, "March 8-11") == "date");
    CHECK(r.subtype(Kind::figure, "15th Mar 2039") == "date");
    CHECK(r.subtype(Kind::figure, "3rd of June") == "date");
    CHECK(r.subtype(Kind::figure, "1,450 cubic metres per second") == "quantity");
    CHECK(r.subtype(Kind::figure, "45km/h") == "quantity");
    CHECK(r.subtype(Kind::figure, "60 km/h") == "quantity");
    // (An ordinal alone stays no figure; a falling range "May 9-3" is no range.)
    CHECK_FALSE(detect_body("She finished 21st in the race.").touches(Kind::figure, "21st"));
}

TEST_CASE("figures: the kwacha's 'K', 'bln'/'mln', a hyphenated magnitude, a magnitude before a unit, metric tons") {
    auto r = detect_body("The FRA pegged maize at K420 per 50 kilogramme bag, up from K350, and will buy 1.2 million "
                         "metric tonnes for K6.8 billion. Traders pay around Rp18,000 per kilogram. The firm got HUF 41 "
                         "bln and EUR 103 mln. The $11.4-million intake was approved, 110,000 metric tons were "
                         "shipped, and 3.1 million tonnes remain. He wore K9 gear.");
    CHECK(r.subtype(Kind::figure, "K420") == "money");
    CHECK(r.subtype(Kind::figure, "K6.8 billion") == "money");
    CHECK(r.subtype(Kind::figure, "Rp18,000") == "money");
    CHECK_FALSE(r.touches(Kind::place, "Rp18"));
    CHECK(r.has(Kind::figure, "HUF 41 bln"));
    CHECK(r.has(Kind::figure, "EUR 103 mln"));
    CHECK(r.has(Kind::figure, "$11.4-million"));
    CHECK(r.subtype(Kind::figure, "1.2 million metric tonnes") == "quantity");
    CHECK(r.has(Kind::figure, "110,000 metric tons"));
    CHECK(r.has(Kind::figure, "3.1 million tonnes"));
    CHECK(r.has(Kind::figure, "50 kilogramme"));
    CHECK_FALSE(r.touches(Kind::figure, "K9"));
    // ("5 million people": no unit.)
    CHECK(detect_body("About 5 million people voted.").has(Kind::figure, "5 million"));
}

TEST_CASE("figures: joined time units, vulgar fractions, lengths, cusecs, magnitudes and 18h00") {
    auto r = detect_body("Leander won in 5min 49sec, by 1¾ lengths, and St Paul's by ½ length; the dog won by 2¼l. "
                         "The flow reached 612,400 cusecs. The quake, of magnitude 5.6, was followed by a "
                         "magnitude-4.2 aftershock. The generators ran from 18h00 to midnight for 2hrs. He "
                         "pitched 6⅔ innings.");
    CHECK(r.subtype(Kind::figure, "5min") == "duration");
    CHECK(r.subtype(Kind::figure, "49sec") == "duration");
    CHECK(r.subtype(Kind::figure, "2hrs") == "duration");
    CHECK(r.subtype(Kind::figure, "1¾ lengths") == "quantity");
    CHECK(r.subtype(Kind::figure, "½ length") == "quantity");
    CHECK(r.subtype(Kind::figure, "2¼l") == "quantity");
    CHECK(r.subtype(Kind::figure, "612,400 cusecs") == "quantity");
    CHECK(r.subtype(Kind::figure, "magnitude 5.6") == "quantity");
    CHECK(r.subtype(Kind::figure, "magnitude-4.2") == "quantity");
    CHECK(r.subtype(Kind::figure, "18h00") == "time");
    CHECK(r.subtype(Kind::figure, "6⅔") == "number");
    // A decade keeps its "s"; a length of cable is no margin.
    auto q = detect_body("Prices were lower in the 1990s. Engineers replaced a 300m length of cable.");
    CHECK(q.subtype(Kind::figure, "1990s") == "date");
    CHECK(q.has(Kind::figure, "300m"));
    CHECK_FALSE(q.has(Kind::figure, "300m length"));
}

TEST_CASE("figures: an age in brackets after a name when something is said of the person") {
    auto r = detect_body("Caitríona Uí Fhlatharta (58), who runs a B&B, was angry, and Peadar Ó Cuinn (81) said he "
                         "would stop.");
    CHECK(r.subtype(Kind::figure, "58") == "age");
    CHECK(r.subtype(Kind::figure, "81") == "age");
    // A player's number in a line-up is no age.
    auto q = detect_body("Subs: A Lynch for Brennan (52), K Bradley for Gilligan (66).");
    CHECK(q.subtype(Kind::figure, "52") != "age");
}

TEST_CASE("figures: codes and signs after amounts, sq km, microns, concentrations, dotted times, split years") {
    auto r = detect_body("The province lost 610 billion VND, and wages are 9,400 zł a month. Salinity spread over "
                         "7,900 sq km of fibre finer than 15.5 microns. Arsenic was 0.41 milligrams per litre and "
                         "2.3 mg/L. The ferry left at 6.40 am and the boat at 14.32 WIB. The 2038/39 marketing year "
                         "ends. Lisye Kalengke (41), coordinator of the alliance, spoke.");
    CHECK(r.subtype(Kind::figure, "610 billion VND") == "money");
    CHECK(r.subtype(Kind::figure, "9,400 zł") == "money");
    CHECK(r.subtype(Kind::figure, "7,900 sq km") == "quantity");
    CHECK(r.subtype(Kind::figure, "15.5 microns") == "quantity");
    CHECK(r.subtype(Kind::figure, "0.41 milligrams per litre") == "quantity");
    CHECK(r.subtype(Kind::figure, "2.3 mg/L") == "quantity");
    CHECK(r.subtype(Kind::figure, "6.40 am") == "time");
    CHECK(r.subtype(Kind::figure, "14.32 WIB") == "time");
    CHECK(r.subtype(Kind::figure, "2038/39") == "date");
    CHECK(r.subtype(Kind::figure, "41") == "age");
    CHECK(detect_body("Updated 22:10, 27 MAR 2038.").subtype(Kind::figure, "27 MAR 2038") == "date");
    // (A result list's places after its colon or semicolon are no figures; "24/7" is no date; a
    // box score's "(9), off Yamanaka" is no age.)
    auto q = detect_body("Senior men (10km): 1. Brian Kemboi (KDF) 28:41.6; 2. Emmanuel Lagat (Police) 28:44.6. "
                         "Open 24/7. HR—Ibarguen (9), off Yamanaka.");
    CHECK_FALSE(q.has(Kind::figure, "1"));
    CHECK_FALSE(q.has(Kind::figure, "2"));
    CHECK_FALSE(q.touches(Kind::figure, "24/7"));
    CHECK(q.subtype(Kind::figure, "9") != "age");
}

TEST_CASE("figures: thousands set off by spaces, decimal commas in money, day-month-comma-year, ISO dates, race gaps") {
    auto r = detect_body("A weaner fetched N$6 500, the council registered 14 200 households, up from 9 800, and hail "
                         "hit 2 400 hectares. N$38,5 million was set aside and the price was US$3,19 a kilogramme. "
                         "Published 08 Aug, 2039 and on Sunday 11th October, 2037; filed 2039-03-08. He won by "
                         "0.4172s and the next car was +2.9306s behind. Fines were Rwf500,000 and MK500 a bag. "
                         "Md Rafiqul Islam (32) of Kurigram died.");
    CHECK(r.subtype(Kind::figure, "N$6 500") == "money");
    CHECK(r.has(Kind::figure, "14 200"));
    CHECK(r.has(Kind::figure, "9 800"));
    CHECK(r.subtype(Kind::figure, "2 400 hectares") == "quantity");
    CHECK(r.subtype(Kind::figure, "N$38,5 million") == "money");
    CHECK(r.subtype(Kind::figure, "US$3,19") == "money");
    CHECK(r.subtype(Kind::figure, "08 Aug, 2039") == "date");
    CHECK(r.subtype(Kind::figure, "11th October, 2037") == "date");
    CHECK(r.subtype(Kind::figure, "2039-03-08") == "date");
    CHECK(r.subtype(Kind::figure, "0.4172s") == "duration");
    CHECK(r.subtype(Kind::figure, "+2.9306s") == "duration");
    CHECK(r.subtype(Kind::figure, "Rwf500,000") == "money");
    CHECK(r.subtype(Kind::figure, "MK500") == "money");
    CHECK(r.subtype(Kind::figure, "32") == "age");
    // A year before a count, a list of numbers, and a line score's innings stay apart.
    auto s = detect_body("In 2024 100 people came. Scores were 3, 19 and 7. Tigers 000 102 000 - 3.");
    CHECK(s.has(Kind::figure, "2024"));
    CHECK(s.has(Kind::figure, "100"));
    CHECK(s.has(Kind::figure, "19"));
    CHECK_FALSE(s.has(Kind::figure, "000 102 000"));
}

TEST_CASE("figures: the CFA franc before or after the amount") {
    auto r = detect_body("The assembly adopted a budget of FCFA 15.2 billion; chiefs were paid up to 2 million FCFA a "
                         "month, and a bag cost 3,200 CFA francs.");
    CHECK(r.subtype(Kind::figure, "FCFA 15.2 billion") == "money");
    CHECK(r.subtype(Kind::figure, "2 million FCFA") == "money");
    CHECK(r.subtype(Kind::figure, "3,200 CFA francs") == "money");
    CHECK_FALSE(r.touches(Kind::org, "FCFA"));
}

TEST_CASE("figures: a golf report that names no birdie still reads its scores against par and its rounds") {
    auto r = gloss::core::test::detect_raw("Odhiambo wins Kenya Open\n\nDaniel Odhiambo shot a four-under-par 67 to finish 17 under par, "
                        "two ahead, and the crowds passed 31,000 over the four days. He parred the par-four 18th.\n\n"
                        "Final leaderboard (par 71): 267 Daniel Odhiambo (KEN) 69-65-66-67; 269 Tiago Albuquerque "
                        "(POR) 66-67-66-70\n");
    CHECK(r.subtype(Kind::figure, "17 under par") == "score");
    CHECK(r.subtype(Kind::figure, "69-65-66-67") == "score");
    CHECK_FALSE(r.has(Kind::figure, "31,000 over"));
    CHECK(r.has(Kind::figure, "31,000"));
    auto m = detect_body("Fishers demand GNF 45 million for each pirogue.");
    CHECK(m.subtype(Kind::figure, "GNF 45 million") == "money");
}

TEST_CASE("figures: odds written with a slash in a betting story, a dollar's code joined to the sign") {
    auto r = detect_body("Kilcolgan Lad won at 9/2 after being backed from 6/4 to evens. Rua won on Tuairisc (7/1) "
                         "and a 100/30 shot, and the evens favourite was fourth over two furlongs.");
    CHECK(r.subtype(Kind::figure, "9/2") == "number");
    CHECK(r.subtype(Kind::figure, "6/4") == "number");
    CHECK(r.subtype(Kind::figure, "7/1") == "number");
    CHECK(r.subtype(Kind::figure, "100/30") == "number");
    // Without odds in the story, a slash pair is no figure ("24/7", "at 9/2" as a day and month).
    auto d = detect_body("The clinic opened at 9/2 and stays open 24/7 for the town.");
    CHECK_FALSE(d.touches(Kind::figure, "9/2"));
    CHECK_FALSE(d.touches(Kind::figure, "24/7"));
    auto m = detect_body("Cabinet approved CI$3.4 million, BZ$12 and T$3, and SBD$1.9 billion for roads.");
    CHECK(m.subtype(Kind::figure, "CI$3.4 million") == "money");
    CHECK(m.subtype(Kind::figure, "BZ$12") == "money");
    CHECK(m.subtype(Kind::figure, "T$3") == "money");
    CHECK(m.subtype(Kind::figure, "SBD$1.9 billion") == "money");
}

TEST_CASE("figures: an acronym no list knows right after an amount is its unit") {
    auto r = detect_body("Metrowater cut supply from 1,040 MLD (million litres a day) to 830 MLD from Monday, and the "
                         "port handled 41,600 TEU. About 420 IOT workers were sent home; IOT said so. He has a 2.45 ERA, "
                         "and 11 DFO-approved stations opened.");
    CHECK(r.subtype(Kind::figure, "1,040 MLD") == "quantity");
    CHECK(r.subtype(Kind::figure, "830 MLD") == "quantity");
    CHECK(r.subtype(Kind::figure, "41,600 TEU") == "quantity");
    CHECK_FALSE(r.touches(Kind::org, "MLD"));
    CHECK(r.has(Kind::figure, "420"));
    CHECK(r.has(Kind::figure, "2.45"));
    CHECK(r.has(Kind::figure, "11"));
}

TEST_CASE("figures: a unit in capitals after a decimal amount is no organization") {
    auto r = detect_body("Storage in the four dams fell to 6.2 TMC, against a capacity of 29.15 TMC. TMC leader "
                         "Abhishek Banerjee said the TMC would win. Deutsche Bahn (DB) said 190,000 DB staff would "
                         "strike. The disk held 1.44 MB.");
    CHECK(r.subtype(Kind::figure, "6.2 TMC") == "quantity");
    CHECK(r.subtype(Kind::figure, "29.15 TMC") == "quantity");
    CHECK(r.has(Kind::org, "TMC"));
    CHECK(r.count(Kind::org, "DB") == 2);
    CHECK(r.subtype(Kind::figure, "1.44 MB") == "quantity");
}

TEST_CASE("figures: 'a third' before a clause, 'one-third', 'Half my …', 'by almost half,'; a share after a name in 'per cent'") {
    auto r = detect_body("Sales fell by a third while the street was torn up. The area burned was about a third more "
                         "than average. She said one-third of the flats should go. Half my customers left. Costs fell by "
                         "almost half, he said. Five years ago barely a quarter did.");
    CHECK(r.find(Kind::figure, "a third", 0) != nullptr);
    CHECK(r.find(Kind::figure, "a third", 1) != nullptr);
    CHECK(r.subtype(Kind::figure, "one-third") == "fraction");
    CHECK(r.subtype(Kind::figure, "Half") == "fraction");
    CHECK(r.subtype(Kind::figure, "half") == "fraction");
    CHECK(r.subtype(Kind::figure, "a quarter") == "fraction");
    // (An ordinal is no fraction: "a third title", "the second half".)
    auto o = detect_body("It won a third title. The second half was better.");
    CHECK_FALSE(o.touches(Kind::figure, "third"));
    CHECK_FALSE(o.touches(Kind::figure, "half"));
    auto p = detect_body("Shares fell 4 per cent in Paris and STMicroelectronics 3.6 per cent in Milan.");
    CHECK(p.subtype(Kind::figure, "3.6 per cent") == "percent");
}

TEST_CASE("figures: a small number alone in square brackets is a seed or a mark, not a figure") {
    auto r = detect_body("Oliver Penrose (GB) [6] bt Diego Santamarina (Spa) [11] 6-4 3-6 7-6 (7-5) 6-3. Men's "
                         "final: [3] Seifeldin Abou Zeid (EGY) bt [1] Rangi Te Aho-Parata (NZL). They won the match "
                         "tiebreak [10-7] after 2 hours.");
    CHECK_FALSE(r.touches(Kind::figure, "6]"));
    CHECK_FALSE(r.touches(Kind::figure, "11"));
    CHECK_FALSE(r.touches(Kind::figure, "[3]"));
    CHECK_FALSE(r.touches(Kind::figure, "[1]"));
    CHECK(r.has(Kind::figure, "6-4"));
    CHECK(r.has(Kind::figure, "10-7"));
    CHECK(r.has(Kind::figure, "2 hours"));
}

TEST_CASE("figures: a peso price per unit of two digits, the won with thousands or a magnitude, the Egyptian LE") {
    auto r = detect_body("The DA capped rice at P48 a kilo, and farmgate prices fell to P19 per kilo. The base fare "
                         "will rise W250 to W1,800 as Seoul Metro cites a W1.12tr deficit. Line 4 would cost LE68 "
                         "billion; I spend LE40 a day. Police stopped the P2 and the W221 near the M4.");
    CHECK(r.subtype(Kind::figure, "P48") == "money");
    CHECK(r.subtype(Kind::figure, "P19") == "money");
    CHECK(r.subtype(Kind::figure, "W1,800") == "money");
    CHECK(r.subtype(Kind::figure, "W1.12tr") == "money");
    CHECK(r.subtype(Kind::figure, "LE68 billion") == "money");
    CHECK(r.subtype(Kind::figure, "LE40") == "money");
    CHECK_FALSE(r.touches(Kind::figure, "W250"));
    CHECK_FALSE(r.touches(Kind::figure, "P2"));
    CHECK_FALSE(r.touches(Kind::figure, "W221"));
}

TEST_CASE("figures: the numbers of a range of lines or pages are identifiers, not counts") {
    auto r = detect_body("Fares on lines 1 to 8 will rise, the notice on pages 4 and 5 said. Prices rose from 5 to 8 "
                         "per cent, and 14 bus routes were cut.");
    CHECK_FALSE(r.touches(Kind::figure, "1 to"));
    CHECK_FALSE(r.touches(Kind::figure, "to 8 will"));
    CHECK_FALSE(r.touches(Kind::figure, "and 5 said"));
    CHECK(r.has(Kind::figure, "8 per cent"));
    CHECK(r.has(Kind::figure, "14"));
}

TEST_CASE("figures: crowns and francs joined to the amount, a magnitude joined to the digits, 'pc' percent") {
    auto r = detect_body("Velsana will buy Orsbo Therapeutics for DKr72bn (SFr9.4bn), or DKr412 a share. Fares are "
                         "NKr30 and SKr45m; the group spent SFr20bn and R5bn. A spokesperson said 90pc of the cost "
                         "and 7.5pct of the rest were covered. The A380s and the T5bn flew.");
    CHECK(r.subtype(Kind::figure, "DKr72bn") == "money");
    CHECK(r.subtype(Kind::figure, "SFr9.4bn") == "money");
    CHECK(r.subtype(Kind::figure, "DKr412") == "money");
    CHECK(r.subtype(Kind::figure, "NKr30") == "money");
    CHECK(r.subtype(Kind::figure, "SKr45m") == "money");
    CHECK(r.subtype(Kind::figure, "SFr20bn") == "money");
    CHECK(r.subtype(Kind::figure, "R5bn") == "money");
    CHECK(r.subtype(Kind::figure, "90pc") == "percent");
    CHECK(r.subtype(Kind::figure, "7.5pct") == "percent");
    CHECK_FALSE(r.touches(Kind::figure, "A380s"));
    CHECK_FALSE(r.touches(Kind::figure, "T5bn"));
    // The amount is no word of the firm's name before it.
    CHECK(r.has(Kind::org, "Orsbo Therapeutics"));
    CHECK_FALSE(r.touches(Kind::org, "DKr72bn"));
    CHECK_FALSE(r.touches(Kind::org, "SFr9"));
}

TEST_CASE("figures: containers in TEU are a quantity; a stock's code and PM2.5 are identifiers") {
    auto r = detect_body("The order comprises eight 15,500-TEU ships. The port handled 2.1 million TEU last year and "
                         "900,000 TEUs the year before. Lanyang Shipping Corp (2631.TW) and Toyota (7203.T) rose. "
                         "PM2.5 at the station hit 400, and cars add 28% of the PM2.5. The 7-Eleven shop shut.");
    CHECK(r.subtype(Kind::figure, "15,500-TEU") == "quantity");
    CHECK(r.subtype(Kind::figure, "2.1 million TEU") == "quantity");
    CHECK(r.subtype(Kind::figure, "900,000 TEUs") == "quantity");
    CHECK_FALSE(r.touches(Kind::figure, "2631"));
    CHECK_FALSE(r.touches(Kind::figure, "7203"));
    CHECK_FALSE(r.touches(Kind::figure, "5 at"));
    CHECK(r.has(Kind::figure, "400"));
    CHECK(r.has(Kind::figure, "28%"));
    CHECK_FALSE(r.touches(Kind::figure, "7-Eleven"));
}

TEST_CASE("figures: basis points joined to the number; a span of time after a name or a route") {
    auto r = detect_body("The bonds priced at 165bp over mid-swaps, about 30bp inside guidance, and spreads of 20bps. "
                         "The machine set off near Ejipura 14 months ago. Track-laying on the 7.2km route ended 14 "
                         "months after work began. Buses on route 14 were late.");
    CHECK(r.subtype(Kind::figure, "165bp") == "percent");
    CHECK(r.subtype(Kind::figure, "30bp") == "percent");
    CHECK(r.subtype(Kind::figure, "20bps") == "percent");
    CHECK(r.count(Kind::figure, "14 months") == 2);
    CHECK_FALSE(r.touches(Kind::figure, "14 were"));
}

TEST_CASE("figures: match minutes marked with a prime are no figures; feet and decades are") {
    auto r = detect_body("Goals: 1-0 Pedro Alvarez (23'), 1-1 Marco Etxeberria (58'), 2-2 Chidi Okoye (90+2').\n"
                         "Sent off: Luis Ibarra (Sevilla, 39').\n"
                         "Scorers: Kofi Asante-Mills 23', 61', Joaquin Ferrabosco 78’.\n"
                         "The wall is 6' high, and the song dates from the '90s.");
    for (const char* m : {"23", "58", "90", "2'", "39", "61", "78"})
        CHECK_MESSAGE(!r.touches(Kind::figure, m), m);
    for (const char* m : {"1-0", "1-1", "2-2"}) CHECK_MESSAGE(r.has(Kind::figure, m), m);
    CHECK(r.touches(Kind::figure, "6'"));
    CHECK(r.has(Kind::figure, "'90s"));
}

TEST_CASE("figures: telephone numbers and service numbers are identifiers, not figures") {
    auto r = detect_body("Anyone with information can contact police on 101 or Crimestoppers anonymously on 0800 555 111. "
                         "Call 020 7946 0321, (555) 123-4567, 555-1234, 1-800-273-8255 or +44 20 7946 0321. In an "
                         "emergency, 911. He spent 101 days there; 1 000 000 people and 2,500 homes; the vote was 312-288.");
    for (const char* m : {"101 or", "0800", "555 111", "020", "7946", "123-4567", "555-1234", "273-8255", "+44", "911"})
        CHECK_MESSAGE(!r.touches(Kind::figure, m), m);
    CHECK(r.has(Kind::figure, "101 days"));
    CHECK(r.has(Kind::figure, "2,500"));
    CHECK(r.touches(Kind::figure, "312-288"));
    CHECK(r.touches(Kind::figure, "1 000 000"));
}

TEST_CASE("figures: pence, the Jordanian dinar, the Lebanese pound and the naira's one-digit millions") {
    auto r = detect_body("Shares rose 41.5p to 139p, a 50p rise; growers lost 1.5p on every egg. Revenue reached "
                         "JD11.6 million. About LBP 447.5 billion came, and LL90 billion more. The club gets N2m a win.");
    CHECK(r.subtype(Kind::figure, "41.5p") == "money");
    CHECK(r.subtype(Kind::figure, "139p") == "money");
    CHECK(r.subtype(Kind::figure, "50p") == "money");
    CHECK(r.subtype(Kind::figure, "1.5p") == "money");
    CHECK(r.subtype(Kind::figure, "JD11.6 million") == "money");
    CHECK(r.subtype(Kind::figure, "LBP 447.5 billion") == "money");
    CHECK(r.subtype(Kind::figure, "LL90 billion") == "money");
    CHECK(r.subtype(Kind::figure, "N2m") == "money");
}

TEST_CASE("figures: the number of a round, a move or a line is a position, no figure") {
    auto r = detect_body("He won in round nine and lost in round 10 of the event. On move 58 he erred. Metro Line 2 "
                         "opens. He started the final round four shots behind after a third-round 65, and they turned "
                         "round 2-1 down. I will move 500 people.");
    CHECK_FALSE(r.touches(Kind::figure, "nine"));
    CHECK_FALSE(r.touches(Kind::figure, "10"));
    CHECK_FALSE(r.touches(Kind::figure, "58"));
    CHECK_FALSE(r.touches(Kind::figure, "2 "));
    CHECK(r.touches(Kind::figure, "four"));
    CHECK(r.has(Kind::figure, "65"));
    CHECK(r.has(Kind::figure, "2-1"));
    CHECK(r.has(Kind::figure, "500"));
}
