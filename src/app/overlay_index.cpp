// SPDX-License-Identifier: MIT
// Overlay index: which highlight spans cross which layout rows, and the underline lane of each
// span so that overlapping annotations stack instead of hiding each other.
#include "app/overlay_index.h"

#include <algorithm>

namespace gloss::app {

void OverlayIndex::build(const std::vector<Row>& rows, const std::vector<Span>& spans) {
    m_offsets.assign(rows.size() + 1, 0);
    m_items.clear();
    m_lanes.assign(spans.size(), 0);
    m_lane_count = spans.empty() ? 0 : 1;

    // Lanes: greedy interval colouring in (start asc, end desc) order, so an enclosing span (a
    // quote) takes the lower lane and the mentions inside it stack above.
    std::vector<std::uint32_t> order(spans.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (spans[a].range.start != spans[b].range.start) return spans[a].range.start < spans[b].range.start;
        return spans[a].range.end > spans[b].range.end;
    });
    std::vector<std::uint32_t> lane_end; // per lane: end of the last span placed in it
    for (std::uint32_t i : order) {
        const core::ByteRange r = spans[i].range;
        std::size_t lane = 0;
        while (lane < lane_end.size() && lane_end[lane] > r.start) ++lane;
        if (lane == lane_end.size()) lane_end.push_back(0);
        lane_end[lane] = r.end;
        m_lanes[i] = static_cast<std::uint8_t>(std::min<std::size_t>(lane, 255));
        m_lane_count = std::max(m_lane_count, static_cast<int>(lane) + 1);
    }

    // Row crossings, counted then filled (CSR).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs; // (row, span)
    pairs.reserve(spans.size() + spans.size() / 4);
    for (std::uint32_t si = 0; si < spans.size(); ++si) {
        const core::ByteRange r = spans[si].range;
        if (r.empty()) continue;
        auto it = std::partition_point(rows.begin(), rows.end(), [&](const Row& row) { return row.end <= r.start; });
        for (; it != rows.end() && it->begin < r.end; ++it) {
            if (it->begin == it->end) continue;
            pairs.emplace_back(static_cast<std::uint32_t>(it - rows.begin()), si);
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    m_items.reserve(pairs.size());
    for (const auto& [row, span] : pairs) {
        ++m_offsets[row + 1];
        m_items.push_back(span);
    }
    for (std::size_t i = 1; i < m_offsets.size(); ++i) m_offsets[i] += m_offsets[i - 1];
}

} // namespace gloss::app
