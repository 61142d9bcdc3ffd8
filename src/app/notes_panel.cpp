// SPDX-License-Identifier: MIT
// The Notes tab: the author name written into new annotations, then the user's annotations (and
// automatic ones with a note) in text order with their notes; a click jumps to the text.
#include "app/edit_ui.h"

#include <cstdio>
#include <string>
#include <vector>

namespace gloss::app {

void draw_notes_tab(const EditUiContext& ctx) {
    const float d = ctx.fonts.dpr;
    const auto& doc = ctx.model.doc();
    if (ctx.author_buffer) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Your name");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
        input_string("##author", *ctx.author_buffer, 0, "shown on your notes");
        ctx.edit.record_item("author");
        if (ImGui::IsItemDeactivatedAfterEdit() || (ImGui::IsItemEdited() && !ImGui::IsItemActive()))
            ctx.edit.push(UiActionKind::set_author, *ctx.author_buffer);
        ImGui::Separator();
    }
    std::vector<std::uint32_t> items;
    for (std::uint32_t i = 0; i < doc.annotations.size(); ++i) {
        const core::Annotation& a = doc.annotations[i];
        if (a.origin == core::Origin::user || !a.note.empty()) items.push_back(i);
    }
    if (items.empty()) {
        ImGui::Spacing();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted("No notes yet.");
        ImGui::TextDisabled("Select text in the article, then press 1\xE2\x80\x93" "6 or pick a kind in the popup. Your "
                            "highlights and notes are listed here in the order they appear.");
        ImGui::PopTextWrapPos();
        return;
    }
    const float line = ImGui::GetTextLineHeight();
    const float pad = 4.0f * d;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(items.size()), line * 4.0f + 2.0f * pad + ImGui::GetStyle().ItemSpacing.y);
    std::string title;
    char right[96];
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const core::Annotation& a = doc.annotations[items[static_cast<std::size_t>(i)]];
            const std::string_view quote = ctx.model.slice(a.range);
            // Quotes carry their own quotation marks.
            const bool marked = !quote.empty() && (quote[0] == '"' || quote.rfind("\xE2\x80\x9C", 0) == 0 ||
                                                   quote.rfind("\xE2\x80\x98", 0) == 0);
            title.assign(marked ? "" : "\xE2\x80\x9C");
            title.append(quote.substr(0, 120));
            if (!marked) title.append("\xE2\x80\x9D");
            std::snprintf(right, sizeof right, "%s%s%s", core::kind_name(a.kind), a.author.empty() ? "" : " \xC2\xB7 ",
                          a.author.c_str());
            const float h = line * 4.0f + 2.0f * pad;
            const ImVec2 p0 = ImGui::GetCursorScreenPos();
            const float w = ImGui::GetContentRegionAvail().x;
            ImGui::PushID(static_cast<int>(a.id));
            const bool clicked = ImGui::Selectable("##note", a.id == ctx.view.selected, 0, ImVec2(w, h));
            const bool hovered = ImGui::IsItemHovered();
            ImGui::PopID();
            ctx.edit.record_item(("note-row-" + std::to_string(a.id)).c_str());
            if (hovered) {
                ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                ImGui::SetTooltip("Go to this note in the article");
            }
            if (clicked) ctx.commands.push(CommandKind::select, a.id, k_select_scroll);
            ImDrawList* dl = ImGui::GetWindowDrawList();
            dl->AddRectFilled(ImVec2(p0.x, p0.y + pad), ImVec2(p0.x + 4.0f * d, p0.y + h - pad), annotation_colour(a, ctx.pal),
                              2.0f * d);
            const float tx = p0.x + 12.0f * d;
            const float rw = ImGui::CalcTextSize(right).x;
            dl->AddText(ImVec2(p0.x + w - rw - pad, p0.y + pad), ctx.pal.muted, right);
            const ImVec4 tclip(tx, p0.y, p0.x + w - rw - 2.0f * pad, p0.y + pad + line);
            dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(tx, p0.y + pad), ctx.pal.text, title.c_str(), nullptr,
                        0.0f, &tclip);
            const ImVec4 bclip(tx, p0.y + pad + line, p0.x + w - pad, p0.y + h - pad);
            if (a.note.empty())
                dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(tx, p0.y + pad + line), ctx.pal.muted,
                            "(no note)", nullptr, 0.0f, &bclip);
            else
                dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(tx, p0.y + pad + line), ctx.pal.text,
                            a.note.data(), a.note.data() + a.note.size(), p0.x + w - pad - tx, &bclip);
        }
    }
}

} // namespace gloss::app
