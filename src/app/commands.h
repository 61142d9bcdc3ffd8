// SPDX-License-Identifier: MIT
// Commands: what views and panels ask for while drawing; App applies them after the frame's
// widgets are done, so nothing changes the model or view state mid-draw.
#pragma once

#include <cstdint>
#include <vector>

namespace gloss::app {

enum class CommandKind : std::uint8_t {
    select,            ///< a = annotation id (0 clears); b = SelectFlags
    next_annotation,   ///< a = +1 / -1: keyboard walk through visible annotations
    next_mention,      ///< a = +1 / -1, b = entity id (-1: the selected annotation's entity)
    focus_entity,      ///< a = entity id, -1 clears; b = 1 toggles
    toggle_kind,       ///< a = core::Kind
    toggle_theme,
    text_size,         ///< a = +1 / -1 / 0 (reset)
    scroll_to_byte,    ///< a = byte offset
    set_tab,           ///< a = SideTab
    set_entity_sort,   ///< a = EntitySort
    toggle_panel,
    toggle_help,       ///< a = -1 toggle, 0 close, 1 open
    load_sample,
};

enum SelectFlags : std::int64_t {
    k_select_scroll = 1,   ///< bring it into view in the article and flash it
    k_select_reveal = 2,   ///< show it in the side panel (switch tab, scroll the list)
};

struct Command {
    CommandKind kind;
    std::int64_t a = 0;
    std::int64_t b = 0;
};

class CommandQueue {
public:
    void push(CommandKind kind, std::int64_t a = 0, std::int64_t b = 0) { m_items.push_back({kind, a, b}); }
    std::vector<Command> take() { std::vector<Command> out; out.swap(m_items); return out; }
    bool empty() const { return m_items.empty(); }

private:
    std::vector<Command> m_items;
};

} // namespace gloss::app
