// SPDX-License-Identifier: MIT
// Text selection gestures of the article view beyond a plain drag: double-click selects a word,
// triple-click a paragraph, shift-click extends, shift+arrows move the caret end, a long press
// on a touch screen selects a word and the following drag extends it. Also the practice marks
// and the scroll position as a byte offset (share links, autosave).
#include "app/article_view.h"
#include "app/edit_host.h"
#include "app/edit_ui.h"

#include <algorithm>
#include <cctype>

namespace gloss::app {
namespace {

constexpr double k_long_press_ms = 450.0;

// Word characters: ASCII letters and digits, apostrophes and hyphens inside a word, and any
// non-ASCII code point except General Punctuation (U+2000–U+206F: dashes, curly quotes, …).
bool is_word_at(std::string_view text, std::uint32_t b) {
    if (b >= text.size()) return false;
    const unsigned char c = static_cast<unsigned char>(text[b]);
    if (c < 0x80) return std::isalnum(c) != 0 || c == '\'' || c == '-' || c == '_';
    if ((c & 0xC0) == 0x80) return true; // continuation: decided by its lead byte
    if (c == 0xE2 && b + 1 < text.size()) {
        const unsigned char c1 = static_cast<unsigned char>(text[b + 1]);
        if (c1 == 0x80 || c1 == 0x81) return false;
    }
    return c != 0xC2 || b + 1 >= text.size() || static_cast<unsigned char>(text[b + 1]) != 0xA0; // NBSP
}

std::uint32_t lead_of(std::string_view text, std::uint32_t b) {
    while (b > 0 && b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
    return b;
}

std::uint32_t next_cp(std::string_view text, std::uint32_t b) {
    if (b >= text.size()) return static_cast<std::uint32_t>(text.size());
    ++b;
    while (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
    return b;
}

std::uint32_t prev_cp(std::string_view text, std::uint32_t b) {
    if (b == 0) return 0;
    return lead_of(text, b - 1);
}

core::ByteRange word_at(std::string_view text, std::uint32_t byte_offset) {
    std::uint32_t b = lead_of(text, std::min<std::uint32_t>(byte_offset, static_cast<std::uint32_t>(text.size())));
    if (!is_word_at(text, b)) {
        // Between words: take the one to the left, if any.
        const std::uint32_t p = prev_cp(text, b);
        if (p < b && is_word_at(text, p)) b = p;
        else return {b, next_cp(text, b)};
    }
    std::uint32_t s = b;
    while (s > 0) {
        const std::uint32_t p = prev_cp(text, s);
        if (!is_word_at(text, p) || text[p] == '\n') break;
        s = p;
    }
    std::uint32_t e = b;
    while (e < text.size() && is_word_at(text, e) && text[e] != '\n') e = next_cp(text, e);
    // Trailing apostrophes and hyphens are punctuation, not part of the word.
    while (e > s && (text[e - 1] == '\'' || text[e - 1] == '-')) --e;
    while (s < e && (text[s] == '\'' || text[s] == '-')) ++s;
    return {s, e};
}

} // namespace

void ArticleView::set_selection(core::ByteRange range) {
    m_sel_anchor = range.start;
    m_sel_caret = range.end;
}

std::uint32_t ArticleView::top_byte() const {
    const auto& rows = m_layout.rows();
    if (rows.empty()) return 0;
    const std::size_t r = m_layout.row_at_y(std::max(0.0f, m_scroll_y - m_pad_top));
    return r < rows.size() ? rows[r].begin : 0;
}

void ArticleView::scroll_top_to_byte(std::uint32_t byte_offset) {
    const auto& rows = m_layout.rows();
    if (rows.empty()) return;
    std::size_t r = m_layout.row_of_byte(byte_offset);
    if (r >= rows.size()) r = rows.size() - 1;
    m_pending_y = byte_offset == 0 ? 0.0f : m_pad_top + rows[r].y;
}

bool ArticleView::selection_gesture(const ArticleContext& ctx, std::uint32_t byte) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseSource == ImGuiMouseSource_TouchScreen) return false;
    const std::string_view text = ctx.model.text();
    const int clicks = std::max(ImGui::GetMouseClickedCount(ImGuiMouseButton_Left), host_io::last_click_count());
    if (clicks >= 3) {
        const int bi = ctx.model.block_of(byte);
        if (bi < 0) return false;
        set_selection(ctx.model.layout_blocks()[static_cast<std::size_t>(bi)].range);
        return true;
    }
    if (clicks == 2) {
        set_selection(word_at(text, byte));
        return true;
    }
    if (io.KeyShift) {
        const core::ByteRange sel = selection();
        if (sel.empty()) {
            const core::Annotation* a = ctx.model.annotation(ctx.view.selected);
            m_sel_anchor = a ? (byte < a->range.start ? a->range.end : a->range.start) : m_sel_caret;
        }
        m_sel_caret = byte;
        return true;
    }
    return false;
}

bool ArticleView::touch_hold(const ArticleContext& ctx, std::uint32_t byte) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseSource != ImGuiMouseSource_TouchScreen) return false;
    const double now = ctx.platform.now_ms();
    if (ImGui::IsItemActivated()) {
        m_press_ms = now;
        m_touch_selecting = false;
    }
    if (!m_touch_selecting) {
        if (m_dragging || ImGui::IsMouseDragging(ImGuiMouseButton_Left, 6.0f * ctx.fonts.dpr)) return false;
        if (now - m_press_ms < k_long_press_ms) {
            ctx.platform.keep_awake(100.0);
            return true; // still deciding: neither scroll nor select yet
        }
        const core::ByteRange w = word_at(ctx.model.text(), m_press_byte);
        set_selection(w);
        m_touch_selecting = true;
        m_dragging = true; // the release must keep the selection
        return true;
    }
    const core::ByteRange w = word_at(ctx.model.text(), m_press_byte);
    if (byte >= w.start) {
        m_sel_anchor = w.start;
        m_sel_caret = std::max(byte, w.end);
    } else {
        m_sel_anchor = w.end;
        m_sel_caret = byte;
    }
    return true;
}

void ArticleView::extend_selection(const ArticleContext& ctx, int direction, bool by_word, bool by_row) {
    const std::string_view text = ctx.model.text();
    if (m_sel_anchor == m_sel_caret) {
        const core::Annotation* a = ctx.model.annotation(ctx.view.selected);
        if (!a) return;
        m_sel_anchor = a->range.start;
        m_sel_caret = a->range.end;
        if (direction < 0) std::swap(m_sel_anchor, m_sel_caret);
    }
    std::uint32_t c = m_sel_caret;
    if (by_row) {
        const auto& rows = m_layout.rows();
        const std::size_t r = m_layout.row_of_byte(c);
        if (r >= rows.size()) return;
        const float x = m_layout.x_of(rows[r], c);
        const std::size_t to = direction < 0 ? (r == 0 ? 0 : r - 1) : std::min(rows.size() - 1, r + 1);
        c = m_layout.byte_at(rows[to], x);
    } else if (by_word) {
        if (direction > 0) {
            while (c < text.size() && !is_word_at(text, c)) c = next_cp(text, c);
            while (c < text.size() && is_word_at(text, c)) c = next_cp(text, c);
        } else {
            while (c > 0 && !is_word_at(text, prev_cp(text, c))) c = prev_cp(text, c);
            while (c > 0 && is_word_at(text, prev_cp(text, c))) c = prev_cp(text, c);
        }
    } else {
        c = direction > 0 ? next_cp(text, c) : prev_cp(text, c);
    }
    m_sel_caret = c;
    m_pending_byte = c;
}

void ArticleView::draw_marks(const ArticleContext& ctx, ImDrawList* dl, std::size_t first, std::size_t last) const {
    if (m_marks) draw_text_marks(dl, *m_marks, m_layout, m_col_origin, first, last, ctx.pal, ctx.fonts.dpr);
}

std::optional<PixelRect> ArticleView::visible_bounds_of(core::ByteRange range) const {
    const auto& rows = m_layout.rows();
    std::optional<PixelRect> out;
    for (std::size_t ri = m_layout.row_of_byte(range.start); ri < rows.size() && rows[ri].begin < range.end; ++ri) {
        const Row& row = rows[ri];
        const float top = m_col_origin.y + row.y;
        const float h = m_layout.metrics(row.style).line_height;
        if (top + h <= m_view_min.y) continue;
        if (top >= m_view_max.y) break;
        const float x0 = m_col_origin.x + m_layout.x_of(row, std::max(range.start, row.begin));
        const float x1 = m_col_origin.x + m_layout.x_of(row, std::min(range.end, row.end));
        if (x1 <= x0) continue;
        if (!out) out = PixelRect{x0, top, x1 - x0, h};
        else { // union of the visible pieces
            const float l = std::min(out->x, x0), t = out->y;
            out = PixelRect{l, t, std::max(out->x + out->w, x1) - l, top + h - t};
        }
    }
    return out;
}

} // namespace gloss::app
