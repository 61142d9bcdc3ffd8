// SPDX-License-Identifier: MIT
// Bylines, photo credits and acronym definitions ("Foo Bar (FB)") for the name detector.
#include "detect/name_detector.h"

#include <algorithm>
#include <string>

namespace gloss::core::detect::names_impl {

// The capitalized words (hyphens allowed) from a line's first token up to its first comma, at most
// six tokens on: the name of "Name, X Reporter" or "Name , Tuesday 14 Oct 2031". Returns the comma's
// index, or k_none.
std::uint32_t NameDetector::name_then_comma(std::uint32_t first, std::uint32_t last) const {
    // (Or "·", "|", "/": "Adaeze Whitford · 6:00 AM PDT", "Kadian Brissett/Staff Reporter".)
    auto separator = [&](std::uint32_t k) {
        return is_punct(m_tok[k], ',') || is_punct(m_tok[k], 0x00B7) || is_punct(m_tok[k], '|') ||
               is_punct(m_tok[k], 0x2022) || (is_punct(m_tok[k], '/') && attached(k)) ||
               // "Marlon Ebarle-Quijano - The Philippine Star": a dash between spaces
               ((is_punct(m_tok[k], '-') || is_punct(m_tok[k], 0x2013) || is_punct(m_tok[k], 0x2014)) &&
                   m_tok[k].has(k_space_before) && k + 1 < m_tok.size() && m_tok[k + 1].has(k_space_before));
    };
    std::uint32_t comma = first;
    while (comma < last && comma < first + 6 && !separator(comma)) ++comma;
    if (comma <= first + 1 || comma + 1 >= last || !separator(comma)) return k_none;
    for (std::uint32_t k = first; k < comma; ++k)
        if (!cap_word(k) && !(is_punct(m_tok[k], '-') && attached(k) && k + 1 < comma && attached(k + 1)))
            return k_none;
    return comma;
}

bool NameDetector::in_byline(std::uint32_t i) const {
    std::uint16_t b = m_tok[i].block;
    if (b < m_t.block_kinds.size() && m_t.block_kinds[b] == BlockKind::byline) return true;
    // "(Reporting by Priya Nandakumar in Perth; Editing by Martin Halloway)": a wire story's credits.
    if (i >= 2 && is_literal(s(i - 1), "by") && m_tok[i - 2].type == TokenType::word &&
        any_of(s(i - 2), {"Editing", "Reporting", "Writing", "reporting", "editing", "writing"}))
        return true;
    std::uint32_t first = b < m_t.block_first.size() ? m_t.block_first[b] : 0;
    std::uint32_t last = b < m_t.block_last.size() ? m_t.block_last[b] : 0;
    if (last - first > 16) return false;
    // Among the first lines: "Aroha Pōtae-Wilson, Local Democracy Reporter" (a name, a comma and a
    // job that ends the line) and "Nourhan Abdel-Meguid , Tuesday 14 Oct 2031" (a name, a comma and
    // the date).
    if (b >= 1 && b <= 6 && last - first >= 4 && i < first + 6) {
        const std::uint32_t comma = name_then_comma(first, last);
        if (comma != k_none && i < comma) {
            const Token& after = m_tok[comma + 1];
            if (after.is(k_wc_weekday) || after.lex.month != 0 || after.type == TokenType::number) return true;
            // "Shafiqul Alam Rintu, Kurigram" above "Sun Aug 24, 2031 …": a name, a comma and where
            // the reporter files from, one or two capitalized words, above the date line.
            if (last - comma <= 3 && last < m_tok.size() && b + 1u < m_t.block_kinds.size() && date_line_at(last)) {
                bool place = true;
                for (std::uint32_t k = comma + 1; k < last && place; ++k)
                    place = cap_word(k) && !m_tok[k].is(k_wc_title);
                if (place) return true;
            }
            if (m_tok[last - 1].type == TokenType::word && is_reporter_job(s(last - 1))) return true;
            // "Harriet Moss-Kellaway, Football Reporter at Elland Road", "Ewan Hallworth, Boxing
            // Reporter at the AO Arena": the job, then where the reporter is.
            for (std::uint32_t k = comma + 2; k + 2 < last; ++k)
                if (m_tok[k].type == TokenType::word && is_reporter_job(s(k)) && m_tok[k].has(k_cap) &&
                    (is_literal(s(k + 1), "at") || is_literal(s(k + 1), "in")) &&
                    (cap_word(k + 2) || (is_literal(s(k + 2), "the") && k + 3 < last && cap_word(k + 3))))
                    return true;
            // "Dana Whitfield-Rowe, The Oklahoman", "Marlon Ebarle-Quijano - The Philippine Star" above
            // the date line: the outlet's capitalized words end the line.
            if (last - comma <= 6 && last < m_tok.size() && b + 1u < m_t.block_kinds.size() && date_line_at(last)) {
                bool outlet = true;
                for (std::uint32_t k = comma + 1; k < last && outlet; ++k)
                    outlet = cap_word(k) || is_punct(m_tok[k], '&') || (k > comma + 1 && is_literal(s(k), "of"));
                if (outlet && comma >= first + 2) return true;
            }
        }
    }
    // "KAMAU WA NJOROGE" above "Wednesday, March 20, 2041": among the first lines, a name in
    // capitals on a line of its own, above the date line.
    if (b >= 1 && b <= 8 && last - first >= 2 && last - first <= 4 && last < m_tok.size() && date_line_at(last)) {
        bool caps = true;
        for (std::uint32_t k = first; k < last && caps; ++k)
            caps = m_tok[k].type == TokenType::word && m_tok[k].has(k_all_caps) && m_tok[k].size() >= 2 &&
                   !m_tok[k].is(k_wc_common) && !m_tok[k].is(k_wc_title); // (not "FE REPORT", "STAFF WRITER")
        if (caps) return true;
    }
    // "HARUKA NISHIZAWA and LENA VOGT-AMBROS, Nikkei staff writers": among the first lines, the
    // names before a comma and the writers' post that ends the line.
    if (b >= 1 && b <= 8 && last - first >= 5 && last - first <= 16 && m_tok[last - 1].type == TokenType::word &&
        any_of(s(last - 1), {"writers", "writer", "Writers", "Writer", "reporters", "Reporters", "correspondents",
                             "Correspondents"})) {
        std::uint32_t comma = first;
        while (comma < last && !is_punct(m_tok[comma], ',')) ++comma;
        if (comma < last && comma >= first + 2 && i < comma && comma + 2 < last) return true;
    }
    // "Rachel Dunaway and Marcus Whitlow" on a line of its own among the first lines: two names,
    // each opening with a given name, joined by "and" or "&".
    if (b >= 1 && b <= 6 && last - first >= 5 && last - first <= 9 && m_tok[first].type == TokenType::word &&
        m_tok[first].is(k_wc_given) && !m_tok[first].has(k_all_caps)) {
        std::uint32_t amp = first + 1;
        while (amp < last && !(is_punct(m_tok[amp], '&') || (m_tok[amp].type == TokenType::word && is_literal(s(amp), "and"))))
            ++amp;
        bool names = amp >= first + 2 && amp + 3 <= last && m_tok[amp + 1].type == TokenType::word &&
                     m_tok[amp + 1].is(k_wc_given) && i != amp;
        for (std::uint32_t k = first; k < last && names; ++k)
            if (k != amp)
                names = (m_tok[k].type == TokenType::word && cap_word(k) && !m_tok[k].is(k_wc_title) &&
                         !m_tok[k].is(k_wc_function) && !org_head(k) && !place_head(k) && !lookup(k, k + 1).found()) ||
                        (is_punct(m_tok[k], '-') && attached(k) && k + 1 < last && attached(k + 1));
        if (names) return true;
    }
    if (last - first > 12) return false;
    // "By Jane Doe" opening any short line; "by: Kelsey Vanderwerf, Jonah Oyelaran", "WRITER:
    // Supaporn Jaturongkakul and Achara Wongsuwan": a label, a colon and the names, joined by
    // commas, "and" or "&".
    // ("Words by Tom Ashcombe", "Text by …": a label and "by".)
    const bool by = equals_lower(s(first), "by") ||
                    (last - first >= 4 && any_of(s(first), {"Words", "Text", "Story", "Reporting"}) &&
                        is_literal(s(first + 1), "by") && i >= first + 2);
    const bool label = last - first >= 3 && is_punct(m_tok[first + 1], ':') &&
                       (by || any_of(s(first), {"WRITER", "Writer", "WRITERS", "Writers", "Words", "WORDS",
                                                   "Reporter", "REPORTER", "Reporters", "Editor", "EDITOR",
                                                   "Editors"}));
    if (i >= first && i <= first + 2 && (by || label)) return true; // text last
    if ((by || label) && i > first + 2 && i < last && m_tok[i - 1].type != TokenType::number &&
        (is_punct(m_tok[i - 1], ',') || is_punct(m_tok[i - 1], '&') || is_literal(s(i - 1), "and")))
        return true;
    // "Euan McCallum in Córdoba", "Ardiansyah Putra (The Jakarta Post)": among the first lines, two
    // or three capitalized words, then "in"/"at" and a known place, or a bracketed outlet, to the
    // end of the line.
    // ("Olaf Brenninkmeyer-Stahl in Frankfurt and Priya Raghunathan in London": two such, joined
    // by "and"; a hyphenated surname counts as one word.)
    if (b >= 1 && b <= 6 && last - first >= 4) {
        std::uint32_t k = first;
        bool inside = false; // i lies in one of the names
        while (k < last) {
            const std::uint32_t name = k;
            std::uint32_t words = 0;
            while (k < last && words < 3 && cap_word(k) && !m_tok[k].is(k_wc_title) && !m_tok[k].is(k_wc_common)) {
                ++k;
                ++words;
                if (k + 1 < last && is_punct(m_tok[k], '-') && attached(k) && attached(k + 1) && cap_word(k + 1)) k += 2;
            }
            if (words < 2 || k >= last) break;
            inside = inside || (i >= name && i < k);
            if (name == first && is_punct(m_tok[k], '(') && is_punct(m_tok[last - 1], ')') && k + 1 < last - 1 &&
                cap_word(k + 1))
                return inside;
            if (!(is_literal(s(k), "in") || is_literal(s(k), "at")) || k + 1 >= last) break;
            std::uint32_t end = k + 1;
            if (!known_place_at(k + 1, &end).found()) {
                // ("Callum Fairweather at Optus Stadium" above "Sun 27 Jan 2041 01.12 AEDT": the
                // ground the reporter is at, capitalized words to the end of the line, above the
                // date line.)
                if (name != first || !is_literal(s(k), "at") || last - (k + 1) > 4 || last >= m_tok.size() ||
                    !cap_words(k + 1, last) || !date_line_at(last))
                    break;
                return inside;
            }
            if (end == last) return inside;
            if (!is_literal(s(end), "and") && !is_punct(m_tok[end], ',')) break;
            // (A run may open at the place and hold "and" and the next name: "Frankfurt and Priya …".)
            inside = inside || (i > k && i < end);
            k = end + 1;
        }
    }
    // A name alone on a line among the first few ("Callum Reddy" above "Resources reporter",
    // "Bidisha Rajkhowa" above "Updated - July 09, 2027"): a byline without "By". (A hyphenated
    // surname counts as one word: "Fiona McAllister-Reid".)
    // ("Imtiaz Hussain Bhatti Published March 9, 2035": the date line run on after the name.)
    if (b >= 1 && b <= 6 && m_t.block_kinds[b] != BlockKind::headline && last - first > 5) {
        for (std::uint32_t k = first + 2; k < last && k <= first + 4; ++k) {
            if (!any_of(s(k), {"Published", "Updated", "Posted"})) continue;
            if (k + 1 < last && (m_tok[k + 1].lex.month != 0 || m_tok[k + 1].is(k_wc_weekday) ||
                                    m_tok[k + 1].type == TokenType::number || is_punct(m_tok[k + 1], ':')))
                last = k;
            break;
        }
    }
    // The words of a name alone in [x, y), a hyphenated surname counting as one; 0 when one of them
    // is in capitals, an ordinary word, a title or a known name.
    const auto name_words = [&](std::uint32_t x, std::uint32_t y) -> std::uint32_t {
        std::uint32_t words = 0;
        for (std::uint32_t k = x; k < y; ++k) {
            if (k > x && is_punct(m_tok[k], '-') && attached(k) && k + 1 < y && attached(k + 1)) continue;
            // ("Ciarán Mac Lochlainn": a Gaelic surname's "Mac"; "Laia Bosch Arderiu": a surname
            // that is also a company's name, after the given name.)
            // ("Jonah Whitcombe-Price": a double surname's second half may be a word.)
            const bool particle = k > x && (any_of(s(k), {"Mac", "Nic"}) || is_punct(m_tok[k - 1], '-'));
            const GazetteerEntry known = lookup(k, k + 1);
            if (!cap_word(k) || m_tok[k].has(k_all_caps) || (m_tok[k].is(k_wc_common) && !particle) ||
                m_tok[k].is(k_wc_function) || m_tok[k].is(k_wc_title) ||
                (known.found() && (k == x || known.kind != Kind::org)))
                return 0;
            if (k == x || !is_punct(m_tok[k - 1], '-')) ++words;
        }
        return words;
    };
    // "Tom Whaanga-Reid and Lucy Crampton", "Julia Rennert, Florian Staudacher" above "07:15, Feb 19
    // 2040": two or three names alone on a line, joined by "and" or commas, above the date line.
    if (b >= 1 && b <= 6 && m_t.block_kinds[b] != BlockKind::headline && last - first >= 5 && last - first <= 12 &&
        last < m_tok.size() && date_line_at(last)) {
        const auto name_part = [&](std::uint32_t x, std::uint32_t y) {
            const std::uint32_t words = name_words(x, y);
            return words >= 2 && words <= 3 && (m_tok[x].is(k_wc_given) || m_g.is_given_name(s(x)));
        };
        std::uint32_t start = first;
        std::uint32_t parts = 0;
        bool names = true;
        for (std::uint32_t k = first; k <= last && names; ++k) {
            const bool joint = k < last && (is_punct(m_tok[k], ',') || (m_tok[k].type == TokenType::word &&
                                                                         is_literal(s(k), "and")));
            if (!joint && k < last) continue;
            if (k == i) return false; // the joint itself
            names = ++parts <= 3 && name_part(start, k);
            start = k + 1;
        }
        if (names && parts >= 2) return true;
    }
    if (b == 0 || b > 6 || last - first < 2 || last - first > 5 || m_t.block_kinds[b] == BlockKind::headline) return false;
    const std::uint32_t words = name_words(first, last);
    if (words < 2 || words > 3) return false;
    if (m_tok[first].is(k_wc_given)) return true;
    if (last >= m_tok.size() || b + 1u >= m_t.block_kinds.size()) return false;
    // ("Lowri Mair Tudur" above "Health correspondent, BBC Wales": the reporter's job opens the
    // next line.)
    // ("Ciarán Mac Lochlainn" above "BBC News NI political reporter": anywhere on a short line.)
    const std::uint32_t next_last = m_t.block_last[b + 1];
    for (std::uint32_t k = last; k < next_last && k < last + (next_last - last <= 7 ? 7 : 3); ++k)
        if (m_tok[k].type == TokenType::word && is_reporter_job(s(k))) return true;
    // ("Fergal Culleton" above "Sun, 28 May, 2028 - 19:42": a weekday or a day number opens it too.)
    if (date_line_at(last)) return true;
    // ("Tomos Pendry-Rowlands" above "BBC Weather" above "15 February 2041": the outlet's short line
    // of capitalized words between the name and the date.)
    if (b + 2u >= m_t.block_kinds.size() || next_last - last < 1 || next_last - last > 4) return false;
    for (std::uint32_t k = last; k < next_last; ++k)
        if (!cap_word(k) || m_tok[k].is(k_wc_function)) return false;
    return date_line_at(next_last);
}

// A reporter's job word in a byline: "Reporter", "correspondent", "Staff Writer".
bool NameDetector::is_reporter_job(std::string_view w) {
    return any_of(w, {"Reporter", "reporter", "Correspondent", "correspondent", "Editor", "editor", "Writer", "writer",
                         "Columnist", "columnist", "Journalist", "journalist", "Producer", "producer", "Photographer",
                         "photographer", "Contributor", "contributor", "writers", "Writers", "reporters", "Reporters",
                         "correspondents", "Correspondents"}); // ", Nikkei staff writers"
}

// Token k opens a date line: "Updated …", "Published …", a month, a weekday or a number.
bool NameDetector::date_line_at(std::uint32_t k) const {
    if (k >= m_tok.size()) return false;
    return any_of(s(k), {"Updated", "Published", "Posted", "Last"}) || m_tok[k].lex.month != 0 ||
           m_tok[k].is(k_wc_weekday) || m_tok[k].type == TokenType::number;
}

// "Margaret Lindahl" / "Lincoln Journal Star" / "Apr 23, 2031 …": a line of capitalized words
// between a byline name alone on its line and the date line is the reporter's outlet.
bool NameDetector::outlet_line(std::uint32_t a, std::uint32_t b) const {
    const std::uint16_t blk = m_tok[a].block;
    if (blk < 2 || blk > 7 || a != m_t.block_first[blk] || b != m_t.block_last[blk] || b - a < 1 || b - a > 5 ||
        !date_line_at(b))
        return false;
    for (std::uint32_t k = a; k < b; ++k)
        if (!cap_word(k) && !(is_punct(m_tok[k], '-') && attached(k))) return false;
    // ("Rugby League Writer": the reporter's job, not an outlet.)
    if (m_tok[b - 1].is(k_wc_title) ||
        any_of(s(b - 1), {"Writer", "Reporter", "Correspondent", "Editor", "Columnist", "Journalist", "Producer",
                             "Photographer", "Contributor", "Staff"}))
        return false;
    const std::uint32_t pf = m_t.block_first[blk - 1];
    const std::uint32_t pl = m_t.block_last[blk - 1];
    if (pl - pf < 2 || pl - pf > 4) return false;
    for (std::uint32_t k = pf; k < pl; ++k)
        if (!cap_word(k) || m_tok[k].has(k_all_caps)) return false;
    return m_tok[pf].is(k_wc_given) || (pl - pf >= 2 && equals_lower(s(pf), "by"));
}

bool NameDetector::all_caps_line(std::uint32_t a) const {
    std::uint16_t b = m_tok[a].block;
    if (b >= m_t.block_first.size()) return false;
    std::uint32_t caps = 0, words = 0;
    for (std::uint32_t k = m_t.block_first[b]; k < m_t.block_last[b] && words < 12; ++k) {
        if (m_tok[k].type != TokenType::word) continue;
        ++words;
        if (m_tok[k].has(k_all_caps)) ++caps;
    }
    return words >= 3 && caps * 2 > words;
}

bool NameDetector::us_pronoun(std::uint32_t i) const {
    if (i == 0 || !same_block(i - 1, i) || m_tok[i - 1].type != TokenType::word || !m_tok[i - 1].has(k_all_caps) ||
        !all_caps_line(i))
        return false;
    return any_of(s(i - 1), {"LET", "LETS", "TELL", "TELLS", "TOLD", "GIVE", "GIVES", "HELP", "HELPS", "JOIN", "FOR",
                                "WITH", "ABOUT", "AMONG", "LIKE", "SHOW", "SHOWS", "ASK", "ASKS", "SEND", "CALL",
                                "CALLS", "TO", "OF", "BEFORE", "BEHIND", "AGAINST", "MAKE", "MAKES", "LEAVE", "KEEP",
                                "SAVE", "FORGIVE", "BRING", "TAKE", "TAKES", "TEACH", "GAVE", "HELPED", "JOINS"});
}

// "Foo Bar (FB)": FB abbreviates the name just classified (or a non-entity: "BRI"; or a title:
// "the Municipal Chief Executive (MCE)").
// "(PLMG.L)", "(LGC-T)", "(VRDM.O)", "(Nasdaq: VRDM)", "(7203.T)": a stock ticker with its
// exchange, in brackets. Returns the closing bracket's index, or k_none.
std::uint32_t NameDetector::ticker_close(std::uint32_t open) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (open + 3 >= n || !is_punct(m_tok[open], '(')) return k_none;
    std::uint32_t k = open + 1;
    bool exchange = false;
    // An exchange's name and a colon first: "NYSE: ABC", "Nasdaq: VRDM".
    if (m_tok[k].type == TokenType::word && k + 2 < n && is_punct(m_tok[k + 1], ':') && attached(k + 1) &&
        any_of(s(k), {"NYSE", "Nasdaq", "NASDAQ", "TSX", "ASX", "LSE", "NSE", "BSE", "JSE", "SGX", "HKEX", "TSE"})) {
        exchange = true;
        k += 2;
    }
    const Token& sym = m_tok[k];
    if (!(sym.type == TokenType::word && sym.has(k_all_caps)) && sym.type != TokenType::number) return k_none;
    if (sym.size() > 6 || (sym.type == TokenType::number && sym.has(k_has_alpha))) return k_none;
    ++k;
    // The exchange's suffix joined to the symbol: ".L", "-T", ".O".
    // (After a hyphen only the Canadian exchanges' letters: "ENTSO-E", "PDI-P" are acronyms.)
    if (k + 1 < n && (is_punct(m_tok[k], '.') || is_punct(m_tok[k], '-')) && attached(k) && attached(k + 1) &&
        m_tok[k + 1].type == TokenType::word && m_tok[k + 1].has(k_cap) && m_tok[k + 1].size() <= 2 &&
        (m_tok[k + 1].size() == 1 || m_tok[k + 1].has(k_all_caps)) &&
        (is_punct(m_tok[k], '.') || any_of(s(k + 1), {"T", "V", "X", "CN"}))) {
        exchange = true;
        k += 2;
    }
    if (!exchange || k >= n || !is_punct(m_tok[k], ')') || !same_block(open, k)) return k_none;
    return k;
}

// "Fortescue (FMG) lost 4.1 per cent", "Rio Tinto (RIO) fell 2.8 per cent": a market report's
// symbol in brackets, with no exchange, before a price's move and a figure (capitals that spell
// the words before them are the name's abbreviation: "Reserve Bank of Australia (RBA) rose 2%").
// Returns the closing bracket's index, or k_none.
std::uint32_t NameDetector::market_symbol_close(std::uint32_t open) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (open + 4 >= n || !is_punct(m_tok[open], '(')) return k_none;
    const Token& sym = m_tok[open + 1];
    const std::uint32_t close = open + 2;
    if (sym.type != TokenType::word || !sym.has(k_all_caps) || sym.size() < 2 || sym.size() > 5 ||
        !is_punct(m_tok[close], ')') || !same_block(open, close + 1) || m_tok[close + 1].type != TokenType::word ||
        m_tok[close + 1].has(k_cap))
        return k_none;
    std::uint32_t verb = close + 1;
    if (is_literal(s(verb), "was") || is_literal(s(verb), "is")) ++verb;
    if (verb >= n || m_tok[verb].type != TokenType::word ||
        !any_of(s(verb), {"rose", "fell", "lost", "gained", "jumped", "plunged", "slid", "slumped", "surged", "climbed",
                             "dropped", "shed", "eased", "declined", "tumbled", "rallied", "sank", "soared", "dipped",
                             "edged", "up", "down", "rises", "falls", "gains", "jumps", "slips", "slipped"}))
        return k_none;
    bool figure = false;
    for (std::uint32_t q = verb + 1; q < n && q <= verb + 3 && same_block(open, q) && !figure; ++q)
        figure = m_tok[q].type == TokenType::number;
    if (!figure || spelled_by_words(s(open + 1), open)) return k_none;
    return close;
}

void NameDetector::check_acronym_definition(std::uint32_t end, std::uint32_t start) {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    // A ticker after a company's name names nothing more.
    // ("Laurentia Gold Corp. (LGC-T)": after the abbreviation's full stop.)
    const std::uint32_t open = end < n && is_punct(m_tok[end], '.') && attached(end) ? end + 1 : end;
    if (market_symbol_close(open) != k_none) {
        m_consumed[open + 1] = 1;
        return;
    }
    if (const std::uint32_t close = ticker_close(open); close != k_none) {
        std::uint32_t q = open + 1;
        // ("(TSX: WBG)": the exchange is named; the symbol names nothing more.)
        if (is_punct(m_tok[q + 1], ':') && m_tok[q].type == TokenType::word && !m_consumed[q]) {
            emit(q, q + 1, Kind::org, "company");
            q += 1;
        }
        for (; q < close; ++q) m_consumed[q] = 1;
        return;
    }
    // "the leftist Workers' Party, or PT, won": an organization's acronym after ", or".
    if (end + 3 < n && is_punct(m_tok[end], ',') && m_tok[end + 1].type == TokenType::word && is_literal(s(end + 1), "or") &&
        m_tok[end + 2].type == TokenType::word && m_tok[end + 2].has(k_all_caps) && m_tok[end + 2].size() <= 6 &&
        (is_punct(m_tok[end + 3], ',') || is_punct(m_tok[end + 3], '.')) && same_block(end, end + 3) && !m_out.empty() &&
        m_out.back().last == end && m_out.back().kind == Kind::org) {
        const std::string_view acr = s(end + 2);
        const GazetteerEntry known = m_g.find(acr);
        if (known.found() && known.kind != Kind::org) return;
        define_acronym(acr, end + 2, end + 3, static_cast<std::uint32_t>(m_out.size() - 1));
        return;
    }
    if (end + 2 >= n || !is_punct(m_tok[end], '(')) return;
    std::uint32_t k = end + 1;
    std::uint32_t close = k;
    while (close < n && close < k + 4 && !is_punct(m_tok[close], ')')) ++close;
    if (close >= n || !is_punct(m_tok[close], ')') || close == k) return;
    // "Cllr Alec Pennock (Lab)", "Cllr Mary Dunne (Con, Hexham)": a British councillor's or
    // member's party, shortened, in brackets after the name.
    if (!m_out.empty() && m_out.back().last == end && m_out.back().kind == Kind::person &&
        (is_punct(m_tok[k + 1], ')') || is_punct(m_tok[k + 1], ',')) && any_of(s(k), {"Lab", "Con", "Green", "Plaid"})) {
        emit(k, k + 1, Kind::org, "party");
        m_consumed[k] = 1;
        return;
    }
    // ("(TMBA, 台灣…)": an acronym and the Chinese name; han_name_after() takes both. "(Photo:
    // MOPC)", "(Photo by MOPC)": a credit, for scan_credits().)
    for (std::uint32_t q = k; q < close; ++q)
        if (is_punct(m_tok[q], ',') || is_punct(m_tok[q], ':')) return;
    if (m_tok[k].type == TokenType::word && is_credit_label(s(k)) && k + 1 < close &&
        m_tok[k + 1].type == TokenType::word && is_literal(s(k + 1), "by"))
        return; // "(Photo by MOPC)"
    // "Ghana Cocoa Board (Cocobod)": a longer short name after an organization.
    const bool after_org = !m_out.empty() && m_out.back().last == end && m_out.back().kind == Kind::org;
    if (!m_tok[k].has(k_all_caps) &&
        !(m_tok[k].has(k_cap) && (m_tok[k].size() <= 6 || (after_org && close == k + 1 && m_tok[k].size() <= 12))))
        return;
    std::string_view acr = m_t.slice(k, close);
    merge_by_initials(acr, end);
    // The defining mention: the last one emitted ending right before the parenthesis.
    std::uint32_t def = k_none;
    if (!m_out.empty() && m_out.back().last == end && m_out.back().kind != Kind::highlight)
        def = static_cast<std::uint32_t>(m_out.size() - 1);
    // "the Municipal Chief Executive (MCE)", "District Chief Executive (DCE)": an office's title,
    // every word a title word, is no organization, and neither are its later uses.
    // ("District" may open one: a place head before the title words.)
    while (start < end && m_tok[start].type == TokenType::word && m_tok[start].is(k_wc_function)) ++start; // "The"
    bool office = def == k_none && end - start >= 2 && end - start <= 5 && m_tok[k].has(k_all_caps) &&
                  (m_tok[end - 1].is(k_wc_title) || m_tok[end - 1].is(k_wc_title_modifier));
    for (std::uint32_t q = start; office && q < end; ++q)
        office = m_tok[q].type == TokenType::word && (m_tok[q].is(k_wc_title) || m_tok[q].is(k_wc_title_modifier) ||
                                                         (q == start && place_head_subtype(s(q)) != nullptr));
    // "150 million gallons per day (MGD)", "Upazila Nirbahi Officer (UNO)", "the Recognised Seasonal
    // Employer (RSE) scheme": an abbreviated unit, office or term, no organization anywhere.
    if (def == k_none && !office && m_tok[k].has(k_all_caps) && close == k + 1) {
        const bool noun_after = close + 1 < n && same_block(close, close + 1) && m_tok[close + 1].type == TokenType::word &&
                                !m_tok[close + 1].has(k_cap) &&
                                any_of(s(close + 1), {"scheme", "scale", "index", "programme", "program", "system",
                                                         "test", "rating", "score", "standard", "method", "model",
                                                         "framework", "classification", "protocol", "formula", "visa"});
        const bool lower_words = m_tok[end - 1].type == TokenType::word && !m_tok[end - 1].has(k_cap);
        const bool title_end = m_tok[end - 1].type == TokenType::word && m_tok[end - 1].is(k_wc_title);
        // "the Unemployment Relief Programme (URP)", "the Inflation Reduction Act (IRA)": a scheme
        // or a law, no organization.
        const bool scheme_end = m_tok[end - 1].type == TokenType::word &&
                                (any_of(s(end - 1), {"Programme", "Program", "Scheme", "Initiative", "Strategy", "Plan",
                                                        "Project", "Act", "Bill", "Index", "Policy", "Agreement"}) ||
                                    trade_pact(end - 1)); // "the Regional Comprehensive Economic Partnership (RCEP)"
        // (A scheme's name no rule read as an organization keeps its acronym in any language: "the
        // Flood Protection Programme (HWBP)", the Dutch one.)
        if (noun_after || scheme_end || ((lower_words || title_end) && spelled_by_words(acr, end))) office = true;
    }
    // "Dubai Financial Market (DFM)": capitals spelling every word of the capitalized run before
    // them name it as one organization, though its words were read as a place and a remainder.
    if (def == k_none && !office && close == k + 1 && m_tok[k].has(k_all_caps) && acr.size() >= 3 &&
        end - start == acr.size() && spelled_by_words(acr, end)) {
        bool words = true;
        for (std::uint32_t q = start; q < end && words; ++q)
            words = cap_word(q) && (m_tok[q].has(k_space_before) || (q == start && m_tok[q].has(k_line_start)));
        std::uint32_t inside = k_none;
        bool clean = words;
        for (std::size_t q = m_out.size(); clean && q-- > 0;) {
            const Mention& m = m_out[q];
            if (m.last <= start) break;
            if (m.kind == Kind::highlight) continue;
            if (m.first < start || m.last > end || inside != k_none || m.kind == Kind::person) clean = false;
            else inside = static_cast<std::uint32_t>(q);
        }
        // "Keystone Agricultural Producers (KAP)", "Tanzania Association of Tour Operators": words no
        // rule claimed, ending in a plural of people (producers, operators, pharmacists, residents),
        // spelled by the capitals: an association of them.
        if (clean && inside == k_none && end - start >= 2 && m_tok[end - 1].type == TokenType::word) {
            const std::string_view last = s(end - 1);
            const auto ends = [&](std::string_view tail) {
                return last.size() > tail.size() + 2 && last.substr(last.size() - tail.size()) == tail;
            };
            if (ends("ers") || ends("ors") || ends("ists") || ends("ants") || ends("ents") || ends("ians")) {
                emit(start, end, Kind::org, "other");
                def = static_cast<std::uint32_t>(m_out.size() - 1);
            }
        }
        if (clean && inside != k_none && m_out[inside].kind == Kind::place && m_out[inside].first == start) {
            Mention& m = m_out[inside];
            m.last = end;
            m.range.end = m_tok[end - 1].end;
            m.kind = Kind::org;
            m.subtype = "other";
            m.weak = false;
            def = inside;
        }
    }
    if (def == k_none && m_non_entity_end != end && !office) return; // nothing named right before it
    if (def != k_none && m_out[def].kind == Kind::person) {
        // "Žan Korošec (Slo)", "Magnus Østergaard (DEN)": a rider's or an athlete's country.
        // ("Kieran O'Donoghue (GB)": Great Britain's two letters, as British results print them.)
        if (close == k + 1 && (is_sport_country_code(acr) || acr == "GB")) {
            emit(k, close, Kind::place, "country");
            for (std::uint32_t q = k; q < close; ++q) m_consumed[q] = 1;
            return;
        }
        // "Perikatan Nasional (PN)", "Barisan Nasional (BN)": capitals spelling every word of a
        // guessed person make it an organization, unless it opens with a given name ("(AOC)").
        // Anything else in brackets after a person is a note: "(R-Texas)".
        Mention& p = m_out[def];
        // ("Caledonian MacBrayne (CalMac)": a short name made of the words' first syllables, each
        // opening with its capital, does the same.)
        const auto syllables = [&]() {
            if (close != k + 1 || m_tok[k].has(k_all_caps) || acr.size() > 10 || p.last - p.first < 2) return false;
            std::uint32_t q = p.first;
            std::size_t c = 0;
            while (c < acr.size()) {
                std::size_t e = c + 1;
                while (e < acr.size() && !(acr[e] >= 'A' && acr[e] <= 'Z')) ++e;
                if (q >= p.last || m_tok[q].type != TokenType::word || e - c < 2 || s(q).substr(0, e - c) != acr.substr(c, e - c))
                    return false;
                ++q;
                c = e;
            }
            return q == p.last;
        };
        if (m_tok[p.first].is(k_wc_given) ||
            !(syllables() || (close == k + 1 && m_tok[k].has(k_all_caps) && p.name_parts == acr.size() &&
                                 p.last - p.first == acr.size() && spelled_by_words(acr, end))))
            return;
        p.kind = Kind::org;
        p.subtype = "other";
    }
    if (def != k_none) {
        // "WASHINGTON (AP)": a known name of another kind is no abbreviation of this one, unless
        // the capitals spell the words before it ("National Emergency Management Agency (NEMA)",
        // not the town of Nema).
        GazetteerEntry known = m_g.find(acr);
        char a0 = acr[0];
        char d0 = m_t.text[m_out[def].range.start];
        if (known.found() && known.kind != m_out[def].kind && !spelled_by_words(acr, end)) return;
        if (m_out[def].kind == Kind::place && a0 != d0) return;
    }
    define_acronym(acr, k, close, def);
}

// Records the acronym at tokens [k, close) as defined by mention `def` (k_none: it names no entity)
// and, when it names one, emits it as that entity's mention.
void NameDetector::define_acronym(std::string_view acr, std::uint32_t k, std::uint32_t close, std::uint32_t def) {
    m_acronyms[acr] = AcronymDef{def};
    for (std::uint32_t q = k; q < close; ++q) m_consumed[q] = 1;
    if (def == k_none) return;
    const Mention d = m_out[def];
    const std::uint32_t idx = emit(k, close, d.kind, d.subtype);
    if (idx != k_none) m_out[idx].link = def;
}

// The acronym spells the initials of the words ending at `end` (either case; "per", "of", "and",
// "the", "for" may stand between them): "million gallons per day" for "MGD".
bool NameDetector::spelled_by_words(std::string_view acr, std::uint32_t end) const {
    if (acr.size() < 2 || acr.size() > 6 || end == 0) return false;
    // Read leftwards from the token before `end`: want letters of acr are still to match. A
    // connector ("of", "and") may give its letter or none ("cost-of-living adjustment (COLA)",
    // "gross domestic product (GDP)").
    const auto match = [&](const auto& self, std::uint32_t q, std::size_t want) -> bool {
        if (want == 0) return true;
        if (q == 0 || !same_block(q - 1, end - 1)) return false;
        --q;
        const Token& t = m_tok[q];
        // ("public-private partnership (PPP)": a hyphen joins two spelled words.)
        if (is_punct(t, '-') && attached(q) && q + 1 < end && attached(q + 1)) return self(self, q, want);
        if (t.type != TokenType::word) return false;
        const std::string_view w = s(q);
        const char c = static_cast<char>(w[0] >= 'a' && w[0] <= 'z' ? w[0] - 'a' + 'A' : w[0]);
        if (!t.has(k_cap) && any_of(w, {"per", "of", "and", "the", "for", "on", "in"}) && self(self, q, want))
            return true;
        return c == acr[want - 1] && self(self, q, want - 1);
    };
    return match(match, end, acr.size());
}

namespace {
// One word of a name read back from an acronym's parenthesis, and the letters it may give.
struct InitialsUnit {
    std::uint32_t first = 0;       ///< its first token
    std::string options[3];        ///< letters it may give, in order of preference
    std::uint8_t count = 0;        ///< options used
    bool letterless = false;       ///< it may also give none (a connector)
    bool word = false;             ///< a capitalized word (a span may open on it)
};

// Matches upper[0, left) against the units from index u on (read leftwards): the unit the match
// opens on, or -1. A span opens on a capitalized word that gives a letter.
int match_initials(const std::vector<InitialsUnit>& units, std::size_t u, const std::string& upper, std::size_t left) {
    if (u >= units.size()) return -1;
    const InitialsUnit& unit = units[u];
    for (std::uint8_t o = 0; o < unit.count; ++o) {
        const std::string& opt = unit.options[o];
        if (opt.empty() || opt.size() > left || upper.compare(left - opt.size(), opt.size(), opt) != 0) continue;
        if (opt.size() == left) return static_cast<int>(u);
        const int r = match_initials(units, u + 1, upper, left - opt.size());
        if (r >= 0) return r;
    }
    if (unit.letterless && u > 0) return match_initials(units, u + 1, upper, left);
    return -1;
}
} // namespace

// "Committee on Foreign Investment in the United States (CFIUS)": when the acronym spells the
// initials of an organization and the names after it, they are one organization name.
void NameDetector::merge_by_initials(std::string_view acr, std::uint32_t end) {
    if (acr.size() < 3 || acr.size() > 8 || end == 0) return;
    if (trade_pact(end - 1)) return; // ("the Regional Comprehensive Economic Partnership (RCEP)": a pact, no body)
    // Capitals, or a capital and lower-case letters as British and South African papers write
    // acronyms ("Amcu", "Defra"): compared in capitals.
    std::string upper(acr);
    for (std::size_t k = 0; k < upper.size(); ++k) {
        char& c = upper[k];
        if (k > 0 && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'Z') return;
    }
    const auto initial = [&](std::uint32_t q) {
        const char c = s(q)[0];
        return static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    };
    // The words read back from the parenthesis. A short word in capitals may give all its letters
    // ("UN Support Mission in Libya (UNSMIL)"); "in", "of", "and" may give theirs or none; other
    // languages' particles give none ("Union des Routiers du Sénégal (URS)"); a hyphenated word
    // gives its first initial or every capital's ("Auditor-General of South Africa (AGSA)",
    // "Geo-Hazards Department (GD)"); commas and possessives give none ("His Majesty's Armed
    // Forces (HMAF)").
    std::vector<InitialsUnit> units;
    for (std::uint32_t q = end; q-- > 0 && units.size() < 16 && same_block(q, end - 1);) {
        const Token& t = m_tok[q];
        InitialsUnit unit;
        unit.first = q;
        if ((is_punct(t, ',') && q + 1 < end) || is_punct(t, '&') ||
            (q + 1 < end && (t.type == TokenType::possessive || ((is_punct(t, '\'') || is_punct(t, 0x2019)) && attached(q))))) {
            unit.letterless = true;
            units.push_back(unit);
            continue;
        }
        if (t.type != TokenType::word || t.has(k_abbrev) || static_cast<unsigned char>(s(q)[0]) >= 0x80) break;
        const std::string_view w = s(q);
        if (!t.has(k_cap)) {
            if (q + 1 == end) break;
            if (any_of(w, {"of", "on", "in", "the", "for", "and", "to"})) {
                unit.letterless = true;
                unit.options[unit.count++] = std::string(1, initial(q));
            } else if (any_of(w, {"de", "des", "du", "la", "le", "les", "del", "della", "di", "da", "do", "dos", "das",
                                   "y", "e", "et", "für", "und"})) {
                unit.letterless = true;
            } else {
                break;
            }
            units.push_back(unit);
            continue;
        }
        // A hyphenated word, read back to its first part: "Friedrich-Loeffler-Institut".
        std::uint32_t f = q;
        std::string caps(1, initial(q));
        while (f >= 2 && is_punct(m_tok[f - 1], '-') && attached(f) && attached(f - 1) &&
               m_tok[f - 2].type == TokenType::word && static_cast<unsigned char>(s(f - 2)[0]) < 0x80) {
            f -= 2;
            if (m_tok[f].has(k_cap)) caps.insert(caps.begin(), initial(f));
            else if (!m_tok[f + 2].has(k_cap)) break;
        }
        if (f != q && !m_tok[f].has(k_cap)) break;
        unit.first = f;
        unit.word = true;
        if (f == q && t.has(k_all_caps) && w.size() <= 3 && q + 1 < end) unit.options[unit.count++] = std::string(w);
        if (f != q) unit.options[unit.count++] = caps;
        unit.options[unit.count++] = std::string(1, initial(f));
        units.push_back(unit);
        q = f;
    }
    const int at = match_initials(units, 0, upper, upper.size());
    if (at < 0 || !units[static_cast<std::size_t>(at)].word) return;
    const std::uint32_t start = units[static_cast<std::size_t>(at)].first;
    // Every mention inside the span must lie wholly in it, one must end it and one be an ORG.
    // ("The Wisconsin Department of Justice's Division of Criminal Investigation (DCI)": an
    // organization ending at the parenthesis may open before the span, at a possessive; it then
    // ends there.)
    std::uint32_t first_idx = k_none;
    for (std::uint32_t k = static_cast<std::uint32_t>(m_out.size()); k-- > 0;) {
        Mention& m = m_out[k];
        if (m.last <= start) break;
        if (m.kind == Kind::highlight) continue;
        if (m.first < start && m.last == end && m.kind == Kind::org && k + 1 == m_out.size() && start >= m.first + 3 &&
            m_tok[start - 1].type == TokenType::possessive && org_head_subtype(s(start)) != nullptr) {
            m.last = start - 1;
            m.range.end = m_tok[start - 2].end;
            emit(start, end, Kind::org, org_head_subtype(s(start)));
            return;
        }
        if (m.first < start || m.last > end) return;
        first_idx = k;
    }
    bool has_org = false;
    for (std::size_t k = first_idx == k_none ? m_out.size() : first_idx; k < m_out.size() && !has_org; ++k)
        has_org = m_out[k].kind == Kind::org;
    if (!has_org) {
        unclaimed_initials(start, end, first_idx);
        return;
    }
    // ("Ministry of Economy, Trade and Industry (METI)": the organization may stop at the first
    // comma, leaving the rest of the name unclaimed; it must then open the span.)
    bool rest_unclaimed = m_out[first_idx].first == start && m_out[first_idx].kind == Kind::org;
    for (std::size_t k = first_idx + 1; k < m_out.size() && rest_unclaimed; ++k)
        rest_unclaimed = m_out[k].kind == Kind::highlight;
    if (m_out.back().last != end && !rest_unclaimed) return;
    if (m_out[first_idx].first == start && m_out[first_idx].last == end && first_idx + 1 == m_out.size())
        return; // already whole
    std::uint32_t org = k_none;
    for (std::uint32_t k = first_idx; k < m_out.size() && org == k_none; ++k)
        if (m_out[k].kind == Kind::org) org = k;
    if (org == k_none) return;
    Mention merged = m_out[org];
    for (std::uint32_t k = first_idx; k < m_out.size(); ++k) m_out[k].kind = Kind::highlight;
    merged.first = start;
    merged.last = end;
    merged.range = ByteRange{m_tok[start].start, m_tok[end - 1].end};
    m_out.push_back(merged);
}

// The words [start, end) spell the acronym after them, and no organization was read in them:
// places only ("UK Research and Innovation (UKRI)", "Tobago House of Assembly (THA)") or nothing
// ("Yacimientos de Litio Bolivianos (YLB)"). They name one organization (a region when a word says
// so: "Bangsamoro Autonomous Region in Muslim Mindanao"), but not an office ("Municipal Chief
// Executive"), a scheme or law ("Recognised Seasonal Employer (RSE) scheme", "Inflation Reduction
// Act") or a term of ordinary words ("Gross Domestic Product", "Exclusive Economic Zone").
void NameDetector::unclaimed_initials(std::uint32_t start, std::uint32_t end, std::uint32_t first_idx) {
    for (std::size_t k = first_idx == k_none ? m_out.size() : first_idx; k < m_out.size(); ++k)
        if (m_out[k].kind == Kind::person || (m_out[k].first == start && m_out[k].last == end)) return;
    const char* head = nullptr;
    bool region = false;
    bool particle = false; // "de", "des", "du": a name in another language
    bool plain = false;    // an ordinary English word
    for (std::uint32_t q = start; q < end; ++q) {
        const Token& t = m_tok[q];
        if (t.type != TokenType::word) continue;
        const std::string_view w = s(q);
        if (!t.has(k_cap)) {
            particle = particle || any_of(w, {"de", "des", "du", "la", "le", "les", "del", "della", "di", "da", "do", "dos",
                                                  "das", "y", "e", "et", "für", "und"});
            continue;
        }
        if (const char* h = org_head_subtype(w)) head = h;
        if (any_of(w, {"Republic", "Region", "Province", "Territory"})) region = true;
        if (t.is(k_wc_common) || t.is(k_wc_title) || t.is(k_wc_title_modifier)) plain = true;
    }
    // With no place inside: an organization's head ("Non-Governmental Organisation" is a kind of
    // body), another language's particle, or no ordinary word ("Friedrich-Loeffler-Institut"; not
    // "Liquefied Natural Gas", "Personal Protective Equipment").
    const bool proper = first_idx != k_none || (head != nullptr && !is_literal(s(start), "Non")) || particle || !plain;
    const std::string_view last = s(end - 1);
    if (m_tok[end - 1].is(k_wc_title) || m_tok[end - 1].is(k_wc_title_modifier) ||
        (is_non_entity_head(last) && !is_literal(last, "Survey")) || // (the "Geological Survey (USGS)" is a body)
        any_of(last, {"Programme", "Program", "Project", "Benefit", "Zone", "Area", "Fee", "Fees", "Levy", "Tax", "Duty",
                         "System", "Disorder", "Syndrome", "Disease", "Time"}))
        return;
    if (!proper) return;
    if (end + 3 < m_tok.size() && same_block(end, end + 3) && m_tok[end + 3].type == TokenType::word &&
        !m_tok[end + 3].has(k_cap) &&
        any_of(s(end + 3), {"scheme", "scale", "index", "programme", "program", "system", "test", "rating", "score",
                               "standard", "method", "model", "framework", "classification", "protocol", "formula", "visa"}))
        return;
    if (first_idx != k_none)
        for (std::size_t k = first_idx; k < m_out.size(); ++k) m_out[k].kind = Kind::highlight;
    if (region && head == nullptr) emit(start, end, Kind::place, "region");
    else emit(start, end, Kind::org, head ? head : "other");
}

// Photo credits: "[Name/Pool/AFP]", "(AP Photo/Jane Doe)", "[Xinhua]" at the end of captions.
void NameDetector::scan_credits(std::uint32_t b) {
    if (b >= m_t.block_first.size()) return;
    std::uint32_t first = m_t.block_first[b];
    std::uint32_t last = m_t.block_last[b];
    bool caption = m_t.block_kinds[b] == BlockKind::image;
    // A credit opens with a bracket: the walk visits the table's brackets in this block only.
    if (first >= last) return;
    const std::vector<std::uint32_t>& brackets = m_t.brackets;
    std::uint32_t resume = first; // past the last credit taken
    for (auto at = std::lower_bound(brackets.begin(), brackets.end(), first);
         at != brackets.end() && *at < last; ++at) {
        const std::uint32_t i = *at;
        if (i < resume || ticker_close(i) != k_none) continue; // "(Nasdaq: VRDM)" credits no one
        // "Brayan Ospina (COL/Caja Rural-Seguros RGA)": a rider's country code and team in a
        // results row, after the name.
        if (i > first && i + 2 < last && cap_word(i - 1) && m_tok[i + 1].type == TokenType::word && all_caps(i + 1) &&
            is_sport_country_code(s(i + 1)) && is_punct(m_tok[i + 2], '/'))
            continue;
        char32_t closer = is_punct(m_tok[i], '[') ? U']' : U')';
        std::uint32_t j = i + 1;
        bool slash = false;
        bool credit_word = false;
        while (j < last && !is_punct(m_tok[j], closer) && j < i + 24) {
            if (is_punct(m_tok[j], '/')) slash = true;
            if (m_tok[j].type == TokenType::word && m_tok[j].has(k_cap) && is_credit_word(s(j)))
                credit_word = true;
            ++j;
        }
        if (j >= last || !is_punct(m_tok[j], closer)) continue;
        bool at_end = j + 1 >= last || (j + 2 >= last && m_tok[j + 1].type == TokenType::punct);
        // "(ABC News: Jordan Pye)" closing a caption: agency and photographer.
        bool colon = false;
        for (std::uint32_t k = i + 1; k < j && !colon; ++k) colon = is_punct(m_tok[k], ':');
        bool names_only = true; // "(ABC News: Jordan Pye)", not "(Note: I'd say so)"
        for (std::uint32_t k = i + 1; k < j && names_only; ++k)
            if (m_tok[k].type == TokenType::word) names_only = credit_name_word(k);
        // "… in Kuwait City on Sept. 15. (KUNA)": an agency's name in capitals after the last sentence.
        const bool agency = at_end && j == i + 2 && i > first && is_punct(m_tok[i - 1], '.') &&
                            m_tok[i + 1].type == TokenType::word && m_tok[i + 1].has(k_all_caps) &&
                            m_tok[i + 1].size() >= 2 && m_tok[i + 1].size() <= 6 && !is_non_org_acronym(s(i + 1));
        bool is_credit = (caption && closer == U']' && at_end) || slash || credit_word || (colon && at_end && names_only) ||
                         agency;
        // "(Caleb Ruhnke for The Atlantic)" closing a caption: a photographer's name, "for" and the
        // outlet he worked for.
        if (!is_credit && at_end && j >= i + 5) {
            std::uint32_t f = k_none;
            bool shape = true;
            for (std::uint32_t k = i + 1; k < j && shape; ++k) {
                if (m_tok[k].type == TokenType::word && is_literal(s(k), "for") && f == k_none) f = k;
                else shape = m_tok[k].type == TokenType::word && credit_name_word(k);
            }
            if (shape && f != k_none && f >= i + 3 && f + 1 < j && m_tok[i + 1].is(k_wc_given)) {
                credit_segment(i + 1, f, false);
                const GazetteerEntry known = lookup(f + 1, j);
                emit(f + 1, j, Kind::org, known.found() && known.kind == Kind::org ? known.subtype : "media");
                for (std::uint32_t k = i; k <= j; ++k) m_consumed[k] = 1;
                resume = j + 1;
                continue;
            }
        }
        if (!is_credit || j == i + 1) continue;
        // "run out (Durrani/Marwat) 17 (12)": fielders in a scorecard's line, a number after them.
        if (slash && !credit_word && j + 1 < last && m_tok[j + 1].type == TokenType::number) continue;
        // Every token inside must be a word, a slash, a colon or a period ("(ABC News: Jordan Pye)").
        bool clean = true;
        for (std::uint32_t k = i + 1; k < j; ++k)
            if (m_tok[k].type != TokenType::word && !is_punct(m_tok[k], '/') && !is_punct(m_tok[k], ':') &&
                !is_punct(m_tok[k], '.') && !is_punct(m_tok[k], '-'))
                clean = false;
        if (!clean) continue;
        credit_segments(i + 1, j);
        for (std::uint32_t k = i; k <= j; ++k) m_consumed[k] = 1;
        resume = j + 1;
    }
    // "… on Sunday. ANP via Getty Images": an agency in capitals, "via" and a known source close
    // the line after its last sentence.
    if (last - first >= 4) {
        std::uint32_t v = last - 2;
        while (v > first + 1 && v + 4 > last && !(m_tok[v].type == TokenType::word && is_literal(s(v), "via"))) --v;
        if (m_tok[v].type == TokenType::word && is_literal(s(v), "via") && !m_consumed[v] && lookup(v + 1, last).found() &&
            m_tok[v - 1].type == TokenType::word && m_tok[v - 1].has(k_all_caps) && v >= first + 2 &&
            is_punct(m_tok[v - 2], '.')) {
            credit_segments(v - 1, last);
            for (std::uint32_t k = v - 1; k < last; ++k) m_consumed[k] = 1;
        }
    }
    // "… in Asuncion, Paraguay, September 20, 2034. REUTERS/Nery Duarte Villalba", "… across
    // Attala County. Barbara Gauthier-Pickens/Clarion Ledger", "… canton Jura. Keystone / Yann
    // Bourquin": after the last sentence, sources joined by a slash close the line.
    if (last - first >= 4) {
        std::uint32_t t = last;
        bool slash = false;
        while (t > first + 1 && t + 12 > last) {
            const std::uint32_t k = t - 1;
            // ("…/The Globe and Mail": a connector between the source's capitalized words.)
            if (m_tok[k].type == TokenType::word ? credit_name_word(k) || is_literal(s(k), "via") ||
                                                       (is_literal(s(k), "and") && k + 1 < t && k > first &&
                                                           cap_word(k - 1) && cap_word(k + 1))
                                                 : is_punct(m_tok[k], '-') && attached(k) && attached(k + 1)) {
                --t;
                continue;
            }
            if (!is_punct(m_tok[k], '/')) break;
            slash = true;
            --t;
        }
        // (Not after an initial's full stop: "Photo: Obediah S. Kollie/FrontPage Africa".)
        // ("… on March 17. - Nathan Doiron/SaltWire": a dash after the sentence may open the credit.)
        const bool dash = t >= first + 3 && m_tok[t - 1].has(k_space_before) && is_punct(m_tok[t - 2], '.') &&
                          (is_punct(m_tok[t - 1], '-') || is_punct(m_tok[t - 1], 0x2013) || is_punct(m_tok[t - 1], 0x2014));
        // ("… the largest share © Íñigo Alzaga/Bloomberg": a copyright sign opens it too.)
        if (slash && t < last && (is_punct(m_tok[t - 1], '.') || dash || is_punct(m_tok[t - 1], 0xA9)) &&
            m_tok[t].type == TokenType::word &&
            !(t >= 2 && is_initial(t - 2)) &&
            m_tok[t].has(k_space_before) && !m_consumed[t] && m_tok[last - 1].type == TokenType::word &&
            !is_punct(m_tok[t], '/')) {
            // ("… 2042. - Copyright AP Photo/Luigi Costantini": the word for the sign is no source.)
            const bool copyright = is_literal(s(t), "Copyright") && t + 1 < last && m_tok[t + 1].type == TokenType::word;
            credit_segments(copyright ? t + 1 : t, last);
            for (std::uint32_t k = t; k < last; ++k) m_consumed[k] = 1;
            return;
        }
    }
    // "… was launched in 1935. Tomasz Wróbel Toronto Star": a photographer's name and a listed
    // newspaper, no slash, close a caption line after its last sentence.
    if (last - first >= 5 && m_tok[last - 1].type == TokenType::word) {
        std::uint32_t t = last;
        while (t > first + 1 && t + 6 > last && cap_word(t - 1) && m_tok[t - 1].has(k_space_before)) --t;
        if (t < last && t > first && is_punct(m_tok[t - 1], '.') && !m_consumed[t] &&
            !(t >= 2 && is_initial(t - 2))) {
            for (std::uint32_t p = t + 2; p + 1 <= last && p <= t + 3; ++p) {
                const GazetteerEntry outlet = lookup(p, last);
                if (!outlet.found() || outlet.kind != Kind::org || !is_literal(outlet.subtype, "media")) continue;
                if (!m_tok[t].is(k_wc_given) || !person_shape(t, p) || any_entity_word(t, p)) break;
                emit(t, p, Kind::person, "");
                emit(p, last, Kind::org, outlet.subtype);
                for (std::uint32_t k = t; k < last; ++k) m_consumed[k] = 1;
                return;
            }
        }
    }
    // The credits below close the line: a label word or a name in capitals among its last tokens.
    bool label = false;
    bool caps = false;
    // (Backwards to the last sentence's end: a line that ends a sentence leaves at once.)
    for (std::uint32_t k = last; k-- > first && k + 13 > last && !(label && caps);) {
        if (m_tok[k].type != TokenType::word) {
            // (An initial's full stop ends no sentence: "Photo: Obediah S. Kollie/FrontPage Africa".)
            const bool end = !(k > first && is_initial(k - 1)) &&
                             (is_punct(m_tok[k], '.') || is_punct(m_tok[k], '!') || is_punct(m_tok[k], '?'));
            if (end && k + 1 == last) return;
            if (end) break;
            continue;
        }
        caps = caps || m_tok[k].has(k_all_caps);
        label = label || is_credit_label(s(k)) || is_literal(s(k), "Courtesy");
    }
    // "… on Tuesday, April 16, 2041. | Jordan Pettigrew-Nash, Deseret News": after the last
    // sentence, a bar, the photographer's name, a comma and a news outlet close the line.
    if (!label && !caps && last >= first + 6) {
        std::uint32_t bar = last;
        for (std::uint32_t k = last - 1; k > first && k + 10 > last; --k)
            if (is_punct(m_tok[k], '|')) {
                bar = k;
                break;
            }
        if (bar < last && is_punct(m_tok[bar - 1], '.') && !m_consumed[bar + 1]) {
            const std::uint32_t comma = name_then_comma(bar + 1, last);
            if (comma != k_none && comma >= bar + 3 && last - comma <= 4) {
                bool outlet = true;
                for (std::uint32_t k = comma + 1; k < last && outlet; ++k)
                    outlet = m_tok[k].type == TokenType::word && cap_word(k);
                const GazetteerEntry known = lookup(comma + 1, last);
                const char* head = org_head(last - 1);
                if (outlet && ((known.found() && known.kind == Kind::org && is_literal(known.subtype, "media")) ||
                                  (head && is_literal(head, "media")))) {
                    credit_name_and_outlet(bar + 1, comma, last);
                    return;
                }
            }
        }
    }
    if (!label && !caps) return;
    // "… at the State Capitol in Lincoln. GWEN HOLLOWAY, Journal Star": after the last sentence, a
    // photographer's name in capitals, a comma and the newspaper close the line.
    for (std::uint32_t i = last >= first + 9 ? last - 8 : first + 1; i + 4 < last; ++i) {
        if (!is_punct(m_tok[i - 1], '.') || m_consumed[i] || !all_caps(i) || !all_caps(i + 1)) continue;
        std::uint32_t comma = i + 2;
        // ("DANIELA ORTIZ-BRENNAN | MILWAUKEE BUSINESS JOURNAL": a hyphenated surname, then a bar and
        // the paper in capitals.)
        if (comma + 1 < last && is_punct(m_tok[comma], '-') && attached(comma) && all_caps(comma + 1)) comma += 2;
        if (comma < last && all_caps(comma)) ++comma;
        const bool bar = comma < last && is_punct(m_tok[comma], '|');
        if (comma + 1 >= last || !(is_punct(m_tok[comma], ',') || bar) || last - (comma + 1) > 4) break;
        bool clean = true;
        for (std::uint32_t k = comma + 1; k < last && clean; ++k)
            clean = m_tok[k].type == TokenType::word && credit_name_word(k) && (bar || !all_caps(k));
        if (!clean) break;
        credit_name_and_outlet(i, comma, last);
        return;
    }
    // "Photographer: Chipo Mwanza/Bloomberg", "Photograph: Callum Reddish/Getty Images": a credit
    // label and the rest of the caption line.
    // A label word comes right before a colon: the walk visits the table's colons in this block
    // only (most blocks hold none), in the order of the words before them.
    const std::vector<std::uint32_t>& colons = m_t.colons;
    for (auto at = std::lower_bound(colons.begin(), colons.end(), first + 1); at != colons.end() && *at + 1 < last;
         ++at) {
        const std::uint32_t i = *at - 1; // the word before the colon
        if (m_consumed[i] || !is_punct(m_tok[i + 1], ':') || m_tok[i].type != TokenType::word ||
            !is_credit_label(s(i)))
            continue;
        if (last - (i + 2) <= 12 && credit_to_line_end(i, i + 2, last)) return;
    }
    // "… in black. Photo by Priyanka Raghunathan-Bose / The Verge": a label, "by" and the names to
    // the end of the line.
    for (std::uint32_t i = last >= first + 14 ? last - 12 : first + 1; i + 2 < last; ++i) {
        if (m_consumed[i] || m_tok[i].type != TokenType::word || !is_literal(s(i + 1), "by") ||
            !is_credit_label(s(i)) ||
            !(i == first || is_punct(m_tok[i - 1], '.') || is_punct(m_tok[i - 1], '|')))
            continue;
        if (credit_to_line_end(i, i + 2, last)) return;
    }
    // "… in Bolinao, Pangasinan. Photo courtesy of Bolinao MDRRMO", "… Courtesy of the Ngata family":
    // "courtesy of" after a label (or opening the credit) and the names to the end of the line.
    for (std::uint32_t i = last >= first + 14 ? last - 12 : first; i + 2 < last; ++i) {
        if (m_consumed[i] || m_tok[i].type != TokenType::word || !(i == first || is_punct(m_tok[i - 1], '.')))
            continue;
        std::uint32_t from = 0;
        if (is_credit_label(s(i)) && i + 3 < last && equals_lower(s(i + 1), "courtesy") && is_literal(s(i + 2), "of"))
            from = i + 3;
        else if (equals_lower(s(i), "courtesy") && m_tok[i].has(k_cap) && is_literal(s(i + 1), "of"))
            from = i + 2;
        if (from != 0 && credit_to_line_end(i, from, last)) return;
    }
    // "… at Chikundi village. PHOTO | HALIMA NANGAWE": the label before a bar, the name closing the line.
    for (std::uint32_t i = last >= first + 6 ? last - 6 : first + 1; i + 2 < last; ++i) {
        if (!is_punct(m_tok[i + 1], '|') || m_tok[i].type != TokenType::word || m_consumed[i] || !is_credit_label(s(i)) ||
            !(i == first || is_punct(m_tok[i - 1], '.')))
            continue;
        if (credit_to_line_end(i, i + 2, last)) return;
    }
}

// The names from `from` to the end of the line after a credit's label at `label`: capitalized
// words (or "via"), slashes, periods and hyphens only. When so, they are the credit's segments and
// the label and names are consumed.
bool NameDetector::credit_to_line_end(std::uint32_t label, std::uint32_t from, std::uint32_t last) {
    for (std::uint32_t k = from; k < last; ++k)
        // ("Photo: Liao Pei-shan, Taipei Times": a comma between the photographer and the paper.)
        // ("Image: Frank Bräutigam/dpa/picture alliance": an agency that writes its name in lower case.)
        if (!((m_tok[k].type == TokenType::word &&
                  (credit_name_word(k) || is_literal(s(k), "via") || syllable_tail(k) ||
                      (k > from && (is_punct(m_tok[k - 1], '/') || (m_tok[k - 1].type == TokenType::word &&
                                                                      k >= 2 && is_punct(m_tok[k - 2], '/')))))) ||
              is_punct(m_tok[k], '/') || is_punct(m_tok[k], '.') || is_punct(m_tok[k], '-') ||
              ((is_punct(m_tok[k], ',') || is_punct(m_tok[k], '|')) && k > from && k + 1 < last)))
            return false;
    credit_segments(from, last);
    for (std::uint32_t k = label; k < last; ++k) m_consumed[k] = 1;
    return true;
}

// A word that labels a credit before a colon or a bar: "Photo:", "PHOTO |", "Photographer:".
// A caption's closing credit "Name, Outlet": the photographer in [from, comma), the outlet in
// (comma, last) — an agency when the name before it was a person's. The whole credit is consumed.
void NameDetector::credit_name_and_outlet(std::uint32_t from, std::uint32_t comma, std::uint32_t last) {
    credit_segment(from, comma, false);
    credit_segment(comma + 1, last, !m_out.empty() && m_out.back().kind == Kind::person && m_out.back().first == from);
    for (std::uint32_t k = from; k < last; ++k) m_consumed[k] = 1;
}

bool NameDetector::is_credit_label(std::string_view w) {
    return any_of(w, {"Photograph", "Photographer", "Photo", "Picture", "Image", "Credit", "Photos", "Author", "Reporter",
                         "Writer", "Illustration", "Video", "PHOTO", "PHOTOGRAPH", "PICTURE", "IMAGE", "CREDIT", "PHOTOS",
                         "Pic", "Pics", "PIC", "Source", "SOURCE"});
}

// A word a credit's names are made of: capitalized, no contraction ("I'd" opens a sentence).
bool NameDetector::credit_name_word(std::uint32_t k) const {
    return m_tok[k].has(k_cap) && s(k).find('\'') == std::string_view::npos;
}

void NameDetector::credit_segments(std::uint32_t from, std::uint32_t to) {
    std::uint32_t seg = from;
    bool after_person = false; // the segment before named the photographer
    for (std::uint32_t k = from; k <= to; ++k) {
        if (k < to && !is_punct(m_tok[k], '/') && !is_punct(m_tok[k], ':') && !is_punct(m_tok[k], ',') &&
            !is_punct(m_tok[k], '|'))
            continue;
        const std::size_t before = m_out.size();
        credit_segment(seg, k, after_person);
        after_person = m_out.size() > before && m_out.back().kind == Kind::person;
        seg = k + 1;
    }
}

void NameDetector::credit_segment(std::uint32_t a, std::uint32_t b, bool after_person) {
    if (a < b) {
        GazetteerEntry whole = lookup(a, b);
        // ("THE CANADIAN PRESS/Name": "The" kept before a listed name.)
        if (!whole.found() && b - a >= 2 && equals_lower(s(a), "the")) whole = lookup(a + 1, b);
        if (whole.found()) {
            emit(a, b, whole.kind, whole.subtype);
            return;
        }
    }
    // "Ritzau Scanpix via AP": two sources.
    for (std::uint32_t k = a + 1; k + 1 < b; ++k) {
        if (m_tok[k].type == TokenType::word && is_literal(s(k), "via")) {
            const std::size_t before = m_out.size();
            credit_segment(a, k, after_person);
            credit_segment(k + 1, b, m_out.size() > before && m_out.back().kind == Kind::person);
            return;
        }
    }
    // "Gallo Images", "Sportsfile Pictures": a photo agency named with its trade word.
    if (b - a >= 2 && m_tok[b - 1].type == TokenType::word && any_of(s(b - 1), {"Images", "Pictures", "Photos"}) &&
        m_tok[a].type == TokenType::word && m_tok[a].has(k_cap) && !is_credit_word(s(a)) && !m_tok[a].is(k_wc_given)) {
        emit(a, b, Kind::org, "media");
        return;
    }
    // "(ABC Goulburn Murray: Name)", "BBC Yorkshire": a broadcaster's regional service.
    if (regional_service(a, b)) {
        emit(a, b, Kind::org, "media");
        return;
    }
    // Drop credit words ("Pool", "Photo", "Courtesy") at either end.
    while (a < b && m_tok[a].type == TokenType::word &&
        (is_credit_word(s(a)) || !m_tok[a].has(k_cap) || is_literal(s(a), "by") || is_literal(s(a), "By")))
        ++a;
    while (b > a && m_tok[b - 1].type == TokenType::word && is_credit_word(s(b - 1))) --b;
    if (a >= b) return;
    GazetteerEntry e = lookup(a, b);
    if (e.found()) {
        emit(a, b, e.kind, e.subtype);
        return;
    }
    std::uint32_t words = 0;
    for (std::uint32_t k = a; k < b; ++k)
        if (m_tok[k].type == TokenType::word) ++words;
    // "(Whitmore University/Handout via Reuters)": an organization head names the source.
    if (const char* head = m_tok[b - 1].type == TokenType::word ? org_head(b - 1) : nullptr) {
        if (words >= 2 && !m_tok[b - 1].is(k_wc_title)) {
            emit(a, b, Kind::org, head);
            return;
        }
    }
    // "(Bo Amstrup/Ritzau Scanpix via AP)": after the photographer, a name that no given name
    // opens is the agency.
    // ("Name/Rockford Register Star", "Name/Rio Grande SUN", "Name/FrontPage Africa": a newspaper
    // may open with its town or end with its region.)
    std::uint32_t town_end = a;
    const bool town_first = known_place_at(a, &town_end).found() && town_end < b && !any_entity_word(town_end, b);
    const bool region_last = b - a >= 2 && m_tok[b - 1].type == TokenType::word && !any_entity_word(a, b - 1) &&
                             known_place_at(b - 1).found() && !m_tok[a].is(k_wc_given);
    // ("Photo by Haider Abdulwahid/EPA-EFE": agencies in capitals after the photographer.)
    if (after_person && all_caps(a) && m_tok[b - 1].type == TokenType::word && all_caps(b - 1)) {
        emit(a, b, Kind::org, "media");
        return;
    }
    if (after_person && words >= 2 && !m_tok[a].is(k_wc_family_first) &&
        ((!any_entity_word(a, b) && !m_tok[a].is(k_wc_given)) || town_first || region_last)) {
        emit(a, b, Kind::org, "media");
        return;
    }
    // ("Photo: Matangi Tonga/Salote Mahe": a paper whose name ends in its country, before the
    // photographer too, when no given name opens it; not "Chipo Mwanza/Bloomberg", a town.)
    if (!after_person && words >= 2 && words <= 4 && region_last && !town_first && !m_tok[a].is(k_wc_given) &&
        !m_tok[a].is(k_wc_family_first) && b < m_tok.size() && is_punct(m_tok[b], '/') &&
        is_literal(known_place_at(b - 1).subtype, "country")) {
        emit(a, b, Kind::org, "media");
        return;
    }
    // "(ABC News: Jordan Pye)", "Photographer: Chipo Mwanza/Bloomberg": two or three capitalized
    // words with no organization word name the photographer, even when one is also a place.
    // "(Pic: Agencia Uno)", "(Foto: Agência Brasil)": a foreign organization word opens the source.
    if (words >= 2 && m_tok[a].type == TokenType::word && org_prefix_subtype(s(a))) {
        emit(a, b, Kind::org, "media");
        return;
    }
    // "Photo courtesy of Bolinao MDRRMO", "(Antique PIO)": a town and a local office's acronym.
    if (b - a == 2 && m_tok[a].type == TokenType::word && m_tok[a].has(k_cap) && !all_caps(a) &&
        m_tok[b - 1].type == TokenType::word && all_caps(b - 1) && m_tok[b - 1].size() >= 3 && !m_tok[a].is(k_wc_given)) {
        emit(a, b, Kind::org, "government");
        return;
    }
    // ("Obediah S. Kollie": an initial with its full stop counts as a word.)
    std::uint32_t stops = 0;
    for (std::uint32_t k = a + 1; k + 1 < b; ++k)
        if (is_punct(m_tok[k], '.') && m_tok[k - 1].size() == 1 && attached(k)) ++stops;
    bool plain = !after_person && words >= 2 && words <= 3 && b - a == words + stops;
    for (std::uint32_t k = a; k < b && plain; ++k)
        plain = m_tok[k].type == TokenType::punct ||
                (m_tok[k].has(k_cap) && (!m_tok[k].has(k_all_caps) || m_tok[k].size() == 1) && !org_head(k) &&
                    !company_suffix(k) && !is_credit_word(s(k)));
    // "PHOTO: JONO McKINNEY", "ST PHOTO: AUDREY KHOO": the same in capitals, when a given name
    // opens it or no word of it is an ordinary word (agencies so written are in the gazetteer).
    if (!plain && !after_person && words >= 2 && words <= 3 && b - a == words && all_caps(a)) {
        bool caps = true;
        bool ordinary = false;
        for (std::uint32_t k = a; k < b && caps; ++k) {
            caps = m_tok[k].has(k_cap) && !org_head(k) && !company_suffix(k) && !is_credit_word(s(k));
            ordinary = ordinary || m_tok[k].is(k_wc_common) || m_tok[k].is(k_wc_function);
        }
        plain = caps && (caps_given_name(a) || !ordinary);
    }
    // "(source: EDA Renováveis)": an acronym of three letters or more before title-case words is a
    // company, not a photographer.
    if (!plain && words >= 2 && all_caps(a) && m_tok[a].size() >= 3 && !all_caps(b - 1) && !caps_given_name(a) &&
        s(a).find('.') == std::string_view::npos) {
        emit(a, b, Kind::org, "company");
        return;
    }
    if (plain || (words >= 2 && person_shape(a, b))) {
        emit(a, b, Kind::person, "");
        return;
    }
    if (words == 1 && m_tok[a].type == TokenType::word && m_tok[a].has(k_cap) &&
        !is_credit_word(s(a))) {
        auto def = find_token(a);
        emit(a, a + 1, Kind::org, def.found() ? def.subtype : "media");
        return;
    }
    classify(a, b, k_ev_credit);
}

} // namespace gloss::core::detect::names_impl
