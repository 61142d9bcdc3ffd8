// SPDX-License-Identifier: MIT
// Lexicon: one hashed entry per listed word with the classes its exact and lower-case forms have.
#include "detect/lexicon.h"

#include "detect/gazetteer.h"
#include "detect/tokenizer.h"
#include "detect/word_table.h"
#include "detect/words.h"

#include <algorithm>
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

using Table = WordTable<Entry>;

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool has_ascii_upper(std::string_view w) {
    for (char c : w)
        if (c >= 'A' && c <= 'Z') return true;
    return false;
}

} // namespace

// Keys without upper-case ASCII (common and function words, number words) and keys with it
// (names, months, weekdays) live apart: a lower-case token, the usual case, probes only the
// first, smaller table, which then stays in cache.
struct Lexicon::Impl {
    Table lower_keys;
    Table cased_keys;
    std::size_t max_key = 0;
    bool first_byte[256] = {}; ///< some key starts with this byte
};

Lexicon::Lexicon() : m_impl(new Impl) {
    std::vector<std::string_view> keys = lexicon_words();
    const Gazetteer& g = Gazetteer::instance();
    g.collect_words(keys);
    Impl& lex = *m_impl;
    lex.lower_keys.reserve(keys.size() / 2);
    lex.cased_keys.reserve(keys.size() / 2);
    WordTable<char> seen(keys.size());
    std::size_t numbers = 0;
    for (std::string_view k : keys) {
        if (k.empty() || !seen.insert(k, 1)) continue;
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
        set(e.exact, is_legislature_word(k) || is_party_plural(k) || is_road_word(k) || is_region_noun(k),
            k_wc_context_cue);
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
        (has_ascii_upper(k) ? lex.cased_keys : lex.lower_keys).insert(k, e);
        lex.max_key = std::max(lex.max_key, k.size());
        lex.first_byte[static_cast<unsigned char>(k[0])] = true;
    }
}

const Lexicon& Lexicon::instance() {
    static const Lexicon lexicon;
    return lexicon;
}

WordInfo Lexicon::classify(std::string_view word) const {
    WordInfo info;
    const Impl& lex = *m_impl;
    if (word.empty() || word.size() > lex.max_key) return info; // longer than every key
    const char first = word[0];
    if (!lex.first_byte[static_cast<unsigned char>(first)] &&
        !lex.first_byte[static_cast<unsigned char>(ascii_lower(first))])
        return info;
    // Hashes of the exact and the lower-cased bytes in one pass.
    std::uint32_t exact_hash = Table::hash_start(word.size());
    std::uint32_t lower_hash = exact_hash;
    bool upper = false;
    for (char c : word) {
        const char l = ascii_lower(c);
        upper = upper || l != c;
        exact_hash = Table::hash_step(exact_hash, c);
        lower_hash = Table::hash_step(lower_hash, l);
    }
    const Table& exact_table = upper ? lex.cased_keys : lex.lower_keys;
    const Entry* exact =
        exact_table.find_hashed(Table::hash_finish(exact_hash), [word](std::string_view key) { return key == word; });
    const Entry* folded = upper ? lex.lower_keys.find_hashed(Table::hash_finish(lower_hash),
                                                             [word](std::string_view key) { return equals_lower(word, key); })
                                : exact;
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
