// SPDX-License-Identifier: MIT
// Names of kinds, origins and error codes; the canonical annotation order.
#include "gloss/annotation.h"
#include "gloss/result.h"

#include <algorithm>
#include <tuple>

namespace gloss::core {

const char* kind_name(Kind kind) {
    switch (kind) {
    case Kind::person: return "PERSON";
    case Kind::org: return "ORG";
    case Kind::place: return "PLACE";
    case Kind::quote: return "QUOTE";
    case Kind::figure: return "FIGURE";
    case Kind::highlight: return "HIGHLIGHT";
    }
    return "HIGHLIGHT";
}

std::optional<Kind> parse_kind(std::string_view name) {
    for (int k = 0; k < k_kind_count; ++k) {
        const auto kind = static_cast<Kind>(k);
        if (name == kind_name(kind)) return kind;
    }
    return std::nullopt;
}

const char* origin_name(Origin origin) { return origin == Origin::user ? "user" : "auto"; }

std::optional<Origin> parse_origin(std::string_view name) {
    if (name == "auto") return Origin::automatic;
    if (name == "user") return Origin::user;
    return std::nullopt;
}

void sort_annotations(std::vector<Annotation>& annotations) {
    std::stable_sort(annotations.begin(), annotations.end(), [](const Annotation& a, const Annotation& b) {
        return std::make_tuple(a.range.start, a.range.end, static_cast<int>(a.kind), a.id) <
               std::make_tuple(b.range.start, b.range.end, static_cast<int>(b.kind), b.id);
    });
}

const char* error_code_name(ErrorCode code) {
    switch (code) {
    case ErrorCode::ok: return "ok";
    case ErrorCode::empty_text: return "empty_text";
    case ErrorCode::text_too_large: return "text_too_large";
    case ErrorCode::binary_data: return "binary_data";
    case ErrorCode::io_error: return "io_error";
    case ErrorCode::json_parse: return "json_parse";
    case ErrorCode::json_too_deep: return "json_too_deep";
    case ErrorCode::schema: return "schema";
    case ErrorCode::unsupported_version: return "unsupported_version";
    case ErrorCode::bad_range: return "bad_range";
    case ErrorCode::too_many_annotations: return "too_many_annotations";
    case ErrorCode::link_malformed: return "link_malformed";
    case ErrorCode::link_too_large: return "link_too_large";
    case ErrorCode::unknown_sample: return "unknown_sample";
    case ErrorCode::unsupported_format: return "unsupported_format";
    case ErrorCode::not_found: return "not_found";
    }
    return "unknown";
}

} // namespace gloss::core
