// SPDX-License-Identifier: MIT
// spaCy/displaCy manual format {text, ents:[{start, end, label}]} with code point offsets.
#include "export/anchoring.h"

#include "gloss/json_util.h"
#include "gloss/limits.h"

namespace gloss::core {

using nlohmann::json;

std::string export_displacy(const Document& doc) {
    const detail::CodePointMap cps(doc.text);
    json ents = json::array();
    for (const auto& a : doc.annotations) {
        ents.push_back({{"start", cps.cp_from_byte(a.range.start)},
                        {"end", cps.cp_from_byte(a.range.end)},
                        {"label", kind_name(a.kind)}});
    }
    json root = json::object();
    root["text"] = doc.text;
    root["ents"] = std::move(ents);
    root["title"] = doc.title;
    return dump_json(root);
}

namespace detail {

// Gloss kinds, and spaCy's OntoNotes labels mapped onto them.
std::optional<Kind> kind_from_label(std::string_view label, std::string& subtype) {
    subtype.clear();
    if (const auto kind = parse_kind(label)) return kind;
    struct Mapping {
        std::string_view label;
        Kind kind;
        std::string_view subtype;
    };
    static constexpr Mapping k_map[] = {
        {"PER", Kind::person, ""},
        {"GPE", Kind::place, ""},
        {"LOC", Kind::place, ""},
        {"FAC", Kind::place, ""},
        {"NORP", Kind::org, ""},
        {"PERCENT", Kind::figure, "percent"},
        {"MONEY", Kind::figure, "money"},
        {"DATE", Kind::figure, "date"},
        {"QUANTITY", Kind::figure, "quantity"},
        {"CARDINAL", Kind::figure, "number"},
        {"ORDINAL", Kind::figure, "number"},
        {"TIME", Kind::figure, "duration"},
    };
    for (const auto& m : k_map) {
        if (m.label == label) {
            subtype = std::string(m.subtype);
            return m.kind;
        }
    }
    return std::nullopt;
}

Result<ImportResult> import_displacy(std::string_view data, std::optional<std::string_view> target_text) {
    auto parsed = parse_json_checked(data);
    if (!parsed) return parsed.error();
    const json* root = &*parsed;
    if (root->is_array() && root->size() == 1) root = &(*root)[0];
    if (!root->is_object() || !root->contains("text") || !(*root)["text"].is_string() ||
        !root->contains("ents") || !(*root)["ents"].is_array())
        return make_error(ErrorCode::schema,
                          "This is not displaCy data: it needs \"text\" and an \"ents\" list.");
    const json& ents = (*root)["ents"];
    if (ents.size() > k_max_annotations)
        return make_error(ErrorCode::too_many_annotations, "The file holds too many entities.");
    auto source = prepare_text((*root)["text"].get<std::string>());
    if (!source) return source.error();
    std::string text;
    if (target_text) {
        auto target = prepare_text(*target_text);
        if (!target) return target.error();
        text = std::move(*target);
    } else {
        text = *source;
    }
    const CodePointMap source_cps(*source);
    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < ents.size(); ++i) {
        const json& e = ents[i];
        const std::string where = "entity " + std::to_string(i);
        if (!e.is_object() || !e.contains("start") || !e.contains("end") ||
            !e["start"].is_number_unsigned() || !e["end"].is_number_unsigned() || !e.contains("label") ||
            !e["label"].is_string())
            return make_error(ErrorCode::schema, where + " needs numeric \"start\"/\"end\" and a \"label\".");
        const auto s = e["start"].get<unsigned long long>();
        const auto en = e["end"].get<unsigned long long>();
        const auto b0 = source_cps.byte_from_cp(s);
        const auto b1 = source_cps.byte_from_cp(en);
        if (s >= en || !b0 || !b1)
            return make_error(ErrorCode::bad_range, where + ": [" + std::to_string(s) + ", " +
                                                        std::to_string(en) + ") is outside the text.");
        Candidate c;
        c.annotation.kind =
            kind_from_label(e["label"].get<std::string>(), c.annotation.subtype).value_or(Kind::highlight);
        c.quote = quote_selector(*source, ByteRange{*b0, *b1});
        c.hint = ByteRange{*b0, *b1};
        // Offsets refer to the file's own text; place_candidates uses them only where the target
        // text holds the same quote there, and as the tie-breaker otherwise.
        candidates.push_back(std::move(c));
    }
    std::string title;
    if (root->contains("title") && (*root)["title"].is_string()) title = (*root)["title"].get<std::string>();
    return place_candidates(std::move(text), std::move(candidates), {}, std::move(title));
}

} // namespace detail

} // namespace gloss::core
