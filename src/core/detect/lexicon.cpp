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
    std::string_view key;
    std::uint16_t exact = 0;
    std::uint16_t folded = 0;
    std::uint8_t month = 0;
    std::int8_t number = -1;
};

// Open addressing over compact slots (hash + entry index): a probe reads 8 bytes, and an entry
// only when the hash matches, so the probed part of the table stays small enough for L2.
struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t entry = 0; ///< index + 1 into the entries; 0 = empty
};

constexpr std::uint32_t k_fnv_basis = 2166136261u;
constexpr std::uint32_t k_fnv_prime = 16777619u;

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::uint32_t finish_hash(std::uint32_t h) { return h ^ (h >> 15); }

std::uint32_t hash_of(std::string_view w) {
    std::uint32_t h = k_fnv_basis ^ static_cast<std::uint32_t>(w.size());
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * k_fnv_prime;
    return finish_hash(h);
}

bool has_ascii_upper(std::string_view w) {
    for (char c : w)
        if (c >= 'A' && c <= 'Z') return true;
    return false;
}

} // namespace

struct Lexicon::Impl {
    std::vector<Slot> slots;
    std::vector<Entry> entries;
    std::uint32_t mask = 0;
    std::size_t max_key = 0;
    bool first_byte[256] = {}; ///< some key starts with this byte

    void insert(const Entry& e) {
        const std::uint32_t h = hash_of(e.key);
        std::uint32_t i = h & mask;
        while (slots[i].entry != 0) i = (i + 1) & mask;
        entries.push_back(e);
        slots[i] = Slot{h, static_cast<std::uint32_t>(entries.size())};
        max_key = std::max(max_key, e.key.size());
        first_byte[static_cast<unsigned char>(e.key[0])] = true;
    }

    // Entry whose key equals word, compared exactly or (folded) after ASCII lower-casing word.
    template <bool folded>
    const Entry* find(std::string_view word, std::uint32_t h) const {
        for (std::uint32_t i = h & mask;; i = (i + 1) & mask) {
            const Slot& slot = slots[i];
            if (slot.entry == 0) return nullptr;
            if (slot.hash != h) continue;
            const Entry& e = entries[slot.entry - 1];
            if (folded ? equals_lower(word, e.key) : e.key == word) return &e;
        }
    }
};

Lexicon::Lexicon() : m_impl(new Impl) {
    std::vector<std::string_view> keys = lexicon_words();
    const Gazetteer& g = Gazetteer::instance();
    g.collect_words(keys);
    Impl& lex = *m_impl;
    std::uint32_t capacity = 16;
    while (capacity < keys.size() * 2) capacity <<= 1;
    lex.slots.assign(capacity, Slot{});
    lex.mask = capacity - 1;
    lex.entries.reserve(keys.size());
    WordTable<char> seen(keys.size());
    std::size_t numbers = 0;
    for (std::string_view k : keys) {
        if (k.empty() || !seen.insert(k, 1)) continue;
        Entry e;
        e.key = k;
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
        lex.insert(e);
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
    std::uint32_t exact_hash = k_fnv_basis ^ static_cast<std::uint32_t>(word.size());
    std::uint32_t lower_hash = exact_hash;
    bool upper = false;
    for (char c : word) {
        const char l = ascii_lower(c);
        upper = upper || l != c;
        exact_hash = (exact_hash ^ static_cast<unsigned char>(c)) * k_fnv_prime;
        lower_hash = (lower_hash ^ static_cast<unsigned char>(l)) * k_fnv_prime;
    }
    const Entry* exact = lex.find<false>(word, finish_hash(exact_hash));
    const Entry* folded = upper ? lex.find<true>(word, finish_hash(lower_hash)) : exact;
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
