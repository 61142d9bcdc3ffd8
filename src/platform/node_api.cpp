// SPDX-License-Identifier: MIT
// Node.js entry points of the core (bench/peers): UTF-8 text in, annotation count or gold-schema mention table out.
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
#include <vector>

namespace {

// Modes of gloss_node_annotate: 0 runs the full pipeline and returns the annotation count only;
// k_mode_table also lays the mentions out as a table of 32-bit words (see gloss_node_annotate).
constexpr int k_mode_table = 1;

constexpr std::uint32_t k_none = 0xffffffffu; ///< null subtype or speaker
constexpr std::uint32_t k_absent = 0xfffffffeu; ///< no speaker field (not a quote)
constexpr std::size_t k_words_per_mention = 6;

std::vector<std::uint32_t> g_table; ///< last mention table; valid until the next call
std::string g_result; ///< speaker names of the last table, or the last error JSON

/// Labels (kind names and subtypes) keep their index across calls, so the JavaScript side decodes
/// each one once. A handful of distinct strings: a linear search is enough.
std::vector<std::string> g_labels;

std::uint32_t label_index(std::string_view label) {
    for (std::size_t i = 0; i < g_labels.size(); ++i) {
        const std::string& known = g_labels[i];
        if (known.size() == label.size() && known[0] == label[0] && known == label)
            return static_cast<std::uint32_t>(i);
    }
    g_labels.emplace_back(label);
    return static_cast<std::uint32_t>(g_labels.size() - 1);
}

std::uint32_t kind_label(gloss::core::Kind kind) {
    static std::uint32_t s_index[gloss::core::k_kind_count] = {};
    static bool s_known[gloss::core::k_kind_count] = {};
    const auto k = static_cast<std::size_t>(kind);
    if (!s_known[k]) {
        s_index[k] = label_index(gloss::core::kind_name(kind));
        s_known[k] = true;
    }
    return s_index[k];
}

std::uint32_t address_of(const void* p) { return static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(p)); }

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
            out += ch;
        }
    }
    out += '"';
}

/// Fills g_table and g_result with the gold-schema mentions of `doc` in document order (layout at
/// gloss_node_annotate). Built by hand, without JSON: this is on the timed path.
void mentions_table(const gloss::core::Document& doc, bool normalized) {
    using gloss::core::Kind;
    g_table.clear();
    g_result.clear();
    g_table.resize(4);
    for (const gloss::core::Annotation& a : doc.annotations) {
        if (a.kind == Kind::highlight) continue;
        std::uint32_t speaker_offset = k_absent;
        std::uint32_t speaker_size = 0;
        if (a.kind == Kind::quote) {
            speaker_offset = k_none;
            if (const gloss::core::Entity* who = doc.find_entity(a.speaker)) {
                speaker_offset = static_cast<std::uint32_t>(g_result.size());
                speaker_size = static_cast<std::uint32_t>(who->name.size());
                g_result += who->name;
            }
        }
        const std::uint32_t row[k_words_per_mention] = {
            kind_label(a.kind),
            a.subtype.empty() ? k_none : label_index(a.subtype),
            static_cast<std::uint32_t>(a.range.start),
            static_cast<std::uint32_t>(a.range.end),
            speaker_offset,
            speaker_size,
        };
        g_table.insert(g_table.end(), row, row + k_words_per_mention);
    }
    g_table[0] = normalized ? 1 : 0;
    g_table[1] = static_cast<std::uint32_t>((g_table.size() - 4) / k_words_per_mention);
    g_table[2] = static_cast<std::uint32_t>(g_labels.size());
    g_table[3] = address_of(g_result.data());
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
/// detector). Returns the number of annotations, or -(error code) when the text is refused: then
/// the error JSON ({"error","message"}) is at `*out` (when `out` is not null), its length
/// gloss_node_result_size().
/// In table mode `*out` receives the address of the mention table, 32-bit words valid until the
/// next call: [0] 1 if the text was normalized (offsets refer to the normalized text), [1] mention
/// count n, [2] label count (gloss_node_label), [3] address of the speaker-name bytes; then n rows
/// of 6 words in document order: type label, subtype label or 0xffffffff, start, end (UTF-8 byte
/// offsets), speaker offset into the name bytes (0xffffffff: none, 0xfffffffe: not a quote) and
/// speaker length.
EMSCRIPTEN_KEEPALIVE int gloss_node_annotate(const char* text, std::uint32_t size, int mode, const void** out) {
    g_result.clear();
    g_table.clear();
    if (out) *out = g_result.c_str();
    const std::string_view raw(text ? text : "", text ? size : 0);
    gloss::core::Result<gloss::core::Document> doc = gloss::core::make_document(raw);
    if (!doc) {
        g_result = error_json(doc.error());
        if (out) *out = g_result.c_str();
        const int code = static_cast<int>(doc.error().code);
        return code > 0 ? -code : -1;
    }
    if (mode == k_mode_table) {
        mentions_table(*doc, doc->text != raw);
        if (out) *out = g_table.data();
    }
    return static_cast<int>(doc->annotations.size());
}

/// Byte length of the error JSON left by the last gloss_node_annotate call (0 after a success).
EMSCRIPTEN_KEEPALIVE std::uint32_t gloss_node_result_size() {
    return g_table.empty() ? static_cast<std::uint32_t>(g_result.size()) : 0;
}

/// Label `index` of the mention tables (a kind name such as "PERSON", or a subtype), NUL-terminated;
/// null past the labels seen so far. Indexes never change.
EMSCRIPTEN_KEEPALIVE const char* gloss_node_label(std::uint32_t index) {
    return index < g_labels.size() ? g_labels[index].c_str() : nullptr;
}

} // extern "C"
