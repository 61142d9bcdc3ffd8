// SPDX-License-Identifier: MIT
// Regressions found by the fuzz targets (tests/fuzz): one minimal reproducer per finding.
#include "gloss/document.h"
#include "gloss/export.h"
#include "gloss/json_util.h"
#include "gloss/share.h"
#include "gloss/text.h"

#include <doctest/doctest.h>

#include <string>

using namespace gloss::core;

namespace {

const std::string k_bom = "\xEF\xBB\xBF";

/// A g1 link around a hand-written payload (adds the check value "k"), as fuzz_share_link does.
std::string link_from_payload(nlohmann::json root) {
    root.erase("k");
    root["k"] = content_hash(dump_json(root)).substr(0, 8);
    return std::string(k_share_prefix) + base64url_encode(deflate_raw(dump_json(root), share_dictionary()));
}

} // namespace

// fuzz_blocks: normalize_text stripped one BOM only, so "BOM BOM text" normalized to "BOM text"
// and normalizing again (as document_from_json does) shifted every offset by three bytes.
TEST_CASE("fuzz: normalize_text strips every leading BOM, so it is idempotent") {
    const std::string once = normalize_text(k_bom + k_bom + "Headline\r\nBody.");
    CHECK(once == "Headline\nBody.");
    CHECK(normalize_text(once) == once);
    NormalizeReport report;
    CHECK(normalize_text(k_bom + k_bom + k_bom + "x", &report) == "x");
    CHECK(report.bom_removed);
    // A U+FEFF after the start is text, not a BOM, and stays.
    CHECK(normalize_text("a" + k_bom) == "a" + k_bom);
}

TEST_CASE("fuzz: a document from a doubled-BOM file reads back from its JSON unchanged") {
    auto doc = make_document(k_bom + k_bom + "Serbia and China\nPresident Aleksandar Vu\xC4\x8Di\xC4\x87 said so.\n");
    REQUIRE(doc.ok());
    const std::string json = document_to_json(*doc);
    auto back = document_from_json(json);
    REQUIRE(back.ok());
    CHECK(back->text == doc->text);
    CHECK(document_to_json(*back) == json);
}

// fuzz_annotate: a headline starting with U+FEFF (a BOM in the middle of a pasted file) became
// the title as is, but document_from_json normalizes titles, which strips it: the reloaded
// document differed from the saved one.
TEST_CASE("fuzz: a headline starting with U+FEFF gives a title that survives save and reload") {
    auto doc = make_document("x\r\n" + k_bom + "Headline here\nBy A. Writer\nBody text.\n");
    REQUIRE(doc.ok());
    CHECK(doc->title.compare(0, 3, k_bom) != 0);
    const std::string json = document_to_json(*doc);
    auto back = document_from_json(json);
    REQUIRE(back.ok());
    CHECK(back->title == doc->title);
    CHECK(document_to_json(*back) == json);

    // An empty title in the JSON is derived from the headline the same way.
    const std::string untitled =
        R"({"format":"gloss","version":1,"title":"","text":"x\n\ufeffHeadline here\nBy A. Writer\nBody text.\n","annotations":[]})";
    auto derived = document_from_json(untitled);
    REQUIRE(derived.ok());
    auto again = document_from_json(document_to_json(*derived));
    REQUIRE(again.ok());
    CHECK(again->title == derived->title);
}

// fuzz_import: brat's text column is one line (tabs become spaces on export), so an annotation
// whose covered text holds a tab no longer matched its own position on import and was lost.
TEST_CASE("fuzz: a brat annotation covering a tab imports back at its position") {
    const std::string text = "Growth was 01\t12% last year.\n";
    auto doc = make_document(text);
    REQUIRE(doc.ok());
    Document d = *doc;
    d.annotations.clear();
    Annotation a;
    a.id = 4;
    a.range = {11, 17}; // "01\t12%"
    a.kind = Kind::person;
    d.annotations.push_back(a);
    const std::string ann = export_brat(d);
    CHECK(ann.find("01 12%") != std::string::npos);
    auto imported = import_document(ExportFormat::brat, ann, d.text);
    REQUIRE(imported.ok());
    CHECK(imported->unplaced.empty());
    REQUIRE(imported->document.annotations.size() == 1);
    CHECK(imported->document.annotations[0].range == ByteRange{11, 17});
    CHECK(imported->placed == 1);
}

// fuzz_share_link: a link without a title ("n") whose headline starts with U+FEFF decoded to a
// title with it, but encoding normalizes titles, so decode -> encode -> decode changed the title.
TEST_CASE("fuzz: a link whose headline starts with U+FEFF decodes, re-encodes and decodes the same") {
    nlohmann::json payload = {{"v", k_share_schema_version}, {"f", "00000000"},
                              {"t", "Global Issues\n" + k_bom + "Serbia and China Sign a Loan Deal\nBy Jane Doe\n"
                                    "The loan covers 12% of the budget.\n"}};
    auto decoded = decode_share_link(link_from_payload(payload));
    REQUIRE(decoded.ok());
    CHECK(decoded->state.document.title.compare(0, 3, k_bom) != 0);
    auto again = decode_share_link(encode_share_link(decoded->state));
    REQUIRE(again.ok());
    CHECK(again->state.document.title == decoded->state.document.title);
    CHECK(same_share_state(decoded->state, again->state));
}
