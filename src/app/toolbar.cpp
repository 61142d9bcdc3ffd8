// SPDX-License-Identifier: MIT
// Toolbar (title, search, text size, theme, panel, help), the legend row with the kind toggles,
// and the search bar. Issues commands; the search query is read by App after the frame.
#include "app/toolbar.h"
#include "app/edit_ui.h"
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace gloss::app {
namespace {

bool tool_button(const char* label, const char* tip, bool active = false) {
    if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const bool pressed = ImGui::Button(label);
    if (active) ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::SetTooltip("%s", tip);
    }
    return pressed;
}

// A legend entry that is also the kind's toggle: swatch (hollow when hidden), label, count.
void legend_item(const ChromeContext& ctx, core::Kind kind, int key) {
    const float d = ctx.fonts.dpr;
    const bool on = ctx.view.kind_visible[static_cast<int>(kind)];
    const ImU32 col = ctx.pal.kind[static_cast<int>(kind)];
    char label[64];
    std::snprintf(label, sizeof label, "%s %u", kind_label(kind), ctx.model.kind_count(kind));
    const float h = ImGui::GetFrameHeight();
    const float sw = h * 0.55f;
    const ImVec2 text = ImGui::CalcTextSize(label);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::PushID(static_cast<int>(kind));
    const bool clicked = ImGui::InvisibleButton("##legend", ImVec2(sw + 6.0f * d + text.x + 8.0f * d, h));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (hovered) dl->AddRectFilled(a, ImVec2(a.x + sw + 14.0f * d + text.x, a.y + h), fade(ctx.pal.accent, 0.12f), 4.0f * d);
    const ImVec2 s0(a.x + 4.0f * d, a.y + (h - sw) * 0.5f);
    const ImVec2 s1(s0.x + sw, s0.y + sw);
    if (on) {
        dl->AddRectFilled(s0, s1, col, 3.0f * d);
    } else {
        dl->AddRect(s0, s1, col, 3.0f * d, 0, 2.0f * d);
    }
    dl->AddText(ImVec2(s1.x + 6.0f * d, a.y + (h - text.y) * 0.5f), on ? ctx.pal.text : ctx.pal.muted, label);
    if (!on) // strike through hidden kinds so the state does not rely on colour alone
        dl->AddLine(ImVec2(s1.x + 6.0f * d, a.y + h * 0.5f), ImVec2(s1.x + 6.0f * d + text.x, a.y + h * 0.5f), ctx.pal.muted, d);
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::SetTooltip("%s %s (key %d)", on ? "Hide" : "Show", kind_label(kind), key);
    }
    if (clicked) ctx.commands.push(CommandKind::toggle_kind, static_cast<int>(kind));
}

} // namespace

void SearchBar::set_query(const std::string& q) {
    std::snprintf(m_buf, sizeof m_buf, "%s", q.c_str());
    m_changed = true;
}

void SearchBar::draw(const ChromeContext& ctx, float width) {
    if (m_focus) {
        // SetKeyboardFocusHere only tabs within the current focus scope; a click elsewhere (the
        // side panel's tab bar) leaves another one set, so make this window's scope current.
        ImGui::FocusWindow(ImGui::GetCurrentWindow());
        ImGui::GetCurrentContext()->NavFocusScopeId = ImGui::GetCurrentFocusScope();
        ImGui::SetKeyboardFocusHere();
        m_focus = false;
    }
    ImGui::SetNextItemWidth(width);
    if (ImGui::InputTextWithHint("##search", "Search the article", m_buf, sizeof m_buf)) m_changed = true;
    if (ImGui::IsItemFocused() || ImGui::IsItemActive()) {
        if (ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter))
            m_step = ImGui::GetIO().KeyShift ? -1 : 1;
        if (ImGui::IsKeyPressed(ImGuiKey_Escape)) close();
    }
    ImGui::SameLine();
    const auto& matches = ctx.search.matches();
    if (m_buf[0] == '\0')
        ImGui::TextDisabled("Enter: next");
    else if (matches.empty())
        ImGui::TextDisabled("no matches");
    else
        ImGui::Text("%d of %zu", ctx.search.current() + 1, matches.size());
    ImGui::SameLine();
    if (ImGui::ArrowButton("##prev", ImGuiDir_Up)) m_step = -1;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Previous match (Shift+Enter)");
    ImGui::SameLine();
    if (ImGui::ArrowButton("##next", ImGuiDir_Down)) m_step = 1;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next match (Enter)");
    ImGui::SameLine();
    if (tool_button("Close", "Close search (Esc)")) close();
}

float toolbar_height(const FontSet& fonts) {
    const float frame = fonts.ui ? fonts.ui->FontSize + 8.0f * fonts.dpr : 24.0f;
    return 2.0f * (frame + 12.0f * fonts.dpr);
}

void draw_toolbar(const ChromeContext& ctx, SearchBar& search_bar, ImVec2 size) {
    const float d = ctx.fonts.dpr;
    ImGui::BeginChild("##toolbar", size, ImGuiChildFlags_None, ImGuiWindowFlags_NoScrollbar);
    ImGui::SetCursorPos(ImVec2(12.0f * d, 8.0f * d));
    ImGui::PushFont(ctx.fonts.ui_bold);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ctx.pal.accent), "Gloss");
    ImGui::PopFont();
    ImGui::SameLine();
    const std::string& title = ctx.model.doc().title;
    // Right-hand buttons first measure themselves so the title can be clipped before them.
    const char* theme_label = ctx.view.theme == ThemeKind::dark ? "Light" : "Dark";
    const ImGuiStyle& st = ImGui::GetStyle();
    auto bw = [&](const char* s) { return ImGui::CalcTextSize(s).x + st.FramePadding.x * 2.0f + st.ItemSpacing.x; };
    float right = bw("Search") + bw("A-") + bw("A+") + bw(theme_label) + bw("Panel") + bw("?") + 12.0f * d;
    if (!ctx.is_sample) right += bw("Sample");
    if (ctx.edit) right += draw_edit_tools(*ctx.edit, true); // Open, Undo, Redo, Practice, Share, Export
    const float title_w = ImGui::GetContentRegionAvail().x - right;
    if (title_w > 40.0f * d) {
        // A title wider than the room ends in an ellipsis before the buttons; hovering shows it whole.
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float room = title_w - 8.0f * d;
        const ImVec2 max(p.x + room, p.y + ImGui::GetTextLineHeight());
        const ImVec2 full = ImGui::CalcTextSize(title.c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.pal.muted);
        ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), p, max, max.x, max.x, title.c_str(), nullptr, &full);
        ImGui::PopStyleColor();
        if (full.x > room && ImGui::IsMouseHoveringRect(p, max) && ImGui::IsWindowHovered())
            ImGui::SetTooltip("%s", title.c_str());
    }
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowWidth() - right));
    if (ctx.edit) draw_edit_tools(*ctx.edit, false);
    if (!ctx.is_sample) {
        if (tool_button("Sample", "Open the bundled sample article")) ctx.commands.push(CommandKind::load_sample);
        ImGui::SameLine();
    }
    if (tool_button("Search", "Search the article (Ctrl+F or /)", search_bar.is_open())) {
        if (search_bar.is_open()) search_bar.close(); else search_bar.open();
    }
    ImGui::SameLine();
    if (tool_button("A-", "Smaller text (-)")) ctx.commands.push(CommandKind::text_size, -1);
    ImGui::SameLine();
    if (tool_button("A+", "Larger text (+)")) ctx.commands.push(CommandKind::text_size, 1);
    ImGui::SameLine();
    if (tool_button(theme_label, "Switch light/dark theme (T)")) ctx.commands.push(CommandKind::toggle_theme);
    ImGui::SameLine();
    if (tool_button("Panel", "Show/hide the side panel (L)", ctx.view.panel_open)) ctx.commands.push(CommandKind::toggle_panel);
    ImGui::SameLine();
    if (tool_button("?", "Keyboard shortcuts (?)", ctx.view.help_open)) ctx.commands.push(CommandKind::toggle_help, -1);

    // Legend row: each entry toggles its kind.
    ImGui::SetCursorPosX(8.0f * d);
    int key = 1;
    for (core::Kind kind : k_auto_kinds) {
        legend_item(ctx, kind, key++);
        ImGui::SameLine(0.0f, 2.0f * d);
    }
    if (search_bar.is_open()) {
        const float field = std::min(260.0f * d, ImGui::GetContentRegionAvail().x * 0.5f);
        const float extra = ImGui::CalcTextSize("999 of 9999").x + ImGui::GetFrameHeight() * 2.0f + st.ItemSpacing.x * 2.0f + bw("Close") + 16.0f * d;
        ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 8.0f * d, ImGui::GetWindowWidth() - field - extra));
        search_bar.draw(ctx, field);
    } else {
        ImGui::NewLine();
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 wp = ImGui::GetWindowPos();
    dl->AddLine(ImVec2(wp.x, wp.y + size.y - d), ImVec2(wp.x + size.x, wp.y + size.y - d), ctx.pal.border, d);
    ImGui::EndChild();
}

} // namespace gloss::app
