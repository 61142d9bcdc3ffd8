// SPDX-License-Identifier: MIT
// annotate(): runs tokenizer, names, coreference, quotes and figures; assembles the Detection.
#include "gloss/annotate.h"

#include "detect/detect.h"
#include "gloss/limits.h"

#include <algorithm>
#include <tuple>

namespace gloss::core {

Detection annotate(std::string_view text, const std::vector<Block>& blocks) {
    Detection out;
    if (text.empty() || text.size() > k_max_text_bytes) return out;
    detect::TokenTable table = detect::tokenize(text, blocks);
    std::vector<detect::Mention> names = detect::detect_names(table);
    out.entities = detect::resolve_entities(table, names);
    std::vector<detect::Mention> quotes = detect::detect_quotes(table, names, out.entities);
    std::vector<detect::Mention> figures = detect::detect_figures(table, names);

    // The mentions are ordered first (small keys; the sequence number keeps insertion order
    // among equal positions, as sort_annotations()'s stable sort does), then each annotation is
    // built once in its place instead of being moved around by the sort.
    struct Key {
        std::uint32_t start;
        std::uint32_t end;
        int kind;
        std::uint32_t seq;
        const detect::Mention* mention;
    };
    std::vector<Key> keys;
    keys.reserve(names.size() + quotes.size() + figures.size());
    auto add = [&](const detect::Mention& m) {
        if (keys.size() >= k_max_annotations) return;
        keys.push_back(
            Key{m.range.start, m.range.end, static_cast<int>(m.kind), static_cast<std::uint32_t>(keys.size()), &m});
    };
    for (const auto& m : names) add(m);
    for (const auto& m : quotes) add(m);
    // FIGURE never overlaps PERSON/ORG/PLACE (both lists are sorted by position).
    std::size_t n = 0;
    for (const auto& m : figures) {
        while (n < names.size() && names[n].range.end <= m.range.start) ++n;
        if (n < names.size() && names[n].range.overlaps(m.range)) continue;
        add(m);
    }
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        return std::tie(a.start, a.end, a.kind, a.seq) < std::tie(b.start, b.end, b.kind, b.seq);
    });
    out.annotations.resize(keys.size());
    for (std::size_t k = 0; k < keys.size(); ++k) {
        const detect::Mention& m = *keys[k].mention;
        Annotation& a = out.annotations[k];
        a.range = m.range;
        a.kind = m.kind;
        a.subtype = m.subtype;
        a.origin = Origin::automatic;
        a.entity = m.kind == Kind::quote ? k_no_entity : m.entity;
        a.speaker = m.kind == Kind::quote ? m.speaker : k_no_entity;
    }
    AnnotationId id = 1;
    for (Annotation& a : out.annotations) a.id = id++;
    return out;
}

} // namespace gloss::core
