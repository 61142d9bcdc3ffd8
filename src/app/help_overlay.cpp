// SPDX-License-Identifier: MIT
// Help overlay: the keyboard shortcuts, over the article; Esc or ? closes it.
#include "app/help_overlay.h"

#include <imgui.h>

namespace gloss::app {
namespace {

struct Shortcut {
    const char* keys;
    const char* what;
};

constexpr Shortcut k_shortcuts[] = {
    {"J / K", "next / previous annotation"},
    {"N / Shift+N", "next / previous mention of the selected entity"},
    {"F", "focus the selected entity (dim the rest); again to clear"},
    {"Esc", "clear selection, focus, search or this help"},
    {"1 \xE2\x80\x93 5", "show / hide people, organizations, places, quotes, figures"},
    {"Ctrl+F or /", "search; Enter / Shift+Enter: next / previous match"},
    {"F3 / Shift+F3", "next / previous search match"},
    {"Up/Down  PgUp/PgDn  Home/End  Space", "scroll the article"},
    {"+ / - / 0", "larger / smaller / default text size"},
    {"T", "light / dark theme"},
    {"L", "show / hide the side panel"},
    {"? or F1", "this help"},
    {"Click a highlight", "select it; click again to cycle overlapping ones"},
    {"Click a panel row", "scroll the article to it"},
    // Annotating (the editing work: selection.cpp, app_edit.cpp).
    {"Drag / double / triple click", "select a phrase / a word / a paragraph; Shift+click or Shift+arrows extend"},
    {"1 \xE2\x80\x93 6 with a selection", "mark it: person, organization, place, quote, figure, free highlight"},
    {"Ctrl+C", "copy the selected text"},
    {"Delete", "delete the selected annotation (an automatic one stays rejected)"},
    {"Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y", "undo / redo"},
    {"Ctrl+V", "paste an article or a share link (a preview comes first)"},
};

} // namespace

void draw_help_overlay(bool open, const Palette& pal, const FontSet& fonts, CommandQueue& commands) {
    // A modal popup: ImGui dims and blocks everything behind it.
    constexpr const char* k_id = "Keyboard shortcuts";
    if (!open) {
        if (ImGui::IsPopupOpen(k_id) && ImGui::BeginPopupModal(k_id)) { // closed by a command
            ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
        return;
    }
    if (!ImGui::IsPopupOpen(k_id)) ImGui::OpenPopup(k_id);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float d = fonts.dpr;
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(320.0f * d, 0.0f), ImVec2(vp->Size.x - 32.0f * d, vp->Size.y - 32.0f * d));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(20.0f * d, 16.0f * d));
    ImGui::PushStyleVar(ImGuiStyleVar_PopupRounding, 8.0f * d);
    ImGui::PushStyleVar(ImGuiStyleVar_PopupBorderSize, d);
    ImGui::PushStyleColor(ImGuiCol_PopupBg, pal.panel);
    ImGui::PushStyleColor(ImGuiCol_ModalWindowDimBg, IM_COL32(0, 0, 0, 90));
    if (ImGui::BeginPopupModal(k_id, nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoTitleBar |
                                   ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::PushFont(fonts.ui_bold);
        ImGui::TextUnformatted("Keyboard shortcuts");
        ImGui::PopFont();
        ImGui::Separator();
        if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_SizingFixedFit)) {
            for (const Shortcut& s : k_shortcuts) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(pal.accent), "%s", s.keys);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(s.what);
            }
            ImGui::EndTable();
        }
        ImGui::Spacing();
        ImGui::TextDisabled("Colours follow the Okabe\xE2\x80\x93Ito palette, readable with colour blindness.");
        bool close = ImGui::Button("Close");
        close |= ImGui::IsKeyPressed(ImGuiKey_Escape) || ImGui::IsKeyPressed(ImGuiKey_F1) ||
                 (ImGui::IsKeyPressed(ImGuiKey_Slash) && ImGui::GetIO().KeyShift);
        // A click outside the card closes it too.
        close |= ImGui::IsMouseClicked(ImGuiMouseButton_Left) &&
                 !ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem | ImGuiHoveredFlags_ChildWindows);
        if (close) {
            ImGui::CloseCurrentPopup();
            commands.push(CommandKind::toggle_help, 0);
        }
        ImGui::EndPopup();
    }
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar(3);
}

} // namespace gloss::app
