// SPDX-License-Identifier: MIT
// The printable HTML export: structure, highlights, notes, and escaping of every text piece.
#include "gloss/assets.h"
#include "gloss/document.h"
#include "gloss/export.h"

#include <doctest/doctest.h>

#include <string>

using namespace gloss::core;

TEST_CASE("the HTML export escapes text, titles, notes, authors and entity names") {
    const std::string text = "<script>alert('headline')</script> & \"friends\"\n"
                             "Body with <b>tags</b> & an <img src=x onerror=alert(1)> inside.\n"
                             "![Caption <i>bold</i> & more](javascript:alert(2))\n";
    auto made = make_document(text, "<title>&</title>");
    REQUIRE(made.ok());
    Document doc = std::move(*made);
    doc.annotations.clear();
    doc.entities = {Entity{0, Kind::person, "<Evil \"Name\">", 1}};
    Annotation a;
    a.id = 1;
    a.kind = Kind::person;
    a.entity = 0;
    a.origin = Origin::user;
    a.note = "</li><script>steal()</script>";
    a.author = "<b>me</b>";
    a.color = "#00aa88";
    const auto p = doc.text.find("<b>tags</b>");
    a.range = {static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(p + 11)};
    doc.annotations.push_back(a);

    const std::string html = export_html(doc);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    CHECK(html.find("<i>") == std::string::npos);
    CHECK(html.find("<img src=x") == std::string::npos);
    CHECK(html.find("javascript:") == std::string::npos); // only http(s) image URLs are emitted
    CHECK(html.find("<title>&lt;title&gt;&amp;&lt;/title&gt;</title>") != std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;headline&#39;)&lt;/script&gt; &amp; &quot;friends&quot;") !=
          std::string::npos);
    CHECK(html.find("&lt;/li&gt;&lt;script&gt;steal()&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("PERSON: &lt;Evil &quot;Name&quot;&gt;") != std::string::npos);
    CHECK(html.find("style=\"background: #00aa8855\"") != std::string::npos);
    CHECK(html.find("<figcaption>Caption &lt;i&gt;bold&lt;/i&gt; &amp; more</figcaption>") !=
          std::string::npos);
}

TEST_CASE("the HTML export of the sample is a complete page with highlights and numbered notes") {
    auto made = make_document(sample_article());
    REQUIRE(made.ok());
    Document doc = std::move(*made);
    Annotation note;
    note.id = doc.next_annotation_id();
    note.kind = Kind::highlight;
    note.origin = Origin::user;
    note.note = "Compare with the photo caption.";
    const auto p = doc.text.find("Victory Day");
    REQUIRE(p != std::string::npos);
    note.range = {static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(p + 11)};
    doc.annotations.push_back(note);
    sort_annotations(doc.annotations);
    const std::string html = export_html(doc);
    CHECK(html.find("<h1>") != std::string::npos);
    CHECK(html.find("<figure>") != std::string::npos);
    CHECK(html.find("<figcaption>") != std::string::npos);
    CHECK(html.find("class=\"g k-highlight\"") != std::string::npos);
    CHECK(html.find("<li id=\"note-1\"><q>Victory Day</q> Compare with the photo caption.") !=
          std::string::npos);
    CHECK(html.find("href=\"#note-1\"") != std::string::npos);
    CHECK(html.find("Vu\xC4\x8Di\xC4\x87") != std::string::npos);
    CHECK(html.find("</html>") != std::string::npos);
    // Tags balance: every <span opened is closed.
    std::size_t opened = 0, closed = 0;
    for (std::size_t i = html.find("<span"); i != std::string::npos; i = html.find("<span", i + 1)) ++opened;
    for (std::size_t i = html.find("</span>"); i != std::string::npos; i = html.find("</span>", i + 1))
        ++closed;
    CHECK(opened == closed);
    if (doc.annotations.size() > 1) CHECK(opened > 1);
}
