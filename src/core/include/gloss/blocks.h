// SPDX-License-Identifier: MIT
// Blocks: the article's visual structure (headline, byline, paragraphs, images), derived from text.
#pragma once

#include "gloss/text.h"

#include <string>
#include <string_view>
#include <vector>

namespace gloss::core {

enum class BlockKind : std::uint8_t {
    kicker,     ///< short section label above the headline ("Global Issues")
    headline,
    standfirst, ///< summary line right under the headline
    byline,     ///< "By Jane Doe", possibly with a trailing separator
    heading,    ///< a subheading inside the body
    paragraph,
    image,      ///< Markdown image line: ![caption](url)
};

const char* block_kind_name(BlockKind kind);

/// One line of the article. `range` covers the whole line without its newline. For images,
/// `caption` is the text inside ![...] and `url` the range inside (...); both inside `range`.
struct Block {
    BlockKind kind = BlockKind::paragraph;
    ByteRange range;
    ByteRange caption;
    ByteRange url;
};

/// Splits normalized text into blocks, one per non-blank line, and classifies them.
std::vector<Block> parse_blocks(std::string_view text);

} // namespace gloss::core
