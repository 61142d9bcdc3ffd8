// SPDX-License-Identifier: MIT
// Invariant checks shared by the fuzz targets (see fuzz_check.h).
#include "fuzz_check.h"

#include "gloss/text.h"

#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

namespace gloss::fuzz {

void fail(const char* file, int line, const char* cond, std::string_view what) {
    std::fprintf(stderr, "\n%s:%d: fuzz property violated: %s\n  %.*s\n", file, line, cond,
                 static_cast<int>(what.size()), what.data());
    std::abort();
}

void check_error(const core::Error& error) {
    GLOSS_FUZZ_CHECK(error.code != core::ErrorCode::ok, "a failure without an error code");
    GLOSS_FUZZ_CHECK(!error.message.empty(), "a failure without a message");
}

void check_text_and_blocks(std::string_view text, const std::vector<core::Block>& blocks) {
    GLOSS_FUZZ_CHECK(core::normalize_text(text) == text, "text is not normalized");
    std::uint32_t previous_end = 0;
    for (const core::Block& b : blocks) {
        GLOSS_FUZZ_CHECK(b.range.start < b.range.end, "empty block");
        GLOSS_FUZZ_CHECK(b.range.end <= text.size(), "block past the text");
        GLOSS_FUZZ_CHECK(b.range.start >= previous_end, "blocks overlap or are unsorted");
        GLOSS_FUZZ_CHECK(core::is_utf8_boundary(text, b.range.start) &&
                             core::is_utf8_boundary(text, b.range.end),
                         "block splits a UTF-8 character");
        GLOSS_FUZZ_CHECK(text.substr(b.range.start, b.range.size()).find('\n') == std::string_view::npos,
                         "block spans a line break");
        if (b.kind == core::BlockKind::image) {
            GLOSS_FUZZ_CHECK(b.caption.start >= b.range.start && b.caption.end <= b.range.end &&
                                 b.caption.start <= b.caption.end,
                             "image caption outside its line");
            GLOSS_FUZZ_CHECK(b.url.start >= b.range.start && b.url.end <= b.range.end &&
                                 b.url.start <= b.url.end,
                             "image url outside its line");
        }
        previous_end = b.range.end;
    }
}

void check_document(const core::Document& doc, bool entities_complete) {
    check_text_and_blocks(doc.text, doc.blocks);
    std::set<core::AnnotationId> ids;
    std::set<core::EntityId> entity_ids;
    for (const core::Entity& e : doc.entities) entity_ids.insert(e.id);
    for (std::size_t i = 0; i < doc.annotations.size(); ++i) {
        const core::Annotation& a = doc.annotations[i];
        GLOSS_FUZZ_CHECK(a.id != 0, "annotation id 0");
        GLOSS_FUZZ_CHECK(ids.insert(a.id).second, "duplicate annotation id " + std::to_string(a.id));
        GLOSS_FUZZ_CHECK(a.range.start < a.range.end && a.range.end <= doc.text.size(),
                         "annotation range outside the text");
        GLOSS_FUZZ_CHECK(core::is_utf8_boundary(doc.text, a.range.start) &&
                             core::is_utf8_boundary(doc.text, a.range.end),
                         "annotation splits a UTF-8 character");
        if (i > 0) {
            const core::Annotation& p = doc.annotations[i - 1];
            const bool ordered = p.range.start < a.range.start ||
                                 (p.range.start == a.range.start &&
                                  (p.range.end < a.range.end ||
                                   (p.range.end == a.range.end &&
                                    (p.kind < a.kind || (p.kind == a.kind && p.id < a.id)))));
            GLOSS_FUZZ_CHECK(ordered, "annotations not in sort_annotations order");
        }
        if (entities_complete) {
            GLOSS_FUZZ_CHECK(a.entity == core::k_no_entity || entity_ids.count(a.entity),
                             "annotation refers to a missing entity");
            GLOSS_FUZZ_CHECK(a.speaker == core::k_no_entity || entity_ids.count(a.speaker),
                             "quote refers to a missing speaker entity");
        }
    }
}

void check_json_round_trip(const core::Document& doc) {
    const std::string first = core::document_to_json(doc);
    core::Result<core::Document> back = core::document_from_json(first);
    if (!back) {
        fail(__FILE__, __LINE__, "document_from_json(document_to_json(doc))",
             "native JSON does not read back: " + back.error().message);
    }
    const std::string second = core::document_to_json(*back);
    if (first != second) {
        std::size_t at = 0;
        while (at < first.size() && at < second.size() && first[at] == second[at]) ++at;
        const std::size_t from = at > 80 ? at - 80 : 0;
        fail(__FILE__, __LINE__, "first == second",
             "native JSON round trip is not identical at byte " + std::to_string(at) + "\n  first:  " +
                 first.substr(from, 160) + "\n  second: " + second.substr(from, 160));
    }
}

void check_offset_map(std::string_view text) {
    const core::OffsetMap map(text);
    GLOSS_FUZZ_CHECK(map.byte_size() == text.size(), "OffsetMap byte size");
    std::uint32_t previous_utf16 = 0;
    // Every code point boundary (the text is valid UTF-8: normalized).
    for (std::uint32_t byte_offset = 0; byte_offset <= text.size();) {
        const std::uint32_t utf16 = map.utf16_from_byte(byte_offset);
        GLOSS_FUZZ_CHECK(utf16 >= previous_utf16, "OffsetMap not monotonic");
        GLOSS_FUZZ_CHECK(map.byte_from_utf16(utf16) == byte_offset, "OffsetMap round trip");
        previous_utf16 = utf16;
        if (byte_offset == text.size()) break;
        std::uint32_t next = byte_offset;
        core::decode_utf8(text, next);
        GLOSS_FUZZ_CHECK(next > byte_offset, "decode_utf8 did not advance");
        byte_offset = next;
    }
    GLOSS_FUZZ_CHECK(map.utf16_from_byte(static_cast<std::uint32_t>(text.size())) == map.utf16_size(),
                     "OffsetMap utf16 size");
}

} // namespace gloss::fuzz
