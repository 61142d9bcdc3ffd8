// SPDX-License-Identifier: MIT
// DocModel: the loaded core::Document plus what the UI derives from it once per load (layout
// blocks, the UTF-16 offset map, each entity's mentions, counts per kind).
#pragma once

#include "app/layout.h"
#include "gloss/document.h"

#include <array>
#include <string_view>
#include <vector>

namespace gloss::app {

class DocModel {
public:
    /// Takes the document and derives everything else. Keeps `doc.text` at a stable address.
    void reset(core::Document doc);

    const core::Document& doc() const { return m_doc; }
    const core::OffsetMap& offsets() const { return m_offsets; }
    const std::vector<LayoutBlock>& layout_blocks() const { return m_blocks; }
    std::string_view text() const { return m_doc.text; }
    std::string_view slice(core::ByteRange range) const;

    /// Index into doc().annotations of the annotation with this id, or -1. O(log n).
    int index_of(core::AnnotationId id) const;
    /// The annotation / entity with this id, or nullptr. O(log n) / O(1) (Document's are linear).
    const core::Annotation* annotation(core::AnnotationId id) const;
    const core::Entity* entity(core::EntityId id) const;
    /// Annotation indices of an entity's mentions in text order (empty for unknown ids).
    const std::vector<std::uint32_t>& mentions(core::EntityId entity) const;
    /// Byte offset of the entity's first mention (for "first seen" sorting).
    std::uint32_t first_seen(core::EntityId entity) const;
    std::uint32_t kind_count(core::Kind kind) const { return m_kind_counts[static_cast<int>(kind)]; }
    /// The sentence holding `range`, bounded by its block, at most ~240 bytes around it.
    core::ByteRange sentence_around(core::ByteRange range) const;
    /// Block index holding byte_offset, or -1.
    int block_of(std::uint32_t byte_offset) const;
    /// True when the byte range is drawn (not inside an image URL, say).
    bool is_drawn(core::ByteRange range) const;

private:
    core::Document m_doc;
    core::OffsetMap m_offsets;
    std::vector<LayoutBlock> m_blocks;
    std::vector<std::vector<std::uint32_t>> m_mentions;
    std::vector<std::uint32_t> m_first_seen;
    std::vector<int> m_entity_index; ///< entity id → index in doc().entities, -1 when none
    std::vector<std::pair<core::AnnotationId, std::uint32_t>> m_by_id; ///< sorted by id
    std::array<std::uint32_t, core::k_kind_count> m_kind_counts{};
};

} // namespace gloss::app
