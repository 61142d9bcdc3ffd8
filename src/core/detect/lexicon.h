// SPDX-License-Identifier: MIT
// Lexicon: the word classes the hot rules test, answered for a token with one or two hash lookups.
#pragma once

#include <cstdint>
#include <string_view>

namespace gloss::core::detect {

/// Word classes the lexicon caches per token; each bit gives the same answer as the function
/// named beside it would for the token's text.
enum WordClass : std::uint16_t {
    k_wc_weekday = 1u << 0,         ///< is_weekday()
    k_wc_function = 1u << 1,        ///< is_function_word()
    k_wc_title = 1u << 2,           ///< is_title_word()
    k_wc_title_modifier = 1u << 3,  ///< is_title_modifier()
    k_wc_non_entity_head = 1u << 4, ///< is_non_entity_head()
    k_wc_abbreviation = 1u << 5,    ///< is_abbreviation_word()
    k_wc_sports = 1u << 6,          ///< sports_word_weight() >= 1
    k_wc_sports_strong = 1u << 7,   ///< sports_word_weight() == 2
    k_wc_common = 1u << 8,          ///< Gazetteer::is_common_word()
    k_wc_demonym = 1u << 9,         ///< Gazetteer::is_demonym()
    k_wc_given = 1u << 10,          ///< Gazetteer::is_given_name()
    k_wc_family_first = 1u << 11,   ///< Gazetteer::is_family_first()
    k_wc_context_cue = 1u << 12,    ///< is_legislature_word(), is_party_plural(), is_road_word(), is_region_noun()
    k_wc_gazetteer = 1u << 13,      ///< Gazetteer::has_name() or max_words_from() != 0: a name or a name's first word
    /// org_head_subtype(), place_head_subtype(), place_prefix_subtype(), is_company_suffix() or
    /// is_facility_noun(): rare, so a clear bit spares the hash lookups and a set one asks them.
    k_wc_name_head = 1u << 14,
    k_wc_speech_verb = 1u << 15,    ///< is_speech_verb()
};

/// What the lexicon knows about one token's text.
struct WordInfo {
    std::uint16_t classes = 0;  ///< WordClass bits
    std::uint8_t month = 0;     ///< month_number(), 0 when none
    std::int8_t number = -1;    ///< number word: index for Lexicon::number_value(); -1 when none

    bool has(WordClass c) const { return (classes & c) != 0; }
    bool is_number_word() const { return number >= 0; }
};

/// Read-only table built once from the closed word classes (words.cpp) and the gazetteer's
/// single-word lists. Each key is classified by calling those functions, so the cached answers
/// cannot drift from them.
class Lexicon {
public:
    static const Lexicon& instance();

    /// Case-sensitive classes from the exact bytes, case-insensitive ones from the ASCII
    /// lower-cased form: at most two lookups.
    WordInfo classify(std::string_view word) const;
    /// classify() of a word of 1 to 8 bytes given as their little-endian value, zero padded (its
    /// word_chunk(), word_table.h): the tokenizer loads a token's bytes with one read.
    WordInfo classify_short(std::uint64_t bytes, std::size_t size) const;

    /// number_word_value() of a word whose info says it is a number word.
    long long number_value(WordInfo info) const { return m_number_values[static_cast<std::size_t>(info.number)]; }

    struct Impl;

private:
    Lexicon();
    WordInfo classify_long(std::string_view word) const; ///< keys too long for the inline cells
    Impl* m_impl; // intentionally never freed: lives for the whole program
    long long m_number_values[64] = {};
};

} // namespace gloss::core::detect
