// SPDX-License-Identifier: MIT
// Document: the source text plus everything derived from it, and the native JSON format.
#pragma once

#include "gloss/annotate.h"
#include "gloss/annotation.h"
#include "gloss/blocks.h"
#include "gloss/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace gloss::core {

inline constexpr int k_format_version = 1;

/// An automatic mention the user deleted: detection never brings back an annotation of this
/// kind overlapping this range.
struct Rejection {
    ByteRange range;
    Kind kind = Kind::person;
};

struct Document {
    std::string title;
    std::string text;                     ///< normalized; every range points into it
    std::vector<Block> blocks;
    std::vector<Annotation> annotations;  ///< sorted with sort_annotations
    std::vector<Entity> entities;
    std::vector<Rejection> rejected;      ///< automatic mentions the user deleted (kept out on re-annotation)

    /// The id to give the next new annotation (one above the largest in use).
    AnnotationId next_annotation_id() const;
    const Entity* find_entity(EntityId id) const;
    const Annotation* find_annotation(AnnotationId id) const;
};

/// Normalizes and checks raw text, parses blocks and runs the detectors. The title defaults
/// to the headline block's text.
Result<Document> make_document(std::string_view raw_text, std::string_view title = {});

/// Native JSON (format "gloss", version k_format_version), pretty when indent >= 0.
std::string document_to_json(const Document& doc, int indent = -1);

/// Parses native JSON with schema checks (caps, types, ranges on UTF-8 boundaries). The text
/// is normalized; blocks are re-derived. A missing "entities" array is rebuilt as empty.
Result<Document> document_from_json(std::string_view json);

} // namespace gloss::core
