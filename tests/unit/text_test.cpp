// SPDX-License-Identifier: MIT
// Text loading: UTF-8 validation, CRLF normalization, input checks, and offset conversion.
#include "gloss/limits.h"
#include "gloss/text.h"

#include <doctest/doctest.h>

#include <string>

using namespace gloss::core;

TEST_CASE("normalize_text replaces each ill-formed UTF-8 sequence with U+FFFD") {
    struct Case {
        std::string raw;
        std::string expected;
        std::uint32_t invalid;
    };
    const Case cases[] = {
        {"plain ascii", "plain ascii", 0},
        {"Vu\xC4\x8D" "i\xC4\x87", "Vu\xC4\x8D" "i\xC4\x87", 0},        // valid two-byte
        {"a\xFF" "b", "a\xEF\xBF\xBD" "b", 1},                          // never-valid byte
        {"a\xC4" "b", "a\xEF\xBF\xBD" "b", 1},                          // truncated two-byte
        {"\xE2\x80", "\xEF\xBF\xBD", 1},                                // truncated three-byte at end
        {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD", 2},                    // overlong: two bytes, two FFFDs
        {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 3},   // surrogate half
        {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80", 0},                    // emoji
        {"\xF4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 4}, // above U+10FFFF
    };
    for (const auto& c : cases) {
        NormalizeReport report;
        CHECK(normalize_text(c.raw, &report) == c.expected);
        CHECK(report.invalid_sequences == c.invalid);
    }
}

TEST_CASE("normalize_text turns CRLF and lone CR into LF once and strips a BOM") {
    NormalizeReport report;
    CHECK(normalize_text("\xEF\xBB\xBFone\r\ntwo\rthree\n", &report) == "one\ntwo\nthree\n");
    CHECK(report.crlf_converted == 2);
    CHECK(report.bom_removed);
    SUBCASE("idempotent") {
        const std::string once = normalize_text("a\r\n\r\nb\xFF");
        CHECK(normalize_text(once) == once);
    }
}

TEST_CASE("check_text refuses empty, binary and oversized text with distinct codes") {
    CHECK(check_text("An article.").ok());
    CHECK(check_text("").code() == ErrorCode::empty_text);
    CHECK(check_text("  \n\t \n").code() == ErrorCode::empty_text);
    CHECK(check_text(std::string("PK\x03\x04\0\0\x08", 7)).code() == ErrorCode::binary_data);
    std::string controls(100, '\x01');
    CHECK(check_text(controls).code() == ErrorCode::binary_data);
    std::string replacement;
    for (int i = 0; i < 50; ++i) replacement += "\xEF\xBF\xBD";
    CHECK(check_text(replacement).code() == ErrorCode::binary_data);
    std::string huge(k_max_text_bytes + 1, 'a');
    const auto r = check_text(huge);
    CHECK(r.code() == ErrorCode::text_too_large);
    CHECK(r.error().message.find("MB") != std::string::npos);
}

TEST_CASE("decode_utf8 and append_utf8 round-trip code points") {
    for (char32_t cp : {U'A', U'\u010D', U'\u201C', U'\u2014', U'\U0001F600'}) {
        std::string s;
        append_utf8(s, cp);
        std::uint32_t off = 0;
        CHECK(decode_utf8(s, off) == cp);
        CHECK(off == s.size());
    }
}

TEST_CASE("OffsetMap converts UTF-8 byte offsets to UTF-16 offsets and back") {
    // "Vučić “x” 😀!" : č/ć are 2 bytes/1 unit, quotes 3 bytes/1 unit, emoji 4 bytes/2 units.
    const std::string text = "Vu\xC4\x8D" "i\xC4\x87 \xE2\x80\x9Cx\xE2\x80\x9D \xF0\x9F\x98\x80!";
    const OffsetMap map(text);
    struct Case {
        std::uint32_t byte_offset;
        std::uint32_t utf16_offset;
    };
    const Case cases[] = {{0, 0}, {2, 2}, {4, 3}, {5, 4}, {7, 5}, {8, 6}, {11, 7}, {12, 8}, {15, 9},
                          {16, 10}, {20, 12}, {21, 13}};
    for (const auto& c : cases) {
        CAPTURE(c.byte_offset);
        CHECK(map.utf16_from_byte(c.byte_offset) == c.utf16_offset);
        CHECK(map.byte_from_utf16(c.utf16_offset) == c.byte_offset);
    }
    CHECK(map.utf16_size() == 13);
    SUBCASE("offsets inside a character round down") {
        CHECK(map.utf16_from_byte(3) == 2);  // second byte of č
        CHECK(map.byte_from_utf16(11) == 16); // low surrogate of the emoji
    }
    SUBCASE("offsets past the end clamp") {
        CHECK(map.utf16_from_byte(999) == 13);
        CHECK(map.byte_from_utf16(999) == 21);
    }
}

TEST_CASE("OffsetMap agrees with a direct count on a long mixed text") {
    std::string text;
    for (int i = 0; i < 2000; ++i) text += (i % 7 == 0) ? "\xF0\x9F\x98\x80" : (i % 3 == 0 ? "\xC4\x8D" : "a");
    const OffsetMap map(text);
    std::uint32_t units = 0;
    for (std::uint32_t b = 0; b < text.size();) {
        CHECK(map.utf16_from_byte(b) == units);
        CHECK(map.byte_from_utf16(units) == b);
        const auto c = static_cast<unsigned char>(text[b]);
        const std::uint32_t len = c >= 0xF0 ? 4 : c >= 0xC0 ? 2 : 1;
        units += c >= 0xF0 ? 2 : 1;
        b += len;
    }
}

TEST_CASE("content_hash is stable and distinguishes texts") {
    CHECK(content_hash("") == "cbf29ce484222325");
    CHECK(content_hash("a") != content_hash("b"));
    CHECK(content_hash("abc").size() == 16);
}
