// SPDX-License-Identifier: MIT
// Safe JSON parsing and printing shared by every reader and writer in the core.
#include "gloss/json_util.h"
#include "gloss/limits.h"

namespace gloss::core {

Result<nlohmann::json> parse_json_checked(std::string_view text) {
    if (text.size() > k_max_json_bytes)
        return make_error(ErrorCode::text_too_large,
                          "The JSON is larger than " + std::to_string(k_max_json_bytes / (1024 * 1024)) + " MB.");
    // Depth pre-scan outside strings: nlohmann's parser is recursive.
    std::size_t depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '[' || c == '{') {
            if (++depth > k_max_json_depth)
                return make_error(ErrorCode::json_too_deep,
                                  "The JSON is nested deeper than " + std::to_string(k_max_json_depth) + " levels.",
                                  static_cast<std::uint32_t>(i));
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    nlohmann::json value = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (value.is_discarded()) return make_error(ErrorCode::json_parse, "This is not valid JSON.");
    return value;
}

std::string dump_json(const nlohmann::json& value, int indent) {
    return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace gloss::core
