// SPDX-License-Identifier: MIT
// W3C Web Annotation Data Model (JSON-LD): export and import with quote + position selectors.
#include "export/anchoring.h"

#include "gloss/json_util.h"
#include "gloss/limits.h"

#include <map>

namespace gloss::core {

using nlohmann::json;

namespace {

constexpr const char* k_w3c_context = "http://www.w3.org/ns/anno.jsonld";
constexpr const char* k_gloss_vocab = "urn:gloss:vocab#";

std::string source_of(const Document& doc, const ExportOptions& options) {
    return options.source_uri.empty() ? "urn:gloss:text:" + content_hash(doc.text) : options.source_uri;
}

json textual_body(const char* purpose, const std::string& value) {
    return json{{"type", "TextualBody"}, {"purpose", purpose}, {"value", value}, {"format", "text/plain"}};
}

// Reads a trailing ":<digits>" of an annotation IRI as its Gloss id.
AnnotationId id_from_iri(const std::string& iri) {
    const auto colon = iri.find_last_of(":#/");
    if (colon == std::string::npos || colon + 1 >= iri.size() || iri.size() - colon - 1 > 9) return 0;
    AnnotationId id = 0;
    for (std::size_t i = colon + 1; i < iri.size(); ++i) {
        if (iri[i] < '0' || iri[i] > '9') return 0;
        id = id * 10 + static_cast<AnnotationId>(iri[i] - '0');
    }
    return id;
}

std::string string_field(const json& j, const char* key) {
    return j.is_object() && j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

bool int_field(const json& j, const char* key, long long lo, long long hi, long long& out) {
    if (!j.is_object() || !j.contains(key)) return false;
    const json& v = j[key];
    if (v.is_number_unsigned()) {
        if (v.get<unsigned long long>() > static_cast<unsigned long long>(hi)) return false;
        out = static_cast<long long>(v.get<unsigned long long>());
    } else if (v.is_number_integer()) {
        out = v.get<long long>();
    } else {
        return false;
    }
    return out >= lo && out <= hi;
}

// W3C allows one value or an array of values almost everywhere.
std::vector<const json*> as_list(const json& j) {
    std::vector<const json*> out;
    if (j.is_array()) {
        for (const auto& e : j) out.push_back(&e);
    } else if (!j.is_null()) {
        out.push_back(&j);
    }
    return out;
}

} // namespace

std::string export_w3c(const Document& doc, const ExportOptions& options) {
    const detail::CodePointMap cps(doc.text);
    const std::string source = source_of(doc, options);
    const std::string hash = content_hash(doc.text);
    std::map<EntityId, const Entity*> entities;
    for (const auto& e : doc.entities) entities.emplace(e.id, &e);

    json items = json::array();
    for (const auto& a : doc.annotations) {
        json anno = json::object();
        anno["id"] = "urn:gloss:annotation:" + hash + ":" + std::to_string(a.id);
        anno["type"] = "Annotation";
        anno["motivation"] = !a.note.empty()             ? "commenting"
                             : a.kind == Kind::highlight ? "highlighting"
                                                         : "tagging";
        json body = json::array();
        body.push_back(textual_body("tagging", kind_name(a.kind)));
        if (!a.subtype.empty()) body.push_back(textual_body("classifying", a.subtype));
        if (!a.note.empty()) body.push_back(textual_body("commenting", a.note));
        if (const auto it = entities.find(a.entity); it != entities.end())
            body.push_back(textual_body("identifying", it->second->name));
        anno["body"] = std::move(body);
        const auto quote = detail::quote_selector(doc.text, a.range);
        json selectors = json::array();
        selectors.push_back({{"type", "TextQuoteSelector"},
                             {"exact", quote.exact},
                             {"prefix", quote.prefix},
                             {"suffix", quote.suffix}});
        selectors.push_back({{"type", "TextPositionSelector"},
                             {"start", cps.cp_from_byte(a.range.start)},
                             {"end", cps.cp_from_byte(a.range.end)}});
        anno["target"] = {{"source", source}, {"selector", std::move(selectors)}};
        if (!a.author.empty()) anno["creator"] = {{"type", "Person"}, {"name", a.author}};
        anno["gloss:origin"] = origin_name(a.origin);
        if (a.entity != k_no_entity) anno["gloss:entity"] = a.entity;
        if (a.speaker != k_no_entity) anno["gloss:speaker"] = a.speaker;
        if (!a.color.empty()) anno["gloss:color"] = a.color;
        items.push_back(std::move(anno));
    }
    json ents = json::array();
    for (const auto& e : doc.entities)
        ents.push_back({{"gloss:id", e.id}, {"gloss:kind", kind_name(e.kind)}, {"gloss:name", e.name}});

    json root = json::object();
    root["@context"] = json::array({k_w3c_context, json{{"gloss", k_gloss_vocab}}});
    root["id"] = "urn:gloss:collection:" + hash;
    root["type"] = "AnnotationCollection";
    root["label"] = doc.title;
    root["total"] = doc.annotations.size();
    // Stated for readers of the file: TextPositionSelector counts Unicode code points.
    root["gloss:offsetUnit"] = "codepoint";
    root["gloss:entities"] = std::move(ents);
    root["first"] = {{"type", "AnnotationPage"}, {"startIndex", 0}, {"items", std::move(items)}};
    return dump_json(root, 2);
}

namespace detail {

Result<ImportResult> import_w3c(std::string_view data, std::optional<std::string_view> target_text) {
    if (!target_text)
        return make_error(ErrorCode::schema,
                          "A W3C annotation file does not contain the article: open the text first.");
    auto text = prepare_text(*target_text);
    if (!text) return text.error();
    auto parsed = parse_json_checked(data);
    if (!parsed) return parsed.error();
    const json& root = *parsed;

    // A collection (with first.items), a page (items), a list, or one annotation.
    const json* items = nullptr;
    json single = json::array();
    if (root.is_array()) {
        items = &root;
    } else if (root.is_object() && root.contains("first") && root["first"].is_object() &&
               root["first"].contains("items")) {
        items = &root["first"]["items"];
    } else if (root.is_object() && root.contains("items")) {
        items = &root["items"];
    } else if (root.is_object() && string_field(root, "type") == "Annotation") {
        single.push_back(root);
        items = &single;
    }
    if (!items || !items->is_array())
        return make_error(ErrorCode::schema, "This is not a W3C Web Annotation file (no annotations found).");
    if (items->size() > k_max_annotations)
        return make_error(ErrorCode::too_many_annotations, "The file holds too many annotations.");

    std::vector<Entity> entities;
    if (root.is_object() && root.contains("gloss:entities") && root["gloss:entities"].is_array()) {
        for (const auto& e : root["gloss:entities"]) {
            long long id = 0;
            const auto kind = parse_kind(string_field(e, "gloss:kind"));
            if (!int_field(e, "gloss:id", 0, 0x7fffffffLL, id) || !kind)
                return make_error(ErrorCode::schema, "An entry of \"gloss:entities\" has the wrong shape.");
            entities.push_back(Entity{static_cast<EntityId>(id), *kind, string_field(e, "gloss:name"), 0});
        }
    }

    const CodePointMap cps(*text);
    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const json& anno = (*items)[i];
        if (!anno.is_object() || string_field(anno, "type") != "Annotation")
            return make_error(ErrorCode::schema, "Item " + std::to_string(i) + " is not a W3C Annotation.");
        Candidate c;
        Annotation& a = c.annotation;
        a.id = id_from_iri(string_field(anno, "id"));
        a.kind = Kind::highlight;
        a.origin = Origin::user;
        if (anno.contains("body")) {
            for (const json* body : as_list(anno["body"])) {
                const std::string purpose = string_field(*body, "purpose");
                const std::string value = string_field(*body, "value");
                if (purpose == "tagging") {
                    if (const auto kind = parse_kind(value)) a.kind = *kind;
                } else if (purpose == "classifying") {
                    a.subtype = value.substr(0, k_max_note_bytes);
                } else if (purpose == "commenting" || (purpose.empty() && !value.empty() && a.note.empty())) {
                    a.note = value.substr(0, k_max_note_bytes);
                }
            }
        }
        if (anno.contains("creator")) {
            for (const json* who : as_list(anno["creator"])) {
                a.author = who->is_string() ? who->get<std::string>() : string_field(*who, "name");
                break;
            }
        }
        if (const auto origin = parse_origin(string_field(anno, "gloss:origin"))) a.origin = *origin;
        long long v = 0;
        if (int_field(anno, "gloss:entity", 0, 0x7fffffffLL, v)) a.entity = static_cast<EntityId>(v);
        if (int_field(anno, "gloss:speaker", 0, 0x7fffffffLL, v)) a.speaker = static_cast<EntityId>(v);
        if (const std::string color = string_field(anno, "gloss:color"); is_hex_color(color)) a.color = color;

        if (!anno.contains("target"))
            return make_error(ErrorCode::schema, "Annotation " + std::to_string(i) + " has no target.");
        for (const json* target : as_list(anno["target"])) {
            if (!target->is_object() || !target->contains("selector")) continue;
            for (const json* sel : as_list((*target)["selector"])) {
                const std::string type = string_field(*sel, "type");
                if (type == "TextQuoteSelector") {
                    c.quote.exact = string_field(*sel, "exact");
                    c.quote.prefix = string_field(*sel, "prefix");
                    c.quote.suffix = string_field(*sel, "suffix");
                } else if (type == "TextPositionSelector") {
                    long long start = 0, end = 0;
                    if (int_field(*sel, "start", 0, 0xffffffffLL, start) &&
                        int_field(*sel, "end", 0, 0xffffffffLL, end) && start < end) {
                        const auto b0 = cps.byte_from_cp(static_cast<std::uint64_t>(start));
                        const auto b1 = cps.byte_from_cp(static_cast<std::uint64_t>(end));
                        if (b0 && b1) c.hint = ByteRange{*b0, *b1};
                    }
                }
            }
            break;
        }
        candidates.push_back(std::move(c));
    }
    std::string title = root.is_object() ? string_field(root, "label") : std::string();
    return place_candidates(std::move(*text), std::move(candidates), std::move(entities), std::move(title));
}

} // namespace detail

} // namespace gloss::core
