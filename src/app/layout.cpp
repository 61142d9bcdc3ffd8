// SPDX-License-Identifier: MIT
// Layout engine: wraps the article's blocks into rows with the fonts' real advances, cached per
// column width and font generation; answers y→row, byte→row and x↔byte queries for drawing.
#include "app/layout.h"

#include <imgui_internal.h>

#include <algorithm>

namespace gloss::app {
namespace {

// Length of the UTF-8 sequence starting with lead byte c (1 for anything malformed).
std::uint32_t utf8_len(unsigned char c) {
    if (c < 0xC0) return 1;
    if (c < 0xE0) return 2;
    if (c < 0xF0) return 3;
    return 4;
}

} // namespace

void Layout::clear() {
    m_rows.clear();
    m_figures.clear();
    m_height = 0.0f;
    m_valid = false;
}

void Layout::build(std::string_view text, const std::vector<LayoutBlock>& blocks, const LayoutParams& params) {
    clear();
    m_text = text;
    m_params = params;
    m_rows.reserve(text.size() / 60 + blocks.size() + 1);
    float y = 0.0f;
    bool first = true;
    for (std::uint32_t bi = 0; bi < blocks.size(); ++bi) {
        const LayoutBlock& block = blocks[bi];
        const StyleMetrics& m = metrics(block.style);
        if (!m.font || block.range.end > text.size()) continue;
        if (!first) y += m.space_before;
        first = false;
        float x = 0.0f;
        float wrap = params.width;
        FigureBox box;
        if (block.figure) {
            box.y0 = y;
            box.block = bi;
            y += params.figure_pad + params.figure_art_height + params.figure_pad * 0.75f;
            x = params.figure_pad;
            wrap = std::max(1.0f, params.width - 2.0f * params.figure_pad);
        }
        const float scale = m.size / m.font->FontSize;
        const char* const base = text.data();
        const char* s = base + block.range.start;
        const char* const e = base + block.range.end;
        while (s < e && is_blank(*s)) ++s;
        if (s == e) { // keep empty blocks (e.g. an image without caption) one row tall
            m_rows.push_back(Row{block.range.start, block.range.start, y, x, bi, block.style});
            y += m.line_height;
        }
        while (s < e) {
            const char* brk = m.font->CalcWordWrapPositionA(scale, s, e, wrap);
            // Nothing fits (ImGui then returns s + 1, maybe inside a code point): take one whole glyph.
            if (brk <= s + 1) brk = std::min(e, s + utf8_len(static_cast<unsigned char>(*s)));
            // ImGui breaks after any ',', '.', ';', '!', '?' or '"', even inside a word: not inside a
            // number ("£500,|000", "7.|3") and not before a closing mark glued to the word ("together,|"",
            // "end.|”"). Back to the blank before the word when the row has one.
            if (brk < e && brk - s >= 2 && !is_blank(*brk) && !is_blank(brk[-1])) {
                const char* b = brk - 1;
                while (b > s && !is_blank(b[-1])) --b;
                if (b > s) brk = b;
            }
            const char* row_end = brk;
            while (row_end > s && is_blank(row_end[-1])) --row_end;
            m_rows.push_back(Row{static_cast<std::uint32_t>(s - base), static_cast<std::uint32_t>(row_end - base),
                                 y, x, bi, block.style});
            y += m.line_height;
            s = brk;
            while (s < e && is_blank(*s)) ++s;
        }
        if (block.figure) {
            y += params.figure_pad * 0.75f;
            box.y1 = y;
            m_figures.push_back(box);
        }
        y += m.space_after;
    }
    m_height = y;
    m_valid = true;
}

std::pair<std::size_t, std::size_t> Layout::rows_in(float y0, float y1) const {
    // Rows are sorted by y; a row spans [y, y + line_height).
    auto first = std::partition_point(m_rows.begin(), m_rows.end(), [&](const Row& r) {
        return r.y + metrics(r.style).line_height <= y0;
    });
    auto last = std::partition_point(first, m_rows.end(), [&](const Row& r) { return r.y < y1; });
    return {static_cast<std::size_t>(first - m_rows.begin()), static_cast<std::size_t>(last - m_rows.begin())};
}

std::size_t Layout::row_at_y(float y) const {
    if (m_rows.empty()) return 0;
    auto it = std::partition_point(m_rows.begin(), m_rows.end(), [&](const Row& r) { return r.y <= y; });
    if (it == m_rows.begin()) return 0;
    return static_cast<std::size_t>(it - m_rows.begin()) - 1;
}

std::size_t Layout::row_of_byte(std::uint32_t byte_offset) const {
    auto it = std::partition_point(m_rows.begin(), m_rows.end(), [&](const Row& r) {
        return r.end < byte_offset || (r.end == byte_offset && r.begin < r.end);
    });
    // A byte in the blank gap between two rows belongs to the next row.
    return static_cast<std::size_t>(it - m_rows.begin());
}

float Layout::x_of(const Row& row, std::uint32_t byte_offset) const {
    const std::uint32_t b = std::clamp(byte_offset, row.begin, row.end);
    if (b == row.begin) return row.x;
    const StyleMetrics& m = metrics(row.style);
    const char* base = m_text.data();
    return row.x + m.font->CalcTextSizeA(m.size, 1e9f, 0.0f, base + row.begin, base + b).x;
}

std::uint32_t Layout::byte_at(const Row& row, float x) const {
    const StyleMetrics& m = metrics(row.style);
    const float scale = m.size / m.font->FontSize;
    float pen = row.x;
    std::uint32_t b = row.begin;
    while (b < row.end) {
        const std::uint32_t len = std::min<std::uint32_t>(utf8_len(static_cast<unsigned char>(m_text[b])), row.end - b);
        unsigned int c = 0;
        ImTextCharFromUtf8(&c, m_text.data() + b, m_text.data() + b + len);
        const float advance = m.font->GetCharAdvance(static_cast<ImWchar>(c)) * scale;
        if (x < pen + advance * 0.5f) return b;
        pen += advance;
        b += len;
    }
    return row.end;
}

} // namespace gloss::app
