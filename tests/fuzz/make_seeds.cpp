// SPDX-License-Identifier: MIT
// Writes the fuzz seed corpora (tests/fuzz/corpus/<target>/) from real outputs of the core:
// documents, exports in every format and share links of a short article and of the sample.
// Usage: fuzz_make_seeds CORPUS_DIR   (run by hand; the seeds are committed)
#include "gloss/assets.h"
#include "gloss/commands.h"
#include "gloss/document.h"
#include "gloss/export.h"
#include "gloss/share.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

using namespace gloss;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_short_article =
    "Global Issues\n"
    "Serbia and China Sign a Loan Deal\n"
    "By Jane Doe and Marko Petrović\n"
    "\n"
    "“We are friends for ever,” President Aleksandar Vučić said on Tuesday in Belgrade.\n"
    "The $3.5 billion loan covers 12% of the 2024 budget, according to the Kremlin; Putin told "
    "reporters it was “historic”. The European Union (EU) said nothing.\n"
    "![Vučić and Xi Jinping in Belgrade](https://example.org/photo.jpg)\n"
    "About 1,200 workers — three shifts — will build 40 km of road by March 2026.\n";

/// Small enough that every export of it stays a few KB (W3C repeats quotes per annotation).
constexpr std::string_view k_tiny_article =
    "Serbia and China Sign a Deal\n"
    "“We are friends,” President Aleksandar Vučić said on Tuesday, citing 12% growth.\n";

fs::path g_root;

void write(const std::string& target, const std::string& name, std::string_view bytes) {
    const fs::path dir = g_root / target;
    fs::create_directories(dir);
    std::ofstream out(dir / name, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string with_byte(unsigned char first, std::string_view rest) {
    std::string s(1, static_cast<char>(first));
    s.append(rest);
    return s;
}

/// A line-aligned prefix of the sample, to keep seeds a few KB.
std::string sample_head(std::size_t max_bytes) {
    const std::string_view s = core::sample_article();
    const std::size_t cut = s.rfind('\n', max_bytes);
    return std::string(s.substr(0, cut == std::string_view::npos ? max_bytes : cut + 1));
}

/// The short article with a user highlight, an edited automatic annotation and a removal.
core::Document curated(std::string_view text) {
    core::Result<core::Document> made = core::make_document(text);
    if (!made) {
        std::fprintf(stderr, "make_document failed: %s\n", made.error().message.c_str());
        std::exit(1);
    }
    core::Document doc = std::move(*made);
    core::History history;
    if (auto add = core::make_add(doc, {0, 13}, core::Kind::highlight, "", "Section label?", "teacher", "#ffcc00"))
        history.apply(doc, std::move(*add));
    if (doc.annotations.size() > 3) {
        core::AnnotationPatch patch;
        patch.note = std::string("Who is this?\tTabs and \"quotes\" <b>");
        if (auto upd = core::make_update(doc, doc.annotations[2].id, patch)) history.apply(doc, std::move(*upd));
        if (auto rem = core::make_remove(doc, doc.annotations[3].id)) history.apply(doc, std::move(*rem));
    }
    return doc;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    g_root = argv[1];
    const std::string head = sample_head(2000);
    const core::Document doc = curated(k_short_article);
    const core::Document tiny = curated(k_tiny_article);

    // annotate and blocks: articles as bytes, including the awkward ones.
    for (const std::string target : {"annotate", "blocks"}) {
        write(target, "short-article.txt", k_short_article);
        write(target, "sample-head.txt", head);
        write(target, "crlf-bom-invalid.txt", "\xEF\xBB\xBFHeadline\r\nBy A. Writer\r\n\r\nBad \xC3\x28 byte "
                                              "and \xF0\x9F\x98\x80 emoji, 50% of \xE2\x82\xAC" "3m.\rEnd");
        write(target, "image-only.txt", "![caption with “quotes”](http://x/y.png)\n![](u)\n![no close(\n");
    }

    // html_to_text: a saved page shape around the short article.
    write("html_to_text", "page.html",
          "<!DOCTYPE html><html><head><title>Serbia &amp; China | News</title><style>p{}</style>"
          "<script>alert('x')</script></head><body><nav><a href=/>Home</a></nav><header>Site</header>"
          "<article><h1>Serbia and China Sign a Loan Deal</h1><p class=byline>By Jane Doe</p>"
          "<p>&ldquo;We are friends,&rdquo; President Aleksandar Vu&#269;i&#x107; said on Tuesday.</p>"
          "<figure><img src=\"https://example.org/p.jpg\" alt=\"alt\"><figcaption>Vučić in Belgrade"
          "</figcaption></figure><ul><li>$3.5 billion</li><li>12&nbsp;%</li></ul><blockquote>A quote"
          "</blockquote><table><tr><td>cell &#xD800; &bogus; &lt;b&gt;</td></tr></table>"
          "<div hidden>secret</div><p aria-hidden=\"true\">hidden</p><!-- comment --></article>"
          "<footer>(c)</footer><aside>ad</aside></body></html>");
    write("html_to_text", "fragment.html", "<p>One <b>bold</b> <i>claim</i><br>Two<p>Three <unclosed <img src=x>");

    // document_json: the native format.
    write("document_json", "short.json", core::document_to_json(doc));
    write("document_json", "tiny-pretty.json", core::document_to_json(tiny, 1));
    write("document_json", "minimal.json",
          R"({"format":"gloss","version":1,"title":"","text":"A b.\n","annotations":[{"id":1,"kind":"HIGHLIGHT","start":0,"end":1,"origin":"user","note":"n"}]})");

    // import: every format of the short document, with and without its text after the separator.
    constexpr std::string_view k_sep = "\n====GLOSS-TEXT====\n";
    const core::ExportFormat formats[] = {core::ExportFormat::native, core::ExportFormat::w3c, core::ExportFormat::brat,
                                          core::ExportFormat::displacy, core::ExportFormat::csv, core::ExportFormat::html};
    for (const core::ExportFormat f : formats) {
        const auto index = static_cast<unsigned char>(f);
        const std::string exported = core::export_document(tiny, f);
        const std::string name = core::export_format_name(f);
        if (f == core::ExportFormat::html) {
            write("import", name + ".seed", with_byte(index, exported.substr(0, 1200)));
            continue;
        }
        if (f == core::ExportFormat::native || f == core::ExportFormat::displacy)
            write("import", name + "-own-text.seed", with_byte(index, exported));
        write("import", name + "-with-text.seed",
              with_byte(static_cast<unsigned char>(index + 12), exported + std::string(k_sep) + tiny.text));
    }

    // share_link: real links (mode 0), their JSON payloads (mode 1), raw deflate streams (mode 2).
    core::ShareState own;
    own.document = doc;
    own.view.show_kind[static_cast<int>(core::Kind::figure)] = false;
    own.view.scroll_byte_offset = 120;
    own.view.theme = core::Theme::dark;
    core::ShareState sample;
    sample.document = curated(core::sample_article());
    sample.view.practice_mode = true;
    if (!sample.document.entities.empty()) sample.view.focused_entity = sample.document.entities.front().id;
    int n = 0;
    for (const core::ShareState* state : {&own, &sample}) {
        const std::string link = core::encode_share_link(*state);
        const std::string tag = std::to_string(n++);
        write("share_link", "link-" + tag + ".seed", with_byte(0, "https://gloss.example/#" + link.substr(1)));
        const std::string_view body = std::string_view(link).substr(core::k_share_prefix.size());
        auto compressed = core::base64url_decode(body);
        if (!compressed) continue;
        write("share_link", "deflate-" + tag + ".seed", with_byte(2, *compressed));
        auto payload = core::inflate_raw_capped(*compressed, 1u << 20, core::share_dictionary());
        if (payload) write("share_link", "payload-" + tag + ".seed", with_byte(1, *payload));
    }
    std::printf("seeds written under %s\n", g_root.string().c_str());
    return 0;
}
