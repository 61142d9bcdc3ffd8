// SPDX-License-Identifier: MIT
// Each documented limit (docs/LIMITS.md, gloss/limits.h, share.h, html_import.h) is enforced at
// its boundary: the value itself is accepted, one more is refused with its own code and a message
// that names the limit.
#include "gloss/commands.h"
#include "gloss/document.h"
#include "gloss/export.h"
#include "gloss/html_import.h"
#include "gloss/json_util.h"
#include "gloss/limits.h"
#include "gloss/share.h"

#include <doctest/doctest.h>

#include <string>

using namespace gloss::core;

namespace {

bool mentions(const Error& error, const std::string& what) { return error.message.find(what) != std::string::npos; }

/// `size` bytes of plain words and line breaks.
std::string article_of(std::size_t size) {
    static const std::string k_line = "The quick brown fox jumps over the lazy dog near Belgrade.\n";
    std::string s;
    s.reserve(size);
    while (s.size() + k_line.size() <= size) s += k_line;
    s.append(size - s.size(), 'x');
    return s;
}

/// A document without detection: text plus `n` one-byte highlights.
Document document_with(std::size_t n) {
    Document doc;
    doc.text = "Annotated text.\n";
    doc.blocks = parse_blocks(doc.text);
    doc.annotations.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        doc.annotations[i].id = static_cast<AnnotationId>(i + 1);
        doc.annotations[i].range = {0, 1};
        doc.annotations[i].origin = Origin::user;
    }
    return doc;
}

std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

} // namespace

TEST_CASE("limit: the largest article is k_max_text_bytes (10 MB) after normalization") {
    CHECK(k_max_text_bytes == 10u * 1024u * 1024u);
    CHECK(check_text(article_of(k_max_text_bytes)).ok());
    auto refused = make_document(article_of(k_max_text_bytes + 1));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::text_too_large);
    CHECK(mentions(refused.error(), "10 MB"));
    // Ill-formed bytes grow to U+FFFD (3 bytes) first: the cap is on the text Gloss would hold.
    auto grown = make_document(article_of(k_max_text_bytes - 2) + "\xFF\xFF");
    CHECK(grown.code() == ErrorCode::text_too_large);
}

TEST_CASE("limit: a document holds at most k_max_annotations (200,000) annotations") {
    CHECK(k_max_annotations == 200000);
    Document doc = document_with(k_max_annotations - 1);
    auto last = make_add(doc, {0, 9}, Kind::highlight);
    REQUIRE(last.ok());
    History history;
    history.apply(doc, std::move(*last));
    CHECK(doc.annotations.size() == k_max_annotations);
    auto refused = make_add(doc, {0, 9}, Kind::highlight);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::too_many_annotations);
    CHECK(mentions(refused.error(), "200000 annotations"));
}

TEST_CASE("limit: native JSON with more than k_max_annotations annotations is refused") {
    // Written by hand: minimal annotation objects, so the file stays around 9 MB.
    std::string json = R"({"format":"gloss","version":1,"text":"Annotated text.\n","annotations":[)";
    json.reserve(json.size() + (k_max_annotations + 1) * 48);
    for (std::size_t i = 1; i <= k_max_annotations + 1; ++i) {
        if (i > 1) json += ',';
        json += R"({"id":)" + std::to_string(i) + R"(,"kind":"HIGHLIGHT","start":0,"end":1})";
    }
    json += "]}";
    auto refused = document_from_json(json);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::too_many_annotations);
    CHECK(mentions(refused.error(), "200000"));
}

TEST_CASE("limit: the longest note is k_max_note_bytes (16 KB)") {
    CHECK(k_max_note_bytes == 16u * 1024u);
    Document doc = document_with(0);
    CHECK(make_add(doc, {0, 9}, Kind::highlight, "", std::string(k_max_note_bytes, 'n')).ok());
    auto refused = make_add(doc, {0, 9}, Kind::highlight, "", std::string(k_max_note_bytes + 1, 'n'));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::schema);
    CHECK(mentions(refused.error(), "16 KB"));

    doc = document_with(1);
    AnnotationPatch patch;
    patch.note = std::string(k_max_note_bytes + 1, 'n');
    auto update = make_update(doc, 1, patch);
    REQUIRE_FALSE(update.ok());
    CHECK(mentions(update.error(), "16 KB"));

    const std::string json = R"({"format":"gloss","version":1,"text":"Annotated text.\n","annotations":[)"
                             R"({"id":1,"kind":"HIGHLIGHT","start":0,"end":1,"note":")" +
                             std::string(k_max_note_bytes + 1, 'n') + "\"}]}";
    auto read = document_from_json(json);
    REQUIRE_FALSE(read.ok());
    CHECK(read.code() == ErrorCode::schema);
    CHECK(mentions(read.error(), "16 KB"));
}

TEST_CASE("limit: JSON nests at most k_max_json_depth (64) levels, checked before parsing") {
    CHECK(k_max_json_depth == 64);
    CHECK(parse_json_checked(nested(k_max_json_depth)).ok());
    auto refused = parse_json_checked(nested(k_max_json_depth + 1));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::json_too_deep);
    CHECK(mentions(refused.error(), "64 levels"));
    REQUIRE(refused.error().byte_offset.has_value());
    CHECK(*refused.error().byte_offset == k_max_json_depth);
    // Brackets inside strings do not count.
    CHECK(parse_json_checked("[\"" + std::string(1000, '[') + "\"]").ok());
    // Far deeper than any stack allows: refused, not a crash.
    CHECK(parse_json_checked(nested(1000000)).code() == ErrorCode::json_too_deep);
    CHECK(document_from_json(nested(100000)).code() == ErrorCode::json_too_deep);
    CHECK(import_document(ExportFormat::w3c, nested(100000), std::string_view("Some text.")).code() ==
          ErrorCode::json_too_deep);
    CHECK(import_document(ExportFormat::displacy, nested(100000)).code() == ErrorCode::json_too_deep);
}

TEST_CASE("limit: JSON files above k_max_json_bytes (64 MB) are refused unread") {
    CHECK(k_max_json_bytes == 64u * 1024u * 1024u);
    const std::string big(k_max_json_bytes + 1, ' ');
    auto refused = parse_json_checked(big);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::text_too_large);
    CHECK(mentions(refused.error(), "64 MB"));
    CHECK(document_from_json(big).code() == ErrorCode::text_too_large);
}

TEST_CASE("limit: the longest share link is k_max_link_chars (2 MB), refused before decoding") {
    CHECK(k_max_link_chars == 2u * 1024u * 1024u);
    const std::string link = std::string(k_share_prefix) + std::string(k_max_link_chars, 'A');
    auto refused = decode_share_link(link);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::link_too_large);
    CHECK(mentions(refused.error(), "2 MB"));
    // At the cap the link is decoded (and here found malformed, not too large).
    const std::string at_cap = std::string(k_share_prefix) + std::string(k_max_link_chars - k_share_prefix.size(), 'A');
    CHECK(decode_share_link(at_cap).code() == ErrorCode::link_malformed);
}

TEST_CASE("limit: a share link inflates to at most k_max_link_inflated_bytes (12 MB)") {
    CHECK(k_max_link_inflated_bytes == 12u * 1024u * 1024u);
    // A zip bomb: 13 MB of spaces deflate to about 13 KB.
    const std::string bomb = deflate_raw(std::string(k_max_link_inflated_bytes + 1024 * 1024, ' '), share_dictionary());
    CHECK(bomb.size() < 64 * 1024);
    auto refused = decode_share_link(std::string(k_share_prefix) + base64url_encode(bomb));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::link_too_large);
    CHECK_FALSE(refused.error().message.empty());
    auto capped = inflate_raw_capped(bomb, 1000, share_dictionary());
    CHECK(capped.code() == ErrorCode::link_too_large);
}

TEST_CASE("limit: HTML pages above k_max_html_bytes (40 MB) are refused unread") {
    CHECK(k_max_html_bytes == 40u * 1024u * 1024u);
    auto refused = html_to_text(std::string(k_max_html_bytes + 1, ' '));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::text_too_large);
    CHECK(mentions(refused.error(), "40 MB"));
}
