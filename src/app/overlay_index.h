// SPDX-License-Identifier: MIT
// Overlay index: which highlight spans cross which layout rows, and the underline lane of each
// span so that overlapping annotations stack instead of hiding each other.
#pragma once

#include "app/layout.h"
#include "gloss/annotation.h"

#include <cstdint>
#include <vector>

namespace gloss::app {

/// Plain span data handed to the view: one visible annotation.
struct Span {
    core::ByteRange range;
    core::Kind kind = core::Kind::highlight;
    core::AnnotationId id = 0;
    core::EntityId entity = core::k_no_entity;
    std::uint32_t index = 0;  ///< position in the document's annotation vector
};

class OverlayIndex {
public:
    /// Spans must be sorted by start. O(rows + total row crossings).
    void build(const std::vector<Row>& rows, const std::vector<Span>& spans);

    /// Indices into the span vector of the spans crossing row `row`.
    const std::uint32_t* row_begin(std::size_t row) const { return m_items.data() + m_offsets[row]; }
    const std::uint32_t* row_end(std::size_t row) const { return m_items.data() + m_offsets[row + 1]; }
    bool empty() const { return m_offsets.size() < 2; }
    /// 0 for the outermost span of a nest, 1 for the next one inside it, and so on.
    std::uint8_t lane(std::uint32_t span) const { return m_lanes[span]; }
    int lane_count() const { return m_lane_count; }

private:
    std::vector<std::uint32_t> m_offsets; ///< CSR: rows + 1 entries
    std::vector<std::uint32_t> m_items;
    std::vector<std::uint8_t> m_lanes;
    int m_lane_count = 0;
};

} // namespace gloss::app
