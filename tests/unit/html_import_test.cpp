// SPDX-License-Identifier: MIT
// HTML -> article text: structure, dropped elements, entities, and hostile markup.
#include "gloss/blocks.h"
#include "gloss/html_import.h"
#include "gloss/limits.h"

#include <doctest/doctest.h>

#include <chrono>
#include <string>

using namespace gloss::core;

TEST_CASE("a saved news page becomes headline, paragraphs and captioned images") {
    const std::string page = R"(<!DOCTYPE html>
<html><head><title>Serbia &amp; China | News Site</title>
<style>body { color: red } .x:before { content: "STYLE TEXT" }</style>
<script>var secret = "SCRIPT TEXT"; document.write("<p>fake</p>");</script>
</head><body>
<header><a href="/">News Site</a> HEADER TEXT</header>
<nav><ul><li>Home</li><li>NAV TEXT</li></ul></nav>
<main>
<h1>China undercuts Kremlin   influence</h1>
<p class="byline">By Robert Stanley</p>
<!-- COMMENT TEXT <p>not this</p> -->
<p>Serbian President Aleksandar Vu&#269;i&#x107; met Xi&nbsp;Jinping &mdash; &ldquo;a pivotal shift&rdquo;,
 analysts said.</p>
<figure><img src="/img/a b.jpg" alt="alt text"><figcaption>Vu&ccaron;i&cacute; in Moscow. [AFP]</figcaption></figure>
<p>Trade grew by 12&#37; to &euro;3 billion.<br>A second line.</p>
<aside>ASIDE TEXT</aside>
<noscript>NOSCRIPT TEXT</noscript>
<div hidden>HIDDEN TEXT</div>
<ul><li>First point</li><li>Second point</li></ul>
</main>
<footer>FOOTER TEXT &copy; 2025</footer>
</body></html>)";
    auto r = html_to_text(page);
    REQUIRE_MESSAGE(r.ok(), (r.ok() ? std::string() : r.error().message));
    CHECK(r->title == "Serbia & China | News Site");
    const std::string expected =
        "China undercuts Kremlin influence\n"
        "By Robert Stanley\n"
        "Serbian President Aleksandar Vu\xC4\x8Di\xC4\x87 met Xi\xC2\xA0Jinping \xE2\x80\x94 "
        "\xE2\x80\x9C"
        "a pivotal shift\xE2\x80\x9D, analysts said.\n"
        "![Vu\xC4\x8Di\xC4\x87 in Moscow. [AFP]](/img/ab.jpg)\n"
        "Trade grew by 12% to \xE2\x82\xAC"
        "3 billion.\n"
        "A second line.\n"
        "First point\n"
        "Second point\n";
    CHECK(r->text == expected);
    for (const char* hidden : {"STYLE", "SCRIPT", "HEADER", "NAV", "COMMENT", "ASIDE", "NOSCRIPT", "HIDDEN",
                               "FOOTER", "fake", "not this", "secret"})
        CHECK_MESSAGE(r->text.find(hidden) == std::string::npos, hidden);
    CHECK(r->dropped_elements >= 8);
    // The result parses into the blocks Gloss expects.
    const auto blocks = parse_blocks(r->text);
    REQUIRE(blocks.size() >= 4);
    CHECK(blocks[0].kind == BlockKind::headline);
    CHECK(blocks[1].kind == BlockKind::byline);
    bool image = false;
    for (const auto& b : blocks) image = image || b.kind == BlockKind::image;
    CHECK(image);
}

TEST_CASE("script text never appears, whatever the markup does") {
    const char* const pages[] = {
        "<p>Safe text.</p><script>EVIL()</script>",
        "<p>Safe text.</p><SCRIPT type='text/javascript'>EVIL()</SCRIPT>",
        "<p>Safe text.</p><script>document.write('</p><p>EVIL')</script>",
        "<p>Safe text.</p><script>EVIL() // never closed",
        "<p>Safe text.</p><script src=x>EVIL</script ><p>more</p>",
        "<p>Safe text.</p><script\n>EVIL</script\t>",
        "<p>Safe text.</p><script>EVIL<!-- </script> -->",
        "<p>Safe text.</p><!-- <script> --> <script>EVIL</script>",
        "<p>Safe text.<img src=x onerror=\"EVIL()\"></p>",
        "<p>Safe text.</p><style>EVIL{}</style><template><p>EVIL</p></template>",
        "<p>Safe text.</p><svg><script>EVIL</script><text>EVIL</text></svg>",
        "<p>Safe text.</p><iframe srcdoc='<p>EVIL</p>'>EVIL</iframe>",
        "<p onclick=\"EVIL()\">Safe text.</p><a href=\"javascript:EVIL()\">link</a>",
    };
    for (const char* page : pages) {
        auto r = html_to_text(page);
        REQUIRE_MESSAGE(r.ok(), page);
        CHECK_MESSAGE(r->text.find("EVIL") == std::string::npos, std::string(page));
        CHECK_MESSAGE(r->text.find("Safe text.") != std::string::npos, page);
    }
}

TEST_CASE("character references decode, and invalid ones become U+FFFD") {
    auto r = html_to_text(
        "<p>&amp;&lt;&gt;&quot;&#39;&#269;&#x10D;&Ccaron;&eacute;&#150;&#0;&#xD800;&#x110000;&bogus; &amp "
        "&#99999999999999;x&shy;y</p>");
    REQUIRE(r.ok());
    CHECK(
        r->text ==
        "&<>\"'\xC4\x8D\xC4\x8D\xC4\x8C\xC3\xA9\xE2\x80\x93\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD&bogus; &amp "
        "\xEF\xBF\xBDxy\n");
}

TEST_CASE("invalid UTF-8 in a page becomes U+FFFD") {
    auto r = html_to_text("<h1>Caf\xE9</h1><p>Ol\xC3\xA1 \xFF end.</p>");
    REQUIRE(r.ok());
    CHECK(r->text == "Caf\xEF\xBF\xBD\nOl\xC3\xA1 \xEF\xBF\xBD end.\n");
}

TEST_CASE("pages with no article text are refused with stable codes") {
    CHECK(html_to_text("").code() == ErrorCode::empty_text);
    CHECK(html_to_text("   \n\t ").code() == ErrorCode::empty_text);
    CHECK(html_to_text("<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>").code() ==
          ErrorCode::empty_text);
    CHECK(html_to_text(std::string("<p>abc\0\0\0\0\0\0\0\0\0\0def</p>", 22)).code() ==
          ErrorCode::binary_data);
    const std::string huge(k_max_html_bytes + 1, ' ');
    CHECK(html_to_text(huge).code() == ErrorCode::text_too_large);
}

TEST_CASE("without an h1 the page title becomes the headline / inside <article> only the article counts") {
    auto r = html_to_text("<title>The Title</title><p>Body one.</p><p>Body two.</p>");
    REQUIRE(r.ok());
    CHECK(r->text == "The Title\nBody one.\nBody two.\n");
    auto a = html_to_text(
        "<title>Site</title><div>Sidebar junk</div><article><h1>Real headline</h1><p>Real body.</p>"
        "</article><div>More junk</div>");
    REQUIRE(a.ok());
    CHECK(a->text == "Real headline\nReal body.\n");
    CHECK(a->title == "Site");
}

TEST_CASE("hostile markup is handled in linear time without deep recursion") {
    std::string nested;
    for (int i = 0; i < 200000; ++i) nested += "<div><span>";
    nested += "<p>Deep text.</p>";
    for (int i = 0; i < 300000; ++i) nested += "</i>";
    nested += std::string(500000, '<');
    nested += "<p>After.</p><!-- never closed";
    const auto t0 = std::chrono::steady_clock::now();
    auto r = html_to_text(nested);
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    REQUIRE(r.ok());
    CHECK(r->text.find("Deep text.") != std::string::npos);
    // No time assertion: CI machines are shared and sanitizer builds are slow; the fuzzer
    // (-timeout=10) is what catches super-linear behaviour.
    MESSAGE("hostile page of ", nested.size(), " bytes in ", ms, " ms");
}

TEST_CASE("looks_like_html tells pasted markup from text") {
    CHECK(looks_like_html("<!DOCTYPE html><html>"));
    CHECK(looks_like_html("  \n<p>Paragraph</p>"));
    CHECK(looks_like_html("\xEF\xBB\xBF<html>"));
    CHECK_FALSE(looks_like_html("Plain text with <b> later"));
    CHECK_FALSE(looks_like_html("<3 this article"));
    CHECK_FALSE(looks_like_html(""));
}
