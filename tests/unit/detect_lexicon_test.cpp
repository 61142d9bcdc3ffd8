// SPDX-License-Identifier: MIT
// Lexicon: the per-token word classes agree with the word functions they cache.
#include "detect/gazetteer.h" // internal headers: src/core is on the test include path
#include "detect/lexicon.h"
#include "detect/tokenizer.h"
#include "detect/words.h"
#include "gloss/assets.h"
#include "gloss/blocks.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using namespace gloss::core;
using namespace gloss::core::detect;

namespace {

// The classes the word functions give for w, as the lexicon should report them.
WordInfo expected_info(std::string_view w) {
    const Gazetteer& g = Gazetteer::instance();
    WordInfo info;
    auto set = [&](bool on, WordClass c) {
        if (on) info.classes = static_cast<std::uint16_t>(info.classes | c);
    };
    set(is_weekday(w), k_wc_weekday);
    set(is_function_word(w), k_wc_function);
    set(is_title_word(w), k_wc_title);
    set(is_title_modifier(w), k_wc_title_modifier);
    set(is_non_entity_head(w), k_wc_non_entity_head);
    set(is_abbreviation_word(w), k_wc_abbreviation);
    set(sports_word_weight(w) >= 1, k_wc_sports);
    set(sports_word_weight(w) == 2, k_wc_sports_strong);
    set(g.is_common_word(w), k_wc_common);
    set(g.is_demonym(w), k_wc_demonym);
    set(g.is_given_name(w), k_wc_given);
    set(g.is_family_first(w), k_wc_family_first);
    set(is_legislature_word(w) || is_party_plural(w) || is_road_word(w) || is_region_noun(w), k_wc_context_cue);
    set(g.has_name(w) || g.max_words_from(w) != 0, k_wc_gazetteer);
    set(is_name_head(w), k_wc_name_head);
    set(is_speech_verb(w), k_wc_speech_verb);
    info.month = static_cast<std::uint8_t>(month_number(w));
    return info;
}

void check_word(std::string_view w) {
    const Lexicon& lex = Lexicon::instance();
    const WordInfo got = lex.classify(w);
    const WordInfo want = expected_info(w);
    INFO("word: " << std::string(w));
    CHECK(got.classes == want.classes);
    CHECK(got.month == want.month);
    const long long number = number_word_value(w);
    CHECK(got.is_number_word() == (number >= 0));
    if (got.is_number_word()) CHECK(lex.number_value(got) == number);
}

} // namespace

TEST_CASE("lexicon: case-sensitive and case-insensitive classes match the word functions") {
    for (std::string_view w :
         {"Monday", "MONDAY", "monday", "Mon", "The", "THE", "the", "President", "president", "Prime", "Day",
          "Dr", "dr", "DR", "Senate", "senate", "Tories", "county", "County", "Interstate", "goals", "Goals", "season", "January", "JANUARY", "Jan", "JAN", "january", "May",
          "may", "MAY", "Twenty", "TWENTY", "twenty", "dozen", "Serbian", "serbian", "John", "JOHN", "Xi",
          "great", "Great", "GREAT", "of", "a", "A", "", "x", "Wednesday's", "naïve", "Zürich",
          "Serbia", "SERBIA", "Belgrade", "U.S.", "New", "Hong", "Ministry", "Ministry.", "ministry", "Airport", "Mount",
          "Corp.", "N.V.", "plant", "Plant", "PLANT",
          "supercalifragilisticexpialidocious-and-then-some-more-letters-to-pass-sixty-four-bytes"})
        check_word(w);
}

TEST_CASE("gazetteer: find_word answers as find, with or without the lexicon bit") {
    const Gazetteer& g = Gazetteer::instance();
    for (std::string_view w : {"Serbia", "SERBIA", "Belgrade", "BELGRADE", "BOGOTÁ", "belgrade", "Nowhereville", "NATO", "the"}) {
        INFO("word: " << std::string(w));
        const GazetteerEntry want = g.find(w);
        const GazetteerEntry got = g.find_word(w, Lexicon::instance().classify(w).has(k_wc_gazetteer));
        CHECK(got.kind == want.kind);
        CHECK(std::string_view(got.subtype) == std::string_view(want.subtype));
    }
}

TEST_CASE("lexicon: every token of the sample article carries the classes of its text") {
    const std::string_view text = sample_article();
    const TokenTable t = tokenize(text, parse_blocks(text));
    REQUIRE(t.size() > 100);
    for (std::uint32_t i = 0; i < t.size(); ++i) {
        const WordInfo want = expected_info(t.str(i));
        INFO("token: " << std::string(t.str(i)));
        CHECK(t.tokens[i].lex.classes == want.classes);
        CHECK(t.tokens[i].lex.month == want.month);
        CHECK(t.tokens[i].lex.is_number_word() == (number_word_value(t.str(i)) >= 0));
    }
}

TEST_CASE("lexicon: classify_short answers as classify() for every shape of short word") {
    const Lexicon& lex = Lexicon::instance();
    const Gazetteer& g = Gazetteer::instance();
    // Listed and unlisted words of every case shape, each of 1 to 8 bytes, asked twice in two orders.
    std::vector<std::string> words;
    for (std::string_view w : {"the", "The", "THE", "said", "Said", "May", "may", "Monday", "Serbia", "SERBIA",
                               "John", "john", "twenty", "Twenty", "of", "a", "A", "Xi", "McKay", "USA"})
        words.emplace_back(w);
    for (int i = 0; i < 40000; ++i) {
        std::string w = "w" + std::to_string(i * 7919 % 100000);
        if (i % 3 == 1) w[0] = 'W';
        if (i % 5 == 2) w = "Zq" + w.substr(1);
        words.push_back(w.substr(0, 8));
    }
    std::vector<std::string_view> names;
    g.collect_name_words(names);
    for (std::size_t i = 0; i < names.size() && i < 30000; i += 3)
        if (!names[i].empty() && names[i].size() <= 8) words.emplace_back(names[i]);
    std::size_t checked = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t k = 0; k < words.size(); ++k) {
            const std::string& w = words[pass == 0 ? k : words.size() - 1 - k];
            std::uint64_t bytes = 0;
            for (std::size_t c = 0; c < w.size(); ++c) bytes |= std::uint64_t{static_cast<unsigned char>(w[c])} << (8 * c);
            const WordInfo got = lex.classify_short(bytes, w.size());
            const WordInfo want = lex.classify(w);
            if (got.classes != want.classes || got.month != want.month || got.number != want.number) {
                INFO("word: " << w);
                CHECK(got.classes == want.classes);
                CHECK(got.month == want.month);
                CHECK(got.number == want.number);
            }
            ++checked;
        }
    }
    CHECK(checked > 2 * 40000);
}
