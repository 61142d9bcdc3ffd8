// SPDX-License-Identifier: MIT
// Themes: the light/dark palettes, the colour-blind-safe kind colours and the ImGui style.
#pragma once

#include "gloss/annotation.h"

#include <imgui.h>

#include <array>

namespace gloss::app {

enum class ThemeKind : std::uint8_t { light, dark };

/// Colours of one theme, packed as ImU32 (ImGui's ABGR).
struct Palette {
    ImU32 page = 0;           ///< article background
    ImU32 text = 0;           ///< article text
    ImU32 muted = 0;          ///< bylines, captions, secondary UI text
    ImU32 accent = 0;         ///< kicker, links, focus rings
    ImU32 panel = 0;          ///< side panel, toolbar, status bar
    ImU32 border = 0;
    ImU32 selection = 0;      ///< text selection fill
    ImU32 search = 0;         ///< search match fill
    ImU32 search_current = 0; ///< current search match outline
    ImU32 frame_fill = 0;     ///< image placeholder inside figure frames
    ImU32 frame_art = 0;      ///< the placeholder's drawing
    ImU32 minimap = 0;        ///< minimap track
    ImU32 minimap_view = 0;   ///< minimap viewport box
    std::array<ImU32, core::k_kind_count> kind{}; ///< Okabe–Ito colours, indexed by Kind
    float tint_alpha = 0.2f;  ///< opacity of highlight fills under the text
};

const Palette& palette(ThemeKind theme);

/// The colour with its alpha multiplied by `alpha` (0..1).
ImU32 fade(ImU32 colour, float alpha);

/// Sets ImGui's style for the theme, with every size scaled by `ui_scale` (the device pixel ratio).
void apply_style(ThemeKind theme, float ui_scale);

/// Plural label for the legend and the panel: "People", "Organizations", "Places", ...
const char* kind_label(core::Kind kind);

/// The kinds the detectors produce, in legend order.
inline constexpr std::array<core::Kind, 5> k_auto_kinds = {
    core::Kind::person, core::Kind::org, core::Kind::place, core::Kind::quote, core::Kind::figure};

} // namespace gloss::app
