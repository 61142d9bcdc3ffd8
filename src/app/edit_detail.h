// SPDX-License-Identifier: MIT
// Internal to App's editing files (app_edit.cpp, app_storage.cpp, app_edit_api.cpp): JSON helpers,
// storage keys and the view's JSON form. Not part of any public interface.
#pragma once

#include "gloss/annotation.h"
#include "gloss/document.h"
#include "gloss/json_util.h"
#include "gloss/share.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

namespace gloss::app::edit_detail {

using nlohmann::json;

inline constexpr const char* k_doc_prefix = "gloss.doc.";
inline constexpr const char* k_recent_key = "gloss.recent";
inline constexpr const char* k_last_key = "gloss.last";
inline constexpr const char* k_author_key = "gloss.author";
inline constexpr std::size_t k_max_recent = 12;

inline std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

inline json parse_loose(std::string_view s) {
    core::Result<json> r = core::parse_json_checked(s);
    return r ? std::move(*r) : json();
}

inline json error_value(const core::Error& e) {
    return json{{"ok", false}, {"code", core::error_code_name(e.code)}, {"message", e.message}};
}

inline json ok_value() { return json{{"ok", true}}; }

inline std::string get_string(const json& j, const char* key) {
    return j.is_object() && j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

inline std::optional<std::int64_t> get_int(const json& j, const char* key) {
    if (!j.is_object() || !j.contains(key) || !j[key].is_number_integer()) return std::nullopt;
    return j[key].get<std::int64_t>();
}

inline std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

inline bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

inline std::uint32_t user_count(const core::Document& doc) {
    std::uint32_t n = 0;
    for (const core::Annotation& a : doc.annotations)
        if (a.origin == core::Origin::user || !a.note.empty()) ++n;
    return n;
}

inline std::string file_stem(const std::string& title) {
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
inline std::string open_error_text(const core::Error& e) {
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

inline json share_view_json(const core::ShareView& v) {
    json hidden = json::array();
    for (int k = 0; k < core::k_kind_count; ++k)
        if (!v.show_kind[static_cast<std::size_t>(k)]) hidden.push_back(core::kind_name(static_cast<core::Kind>(k)));
    return json{{"hidden", hidden},
                {"focused", v.focused_entity == core::k_no_entity ? json(nullptr) : json(v.focused_entity)},
                {"scrollByte", v.scroll_byte_offset},
                {"theme", v.theme == core::Theme::dark ? "dark" : "light"},
                {"practice", v.practice_mode}};
}

inline core::ShareView share_view_from(const json& j) {
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


} // namespace gloss::app::edit_detail
