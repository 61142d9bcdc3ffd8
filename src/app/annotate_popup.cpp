// SPDX-License-Identifier: MIT
// The annotate popup: next to a text selection it marks it (keys 1-6 or buttons, a colour for
// free highlights); next to a selected annotation it relabels it, edits its note, accepts or
// rejects an automatic one and deletes a user one. Requests only: App applies them after the frame.
#include "app/edit_ui.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace gloss::app {
namespace {

constexpr core::Kind k_all_kinds[] = {core::Kind::person, core::Kind::org, core::Kind::place,
                                      core::Kind::quote, core::Kind::figure, core::Kind::highlight};

const char* short_label(core::Kind kind) {
    switch (kind) {
    case core::Kind::person: return "Person";
    case core::Kind::org: return "Org";
    case core::Kind::place: return "Place";
    case core::Kind::quote: return "Quote";
    case core::Kind::figure: return "Figure";
    case core::Kind::highlight: return "Highlight";
    }
    return "";
}

// A kind button: a swatch, the key number and the label; `current` draws it pressed.
bool kind_button(const EditUiContext& ctx, core::Kind kind, int key, bool current, ImU32 swatch) {
    const float d = ctx.fonts.dpr;
    char label[48];
    std::snprintf(label, sizeof label, "%d %s", key, short_label(kind));
    const ImVec2 ts = ImGui::CalcTextSize(label);
    const float h = ImGui::GetFrameHeight();
    const float sw = h * 0.42f;
    const ImVec2 size(sw + 14.0f * d + ts.x, h);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::PushID(static_cast<int>(kind));
    const bool clicked = ImGui::InvisibleButton("##kind", size);
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 bg = current ? fade(swatch, 0.35f) : hovered ? fade(ctx.pal.accent, 0.14f) : fade(ctx.pal.border, 0.35f);
    dl->AddRectFilled(a, ImVec2(a.x + size.x, a.y + size.y), bg, 4.0f * d);
    if (current) dl->AddRect(a, ImVec2(a.x + size.x, a.y + size.y), swatch, 4.0f * d, 0, 1.5f * d);
    const ImVec2 s0(a.x + 6.0f * d, a.y + (h - sw) * 0.5f);
    dl->AddRectFilled(s0, ImVec2(s0.x + sw, s0.y + sw), swatch, 2.0f * d);
    dl->AddText(ImVec2(s0.x + sw + 5.0f * d, a.y + (h - ts.y) * 0.5f), ctx.pal.text, label);
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::SetTooltip("%s (key %d)", kind == core::Kind::highlight ? "Free highlight" : core::kind_name(kind), key);
    }
    return clicked;
}

bool colour_button(const EditUiContext& ctx, int index, bool current) {
    const float d = ctx.fonts.dpr;
    const float h = ImGui::GetFrameHeight();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::PushID(100 + index);
    const bool clicked = ImGui::InvisibleButton("##colour", ImVec2(h, h));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    const ImU32 col = parse_hex_colour(k_highlight_colors[index], ctx.pal.kind[static_cast<int>(core::Kind::highlight)]);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 c(a.x + h * 0.5f, a.y + h * 0.5f);
    dl->AddCircleFilled(c, h * 0.32f, col);
    if (current) dl->AddCircle(c, h * 0.44f, ctx.pal.text, 0, 2.0f * d);
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::SetTooltip("Highlight colour");
    }
    return clicked;
}

int colour_index(const std::string& color) {
    for (int i = 0; i < k_highlight_color_count; ++i)
        if (color == k_highlight_colors[i]) return i;
    return 0;
}

} // namespace

ImU32 parse_hex_colour(const std::string& hex, ImU32 fallback) {
    if (hex.size() != 7 || hex[0] != '#') return fallback;
    unsigned v = 0;
    for (std::size_t i = 1; i < 7; ++i) {
        const char c = hex[i];
        unsigned n = 0;
        if (c >= '0' && c <= '9') n = static_cast<unsigned>(c - '0');
        else if (c >= 'a' && c <= 'f') n = static_cast<unsigned>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') n = static_cast<unsigned>(c - 'A' + 10);
        else return fallback;
        v = (v << 4) | n;
    }
    return IM_COL32((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF, 255);
}

ImU32 annotation_colour(const core::Annotation& a, const Palette& pal) {
    const ImU32 kind = pal.kind[static_cast<int>(a.kind)];
    return a.kind == core::Kind::highlight && !a.color.empty() ? parse_hex_colour(a.color, kind) : kind;
}

ImU32 span_colour(const DocModel& model, const Span& span, const Palette& pal) {
    const auto& anns = model.doc().annotations;
    if (span.kind == core::Kind::highlight && span.index < anns.size()) return annotation_colour(anns[span.index], pal);
    return pal.kind[static_cast<int>(span.kind)];
}

void AnnotatePopup::draw_mark_row(const EditUiContext& ctx) {
    int key = 1;
    for (core::Kind kind : k_all_kinds) {
        ImU32 swatch = ctx.pal.kind[static_cast<int>(kind)];
        if (kind == core::Kind::highlight)
            swatch = parse_hex_colour(k_highlight_colors[m_color], swatch);
        if (kind_button(ctx, kind, key, false, swatch)) {
            EditRequest r;
            r.op = EditRequest::Op::add;
            r.range = ctx.selection;
            r.kind = kind;
            if (kind == core::Kind::highlight) r.color = k_highlight_colors[m_color];
            ctx.edit.push(std::move(r));
        }
        ++key;
        ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("Highlight colour");
    for (int i = 0; i < k_highlight_color_count; ++i) {
        ImGui::SameLine();
        if (colour_button(ctx, i, i == m_color)) m_color = i;
    }
    ImGui::SameLine();
    ImGui::TextDisabled("  Esc: cancel");
}

void AnnotatePopup::draw_annotation(const EditUiContext& ctx, const core::Annotation& a) {
    const float d = ctx.fonts.dpr;
    const bool is_auto = a.origin == core::Origin::automatic;
    if (m_note_for != a.id) {
        m_note_for = a.id;
        m_note = a.note;
        m_note_loaded = a.note;
        m_note_open = !a.note.empty() || !is_auto;
    } else if (!m_note_active && a.note != m_note_loaded) { // changed elsewhere (undo, the API)
        m_note = a.note;
        m_note_loaded = a.note;
        if (!a.note.empty()) m_note_open = true;
    }
    // Heading: kind, origin, author.
    const ImU32 col = annotation_colour(a, ctx.pal);
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + h * 0.2f), ImVec2(p.x + h * 0.6f, p.y + h * 0.8f), col,
                                              h * 0.1f);
    ImGui::Dummy(ImVec2(h * 0.6f, h));
    ImGui::SameLine();
    ImGui::TextUnformatted(core::kind_name(a.kind));
    ImGui::SameLine();
    if (is_auto) ImGui::TextDisabled("found automatically");
    else if (!a.author.empty()) ImGui::TextDisabled("yours \xC2\xB7 %s", a.author.c_str());
    else ImGui::TextDisabled("yours");

    // Relabel (for an automatic one this is the correction).
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled(is_auto ? "Correct the kind:" : "Kind:");
    int key = 1;
    for (core::Kind kind : k_all_kinds) {
        ImGui::SameLine();
        if (kind_button(ctx, kind, key++, kind == a.kind, ctx.pal.kind[static_cast<int>(kind)]) && kind != a.kind) {
            EditRequest r;
            r.op = EditRequest::Op::update;
            r.id = a.id;
            r.patch.kind = kind;
            ctx.edit.push(std::move(r));
        }
    }
    if (a.kind == core::Kind::highlight) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("Colour:");
        const int current = colour_index(a.color);
        for (int i = 0; i < k_highlight_color_count; ++i) {
            ImGui::SameLine();
            if (colour_button(ctx, i, i == current) && i != current) {
                EditRequest r;
                r.op = EditRequest::Op::update;
                r.id = a.id;
                r.patch.color = std::string(k_highlight_colors[i]);
                ctx.edit.push(std::move(r));
            }
        }
    }

    // Note editor.
    if (m_note_open) {
        if (m_focus_note) {
            ImGui::SetKeyboardFocusHere();
            m_focus_note = false;
        }
        const float w = 430.0f * d;
        const bool enter = input_string_multiline("##note", m_note, ImVec2(w, ImGui::GetTextLineHeight() * 3.4f),
                                                  ImGuiInputTextFlags_CtrlEnterForNewLine | ImGuiInputTextFlags_EnterReturnsTrue);
        m_note_active = ImGui::IsItemActive();
        ctx.edit.record_item("note");
        const bool leave = ImGui::IsItemDeactivatedAfterEdit();
        if (m_note.empty() && !m_note_active) {
            const ImVec2 r0 = ImGui::GetItemRectMin();
            const ImGuiStyle& st = ImGui::GetStyle();
            ImGui::GetWindowDrawList()->AddText(ImVec2(r0.x + st.FramePadding.x, r0.y + st.FramePadding.y), ctx.pal.muted,
                                                "Write a note or a question\xE2\x80\xA6");
        }
        if ((enter || leave) && m_note != a.note) {
            EditRequest r;
            r.op = EditRequest::Op::update;
            r.id = a.id;
            r.patch.note = m_note;
            if (!ctx.edit.author.empty() && a.author.empty()) r.patch.author = ctx.edit.author;
            ctx.edit.push(std::move(r));
        }
        if (enter) ImGui::SetWindowFocus(nullptr);
    } else {
        m_note_active = false;
        const bool add_note = ImGui::Button("Add note");
        ctx.edit.record_item("add-note");
        if (add_note) {
            m_note_open = true;
            m_focus_note = true;
        }
        ImGui::SameLine();
    }

    if (is_auto) {
        const bool accept = ImGui::Button("Accept");
        ctx.edit.record_item("accept");
        if (accept) {
            EditRequest r;
            r.op = EditRequest::Op::accept;
            r.id = a.id;
            ctx.edit.push(std::move(r));
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Keep it as yours: it stays even if detection changes");
        ImGui::SameLine();
        const bool reject = ImGui::Button("Reject");
        ctx.edit.record_item("reject");
        if (reject) {
            EditRequest r;
            r.op = EditRequest::Op::remove;
            r.id = a.id;
            ctx.edit.push(std::move(r));
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove it; re-annotation will not bring it back (Delete)");
    } else {
        const bool del = ImGui::Button("Delete");
        ctx.edit.record_item("delete");
        if (del) {
            EditRequest r;
            r.op = EditRequest::Op::remove;
            r.id = a.id;
            ctx.edit.push(std::move(r));
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete this annotation (Delete key; Ctrl+Z undoes)");
    }
    if (m_note_open) {
        ImGui::SameLine(0.0f, 12.0f * d);
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("Enter saves the note \xC2\xB7 Ctrl+Enter: new line");
    }
}

void AnnotatePopup::draw(const EditUiContext& ctx) {
    m_rect.reset();
    const core::Annotation* selected = ctx.model.annotation(ctx.view.selected);
    const bool has_selection = !ctx.selection.empty();
    if (!selected || has_selection) {
        m_note_for = 0;
        m_note_active = false;
    }
    if ((!has_selection && !selected) || ctx.selecting || !ctx.anchor || ctx.edit.open_dialog) {
        m_note_active = false;
        return;
    }
    const float d = ctx.fonts.dpr;
    const PixelRect r = *ctx.anchor;
    // Above the text when there is room (the pointer is usually below it), else below. The size
    // is last frame's for the same mode, or an estimate.
    const int mode = has_selection ? 1 : 2;
    ImVec2 size = m_size_mode == mode ? m_size : ImVec2(560.0f * d, (has_selection ? 2.3f : 5.5f) * ImGui::GetFrameHeightWithSpacing());
    const float gap = 6.0f * d;
    const bool above = r.y - gap - size.y >= ctx.article_min.y;
    float y = above ? r.y - gap - size.y : r.y + r.h + gap;
    if (!above && y + size.y > ctx.article_max.y) y = std::max(ctx.article_min.y, ctx.article_max.y - size.y);
    const float x = std::max(ctx.article_min.x + 4.0f * d, std::min(r.x - 8.0f * d, ctx.article_max.x - size.x - 4.0f * d));
    ImGui::SetNextWindowPos(ImVec2(x, y), ImGuiCond_Always);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8.0f * d, 6.0f * d));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(4.0f * d, 5.0f * d));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 6.0f * d);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ctx.pal.panel);
    ImGui::PushStyleColor(ImGuiCol_Border, ctx.pal.border);
    ImGui::Begin("##annotate", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
    if (has_selection) {
        m_note_active = false;
        draw_mark_row(ctx);
    } else {
        draw_annotation(ctx, *selected);
    }
    const ImVec2 wp = ImGui::GetWindowPos();
    const ImVec2 ws = ImGui::GetWindowSize();
    m_rect = ImVec4(wp.x, wp.y, wp.x + ws.x, wp.y + ws.y);
    m_size = ws;
    m_size_mode = mode;
    ImGui::End();
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar(3);
}

} // namespace gloss::app
