// SPDX-License-Identifier: MIT
// Helpers for the detector tests: run annotate() on invented text and query the result.
#pragma once

#include "gloss/annotate.h"
#include "gloss/blocks.h"

#include <string>
#include <string_view>
#include <vector>

namespace gloss::core::test {

/// Text plus what annotate() found in it (the text owns the bytes the ranges point into).
struct Detected {
    std::string text;
    Detection d;

    std::string_view span(const Annotation& a) const {
        return std::string_view(text).substr(a.range.start, a.range.size());
    }
    /// Texts of all annotations of a kind, in order.
    std::vector<std::string> all(Kind kind) const {
        std::vector<std::string> out;
        for (const auto& a : d.annotations)
            if (a.kind == kind) out.emplace_back(span(a));
        return out;
    }
    const Annotation* find(Kind kind, std::string_view text_of_span, int nth = 0) const {
        for (const auto& a : d.annotations)
            if (a.kind == kind && span(a) == text_of_span && nth-- == 0) return &a;
        return nullptr;
    }
    bool has(Kind kind, std::string_view text_of_span) const { return find(kind, text_of_span) != nullptr; }
    /// How many annotations of this kind have exactly this text.
    int count(Kind kind, std::string_view text_of_span) const {
        int n = 0;
        while (find(kind, text_of_span, n) != nullptr) ++n;
        return n;
    }
    /// Whether any annotation of this kind overlaps the first occurrence of `needle`.
    bool touches(Kind kind, std::string_view needle) const {
        std::size_t at = text.find(needle);
        if (at == std::string::npos) return false;
        ByteRange r{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + needle.size())};
        for (const auto& a : d.annotations)
            if (a.kind == kind && a.range.overlaps(r)) return true;
        return false;
    }
    std::string subtype(Kind kind, std::string_view text_of_span) const {
        const Annotation* a = find(kind, text_of_span);
        return a ? a->subtype : std::string("<none>");
    }
    const Entity* entity(EntityId id) const {
        for (const auto& e : d.entities)
            if (e.id == id) return &e;
        return nullptr;
    }
    /// Canonical name of the entity of a mention ("" when none).
    std::string entity_name(Kind kind, std::string_view text_of_span, int nth = 0) const {
        const Annotation* a = find(kind, text_of_span, nth);
        const Entity* e = a ? entity(a->entity) : nullptr;
        return e ? e->name : std::string();
    }
    /// Speaker name of the quote whose text starts with `quote_start` ("" when none).
    std::string speaker(std::string_view quote_start) const {
        for (const auto& a : d.annotations) {
            if (a.kind != Kind::quote || span(a).substr(0, quote_start.size()) != quote_start) continue;
            const Entity* e = entity(a.speaker);
            return e ? e->name : std::string();
        }
        return "<no quote>";
    }
    std::string quote_subtype(std::string_view quote_start) const {
        for (const auto& a : d.annotations)
            if (a.kind == Kind::quote && span(a).substr(0, quote_start.size()) == quote_start) return a.subtype;
        return "<no quote>";
    }
};

/// Annotates `body` as the paragraphs of an article under a neutral headline.
inline Detected detect_body(std::string_view body) {
    Detected r;
    r.text = "Detection test\n";
    r.text += body;
    r.text += "\n";
    r.d = annotate(r.text, parse_blocks(r.text));
    return r;
}

/// Annotates text exactly as given (headline, byline and caption rules apply).
inline Detected detect_raw(std::string_view text) {
    Detected r;
    r.text = std::string(text);
    r.d = annotate(r.text, parse_blocks(r.text));
    return r;
}

} // namespace gloss::core::test
