// SPDX-License-Identifier: MIT
// Lexicon: one hashed entry per listed word with the classes its exact and lower-case forms have.
#include "detect/lexicon.h"

#include "detect/gazetteer.h"
#include "detect/word_table.h"
#include "detect/words.h"

#include <algorithm>
#include <string>
#include <vector>

namespace gloss::core::detect {

namespace {

// Classes a key has when a token equals it byte for byte, and when a token's ASCII lower-case
// form equals it (only meaningful for keys without upper-case ASCII).
struct Entry {
    std::uint16_t exact = 0;
    std::uint16_t folded = 0;
    std::uint8_t month = 0;
    std::int8_t number = -1;
};

bool has_ascii_upper(std::string_view w) {
    for (char c : w)
        if (c >= 'A' && c <= 'Z') return true;
    return false;
}

} // namespace

struct Lexicon::Impl {
    WordTable<Entry> table;
    std::size_t max_key = 0;
};

Lexicon::Lexicon() : m_impl(new Impl) {
    std::vector<std::string_view> keys = lexicon_words();
    const Gazetteer& g = Gazetteer::instance();
    g.collect_words(keys);
    Impl& lex = *m_impl;
    lex.table.reserve(keys.size());
    std::size_t numbers = 0;
    for (std::string_view k : keys) {
        if (lex.table.contains(k)) continue;
        Entry e;
        auto set = [](std::uint16_t& bits, bool on, WordClass c) {
            if (on) bits = static_cast<std::uint16_t>(bits | c);
        };
        // Case-sensitive classes.
        set(e.exact, is_weekday(k), k_wc_weekday);
        set(e.exact, is_title_word(k), k_wc_title);
        set(e.exact, is_title_modifier(k), k_wc_title_modifier);
        set(e.exact, is_non_entity_head(k), k_wc_non_entity_head);
        set(e.exact, sports_word_weight(k) >= 1, k_wc_sports);
        set(e.exact, sports_word_weight(k) == 2, k_wc_sports_strong);
        set(e.exact, g.is_demonym(k), k_wc_demonym);
        set(e.exact, g.is_given_name(k), k_wc_given);
        set(e.exact, g.is_family_first(k), k_wc_family_first);
        e.month = static_cast<std::uint8_t>(month_number(k));
        // Case-insensitive classes: these functions lower-case ASCII before looking up.
        if (!has_ascii_upper(k)) {
            set(e.folded, is_function_word(k), k_wc_function);
            set(e.folded, is_abbreviation_word(k), k_wc_abbreviation);
            set(e.folded, g.is_common_word(k), k_wc_common);
            const long long v = number_word_value(k);
            if (v >= 0) {
                auto* end = m_number_values + numbers;
                auto* at = std::find(m_number_values, end, v);
                if (at == end) m_number_values[numbers++] = v; // 34 number words: room enough
                e.number = static_cast<std::int8_t>(at - m_number_values);
            }
        }
        if (e.exact == 0 && e.folded == 0 && e.month == 0 && e.number < 0) continue;
        lex.table.insert(k, e);
        lex.max_key = std::max(lex.max_key, k.size());
    }
}

const Lexicon& Lexicon::instance() {
    static const Lexicon lexicon;
    return lexicon;
}

WordInfo Lexicon::classify(std::string_view word) const {
    WordInfo info;
    const Impl& lex = *m_impl;
    if (word.size() > lex.max_key) return info; // longer than every key
    const Entry* exact = lex.table.find(word);
    const Entry* folded = exact;
    if (has_ascii_upper(word)) {
        char buf[64];
        std::string long_buf;
        char* out = buf;
        if (word.size() > sizeof(buf)) {
            long_buf.resize(word.size());
            out = long_buf.data();
        }
        for (std::size_t i = 0; i < word.size(); ++i) {
            const char c = word[i];
            out[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
        folded = lex.table.find(std::string_view(out, word.size()));
    }
    if (exact) {
        info.classes = exact->exact;
        info.month = exact->month;
    }
    if (folded) {
        info.classes = static_cast<std::uint16_t>(info.classes | folded->folded);
        info.number = folded->number;
    }
    return info;
}

} // namespace gloss::core::detect
