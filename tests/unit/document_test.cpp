// SPDX-License-Identifier: MIT
// Document construction and the native JSON format: round trips and schema checks.
#include "gloss/assets.h"
#include "gloss/document.h"
#include "gloss/json_util.h"
#include "gloss/limits.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

using namespace gloss::core;

namespace {

Document small_document() {
    Document doc;
    doc.title = "T\xC4\x8D";
    doc.text = "Vu\xC4\x8Di\xC4\x87 said \xE2\x80\x9Chello\xE2\x80\x9D on May 9.";
    doc.blocks = parse_blocks(doc.text);
    doc.entities = {{0, Kind::person, "Aleksandar Vu\xC4\x8Di\xC4\x87", 1}};
    Annotation person;
    person.id = 1;
    person.range = {0, 7};
    person.kind = Kind::person;
    person.subtype = "partial";
    person.entity = 0;
    Annotation quote;
    quote.id = 2;
    quote.range = {13, 24};
    quote.kind = Kind::quote;
    quote.subtype = "direct";
    quote.speaker = 0;
    Annotation note;
    note.id = 7;
    note.range = {28, 33};
    note.kind = Kind::highlight;
    note.origin = Origin::user;
    note.note = "Victory Day \xE2\x80\x94 why then?";
    note.author = "Ana";
    note.color = "#ffcc00";
    doc.annotations = {person, quote, note};
    return doc;
}

} // namespace

TEST_CASE("native JSON has the documented shape") {
    const Document doc = small_document();
    const auto parsed = parse_json_checked(document_to_json(doc));
    REQUIRE(parsed.ok());
    const nlohmann::json& j = *parsed;
    CHECK(j["format"] == "gloss");
    CHECK(j["version"] == 1);
    CHECK(j["title"] == doc.title);
    CHECK(j["text"] == doc.text);
    REQUIRE(j["annotations"].size() == 3);
    const auto& a = j["annotations"][0];
    for (const char* key : {"id", "kind", "subtype", "start", "end", "text", "origin", "entity", "speaker", "note"})
        CHECK_MESSAGE(a.contains(key), key);
    CHECK(a["text"] == "Vu\xC4\x8Di\xC4\x87");
    CHECK(a["origin"] == "auto");
    CHECK(j["annotations"][1]["speaker"] == 0);
    CHECK(j["annotations"][1]["entity"].is_null());
    CHECK(j["annotations"][2]["origin"] == "user");
    CHECK(j["entities"][0]["name"] == "Aleksandar Vu\xC4\x8Di\xC4\x87");
    CHECK(j["entities"][0]["mentions"] == 1);
}

TEST_CASE("native JSON round trip: save, load, save is identical") {
    const Document doc = small_document();
    const std::string once = document_to_json(doc);
    const auto loaded = document_from_json(once);
    REQUIRE(loaded.ok());
    CHECK(document_to_json(*loaded) == once);
    CHECK(loaded->annotations[2].note == doc.annotations[2].note);
    CHECK(loaded->blocks.size() == doc.blocks.size());
}

TEST_CASE("the sample document round-trips through JSON with all its annotations") {
    const auto doc = make_document(sample_article());
    REQUIRE(doc.ok());
    CHECK(doc->text == sample_article());
    CHECK(doc->title == "China undercuts Kremlin influence in Balkans with Serbia power play");
    const std::string json = document_to_json(*doc);
    const auto again = document_from_json(json);
    REQUIRE(again.ok());
    CHECK(document_to_json(*again) == json);
}

TEST_CASE("make_document normalizes before any offset is taken") {
    const auto doc = make_document("Headline\r\nBody with a bad byte \xFF here.\r\n");
    REQUIRE(doc.ok());
    CHECK(doc->text == "Headline\nBody with a bad byte \xEF\xBF\xBD here.\n");
    for (const auto& a : doc->annotations) {
        CHECK(a.range.end <= doc->text.size());
        CHECK(is_utf8_boundary(doc->text, a.range.start));
        CHECK(is_utf8_boundary(doc->text, a.range.end));
    }
}

TEST_CASE("make_document refuses what cannot be an article") {
    CHECK(make_document("").code() == ErrorCode::empty_text);
    CHECK(make_document(" \n ").code() == ErrorCode::empty_text);
    CHECK(make_document(std::string("\x7f" "ELF\0\0\0", 7)).code() == ErrorCode::binary_data);
}

TEST_CASE("document_from_json rejects bad input with stable codes") {
    const std::string good = document_to_json(small_document());
    auto with = [&](const char* key, const nlohmann::json& value) {
        auto j = *parse_json_checked(good);
        j[key] = value;
        return j.dump();
    };
    auto with_annotation = [&](const char* key, const nlohmann::json& value) {
        auto j = *parse_json_checked(good);
        j["annotations"][0][key] = value;
        return j.dump();
    };
    CHECK(document_from_json("").code() == ErrorCode::json_parse);
    CHECK(document_from_json("{\"format\":\"gloss\",").code() == ErrorCode::json_parse);
    CHECK(document_from_json("[1,2]").code() == ErrorCode::schema);
    CHECK(document_from_json(with("format", "other")).code() == ErrorCode::schema);
    CHECK(document_from_json(with("version", 2)).code() == ErrorCode::unsupported_version);
    CHECK(document_from_json(with("version", 0)).code() == ErrorCode::unsupported_version);
    CHECK(document_from_json(with("text", 5)).code() == ErrorCode::schema);
    CHECK(document_from_json(with("text", "")).code() == ErrorCode::empty_text);
    CHECK(document_from_json(with("annotations", "x")).code() == ErrorCode::schema);
    CHECK(document_from_json(with_annotation("kind", "ANIMAL")).code() == ErrorCode::schema);
    CHECK(document_from_json(with_annotation("end", 9999)).code() == ErrorCode::bad_range);
    CHECK(document_from_json(with_annotation("start", -1)).code() == ErrorCode::schema);
    CHECK(document_from_json(with_annotation("end", 3)).code() == ErrorCode::bad_range); // splits č
    CHECK(document_from_json(with_annotation("entity", 42)).code() == ErrorCode::schema);
    CHECK(document_from_json(with_annotation("origin", "robot")).code() == ErrorCode::schema);
    CHECK(document_from_json(with_annotation("id", 2)).code() == ErrorCode::schema); // duplicate id
    CHECK(document_from_json(with_annotation("note", std::string(k_max_note_bytes + 1, 'x'))).code() ==
          ErrorCode::schema);
    CHECK(document_from_json(with_annotation("color", "red")).code() == ErrorCode::schema);
}

TEST_CASE("document_from_json refuses deep nesting before parsing") {
    std::string deep(10000, '[');
    deep += std::string(10000, ']');
    CHECK(document_from_json(deep).code() == ErrorCode::json_too_deep);
    // Brackets inside strings do not count.
    nlohmann::json j = *parse_json_checked(document_to_json(small_document()));
    j["title"] = std::string(500, '[');
    CHECK(document_from_json(j.dump()).ok());
}

TEST_CASE("annotations are kept sorted by start, end, kind") {
    Document doc = small_document();
    std::swap(doc.annotations[0], doc.annotations[2]);
    auto loaded = document_from_json(document_to_json(doc));
    REQUIRE(loaded.ok());
    CHECK(loaded->annotations[0].id == 1);
    CHECK(loaded->annotations[2].id == 7);
}

TEST_CASE("the compact writer and the JSON tree describe the same document") {
    Document doc = small_document();
    doc.annotations[2].note = "tab\there, quote \" backslash \\ bell \x07 and \xE2\x80\x94 dash";
    doc.rejected.push_back({{0, 7}, Kind::place});
    const auto compact = parse_json_checked(document_to_json(doc));
    REQUIRE(compact.ok());
    // Compare as booleans: doctest would print a mismatch with nlohmann's strict dump.
    const bool same_as_tree = *compact == document_to_json_value(doc);
    CHECK(same_as_tree);
    const auto pretty = parse_json_checked(document_to_json(doc, 2));
    REQUIRE(pretty.ok());
    const bool same_as_pretty = *pretty == *compact;
    CHECK(same_as_pretty);
    SUBCASE("ill-formed UTF-8 in a note becomes U+FFFD") {
        doc.annotations[2].note = "bad \xFF byte";
        const auto j = parse_json_checked(document_to_json(doc));
        REQUIRE(j.ok());
        CHECK((*j)["annotations"][2]["note"].get<std::string>() == "bad \xEF\xBF\xBD byte");
    }
}

TEST_CASE("make_document refuses a huge paste before normalizing it") {
    const std::string huge(2 * k_max_text_bytes + 1, 'a');
    const auto r = make_document(huge);
    CHECK(r.code() == ErrorCode::text_too_large);
    CHECK(r.error().message.find("10 MB") != std::string::npos);
}
