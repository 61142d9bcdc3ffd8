// SPDX-License-Identifier: MIT
// Keyboard shortcuts of the reading view (the help overlay lists them); each becomes a command.
#include "app/app.h"

namespace gloss::app {

void App::handle_shortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    const bool ctrl = io.KeyCtrl || io.KeySuper;
    // Ctrl/Cmd+F works even from the search field (it refocuses it).
    if (ctrl && ImGui::IsKeyPressed(ImGuiKey_F, false)) {
        m_search_bar.open();
        m_platform.keep_awake(300.0);
        return;
    }
    if (ImGui::IsKeyPressed(ImGuiKey_F3)) {
        if (m_search_bar.is_open() && !m_search_bar.query().empty())
            m_search_bar.request_step(io.KeyShift ? -1 : 1);
        else
            m_search_bar.open();
    }
    if (io.WantTextInput || m_view.help_open || ctrl || io.KeyAlt) return;

    auto pressed = [](ImGuiKey key, bool repeat = false) { return ImGui::IsKeyPressed(key, repeat); };
    const bool shift = io.KeyShift;

    if (pressed(ImGuiKey_Slash) && shift) m_commands.push(CommandKind::toggle_help, 1);      // '?'
    else if (pressed(ImGuiKey_Slash)) m_search_bar.open();                                     // '/'
    if (pressed(ImGuiKey_F1)) m_commands.push(CommandKind::toggle_help, 1);
    if (pressed(ImGuiKey_Escape)) {
        if (m_search_bar.is_open()) m_search_bar.close();
        else if (m_view.focused != core::k_no_entity) m_commands.push(CommandKind::focus_entity, -1);
        else m_commands.push(CommandKind::select, 0);
    }
    if (pressed(ImGuiKey_J, true)) m_commands.push(CommandKind::next_annotation, 1);
    if (pressed(ImGuiKey_K, true)) m_commands.push(CommandKind::next_annotation, -1);
    if (pressed(ImGuiKey_N, true)) m_commands.push(CommandKind::next_mention, shift ? -1 : 1, -1);
    if (pressed(ImGuiKey_F)) {
        const core::Annotation* a = m_model.annotation(m_view.selected);
        if (m_view.focused != core::k_no_entity) m_commands.push(CommandKind::focus_entity, -1);
        else if (a && a->entity != core::k_no_entity) m_commands.push(CommandKind::focus_entity, a->entity);
    }
    const ImGuiKey digits[] = {ImGuiKey_1, ImGuiKey_2, ImGuiKey_3, ImGuiKey_4, ImGuiKey_5};
    for (int i = 0; i < 5; ++i)
        if (pressed(digits[i]) && m_article.selection().empty()) m_commands.push(CommandKind::toggle_kind, static_cast<int>(k_auto_kinds[static_cast<std::size_t>(i)]));
    if (pressed(ImGuiKey_T)) m_commands.push(CommandKind::toggle_theme);
    if (pressed(ImGuiKey_L)) m_commands.push(CommandKind::toggle_panel);
    if (pressed(ImGuiKey_Equal) || pressed(ImGuiKey_KeypadAdd)) m_commands.push(CommandKind::text_size, 1);
    if (pressed(ImGuiKey_Minus) || pressed(ImGuiKey_KeypadSubtract)) m_commands.push(CommandKind::text_size, -1);
    if (pressed(ImGuiKey_0)) m_commands.push(CommandKind::text_size, 0);

    const float line = m_article.line_step();
    if (pressed(ImGuiKey_DownArrow, true)) m_article.scroll_by(line * 2.0f);
    if (pressed(ImGuiKey_UpArrow, true)) m_article.scroll_by(-line * 2.0f);
    if (pressed(ImGuiKey_PageDown, true) || (pressed(ImGuiKey_Space, true) && !shift)) m_article.scroll_by(m_article.page_step());
    if (pressed(ImGuiKey_PageUp, true) || (pressed(ImGuiKey_Space, true) && shift)) m_article.scroll_by(-m_article.page_step());
    if (pressed(ImGuiKey_Home)) m_article.scroll_to_y(0.0f);
    if (pressed(ImGuiKey_End)) m_article.scroll_to_y(m_article.content_height());
}

} // namespace gloss::app
