// SPDX-License-Identifier: MIT
// Fuzz target: html_to_text and looks_like_html on arbitrary bytes. Properties: a success gives
// normalized text that check_text accepts and make_document turns into a document; the title is
// valid UTF-8; the text stays under the article cap.
#include "fuzz_check.h"

#include "gloss/html_import.h"
#include "gloss/limits.h"
#include "gloss/text.h"

#include <cstdint>

using namespace gloss;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view html = fuzz::as_text(data, size);
    (void)core::looks_like_html(html);
    core::Result<core::HtmlText> converted = core::html_to_text(html);
    if (!converted) {
        fuzz::check_error(converted.error());
        return 0;
    }
    const core::HtmlText& out = *converted;
    GLOSS_FUZZ_CHECK(core::normalize_text(out.text) == out.text, "html_to_text text is not normalized");
    GLOSS_FUZZ_CHECK(out.text.size() <= core::k_max_text_bytes, "html_to_text text above the cap");
    core::NormalizeReport title_report;
    (void)core::normalize_text(out.title, &title_report);
    GLOSS_FUZZ_CHECK(title_report.invalid_sequences == 0, "title is not valid UTF-8");
    core::Result<bool> checked = core::check_text(out.text);
    GLOSS_FUZZ_CHECK(checked.ok(), "html_to_text succeeded with text check_text refuses");
    core::Result<core::Document> doc = core::make_document(out.text, out.title);
    GLOSS_FUZZ_CHECK(doc.ok(), "html_to_text output is not a valid article");
    GLOSS_FUZZ_CHECK(doc->text == out.text, "make_document changed html_to_text's text");
    fuzz::check_document(*doc, true);
    return 0;
}
