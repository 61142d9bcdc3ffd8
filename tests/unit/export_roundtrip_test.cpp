// SPDX-License-Identifier: MIT
// Export -> import round trips for every format, and re-anchoring when the text differs.
#include "gloss/assets.h"
#include "gloss/document.h"
#include "gloss/export.h"

#include <doctest/doctest.h>

#include <map>
#include <string>

using namespace gloss::core;

namespace {

ByteRange find_text(const std::string& text, const std::string& what, int nth = 0) {
    std::size_t p = text.find(what);
    for (int i = 0; i < nth && p != std::string::npos; ++i) p = text.find(what, p + 1);
    REQUIRE_MESSAGE(p != std::string::npos, what);
    return {static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(p + what.size())};
}

// The sample, detected, plus user annotations that exercise every field and awkward characters.
Document annotated_sample() {
    auto made = make_document(sample_article());
    REQUIRE(made.ok());
    Document doc = std::move(*made);
    AnnotationId id = doc.next_annotation_id();
    const auto add = [&](const std::string& what, Kind kind, std::string note, std::string author = {},
                         std::string color = {}) {
        Annotation a;
        a.id = id++;
        a.range = find_text(doc.text, what);
        a.kind = kind;
        a.origin = Origin::user;
        a.note = std::move(note);
        a.author = std::move(author);
        a.color = std::move(color);
        doc.annotations.push_back(a);
    };
    add("Vu\xC4\x8Di\xC4\x87 stood shoulder to shoulder", Kind::highlight, "Body language, \"staged\"?",
        "Ms. Ďurić", "#ff8800");
    add("Victory Day", Kind::highlight, "Date: 9 May, comma, \"quotes\" and a line\nbreak");
    add("Belt and Road Initiative", Kind::org, "");
    add("The symbolism was unmistakable.", Kind::quote, "Whose view is this?");
    sort_annotations(doc.annotations);
    return doc;
}

struct Carried {
    bool id, subtype, origin, note, author, color, entity;
};

Carried carried_by(ExportFormat f) {
    switch (f) {
    case ExportFormat::native: return {true, true, true, true, true, true, true};
    case ExportFormat::w3c: return {true, true, true, true, true, true, true};
    case ExportFormat::brat: return {true, true, true, true, false, false, false};
    case ExportFormat::displacy: return {false, false, false, false, false, false, false};
    case ExportFormat::csv: return {true, true, true, true, true, true, true};
    case ExportFormat::html: break;
    }
    return {};
}

std::string one_line(std::string s) {
    for (char& c : s)
        if (c == '\n' || c == '\t') c = ' ';
    return s;
}

} // namespace

TEST_CASE("export -> import round trip keeps every field each format carries") {
    const Document doc = annotated_sample();
    REQUIRE(doc.annotations.size() > 4);
    for (const ExportFormat f : {ExportFormat::native, ExportFormat::w3c, ExportFormat::brat,
                                 ExportFormat::displacy, ExportFormat::csv}) {
        CAPTURE(export_format_name(f));
        const std::string exported = export_document(doc, f);
        auto imported = import_document(f, exported, std::string_view(doc.text));
        REQUIRE_MESSAGE(imported.ok(), (imported.ok() ? std::string() : imported.error().message));
        const Document& back = imported->document;
        CHECK(back.text == doc.text);
        CHECK(imported->unplaced.empty());
        CHECK(imported->reanchored == 0);
        REQUIRE(back.annotations.size() == doc.annotations.size());
        CHECK(imported->placed == doc.annotations.size());
        const Carried c = carried_by(f);
        // Match by range + kind (displaCy has no ids).
        std::multimap<std::tuple<std::uint32_t, std::uint32_t, int>, const Annotation*> by_key;
        for (const auto& a : back.annotations)
            by_key.emplace(std::make_tuple(a.range.start, a.range.end, int(a.kind)), &a);
        for (const auto& a : doc.annotations) {
            const auto range = by_key.equal_range(std::make_tuple(a.range.start, a.range.end, int(a.kind)));
            REQUIRE_MESSAGE(range.first != range.second, "annotation ", a.id, " lost");
            const Annotation* match = nullptr;
            for (auto it = range.first; it != range.second; ++it)
                if (!c.id || it->second->id == a.id) match = it->second;
            REQUIRE_MESSAGE(match != nullptr, "annotation ", a.id, " lost its id");
            if (c.subtype) CHECK(match->subtype == a.subtype);
            if (c.origin) CHECK(match->origin == a.origin);
            if (c.note) CHECK(match->note == (f == ExportFormat::brat ? one_line(a.note) : a.note));
            if (c.author) CHECK(match->author == a.author);
            if (c.color) CHECK(match->color == a.color);
            if (c.entity) {
                CHECK(match->entity == a.entity);
                if (a.entity != k_no_entity && f != ExportFormat::csv) CHECK(match->speaker == a.speaker);
                if (const Entity* e = doc.find_entity(a.entity)) {
                    const Entity* e2 = back.find_entity(match->entity);
                    REQUIRE(e2 != nullptr);
                    CHECK(e2->name == e->name);
                }
            }
        }
        // Exporting the import again gives the same file (for the formats that carry everything).
        if (f == ExportFormat::native || f == ExportFormat::brat || f == ExportFormat::displacy)
            CHECK(export_document(back, f) == exported);
    }
}

TEST_CASE("the native JSON imports without a separate text, and displaCy carries its own text") {
    const Document doc = annotated_sample();
    for (const ExportFormat f : {ExportFormat::native, ExportFormat::displacy}) {
        auto imported = import_document(f, export_document(doc, f));
        REQUIRE(imported.ok());
        CHECK(imported->document.text == doc.text);
        CHECK(imported->document.annotations.size() == doc.annotations.size());
    }
    for (const ExportFormat f : {ExportFormat::w3c, ExportFormat::brat, ExportFormat::csv})
        CHECK(import_document(f, export_document(doc, f)).code() == ErrorCode::schema);
}

TEST_CASE("importing into a changed text re-anchors by quote and reports what could not be placed") {
    const Document doc = annotated_sample();
    // New text: a paragraph inserted at the top shifts every offset; the sentence with the
    // user's "Victory Day" note is rewritten, so that quote no longer exists.
    std::string changed = doc.text;
    const ByteRange victory = find_text(changed, "Victory Day");
    changed.replace(victory.start, victory.size(), "May 9 commemoration");
    const std::size_t first_newline = changed.find('\n');
    changed.insert(
        first_newline + 1,
        "Editor's note: this version adds a paragraph at the top \xE2\x80\x94 with \xC4\x8D and \xF0\x9F\x98\x80.\n");

    for (const ExportFormat f : {ExportFormat::native, ExportFormat::w3c, ExportFormat::brat,
                                 ExportFormat::displacy, ExportFormat::csv}) {
        CAPTURE(export_format_name(f));
        auto imported = import_document(f, export_document(doc, f), std::string_view(changed));
        REQUIRE_MESSAGE(imported.ok(), (imported.ok() ? std::string() : imported.error().message));
        const auto& r = *imported;
        CHECK(r.document.text == changed);
        // Everything after the insertion moved: re-anchored, not placed at the stale offset.
        CHECK(r.reanchored > 0);
        REQUIRE(r.unplaced.size() >= 1);
        bool victory_reported = false;
        for (const auto& u : r.unplaced) {
            CHECK_FALSE(u.reason.empty());
            if (u.quote == "Victory Day") victory_reported = true;
        }
        CHECK(victory_reported);
        const std::string report = import_report_json(r);
        CHECK(report.find("\"quote\":\"Victory Day\"") != std::string::npos);
        CHECK(report.find("\"reanchored\":" + std::to_string(r.reanchored)) != std::string::npos);
        CHECK(r.placed + r.reanchored + r.unplaced.size() == doc.annotations.size());
        // Every placed annotation covers the same words as before.
        for (const auto& a : r.document.annotations) {
            const std::string quote = r.document.text.substr(a.range.start, a.range.size());
            bool found = false;
            for (const auto& o : doc.annotations)
                if (o.kind == a.kind && doc.text.substr(o.range.start, o.range.size()) == quote) found = true;
            CHECK_MESSAGE(found, quote);
        }
        // The user's first note moved with its words.
        bool moved = false;
        for (const auto& a : r.document.annotations)
            if (a.origin == Origin::user &&
                r.document.text.compare(a.range.start, 8, "Vu\xC4\x8Di\xC4\x87 ") == 0)
                moved = true;
        if (f != ExportFormat::displacy) CHECK(moved);
    }
}

TEST_CASE("re-anchoring picks the occurrence whose prefix and suffix match") {
    const std::string text = "Headline here\nThe cat sat. A dog ran. The cat slept. The cat sat again.\n";
    auto made = make_document(text);
    REQUIRE(made.ok());
    Document doc = std::move(*made);
    doc.annotations.clear();
    Annotation a;
    a.id = 1;
    a.range = find_text(doc.text, "The cat", 1); // the one before "slept"
    a.origin = Origin::user;
    doc.annotations.push_back(a);
    const std::string changed =
        "Headline here\nNew first line. The cat sat. A dog ran. The cat slept. The cat sat again.\n";
    for (const ExportFormat f : {ExportFormat::w3c, ExportFormat::csv, ExportFormat::native}) {
        auto r = import_document(f, export_document(doc, f), std::string_view(changed));
        REQUIRE(r.ok());
        REQUIRE(r->document.annotations.size() == 1);
        CHECK(r->document.annotations[0].range == find_text(changed, "The cat", 1));
    }
}

TEST_CASE("W3C, brat and displaCy offsets are code points, not bytes or UTF-16 units") {
    // "Vučić 😀 met Xi": č and ć are 2 bytes, the emoji 4 bytes (2 UTF-16 units, 1 code point).
    const std::string text = "Headline\nVu\xC4\x8Di\xC4\x87 \xF0\x9F\x98\x80 met Xi.\n";
    auto made = make_document(text);
    REQUIRE(made.ok());
    Document doc = std::move(*made);
    doc.annotations.clear();
    Annotation a;
    a.id = 7;
    a.kind = Kind::person;
    a.range = find_text(doc.text, "Xi");
    doc.annotations.push_back(a);
    // Bytes: "Headline\n" 9 + "Vučić " 8 + emoji 4 + " met " 5 = 26. Code points: 9 + 6 + 1 + 5 = 21.
    REQUIRE(a.range.start == 26);
    const std::string w3c = export_w3c(doc);
    CHECK(w3c.find("\"start\": 21") != std::string::npos);
    CHECK(w3c.find("\"end\": 23") != std::string::npos);
    CHECK(w3c.find("\"exact\": \"Xi\"") != std::string::npos);
    CHECK(w3c.find("codepoint") != std::string::npos);
    CHECK(export_brat(doc) == "T7\tPERSON 21 23\tXi\n");
    CHECK(export_displacy(doc).find("\"ents\":[{\"end\":23,\"label\":\"PERSON\",\"start\":21}]") !=
          std::string::npos);
    // The CSV states its unit in the column names and keeps bytes.
    const std::string csv = export_csv(doc);
    CHECK(csv.rfind("id,kind,subtype,origin,byte_start,byte_end,text,", 0) == 0);
    CHECK(csv.find("7,PERSON,,auto,26,28,Xi,") != std::string::npos);
}

TEST_CASE("brat splits spans at line breaks into fragments and reads them back") {
    const std::string text = "Headline\nFirst line ends\nsecond line starts.\n";
    auto made = make_document(text);
    REQUIRE(made.ok());
    Document doc = std::move(*made);
    doc.annotations.clear();
    Annotation a;
    a.id = 3;
    a.kind = Kind::quote;
    a.range = find_text(doc.text, "ends\nsecond");
    doc.annotations.push_back(a);
    const std::string ann = export_brat(doc);
    CHECK(ann == "T3\tQUOTE 20 24;25 31\tends second\n");
    auto back = import_document(ExportFormat::brat, ann, std::string_view(doc.text));
    REQUIRE(back.ok());
    REQUIRE(back->document.annotations.size() == 1);
    CHECK(back->document.annotations[0].range == a.range);
}

TEST_CASE("CSV follows RFC 4180 quoting and reads it back") {
    Document doc = annotated_sample();
    const std::string csv = export_csv(doc);
    CHECK(csv.find("\r\n") != std::string::npos);
    CHECK(csv.find("\"Body language, \"\"staged\"\"?\"") != std::string::npos);
    CHECK(csv.find("\"Date: 9 May, comma, \"\"quotes\"\" and a line\nbreak\"") != std::string::npos);
    auto back = import_document(ExportFormat::csv, csv, std::string_view(doc.text));
    REQUIRE(back.ok());
    bool found = false;
    for (const auto& a : back->document.annotations)
        if (a.note == "Date: 9 May, comma, \"quotes\" and a line\nbreak") found = true;
    CHECK(found);
}

TEST_CASE("spaCy labels map onto Gloss kinds on displaCy import") {
    const std::string data =
        R"({"text":"Headline\nPutin met Xi in Belgrade on 9 May; 42% agreed.","ents":[)"
        R"({"start":9,"end":14,"label":"PERSON"},{"start":25,"end":33,"label":"GPE"},)"
        R"({"start":37,"end":42,"label":"DATE"},{"start":44,"end":47,"label":"PERCENT"},{"start":19,"end":21,"label":"WORK_OF_ART"}]})";
    auto r = import_document(ExportFormat::displacy, data);
    REQUIRE_MESSAGE(r.ok(), (r.ok() ? std::string() : r.error().message));
    const auto& anns = r->document.annotations;
    REQUIRE(anns.size() == 5);
    std::map<std::string, std::pair<Kind, std::string>> got;
    for (const auto& a : anns)
        got[r->document.text.substr(a.range.start, a.range.size())] = {a.kind, a.subtype};
    CHECK(got["Putin"].first == Kind::person);
    CHECK(got["Belgrade"].first == Kind::place);
    CHECK(got["9 May"] == std::make_pair(Kind::figure, std::string("date")));
    CHECK(got["42%"] == std::make_pair(Kind::figure, std::string("percent")));
    CHECK(got["Xi"].first == Kind::highlight);
}

TEST_CASE("imports refuse bad input with stable error codes") {
    const Document doc = annotated_sample();
    const std::string_view text = doc.text;
    struct Case {
        const char* name;
        ExportFormat format;
        std::string data;
        std::optional<std::string_view> target;
        ErrorCode code;
    };
    const std::string huge(11u * 1024u * 1024u, 'a');
    const Case cases[] = {
        {"html is not importable", ExportFormat::html, "<p>x</p>", text, ErrorCode::unsupported_format},
        {"native: not JSON", ExportFormat::native, "{oops", std::nullopt, ErrorCode::json_parse},
        {"native: wrong shape", ExportFormat::native, "[1,2]", std::nullopt, ErrorCode::schema},
        {"native: future version", ExportFormat::native, R"({"format":"gloss","version":99,"text":"A"})",
         std::nullopt, ErrorCode::unsupported_version},
        {"native: too deep", ExportFormat::native, std::string(200, '[') + std::string(200, ']'),
         std::nullopt, ErrorCode::json_too_deep},
        {"w3c: wrong shape", ExportFormat::w3c, R"({"type":"Nothing"})", text, ErrorCode::schema},
        {"w3c: item not an annotation", ExportFormat::w3c, R"([{"type":"Page"}])", text, ErrorCode::schema},
        {"w3c: annotation without target", ExportFormat::w3c, R"([{"type":"Annotation"}])", text,
         ErrorCode::schema},
        {"displacy: no text", ExportFormat::displacy, R"({"ents":[]})", std::nullopt, ErrorCode::schema},
        {"displacy: offsets past the end", ExportFormat::displacy,
         R"({"text":"Short text.","ents":[{"start":3,"end":99,"label":"ORG"}]})", std::nullopt,
         ErrorCode::bad_range},
        {"displacy: string offsets", ExportFormat::displacy,
         R"({"text":"Short text.","ents":[{"start":"3","end":5,"label":"ORG"}]})", std::nullopt,
         ErrorCode::schema},
        {"brat: no tabs", ExportFormat::brat, "T1 PERSON 0 5 Putin\n", text, ErrorCode::schema},
        {"brat: bad offsets", ExportFormat::brat, "T1\tPERSON 5 x\tPutin\n", text, ErrorCode::schema},
        {"csv: stray quote", ExportFormat::csv, "kind,text\nPERSON,Pu\"tin\n", text, ErrorCode::schema},
        {"csv: no kind column", ExportFormat::csv, "a,b\n1,2\n", text, ErrorCode::schema},
        {"empty target text", ExportFormat::csv, "kind,text\nPERSON,Putin\n", std::string_view(""),
         ErrorCode::empty_text},
        {"whitespace target text", ExportFormat::csv, "kind,text\nPERSON,Putin\n", std::string_view(" \n \t"),
         ErrorCode::empty_text},
        {"binary target text", ExportFormat::csv, "kind,text\nPERSON,Putin\n", std::string_view("ab\0cd", 5),
         ErrorCode::binary_data},
        {"oversized target text", ExportFormat::csv, "kind,text\nPERSON,Putin\n", std::string_view(huge),
         ErrorCode::text_too_large},
    };
    for (const auto& c : cases) {
        auto r = import_document(c.format, c.data, c.target);
        CHECK_MESSAGE(r.code() == c.code, (std::string(c.name) + ": got " + error_code_name(r.code())));
        if (!r.ok()) CHECK_FALSE(r.error().message.empty());
    }
}

TEST_CASE("invalid UTF-8 in an imported text becomes U+FFFD before anything is placed") {
    const std::string raw = "Headline\nCaf\xE9 owner Putin spoke.\n"; // Latin-1 é: invalid UTF-8
    auto r = import_document(ExportFormat::csv, "kind,text\nPERSON,Putin\n", std::string_view(raw));
    REQUIRE(r.ok());
    CHECK(r->document.text == "Headline\nCaf\xEF\xBF\xBD owner Putin spoke.\n");
    REQUIRE(r->document.annotations.size() == 1);
    CHECK(r->document.text.substr(r->document.annotations[0].range.start, 5) == "Putin");
}
