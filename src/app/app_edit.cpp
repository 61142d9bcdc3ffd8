// SPDX-License-Identifier: MIT
// App's editing side (issue 5): the frame hooks of the editing UI, edits through core Commands and
// the History, practice mode, and swapping documents in and out with their view. Every model
// change happens here, after the frame's widgets (see also app_storage.cpp, app_edit_api.cpp).
#include "app/app.h"

#include "app/edit_detail.h"
#include "app/edit_host.h"
#include "gloss/assets.h"
#include "gloss/practice.h"

namespace gloss::app {

using namespace edit_detail;

// ---- frame hooks -------------------------------------------------------------------------------

EditUiContext App::edit_context(ImVec2 article_min, ImVec2 article_max) {
    const core::ByteRange sel = m_article.selection();
    std::optional<PixelRect> anchor;
    // The layout views the document's text: only ask it once it was rebuilt for this document.
    if (m_article.layout_doc_generation() == m_doc_generation && m_article.layout().valid()) {
        if (!sel.empty()) anchor = m_article.visible_bounds_of(sel);
        else if (const core::Annotation* a = m_model.annotation(m_view.selected)) anchor = m_article.visible_bounds_of(a->range);
    }
    m_article.set_marks(&m_edit.session.marks);
    m_edit.session.rects.clear();
    return EditUiContext{m_model,    m_view, palette(m_view.theme), m_fonts,      m_edit.session, m_commands, sel,
                         m_article.selecting(), anchor, article_min, article_max, m_is_sample, &m_edit.author_buffer};
}

void App::draw_edit_ui(const EditUiContext& ctx) {
    if (!m_view.help_open) m_edit.popup.draw(ctx);
    draw_practice_bar(ctx);
    m_edit.open.draw(ctx);
    draw_share_dialog(ctx);
    draw_edit_message(ctx);
}

void App::handle_edit_shortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    EditSession& s = m_edit.session;
    // Escape closes the editing UI's boxes first (then the reading view's handling applies).
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !io.WantTextInput) {
        if (s.message() && s.message()->modal) s.push(UiActionKind::dismiss_message);
        else if (s.open_dialog) s.push(UiActionKind::close_dialog);
        else if (s.share_open) s.push(UiActionKind::close_share);
    }
    if (io.WantTextInput || m_view.help_open || s.open_dialog) return; // fields keep their own undo
    const bool ctrl = io.KeyCtrl || io.KeySuper;
    const bool shift = io.KeyShift;
    auto pressed = [](ImGuiKey key, bool repeat = false) { return ImGui::IsKeyPressed(key, repeat); };
    if (ctrl && pressed(ImGuiKey_Z, true)) s.push(EditRequest{shift ? EditRequest::Op::redo : EditRequest::Op::undo});
    if (ctrl && pressed(ImGuiKey_Y, true)) s.push(EditRequest{EditRequest::Op::redo});

    // Shift+arrows extend the selection (Ctrl: by word).
    if (shift && !io.KeyAlt) {
        ArticleContext actx{m_model, m_doc_generation, m_spans, m_spans_generation, m_view, palette(m_view.theme), m_fonts,
                            m_search, m_platform, m_stats, m_commands};
        if (pressed(ImGuiKey_LeftArrow, true)) m_article.extend_selection(actx, -1, ctrl, false);
        if (pressed(ImGuiKey_RightArrow, true)) m_article.extend_selection(actx, 1, ctrl, false);
        if (!ctrl && pressed(ImGuiKey_UpArrow, true)) m_article.extend_selection(actx, -1, false, true);
        if (!ctrl && pressed(ImGuiKey_DownArrow, true)) m_article.extend_selection(actx, 1, false, true);
    }
    if (ctrl || io.KeyAlt) return;

    const core::ByteRange sel = m_article.selection();
    if (!sel.empty()) {
        const ImGuiKey digits[] = {ImGuiKey_1, ImGuiKey_2, ImGuiKey_3, ImGuiKey_4, ImGuiKey_5, ImGuiKey_6};
        for (int i = 0; i < 6; ++i) {
            if (!pressed(digits[i]) && !pressed(static_cast<ImGuiKey>(ImGuiKey_Keypad1 + i))) continue;
            EditRequest r;
            r.op = EditRequest::Op::add;
            r.range = sel;
            r.kind = static_cast<core::Kind>(i);
            s.push(std::move(r));
        }
        if (pressed(ImGuiKey_Escape)) m_article.clear_selection();
    } else if (m_view.selected != 0 && (pressed(ImGuiKey_Delete) || pressed(ImGuiKey_Backspace))) {
        EditRequest r;
        r.op = EditRequest::Op::remove;
        r.id = m_view.selected;
        s.push(std::move(r));
    }
}

void App::apply_edit_queue() {
    EditSession& s = m_edit.session;
    for (const EditRequest& r : s.take_edits()) {
        core::Result<core::AnnotationId> res = run_edit(r);
        if (!res && r.op != EditRequest::Op::undo && r.op != EditRequest::Op::redo)
            s.show(EditMessage{"That edit was not made", res.error().message, true, false, false});
    }
    for (const UiAction& a : s.take_actions()) run_action(a);
    if (s.pending_top_byte && m_article.layout_doc_generation() == m_doc_generation && m_article.layout().valid()) {
        m_article.scroll_top_to_byte(*s.pending_top_byte);
        s.pending_top_byte.reset();
        m_platform.keep_awake(300.0);
    }
}

// ---- edits -----------------------------------------------------------------------------------

core::Result<core::AnnotationId> App::run_edit(const EditRequest& r) {
    EditSession& s = m_edit.session;
    const core::Document& doc = m_model.doc();
    core::Document next;
    core::AnnotationId id = 0;
    switch (r.op) {
    case EditRequest::Op::undo:
    case EditRequest::Op::redo: {
        const bool undo = r.op == EditRequest::Op::undo;
        if (undo ? !s.history.can_undo() : !s.history.can_redo())
            return core::make_error(core::ErrorCode::not_found, undo ? "Nothing to undo." : "Nothing to redo.");
        next = doc;
        if (undo) s.history.undo(next); else s.history.redo(next);
        break;
    }
    default: {
        core::Result<core::Command> cmd = core::make_error(core::ErrorCode::not_found, "Unknown edit.");
        switch (r.op) {
        case EditRequest::Op::add:
            cmd = core::make_add(doc, r.range, r.kind, r.subtype, r.note, s.author, r.color);
            break;
        case EditRequest::Op::update: cmd = core::make_update(doc, r.id, r.patch); break;
        case EditRequest::Op::remove: cmd = core::make_remove(doc, r.id); break;
        case EditRequest::Op::accept: cmd = core::make_accept(doc, r.id); break;
        default: break;
        }
        if (!cmd) return cmd.error();
        next = doc;
        id = s.history.apply(next, std::move(*cmd));
        break;
    }
    }
    commit_edit(std::move(next), id, r);
    return id;
}

void App::commit_edit(core::Document doc, core::AnnotationId id, const EditRequest& r) {
    m_model.reset(std::move(doc));
    ++m_doc_generation;
    if (r.op == EditRequest::Op::add) {
        m_article.clear_selection();
        m_view.selected = id;
        m_view.kind_visible[static_cast<std::size_t>(r.kind)] = true; // the new mark must be seen
    } else if (id != 0) {
        m_view.selected = id;
    }
    if (m_view.selected != 0 && m_model.index_of(m_view.selected) < 0) m_view.selected = 0;
    if (m_view.focused != core::k_no_entity && !m_model.entity(m_view.focused)) m_view.focused = core::k_no_entity;
    rebuild_spans();
    if (m_edit.session.practice_checked) check_practice_now();
    m_platform.publish_mirror(mirror_json());
    autosave();
    m_platform.keep_awake(500.0);
}

// ---- documents ---------------------------------------------------------------------------------

void App::on_document_loaded(bool save) {
    EditSession& s = m_edit.session;
    s.history.clear();
    if (s.practice) m_view.panel_open = s.panel_was_open;
    s.practice = false;
    s.practice_checked = false;
    s.report = {};
    s.marks.clear();
    s.saved_key.clear();
    m_article.clear_selection();
    if (!save) return;
    if (!m_is_sample) autosave();
    else if (s.started && host_io::storage_available()) host_io::storage_remove(k_last_key); // a reload shows the sample
}

void App::install_document(core::Document doc) {
    if (!m_edit.session.saved_key.empty()) autosave(); // keeps the current view with the current document
    adopt_document(std::move(doc), false);
}

core::ShareView App::current_share_view() const {
    core::ShareView v;
    v.show_kind = m_view.kind_visible;
    v.focused_entity = m_view.focused;
    if (m_edit.session.pending_top_byte) v.scroll_byte_offset = *m_edit.session.pending_top_byte;
    else if (m_article.layout_doc_generation() == m_doc_generation) v.scroll_byte_offset = m_article.top_byte();
    v.theme = m_view.theme == ThemeKind::dark ? core::Theme::dark : core::Theme::light;
    v.practice_mode = m_edit.session.practice;
    return v;
}

void App::apply_share_view(const core::ShareView& v) {
    m_view.kind_visible = v.show_kind;
    m_view.focused = m_model.entity(v.focused_entity) ? v.focused_entity : core::k_no_entity;
    const ThemeKind theme = v.theme == core::Theme::dark ? ThemeKind::dark : ThemeKind::light;
    if (theme != m_view.theme) {
        m_view.theme = theme;
        apply_style(m_view.theme, m_fonts.dpr);
    }
    set_practice(v.practice_mode);
    m_edit.session.pending_top_byte = v.scroll_byte_offset;
    rebuild_spans();
    m_platform.publish_mirror(mirror_json());
    m_platform.keep_awake(1000.0);
}

void App::set_practice(bool on) {
    EditSession& s = m_edit.session;
    if (on != s.practice) {
        if (on) {
            s.panel_was_open = m_view.panel_open;
            m_view.panel_open = false; // the side panel would list the answers
        } else {
            m_view.panel_open = s.panel_was_open;
        }
    }
    s.practice = on;
    s.practice_checked = false;
    s.report = {};
    s.marks.clear();
    if (on)
        if (const core::Annotation* a = m_model.annotation(m_view.selected))
            if (a->origin == core::Origin::automatic) m_view.selected = 0;
    rebuild_spans();
    m_platform.keep_awake(500.0);
}

void App::check_practice_now() {
    EditSession& s = m_edit.session;
    s.report = core::check_practice(m_model.doc());
    s.marks.clear();
    for (const core::PracticeItem& item : s.report.items) s.marks.push_back(TextMark{item.range, item.outcome, item.kind});
    s.practice_checked = true;
    m_platform.keep_awake(500.0);
}

} // namespace gloss::app
