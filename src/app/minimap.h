// SPDX-License-Identifier: MIT
// Minimap: the article's scrollbar, marking where highlights and search matches are; click or
// drag to scroll.
#pragma once

#include "app/article_view.h"

#include <imgui.h>

#include <optional>
#include <vector>

namespace gloss::app {

class Minimap {
public:
    /// Draws the strip at the cursor with `size`; returns the scroll y the user asked for.
    std::optional<float> draw(const ArticleContext& ctx, const ArticleView& article, ImVec2 size);

private:
    void rebuild(const ArticleContext& ctx, const ArticleView& article, int height);

    std::vector<ImU32> m_marks;        ///< one colour per pixel row (0 = none)
    std::vector<ImU32> m_search_marks;
    int m_height = -1;
    int m_layout_serial = -1;
    int m_spans_generation = -1;
    core::EntityId m_focused = core::k_no_entity;
    const void* m_palette = nullptr;
    std::size_t m_search_count = static_cast<std::size_t>(-1);
    int m_search_current = -2;
};

} // namespace gloss::app
