// SPDX-License-Identifier: MIT
// DocModel: the loaded core::Document plus what the UI derives from it once per load (layout
// blocks, the UTF-16 offset map, each entity's mentions, counts per kind).
#include "app/doc_model.h"

#include <algorithm>

namespace gloss::app {
namespace {

TextStyle style_of(core::BlockKind kind) {
    switch (kind) {
    case core::BlockKind::kicker: return TextStyle::kicker;
    case core::BlockKind::headline: return TextStyle::headline;
    case core::BlockKind::standfirst: return TextStyle::standfirst;
    case core::BlockKind::byline: return TextStyle::byline;
    case core::BlockKind::heading: return TextStyle::heading;
    case core::BlockKind::image: return TextStyle::caption;
    case core::BlockKind::paragraph: return TextStyle::body;
    }
    return TextStyle::body;
}

const std::vector<std::uint32_t> k_none;

} // namespace

void DocModel::reset(core::Document doc) {
    m_doc = std::move(doc);
    m_offsets = core::OffsetMap(m_doc.text); // views m_doc.text: rebuilt on every reset

    m_blocks.clear();
    m_blocks.reserve(m_doc.blocks.size());
    for (const core::Block& b : m_doc.blocks) {
        LayoutBlock lb;
        lb.style = style_of(b.kind);
        lb.figure = b.kind == core::BlockKind::image;
        lb.range = lb.figure ? b.caption : b.range;
        m_blocks.push_back(lb);
    }

    m_kind_counts.fill(0);
    std::size_t entity_slots = m_doc.entities.size();
    for (const core::Entity& e : m_doc.entities)
        if (e.id >= 0) entity_slots = std::max(entity_slots, static_cast<std::size_t>(e.id) + 1);
    m_mentions.assign(entity_slots, {});
    m_entity_index.assign(entity_slots, -1);
    for (std::size_t i = 0; i < m_doc.entities.size(); ++i)
        if (m_doc.entities[i].id >= 0) m_entity_index[static_cast<std::size_t>(m_doc.entities[i].id)] = static_cast<int>(i);
    m_first_seen.assign(entity_slots, UINT32_MAX);
    m_by_id.clear();
    m_by_id.reserve(m_doc.annotations.size());
    for (std::uint32_t i = 0; i < m_doc.annotations.size(); ++i) {
        const core::Annotation& a = m_doc.annotations[i];
        ++m_kind_counts[static_cast<int>(a.kind)];
        m_by_id.emplace_back(a.id, i);
        if (a.entity >= 0 && static_cast<std::size_t>(a.entity) < m_mentions.size()) {
            m_mentions[static_cast<std::size_t>(a.entity)].push_back(i);
            m_first_seen[static_cast<std::size_t>(a.entity)] =
                std::min(m_first_seen[static_cast<std::size_t>(a.entity)], a.range.start);
        }
    }
    std::sort(m_by_id.begin(), m_by_id.end());
}

std::string_view DocModel::slice(core::ByteRange range) const {
    const std::size_t n = m_doc.text.size();
    const std::size_t s = std::min<std::size_t>(range.start, n);
    const std::size_t e = std::min<std::size_t>(std::max(range.end, range.start), n);
    return std::string_view(m_doc.text).substr(s, e - s);
}

int DocModel::index_of(core::AnnotationId id) const {
    auto it = std::lower_bound(m_by_id.begin(), m_by_id.end(), std::make_pair(id, 0u));
    if (it == m_by_id.end() || it->first != id) return -1;
    return static_cast<int>(it->second);
}

const core::Annotation* DocModel::annotation(core::AnnotationId id) const {
    const int i = index_of(id);
    return i < 0 ? nullptr : &m_doc.annotations[static_cast<std::size_t>(i)];
}

const core::Entity* DocModel::entity(core::EntityId id) const {
    if (id < 0 || static_cast<std::size_t>(id) >= m_entity_index.size()) return nullptr;
    const int i = m_entity_index[static_cast<std::size_t>(id)];
    return i < 0 ? nullptr : &m_doc.entities[static_cast<std::size_t>(i)];
}

const std::vector<std::uint32_t>& DocModel::mentions(core::EntityId entity) const {
    if (entity < 0 || static_cast<std::size_t>(entity) >= m_mentions.size()) return k_none;
    return m_mentions[static_cast<std::size_t>(entity)];
}

std::uint32_t DocModel::first_seen(core::EntityId entity) const {
    if (entity < 0 || static_cast<std::size_t>(entity) >= m_first_seen.size()) return UINT32_MAX;
    return m_first_seen[static_cast<std::size_t>(entity)];
}

int DocModel::block_of(std::uint32_t byte_offset) const {
    const auto& blocks = m_doc.blocks;
    auto it = std::partition_point(blocks.begin(), blocks.end(),
                                   [&](const core::Block& b) { return b.range.end <= byte_offset; });
    if (it == blocks.end() || it->range.start > byte_offset) return -1;
    return static_cast<int>(it - blocks.begin());
}

bool DocModel::is_drawn(core::ByteRange range) const {
    const int bi = block_of(range.start);
    if (bi < 0) return false;
    const core::ByteRange drawn = m_blocks[static_cast<std::size_t>(bi)].range;
    return range.start >= drawn.start && range.end <= drawn.end;
}

core::ByteRange DocModel::sentence_around(core::ByteRange range) const {
    const std::string_view text = m_doc.text;
    const int bi = block_of(range.start);
    core::ByteRange bounds{0, static_cast<std::uint32_t>(text.size())};
    if (bi >= 0) bounds = m_blocks[static_cast<std::size_t>(bi)].range;
    constexpr std::uint32_t k_reach = 240;
    auto is_term = [](char c) { return c == '.' || c == '?' || c == '!'; };
    std::uint32_t s = range.start;
    const std::uint32_t s_min = range.start > bounds.start + k_reach ? range.start - k_reach : bounds.start;
    while (s > s_min && !(s >= 2 && text[s - 1] == ' ' && is_term(text[s - 2]))) --s;
    std::uint32_t e = range.end;
    const std::uint32_t e_max = std::min<std::uint32_t>(bounds.end, range.end + k_reach);
    while (e < e_max) {
        const bool stop = is_term(text[e]) && (e + 1 >= bounds.end || text[e + 1] == ' ');
        ++e;
        if (stop) break;
    }
    // Keep whole code points: step back over continuation bytes.
    while (s > bounds.start && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) --s;
    while (e < bounds.end && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) ++e;
    return {s, std::max(e, s)};
}

} // namespace gloss::app
