// SPDX-License-Identifier: MIT
// Document construction (normalize, check, blocks, detect) and lookups.
#include "gloss/document.h"
#include "gloss/limits.h"

#include <algorithm>

namespace gloss::core {

AnnotationId Document::next_annotation_id() const {
    AnnotationId top = 0;
    for (const auto& a : annotations) top = std::max(top, a.id);
    return top + 1;
}

const Entity* Document::find_entity(EntityId id) const {
    for (const auto& e : entities)
        if (e.id == id) return &e;
    return nullptr;
}

const Annotation* Document::find_annotation(AnnotationId id) const {
    for (const auto& a : annotations)
        if (a.id == id) return &a;
    return nullptr;
}

namespace {

std::string default_title(const Document& doc) {
    for (const auto& b : doc.blocks) {
        if (b.kind == BlockKind::headline) return doc.text.substr(b.range.start, b.range.size());
    }
    for (const auto& b : doc.blocks) {
        if (b.kind != BlockKind::image) {
            std::string t = doc.text.substr(b.range.start, std::min<std::uint32_t>(b.range.size(), 80));
            // Never cut a UTF-8 sequence in half.
            while (!t.empty() && !is_utf8_boundary(doc.text, b.range.start + static_cast<std::uint32_t>(t.size())))
                t.pop_back();
            return t;
        }
    }
    return "Untitled";
}

} // namespace

Result<Document> make_document(std::string_view raw_text, std::string_view title) {
    // Refuse a huge paste before copying it: normalization never shrinks text by more than
    // half (an ill-formed byte becomes 3 bytes, CRLF becomes 1), so this cannot reject
    // anything check_text would accept.
    if (raw_text.size() > 2 * k_max_text_bytes)
        return make_error(ErrorCode::text_too_large,
                          "The text is " + std::to_string(raw_text.size() / (1024 * 1024)) +
                              " MB; the largest article Gloss opens is " +
                              std::to_string(k_max_text_bytes / (1024 * 1024)) + " MB.");
    Document doc;
    doc.text = normalize_text(raw_text);
    if (auto checked = check_text(doc.text); !checked) return checked.error();
    doc.blocks = parse_blocks(doc.text);
    Detection detected = annotate(doc.text, doc.blocks);
    doc.annotations = std::move(detected.annotations);
    doc.entities = std::move(detected.entities);
    // Both through normalize_text, as document_from_json reads titles: a headline that starts
    // with U+FEFF would otherwise lose it on reload (fuzz: annotate).
    doc.title = normalize_text(title.empty() ? default_title(doc) : std::string(title));
    return doc;
}

} // namespace gloss::core
