// SPDX-License-Identifier: MIT
// FIGURE: numerals (digits or words) with currency, magnitude, percent, unit, date and age grammar.
#include "detect/detect.h"
#include "detect/gazetteer.h"
#include "detect/words.h"

namespace gloss::core::detect {
namespace {

bool is_currency_symbol(char32_t cp) {
    // (U+00A2 '¢' before an amount: the Ghanaian cedi's "GH¢4,480".)
    return cp == '$' || cp == 0x20AC || cp == 0xA2 || cp == 0xA3 || cp == 0xA5 || cp == 0x20B9 || cp == 0x20BD ||
           cp == 0x20B4 || cp == 0x20A9 || cp == 0x20BA || cp == 0x20A6 || cp == 0x20B1;
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

long long parse_int(std::string_view s) {
    long long v = 0;
    for (char c : s) {
        if (c == ',') continue;
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
        if (v > 100000000000LL) return -1;
    }
    return v;
}

class FigureDetector {
public:
    FigureDetector(const TokenTable& t, const std::vector<Mention>& names)
        : m_t(t), m_tok(t.tokens), m_names(names), m_owner(t.size(), k_none) {
        m_out.reserve(t.figure_starts.size() / 4 + 8); // a guess: most texts then allocate it once
        for (std::uint32_t k = 0; k < names.size(); ++k)
            for (std::uint32_t q = names[k].first; q < names[k].last; ++q) m_owner[q] = k;
    }

    std::vector<Mention> run() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        // Tokens outside the table's figure_starts (most) fail may_start(): jump between those.
        const std::vector<std::uint32_t>& starts = m_t.figure_starts;
        std::size_t next_start = 0;
        std::uint32_t i = 0;
        while (i < n) {
            while (next_start < starts.size() && starts[next_start] < i) ++next_start;
            if (next_start == starts.size()) break;
            i = starts[next_start];
            if (!may_start(i)) {
                ++i;
                continue;
            }
            std::uint32_t next = try_at(i);
            i = next > i ? next : i + 1;
        }
        return std::move(m_out);
    }

private:
    std::string_view s(std::uint32_t i) const { return m_t.str(i); }
    bool free_tok(std::uint32_t i) const { return i < m_tok.size() && m_owner[i] == k_none && !m_tok[i].has(k_markup); }
    bool same_block(std::uint32_t a, std::uint32_t b) const {
        return b < m_tok.size() && m_tok[a].block == m_tok[b].block;
    }
    bool attached(std::uint32_t i) const { return i < m_tok.size() && !m_tok[i].has(k_space_before); }
    /// One space between number tokens q and q + 1 (a plain, no-break, narrow or thin space).
    bool thousands_gap(std::uint32_t q) const {
        const std::string_view gap = m_t.text.substr(m_tok[q].end, m_tok[q + 1].start - m_tok[q].end);
        return gap == " " || gap == "\xC2\xA0" || gap == "\xE2\x80\xAF" || gap == "\xE2\x80\x89";
    }
    bool is_time_zone(std::uint32_t i) const {
        if (!m_tok[i].has(k_all_caps) || m_tok[i].size() > 4) return false;
        static const std::string_view k_zones[] = {"EST", "EDT", "PST", "PDT", "GMT", "UTC", "CET", "CEST", "BST",
                                                   "ET", "PT", "CT", "MT", "CST", "CDT", "MST", "MDT", "MSK",
                                                   "IST", "JST", "AEST", "AEDT", "MYT", "SGT", "HKT", "PHT", "WIB", "WITA", "WIT",
                                                   "ICT", "KST", "NZST", "NZDT", "ACST", "AWST", "SAST", "EAT", "WAT",
                                                   "CAT", "WET", "EET", "EEST", "AKST", "HST", "PKT", "NPT", "GST",
                                                   "ADT", "AST", "NDT", "NST", "AKDT"};
        for (std::string_view z : k_zones)
            if (s(i) == z) return true;
        return false;
    }
    // "MAR", "SEPT": a month's abbreviation in capitals (the lexicon leaves them unmarked: "DEC" is
    // also a firm's initials).
    static bool caps_month_abbreviation(std::string_view w) {
        if (w.size() < 3 || w.size() > 4) return false;
        char title[4];
        title[0] = w[0];
        for (std::size_t k = 1; k < w.size(); ++k) {
            if (w[k] < 'A' || w[k] > 'Z') return false;
            title[k] = static_cast<char>(w[k] - 'A' + 'a');
        }
        return month_number(std::string_view(title, w.size())) != 0;
    }
    bool word_is(std::uint32_t i, std::string_view w) const {
        return i < m_tok.size() && m_tok[i].type == TokenType::word && equals_lower(s(i), w);
    }

    /// "14.05.2042", "1.3.2041": day, month and a four-digit year joined by full stops.
    static bool dotted_date(std::string_view d) {
        const std::size_t p1 = d.find('.');
        if (p1 == std::string_view::npos || p1 == 0 || p1 > 2) return false;
        const std::size_t p2 = d.find('.', p1 + 1);
        if (p2 == std::string_view::npos || p2 - p1 - 1 == 0 || p2 - p1 - 1 > 2 || d.size() - p2 - 1 != 4) return false;
        const std::string_view day = d.substr(0, p1), month = d.substr(p1 + 1, p2 - p1 - 1), year = d.substr(p2 + 1);
        if (!all_digits(day) || !all_digits(month) || !all_digits(year)) return false;
        const long long dd = parse_int(day), mm = parse_int(month), yy = parse_int(year);
        return dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12 && yy >= 1900 && yy <= 2100;
    }

    /// End of a minute mark's digits from number token i: "90" or "90+2" (stoppage time), or i
    /// when the token is no minute.
    std::uint32_t minute_digits_end(std::uint32_t i) const {
        if (m_tok[i].type != TokenType::number || m_tok[i].size() > 3 || !all_digits(s(i)) || parse_int(s(i)) > 130)
            return i;
        std::uint32_t e = i + 1;
        if (e + 1 < m_tok.size() && is_punct(m_tok[e], '+') && attached(e) && attached(e + 1) &&
            m_tok[e + 1].type == TokenType::number && m_tok[e + 1].size() <= 2 && all_digits(s(e + 1)))
            e += 2;
        return e;
    }
    static bool is_prime_mark(const Token& t) { return t.cp == '\'' || t.cp == 0x2019 || t.cp == 0x2032; }
    /// "Okoye 90'", "Robledo (23')", "(Sevilla, 39')", "Asante-Mills 23', 61'": a match minute
    /// written with a prime after a scorer's name or in a goals line's bracket. Match minutes are
    /// not figures; feet ("a 6' wall", "6'2") follow no name or bracket.
    bool match_minute(std::uint32_t i) const {
        const std::uint32_t e = minute_digits_end(i);
        if (e == i || e >= m_tok.size() || !attached(e) || !is_prime_mark(m_tok[e]) || i == 0 || !same_block(i - 1, i))
            return false;
        // (The mark closes the number: no letter or digit joined after it, "90's".)
        if (e + 1 < m_tok.size() && attached(e + 1) && m_tok[e + 1].type != TokenType::punct) return false;
        const std::uint32_t p = i - 1;
        if (is_punct(m_tok[p], '(') && attached(i)) return true;
        if (is_punct(m_tok[p], ',') && m_tok[i].has(k_space_before)) {
            // ("Asante-Mills 23', 61'", "(Sevilla, 39')": after another minute or inside a bracket.)
            if (p > 0 && is_prime_mark(m_tok[p - 1])) return true;
            for (std::uint32_t q = p; q > 0 && q + 6 > p && same_block(q - 1, p); --q)
                if (is_punct(m_tok[q - 1], '(')) return true;
            return false;
        }
        return m_tok[i].has(k_space_before) && m_owner[p] != k_none && m_names[m_owner[p]].last == i;
    }
    std::uint32_t skip_match_minute(std::uint32_t i) const { return minute_digits_end(i) + 1; }

    std::uint32_t emit(std::uint32_t a, std::uint32_t b, const char* subtype) {
        Mention m;
        m.first = a;
        m.last = b;
        m.range = ByteRange{m_tok[a].start, m_tok[b - 1].end};
        m.kind = Kind::figure;
        m.subtype = subtype;
        m_out.push_back(m);
        return b;
    }

    // A spelled-out cardinal starting at i: "two", "twenty-five", "two hundred", "dozen".
    // Returns its end, or i when none.
    std::uint32_t spelled_end(std::uint32_t i, long long& value) const {
        if (!m_tok[i].lex.is_number_word() || m_tok[i].type != TokenType::word) return i;
        long long v = m_lex.number_value(m_tok[i].lex);
        std::uint32_t end = i + 1;
        value = v;
        // twenty-five
        if (v >= 20 && v < 100 && end + 1 < m_tok.size() && m_tok[end].cp == '-' && attached(end) &&
            attached(end + 1)) {
            const WordInfo next = m_tok[end + 1].lex;
            long long u = next.is_number_word() ? m_lex.number_value(next) : -1;
            if (u > 0 && u < 10) {
                value += u;
                end += 2;
            }
        }
        return end;
    }

    // Magnitude words after a numeral: "million", "billion", "hundred thousand".
    std::uint32_t magnitude_end(std::uint32_t i, bool& had) const {
        had = false;
        // "$11.4-million": the magnitude hyphenated to the amount (as a compound modifier)
        if (i + 1 < m_tok.size() && is_punct(m_tok[i], '-') && attached(i) && attached(i + 1) &&
            m_tok[i + 1].type == TokenType::word &&
            (equals_lower(s(i + 1), "million") || equals_lower(s(i + 1), "billion") || equals_lower(s(i + 1), "trillion"))) {
            had = true;
            return i + 2;
        }
        while (i < m_tok.size() && same_block(i - 1, i) && m_tok[i].type == TokenType::word) {
            std::string_view w = s(i);
            // "$1.1 Billion" in a title-case headline too.
            if (equals_lower(w, "hundred") || equals_lower(w, "thousand") || equals_lower(w, "million") ||
                equals_lower(w, "billion") || equals_lower(w, "trillion") || is_literal(w, "bn") ||
                is_literal(w, "mn") || is_literal(w, "m") || is_literal(w, "tn") || is_literal(w, "k") ||
                // "HUF 41 bln", "EUR 103 mln" (news agencies' abbreviations)
                is_literal(w, "bln") || is_literal(w, "mln") || is_literal(w, "trln") ||
                // South Asian magnitudes: "Tk 86 crore", "Rs 5 lakh"
                is_literal(w, "lakh") || is_literal(w, "lakhs") || is_literal(w, "crore") || is_literal(w, "crores")) {
                ++i;
                had = true;
                continue;
            }
            break;
        }
        return i;
    }

    // Whatever follows a numeral decides the subtype and how far the span runs.
    std::uint32_t finish(std::uint32_t start, std::uint32_t i, bool money, bool is_year, bool spelled,
                         long long value) {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        bool mag = false;
        i = magnitude_end(i, mag);
        // A golfer's score against par: "15 under", "six-under-par", "two over par".
        if (!money && !mag && i < n && same_block(start, i)) {
            std::uint32_t q = i;
            if (q + 1 < n && m_tok[q].cp == '-' && attached(q) && attached(q + 1)) ++q;
            // (not "passed 31,000 over the four days": a preposition before its noun phrase)
            if ((word_is(q, "under") || word_is(q, "over")) && golf() &&
                !(word_is(q + 1, "the") || word_is(q + 1, "a") || word_is(q + 1, "an") || word_is(q + 1, "his") ||
                    word_is(q + 1, "her") || word_is(q + 1, "their") || word_is(q + 1, "its") || word_is(q + 1, "this"))) {
                std::uint32_t e = q + 1;
                if (e + 1 < n && m_tok[e].cp == '-' && attached(e) && attached(e + 1) && word_is(e + 1, "par")) e += 2;
                else if (word_is(e, "par")) ++e;
                return emit(start, e, "score");
            }
        }
        // percent
        if (i < n && same_block(start, i)) {
            if (m_tok[i].cp == '%' && m_tok[i].type == TokenType::punct) return emit(start, i + 1, "percent");
            if (word_is(i, "percent") || word_is(i, "pct")) {
                std::uint32_t e = i + 1;
                if (word_is(e, "point") || word_is(e, "points")) ++e;
                return emit(start, e, "percent");
            }
            if (word_is(i, "per") && word_is(i + 1, "cent")) return emit(start, i + 2, "percent");
            if ((word_is(i, "percentage") || word_is(i, "basis")) && (word_is(i + 1, "point") || word_is(i + 1, "points")))
                return emit(start, i + 2, "percent"); // "2 percentage points", "180 basis points"
            // "190 parts per million"
            if (word_is(i, "parts") && word_is(i + 1, "per") &&
                (word_is(i + 2, "million") || word_is(i + 2, "billion") || word_is(i + 2, "thousand")))
                return emit(start, i + 3, "quantity");
        }
        if (money) {
            std::uint32_t e = i;
            // "$0.25/kWh": an attached per-unit suffix stays.
            if (e + 1 < n && m_tok[e].cp == '/' && attached(e) && attached(e + 1) &&
                m_tok[e + 1].type == TokenType::word)
                e += 2;
            return emit(start, e, "money");
        }
        if (i < n && same_block(start, i) && m_tok[i].type == TokenType::word) {
            std::string_view w = s(i);
            if (is_currency_word(w) &&
                !(is_literal(w, "won") || is_literal(w, "real") || is_literal(w, "lei") || is_literal(w, "som")))
                return emit(start, i + 1, "money");
            if ((is_literal(w, "won") || is_literal(w, "real")) && mag) return emit(start, i + 1, "money");
            // "30 Kenyan shillings", "500 Hong Kong dollars", "20 US dollars": a nationality or
            // country word before the currency belongs to the amount.
            if (m_tok[i].has(k_cap)) {
                std::uint32_t c = i + 1;
                if (c < n && m_tok[c].type == TokenType::word && m_tok[c].has(k_cap) && same_block(i, c) &&
                    c + 1 < n && m_tok[c + 1].type == TokenType::word && is_currency_word(s(c + 1)))
                    ++c; // "Hong Kong dollars", "New Taiwan dollars"
                if (c < n && same_block(i, c) && m_tok[c].type == TokenType::word && !m_tok[c].has(k_cap) &&
                    is_currency_word(s(c)) && !is_literal(s(c), "cent") && !is_literal(s(c), "cents") &&
                    (c > i + 1 || m_tok[i].is(k_wc_demonym) || (m_tok[i].has(k_all_caps) && w.size() <= 3) ||
                        Gazetteer::instance().find(w).found()))
                    return emit(start, c + 1, "money");
            }
        }
        // Hyphenated compounds: "18-month", "43-year-old", "5-inch", "five-game".
        if (i + 1 < n && m_tok[i].cp == '-' && attached(i) && attached(i + 1) &&
            m_tok[i + 1].type == TokenType::word && !mag) {
            std::string_view w = s(i + 1);
            if ((is_literal(w, "year") || is_literal(w, "month") || is_literal(w, "week") || is_literal(w, "day")) &&
                i + 3 < n && m_tok[i + 2].cp == '-' && word_is(i + 3, "old"))
                return emit(start, i + 4, "age");
            if (is_time_unit(w)) return emit(start, i + 2, "duration");
            // "210,000-square-foot"
            if ((is_literal(w, "square") || is_literal(w, "cubic") || is_literal(w, "metric")) && i + 3 < n &&
                m_tok[i + 2].cp == '-' &&
                attached(i + 2) && attached(i + 3) && m_tok[i + 3].type == TokenType::word && is_measure_unit(s(i + 3)))
                return emit(start, i + 4, "quantity");
            if ((is_measure_unit(w) && !is_literal(w, "metric")) || is_literal(w, "magnitude"))
                return emit(start, i + 2, "quantity"); // "6.4-magnitude"
            if (is_literal(w, "point") && spelled) return emit(start, i + 2, "percent");
            if (is_literal(w, "on") && i + 3 < n && m_tok[i + 2].cp == '-' && attached(i + 3)) // 3-on-2
                return emit(start, i + 4, "score");
        }
        // "1.2 million metric tonnes", "3.1 million tonnes", "2.4 billion cubic metres": a magnitude,
        // then a unit (not "million points").
        // ("2.1 million TEU": a unit in capitals too.)
        if (mag && !money && i < n && same_block(start, i) && m_tok[i].type == TokenType::word &&
            (!m_tok[i].has(k_cap) || (m_tok[i].has(k_all_caps) && is_measure_unit(s(i))))) {
            std::uint32_t e = i;
            if (e + 1 < n && any_of(s(e), {"metric", "square", "cubic", "wet", "dry", "sq"}) && m_tok[e + 1].type == TokenType::word)
                ++e;
            if (e + 1 < n && is_literal(s(e), "metric") && m_tok[e + 1].type == TokenType::word) ++e; // "wet metric tons"
            const std::string_view u = s(e);
            if (m_tok[e].type == TokenType::word && is_measure_unit(u) && !any_of(u, {"points", "pts", "stories", "floors",
                                                                                    "storeys", "metric", "square", "cubic", "sq"}))
                return emit(start, e + 1, "quantity");
        }
        if (i < n && same_block(start, i) && m_tok[i].type == TokenType::word && !mag) {
            std::string_view w = s(i);
            // A rate: "100 steps per minute", "30 frames per second" (counted noun + per + time).
            if (!m_tok[i].has(k_cap) && !is_time_unit(w) && !is_measure_unit(w) && w.size() > 3 && w.back() == 's' &&
                word_is(i + 1, "per") && i + 2 < n && m_tok[i + 2].type == TokenType::word &&
                (is_time_unit(s(i + 2)) || is_literal(s(i + 2), "hour")))
                return emit(start, i + 3, "quantity");
            if (is_time_unit(w)) {
                if (word_is(i + 1, "old") && (is_literal(w, "years") || is_literal(w, "months")))
                    return emit(start, i + 2, "age");
                return emit(start, i + 1, "duration");
            }
            if (equals_lower(w, "square") || equals_lower(w, "cubic") || is_literal(w, "metric") || is_literal(w, "sq")) {
                if (i + 1 < n && m_tok[i + 1].type == TokenType::word && is_measure_unit(s(i + 1))) {
                    std::uint32_t e = i + 2;
                    // "1,450 cubic metres per second": a flow.
                    if (word_is(e, "per") && e + 1 < n && (is_time_unit(s(e + 1)) || is_literal(s(e + 1), "hour"))) e += 2;
                    return emit(start, e, "quantity");
                }
            }
            if (is_measure_unit(w) && !is_literal(w, "points") && !is_literal(w, "stories") &&
                !is_literal(w, "floors") && !equals_lower(w, "metric") && !is_literal(w, "sq")) {
                std::uint32_t e = i + 1;
                if (e < n &&
                    (is_literal(s(e), "Celsius") || is_literal(s(e), "Fahrenheit") || is_literal(s(e), "C") ||
                        is_literal(s(e), "F")) &&
                    (is_literal(w, "degrees") || is_literal(w, "degree")))
                    ++e;
                // ("0.41 milligrams per litre": a concentration)
                if (word_is(e, "per") && e + 1 < n &&
                    (is_time_unit(s(e + 1)) || is_literal(s(e + 1), "hour") ||
                        (is_measure_unit(s(e + 1)) && !is_literal(s(e + 1), "points"))))
                    e += 2;
                // "45km/h", "12 m/s": a speed's attached time unit; "2.3 mg/L", "40 kg/ha": a measure's.
                else if (e + 1 < n && m_tok[e].cp == '/' && attached(e) && attached(e + 1) && m_tok[e + 1].type == TokenType::word &&
                         (any_of(s(e + 1), {"h", "hr", "s", "sec", "min", "L", "l"}) || is_measure_unit(s(e + 1))))
                    e += 2;
                return emit(start, e, "quantity");
            }
            // "27 MAR 2038": a month's abbreviation in capitals, with the year after it.
            if (!spelled && value >= 1 && value <= 31 && !is_year && m_tok[i].has(k_all_caps) && i + 1 < n &&
                same_block(start, i + 1) && m_tok[i + 1].type == TokenType::number && s(i + 1).size() == 4 &&
                all_digits(s(i + 1)) && caps_month_abbreviation(w))
                return emit(start, i + 2, "date");
            if (m_tok[i].lex.month != 0 && !spelled && value >= 1 && value <= 31 && !is_year) {
                // "9 May 2024"
                std::uint32_t e = i + 1;
                // "9 Nov. 2024": the abbreviation's period only with a year after it.
                if (e + 1 < n && is_punct(m_tok[e], '.') && attached(e) && w.size() <= 4 &&
                    m_tok[e + 1].type == TokenType::number && s(e + 1).size() == 4)
                    ++e;
                if (e < n && m_tok[e].type == TokenType::number && s(e).size() == 4 && all_digits(s(e))) ++e;
                // "08 Aug, 2039", "18 Oct, 2037": a comma between the month and the year.
                else if (e + 1 < n && is_punct(m_tok[e], ',') && attached(e) && same_block(e, e + 1) &&
                         m_tok[e + 1].type == TokenType::number && s(e + 1).size() == 4 && all_digits(s(e + 1)) &&
                         parse_int(s(e + 1)) >= 1800 && parse_int(s(e + 1)) <= 2100)
                    e += 2;
                return emit(start, e, "date");
            }
            // "1,040 MLD", "41,600 TEU": an acronym no list knows right after an amount is its unit
            // (not a name that goes on: "15 EU states", "300 BBC staff" are lists' words).
            // (A whole number: not "version 4.3 BSD"; letters only: not "A.D."; no word of the
            // language: not "99 DO" in a line of capitals; nothing joined after: not "11 DFO-approved".)
            // (Not after a pair joined by a hyphen: "12-4 MVC" is a record and a conference.)
            // (A record in a list: after a comma or an opening bracket; "2-3 PSI" is a range.)
            bool paired = false;
            if (start >= 1 && (is_punct(m_tok[start - 1], ',') || is_punct(m_tok[start - 1], '(')))
                for (std::uint32_t q = start; q < i && !paired; ++q) paired = is_punct(m_tok[q], '-');
            if (!spelled && !is_year && !paired && m_tok[i].has(k_all_caps) && m_tok[i].size() >= 2 && m_tok[i].size() <= 4 &&
                m_tok[i].has(k_space_before) && s(start).find('.') == std::string_view::npos &&
                w.find('.') == std::string_view::npos && !m_tok[i].is(k_wc_common) && !m_tok[i].is(k_wc_function) &&
                !Gazetteer::instance().find(w).found() && !is_stat_code(w) &&
                !(i + 1 < n && attached(i + 1) && (is_punct(m_tok[i + 1], '-') || is_punct(m_tok[i + 1], '/'))) &&
                !(i + 1 < n && same_block(i, i + 1) && m_tok[i + 1].type == TokenType::word &&
                    (m_tok[i + 1].has(k_cap) || !m_tok[i + 1].is(k_wc_function))))
                return emit(start, i + 1, "quantity");
        }
        if (is_year && !mag) return emit(start, i, "date");
        return emit(start, i, "number");
    }

    bool name_like_before(std::uint32_t i) const {
        if (i == 0 || !same_block(i - 1, i)) return false;
        // "Acme 34%", "Acme 12 percent": a share after a name, not a model number.
        if (i + 1 < m_tok.size() && same_block(i, i + 1) &&
            ((m_tok[i + 1].cp == '%' && m_tok[i + 1].type == TokenType::punct && attached(i + 1)) ||
                (m_tok[i + 1].type == TokenType::word &&
                    (is_literal(s(i + 1), "percent") || is_literal(s(i + 1), "pct") ||
                        (is_literal(s(i + 1), "per") && i + 2 < m_tok.size() && is_literal(s(i + 2), "cent"))))))
            return false;
        // "near Ejipura 14 months ago", "the route 14 months after work began": a span of time.
        if (i + 2 < m_tok.size() && same_block(i, i + 2) && m_tok[i + 1].type == TokenType::word &&
            any_of(s(i + 1), {"years", "months", "weeks", "days", "hours", "minutes"}) &&
            m_tok[i + 2].type == TokenType::word && any_of(s(i + 2), {"ago", "after", "later", "earlier", "before"}))
            return false;
        const Token& p = m_tok[i - 1];
        if (p.type == TokenType::punct) {
            // "COVID-19", "F-16", "MiG-29": a number hyphenated to a capitalized word.
            if (p.cp == '-' && attached(i) && attached(i - 1) && i >= 2 && m_tok[i - 2].type == TokenType::word &&
                m_tok[i - 2].has(k_cap))
                return true;
            return p.cp == '#' || (p.cp == '.' && i >= 2 && equals_lower(s(i - 2), "no"));
        }
        // A pair "114-103" after a team nickname is a score, not part of a name.
        if (i + 2 < m_tok.size() && m_tok[i + 1].cp == '-' && attached(i + 1) && attached(i + 2) &&
            m_tok[i + 2].type == TokenType::number)
            return false;
        if (p.type != TokenType::word) return false;
        std::string_view w = s(i - 1);
        if (equals_lower(w, "no") && p.has(k_cap)) return true;
        if (identifier_word(w)) return true;
        // "lines 1 to 8", "routes 5 and 7": the second number of a range of identifiers.
        if (i >= 3 && (is_literal(w, "to") || is_literal(w, "and") || is_literal(w, "or")) &&
            m_tok[i - 2].type == TokenType::number && m_tok[i - 3].type == TokenType::word && same_block(i - 3, i) &&
            identifier_word(s(i - 3)))
            return true;
        if (!p.has(k_cap) || p.has(k_sentence_start)) return false;
        if (p.lex.month != 0 || p.is(k_wc_function) || p.is(k_wc_weekday)) return false;
        // "Tesla Recalls 120,000 Cars": in a title-case headline an ordinary word is no name.
        if (p.has(k_title_line) && p.is(k_wc_common)) return false;
        return name_owner_allows(i, w);
    }

    bool position_number(std::uint32_t i) const {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        if (i < 1 || !same_block(i - 1, i) || !m_tok[i].has(k_space_before) || m_tok[i - 1].type != TokenType::word)
            return false;
        const std::uint32_t p = i - 1;
        const std::string_view w = s(p);
        bool position = false;
        if (is_literal(w, "round") || is_literal(w, "Round"))
            position = !(p >= 1 && m_tok[p - 1].cp == '-' && attached(p)); // ("a third-round 65")
        else if (is_literal(w, "move"))
            position = p >= 1 && same_block(p - 1, p) && m_tok[p - 1].type == TokenType::word &&
                       (equals_lower(s(p - 1), "on") || equals_lower(s(p - 1), "at") || equals_lower(s(p - 1), "by") ||
                           equals_lower(s(p - 1), "after") || equals_lower(s(p - 1), "before") ||
                           equals_lower(s(p - 1), "until"));
        else if (is_literal(w, "Line"))
            position = m_tok[i].type == TokenType::number;
        if (!position || (m_tok[i].type == TokenType::number && !all_digits(s(i)))) return false;
        // What follows: nothing, a mark, a capitalized word or a preposition (not a unit: "four shots";
        // nor a score: "turned round 2-1 down").
        if (i + 2 < n && m_tok[i + 1].cp == '-' && attached(i + 1) && attached(i + 2) &&
            m_tok[i + 2].type == TokenType::number)
            return false;
        if (i + 1 >= n || !same_block(i, i + 1) || m_tok[i + 1].type == TokenType::punct) return true;
        if (m_tok[i + 1].type != TokenType::word) return false;
        return m_tok[i + 1].has(k_cap) ||
               any_of(s(i + 1), {"of", "on", "in", "at", "against", "with", "after", "before", "when", "and", "to", "as",
                                 "but", "the", "for", "from", "was", "is", "will", "carries", "opens", "runs", "he", "she",
                                 "they", "it", "we", "his", "her", "their"});
    }

    // A word before a number that makes it an identifier: "page 4", "route 7", "stage 4", "lines 1 to 8".
    static bool identifier_word(std::string_view w) {
        return is_literal(w, "page") || is_literal(w, "chapter") || is_literal(w, "section") || is_literal(w, "flight") ||
            is_literal(w, "route") || is_literal(w, "article") || is_literal(w, "room") || is_literal(w, "gate") ||
            is_literal(w, "platform") || is_literal(w, "channel") || is_literal(w, "exit") || is_literal(w, "pages") ||
            is_literal(w, "paragraph") || is_literal(w, "level") || is_literal(w, "grade") || is_literal(w, "number") ||
            is_literal(w, "size") || is_literal(w, "version") || is_literal(w, "episode") || is_literal(w, "season") ||
            is_literal(w, "volume") || is_literal(w, "issue") || is_literal(w, "item") || is_literal(w, "figure") ||
            is_literal(w, "table") || is_literal(w, "lines") || // ("crossed the line 14 seconds clear": no "line")
            // a race's or a tournament's parts: "won stage 4", "on lap 12", "heat 3", "leg 2"
            equals_lower(w, "stage") || equals_lower(w, "lap") || equals_lower(w, "heat") || equals_lower(w, "leg");
    }

    // The name-like word before the number at i: whether the number is part of the name.
    bool name_owner_allows(std::uint32_t i, std::string_view w) const {
        std::uint32_t m = m_owner[i - 1];
        if (m != k_none && (m_names[m].kind == Kind::place || m_names[m].kind == Kind::person)) return false;
        // "the Tour of Britain 2039", "Paris 2024": a year after a place's name, even one an
        // event's name holds, is a date.
        if (m == k_none && s(i).size() == 4 && all_digits(s(i)) && parse_int(s(i)) >= 1800 && parse_int(s(i)) <= 2100) {
            const GazetteerEntry e = Gazetteer::instance().find(w);
            if (e.found() && e.kind == Kind::place) return false;
        }
        // "Total fouls — Knott Valley 14, Bellwood Academy 19": a team's number is its tally.
        if (m != k_none && m_names[m].kind == Kind::org && std::string_view(m_names[m].subtype) == "team") return false;
        // "the New York Yankees 3-2": a score or range after a team name is a figure.
        if (m != k_none && i + 2 < m_tok.size() && m_tok[i + 1].cp == '-' && attached(i + 1) &&
            m_tok[i + 2].type == TokenType::number)
            return false;
        return true; // "Boeing 737", "Windows 10", "Fortune 500"
    }

    // "Oliver Penrose (GB) [6] bt …", "[3] Seifeldin Abou Zeid": a small whole number alone in
    // square brackets is a seed or a reference mark, not a figure ("[10-7]", a tiebreak, is a score).
    // "(2631.TW)", "(7203.T)": a stock's code and its exchange's letters; "PM2.5": the decimals of a
    // code that joins letters and digits. Identifiers, no figures.
    bool ticker_or_code(std::uint32_t i) const {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        if (i + 2 < n && is_punct(m_tok[i + 1], '.') && attached(i + 1) && attached(i + 2) &&
            m_tok[i + 2].type == TokenType::word && m_tok[i + 2].size() <= 2 &&
            (m_tok[i + 2].has(k_all_caps) || (m_tok[i + 2].size() == 1 && m_tok[i + 2].has(k_cap))) &&
            i > 0 && is_punct(m_tok[i - 1], '(') && attached(i) && all_digits(s(i)))
            return true;
        if (i >= 2 && is_punct(m_tok[i - 1], '.') && attached(i - 1) && attached(i) &&
            m_tok[i - 2].type == TokenType::word && m_tok[i - 2].has(k_has_digit) && m_tok[i - 2].has(k_has_alpha)) {
            const std::string_view w = s(i - 2);
            return w.back() >= '0' && w.back() <= '9';
        }
        return false;
    }

    bool bracketed_index(std::uint32_t i) const {
        return i > 0 && i + 1 < m_tok.size() && s(i).size() <= 3 && all_digits(s(i)) && is_punct(m_tok[i - 1], '[') &&
               attached(i) && is_punct(m_tok[i + 1], ']') && attached(i + 1);
    }

    // Emergency and service numbers are identifiers: "911 calls", "the 999 line", "311 center".
    bool service_number(std::uint32_t i) const {
        std::string_view d = s(i);
        if (d.size() != 3 ||
            (!is_literal(d, "911") && !is_literal(d, "999") && !is_literal(d, "112") && !is_literal(d, "311") &&
                !is_literal(d, "211") && !is_literal(d, "000") && !is_literal(d, "101") && !is_literal(d, "111")))
            return false;
        if (service_verb_before(i)) return true;
        if (i + 1 >= m_tok.size() || m_tok[i + 1].type != TokenType::word || !same_block(i, i + 1)) return false;
        std::string_view w = s(i + 1);
        return is_literal(w, "call") || is_literal(w, "calls") || is_literal(w, "center") || is_literal(w, "centre") ||
            is_literal(w, "centers") || is_literal(w, "dispatcher") || is_literal(w, "dispatchers") ||
            is_literal(w, "dispatch") || is_literal(w, "system") || is_literal(w, "line") || is_literal(w, "lines") ||
            is_literal(w, "operator") || is_literal(w, "operators") || is_literal(w, "caller") ||
            is_literal(w, "callers") || is_literal(w, "emergency") || is_literal(w, "service");
    }

    // "called 911", "dialled 999": the number as something dialled; "contact police on 101", "in an
    // emergency, 911".
    bool service_verb_before(std::uint32_t i) const {
        if (i == 0 || !same_block(i - 1, i)) return false;
        if (is_punct(m_tok[i - 1], ',') && i >= 2 && word_is(i - 2, "emergency")) return true;
        if (m_tok[i - 1].type != TokenType::word) return false;
        std::string_view p = s(i - 1);
        if (is_literal(p, "on"))
            for (std::uint32_t k = i - 1; k > 0 && k + 4 > i - 1 && same_block(k - 1, i); --k)
                if (word_is(k - 1, "contact") || word_is(k - 1, "call") || word_is(k - 1, "ring") ||
                    word_is(k - 1, "phone") || word_is(k - 1, "contacted") || word_is(k - 1, "called"))
                    return true;
        return is_literal(p, "called") || is_literal(p, "call") || is_literal(p, "calls") || is_literal(p, "calling") ||
            is_literal(p, "dial") || is_literal(p, "dialed") || is_literal(p, "dialled") || is_literal(p, "dialing") ||
            is_literal(p, "dialling") || is_literal(p, "dials") || is_literal(p, "phoned") || is_literal(p, "texted") ||
            is_literal(p, "contacted");
    }

    /// End of a telephone number opening at number token i ("0800 555 111", "020 7946 0321",
    /// "(555) 123-4567", "555-1234", "1-800-273-8255", "+44 20 7946 0321"), or i when there is
    /// none. A telephone number is an identifier, not a figure.
    std::uint32_t phone_end(std::uint32_t i) const {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        auto digit_group = [&](std::uint32_t k) {
            return k < n && m_tok[k].type == TokenType::number && m_tok[k].size() <= 6 && all_digits(s(k));
        };
        if (!digit_group(i)) return i;
        const bool bracketed = i > 0 && attached(i) && is_punct(m_tok[i - 1], '(') && m_tok[i].size() == 3 &&
                               i + 2 < n && is_punct(m_tok[i + 1], ')') && attached(i + 1) && digit_group(i + 2);
        const bool plus = i > 0 && attached(i) && is_punct(m_tok[i - 1], '+');
        std::size_t sizes[6];
        std::size_t groups = 0, digits = 0;
        bool hyphens = true, spaces = true;
        std::uint32_t e = bracketed ? i + 2 : i;
        if (bracketed) { // the area code counts as the first group
            sizes[groups++] = 3;
            digits = 3;
        }
        for (;;) {
            sizes[groups++] = m_tok[e].size();
            digits += m_tok[e].size();
            const std::uint32_t q = e + 1;
            if (groups == 6 || q >= n || !same_block(e, q)) break;
            if (digit_group(q) && m_tok[q].has(k_space_before)) { // "0800 555 111"
                hyphens = false;
                e = q;
            } else if (is_punct(m_tok[q], '-') && attached(q) && attached(q + 1) && digit_group(q + 1)) {
                spaces = false;
                e = q + 1;
            } else {
                break;
            }
        }
        if (groups < 2) return i;
        const std::uint32_t end = e + 1;
        if (bracketed && digits >= 10) return end;
        if (plus && digits >= 8) return end;
        // A trunk prefix: "0800 555 111", "020 7946 0321", "07700 900123".
        // (Not a baseball line score, "010 000 200" or "010 200 001 0": a trunk number's groups
        // have three digits or more, and one of them four or more.)
        std::size_t shortest = sizes[0], longest = sizes[0];
        for (std::size_t g = 1; g < groups; ++g) {
            shortest = std::min(shortest, sizes[g]);
            longest = std::max(longest, sizes[g]);
        }
        if (s(i)[0] == '0' && shortest >= 3 && longest >= 4 && digits >= 9 && digits <= 12) return end;
        // North American hyphenated forms: 3-4, 3-3-4, 1-3-3-4.
        if (hyphens && !spaces) {
            if (groups == 2 && sizes[0] == 3 && sizes[1] == 4) return end;
            if (groups == 3 && sizes[0] == 3 && sizes[1] == 3 && sizes[2] == 4) return end;
            if (groups == 4 && sizes[0] == 1 && sizes[1] == 3 && sizes[2] == 3 && sizes[3] == 4) return end;
        }
        return i;
    }

    bool url_like(std::uint32_t i) const {
        auto sep = [&](std::uint32_t k) {
            return k < m_tok.size() && m_tok[k].type == TokenType::punct &&
                   (m_tok[k].cp == '/' || m_tok[k].cp == '@' || m_tok[k].cp == '_' || m_tok[k].cp == '=' ||
                    m_tok[k].cp == '.' || m_tok[k].cp == '-');
        };
        bool before = i > 0 && attached(i) && sep(i - 1) && m_tok[i - 1].cp != '-';
        bool after = attached(i + 1) && sep(i + 1) && m_tok[i + 1].cp != '-' && m_tok[i + 1].cp != '.';
        return before && (after || (i >= 2 && attached(i - 1) && m_tok[i - 2].type == TokenType::word &&
                                    m_tok[i - 1].cp == '/'));
    }

    // False only where try_at(i) steps over token i without a look around: most tokens. A figure
    // starts at a number, a currency symbol or a word that is a month, a number word, "half",
    // "a"/"one" (before a fraction) or a currency code before a number. run() asks only the
    // tokens in TokenTable::figure_starts: every token accepted here must be among them.
    bool may_start(std::uint32_t i) const {
        const Token& t = m_tok[i];
        if (t.type == TokenType::number) return true;
        // '$' or a symbol from U+00A2 on: most punctuation is answered without the full list.
        if (t.type == TokenType::punct) return (t.cp == '$' || t.cp >= 0xA2) && is_currency_symbol(t.cp);
        if (t.type != TokenType::word) return false;
        if (t.lex.month != 0 || t.lex.is_number_word()) return true;
        if (i + 1 < m_tok.size() && m_tok[i + 1].type == TokenType::number) return true;
        const std::uint32_t size = t.size();
        // "Shs400", "R6", "DKr72bn": a currency joined to the amount (the tokenizer lists such words).
        if (size >= 2) {
            const char last = m_t.text[t.end - 1];
            if ((last >= '0' && last <= '9') || (size >= 3 && t.has(k_has_digit))) return true; // ("N2m")
        }
        // "a", "one", "half" (either case): only 1-, 3- and 4-byte words need their bytes read.
        if (size != 1 && size != 3 && size != 4) return false;
        const std::string_view w = s(i);
        return is_literal(w, "a") || is_literal(w, "A") || is_literal(w, "one") || is_literal(w, "One") ||
               is_literal(w, "half") || is_literal(w, "Half");
    }

    std::uint32_t try_at(std::uint32_t i) {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        const Token& t = m_tok[i];
        if (!free_tok(i)) return i + 1;
        // "the Sweet Sixteen", "the Final Four", "the Big Ten": a capitalized number word after a
        // capitalized word inside a sentence closes a name, no count.
        if (t.type == TokenType::word && t.lex.is_number_word() && t.has(k_cap) && !t.has(k_all_caps) &&
            !t.has(k_sentence_start) && !t.has(k_title_line) && t.has(k_space_before) && i > 0 &&
            m_tok[i - 1].type == TokenType::word && m_tok[i - 1].has(k_cap) && !m_tok[i - 1].has(k_all_caps) &&
            m_tok[i - 1].block == t.block && !m_tok[i - 1].has(k_sentence_start) && m_tok[i - 1].lex.month == 0 &&
            !m_tok[i - 1].is(k_wc_function) && !m_tok[i - 1].lex.is_number_word())
            return i + 1;
        // "their Six Nations campaign", "the Three Gorges Dam": a capitalized number word inside a
        // sentence before a capitalized word opens a name, no count.
        if (t.type == TokenType::word && t.lex.is_number_word() && t.has(k_cap) && !t.has(k_all_caps) &&
            !t.has(k_sentence_start) && !t.has(k_title_line) && i + 1 < n && m_tok[i + 1].type == TokenType::word &&
            m_tok[i + 1].block == t.block && m_tok[i + 1].has(k_space_before) && m_tok[i + 1].has(k_cap) &&
            !m_tok[i + 1].has(k_all_caps) && m_tok[i + 1].lex.month == 0 && !m_tok[i + 1].is(k_wc_function) &&
            !m_tok[i + 1].is(k_wc_weekday) && !m_tok[i + 1].lex.is_number_word())
            return i + 1;

        // "in round nine", "Round 16", "on move 58", "Metro Line 2": the number of a round, a move or
        // a line is a position, no figure (not "the final round four shots behind", "a third-round 65").
        if ((t.type == TokenType::number || (t.type == TokenType::word && t.lex.is_number_word())) && position_number(i))
            return i + 1;
        // "par 72", "the par-four 12th", "a par-3": a hole's or a course's par in a golf report.
        if ((t.type == TokenType::number || (t.type == TokenType::word && t.lex.is_number_word())) && i >= 1) {
            std::uint32_t p = i - 1;
            if (m_tok[p].cp == '-' && !t.has(k_space_before) && attached(p) && p >= 1) --p;
            else if (!t.has(k_space_before)) p = i;
            // (Not the "par" of "six-under-par 66".)
            if (p < i && m_tok[p].type == TokenType::word && m_tok[p].size() == 3 && equals_lower(s(p), "par") &&
                same_block(p, i) && free_tok(p) && !(p >= 1 && m_tok[p - 1].cp == '-' && attached(p)) && golf()) {
                const long long v = t.type == TokenType::number ? (all_digits(s(i)) && s(i).size() <= 2 ? parse_int(s(i)) : -1)
                                                                 : m_lex.number_value(t.lex);
                if (v >= 3 && v <= 73) return emit(p, i + 1, "score");
            }
        }
        // Currency symbol or code before a number: $1 billion, €5m, US$5, EUR 300.
        if (t.type == TokenType::punct && is_currency_symbol(t.cp) && i + 1 < n &&
            m_tok[i + 1].type == TokenType::number && attached(i + 1) && free_tok(i + 1)) {
            std::uint32_t a = i;
            // US, Australian, Canadian, Hong Kong, New Zealand, Singapore, Jamaican, Brazilian,
            // Taiwanese, Namibian, East Caribbean and Trinidad dollars.
            // (Liberian "L$"; "US $16.9 million" with a space.)
            // (Any dollar's code of three capitals or fewer joined to the sign: "CI$3.4 million",
            // "BZ$12", "FJ$40", "BD$1.2 million".)
            if (i > 0 && attached(i) && m_tok[i - 1].type == TokenType::word &&
                (is_literal(s(i - 1), "Gh") ||
                    (t.cp == '$' && m_tok[i - 1].has(k_all_caps) && m_tok[i - 1].size() <= 3) ||
                    any_of(s(i - 1), {"US", "A", "C", "HK", "NZ", "S", "J", "R", "NT", "N", "EC", "TT", "GH", "L", "T", "Z"})))
                a = i - 1;
            else if (i > 0 && t.cp == '$' && same_block(i - 1, i) && is_literal(s(i - 1), "US") && free_tok(i - 1))
                a = i - 1;
            return number_token(a, i + 1, true);
        }
        if (t.type == TokenType::word && i + 1 < n && m_tok[i + 1].type == TokenType::number &&
            same_block(i, i + 1) && is_currency_prefix_word(s(i)))
            return number_token(i, i + 1, true);
        // "Rs. 100,000": the abbreviation's full stop before the amount (asked at the number).
        if (t.type == TokenType::number && i >= 2 && is_punct(m_tok[i - 1], '.') && attached(i - 1) &&
            m_tok[i - 2].type == TokenType::word && is_literal(s(i - 2), "Rs") && same_block(i - 2, i) && free_tok(i - 2))
            return number_token(i - 2, i, true);
        // "Shs400,000", "KSh250", "Rs400", "R6.2 billion": a currency abbreviation written joined to
        // the amount.
        if (t.type == TokenType::word && t.size() >= 2 && t.size() <= 14) {
            std::string_view w = s(i);
            // ("DKr72bn", "SFr20bn": a magnitude joined to the digits, in the one word.)
            bool joined_mag = false;
            {
                std::size_t tail = w.size();
                while (tail > 0 && ((w[tail - 1] >= 'a' && w[tail - 1] <= 'z') || (w[tail - 1] >= 'A' && w[tail - 1] <= 'Z')))
                    --tail;
                if (tail > 0 && tail < w.size() && w[tail - 1] >= '0' && w[tail - 1] <= '9' &&
                    magnitude_value(w.substr(tail)) > 0) {
                    w = w.substr(0, tail);
                    joined_mag = true;
                }
            }
            std::size_t digits = w.size();
            while (digits > 0 && w[digits - 1] >= '0' && w[digits - 1] <= '9') --digits;
            const std::string_view prefix = w.substr(0, digits);
            // The South African rand's "R" only with more than a digit or two, decimals, thousands or
            // a magnitude: "R6.2 billion", "R250", "R1,500" (not "R2", "the M4").
            // (So is the Philippine peso's "P": "P18 million", "P2,500".)
            // (And the Nigerian naira's "N": "N48.2 billion", "N1,612.5", "N584 billion"; not "N95".)
            // (And the Zambian kwacha's "K": "K420 per bag", "K6.8 billion"; not "K9".)
            // (And the South Korean won's "W" only with thousands, decimals or a magnitude: "W1,800",
            // "W1.12tr"; not "W250", "the W221".)
            const bool won = is_literal(prefix, "W");
            const bool rand = is_literal(prefix, "R") || is_literal(prefix, "P") || is_literal(prefix, "N") ||
                              is_literal(prefix, "K") || won;
            if (digits > 0 && digits < w.size() && (rand || is_currency_prefix_word(prefix))) {
                std::uint32_t e = i + 1;
                bool more = w.size() - digits >= 3 && !won;
                // Thousands groups: ",000"; decimals: ".2".
                while (e + 1 < n && is_punct(m_tok[e], ',') && attached(e) && attached(e + 1) &&
                       m_tok[e + 1].type == TokenType::number && m_tok[e + 1].size() == 3) {
                    e += 2;
                    more = true;
                }
                if (e + 1 < n && is_punct(m_tok[e], '.') && attached(e) && attached(e + 1) &&
                    m_tok[e + 1].type == TokenType::number) {
                    // ("RM2.5mil", "R1.2bn": a magnitude joined to the decimals.)
                    const std::string_view frac = s(e + 1);
                    std::size_t fd = 0;
                    while (fd < frac.size() && frac[fd] >= '0' && frac[fd] <= '9') ++fd;
                    if (fd > 0 && (fd == frac.size() || magnitude_value(frac.substr(fd)) > 0)) {
                        e += 2;
                        more = true;
                    }
                }
                bool mag = false;
                const std::uint32_t with_mag = magnitude_end(e, mag);
                if (mag) e = with_mag;
                // ("P48 a kilo", "R35 per litre": a price per unit, even of two digits; not the won's.)
                const bool per_unit = !won && e + 1 < n && same_block(e - 1, e + 1) && m_tok[e].type == TokenType::word &&
                                      (is_literal(s(e), "a") || is_literal(s(e), "per")) &&
                                      m_tok[e + 1].type == TokenType::word &&
                                      any_of(s(e + 1), {"kilo", "kilogram", "kg", "litre", "liter", "day", "month",
                                                        "week", "head", "piece", "sack", "bag", "tonne", "ton", "trip",
                                                        "ride", "night", "hour", "dozen", "bundle", "tray", "meal"});
                if (!rand || more || mag || per_unit || joined_mag) return emit(i, e, "money");
            }
        }

        if (t.type == TokenType::number) {
            if (name_like_before(i) || url_like(i) || service_number(i) || bracketed_index(i) || ticker_or_code(i))
                return i + 1;
            if (const std::uint32_t e = phone_end(i); e > i) return e;
            // "Fiji: 15 Apakuki Tuidraki, 14 Josaia Ravouvou, …": a player's jersey number before his
            // name in a line-up list.
            if (t.size() <= 2 && all_digits(s(i)) && i > 0 && i + 1 < n && same_block(i, i + 1) &&
                (is_punct(m_tok[i - 1], ',') || is_punct(m_tok[i - 1], ':') || is_punct(m_tok[i - 1], ';')) &&
                m_owner[i + 1] != k_none && m_names[m_owner[i + 1]].kind == Kind::person &&
                m_names[m_owner[i + 1]].range.start == m_tok[i + 1].start) {
                const std::uint32_t after = m_names[m_owner[i + 1]].last;
                if (after >= n || !same_block(i, after) || is_punct(m_tok[after], ',') || is_punct(m_tok[after], ';') ||
                    is_punct(m_tok[after], '.') || is_punct(m_tok[after], '('))
                    return i + 1;
            }
            // "1 Yeison Murillo (Col) Movistar Team 3:38:52", "10. Álvaro Quintanilla": a results
            // row's rank (an ordinal) opens its line before a person's name.
            // ("Senior men (10km): 1. Brian Kemboi (KDF) 28:41.6; 2. Emmanuel Lagat": after a
            // list's colon or semicolon too.)
            if ((t.has(k_line_start) ||
                    (i > 0 && same_block(i - 1, i) && (is_punct(m_tok[i - 1], ':') || is_punct(m_tok[i - 1], ';')) &&
                        i + 1 < n && is_punct(m_tok[i + 1], '.'))) &&
                t.size() <= 3 && all_digits(s(i))) {
                std::uint32_t q = i + 1;
                if (q < n && (is_punct(m_tok[q], '.') || is_punct(m_tok[q], ')')) && attached(q)) ++q;
                if (q < n && same_block(i, q) && m_tok[q].has(k_space_before) && m_owner[q] != k_none &&
                    m_names[m_owner[q]].kind == Kind::person && m_names[m_owner[q]].range.start == m_tok[q].start)
                    return q;
                // ("2. Fire Ruby (S Gittens)": a horse's name, no mention, before its rider's bracket.)
                if (q < n && same_block(i, q) && m_tok[q].has(k_space_before) && m_tok[q].type == TokenType::word &&
                    m_tok[q].has(k_cap) && m_owner[q] == k_none && !t.has(k_line_start)) {
                    std::uint32_t r = q + 1;
                    while (r < n && r < q + 5 && same_block(i, r) && m_tok[r].type == TokenType::word && m_tok[r].has(k_cap)) ++r;
                    if (r + 2 < n && same_block(i, r + 2) && is_punct(m_tok[r], '(') && m_owner[r + 1] != k_none &&
                        m_names[m_owner[r + 1]].kind == Kind::person)
                        return q;
                }
            }
            if (match_minute(i)) return skip_match_minute(i);
            // "Fraser (Sinclair 77)": a substitute's minute in a line-up's bracket.
            if (i >= 2 && m_owner[i - 1] != k_none && m_names[m_owner[i - 1]].kind == Kind::person && i + 1 < n &&
                is_punct(m_tok[i + 1], ')') && all_digits(s(i)) && t.size() <= 3) {
                const std::uint32_t first = m_names[m_owner[i - 1]].first;
                // (not a box score's "Ryukyu 40 (Kishaba 12)": a player's name before the bracket)
                if (first > 1 && is_punct(m_tok[first - 1], '(') && m_names[m_owner[i - 1]].last == i &&
                    m_owner[first - 2] != k_none && m_names[m_owner[first - 2]].kind == Kind::person)
                    return i + 1;
            }
            // Jersey numbers: "Smith (23)"; but "Tadhg Ó Beaglaoich (58), of Ballyquin" gives the
            // age of a person and where he lives, as Irish and British reports do.
            if (i >= 2 && is_punct(m_tok[i - 1], '(') && m_owner[i - 2] != k_none &&
                m_names[m_owner[i - 2]].kind == Kind::person && i + 1 < n && is_punct(m_tok[i + 1], ')')) {
                // ("Caitríona Uí Fhlatharta (58), who runs a B&B", "Mary Burke (58), a nurse", "Seán
                // Kelly (71) said": what follows is said of a person, not of a player in a line-up.)
                // ("Lisye Kalengke (41), coordinator of the alliance": any lower-case word but a
                // list's "and".)
                if (i + 3 < n && is_punct(m_tok[i + 2], ',') && same_block(i, i + 3) &&
                    m_tok[i + 3].type == TokenType::word && !m_tok[i + 3].has(k_cap) &&
                    (word_is(i + 3, "of") || word_is(i + 3, "from") || word_is(i + 3, "who") || word_is(i + 3, "a") ||
                        word_is(i + 3, "an") || (!m_tok[i + 3].is(k_wc_function) && m_tok[i + 3].size() >= 4)) &&
                    all_digits(s(i)) && parse_int(s(i)) < 120)
                    return emit(i, i + 1, "age");
                if (i + 2 < n && same_block(i, i + 2) && m_tok[i + 2].type == TokenType::word &&
                    m_tok[i + 2].is(k_wc_speech_verb) && all_digits(s(i)) && parse_int(s(i)) < 120)
                    return emit(i, i + 1, "age");
                // ("Md Rafiqul Islam (32) of Kurigram", "Kazeongere Tjambiru (71) with his cattle",
                // "Amina Bello (29), who": where a person is from, or what is said of one.)
                if (i + 2 < n && same_block(i, i + 2) && m_tok[i + 2].type == TokenType::word && all_digits(s(i)) &&
                    parse_int(s(i)) < 120 &&
                    ((any_of(s(i + 2), {"of", "from"}) && i + 3 < n && same_block(i, i + 3) && m_tok[i + 3].has(k_cap)) ||
                        any_of(s(i + 2), {"who", "with", "was", "is", "has", "had", "died", "lives", "lived"})))
                    return emit(i, i + 1, "age");
                return i + 1;
            }
            // Ages: "Smith, 42," / "aged 65".
            if (i >= 2 && is_punct(m_tok[i - 1], ',') && m_owner[i - 2] != k_none &&
                m_names[m_owner[i - 2]].kind == Kind::person && i + 1 < n &&
                (is_punct(m_tok[i + 1], ',') || is_punct(m_tok[i + 1], '.')) && all_digits(s(i)) &&
                parse_int(s(i)) < 120)
                return emit(i, i + 1, "age");
            if (i >= 1 && (word_is(i - 1, "aged") || word_is(i - 1, "age") || word_is(i - 1, "ages")) &&
                all_digits(s(i)))
                return emit(i, i + 1, "age");
            // "ages 18 to 24", "aged 65 or older": the second end of an age range.
            if (i >= 2 && !m_out.empty() && std::string_view(m_out.back().subtype) == "age" &&
                m_out.back().last == i - 1 && (word_is(i - 1, "to") || word_is(i - 1, "and") || word_is(i - 1, "or")) &&
                all_digits(s(i)))
                return emit(i, i + 1, "age");
            // Decades written "'90s".
            return number_token(i, i, false);
        }

        if (t.type == TokenType::word) {
            std::string_view w = s(i);
            // Month + day (+ year), month + year: "May 7, 2024", "Nov. 3", "March 2019".
            int month = t.lex.month;
            if (month != 0 && t.has(k_cap)) return month_date(i);
            if (w.size() > 9 || w.size() < 1) return i + 1;
            if (is_literal(w, "half") || is_literal(w, "Half")) return fraction_half(i);
            if ((is_literal(w, "a") || is_literal(w, "one") || is_literal(w, "A") || is_literal(w, "One")) && i + 1 < n &&
                (word_is(i + 1, "third") || word_is(i + 1, "quarter") || word_is(i + 1, "fifth") ||
                 word_is(i + 1, "tenth")) && (word_is(i + 2, "of") || fraction_alone(i, i + 2)))
                return emit(i, i + 2, "fraction");
            long long v = 0;
            std::uint32_t e = spelled_end(i, v);
            if (e > i) return spelled(i, e, v);
        }
        return i + 1;
    }

    // "fell by nearly a third in…", "cut it by a quarter.": no noun after, so not an ordinal
    // ("a third term", "a third time").
    bool fraction_alone(std::uint32_t i, std::uint32_t e) const {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        std::string_view p = i > 0 && same_block(i - 1, i) ? s(i - 1) : std::string_view();
        bool hedge = is_literal(p, "by") || is_literal(p, "nearly") || is_literal(p, "almost") ||
            is_literal(p, "about") || is_literal(p, "roughly") || is_literal(p, "than") || is_literal(p, "around") ||
            is_literal(p, "only") || is_literal(p, "just") || is_literal(p, "some") || is_literal(p, "barely") ||
            is_literal(p, "over") || is_literal(p, "under") || is_literal(p, "exactly");
        if (!hedge) return false;
        if (e >= n || !same_block(i, e) || m_tok[e].type == TokenType::punct) return true;
        std::string_view w = s(e);
        return is_literal(w, "in") || is_literal(w, "by") || is_literal(w, "from") || is_literal(w, "since") ||
            is_literal(w, "over") || is_literal(w, "to") || is_literal(w, "among") || is_literal(w, "than") ||
            is_literal(w, "last") || is_literal(w, "this") || is_literal(w, "during") || is_literal(w, "after") ||
            is_literal(w, "and") || is_literal(w, "or") || is_literal(w, "compared") || is_literal(w, "between") ||
            is_literal(w, "on") || is_literal(w, "at") ||
            // "fell by a third while …", "about a third more than …", "barely a quarter did"
            is_literal(w, "while") || is_literal(w, "more") || is_literal(w, "less") || is_literal(w, "again") ||
            is_literal(w, "when") || is_literal(w, "as") || is_literal(w, "because") || is_literal(w, "but") ||
            is_literal(w, "did") || is_literal(w, "do") || is_literal(w, "were") || is_literal(w, "was") ||
            is_literal(w, "are") || is_literal(w, "is") || is_literal(w, "have") || is_literal(w, "had");
    }

    std::uint32_t fraction_half(std::uint32_t i) {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        if (i > 0) {
            std::string_view p = s(i - 1);
            if (is_literal(p, "first") || is_literal(p, "second") || is_literal(p, "latter") ||
                is_literal(p, "former") || is_literal(p, "other") || is_literal(p, "back") || is_literal(p, "front") ||
                is_literal(p, "top") || is_literal(p, "bottom") || is_literal(p, "western") ||
                is_literal(p, "eastern") || is_literal(p, "northern") || is_literal(p, "southern") ||
                is_literal(p, "better"))
                return i + 1;
        }
        if (i + 2 < n && m_tok[i + 1].cp == '-' && attached(i + 1) && word_is(i + 2, "point"))
            return emit(i, i + 3, "percent");
        // ("Half my customers", "by almost half,": a possessive after it, or a hedge before it and no
        // noun after.)
        const bool hedged = i > 0 && (word_is(i - 1, "almost") || word_is(i - 1, "nearly") || word_is(i - 1, "about") ||
                                      word_is(i - 1, "roughly") || word_is(i - 1, "than") || word_is(i - 1, "over") ||
                                      word_is(i - 1, "under") || word_is(i - 1, "just") || word_is(i - 1, "only"));
        if (word_is(i + 1, "of") || (i > 0 && (word_is(i - 1, "a") || word_is(i - 1, "by"))) ||
            ((word_is(i + 1, "the") || word_is(i + 1, "its") || word_is(i + 1, "their") || word_is(i + 1, "my") ||
                 word_is(i + 1, "our") || word_is(i + 1, "your") || word_is(i + 1, "his") || word_is(i + 1, "her")) &&
             !(i > 0 && word_is(i - 1, "the"))) ||
            (hedged && (i + 1 >= n || !same_block(i, i + 1) || m_tok[i + 1].type == TokenType::punct)))
            return emit(i, i + 1, "fraction");
        return i + 1;
    }

    std::uint32_t month_date(std::uint32_t i) {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        std::uint32_t k = i + 1;
        if (k < n && is_punct(m_tok[k], '.') && attached(k)) ++k;
        if (k >= n || m_tok[k].type != TokenType::number || !same_block(i, k) || !free_tok(k)) return i + 1;
        std::string_view num = s(k);
        if (!all_digits(num)) {
            // "May 9th"? ordinals stay out, but the date "May 9th" is still a date.
            if (num.size() >= 3 && all_digits(num.substr(0, num.size() - 2))) {
                long long d = parse_int(num.substr(0, num.size() - 2));
                if (d >= 1 && d <= 31) return emit(i, k + 1, "date");
            }
            return i + 1;
        }
        long long v = parse_int(num);
        if (num.size() == 4 && v >= 1000) return emit(i, k + 1, "date"); // March 2019
        if (v < 1 || v > 31) return i + 1;
        std::uint32_t e = k + 1;
        // "March 8-11": a range of days.
        if (e + 1 < n && (m_tok[e].cp == '-' || m_tok[e].cp == 0x2013) && attached(e) && attached(e + 1) &&
            m_tok[e + 1].type == TokenType::number && all_digits(s(e + 1)) && s(e + 1).size() <= 2 && free_tok(e + 1)) {
            const long long v2 = parse_int(s(e + 1));
            if (v2 > v && v2 <= 31) e += 2;
        }
        if (e + 1 < n && is_punct(m_tok[e], ',') && m_tok[e + 1].type == TokenType::number &&
            s(e + 1).size() == 4 && all_digits(s(e + 1)))
            e += 2;
        else if (e < n && m_tok[e].type == TokenType::number && s(e).size() == 4 && all_digits(s(e)))
            e += 1;
        return emit(i, e, "date");
    }

    // A numeric token at num (with a currency prefix from start when money).
    std::uint32_t number_token(std::uint32_t start, std::uint32_t num, bool money) {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        std::string_view text = s(num);
        // Split digits from attached letters.
        // The separators are noted in the same pass (four searches of the digits, each a memchr
        // call, cost more than the digits themselves).
        std::size_t d = 0;
        bool has_colon = false;
        bool has_slash = false;
        bool has_dot = false;
        bool has_comma = false;
        for (; d < text.size(); ++d) {
            const char c = text[d];
            if (c >= '0' && c <= '9') continue;
            if (c == ',') has_comma = true;
            else if (c == '.') has_dot = true;
            else if (c == ':') has_colon = true;
            else if (c == '/') has_slash = true;
            else break;
        }
        std::string_view digits = text.substr(0, d);
        std::string_view suffix = text.substr(d);
        // "of magnitude 5.6", "a magnitude-4.2 aftershock": the scale's word before the reading.
        if (!money && start == num && num >= 1 && same_block(num - 1, num) && has_dot && !has_comma && d == text.size()) {
            std::uint32_t m = num - 1;
            if (is_punct(m_tok[m], '-') && attached(num) && attached(m) && m >= 1) --m;
            if (m_tok[m].type == TokenType::word && equals_lower(s(m), "magnitude") && free_tok(m))
                return emit(m, num + 1, "quantity");
        }
        // "1¾ lengths", "½ length", "2½ miles": a vulgar fraction (the tokenizer joins it to the
        // digits before it) with its unit.
        if (!suffix.empty() && static_cast<unsigned char>(suffix[0]) >= 0xC2) {
            std::uint32_t e = num + 1;
            if (money) return emit(start, e, "money");
            // ("1¾l": a racing margin in lengths.)
            if (suffix.back() == 'l') return emit(start, e, "quantity");
            if (e < n && same_block(num, e) && m_tok[e].type == TokenType::word) {
                if (is_measure_unit(s(e)) || is_literal(s(e), "length")) return emit(start, e + 1, "quantity");
                if (is_time_unit(s(e))) return emit(start, e + 1, "duration");
            }
            return emit(start, e, digits.empty() ? "fraction" : "number");
        }
        // Decades: "1990s", "'90s".
        if (is_literal(suffix, "s") && (digits.size() == 4 || digits.size() == 2) && all_digits(digits)) {
            std::uint32_t a = start;
            if (num > 0 && attached(num) && (m_tok[num - 1].cp == '\'' || m_tok[num - 1].cp == 0x2019)) a = num - 1;
            return emit(a, num + 1, "date");
        }
        if (is_literal(suffix, "st") || is_literal(suffix, "nd") || is_literal(suffix, "rd") ||
            is_literal(suffix, "th")) {
            // "15th Mar 2039", "3rd of June": a day before its month is a date.
            std::uint32_t m = num + 1;
            if (word_is(m, "of")) ++m;
            const long long day = digits.size() <= 2 && all_digits(digits) ? parse_int(digits) : 0;
            if (!money && day >= 1 && day <= 31 && m < n && same_block(num, m) && m_tok[m].type == TokenType::word &&
                m_tok[m].lex.month != 0 && m_tok[m].has(k_cap) && free_tok(m)) {
                std::uint32_t e = m + 1;
                if (e < n && is_punct(m_tok[e], '.') && attached(e)) ++e;
                if (e < n && same_block(num, e) && m_tok[e].type == TokenType::number && s(e).size() == 4 && all_digits(s(e)))
                    ++e;
                else if (e == m + 1 && e + 1 < n && is_punct(m_tok[e], ',') && attached(e) && same_block(e, e + 1) &&
                         m_tok[e + 1].type == TokenType::number && s(e + 1).size() == 4 && all_digits(s(e + 1)) &&
                         parse_int(s(e + 1)) >= 1800 && parse_int(s(e + 1)) <= 2100)
                    e += 2; // "11th October, 2037"
                else if (e > m + 1 && !(e < n && m_tok[e].type == TokenType::number))
                    --e; // the abbreviation's period ends the sentence
                return emit(start, e, "date");
            }
            return num + 1; // ordinal
        }
        if (has_colon && !has_slash) {
            std::uint32_t e = num + 1;
            if (e < n &&
                (is_literal(s(e), "a.m.") || is_literal(s(e), "p.m.") || equals_lower(s(e), "am") ||
                    equals_lower(s(e), "pm")))
                ++e;
            // "11:20 a.m. ET", "18:02 GMT": a following time zone belongs to the time.
            if (e < n && same_block(num, e) && is_time_zone(e)) ++e;
            return emit(start, e, "time");
        }
        // "14.05.2042": a German or Central European date, day.month.year.
        if (!money && start == num && dotted_date(digits)) return emit(start, num + 1, "date");
        if (has_slash) {
            // Numeric dates have three parts ("3/14/21"); "24/7" and "9/11" are not dates.
            std::size_t slashes = 0;
            for (char c : digits) slashes += c == '/';
            if (slashes == 2) return emit(start, num + 1, "date");
            // "the 2038/39 marketing year", "the 2024/2025 season": a year and the next one.
            const std::size_t slash = digits.find('/');
            if (slashes == 1 && slash == 4 && (digits.size() == 7 || digits.size() == 9) && all_digits(digits.substr(0, 4)) &&
                all_digits(digits.substr(5))) {
                const long long year = parse_int(digits.substr(0, 4));
                const long long next = parse_int(digits.substr(5));
                if (year >= 1900 && year <= 2100 && (next == (year + 1) % 100 || next == year + 1) && !money)
                    return emit(start, num + 1, "date");
            }
            if (slashes == 1 && !money && start == num && suffix.empty() && slash_odds(num, digits))
                return emit(start, num + 1, "number");
            return num + 1;
        }
        if (!suffix.empty()) {
            double mag = magnitude_value(suffix);
            if (mag > 0) return finish(start, num + 1, money, false, false, 0) ; // 5m, 1bn
            // "90pc", "7.5pct": Irish and British papers' percent joined to the number; "165bp" basis points.
            if (!money && any_of(suffix, {"pc", "pct", "bp", "bps"})) return emit(start, num + 1, "percent");
            // "50p", "1.5p on every egg": pence joined to the amount (not a page's or a time's "p").
            if (!money && is_literal(suffix, "p") && digits.size() <= 4 && start == num) return emit(start, num + 1, "money");
            if (is_measure_unit(suffix)) { // 5km
                std::uint32_t e = num + 1;
                // "45km/h": a speed's attached time unit.
                if (e + 1 < n && m_tok[e].cp == '/' && attached(e) && attached(e + 1) && m_tok[e + 1].type == TokenType::word &&
                    any_of(s(e + 1), {"h", "hr", "s", "sec", "min"}))
                    e += 2;
                return emit(start, e, "quantity");
            }
            // "in 5min 49sec", "2hrs": a time unit joined to its number is a duration (not "90s": a
            // decade).
            // ("from 18h00 to midnight": a time written with an "h".)
            if (!money && is_literal(suffix, "h") && digits.size() <= 2 && num + 1 < n && attached(num + 1) &&
                m_tok[num + 1].type == TokenType::number && s(num + 1).size() == 2 && all_digits(s(num + 1)))
                return emit(start, num + 2, "time");
            // "by 0.4172s", "+2.9306s": seconds with decimals (a gap in a race) are a duration, with
            // the sign of a gap to the leader.
            if (!money && is_literal(suffix, "s") && has_dot && !has_comma && !has_colon) {
                const std::uint32_t a = start == num && num > 0 && attached(num) && m_tok[num - 1].cp == '+' &&
                                                free_tok(num - 1) && m_tok[num - 1].has(k_space_before)
                                            ? num - 1
                                            : start;
                return emit(a, num + 1, "duration");
            }
            if (!money && (any_of(suffix, {"min", "mins", "sec", "secs", "hr", "hrs"}) ||
                              (is_literal(suffix, "h") && digits.size() <= 2)))
                return emit(start, num + 1, "duration");
            // "190c/kg", "210c a litre": an amount in cents, with a unit joined by a slash.
            if (is_literal(suffix, "c") && !money && all_digits(digits) && digits.size() <= 4 && m_tok[num].has(k_space_before)) {
                std::uint32_t e = num + 1;
                if (e + 1 < n && is_punct(m_tok[e], '/') && attached(e) && attached(e + 1) &&
                    m_tok[e + 1].type == TokenType::word && is_measure_unit(s(e + 1)))
                    e += 2;
                return emit(start, e, "money");
            }
            if ((is_literal(suffix, "C") || is_literal(suffix, "F")) && digits.size() <= 3 && !money)
                return emit(start, num + 1, "quantity"); // 40C
            if (equals_lower(suffix, "am") || equals_lower(suffix, "pm")) return emit(start, num + 1, "time");
            return num + 1; // 4K, 5G: identifiers
        }
        // "10 a.m.", "7 PM".
        if (num + 1 < n && same_block(num, num + 1) && !money &&
            (is_literal(s(num + 1), "a.m.") || is_literal(s(num + 1), "p.m.") || is_literal(s(num + 1), "AM") ||
                is_literal(s(num + 1), "PM") || is_literal(s(num + 1), "am") || is_literal(s(num + 1), "pm")) &&
            all_digits(digits) && digits.size() <= 2) {
            std::uint32_t e = num + 2;
            if (e < n && same_block(num, e) && is_time_zone(e)) ++e;
            return emit(start, e, "time");
        }
        // "6.40 am", "14.32 WIB": hours and minutes joined by a full stop, then the half of the day
        // or a time zone.
        if (has_dot && !money && num + 1 < n && same_block(num, num + 1) && digits.size() >= 4 && digits.size() <= 5 &&
            digits[digits.size() - 3] == '.' && digits[digits.size() - 2] <= '5' &&
            parse_int(digits.substr(0, digits.size() - 3)) <= 24) {
            std::uint32_t e = num + 1;
            if (is_literal(s(e), "a.m.") || is_literal(s(e), "p.m.") || equals_lower(s(e), "am") || equals_lower(s(e), "pm"))
                ++e;
            if (e < n && same_block(num, e) && is_time_zone(e)) ++e;
            if (e > num + 1) return emit(start, e, "time");
        }
        // "7-Eleven", "3M-like": a number hyphenated to a capitalized word is part of a name.
        // ("8,000-TEU ships": a unit in capitals is no name.)
        if (num + 2 < n && m_tok[num + 1].cp == '-' && attached(num + 1) && attached(num + 2) &&
            m_tok[num + 2].type == TokenType::word && m_tok[num + 2].has(k_cap) &&
            !(m_tok[num + 2].has(k_all_caps) && is_measure_unit(s(num + 2))))
            return num + 3;
        long long value = has_dot ? -1 : parse_int(digits);
        bool is_year = !money && !has_dot && !has_comma && digits.size() == 4 && value >= 1000 && value <= 2100;
        std::uint32_t e = num + 1;
        if (!has_dot && !has_comma && !has_colon && !has_slash && suffix.empty() && digits.size() <= 3 &&
            digits[0] != '0') { // (not a line score's innings: "000 102 000")
            // "14 200 households", "N$6 500", "2 400 hectares": thousands set off by a space (as
            // southern African and European papers print them), each group after it of three digits.
            std::uint32_t q = num;
            long long v = value;
            while (q + 1 < n && m_tok[q + 1].type == TokenType::number && same_block(q, q + 1) && free_tok(q + 1) &&
                   s(q + 1).size() == 3 && all_digits(s(q + 1)) && thousands_gap(q) &&
                   !(q + 2 < n && attached(q + 2) && m_tok[q + 2].type != TokenType::punct)) {
                v = v * 1000 + parse_int(s(q + 1));
                ++q;
            }
            if (q > num) return finish(start, q + 1, money, false, false, v);
            // "N$38,5 million", "US$3,19 per kilogramme": a decimal comma in an amount of money.
            if (money && e + 1 < n && is_punct(m_tok[e], ',') && attached(e) && attached(e + 1) &&
                m_tok[e + 1].type == TokenType::number && s(e + 1).size() <= 2 && all_digits(s(e + 1)) &&
                free_tok(e + 1))
                return finish(start, e + 2, money, false, false, -1);
        }
        // Ranges in one token: "30-600", "2019-20", scores "3-2".
        if (e + 1 < n && m_tok[e].type == TokenType::punct && (m_tok[e].cp == '-' || m_tok[e].cp == 0x2013) &&
            attached(e) && attached(e + 1) && m_tok[e + 1].type == TokenType::number && free_tok(e + 1)) {
            std::string_view other = s(e + 1);
            long long v2 = parse_int(other);
            // "2039-03-08": a date written year, month, day.
            if (is_year && other.size() == 2 && v2 >= 1 && v2 <= 12 && e + 3 < n && m_tok[e + 2].cp == '-' &&
                attached(e + 2) && attached(e + 3) && m_tok[e + 3].type == TokenType::number && s(e + 3).size() == 2 &&
                all_digits(s(e + 3)) && parse_int(s(e + 3)) >= 1 && parse_int(s(e + 3)) <= 31 && free_tok(e + 3))
                return emit(start, e + 4, "date");
            if (is_year && (other.size() == 2 || other.size() == 4) && v2 >= 0) return emit(start, e + 2, "date");
            std::uint32_t after = e + 2;
            // A golfer's four rounds "68-70-69-66": a chain of four small numbers or more.
            if (!money && !has_dot && value >= 0 && value <= 200 && v2 >= 0 && v2 <= 200) {
                std::uint32_t q = after;
                int parts = 2;
                while (q + 1 < n && m_tok[q].cp == '-' && attached(q) && attached(q + 1) &&
                       m_tok[q + 1].type == TokenType::number && free_tok(q + 1) && s(q + 1).size() <= 3 &&
                       all_digits(s(q + 1))) {
                    q += 2;
                    ++parts;
                }
                if (parts >= 4 && (golf() || score_context(start, q))) return emit(start, q, "score");
            }
            // A team record "10-4-1" (wins-losses-ties): three small numbers in one token.
            if (!money && !has_dot && after + 1 < n && m_tok[after].cp == '-' && attached(after) &&
                attached(after + 1) && m_tok[after + 1].type == TokenType::number && free_tok(after + 1) &&
                value >= 0 && value <= 200 && v2 >= 0 && v2 <= 200 && s(after + 1).size() <= 3 &&
                !(after + 2 < n && m_tok[after + 2].cp == '-' && attached(after + 2)) &&
                score_context(start, after + 2))
                return emit(start, after + 2, "score");
            bool unit_next = after < n && m_tok[after].type == TokenType::word &&
                (is_time_unit(s(after)) || is_measure_unit(s(after)) || is_currency_word(s(after)) ||
                    is_literal(s(after), "percent") || is_literal(s(after), "million") ||
                    is_literal(s(after), "billion"));
            bool pct_next = after < n && m_tok[after].cp == '%';
            if (!money && !unit_next && !pct_next && value >= 0 && value <= 200 && v2 >= 0 && v2 <= 200 &&
                score_context(start, after))
                return emit(start, after, "score");
            return finish(start, after, money, false, false, value);
        }
        return finish(start, e, money, is_year, false, value);
    }

    // A golf report: "birdie" or "bogey" somewhere in the text (scanned once, when first asked).
    // (Or "under par" / "over par", or a course's "par 71" and a hole's "par-four": a golf
    // report that names no birdie.)
    // A betting story: odds are quoted in it ("furlongs", "the favourite", "bookmakers").
    bool betting() const {
        if (m_betting < 0) {
            m_betting = 0;
            const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
            for (std::uint32_t k = 0; k < n && !m_betting; ++k) {
                if (m_tok[k].type != TokenType::word || m_tok[k].size() < 4 || m_tok[k].size() > 11) continue;
                const std::string_view w = s(k);
                m_betting = equals_lower(w, "furlong") || equals_lower(w, "furlongs") || equals_lower(w, "favourite") ||
                            equals_lower(w, "favorite") || equals_lower(w, "jockey") || equals_lower(w, "bookmakers") ||
                            equals_lower(w, "odds") || equals_lower(w, "punters") || equals_lower(w, "evens");
            }
        }
        return m_betting == 1;
    }
    // Odds written with a slash: "at 9/2", "Tuairisc (7/1)", "a 9/2 shot", "backed from 6/4".
    bool slash_odds(std::uint32_t num, std::string_view digits) const {
        const std::size_t slash = digits.find('/');
        if (slash == 0 || slash > 3 || digits.size() - slash - 1 == 0 || digits.size() - slash - 1 > 2) return false;
        if (!all_digits(digits.substr(0, slash)) || !all_digits(digits.substr(slash + 1))) return false;
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        const bool before = num > 0 && same_block(num - 1, num) && m_tok[num - 1].type == TokenType::word &&
                            any_of(s(num - 1), {"at", "from", "to", "was", "were"});
        const bool after = num + 1 < n && same_block(num, num + 1) && m_tok[num + 1].type == TokenType::word &&
                           any_of(s(num + 1), {"favourite", "favorite", "fav", "shot", "chance", "outsider", "joint-favourite",
                                                  "co-favourite", "winner", "second", "third", "on"});
        const bool bracketed = num >= 2 && num + 1 < n && is_punct(m_tok[num - 1], '(') && is_punct(m_tok[num + 1], ')') &&
                               m_tok[num - 2].type == TokenType::word && m_tok[num - 2].has(k_cap);
        return (before || after || bracketed) && betting();
    }
    bool golf() const {
        if (m_golf < 0) {
            m_golf = 0;
            const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
            for (std::uint32_t k = 0; k < n && !m_golf; ++k) {
                if (m_tok[k].type != TokenType::word) continue;
                const std::uint32_t size = m_tok[k].size();
                if (size >= 5 && size <= 7 &&
                    (equals_lower(s(k), "birdie") || equals_lower(s(k), "birdies") || equals_lower(s(k), "bogey") ||
                        equals_lower(s(k), "bogeys")))
                    m_golf = 1;
                else if (size == 3 && is_literal(s(k), "par") && k + 2 < n &&
                         ((k > 0 && (word_is(k - 1, "under") || word_is(k - 1, "over"))) ||
                             (m_tok[k + 1].type == TokenType::number && m_tok[k + 1].size() == 2) ||
                             (m_tok[k + 1].cp == '-' && attached(k + 1) &&
                                 (word_is(k + 2, "three") || word_is(k + 2, "four") || word_is(k + 2, "five")))))
                    m_golf = 1;
            }
        }
        return m_golf == 1;
    }

    bool score_context(std::uint32_t start, std::uint32_t after) const {
        static constexpr std::string_view k_words[] = {"beat", "beats", "won", "win", "wins", "lost", "lose", "loss",
            "defeat", "defeated", "victory", "record", "drew", "draw", "tied", "lead", "led", "score", "scored",
            "edged", "routed", "trailed", "trailing", "series", "final", "game", "match", "set", "sets", "run",
            "finished", "season", "streak", "rout", "overtime", "playoff", "playoffs", "innings", "half", "halftime",
            "quarter", "period", "points", "goals", "went", "start", "road", "home", "league", "past", "rally",
            "rallied", "topped", "downed", "outlasted", "improved", "fell", "dropped", "moved"};
        for (std::uint32_t k = start >= 8 ? start - 8 : 0; k < after + 4 && k < m_tok.size(); ++k) {
            if (m_tok[k].type != TokenType::word) continue;
            for (std::string_view w : k_words)
                if (s(k) == w) return true;
        }
        return false;
    }

    std::uint32_t spelled(std::uint32_t i, std::uint32_t e, long long v) {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        std::string_view w = s(i);
        // A number word inside a capitalized compound is part of a name: "One-China", "Six-Day War".
        if (e + 1 < n && m_tok[e].cp == '-' && attached(e) && m_tok[e + 1].has(k_cap)) return e + 2;
        if (i > 0 && m_tok[i - 1].cp == '-' && attached(i) && i >= 2 && m_tok[i - 2].has(k_cap)) return e;
        // "one-third of the flats": a fraction, whatever "one" is alone.
        if (v == 1 && e + 1 < n && m_tok[e].cp == '-' && attached(e) &&
            (word_is(e + 1, "third") || word_is(e + 1, "quarter") || word_is(e + 1, "fifth") || word_is(e + 1, "half")))
            return emit(i, e + 2, "fraction");
        if (v == 1) {
            if (!one_is_count(i, e)) return e;
        }
        if (v >= 100 &&
            (is_literal(w, "hundred") || is_literal(w, "thousand") || is_literal(w, "million") ||
                is_literal(w, "billion") || is_literal(w, "trillion")))
            return e; // bare magnitude words ("a million reasons" is vague)
        if (is_literal(w, "dozen") && e < n && word_is(e, "of")) return e;
        // "two hundred", "three million"
        bool mag = false;
        std::uint32_t end = magnitude_end(e, mag);
        (void)mag;
        // two-thirds
        if (end + 1 < n && m_tok[end].cp == '-' && attached(end) &&
            (word_is(end + 1, "thirds") || word_is(end + 1, "third") || word_is(end + 1, "quarters") ||
             word_is(end + 1, "fifths") || word_is(end + 1, "halves")))
            return emit(i, end + 2, "fraction");
        if (e < n && (word_is(e, "thirds") || word_is(e, "quarters") || word_is(e, "fifths")) && word_is(e + 1, "of"))
            return emit(i, e + 1, "fraction");
        // "five times" is a count; "one time" idiomatic ("at one time") is skipped above.
        return finish(i, e, false, false, true, v);
    }

    bool one_is_count(std::uint32_t i, std::uint32_t e) const {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        if (i > 0 && m_tok[i - 1].type == TokenType::word) {
            std::string_view p = s(i - 1);
            if (is_literal(p, "no") || is_literal(p, "any") || is_literal(p, "every") || is_literal(p, "some") ||
                is_literal(p, "each") || is_literal(p, "the") || is_literal(p, "this") || is_literal(p, "that") ||
                is_literal(p, "which") || is_literal(p, "at") || is_literal(p, "someone") || is_literal(p, "anyone") ||
                is_literal(p, "little") || is_literal(p, "other") || is_literal(p, "another") ||
                is_literal(p, "last") || is_literal(p, "No") || is_literal(p, "The") || is_literal(p, "a"))
                return false;
        }
        if (e >= n || !same_block(i, e)) return false;
        const Token& nx = m_tok[e];
        if (nx.type != TokenType::word) return false;
        if (m_tok[i].has(k_sentence_start) && equals_lower(s(e), "day")) return false; // "One day, …"
        // "one master for another", "one way or another": the pronoun pair, not a count.
        for (std::uint32_t k = e + 1; k < n && k < e + 4 && same_block(i, k); ++k)
            if (word_is(k, "another") || word_is(k, "other")) return false;
        // "only one Republican", "just one Democrat": a count of party members or nationals.
        if (nx.has(k_cap)) {
            std::string_view p = i > 0 && same_block(i - 1, i) ? s(i - 1) : std::string_view();
            bool only =
                is_literal(p, "only") || is_literal(p, "Only") || is_literal(p, "just") || is_literal(p, "Just");
            return only && m_tok[e].is(k_wc_demonym);
        }
        std::string_view w = s(e);
        // "about one in 20 patients", "one in 10 were sustained": a ratio's count (not "bought one in
        // 2035": a year).
        if (is_literal(w, "in") && e + 1 < n && same_block(i, e + 1) &&
            ((m_tok[e + 1].type == TokenType::number && m_tok[e + 1].size() <= 3 && all_digits(s(e + 1))) ||
                m_tok[e + 1].lex.is_number_word()))
            return true;
        // "only one side of the story", "just one way": with "only" an idiom's noun is counted.
        if (i > 0 && same_block(i - 1, i) && (word_is(i - 1, "only") || word_is(i - 1, "just")) &&
            any_of(w, {"side", "way", "point", "thing", "time", "hand"}))
            return true;
        static constexpr std::string_view k_not[] = {"of", "another", "who", "that", "which", "is", "was", "has", "had",
            "would", "could", "can", "will", "must", "should", "may", "might", "in", "on", "at", "to", "for", "by",
            "and", "or", "but", "thing", "way", "point", "time", "side", "hand", "knows", "does", "did", "another's",
            "where", "with", "from", "as", "if", "more", "less", "too", "else", "such", "out", "up", "off", "down",
            "away", "back", "over"};
        for (std::string_view k : k_not)
            if (w == k) return false;
        return true;
    }

    const TokenTable& m_t;
    const std::vector<Token>& m_tok;
    const std::vector<Mention>& m_names;
    const Lexicon& m_lex = Lexicon::instance();
    std::vector<std::uint32_t> m_owner;
    std::vector<Mention> m_out;
    mutable int m_golf = -1;    // golf()'s answer once asked (-1: not yet)
    mutable int m_betting = -1; // betting()'s
};

} // namespace

std::vector<Mention> detect_figures(const TokenTable& table, const std::vector<Mention>& names) {
    FigureDetector d(table, names);
    return d.run();
}

} // namespace gloss::core::detect
