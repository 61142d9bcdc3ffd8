// SPDX-License-Identifier: MIT
// Loading text: normalization (BOM, ill-formed UTF-8 -> U+FFFD, CRLF -> LF) and input checks.
#include "gloss/limits.h"
#include "gloss/text.h"

#include <cstdio>
#include <cstring>

namespace gloss::core {

namespace {

// Eight-byte scans (SWAR) let both text passes skip runs of plain ASCII, the bulk of an article.
constexpr std::uint64_t k_ones = 0x0101010101010101ull;
constexpr std::uint64_t k_high = k_ones * 0x80;

std::uint64_t load8(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

// Some byte of x is zero (exact as a yes/no answer).
bool has_zero_byte(std::uint64_t x) { return ((x - k_ones) & ~x & k_high) != 0; }

// Every byte of x is in 0x20..0x7F: printable ASCII or DEL. No borrow crosses a byte unless some
// byte is below 0x20, and then the lowest such byte shows its high bit.
bool all_printable_ascii(std::uint64_t x) { return (((x - k_ones * 0x20) | x) & k_high) == 0; }

// Length of the well-formed UTF-8 sequence at i (Unicode Table 3-7), or 0 when ill-formed.
// `maximal` receives the length of the maximal ill-formed prefix to replace by one U+FFFD.
std::uint32_t well_formed_length(std::string_view s, std::size_t i, std::uint32_t& maximal) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    maximal = 1;
    if (c < 0x80) return 1;
    std::uint32_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c == 0xE0) { need = 2; lo = 0xA0; }
    else if (c >= 0xE1 && c <= 0xEC) need = 2;
    else if (c == 0xED) { need = 2; hi = 0x9F; }
    else if (c >= 0xEE && c <= 0xEF) need = 2;
    else if (c == 0xF0) { need = 3; lo = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) need = 3;
    else if (c == 0xF4) { need = 3; hi = 0x8F; }
    else return 0;
    for (std::uint32_t k = 1; k <= need; ++k) {
        if (i + k >= s.size()) return 0;
        const unsigned char t = b(i + k);
        const unsigned char l = k == 1 ? lo : 0x80;
        const unsigned char h = k == 1 ? hi : 0xBF;
        if (t < l || t > h) return 0;
        maximal = k + 1;
    }
    return need + 1;
}

} // namespace

std::string normalize_text(std::string_view raw, NormalizeReport* report) {
    NormalizeReport rep;
    std::string out;
    out.reserve(raw.size());
    std::size_t i = 0;
    // Every leading BOM goes (a doubled BOM must not survive, or normalizing twice would differ).
    while (raw.size() >= i + 3 && raw.substr(i, 3) == "\xEF\xBB\xBF") {
        i += 3;
        rep.bom_removed = true;
    }
    // Copy well-formed runs in one append; stop only at CR or an ill-formed sequence.
    std::size_t run = i;
    const auto flush = [&](std::size_t upto) {
        out.append(raw.data() + run, upto - run);
    };
    while (i < raw.size()) {
        if (i + 8 <= raw.size()) {
            const std::uint64_t x = load8(raw.data() + i);
            if ((x & k_high) == 0 && !has_zero_byte(x ^ (k_ones * '\r'))) { // ASCII, no CR
                i += 8;
                continue;
            }
        }
        const auto c = static_cast<unsigned char>(raw[i]);
        if (c < 0x80) {
            if (c != '\r') {
                ++i;
                continue;
            }
            flush(i);
            out.push_back('\n');
            ++rep.crlf_converted;
            i += (i + 1 < raw.size() && raw[i + 1] == '\n') ? 2 : 1;
            run = i;
            continue;
        }
        std::uint32_t maximal = 1;
        const std::uint32_t len = well_formed_length(raw, i, maximal);
        if (len != 0) {
            i += len;
            continue;
        }
        flush(i);
        out += "\xEF\xBF\xBD";
        ++rep.invalid_sequences;
        i += maximal;
        run = i;
    }
    flush(raw.size());
    if (report) *report = rep;
    return out;
}

Result<bool> check_text(std::string_view text) {
    if (text.size() > k_max_text_bytes) {
        return make_error(ErrorCode::text_too_large,
                          "The text is " + std::to_string(text.size() / 1024) +
                              " KB; the largest article Gloss opens is " +
                              std::to_string(k_max_text_bytes / (1024 * 1024)) + " MB.");
    }
    std::size_t controls = 0;
    std::size_t replacements = 0;
    bool any_visible = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i + 8 <= text.size()) {
            const std::uint64_t x = load8(text.data() + i);
            if (all_printable_ascii(x)) { // no control byte, no U+FFFD
                any_visible |= x != k_ones * ' ';
                i += 7;
                continue;
            }
        }
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20) {
            any_visible |= c != ' ';
            // U+FFFD is EF BF BD: a text that is mostly U+FFFD came from a non-UTF-8 binary file.
            if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                static_cast<unsigned char>(text[i + 2]) == 0xBD)
                ++replacements;
            continue;
        }
        if (c == 0) {
            return make_error(ErrorCode::binary_data,
                              "This looks like a binary file (it contains NUL bytes), not an article.",
                              static_cast<std::uint32_t>(i));
        }
        if (c != '\n' && c != '\t' && c != '\f' && c != '\v') {
            ++controls;
            any_visible = true;
        }
    }
    if (!any_visible) return make_error(ErrorCode::empty_text, "The text is empty.");
    if (controls * 20 > text.size() && controls > 8) {
        return make_error(ErrorCode::binary_data,
                          "This looks like a binary file (many control characters), not an article.");
    }
    if (replacements * 3 * 4 > text.size() && replacements > 8) {
        return make_error(ErrorCode::binary_data,
                          "This does not look like text: most of it is not valid UTF-8.");
    }
    return true;
}

char32_t decode_utf8(std::string_view text, std::uint32_t& byte_offset) {
    std::uint32_t maximal = 1;
    const std::uint32_t len = well_formed_length(text, byte_offset, maximal);
    const auto b = [&](std::uint32_t k) { return static_cast<unsigned char>(text[byte_offset + k]); };
    char32_t cp = 0xFFFD;
    switch (len) {
    case 1: cp = b(0); break;
    case 2: cp = ((b(0) & 0x1Fu) << 6) | (b(1) & 0x3Fu); break;
    case 3: cp = ((b(0) & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu); break;
    case 4:
        cp = ((b(0) & 0x07u) << 18) | ((b(1) & 0x3Fu) << 12) | ((b(2) & 0x3Fu) << 6) | (b(3) & 0x3Fu);
        break;
    default: break;
    }
    byte_offset += len == 0 ? 1 : len;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::uint32_t utf8_sequence_length(std::string_view text, std::uint32_t byte_offset) {
    std::uint32_t maximal = 1;
    return well_formed_length(text, byte_offset, maximal);
}

bool is_utf8_boundary(std::string_view text, std::uint32_t byte_offset) {
    if (byte_offset >= text.size()) return byte_offset == text.size();
    return (static_cast<unsigned char>(text[byte_offset]) & 0xC0) != 0x80;
}

std::string content_hash(std::string_view text) {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

} // namespace gloss::core
