// SPDX-License-Identifier: MIT
// Toolbar (title, search, text size, theme, panel, help), the legend row with the kind toggles,
// and the search bar. Issues commands; the search query is read by App after the frame.
#pragma once

#include "app/commands.h"
#include "app/doc_model.h"
#include "app/fonts.h"
#include "app/search.h"
#include "app/theme.h"
#include "app/view_state.h"

#include <imgui.h>

#include <string>

namespace gloss::app {

struct EditUiContext;

struct ChromeContext {
    const DocModel& model;
    const ViewState& view;
    const Palette& pal;
    const FontSet& fonts;
    const Search& search;
    bool is_sample;
    CommandQueue& commands;
    const EditUiContext* edit = nullptr; ///< the editing UI (edit_ui.h), when present
};

/// The search field's UI state (what is typed); results live in Search.
class SearchBar {
public:
    void open() { m_open = true; m_focus = true; }
    void close() { m_open = false; m_changed = true; m_buf[0] = '\0'; }
    bool is_open() const { return m_open; }
    /// Draws the field and its match counter; Enter / Shift+Enter step through matches.
    void draw(const ChromeContext& ctx, float width);
    /// What changed since the last call: the query text and/or a step request (+1/-1).
    bool take_changed() { const bool c = m_changed; m_changed = false; return c; }
    int take_step() { const int s = m_step; m_step = 0; return s; }
    std::string query() const { return m_buf; }
    void request_step(int direction) { m_step = direction; }
    void set_query(const std::string& q);

private:
    char m_buf[256] = {};
    bool m_open = false;
    bool m_focus = false;
    bool m_changed = false;
    int m_step = 0;
};

/// Height of the toolbar plus legend, in device px, for the current fonts.
float toolbar_height(const FontSet& fonts);
void draw_toolbar(const ChromeContext& ctx, SearchBar& search_bar, ImVec2 size);

} // namespace gloss::app
