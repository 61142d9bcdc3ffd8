// SPDX-License-Identifier: MIT
// CSV (RFC 4180): one row per annotation with byte offsets, quote and context; and its reader.
#include "export/anchoring.h"

#include "gloss/limits.h"

#include <map>

namespace gloss::core {

namespace {

constexpr const char* k_columns[] = {
    "id",     "kind",  "subtype", "origin",      "byte_start", "byte_end",     "text",   "note",
    "author", "color", "entity",  "entity_name", "speaker",    "speaker_name", "prefix", "suffix"};

// RFC 4180: quote a field holding a comma, a quote or a line break; double inner quotes.
void append_field(std::string& out, std::string_view value) {
    const bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos;
    if (!quote) {
        out += value;
        return;
    }
    out.push_back('"');
    for (const char c : value) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

// RFC 4180 reader: rows of fields; quoted fields may hold commas, quotes ("") and line breaks.
// Accepts LF as well as CRLF row ends. Returns false on a quote in an unquoted field or an
// unterminated quoted field.
bool parse_csv(std::string_view s, std::vector<std::vector<std::string>>& rows, std::size_t& bad_offset) {
    std::vector<std::string> row;
    std::string field;
    std::size_t i = 0;
    bool any = false;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '"' && field.empty()) {
            ++i;
            bool closed = false;
            while (i < s.size()) {
                if (s[i] == '"') {
                    if (i + 1 < s.size() && s[i + 1] == '"') {
                        field.push_back('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                field.push_back(s[i++]);
            }
            if (!closed || (i < s.size() && s[i] != ',' && s[i] != '\n' && s[i] != '\r')) {
                bad_offset = i;
                return false;
            }
            any = true;
            continue;
        }
        if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            any = true;
            ++i;
        } else if (c == '\r' || c == '\n') {
            if (any || !field.empty()) {
                row.push_back(std::move(field));
                rows.push_back(std::move(row));
            }
            row.clear();
            field.clear();
            any = false;
            i += (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
        } else if (c == '"') {
            bad_offset = i;
            return false;
        } else {
            field.push_back(c);
            any = true;
            ++i;
        }
    }
    if (any || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return true;
}

bool parse_number(const std::string& s, long long lo, long long hi, long long& out) {
    if (s.empty() || s.size() > 12) return false;
    std::size_t i = 0;
    const bool negative = s[0] == '-';
    if (negative) i = 1;
    if (i >= s.size()) return false;
    long long v = 0;
    for (; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    out = negative ? -v : v;
    return out >= lo && out <= hi;
}

} // namespace

std::string export_csv(const Document& doc) {
    std::map<EntityId, const Entity*> entities;
    for (const auto& e : doc.entities) entities.emplace(e.id, &e);
    const auto entity_name = [&](EntityId id) -> std::string {
        const auto it = entities.find(id);
        return it == entities.end() ? std::string() : it->second->name;
    };
    std::string out;
    for (std::size_t i = 0; i < std::size(k_columns); ++i) {
        if (i) out.push_back(',');
        out += k_columns[i];
    }
    out += "\r\n";
    for (const auto& a : doc.annotations) {
        const auto q = detail::quote_selector(doc.text, a.range);
        const std::string fields[] = {
            std::to_string(a.id),
            kind_name(a.kind),
            a.subtype,
            origin_name(a.origin),
            std::to_string(a.range.start),
            std::to_string(a.range.end),
            q.exact,
            a.note,
            a.author,
            a.color,
            a.entity == k_no_entity ? std::string() : std::to_string(a.entity),
            entity_name(a.entity),
            a.speaker == k_no_entity ? std::string() : std::to_string(a.speaker),
            entity_name(a.speaker),
            q.prefix,
            q.suffix,
        };
        for (std::size_t i = 0; i < std::size(fields); ++i) {
            if (i) out.push_back(',');
            append_field(out, fields[i]);
        }
        out += "\r\n";
    }
    return out;
}

namespace detail {

Result<ImportResult> import_csv(std::string_view data, std::optional<std::string_view> target_text) {
    if (!target_text)
        return make_error(ErrorCode::schema, "A CSV file does not contain the article: open the text first.");
    auto text = prepare_text(*target_text);
    if (!text) return text.error();
    if (data.size() > k_max_json_bytes)
        return make_error(ErrorCode::text_too_large, "The CSV file is too large.");
    const std::string csv = normalize_text(data);
    std::vector<std::vector<std::string>> rows;
    std::size_t bad = 0;
    if (!parse_csv(csv, rows, bad))
        return make_error(ErrorCode::schema, "The CSV file has a misplaced quote.",
                          static_cast<std::uint32_t>(bad));
    if (rows.empty()) return make_error(ErrorCode::schema, "The CSV file is empty.");
    if (rows.size() - 1 > k_max_annotations)
        return make_error(ErrorCode::too_many_annotations, "The CSV file holds too many annotations.");
    std::map<std::string, std::size_t> col;
    for (std::size_t i = 0; i < rows[0].size(); ++i) col.emplace(rows[0][i], i);
    if (!col.count("kind") || !col.count("text"))
        return make_error(ErrorCode::schema,
                          "The CSV file needs at least the columns \"kind\" and \"text\".");
    const auto cell = [&](const std::vector<std::string>& row, const char* name) -> std::string {
        const auto it = col.find(name);
        return it == col.end() || it->second >= row.size() ? std::string() : row[it->second];
    };
    std::vector<Candidate> candidates;
    std::map<EntityId, Entity> entities;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        const std::string where = "CSV row " + std::to_string(r + 1);
        Candidate c;
        Annotation& a = c.annotation;
        std::string subtype;
        a.kind = kind_from_label(cell(row, "kind"), subtype).value_or(Kind::highlight);
        a.subtype = col.count("subtype") ? cell(row, "subtype") : subtype;
        a.origin = parse_origin(cell(row, "origin")).value_or(Origin::user);
        long long v = 0;
        if (parse_number(cell(row, "id"), 1, 0xffffffffLL, v)) a.id = static_cast<AnnotationId>(v);
        a.note = cell(row, "note").substr(0, k_max_note_bytes);
        a.author = cell(row, "author").substr(0, k_max_note_bytes);
        if (is_hex_color(cell(row, "color"))) a.color = cell(row, "color");
        const auto read_entity = [&](const char* id_col, const char* name_col, Kind kind, EntityId& ref) {
            long long id = 0;
            if (!parse_number(cell(row, id_col), 0, 0x7fffffffLL, id)) return;
            ref = static_cast<EntityId>(id);
            auto& e = entities[ref];
            if (e.id == k_no_entity) e = Entity{ref, kind, cell(row, name_col), 0};
        };
        read_entity("entity", "entity_name", a.kind, a.entity);
        read_entity("speaker", "speaker_name", Kind::person, a.speaker);
        c.quote.exact = cell(row, "text");
        c.quote.prefix = cell(row, "prefix");
        c.quote.suffix = cell(row, "suffix");
        long long s = 0, e = 0;
        if (parse_number(cell(row, "byte_start"), 0, 0xffffffffLL, s) &&
            parse_number(cell(row, "byte_end"), 0, 0xffffffffLL, e) && s < e)
            c.hint = ByteRange{static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(e)};
        if (c.quote.exact.empty() && !c.hint)
            return make_error(ErrorCode::schema, where + " has neither a text nor byte offsets.");
        candidates.push_back(std::move(c));
    }
    std::vector<Entity> entity_list;
    for (auto& [id, e] : entities) entity_list.push_back(std::move(e));
    return place_candidates(std::move(*text), std::move(candidates), std::move(entity_list), {});
}

} // namespace detail

} // namespace gloss::core
