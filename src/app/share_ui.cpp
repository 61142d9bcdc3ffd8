// SPDX-License-Identifier: MIT
// Sharing and messages on screen: the toolbar's edit buttons (Open, Undo, Redo, Practice, Share,
// Export), the share dialog that shows the copied link and its length, and message boxes for bad
// input and storage problems (with the export offer).
#include "app/edit_ui.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>

namespace gloss::app {
namespace {

bool tool(const char* label, const char* tip, bool enabled = true, bool active = false) {
    if (!enabled) ImGui::BeginDisabled();
    if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const bool pressed = ImGui::Button(label);
    if (active) ImGui::PopStyleColor();
    if (!enabled) ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        if (enabled) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::SetTooltip("%s", tip);
    }
    return pressed;
}

constexpr const char* k_formats[][2] = {
    {"json", "Gloss JSON (everything)"},         {"w3c", "W3C Web Annotation (JSON-LD)"},
    {"brat", "brat standoff (.ann + .txt)"},     {"displacy", "spaCy / displaCy ents"},
    {"csv", "CSV spreadsheet"},                  {"html", "Printable HTML page"},
};

void export_menu_items(EditSession& s) {
    for (const auto& f : k_formats) {
        if (ImGui::MenuItem(f[1])) s.push(UiActionKind::export_as, f[0]);
        s.record_item((std::string("export-") + f[0]).c_str());
    }
}

std::string thousands(std::size_t n) {
    std::string s = std::to_string(n);
    for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
    return s;
}

} // namespace

float draw_edit_tools(const EditUiContext& ctx, bool measure) {
    const char* labels[] = {"Open", "Undo", "Redo", "Practice", "Share", "Export"};
    if (measure) {
        const ImGuiStyle& st = ImGui::GetStyle();
        float w = 0.0f;
        for (const char* l : labels) w += ImGui::CalcTextSize(l).x + st.FramePadding.x * 2.0f + st.ItemSpacing.x;
        return w + 10.0f * ctx.fonts.dpr;
    }
    EditSession& s = ctx.edit;
    if (tool("Open", "Open an article: paste, file, sample or a recent one")) s.push(UiActionKind::open_dialog);
    s.record_item("open");
    ImGui::SameLine();
    char tip[160];
    std::snprintf(tip, sizeof tip, "Undo %s (Ctrl+Z)", s.history.can_undo() ? s.history.undo_label().c_str() : "");
    if (tool("Undo", tip, s.history.can_undo())) s.push(EditRequest{EditRequest::Op::undo});
    s.record_item("undo");
    ImGui::SameLine();
    std::snprintf(tip, sizeof tip, "Redo %s (Ctrl+Shift+Z or Ctrl+Y)", s.history.can_redo() ? s.history.redo_label().c_str() : "");
    if (tool("Redo", tip, s.history.can_redo())) s.push(EditRequest{EditRequest::Op::redo});
    s.record_item("redo");
    ImGui::SameLine();
    if (tool("Practice", s.practice ? "Leave practice mode" : "Practice: hide the automatic highlights, mark them yourself, then Check",
             true, s.practice))
        s.push(UiActionKind::toggle_practice);
    s.record_item("practice");
    ImGui::SameLine();
    if (tool("Share", "Copy a link that reopens this exact view")) s.push(UiActionKind::share_link);
    s.record_item("share");
    ImGui::SameLine();
    if (tool("Export", "Download the annotations (JSON, W3C, brat, displaCy, CSV, HTML)")) ImGui::OpenPopup("##export");
    s.record_item("export");
    if (ImGui::BeginPopup("##export")) {
        export_menu_items(s);
        ImGui::EndPopup();
    }
    ImGui::SameLine(0.0f, 10.0f * ctx.fonts.dpr);
    return 0.0f;
}

void draw_share_dialog(const EditUiContext& ctx) {
    EditSession& s = ctx.edit;
    if (!s.share_open) return;
    const float d = ctx.fonts.dpr;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = std::min(vp->Size.x - 32.0f * d, 620.0f * d);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + 90.0f * d), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(w, 0.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16.0f * d, 12.0f * d));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ctx.pal.panel);
    bool open = true;
    ImGui::Begin("Share link###share", &open,
                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_AlwaysAutoResize);
    if (!open) s.push(UiActionKind::close_share);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::Text("Link copied to the clipboard \xE2\x80\x94 %s characters.", thousands(s.share_link.size()).c_str());
    ImGui::TextDisabled("Whoever opens it sees this article with your highlights, notes, filters and scroll position.%s",
                        s.share_link.size() > 2000 ? " It is long: some chat apps cut links above ~2,000 characters; "
                                                     "export a file instead if it arrives broken." : "");
    ImGui::PopTextWrapPos();
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputText("##link", s.share_link.data(), s.share_link.size() + 1, ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_AutoSelectAll);
    if (ImGui::Button("Copy again")) s.push(UiActionKind::share_link);
    ImGui::SameLine();
    const bool close = ImGui::Button("Close");
    s.record_item("share-close");
    if (close) s.push(UiActionKind::close_share);
    ImGui::End();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
}

void draw_edit_message(const EditUiContext& ctx) {
    EditSession& s = ctx.edit;
    if (!s.message()) return;
    const EditMessage& m = *s.message();
    const float d = ctx.fonts.dpr;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = std::min(vp->Size.x - 32.0f * d, (m.modal ? 520.0f : 640.0f) * d);
    if (m.modal) {
        ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.32f), ImGuiCond_Always,
                                ImVec2(0.5f, 0.5f));
    } else {
        ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y - 44.0f * d), ImGuiCond_Always,
                                ImVec2(0.5f, 1.0f));
    }
    ImGui::SetNextWindowSize(ImVec2(w, 0.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16.0f * d, 12.0f * d));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 8.0f * d);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f * d);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ctx.pal.panel);
    ImGui::PushStyleColor(ImGuiCol_Border, m.error ? error_colour(ctx.pal) : ctx.pal.accent);
    ImGui::Begin("##message", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoMove);
    if (m.modal) ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindowRead());
    ImGui::PushFont(ctx.fonts.ui_bold);
    if (m.error) ImGui::PushStyleColor(ImGuiCol_Text, error_colour(ctx.pal));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(m.title.c_str());
    ImGui::PopTextWrapPos();
    if (m.error) ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(m.body.c_str());
    ImGui::PopTextWrapPos();
    if (m.offer_export) {
        ImGui::TextUnformatted("Export now:");
        for (const auto& f : k_formats) {
            if (std::string(f[0]) == "html" || std::string(f[0]) == "displacy") continue;
            ImGui::SameLine();
            if (ImGui::SmallButton(f[0])) s.push(UiActionKind::export_as, f[0]);
        }
    }
    const bool ok = ImGui::Button(m.modal ? "OK" : "Dismiss");
    s.record_item("message-ok");
    if (ok) s.push(UiActionKind::dismiss_message);
    ImGui::End();
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar(3);
}

} // namespace gloss::app
