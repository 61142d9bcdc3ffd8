// SPDX-License-Identifier: MIT
// Gazetteer: parses the embedded TSV/TXT lists once into hashed views (no copies of the data).
#include "detect/gazetteer.h"

#include "gloss/assets.h"

#include "detect/tokenizer.h"
#include "detect/word_table.h"

namespace gloss::core::detect {

/// Two bits per key, from its word-table hash: most lookups of a table (spans of capitalized
/// words) miss, and this 16 KB filter answers nearly all of those from the cache, without a probe
/// of the table's slot array. About one miss in twenty still probes.
template <unsigned Bits>
class HashFilter {
public:
    template <typename V>
    void add_keys(const WordTable<V>& table) {
        table.for_each([this](std::string_view key, const V&) {
            const std::uint32_t h = WordTable<V>::hash(key);
            for (const std::uint32_t bit : {bit_a(h), bit_b(h)}) m_bits[bit / 64] |= std::uint64_t{1} << (bit % 64);
        });
    }
    bool may_contain(std::uint32_t hash) const {
        const std::uint32_t a = bit_a(hash);
        const std::uint32_t b = bit_b(hash);
        return ((m_bits[a / 64] >> (a % 64)) & (m_bits[b / 64] >> (b % 64)) & 1u) != 0;
    }

private:
    static constexpr std::uint32_t k_bits = 1u << Bits;
    static std::uint32_t bit_a(std::uint32_t hash) { return hash & (k_bits - 1); }
    static std::uint32_t bit_b(std::uint32_t hash) { return (hash >> (32 - Bits)) & (k_bits - 1); }
    std::vector<std::uint64_t> m_bits = std::vector<std::uint64_t>(k_bits / 64, 0);
};

struct Gazetteer::Impl {
    WordTable<GazetteerEntry> names;
    HashFilter<17> name_filter; ///< in front of names (half a megabyte of slots)
    WordTable<std::uint32_t> first_word_span;
    WordTable<char> given;
    WordTable<char> family_first;
    WordTable<char> demonyms;
    WordTable<char> common;
    WordTable<char> towns;
    // (80,000 towns, two bits each: 2^19 bits keep false hits near one in fifteen.)
    HashFilter<19> town_filter; ///< most words asked about are no town
    WordTable<char> given_towns;
    WordTable<char> common_towns;
    std::size_t places = 0;
    std::size_t orgs = 0;
};

namespace {

const char* intern_subtype(std::string_view s) {
    static const char* const k_known[] = {
        "country", "region", "city", "continent", "geo", "facility", "street", "address",
        "company", "media", "government", "party", "team", "education", "nonprofit",
        "intergovernmental", "other"};
    for (const char* k : k_known)
        if (s == k) return k;
    return "other";
}

template <typename Fn>
void for_each_line(std::string_view data, Fn fn) {
    std::size_t pos = 0;
    while (pos < data.size()) {
        std::size_t nl = data.find('\n', pos);
        if (nl == std::string_view::npos) nl = data.size();
        std::string_view line = data.substr(pos, nl - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (!line.empty() && line[0] != '#') fn(line);
        pos = nl + 1;
    }
}

std::string_view first_word(std::string_view name) {
    std::size_t i = 0;
    while (i < name.size() && name[i] != ' ' && name[i] != '/' && name[i] != '-' && name[i] != '\'' &&
           !(name[i] == '.' && i + 1 < name.size()))
        ++i;
    return name.substr(0, i);
}

// Upper bound of the tokens the name spans (separators count as tokens).
std::uint32_t token_bound(std::string_view name) {
    std::uint32_t n = 1;
    for (char c : name)
        if (c == ' ' || c == '/' || c == '-' || c == '\'' || c == '.' || c == '&') n += 2;
    return n;
}

void load_tsv(Gazetteer::Impl& g, std::string_view data, Kind kind, std::size_t& count) {
    for_each_line(data, [&](std::string_view line) {
        std::size_t tab = line.find('\t');
        std::string_view name = tab == std::string_view::npos ? line : line.substr(0, tab);
        std::string_view sub = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
        if (name.empty()) return;
        g.names.insert(name, GazetteerEntry{kind, intern_subtype(sub)});
        std::string_view fw = first_word(name);
        std::uint32_t b = token_bound(name);
        std::uint32_t* span = g.first_word_span.find(fw);
        if (!span) g.first_word_span.insert(fw, b);
        else if (b > *span) *span = b;
        ++count;
    });
}

void load_set(WordTable<char>& set, std::string_view data) {
    for_each_line(data, [&](std::string_view line) { set.insert(line, 1); });
}

// table.find(key), with its filter first.
template <typename V, typename Filter>
const V* find_filtered(const WordTable<V>& table, const Filter& filter, std::string_view key) {
    const std::uint32_t h = WordTable<V>::hash(key);
    if (!filter.may_contain(h)) return nullptr;
    return table.find_hashed(h, [key](std::string_view k) { return same_word(k, key); });
}

const GazetteerEntry* find_name(const Gazetteer::Impl& g, std::string_view name) {
    return find_filtered(g.names, g.name_filter, name);
}

// All-caps text (at most 64 bytes) into buf in title case: "BELGRADE" → "Belgrade", "TEXAS CITY" →
// "Texas City", "BOGOTÁ" → "Bogotá".
void title_case(std::string_view name, char (&buf)[64]) {
    bool word_start = true;
    bool lead_at_start = false; // the UTF-8 lead byte before this one opened a word
    for (std::size_t i = 0; i < name.size(); ++i) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z' && !word_start) c = static_cast<char>(c - 'A' + 'a');
        // Latin-1 capitals "À".."Þ" (UTF-8 C3 80..C3 9E, not × C3 97): "BOGOTÁ" → "Bogotá".
        const auto u = static_cast<unsigned char>(c);
        if (i > 0 && !lead_at_start && static_cast<unsigned char>(name[i - 1]) == 0xC3 && u >= 0x80 &&
            u <= 0x9E && u != 0x97)
            c = static_cast<char>(u + 0x20);
        lead_at_start = word_start;
        buf[i] = c;
        word_start = (c == ' ' || c == '-' || c == '/');
    }
}

} // namespace

Gazetteer::Gazetteer() : m_impl(new Impl) {
    Impl& g = *m_impl;
    g.names.reserve(16384);
    g.first_word_span.reserve(16384);
    // Organizations first: on a clash ("Georgia" never is one) the earlier entry wins.
    load_tsv(g, embedded_asset("orgs.tsv"), Kind::org, g.orgs);
    load_tsv(g, embedded_asset("places.tsv"), Kind::place, g.places);
    g.name_filter.add_keys(g.names);
    g.given.reserve(16384);
    g.demonyms.reserve(1024);
    // "Francesca\tf": a name, and its sex where the data gives one ('f' or 'm'; 1 when none).
    for_each_line(embedded_asset("given_names.txt"), [&g](std::string_view line) {
        const std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos) {
            g.given.insert(line, 1);
        } else if (tab + 1 < line.size()) {
            g.given.insert(line.substr(0, tab), line[tab + 1]);
        }
    });
    load_set(g.family_first, embedded_asset("family_first.txt"));
    load_set(g.demonyms, embedded_asset("demonyms.txt"));
    g.common.reserve(12000);
    load_set(g.common, embedded_asset("common_words.txt"));
    g.towns.reserve(98304);
    load_set(g.towns, embedded_asset("towns.txt"));
    g.town_filter.add_keys(g.towns);
    load_set(g.given_towns, embedded_asset("given_towns.txt"));
    load_set(g.common_towns, embedded_asset("common_towns.txt"));
}

const Gazetteer& Gazetteer::instance() {
    static const Gazetteer g;
    return g;
}


GazetteerEntry Gazetteer::find(std::string_view name) const {
    if (const GazetteerEntry* e = find_name(*m_impl, name)) return *e;
    // "Côte d’Ivoire": the lists spell the apostrophe straight.
    if (const std::size_t q = name.find("\xE2\x80\x99"); q != std::string_view::npos && name.size() <= 64) {
        char straight[64];
        std::size_t len = 0;
        for (std::size_t i = 0; i < name.size(); ++i) {
            if (name.compare(i, 3, "\xE2\x80\x99") == 0) {
                straight[len++] = '\'';
                i += 2;
            } else {
                straight[len++] = name[i];
            }
        }
        return find(std::string_view(straight, len));
    }
    // "Nukuʻalofa", "Hawaiʻi": the lists write the ʻokina as an apostrophe or leave it out.
    if (const std::size_t q = name.find("\xCA\xBB"); q != std::string_view::npos && name.size() <= 64) {
        char straight[64];
        char dropped[64];
        std::size_t len = 0;
        std::size_t dlen = 0;
        for (std::size_t i = 0; i < name.size(); ++i) {
            if (name.compare(i, 2, "\xCA\xBB") == 0) {
                straight[len++] = '\'';
                ++i;
            } else {
                straight[len++] = name[i];
                dropped[dlen++] = name[i];
            }
        }
        if (const GazetteerEntry* e = find_name(*m_impl, std::string_view(straight, len))) return *e;
        if (const GazetteerEntry* e = find_name(*m_impl, std::string_view(dropped, dlen))) return *e;
        return {};
    }
    // "Khyber-Pakhtunkhwa": a place the lists spell with a space, written with a hyphen between
    // two capitalized words.
    if (const std::size_t h = name.find('-'); h != std::string_view::npos && h > 0 && h + 1 < name.size() &&
                                              name.size() <= 64 && name[h + 1] >= 'A' && name[h + 1] <= 'Z' &&
                                              name[0] >= 'A' && name[0] <= 'Z' && name.find(' ') == std::string_view::npos) {
        char spaced[64];
        for (std::size_t i = 0; i < name.size(); ++i) spaced[i] = name[i] == '-' ? ' ' : name[i];
        const GazetteerEntry* e = find_name(*m_impl, std::string_view(spaced, name.size()));
        if (e && e->kind == Kind::place) return *e;
    }
    // All-caps text ("BELGRADE", "VLADIMIR PUTIN"): try the title-case form. The size tests come
    // first, and a mixed-case miss (most misses) leaves at its first lower-case letter.
    if (name.size() > 64 || name.size() < 4) return {};
    bool has_alpha = false;
    for (char c : name) {
        if (c >= 'a' && c <= 'z') return {};
        if ((c >= 'A' && c <= 'Z')) has_alpha = true;
    }
    if (!has_alpha) return {};
    char buf[64];
    title_case(name, buf);
    if (const GazetteerEntry* e = find_name(*m_impl, std::string_view(buf, name.size()))) return *e;
    // "GLOBE AND MAIL", "BANK OF ENGLAND": connectors after the first word are lower case (in
    // names of three words or more).
    std::size_t spaces = 0;
    for (char c : name) spaces += c == ' ';
    if (spaces < 2) return {};
    bool changed = false;
    for (std::size_t i = 1; i + 1 < name.size(); ++i) {
        if (buf[i - 1] != ' ') continue;
        std::size_t e = i;
        while (e < name.size() && buf[e] != ' ') ++e;
        const std::string_view w(buf + i, e - i);
        if (w == "And" || w == "Of" || w == "The" || w == "For" || w == "On" || w == "In" || w == "At" ||
            w == "De" || w == "Du" || w == "Des" || w == "La" || w == "Le" || w == "Del") {
            buf[i] = static_cast<char>(buf[i] - 'A' + 'a');
            changed = true;
        }
    }
    if (changed)
        if (const GazetteerEntry* e = find_name(*m_impl, std::string_view(buf, name.size()))) return *e;
    return {};
}

GazetteerEntry Gazetteer::find_word(std::string_view word, bool known) const {
    if (!known && word.find("\xCA\xBB") == std::string_view::npos) { // (an ʻokina: see find())
        for (char c : word)
            if (c >= 'a' && c <= 'z') return {}; // find()'s all-caps retry needs no lower case
    }
    return find(word);
}

bool Gazetteer::has_name(std::string_view name) const { return m_impl->names.contains(name); }

// A given name is found with or without its accents where the list has the other form
// ("Álvaro" from "Alvaro").
const char* Gazetteer::find_given(std::string_view word) const {
    if (const char* v = m_impl->given.find(word)) return v;
    char buf[32];
    const std::string_view folded = fold_latin_accents(word, buf, sizeof(buf));
    return folded.empty() ? nullptr : m_impl->given.find(folded);
}
bool Gazetteer::is_given_name(std::string_view word) const { return find_given(word) != nullptr; }
char Gazetteer::given_sex(std::string_view word) const {
    const char* v = find_given(word);
    return v && (*v == 'f' || *v == 'm') ? *v : 0;
}
bool Gazetteer::is_family_first(std::string_view word) const { return m_impl->family_first.contains(word); }
bool Gazetteer::is_demonym(std::string_view word) const { return m_impl->demonyms.contains(word); }

bool Gazetteer::is_given_town(std::string_view name) const { return m_impl->given_towns.contains(name); }

bool Gazetteer::is_common_town(std::string_view name) const { return m_impl->common_towns.contains(name); }

bool Gazetteer::is_town_in_capitals(std::string_view name) const {
    if (name.size() > 64) return false;
    char buf[64];
    title_case(name, buf);
    return is_town(std::string_view(buf, name.size()));
}

bool Gazetteer::is_town(std::string_view name) const {
    return find_filtered(m_impl->towns, m_impl->town_filter, name) != nullptr;
}

bool Gazetteer::is_common_word(std::string_view word) const {
    char buf[32];
    if (word.size() < 3 || word.size() >= sizeof(buf)) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        char c = word[i];
        buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return m_impl->common.contains(std::string_view(buf, word.size()));
}

void Gazetteer::collect_words(std::vector<std::string_view>& out) const {
    for (const WordTable<char>* set : {&m_impl->given, &m_impl->family_first, &m_impl->demonyms, &m_impl->common})
        set->for_each([&](std::string_view w, char) { out.push_back(w); });
}

void Gazetteer::collect_name_words(std::vector<std::string_view>& out) const {
    m_impl->names.for_each([&](std::string_view name, const GazetteerEntry&) {
        if (name.find(' ') == std::string_view::npos) out.push_back(name);
    });
    m_impl->first_word_span.for_each([&](std::string_view word, std::uint32_t) { out.push_back(word); });
}

std::uint32_t Gazetteer::max_words_from(std::string_view word) const {
    const std::uint32_t* v = m_impl->first_word_span.find(word);
    return v ? *v : 0;
}

std::size_t Gazetteer::place_count() const { return m_impl->places; }
std::size_t Gazetteer::org_count() const { return m_impl->orgs; }
std::size_t Gazetteer::given_name_count() const { return m_impl->given.size(); }
std::size_t Gazetteer::town_count() const { return m_impl->towns.size(); }

} // namespace gloss::core::detect
