// SPDX-License-Identifier: MIT
// Tokenizer and gazetteer: token table shapes, sentence starts, title lines, embedded lists.
#include "detect/gazetteer.h" // internal headers: src/core is on the test include path
#include "detect/tokenizer.h"
#include "gloss/blocks.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace gloss::core;
using namespace gloss::core::detect;

namespace {
std::vector<std::string> words(const TokenTable& t) {
    std::vector<std::string> out;
    for (std::uint32_t i = 0; i < t.size(); ++i) out.emplace_back(t.str(i));
    return out;
}
TokenTable tok(const std::string& text) { return tokenize(text, parse_blocks(text)); }
} // namespace

TEST_CASE("tokenizer: the possessive 's is its own token, straight or curly") {
    std::string text = "Headline here\nChina's leader and Serbia’s stance.\n";
    auto t = tok(text);
    auto w = words(t);
    REQUIRE(w.size() >= 9);
    CHECK(w[2] == "China");
    CHECK(w[3] == "'s");
    CHECK(t.tokens[3].type == TokenType::possessive);
    CHECK(w[6] == "Serbia");
    CHECK(w[7] == "’s");
}

TEST_CASE("tokenizer: the ʻokina is a letter, and opens a capitalized word before a capital") {
    std::string text = "Headline here\nFlights from Hawaiʻi to ʻEua resumed.\n";
    auto t = tok(text);
    auto w = words(t);
    REQUIRE(w.size() >= 7);
    CHECK(w[4] == "Hawaiʻi");
    CHECK(w[6] == "ʻEua");
    CHECK(t.tokens[6].has(k_cap));
    // The lists write it as an apostrophe or leave it out.
    CHECK(Gazetteer::instance().find("Hawaiʻi").found());
}

TEST_CASE("tokenizer: dotted abbreviations are one token, an initial is not") {
    std::string text = "Headline here\nThe U.S. envoy met Mary T. Smith at 9 a.m. today.\n";
    auto t = tok(text);
    auto w = words(t);
    CHECK(std::find(w.begin(), w.end(), "U.S.") != w.end());
    CHECK(std::find(w.begin(), w.end(), "a.m.") != w.end());
    CHECK(std::find(w.begin(), w.end(), "T") != w.end());
}

TEST_CASE("tokenizer: numbers keep thousands separators, decimals, times and attached letters") {
    std::string text = "Headline here\nAbout 4,210 homes, 3.5 km, 9:15, 3/14/21, the 1990s and 2,1 votes.\n";
    auto w = words(tok(text));
    for (const char* want : {"4,210", "3.5", "km", "9:15", "3/14/21", "1990s"})
        CHECK(std::find(w.begin(), w.end(), want) != w.end());
    CHECK(std::find(w.begin(), w.end(), "2,1") == w.end()); // comma not before three digits
}

TEST_CASE("tokenizer: sentence starts follow . ! ? but not an abbreviation like Mr.") {
    std::string text = "Headline here\nIt rained. Then Mr. Jones left! Why?\n";
    auto t = tok(text);
    auto at = [&](std::string_view w) {
        for (std::uint32_t i = 0; i < t.size(); ++i)
            if (t.str(i) == w) return t.tokens[i].has(k_sentence_start);
        return false;
    };
    CHECK(at("It"));
    CHECK(at("Then"));
    CHECK_FALSE(at("Jones"));
    CHECK(at("Why"));
}

TEST_CASE("tokenizer: a title-case headline is flagged, a sentence-case one is not") {
    auto t1 = tok("Officials Warn Of Storm Damage In Ohio\nBody text here.\n");
    CHECK(t1.tokens[0].has(k_title_line));
    auto t2 = tok("Officials warn of storm damage in Ohio\nBody text here.\n");
    CHECK_FALSE(t2.tokens[0].has(k_title_line));
}

TEST_CASE("tokenizer: image lines contribute only their caption") {
    std::string text = "Headline here\n![Putin in Moscow. [AFP]](/img/2025/06/09/photo-370.webp)\n";
    auto w = words(tok(text));
    CHECK(std::find(w.begin(), w.end(), "Putin") != w.end());
    CHECK(std::find(w.begin(), w.end(), "webp") == w.end());
    CHECK(std::find(w.begin(), w.end(), "2025") == w.end());
}

TEST_CASE("gazetteer: embedded lists load with real sizes and expected entries") {
    const Gazetteer& g = Gazetteer::instance();
    CHECK(g.place_count() > 5000);
    CHECK(g.org_count() > 200);
    CHECK(g.given_name_count() > 5000);
    auto serbia = g.find("Serbia");
    CHECK(serbia.kind == Kind::place);
    CHECK(std::string(serbia.subtype) == "country");
    CHECK(std::string(g.find("Budapest").subtype) == "city");
    CHECK(g.find("European Union").kind == Kind::org);
    CHECK(g.find("BELGRADE").kind == Kind::place); // all-caps form
    CHECK_FALSE(g.find("Nowhereville").found());
    CHECK(g.is_demonym("Serbian"));
    CHECK(g.is_demonym("Chinese"));
    CHECK(g.is_given_name("Vladimir"));
    CHECK(g.is_family_first("Xi"));
}

TEST_CASE("gazetteer: given names from the Ruby and Python Faker lists, less titles, words and surnames") {
    const Gazetteer& g = Gazetteer::instance();
    for (const char* name : {"Hiroshi", "Haruka", "Saeed", "Majid", "Aroha", "Lesego", "Chalerm"})
        CHECK_MESSAGE(g.is_given_name(name), name);
    // A title, a people's adjective, a settlement spelled without its accents, a Faker surname
    for (const char* word : {"Daw", "Kamnan", "Thai", "Danish", "Chakan", "Khan"})
        CHECK_MESSAGE(!g.is_given_name(word), word);
}
