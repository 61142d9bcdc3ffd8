// SPDX-License-Identifier: MIT
// App's documents beyond the one open (issues 5 and 6): autosave to browser storage with the
// recent list and the full/blocked messages, session restore, share links, opening pasted text and
// files with a preview, exports and imports, and the UI actions that lead there.
#include "app/app.h"

#include "app/edit_detail.h"
#include "app/edit_host.h"
#include "gloss/assets.h"
#include "gloss/export.h"
#include "gloss/html_import.h"

namespace gloss::app {

using namespace edit_detail;

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

} // namespace gloss::app
