// SPDX-License-Identifier: MIT
// HTML to article text: headline, paragraphs and captions out of a saved web page, safely.
#pragma once

#include "gloss/result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace gloss::core {

/// Largest HTML page accepted (pages carry markup, so more than the article cap).
inline constexpr std::size_t k_max_html_bytes = 40u * 1024u * 1024u;

struct HtmlText {
    std::string text; ///< normalized article text, one block per line (see blocks.h)
    std::string title; ///< the page's <title>, decoded, "" when none
    std::uint32_t dropped_elements = 0; ///< script/style/nav/header/footer/aside/… elements skipped
};

/// Reduces an HTML page to article text in Gloss's plain format: the first <h1> (or the <title>
/// when there is none) as the headline line, then one line per paragraph, heading, list item,
/// quotation and table cell; <figure>/<img> with a caption becomes "![caption](src)". Inside an
/// <article> element only its content is used. Dropped with their content: script, style,
/// noscript, template, nav, header, footer, aside, form, button, select, textarea, iframe, object,
/// svg, math, canvas, dialog and any element with the `hidden` attribute or aria-hidden="true";
/// comments, doctype and processing instructions. Character references are decoded (named ones
/// of HTML's Latin-1, punctuation and symbol sets, and numeric ones; invalid numbers become
/// U+FFFD); whitespace is collapsed. Linear time, no recursion, so hostile markup (unclosed
/// tags, endless nesting, stray '<') cannot blow the stack or loop.
/// Errors: text_too_large (input above k_max_html_bytes or text above k_max_text_bytes),
/// empty_text (no article text left), binary_data.
Result<HtmlText> html_to_text(std::string_view html);

/// True when pasted or dropped data looks like an HTML document or fragment rather than text.
bool looks_like_html(std::string_view data);

} // namespace gloss::core
