// SPDX-License-Identifier: MIT
// Code point offsets, quote selectors and re-anchoring shared by every importer.
#include "export/anchoring.h"

#include "gloss/limits.h"

#include <algorithm>
#include <map>
#include <set>

namespace gloss::core::detail {

namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

} // namespace

CodePointMap::CodePointMap(std::string_view text) : m_text(text) {
    std::uint32_t cps = 0;
    m_cp_marks.reserve(text.size() / k_stride + 1);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i % k_stride == 0) m_cp_marks.push_back(cps);
        if (!is_continuation(text[i])) ++cps;
    }
    m_cp_size = cps;
}

std::uint32_t CodePointMap::cp_from_byte(std::uint32_t byte_offset) const {
    if (byte_offset >= m_text.size()) return m_cp_size;
    const std::uint32_t mark = byte_offset / k_stride;
    std::uint32_t cps = m_cp_marks[mark];
    for (std::uint32_t i = mark * k_stride; i < byte_offset; ++i)
        if (!is_continuation(m_text[i])) ++cps;
    return cps;
}

std::optional<std::uint32_t> CodePointMap::byte_from_cp(std::uint64_t cp_index) const {
    if (cp_index > m_cp_size) return std::nullopt;
    if (cp_index == m_cp_size) return static_cast<std::uint32_t>(m_text.size());
    // Last checkpoint at or before cp_index, then walk forward.
    const auto it =
        std::upper_bound(m_cp_marks.begin(), m_cp_marks.end(), static_cast<std::uint32_t>(cp_index));
    std::uint32_t mark = static_cast<std::uint32_t>(it - m_cp_marks.begin());
    mark = mark == 0 ? 0 : mark - 1;
    std::uint32_t byte = mark * k_stride;
    while (byte < m_text.size() && is_continuation(m_text[byte])) ++byte;
    std::uint32_t cps = cp_from_byte(byte);
    while (byte < m_text.size() && cps < cp_index) {
        ++byte;
        while (byte < m_text.size() && is_continuation(m_text[byte])) ++byte;
        ++cps;
    }
    return byte;
}

QuoteSelector quote_selector(std::string_view text, ByteRange range, std::uint32_t context_cps) {
    QuoteSelector q;
    q.exact = std::string(text.substr(range.start, range.size()));
    std::uint32_t b = range.start;
    for (std::uint32_t n = 0; n < context_cps && b > 0; ++n) {
        --b;
        while (b > 0 && is_continuation(text[b])) --b;
    }
    q.prefix = std::string(text.substr(b, range.start - b));
    std::uint32_t e = range.end;
    for (std::uint32_t n = 0; n < context_cps && e < text.size(); ++n) {
        ++e;
        while (e < text.size() && is_continuation(text[e])) ++e;
    }
    q.suffix = std::string(text.substr(range.end, e - range.end));
    return q;
}

std::optional<ByteRange> anchor_quote(std::string_view text, const QuoteSelector& quote,
                                      std::optional<std::uint32_t> hint_start) {
    if (quote.exact.empty() || quote.exact.size() > text.size()) return std::nullopt;
    constexpr std::size_t k_max_occurrences = 100000; // bound the work on pathological input
    std::optional<ByteRange> best;
    std::size_t best_score = 0;
    std::uint64_t best_distance = 0;
    std::size_t seen = 0;
    for (std::size_t p = text.find(quote.exact); p != std::string_view::npos && seen < k_max_occurrences;
         p = text.find(quote.exact, p + 1), ++seen) {
        if (!is_utf8_boundary(text, static_cast<std::uint32_t>(p))) continue;
        std::size_t score = 0;
        // Common suffix of prefix vs. text before p; common prefix of suffix vs. text after.
        while (score < quote.prefix.size() && score < p &&
               quote.prefix[quote.prefix.size() - 1 - score] == text[p - 1 - score])
            ++score;
        const std::size_t after = p + quote.exact.size();
        std::size_t s = 0;
        while (s < quote.suffix.size() && after + s < text.size() && quote.suffix[s] == text[after + s]) ++s;
        score += s;
        const std::uint64_t distance = hint_start ? (p > *hint_start ? p - *hint_start : *hint_start - p)
                                                  : static_cast<std::uint64_t>(p);
        if (!best || score > best_score || (score == best_score && distance < best_distance)) {
            best = ByteRange{static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(after)};
            best_score = score;
            best_distance = distance;
        }
    }
    return best;
}

Result<std::string> prepare_text(std::string_view raw) {
    std::string text = normalize_text(raw);
    if (auto checked = check_text(text); !checked) return checked.error();
    return text;
}

bool is_hex_color(std::string_view s) {
    if (s.size() != 7 || s[0] != '#') return false;
    return std::all_of(s.begin() + 1, s.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

ImportResult place_candidates(std::string text, std::vector<Candidate> candidates,
                              std::vector<Entity> entities, std::string title) {
    ImportResult out;
    Document& doc = out.document;
    doc.text = std::move(text);
    doc.blocks = parse_blocks(doc.text);
    std::set<AnnotationId> used;
    std::vector<Annotation> placed;
    for (auto& c : candidates) {
        Annotation a = std::move(c.annotation);
        const std::string_view t = doc.text;
        const bool hint_ok =
            c.hint && !c.hint->empty() && c.hint->end <= t.size() && is_utf8_boundary(t, c.hint->start) &&
            is_utf8_boundary(t, c.hint->end) &&
            (c.quote.exact.empty() || t.substr(c.hint->start, c.hint->size()) == c.quote.exact);
        if (hint_ok) {
            a.range = *c.hint;
            ++out.placed;
        } else if (auto found = anchor_quote(
                       t, c.quote, c.hint ? std::optional<std::uint32_t>(c.hint->start) : std::nullopt)) {
            a.range = *found;
            ++out.reanchored;
        } else {
            std::string quote = c.quote.exact.substr(0, 200);
            while (!quote.empty() &&
                   !is_utf8_boundary(c.quote.exact, static_cast<std::uint32_t>(quote.size())))
                quote.pop_back();
            out.unplaced.push_back({kind_name(a.kind), quote,
                                    c.quote.exact.empty()
                                        ? "It has no quote and its position is outside the text."
                                        : "Its quote does not occur in this text."});
            continue;
        }
        placed.push_back(std::move(a));
    }
    // Ids: keep the file's when unique, number the rest after the largest.
    AnnotationId next = 1;
    for (const auto& a : placed) next = std::max(next, a.id + 1);
    for (auto& a : placed) {
        if (a.id == 0 || !used.insert(a.id).second) {
            a.id = next++;
            used.insert(a.id);
        }
    }
    if (placed.size() > k_max_annotations) placed.resize(k_max_annotations);
    // Entity references must point into the entity list; mention counts follow the placed set.
    std::map<EntityId, std::size_t> index;
    for (std::size_t i = 0; i < entities.size(); ++i) {
        if (index.count(entities[i].id)) continue;
        index[entities[i].id] = i;
        entities[i].mentions = 0;
    }
    for (auto& a : placed) {
        if (a.entity != k_no_entity && !index.count(a.entity)) a.entity = k_no_entity;
        if (a.speaker != k_no_entity && !index.count(a.speaker)) a.speaker = k_no_entity;
        if (a.entity != k_no_entity) ++entities[index[a.entity]].mentions;
    }
    std::vector<Entity> unique_entities;
    std::set<EntityId> seen_ids;
    for (auto& e : entities)
        if (seen_ids.insert(e.id).second) unique_entities.push_back(std::move(e));
    doc.entities = std::move(unique_entities);
    doc.annotations = std::move(placed);
    sort_annotations(doc.annotations);
    if (title.empty()) {
        for (const auto& b : doc.blocks)
            if (b.kind == BlockKind::headline) {
                title = doc.text.substr(b.range.start, b.range.size());
                break;
            }
    }
    doc.title = normalize_text(title);
    return out;
}

} // namespace gloss::core::detail
