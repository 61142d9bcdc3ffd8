// SPDX-License-Identifier: MIT
// Native document JSON: writing, and validating reads (no exceptions, every field checked).
#include "gloss/document.h"
#include "gloss/json_util.h"
#include "gloss/limits.h"

#include <nlohmann/json.hpp>

#include <set>

namespace gloss::core {

using nlohmann::json;

namespace {

json entity_ref(EntityId id) { return id == k_no_entity ? json(nullptr) : json(id); }

json annotation_to_json(const Document& doc, const Annotation& a) {
    json j = json::object();
    j["id"] = a.id;
    j["kind"] = kind_name(a.kind);
    j["subtype"] = a.subtype.empty() ? json(nullptr) : json(a.subtype);
    j["start"] = a.range.start;
    j["end"] = a.range.end;
    j["text"] = doc.text.substr(a.range.start, a.range.size());
    j["origin"] = origin_name(a.origin);
    j["entity"] = entity_ref(a.entity);
    j["speaker"] = entity_ref(a.speaker);
    j["note"] = a.note;
    if (!a.author.empty()) j["author"] = a.author;
    if (!a.color.empty()) j["color"] = a.color;
    return j;
}

Error field_error(const std::string& where, const std::string& what) {
    return make_error(ErrorCode::schema, where + ": " + what + ".");
}

bool is_hex_color(const std::string& s) {
    if (s.size() != 7 || s[0] != '#') return false;
    for (std::size_t i = 1; i < 7; ++i) {
        const char c = s[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
    }
    return true;
}

Result<bool> read_entity_ref(const json& j, const char* key, const std::string& where, EntityId& out) {
    out = k_no_entity;
    if (!j.contains(key) || j[key].is_null()) return true;
    if (!j[key].is_number_integer() || j[key].get<long long>() < 0 || j[key].get<long long>() > 0x7fffffff)
        return field_error(where, std::string("\"") + key + "\" must be an entity id or null");
    out = static_cast<EntityId>(j[key].get<long long>());
    return true;
}

Result<Annotation> read_annotation(const json& j, const std::string& text, std::size_t index) {
    const std::string where = "annotation " + std::to_string(index);
    if (!j.is_object()) return field_error(where, "must be an object");
    Annotation a;
    if (!j.contains("id") || !j["id"].is_number_unsigned() || j["id"].get<unsigned long long>() == 0 ||
        j["id"].get<unsigned long long>() > 0xffffffffull)
        return field_error(where, "\"id\" must be a positive integer");
    a.id = static_cast<AnnotationId>(j["id"].get<unsigned long long>());
    if (!j.contains("kind") || !j["kind"].is_string()) return field_error(where, "\"kind\" is missing");
    const auto kind = parse_kind(j["kind"].get<std::string>());
    if (!kind) return field_error(where, "unknown kind \"" + j["kind"].get<std::string>() + "\"");
    a.kind = *kind;
    if (!j.contains("start") || !j.contains("end") || !j["start"].is_number_unsigned() ||
        !j["end"].is_number_unsigned())
        return field_error(where, "\"start\" and \"end\" must be byte offsets");
    const auto start = j["start"].get<unsigned long long>();
    const auto end = j["end"].get<unsigned long long>();
    if (start >= end || end > text.size())
        return make_error(ErrorCode::bad_range, where + ": range [" + std::to_string(start) + ", " +
                                                    std::to_string(end) + ") is outside the text.");
    a.range = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)};
    if (!is_utf8_boundary(text, a.range.start) || !is_utf8_boundary(text, a.range.end))
        return make_error(ErrorCode::bad_range, where + ": range splits a UTF-8 character.", a.range.start);
    if (j.contains("subtype") && !j["subtype"].is_null()) {
        if (!j["subtype"].is_string()) return field_error(where, "\"subtype\" must be a string");
        a.subtype = j["subtype"].get<std::string>();
    }
    if (j.contains("origin")) {
        const auto origin = j["origin"].is_string() ? parse_origin(j["origin"].get<std::string>()) : std::nullopt;
        if (!origin) return field_error(where, "\"origin\" must be \"auto\" or \"user\"");
        a.origin = *origin;
    }
    if (auto r = read_entity_ref(j, "entity", where, a.entity); !r) return r.error();
    if (auto r = read_entity_ref(j, "speaker", where, a.speaker); !r) return r.error();
    for (const char* key : {"note", "author", "color"}) {
        if (!j.contains(key) || j[key].is_null()) continue;
        if (!j[key].is_string()) return field_error(where, std::string("\"") + key + "\" must be a string");
        std::string value = j[key].get<std::string>();
        if (value.size() > k_max_note_bytes)
            return field_error(where, std::string("\"") + key + "\" is longer than " +
                                          std::to_string(k_max_note_bytes / 1024) + " KB");
        if (std::string_view(key) == "note") a.note = std::move(value);
        else if (std::string_view(key) == "author") a.author = std::move(value);
        else if (!value.empty() && !is_hex_color(value)) return field_error(where, "\"color\" must be #rrggbb");
        else a.color = std::move(value);
    }
    return a;
}

Result<Entity> read_entity(const json& j, std::size_t index) {
    const std::string where = "entity " + std::to_string(index);
    if (!j.is_object()) return field_error(where, "must be an object");
    Entity e;
    if (!j.contains("id") || !j["id"].is_number_unsigned() || j["id"].get<unsigned long long>() > 0x7fffffff)
        return field_error(where, "\"id\" must be a non-negative integer");
    e.id = static_cast<EntityId>(j["id"].get<unsigned long long>());
    const auto kind = j.contains("kind") && j["kind"].is_string() ? parse_kind(j["kind"].get<std::string>())
                                                                  : std::nullopt;
    if (!kind) return field_error(where, "\"kind\" is missing or unknown");
    e.kind = *kind;
    if (!j.contains("name") || !j["name"].is_string()) return field_error(where, "\"name\" must be a string");
    e.name = j["name"].get<std::string>();
    if (j.contains("mentions")) {
        if (!j["mentions"].is_number_unsigned()) return field_error(where, "\"mentions\" must be a count");
        e.mentions = static_cast<std::uint32_t>(std::min<unsigned long long>(j["mentions"].get<unsigned long long>(), 0xffffffffu));
    }
    return e;
}

} // namespace

nlohmann::json document_to_json_value(const Document& doc) {
    json root = json::object();
    root["format"] = "gloss";
    root["version"] = k_format_version;
    root["title"] = doc.title;
    root["text"] = doc.text;
    json anns = json::array();
    for (const auto& a : doc.annotations) anns.push_back(annotation_to_json(doc, a));
    root["annotations"] = std::move(anns);
    json ents = json::array();
    for (const auto& e : doc.entities) {
        ents.push_back({{"id", e.id}, {"kind", kind_name(e.kind)}, {"name", e.name}, {"mentions", e.mentions}});
    }
    root["entities"] = std::move(ents);
    if (!doc.rejected.empty()) {
        json rejected = json::array();
        for (const auto& r : doc.rejected)
            rejected.push_back({{"start", r.range.start}, {"end", r.range.end}, {"kind", kind_name(r.kind)}});
        root["rejected"] = std::move(rejected);
    }
    return root;
}

namespace {

void append_entity_ref(std::string& out, EntityId id) {
    if (id == k_no_entity) out += "null";
    else out += std::to_string(id);
}

// Compact writer: the same document as document_to_json_value, streamed without building a
// tree (the tree costs about as much as detection on a large article, and autosave runs it
// after every edit). Keys in a fixed, readable order.
std::string write_compact(const Document& doc) {
    std::string out;
    out.reserve(doc.text.size() * 2 + doc.annotations.size() * 160 + 256);
    out += "{\"format\":\"gloss\",\"version\":";
    out += std::to_string(k_format_version);
    out += ",\"title\":";
    append_json_string(out, doc.title);
    out += ",\"text\":";
    append_json_string(out, doc.text);
    out += ",\"annotations\":[";
    bool first = true;
    for (const auto& a : doc.annotations) {
        if (!first) out.push_back(',');
        first = false;
        out += "{\"id\":";
        out += std::to_string(a.id);
        out += ",\"kind\":\"";
        out += kind_name(a.kind);
        out += "\",\"subtype\":";
        if (a.subtype.empty()) out += "null";
        else append_json_string(out, a.subtype);
        out += ",\"start\":";
        out += std::to_string(a.range.start);
        out += ",\"end\":";
        out += std::to_string(a.range.end);
        out += ",\"text\":";
        append_json_string(out, std::string_view(doc.text).substr(a.range.start, a.range.size()));
        out += ",\"origin\":\"";
        out += origin_name(a.origin);
        out += "\",\"entity\":";
        append_entity_ref(out, a.entity);
        out += ",\"speaker\":";
        append_entity_ref(out, a.speaker);
        out += ",\"note\":";
        append_json_string(out, a.note);
        if (!a.author.empty()) {
            out += ",\"author\":";
            append_json_string(out, a.author);
        }
        if (!a.color.empty()) {
            out += ",\"color\":";
            append_json_string(out, a.color);
        }
        out.push_back('}');
    }
    out += "],\"entities\":[";
    first = true;
    for (const auto& e : doc.entities) {
        if (!first) out.push_back(',');
        first = false;
        out += "{\"id\":";
        out += std::to_string(e.id);
        out += ",\"kind\":\"";
        out += kind_name(e.kind);
        out += "\",\"name\":";
        append_json_string(out, e.name);
        out += ",\"mentions\":";
        out += std::to_string(e.mentions);
        out.push_back('}');
    }
    out.push_back(']');
    if (!doc.rejected.empty()) {
        out += ",\"rejected\":[";
        first = true;
        for (const auto& r : doc.rejected) {
            if (!first) out.push_back(',');
            first = false;
            out += "{\"start\":" + std::to_string(r.range.start) + ",\"end\":" + std::to_string(r.range.end) +
                   ",\"kind\":\"" + kind_name(r.kind) + "\"}";
        }
        out.push_back(']');
    }
    out.push_back('}');
    return out;
}

} // namespace

std::string document_to_json(const Document& doc, int indent) {
    if (indent < 0) return write_compact(doc);
    return dump_json(document_to_json_value(doc), indent);
}

Result<Document> document_from_json_value(const nlohmann::json& root) {
    if (!root.is_object()) return make_error(ErrorCode::schema, "The document must be a JSON object.");
    if (!root.contains("format") || !root["format"].is_string() || root["format"].get<std::string>() != "gloss")
        return make_error(ErrorCode::schema, "This is not a Gloss document (\"format\" is not \"gloss\").");
    if (!root.contains("version") || !root["version"].is_number_integer())
        return make_error(ErrorCode::schema, "The document has no version number.");
    const auto version = root["version"].get<long long>();
    if (version < 1 || version > k_format_version)
        return make_error(ErrorCode::unsupported_version,
                          "Document version " + std::to_string(version) + " is not supported (this Gloss reads version 1" +
                              (k_format_version > 1 ? " to " + std::to_string(k_format_version) : std::string()) + ").");
    if (!root.contains("text") || !root["text"].is_string())
        return make_error(ErrorCode::schema, "The document has no \"text\" string.");
    Document doc;
    const std::string& raw = root["text"].get_ref<const std::string&>();
    doc.text = normalize_text(raw);
    if (auto checked = check_text(doc.text); !checked) return checked.error();
    if (root.contains("title") && !root["title"].is_null()) {
        if (!root["title"].is_string()) return make_error(ErrorCode::schema, "\"title\" must be a string.");
        doc.title = normalize_text(root["title"].get<std::string>());
    }
    if (root.contains("annotations")) {
        const json& anns = root["annotations"];
        if (!anns.is_array()) return make_error(ErrorCode::schema, "\"annotations\" must be an array.");
        if (anns.size() > k_max_annotations)
            return make_error(ErrorCode::too_many_annotations,
                              "The document has " + std::to_string(anns.size()) + " annotations; at most " +
                                  std::to_string(k_max_annotations) + " are supported.");
        if (!anns.empty() && doc.text != raw)
            return make_error(ErrorCode::bad_range,
                              "The document's text is not normalized (CR or invalid UTF-8), so its offsets are ambiguous.");
        std::set<AnnotationId> ids;
        for (std::size_t i = 0; i < anns.size(); ++i) {
            auto a = read_annotation(anns[i], doc.text, i);
            if (!a) return a.error();
            if (!ids.insert(a->id).second)
                return make_error(ErrorCode::schema, "Annotation id " + std::to_string(a->id) + " is used twice.");
            doc.annotations.push_back(std::move(*a));
        }
    }
    if (root.contains("entities")) {
        const json& ents = root["entities"];
        if (!ents.is_array()) return make_error(ErrorCode::schema, "\"entities\" must be an array.");
        if (ents.size() > k_max_annotations)
            return make_error(ErrorCode::too_many_annotations, "The document lists too many entities.");
        std::set<EntityId> ids;
        for (std::size_t i = 0; i < ents.size(); ++i) {
            auto e = read_entity(ents[i], i);
            if (!e) return e.error();
            if (!ids.insert(e->id).second)
                return make_error(ErrorCode::schema, "Entity id " + std::to_string(e->id) + " is used twice.");
            doc.entities.push_back(std::move(*e));
        }
        for (const auto& a : doc.annotations) {
            for (const EntityId ref : {a.entity, a.speaker}) {
                if (ref != k_no_entity && !ids.count(ref))
                    return make_error(ErrorCode::schema, "Annotation " + std::to_string(a.id) +
                                                             " refers to entity " + std::to_string(ref) +
                                                             ", which the document does not list.");
            }
        }
    } else {
        for (auto& a : doc.annotations) a.entity = a.speaker = k_no_entity;
    }
    if (root.contains("rejected")) {
        const json& rejected = root["rejected"];
        if (!rejected.is_array() || rejected.size() > k_max_annotations)
            return make_error(ErrorCode::schema, "\"rejected\" must be an array of ranges.");
        for (const auto& r : rejected) {
            const auto kind = r.is_object() && r.contains("kind") && r["kind"].is_string()
                                  ? parse_kind(r["kind"].get<std::string>())
                                  : std::nullopt;
            if (!kind || !r.contains("start") || !r.contains("end") || !r["start"].is_number_unsigned() ||
                !r["end"].is_number_unsigned() || r["start"].get<unsigned long long>() >= r["end"].get<unsigned long long>() ||
                r["end"].get<unsigned long long>() > doc.text.size())
                return make_error(ErrorCode::schema, "A rejected range is malformed or outside the text.");
            doc.rejected.push_back({{static_cast<std::uint32_t>(r["start"].get<unsigned long long>()),
                                     static_cast<std::uint32_t>(r["end"].get<unsigned long long>())},
                                    *kind});
        }
    }
    sort_annotations(doc.annotations);
    doc.blocks = parse_blocks(doc.text);
    if (doc.title.empty()) {
        for (const auto& b : doc.blocks)
            if (b.kind == BlockKind::headline) doc.title = normalize_text(doc.text.substr(b.range.start, b.range.size()));
    }
    return doc;
}

Result<Document> document_from_json(std::string_view text) {
    auto parsed = parse_json_checked(text);
    if (!parsed) return parsed.error();
    return document_from_json_value(*parsed);
}

} // namespace gloss::core
