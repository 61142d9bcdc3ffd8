// SPDX-License-Identifier: MIT
// Block parsing: one block per non-blank line, classified by position and shape.
#include "gloss/blocks.h"

#include <algorithm>
#include <cstring>

namespace gloss::core {

const char* block_kind_name(BlockKind kind) {
    switch (kind) {
    case BlockKind::kicker: return "kicker";
    case BlockKind::headline: return "headline";
    case BlockKind::standfirst: return "standfirst";
    case BlockKind::byline: return "byline";
    case BlockKind::heading: return "heading";
    case BlockKind::paragraph: return "paragraph";
    case BlockKind::image: return "image";
    }
    return "paragraph";
}

namespace {

/// Byte offset of the first '\n' at or after `from`, or the text's size. Eight bytes a step
/// (SWAR), inline: under WebAssembly memchr is a call into libc that reads a word of four bytes
/// a step.
std::uint32_t next_newline(std::string_view text, std::uint32_t from) {
    static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the lowest bits hold the first byte");
    constexpr std::uint64_t k_ones = 0x0101010101010101ull;
    const std::size_t size = text.size();
    std::size_t i = from;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t x;
        std::memcpy(&x, text.data() + i, 8);
        x ^= k_ones * '\n'; // a newline byte becomes zero
        // The lowest byte flagged is the first zero byte (a borrow only flags bytes above one).
        const std::uint64_t zero = (x - k_ones) & ~x & (k_ones * 0x80);
        if (zero) return static_cast<std::uint32_t>(i + __builtin_ctzll(zero) / 8);
    }
    for (; i < size; ++i)
        if (text[i] == '\n') return static_cast<std::uint32_t>(i);
    return static_cast<std::uint32_t>(size);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

ByteRange trimmed(std::string_view text, ByteRange r) {
    while (r.start < r.end && is_space(text[r.start])) ++r.start;
    while (r.end > r.start && is_space(text[r.end - 1])) --r.end;
    return r;
}

std::string_view view(std::string_view text, ByteRange r) { return text.substr(r.start, r.size()); }

std::size_t word_count(std::string_view s) {
    std::size_t n = 0;
    bool in_word = false;
    for (const char c : s) {
        const bool space = is_space(c);
        if (!space && !in_word) ++n;
        in_word = !space;
    }
    return n;
}

bool ends_like_sentence(std::string_view s) {
    if (s.empty()) return false;
    const char last = s.back();
    if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == '"' ||
        last == '\'' || last == ',')
        return true;
    // Closing curly quotes and the ellipsis end in these UTF-8 sequences.
    for (std::string_view tail : {"\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x80\xA6"}) {
        if (s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail) return true;
    }
    return false;
}

// "![caption](url)" filling the whole line: caption may itself hold brackets.
bool parse_image(std::string_view text, ByteRange line, Block& out) {
    const std::string_view s = view(text, line);
    if (s.size() < 5 || s.substr(0, 2) != "![" || s.back() != ')') return false;
    const std::size_t mid = s.rfind("](");
    if (mid == std::string_view::npos || mid < 2) return false;
    out.kind = BlockKind::image;
    out.range = line;
    out.caption = trimmed(text, {line.start + 2, line.start + static_cast<std::uint32_t>(mid)});
    out.url = trimmed(text, {line.start + static_cast<std::uint32_t>(mid) + 2, line.end - 1});
    return true;
}

// The cheap shape checks run before word_count(), which reads the whole line.
bool looks_like_byline(std::string_view s) {
    if (s.size() > 120 || s.size() < 4) return false;
    const bool by = (s.substr(0, 3) == "By " || s.substr(0, 3) == "BY " || s.substr(0, 3) == "by ");
    return by && ((s[3] >= 'A' && s[3] <= 'Z') || static_cast<unsigned char>(s[3]) >= 0xC0) && word_count(s) <= 14;
}

// "Sjoerd van der Wal 6-3 Liam Outhwaite": a match's row, two names around a score of one or two
// digits a side (not a scoreline that gives each side its own score, "Kilkenny 2-21 Galway 1-20",
// which may stand as a subheading).
bool match_row(std::string_view s) {
    if (s.empty() || !((s[0] >= 'A' && s[0] <= 'Z') || static_cast<unsigned char>(s[0]) >= 0xC0)) return false;
    if (s.back() >= '0' && s.back() <= '9') return false;
    auto digit = [&](std::size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
    for (std::size_t k = 1; k + 4 < s.size(); ++k) {
        if (s[k - 1] != ' ' || !digit(k)) continue;
        std::size_t q = k + 1;
        if (digit(q)) ++q;
        if (q >= s.size() || s[q] != '-' || !digit(q + 1)) continue;
        q += 2;
        if (digit(q)) ++q;
        if (q + 1 < s.size() && s[q] == ' ' &&
            ((s[q + 1] >= 'A' && s[q + 1] <= 'Z') || static_cast<unsigned char>(s[q + 1]) >= 0xC0))
            return true;
    }
    return false;
}

// "1 Yeison Murillo (Col) Movistar Team 3:38:52", "10. Álvaro Quintanilla (Gresini) 1m19.8s": a
// results table's row opens with its rank and ends with a time or a score.
bool results_row(std::string_view s) {
    if (match_row(s)) return true;
    std::size_t k = 0;
    while (k < s.size() && k < 3 && s[k] >= '0' && s[k] <= '9') ++k;
    if (k == 0 || k >= s.size()) return false;
    if (s[k] == '.' || s[k] == ')') ++k;
    const char last = s.back();
    // (A lap time may end in "s": "1m19.388s".)
    return k < s.size() && s[k] == ' ' &&
           ((last >= '0' && last <= '9') || (last == 's' && s.size() >= 2 && s[s.size() - 2] >= '0' && s[s.size() - 2] <= '9'));
}

bool looks_like_heading(std::string_view s) {
    return !s.empty() && s.size() <= 90 && !ends_like_sentence(s) && word_count(s) <= 10 && !results_row(s);
}

// A header line that says who wrote the article or when: "Published: 6:12 PM CDT June 6, 2028",
// "Updated - July 09, 2027", "Author: Kayla Brandt", "Business reporter · NZ Herald",
// "4 mins to read", "Sun, 28 May, 2028 - 19:42". 2 when it opens with a label ("Author:",
// "Updated"), 1 for the others, 0 for none.
int meta_line(std::string_view s) {
    if (s.empty() || s.size() > 90 || word_count(s) > 10) return 0;
    auto starts = [s](std::string_view w) {
        return s.size() > w.size() && s.substr(0, w.size()) == w && !(s[w.size()] >= 'a' && s[w.size()] <= 'z');
    };
    for (std::string_view label : {"Author", "Authors", "Published", "Updated", "Posted", "Last updated", "First published"})
        if (starts(label)) return 2;
    // A date, a time or a reading time: a digit and a month, a clock time or "min" ("Kilkenny 2-21
    // Galway 1-20", a scoreline, is none).
    bool digit = false;
    for (char c : s) digit = digit || (c >= '0' && c <= '9');
    if (digit) {
        for (std::string_view w : {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
                                   "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
                                   " AM", " PM", " am", " pm", "min", "MIN"})
            if (s.find(w) != std::string_view::npos) return 1;
        for (std::size_t k = 1; k + 1 < s.size(); ++k)
            if (s[k] == ':' && s[k - 1] >= '0' && s[k - 1] <= '9' && s[k + 1] >= '0' && s[k + 1] <= '9') return 1;
    }
    for (std::string_view job : {"reporter", "correspondent", "editor", "Reporter", "Correspondent", "Editor"})
        if (s.find(job) != std::string_view::npos) return 1;
    return 0;
}

} // namespace

std::vector<Block> parse_blocks(std::string_view text) {
    std::vector<Block> blocks;
    blocks.reserve(text.size() / 256 + 8); // a guess from the size: one allocation for most texts
    std::uint32_t pos = 0;
    const auto size = static_cast<std::uint32_t>(text.size());
    while (pos < size) {
        const std::uint32_t end = next_newline(text, pos);
        const ByteRange line = trimmed(text, {pos, end});
        if (!line.empty()) {
            Block b;
            if (!parse_image(text, line, b)) {
                b.kind = BlockKind::paragraph;
                b.range = line;
            }
            blocks.push_back(b);
        }
        pos = end + 1;
    }

    // Header zone: the headline is the first text line, unless that line is a short label
    // (no sentence punctuation, at most four words) followed by a longer, unpunctuated title: then
    // it is a kicker.
    std::size_t first_text = 0;
    while (first_text < blocks.size() && blocks[first_text].kind == BlockKind::image) ++first_text;
    if (first_text >= blocks.size()) return blocks;
    std::size_t headline = first_text;
    const std::string_view first = view(text, blocks[first_text].range);
    if (first_text + 1 < blocks.size() && blocks[first_text + 1].kind == BlockKind::paragraph &&
        word_count(first) <= 4 && !ends_like_sentence(first) && !looks_like_byline(first)) {
        const std::string_view next = view(text, blocks[first_text + 1].range);
        if (next.size() > first.size() && !ends_like_sentence(next) && !looks_like_byline(next)) {
            blocks[first_text].kind = BlockKind::kicker;
            headline = first_text + 1;
        }
    }
    if (looks_like_byline(view(text, blocks[headline].range))) {
        blocks[headline].kind = BlockKind::byline;
    } else {
        blocks[headline].kind = BlockKind::headline;
    }

    // Byline: a "By …" line among the first blocks; text lines between headline and byline
    // are the standfirst.
    const std::size_t scan_end = std::min(blocks.size(), headline + 7);
    std::size_t byline = blocks.size();
    for (std::size_t i = headline + 1; i < scan_end; ++i) {
        if (blocks[i].kind == BlockKind::paragraph && looks_like_byline(view(text, blocks[i].range))) {
            blocks[i].kind = BlockKind::byline;
            byline = i;
            break;
        }
    }
    if (byline < blocks.size()) {
        for (std::size_t i = headline + 1; i < byline; ++i)
            if (blocks[i].kind == BlockKind::paragraph) blocks[i].kind = BlockKind::standfirst;
    }

    // Date, author and reading-time lines under the headline are header lines, not subheadings:
    // a labelled one ("Author: …", "Updated …") is a byline line, and the other short lines up to
    // the last of them ("Bidisha Rajkhowa" above "Updated - July 09, 2027", "4 mins to read") go
    // with the standfirst. (Detection treats standfirst and heading lines alike.)
    std::size_t last_meta = headline;
    for (std::size_t i = headline + 1; i < std::min(blocks.size(), headline + 9); ++i) {
        if (blocks[i].kind != BlockKind::paragraph) continue;
        const std::string_view line = view(text, blocks[i].range);
        if (word_count(line) > 40) break; // the body began
        if (meta_line(line) != 0) last_meta = i;
    }
    for (std::size_t i = headline + 1; i <= last_meta; ++i) {
        const std::string_view line = view(text, blocks[i].range);
        if (blocks[i].kind != BlockKind::paragraph || !looks_like_heading(line)) continue;
        blocks[i].kind = meta_line(line) == 2 ? BlockKind::byline : BlockKind::standfirst;
    }

    // Subheadings: short unpunctuated lines inside the body that introduce more text.
    const std::size_t body = byline < blocks.size() ? byline + 1 : headline + 1;
    for (std::size_t i = body; i + 1 < blocks.size(); ++i) {
        if (blocks[i].kind == BlockKind::paragraph && looks_like_heading(view(text, blocks[i].range)))
            blocks[i].kind = BlockKind::heading;
    }
    return blocks;
}

} // namespace gloss::core
