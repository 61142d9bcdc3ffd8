// SPDX-License-Identifier: MIT
// Shared fuzz-target helpers: a failing-property abort and invariant checks on core outputs.
#pragma once

#include "gloss/document.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

/// A violated property: prints where and what, then aborts (libFuzzer records the input).
#define GLOSS_FUZZ_CHECK(cond, what)                                                      \
    do {                                                                                  \
        if (!(cond)) ::gloss::fuzz::fail(__FILE__, __LINE__, #cond, what);                \
    } while (false)

namespace gloss::fuzz {

[[noreturn]] void fail(const char* file, int line, const char* cond, std::string_view what);

/// Input bytes as a string_view.
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// Every failure must carry a code and a message for the user.
void check_error(const core::Error& error);

/// Text normalized (normalize_text is a no-op on it) and blocks well formed for it.
void check_text_and_blocks(std::string_view text, const std::vector<core::Block>& blocks);

/// Annotations inside the text on UTF-8 boundaries, sorted, ids unique and non-zero; entity and
/// speaker references valid when `entities_complete`.
void check_document(const core::Document& doc, bool entities_complete);

/// Native JSON round trip: to_json -> from_json succeeds -> to_json is byte-identical.
void check_json_round_trip(const core::Document& doc);

/// OffsetMap: byte -> utf16 -> byte is the identity on code point boundaries, monotonic.
void check_offset_map(std::string_view text);

} // namespace gloss::fuzz
