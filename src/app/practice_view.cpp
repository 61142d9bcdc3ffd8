// SPDX-License-Identifier: MIT
// Practice mode on screen: the bar over the reading pane (what to do, Check, the score per kind,
// Leave) and the hit / miss / extra marks drawn over the text after a check.
#include "app/edit_ui.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace gloss::app {
namespace {

constexpr ImU32 k_hit = IM_COL32(0x00, 0x9E, 0x73, 255);    // Okabe–Ito bluish green
constexpr ImU32 k_miss = IM_COL32(0xD5, 0x5E, 0x00, 255);   // vermillion
constexpr ImU32 k_extra = IM_COL32(0x56, 0x6F, 0xC8, 255);  // blue-violet

ImU32 outcome_colour(core::PracticeOutcome o) {
    switch (o) {
    case core::PracticeOutcome::hit: return k_hit;
    case core::PracticeOutcome::miss: return k_miss;
    case core::PracticeOutcome::extra: return k_extra;
    }
    return k_hit;
}

void dashed_rect(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float thick, float dash) {
    auto hline = [&](float y) {
        for (float x = a.x; x < b.x; x += dash * 2.0f) dl->AddLine(ImVec2(x, y), ImVec2(std::min(x + dash, b.x), y), col, thick);
    };
    auto vline = [&](float x) {
        for (float y = a.y; y < b.y; y += dash * 2.0f) dl->AddLine(ImVec2(x, y), ImVec2(x, std::min(y + dash, b.y)), col, thick);
    };
    hline(a.y);
    hline(b.y);
    vline(a.x);
    vline(b.x);
}

// The mark's shape, so the outcome does not rest on colour alone: hit = solid box, miss =
// dashed box, extra = solid box with a double underline.
void draw_mark_shape(ImDrawList* dl, core::PracticeOutcome o, ImVec2 a, ImVec2 b, float d) {
    const ImU32 col = outcome_colour(o);
    switch (o) {
    case core::PracticeOutcome::hit: dl->AddRect(a, b, col, 3.0f * d, 0, 2.0f * d); break;
    case core::PracticeOutcome::miss:
        dl->AddRectFilled(a, b, fade(col, 0.12f), 3.0f * d);
        dashed_rect(dl, a, b, col, 2.0f * d, 4.0f * d);
        break;
    case core::PracticeOutcome::extra:
        dl->AddRect(a, b, col, 3.0f * d, 0, 1.5f * d);
        dl->AddLine(ImVec2(a.x, b.y + 2.0f * d), ImVec2(b.x, b.y + 2.0f * d), col, 1.5f * d);
        break;
    }
}

} // namespace

void draw_text_marks(ImDrawList* dl, const std::vector<TextMark>& marks, const Layout& layout, ImVec2 col_origin,
                     std::size_t first_row, std::size_t last_row, const Palette& /*pal*/, float dpr) {
    if (marks.empty() || first_row >= last_row) return;
    const auto& rows = layout.rows();
    const std::uint32_t lo = rows[first_row].begin;
    const std::uint32_t hi = rows[last_row - 1].end;
    for (const TextMark& m : marks) {
        if (m.range.end <= lo || m.range.start >= hi) continue;
        for (std::size_t ri = std::max(first_row, layout.row_of_byte(m.range.start)); ri < last_row; ++ri) {
            const Row& row = rows[ri];
            if (row.begin >= m.range.end) break;
            if (row.end <= m.range.start) continue;
            const StyleMetrics& sm = layout.metrics(row.style);
            const float top = col_origin.y + row.y;
            const float text_y = std::round(top + (sm.line_height - sm.size) * 0.5f);
            const float x0 = col_origin.x + layout.x_of(row, std::max(m.range.start, row.begin));
            const float x1 = col_origin.x + layout.x_of(row, std::min(m.range.end, row.end));
            if (x1 <= x0) continue;
            draw_mark_shape(dl, m.outcome, ImVec2(x0 - 2.0f * dpr, text_y - 1.0f * dpr),
                            ImVec2(x1 + 2.0f * dpr, text_y + sm.size + 2.0f * dpr), dpr);
        }
    }
}

void draw_practice_bar(const EditUiContext& ctx) {
    EditSession& s = ctx.edit;
    if (!s.practice) return;
    const float d = ctx.fonts.dpr;
    const float w = std::min(ctx.article_max.x - ctx.article_min.x - 24.0f * d, 760.0f * d);
    ImGui::SetNextWindowPos(ImVec2((ctx.article_min.x + ctx.article_max.x) * 0.5f, ctx.article_min.y + 6.0f * d),
                            ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(w, 0.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10.0f * d, 6.0f * d));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 6.0f * d);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ctx.pal.panel);
    ImGui::PushStyleColor(ImGuiCol_Border, ctx.pal.accent);
    ImGui::Begin("##practice", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PushFont(ctx.fonts.ui_bold);
    ImGui::TextUnformatted("Practice");
    ImGui::PopFont();
    ImGui::SameLine();
    std::uint32_t mine = 0;
    for (const core::Annotation& a : ctx.model.doc().annotations)
        if (a.origin == core::Origin::user && a.kind != core::Kind::highlight) ++mine;
    if (!s.practice_checked) {
        ImGui::TextWrapped("Automatic highlights are hidden. Select what you find and mark it (1\xE2\x80\x93" "5). "
                           "%u marked so far.", mine);
    } else {
        const core::PracticeCounts& t = s.report.total;
        ImGui::Text("Score %.0f%%", s.report.score * 100.0);
        const float h = ImGui::GetTextLineHeight();
        auto key = [&](core::PracticeOutcome o, const char* label, std::uint32_t n) {
            ImGui::SameLine(0.0f, 14.0f * d);
            const ImVec2 p = ImGui::GetCursorScreenPos();
            ImGui::Dummy(ImVec2(h * 1.3f, h));
            draw_mark_shape(ImGui::GetWindowDrawList(), o, ImVec2(p.x + 1.0f * d, p.y + 2.0f * d),
                            ImVec2(p.x + h * 1.3f - 1.0f * d, p.y + h - 3.0f * d), d);
            ImGui::SameLine();
            ImGui::Text("%u %s", n, label);
        };
        key(core::PracticeOutcome::hit, t.hits == 1 ? "hit" : "hits", t.hits);
        key(core::PracticeOutcome::miss, t.misses == 1 ? "miss" : "misses", t.misses);
        key(core::PracticeOutcome::extra, t.extras == 1 ? "extra" : "extras", t.extras);
        ImGui::SameLine(0.0f, 14.0f * d);
        ImGui::TextDisabled("(per kind)");
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            for (int k = 0; k < 5; ++k) {
                const core::PracticeCounts& c = s.report.per_kind[static_cast<std::size_t>(k)];
                ImGui::Text("%-7s %u hits \xC2\xB7 %u misses \xC2\xB7 %u extras", core::kind_name(static_cast<core::Kind>(k)),
                            c.hits, c.misses, c.extras);
            }
            ImGui::EndTooltip();
        }
    }
    const bool check = ImGui::Button(s.practice_checked ? "Check again" : "Check");
    s.record_item("check");
    if (check) ctx.edit.push(UiActionKind::check_practice);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Compare your marks with the automatic ones");
    ImGui::SameLine();
    const bool leave = ImGui::Button("Leave practice");
    s.record_item("leave-practice");
    if (leave) ctx.edit.push(UiActionKind::toggle_practice);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show every highlight again (your marks stay)");
    ImGui::End();
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar(2);
}

} // namespace gloss::app
