// SPDX-License-Identifier: MIT
// Coreference: surname and given-name aliases, acronyms, canonical names and mention counts.
#include "detect_test_util.h"

#include <doctest/doctest.h>

using namespace gloss::core;
using gloss::core::test::detect_body;
using gloss::core::test::detect_raw;

TEST_CASE("coref: a surname after the full name joins its entity") {
    auto r = detect_body("Vladimir Putin arrived. Later Putin spoke, and Putin left.");
    REQUIRE(r.find(Kind::person, "Putin", 1) != nullptr);
    CHECK(r.subtype(Kind::person, "Putin") == "partial");
    CHECK(r.entity_name(Kind::person, "Putin", 1) == "Vladimir Putin");
    const Annotation* full = r.find(Kind::person, "Vladimir Putin");
    REQUIRE(full != nullptr);
    const Entity* e = r.entity(full->entity);
    REQUIRE(e != nullptr);
    CHECK(e->mentions == 3);
}

TEST_CASE("coref: a surname of several words and a full name's first words join the full name; a credit run on does not") {
    auto r = detect_body("Lotte van den Heuvel won the match. \"I knew her at 14,\" van den Heuvel said.\n\nSiti Rohani "
                         "Abdul Karim, 54, sold her flat. \"My children tell me I made money,\" Siti Rohani said.\n\n"
                         "Photo: Marketa Dvorackova REUTERS\n\nMarketa Dvorackova won.");
    CHECK(r.entity_name(Kind::person, "van den Heuvel") == "Lotte van den Heuvel");
    CHECK(r.speaker("\"I knew") == "Lotte van den Heuvel");
    CHECK(r.entity_name(Kind::person, "Siti Rohani") == "Siti Rohani Abdul Karim");
    CHECK(r.speaker("\"My children") == "Siti Rohani Abdul Karim");
    CHECK(r.entity_name(Kind::person, "Marketa Dvorackova") == "Marketa Dvorackova");
}

TEST_CASE("coref: a headline surname links to the full name found later") {
    auto r = detect_raw("Putin warns neighbours over drills\nVladimir Putin said the drills would go on.\n");
    CHECK(r.entity_name(Kind::person, "Putin") == "Vladimir Putin");
}

TEST_CASE("coref: family-name-first names alias on their first word") {
    auto r = detect_body("Chinese President Xi Jinping landed. Xi hailed the deal.");
    CHECK(r.entity_name(Kind::person, "Xi") == "Xi Jinping");
}

TEST_CASE("coref: two people with one surname, named as often, resolve to the nearest full name before") {
    auto r = detect_body("Hillary Clinton spoke first. Then Bill Clinton spoke. Clinton waved.");
    CHECK(r.entity_name(Kind::person, "Clinton", 0) == "Bill Clinton");
    // (The first one named again in between is named more often: the bare surname is hers.)
    auto m = detect_body("Hillary Clinton spoke first. Clinton smiled. Then Bill Clinton spoke. Clinton waved.");
    CHECK(m.entity_name(Kind::person, "Clinton", 0) == "Hillary Clinton");
    CHECK(m.entity_name(Kind::person, "Clinton", 1) == "Hillary Clinton");
}

TEST_CASE("coref: the same place is one entity, counted per mention") {
    auto r = detect_body("Serbia grew. Serbia's exports rose in Serbia.");
    const Annotation* a = r.find(Kind::place, "Serbia");
    REQUIRE(a != nullptr);
    const Entity* e = r.entity(a->entity);
    REQUIRE(e != nullptr);
    CHECK(e->mentions == 3);
    CHECK(e->kind == Kind::place);
}

TEST_CASE("coref: an acronym's entity is named by its full form") {
    auto r = detect_body("The European Union (EU) met. EU ministers agreed.");
    CHECK(r.entity_name(Kind::org, "EU", 1) == "European Union");
}

TEST_CASE("annotate: ids run 1..n in sorted order / entities 0..m-1 / empty text gives nothing") {
    auto r = detect_body("Vladimir Putin met Xi Jinping in Moscow on May 9, 2024.");
    REQUIRE(!r.d.annotations.empty());
    for (std::size_t i = 0; i < r.d.annotations.size(); ++i) {
        CHECK(r.d.annotations[i].id == i + 1);
        CHECK(r.d.annotations[i].origin == Origin::automatic);
        if (i > 0) CHECK(r.d.annotations[i - 1].range.start <= r.d.annotations[i].range.start);
    }
    for (std::size_t i = 0; i < r.d.entities.size(); ++i) {
        CHECK(r.d.entities[i].id == static_cast<EntityId>(i));
        CHECK(r.d.entities[i].mentions >= 1);
    }
    auto again = detect_body("Vladimir Putin met Xi Jinping in Moscow on May 9, 2024.");
    CHECK(again.d.annotations.size() == r.d.annotations.size()); // deterministic
    CHECK(annotate("", {}).annotations.empty());
}

TEST_CASE("coref: a mixed-case form names the entity rather than an all-caps dateline") {
    auto r = detect_body("DENVER, Colo. — Snow fell on Denver again.");
    CHECK(r.entity_name(Kind::place, "DENVER") == "Denver");
}

TEST_CASE("coref: a title-case headline resolves names word by word and joins them again") {
    auto r = detect_raw("Joe Biden Visits Ohio To Meet Workers\nPresident Joe Biden spoke in Ohio. Biden smiled.\n");
    const Annotation* head = r.find(Kind::person, "Joe Biden", 0);
    REQUIRE(head != nullptr);
    CHECK(head->range.start == 0);
    CHECK(r.entity_name(Kind::person, "Joe Biden", 0) == "Joe Biden");
    CHECK(r.all(Kind::person).size() == 3);
}

TEST_CASE("coref: an organization named by its first word joins the full name") {
    auto r = detect_body("Zentrix Mining bought the mine. Later Zentrix said output rose. The Foreign Ministry agreed.");
    CHECK(r.entity_name(Kind::org, "Zentrix") == "Zentrix Mining");
    CHECK(r.subtype(Kind::org, "Zentrix") == "company");
    CHECK(r.all(Kind::person).empty());
}

TEST_CASE("coref: a place word opening an office's name is no short name of the office") {
    auto r = detect_raw("Man charged in Riverside robbery\nThe Riverside County District Attorney's Office filed charges.\n");
    CHECK(r.has(Kind::place, "Riverside"));
    CHECK_FALSE(r.has(Kind::org, "Riverside"));
}

TEST_CASE("coref: an undefined acronym joins the organization whose initials it spells") {
    auto r = detect_body("Rain fell all night, according to the Regional Flood Authority. "
                         "The RFA said more was coming.");
    CHECK(r.entity_name(Kind::org, "RFA") == "Regional Flood Authority");
}

TEST_CASE("coref: a hyphenated surname alone is one partial person of the full name") {
    auto r = detect_body("Dr. Ifeoma Adebayo-Clarke led the trial. Adebayo-Clarke's team met.");
    CHECK(r.has(Kind::person, "Adebayo-Clarke"));
    CHECK(r.entity_name(Kind::person, "Adebayo-Clarke") == "Ifeoma Adebayo-Clarke");
    CHECK_FALSE(r.has(Kind::person, "Clarke"));
}

TEST_CASE("coref: initials and a name give the name as an alias / a particle surname after a title") {
    auto r = detect_body("The leak was spotted by security researcher S. Kavitha, who told The Star she found it.\n\n"
                         "“Anyone could read it,” said Kavitha, 29.\n\nDeputy Digital Minister Lim Chee Keong told the "
                         "Dewan Rakyat it was bad. Councillor Gethin ap Rhys spoke. “Not 40,” Cllr ap Rhys told the "
                         "meeting.");
    CHECK(r.entity_name(Kind::person, "Kavitha") == "S. Kavitha");
    CHECK(r.speaker("“Anyone") == "S. Kavitha");
    CHECK(r.has(Kind::person, "Lim Chee Keong"));
    CHECK(r.subtype(Kind::org, "Dewan Rakyat") == "government");
    CHECK(r.entity_name(Kind::person, "ap Rhys") == "Gethin ap Rhys");
    CHECK(r.speaker("“Not 40") == "Gethin ap Rhys");
}

TEST_CASE("coref: an initial and a surname join the full name whose given name opens with that letter") {
    auto r = detect_body("Callum McVitie rode the favourite. Results: 2 Kilbride Lass (GB) 7-2 fav C McVitie "
                         "(P Hennelly). McVitie said it was close.");
    CHECK(r.entity_name(Kind::person, "C McVitie") == "Callum McVitie");
    CHECK(r.entity_name(Kind::person, "McVitie") == "Callum McVitie");
    // (Another initial is another person.)
    auto o = detect_body("Callum McVitie rode first. D. McVitie, his cousin, rode second.");
    CHECK(o.entity_name(Kind::person, "D. McVitie") != "Callum McVitie");
}

TEST_CASE("coref: a capitalized particle surname in the headline joins the full name given below it") {
    auto r = detect_raw("Darts: Van der Wal wins in Hildesheim\n\nSjoerd van der Wal beat Liam Outhwaite in the final "
                        "on Sunday. Van der Wal said the crowd helped.\n");
    CHECK(r.entity_name(Kind::person, "Van der Wal", 0) == "Sjoerd van der Wal");
    CHECK(r.entity_name(Kind::person, "Van der Wal", 1) == "Sjoerd van der Wal");
}

TEST_CASE("coref: a company's hyphenated first name alone is the company, unless a person bears it") {
    auto r = detect_body("Hollis-Ward Appliance Co. agreed to buy rival Kestrel Home Products Inc. for $3.1 billion. "
                         "Under the deal, Hollis-Ward will pay $38.50 a share. Hollis-Ward, founded in 1946, has "
                         "9,200 employees.");
    CHECK(r.count(Kind::org, "Hollis-Ward") == 2);
    CHECK_FALSE(r.touches(Kind::person, "Hollis-Ward"));
    auto p = detect_body("Jane Hollis-Ward founded Hollis-Ward Appliance Co. in 1946. Hollis-Ward said she was proud.");
    CHECK(p.has(Kind::person, "Jane Hollis-Ward"));
    CHECK(p.has(Kind::person, "Hollis-Ward"));
}

TEST_CASE("coref: a bare surname two people share goes to the one named more often so far") {
    auto r = detect_body("Aldwyn Baptiste, the trumpeter, has died. Baptiste played at the club for 30 years. Baptiste "
                         "recorded six albums. His father, Cuthbert Baptiste, was a cane cutter. \"In Trinidad you play "
                         "for people to dance,\" Baptiste said.");
    CHECK(r.speaker("\"In Trinidad") == "Aldwyn Baptiste");
}
