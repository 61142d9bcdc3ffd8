// SPDX-License-Identifier: MIT
// Minimap: the article's scrollbar, marking where highlights and search matches are; click or
// drag to scroll.
#include "app/minimap.h"

#include <algorithm>

namespace gloss::app {
namespace {

// Which kind wins a pixel row when several share it: entities before figures before quotes.
int priority(core::Kind kind) {
    switch (kind) {
    case core::Kind::person: return 6;
    case core::Kind::org: return 5;
    case core::Kind::place: return 4;
    case core::Kind::highlight: return 3;
    case core::Kind::figure: return 2;
    case core::Kind::quote: return 1;
    }
    return 0;
}

} // namespace

void Minimap::rebuild(const ArticleContext& ctx, const ArticleView& article, int height) {
    m_height = height;
    m_layout_serial = article.layout_serial();
    m_spans_generation = ctx.spans_generation;
    m_focused = ctx.view.focused;
    m_palette = &ctx.pal;
    m_marks.assign(static_cast<std::size_t>(std::max(height, 0)), 0);
    std::vector<int> best(m_marks.size(), 0);
    const Layout& layout = article.layout();
    const auto& rows = layout.rows();
    const float content = std::max(article.content_height(), 1.0f);
    if (rows.empty() || height <= 0) return;
    for (const Span& sp : ctx.spans) {
        const std::size_t ri = layout.row_of_byte(sp.range.start);
        if (ri >= rows.size()) continue;
        const int y = std::clamp(static_cast<int>(article.content_y(rows[ri].y) / content * static_cast<float>(height)), 0, height - 1);
        int p = priority(sp.kind);
        const bool dim = m_focused != core::k_no_entity && sp.entity != m_focused;
        if (m_focused != core::k_no_entity && !dim) p += 10;
        if (p > best[static_cast<std::size_t>(y)]) {
            best[static_cast<std::size_t>(y)] = p;
            const ImU32 col = ctx.pal.kind[static_cast<int>(sp.kind)];
            m_marks[static_cast<std::size_t>(y)] = dim ? fade(col, 0.25f) : col;
        }
    }
}

std::optional<float> Minimap::draw(const ArticleContext& ctx, const ArticleView& article, ImVec2 size) {
    const int h = static_cast<int>(size.y);
    if (h != m_height || article.layout_serial() != m_layout_serial || ctx.spans_generation != m_spans_generation ||
        ctx.view.focused != m_focused || m_palette != &ctx.pal)
        rebuild(ctx, article, h);

    const Layout& layout = article.layout();
    const float content = std::max(article.content_height(), 1.0f);
    const auto& matches = ctx.search.matches();
    if (matches.size() != m_search_count || ctx.search.current() != m_search_current) {
        m_search_count = matches.size();
        m_search_current = ctx.search.current();
        m_search_marks.assign(static_cast<std::size_t>(std::max(h, 0)), 0);
        for (std::size_t i = 0; i < matches.size() && h > 0; ++i) {
            const std::size_t ri = layout.row_of_byte(matches[i].start);
            if (ri >= layout.rows().size()) continue;
            const int y = std::clamp(static_cast<int>(article.content_y(layout.rows()[ri].y) / content * static_cast<float>(h)), 0, h - 1);
            m_search_marks[static_cast<std::size_t>(y)] = static_cast<int>(i) == m_search_current ? ctx.pal.search_current : ctx.pal.search;
        }
    }

    const ImVec2 a = ImGui::GetCursorScreenPos();
    const ImVec2 b(a.x + size.x, a.y + size.y);
    ImGui::InvisibleButton("##minimap", ImVec2(std::max(size.x, 1.0f), std::max(size.y, 1.0f)));
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemHovered() || active) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, ctx.pal.minimap);

    // Marks: runs of equal colour become one rectangle, so the cost is bounded by the height.
    const float d = ctx.fonts.dpr;
    const float mark_x0 = a.x + 2.0f * d;
    const float mark_x1 = b.x - 2.0f * d;
    const float min_h = std::max(2.0f, 2.0f * d);
    for (int y = 0; y < h;) {
        const ImU32 c = m_marks[static_cast<std::size_t>(y)];
        int e = y + 1;
        while (e < h && m_marks[static_cast<std::size_t>(e)] == c) ++e;
        if (c != 0) {
            const float y0 = a.y + static_cast<float>(y);
            dl->AddRectFilled(ImVec2(mark_x0, y0), ImVec2(mark_x1, std::max(y0 + min_h, a.y + static_cast<float>(e))), c);
        }
        y = e;
    }
    for (int y = 0; y < h; ++y) {
        const ImU32 c = m_search_marks[static_cast<std::size_t>(y)];
        if (c == 0) continue;
        const float y0 = a.y + static_cast<float>(y);
        dl->AddRectFilled(ImVec2(a.x, y0 - d), ImVec2(b.x, y0 + 2.0f * d), c);
    }
    // The viewport.
    const float v0 = a.y + article.scroll_y() / content * size.y;
    const float v1 = a.y + (article.scroll_y() + article.view_height()) / content * size.y;
    dl->AddRectFilled(ImVec2(a.x, v0), ImVec2(b.x, std::max(v1, v0 + 4.0f * d)), ctx.pal.minimap_view, 2.0f * d);

    if (active && size.y > 0.0f) {
        const float frac = (ImGui::GetIO().MousePos.y - a.y) / size.y;
        return frac * content - article.view_height() * 0.5f;
    }
    return std::nullopt;
}

} // namespace gloss::app
