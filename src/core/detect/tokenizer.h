// SPDX-License-Identifier: MIT
// Token table over the normalized text: words, numbers and punctuation with byte ranges and flags.
#pragma once

#include "gloss/blocks.h"
#include "gloss/text.h"

#include "detect/lexicon.h"

#include <cstdint>
#include <initializer_list>
#include <cstring>
#include <string_view>
#include <vector>

namespace gloss::core::detect {

enum class TokenType : std::uint8_t { word, number, punct, possessive };

enum TokenFlag : std::uint16_t {
    k_cap = 1u << 0,            ///< first letter upper case
    k_all_caps = 1u << 1,       ///< two or more letters, all upper case
    k_space_before = 1u << 2,   ///< whitespace precedes the token
    k_line_start = 1u << 3,     ///< first token of a block (line)
    k_sentence_start = 1u << 4, ///< first token of a sentence (after . ! ? or a line start)
    k_has_digit = 1u << 5,
    k_has_alpha = 1u << 6,
    k_abbrev = 1u << 7,         ///< dotted abbreviation token such as "U.S." or "a.m."
    k_title_line = 1u << 8,     ///< inside a title-cased headline, kicker or heading
    k_markup = 1u << 9,         ///< inside markup (image URL): never annotated
    k_contraction = 1u << 10,   ///< a word ending in a contraction: "I’ll", "We’re", "Can't"
    k_caps_plural = 1u << 11,   ///< capitals and a final lower-case "s": "MPs", "NGOs", "CEOs"
    k_latin_accent = 1u << 12,  ///< a Latin letter with an accent (U+00C0–U+017F): "Álvaro", "Łukasz"
};

struct Token {
    std::uint32_t start = 0;   ///< byte offset
    std::uint32_t end = 0;     ///< byte offset, exclusive
    TokenType type = TokenType::punct;
    std::uint16_t flags = 0;
    std::uint16_t block = 0;   ///< index into the block list (saturates at 65535)
    char32_t cp = 0;           ///< punctuation: its code point
    WordInfo lex;              ///< word classes of its text (Lexicon::classify)

    bool has(TokenFlag f) const { return (flags & f) != 0; }
    bool is(WordClass c) const { return lex.has(c); }
    std::uint32_t size() const { return end - start; }
};

/// Tokens of one text plus the blocks they belong to.
struct TokenTable {
    std::string_view text;
    std::vector<Token> tokens;
    std::vector<BlockKind> block_kinds;   ///< per block index
    std::vector<std::uint32_t> block_first; ///< first token index of each block
    std::vector<std::uint32_t> block_last;  ///< one past the last token of each block
    /// Indices, ascending, of the word tokens with k_cap or k_all_caps, contractions ("I’ll")
    /// left out: whole-document passes that act only on capitalized words walk these instead of
    /// every token.
    std::vector<std::uint32_t> cap_words;
    /// Indices, ascending, of the tokens where a figure may start: numbers, the word before
    /// each, '$' and symbols from U+00A2 on, month and number words and the words a figure
    /// can open with ("a", "one", "half": kept loose by size and first letter). The figure
    /// detector walks only these, so this must cover every token its may_start() accepts.
    std::vector<std::uint32_t> figure_starts;
    /// Indices, ascending, of the punctuation tokens a quote can open or close at: the double
    /// quotation marks (" “ ” „ « ») and ’ (two in a row close a quote).
    std::vector<std::uint32_t> quote_marks;
    /// Indices, ascending, of the '(' and '[' tokens (where photo credits open).
    std::vector<std::uint32_t> brackets;
    /// Indices, ascending, of the ':' tokens (credit labels: "Photograph: …").
    std::vector<std::uint32_t> colons;
    /// OR of every token's lex.classes: a whole-document pass that needs some word class can
    /// skip a text where no token has it.
    std::uint16_t classes_seen = 0;

    std::string_view str(std::uint32_t i) const {
        return text.substr(tokens[i].start, tokens[i].end - tokens[i].start);
    }
    std::string_view slice(std::uint32_t first, std::uint32_t last) const { ///< tokens [first, last)
        return text.substr(tokens[first].start, tokens[last - 1].end - tokens[first].start);
    }
    std::size_t size() const { return tokens.size(); }
};

/// Splits text into tokens; blocks give line structure and markup ranges. Text outside every
/// block (blank lines) holds no tokens.
TokenTable tokenize(std::string_view text, const std::vector<Block>& blocks);

/// Unicode helpers for the Latin, Greek and Cyrillic ranges news text uses.
bool is_letter_cp(char32_t cp);
bool is_upper_cp(char32_t cp);
bool is_space_cp(char32_t cp);

/// The word with the accents of Latin letters (U+00C0–U+017F) taken off ("Álvaro" → "Alvaro",
/// "Łukasz" → "Lukasz") into buf; empty when the word has no such letter, holds a letter with
/// no plain form ("Æ", "ß") or another non-ASCII byte, or does not fit.
std::string_view fold_latin_accents(std::string_view word, char* buf, std::size_t cap);

/// ASCII-case-insensitive equality of a token's bytes with a lower-case ASCII word.
bool equals_lower(std::string_view token, std::string_view lower_word);

/// Byte equality with a string literal, compared in place: the length and bytes are constants,
/// so this unrolls to a few byte tests. (Under WebAssembly, clang never expands memcmp, so
/// `w == "literal"` would call libc's byte loop on every test.)
/// Whether a word is one of a few literals ("in", "at", "near"): for short, fixed lists in rules.
inline bool any_of(std::string_view w, std::initializer_list<std::string_view> list) {
    // Size and first byte before the bytes: view equality calls memcmp (a call into libc under
    // WebAssembly) for every entry of the same size.
    for (std::string_view x : list)
        if (w.size() == x.size() && (w.empty() || w[0] == x[0]) && w == x) return true;
    return false;
}

template <std::size_t N>
inline bool is_literal(std::string_view w, const char (&literal)[N]) {
    if (w.size() != N - 1) return false;
    for (std::size_t k = 0; k + 1 < N; ++k)
        if (w[k] != literal[k]) return false;
    return true;
}

} // namespace gloss::core::detect
