// SPDX-License-Identifier: MIT
// annotate(): runs tokenizer, names, coreference, quotes and figures; assembles the Detection.
#include "gloss/annotate.h"

#include "detect/detect.h"
#include "gloss/limits.h"

#include <algorithm>

namespace gloss::core {

Detection annotate(std::string_view text, const std::vector<Block>& blocks) {
    Detection out;
    if (text.empty() || text.size() > k_max_text_bytes) return out;
    detect::TokenTable table = detect::tokenize(text, blocks);
    std::vector<detect::Mention> names = detect::detect_names(table);
    out.entities = detect::resolve_entities(table, names);
    std::vector<detect::Mention> quotes = detect::detect_quotes(table, names, out.entities);
    std::vector<detect::Mention> figures = detect::detect_figures(table, names);

    out.annotations.reserve(names.size() + quotes.size() + figures.size());
    auto add = [&](const detect::Mention& m) {
        if (out.annotations.size() >= k_max_annotations) return;
        Annotation a;
        a.range = m.range;
        a.kind = m.kind;
        a.subtype = m.subtype;
        a.origin = Origin::automatic;
        a.entity = m.kind == Kind::quote ? k_no_entity : m.entity;
        a.speaker = m.kind == Kind::quote ? m.speaker : k_no_entity;
        out.annotations.push_back(std::move(a));
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
    sort_annotations(out.annotations);
    AnnotationId id = 1;
    for (Annotation& a : out.annotations) a.id = id++;
    return out;
}

} // namespace gloss::core
