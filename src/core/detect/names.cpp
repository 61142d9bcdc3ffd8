// SPDX-License-Identifier: MIT
// PERSON / ORG / PLACE: capitalized runs classified by gazetteers, heads, titles and context.
#include "detect/detect.h"
#include "detect/gazetteer.h"
#include "detect/word_table.h"
#include "detect/words.h"

#include <algorithm>
#include <unordered_map>

namespace gloss::core::detect {
namespace {

// Evidence about a run that comes from outside it.
enum Evidence : std::uint8_t {
    k_ev_title = 1u << 0,   ///< a title or honorific stood before it
    k_ev_byline = 1u << 1,  ///< author line
    k_ev_credit = 1u << 2,  ///< photo credit segment
};

bool is_connector(std::string_view w) {
    return w == "of" || w == "for" || w == "and" || w == "on" || w == "de" || w == "du" ||
           w == "da" || w == "van" || w == "von" || w == "der" || w == "den" || w == "al" ||
           w == "bin" || w == "el" || w == "la" || w == "le" || w == "di" || w == "del" ||
           w == "des" || w == "dos" || w == "das" || w == "y" || w == "&";
}

bool is_place_noun(std::string_view w) {
    return w == "city" || w == "town" || w == "port" || w == "village" || w == "province" ||
           w == "region" || w == "state" || w == "capital" || w == "suburb" || w == "suburbs" ||
           w == "outskirts" || w == "district" || w == "island" || w == "republic" || w == "county" ||
           w == "municipality" || w == "towns" || w == "cities" || w == "villages";
}

bool is_name_particle(std::string_view w) {
    return w == "bin" || w == "ibn" || w == "bint" || w == "al" || w == "el" || w == "van" || w == "von" ||
           w == "der" || w == "den" || w == "de" || w == "da" || w == "di" || w == "du" || w == "la" ||
           w == "le" || w == "dos" || w == "das" || w == "del" || w == "y" || w == "ben" || w == "abu";
}

bool is_surname_like_head(std::string_view w) {
    return w == "Park" || w == "Hall" || w == "Field" || w == "Bay" || w == "Lane" || w == "Banks" ||
           w == "Way" || w == "Drive" || w == "Place" || w == "Tower" || w == "Garden" || w == "Bridge" ||
           w == "Forest" || w == "Castle" || w == "Street" || w == "Hill" || w == "Hills" || w == "Dale";
}

// Officials whose office takes a possessive inside an organization name ("Sheriff's Office").
bool is_office_holder(std::string_view w) {
    return w == "Attorney" || w == "Sheriff" || w == "Mayor" || w == "Governor" || w == "Prosecutor" ||
           w == "Marshal" || w == "Coroner" || w == "Controller" || w == "Comptroller" || w == "Treasurer" ||
           w == "Examiner" || w == "Auditor" || w == "Assessor" || w == "Clerk" || w == "Recorder" ||
           w == "Defender" || w == "Commissioner" || w == "Children" || w == "Women" || w == "People";
}

bool is_facility_center(std::string_view w) {
    return w == "Detention" || w == "Convention" || w == "Shopping" || w == "Trade" || w == "Correctional" ||
           w == "Exhibition" || w == "Conference" || w == "Events" || w == "Space" || w == "Distribution" ||
           w == "Data" || w == "Aquatic" || w == "Sports" || w == "Juvenile" || w == "Processing";
}

bool is_lower_connector_head(std::string_view w) { return w == "of" || w == "for" || w == "on"; }

bool is_direction(std::string_view w) {
    return w == "East" || w == "West" || w == "North" || w == "South" || w == "Midwest" ||
           w == "Northeast" || w == "Southeast" || w == "Northwest" || w == "Southwest";
}

struct AcronymDef {
    std::uint32_t mention = k_none; ///< defining mention; k_none = defined as a non-entity
};

class NameDetector {
public:
    explicit NameDetector(const TokenTable& table)
        : m_t(table), m_tok(table.tokens), m_g(Gazetteer::instance()), m_consumed(table.size(), 0) {}

    std::vector<Mention> run() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        for (std::uint32_t b = 0; b < m_t.block_kinds.size(); ++b) scan_credits(b);
        std::uint32_t i = 0;
        while (i < n) {
            if (m_consumed[i] || !starts_run(i)) {
                ++i;
                continue;
            }
            std::uint32_t end = run_end(i);
            std::uint8_t ev = 0;
            if (in_byline(i)) ev |= k_ev_byline;
            classify(i, end, ev);
            check_acronym_definition(end);
            i = end;
        }
        resolve_aliases();
        // Order by position; drop unresolved placeholders and overlaps (the earlier one wins).
        std::vector<std::uint32_t> order(m_out.size());
        for (std::uint32_t k = 0; k < order.size(); ++k) order[k] = k;
        std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
            if (m_out[x].first != m_out[y].first) return m_out[x].first < m_out[y].first;
            return m_out[x].last > m_out[y].last;
        });
        std::vector<Mention> out;
        out.reserve(m_out.size());
        std::vector<std::uint32_t> remap(m_out.size(), k_none);
        for (std::uint32_t k : order) {
            const Mention& m = m_out[k];
            if (m.kind == Kind::highlight) continue;
            if (!out.empty() && out.back().last > m.first) continue;
            remap[k] = static_cast<std::uint32_t>(out.size());
            out.push_back(m);
        }
        for (Mention& m : out)
            if (m.link != k_none) m.link = remap[m.link];
        // "Joe" + "Biden" resolved word by word (title-case headlines): one mention again.
        std::vector<Mention> merged;
        merged.reserve(out.size());
        for (Mention& m : out) {
            if (!merged.empty()) {
                Mention& p = merged.back();
                if (p.kind == Kind::person && m.kind == Kind::person && p.link != k_none && p.link == m.link &&
                    p.last == m.first && m_tok[m.first].has(k_space_before) && same_block(p.first, m.first)) {
                    p.last = m.last;
                    p.range.end = m.range.end;
                    p.name_parts = static_cast<std::uint8_t>(p.name_parts + m.name_parts);
                    p.subtype = p.name_parts >= 2 ? "full" : "partial";
                    continue;
                }
            }
            merged.push_back(m);
        }
        if (merged.size() != out.size()) {
            // Links are indices into `out`: rebuild them for the merged list.
            std::vector<std::uint32_t> pos(out.size(), k_none);
            for (std::uint32_t k = 0, j = 0; k < out.size(); ++k) {
                while (j + 1 < merged.size() && merged[j].last <= out[k].first) ++j;
                pos[k] = j;
            }
            for (Mention& m : merged)
                if (m.link != k_none) m.link = pos[m.link];
            out.swap(merged);
        }
        return out;
    }

private:
    // ---- token predicates -----------------------------------------------------------------
    std::string_view s(std::uint32_t i) const { return m_t.str(i); }
    bool cap_word(std::uint32_t i) const {
        const Token& t = m_tok[i];
        if (t.type != TokenType::word || !t.has(k_cap) || t.has(k_markup)) return false;
        // Abbreviations that are never part of a name: "PM", "EST", "GDP" (titles like CEO stay).
        if (t.has(k_all_caps) && t.size() <= 5 && is_non_org_acronym(s(i)) && !is_title_word(s(i))) return false;
        return true;
    }
    bool same_block(std::uint32_t a, std::uint32_t b) const { return m_tok[a].block == m_tok[b].block; }
    bool attached(std::uint32_t i) const { return !m_tok[i].has(k_space_before); }
    bool sentence_initial(std::uint32_t i) const {
        return m_tok[i].has(k_sentence_start) || m_tok[i].has(k_title_line);
    }
    bool all_caps(std::uint32_t i) const { return m_tok[i].has(k_all_caps); }
    bool is_initial(std::uint32_t i) const {
        return cap_word(i) && m_tok[i].size() == 1 && i + 1 < m_tok.size() && is_punct(m_tok[i + 1], '.') &&
               attached(i + 1);
    }

    // A month name: full names always; three-letter abbreviations ("Jun", "Mar") only before a
    // period or a number, since they are also names ("Dong Jun").
    bool is_month_word(std::uint32_t k) const {
        std::string_view w = s(k);
        if (month_number(w) == 0) return false;
        if (w.size() > 3 || w == "May") return true;
        return k + 1 < m_tok.size() && (is_punct(m_tok[k + 1], '.') || m_tok[k + 1].type == TokenType::number);
    }

    bool starts_run(std::uint32_t i) const {
        if (!cap_word(i)) return false;
        return true;
    }

    // Maximal run of capitalized words with initials, connectors, hyphens and slashes inside.
    std::uint32_t run_end(std::uint32_t i) const {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        std::uint32_t cur = i;
        while (cur + 1 < n && cur - i < 16) {
            std::uint32_t nx = cur + 1;
            if (!same_block(i, nx) || m_consumed[nx]) break;
            const Token& t = m_tok[nx];
            if (cap_word(nx) && t.has(k_space_before) && m_tok[cur].type == TokenType::word) {
                cur = nx;
                continue;
            }
            if (cap_word(nx) && t.has(k_space_before) && is_punct(m_tok[cur], '.') &&
                !(t.has(k_sentence_start) && cur > i && is_company_suffix(s(cur - 1)))) {
                cur = nx;
                continue;
            }
            if (is_punct(t, '.') && attached(nx) && m_tok[cur].type == TokenType::word) {
                std::string_view w = s(cur);
                bool initial = w.size() == 1 && cap_word(cur);
                bool title_abbrev = is_abbreviation_word(w) && is_title_word(w) && nx + 1 < n &&
                                    cap_word(nx + 1) && same_block(i, nx + 1);
                if ((initial && nx + 1 < n && cap_word(nx + 1) && same_block(i, nx + 1)) || title_abbrev ||
                    w == "Jr" || w == "Sr" || is_company_suffix(w) || w == "St" ||
                    w == "Mt" || w == "Ave" || w == "Blvd" || w == "Rd") {
                    cur = nx;
                    continue;
                }
                break;
            }
            if ((is_punct(t, '-') || is_punct(t, '/') || is_punct(t, 0x2013) || t.cp == '&') &&
                attached(nx) && nx + 1 < n && cap_word(nx + 1) && attached(nx + 1) && same_block(i, nx + 1) &&
                m_tok[cur].type == TokenType::word) {
                cur = nx + 1;
                continue;
            }
            if (t.type == TokenType::word && !t.has(k_cap) && is_connector(s(nx)) && nx + 1 < n &&
                cap_word(nx + 1) && same_block(i, nx + 1) && m_tok[cur].type == TokenType::word &&
                month_number(s(nx + 1)) == 0 && !is_weekday(s(nx + 1)) && !is_function_word(s(nx + 1))) {
                cur = nx + 1;
                continue;
            }
            if (is_punct(t, '&') && t.has(k_space_before) && nx + 1 < n && cap_word(nx + 1)) {
                cur = nx + 1;
                continue;
            }
            // "Cook County Sheriff's Office": the possessive stays inside when an office follows.
            if (t.type == TokenType::possessive && m_tok[cur].type == TokenType::word &&
                is_office_holder(s(cur)) && nx + 1 < n && cap_word(nx + 1) && same_block(i, nx + 1) &&
                (org_head_subtype(s(nx + 1)) || (nx + 2 < n && org_head_subtype(s(nx + 2))))) {
                cur = nx + 1;
                continue;
            }
            if (t.type == TokenType::word && t.has(k_cap) && !t.has(k_space_before) &&
                m_tok[cur].type == TokenType::word) {
                cur = nx; // e.g. "McDonald" split oddly; keep together
                continue;
            }
            break;
        }
        return cur + 1;
    }

    bool in_byline(std::uint32_t i) const {
        std::uint16_t b = m_tok[i].block;
        if (b < m_t.block_kinds.size() && m_t.block_kinds[b] == BlockKind::byline) return true;
        // "By Jane Doe" opening any short line.
        std::uint32_t first = b < m_t.block_first.size() ? m_t.block_first[b] : 0;
        std::uint32_t last = b < m_t.block_last.size() ? m_t.block_last[b] : 0;
        return i >= first && equals_lower(s(first), "by") && last - first <= 12 && i <= first + 2;
    }

    // ---- emission --------------------------------------------------------------------------
    std::uint32_t emit(std::uint32_t a, std::uint32_t b, Kind kind, const char* subtype, bool weak = false) {
        // Keep a trailing period only when it belongs to an abbreviation token we included.
        while (b > a && m_tok[b - 1].type == TokenType::punct && !is_punct(m_tok[b - 1], '.')) --b;
        if (b > a && is_punct(m_tok[b - 1], '.')) {
            std::string_view w = b >= 2 ? s(b - 2) : std::string_view();
            bool keep = b - 1 > a && (is_company_suffix(w) || w == "Jr" || w == "Sr" || w == "St" ||
                                      w == "Mt" || w == "Ave" || w == "Blvd" || w == "Rd" ||
                                      (w.size() == 1 && b - 1 > a));
            if (!keep && !m_keep_period) --b;
        }
        if (b <= a) return k_none;
        Mention m;
        m.first = a;
        m.last = b;
        m.range = ByteRange{m_tok[a].start, m_tok[b - 1].end};
        m.kind = kind;
        m.subtype = subtype;
        m.weak = weak;
        if (kind == Kind::person) {
            std::uint8_t parts = 0;
            for (std::uint32_t k = a; k < b; ++k)
                if (m_tok[k].type == TokenType::word && m_tok[k].size() > 1 && !is_name_suffix(s(k))) ++parts;
            m.name_parts = parts;
            m.subtype = parts >= 2 ? "full" : "partial";
        }
        m_out.push_back(m);
        return static_cast<std::uint32_t>(m_out.size() - 1);
    }

    // Records an unresolved single capitalized word the alias pass may claim.
    void placeholder(std::uint32_t a, std::uint32_t b) {
        Mention m;
        m.first = a;
        m.last = b;
        m.range = ByteRange{m_tok[a].start, m_tok[b - 1].end};
        m.kind = Kind::highlight;
        m.weak = true;
        m_pending.push_back(m);
    }

    // ---- classification --------------------------------------------------------------------
    GazetteerEntry lookup(std::uint32_t a, std::uint32_t b) const {
        return m_g.find(m_t.slice(a, b));
    }

    // Longest gazetteer entry starting at a within [a, b): returns its end or a.
    std::uint32_t longest_gazetteer(std::uint32_t a, std::uint32_t b, GazetteerEntry& e) const {
        std::uint32_t bound = m_g.max_words_from(s(a));
        if (bound == 0) {
            e = lookup(a, a + 1);
            return e.found() ? a + 1 : a;
        }
        std::uint32_t hi = std::min(b, a + bound);
        for (std::uint32_t end = hi; end > a; --end) {
            if (m_tok[end - 1].type != TokenType::word && !is_punct(m_tok[end - 1], '.')) continue;
            e = lookup(a, end);
            if (e.found()) return end;
        }
        return a;
    }

    // Length of a title phrase starting at a ("Prime Minister", "Foreign Minister", "Dr."),
    // 0 when none. Strong titles always count; ambiguous ones need a name after them.
    std::uint32_t title_length(std::uint32_t a, std::uint32_t b) const {
        std::uint32_t k = a;
        while (k < b && m_tok[k].type == TokenType::word && is_title_modifier(s(k)) && !is_title_word(s(k))) ++k;
        std::uint32_t end = k;
        while (end < b && m_tok[end].type == TokenType::word &&
               (is_title_word(s(end)) || (end > k && is_title_modifier(s(end)) && end + 1 < b &&
                                          (is_title_word(s(end + 1)) || is_title_modifier(s(end + 1)) ||
                                           s(end) == "Executive" || s(end) == "General")))) {
            ++end;
            if (end < b && is_punct(m_tok[end], '.') && attached(end)) ++end;
            // "Secretary of State", "Minister of Defence": title + of + one word
            if (end + 1 < b && s(end) == "of" && cap_word(end + 1) && end + 2 < b) end += 2;
        }
        if (end == k) return 0;
        return end - a;
    }

    bool person_shape(std::uint32_t a, std::uint32_t b) const {
        std::uint32_t words = 0;
        for (std::uint32_t k = a; k < b; ++k) {
            const Token& t = m_tok[k];
            if (t.type == TokenType::word) {
                std::string_view w = s(k);
                if (!t.has(k_cap)) {
                    // Name particles inside a name: "Mohammed bin Salman", "Ursula von der Leyen".
                    if (k > a && k + 1 < b && is_name_particle(w)) continue;
                    return false;
                }
                if (m_g.is_demonym(w) || is_function_word(w) || is_month_word(k)) return false;
                if (t.size() > 1 && !is_name_suffix(w)) ++words;
                continue;
            }
            if (is_punct(t, '.') || is_punct(t, '-')) continue;
            return false;
        }
        return words >= 1 && words <= 5;
    }

    bool any_common_word(std::uint32_t a, std::uint32_t b) const {
        for (std::uint32_t k = a; k < b; ++k)
            if (m_tok[k].type == TokenType::word && !m_g.is_given_name(s(k)) && m_g.is_common_word(s(k)))
                return true;
        return false;
    }

    bool any_entity_word(std::uint32_t a, std::uint32_t b) const {
        for (std::uint32_t k = a; k < b; ++k) {
            if (m_tok[k].type != TokenType::word) continue;
            GazetteerEntry e = lookup(k, k + 1);
            if (e.found()) return true;
        }
        return false;
    }

    // Context after a run: "X said", "X, a senior researcher", "X, 42,", "said X".
    bool speech_context(std::uint32_t a, std::uint32_t b) const {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        if (b < n && same_block(a, b)) {
            if (m_tok[b].type == TokenType::word && is_speech_verb(s(b)) && s(b) != "according") return true;
            if (is_punct(m_tok[b], ',') && b + 1 < n && same_block(a, b + 1)) {
                std::string_view nx = s(b + 1);
                if (nx == "a" || nx == "an" || nx == "the" || nx == "who" || nx == "whose") return true;
                if (m_tok[b + 1].type == TokenType::number && b + 2 < n && is_punct(m_tok[b + 2], ','))
                    return true;
            }
        }
        if (a > 0 && same_block(a, a - 1) && m_tok[a - 1].type == TokenType::word) {
            std::string_view pv = s(a - 1);
            // "said X", "wrote X" (not "told X": the name after "told" is the listener).
            if (pv == "said" || pv == "says" || pv == "wrote" || pv == "added") return true;
        }
        return false;
    }

    // "X steel plant", "X copper-gold mine", "X crossing": a generic facility noun right after
    // the name, with at most a few modifiers (no verbs: "the Fleet left port" is no facility).
    bool facility_after(std::uint32_t b) const {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        for (std::uint32_t k = b, words = 0; k < n && k < b + 6 && same_block(b - 1, k); ++k) {
            const Token& t = m_tok[k];
            if (is_punct(t, '-')) continue;
            if (t.type != TokenType::word || t.has(k_cap)) return false;
            std::string_view w = s(k);
            if (is_facility_noun(w)) return true;
            bool verb_like = (w.size() > 3 && w.substr(w.size() - 2) == "ed") || is_function_word(w) ||
                             is_speech_verb(w) || w == "left" || w == "has" || w == "is" || w == "was" ||
                             w == "will" || w == "built" || w == "made" || w == "won" || w == "lost";
            if (verb_like || ++words > 2) return false;
        }
        return false;
    }

    bool preposition_before(std::uint32_t a, std::initializer_list<std::string_view> preps) const {
        if (a == 0 || !same_block(a, a - 1) || m_tok[a - 1].type != TokenType::word) return false;
        std::string_view pv = s(a - 1);
        for (std::string_view p : preps)
            if (pv == p) return true;
        return false;
    }

    void classify(std::uint32_t a, std::uint32_t b, std::uint8_t ev) {
        // Leading words capitalized only by position, dates and determiners.
        while (a < b) {
            std::string_view w = s(a);
            const Token& t = m_tok[a];
            if (t.type != TokenType::word) {
                ++a;
                continue;
            }
            bool initial = sentence_initial(a) || (a > 0 && is_open_quote_cp(m_tok[a - 1].cp));
            if (is_month_word(a) || is_weekday(w)) {
                ++a;
                continue;
            }
            if (w == "The" && b - a >= 2 && lookup(a, b).found()) break; // "The Hague"
            if (w == "The" && !initial && b - a >= 2) {
                // "told The New York Times": keep "The" only for a media name.
                GazetteerEntry e;
                std::uint32_t end = longest_gazetteer(a + 1, b, e);
                if (end == b && e.kind == Kind::org && std::string_view(e.subtype) == "media") {
                    emit(a, b, Kind::org, e.subtype);
                    return;
                }
                ++a;
                continue;
            }
            if ((initial || w == "The" || w == "A" || w == "An") && is_function_word(w) &&
                !lookup(a, a + 1).found()) {
                ++a;
                continue;
            }
            break;
        }
        while (b > a && ((m_tok[b - 1].type != TokenType::word && !is_punct(m_tok[b - 1], '.')) ||
                         (m_tok[b - 1].type == TokenType::word &&
                          (is_month_word(b - 1) || is_weekday(s(b - 1)) || !m_tok[b - 1].has(k_cap)))))
            --b;
        if (a >= b) return;

        if (b - a == 1) {
            classify_single(a, ev);
            return;
        }
        // 1. The whole run is a known name.
        GazetteerEntry whole = lookup(a, b);
        if (whole.found()) {
            emit(a, b, whole.kind, whole.subtype);
            return;
        }

        // 2. Structure: connector segments and the head word.
        std::uint32_t first_conn = k_none;
        bool has_and = false;
        bool has_hyphen = false;
        bool has_slash = false;
        for (std::uint32_t k = a; k < b; ++k) {
            const Token& t = m_tok[k];
            if (t.type == TokenType::word && !t.has(k_cap) && is_connector(s(k))) {
                if (first_conn == k_none && is_lower_connector_head(s(k))) first_conn = k;
                if (s(k) == "and") has_and = true;
            }
            if (is_punct(t, '&')) has_and = true;
            if (is_punct(t, '-') || is_punct(t, 0x2013)) has_hyphen = true;
            if (is_punct(t, '/')) has_slash = true;
        }
        std::uint32_t head = (first_conn != k_none ? first_conn : b) - 1;
        if (head > a && is_punct(m_tok[head], '.')) --head;
        std::string_view head_word = s(head);
        std::string_view last_word = s(b - 1);
        bool multi = b - a >= 2;

        if (multi && m_tok[head].type == TokenType::word && is_non_entity_head(head_word) &&
            !(first_conn != k_none && org_head_subtype(head_word))) {
            m_non_entity_end = b;
            return;
        }
        if (multi && m_tok[b - 1].type == TokenType::word && is_non_entity_head(last_word) &&
            first_conn == k_none) {
            m_non_entity_end = b;
            return;
        }
        // Hyphenated compounds with a number word are names of policies and events.
        if (has_hyphen) {
            for (std::uint32_t k = a; k < b; ++k)
                if (m_tok[k].type == TokenType::word && number_word_value(s(k)) >= 0) return;
        }

        // Two names joined by "and" ("Belgrade and Beijing", "Ford Motor Co. and General Motors
        // Co."): split when the part before "and" is a name by itself.
        if (has_and) {
            for (std::uint32_t k = a + 1; k < b; ++k) {
                if (!(m_tok[k].type == TokenType::word && s(k) == "and") && !is_punct(m_tok[k], '&')) continue;
                // Split when the left part is a name by itself, or when both sides are
                // multi-word and the right one is ("Great Wall and City Hall"; not
                // "International and Security Affairs Center").
                if (standalone(a, k) || (!is_punct(m_tok[k], '&') && k - a >= 2 && b - (k + 1) >= 2 &&
                                         standalone(k + 1, b))) {
                    split_and_classify(a, b, ev);
                    return;
                }
                break;
            }
        }
        // Teams: a place and a plural nickname ("Denver Nuggets", "Chicago Bulls").
        if (multi && first_conn == k_none && !has_and) {
            GazetteerEntry pe;
            std::uint32_t pend = longest_gazetteer(a, b, pe);
            if (pend > a && pend < b && pe.kind == Kind::place && b - pend <= 2 &&
                m_tok[b - 1].type == TokenType::word && !m_tok[b - 1].has(k_all_caps)) {
                std::string_view nick = s(b - 1);
                if (nick.size() > 3 && nick.back() == 's' && !m_g.is_demonym(nick) && !org_head_subtype(nick) &&
                    !place_head_subtype(nick) && !is_non_entity_head(nick) && !lookup(pend, b).found()) {
                    emit(a, b, Kind::org, "team");
                    return;
                }
            }
        }
        // 3. Titles and honorifics inside the run: what precedes is classified apart.
        for (std::uint32_t k = a; k < b; ++k) {
            if (m_tok[k].type != TokenType::word) continue;
            std::uint32_t tl = title_length(k, b);
            if (tl == 0) continue;
            std::uint32_t rest = k + tl;
            if (rest >= b) break; // a title alone ("President") or at the end: no person
            if (org_head_subtype(last_word) && !is_title_word(last_word) && rest + 1 < b) break;
            std::uint32_t title_word = rest - 1;
            while (title_word > k && m_tok[title_word].type != TokenType::word) --title_word;
            bool strong = is_strong_title(s(title_word));
            bool org_like = org_head_subtype(last_word) != nullptr || is_company_suffix(last_word) ||
                            (b - 1 > rest && is_punct(m_tok[b - 1], '.') && is_company_suffix(s(b - 2)));
            bool name_follows = !org_like && person_shape(rest, b) && !lookup(rest, b).found() &&
                                (strong || m_g.is_given_name(s(rest)) || m_g.is_family_first(s(rest)) ||
                                 speech_context(rest, b) || (b - rest >= 2 && !any_entity_word(rest, b)));
            if (!name_follows) continue;
            if (k > a) classify_prefix(a, k);
            emit(rest, b, Kind::person, "");
            return;
        }
        // A title and name with a tail: "Gov. Greg Abbott of Texas".
        if (first_conn != k_none) {
            for (std::uint32_t k = a; k < first_conn; ++k) {
                if (m_tok[k].type != TokenType::word) continue;
                std::uint32_t tl = title_length(k, first_conn);
                if (tl == 0 || k + tl >= first_conn) continue;
                std::uint32_t rest = k + tl;
                if (!person_shape(rest, first_conn) || lookup(rest, first_conn).found()) continue;
                if (k > a) classify_prefix(a, k);
                emit(rest, first_conn, Kind::person, "");
                if (first_conn + 1 < b) split_and_classify(first_conn + 1, b, ev);
                return;
            }
        }

        // 4. Organization and place heads.
        if (multi) {
            const char* org = org_head_subtype(head_word);
            if (org && (head_word == "Center" || head_word == "Centre") && head > a && first_conn == k_none &&
                is_facility_center(s(head - 1))) {
                emit(a, b, Kind::place, "facility");
                return;
            }
            if (org && !is_title_word(head_word)) {
                emit(a, b, Kind::org, org);
                return;
            }
            if (first_conn == k_none && (is_company_suffix(last_word) || (b - 1 > a && is_punct(m_tok[b - 1], '.') &&
                                                                          is_company_suffix(s(b - 2))))) {
                emit(a, b, Kind::org, "company");
                return;
            }
            const char* place = place_head_subtype(head_word);
            // "Lisa Park", "Arsenio Hall": a given name before a head that is also a surname.
            if (place && b - a == 2 && m_g.is_given_name(s(a)) && is_surname_like_head(head_word) &&
                !preposition_before(a, {"at", "in", "near", "to", "from", "into", "outside", "inside"}))
                place = nullptr;
            if (place && first_conn == k_none) {
                // "221 Main St.": the house number opens an address.
                if (std::string_view(place) == "street" && a > 0 && m_tok[a - 1].type == TokenType::number &&
                    same_block(a - 1, a) && m_tok[a].has(k_space_before)) {
                    emit(a - 1, b, Kind::place, "address");
                    return;
                }
                emit(a, b, Kind::place, place);
                return;
            }
            if (place && std::string_view(place) == "geo") {
                emit(a, b, Kind::place, place); // "Gulf of Mexico"
                return;
            }
            const char* prefix = place_prefix_subtype(s(a));
            if (prefix && (std::string_view(prefix) == "geo") && !has_and && first_conn == k_none) {
                emit(a, b, Kind::place, prefix);
                return;
            }
        }

        // 5. Split at "and", connectors, slashes and hyphens when the whole is no single name.
        if (has_and || first_conn != k_none || has_slash || has_hyphen) {
            split_and_classify(a, b, ev);
            return;
        }

        // 6. A known name at the start of a longer run ("Serbia Kosovo" rarely; "Belgrade Nikola").
        // Person names: given name or family name first, title, byline, credit or speech context.
        bool shape = person_shape(a, b);
        bool has_entity_word = any_entity_word(a, b);
        // Unknown name followed by a generic facility noun: "the Kerem Shalom crossing".
        if (multi && !has_entity_word && (ev & (k_ev_byline | k_ev_credit)) == 0 && facility_after(b) &&
            !m_tok[a].has(k_title_line) && !speech_context(a, b)) {
            emit(a, b, Kind::place, "facility", true);
            return;
        }
        if (multi && shape) {
            std::string_view first = s(a);
            bool given = (m_g.is_given_name(first) || m_g.is_family_first(first) ||
                          (b - a == 2 && m_g.is_given_name(s(b - 1)) && !has_entity_word)) &&
                         !m_tok[a].has(k_title_line);
            bool context = (ev & (k_ev_byline | k_ev_credit | k_ev_title)) != 0 || speech_context(a, b);
            bool last_is_place = lookup(b - 1, b).found();
            if ((given && !last_is_place) || (context && !last_is_place)) {
                emit(a, b, Kind::person, "");
                return;
            }
        }
        // Acronym followed by a name: "RTB Bor" is one company.
        if (multi && all_caps(a) && !all_caps(b - 1) && !lookup(a, a + 1).found() &&
            !is_non_org_acronym(s(a)) && m_tok[a].size() <= 5) {
            emit(a, b, Kind::org, "company");
            return;
        }
        if (multi && !shape) {
            split_and_classify(a, b, ev);
            return;
        }
        // Unknown name followed by a generic facility noun: "the Čukaru Peki copper-gold mine".
        if (!has_entity_word && facility_after(b) && !m_tok[a].has(k_title_line)) {
            emit(a, b, Kind::place, "facility", true);
            return;
        }
        if (multi) {
            // A gazetteer word inside an otherwise unknown run: classify word by word.
            if (has_entity_word || sentence_initial(a) || m_tok[a].has(k_title_line)) {
                // "Rishi Sunak has pledged…": a person if "Sunak" is one elsewhere.
                if (!has_entity_word && b - a <= 3 && !all_caps(a)) {
                    Mention m;
                    m.first = a;
                    m.last = b;
                    m.range = ByteRange{m_tok[a].start, m_tok[b - 1].end};
                    m.weak = true;
                    m_pending_multi.push_back(m);
                }
                split_and_classify(a, b, ev);
                return;
            }
            if (b - a <= 3 && !any_common_word(a, b)) {
                emit(a, b, Kind::person, "", true);
                return;
            }
            return;
        }

        // 7. One word.
        classify_single(a, ev);
    }

    // Whether [a, b) is a name on its own (for splitting "X and Y").
    bool standalone(std::uint32_t a, std::uint32_t b) const {
        while (b > a && m_tok[b - 1].type != TokenType::word && !is_punct(m_tok[b - 1], '.')) --b;
        if (b <= a) return false;
        if (lookup(a, b).found()) return true;
        std::uint32_t last = b - 1;
        if (is_punct(m_tok[last], '.') && last > a) --last;
        std::string_view w = s(last);
        if (org_head_subtype(w) || is_company_suffix(w) || place_head_subtype(w)) return b - a >= 2;
        if (b - a >= 2 && (m_g.is_given_name(s(a)) || title_length(a, b) > 0)) return true;
        return false;
    }

    static bool is_strong_title(std::string_view w) {
        static const char* const k_strong[] = {
            "President", "President-elect", "Premier", "Chancellor", "Minister", "Secretary",
            "Secretary-General", "Ambassador", "Envoy", "Governor", "Gov.", "Gov", "Senator",
            "Sen.", "Sen", "Rep.", "Rep", "Congressman", "Congresswoman", "Mayor", "Spokesman",
            "Spokeswoman", "Spokesperson", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr",
            "Prof.", "Professor", "Sir", "Dame", "King", "Queen", "Prince", "Princess", "Pope",
            "Cardinal", "Archbishop", "Bishop", "Patriarch", "Rabbi", "Imam", "Sheikh", "Emir",
            "Sultan", "Gen.", "Lt.", "Col.", "Colonel", "Capt.", "Captain", "Sgt.", "Sergeant",
            "Adm.", "Admiral", "Marshal", "Lieutenant", "Detective", "Judge", "Chairman",
            "Chairwoman", "CEO", "Commissioner", "Councillor", "Councilman", "Councilwoman",
            "Assemblyman", "Assemblywoman", "MP", "MEP", "Rev.", "Reverend", "Ayatollah",
            "Coach", "Sheriff", "Superintendent", "Father", "Pvt.", "Cmdr.", "Brig.", "Hon.",
            "Economist", "Analyst", "Researcher", "Reporter", "Correspondent", "Editor",
            "Adviser", "Advisor", "Aide", "Founder", "Co-founder", "Director", "Prosecutor"};
        for (const char* k : k_strong)
            if (w == k) return true;
        return false;
    }

    // What stands before a title: "Serbian" (dropped), "NATO", "Kremlin", "Hesteel Group".
    void classify_prefix(std::uint32_t a, std::uint32_t b) {
        while (b > a && ((m_tok[b - 1].type != TokenType::word && !is_punct(m_tok[b - 1], '.')) ||
                         (m_tok[b - 1].type == TokenType::word &&
                          (m_g.is_demonym(s(b - 1)) || is_title_modifier(s(b - 1))))) &&
               !lookup(b - 1, b).found())
            --b;
        if (a < b) classify(a, b, 0);
    }

    void split_and_classify(std::uint32_t a, std::uint32_t b, std::uint8_t ev) {
        std::uint32_t k = a;
        while (k < b) {
            if (m_tok[k].type != TokenType::word || !m_tok[k].has(k_cap)) {
                ++k;
                continue;
            }
            // A segment ending in an organization or place head is one name ("Iowa Avenue").
            {
                std::uint32_t seg = k + 1;
                while (seg < b && (m_tok[seg].type == TokenType::word ? m_tok[seg].has(k_cap)
                                                                      : is_punct(m_tok[seg], '.')))
                    ++seg;
                std::uint32_t lw = seg - 1;
                if (lw > k && is_punct(m_tok[lw], '.')) --lw;
                if (lw > k && !(k == a && seg == b) &&
                    ((org_head_subtype(s(lw)) && !is_title_word(s(lw))) || place_head_subtype(s(lw))) &&
                    !lookup(k, seg).found()) {
                    classify_segment(k, seg, ev);
                    k = seg;
                    continue;
                }
            }
            // Longest gazetteer entry first ("Radio Free Europe", "Eastern Europe").
            GazetteerEntry e;
            std::uint32_t end = longest_gazetteer(k, b, e);
            if (end > k) {
                emit(k, end, e.kind, e.subtype);
                k = end;
                continue;
            }
            // Otherwise the next segment without connectors, hyphens or slashes.
            std::uint32_t seg = k + 1;
            while (seg < b && (m_tok[seg].type == TokenType::word ? m_tok[seg].has(k_cap)
                                                                  : is_punct(m_tok[seg], '.')))
                ++seg;
            if (seg - k >= 2 || !(k == a && seg == b)) {
                if (seg - k == 1) classify_single(k, ev);
                else classify_segment(k, seg, ev);
            }
            k = seg;
        }
    }

    // A connector-free part of a split run.
    void classify_segment(std::uint32_t a, std::uint32_t b, std::uint8_t ev) {
        GazetteerEntry e = lookup(a, b);
        if (e.found()) {
            emit(a, b, e.kind, e.subtype);
            return;
        }
        std::uint32_t lw = b - 1;
        if (lw > a && is_punct(m_tok[lw], '.')) --lw;
        const char* org = org_head_subtype(s(lw));
        if (b - a >= 2 && org && !is_title_word(s(lw))) {
            emit(a, b, Kind::org, org);
            return;
        }
        if (b - a >= 2 && is_company_suffix(s(lw))) {
            emit(a, b, Kind::org, "company");
            return;
        }
        const char* place = b - a >= 2 ? place_head_subtype(s(lw)) : nullptr;
        if (place) {
            emit(a, b, Kind::place, place);
            return;
        }
        if (person_shape(a, b) && !m_tok[a].has(k_title_line) && (m_g.is_given_name(s(a)) || m_g.is_family_first(s(a)) ||
                                   (ev & (k_ev_byline | k_ev_credit)) != 0)) {
            emit(a, b, Kind::person, "");
            return;
        }
        for (std::uint32_t k = a; k < b; ++k)
            if (m_tok[k].type == TokenType::word) classify_single(k, ev);
    }

    void classify_single(std::uint32_t a, std::uint8_t ev) {
        std::string_view w = s(a);
        const Token& t = m_tok[a];
        if (t.type != TokenType::word || !t.has(k_cap)) return;
        if (m_g.is_demonym(w)) return;
        auto def = m_acronyms.empty() ? m_acronyms.end() : m_acronyms.find(w);
        if (def != m_acronyms.end()) {
            if (def->second.mention != k_none) {
                const Mention& d = m_out[def->second.mention];
                std::uint32_t idx = emit(a, a + 1, d.kind, d.subtype);
                if (idx != k_none) m_out[idx].link = def->second.mention;
            }
            return;
        }
        if (a + 1 < m_tok.size() && is_punct(m_tok[a + 1], '.') && attached(a + 1)) {
            // "Calif.", "Mass.": abbreviations listed with their period.
            GazetteerEntry e = lookup(a, a + 2);
            if (e.found()) {
                m_keep_period = true;
                emit(a, a + 2, e.kind, e.subtype);
                m_keep_period = false;
                return;
            }
        }
        GazetteerEntry e = lookup(a, a + 1);
        if (e.found()) {
            emit(a, a + 1, e.kind, e.subtype);
            return;
        }
        // "Sombor, Serbia": a place name followed by its country or state.
        if (a + 2 < m_tok.size() && is_punct(m_tok[a + 1], ',') && same_block(a, a + 2) &&
            !m_tok[a].has(k_all_caps) && !m_g.is_given_name(w) && !is_function_word(w) && !is_title_word(w)) {
            GazetteerEntry next = lookup(a + 2, a + 3);
            if (!next.found() && a + 3 < m_tok.size() && is_punct(m_tok[a + 3], '.')) next = lookup(a + 2, a + 4);
            if (next.found() && next.kind == Kind::place &&
                (std::string_view(next.subtype) == "country" || std::string_view(next.subtype) == "region") &&
                !(a > 0 && m_tok[a - 1].type == TokenType::word && m_tok[a - 1].has(k_cap) && same_block(a - 1, a))) {
                emit(a, a + 1, Kind::place, "city", true);
                return;
            }
        }
        // "the port of Odesa", "the city of Bor".
        if (a >= 2 && s(a - 1) == "of" && is_place_noun(s(a - 2)) && !m_g.is_given_name(w) &&
            !m_tok[a].has(k_all_caps)) {
            emit(a, a + 1, Kind::place, "city", true);
            return;
        }
        if (m_g.is_demonym(w) || is_function_word(w) || is_title_word(w) || month_number(w) ||
            is_weekday(w) || is_non_entity_head(w))
            return;
        if (number_word_value(w) >= 0) return;
        bool initial = sentence_initial(a);
        if (t.has(k_all_caps)) {
            if (ev & k_ev_credit) {
                emit(a, a + 1, Kind::org, "media");
                return;
            }
            if (!initial && !is_non_org_acronym(w) && t.size() >= 2 && t.size() <= 8 &&
                !t.has(k_abbrev) && !all_caps_line(a) && !m_g.is_common_word(w)) {
                emit(a, a + 1, Kind::org, "other", true);
            }
            return;
        }
        if (ev & k_ev_credit) {
            emit(a, a + 1, Kind::org, "media", true);
            return;
        }
        // "in the East": a capitalized compass region.
        if (is_direction(w) && a > 0 && s(a - 1) == "the" && !(a + 1 < m_tok.size() && cap_word(a + 1))) {
            emit(a, a + 1, Kind::place, "region");
            return;
        }
        if (m_g.is_common_word(w) && !m_g.is_given_name(w)) {
            placeholder(a, a + 1);
            return;
        }
        bool possessive_next = a + 1 < m_tok.size() && m_tok[a + 1].type == TokenType::possessive;
        if (!initial && !possessive_next && preposition_before(a, {"near", "outside", "in"}) &&
            !m_g.is_given_name(w) && t.size() >= 3) {
            bool ok_after = a + 1 >= m_tok.size() || !same_block(a, a + 1) ||
                            m_tok[a + 1].type == TokenType::punct ||
                            (m_tok[a + 1].type == TokenType::word && !m_tok[a + 1].has(k_cap));
            if (ok_after) {
                emit(a, a + 1, Kind::place, "city", true);
                return;
            }
        }
        if (!initial && speech_context(a, a + 1) && !m_tok[a].has(k_title_line)) {
            emit(a, a + 1, Kind::person, "", true);
            return;
        }
        placeholder(a, a + 1);
    }

    bool all_caps_line(std::uint32_t a) const {
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

    // "Foo Bar (FB)": FB abbreviates the name just classified (or a non-entity: "BRI").
    void check_acronym_definition(std::uint32_t end) {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        if (end + 2 >= n || !is_punct(m_tok[end], '(')) return;
        std::uint32_t k = end + 1;
        std::uint32_t close = k;
        while (close < n && close < k + 4 && !is_punct(m_tok[close], ')')) ++close;
        if (close >= n || !is_punct(m_tok[close], ')') || close == k) return;
        if (!m_tok[k].has(k_all_caps) && !(m_tok[k].has(k_cap) && m_tok[k].size() <= 6)) return;
        std::string_view acr = m_t.slice(k, close);
        // The defining mention: the last one emitted ending right before the parenthesis.
        std::uint32_t def = k_none;
        if (!m_out.empty() && m_out.back().last == end && m_out.back().kind != Kind::highlight)
            def = static_cast<std::uint32_t>(m_out.size() - 1);
        if (def == k_none && m_non_entity_end != end) return; // nothing named right before it
        if (def != k_none && m_out[def].kind == Kind::person) return; // "(R-Texas)" style notes
        if (def != k_none) {
            // "WASHINGTON (AP)": a known name of another kind is no abbreviation of this one.
            GazetteerEntry known = m_g.find(acr);
            char a0 = acr[0];
            char d0 = m_t.text[m_out[def].range.start];
            if (known.found() && known.kind != m_out[def].kind) return;
            if (m_out[def].kind == Kind::place && a0 != d0) return;
        }
        m_acronyms[acr] = AcronymDef{def};
        for (std::uint32_t q = k; q < close; ++q) m_consumed[q] = 1;
        if (def != k_none) {
            const Mention d = m_out[def];
            std::uint32_t idx = emit(k, close, d.kind, d.subtype);
            if (idx != k_none) m_out[idx].link = def;
        }
    }

    // Photo credits: "[Name/Pool/AFP]", "(AP Photo/Jane Doe)", "[Xinhua]" at the end of captions.
    void scan_credits(std::uint32_t b) {
        if (b >= m_t.block_first.size()) return;
        std::uint32_t first = m_t.block_first[b];
        std::uint32_t last = m_t.block_last[b];
        bool caption = m_t.block_kinds[b] == BlockKind::image;
        for (std::uint32_t i = first; i < last; ++i) {
            if (!is_punct(m_tok[i], '[') && !is_punct(m_tok[i], '(')) continue;
            char32_t closer = is_punct(m_tok[i], '[') ? U']' : U')';
            std::uint32_t j = i + 1;
            bool slash = false;
            bool credit_word = false;
            while (j < last && !is_punct(m_tok[j], closer) && j < i + 24) {
                if (is_punct(m_tok[j], '/')) slash = true;
                if (m_tok[j].type == TokenType::word && is_credit_word(s(j)) && m_tok[j].has(k_cap))
                    credit_word = true;
                ++j;
            }
            if (j >= last || !is_punct(m_tok[j], closer)) continue;
            bool at_end = j + 1 >= last || (j + 2 >= last && m_tok[j + 1].type == TokenType::punct);
            bool is_credit = (caption && closer == U']' && at_end) || slash || credit_word;
            if (!is_credit || j == i + 1) continue;
            // Every token inside must be a word, a slash or a period.
            bool clean = true;
            for (std::uint32_t k = i + 1; k < j; ++k)
                if (m_tok[k].type != TokenType::word && !is_punct(m_tok[k], '/') &&
                    !is_punct(m_tok[k], '.') && !is_punct(m_tok[k], '-'))
                    clean = false;
            if (!clean) continue;
            std::uint32_t seg = i + 1;
            for (std::uint32_t k = i + 1; k <= j; ++k) {
                if (k < j && !is_punct(m_tok[k], '/')) continue;
                credit_segment(seg, k);
                seg = k + 1;
            }
            for (std::uint32_t k = i; k <= j; ++k) m_consumed[k] = 1;
            i = j;
        }
    }

    void credit_segment(std::uint32_t a, std::uint32_t b) {
        if (a < b) {
            GazetteerEntry whole = lookup(a, b);
            if (whole.found()) {
                emit(a, b, whole.kind, whole.subtype);
                return;
            }
        }
        // Drop credit words ("Pool", "Photo", "Courtesy") at either end.
        while (a < b && m_tok[a].type == TokenType::word && (is_credit_word(s(a)) || !m_tok[a].has(k_cap) ||
                                                            s(a) == "by" || s(a) == "By"))
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
        if (words >= 2 && person_shape(a, b)) {
            emit(a, b, Kind::person, "");
            return;
        }
        if (words == 1 && m_tok[a].type == TokenType::word && m_tok[a].has(k_cap) &&
            !is_credit_word(s(a))) {
            auto def = m_g.find(s(a));
            emit(a, a + 1, Kind::org, def.found() ? def.subtype : "media");
            return;
        }
        classify(a, b, k_ev_credit);
    }

    // A mention's text from its byte range (no token-table access: cheaper on big inputs).
    std::string_view view(const Mention& m) const { return m_t.text.substr(m.range.start, m.range.size()); }

    // ---- aliases: "Putin" after "Vladimir Putin", "Xi" after "Xi Jinping" ------------------
    void resolve_aliases() {
        WordTable<std::uint32_t> alias;
        for (std::size_t k = 0; k < m_out.size(); ++k) {
            const Mention& m = m_out[k];
            if (m.kind != Kind::person || m.name_parts < 2 || m.weak) continue;
            for (std::uint32_t q = m.first; q < m.last; ++q) {
                if (m_tok[q].type != TokenType::word || m_tok[q].size() < 2 || is_name_suffix(s(q))) continue;
                if (!m_tok[q].has(k_cap)) continue;
                alias.insert(s(q), static_cast<std::uint32_t>(k));
            }
        }
        // Weak full names also provide aliases, after the strong ones.
        for (std::size_t k = 0; k < m_out.size(); ++k) {
            const Mention& m = m_out[k];
            if (m.kind != Kind::person || m.name_parts < 2 || !m.weak) continue;
            for (std::uint32_t q = m.first; q < m.last; ++q)
                if (m_tok[q].type == TokenType::word && m_tok[q].size() >= 2 && m_tok[q].has(k_cap))
                    alias.insert(s(q), static_cast<std::uint32_t>(k));
        }
        // Unknown runs that contain a known person's name part: "Rishi Sunak" after "Mr Sunak".
        if (!m_pending_multi.empty()) {
            WordTable<char> person_words;
            for (const Mention& m : m_out) {
                if (m.kind != Kind::person || m.weak) continue;
                for (std::uint32_t q = m.first; q < m.last; ++q)
                    if (m_tok[q].type == TokenType::word && m_tok[q].size() >= 2) person_words.insert(s(q), 1);
            }
            for (Mention& p : m_pending_multi) {
                if (!person_words.contains(s(p.last - 1)) && !person_words.contains(s(p.first))) continue;
                p.kind = Kind::person;
                p.subtype = "full";
                p.name_parts = static_cast<std::uint8_t>(p.last - p.first);
                p.weak = false;
                m_out.push_back(p);
                for (std::uint32_t q = p.first; q < p.last; ++q)
                    if (m_tok[q].type == TokenType::word && m_tok[q].size() >= 2)
                        alias.insert(s(q), static_cast<std::uint32_t>(m_out.size() - 1));
            }
        }
        // Team nicknames: "Nuggets" after "Denver Nuggets"; short names of organizations named
        // by their first word: "Hesteel" after "Hesteel Group", "Zijin" after "Zijin Mining".
        WordTable<std::uint32_t> team_alias;
        for (std::size_t k = 0; k < m_out.size(); ++k) {
            const Mention& m = m_out[k];
            if (m.kind != Kind::org || m.last - m.first < 2) continue;
            if (std::string_view(m.subtype) == "team") {
                team_alias.insert(s(m.last - 1), static_cast<std::uint32_t>(k));
                continue;
            }
            std::string_view first = s(m.first);
            const Token& ft = m_tok[m.first];
            if (ft.type != TokenType::word || ft.has(k_all_caps) || first.size() < 3 || m_g.is_common_word(first) ||
                m_g.is_given_name(first) || m_g.is_demonym(first) || lookup(m.first, m.first + 1).found() ||
                is_title_word(first) || is_title_modifier(first) || org_head_subtype(first) ||
                m_tok[m.first + 1].type != TokenType::word || place_head_subtype(s(m.first + 1)))
                continue; // "Riverside County Sheriff's Office" is not "Riverside"
            team_alias.insert(first, static_cast<std::uint32_t>(k));
        }
        if (team_alias.size() > 0) {
            auto to_team = [&](Mention& p) {
                const std::uint32_t* team = team_alias.find(view(p));
                if (!team) return;
                p.kind = Kind::org;
                p.subtype = m_out[*team].subtype;
                p.weak = false;
                p.link = *team;
            };
            for (Mention& p : m_pending)
                if (p.kind == Kind::highlight) to_team(p);
            for (Mention& m : m_out)
                if (m.weak && m.last - m.first == 1 && (m.kind == Kind::person || m.kind == Kind::org)) to_team(m);
        }
        if (alias.size() == 0) {
            for (Mention& p : m_pending)
                if (p.kind != Kind::highlight) m_out.push_back(p);
            return;
        }
        // Weak single-word guesses and placeholders that are aliases become person mentions.
        for (Mention& m : m_out) {
            if (!m.weak || m.last - m.first != 1) continue;
            if (const std::uint32_t* target = alias.find(view(m))) {
                m.kind = Kind::person;
                m.subtype = "partial";
                m.name_parts = 1;
                m.weak = false;
                m.link = *target;
            }
        }
        for (Mention& p : m_pending) {
            if (p.kind != Kind::highlight) {
                m_out.push_back(p);
                continue;
            }
            const std::uint32_t* target = alias.find(view(p));
            if (!target) continue;
            p.link = *target;
            p.kind = Kind::person;
            p.subtype = "partial";
            p.name_parts = 1;
            p.weak = false;
            m_out.push_back(p);
        }
    }

    const TokenTable& m_t;
    const std::vector<Token>& m_tok;
    const Gazetteer& m_g;
    std::vector<std::uint8_t> m_consumed;
    std::vector<Mention> m_out;
    std::vector<Mention> m_pending;
    std::vector<Mention> m_pending_multi; ///< unknown sentence-initial runs shaped like names
    std::unordered_map<std::string_view, AcronymDef> m_acronyms;
    std::uint32_t m_non_entity_end = k_none;
    bool m_keep_period = false;
};

} // namespace

bool is_open_quote_cp(char32_t cp) { return cp == '"' || cp == 0x201C || cp == 0x201E || cp == 0x00AB; }

std::vector<Mention> detect_names(const TokenTable& table) {
    NameDetector d(table);
    std::vector<Mention> names = d.run();
    apply_context_rules(table, names);
    return names;
}

} // namespace gloss::core::detect
