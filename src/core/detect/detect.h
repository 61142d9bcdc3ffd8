// SPDX-License-Identifier: MIT
// Internal interface between the detectors: mentions over the token table, stage by stage.
#pragma once

#include "detect/tokenizer.h"
#include "gloss/annotation.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace gloss::core::detect {

inline constexpr std::uint32_t k_none = 0xFFFFFFFFu;

/// A detected span. Token range [first, last) is what the rules reason about; `range` is the
/// exact byte span emitted (it may differ for quotes, which include the marks).
struct Mention {
    ByteRange range;
    std::uint32_t first = 0;
    std::uint32_t last = 0;
    Kind kind = Kind::highlight;
    const char* subtype = "";
    std::int32_t entity = -1;         ///< filled by coreference
    std::int32_t speaker = -1;        ///< quotes: entity id of the speaker
    std::uint32_t link = k_none;      ///< index of the mention this one abbreviates or aliases
    bool weak = false;                ///< guessed from shape alone; aliases may override
    std::uint8_t name_parts = 0;      ///< persons: number of name words
    bool town = false;                ///< places: only the town list (Gazetteer::is_town) vouched for it
};

/// Person, organization and place mentions, sorted by position, non-overlapping.
std::vector<Mention> detect_names(const TokenTable& table);

/// Rereads name mentions with document context (sports teams, "the House", parties as ORG);
/// keeps them sorted and non-overlapping. Called by detect_names().
void apply_context_rules(const TokenTable& table, std::vector<Mention>& names);

/// Fills entity ids into the name mentions and returns the entities (canonical = longest form).
std::vector<Entity> resolve_entities(const TokenTable& table, std::vector<Mention>& names);

/// Quotes with subtype and speaker entity (names must already carry entity ids).
std::vector<Mention> detect_quotes(const TokenTable& table, const std::vector<Mention>& names,
                                   const std::vector<Entity>& entities);

/// Figures; never overlapping a name mention or markup.
std::vector<Mention> detect_figures(const TokenTable& table, const std::vector<Mention>& names);

/// Helpers shared by detectors.
inline bool is_punct(const Token& t, char32_t cp) { return t.type == TokenType::punct && t.cp == cp; }
inline bool is_word(const Token& t) { return t.type == TokenType::word; }
bool is_open_quote_cp(char32_t cp);

} // namespace gloss::core::detect
