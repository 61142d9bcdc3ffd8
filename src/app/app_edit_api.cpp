// SPDX-License-Identifier: MIT
// The JS API's editing calls (gloss.addAnnotation, updateAnnotation, removeAnnotation, undo, redo,
// selection, shareLink, openLink, exportAs, importFrom, editState ...): JSON in, JSON out.
#include "app/app.h"

#include "app/edit_detail.h"
#include "app/edit_host.h"

namespace gloss::app {

using namespace edit_detail;

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
