// SPDX-License-Identifier: MIT
// App's editing side (issues 5 and 6): applies the edit requests through core Commands and the
// History, autosaves to browser storage, restores the session, practice mode, share links,
// opening files and pasted text with a preview, exports and imports, and the JS API behind
// gloss.addAnnotation & co. Every model change happens here, after the frame's widgets.
#include "app/app.h"

#include "app/edit_host.h"
#include "gloss/assets.h"
#include "gloss/export.h"
#include "gloss/html_import.h"
#include "gloss/json_util.h"
#include "gloss/share.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace gloss::app {
namespace {

using nlohmann::json;

constexpr const char* k_doc_prefix = "gloss.doc.";
constexpr const char* k_recent_key = "gloss.recent";
constexpr const char* k_last_key = "gloss.last";
constexpr const char* k_author_key = "gloss.author";
constexpr std::size_t k_max_recent = 12;

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json parse_loose(std::string_view s) {
    core::Result<json> r = core::parse_json_checked(s);
    return r ? std::move(*r) : json();
}

json error_value(const core::Error& e) {
    return json{{"ok", false}, {"code", core::error_code_name(e.code)}, {"message", e.message}};
}

json ok_value() { return json{{"ok", true}}; }

std::string get_string(const json& j, const char* key) {
    return j.is_object() && j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

std::optional<std::int64_t> get_int(const json& j, const char* key) {
    if (!j.is_object() || !j.contains(key) || !j[key].is_number_integer()) return std::nullopt;
    return j[key].get<std::int64_t>();
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::uint32_t user_count(const core::Document& doc) {
    std::uint32_t n = 0;
    for (const core::Annotation& a : doc.annotations)
        if (a.origin == core::Origin::user || !a.note.empty()) ++n;
    return n;
}

std::string file_stem(const std::string& title) {
    std::string out;
    for (char c : title) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) out.push_back(static_cast<char>(std::tolower(u)));
        else if (!out.empty() && out.back() != '-') out.push_back('-');
        if (out.size() >= 48) break;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? std::string("gloss-article") : out;
}

/// What the user reads when a text or a file cannot be opened (the core message says why).
std::string open_error_text(const core::Error& e) {
    switch (e.code) {
    case core::ErrorCode::empty_text:
        return "There is no article text here: the paste or the file is empty or only whitespace.";
    case core::ErrorCode::text_too_large:
        return "This article is too large to open: Gloss takes articles up to 10 MB of text. " + e.message;
    case core::ErrorCode::binary_data:
        return "This file is not text: it looks like binary data (an image, a PDF or a Word document?). "
               "Open a .txt, .md or .html file, or paste the article's text.";
    default: return e.message;
    }
}

json share_view_json(const core::ShareView& v) {
    json hidden = json::array();
    for (int k = 0; k < core::k_kind_count; ++k)
        if (!v.show_kind[static_cast<std::size_t>(k)]) hidden.push_back(core::kind_name(static_cast<core::Kind>(k)));
    return json{{"hidden", hidden},
                {"focused", v.focused_entity == core::k_no_entity ? json(nullptr) : json(v.focused_entity)},
                {"scrollByte", v.scroll_byte_offset},
                {"theme", v.theme == core::Theme::dark ? "dark" : "light"},
                {"practice", v.practice_mode}};
}

core::ShareView share_view_from(const json& j) {
    core::ShareView v;
    if (!j.is_object()) return v;
    if (j.contains("hidden") && j["hidden"].is_array())
        for (const json& k : j["hidden"])
            if (k.is_string())
                if (auto kind = core::parse_kind(k.get<std::string>())) v.show_kind[static_cast<std::size_t>(*kind)] = false;
    if (auto e = get_int(j, "focused")) v.focused_entity = static_cast<core::EntityId>(*e);
    if (auto s = get_int(j, "scrollByte")) v.scroll_byte_offset = static_cast<std::uint32_t>(std::max<std::int64_t>(0, *s));
    v.theme = get_string(j, "theme") == "dark" ? core::Theme::dark : core::Theme::light;
    v.practice_mode = j.contains("practice") && j["practice"].is_boolean() && j["practice"].get<bool>();
    return v;
}

} // namespace

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
    m_model.reset(std::move(doc));
    m_is_sample = m_model.text() == core::sample_article();
    ++m_doc_generation;
    m_view.selected = 0;
    m_view.focused = core::k_no_entity;
    m_view.flash_until_ms = 0.0;
    m_article.reset();
    on_document_loaded(false);
    rebuild_spans();
    m_search.run(m_model, m_search_bar.is_open() ? m_search_bar.query() : std::string());
    m_platform.publish_mirror(mirror_json());
    m_platform.keep_awake(1000.0);
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

// ---- autosave ----------------------------------------------------------------------------------

void App::storage_failed(host_io::StoreStatus status) {
    EditSession& s = m_edit.session;
    const std::string problem = status == host_io::StoreStatus::full ? "full" : "unavailable";
    const bool tell = s.storage_ok || s.storage_problem != problem;
    s.storage_ok = false;
    s.storage_problem = problem;
    if (!tell) return;
    EditMessage m;
    m.error = true;
    m.offer_export = true;
    m.title = status == host_io::StoreStatus::full ? "Your work could not be saved: this browser's storage for Gloss is full."
                                                   : "Your work is not being saved: this browser blocks storage for this page.";
    m.body = "Your highlights and notes stay while this tab is open, but they will be lost on reload. "
             "Export them to keep a copy (Gloss JSON opens again with Open).";
    s.show(std::move(m));
}

void App::write_recent() {
    json list = json::array();
    for (const RecentDoc& r : m_edit.session.recent)
        list.push_back({{"key", r.key}, {"title", r.title}, {"savedAt", r.saved_at}, {"notes", r.user_annotations},
                        {"bytes", r.bytes}, {"label", r.label}});
    host_io::storage_set(k_recent_key, dump(list));
}

void App::read_recent() {
    auto& recent = m_edit.session.recent;
    recent.clear();
    const std::optional<std::string> raw = host_io::storage_get(k_recent_key);
    if (!raw) return;
    const json list = parse_loose(*raw);
    if (!list.is_array()) return;
    for (const json& j : list) {
        RecentDoc r;
        r.key = get_string(j, "key");
        if (r.key.rfind(k_doc_prefix, 0) != 0) continue;
        r.title = get_string(j, "title");
        r.label = get_string(j, "label");
        if (j.contains("savedAt") && j["savedAt"].is_number()) r.saved_at = j["savedAt"].get<double>();
        if (auto n = get_int(j, "notes")) r.user_annotations = static_cast<std::uint32_t>(*n);
        if (auto n = get_int(j, "bytes")) r.bytes = static_cast<std::uint32_t>(*n);
        recent.push_back(std::move(r));
        if (recent.size() == k_max_recent) break;
    }
}

void App::remember_recent(RecentDoc entry) {
    auto& recent = m_edit.session.recent;
    recent.erase(std::remove_if(recent.begin(), recent.end(), [&](const RecentDoc& r) { return r.key == entry.key; }),
                 recent.end());
    recent.insert(recent.begin(), std::move(entry));
    while (recent.size() > k_max_recent) {
        if (recent.back().key != m_edit.session.saved_key) host_io::storage_remove(recent.back().key);
        recent.pop_back();
    }
    write_recent();
}

void App::autosave() {
    EditSession& s = m_edit.session;
    if (!host_io::storage_available()) {
        storage_failed(host_io::StoreStatus::unavailable);
        return;
    }
    const core::Document& doc = m_model.doc();
    const std::string key = k_doc_prefix + core::content_hash(doc.text);
    const double now = host_io::now_epoch_ms();
    json rec{{"v", 1}, {"title", doc.title}, {"savedAt", now}, {"doc", core::document_to_json(doc)},
             {"view", share_view_json(current_share_view())}};
    const std::string value = dump(rec);
    host_io::StoreStatus st = host_io::storage_set(key, value);
    // Full: make room by dropping the oldest other documents, then try again.
    while (st == host_io::StoreStatus::full) {
        auto& recent = s.recent;
        auto victim = std::find_if(recent.rbegin(), recent.rend(), [&](const RecentDoc& r) { return r.key != key; });
        if (victim == recent.rend()) break;
        host_io::storage_remove(victim->key);
        recent.erase(std::next(victim).base());
        st = host_io::storage_set(key, value);
    }
    if (st != host_io::StoreStatus::ok) {
        storage_failed(st);
        return;
    }
    if (!s.storage_ok && s.message() && s.message()->offer_export) s.dismiss();
    s.storage_ok = true;
    s.storage_problem.clear();
    s.saved_key = key;
    ++s.saves;
    host_io::storage_set(k_last_key, key);
    remember_recent(RecentDoc{key, doc.title, now, user_count(doc), static_cast<std::uint32_t>(doc.text.size()), {}});
}

bool App::restore_saved(const std::string& key) {
    const std::optional<std::string> raw = host_io::storage_get(key);
    if (!raw) return false;
    const json rec = parse_loose(*raw);
    if (!rec.is_object() || !rec.contains("doc") || !rec["doc"].is_string()) return false;
    core::Result<core::Document> doc = core::document_from_json(rec["doc"].get<std::string>());
    if (!doc) return false;
    install_document(std::move(*doc));
    apply_share_view(share_view_from(rec.contains("view") ? rec["view"] : json()));
    autosave(); // under its content key (a backup copy becomes the current one)
    return true;
}

void App::restore_session(std::string_view url_hash) {
    EditSession& s = m_edit.session;
    // Double and triple clicks select words and paragraphs: allow the usual desktop 500 ms
    // between clicks (ImGui's 300 ms is measured in frames, which a slow GPU stretches).
    ImGui::GetIO().MouseDoubleClickTime = 0.5f;
    if (host_io::storage_available()) {
        if (auto author = host_io::storage_get(k_author_key)) {
            s.author = author->substr(0, 200);
            m_edit.author_buffer = s.author;
        }
        read_recent();
    }
    bool restored = false;
    if (host_io::storage_available())
        if (auto last = host_io::storage_get(k_last_key)) restored = restore_saved(*last);
    if (url_hash.rfind("#g1.", 0) == 0) {
        const json r = open_link(url_hash);
        if (r.contains("ok") && r["ok"].is_boolean() && r["ok"].get<bool>()) host_io::replace_hash("");
    }
    (void)restored;
    s.started = true;
}

// ---- links, files, exports ----------------------------------------------------------------------

json App::open_link(std::string_view url) {
    EditSession& s = m_edit.session;
    core::Result<core::DecodedShare> r = core::decode_share_link(url);
    if (!r) {
        s.last_error_code = static_cast<int>(r.code());
        s.show(EditMessage{"This share link could not be opened",
                           r.error().message + " Your current article and annotations are unchanged.", true, false, true});
        m_platform.keep_awake(1000.0);
        return error_value(r.error());
    }
    core::DecodedShare& d = *r;
    // The user's own copy of this article, if it differs from the link, stays in Recent.
    bool kept_copy = false;
    const std::string key = k_doc_prefix + core::content_hash(d.state.document.text);
    if (host_io::storage_available()) {
        if (auto old = host_io::storage_get(key)) {
            const json rec = parse_loose(*old);
            const std::string mine = get_string(rec, "doc");
            if (!mine.empty() && mine != core::document_to_json(d.state.document)) {
                double saved_at = 0;
                if (rec.contains("savedAt") && rec["savedAt"].is_number()) saved_at = rec["savedAt"].get<double>();
                const std::string backup = key + "~" + std::to_string(static_cast<long long>(saved_at));
                if (host_io::storage_set(backup, *old) == host_io::StoreStatus::ok) {
                    core::Result<core::Document> md = core::document_from_json(mine);
                    remember_recent(RecentDoc{backup, get_string(rec, "title"), saved_at, md ? user_count(*md) : 0,
                                              md ? static_cast<std::uint32_t>(md->text.size()) : 0,
                                              "(your copy before opening a link)"});
                    kept_copy = true;
                }
            }
        }
    }
    const bool exact = d.exact;
    const std::string notice = d.notice;
    if (kept_copy)
        s.show(EditMessage{"Opened the shared view",
                           "You had your own annotations on this article: they are kept in the Open dialog under Recent as "
                           "\"(your copy before opening a link)\".",
                           false, false, false});
    install_document(std::move(d.state.document));
    apply_share_view(d.state.view);
    autosave();
    if (!exact)
        s.show(EditMessage{"Opened a shared link from another Gloss version", notice, false, false, false});
    return json{{"ok", true}, {"exact", exact}, {"fromSample", d.from_sample}};
}

std::string App::share_link_url() const {
    core::ShareState st{m_model.doc(), current_share_view()};
    return host_io::page_url() + core::encode_share_link(st);
}

json App::export_as(std::string_view format, bool download) {
    const std::optional<core::ExportFormat> f = core::parse_export_format(format);
    if (!f)
        return error_value(core::make_error(core::ErrorCode::unsupported_format,
                                            "Unknown export format \"" + std::string(format) +
                                                "\": use json, w3c, brat, displacy, csv or html."));
    const core::Document& doc = m_model.doc();
    const std::string data = core::export_document(doc, *f);
    const std::string name = file_stem(doc.title) + core::export_file_extension(*f);
    if (download) {
        host_io::download(name, core::export_mime_type(*f), data);
        if (*f == core::ExportFormat::brat) host_io::download(file_stem(doc.title) + ".txt", "text/plain", doc.text);
    }
    return json{{"ok", true}, {"fileName", name}, {"mime", core::export_mime_type(*f)}, {"data", data}};
}

json App::import_from(std::string_view format, std::string_view data) {
    EditSession& s = m_edit.session;
    const std::optional<core::ExportFormat> f = core::parse_export_format(format);
    core::Result<core::ImportResult> r =
        !f ? core::Result<core::ImportResult>(core::make_error(core::ErrorCode::unsupported_format,
                                                               "Unknown import format \"" + std::string(format) + "\"."))
           : core::import_document(*f, data,
                                   (*f == core::ExportFormat::native || *f == core::ExportFormat::displacy)
                                       ? std::nullopt
                                       : std::optional<std::string_view>(m_model.text()));
    if (!r) {
        s.last_error_code = static_cast<int>(r.code());
        s.show(EditMessage{"These annotations could not be imported",
                           r.error().message + " Your current article and annotations are unchanged.", true, false, true});
        return error_value(r.error());
    }
    json report = parse_loose(core::import_report_json(*r));
    const std::size_t unplaced = r->unplaced.size();
    install_document(std::move(r->document));
    autosave();
    if (unplaced > 0)
        s.show(EditMessage{"Some annotations could not be placed",
                           std::to_string(unplaced) + " of the imported annotations quote text that is not in this article; "
                                                      "they were left out.",
                           false, false, false});
    return json{{"ok", true}, {"report", report}};
}

json App::preview_text(std::string_view raw, std::string_view source) {
    EditSession& s = m_edit.session;
    s.open_dialog = true;
    s.open_error.clear();
    s.preview.reset();
    const std::string name = lower(source);
    const bool html = ends_with(name, ".html") || ends_with(name, ".htm") || core::looks_like_html(raw);
    OpenPreview p;
    p.source = std::string(source);
    std::string text;
    if (html) {
        core::Result<core::HtmlText> h = core::html_to_text(raw);
        if (!h) {
            s.open_error = open_error_text(h.error());
            s.last_error_code = static_cast<int>(h.code());
            return error_value(h.error());
        }
        text = std::move(h->text); // the headline line names the article (a page <title> carries the site name)
        p.from_html = true;
        p.dropped_elements = h->dropped_elements;
    }
    core::Result<core::Document> doc = core::make_document(html ? std::string_view(text) : raw);
    if (!doc) {
        s.open_error = open_error_text(doc.error());
        s.last_error_code = static_cast<int>(doc.code());
        return error_value(doc.error());
    }
    p.document = std::move(*doc);
    s.preview = std::move(p);
    m_platform.keep_awake(500.0);
    return json{{"ok", true}, {"title", s.preview->document.title}, {"bytes", s.preview->document.text.size()}};
}

void App::open_bytes(std::string_view name, std::string_view bytes) {
    const std::string n = lower(name);
    EditSession& s = m_edit.session;
    if (ends_with(n, ".json") || ends_with(n, ".jsonld") || ends_with(n, ".ann") || ends_with(n, ".csv")) {
        const char* format = ends_with(n, ".jsonld") ? "w3c" : ends_with(n, ".ann") ? "brat" : ends_with(n, ".csv") ? "csv" : "json";
        if (ends_with(n, ".displacy.json")) format = "displacy";
        const json r = import_from(format, bytes);
        if (r.contains("ok") && r["ok"].get<bool>()) {
            s.open_dialog = false;
            s.preview.reset();
        } else {
            s.open_dialog = true;
            s.open_error = get_string(r, "message");
        }
        return;
    }
    preview_text(bytes, name);
}

void App::run_action(const UiAction& a) {
    EditSession& s = m_edit.session;
    switch (a.kind) {
    case UiActionKind::open_dialog:
        s.open_dialog = true;
        s.open_error.clear();
        read_recent();
        break;
    case UiActionKind::close_dialog:
        s.open_dialog = false;
        s.preview.reset();
        s.open_error.clear();
        break;
    case UiActionKind::preview_text: preview_text(a.text, a.extra.empty() ? "pasted text" : a.extra); break;
    case UiActionKind::accept_preview:
        if (s.preview) {
            core::Document doc = std::move(s.preview->document);
            s.preview.reset();
            s.open_dialog = false;
            install_document(std::move(doc));
            autosave();
        }
        break;
    case UiActionKind::cancel_preview:
        s.preview.reset();
        s.open_error.clear();
        break;
    case UiActionKind::open_recent:
        if (restore_saved(a.text)) {
            s.open_dialog = false;
        } else {
            s.open_error = "That document is no longer stored in this browser.";
        }
        break;
    case UiActionKind::pick_file: host_io::pick_file(); break;
    case UiActionKind::load_sample:
        s.open_dialog = false;
        s.preview.reset();
        if (!m_is_sample) {
            if (!s.saved_key.empty()) autosave();
            load_sample();
        }
        break;
    case UiActionKind::toggle_practice: set_practice(!s.practice); break;
    case UiActionKind::check_practice: check_practice_now(); break;
    case UiActionKind::share_link:
        s.share_link = share_link_url();
        s.share_open = true;
        host_io::copy_text(s.share_link);
        break;
    case UiActionKind::close_share: s.share_open = false; break;
    case UiActionKind::export_as: export_as(a.text, true); break;
    case UiActionKind::dismiss_message: s.dismiss(); break;
    case UiActionKind::set_author:
        s.author = a.text.substr(0, 200);
        if (host_io::storage_available()) host_io::storage_set(k_author_key, s.author);
        break;
    case UiActionKind::clear_selection: m_article.clear_selection(); break;
    }
    m_platform.keep_awake(500.0);
}

// ---- JS API ------------------------------------------------------------------------------------

std::string App::edit_call(std::string_view op, std::string_view arg) {
    EditSession& s = m_edit.session;
    const json in = arg.empty() ? json() : parse_loose(arg);
    auto run = [&](const EditRequest& r) {
        core::Result<core::AnnotationId> res = run_edit(r);
        if (!res) return dump(error_value(res.error()));
        json out = ok_value();
        if (r.op == EditRequest::Op::add) out["id"] = *res;
        return dump(out);
    };
    if (op == "add" || op == "update") {
        EditRequest r;
        r.op = op == "add" ? EditRequest::Op::add : EditRequest::Op::update;
        const auto start = get_int(in, "start");
        const auto end = get_int(in, "end");
        const std::string kind_name = get_string(in, "kind");
        const std::optional<core::Kind> kind = core::parse_kind(kind_name);
        if (!kind_name.empty() && !kind)
            return dump(error_value(core::make_error(core::ErrorCode::schema, "Unknown kind \"" + kind_name +
                                                                                  "\": use PERSON, ORG, PLACE, QUOTE, FIGURE or HIGHLIGHT.")));
        if (r.op == EditRequest::Op::add) {
            if (!start || !end || *start < 0 || *end < 0 || !kind)
                return dump(error_value(core::make_error(core::ErrorCode::schema,
                                                         "addAnnotation needs {start, end, kind} (UTF-8 byte offsets).")));
            r.range = core::ByteRange{static_cast<std::uint32_t>(*start), static_cast<std::uint32_t>(*end)};
            r.kind = *kind;
            r.subtype = get_string(in, "subtype");
            r.note = get_string(in, "note");
            r.color = get_string(in, "color");
        } else {
            const auto id = get_int(in, "id");
            if (!id || *id <= 0)
                return dump(error_value(core::make_error(core::ErrorCode::schema, "updateAnnotation needs an id.")));
            r.id = static_cast<core::AnnotationId>(*id);
            if (kind) r.patch.kind = *kind;
            if (in.contains("subtype") && in["subtype"].is_string()) r.patch.subtype = get_string(in, "subtype");
            if (in.contains("note") && in["note"].is_string()) r.patch.note = get_string(in, "note");
            if (in.contains("author") && in["author"].is_string()) r.patch.author = get_string(in, "author");
            if (in.contains("color") && in["color"].is_string()) r.patch.color = get_string(in, "color");
            if (start && end && *start >= 0 && *end >= 0)
                r.patch.range = core::ByteRange{static_cast<std::uint32_t>(*start), static_cast<std::uint32_t>(*end)};
        }
        return run(r);
    }
    if (op == "remove" || op == "accept") {
        EditRequest r;
        r.op = op == "remove" ? EditRequest::Op::remove : EditRequest::Op::accept;
        const auto id = in.is_number_integer() ? std::optional<std::int64_t>(in.get<std::int64_t>()) : get_int(in, "id");
        r.id = id && *id > 0 ? static_cast<core::AnnotationId>(*id) : 0;
        return run(r);
    }
    if (op == "undo" || op == "redo") {
        EditRequest r;
        r.op = op == "undo" ? EditRequest::Op::undo : EditRequest::Op::redo;
        return run(r);
    }
    if (op == "selection") {
        const core::ByteRange sel = m_article.selection();
        return dump(json{{"start", sel.start}, {"end", sel.end}, {"text", std::string(m_model.slice(sel))}});
    }
    if (op == "setSelection") {
        const auto start = get_int(in, "start");
        const auto end = get_int(in, "end");
        const auto size = static_cast<std::int64_t>(m_model.text().size());
        if (!start || !end || *start < 0 || *end < *start || *end > size)
            return dump(error_value(core::make_error(core::ErrorCode::bad_range, "The selection must lie inside the text.")));
        m_article.set_selection({static_cast<std::uint32_t>(*start), static_cast<std::uint32_t>(*end)});
        m_platform.keep_awake(500.0);
        return dump(ok_value());
    }
    if (op == "shareLink") return dump(json{{"ok", true}, {"url", share_link_url()}});
    if (op == "openLink") return dump(open_link(get_string(in, "url")));
    if (op == "exportAs") return dump(export_as(get_string(in, "format"), in.contains("download") && in["download"].is_boolean() && in["download"].get<bool>()));
    if (op == "importFrom") return dump(import_from(get_string(in, "format"), get_string(in, "text")));
    if (op == "preview") return dump(preview_text(get_string(in, "text"), get_string(in, "name").empty() ? "pasted text" : get_string(in, "name")));
    if (op == "acceptPreview") {
        if (!s.preview) return dump(error_value(core::make_error(core::ErrorCode::not_found, "Nothing to open.")));
        run_action(UiAction{UiActionKind::accept_preview, {}, {}});
        return dump(ok_value());
    }
    if (op == "practice") {
        set_practice(in.is_boolean() ? in.get<bool>() : !s.practice);
        return dump(ok_value());
    }
    if (op == "check") {
        if (!s.practice) set_practice(true);
        check_practice_now();
    }
    if (op == "author") {
        run_action(UiAction{UiActionKind::set_author, get_string(in, "name"), {}});
        m_edit.author_buffer = s.author;
        return dump(ok_value());
    }
    if (op == "autosave") {
        if (!s.saved_key.empty() || s.history.size() > 0) autosave();
        return dump(ok_value());
    }
    if (op == "openDialog") {
        run_action(UiAction{in.is_boolean() && !in.get<bool>() ? UiActionKind::close_dialog : UiActionKind::open_dialog, {}, {}});
        return dump(ok_value());
    }
    if (op == "dismiss") {
        s.dismiss();
        return dump(ok_value());
    }
    // "state" (and "check"): the editing state for tests and embedders.
    json st;
    st["canUndo"] = s.history.can_undo();
    st["canRedo"] = s.history.can_redo();
    st["undoLabel"] = s.history.can_undo() ? s.history.undo_label() : std::string();
    st["redoLabel"] = s.history.can_redo() ? s.history.redo_label() : std::string();
    st["author"] = s.author;
    st["practice"] = s.practice;
    st["checked"] = s.practice_checked;
    if (s.practice_checked) {
        json per = json::object();
        for (int k = 0; k < 5; ++k) {
            const core::PracticeCounts& c = s.report.per_kind[static_cast<std::size_t>(k)];
            per[core::kind_name(static_cast<core::Kind>(k))] = {{"hits", c.hits}, {"misses", c.misses}, {"extras", c.extras}};
        }
        st["report"] = {{"hits", s.report.total.hits}, {"misses", s.report.total.misses},
                        {"extras", s.report.total.extras}, {"score", s.report.score}, {"perKind", per}};
    }
    st["storage"] = {{"available", host_io::storage_available()}, {"ok", s.storage_ok}, {"problem", s.storage_problem},
                     {"savedKey", s.saved_key}, {"saves", s.saves}};
    json recent = json::array();
    for (const RecentDoc& r : s.recent)
        recent.push_back({{"key", r.key}, {"title", r.title}, {"savedAt", r.saved_at}, {"notes", r.user_annotations},
                          {"label", r.label}});
    st["recent"] = recent;
    st["openDialog"] = s.open_dialog;
    st["openError"] = s.open_error;
    st["preview"] = s.preview ? json{{"title", s.preview->document.title}, {"bytes", s.preview->document.text.size()},
                                     {"fromHtml", s.preview->from_html}}
                              : json(nullptr);
    st["shareOpen"] = s.share_open;
    st["shareLink"] = s.share_link;
    st["message"] = s.message() ? json{{"title", s.message()->title}, {"body", s.message()->body}, {"error", s.message()->error},
                                       {"offerExport", s.message()->offer_export}}
                                : json(nullptr);
    st["view"] = share_view_json(current_share_view());
    const core::ByteRange sel = m_article.selection();
    st["selection"] = {{"start", sel.start}, {"end", sel.end}};
    if (const auto r = m_edit.popup.rect()) {
        const float d = m_fonts.dpr > 0.0f ? m_fonts.dpr : 1.0f;
        st["popup"] = {{"x", r->x / d}, {"y", r->y / d}, {"w", (r->z - r->x) / d}, {"h", (r->w - r->y) / d}};
    } else {
        st["popup"] = nullptr;
    }
    st["notePending"] = m_edit.popup.editing_note();
    json rects = json::object();
    const float dd = m_fonts.dpr > 0.0f ? m_fonts.dpr : 1.0f;
    for (const auto& [name, r] : s.rects)
        rects[name] = {{"x", r[0] / dd}, {"y", r[1] / dd}, {"w", r[2] / dd}, {"h", r[3] / dd}};
    st["rects"] = rects;
    return dump(st);
}

} // namespace gloss::app
