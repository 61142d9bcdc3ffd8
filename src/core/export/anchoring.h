// SPDX-License-Identifier: MIT
// Export/import internals: code point offsets, quote selectors, re-anchoring, shared placement.
#pragma once

#include "gloss/export.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gloss::core::detail {

/// Converts UTF-8 byte offsets to Unicode code point indexes (W3C, brat, Python str offsets) and
/// back. Checkpoints every k_stride bytes; O(k_stride) per lookup. Text must be valid UTF-8.
class CodePointMap {
public:
    explicit CodePointMap(std::string_view text);
    std::uint32_t cp_from_byte(std::uint32_t byte_offset) const;
    /// The byte offset of code point cp_index, or nullopt when it is past the end.
    std::optional<std::uint32_t> byte_from_cp(std::uint64_t cp_index) const;
    std::uint32_t cp_size() const { return m_cp_size; }

private:
    static constexpr std::uint32_t k_stride = 256;
    std::string_view m_text;
    std::vector<std::uint32_t> m_cp_marks; // code points before byte i * k_stride
    std::uint32_t m_cp_size = 0;
};

struct QuoteSelector {
    std::string exact;
    std::string prefix;
    std::string suffix;
};

/// exact = the range's text; prefix/suffix = up to context_cps code points around it.
QuoteSelector quote_selector(std::string_view text, ByteRange range, std::uint32_t context_cps = 32);

/// Finds exact in text and picks the occurrence whose surroundings best match prefix and suffix
/// (longest common suffix of the prefix + longest common prefix of the suffix), ties broken by
/// distance to hint_start. nullopt when exact is empty or does not occur.
std::optional<ByteRange> anchor_quote(std::string_view text, const QuoteSelector& quote,
                                      std::optional<std::uint32_t> hint_start);

/// One annotation read from a file, not yet placed in the target text.
struct Candidate {
    Annotation annotation; ///< range is ignored; id 0 = assign one
    QuoteSelector quote; ///< exact must be set for re-anchoring
    std::optional<ByteRange> hint; ///< position in the target text's units, if the file had one
};

/// Places candidates into text (already normalized and checked): at the hint when the quote is
/// there, else re-anchored by quote, else reported as unplaced. Keeps ids when unique.
ImportResult place_candidates(std::string text, std::vector<Candidate> candidates,
                              std::vector<Entity> entities, std::string title);

/// Normalizes and checks a target text given by the caller.
Result<std::string> prepare_text(std::string_view raw);

bool is_hex_color(std::string_view s);

} // namespace gloss::core::detail

namespace gloss::core::detail {

/// Gloss kind names, and spaCy's OntoNotes labels mapped onto kinds (sets subtype for figures).
std::optional<Kind> kind_from_label(std::string_view label, std::string& subtype);

Result<ImportResult> import_w3c(std::string_view data, std::optional<std::string_view> target_text);
Result<ImportResult> import_brat(std::string_view data, std::optional<std::string_view> target_text);
Result<ImportResult> import_displacy(std::string_view data, std::optional<std::string_view> target_text);
Result<ImportResult> import_csv(std::string_view data, std::optional<std::string_view> target_text);

} // namespace gloss::core::detail
