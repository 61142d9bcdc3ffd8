// SPDX-License-Identifier: MIT
// Node.js entry points of the core (bench/peers): UTF-8 text in, annotation count or gold-schema JSON out.
//
// JavaScript side: bench/peers/lib/systems.mjs. Nothing throws across this boundary (the core is
// built with -fno-exceptions); failures come back as a negative return value plus an error JSON.

#include "gloss/annotation.h"
#include "gloss/document.h"
#include "gloss/result.h"

#include <emscripten/emscripten.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace {

// Modes of gloss_node_annotate: 0 runs the full pipeline and returns the annotation count only;
// k_mode_json also serializes the mentions in the gold schema.
constexpr int k_mode_json = 1;

std::string g_result; ///< last JSON result; valid until the next call

void append_json_string(std::string& out, std::string_view s) {
    static constexpr char k_hex[] = "0123456789abcdef";
    out += '"';
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20) {
            out += "\\u00";
            out += k_hex[c >> 4];
            out += k_hex[c & 15];
        } else {
            out += ch; // the document text is valid UTF-8 after normalization
        }
    }
    out += '"';
}

/// {"normalized":bool,"mentions":[{"type","subtype","start","end","speaker"?}]} with UTF-8 byte
/// offsets into the normalized text, in document order. Written by hand: this is on the timed path.
std::string mentions_json(const gloss::core::Document& doc, bool normalized) {
    using gloss::core::Kind;
    std::string out;
    out.reserve(64 + doc.annotations.size() * 64);
    out += normalized ? "{\"normalized\":true,\"mentions\":[" : "{\"normalized\":false,\"mentions\":[";
    bool first = true;
    for (const gloss::core::Annotation& a : doc.annotations) {
        if (a.kind == Kind::highlight) continue;
        out += first ? "{\"type\":\"" : ",{\"type\":\"";
        first = false;
        out += gloss::core::kind_name(a.kind);
        out += "\",\"subtype\":";
        if (a.subtype.empty()) out += "null";
        else append_json_string(out, a.subtype);
        out += ",\"start\":";
        out += std::to_string(a.range.start);
        out += ",\"end\":";
        out += std::to_string(a.range.end);
        if (a.kind == Kind::quote) {
            out += ",\"speaker\":";
            const gloss::core::Entity* who = doc.find_entity(a.speaker);
            if (who) append_json_string(out, who->name);
            else out += "null";
        }
        out += '}';
    }
    out += "]}";
    return out;
}

std::string error_json(const gloss::core::Error& error) {
    std::string out = "{\"error\":";
    append_json_string(out, gloss::core::error_code_name(error.code));
    out += ",\"message\":";
    append_json_string(out, error.message);
    out += '}';
    return out;
}

} // namespace

extern "C" {

/// Annotates `size` bytes of UTF-8 text at `text` (make_document: normalization, blocks and every
/// detector). Returns the number of annotations, or -(error code) when the text is refused.
/// In JSON mode, or on error, the result JSON is left in an internal buffer: its address is
/// written to `*out` (when `out` is not null) and its length is gloss_node_result_size().
EMSCRIPTEN_KEEPALIVE int gloss_node_annotate(const char* text, std::uint32_t size, int mode, const char** out) {
    g_result.clear();
    if (out) *out = g_result.c_str();
    const std::string_view raw(text ? text : "", text ? size : 0);
    gloss::core::Result<gloss::core::Document> doc = gloss::core::make_document(raw);
    if (!doc) {
        g_result = error_json(doc.error());
        if (out) *out = g_result.c_str();
        const int code = static_cast<int>(doc.error().code);
        return code > 0 ? -code : -1;
    }
    if (mode == k_mode_json) {
        g_result = mentions_json(*doc, doc->text != raw);
        if (out) *out = g_result.c_str();
    }
    return static_cast<int>(doc->annotations.size());
}

/// Byte length of the JSON left by the last gloss_node_annotate call (0 in count mode).
EMSCRIPTEN_KEEPALIVE std::uint32_t gloss_node_result_size() {
    return static_cast<std::uint32_t>(g_result.size());
}

} // extern "C"
