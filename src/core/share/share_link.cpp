// SPDX-License-Identifier: MIT
// Share link encode/decode: the compact g1 payload, the diff against derived annotations, checks.
#include "gloss/assets.h"
#include "gloss/json_util.h"
#include "gloss/limits.h"
#include "gloss/share.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace gloss::core {

using nlohmann::json;

namespace {

// ---- shared helpers -------------------------------------------------------------------------

const std::string& sample_text() {
    static const std::string text = normalize_text(sample_article());
    return text;
}

const std::string& sample_hash() {
    static const std::string hash = content_hash(sample_text());
    return hash;
}

// The title a document gets when none is given (same rule as make_document, which passes it
// through normalize_text: a headline starting with U+FEFF loses it; fuzz: share_link).
std::string default_title(const std::string& text, const std::vector<Block>& blocks) {
    for (const auto& b : blocks)
        if (b.kind == BlockKind::headline) return normalize_text(text.substr(b.range.start, b.range.size()));
    for (const auto& b : blocks) {
        if (b.kind == BlockKind::image) continue;
        std::string t = text.substr(b.range.start, std::min<std::uint32_t>(b.range.size(), 80));
        while (!t.empty() && !is_utf8_boundary(text, b.range.start + static_cast<std::uint32_t>(t.size())))
            t.pop_back();
        return normalize_text(t);
    }
    return "Untitled";
}

bool same_annotation(const Annotation& a, const Annotation& b) {
    return a.id == b.id && a.range == b.range && a.kind == b.kind && a.subtype == b.subtype &&
           a.origin == b.origin && a.entity == b.entity && a.speaker == b.speaker && a.note == b.note &&
           a.author == b.author && a.color == b.color;
}

bool same_entity(const Entity& a, const Entity& b) {
    return a.id == b.id && a.kind == b.kind && a.name == b.name && a.mentions == b.mentions;
}

using RangeKey = std::tuple<std::uint32_t, std::uint32_t, int>;
RangeKey key_of(const Annotation& a) { return {a.range.start, a.range.end, static_cast<int>(a.kind)}; }

// 8 hex digits identifying what the detector derived: equal fingerprints mean the decoder's
// detector reproduces the encoder's automatic annotations and entities exactly.
std::string fingerprint(const Detection& det) {
    std::string s;
    const auto field = [&](const std::string& v) {
        s += v;
        s.push_back('\x1f');
    };
    for (const auto& a : det.annotations) {
        field(std::to_string(a.id));
        field(std::to_string(a.range.start));
        field(std::to_string(a.range.end));
        field(kind_name(a.kind));
        field(a.subtype);
        field(origin_name(a.origin));
        field(std::to_string(a.entity));
        field(std::to_string(a.speaker));
        field(a.note);
        field(a.author);
        field(a.color);
        s.push_back('\x1e');
    }
    s.push_back('\x1d');
    for (const auto& e : det.entities) {
        field(std::to_string(e.id));
        field(kind_name(e.kind));
        field(e.name);
        field(std::to_string(e.mentions));
        s.push_back('\x1e');
    }
    return content_hash(s).substr(0, 8);
}

Detection derive(const std::string& text) { return annotate(text, parse_blocks(text)); }

// Raw deflate has no checksum: "k" = 8 hex digits of content_hash over the compact JSON without
// "k" catches a damaged link before its content is trusted.
std::string payload_check(const json& root_without_check) {
    return content_hash(dump_json(root_without_check)).substr(0, 8);
}

// ---- encoding -------------------------------------------------------------------------------

json annotation_record(const Annotation& a, std::uint32_t previous_start) {
    json r = json::array({a.id, static_cast<std::int64_t>(a.range.start) - previous_start, a.range.size(),
                          static_cast<int>(a.kind), a.origin == Origin::user ? 1 : 0, a.note, a.subtype,
                          a.entity, a.speaker, a.author, a.color});
    // Trailing defaults dropped: [id, start, length, kind] is the shortest record.
    const json defaults[] = {0, "", "", k_no_entity, k_no_entity, "", ""};
    while (r.size() > 4 && r.back() == defaults[r.size() - 5]) r.erase(r.size() - 1);
    return r;
}

json entity_record(const Entity& e) {
    return json::array({e.id, static_cast<int>(e.kind), e.name, e.mentions});
}

json view_json(const ShareView& v) {
    json w = json::object();
    int hidden = 0;
    for (int k = 0; k < k_kind_count; ++k)
        if (!v.show_kind[static_cast<std::size_t>(k)]) hidden |= 1 << k;
    if (hidden) w["k"] = hidden;
    if (v.focused_entity != k_no_entity) w["e"] = v.focused_entity;
    if (v.scroll_byte_offset) w["s"] = v.scroll_byte_offset;
    if (v.theme == Theme::dark) w["d"] = 1;
    if (v.practice_mode) w["p"] = 1;
    return w;
}

// ---- decoding -------------------------------------------------------------------------------

Error schema_error(const std::string& what) {
    return make_error(ErrorCode::schema, "The share link's data is damaged: " + what + ".");
}

bool read_int(const json& j, long long lo, long long hi, long long& out) {
    if (j.is_number_unsigned()) {
        const auto v = j.get<unsigned long long>();
        if (v > static_cast<unsigned long long>(hi)) return false;
        out = static_cast<long long>(v);
    } else if (j.is_number_integer()) {
        out = j.get<long long>();
    } else {
        return false;
    }
    return out >= lo && out <= hi;
}

bool read_short_string(const json& j, std::string& out) {
    if (!j.is_string()) return false;
    out = j.get<std::string>();
    return out.size() <= k_max_note_bytes;
}

bool is_hex_color(const std::string& s) {
    if (s.size() != 7 || s[0] != '#') return false;
    return std::all_of(s.begin() + 1, s.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

Result<bool> check_range(const std::string& text, long long start, long long length, ByteRange& out) {
    if (start < 0 || length <= 0 || static_cast<unsigned long long>(start + length) > text.size())
        return make_error(ErrorCode::bad_range, "The share link has a highlight outside the text.");
    out = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(start + length)};
    if (!is_utf8_boundary(text, out.start) || !is_utf8_boundary(text, out.end))
        return make_error(ErrorCode::bad_range, "The share link has a highlight that splits a character.",
                          out.start);
    return true;
}

Result<Annotation> read_annotation_record(const json& r, const std::string& text, long long& previous_start) {
    if (!r.is_array() || r.size() < 4 || r.size() > 11)
        return schema_error("an annotation record has the wrong shape");
    Annotation a;
    long long v = 0;
    if (!read_int(r[0], 1, 0xffffffffLL, v)) return schema_error("an annotation id is invalid");
    a.id = static_cast<AnnotationId>(v);
    long long delta = 0;
    long long length = 0;
    if (!read_int(r[1], -0xffffffffLL, 0xffffffffLL, delta) || !read_int(r[2], 1, 0xffffffffLL, length))
        return schema_error("an annotation position is invalid");
    const long long start = previous_start + delta;
    if (auto ok = check_range(text, start, length, a.range); !ok) return ok.error();
    previous_start = start;
    if (!read_int(r[3], 0, k_kind_count - 1, v)) return schema_error("an annotation kind is invalid");
    a.kind = static_cast<Kind>(v);
    if (r.size() > 4) {
        if (!read_int(r[4], 0, 1, v)) return schema_error("an annotation origin is invalid");
        a.origin = v ? Origin::user : Origin::automatic;
    }
    if (r.size() > 5 && !read_short_string(r[5], a.note))
        return schema_error("a note is invalid or too long");
    if (r.size() > 6 && !read_short_string(r[6], a.subtype)) return schema_error("a subtype is invalid");
    if (r.size() > 7) {
        if (!read_int(r[7], -1, 0x7fffffffLL, v)) return schema_error("an entity reference is invalid");
        a.entity = static_cast<EntityId>(v);
    }
    if (r.size() > 8) {
        if (!read_int(r[8], -1, 0x7fffffffLL, v)) return schema_error("a speaker reference is invalid");
        a.speaker = static_cast<EntityId>(v);
    }
    if (r.size() > 9 && !read_short_string(r[9], a.author)) return schema_error("an author is invalid");
    if (r.size() > 10) {
        if (!read_short_string(r[10], a.color) || (!a.color.empty() && !is_hex_color(a.color)))
            return schema_error("a colour is invalid");
    }
    return a;
}

Result<Entity> read_entity_record(const json& r) {
    if (!r.is_array() || r.size() != 4) return schema_error("an entity record has the wrong shape");
    Entity e;
    long long v = 0;
    if (!read_int(r[0], 0, 0x7fffffffLL, v)) return schema_error("an entity id is invalid");
    e.id = static_cast<EntityId>(v);
    if (!read_int(r[1], 0, k_kind_count - 1, v)) return schema_error("an entity kind is invalid");
    e.kind = static_cast<Kind>(v);
    if (!read_short_string(r[2], e.name)) return schema_error("an entity name is invalid");
    if (!read_int(r[3], 0, 0xffffffffLL, v)) return schema_error("an entity mention count is invalid");
    e.mentions = static_cast<std::uint32_t>(v);
    return e;
}

Result<ShareView> read_view(const json& root, std::size_t text_size) {
    ShareView view;
    if (!root.contains("w")) return view;
    const json& w = root["w"];
    if (!w.is_object()) return schema_error("the view is not an object");
    long long v = 0;
    if (w.contains("k")) {
        if (!read_int(w["k"], 0, (1 << k_kind_count) - 1, v))
            return schema_error("the kind filter is invalid");
        for (int k = 0; k < k_kind_count; ++k) view.show_kind[static_cast<std::size_t>(k)] = !(v & (1 << k));
    }
    if (w.contains("e")) {
        if (!read_int(w["e"], -1, 0x7fffffffLL, v)) return schema_error("the focused entity is invalid");
        view.focused_entity = static_cast<EntityId>(v);
    }
    if (w.contains("s")) {
        if (!read_int(w["s"], 0, static_cast<long long>(text_size), v))
            return make_error(ErrorCode::bad_range, "The share link scrolls past the end of the text.");
        view.scroll_byte_offset = static_cast<std::uint32_t>(v);
    }
    if (w.contains("d")) {
        if (!read_int(w["d"], 0, 1, v)) return schema_error("the theme is invalid");
        view.theme = v ? Theme::dark : Theme::light;
    }
    if (w.contains("p")) {
        if (!read_int(w["p"], 0, 1, v)) return schema_error("the practice flag is invalid");
        view.practice_mode = v != 0;
    }
    return view;
}

// Splits "…#g1.payload" (or "g1.payload") into its version and payload.
// Splits "…#g1.payload" (or "g1.payload") into its version and payload. Links travel through
// chat apps and e-mail: line breaks and spaces inside are dropped, and trailing punctuation a
// sentence put after the link is ignored (none of it is in the base64url alphabet).
Result<std::string> link_payload(std::string_view link) {
    const auto hash = link.find('#');
    std::string_view frag = hash == std::string_view::npos ? link : link.substr(hash + 1);
    while (!frag.empty() && std::string_view(" \t\r\n.,;:!?)]>\"'").find(frag.back()) != std::string_view::npos)
        frag.remove_suffix(1);
    while (!frag.empty() && (frag.front() == ' ' || frag.front() == '\n' || frag.front() == '\t')) frag.remove_prefix(1);
    if (frag.size() < 2 || frag[0] != 'g' || frag[1] < '0' || frag[1] > '9')
        return make_error(ErrorCode::link_malformed, "This is not a Gloss share link (it has no #g1. part).");
    std::size_t i = 1;
    unsigned long long version = 0;
    while (i < frag.size() && frag[i] >= '0' && frag[i] <= '9' && version < 1000000)
        version = version * 10 + (frag[i++] - '0');
    if (i >= frag.size() || frag[i] != '.')
        return make_error(ErrorCode::link_malformed, "This is not a Gloss share link (it has no #g1. part).");
    if (version != 1)
        return make_error(ErrorCode::unsupported_version, "This share link has version g" +
                                                              std::to_string(version) +
                                                              "; this Gloss opens g1 links only.");
    std::string payload;
    payload.reserve(frag.size() - i - 1);
    for (const char c : frag.substr(i + 1))
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') payload.push_back(c);
    return payload;
}

// A state the decoder would refuse (dangling entity references, duplicate ids, a scroll past
// the end, an over-long note) would make a link nobody can open: repair it the way the decoder
// would accept. Valid states pass through unchanged.
ShareState sanitized(const ShareState& in) {
    ShareState s = in;
    Document& doc = s.document;
    std::set<EntityId> entity_ids;
    std::vector<Entity> entities;
    for (auto& e : doc.entities)
        if (e.id >= 0 && entity_ids.insert(e.id).second) entities.push_back(std::move(e));
    doc.entities = std::move(entities);
    const auto valid_range = [&](ByteRange r) {
        return r.start < r.end && r.end <= doc.text.size() && is_utf8_boundary(doc.text, r.start) &&
               is_utf8_boundary(doc.text, r.end);
    };
    const auto clip = [](std::string& str) {
        if (str.size() <= k_max_note_bytes) return;
        std::size_t n = k_max_note_bytes;
        while (n > 0 && !is_utf8_boundary(str, static_cast<std::uint32_t>(n))) --n;
        str.resize(n);
    };
    std::vector<Annotation> anns;
    std::set<AnnotationId> ids;
    AnnotationId next = 1;
    for (const auto& a : doc.annotations) next = std::max(next, a.id + 1);
    for (auto& a : doc.annotations) {
        if (!valid_range(a.range)) continue;
        if (a.id == 0 || !ids.insert(a.id).second) {
            a.id = next++;
            ids.insert(a.id);
        }
        if (a.entity != k_no_entity && !entity_ids.count(a.entity)) a.entity = k_no_entity;
        if (a.speaker != k_no_entity && !entity_ids.count(a.speaker)) a.speaker = k_no_entity;
        if (!a.color.empty() && !is_hex_color(a.color)) a.color.clear();
        clip(a.note);
        clip(a.author);
        clip(a.subtype);
        anns.push_back(std::move(a));
    }
    if (anns.size() > k_max_annotations) anns.resize(k_max_annotations);
    doc.annotations = std::move(anns);
    for (auto& e : doc.entities) clip(e.name);
    doc.title = normalize_text(doc.title);
    clip(doc.title);
    if (s.view.focused_entity != k_no_entity && !entity_ids.count(s.view.focused_entity))
        s.view.focused_entity = k_no_entity;
    s.view.scroll_byte_offset = std::min<std::uint32_t>(s.view.scroll_byte_offset, static_cast<std::uint32_t>(doc.text.size()));
    return s;
}

} // namespace

// ---- public ---------------------------------------------------------------------------------

std::string encode_share_link(const ShareState& input) {
    const ShareState state = sanitized(input);
    const Document& doc = state.document;
    std::vector<Annotation> anns = doc.annotations;
    sort_annotations(anns);
    const Detection derived = derive(doc.text);

    json root = json::object();
    root["v"] = k_share_schema_version;
    if (doc.text == sample_text())
        root["h"] = sample_hash();
    else
        root["t"] = doc.text;
    if (doc.title != default_title(doc.text, parse_blocks(doc.text))) root["n"] = doc.title;
    root["f"] = fingerprint(derived);

    // Automatic annotations kept unchanged travel implicitly; everything else is explicit.
    std::map<AnnotationId, const Annotation*> by_id;
    for (const auto& a : anns) by_id.emplace(a.id, &a);
    std::set<RangeKey> removed;
    for (const auto& d : derived.annotations) {
        const auto it = by_id.find(d.id);
        if (it == by_id.end() || !same_annotation(*it->second, d)) removed.insert(key_of(d));
    }
    std::set<AnnotationId> implicit;
    for (const auto& d : derived.annotations) {
        const auto it = by_id.find(d.id);
        // The decoder drops every derived annotation whose key was removed, so a kept one that
        // shares such a key must be sent explicitly.
        if (it != by_id.end() && same_annotation(*it->second, d) && !removed.count(key_of(d)))
            implicit.insert(d.id);
    }
    if (!removed.empty()) {
        json x = json::array();
        std::uint32_t previous = 0;
        for (const auto& [start, end, kind] : removed) {
            x.push_back(json::array({static_cast<std::int64_t>(start) - previous, end - start, kind}));
            previous = start;
        }
        root["x"] = std::move(x);
    }
    json explicit_records = json::array();
    std::uint32_t previous = 0;
    for (const auto& a : anns) {
        if (implicit.count(a.id)) continue;
        explicit_records.push_back(annotation_record(a, previous));
        previous = a.range.start;
    }
    if (!explicit_records.empty()) root["a"] = std::move(explicit_records);

    // Entities: a difference against the derived list when the state's list is sorted by id.
    const bool sorted = std::adjacent_find(doc.entities.begin(), doc.entities.end(),
                                           [](const Entity& a, const Entity& b) { return a.id >= b.id; }) ==
                        doc.entities.end();
    if (sorted) {
        std::map<EntityId, const Entity*> derived_entities;
        for (const auto& e : derived.entities) derived_entities.emplace(e.id, &e);
        json changed = json::array();
        std::set<EntityId> present;
        for (const auto& e : doc.entities) {
            present.insert(e.id);
            const auto it = derived_entities.find(e.id);
            if (it == derived_entities.end() || !same_entity(*it->second, e))
                changed.push_back(entity_record(e));
        }
        json gone = json::array();
        for (const auto& [id, e] : derived_entities)
            if (!present.count(id)) gone.push_back(id);
        if (!changed.empty()) root["e"] = std::move(changed);
        if (!gone.empty()) root["r"] = std::move(gone);
    } else {
        json all = json::array();
        for (const auto& e : doc.entities) all.push_back(entity_record(e));
        root["E"] = std::move(all);
    }
    json w = view_json(state.view);
    if (!w.empty()) root["w"] = std::move(w);
    root["k"] = payload_check(root);

    return std::string(k_share_prefix) + base64url_encode(deflate_raw(dump_json(root), share_dictionary()));
}

Result<DecodedShare> decode_share_link(std::string_view link) {
    if (link.size() > k_max_link_chars)
        return make_error(ErrorCode::link_too_large, "The share link is longer than " +
                                                         std::to_string(k_max_link_chars / (1024 * 1024)) +
                                                         " MB; Gloss does not open it.");
    auto payload = link_payload(link);
    if (!payload) return payload.error();
    auto compressed = base64url_decode(*payload);
    if (!compressed) return compressed.error();
    auto inflated = inflate_raw_capped(*compressed, k_max_link_inflated_bytes, share_dictionary());
    if (!inflated) return inflated.error();
    auto parsed = parse_json_checked(*inflated);
    if (!parsed) return parsed.error();
    json& root = *parsed;

    if (!root.is_object()) return schema_error("it is not a JSON object");
    long long v = 0;
    if (!root.contains("v") || !read_int(root["v"], 0, 0x7fffffffLL, v))
        return schema_error("it has no version");
    if (v < 1 || v > k_share_schema_version)
        return make_error(ErrorCode::unsupported_version,
                          "The share link's data has version " + std::to_string(v) +
                              "; this Gloss reads version " + std::to_string(k_share_schema_version) + ".");
    if (!root.contains("k") || !root["k"].is_string()) return schema_error("it has no check value");
    const std::string check = root["k"].get<std::string>();
    root.erase("k");
    if (payload_check(root) != check)
        return make_error(ErrorCode::link_malformed,
                          "The share link is damaged (its check value does not match).");

    DecodedShare out;
    Document& doc = out.state.document;
    const bool has_hash = root.contains("h");
    const bool has_text = root.contains("t");
    if (has_hash == has_text) return schema_error("it must hold either the text or the sample's hash");
    if (has_hash) {
        if (!root["h"].is_string()) return schema_error("the sample hash is not a string");
        if (root["h"].get<std::string>() != sample_hash())
            return make_error(
                ErrorCode::unknown_sample,
                "The share link refers to a bundled article this version of Gloss does not have.");
        doc.text = sample_text();
        out.from_sample = true;
    } else {
        if (!root["t"].is_string()) return schema_error("the text is not a string");
        const std::string& raw = root["t"].get_ref<const std::string&>();
        doc.text = normalize_text(raw);
        if (auto checked = check_text(doc.text); !checked) return checked.error();
        if (doc.text != raw) return schema_error("the text is not normalized");
    }
    doc.blocks = parse_blocks(doc.text);
    if (root.contains("n")) {
        if (!read_short_string(root["n"], doc.title)) return schema_error("the title is invalid");
        if (normalize_text(doc.title) != doc.title) return schema_error("the title is not normalized");
    } else {
        doc.title = default_title(doc.text, doc.blocks);
    }
    if (!root.contains("f") || !root["f"].is_string()) return schema_error("it has no detector fingerprint");

    // Shapes of the optional arrays, checked before anything is derived.
    for (const char* key : {"x", "a", "e", "r", "E"}) {
        if (root.contains(key) && (!root[key].is_array() || root[key].size() > k_max_annotations))
            return schema_error(std::string("\"") + key + "\" is not a list of the allowed size");
    }
    if (root.contains("E") && (root.contains("e") || root.contains("r")))
        return schema_error("it holds both an entity list and an entity difference");
    auto view = read_view(root, doc.text.size());
    if (!view) return view.error();
    out.state.view = *view;

    std::set<RangeKey> removed;
    if (root.contains("x")) {
        long long previous = 0;
        for (const auto& r : root["x"]) {
            long long delta = 0, length = 0, kind = 0;
            if (!r.is_array() || r.size() != 3 || !read_int(r[0], -0xffffffffLL, 0xffffffffLL, delta) ||
                !read_int(r[1], 1, 0xffffffffLL, length) || !read_int(r[2], 0, k_kind_count - 1, kind))
                return schema_error("a removed highlight has the wrong shape");
            const long long start = previous + delta;
            ByteRange range;
            if (auto ok = check_range(doc.text, start, length, range); !ok) return ok.error();
            previous = start;
            removed.insert({range.start, range.end, static_cast<int>(kind)});
        }
    }
    std::vector<Annotation> explicit_annotations;
    if (root.contains("a")) {
        long long previous = 0;
        for (const auto& r : root["a"]) {
            auto a = read_annotation_record(r, doc.text, previous);
            if (!a) return a.error();
            explicit_annotations.push_back(std::move(*a));
        }
    }
    std::vector<Entity> listed_entities;
    const auto read_entities = [&](const char* key, std::vector<Entity>& into) -> Result<bool> {
        if (!root.contains(key)) return true;
        for (const auto& r : root[key]) {
            auto e = read_entity_record(r);
            if (!e) return e.error();
            into.push_back(std::move(*e));
        }
        return true;
    };
    std::vector<Entity> changed_entities;
    if (auto ok = read_entities("E", listed_entities); !ok) return ok.error();
    if (auto ok = read_entities("e", changed_entities); !ok) return ok.error();
    std::set<EntityId> gone_entities;
    if (root.contains("r")) {
        for (const auto& r : root["r"]) {
            if (!read_int(r, 0, 0x7fffffffLL, v)) return schema_error("a removed entity id is invalid");
            gone_entities.insert(static_cast<EntityId>(v));
        }
    }

    // Derive, compare fingerprints, rebuild.
    Detection derived = derive(doc.text);
    out.exact = fingerprint(derived) == root["f"].get<std::string>();

    std::set<AnnotationId> ids;
    for (auto& d : derived.annotations) {
        if (removed.count(key_of(d))) continue;
        ids.insert(d.id);
        doc.annotations.push_back(std::move(d));
    }
    AnnotationId next_id = 1;
    for (const auto& a : doc.annotations) next_id = std::max(next_id, a.id + 1);
    for (const auto& a : explicit_annotations) next_id = std::max(next_id, a.id + 1);
    const bool own_entities = root.contains("E");
    for (auto& a : explicit_annotations) {
        if (!ids.insert(a.id).second) {
            if (out.exact) return schema_error("an annotation id is used twice");
            a.id = next_id++;
            ids.insert(a.id);
        }
        if (!out.exact && !own_entities) a.entity = a.speaker = k_no_entity;
        doc.annotations.push_back(std::move(a));
    }
    if (doc.annotations.size() > k_max_annotations)
        return make_error(ErrorCode::too_many_annotations, "The share link holds too many annotations.");
    sort_annotations(doc.annotations);

    if (own_entities) {
        doc.entities = std::move(listed_entities);
    } else if (out.exact) {
        std::map<EntityId, Entity> entities;
        for (auto& e : derived.entities) entities.emplace(e.id, std::move(e));
        for (const EntityId id : gone_entities)
            if (!entities.erase(id)) return schema_error("it removes an entity that does not exist");
        for (auto& e : changed_entities) entities[e.id] = std::move(e);
        for (auto& [id, e] : entities) doc.entities.push_back(std::move(e));
    } else {
        doc.entities = std::move(derived.entities);
    }
    std::set<EntityId> entity_ids;
    for (const auto& e : doc.entities)
        if (!entity_ids.insert(e.id).second) return schema_error("an entity id is used twice");
    for (const auto& a : doc.annotations) {
        for (const EntityId ref : {a.entity, a.speaker})
            if (ref != k_no_entity && !entity_ids.count(ref))
                return schema_error("a highlight refers to an entity that does not exist");
    }
    if (out.state.view.focused_entity != k_no_entity && !entity_ids.count(out.state.view.focused_entity)) {
        if (out.exact) return schema_error("the focused entity does not exist");
        out.state.view.focused_entity = k_no_entity;
    }
    if (!out.exact) {
        if (!own_entities) out.state.view.focused_entity = k_no_entity;
        out.notice = "This link was made by another version of Gloss: its automatic highlights were found "
                     "again and may differ slightly; your notes and highlights are kept.";
    }
    return out;
}

bool same_share_state(const ShareState& a, const ShareState& b) {
    if (a.document.text != b.document.text || a.document.title != b.document.title || a.view != b.view)
        return false;
    std::vector<Annotation> x = a.document.annotations;
    std::vector<Annotation> y = b.document.annotations;
    sort_annotations(x);
    sort_annotations(y);
    if (x.size() != y.size() || a.document.entities.size() != b.document.entities.size()) return false;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (!same_annotation(x[i], y[i])) return false;
    for (std::size_t i = 0; i < a.document.entities.size(); ++i)
        if (!same_entity(a.document.entities[i], b.document.entities[i])) return false;
    return true;
}

} // namespace gloss::core
