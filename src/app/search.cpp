// SPDX-License-Identifier: MIT
// In-app search (the browser's find cannot see a canvas): case-insensitive matches over the
// drawn text, a current match, next/previous.
#include "app/search.h"

#include "app/doc_model.h"

#include <algorithm>

namespace gloss::app {

char32_t fold_case(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
    if (c >= 0x100 && c <= 0x137) return c | 1u;                 // pairs: even upper, odd lower
    if (c >= 0x139 && c <= 0x148) return (c & 1u) ? c + 1 : c;   // odd upper, even lower
    if (c >= 0x14A && c <= 0x177) return c | 1u;
    if (c == 0x178) return 0xFF;
    if (c >= 0x179 && c <= 0x17E) return (c & 1u) ? c + 1 : c;
    if (c == 0x2019 || c == 0x2018) return '\'';                  // curly apostrophes match '
    if (c == 0x201C || c == 0x201D) return '"';
    return c;
}

void Search::clear() {
    m_query.clear();
    m_matches.clear();
    m_current = -1;
}

void Search::run(const DocModel& model, const std::string& query) {
    const std::uint32_t keep = m_current >= 0 ? m_matches[static_cast<std::size_t>(m_current)].start : 0;
    m_query = query;
    m_matches.clear();
    m_current = -1;
    std::u32string needle;
    for (std::uint32_t i = 0; i < query.size();) needle.push_back(fold_case(core::decode_utf8(query, i)));
    if (needle.empty()) return;

    const std::string_view text = model.text();
    for (const LayoutBlock& block : model.layout_blocks()) {
        // Decode the block once, keeping each code point's byte offset, then match on folds.
        std::u32string hay;
        std::vector<std::uint32_t> at;
        for (std::uint32_t i = block.range.start; i < block.range.end;) {
            at.push_back(i);
            hay.push_back(fold_case(core::decode_utf8(text, i)));
        }
        at.push_back(block.range.end);
        for (std::size_t pos = hay.find(needle); pos != std::u32string::npos; pos = hay.find(needle, pos + needle.size()))
            m_matches.push_back({at[pos], at[pos + needle.size()]});
    }
    if (!m_matches.empty()) seek(keep);
}

bool Search::step(int direction) {
    if (m_matches.empty()) return false;
    const int n = static_cast<int>(m_matches.size());
    m_current = m_current < 0 ? (direction >= 0 ? 0 : n - 1) : ((m_current + direction) % n + n) % n;
    return true;
}

void Search::seek(std::uint32_t byte_offset) {
    auto it = std::partition_point(m_matches.begin(), m_matches.end(),
                                   [&](core::ByteRange r) { return r.start < byte_offset; });
    m_current = m_matches.empty() ? -1 : static_cast<int>(it == m_matches.end() ? 0 : it - m_matches.begin());
}

} // namespace gloss::app
