// SPDX-License-Identifier: MIT
// Article view: lays the document out (cached per width and font generation), draws only the
// visible rows with their highlight overlays, and turns mouse/touch input into commands.
#include "app/article_view.h"
#include "app/edit_ui.h" // span_colour: free highlights have their own colour

#include <algorithm>
#include <cmath>

namespace gloss::app {
namespace {

constexpr float k_pad_top = 28.0f;     // CSS px above the first row
constexpr float k_pad_bottom = 96.0f;  // CSS px below the last row
constexpr float k_side = 28.0f;        // minimum CSS px left and right of the column
constexpr float k_measure_em = 35.0f;  // column width in body ems: about 70 characters
constexpr int k_max_lanes = 3;         // underline lanes drawn; deeper nests share the last

StyleMetrics metric(ImFont* font, float em, float line, float before, float after) {
    StyleMetrics m;
    m.font = font;
    m.size = font ? font->FontSize : em;
    m.line_height = std::max(std::round(em * line), m.size);
    m.space_before = std::round(before);
    m.space_after = std::round(after);
    return m;
}

ImU32 style_colour(TextStyle style, const Palette& pal) {
    switch (style) {
    case TextStyle::kicker: return pal.accent;
    case TextStyle::standfirst:
    case TextStyle::byline:
    case TextStyle::caption: return pal.muted;
    default: return pal.text;
    }
}

} // namespace

void ArticleView::reset() {
    m_hovered = 0;
    m_hover_spans.clear();
    m_sel_anchor = m_sel_caret = 0;
    m_pressed = m_dragging = false;
    m_pending_byte.reset();
    m_pending_y = 0.0f;
    m_anchor_byte.reset();
}

void ArticleView::invalidate_layout() {
    if (m_layout.valid() && !m_layout.rows().empty() && m_scroll_y > 0.0f)
        m_anchor_byte = m_layout.rows()[m_layout.row_at_y(m_scroll_y - m_pad_top)].begin;
    m_layout.clear();
}

float ArticleView::line_step() const {
    return m_layout.valid() ? m_layout.metrics(TextStyle::body).line_height : 24.0f;
}

core::ByteRange ArticleView::selection() const {
    return {std::min(m_sel_anchor, m_sel_caret), std::max(m_sel_anchor, m_sel_caret)};
}

LayoutParams ArticleView::make_params(const ArticleContext& ctx, float width) const {
    const FontSet& f = ctx.fonts;
    const float d = f.dpr;
    const float s = f.dpr * f.text_scale;
    LayoutParams p;
    p.width = width;
    p.font_generation = f.generation;
    auto set = [&](TextStyle st, StyleMetrics m) { p.styles[static_cast<int>(st)] = m; };
    set(TextStyle::kicker, metric(f.ui_bold, 14.0f * d, 1.4f, 0.0f, 6.0f * s));
    set(TextStyle::headline, metric(f.headline, 30.0f * s, 1.2f, 0.0f, 12.0f * s));
    set(TextStyle::standfirst, metric(f.italic, 16.5f * s, 1.5f, 0.0f, 14.0f * s));
    set(TextStyle::byline, metric(f.ui, 14.0f * d, 1.5f, 4.0f * s, 20.0f * s));
    set(TextStyle::heading, metric(f.heading, 21.0f * s, 1.3f, 22.0f * s, 8.0f * s));
    set(TextStyle::body, metric(f.body, 18.5f * s, 1.62f, 0.0f, 14.0f * s));
    set(TextStyle::caption, metric(f.italic, 16.5f * s, 1.45f, 10.0f * s, 24.0f * s));
    p.figure_pad = std::round(12.0f * s);
    p.figure_art_height = std::round(std::min(width * 0.40f, 240.0f * s));
    return p;
}

void ArticleView::ensure_layout(const ArticleContext& ctx, float avail_width) {
    const float d = ctx.fonts.dpr;
    const float measure = k_measure_em * 18.5f * ctx.fonts.dpr * ctx.fonts.text_scale;
    const float width = std::floor(std::max(120.0f * d, std::min(measure, avail_width - 2.0f * k_side * d)));
    const bool stale = !m_layout.valid() || m_layout.params().font_generation != ctx.fonts.generation ||
                       m_doc_generation != ctx.doc_generation;
    if (stale || m_layout.params().width != width) {
        const double now = ctx.platform.now_ms();
        // While a window is being resized, a slow relayout (a huge article) runs at most every
        // 150 ms; the previous rows are drawn meanwhile.
        if (!stale && ctx.stats.layout_ms > 8.0 && now - m_last_layout_at < 150.0) {
            ctx.platform.keep_awake(200.0);
        } else {
            // Keep the reader's place: the row at the top of the view stays at the top.
            std::optional<std::uint32_t> anchor = m_anchor_byte;
            m_anchor_byte.reset();
            if (m_doc_generation != ctx.doc_generation) anchor.reset();
            else if (!anchor && !m_layout.rows().empty() && m_scroll_y > 0.0f)
                anchor = m_layout.rows()[m_layout.row_at_y(m_scroll_y - m_pad_top)].begin;
            m_layout.build(ctx.model.text(), ctx.model.layout_blocks(), make_params(ctx, width));
            if (anchor && !m_pending_y && !m_pending_byte) {
                const std::size_t r = m_layout.row_of_byte(*anchor);
                if (r < m_layout.rows().size()) m_pending_y = k_pad_top * d + m_layout.rows()[r].y;
            }
            const double done = ctx.platform.now_ms();
            ctx.stats.layout_ms = done - now;
            ++ctx.stats.layouts;
            m_last_layout_at = done;
            m_doc_generation = ctx.doc_generation;
            m_spans_generation = -1;
            ++m_layout_serial;
        }
    }
    if (m_spans_generation != ctx.spans_generation) {
        m_overlay.build(m_layout.rows(), ctx.spans);
        m_spans_generation = ctx.spans_generation;
    }
    m_pad_top = k_pad_top * d;
    m_content_h = m_pad_top + m_layout.height() + k_pad_bottom * d;
}

void ArticleView::draw(const ArticleContext& ctx, ImVec2 size) {
    size.x = std::max(size.x, 1.0f);
    size.y = std::max(size.y, 1.0f);
    ensure_layout(ctx, size.x);
    const float d = ctx.fonts.dpr;
    const float pad_top = k_pad_top * d;

    if (m_pending_byte && m_layout.valid()) {
        const auto& rows = m_layout.rows();
        const std::size_t r = m_layout.row_of_byte(*m_pending_byte);
        if (r < rows.size()) m_pending_y = pad_top + rows[r].y - size.y * 0.3f;
        m_pending_byte.reset();
    }
    std::optional<float> requested;
    if (m_pending_y) {
        const float max_scroll = std::max(0.0f, m_content_h - size.y);
        requested = std::clamp(*m_pending_y, 0.0f, max_scroll);
        ImGui::SetNextWindowScroll(ImVec2(0.0f, *requested));
        m_pending_y.reset();
    }

    ImGui::PushStyleColor(ImGuiCol_ChildBg, ctx.pal.page);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("##article", size, ImGuiChildFlags_None,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoScrollWithMouse);
    const ImVec2 win = ImGui::GetWindowPos();
    const float scroll = ImGui::GetScrollY();
    // ImGui clamps a scroll request to the previous frame's content height: when the content just
    // grew (relayout, new document), ask again next frame.
    if (requested && std::abs(scroll - *requested) > 1.0f && !m_scroll_retry) {
        m_pending_y = requested;
        m_scroll_retry = true; // once: never keep the loop awake chasing an unreachable scroll
        ctx.platform.keep_awake(100.0);
    } else if (requested) {
        m_scroll_retry = false;
    }
    m_scroll_y = scroll;
    m_view_h = size.y;
    m_view_min = win;
    m_view_max = ImVec2(win.x + size.x, win.y + size.y);
    const float col_w = m_layout.params().width;
    m_col_origin = ImVec2(win.x + std::floor((size.x - col_w) * 0.5f), win.y + pad_top - scroll);

    // One interaction surface over the visible viewport; the content extent is a Dummy.
    ImGui::SetCursorPos(ImVec2(0.0f, scroll));
    ImGui::InvisibleButton("##surface", size);
    handle_input(ctx, win, ImGui::IsItemHovered());

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float y0 = scroll - pad_top;
    const float y1 = y0 + size.y;
    draw_figures(ctx, dl, y0, y1);
    const auto [first, last] = m_layout.rows_in(y0, y1);
    for (std::size_t i = first; i < last; ++i) draw_row(ctx, dl, i);
    draw_marks(ctx, dl, first, last); // practice results (selection.cpp)

    ImGui::SetCursorPos(ImVec2(0.0f, std::max(m_content_h, scroll + size.y) - 1.0f));
    ImGui::Dummy(ImVec2(1.0f, 1.0f));
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    if (!m_hover_spans.empty() && !m_pressed) draw_tooltip(ctx);
}

std::vector<std::uint32_t> ArticleView::spans_at(const ArticleContext& ctx, ImVec2 col_pos,
                                                 std::uint32_t* byte_out) const {
    std::vector<std::uint32_t> out;
    const auto& rows = m_layout.rows();
    if (rows.empty()) return out;
    const std::size_t ri = m_layout.row_at_y(col_pos.y);
    const Row& row = rows[ri];
    if (byte_out) *byte_out = m_layout.byte_at(row, col_pos.x);
    if (col_pos.y < row.y || col_pos.y >= row.y + m_layout.metrics(row.style).line_height) return out;
    if (m_overlay.empty()) return out;
    for (const std::uint32_t* it = m_overlay.row_begin(ri); it != m_overlay.row_end(ri); ++it) {
        const Span& sp = ctx.spans[*it];
        const float x0 = m_layout.x_of(row, std::max(sp.range.start, row.begin));
        const float x1 = m_layout.x_of(row, std::min(sp.range.end, row.end));
        if (col_pos.x >= x0 && col_pos.x < x1) out.push_back(*it);
    }
    std::stable_sort(out.begin(), out.end(), [&](std::uint32_t a, std::uint32_t b) {
        return ctx.spans[a].range.size() < ctx.spans[b].range.size();
    });
    return out;
}

void ArticleView::handle_input(const ArticleContext& ctx, ImVec2 /*origin*/, bool item_hovered) {
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 col_pos(io.MousePos.x - m_col_origin.x, io.MousePos.y - m_col_origin.y);
    const bool touch = io.MouseSource == ImGuiMouseSource_TouchScreen;
    m_hovered = 0;
    m_hover_spans.clear();
    std::uint32_t byte = 0;
    // Wheel: one step is 100 CSS px, like a browser page (ImGui's default is 5 lines of UI text).
    if (item_hovered && io.MouseWheel != 0.0f)
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseWheel * 100.0f * ctx.fonts.dpr);
    if (item_hovered || ImGui::IsItemActive()) {
        m_hover_spans = spans_at(ctx, col_pos, &byte);
        if (!m_hover_spans.empty()) {
            m_hovered = ctx.spans[m_hover_spans.front()].id;
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        } else if (!m_layout.rows().empty()) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
        }
    }
    if (ImGui::IsItemActivated()) {
        m_pressed = true;
        m_dragging = false;
        m_press_byte = byte;
    }
    // Double/triple/shift-click select at once; a touch long press selects (selection.cpp).
    if (ImGui::IsItemActivated() && selection_gesture(ctx, byte)) m_pressed = false;
    if (m_pressed && ImGui::IsItemActive() && !touch_hold(ctx, byte)) {
        if (touch) {
            // A finger drag scrolls the article; a tap still selects.
            if (m_dragging || ImGui::IsMouseDragging(ImGuiMouseButton_Left, 6.0f * ctx.fonts.dpr)) {
                m_dragging = true;
                ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
            }
        } else if (m_dragging || ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
            m_dragging = true;
            m_sel_anchor = m_press_byte;
            m_sel_caret = byte;
            // Keep selecting past the edges of the view.
            const float edge = 24.0f * ctx.fonts.dpr;
            if (io.MousePos.y < m_view_min.y + edge) ImGui::SetScrollY(ImGui::GetScrollY() - edge * 0.5f);
            if (io.MousePos.y > m_view_max.y - edge) ImGui::SetScrollY(ImGui::GetScrollY() + edge * 0.5f);
        }
    }
    if (m_pressed && ImGui::IsItemDeactivated()) {
        m_pressed = false;
        if (!m_dragging) {
            m_sel_anchor = m_sel_caret = 0;
            if (m_hover_spans.empty()) {
                ctx.commands.push(CommandKind::select, 0, 0);
            } else {
                // Clicking again where annotations overlap cycles through them, innermost first.
                std::size_t pick = 0;
                for (std::size_t i = 0; i < m_hover_spans.size(); ++i)
                    if (ctx.spans[m_hover_spans[i]].id == ctx.view.selected) pick = (i + 1) % m_hover_spans.size();
                ctx.commands.push(CommandKind::select, ctx.spans[m_hover_spans[pick]].id, k_select_reveal);
            }
        }
        m_dragging = false;
    }
}

void ArticleView::draw_figures(const ArticleContext& ctx, ImDrawList* dl, float y0, float y1) const {
    const LayoutParams& p = m_layout.params();
    const float d = ctx.fonts.dpr;
    for (const FigureBox& box : m_layout.figures()) {
        if (box.y1 < y0 || box.y0 > y1) continue;
        const ImVec2 a(m_col_origin.x, m_col_origin.y + box.y0);
        const ImVec2 b(m_col_origin.x + p.width, m_col_origin.y + box.y1);
        dl->AddRectFilled(a, b, fade(ctx.pal.frame_fill, 0.45f), 6.0f * d);
        dl->AddRect(a, b, ctx.pal.border, 6.0f * d, 0, std::max(1.0f, d));
        // The picture itself is not shipped: a placeholder drawing stands in for it.
        const ImVec2 art_a(a.x + p.figure_pad, a.y + p.figure_pad);
        const ImVec2 art_b(b.x - p.figure_pad, art_a.y + p.figure_art_height);
        dl->AddRectFilled(art_a, art_b, ctx.pal.frame_fill, 4.0f * d);
        const float h = p.figure_art_height;
        const ImVec2 c((art_a.x + art_b.x) * 0.5f, (art_a.y + art_b.y) * 0.5f);
        const float u = h * 0.16f;
        dl->AddTriangleFilled(ImVec2(c.x - 2.2f * u, c.y + 1.2f * u), ImVec2(c.x - 0.6f * u, c.y - 0.9f * u),
                              ImVec2(c.x + 0.9f * u, c.y + 1.2f * u), ctx.pal.frame_art);
        dl->AddTriangleFilled(ImVec2(c.x - 0.2f * u, c.y + 1.2f * u), ImVec2(c.x + 1.0f * u, c.y - 0.3f * u),
                              ImVec2(c.x + 2.2f * u, c.y + 1.2f * u), ctx.pal.frame_art);
        dl->AddCircleFilled(ImVec2(c.x + 1.3f * u, c.y - 1.1f * u), 0.45f * u, ctx.pal.frame_art);
    }
}

void ArticleView::draw_row(const ArticleContext& ctx, ImDrawList* dl, std::size_t ri) const {
    const Row& row = m_layout.rows()[ri];
    const StyleMetrics& m = m_layout.metrics(row.style);
    const Palette& pal = ctx.pal;
    const ViewState& view = ctx.view;
    const std::string_view text = ctx.model.text();
    const float d = ctx.fonts.dpr;
    const float top = m_col_origin.y + row.y;
    const float cx = m_col_origin.x;
    const float text_y = std::round(top + (m.line_height - m.size) * 0.5f);
    const float band_a = text_y + m.size * 0.10f;
    const float band_b = text_y + m.size * 0.92f;
    const float rounding = 2.0f * d;
    auto xs = [&](core::ByteRange r) {
        return std::make_pair(cx + m_layout.x_of(row, std::max(r.start, row.begin)),
                              cx + m_layout.x_of(row, std::min(r.end, row.end)));
    };

    // Search matches.
    const auto& matches = ctx.search.matches();
    auto mit = std::partition_point(matches.begin(), matches.end(),
                                    [&](core::ByteRange r) { return r.end <= row.begin; });
    for (; mit != matches.end() && mit->start < row.end; ++mit) {
        const auto [x0, x1] = xs(*mit);
        dl->AddRectFilled(ImVec2(x0, band_a), ImVec2(x1, band_b), pal.search, rounding);
        if (static_cast<int>(mit - matches.begin()) == ctx.search.current())
            dl->AddRect(ImVec2(x0 - d, band_a - d), ImVec2(x1 + d, band_b + d), pal.search_current, rounding, 0, 2.0f * d);
    }

    // Drag selection.
    const core::ByteRange sel = selection();
    if (!sel.empty() && sel.start < row.end && sel.end > row.begin) {
        const auto [x0, x1] = xs(sel);
        dl->AddRectFilled(ImVec2(x0, text_y), ImVec2(x1, text_y + m.size), pal.selection);
    }

    // Highlight fills under the text.
    const bool has_spans = !m_overlay.empty();
    const bool flashing = ctx.platform.now_ms() < view.flash_until_ms;
    if (has_spans) {
        for (const std::uint32_t* it = m_overlay.row_begin(ri); it != m_overlay.row_end(ri); ++it) {
            const Span& sp = ctx.spans[*it];
            const bool dim = view.focused != core::k_no_entity && sp.entity != view.focused;
            float a = pal.tint_alpha;
            if (sp.kind == core::Kind::quote) a *= 0.35f;
            if (dim) a *= 0.2f;
            else if (view.focused != core::k_no_entity) a *= 1.6f;
            if (sp.id == m_hovered) a *= 1.4f;
            if (sp.id == view.selected) a *= 1.8f;
            a = std::min(a, 0.5f); // the text on top must stay readable
            const auto [x0, x1] = xs(sp.range);
            dl->AddRectFilled(ImVec2(x0, band_a), ImVec2(x1, band_b), fade(span_colour(ctx.model, sp, pal), a), rounding);
        }
    }

    dl->AddText(m.font, m.size, ImVec2(cx + row.x, text_y), style_colour(row.style, pal),
                text.data() + row.begin, text.data() + row.end);

    if (!has_spans) return;
    // Underlines, one lane per nesting level, then the selection outline on top.
    const float thick = std::max(1.0f, std::round(m.size * 0.07f));
    const float gap = std::max(1.0f, std::round(thick * 0.6f));
    const float base = text_y + (m.font ? m.font->Ascent : m.size * 0.78f) + std::max(1.0f, std::round(m.size * 0.06f));
    for (const std::uint32_t* it = m_overlay.row_begin(ri); it != m_overlay.row_end(ri); ++it) {
        const Span& sp = ctx.spans[*it];
        const bool dim = view.focused != core::k_no_entity && sp.entity != view.focused;
        const auto [x0, x1] = xs(sp.range);
        const ImU32 col = span_colour(ctx.model, sp, pal);
        if (!dim) {
            const int lane = std::min<int>(m_overlay.lane(*it), k_max_lanes - 1);
            const float uy = std::round(base + static_cast<float>(lane) * (thick + gap));
            dl->AddRectFilled(ImVec2(x0, uy), ImVec2(x1, uy + thick), fade(col, 0.9f));
        }
        if (sp.id == view.selected) {
            float a = 1.0f;
            if (flashing) a = 0.55f + 0.45f * std::sin(static_cast<float>(ctx.platform.now_ms()) * 0.012f);
            dl->AddRect(ImVec2(x0 - 2.0f * d, band_a - 2.0f * d), ImVec2(x1 + 2.0f * d, band_b + 2.0f * d),
                        fade(col, a), 3.0f * d, 0, (flashing ? 2.5f : 1.5f) * d);
        }
    }
}

void ArticleView::draw_tooltip(const ArticleContext& ctx) const {
    const auto& anns = ctx.model.doc().annotations;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
    const std::size_t n = std::min<std::size_t>(m_hover_spans.size(), 4);
    for (std::size_t i = 0; i < n; ++i) {
        const Span& sp = ctx.spans[m_hover_spans[i]];
        if (sp.index >= anns.size()) continue;
        const core::Annotation& a = anns[sp.index];
        if (i > 0) ImGui::Separator();
        const float h = ImGui::GetTextLineHeight();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + h * 0.2f), ImVec2(p.x + h * 0.6f, p.y + h * 0.8f),
                                                  ctx.pal.kind[static_cast<int>(a.kind)], h * 0.1f);
        ImGui::Dummy(ImVec2(h * 0.6f, h));
        ImGui::SameLine();
        if (a.subtype.empty())
            ImGui::TextUnformatted(core::kind_name(a.kind));
        else
            ImGui::Text("%s \xC2\xB7 %s", core::kind_name(a.kind), a.subtype.c_str());
        if (const core::Entity* e = ctx.model.entity(a.entity)) {
            ImGui::Text("%s", e->name.c_str());
            ImGui::TextDisabled("%u mention%s", e->mentions, e->mentions == 1 ? "" : "s");
        } else if (a.kind != core::Kind::quote) {
            const std::string_view t = ctx.model.slice(a.range);
            ImGui::TextUnformatted(t.data(), t.data() + std::min<std::size_t>(t.size(), 120));
        }
        if (a.kind == core::Kind::quote) {
            const core::Entity* sp_e = ctx.model.entity(a.speaker);
            ImGui::Text("Speaker: %s", sp_e ? sp_e->name.c_str() : "unattributed");
        }
        if (!a.note.empty()) ImGui::TextWrapped("Note: %s", a.note.c_str());
    }
    if (m_hover_spans.size() > n) ImGui::TextDisabled("+%zu more", m_hover_spans.size() - n);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

std::optional<PixelRect> ArticleView::rect_of(core::ByteRange range) const {
    const auto& rows = m_layout.rows();
    for (std::size_t ri = m_layout.row_of_byte(range.start); ri < rows.size() && rows[ri].begin < range.end; ++ri) {
        const Row& row = rows[ri];
        const float top = m_col_origin.y + row.y;
        const float h = m_layout.metrics(row.style).line_height;
        if (top + h <= m_view_min.y || top >= m_view_max.y) continue;
        const float x0 = m_col_origin.x + m_layout.x_of(row, std::max(range.start, row.begin));
        const float x1 = m_col_origin.x + m_layout.x_of(row, std::min(range.end, row.end));
        if (x1 <= x0) continue;
        return PixelRect{x0, top, x1 - x0, h};
    }
    return std::nullopt;
}

} // namespace gloss::app
