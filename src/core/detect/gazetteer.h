// SPDX-License-Identifier: MIT
// Gazetteer lookups over the embedded asset files (places, organizations, names, demonyms).
#pragma once

#include "gloss/annotation.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace gloss::core::detect {

struct GazetteerEntry {
    Kind kind = Kind::highlight;   ///< person/org/place; highlight = not found
    const char* subtype = "";      ///< static string
    bool found() const { return kind != Kind::highlight; }
};

/// Read-only lexicon built once from embedded_asset() data; keys are views into that data.
class Gazetteer {
public:
    static const Gazetteer& instance();

    /// Exact (case-sensitive) lookup of a name: "Serbia", "European Union", "RFE/RL". An
    /// all-caps query also matches its title-case form ("BELGRADE" → "Belgrade").
    GazetteerEntry find(std::string_view name) const;
    /// find() of one token's text. `known` is the token's lexicon bit k_wc_gazetteer (its exact
    /// text is a name or a name's first word): when clear, only the all-caps retry of find()
    /// could match, so a word with an ASCII lower-case letter is answered without hashing.
    GazetteerEntry find_word(std::string_view word, bool known) const;
    /// The exact text is a name (no all-caps retry): what the lexicon's k_wc_gazetteer caches.
    bool has_name(std::string_view name) const;
    /// Listed as a given name, with or without its Latin accents ("Álvaro" from "Alvaro").
    bool is_given_name(std::string_view word) const;
    /// 'f' or 'm' when the given-name data lists the name for one sex only; 0 otherwise.
    char given_sex(std::string_view word) const;
    bool is_family_first(std::string_view word) const;   ///< "Xi", "Kim": family name first
    bool is_demonym(std::string_view word) const;        ///< "Serbian", "Chinese", "Orthodox"
    /// A GeoNames town of 5,000 to 50,000 people that no other list holds ("Menomonie", "Swan
    /// Hill"): weak evidence, for the last rules of a name no other evidence claimed.
    bool is_town(std::string_view name) const;
    /// is_town() of a name written in capitals ("TEXAS CITY" → "Texas City").
    bool is_town_in_capitals(std::string_view name) const;
    /// A GeoNames town or seat spelled like a given name ("Darwin", "Regina", "Lincoln"): a place
    /// only where a place's context frames it.
    bool is_given_town(std::string_view name) const;
    /// A GeoNames town spelled like an English word ("Derby", "Bath", "Split"): a place only
    /// where a place's preposition frames it inside a sentence.
    bool is_common_town(std::string_view name) const;
    /// A frequent English word in any case ("Great", "Composite"): weak evidence for a name.
    bool is_common_word(std::string_view word) const;
    /// Appends every word the single-word lists above hold (keys for the token lexicon).
    void collect_words(std::vector<std::string_view>& out) const;
    /// Appends every name without a space (those a single token can spell) and every first word
    /// max_words_from() knows: keys of the lexicon's k_wc_gazetteer bit.
    void collect_name_words(std::vector<std::string_view>& out) const;
    /// Longest entry (in words) that starts with this word; 0 when none.
    std::uint32_t max_words_from(std::string_view first_word) const;

    std::size_t place_count() const;
    std::size_t org_count() const;
    std::size_t given_name_count() const;
    std::size_t town_count() const;

    struct Impl;

private:
    const char* find_given(std::string_view word) const;
    Gazetteer();
    Impl* m_impl; // intentionally never freed: lives for the whole program
};

} // namespace gloss::core::detect
