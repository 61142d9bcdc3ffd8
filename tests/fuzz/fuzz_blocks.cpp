// SPDX-License-Identifier: MIT
// Fuzz target: text normalization, check_text, the block parser and OffsetMap on arbitrary bytes.
// Properties: normalize_text is idempotent and yields valid UTF-8 without CR; blocks are sorted,
// one line each, on code point boundaries, captions/urls inside their line; OffsetMap round trips.
#include "fuzz_check.h"

#include "gloss/blocks.h"
#include "gloss/text.h"

#include <cstdint>
#include <string>

using namespace gloss;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view raw = fuzz::as_text(data, size);
    core::NormalizeReport report;
    const std::string text = core::normalize_text(raw, &report);
    GLOSS_FUZZ_CHECK(core::normalize_text(text) == text, "normalize_text is not idempotent");
    GLOSS_FUZZ_CHECK(text.find('\r') == std::string::npos, "a CR survived normalization");
    if (report.invalid_sequences == 0 && report.crlf_converted == 0 && !report.bom_removed)
        GLOSS_FUZZ_CHECK(text == raw, "normalization changed text it reported as clean");
    for (std::uint32_t i = 0; i <= text.size(); ++i) {
        if (!core::is_utf8_boundary(text, i)) continue;
        if (i == text.size()) break;
        std::uint32_t next = i;
        const char32_t cp = core::decode_utf8(text, next);
        GLOSS_FUZZ_CHECK(cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF), "invalid code point decoded");
        std::string encoded;
        core::append_utf8(encoded, cp);
        GLOSS_FUZZ_CHECK(text.compare(i, next - i, encoded) == 0, "decode/encode mismatch");
    }
    core::Result<bool> checked = core::check_text(text);
    if (!checked) fuzz::check_error(checked.error());

    const std::vector<core::Block> blocks = core::parse_blocks(text);
    fuzz::check_text_and_blocks(text, blocks);
    // One block per non-blank line.
    std::size_t non_blank_lines = 0;
    std::size_t line_start = 0;
    while (line_start <= text.size()) {
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string::npos) line_end = text.size();
        const std::string_view line(text.data() + line_start, line_end - line_start);
        if (line.find_first_not_of(" \t\f\v") != std::string_view::npos) ++non_blank_lines;
        line_start = line_end + 1;
    }
    GLOSS_FUZZ_CHECK(blocks.size() <= non_blank_lines, "more blocks than non-blank lines");
    for (const core::Block& b : blocks) (void)core::block_kind_name(b.kind);
    fuzz::check_offset_map(text);
    return 0;
}
