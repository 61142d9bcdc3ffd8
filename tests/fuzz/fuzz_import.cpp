// SPDX-License-Identifier: MIT
// Fuzz target: import_document for every format. The first byte picks the format (byte % 6:
// json, w3c, brat, displacy, csv, html) and the target text ((byte / 6) % 3: none, the bundled
// sample, or the text after a "\n====GLOSS-TEXT====\n" line in the input).
// Properties: failures carry a code and message (html always unsupported_format); an imported
// document is well formed and counts add up; exporting it in the same format and importing that
// into the same text places every annotation again at the same range and kind.
#include "fuzz_check.h"

#include "gloss/assets.h"
#include "gloss/export.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace gloss;

namespace {

constexpr std::string_view k_text_separator = "\n====GLOSS-TEXT====\n";

std::vector<std::tuple<std::uint32_t, std::uint32_t, int>> spans(const core::Document& doc) {
    std::vector<std::tuple<std::uint32_t, std::uint32_t, int>> out;
    for (const core::Annotation& a : doc.annotations)
        out.emplace_back(a.range.start, a.range.end, static_cast<int>(a.kind));
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const auto format = static_cast<core::ExportFormat>(data[0] % 6);
    const int target_mode = (data[0] / 6) % 3;
    std::string_view file = fuzz::as_text(data + 1, size - 1);
    std::optional<std::string_view> target;
    if (target_mode == 1) {
        target = core::sample_article();
    } else if (target_mode == 2) {
        const std::size_t cut = file.find(k_text_separator);
        if (cut != std::string_view::npos) {
            target = file.substr(cut + k_text_separator.size());
            file = file.substr(0, cut);
        }
    }
    core::Result<core::ImportResult> imported = core::import_document(format, file, target);
    if (!imported) {
        fuzz::check_error(imported.error());
        return 0;
    }
    GLOSS_FUZZ_CHECK(format != core::ExportFormat::html, "HTML import did not refuse");
    const core::ImportResult& result = *imported;
    fuzz::check_document(result.document, false);
    GLOSS_FUZZ_CHECK(result.placed + result.reanchored == result.document.annotations.size(),
                     "placed + reanchored differs from the annotations imported");
    fuzz::check_json_round_trip(result.document);

    // Export -> import into the same text places everything where it was.
    const std::string exported = core::export_document(result.document, format);
    core::Result<core::ImportResult> again = core::import_document(format, exported, result.document.text);
    if (!again)
        fuzz::fail(__FILE__, __LINE__, "import(export(imported))",
                   std::string(core::export_format_name(format)) + " export does not import: " +
                       again.error().message);
    if (!again->unplaced.empty()) {
        const core::UnplacedAnnotation& u = again->unplaced.front();
        fuzz::fail(__FILE__, __LINE__, "again->unplaced.empty()",
                   std::string(core::export_format_name(format)) + " re-import left " +
                       std::to_string(again->unplaced.size()) + " annotation(s) unplaced, first " + u.label +
                       " \"" + u.quote + "\": " + u.reason + "\n--- export:\n" + exported.substr(0, 2000) + "\n--- imported:\n" + core::document_to_json(result.document).substr(0, 3000));
    }
    GLOSS_FUZZ_CHECK(again->document.text == result.document.text, "re-import changed the text");
    GLOSS_FUZZ_CHECK(spans(again->document) == spans(result.document),
                     "export -> import moved, dropped or re-kinded annotations");
    return 0;
}
