// SPDX-License-Identifier: MIT
// Status bar: annotation counts per kind, the selection, and the pipeline/frame timings.
#include "app/status_bar.h"

#include <algorithm>
#include <cstdio>

namespace gloss::app {

float status_bar_height(const FontSet& fonts) {
    return (fonts.ui ? fonts.ui->FontSize : 16.0f) + 10.0f * fonts.dpr;
}

void draw_status_bar(const DocModel& model, const ViewState& view, const Stats& stats, const Palette& pal,
                     const FontSet& fonts, ImVec2 size) {
    const float d = fonts.dpr;
    ImGui::BeginChild("##status", size, ImGuiChildFlags_None, ImGuiWindowFlags_NoScrollbar);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 wp = ImGui::GetWindowPos();
    dl->AddLine(wp, ImVec2(wp.x + size.x, wp.y), pal.border, d);
    ImGui::SetCursorPos(ImVec2(12.0f * d, (size.y - ImGui::GetTextLineHeight()) * 0.5f));
    const auto& doc = model.doc();
    char left[256];
    std::snprintf(left, sizeof left, "%zu annotations \xC2\xB7 %zu entities \xC2\xB7 %zu bytes", doc.annotations.size(),
                  doc.entities.size(), doc.text.size());
    ImGui::TextDisabled("%s", left);
    if (view.focused != core::k_no_entity) {
        if (const core::Entity* e = model.entity(view.focused)) {
            ImGui::SameLine();
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(pal.accent), "\xC2\xB7 focus: %s (Esc clears)", e->name.c_str());
        }
    }
    char right[160];
    std::snprintf(right, sizeof right, "annotate %.1f ms \xC2\xB7 layout %.1f ms \xC2\xB7 frame %.2f ms \xC2\xB7 %llu frames",
                  stats.annotate_ms, stats.layout_ms, stats.frame_ms_avg, static_cast<unsigned long long>(stats.frames));
    const float rw = ImGui::CalcTextSize(right).x;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 16.0f * d, size.x - rw - 12.0f * d));
    ImGui::TextDisabled("%s", right);
    ImGui::EndChild();
}

} // namespace gloss::app
