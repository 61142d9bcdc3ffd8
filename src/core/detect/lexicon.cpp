// SPDX-License-Identifier: MIT
// Lexicon: one hashed entry per listed word with the classes its exact and lower-case forms have.
#include "detect/lexicon.h"

#include "detect/gazetteer.h"
#include "detect/tokenizer.h"
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

using Table = WordTable<Entry>;

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool has_ascii_upper(std::string_view w) {
    for (char c : w)
        if (c >= 'A' && c <= 'Z') return true;
    return false;
}

// Keys of up to 16 bytes (nearly all) live in flat cells holding their bytes and classes: a
// lookup reads one cell instead of a slot, an entry and the key's bytes. Keys of up to 8 bytes
// (nine tokens in ten) get 16-byte cells, so their tables stay small enough for the cache.
template <std::size_t Chunks>
struct Cell {
    std::uint64_t chunk[Chunks] = {}; ///< the key's word_chunk()s, zero padded
    std::uint8_t size = 0;            ///< key bytes; 0 = empty cell
    Entry entry;
};
static_assert(sizeof(Cell<1>) == 16, "a short-key cell is 16 bytes");

template <std::size_t Chunks>
struct WordChunks {
    std::uint64_t chunk[Chunks];

    WordChunks(std::string_view w) {
        for (std::size_t c = 0; c < Chunks; ++c) chunk[c] = c * 8 < w.size() ? word_chunk(w.data(), w.size(), c) : 0;
    }
    explicit WordChunks(std::uint64_t first) : chunk{first} {} ///< a word of up to 8 bytes
    /// word_hash() of the same bytes.
    std::uint32_t hash(std::size_t size) const {
        std::uint64_t h = word_hash_start(size);
        for (std::size_t c = 0; c * 8 < size; ++c) h = word_hash_step(h, chunk[c]);
        return word_hash_finish(h);
    }
    std::uint64_t upper_bits() const {
        std::uint64_t bits = 0;
        for (std::uint64_t c : chunk) bits |= ascii_upper_bits(c);
        return bits;
    }
    /// The first byte is the only ASCII upper-case letter ("The", "Announced").
    bool capitalized() const {
        if (ascii_upper_bits(chunk[0]) != 0x20) return false;
        for (std::size_t c = 1; c < Chunks; ++c)
            if (ascii_upper_bits(chunk[c]) != 0) return false;
        return true;
    }
    WordChunks folded() const {
        WordChunks f = *this;
        for (std::uint64_t& c : f.chunk) c |= ascii_upper_bits(c);
        return f;
    }
    bool operator==(const std::uint64_t (&other)[Chunks]) const {
        for (std::size_t c = 0; c < Chunks; ++c)
            if (chunk[c] != other[c]) return false;
        return true;
    }
};

template <std::size_t Chunks>
class InlineTable {
public:
    static constexpr std::size_t k_max_key = Chunks * 8;

    void build(const std::vector<std::pair<std::string_view, Entry>>& items) {
        std::size_t cap = 16;
        while (cap < items.size() * 2) cap <<= 1; // load factor at most 0.5: short probe runs
        m_cells.assign(cap, Cell<Chunks>{});
        m_mask = cap - 1;
        for (const auto& [key, entry] : items) {
            const WordChunks<Chunks> w(key);
            std::size_t i = w.hash(key.size()) & m_mask;
            while (m_cells[i].size != 0) i = (i + 1) & m_mask;
            Cell<Chunks>& cell = m_cells[i];
            for (std::size_t c = 0; c < Chunks; ++c) cell.chunk[c] = w.chunk[c];
            cell.size = static_cast<std::uint8_t>(key.size());
            cell.entry = entry;
        }
    }

    const Entry* find(std::size_t size, const WordChunks<Chunks>& w) const {
        if (m_cells.empty()) return nullptr;
        for (std::size_t i = w.hash(size) & m_mask;; i = (i + 1) & m_mask) {
            const Cell<Chunks>& c = m_cells[i];
            if (c.size == 0) return nullptr;
            if (c.size == size && w == c.chunk) return &c.entry;
        }
    }

private:
    std::vector<Cell<Chunks>> m_cells;
    std::size_t m_mask = 0;
};

WordInfo combine(const Entry* exact, const Entry* folded) {
    WordInfo info;
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

// Keys without upper-case ASCII (common and function words, number words) and keys with it
// (names, months, weekdays) live apart: a lower-case token, the usual case, probes only the
// first, smaller table.
template <typename Lookup>
struct KeyTables {
    Lookup lower;
    Lookup cased;
};

// The inline cased tables hold whole answers: a key's entry already carries the folded classes
// and number of its lower-case form, and every lower-case key also has a capitalized key ("The",
// "Announced"). A capitalized token, the usual upper-case shape, then needs one lookup: when it
// misses, no key folds to it either. Other shapes ("USA", "McDonald") still probe both tables.
WordInfo whole(const Entry* e) {
    WordInfo info;
    if (e) {
        info.classes = e->exact;
        info.month = e->month;
        info.number = e->number;
    }
    return info;
}

template <std::size_t Chunks>
WordInfo classify_inline(const KeyTables<InlineTable<Chunks>>& tables, std::size_t size, const WordChunks<Chunks>& w) {
    if (w.upper_bits() == 0) {
        const Entry* e = tables.lower.find(size, w);
        return combine(e, e);
    }
    if (const Entry* e = tables.cased.find(size, w)) return whole(e);
    if (w.capitalized()) return {};
    return combine(nullptr, tables.lower.find(size, w.folded()));
}

// The whole answer for a cased inline key (see whole()): its exact classes and month with the
// folded classes and number of its lower-case form.
Entry whole_entry(const Entry& exact, const Entry* folded) {
    Entry e;
    e.exact = exact.exact;
    e.month = exact.month;
    if (folded) {
        e.exact = static_cast<std::uint16_t>(e.exact | folded->folded);
        e.number = folded->number;
    }
    return e;
}

template <std::size_t Chunks>
void build_tables(KeyTables<InlineTable<Chunks>>& tables,
                  std::vector<std::pair<std::string_view, Entry>>& lower,
                  std::vector<std::pair<std::string_view, Entry>>& cased) {
    tables.lower.build(lower);
    std::vector<std::pair<std::string_view, Entry>> items;
    items.reserve(cased.size() + lower.size());
    WordTable<char> keys(cased.size() + lower.size());
    for (const auto& [key, entry] : cased) {
        keys.insert(key, 1);
        const WordChunks<Chunks> w(key);
        items.emplace_back(key, whole_entry(entry, tables.lower.find(key.size(), w.folded())));
    }
    // Capitalized forms of the lower-case keys. The table keeps only chunks: the strings need
    // to outlive the build alone.
    std::vector<std::string> capitalized;
    capitalized.reserve(lower.size());
    for (const auto& [key, entry] : lower) {
        if (key[0] < 'a' || key[0] > 'z') continue;
        capitalized.emplace_back(key);
        capitalized.back()[0] = static_cast<char>(key[0] - 'a' + 'A');
        if (!keys.insert(capitalized.back(), 1)) continue; // a key of its own, already merged
        items.emplace_back(capitalized.back(), whole_entry(Entry{}, &entry));
    }
    tables.cased.build(items);
}

} // namespace

struct Lexicon::Impl {
    KeyTables<InlineTable<1>> short_keys; ///< 1 to 8 bytes
    KeyTables<InlineTable<2>> mid_keys;   ///< 9 to 16 bytes
    KeyTables<Table> long_keys;           ///< longer keys
    std::size_t max_key = 0;
    bool first_byte[256] = {}; ///< some key starts with this byte
};

Lexicon::Lexicon() : m_impl(new Impl) {
    std::vector<std::string_view> keys = lexicon_words();
    const Gazetteer& g = Gazetteer::instance();
    g.collect_words(keys);
    g.collect_name_words(keys);
    Impl& lex = *m_impl;
    KeyTables<std::vector<std::pair<std::string_view, Entry>>> short_items;
    KeyTables<std::vector<std::pair<std::string_view, Entry>>> mid_items;
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
        set(e.exact, is_legislature_word(k) || is_party_plural(k) || is_road_word(k) || is_region_noun(k) ||
                             is_lowercase_agency(k) || is_school_noun(k),
            k_wc_context_cue);
        set(e.exact, g.has_name(k) || g.max_words_from(k) != 0, k_wc_gazetteer);
        set(e.exact, is_name_head(k), k_wc_name_head);
        e.month = static_cast<std::uint8_t>(month_number(k));
        // Case-insensitive classes: these functions lower-case ASCII before looking up.
        if (!has_ascii_upper(k)) {
            set(e.folded, is_function_word(k), k_wc_function);
            set(e.folded, is_abbreviation_word(k), k_wc_abbreviation);
            set(e.folded, g.is_common_word(k), k_wc_common);
            set(e.folded, is_speech_verb(k), k_wc_speech_verb);
            const long long v = number_word_value(k);
            if (v >= 0) {
                auto* end = m_number_values + numbers;
                auto* at = std::find(m_number_values, end, v);
                if (at == end) m_number_values[numbers++] = v; // 34 number words: room enough
                e.number = static_cast<std::int8_t>(at - m_number_values);
            }
        }
        if (e.exact == 0 && e.folded == 0 && e.month == 0 && e.number < 0) continue;
        const bool cased = has_ascii_upper(k);
        if (k.size() <= InlineTable<1>::k_max_key) (cased ? short_items.cased : short_items.lower).emplace_back(k, e);
        else if (k.size() <= InlineTable<2>::k_max_key) (cased ? mid_items.cased : mid_items.lower).emplace_back(k, e);
        else (cased ? lex.long_keys.cased : lex.long_keys.lower).insert(k, e);
        lex.max_key = std::max(lex.max_key, k.size());
        lex.first_byte[static_cast<unsigned char>(k[0])] = true;
    }
    build_tables(lex.short_keys, short_items.lower, short_items.cased);
    build_tables(lex.mid_keys, mid_items.lower, mid_items.cased);
}

const Lexicon& Lexicon::instance() {
    static const Lexicon lexicon;
    return lexicon;
}

WordInfo Lexicon::classify(std::string_view word) const {
    const Impl& lex = *m_impl;
    if (word.empty() || word.size() > lex.max_key) return {}; // longer than every key
    const char first = word[0];
    if (!lex.first_byte[static_cast<unsigned char>(first)] &&
        !lex.first_byte[static_cast<unsigned char>(ascii_lower(first))])
        return {};
    if (word.size() <= InlineTable<1>::k_max_key)
        return classify_inline(lex.short_keys, word.size(), WordChunks<1>(word));
    if (word.size() <= InlineTable<2>::k_max_key)
        return classify_inline(lex.mid_keys, word.size(), WordChunks<2>(word));
    return classify_long(word);
}

WordInfo Lexicon::classify_short(std::uint64_t bytes, std::size_t size) const {
    const Impl& lex = *m_impl;
    // classify()'s filters: longer than every key, or a first byte no key starts with.
    if (size == 0 || size > lex.max_key) return {};
    const auto first = static_cast<char>(bytes & 0xFF);
    if (!lex.first_byte[static_cast<unsigned char>(first)] &&
        !lex.first_byte[static_cast<unsigned char>(ascii_lower(first))])
        return {};
    return classify_inline(lex.short_keys, size, WordChunks<1>(bytes));
}

WordInfo Lexicon::classify_long(std::string_view word) const {
    const Impl& lex = *m_impl;
    const bool upper = has_ascii_upper(word);
    const Entry* exact = (upper ? lex.long_keys.cased : lex.long_keys.lower).find(word);
    const Entry* folded =
        upper ? lex.long_keys.lower.find_hashed(word_hash(word, true), [word](std::string_view key) { return equals_lower(word, key); })
              : exact;
    return combine(exact, folded);
}

} // namespace gloss::core::detect
