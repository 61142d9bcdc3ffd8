// SPDX-License-Identifier: MIT
// Fuzz target: make_document (normalize, check, blocks, every detector) on arbitrary bytes, then
// undoable edits on the result. Properties: well-formed annotations and entities, native JSON
// round trip, undo restores the exact document, redo replays it.
#include "fuzz_check.h"

#include "gloss/commands.h"
#include "gloss/document.h"

#include <cstdint>
#include <string>

using namespace gloss;

namespace {

std::uint32_t mix(std::uint32_t h, std::uint32_t v) { return (h ^ v) * 16777619u; }

/// A range on code point boundaries picked from the text with the seed.
core::ByteRange pick_range(const std::string& text, std::uint32_t seed) {
    std::uint32_t start = seed % static_cast<std::uint32_t>(text.size());
    while (start > 0 && !core::is_utf8_boundary(text, start)) --start;
    std::uint32_t end = start;
    const std::uint32_t steps = 1 + (seed >> 8) % 24;
    for (std::uint32_t i = 0; i < steps && end < text.size(); ++i) core::decode_utf8(text, end);
    return {start, end};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    core::Result<core::Document> made = core::make_document(fuzz::as_text(data, size));
    if (!made) {
        fuzz::check_error(made.error());
        return 0;
    }
    core::Document& doc = *made;
    fuzz::check_document(doc, true);
    for (const core::Entity& e : doc.entities) {
        std::uint32_t count = 0;
        for (const core::Annotation& a : doc.annotations) count += a.entity == e.id ? 1 : 0;
        GLOSS_FUZZ_CHECK(count == e.mentions, "entity mention count wrong for " + e.name);
    }
    fuzz::check_json_round_trip(doc);
    fuzz::check_offset_map(doc.text);

    // A few edits chosen by the input, then undo all and redo all.
    std::uint32_t seed = 2166136261u;
    for (std::size_t i = 0; i < size; ++i) seed = mix(seed, data[i]);
    const std::string original = core::document_to_json(doc);
    core::History history;
    int applied = 0;
    if (!doc.text.empty()) {
        const core::ByteRange range = pick_range(doc.text, seed);
        if (!range.empty()) {
            auto add = core::make_add(doc, range, core::Kind::highlight, "", "note", "fuzz", "#a0b1c2");
            if (add) {
                history.apply(doc, std::move(*add));
                ++applied;
            } else {
                fuzz::check_error(add.error());
            }
        }
    }
    if (!doc.annotations.empty()) {
        const core::Annotation& victim = doc.annotations[seed % doc.annotations.size()];
        auto remove = core::make_remove(doc, victim.id);
        GLOSS_FUZZ_CHECK(remove.ok(), "removing an existing annotation failed");
        history.apply(doc, std::move(*remove));
        ++applied;
    }
    if (!doc.annotations.empty()) {
        const core::Annotation& target = doc.annotations[(seed >> 7) % doc.annotations.size()];
        core::AnnotationPatch patch;
        patch.note = std::string("edited");
        patch.kind = core::Kind::quote;
        auto update = core::make_update(doc, target.id, patch);
        GLOSS_FUZZ_CHECK(update.ok(), "updating an existing annotation failed");
        history.apply(doc, std::move(*update));
        ++applied;
    }
    fuzz::check_document(doc, false);
    const std::string edited = core::document_to_json(doc);
    for (int i = 0; i < applied; ++i) GLOSS_FUZZ_CHECK(history.undo(doc), "undo refused");
    GLOSS_FUZZ_CHECK(!history.can_undo(), "undo stack not empty");
    GLOSS_FUZZ_CHECK(core::document_to_json(doc) == original, "undo did not restore the document");
    for (int i = 0; i < applied; ++i) GLOSS_FUZZ_CHECK(history.redo(doc), "redo refused");
    GLOSS_FUZZ_CHECK(core::document_to_json(doc) == edited, "redo did not replay the edits");
    return 0;
}
