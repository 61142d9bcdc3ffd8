// SPDX-License-Identifier: MIT
// Side panel: Entities (grouped by kind, sortable), Quotes, Figures and Notes tabs. Rows are
// fixed-height and clipped, so a document with thousands of annotations costs the same.
#include "app/side_panel.h"
#include "app/edit_ui.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace gloss::app {
namespace {

constexpr std::array<core::Kind, 3> k_entity_kinds = {core::Kind::person, core::Kind::org, core::Kind::place};

const char* tab_label(SideTab tab) {
    switch (tab) {
    case SideTab::entities: return "Entities";
    case SideTab::quotes: return "Quotes";
    case SideTab::figures: return "Figures";
    case SideTab::notes: return "Notes";
    }
    return "";
}

const core::Annotation* selected_annotation(const PanelContext& ctx) {
    const int i = ctx.model.index_of(ctx.view.selected);
    return i < 0 ? nullptr : &ctx.model.doc().annotations[static_cast<std::size_t>(i)];
}

} // namespace

void SidePanel::refresh(const PanelContext& ctx) {
    const auto& doc = ctx.model.doc();
    m_doc_generation = ctx.doc_generation;
    m_sort = ctx.view.entity_sort;
    for (std::size_t k = 0; k < k_entity_kinds.size(); ++k) {
        auto& list = m_entities[k];
        list.clear();
        for (const core::Entity& e : doc.entities)
            if (e.kind == k_entity_kinds[k] && !ctx.model.mentions(e.id).empty()) list.push_back(e.id);
        auto name_of = [&](core::EntityId id) -> const std::string& { return ctx.model.entity(id)->name; };
        auto count_of = [&](core::EntityId id) { return ctx.model.mentions(id).size(); };
        switch (m_sort) {
        case EntitySort::mentions:
            std::stable_sort(list.begin(), list.end(), [&](core::EntityId a, core::EntityId b) {
                if (count_of(a) != count_of(b)) return count_of(a) > count_of(b);
                return name_of(a) < name_of(b);
            });
            break;
        case EntitySort::name:
            std::stable_sort(list.begin(), list.end(),
                             [&](core::EntityId a, core::EntityId b) { return name_of(a) < name_of(b); });
            break;
        case EntitySort::first_seen:
            std::stable_sort(list.begin(), list.end(), [&](core::EntityId a, core::EntityId b) {
                return ctx.model.first_seen(a) < ctx.model.first_seen(b);
            });
            break;
        }
    }
    m_quotes.clear();
    m_figures.clear();
    m_notes.clear();
    for (std::uint32_t i = 0; i < doc.annotations.size(); ++i) {
        const core::Annotation& a = doc.annotations[i];
        if (a.kind == core::Kind::quote) m_quotes.push_back(i);
        if (a.kind == core::Kind::figure) m_figures.push_back(i);
        if (a.origin == core::Origin::user || !a.note.empty()) m_notes.push_back(i);
    }
}

void SidePanel::maybe_reveal(bool is_selected_row) {
    if (m_reveal && is_selected_row) {
        ImGui::SetScrollHereY(0.3f);
        m_reveal = false;
    }
}

bool SidePanel::row(const PanelContext& ctx, const char* kind, std::int64_t id, bool selected, ImU32 swatch, const char* title,
                    const char* right, std::string_view body, int body_lines) {
    const float d = ctx.fonts.dpr;
    const float line = ImGui::GetTextLineHeight();
    const float pad = 4.0f * d;
    const float h = line * static_cast<float>(1 + body_lines) + 2.0f * pad;
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    ImGui::PushID(kind);
    ImGui::PushID(static_cast<int>(id));
    const bool clicked = ImGui::Selectable("##row", selected, ImGuiSelectableFlags_None, ImVec2(w, h));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    ImGui::PopID();
    if (ImGui::IsItemVisible()) m_drawn.push_back(PanelRow{kind, id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(a.x, a.y + pad), ImVec2(a.x + 4.0f * d, a.y + h - pad), swatch, 2.0f * d);
    const float tx = a.x + 12.0f * d;
    float right_w = 0.0f;
    if (right && *right) {
        right_w = ImGui::CalcTextSize(right).x;
        dl->AddText(ImVec2(a.x + w - right_w - pad, a.y + pad), ctx.pal.muted, right);
    }
    const ImVec4 title_clip(tx, a.y, a.x + w - right_w - 2.0f * pad, a.y + pad + line);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(tx, a.y + pad), ctx.pal.text, title, nullptr, 0.0f, &title_clip);
    if (body_lines > 0 && !body.empty()) {
        const ImVec4 clip(tx, a.y + pad + line, a.x + w - pad, a.y + h - pad);
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(tx, a.y + pad + line), ctx.pal.muted, body.data(),
                    body.data() + body.size(), a.x + w - pad - tx, &clip);
    }
    return clicked;
}

void SidePanel::draw(const PanelContext& ctx, ImVec2 size) {
    if (ctx.doc_generation != m_doc_generation || ctx.view.entity_sort != m_sort) refresh(ctx);
    if (ctx.view.reveal_in_panel && ctx.view.selected != 0) m_reveal = true;
    m_seen_selected = ctx.view.selected;
    m_drawn.clear();

    ImGui::BeginChild("##panel", size, ImGuiChildFlags_None, ImGuiWindowFlags_NoScrollbar);
    if (ImGui::BeginTabBar("##tabs", ImGuiTabBarFlags_FittingPolicyResizeDown)) {
        for (SideTab tab : {SideTab::entities, SideTab::quotes, SideTab::figures, SideTab::notes}) {
            const bool force = ctx.view.tab == tab && m_shown_tab != tab;
            const ImGuiTabItemFlags flags = force ? ImGuiTabItemFlags_SetSelected : 0;
            char label[48];
            std::size_t count = 0;
            if (tab == SideTab::quotes) count = m_quotes.size();
            if (tab == SideTab::figures) count = m_figures.size();
            if (tab == SideTab::notes) count = m_notes.size();
            if (tab == SideTab::entities)
                std::snprintf(label, sizeof label, "%s###%s", tab_label(tab), tab_label(tab));
            else
                std::snprintf(label, sizeof label, "%s %zu###%s", tab_label(tab), count, tab_label(tab));
            if (ImGui::BeginTabItem(label, nullptr, flags)) {
                if (m_shown_tab != tab && !force) ctx.commands.push(CommandKind::set_tab, static_cast<int>(tab));
                m_shown_tab = tab;
                ImGui::BeginChild("##list", ImVec2(0, 0), ImGuiChildFlags_None);
                switch (tab) {
                case SideTab::entities: draw_entities(ctx); break;
                case SideTab::quotes: draw_annotation_list(ctx, m_quotes, false); break;
                case SideTab::figures: draw_annotation_list(ctx, m_figures, true); break;
                case SideTab::notes: // the editing work's Notes tab (notes_panel.cpp) when present
                    if (ctx.edit) draw_notes_tab(*ctx.edit); else draw_notes(ctx);
                    break;
                }
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
        }
        ImGui::EndTabBar();
    }
    ImGui::EndChild();
}

void SidePanel::draw_entities(const PanelContext& ctx) {
    const auto& doc = ctx.model.doc();
    const core::Annotation* sel = selected_annotation(ctx);
    const core::EntityId sel_entity = sel ? sel->entity : core::k_no_entity;

    static const char* const k_sorts[] = {"Mentions", "Name", "First seen"};
    int sort = static_cast<int>(ctx.view.entity_sort);
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("First seen").x + ImGui::GetFrameHeight() * 2.0f);
    if (ImGui::Combo("Sort", &sort, k_sorts, 3)) ctx.commands.push(CommandKind::set_entity_sort, sort);
    const core::EntityId focus_target = ctx.view.focused != core::k_no_entity ? ctx.view.focused : sel_entity;
    if (focus_target != core::k_no_entity) {
        ImGui::SameLine();
        const bool focused = ctx.view.focused != core::k_no_entity;
        if (ImGui::Button(focused ? "Clear focus" : "Focus"))
            ctx.commands.push(CommandKind::focus_entity, focused ? -1 : focus_target);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip(focused ? "Show every highlight again (F)" : "Dim everything but this entity (F)");
    }

    for (std::size_t k = 0; k < k_entity_kinds.size(); ++k) {
        const core::Kind kind = k_entity_kinds[k];
        const auto& list = m_entities[k];
        char header[64];
        std::snprintf(header, sizeof header, "%s  %zu###kind%d", kind_label(kind), list.size(), static_cast<int>(kind));
        const bool visible = ctx.view.kind_visible[static_cast<int>(kind)];
        if (!visible) ImGui::PushStyleColor(ImGuiCol_Text, ctx.pal.muted);
        const bool open = ImGui::CollapsingHeader(header, ImGuiTreeNodeFlags_DefaultOpen);
        if (!visible) ImGui::PopStyleColor();
        if (!open) continue;
        if (list.empty()) {
            ImGui::TextDisabled("None found.");
            continue;
        }
        int reveal_index = -1;
        for (std::size_t i = 0; m_reveal && i < list.size(); ++i)
            if (list[i] == sel_entity) reveal_index = static_cast<int>(i);
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(list.size()));
        if (reveal_index >= 0) clipper.IncludeItemByIndex(reveal_index);
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const core::Entity* e = ctx.model.entity(list[static_cast<std::size_t>(i)]);
                if (!e) continue;
                const std::size_t mentions = ctx.model.mentions(e->id).size();
                char right[32];
                std::snprintf(right, sizeof right, "\xC3\x97%zu", mentions);
                const bool selected = e->id == sel_entity || e->id == ctx.view.focused;
                ImU32 swatch = ctx.pal.kind[static_cast<int>(kind)];
                if (ctx.view.focused != core::k_no_entity && e->id != ctx.view.focused) swatch = fade(swatch, 0.3f);
                if (row(ctx, "entity", e->id, selected, swatch, e->name.c_str(), right, {}, 0))
                    ctx.commands.push(CommandKind::next_mention, 1, e->id);
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip("Click: go to the next mention (N / Shift+N)");
                maybe_reveal(i == reveal_index);
            }
        }
    }
}

void SidePanel::draw_annotation_list(const PanelContext& ctx, const std::vector<std::uint32_t>& items, bool figures) {
    const auto& doc = ctx.model.doc();
    const core::Kind kind = figures ? core::Kind::figure : core::Kind::quote;
    if (!ctx.view.kind_visible[static_cast<int>(kind)])
        ImGui::TextDisabled("%s are hidden in the article (toggle in the legend).", kind_label(kind));
    if (items.empty()) {
        ImGui::TextDisabled(figures ? "No figures found." : "No quotes found.");
        return;
    }
    int reveal_index = -1;
    for (std::size_t i = 0; m_reveal && i < items.size(); ++i)
        if (doc.annotations[items[i]].id == ctx.view.selected) reveal_index = static_cast<int>(i);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(items.size()));
    if (reveal_index >= 0) clipper.IncludeItemByIndex(reveal_index);
    std::string title;
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const core::Annotation& a = doc.annotations[items[static_cast<std::size_t>(i)]];
            const std::string_view text = ctx.model.slice(a.range);
            std::string_view body;
            const char* right = "";
            if (figures) {
                title.assign(text.substr(0, 160));
                right = a.subtype.c_str();
                body = ctx.model.slice(ctx.model.sentence_around(a.range));
            } else {
                const core::Entity* speaker = ctx.model.entity(a.speaker);
                title = speaker ? speaker->name : std::string("Unattributed");
                right = a.subtype.c_str();
                body = text;
            }
            if (row(ctx, "annotation", a.id, a.id == ctx.view.selected, ctx.pal.kind[static_cast<int>(kind)], title.c_str(), right, body, 2))
                ctx.commands.push(CommandKind::select, a.id, k_select_scroll);
            maybe_reveal(i == reveal_index);
        }
    }
}

void SidePanel::draw_notes(const PanelContext& ctx) {
    const auto& doc = ctx.model.doc();
    if (m_notes.empty()) {
        ImGui::Spacing();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted("No notes yet.");
        ImGui::TextDisabled("Your own highlights and notes will be listed here, in the order they appear in the article.");
        ImGui::PopTextWrapPos();
        return;
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m_notes.size()));
    std::string title;
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const core::Annotation& a = doc.annotations[m_notes[static_cast<std::size_t>(i)]];
            title.assign(ctx.model.slice(a.range).substr(0, 160));
            if (row(ctx, "annotation", a.id, a.id == ctx.view.selected, ctx.pal.kind[static_cast<int>(a.kind)], title.c_str(),
                    core::kind_name(a.kind), a.note, 2))
                ctx.commands.push(CommandKind::select, a.id, k_select_scroll);
        }
    }
}

} // namespace gloss::app
