// SPDX-License-Identifier: MIT
// Article view: lays the document out (cached per width and font generation), draws only the
// visible rows with their highlight overlays, and turns mouse/touch input into commands.
#pragma once

#include "app/commands.h"
#include "app/doc_model.h"
#include "app/edit_session.h"
#include "app/fonts.h"
#include "app/layout.h"
#include "app/overlay_index.h"
#include "app/platform.h"
#include "app/search.h"
#include "app/theme.h"
#include "app/view_state.h"

#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

namespace gloss::app {

/// Everything the view reads while drawing; it writes only to `commands`, `stats` and itself.
struct ArticleContext {
    const DocModel& model;
    int doc_generation;
    const std::vector<Span>& spans;   ///< visible annotations, sorted by start
    int spans_generation;
    const ViewState& view;
    const Palette& pal;
    const FontSet& fonts;
    const Search& search;
    Platform& platform;
    Stats& stats;
    CommandQueue& commands;
};

/// A rectangle in device pixels (canvas backing-store coordinates).
struct PixelRect {
    float x = 0, y = 0, w = 0, h = 0;
};

class ArticleView {
public:
    /// Draws the article as a child window of `size` at the cursor position.
    void draw(const ArticleContext& ctx, ImVec2 size);

    /// Scrolls so byte_offset sits in the upper third of the view (applied on the next draw).
    void scroll_to_byte(std::uint32_t byte_offset) { m_pending_byte = byte_offset; }
    void scroll_to_y(float y) { m_pending_y = y; }
    void scroll_by(float dy) { m_pending_y = (m_pending_y ? *m_pending_y : m_scroll_y) + dy; }
    /// Forgets selection, hover and scroll (a new document).
    void reset();
    /// Drops the rows: they point at fonts that a rebuild of the atlas just freed. Until the next
    /// draw lays the article out again, every query sees an empty layout.
    void invalidate_layout();

    float scroll_y() const { return m_scroll_y; }
    float view_height() const { return m_view_h; }
    float content_height() const { return m_content_h; }
    float page_step() const { return m_view_h * 0.85f; }
    float line_step() const;
    const Layout& layout() const { return m_layout; }
    /// Bumps whenever the rows change (relayout).
    int layout_serial() const { return m_layout_serial; }
    /// Content y (scroll coordinates) of column-relative y.
    float content_y(float column_y) const { return column_y + m_pad_top; }

    /// On-screen rectangle of the first visible row piece of `range`, if any is visible.
    std::optional<PixelRect> rect_of(core::ByteRange range) const;
    /// The user's drag selection (empty when none).
    core::ByteRange selection() const;
    core::AnnotationId hovered() const { return m_hovered; }

private:
    LayoutParams make_params(const ArticleContext& ctx, float width) const;
    void ensure_layout(const ArticleContext& ctx, float avail_width);
    void handle_input(const ArticleContext& ctx, ImVec2 origin, bool item_hovered);
    void draw_figures(const ArticleContext& ctx, ImDrawList* dl, float y0, float y1) const;
    void draw_row(const ArticleContext& ctx, ImDrawList* dl, std::size_t row_index) const;
    void draw_tooltip(const ArticleContext& ctx) const;
    /// Span indices under a column-relative point, innermost first.
    std::vector<std::uint32_t> spans_at(const ArticleContext& ctx, ImVec2 col_pos, std::uint32_t* byte_out) const;

    Layout m_layout;
    OverlayIndex m_overlay;
    int m_doc_generation = -1;
    int m_layout_serial = 0;
    std::optional<std::uint32_t> m_anchor_byte; ///< first byte at the top of the view, kept across relayouts
    bool m_scroll_retry = false;                ///< a clamped scroll request is being retried
    float m_pad_top = 0.0f;
    int m_spans_generation = -1;
    double m_last_layout_at = -1e9;
    std::optional<std::uint32_t> m_pending_byte;
    std::optional<float> m_pending_y;

    // Geometry of the last draw (screen = canvas device px).
    ImVec2 m_col_origin{0, 0}; ///< screen position of column-relative (0, 0) at the current scroll
    ImVec2 m_view_min{0, 0};
    ImVec2 m_view_max{0, 0};
    float m_scroll_y = 0.0f;
    float m_view_h = 0.0f;
    float m_content_h = 0.0f;

    // Input state.
    core::AnnotationId m_hovered = 0;
    std::vector<std::uint32_t> m_hover_spans;
    std::uint32_t m_press_byte = 0;
    std::uint32_t m_sel_anchor = 0;
    std::uint32_t m_sel_caret = 0;
    bool m_dragging = false;
    bool m_pressed = false;

    // ---- selection gestures, practice marks, byte scroll (selection.cpp; issue 5) -----------
public:
    void set_selection(core::ByteRange range);
    void clear_selection() { m_sel_anchor = m_sel_caret = 0; }
    /// Shift+arrows: moves the selection's caret end by a character, a word or a row.
    void extend_selection(const ArticleContext& ctx, int direction, bool by_word, bool by_row);
    /// True while the mouse is dragging out a selection.
    bool selecting() const { return m_pressed && m_dragging; }
    /// Document generation the current layout was built for.
    int layout_doc_generation() const { return m_doc_generation; }
    /// First byte of the row at the top of the view, and the inverse (applied on the next draw).
    std::uint32_t top_byte() const;
    void scroll_top_to_byte(std::uint32_t byte_offset);
    /// Bounding box (device px) of the visible pieces of `range`, if any is visible.
    std::optional<PixelRect> visible_bounds_of(core::ByteRange range) const;
    void set_marks(const std::vector<TextMark>* marks) { m_marks = marks; }

private:
    bool selection_gesture(const ArticleContext& ctx, std::uint32_t byte);
    bool touch_hold(const ArticleContext& ctx, std::uint32_t byte);
    void draw_marks(const ArticleContext& ctx, ImDrawList* dl, std::size_t first, std::size_t last) const;
    const std::vector<TextMark>* m_marks = nullptr;
    double m_press_ms = 0.0;
    bool m_touch_selecting = false;
};

} // namespace gloss::app
