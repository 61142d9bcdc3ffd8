// SPDX-License-Identifier: MIT
// QUOTE: pairs quotation marks per paragraph, tells scare from direct quotes, finds speakers.
#include "detect/detect.h"
#include "detect/gazetteer.h"
#include "detect/words.h"

#include <algorithm>
#include <string>

namespace gloss::core::detect {
namespace {

enum class Mark : std::uint8_t { none, open, close, toggle };

Mark mark_of(const Token& t) {
    if (t.type != TokenType::punct) return Mark::none;
    switch (t.cp) {
    case 0x201C: case 0x201E: case 0x00AB: return Mark::open;
    case 0x201D: case 0x00BB: return Mark::close;
    case '"': return Mark::toggle;
    default: return Mark::none;
    }
}

class QuoteDetector {
public:
    QuoteDetector(const TokenTable& t, const std::vector<Mention>& names)
        : m_t(t), m_tok(t.tokens), m_names(names), m_owner(t.size(), k_none) {
        m_out.reserve(t.quote_marks.size() / 2 + 4); // a quote takes two marks, mostly
        for (std::uint32_t k = 0; k < names.size(); ++k)
            for (std::uint32_t q = names[k].first; q < names[k].last; ++q) m_owner[q] = k;
    }

    // Backward scans stop this many tokens back, so a huge line with no sentence end stays linear.
    static constexpr std::uint32_t k_max_back = 160;

    std::vector<Mention> run() {
        std::int32_t carried_speaker = -1;
        bool carry = false;
        // The walk below acts only at quotation marks and ’: it visits the table's quote_marks.
        const std::vector<std::uint32_t>& marks = m_t.quote_marks;
        const char32_t singles = single_quote_style(); // the closing mark of the style, or 0
        std::size_t next_mark = 0;
        for (std::uint32_t b = 0; b < m_t.block_first.size(); ++b) {
            std::uint32_t first = m_t.block_first[b];
            std::uint32_t last = m_t.block_last[b];
            std::uint32_t open = k_none;
            std::int32_t para_speaker = -1;
            bool continues = carry && first < last && mark_of(m_tok[first]) != Mark::none &&
                             mark_of(m_tok[first]) != Mark::close;
            carry = false;
            while (next_mark < marks.size() && marks[next_mark] < first) ++next_mark;
            for (; next_mark < marks.size() && marks[next_mark] < last; ++next_mark) {
                const std::uint32_t k = marks[next_mark];
                Mark mk = mark_of(m_tok[k]);
                // (A paper that quotes with single marks: ‘…,’ he said.)
                // ('…,' he said: the same with straight marks.)
                if (singles && mk == Mark::none) {
                    const char32_t opener = singles == '\'' ? U'\'' : U'\u2018';
                    if (m_tok[k].cp == opener && single_open(k, first) && open == k_none) mk = Mark::open;
                    else if (m_tok[k].cp == singles && open != k_none && m_tok[open].cp == opener && k != open &&
                             single_close(k, last))
                        mk = Mark::close;
                }
                bool apos_pair = m_tok[k].type == TokenType::punct && m_tok[k].cp == 0x2019 && k + 1 < last &&
                                 m_tok[k + 1].type == TokenType::punct && m_tok[k + 1].cp == 0x2019 &&
                                 m_tok[k + 1].start == m_tok[k].end;
                if (apos_pair && open != k_none) {
                    emit(open, k + 1, m_tok[k + 1].end, false, para_speaker, continues, carried_speaker);
                    open = k_none;
                    ++next_mark; // the second ’, the next mark
                    continue;
                }
                if (mk == Mark::none) continue;
                // (‘When it came in, someone wrote “told you so” on the board,’ he says: double
                // marks nested in single-quoted speech neither open nor close it.)
                if (singles && open != k_none && m_tok[open].cp == (singles == '\'' ? U'\'' : U'\u2018') &&
                    m_tok[k].cp != singles)
                    continue;
                if (open == k_none) {
                    if (mk == Mark::open || mk == Mark::toggle) open = k;
                    continue;
                }
                if (mk == Mark::close || mk == Mark::toggle) {
                    if (k == open + 1) { // empty quotes: ignore both
                        open = k_none;
                        continue;
                    }
                    emit(open, k + 1, m_tok[k].end, false, para_speaker, continues, carried_speaker);
                    open = k_none;
                }
            }
            if (open != k_none && open + 1 < last) {
                // Quote running on into the next paragraph: ends with this one.
                emit(open, last, m_tok[last - 1].end, true, para_speaker, continues, carried_speaker);
                carry = true;
                carried_speaker = m_out.empty() ? -1 : m_out.back().speaker;
            }
        }
        single_quoted_headlines();
        return std::move(m_out);
    }

private:
    // A text that quotes with single curly marks throughout ("‘We are told every year …,’ he said",
    // Jersey's and Dhaka's papers): no double marks at all, and two closing marks at least right after
    // a comma or a sentence's end and before a lower-case word or a capitalized name.
    // ("'We are not asking for charity,' St Rose said": the same with straight marks, St Lucia's
    // papers.) Returns the closing mark of the style (’ or '), or 0.
    char32_t single_quote_style() const {
        std::uint32_t curly = 0;
        std::uint32_t straight = 0;
        // ("‘My coach kept shouting “Tempo, tempo” at me’": double marks nested in a single-quoted
        // paragraph, the British order, do not rule the style out: a ‘ earlier in the paragraph. The
        // marks come in text order, so one flag per paragraph tells.)
        std::uint32_t doubles = 0; // double marks outside any single-quoted passage
        std::uint32_t block = ~0u;
        bool single_opened = false; // a ‘ earlier in this paragraph
        for (const std::uint32_t k : m_t.quote_marks) {
            const Token& t = m_tok[k];
            if (t.block != block) {
                block = t.block;
                single_opened = false;
            }
            if (mark_of(t) != Mark::none) {
                if (!single_opened) ++doubles;
                continue;
            }
            if (t.type == TokenType::punct && t.cp == 0x2018) single_opened = true;
            if ((t.cp != 0x2019 && t.cp != '\'') || k == 0 || k + 1 >= m_tok.size() || t.has(k_space_before)) continue;
            const Token& p = m_tok[k - 1];
            if (p.type != TokenType::punct || (p.cp != ',' && p.cp != '.' && p.cp != '?' && p.cp != '!')) continue;
            const Token& nx = m_tok[k + 1];
            if (nx.has(k_space_before) && nx.type == TokenType::word && nx.block == t.block) ++(t.cp == '\'' ? straight : curly);
        }
        // (A scare quote or a title in double marks outside them, "nicknamed the target “the
        // snowball”", does not rule the style out either, while the single-quoted speech
        // outnumbers such marks.)
        if (doubles > curly + straight) return 0;
        return curly >= 2 ? U'\u2019' : straight >= 2 ? U'\'' : 0;
    }

    // British headlines and subheadings quote with single marks: "Labour MPs call shake-up ‘a tax
    // on the north’", "‘It brings the land-grabbers’" on its own line. In a headline, kicker,
    // standfirst or heading, or a line that is one such quote, ‘…’ and '…' pairs are direct quotes;
    // the speaker is the one of a later quote that repeats the words, else unknown.
    void single_quoted_headlines() {
        const std::size_t before = m_out.size();
        for (std::uint32_t b = 0; b < m_t.block_first.size(); ++b) {
            const std::uint32_t first = m_t.block_first[b];
            const std::uint32_t last = m_t.block_last[b];
            if (last - first < 3) continue;
            const BlockKind kind = m_t.block_kinds[b];
            // (Also the first lines when they end without a period: a headline the block parser took
            // for a paragraph, under a one-word kicker it took for the headline.)
            const bool headed = kind == BlockKind::headline || kind == BlockKind::kicker ||
                                kind == BlockKind::standfirst || kind == BlockKind::heading ||
                                (b <= 3 && last - first <= 40 && !is_punct(m_tok[last - 1], '.'));
            const bool whole = single_open(first, first) && single_close(last - 1, last);
            // In a paragraph, only a short term after a word that names it: "popularly known as ‘Yam
            // Queen’", "what locals call ‘the brown carpet’", "nicknamed ‘Speedy’".
            const auto named_term = [&](std::uint32_t k) {
                return k > first && m_tok[k - 1].type == TokenType::word &&
                       any_of(s(k - 1), {"as", "dubbed", "nicknamed", "called", "so-called", "named", "titled",
                                            "entitled", "call", "calls", "term", "word"});
            };
            // "limestone that was ‘more sea than spring’", "islanders were ‘sick of being an
            // afterthought’": in a paper that quotes speech with double marks, curly single marks
            // after a copula or "as" set off a partial quote of three words or more.
            const auto partial_at = [&](std::uint32_t k) {
                return k > first && m_tok[k].cp == 0x2018 && m_tok[k - 1].type == TokenType::word &&
                       any_of(s(k - 1), {"was", "were", "is", "are", "been", "be", "being", "as", "feel", "felt", "seemed"});
            };
            // (Only quote marks can open: walk the text's list of them, not every token.)
            const auto& marks = m_t.quote_marks;
            for (auto it = std::lower_bound(marks.begin(), marks.end(), first); it != marks.end() && *it + 2 < last; ++it) {
                const std::uint32_t k = *it;
                if (!single_open(k, first)) continue;
                const bool marked = headed || whole || named_term(k);
                const bool partial = !marked && partial_at(k);
                if (!marked && !partial) continue;
                std::uint32_t c = k + 2;
                while (c < last && !single_close(c, last) && mark_of(m_tok[c]) == Mark::none) ++c;
                if ((c >= last || !single_close(c, last)) && headed && m_tok[k].cp == 0x2018) {
                    // "despite ‘traffic chaos’ warning": after a curly opening mark in a headline, the
                    // first curly closing mark within a few words closes it, though the word before
                    // ends in s and a noun follows (elsewhere a plural possessive: "the players’ union").
                    c = k + 2;
                    while (c < last && c <= k + 8 &&
                           !(m_tok[c].type == TokenType::punct && m_tok[c].cp == 0x2019 && !m_tok[c].has(k_space_before) &&
                               (c + 1 >= last || m_tok[c + 1].has(k_space_before))))
                        ++c;
                    if (c >= last || c > k + 8) continue;
                } else if (c >= last || !single_close(c, last)) {
                    continue;
                }
                if (partial) {
                    std::uint32_t words = 0;
                    for (std::uint32_t q = k + 1; q < c; ++q) words += m_tok[q].type == TokenType::word;
                    if (words < 3 || c - k > 16 || m_tok[c].cp != 0x2019) continue;
                    add_single_quote(k, c, false);
                    if (!m_out.empty() && m_out.back().first == k && m_out.back().speaker < 0 &&
                        std::string_view(m_out.back().subtype) == "direct") {
                        bool found = false;
                        const std::int32_t sp = find_speaker(k, c, false, found);
                        if (found) m_out.back().speaker = sp;
                    }
                    while (std::next(it) != marks.end() && *std::next(it) <= c) ++it; // on after the closing mark
                    continue;
                }
                if (!headed && !whole && c - k > 6) continue; // (a term, not a sentence)
                add_single_quote(k, c, !headed && !whole);
                while (std::next(it) != marks.end() && *std::next(it) <= c) ++it;
            }
        }
        if (m_out.size() == before) return;
        std::stable_sort(m_out.begin(), m_out.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
    }


    bool single_open(std::uint32_t k, std::uint32_t first) const {
        const Token& t = m_tok[k];
        if (t.type != TokenType::punct || (t.cp != 0x2018 && t.cp != '\'')) return false;
        if (k > first && !t.has(k_space_before) && !is_open_punct(m_tok[k - 1])) return false;
        return k + 1 < m_tok.size() && m_tok[k + 1].block == t.block && !m_tok[k + 1].has(k_space_before) &&
               (m_tok[k + 1].type == TokenType::word || m_tok[k + 1].type == TokenType::number);
    }

    bool single_close(std::uint32_t k, std::uint32_t last) const {
        const Token& t = m_tok[k];
        if (t.type != TokenType::punct || (t.cp != 0x2019 && t.cp != '\'') || t.has(k_space_before)) return false;
        // ("the players’ union": a plural possessive before a lower-case noun is no closing mark.)
        // ("legalizing ‘skill games’ in gas stations", "a ‘tax on families’ as …": a function word
        // after it follows a closing mark, not a possessive.)
        if (k + 1 < last && m_tok[k + 1].has(k_space_before) && m_tok[k + 1].type == TokenType::word &&
            !m_tok[k + 1].has(k_cap) && k > 0 && m_tok[k - 1].type == TokenType::word && s(k - 1).back() == 's' &&
            !m_tok[k + 1].is(k_wc_function) &&
            !any_of(s(k + 1), {"in", "on", "at", "as", "of", "for", "to", "and", "or", "but", "with", "from", "by", "after"}))
            return false;
        return k + 1 >= last || m_tok[k + 1].has(k_space_before) || m_tok[k + 1].type == TokenType::punct;
    }

    static bool is_open_punct(const Token& t) {
        return t.type == TokenType::punct && (t.cp == '(' || t.cp == '[' || t.cp == 0x2014 || t.cp == 0x2013);
    }

    // `term`: a term named in a paragraph ("known as ‘Yam Queen’"), never speech.
    void add_single_quote(std::uint32_t open, std::uint32_t close, bool term) {
        for (const Mention& q : m_out) // inside a double-quoted quote already found: nested, left alone
            if (q.first <= open && close < q.last) return;
        Mention q;
        q.first = open;
        q.last = close + 1;
        q.range = ByteRange{m_tok[open].start, m_tok[close].end};
        q.kind = Kind::quote;
        // (One word alone, "‘vomit’", is a term marked off, not speech.)
        std::uint32_t words = 0;
        for (std::uint32_t k = open + 1; k < close; ++k) words += m_tok[k].type == TokenType::word;
        q.subtype = term || work_title(open, close) || words <= 1 ? "scare" : "direct";
        q.speaker = -1;
        if (std::string_view(q.subtype) == "direct") q.speaker = repeated_by(open, close);
        // A quote set as a subheading: the speaker the next paragraph names (see emit()).
        if (std::string_view(q.subtype) == "direct" && q.speaker < 0 && open == m_t.block_first[m_tok[open].block] &&
            close + 1 == m_t.block_last[m_tok[open].block] && m_tok[open].block + 1u < m_t.block_first.size())
            q.speaker = next_paragraph_speaker(m_tok[open].block + 1);
        m_out.push_back(q);
    }

    // The speaker of a later direct quote that holds the same words (letters and digits, any case);
    // else of one that holds them without the first word or two, four words at least remaining
    // ("‘Now we sleep through the storms’" above "… and we sleep through the storms," she said).
    std::int32_t repeated_by(std::uint32_t open, std::uint32_t close) const {
        for (std::uint32_t from = open + 1, dropped = 0; dropped <= 2 && from < close; ++dropped) {
            std::uint32_t words = 0;
            for (std::uint32_t k = from; k < close; ++k) words += m_tok[k].type == TokenType::word;
            if (dropped > 0 && words < 4) break;
            const std::string text = folded(m_tok[from].start, m_tok[close - 1].end);
            if (text.size() < (dropped > 0 ? 15u : 6u)) break;
            for (const Mention& q : m_out) {
                if (q.first <= close || q.speaker < 0 || std::string_view(q.subtype) != "direct") continue;
                if (folded(q.range.start, q.range.end).find(text) != std::string::npos) return q.speaker;
            }
            ++from;
            while (from < close && m_tok[from].type != TokenType::word) ++from;
        }
        return -1;
    }

    std::string folded(std::uint32_t from, std::uint32_t to) const {
        std::string out;
        for (std::uint32_t i = from; i < to && i < m_t.text.size(); ++i) {
            const auto c = static_cast<unsigned char>(m_t.text[i]);
            if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) out += static_cast<char>(c);
        }
        return out;
    }

    std::string_view s(std::uint32_t i) const { return m_t.str(i); }

    void emit(std::uint32_t open, std::uint32_t end_tok, std::uint32_t end_byte, bool unclosed,
              std::int32_t& para_speaker, bool continues, std::int32_t carried) {
        Mention q;
        q.first = open;
        q.last = end_tok;
        q.range = ByteRange{m_tok[open].start, end_byte};
        q.kind = Kind::quote;
        std::uint32_t close = unclosed ? end_tok : end_tok - 1; // token index of the closing mark
        std::uint32_t words = 0;
        std::uint32_t cap_words = 0;
        for (std::uint32_t k = open + 1; k < close; ++k) {
            if (m_tok[k].type == TokenType::word || m_tok[k].type == TokenType::number) {
                ++words;
                if (m_tok[k].has(k_cap) || m_tok[k].type == TokenType::number) ++cap_words;
            }
        }
        bool found = false;
        std::int32_t speaker = find_speaker(open, close, unclosed, found);
        // "described it as "biased" and "unprofessional"": a coordinated quote shares the status
        // and speaker of the one before it.
        if (!found && !m_out.empty() && std::string_view(m_out.back().subtype) == "direct" &&
            m_tok[m_out.back().first].block == m_tok[open].block && m_out.back().last <= open &&
            open - m_out.back().last <= 2) {
            bool joined = true;
            for (std::uint32_t k = m_out.back().last; k < open; ++k)
                if (!(m_tok[k].type == TokenType::word && (is_literal(s(k), "and") || is_literal(s(k), "or"))) &&
                    !is_punct(m_tok[k], ','))
                    joined = false;
            if (joined) {
                found = true;
                speaker = m_out.back().speaker;
            }
        }
        if (!found && continues && open == m_t.block_first[m_tok[open].block]) speaker = carried;
        if (!found && speaker < 0 && para_speaker >= 0) speaker = para_speaker;
        // "Kernen said covering glaciers could save ice only in small areas. “It is a bandage …”":
        // the subject of reported speech earlier in the paragraph (not for a short phrase).
        if (!found && speaker < 0 && words > 3) speaker = reported_speaker_before(open);
        // A paragraph that is only a quote, after a paragraph whose speaker is known ('…," he
        // said.' or 'Cunniffe said his team had left themselves "too much to do"'): the same one.
        if (!found && speaker < 0 && words > 3 && open == m_t.block_first[m_tok[open].block] &&
            m_tok[open].block > 0)
            speaker = previous_paragraph_speaker(m_tok[open].block - 1);
        // "‘The children were screaming’" alone on a line above "Survivor Jonalyn Fabregas, 34, …
        // said …": a quote set as a subheading belongs to whoever the next paragraph has speak.
        if (!found && !continues && speaker < 0 && words >= 2 && open == m_t.block_first[m_tok[open].block] &&
            end_tok == m_t.block_last[m_tok[open].block] && m_tok[open].block + 1u < m_t.block_first.size())
            speaker = next_paragraph_speaker(m_tok[open].block + 1);
        if (speaker >= 0 && anonymous_speaker_between(speaker, open)) speaker = -1;
        bool scare = false;
        if (scare_cue(open) || work_title(open, close) || inside_name(open, close)) {
            scare = true;
        } else if (!found && speaker < 0 && words <= 3) {
            scare = true;
        } else if (words <= 3 && cap_words == words && !found) {
            scare = true;
        }
        if (scare) {
            q.subtype = "scare";
            q.speaker = -1;
        } else {
            q.subtype = "direct";
            q.speaker = speaker;
            if (speaker >= 0) para_speaker = speaker;
        }
        // Back-fill: the first part of a quote split over paragraphs takes a later speaker.
        if (continues && !m_out.empty() && m_out.back().speaker < 0 && speaker >= 0 &&
            std::string_view(m_out.back().subtype) == "direct" && m_out.back().last == m_t.block_last[m_tok[m_out.back().first].block])
            m_out.back().speaker = speaker;
        m_out.push_back(q);
    }

    // "Eleanor “Nell” Whitcombe-Ash": a nickname inside a person's name, no one's speech.
    bool inside_name(std::uint32_t open, std::uint32_t close) const {
        const std::uint32_t m = m_owner[open];
        return m != k_none && m_names[m].kind == Kind::person && m_names[m].first < open && m_names[m].last > close;
    }

    bool scare_cue(std::uint32_t open) const {
        if (open == 0) return false;
        std::uint32_t p = open - 1;
        if (m_tok[p].type != TokenType::word) return false;
        std::string_view w = s(p);
        if (is_literal(w, "nicknamed") || is_literal(w, "dubbed") || is_literal(w, "termed") || is_literal(w, "term") ||
            is_literal(w, "word") || is_literal(w, "phrase") || is_literal(w, "titled") || is_literal(w, "entitled") ||
            is_literal(w, "slogan") || is_literal(w, "label") || is_literal(w, "motto") || is_literal(w, "hashtag") ||
            is_literal(w, "moniker") || is_literal(w, "nickname") || is_literal(w, "headlined") ||
            is_literal(w, "billed") || is_literal(w, "branded") || is_literal(w, "named") || is_literal(w, "alias"))
            return true;
        if (is_literal(w, "called") && p >= 2 && is_punct(m_tok[p - 1], '-') && is_literal(s(p - 2), "so")) return true;
        // "had nicknamed the target “the snowball”", "dubbed it “the Beast”": the verb's object
        // between it and the name.
        for (std::uint32_t q = p; q-- > 0 && q + 4 > p;) {
            if (m_tok[q].type != TokenType::word || m_tok[q].block != m_tok[open].block) break;
            if (any_of(s(q), {"nicknamed", "dubbed", "christened", "renamed"})) return true;
        }
        if (is_literal(w, "as") && p >= 1 && (is_literal(s(p - 1), "known") || is_literal(s(p - 1), "referred")))
            return true;
        if (is_literal(w, "called") && open + 1 < m_tok.size() && m_tok[open + 1].has(k_cap)) return true;
        // "what glaciologists call “dead ice”": a term a profession uses ("what she called …"
        // quotes a speaker: a pronoun or a name between "what" and the verb keeps it direct).
        // "what Sable calls “stress load”", "what the Department of Health calls a "hub-and-spoke"
        // model": a body's or a maker's name for a thing, in the present tense, is a term.
        if (is_literal(w, "calls") || (is_literal(w, "a") && p >= 1 && m_tok[p - 1].type == TokenType::word &&
                                        is_literal(s(p - 1), "calls"))) {
            for (std::uint32_t q = p; q-- > 0 && q + 9 > p;) {
                if (m_tok[q].type != TokenType::word) break;
                if (is_literal(s(q), "what")) return true;
            }
        }
        // "what traders call the “Brazil discount”", "a shortfall officials call the “nitrogen gap”",
        // "what traders had called the “baseline war”": an article between the verb and the term.
        if (any_of(w, {"the", "a", "an"}) && p >= 2 && m_tok[p - 1].type == TokenType::word &&
            any_of(s(p - 1), {"call", "calls", "called"}) && callers_in_general(p - 1, true))
            return true;
        if (is_literal(w, "call") && callers_in_general(p, false)) return true;
        // "a stretch local riders call “the oven”", "whom the crowd calls “the Catapult”": people in
        // general name it right before the term.
        if (any_of(w, {"call", "calls"}) && callers_in_general(p, true)) return true;
        // "a syndicate that calls itself “the Tooth Fairy Syndicate”"
        if (any_of(w, {"itself", "themselves", "himself", "herself"}) && p >= 1 && m_tok[p - 1].type == TokenType::word &&
            any_of(s(p - 1), {"call", "calls", "called", "styles", "styled", "dubs", "dubbed"}))
            return true;
        // "known locally as “galamsey”", "known to team-mates as “the Quiet Storm”"
        if (is_literal(w, "as"))
            for (std::uint32_t q = p; q-- > 0 && q + 5 > p;) {
                if (m_tok[q].type != TokenType::word && !is_punct(m_tok[q], '-')) break;
                if (m_tok[q].type == TokenType::word && is_literal(s(q), "known")) return true;
            }
        return false;
    }

    // Whether the words before the verb "call" at `verb` give no one in particular as its subject:
    // "what glaciologists call" ("what she called" quotes a speaker: a pronoun or a name between
    // "what" and the verb keeps it direct) or, when `people` is set, a plural of people in general
    // right before the present tense ("officials call", "fans call").
    bool callers_in_general(std::uint32_t verb, bool people) const {
        for (std::uint32_t q = verb; q-- > 0 && q + 5 > verb;) {
            if (m_tok[q].type != TokenType::word || m_tok[q].has(k_cap)) break;
            const std::string_view v = s(q);
            if (is_literal(v, "what")) return true;
            if (any_of(v, {"i", "we", "you", "they", "he", "she", "it"})) break;
            if (people && q + 1 == verb && !is_literal(s(verb), "called") &&
                any_of(v, {"officials", "traders", "fans", "critics", "locals", "residents", "analysts",
                              "economists", "experts", "scientists", "researchers", "people", "insiders",
                              "investors", "farmers", "doctors", "activists", "campaigners", "supporters",
                              "opponents", "engineers", "bankers", "dealers", "workers", "players", "drivers",
                              "commuters", "villagers", "teachers", "parents", "students", "users", "riders",
                              "teammates", "mates", "crowd", "islanders", "fishermen", "miners", "staff", "colleagues",
                              "neighbours", "neighbors", "regulars", "visitors", "tourists", "pilots", "sailors",
                              "climbers", "growers", "herders", "surfers", "skiers", "punters", "bettors", "viewers",
                              "listeners", "readers", "supporters", "followers", "critics", "detractors", "admirers"}))
                return true;
        }
        return false;
    }

    // Titles of works: "his book, "The Long Game,"", "the film "Oppenheimer"".
    bool work_title(std::uint32_t open, std::uint32_t close) const {
        if (open + 1 >= close || !m_tok[open + 1].has(k_cap)) return false;
        std::uint32_t p = open;
        if (p > 0 && is_punct(m_tok[p - 1], ',')) --p;
        if (p == 0 || m_tok[p - 1].type != TokenType::word) return false;
        std::string_view w = s(p - 1);
        return is_literal(w, "book") || is_literal(w, "film") || is_literal(w, "movie") || is_literal(w, "song") ||
            is_literal(w, "album") || is_literal(w, "novel") || is_literal(w, "memoir") || is_literal(w, "essay") ||
            is_literal(w, "article") || is_literal(w, "column") || is_literal(w, "play") || is_literal(w, "show") ||
            is_literal(w, "series") || is_literal(w, "documentary") || is_literal(w, "poem") ||
            is_literal(w, "podcast") || is_literal(w, "exhibition") || is_literal(w, "campaign") ||
            is_literal(w, "operation") || is_literal(w, "programme") || is_literal(w, "program") ||
            is_literal(w, "report") || is_literal(w, "study") || is_literal(w, "paper") || is_literal(w, "headline");
    }

    // "adding", "calling": a verb of saying in its -ing form.
    static bool is_participle(std::string_view w) { return w.size() > 4 && w.substr(w.size() - 3) == "ing"; }

    // Verbs that may come before their subject: "said Smith", "wrote the ministry".
    static bool inverting_verb(std::string_view w) {
        static constexpr std::string_view k_verbs[] = {"said", "says", "wrote", "writes", "added", "adds", "noted",
            "notes", "explained", "explains", "continued", "continues", "recalled", "recalls", "insisted", "argued",
            "argues", "stated", "declared", "tweeted", "posted", "replied", "recounted", "concluded", "suggested",
            "warned", "cautioned", "observed", "acknowledged", "admitted", "quipped", "joked", "answered", "responded",
            "asked", "asks", "remarked", "commented", "announced", "claimed", "stressed", "emphasized", "predicted"};
        for (std::string_view v : k_verbs)
            if (w == v) return true;
        return false;
    }

    // A new clause with its own subject: "…" outside parliament, while X's office said …
    bool clause_break(std::uint32_t k) const {
        if (is_punct(m_tok[k], ';')) return true;
        if (m_tok[k].type != TokenType::word) return false;
        std::string_view w = s(k);
        return is_literal(w, "while") || is_literal(w, "whereas") || is_literal(w, "but") ||
            is_literal(w, "although") || is_literal(w, "though") || is_literal(w, "because") ||
            is_literal(w, "after") || is_literal(w, "before") || is_literal(w, "when");
    }

    bool sentence_boundary(std::uint32_t k) const { return m_tok[k].has(k_sentence_start); }

    // A verb of saying spelled like a plural noun and used as one: "in most states", "the
    // reports", "two claims" (not "he states", "which notes").
    bool noun_use(std::uint32_t k) const {
        const std::string_view w = s(k);
        if (k == 0 || w.size() < 4 || w.back() != 's' || m_tok[k].has(k_cap)) return false;
        const Token& p = m_tok[k - 1];
        if (p.type == TokenType::number) return true;
        if (p.type != TokenType::word || p.block != m_tok[k].block) return false;
        const std::string_view pw = s(k - 1);
        return any_of(pw, {"the", "most", "all", "some", "many", "several", "both", "other", "these", "those",
                           "its", "their", "his", "her", "our", "your", "my", "few", "such", "in", "of", "for",
                           "by", "with", "on", "media", "news", "press", "earlier", "recent", "two", "three"});
    }

    std::int32_t entity_of(std::uint32_t mention) const { return m_names[mention].entity; }
    bool is_speaker_kind(std::uint32_t mention) const {
        Kind k = m_names[mention].kind;
        return k == Kind::person || k == Kind::org;
    }

    // Indices of the person mentions, in order (built on first use).
    const std::vector<std::uint32_t>& persons() const {
        if (!m_person_built) {
            for (std::uint32_t k = 0; k < m_names.size(); ++k)
                if (m_names[k].kind == Kind::person) m_person_idx.push_back(k);
            m_person_built = true;
        }
        return m_person_idx;
    }

    // How many person mentions end at or before token `tok` (names are sorted: binary search).
    std::size_t persons_before(std::uint32_t tok) const {
        const std::vector<std::uint32_t>& idx = persons();
        std::size_t lo = 0, hi = idx.size();
        while (lo < hi) {
            std::size_t mid = (lo + hi) / 2;
            if (m_names[idx[mid]].last <= tok) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    // Last person mention before a token.
    std::int32_t last_person_before(std::uint32_t tok) const {
        const std::size_t before = persons_before(tok);
        return before == 0 ? -1 : entity_of(persons()[before - 1]);
    }
    std::int32_t last_org_before(std::uint32_t tok) const {
        for (std::uint32_t k = tok; k-- > 0 && tok - k < 400;) {
            std::uint32_t m = m_owner[k];
            if (m != k_none && m_names[m].kind == Kind::org) return entity_of(m);
        }
        return -1;
    }

    // Mentions of an entity in the whole article (counted once, on first use).
    void count_entities() const {
        if (!m_entity_count.empty()) return;
        m_entity_count.assign(1, 0);
        m_entity_org.assign(1, 0);
        for (const Mention& m : m_names) {
            if (m.entity < 0) continue;
            const auto e = static_cast<std::size_t>(m.entity);
            if (e >= m_entity_count.size()) {
                m_entity_count.resize(e + 1, 0);
                m_entity_org.resize(e + 1, 0);
            }
            if (m_entity_count[e]++ == 0) m_entity_org[e] = m.kind == Kind::org;
        }
    }
    std::size_t mention_count(std::int32_t entity) const {
        count_entities();
        return entity >= 0 && static_cast<std::size_t>(entity) < m_entity_count.size() ? m_entity_count[entity] : 0;
    }
    // The first organization named in the paragraph of token `tok`, before it.
    std::int32_t first_org_of_block(std::uint32_t tok) const {
        std::uint32_t from = m_t.block_first[m_tok[tok].block];
        if (tok - from > k_max_back * 8) from = tok - k_max_back * 8; // bounded on huge paragraphs
        for (std::uint32_t k = from; k < tok; ++k) {
            const std::uint32_t m = m_owner[k];
            if (m != k_none && m_names[m].kind == Kind::org) return entity_of(m);
        }
        return -1;
    }

    bool entity_is_org(std::int32_t entity) const {
        count_entities();
        return entity >= 0 && static_cast<std::size_t>(entity) < m_entity_org.size() && m_entity_org[entity] != 0;
    }

    // The organization before a token whose name holds `noun` ("court" → "Court of Justice"); of
    // several, the latest in paragraph `block`, else the one the article names most often, then
    // the latest.
    std::int32_t org_with_word_before(std::string_view noun, std::uint32_t tok, std::uint32_t block) const {
        // "Strategists at Vandermeer Bank said … the bank wrote": one named in the paragraph of the
        // noun, before it, comes first.
        for (std::size_t k = m_names.size(); k-- > 0;) {
            const Mention& m = m_names[k];
            if (m.last > tok) continue;
            if (m_tok[m.first].block != block) break;
            if (m.kind != Kind::org) continue;
            for (std::uint32_t q = m.first; q < m.last; ++q)
                if (m_tok[q].type == TokenType::word && equals_lower(s(q), noun)) return m.entity;
        }
        std::int32_t best = -1;
        std::size_t best_count = 0;
        for (std::size_t k = 0; k < m_names.size() && m_names[k].last <= tok; ++k) {
            const Mention& m = m_names[k];
            if (m.kind != Kind::org) continue;
            bool holds = false;
            for (std::uint32_t q = m.first; q < m.last && !holds; ++q)
                holds = m_tok[q].type == TokenType::word && equals_lower(s(q), noun);
            if (!holds) continue;
            const std::size_t count = mention_count(m.entity);
            if (count >= best_count) {
                best = m.entity;
                best_count = count;
            }
        }
        return best;
    }

    // A PERSON/ORG mention starting at k (skipping titles/demonyms before it), or k_none.
    std::uint32_t mention_at(std::uint32_t k, std::uint32_t limit) const {
        bool lower_title = false;
        bool possessive_seen = false;
        std::uint32_t lowers = 0;
        std::uint32_t window = 0;
        for (std::uint32_t q = k; q < limit && q < k + 4 + lowers + window; ++q) {
            std::uint32_t m = m_owner[q];
            if (m != k_none && is_speaker_kind(m)) {
                // "said Wild coach Paul Ekström": the team or company qualifies the person.
                // ("said Dascălu's coach, Bogdan Ilie": a person's possessive qualifies one too.)
                const std::uint32_t after = m_names[m].last;
                if (m_names[m].kind == Kind::org ||
                    (after < m_tok.size() && m_tok[after].type == TokenType::possessive)) {
                    std::uint32_t p = person_after_title(after, limit);
                    if (p != k_none) return p;
                }
                if (lower_title && m_names[m].kind != Kind::person) return k_none;
                return m;
            }
            if (is_punct(m_tok[q], '.')) continue; // "Rep. Alexandria Ocasio-Cortez"
            // "said the father, Vikram Raghunathan": a description in apposition before the name.
            // ("said his son, Erik Lindqvist", "said her sister Ann Smith": a possessive determiner too.)
            if (q == k && m_tok[q].type == TokenType::word &&
                any_of(s(q), {"the", "a", "an", "his", "her", "their", "its", "our", "my"})) {
                ++lowers;
                continue;
            }
            if (lower_title && is_punct(m_tok[q], ',')) continue;
            // "said Undersecretary for Railways Ernesto Ilagan": a capitalized title's "for" or "of"
            // and its portfolio (two words at most) widen the window.
            if (q > k && window < 4 && m_tok[q].type == TokenType::word && any_of(s(q), {"for", "of"}) &&
                m_tok[q - 1].type == TokenType::word && m_tok[q - 1].is(k_wc_title) && m_tok[q - 1].has(k_cap) &&
                q + 1 < limit && m_tok[q + 1].type == TokenType::word && m_tok[q + 1].has(k_cap) &&
                m_owner[q + 1] == k_none) { // (not "the Managing Director of LAMATA, Engr. …")
                window += 3;
                continue;
            }
            // "said the firm's director, Etienne Ravier": a possessive after a lower-case noun.
            // (It widens the window by one token without counting as a title word.)
            if (lower_title && m_tok[q].type == TokenType::possessive && !possessive_seen) {
                possessive_seen = true;
                ++window;
                continue;
            }
            // "wrote analyst Marco Ferri": a lower-case title between verb and name.
            // "said lead author Dr. Priya Raman": up to two such words.
            if (m_tok[q].type == TokenType::word && !m_tok[q].has(k_cap) && lowers < (possessive_seen ? 4u : 3u) &&
                lower_title_word(s(q))) {
                lower_title = true;
                ++lowers;
                continue;
            }
            if (m_tok[q].type != TokenType::word || !m_tok[q].has(k_cap)) return k_none;
        }
        return k_none;
    }

    // "said the Municipal Chief Executive (MCE) for Sefwi Wiawso, Hon. Yaw Boakye-Ansah.": after
    // "the", an office's capitalized title (with its acronym, its seat and a comma) before the
    // person who holds it.
    std::uint32_t person_after_long_title(std::uint32_t k, std::uint32_t limit) const {
        if (k >= limit || m_tok[k].type != TokenType::word || !is_literal(s(k), "the")) return k_none;
        bool title = false;
        for (std::uint32_t q = k + 1; q < limit && q < k + 16; ++q) {
            const Token& t = m_tok[q];
            const std::uint32_t m = m_owner[q];
            if (m != k_none && m_names[m].kind == Kind::person) return title ? m : k_none;
            if (m != k_none && m_names[m].kind != Kind::place) return k_none; // an organization's name: its own rule
            if (m != k_none) continue; // the office's seat: "for Sefwi Wiawso"
            if (t.type == TokenType::word) {
                if (t.has(k_cap)) {
                    title = title || t.is(k_wc_title);
                    continue;
                }
                if (is_literal(s(q), "for") || is_literal(s(q), "of")) continue;
                // ("says the commission's director of parks, Callum Ashby-Renner": a title in lower
                // case, a job word among its words.)
                if (is_person_role(s(q)) ||
                    any_of(s(q), {"director", "executive", "officer", "spokesman", "spokeswoman", "spokesperson",
                                  "head", "chief", "secretary", "adviser", "advisor", "official", "chair",
                                  "chairperson", "leader", "founder", "owner", "organiser", "organizer",
                                  "coordinator", "analyst", "economist", "ranger", "warden"})) {
                    title = true;
                    continue;
                }
                if (!is_function_word(s(q)) && !t.is(k_wc_speech_verb) && t.size() >= 3 && q + 1 < limit &&
                    m_owner[q] == k_none)
                    continue; // "director of parks", "senior adviser"
                return k_none;
            }
            if (t.type == TokenType::possessive) continue; // "the commission's director"
            if (is_punct(t, '(') || is_punct(t, ')') || is_punct(t, ',') || is_punct(t, '.')) continue;
            return k_none;
        }
        return k_none;
    }

    // A lower-case job word before a name ("analyst", "coach"): no function word or verb (a
    // relative's three letters too: "said his son, Erik Lindqvist").
    static bool lower_title_word(std::string_view w) {
        return (w.size() >= 4 || any_of(w, {"son", "mum", "mom", "dad"})) && !is_function_word(w) &&
               !is_speech_verb(w) && !is_literal(w, "that") && !is_literal(w, "this") && !is_literal(w, "with") &&
               !is_literal(w, "from") && !is_literal(w, "into") && !is_literal(w, "after") &&
               !is_literal(w, "before") && !is_literal(w, "when");
    }

    // A person right after one or two lower-case title words ("coach Paul Ekström").
    // ("said the Sussex head coach, Mark Pellow", "said Vantora's chief executive, Sabine
    // Oehlkers": a possessive, and a comma after the title words, may come between.)
    std::uint32_t person_after_title(std::uint32_t k, std::uint32_t limit) const {
        std::uint32_t titles = 0;
        if (k < limit && m_tok[k].type == TokenType::possessive) ++k;
        for (std::uint32_t q = k; q < limit && q < k + 5; ++q) {
            std::uint32_t m = m_owner[q];
            if (m != k_none) return m_names[m].kind == Kind::person && (titles > 0 || q == k) ? m : k_none;
            if (titles > 0 && is_punct(m_tok[q], ',') && q + 1 < limit && m_owner[q + 1] != k_none) continue;
            if (m_tok[q].type != TokenType::word || m_tok[q].has(k_cap) || !lower_title_word(s(q))) return k_none;
            ++titles;
        }
        return k_none;
    }

    // The sentence start at or before token k (bounded scan).
    // The verb of saying at `verb` has an unnamed spokesperson, official or source for subject,
    // right before it (its noun phrase opening after `first`): "a Transport Scotland spokesperson
    // said", "a spokeswoman for Fairweather said", "officials said", "an MDE spokesperson has said"
    // (not "spokesperson Jane Roe said": a name comes between; not "the official said", who may
    // be named before).
    bool unnamed_subject_before(std::uint32_t verb, std::uint32_t first) const {
        std::uint32_t k = verb;
        while (k > first && m_tok[k - 1].type == TokenType::word && any_of(s(k - 1), {"has", "had", "also", "later"})) --k;
        if (k <= first) return false;
        --k; // the word before the verb
        // ("a spokeswoman for Fairweather": an organization after "for", "at" or "of")
        if (m_owner[k] != k_none && m_names[m_owner[k]].kind == Kind::org) {
            const std::uint32_t o = m_names[m_owner[k]].first;
            if (o < first + 2 || m_tok[o - 1].type != TokenType::word || !any_of(s(o - 1), {"for", "at", "of"})) return false;
            k = o - 2;
        }
        if (m_tok[k].type != TokenType::word || m_tok[k].has(k_cap)) return false;
        const std::string_view w = s(k);
        if (any_of(w, {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen",
                       "spokespersons", "officials", "sources", "insiders", "aides", "diplomats"}))
            return true;
        if (!any_of(w, {"official", "source", "insider", "aide", "diplomat", "representative"})) return false;
        // (one of these alone: "a senior ministry official", "one source", "another diplomat")
        for (std::uint32_t q = k; q-- > first && k - q <= 5;) {
            if (m_tok[q].type != TokenType::word) return false;
            const std::string_view d = s(q);
            if (any_of(d, {"a", "an", "A", "An", "one", "One", "another", "Another"})) return true;
            if (m_tok[q].is(k_wc_function) || m_tok[q].is(k_wc_speech_verb)) return false;
        }
        return false;
    }

    // An anonymity clause at token k: "who asked not to be named", "speaking on condition of
    // anonymity", "who declined to be identified", "not authorised to speak"; the token after it.
    bool anonymity_at(std::uint32_t k) const {
        if (m_tok[k].type != TokenType::word) return false;
        const std::string_view w = s(k);
        if (is_literal(w, "anonymity") || is_literal(w, "anonymously")) return true;
        if ((is_literal(w, "named") || is_literal(w, "identified")) && k >= 3 && is_literal(s(k - 1), "be") &&
            is_literal(s(k - 2), "to") && any_of(s(k - 3), {"not", "declined", "refused"}))
            return true;
        return any_of(w, {"authorized", "authorised", "allowed", "permitted"}) && k >= 1 && is_literal(s(k - 1), "not") &&
               k + 1 < m_tok.size() && is_literal(s(k + 1), "to");
    }

    // "An official at the Royal Irrigation Department, who asked not to be named, said …", "A
    // port official, who spoke on condition of anonymity, was blunter. “…,” he said": someone
    // unnamed came between the speaker found (named last at or before the quote) and the quote,
    // in its paragraph or the one before, and it is that unnamed person who speaks.
    bool anonymous_speaker_between(std::int32_t speaker, std::uint32_t open) const {
        std::uint32_t last = k_none; // the speaker's last mention before the quote
        for (std::size_t i = m_names.size(); i-- > 0;) {
            const Mention& m = m_names[i];
            if (m.last <= open && m.entity == speaker) {
                last = static_cast<std::uint32_t>(i);
                break;
            }
        }
        if (last == k_none) return false;
        const Mention& m = m_names[last];
        const std::uint32_t block = m_tok[open].block;
        const std::uint32_t from = std::max(m.last, m_t.block_first[block > 0 ? block - 1 : 0]);
        for (std::uint32_t k = from; k < open; ++k) {
            if (!anonymity_at(k)) continue;
            const std::uint32_t ss = sentence_start_of(k);
            // In a later sentence than the speaker's name; or in its sentence when that opens with
            // someone unnamed ("An official at X, who …").
            if (ss >= m.last) return true;
            if (ss <= m.first && m_tok[ss].type == TokenType::word &&
                any_of(s(ss), {"A", "An", "Another", "One"}) && m.kind != Kind::person)
                return true;
            return false;
        }
        return false;
    }

    std::uint32_t sentence_start_of(std::uint32_t k) const {
        std::uint32_t bfirst = m_t.block_first[m_tok[k].block];
        std::uint32_t q = k;
        while (q > bfirst && !sentence_boundary(q) && k - q < k_max_back) --q;
        return q;
    }

    // Whether a person mention is the first person of its sentence (its likely subject, not an
    // object or a name inside a relative clause: "X said … shots at Y").
    // ("Dascălu's coach, Bogdan Ilie, said": a person named in the possessive only qualifies the
    // subject, who is the first person after it.)
    bool first_person_of_sentence(std::uint32_t mention) const {
        std::uint32_t f = m_names[mention].first;
        std::uint32_t last = m_names[mention].last;
        if (last < m_tok.size() && m_tok[last].type == TokenType::possessive) return false;
        // "Sentencing Bowditch, Judge Helen Castellano said he had …": the name a speech verb
        // follows is the subject.
        if (last < m_tok.size() && m_tok[last].type == TokenType::word && m_tok[last].is(k_wc_speech_verb) &&
            m_tok[last].block == m_tok[f].block)
            return true;
        std::uint32_t ss = sentence_start_of(f);
        for (std::uint32_t q = ss; q < f; ++q) {
            std::uint32_t o = m_owner[q];
            if (o == k_none || m_names[o].kind != Kind::person) continue;
            const std::uint32_t end = m_names[o].last;
            if (end < m_tok.size() && m_tok[end].type == TokenType::possessive) continue;
            return false;
        }
        return true;
    }

    // The sex of a person entity ('f' or 'm') when the given name of one of its mentions tells it
    // and none contradicts it; 0 otherwise (built on first use).
    char entity_sex(std::int32_t entity) const {
        if (!m_sex_built) {
            const Gazetteer& g = Gazetteer::instance();
            for (const std::uint32_t k : persons()) {
                const Mention& m = m_names[k];
                if (m.entity < 0 || m.last - m.first < 2 || m_tok[m.first].type != TokenType::word) continue;
                const char sex = g.given_sex(s(m.first));
                if (static_cast<std::size_t>(m.entity) >= m_sex.size()) m_sex.resize(static_cast<std::size_t>(m.entity) + 1, 0);
                char& known = m_sex[static_cast<std::size_t>(m.entity)];
                if (sex == 0) continue;
                known = known == 0 ? sex : (known == sex ? known : '?');
            }
            m_sex_built = true;
        }
        if (entity < 0 || static_cast<std::size_t>(entity) >= m_sex.size()) return 0;
        const char sex = m_sex[static_cast<std::size_t>(entity)];
        return sex == 'f' || sex == 'm' ? sex : 0;
    }

    // "he"/"she": the last person who was the subject of a sentence (the first person named in
    // it), searched a few persons back; else the last person named. A person whose given name
    // says the other sex is passed over ("Francesca Orlandi … Lukas Brenninger … she said").
    std::int32_t subject_person_before(std::uint32_t tok, char sex = 0) const {
        const std::size_t lo = persons_before(tok);
        if (lo == 0) return -1;
        const std::vector<std::uint32_t>& idx = persons();
        auto fits = [&](std::int32_t entity) {
            if (sex == 0) return true;
            const char known = entity_sex(entity);
            return known == 0 || known == sex;
        };
        std::int32_t last = entity_of(idx[lo - 1]);
        if (!fits(last)) {
            for (std::size_t i = lo - 1, tries = 0; i-- > 0 && tries < 8; ++tries) {
                if (fits(entity_of(idx[i]))) {
                    last = entity_of(idx[i]);
                    break;
                }
            }
        }
        std::uint32_t block = m_tok[tok].block;
        // Only nearby paragraphs: a few back ("She studied …" paragraphs between the name and
        // "she said" still point to the sentence subject, not to a relative named in passing).
        // A person named inside a quotation ("But Declan has ice in his veins," the coach said)
        // is talked about, not the one "he" refers to afterwards.
        std::int32_t outside = -1; // the last person named outside quotations
        for (std::size_t i = lo, tries = 0; i-- > 0 && tries < 8; ++tries) {
            std::uint32_t m = idx[i];
            if (block - m_tok[m_names[m].first].block > 4) break;
            if (inside_quote(m_names[m].first) || !fits(entity_of(m)) || credited(m)) continue;
            if (outside < 0) outside = entity_of(m);
            if (first_person_of_sentence(m)) return entity_of(m);
        }
        return outside >= 0 ? outside : last;
    }

    // A name in a byline, or in capitals ("JASON FRANCHUK/THE GLOBE AND MAIL"): the writer or the
    // photographer, never whom "he" or "she" in the story refers to.
    bool credited(std::uint32_t mention) const {
        const Mention& m = m_names[mention];
        const std::uint16_t b = m_tok[m.first].block;
        if (b < m_t.block_kinds.size() && m_t.block_kinds[b] == BlockKind::byline) return true;
        return m_tok[m.first].has(k_all_caps) && m_tok[m.last - 1].has(k_all_caps);
    }

    // Token `tok` lies inside a quotation found so far (m_out is in text order).
    bool inside_quote(std::uint32_t tok) const {
        for (std::size_t j = m_out.size(); j-- > 0;) {
            const Mention& q = m_out[j];
            if (q.last <= tok) return false;
            if (q.first <= tok) return true;
        }
        return false;
    }

    // Nouns for a person's role that an article uses to refer back to a named person.
    static bool is_person_role(std::string_view w) {
        return any_of(w, {"judge", "coach", "minister", "mayor", "premier", "president", "governor", "senator",
                          "prosecutor", "captain", "manager", "commissioner", "professor", "chancellor",
                          "magistrate", "sheriff", "inspector", "superintendent", "clerk", "councillor", "councilor",
                          "chairman", "chairwoman", "treasurer", "auditor", "ombudsman", "counsel", "dean", "bishop",
                          "archbishop", "vicar", "rector", "headteacher", "headmaster", "headmistress", "principal",
                          "ambassador"});
    }

    // The last person named (within a dozen paragraphs before token `tok`) right after that role
    // word or its title ("Justice"/"Judge" for a judge, "Prof" for a professor); -1 when none.
    std::int32_t person_with_role_before(std::string_view role, std::uint32_t tok) const {
        const std::vector<std::uint32_t>& idx = persons();
        const bool judge = is_literal(role, "judge");
        const bool professor = is_literal(role, "professor");
        auto matches = [&](std::uint32_t q) {
            if (m_tok[q].type != TokenType::word) return false;
            const std::string_view w = s(q);
            if (w.size() == role.size() && equals_lower(w, role)) return true;
            if (judge) return is_literal(w, "Justice") || is_literal(w, "Judge");
            return professor && (is_literal(w, "Prof") || is_literal(w, "Professor"));
        };
        const std::uint32_t block = m_tok[tok].block;
        const bool counsel = is_literal(role, "counsel");
        for (std::size_t i = idx.size(); i-- > 0;) {
            const Mention& m = m_names[idx[i]];
            if (m.last > tok) continue;
            if (block - m_tok[m.first].block > 12) break;
            // "counsel said": the barrister named with a barrister's letters or ", defending".
            if (counsel) {
                for (std::uint32_t q = m.last; q < m.last + 3 && q < m_tok.size() && m_tok[q].block == m_tok[m.first].block; ++q)
                    if (m_tok[q].type == TokenType::word &&
                        any_of(s(q), {"SC", "BL", "KC", "QC", "defending", "prosecuting", "counsel"}))
                        return entity_of(idx[i]);
                continue;
            }
            // The role within eight tokens before the name, in its sentence ("the State Minister for
            // Water, Ms Aisha Nakiwala Sekindi", "the Dean of Norwich, the Very Rev Catherine Ashby").
            for (std::uint32_t q = m.first; q-- > 0 && m.first - q <= 8 && m_tok[q].block == m_tok[m.first].block;) {
                if (matches(q)) return entity_of(idx[i]);
                if (m_tok[q].type != TokenType::word && !is_punct(m_tok[q], '.') && !is_punct(m_tok[q], ',')) break;
                // ("Judge Caroline Aspinall jailed Dean Whitmore": a verb between them; the role is
                // another's.)
                if (m_tok[q].type == TokenType::word && !m_tok[q].has(k_cap) &&
                    !any_of(s(q), {"for", "of", "and", "the", "de", "la", "van", "von", "al", "bin"}))
                    break;
                if (is_punct(m_tok[q], '.') && q > 0 && m_tok[q - 1].size() > 3) break; // a sentence end
            }
        }
        return -1;
    }

    // The person or organization that opens paragraph `block` (within its first eight tokens, a role
    // noun before it allowed) when a verb of saying follows in the same sentence; -1 when none.
    std::int32_t next_paragraph_speaker(std::uint32_t block) const {
        const std::uint32_t first = m_t.block_first[block];
        const std::uint32_t last = m_t.block_last[block];
        // (A person first: "Preston manager Gareth Hollinsworth told …" is the manager's.)
        std::uint32_t m = k_none;
        std::uint32_t org = k_none;
        for (std::uint32_t q = first; q < last && q < first + 8 && m == k_none; ++q) {
            const std::uint32_t o = m_owner[q];
            if (o == k_none || !is_speaker_kind(o)) continue;
            if (m_names[o].kind == Kind::person) m = o;
            else if (org == k_none) org = o;
        }
        if (m == k_none) m = org;
        if (m == k_none) return -1;
        for (std::uint32_t v = m_names[m].last; v < last && v < m_names[m].last + 30; ++v) {
            if (v > m_names[m].last && sentence_boundary(v)) break;
            if (m_tok[v].type == TokenType::word && m_tok[v].is(k_wc_speech_verb) && !m_tok[v].has(k_cap))
                return entity_of(m);
        }
        return -1;
    }

    // The speaker of paragraph `block`: its last direct quote's, else its last reported speech's
    // subject; -1 when none.
    std::int32_t previous_paragraph_speaker(std::uint32_t block) const {
        if (!m_out.empty() && m_tok[m_out.back().first].block == block) {
            if (std::string_view(m_out.back().subtype) == "direct" && m_out.back().speaker >= 0)
                return m_out.back().speaker;
        }
        const std::uint32_t last = m_t.block_last[block];
        if (last == m_t.block_first[block]) return -1;
        return reported_speaker_before(last - 1);
    }

    // The speaker of the last "X said …" (a person, an organization or a pronoun right before a
    // verb of saying) in the paragraph, before token `open`; -1 when none.
    std::int32_t reported_speaker_before(std::uint32_t open) const {
        const std::uint32_t first = m_t.block_first[m_tok[open].block];
        for (std::uint32_t v = open; v-- > first + 1;) {
            if (m_tok[v].type != TokenType::word || !m_tok[v].is(k_wc_speech_verb) || m_tok[v].has(k_cap)) continue;
            const std::uint32_t k = v - 1;
            const std::uint32_t m = m_owner[k];
            if (m != k_none && is_speaker_kind(m) && m_names[m].last == v) return entity_of(m);
            const std::int32_t pronoun = pronoun_speaker(k, k);
            if (pronoun >= 0) return pronoun;
            // "Naveen Dhaliwal, whose party now holds 24 seats, said …": a name, then an apposition
            // between commas, then the verb.
            if (is_punct(m_tok[k], ',')) {
                for (std::uint32_t c = k; c-- > first + 1 && c + 30 > k;) {
                    if (sentence_boundary(c)) break;
                    if (!is_punct(m_tok[c], ',')) continue;
                    const std::uint32_t a = m_owner[c - 1];
                    const std::string_view w = m_tok[c + 1].type == TokenType::word ? s(c + 1) : std::string_view();
                    if (a != k_none && is_speaker_kind(a) && m_names[a].last == c &&
                        (any_of(w, {"who", "whose", "a", "an", "the"}) || m_tok[c + 1].type == TokenType::number))
                        return entity_of(a);
                    break; // only the apposition's opening comma
                }
            }
        }
        return -1;
    }

    // "he"/"she", "it", and "the company"/"the ministry" (an organization named before) at token k.
    std::int32_t pronoun_speaker(std::uint32_t k, std::uint32_t before) const {
        if (m_tok[k].type != TokenType::word) return -1;
        std::string_view w = s(k);
        if (is_literal(w, "he") || is_literal(w, "He")) return subject_person_before(before, 'm');
        if (is_literal(w, "she") || is_literal(w, "She")) return subject_person_before(before, 'f');
        // "…," the 41-year-old said: a person's age in place of the name refers back like a pronoun.
        if (is_literal(w, "old") && k >= 5 && k + 1 < m_tok.size() && m_tok[k + 1].type == TokenType::word &&
            m_tok[k + 1].is(k_wc_speech_verb) && is_punct(m_tok[k - 1], '-') && is_literal(s(k - 2), "year") &&
            is_punct(m_tok[k - 3], '-') && m_tok[k - 4].type == TokenType::number &&
            (is_literal(s(k - 5), "the") || is_literal(s(k - 5), "The")))
            return subject_person_before(before);
        // "…," the South African said, "…," the jockey said: a nationality or a sporting role in
        // place of the name refers back like a pronoun, to the person last named as a subject.
        if (k >= 1 && k + 1 < m_tok.size() && m_tok[k + 1].type == TokenType::word && m_tok[k + 1].is(k_wc_speech_verb) &&
            !is_literal(s(k + 1), "according") && (is_literal(s(k - 1), "the") || is_literal(s(k - 1), "The") ||
                                                   (k >= 2 && m_tok[k].is(k_wc_demonym) &&
                                                       (m_tok[k - 1].is(k_wc_demonym) ||
                                                           any_of(s(k - 1), {"South", "North", "New", "West", "East"})) &&
                                                       (is_literal(s(k - 2), "the") || is_literal(s(k - 2), "The"))))) {
            const bool nationality = m_tok[k].is(k_wc_demonym) && m_tok[k].has(k_cap);
            const bool role = !m_tok[k].has(k_cap) &&
                              any_of(w, {"jockey", "rider", "driver", "striker", "midfielder", "defender", "forward",
                                         "goalkeeper", "winger", "batter", "batsman", "bowler", "pitcher", "golfer",
                                         "veteran", "youngster", "teenager", "champion", "skipper", "winner", "runner",
                                         "swimmer", "sprinter", "boxer", "fighter", "player", "rookie", "newcomer",
                                         "quarterback", "centre", "center", "guard", "captain", "cyclist", "climber",
                                         "trainer", "owner", "farmer", "grower", "fisherman", "resident", "mother",
                                         "father", "widow", "survivor", "grandmother", "grandfather", "pensioner"});
            if (nationality || role) {
                // (The last person named as a subject, of the sex a role gives where it gives one.)
                const char sex = any_of(w, {"mother", "widow", "grandmother"}) ? 'f'
                                 : any_of(w, {"father", "grandfather"})          ? 'm'
                                                                                 : 0;
                return subject_person_before(before, sex);
            }
        }
        if (is_literal(w, "it") || is_literal(w, "It")) {
            // "…," the court said. It added …: the organization that spoke just before.
            if (!m_out.empty() && m_tok[m_out.back().first].block == m_tok[k].block && m_out.back().speaker >= 0 &&
                entity_is_org(m_out.back().speaker))
                return m_out.back().speaker;
            return last_org_before(before);
        }
        // The noun must be the subject of the verb of saying: "the group said", "the ministry
        // also said" (not "the head of the group said", "the company's spokesman said").
        if (k == 0 || k + 1 >= m_tok.size() || (k >= 2 && (is_literal(s(k - 2), "of") || is_literal(s(k - 2), "for"))))
            return -1;
        std::uint32_t v = k + 1;
        if (m_tok[v].type == TokenType::word && any_of(s(v), {"has", "had", "also", "later"})) ++v;
        if (v >= m_tok.size() || m_tok[v].type != TokenType::word || !m_tok[v].is(k_wc_speech_verb)) return -1;
        const auto the_at = [&](std::uint32_t q) { return is_literal(s(q), "the") || is_literal(s(q), "The"); };
        // "…," the judge said: the person the article introduced with that role ("Justice P. Ilango
        // Devasagayam", "Rovers coach Gareth Pennock"); "the deputy minister added": one modifier
        // may come between.
        // ("the Dean said": a role some papers capitalize.)
        char lowered[16];
        if (m_tok[k].has(k_cap) && !m_tok[k].has(k_all_caps) && w.size() < sizeof(lowered) && the_at(k - 1)) {
            for (std::size_t i = 0; i < w.size(); ++i)
                lowered[i] = static_cast<char>(w[i] >= 'A' && w[i] <= 'Z' ? w[i] - 'A' + 'a' : w[i]);
            w = std::string_view(lowered, w.size());
        }
        if (is_person_role(w)) {
            const bool modified = k >= 2 && m_tok[k - 1].type == TokenType::word && !m_tok[k - 1].has(k_cap) &&
                                  the_at(k - 2) &&
                                  any_of(s(k - 1), {"deputy", "former", "acting", "chief", "senior", "state", "county",
                                                    "district", "union", "local", "junior", "assistant"});
            // (Courts write "counsel said" with no article.)
            return the_at(k - 1) || modified || is_literal(w, "counsel") ? person_with_role_before(w, before) : -1;
        }
        if (!the_at(k - 1) || !org_noun_subtype(w)) return -1;
        // "the court said": the organization named with that noun ("European Court of Justice");
        // else the organization the paragraph opened with ("Fondazione Lanterna, a Genoa banking
        // foundation, … the foundation said"); else the last one named.
        const std::int32_t named = org_with_word_before(w, before, m_tok[k].block);
        if (named >= 0) return named;
        const std::int32_t topic = first_org_of_block(before);
        return topic >= 0 ? topic : last_org_before(before);
    }


    // Speaker search: before the quote when words of its sentence precede it, else after it.
    std::int32_t find_speaker(std::uint32_t open, std::uint32_t close, bool unclosed, bool& found) const {
        std::uint32_t block = m_tok[open].block;
        std::uint32_t bfirst = m_t.block_first[block];
        std::uint32_t blast = m_t.block_last[block];
        // Sentence start before the quote.
        std::uint32_t sstart = open;
        while (sstart > bfirst && !sentence_boundary(sstart) && open - sstart < k_max_back) --sstart;
        bool partial = sstart < open;
        std::int32_t sp = -1;
        if (partial) {
            sp = search_before(sstart, open, found);
            if (found) return sp;
        }
        // "Nurul Hashim said: "It works." Later, Mariama Sulemana said: …": a colon right before the
        // quote hands it to the sentence before, not to the next sentence's speaker.
        if (!partial && open > bfirst + 1 && is_punct(m_tok[open - 1], ':')) {
            std::uint32_t ps = open - 1;
            while (ps > bfirst && !sentence_boundary(ps) && open - ps < k_max_back) --ps;
            sp = search_before(ps, open - 1, found);
            if (found) return sp;
        }
        if (!unclosed) {
            sp = search_after(close + 1, blast, open, found);
            if (found) return sp;
        }
        // "Putin: "We will win"" (headlines) and "X said:" ending the previous paragraph.
        if (open > bfirst && is_punct(m_tok[open - 1], ':') && open >= 2) {
            std::uint32_t m = m_owner[open - 2];
            if (m != k_none && is_speaker_kind(m)) {
                found = true;
                return entity_of(m);
            }
        }
        if (open == bfirst && block > 0) {
            std::uint32_t pfirst = m_t.block_first[block - 1];
            std::uint32_t plast = m_t.block_last[block - 1];
            if (plast > pfirst && is_punct(m_tok[plast - 1], ':')) {
                std::uint32_t ps = plast - 1;
                while (ps > pfirst && !sentence_boundary(ps) && plast - ps < k_max_back) --ps;
                std::int32_t sp2 = search_before(ps, plast - 1, found);
                if (found) return sp2;
                std::uint32_t m = plast >= 2 ? m_owner[plast - 2] : k_none;
                if (m != k_none && is_speaker_kind(m)) {
                    found = true;
                    return entity_of(m);
                }
            }
        }
        if (!partial) {
            // "He said: "…"" in the previous sentence of the paragraph.
            std::uint32_t prev = sstart;
            if (prev > bfirst) {
                std::uint32_t ps = prev - 1;
                while (ps > bfirst && !sentence_boundary(ps) && prev - ps < k_max_back) --ps;
                if (prev >= 1 && (is_punct(m_tok[prev - 1], ':'))) {
                    sp = search_before(ps, prev - 1, found);
                    if (found) return sp;
                }
            }
        }
        // "Dave Robilliard, 58, who has fished from Bordeaux for 41 years, said the increase would cost
        // him …" and then a paragraph that opens with a quote no one is named for: the person whose
        // reported speech ends the paragraph before (a paragraph with no quotation of its own).
        // (Not a quote that runs on: its last paragraph names the speaker.)
        if (!partial && !unclosed && open == bfirst && block > 0) {
            const std::uint32_t pfirst = m_t.block_first[block - 1];
            const std::uint32_t plast = m_t.block_last[block - 1];
            bool quoted = false;
            for (auto mark = std::lower_bound(m_t.quote_marks.begin(), m_t.quote_marks.end(), pfirst);
                 mark != m_t.quote_marks.end() && *mark < plast && !quoted; ++mark)
                quoted = mark_of(m_tok[*mark]) != Mark::none;
            std::uint32_t verb = k_none;
            for (std::uint32_t k = plast; !quoted && k-- > pfirst && plast - k < k_max_back;) {
                if (m_tok[k].type == TokenType::word && m_tok[k].is(k_wc_speech_verb) && m_owner[k] == k_none &&
                    !is_literal(s(k), "according")) {
                    verb = k;
                    break;
                }
            }
            if (verb != k_none) {
                bool f2 = false;
                const std::int32_t sp2 = search_before(sentence_start_of(verb), verb + 1, f2);
                if (f2 && sp2 >= 0 && !entity_is_org(sp2)) {
                    found = true;
                    return sp2;
                }
            }
        }
        // "The Dane was just as pleased with his side's patience. “At 1-1 …”", "He was calmer. “…”":
        // a quote opening a sentence right after one of its paragraph whose subject is a person (a
        // pronoun, a name, "the" and a role or a nationality) is that person's.
        // (Not a quotation that is itself a clause's subject: "“Welcome home” read a banner".)
        const bool clause_after = close + 1 < blast &&
                                  m_tok[close + 1].type == TokenType::word && !m_tok[close + 1].has(k_cap);
        if (!partial && !clause_after && sstart > bfirst) {
            const std::int32_t sp3 = previous_sentence_subject(sstart, bfirst);
            if (sp3 >= 0) {
                found = true;
                return sp3;
            }
        }
        return -1;
    }

    // The person who is the subject of the sentence ending right before token `sstart` (in the
    // paragraph opening at `bfirst`), when that sentence holds no quotation; -1 otherwise.
    std::int32_t previous_sentence_subject(std::uint32_t sstart, std::uint32_t bfirst) const {
        std::uint32_t ps = sstart - 1;
        while (ps > bfirst && !sentence_boundary(ps) && sstart - ps < k_max_back) --ps;
        if (!sentence_boundary(ps) || sstart - ps < 3) return -1;
        for (std::uint32_t k = ps; k < sstart; ++k)
            if (m_tok[k].type == TokenType::punct && mark_of(m_tok[k]) != Mark::none) return -1;
        if (m_tok[ps].type != TokenType::word) return -1;
        const std::string_view w = s(ps);
        if (is_literal(w, "He")) return subject_person_before(ps, 'm');
        if (is_literal(w, "She")) return subject_person_before(ps, 'f');
        if (const std::uint32_t m = m_owner[ps]; m != k_none) {
            if (m_names[m].kind != Kind::person || m_names[m].first != ps) return -1;
            const std::uint32_t after = m_names[m].last;
            // (A name that is the subject: a verb follows, not "X's" or "X and Y".)
            if (after >= sstart || m_tok[after].type != TokenType::word || m_tok[after].has(k_cap) ||
                any_of(s(after), {"and", "or", "of", "for"}))
                return -1;
            return entity_of(m);
        }
        if (!is_literal(w, "The") || ps + 2 >= sstart || m_tok[ps + 1].type != TokenType::word ||
            m_tok[ps + 2].type != TokenType::word || m_tok[ps + 2].has(k_cap))
            return -1;
        const std::string_view noun = s(ps + 1);
        // (A verb of state after the noun: "The Dane was …", "The coach seemed …".)
        if (!any_of(s(ps + 2), {"was", "is", "had", "has", "looked", "seemed", "sounded", "remained", "felt"})) return -1;
        // "The Dane", "The Australian": a nationality for the person last named.
        // (Opening a paragraph, the one who spoke at the end of the paragraph before.)
        if (m_tok[ps + 1].is(k_wc_demonym) && m_tok[ps + 1].has(k_cap) && noun.back() != 's') {
            const std::uint32_t block = m_tok[ps].block;
            if (ps == bfirst && block > 0) {
                const std::int32_t last = previous_paragraph_speaker(block - 1);
                if (last >= 0 && !entity_is_org(last)) return last;
            }
            return subject_person_before(ps);
        }
        // "The manager was pleased": the person the article introduced with that role.
        if (!m_tok[ps + 1].has(k_cap) && is_person_role(noun)) return person_with_role_before(noun, ps);
        return -1;
    }

    // A PLACE mention right before the verb (an auxiliary may sit between): "Moscow has said".
    std::uint32_t place_subject(std::uint32_t verb, std::uint32_t floor) const {
        std::uint32_t k = verb;
        while (k > floor && k - 1 > floor && m_tok[k - 1].type == TokenType::word &&
            (is_literal(s(k - 1), "has") || is_literal(s(k - 1), "had") || is_literal(s(k - 1), "have") ||
                is_literal(s(k - 1), "also")))
            --k;
        if (k == 0 || k - 1 < floor) return k_none;
        std::uint32_t m = m_owner[k - 1];
        if (m == k_none || m_names[m].kind != Kind::place || m_names[m].last != k) return k_none;
        // "Sen. Joseph Nkemelu of Maryland said": a place after a preposition is no subject, nor
        // one right after an organization's name ("Dr Iwan Williams of BMA Cymru Wales said").
        std::uint32_t pf = m_names[m].first;
        if (pf > floor && m_tok[pf - 1].type == TokenType::word &&
            (is_literal(s(pf - 1), "of") || is_literal(s(pf - 1), "from") || is_literal(s(pf - 1), "in") ||
                is_literal(s(pf - 1), "for")))
            return k_none;
        std::uint32_t before = pf;
        while (before > floor + 1 && m_owner[before - 1] == k_none && m_tok[before - 1].type == TokenType::word &&
               m_tok[before - 1].has(k_cap) && pf - before < 3)
            --before; // ("BMA Cymru Wales": a word of the organization's name no rule claimed)
        if (before > floor && m_owner[before - 1] != k_none && m_names[m_owner[before - 1]].kind == Kind::org)
            return k_none;
        std::string_view sub = m_names[m].subtype;
        return (is_literal(sub, "country") || is_literal(sub, "city") || is_literal(sub, "region"))
            ? m
            : k_none; // not "Ball Arena"
    }

    // A person mention followed by ", a/an/the/lowercase…" whose apposition reaches `until`.
    std::uint32_t appositive_person_before(std::uint32_t until, std::uint32_t sstart) const {
        for (std::uint32_t k = until; k-- > sstart;) {
            std::uint32_t m = m_owner[k];
            if (m == k_none) {
                if (mark_of(m_tok[k]) != Mark::none) return k_none;
                continue;
            }
            if (m_names[m].kind != Kind::person) continue;
            std::uint32_t after = m_names[m].last;
            // ("Pieter-Jan de Wolff, Renew Europe’s lead negotiator, said": the apposition may open
            // with the organization's possessive.)
            if (after + 1 == until && is_punct(m_tok[after], ',') && m_owner[until] != k_none) {
                const std::uint32_t end = m_names[m_owner[until]].last;
                if (end < m_tok.size() && m_tok[end].type == TokenType::possessive) return m;
            }
            // ("Margaret Pillinger, 78, who chairs …": an age may open the apposition.)
            if (after + 1 < until && is_punct(m_tok[after], ',') &&
                ((m_tok[after + 1].type == TokenType::word && !m_tok[after + 1].has(k_cap)) ||
                    (m_tok[after + 1].type == TokenType::number && after + 2 < until && is_punct(m_tok[after + 2], ','))))
                return m;
            return k_none;
        }
        return k_none;
    }

    // k is a comma closing a clause: the comma opening it when the clause is a relative clause
    // or an apposition (", who …,", ", the …,", ", 42,"), else k_none.
    std::uint32_t skip_comma_clause(std::uint32_t k, std::uint32_t sstart) const {
        for (std::uint32_t c = k; c-- > sstart && k - c < 40;) {
            if (mark_of(m_tok[c]) != Mark::none) return k_none;
            if (!is_punct(m_tok[c], ',')) continue;
            if (c + 1 >= k || c == sstart) return k_none;
            const Token& t = m_tok[c + 1];
            if (t.type == TokenType::number) return c;
            if (t.type != TokenType::word) return k_none;
            std::string_view w = s(c + 1);
            if (is_literal(w, "who") || is_literal(w, "whom") || is_literal(w, "whose") || is_literal(w, "which"))
                return c;
            // "Gavin Lockhart KC, for MacPhail, said", "Eilidh Dunbar, defending McAteer, said": the
            // client named between the commas is not the one speaking.
            if (any_of(w, {"for", "defending", "representing", "prosecuting"})) return c;
            if (is_literal(w, "the") || is_literal(w, "a") || is_literal(w, "an")) {
                // ", the SHNA said it would …, calling …": a clause with its own verb of saying is
                // the main clause, not an apposition.
                for (std::uint32_t q = c + 2; q < k; ++q)
                    if (m_tok[q].type == TokenType::word && m_tok[q].is(k_wc_speech_verb)) return k_none;
                return c;
            }
            return k_none;
        }
        return k_none;
    }

    // "Jane Doe of the Farmers Union said": the person the organization qualifies.
    std::uint32_t person_of_org_before(std::uint32_t org_first, std::uint32_t sstart) const {
        std::uint32_t k = org_first;
        if (k > sstart && m_tok[k - 1].type == TokenType::word &&
            (is_literal(s(k - 1), "the") || is_literal(s(k - 1), "The")))
            --k;
        if (k < sstart + 2 || m_tok[k - 1].type != TokenType::word) return k_none;
        std::string_view p = s(k - 1);
        if (!is_literal(p, "of") && !is_literal(p, "at") && !is_literal(p, "from")) return k_none;
        std::uint32_t m = m_owner[k - 2];
        if (m == k_none || m_names[m].kind != Kind::person || m_names[m].last != k - 1) return k_none;
        return m;
    }

    // "…,” the statement said.": a document noun as subject; the speaker is whoever spoke "in a
    // statement" earlier in this paragraph or the one before.
    std::int32_t document_speaker(std::uint32_t from, std::uint32_t verb, std::uint32_t open) const {
        std::string_view noun;
        std::uint32_t at = k_none;
        for (std::uint32_t k = from; k < verb; ++k) {
            if (m_tok[k].type != TokenType::word) continue;
            std::string_view w = s(k);
            if (is_literal(w, "statement") || is_literal(w, "release") || is_literal(w, "letter") ||
                is_literal(w, "email") || is_literal(w, "filing") || is_literal(w, "post") || is_literal(w, "memo")) {
                noun = w;
                at = k;
                break;
            }
        }
        if (noun.empty()) return -1;
        // "Its statement called the order …": the organization named last before it.
        if (at > from && m_tok[at - 1].type == TokenType::word && (is_literal(s(at - 1), "Its") || is_literal(s(at - 1), "its")))
            return last_org_before(at - 1);
        std::uint32_t block = m_tok[open].block;
        std::uint32_t floor = m_t.block_first[block > 0 ? block - 1 : block];
        for (std::uint32_t k = open; k-- > floor && open - k < 400;) {
            if (m_tok[k].type != TokenType::word || s(k) != noun) continue;
            bool found = false;
            std::int32_t sp = search_before(sentence_start_of(k), k, found);
            if (found && sp >= 0) return sp;
            // ("In a statement, Guernsey Ports said …": the speaker after the noun, before its verb.)
            const std::uint32_t bl = m_t.block_last[m_tok[k].block];
            for (std::uint32_t v = k + 1; v < bl && v < k + 12 && !sentence_boundary(v); ++v) {
                if (m_tok[v].type != TokenType::word || !m_tok[v].is(k_wc_speech_verb) || m_owner[v] != k_none) continue;
                found = false;
                sp = search_before(sentence_start_of(k), v + 1, found);
                if (found && sp >= 0) return sp;
                break;
            }
        }
        return -1;
    }

    std::int32_t search_before(std::uint32_t sstart, std::uint32_t open, bool& found) const {
        // "according to X" anywhere before.
        for (std::uint32_t k = sstart; k + 2 < open; ++k) {
            if (is_literal(s(k), "according") || is_literal(s(k), "According")) {
                if (is_literal(s(k + 1), "to")) {
                    std::uint32_t m = mention_at(k + 2, open);
                    if (m != k_none) {
                        found = true;
                        return entity_of(m);
                    }
                }
            }
        }
        std::uint32_t verb = k_none;
        for (std::uint32_t k = open; k-- > sstart;) {
            if (m_tok[k].type == TokenType::word && m_tok[k].is(k_wc_speech_verb) && !is_literal(s(k), "according") &&
                m_owner[k] == k_none && !noun_use(k)) {
                verb = k;
                break;
            }
            if (mark_of(m_tok[k]) != Mark::none) break; // another quote in between
        }
        if (verb == k_none) return -1;
        // "KiwiRail called the contract "a generational investment" and said the ships would be
        // "…"": a verb of saying joined by "and" after an earlier quotation of the sentence, with no
        // subject of its own, shares that quotation's speaker.
        if (verb > sstart + 1 && m_tok[verb - 1].type == TokenType::word && is_literal(s(verb - 1), "and") &&
            !m_out.empty() && m_out.back().first >= sstart && m_out.back().last <= verb - 1 &&
            m_out.back().speaker >= 0 && std::string_view(m_out.back().subtype) == "direct") {
            bool between = false; // only the quotation's closing words may come between: "… "x" in June and said"
            for (std::uint32_t k = m_out.back().last; k + 1 < verb && !between; ++k)
                between = m_owner[k] != k_none || m_tok[k].is(k_wc_speech_verb);
            if (!between) {
                found = true;
                return m_out.back().speaker;
            }
        }
        // A country or city as the government that speaks: "Beijing said", "Moscow has warned".
        std::uint32_t place = place_subject(verb, sstart);
        // "Hungary, which imports its gas from Russia, said …": past a relative clause.
        if (place == k_none && verb > sstart + 1 && is_punct(m_tok[verb - 1], ',')) {
            const std::uint32_t c = skip_comma_clause(verb - 1, sstart);
            if (c != k_none) place = place_subject(c, sstart);
        }
        if (place != k_none) {
            found = true;
            return entity_of(place);
        }
        std::string_view vw = s(verb);
        bool participle = is_participle(vw);
        // "the SHNA said it would ask the court …, calling it "…"": a participle's subject is that
        // of the verb of saying before it in the sentence.
        if (participle) {
            for (std::uint32_t k = verb; k-- > sstart;) {
                if (mark_of(m_tok[k]) != Mark::none) break;
                if (m_tok[k].type != TokenType::word || !m_tok[k].is(k_wc_speech_verb) || m_owner[k] != k_none) continue;
                const std::string_view w = s(k);
                if (is_participle(w)) continue;
                verb = k;
                vw = w;
                participle = false;
                break;
            }
        }
        // "A Transport Scotland spokesperson said the agency was "in discussion"": an unnamed
        // spokesperson, official or source is the subject; no one named speaks.
        if (unnamed_subject_before(verb, sstart)) {
            found = true;
            return -1;
        }
        // Subject: nearest PERSON/ORG (or pronoun) before the verb in the sentence; a person
        // whose apposition holds that organization wins ("Sarah Cohen, an expert at X, said").
        for (std::uint32_t k = verb; k-- > sstart;) {
            // "X, who replaced Y, said", "X, the 47-year-old coach of Y, said": the clause
            // between commas is skipped (its names are objects, not the subject).
            if (is_punct(m_tok[k], ',')) {
                std::uint32_t c = skip_comma_clause(k, sstart);
                if (c != k_none) {
                    k = c;
                    continue;
                }
            }
            std::uint32_t m = m_owner[k];
            if (m != k_none && is_speaker_kind(m)) {
                found = true;
                if (m_names[m].kind == Kind::org) {
                    // "Ruairidh Mac an t-Saoir (SNP), one of four councillors, said": a person's
                    // party or employer in brackets after the name.
                    // ("Mac an t-Saoir": the name's particles may lie outside the person mention.)
                    const std::uint32_t f = m_names[m].first, l = m_names[m].last;
                    if (f >= 2 && f - 2 >= sstart && is_punct(m_tok[f - 1], '(') && l < m_tok.size() &&
                        is_punct(m_tok[l], ')')) {
                        for (std::uint32_t q = f - 1; q-- > sstart && q + 8 > f;) {
                            const std::uint32_t o = m_owner[q];
                            if (o != k_none && m_names[o].kind == Kind::person) return entity_of(o);
                            if (o != k_none || (m_tok[q].type != TokenType::word && !is_punct(m_tok[q], '-'))) break;
                        }
                    }
                    std::uint32_t p = appositive_person_before(m_names[m].first, sstart);
                    if (p != k_none) return entity_of(p);
                    p = person_of_org_before(m_names[m].first, sstart);
                    if (p != k_none) return entity_of(p);
                }
                return entity_of(m);
            }
            if (m_tok[k].type == TokenType::word) {
                std::int32_t p = pronoun_speaker(k, sstart);
                if (p >= 0) {
                    found = true;
                    return p;
                }
                // "Its statement called the order "necessary but brutal"": the organization's document.
                // (Opening the sentence: not "In its statement, the central bank said".)
                if (k == sstart && is_literal(s(k), "Its") && k + 1 < verb &&
                    m_tok[k + 1].type == TokenType::word &&
                    any_of(s(k + 1), {"statement", "release", "letter", "email", "filing", "post", "memo", "report",
                                      "website", "notice", "submission"})) {
                    p = last_org_before(k);
                    if (p >= 0) {
                        found = true;
                        return p;
                    }
                }
            }
            // "Apple said it was "disappointed", adding that …": a participle takes the subject
            // of the clause before it, across the earlier quote.
            if (mark_of(m_tok[k]) != Mark::none && !participle) break;
        }
        // "said Smith: "…""
        std::uint32_t m = inverting_verb(s(verb)) ? mention_at(verb + 1, open) : k_none;
        // A verb of saying governs the quote even when its subject is unnamed ("the ministry
        // described it as "biased""): direct, with no speaker.
        found = true;
        return m != k_none ? entity_of(m) : -1;
    }

    std::int32_t search_after(std::uint32_t from, std::uint32_t blast, std::uint32_t open, bool& found) const {
        std::uint32_t limit = from;
        while (limit < blast && limit < from + 40 && mark_of(m_tok[limit]) == Mark::none &&
               !(limit > from && sentence_boundary(limit)) && !(limit > from + 1 && clause_break(limit)))
            ++limit;
        std::uint32_t verb = k_none;
        for (std::uint32_t k = from; k < limit; ++k) {
            if (m_tok[k].type != TokenType::word || m_owner[k] != k_none) continue;
            std::string_view w = s(k);
            if ((is_literal(w, "according") || is_literal(w, "According")) && k + 1 < limit &&
                is_literal(s(k + 1), "to")) {
                std::uint32_t m = mention_at(k + 2, limit);
                if (m != k_none) {
                    found = true;
                    return entity_of(m);
                }
                continue;
            }
            if (m_tok[k].is(k_wc_speech_verb) && !noun_use(k)) {
                verb = k;
                break;
            }
        }
        if (verb == k_none) return -1;
        found = true;
        // ("…," an MDE spokesperson said: someone unnamed.)
        if (verb > from && unnamed_subject_before(verb, from)) return -1;
        // "…," said Vuksanovic / wrote Vuksanovic of the Belgrade Center (not "told Reuters":
        // the name after "told" is the listener).
        std::uint32_t after = inverting_verb(s(verb)) ? mention_at(verb + 1, limit) : k_none;
        // ("said Selectboard Chair Renata Kowalczyk-Blaise", "said ERA chief executive Pelden Rabgay":
        // a body's name before its officer's title and name; the officer speaks.)
        if (after != k_none && m_names[after].kind != Kind::person) {
            std::uint32_t k = m_names[after].last;
            while (k < limit && k < m_names[after].last + 4 && m_owner[k] == k_none && m_tok[k].type == TokenType::word)
                ++k;
            if (k > m_names[after].last && k < limit && m_owner[k] != k_none && m_names[m_owner[k]].kind == Kind::person &&
                m_names[m_owner[k]].first == k)
                after = m_owner[k];
        }
        // First person between the quote and the verb ("…," Vuk Vuksanovic, a researcher at X, told).
        for (std::uint32_t k = from; k < verb; ++k) {
            std::uint32_t m = m_owner[k];
            if (m != k_none && m_names[m].kind == Kind::person) return entity_of(m);
        }
        for (std::uint32_t k = verb; k-- > from;) {
            std::uint32_t m = m_owner[k];
            if (m != k_none && m_names[m].kind == Kind::org) return entity_of(m);
        }
        for (std::uint32_t k = from; k < verb; ++k) {
            std::int32_t p = pronoun_speaker(k, open);
            if (p >= 0) return p;
        }
        std::uint32_t place = place_subject(verb, from);
        if (place != k_none) return entity_of(place);
        if (after != k_none) return entity_of(after);
        if (inverting_verb(s(verb))) {
            const std::uint32_t titled = person_after_long_title(verb + 1, limit);
            if (titled != k_none) return entity_of(titled);
        }
        for (std::uint32_t k = verb + 1; k < limit && k < verb + 3; ++k) {
            std::int32_t p = pronoun_speaker(k, open);
            if (p >= 0) return p;
        }
        return document_speaker(from, verb, open);
    }

    const TokenTable& m_t;
    const std::vector<Token>& m_tok;
    const std::vector<Mention>& m_names;
    std::vector<std::uint32_t> m_owner;
    std::vector<Mention> m_out;
    mutable std::vector<std::uint32_t> m_person_idx; ///< indices of person mentions, in order
    mutable bool m_person_built = false;
    mutable std::vector<char> m_sex; ///< per entity: 'f', 'm', '?' (both) or 0
    mutable bool m_sex_built = false;
    mutable std::vector<std::size_t> m_entity_count; ///< mentions per entity id (count_entities)
    mutable std::vector<std::uint8_t> m_entity_org;   ///< whether an entity's first mention is an ORG
};

} // namespace

std::vector<Mention> detect_quotes(const TokenTable& table, const std::vector<Mention>& names,
                                   const std::vector<Entity>& entities) {
    (void)entities; // speakers are entity ids already carried by the name mentions
    QuoteDetector d(table, names);
    return d.run();
}

} // namespace gloss::core::detect
