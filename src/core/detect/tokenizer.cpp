// SPDX-License-Identifier: MIT
// Tokenizer: one pass over each block's bytes into the token table (word classes and sentence
// starts included), then headline and markup flags.
#include "detect/tokenizer.h"

#include "detect/word_table.h"
#include "detect/words.h"

namespace gloss::core::detect {

bool is_space_cp(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x00A0 || cp == 0x202F ||
           (cp >= 0x2000 && cp <= 0x200B) || cp == 0x3000 || cp == 0xFEFF;
}

bool is_letter_cp(char32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (cp == 0xD7 || cp == 0xF7) return false;
    if (cp >= 0xC0 && cp <= 0x24F) return true;  // Latin-1 letters, Latin Extended-A/B
    if (cp == 0x2BB || cp == 0x2BC) return true;  // ʻokina and modifier apostrophe: "Hawaiʻi", "Nukuʻalofa"
    if (cp >= 0x1E00 && cp <= 0x1EFF) return true; // Latin Extended Additional (Vietnamese)
    if (cp >= 0x370 && cp <= 0x3FF && cp != 0x37E && cp != 0x387) return true; // Greek
    if (cp >= 0x400 && cp <= 0x52F) return true;  // Cyrillic
    if (cp >= 0x530 && cp <= 0x58F) return true;  // Armenian
    if (cp >= 0x5D0 && cp <= 0x6FF) return true;  // Hebrew, Arabic letters
    if (cp >= 0x3040 && cp <= 0x9FFF) return true; // kana, CJK
    if (cp >= 0xAC00 && cp <= 0xD7AF) return true; // Hangul
    return false;
}

bool is_upper_cp(char32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
    if (cp >= 0x100 && cp <= 0x137) return (cp & 1u) == 0;
    if (cp >= 0x139 && cp <= 0x148) return (cp & 1u) == 1;
    if (cp >= 0x14A && cp <= 0x177) return (cp & 1u) == 0;
    if (cp == 0x178) return true;
    if (cp >= 0x179 && cp <= 0x17E) return (cp & 1u) == 1;
    if (cp >= 0x1E00 && cp <= 0x1EFF) return (cp & 1u) == 0;
    if (cp >= 0x391 && cp <= 0x3AB) return true;
    if (cp >= 0x400 && cp <= 0x42F) return true;
    return false;
}

namespace {

// The plain letter of each code point U+00C0–U+017F, 0 where there is none (Æ, ×, ß, Œ, ĳ…).
constexpr char k_latin_plain[] =
    "AAAAAA\0CEEEEIIII" "DNOOOOO\0OUUUUY\0\0"   // U+00C0
    "aaaaaa\0ceeeeiiii" "dnooooo\0ouuuuy\0y"     // U+00E0
    "AaAaAaCcCcCcCcDd" "DdEeEeEeEeEeGgGg"           // U+0100
    "GgGgHhHhIiIiIiIi" "Ii\0\0JjKk\0LlLlLlL"     // U+0120
    "lLlNnNnNn\0\0\0OoOo" "Oo\0\0RrRrRrSsSsSs" // U+0140
    "SsTtTtTtUuUuUuUu" "UuUuWwYyYZzZzZz\0";        // U+0160
static_assert(sizeof(k_latin_plain) == 0x180 - 0xC0 + 1, "one plain letter per code point");

} // namespace

std::string_view fold_latin_accents(std::string_view word, char* buf, std::size_t cap) {
    // (Most words have no such letter: one scan for the lead bytes C3–C5 first.)
    bool lead = false;
    for (const char c : word) lead = lead || (static_cast<unsigned char>(c) >= 0xC3 && static_cast<unsigned char>(c) <= 0xC5);
    if (!lead) return {};
    std::size_t n = 0;
    bool folded = false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const auto c = static_cast<unsigned char>(word[i]);
        if (n == cap) return {};
        if (c < 0x80) {
            buf[n++] = static_cast<char>(c);
            continue;
        }
        // Two-byte sequences C3 80–C5 BF encode U+00C0–U+017F.
        if (c < 0xC3 || c > 0xC5 || i + 1 == word.size()) return {};
        const auto c2 = static_cast<unsigned char>(word[i + 1]);
        if ((c2 & 0xC0) != 0x80 || (c == 0xC3 && c2 < 0x80)) return {};
        const std::uint32_t cp = ((c & 0x1Fu) << 6) | (c2 & 0x3Fu);
        if (cp < 0xC0) return {};
        const char plain = k_latin_plain[cp - 0xC0];
        if (plain == 0) return {};
        buf[n++] = plain;
        folded = true;
        ++i;
    }
    return folded ? std::string_view(buf, n) : std::string_view{};
}

bool equals_lower(std::string_view token, std::string_view lower_word) {
    if (token.size() != lower_word.size()) return false;
    for (std::size_t i = 0; i < token.size(); ++i) {
        char c = token[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != lower_word[i]) return false;
    }
    return true;
}

namespace {

inline char32_t peek_cp(std::string_view text, std::uint32_t at, std::uint32_t& len) {
    unsigned char c = static_cast<unsigned char>(text[at]);
    if (c < 0x80) {
        len = 1;
        return c;
    }
    std::uint32_t p = at;
    char32_t cp = decode_utf8(text, p);
    len = p - at;
    return cp;
}

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// ASCII byte classes: the tokenizer dispatches on a table lookup instead of decoding and calling
// is_space_cp()/is_letter_cp(), which only bytes >= 0x80 need. Same answers as those functions.
enum AsciiClass : std::uint8_t { k_ascii_other, k_ascii_space, k_ascii_lower, k_ascii_upper, k_ascii_digit };

struct AsciiClasses {
    std::uint8_t of[128] = {};
    constexpr AsciiClasses() {
        for (int c = 'a'; c <= 'z'; ++c) of[c] = k_ascii_lower;
        for (int c = 'A'; c <= 'Z'; ++c) of[c] = k_ascii_upper;
        for (int c = '0'; c <= '9'; ++c) of[c] = k_ascii_digit;
        of[' '] = of['\t'] = of['\n'] = of['\r'] = k_ascii_space;
    }
};
constexpr AsciiClasses k_ascii;

// SWAR over eight bytes: 0x80 in each byte that is an ASCII letter. Bytes >= 0x80 never count.
inline std::uint64_t ascii_letter_bits(std::uint64_t chunk) {
    constexpr std::uint64_t k_ones = 0x0101010101010101ull;
    constexpr std::uint64_t k_high = k_ones * 0x80;
    const std::uint64_t folded = (chunk & ~k_high) | (k_ones * 0x20); // 'A'..'Z' onto 'a'..'z'; no carries
    const std::uint64_t at_least_a = folded + k_ones * (0x80 - 'a');
    const std::uint64_t above_z = folded + k_ones * (0x80 - 'z' - 1);
    return at_least_a & ~above_z & ~chunk & k_high;
}

/// Leading ASCII letters of an eight-byte chunk (in text order) and how many of them are upper case.
inline std::uint32_t ascii_letter_run(std::uint64_t chunk, std::uint32_t& uppers) {
    constexpr std::uint64_t k_high = 0x8080808080808080ull;
    const std::uint64_t non_letters = ~ascii_letter_bits(chunk) & k_high;
    // Bits of the bytes before the first non-letter (all bits when there is none).
    const std::uint64_t run_mask = non_letters ? (non_letters & (0 - non_letters)) - 1 : ~std::uint64_t{0};
    // One bit per upper-case byte, summed by a multiply (no popcount instruction needed).
    const std::uint64_t upper_ones = (((ascii_upper_bits(chunk) << 2) & run_mask) >> 7);
    uppers = static_cast<std::uint32_t>((upper_ones * 0x0101010101010101ull) >> 56);
    return non_letters ? static_cast<std::uint32_t>(__builtin_ctzll(non_letters)) / 8 : 8;
}

bool is_sentence_end_punct(const Token& t) { return t.cp == '.' || t.cp == '!' || t.cp == '?'; }

bool is_quote_or_bracket_open(const Token& t) {
    return t.type == TokenType::punct &&
           (t.cp == '"' || t.cp == 0x201C || t.cp == 0x2018 || t.cp == '\'' || t.cp == '(' ||
            t.cp == '[' || t.cp == 0x201E || t.cp == 0x00AB);
}

bool is_quote_close(const Token& t) {
    return t.type == TokenType::punct &&
           (t.cp == '"' || t.cp == 0x201D || t.cp == 0x2019 || t.cp == '\'' || t.cp == ')' ||
            t.cp == ']' || t.cp == 0x00BB);
}

class Tokenizer {
public:
    Tokenizer(std::string_view text, TokenTable& out) : m_text(text), m_out(out) {}

    /// True when some token may open a URL or a handle (mark_markup() has work): an '@', or
    /// punctuation attached to a URL scheme word.
    bool saw_markup_candidate() const { return m_markup_candidate; }

    void run(std::uint32_t begin, std::uint32_t end, std::uint16_t block) {
        std::uint16_t pending = k_line_start;
        m_next_starts = true;
        m_end_pending = false;
        m_soft_end = false;
        m_block_first = static_cast<std::uint32_t>(m_out.tokens.size());
        std::uint32_t i = begin;
        while (i < end) {
            const auto c = static_cast<unsigned char>(m_text[i]);
            std::uint32_t len = 1;
            char32_t cp = c;
            AsciiClass cls = k_ascii_other;
            if (c < 0x80) {
                cls = static_cast<AsciiClass>(k_ascii.of[c]);
            } else {
                cp = peek_cp(m_text, i, len);
                if (is_space_cp(cp)) cls = k_ascii_space;
                else if (is_letter_cp(cp)) cls = is_upper_cp(cp) ? k_ascii_upper : k_ascii_lower;
                else if (vulgar_fraction_len(i, end) != 0) cls = k_ascii_digit; // "½ length"
                // "ʻEua": an ʻokina before a capital opens a capitalized word.
                if (cp == 0x2BB && i + len < end) {
                    std::uint32_t l2 = 0;
                    if (is_upper_cp(peek_cp(m_text, i + len, l2))) cls = k_ascii_upper;
                }
            }
            if (cls == k_ascii_space) {
                pending |= k_space_before;
                i += len;
                continue;
            }
            // Built in place in the table: no copy of each token to append it.
            Token& t = m_out.tokens.emplace_back();
            t.start = i;
            t.block = block;
            t.flags = pending;
            pending = 0;
            if (cls == k_ascii_digit) {
                i = number(i, end, t);
            } else if (cls != k_ascii_other) {
                if (cls == k_ascii_upper) t.flags |= k_cap;
                i = word(i, end, t);
            } else if ((cp == '\'' || cp == 0x2019) && possessive_at(i, len, end)) {
                t.type = TokenType::possessive;
                i += len + 1;
                t.end = i;
            } else {
                t.type = TokenType::punct;
                t.cp = cp;
                i += len;
                t.end = i;
            }
            finish(t);
        }
    }

private:
    /// The token before the last one appended (the last is the token being built).
    const Token& previous() const { return m_out.tokens[m_out.tokens.size() - 2]; }

    // Appends the token (the table's last, classified) to figure_starts when a figure may start
    // there (a number also adds the word before it), and to quote_marks, brackets and colons.
    void note_token(const Token& t) {
        std::vector<std::uint32_t>& starts = m_out.figure_starts;
        const auto index = static_cast<std::uint32_t>(m_out.tokens.size() - 1);
        switch (t.type) {
        case TokenType::number:
            if (index > 0 && previous().type == TokenType::word && (starts.empty() || starts.back() != index - 1))
                starts.push_back(index - 1);
            starts.push_back(index);
            break;
        case TokenType::punct:
            if (t.cp == '$' || t.cp >= 0xA2) starts.push_back(index);
            if (t.cp == '"' || t.cp == 0x201C || t.cp == 0x201D || t.cp == 0x201E || t.cp == 0x2019 ||
                t.cp == 0x2018 || t.cp == 0x00AB || t.cp == 0x00BB || t.cp == '\'')
                m_out.quote_marks.push_back(index);
            if (t.cp == '(' || t.cp == '[') m_out.brackets.push_back(index);
            if (t.cp == ':') m_out.colons.push_back(index);
            break;
        case TokenType::word: {
            const char first = static_cast<char>(m_text[t.start] | 0x20); // ASCII lower case
            const std::uint32_t size = t.size();
            const char last = m_text[t.end - 1];
            if (t.lex.month != 0 || t.lex.is_number_word() || (size == 1 && first == 'a') ||
                (size == 3 && first == 'o') || (size == 4 && first == 'h') ||
                // "Shs400", "KSh250", "DKr72bn": a currency joined to the amount
                (last >= '0' && last <= '9' && size >= 2) || (t.has(k_has_digit) && size >= 3)) // ("N2m")
                starts.push_back(index);
            break;
        }
        case TokenType::possessive:
            break;
        }
    }

    // Classifies the token (the table's last) and marks sentence starts. Sentence starts are
    // decided here, looking back only: after . ! ? or : (not an abbreviation's or an initial's
    // period), the closing quotes attached to it are skipped and the next token starts a sentence
    // when whitespace precedes it. A block's first token starts one, and so does the token after
    // an opening quote or bracket that started one.
    void finish(Token& t) {
        if (t.type == TokenType::word && (t.flags & (k_cap | k_all_caps)) != 0 && !t.has(k_contraction))
            m_out.cap_words.push_back(static_cast<std::uint32_t>(m_out.tokens.size() - 1));
        const std::uint32_t size = t.size();
        if (size <= 8 && t.start + 8 <= m_text.size()) { // one read of the bytes, zero padded
            const std::uint64_t bytes = load_u64(m_text.data() + t.start) & (~std::uint64_t{0} >> (64 - 8 * size));
            t.lex = m_lexicon.classify_short(bytes, size);
        } else {
            t.lex = m_lexicon.classify(m_text.substr(t.start, size));
        }
        // "Álvaro", "Łukasz": a capitalized word whose accents the given-name lists leave off (or
        // keep where the text does not) is still a given name.
        if ((t.flags & k_latin_accent) != 0 && t.has(k_cap) && !t.is(k_wc_given) && size >= 3 && size <= 32) {
            char buf[32];
            const std::string_view folded = fold_latin_accents(m_text.substr(t.start, size), buf, sizeof(buf));
            if (!folded.empty() && m_lexicon.classify(folded).has(k_wc_given))
                t.lex.classes = static_cast<std::uint16_t>(t.lex.classes | k_wc_given);
        }
        note_token(t);
        m_out.classes_seen = static_cast<std::uint16_t>(m_out.classes_seen | t.lex.classes);
        if (t.type == TokenType::punct && (t.cp == '@' || (!t.has(k_space_before) && after_url_scheme())))
            m_markup_candidate = true;
        if (m_end_pending) {
            if (is_quote_close(t) && t.start == previous().end) return;
            m_end_pending = false;
            // "He runs the Foreshore Fish Co. He said …": after a company's abbreviated legal form,
            // only a capitalized function word ("He", "The", "But") opens the next sentence.
            const bool opens = !m_soft_end || (t.type == TokenType::word && t.has(k_cap) && !t.has(k_all_caps) &&
                                               t.is(k_wc_function));
            m_soft_end = false;
            if (t.has(k_space_before) && opens) m_next_starts = true;
        }
        if (m_next_starts) {
            t.flags |= k_sentence_start;
            m_next_starts = is_quote_or_bracket_open(t);
        } else if (t.type == TokenType::punct && (is_sentence_end_punct(t) || t.cp == ':')) {
            m_end_pending = !(t.cp == '.' && after_initial_or_abbreviation(t));
            if (!m_end_pending) {
                const Token& p = previous();
                const std::string_view w = m_text.substr(p.start, p.end - p.start);
                // (not after a comma: "Connection Machines, Inc. In …" keeps its legal form)
                const std::size_t count = m_out.tokens.size();
                const bool after_comma = count >= 3 && m_out.tokens[count - 3].type == TokenType::punct &&
                                         m_out.tokens[count - 3].cp == ',';
                m_soft_end = !after_comma && (is_literal(w, "Co") || is_literal(w, "Inc") || is_literal(w, "Ltd") ||
                                              is_literal(w, "Corp") || is_literal(w, "Bros"));
                m_end_pending = m_soft_end;
            }
        } else if (t.type == TokenType::punct && (t.cp == 0x2014 || t.cp == 0x2013) && t.has(k_space_before) &&
                   after_dateline()) {
            m_end_pending = true; // "LONGMONT — For Doug Ferraro": the dateline's dash ends it
        }
    }

    // The dash being finished closes a dateline that opens the block: one to six words in capitals,
    // with commas and full stops ("ST. PAUL —", "SAN JOSE, Calif. —" is not one).
    bool after_dateline() const {
        const std::uint32_t dash = static_cast<std::uint32_t>(m_out.tokens.size() - 1);
        if (dash == m_block_first || dash - m_block_first > 10) return false;
        std::uint32_t words = 0;
        for (std::uint32_t q = m_block_first; q < dash; ++q) {
            const Token& p = m_out.tokens[q];
            if (p.type == TokenType::word) {
                if (!p.has(k_all_caps) || p.size() < 2) return false;
                ++words;
            } else if (p.type != TokenType::punct || (p.cp != ',' && p.cp != '.')) {
                return false;
            }
        }
        return words >= 1 && words <= 6 && m_out.tokens[dash - 1].type == TokenType::word;
    }

    // The punctuation token being built is attached to "http", "https" or "www": what
    // mark_markup() needs besides an '@'. Tested on attached punctuation only, not on every word.
    bool after_url_scheme() const {
        if (m_out.tokens.size() < 2) return false;
        const Token& p = previous();
        if (p.type != TokenType::word) return false;
        const std::string_view w = m_text.substr(p.start, p.end - p.start);
        return is_literal(w, "http") || is_literal(w, "https") || is_literal(w, "www");
    }

    // A period attached to a single capital ("J.") or an abbreviation ("Gov.") ends no sentence.
    bool after_initial_or_abbreviation(const Token& period) const {
        const Token& p = previous(); // the period never opens a block: one precedes it
        return p.end == period.start && p.type == TokenType::word &&
               ((p.size() == 1 && p.has(k_cap)) || p.is(k_wc_abbreviation));
    }

    // "'s" / "’s" closing a word: the possessive.
    bool possessive_at(std::uint32_t i, std::uint32_t len, std::uint32_t end) const {
        if (m_out.tokens.size() < 2 || i == 0) return false; // the last is the token at i
        const Token& prev = previous();
        if (prev.end != i || prev.type == TokenType::punct) return false;
        std::uint32_t s = i + len;
        if (s >= end || (m_text[s] != 's' && m_text[s] != 'S')) return false;
        if (s + 1 < end) {
            std::uint32_t l2 = 0;
            char32_t next = peek_cp(m_text, s + 1, l2);
            if (is_letter_cp(next) || (next < 0x80 && is_digit(static_cast<char>(next)))) return false;
        }
        return true;
    }

    // The word's first letter is at i; the caller has set k_cap from it. The token is written
    // once the scan is done, so the loop stores nothing (a byte-sized store may alias anything,
    // the text's pointer included, which the compiler would then reload).
    std::uint32_t word(std::uint32_t i, std::uint32_t end, Token& t) {
        std::uint16_t flags = k_has_alpha;
        std::uint32_t letters = 0;
        std::uint32_t uppers = 0;
        std::uint32_t p = i;
        std::uint32_t apostrophe = 0; // just after the last apostrophe inside the word
        while (p < end) {
            if (p + 8 <= end) { // most words are plain ASCII letters: eight bytes a step
                std::uint32_t run_uppers = 0;
                const std::uint32_t run = ascii_letter_run(load_u64(m_text.data() + p), run_uppers);
                letters += run;
                uppers += run_uppers;
                p += run;
                if (run == 8) continue;
            }
            const auto c = static_cast<unsigned char>(m_text[p]);
            if (c < 0x80) {
                const std::uint8_t cls = k_ascii.of[c];
                if (cls == k_ascii_lower || cls == k_ascii_upper) {
                    ++letters;
                    uppers += cls == k_ascii_upper;
                    ++p;
                    continue;
                }
                if (cls == k_ascii_digit) {
                    flags |= k_has_digit;
                    ++p;
                    continue;
                }
                if (c != '\'') break;
            }
            std::uint32_t len = 0;
            char32_t cp = peek_cp(m_text, p, len);
            if (is_letter_cp(cp)) {
                ++letters;
                uppers += is_upper_cp(cp);
                if (cp >= 0xC0 && cp < 0x180) flags |= k_latin_accent;
                p += len;
                continue;
            }
            // Apostrophe inside a word: O'Brien, don't (not the possessive 's, not a closing quote).
            if ((cp == '\'' || cp == 0x2019) && p + len < end) {
                std::uint32_t l2 = 0;
                char32_t next = peek_cp(m_text, p + len, l2);
                if (is_letter_cp(next) && !possessive_here(p, len, end)) {
                    p += len;
                    apostrophe = p;
                    continue;
                }
            }
            break;
        }
        // Dotted abbreviations: U.S., a.m., N.Y., D.C.
        if (p - i == 1 && p + 2 < end && m_text[p] == '.' && is_ascii_alpha(m_text[p + 1])) {
            std::uint32_t q = p;
            int groups = 1;
            while (q + 1 < end && m_text[q] == '.' && is_ascii_alpha(m_text[q + 1]) &&
                   (q + 2 >= end || !is_ascii_alpha(m_text[q + 2]))) {
                q += 2;
                ++groups;
            }
            if (groups >= 2 && q < end && m_text[q] == '.') {
                for (std::uint32_t k = i; k <= q; ++k)
                    if (m_text[k] >= 'A' && m_text[k] <= 'Z') ++uppers;
                p = q + 1;
                flags |= k_abbrev;
                letters = static_cast<std::uint32_t>(groups);
            }
        }
        if (letters >= 2 && uppers >= letters) flags |= k_all_caps;
        else if (uppers >= 2 && uppers + 1 == letters && m_text[p - 1] == 's') flags |= k_caps_plural;
        if (apostrophe != 0 && is_contraction_tail(m_text.substr(apostrophe, p - apostrophe))) flags |= k_contraction;
        // "d'Entremont", "l'Aquila": an elided particle before a capital opens a name.
        if (apostrophe != 0 && (apostrophe == i + 2 || apostrophe == i + 4) && (m_text[i] == 'd' || m_text[i] == 'l') &&
            m_text[apostrophe] >= 'A' && m_text[apostrophe] <= 'Z')
            flags |= k_cap;
        // Irish h-, n- and t-prefixed names: "Seán Ó hAodha", "Páirc Uí Chaoimh", "Baile an
        // tSratha" (a lower-case letter before a capital, then lower case again).
        if ((m_text[i] == 'h' || m_text[i] == 'n' || m_text[i] == 't') && p - i >= 4 && letters >= 4 && uppers == 1) {
            std::uint32_t l1 = 0, l2 = 0;
            const char32_t second = peek_cp(m_text, i + 1, l1);
            if (is_upper_cp(second) && i + 1 + l1 < p) {
                const char32_t third = peek_cp(m_text, i + 1 + l1, l2);
                if (is_letter_cp(third) && !is_upper_cp(third)) flags |= k_cap;
            }
        }
        t.type = TokenType::word;
        t.flags |= flags;
        t.end = p;
        return p;
    }

    bool possessive_here(std::uint32_t p, std::uint32_t len, std::uint32_t end) const {
        std::uint32_t s = p + len;
        if (s >= end || (m_text[s] != 's' && m_text[s] != 'S')) return false;
        if (s + 1 >= end) return true;
        std::uint32_t l2 = 0;
        char32_t next = peek_cp(m_text, s + 1, l2);
        return !is_letter_cp(next);
    }

    // What follows the apostrophe of "I’ll", "we’ve", "they’re", "I’m", "she’d", "can’t" (either case).
    static bool is_contraction_tail(std::string_view w) {
        if (w.size() == 1) return equals_lower(w, "m") || equals_lower(w, "d") || equals_lower(w, "t");
        return w.size() == 2 && (equals_lower(w, "ll") || equals_lower(w, "ve") || equals_lower(w, "re"));
    }

    static bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    // The UTF-8 length of a vulgar fraction at p ("¼ ½ ¾", U+00BC–U+00BE; "⅓ … ⅞", U+2150–U+215E),
    // or 0.
    std::uint32_t vulgar_fraction_len(std::uint32_t p, std::uint32_t end) const {
        const auto b = [&](std::uint32_t k) { return static_cast<unsigned char>(m_text[k]); };
        if (p + 1 < end && b(p) == 0xC2 && b(p + 1) >= 0xBC && b(p + 1) <= 0xBE) return 2;
        if (p + 2 < end && b(p) == 0xE2 && b(p + 1) == 0x85 && b(p + 2) >= 0x90 && b(p + 2) <= 0x9E) return 3;
        return 0;
    }

    std::uint32_t number(std::uint32_t i, std::uint32_t end, Token& t) { // writes t last, as word()
        std::uint16_t flags = k_has_digit;
        std::uint32_t p = i;
        while (p < end) {
            char c = m_text[p];
            if (is_digit(c)) {
                ++p;
                continue;
            }
            // Separators inside a number: 4,210  3.5  9:15  3/14/21
            if ((c == ',' || c == '.' || c == ':' || c == '/') && p + 1 < end && is_digit(m_text[p + 1])) {
                // A comma is a thousands separator only before exactly three digits.
                if (c == ',' && !(p + 3 < end && is_digit(m_text[p + 2]) && is_digit(m_text[p + 3]) &&
                                  (p + 4 >= end || !is_digit(m_text[p + 4])))) {
                    break;
                }
                ++p;
                continue;
            }
            break;
        }
        // A vulgar fraction after the digits: "1¾ lengths", "2½".
        p += vulgar_fraction_len(p, end);
        // Attached letters: 2010s, 5m, 1bn, 23rd, 4K, 5km.
        while (p < end && is_ascii_alpha(m_text[p])) {
            flags |= k_has_alpha;
            ++p;
        }
        t.type = TokenType::number;
        t.flags |= flags;
        t.end = p;
        return p;
    }

    std::string_view m_text;
    TokenTable& m_out;
    const Lexicon& m_lexicon = Lexicon::instance();
    bool m_next_starts = true;         ///< the next token starts a sentence
    std::uint32_t m_block_first = 0;   ///< the current block's first token
    bool m_end_pending = false;        ///< after a sentence end, skipping its closing quotes
    bool m_soft_end = false;           ///< after "Co." or "Inc.": a sentence ends if a function word follows
    bool m_markup_candidate = false;
};

// A headline or heading in title case gives no capitalization evidence.
// ("Read: KPK Questions Two Badung Officials over Airport Land Deal": a related story's headline
// after its label in a paragraph of its own is one too.)
void mark_title_lines(TokenTable& table) {
    // The colon after a label of one to three words opening block b, or the block's first token.
    const auto label_colon = [&](std::size_t b) {
        const std::uint32_t first = table.block_first[b];
        std::uint32_t colon = first;
        while (colon < table.block_last[b] && colon < first + 4 && table.tokens[colon].type != TokenType::punct) ++colon;
        return colon < table.block_last[b] && table.tokens[colon].cp == ':' ? colon : first;
    };
    for (std::size_t b = 0; b < table.block_kinds.size(); ++b) {
        BlockKind k = table.block_kinds[b];
        std::uint32_t first = table.block_first[b];
        if (k == BlockKind::paragraph) {
            // A label of one to three words and a colon opening the paragraph.
            const std::uint32_t colon = label_colon(b);
            if (colon == first || colon + 2 >= table.block_last[b]) continue;
            bool label = false;
            for (std::uint32_t i = first; i < colon; ++i) {
                const std::string_view w = table.str(i);
                if (equals_lower(w, "read") || equals_lower(w, "related") || equals_lower(w, "choice") ||
                    equals_lower(w, "also") || equals_lower(w, "watch") || equals_lower(w, "listen") ||
                    equals_lower(w, "recommended") || equals_lower(w, "see"))
                    label = true;
            }
            if (!label) continue;
            first = colon + 1;
        } else if (k != BlockKind::headline && k != BlockKind::kicker && k != BlockKind::heading &&
                   k != BlockKind::standfirst) {
            continue;
        } else if (k == BlockKind::heading || k == BlockKind::kicker) {
            // ("Referees: Jarrod Vlahakis, Mele Tupou-Fonua, Chris Amankwah": a label, a colon and a
            // list with commas is a line of a box score or a results table, not a title.)
            const std::uint32_t colon = label_colon(b);
            if (colon > first) {
                std::uint32_t commas = 0;
                for (std::uint32_t i = colon + 1; i < table.block_last[b]; ++i)
                    commas += table.tokens[i].type == TokenType::punct && table.tokens[i].cp == ',';
                if (commas >= 2) continue;
                // ("Umpires: Gareth Pennock, Sunita Bhardwaj", "Referee: Padraic Hughes": officials.)
                if (table.tokens[colon - 1].type == TokenType::word && is_officials_label(table.str(colon - 1))) continue;
            }
        }
        std::uint32_t cap = 0;
        std::uint32_t lower = 0;
        for (std::uint32_t i = first; i < table.block_last[b]; ++i) {
            const Token& t = table.tokens[i];
            if (t.type != TokenType::word || t.size() < 4) continue;
            if (t.has(k_cap)) ++cap;
            // (A related story's title case leaves "over", "with", "from" small.)
            else if (k != BlockKind::paragraph || !t.is(k_wc_function)) ++lower;
        }
        if (cap >= 2 && lower == 0) {
            for (std::uint32_t i = first; i < table.block_last[b]; ++i)
                table.tokens[i].flags |= k_title_line;
        }
    }
}

// URLs, e-mail addresses and @handles are markup (GUIDELINES §1.7, §1.8): never annotated.
void mark_markup(TokenTable& table) {
    auto& toks = table.tokens;
    const std::size_t n = toks.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Token& t = toks[i];
        if (t.type == TokenType::word) {
            char c = table.text[t.start];
            if ((c != 'h' && c != 'w') || t.size() < 3 || t.size() > 5) continue;
        } else if (t.cp != '@') {
            continue;
        }
        std::string_view w = table.str(static_cast<std::uint32_t>(i));
        bool url = t.type == TokenType::word && i + 1 < n && !toks[i + 1].has(k_space_before) &&
                   toks[i + 1].type == TokenType::punct &&
                   (is_literal(w, "http") || is_literal(w, "https") || is_literal(w, "www"));
        bool handle = t.type == TokenType::punct && t.cp == '@' && i + 1 < n && !toks[i + 1].has(k_space_before) &&
                      toks[i + 1].type == TokenType::word;
        if (!url && !handle) continue;
        // An e-mail address: mark back to the start of the attached word run.
        std::size_t first = i;
        if (handle)
            while (first > 0 && !toks[first].has(k_space_before) && toks[first - 1].block == t.block) --first;
        std::size_t last = i + 1;
        while (last < n && !toks[last].has(k_space_before) && toks[last].block == t.block) ++last;
        // Trailing sentence punctuation is not part of the address.
        while (last > i + 1 && toks[last - 1].type == TokenType::punct &&
               (toks[last - 1].cp == '.' || toks[last - 1].cp == ',' || toks[last - 1].cp == ')'))
            --last;
        for (std::size_t k = first; k < last; ++k) toks[k].flags |= k_markup;
        i = last > i ? last - 1 : i;
    }
}

} // namespace

TokenTable tokenize(std::string_view text, const std::vector<Block>& blocks) {
    TokenTable table;
    table.text = text;
    table.tokens.reserve(text.size() / 4 + 16);
    table.cap_words.reserve(text.size() / 32 + 16);
    table.figure_starts.reserve(text.size() / 64 + 16);
    // Guesses from the text size (a list may still outgrow them): most documents then allocate
    // each list once.
    table.quote_marks.reserve(text.size() / 128 + 16);
    table.brackets.reserve(text.size() / 512 + 8);
    table.colons.reserve(text.size() / 512 + 8);
    table.block_kinds.reserve(blocks.size());
    table.block_first.reserve(blocks.size());
    table.block_last.reserve(blocks.size());
    Tokenizer tk(text, table);
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const Block& block = blocks[b];
        auto index = static_cast<std::uint16_t>(b < 0xFFFF ? b : 0xFFFF);
        table.block_kinds.push_back(block.kind);
        table.block_first.push_back(static_cast<std::uint32_t>(table.tokens.size()));
        std::uint32_t begin = block.range.start;
        std::uint32_t end = block.range.end;
        if (end > text.size()) end = static_cast<std::uint32_t>(text.size());
        if (block.kind == BlockKind::image && !block.caption.empty()) {
            tk.run(block.caption.start, block.caption.end, index);
        } else if (begin < end) {
            tk.run(begin, end, index);
        }
        table.block_last.push_back(static_cast<std::uint32_t>(table.tokens.size()));
    }
    mark_title_lines(table);
    if (tk.saw_markup_candidate()) mark_markup(table);
    return table;
}

} // namespace gloss::core::detect
