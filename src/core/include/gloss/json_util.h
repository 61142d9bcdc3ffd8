// SPDX-License-Identifier: MIT
// nlohmann/json helpers for the core: capped, depth-checked, exception-free parsing.
#pragma once

#include "gloss/document.h"
#include "gloss/result.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace gloss::core {

/// Parses JSON without exceptions. Refuses input above k_max_json_bytes, nesting deeper than
/// k_max_json_depth (checked before parsing, so hostile input cannot exhaust the stack) and
/// syntax errors, each with its own ErrorCode.
Result<nlohmann::json> parse_json_checked(std::string_view text);

/// Serializes without exceptions: invalid UTF-8 in strings is replaced by U+FFFD.
std::string dump_json(const nlohmann::json& value, int indent = -1);

/// Appends s as a JSON string literal (quotes included): '"', '\\' and control characters
/// escaped as nlohmann does, other UTF-8 kept as is, ill-formed UTF-8 replaced by U+FFFD.
void append_json_string(std::string& out, std::string_view s);

/// The native document as a JSON value (what document_to_json prints).
nlohmann::json document_to_json_value(const Document& doc);
/// Reads a native document from an already parsed JSON value (see document_from_json).
Result<Document> document_from_json_value(const nlohmann::json& root);

} // namespace gloss::core
