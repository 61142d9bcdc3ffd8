// SPDX-License-Identifier: MIT
// View state: what the reader chose to see (filters, focus, selection, theme, text size, tabs).
// Changed only by App::apply (commands); panels and views read it while drawing.
#pragma once

#include "app/theme.h"
#include "gloss/annotation.h"

#include <array>

namespace gloss::app {

enum class SideTab : std::uint8_t { entities, quotes, figures, notes };
enum class EntitySort : std::uint8_t { mentions, name, first_seen };

inline constexpr float k_min_text_scale = 0.8f;
inline constexpr float k_max_text_scale = 1.5f;

struct ViewState {
    std::array<bool, core::k_kind_count> kind_visible{true, true, true, true, true, true};
    core::AnnotationId selected = 0;          ///< 0 = nothing selected
    core::EntityId focused = core::k_no_entity; ///< everything else is dimmed while set
    ThemeKind theme = ThemeKind::light;
    float text_scale = 1.0f;
    SideTab tab = SideTab::entities;
    EntitySort entity_sort = EntitySort::mentions;
    bool panel_open = true;
    bool help_open = false;
    double flash_until_ms = 0.0;              ///< the selected highlight pulses until then
    bool reveal_in_panel = false;             ///< scroll the panel to the selection once
};

} // namespace gloss::app
