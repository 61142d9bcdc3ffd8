// SPDX-License-Identifier: MIT
// Themes: the light/dark palettes, the colour-blind-safe kind colours and the ImGui style.
#include "app/theme.h"

namespace gloss::app {
namespace {

constexpr ImU32 rgb(unsigned hex, unsigned alpha = 255) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, alpha);
}

// Okabe & Ito (2008), "Color Universal Design": distinguishable with every common form of
// colour blindness. Order follows core::Kind: person, org, place, quote, figure, highlight.
Palette make_light() {
    Palette p;
    p.page = rgb(0xFBFAF7);
    p.text = rgb(0x1D1D1F);
    p.muted = rgb(0x5E5B57);
    p.accent = rgb(0x0072B2);
    p.panel = rgb(0xF0EEE9);
    p.border = rgb(0xD6D2C9);
    p.selection = rgb(0x0072B2, 70);
    p.search = rgb(0xF0E442, 170);
    p.search_current = rgb(0x1D1D1F);
    p.frame_fill = rgb(0xE9E6DF);
    p.frame_art = rgb(0xB9B3A7);
    p.minimap = rgb(0xE6E3DC);
    p.minimap_view = rgb(0x000000, 40);
    p.kind = {rgb(0xD55E00), rgb(0x0072B2), rgb(0x009E73), rgb(0xCC79A7), rgb(0xE69F00), rgb(0xF0E442)};
    p.tint_alpha = 0.20f;
    return p;
}

Palette make_dark() {
    Palette p;
    p.page = rgb(0x18191B);
    p.text = rgb(0xE8E5DE);
    p.muted = rgb(0xA29E96);
    p.accent = rgb(0x56B4E9);
    p.panel = rgb(0x222326);
    p.border = rgb(0x3A3C40);
    p.selection = rgb(0x56B4E9, 80);
    p.search = rgb(0xF0E442, 110);
    p.search_current = rgb(0xF5F3EE);
    p.frame_fill = rgb(0x26282B);
    p.frame_art = rgb(0x4A4D52);
    p.minimap = rgb(0x2A2C30);
    p.minimap_view = rgb(0xFFFFFF, 40);
    // Same hues; blue becomes Okabe–Ito sky blue, which keeps contrast on a dark page.
    p.kind = {rgb(0xE0732B), rgb(0x56B4E9), rgb(0x1DB88A), rgb(0xD98CB8), rgb(0xE69F00), rgb(0xF0E442)};
    p.tint_alpha = 0.30f;
    return p;
}

ImVec4 vec(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

} // namespace

const Palette& palette(ThemeKind theme) {
    static const Palette light = make_light();
    static const Palette dark = make_dark();
    return theme == ThemeKind::dark ? dark : light;
}

ImU32 fade(ImU32 colour, float alpha) {
    const unsigned a = (colour >> IM_COL32_A_SHIFT) & 0xFF;
    const unsigned scaled = static_cast<unsigned>(static_cast<float>(a) * alpha + 0.5f);
    return (colour & ~IM_COL32_A_MASK) | ((scaled > 255u ? 255u : scaled) << IM_COL32_A_SHIFT);
}

void apply_style(ThemeKind theme, float ui_scale) {
    ImGuiStyle style;
    if (theme == ThemeKind::dark)
        ImGui::StyleColorsDark(&style);
    else
        ImGui::StyleColorsLight(&style);
    const Palette& p = palette(theme);
    style.WindowRounding = 0.0f;
    style.ChildRounding = 0.0f;
    style.FrameRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.PopupRounding = 6.0f;
    style.TabRounding = 4.0f;
    style.WindowBorderSize = 0.0f;
    style.ChildBorderSize = 0.0f;
    style.FramePadding = ImVec2(8.0f, 4.0f);
    style.ItemSpacing = ImVec2(8.0f, 6.0f);
    style.WindowPadding = ImVec2(12.0f, 10.0f);
    style.ScrollbarSize = 12.0f;
    style.ScrollbarRounding = 6.0f;
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = vec(p.panel);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = vec(p.panel);
    c[ImGuiCol_Text] = vec(p.text);
    c[ImGuiCol_TextDisabled] = vec(p.muted);
    c[ImGuiCol_Border] = vec(p.border);
    c[ImGuiCol_Separator] = vec(p.border);
    c[ImGuiCol_Header] = vec(fade(p.accent, 0.18f));
    c[ImGuiCol_HeaderHovered] = vec(fade(p.accent, 0.28f));
    c[ImGuiCol_HeaderActive] = vec(fade(p.accent, 0.38f));
    c[ImGuiCol_Button] = vec(fade(p.accent, 0.10f));
    c[ImGuiCol_ButtonHovered] = vec(fade(p.accent, 0.25f));
    c[ImGuiCol_ButtonActive] = vec(fade(p.accent, 0.40f));
    c[ImGuiCol_Tab] = vec(fade(p.accent, 0.08f));
    c[ImGuiCol_TabHovered] = vec(fade(p.accent, 0.30f));
    c[ImGuiCol_TabActive] = vec(fade(p.accent, 0.22f));
    c[ImGuiCol_FrameBg] = vec(theme == ThemeKind::dark ? IM_COL32(0x18, 0x19, 0x1B, 255) : IM_COL32(255, 255, 255, 255));
    c[ImGuiCol_CheckMark] = vec(p.accent);
    c[ImGuiCol_NavHighlight] = vec(p.accent);
    style.ScaleAllSizes(ui_scale);
    ImGui::GetStyle() = style;
}

const char* kind_label(core::Kind kind) {
    switch (kind) {
    case core::Kind::person: return "People";
    case core::Kind::org: return "Organizations";
    case core::Kind::place: return "Places";
    case core::Kind::quote: return "Quotes";
    case core::Kind::figure: return "Figures";
    case core::Kind::highlight: return "Highlights";
    }
    return "";
}

} // namespace gloss::app
