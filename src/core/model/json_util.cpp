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

void append_json_string(std::string& out, std::string_view s) {
    static const char* const k_hex = "0123456789abcdef";
    out.push_back('"');
    std::size_t run = 0; // start of the bytes not yet copied
    const auto n = static_cast<std::uint32_t>(s.size());
    for (std::uint32_t i = 0; i < n;) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            const std::uint32_t len = utf8_sequence_length(s, i);
            if (len != 0) {
                i += len;
                continue;
            }
        }
        out.append(s.data() + run, i - run);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out.push_back(k_hex[c >> 4]);
                out.push_back(k_hex[c & 0xF]);
            } else {
                out += "\xEF\xBF\xBD"; // one ill-formed byte
            }
        }
        ++i;
        run = i;
    }
    out.append(s.data() + run, n - run);
    out.push_back('"');
}

std::string dump_json(const nlohmann::json& value, int indent) {
    return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace gloss::core
