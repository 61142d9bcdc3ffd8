// SPDX-License-Identifier: MIT
// The Open dialog: paste box, file chooser (drop works anywhere on the page), the bundled sample,
// the recent documents kept in this browser, and a preview of the candidate article that only
// replaces the current one when the user says so.
#include "app/edit_ui.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>

namespace gloss::app {
namespace {

std::string when(double ms) {
    const std::time_t t = static_cast<std::time_t>(ms / 1000.0);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
    return buf;
}

void draw_preview(const EditUiContext& ctx, const OpenPreview& p) {
    const float d = ctx.fonts.dpr;
    const core::Document& doc = p.document;
    std::array<std::uint32_t, core::k_kind_count> counts{};
    for (const core::Annotation& a : doc.annotations) ++counts[static_cast<int>(a.kind)];
    std::size_t paragraphs = 0;
    for (const core::Block& b : doc.blocks)
        if (b.kind == core::BlockKind::paragraph) ++paragraphs;
    ImGui::PushFont(ctx.fonts.ui_bold);
    ImGui::TextWrapped("Preview: %s", doc.title.empty() ? "(untitled)" : doc.title.c_str());
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.pal.muted);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::Text("From %s \xC2\xB7 %zu bytes \xC2\xB7 %zu paragraph%s \xC2\xB7 found: %u people, %u organizations, "
                "%u places, %u quotes, %u figures",
                p.source.c_str(), doc.text.size(), paragraphs, paragraphs == 1 ? "" : "s", counts[0], counts[1], counts[2],
                counts[3], counts[4]);
    if (p.from_html)
        ImGui::Text("Reduced from HTML: %u page parts (scripts, styles, navigation, comments\xE2\x80\xA6) left out.",
                    p.dropped_elements);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::BeginChild("##previewtext", ImVec2(0, 170.0f * d), ImGuiChildFlags_Border);
    ImGui::PushTextWrapPos(0.0f);
    const std::size_t n = std::min<std::size_t>(doc.text.size(), 1600);
    std::size_t cut = n;
    while (cut > 0 && cut < doc.text.size() && (static_cast<unsigned char>(doc.text[cut]) & 0xC0) == 0x80) --cut;
    ImGui::TextUnformatted(doc.text.data(), doc.text.data() + cut);
    if (cut < doc.text.size()) ImGui::TextDisabled("\xE2\x80\xA6");
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    const bool replace = ImGui::Button("Replace the current article");
    ctx.edit.record_item("replace");
    if (replace) ctx.edit.push(UiActionKind::accept_preview);
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) ctx.edit.push(UiActionKind::cancel_preview);
    ImGui::SameLine();
    ImGui::TextDisabled("Your current work stays in Recent.");
}

} // namespace

void OpenDialog::draw(const EditUiContext& ctx) {
    EditSession& s = ctx.edit;
    if (!s.open_dialog) return;
    const float d = ctx.fonts.dpr;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = std::min(vp->Size.x - 32.0f * d, 720.0f * d);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + 70.0f * d), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(w, 0.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0.0f), ImVec2(w, vp->Size.y - 90.0f * d));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16.0f * d, 12.0f * d));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8.0f * d, 7.0f * d));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ctx.pal.panel);
    bool open = true;
    ImGui::Begin("Open an article###open", &open,
                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_AlwaysAutoResize);
    if (!open) s.push(UiActionKind::close_dialog);

    if (!s.open_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, error_colour(ctx.pal));
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(s.open_error.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        ImGui::TextDisabled("The current article is unchanged.");
        ImGui::Separator();
    }

    if (s.preview) {
        draw_preview(ctx, *s.preview);
    } else {
        ImGui::TextUnformatted("Paste the article here (headline on the first line, one paragraph per line):");
        input_string_multiline("##paste", m_paste, ImVec2(-1.0f, 150.0f * d), 0);
        if (ImGui::Button("Preview")) s.push(UiActionKind::preview_text, m_paste, "pasted text");
        ImGui::SameLine();
        const bool pick = ImGui::Button("Choose a file\xE2\x80\xA6");
        s.record_item("choose-file");
        if (pick) s.push(UiActionKind::pick_file);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip(".txt, .md, .html or .htm; Gloss .json too");
        ImGui::SameLine();
        if (ImGui::Button("Bundled sample")) s.push(UiActionKind::load_sample);
        ImGui::TextDisabled("Tip: Ctrl+V anywhere pastes an article; dropping a file on the page opens it.");
    }

    if (!s.recent.empty() && !s.preview) {
        ImGui::Separator();
        ImGui::TextUnformatted("Recent documents in this browser");
        ImGui::BeginChild("##recent", ImVec2(0, std::min(6.0f, static_cast<float>(s.recent.size())) *
                                                   (ImGui::GetTextLineHeight() * 2.0f + 10.0f * d)),
                          ImGuiChildFlags_None);
        for (const RecentDoc& r : s.recent) {
            ImGui::PushID(r.key.c_str());
            const bool current = r.key == s.saved_key;
            char line[512];
            std::snprintf(line, sizeof line, "%s%s%s\n%s \xC2\xB7 %u of your annotations \xC2\xB7 %u bytes",
                          r.title.empty() ? "(untitled)" : r.title.c_str(), r.label.empty() ? "" : " ", r.label.c_str(),
                          when(r.saved_at).c_str(), r.user_annotations, r.bytes);
            if (ImGui::Selectable(line, current, 0, ImVec2(0, ImGui::GetTextLineHeight() * 2.0f + 4.0f * d)) && !current)
                s.push(UiActionKind::open_recent, r.key);
            s.record_item(("recent-" + r.key).c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip(current ? "The article you have open" : "Open it again");
            ImGui::PopID();
        }
        ImGui::EndChild();
    }
    ImGui::End();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(2);
}

} // namespace gloss::app
