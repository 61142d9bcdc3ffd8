// SPDX-License-Identifier: MIT
// Document-context rereading of name mentions: sports teams, the legislature's "House", parties,
// numbered roads and names before a lower-case region noun.
#include "detect/detect.h"
#include "detect/gazetteer.h"
#include "detect/name_detector.h"
#include "detect/word_table.h"
#include "detect/words.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gloss::core::detect {
namespace {

class ContextPass {
public:
    ContextPass(const TokenTable& t, std::vector<Mention>& names)
        : m_t(t), m_tok(t.tokens), m_names(names), m_g(Gazetteer::instance()) {}

    void run() {
        scan_document();
        if (m_sports) teams();
        if (m_legislature) houses();
        bare_bodies();
        if (m_party_words) parties();
        if (m_road_words || m_region_nouns) roads_and_regions();
        if (m_agency_words) lowercase_agencies();
        numbered_roads();
        compass_places();
        born_places();
        national_teams();
        seats_as_places();
        member_seats();
        if (!m_sports) dateline_echoes();
        coordination();
        if (!m_sports) surname_places(); // (a box score's "Prince George, Whitehorse 28" names a player)
        org_initials();
        acronym_appositions();
        companies_by_use();
        if (m_school_nouns) schools_by_use();
        org_lists();
        names_by_neighbours();
        companies_named_after_cities();
        if (!m_added.empty()) merge_added();
        saint_places();
        if (m_sports) places_playing(); // ("beat St. Bonaventure": a saint's town read above is a team)
        motor_racing_teams(); // (its own test: a race report may have too few sports words)
        transit_lines();
        lines_in_lower_case();
        teams_in_results();
        teams_after_riders();
        legislators_hometowns();
        names_after_place_prepositions();
        places_named_like_people();
        residence_places();
        places_listed_after_nouns();
        place_echoes();
        company_short_names();
        org_short_forms();
        surnames_over_places();
        firms_named_like_people();
        firms_by_what_they_do();
        listed_portfolios();
        multiword_place_echoes();
        place_short_names();
        companies_with_shares();
    }

    // One sense per article for names of two to four words that a rule made places ("Jurong East",
    // "Choa Chu Kang" between a route's ends): the same words elsewhere, unclaimed and not part of a
    // longer name, are that place.
    void multiword_place_echoes() {
        WordTable<const char*> places(8);
        WordTable<char> first_words(8);
        for (const Mention& m : m_names) {
            // "Prince William board" after "the Prince William County Board of Supervisors": a
            // county that opens a body's name, without its word.
            if (m.kind == Kind::org && m.last - m.first >= 4 && cap(m.first) && !m_tok[m.first].has(k_all_caps) &&
                !m_tok[m.first].has(k_title_line)) {
                std::uint32_t c = m.first + 2;
                while (c < m.first + 4 && c + 1 < m.last && !(word(c) && is_literal(s(c), "County"))) ++c;
                bool plain = word(c) && is_literal(s(c), "County");
                for (std::uint32_t q = m.first; q < c && plain; ++q) plain = cap(q) && word(q);
                if (plain && !places.find(m_t.slice(m.first, c))) {
                    places.insert(m_t.slice(m.first, c), "region");
                    first_words.insert(s(m.first), 1);
                }
                continue;
            }
            if (m.kind != Kind::place || m.last - m.first < 2 || m.last - m.first > 4 || !cap(m.first) ||
                !cap(m.last - 1) || m_tok[m.first].has(k_all_caps))
                continue;
            bool plain = true;
            for (std::uint32_t q = m.first; q < m.last && plain; ++q) plain = cap(q) && (q == m.first || m_tok[q].has(k_space_before));
            if (!plain) continue;
            places.insert(m_t.slice(m.first, m.last), m.subtype);
            first_words.insert(s(m.first), 1);
            // "Prince William board" after "Prince William County": the county without its word.
            if (m.last - m.first >= 3 && is_literal(s(m.last - 1), "County") && is_literal(m.subtype, "region") &&
                !places.find(m_t.slice(m.first, m.last - 1)))
                places.insert(m_t.slice(m.first, m.last - 1), "region");
        }
        if (places.size() == 0) return;
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        // ("ran to Choa Chu Kang": the same words read as a person from their shape alone.)
        for (Mention& m : m_names) {
            // (A given name may open it when no alias points at the person and it does not speak:
            // "covering Copiapó, Tierra Amarilla and Santiago … wells in Tierra Amarilla".)
            if (m.kind != Kind::person || m.last - m.first < 2 ||
                (m_tok[m.first].is(k_wc_given) &&
                    (m.link != k_none || (m.last < m_tok.size() && word(m.last) && same_block(m.first, m.last) &&
                                             m_tok[m.last].is(k_wc_speech_verb)))) ||
                (m.link != k_none && m_t.slice(m_names[m.link].first, m_names[m.link].last) != m_t.slice(m.first, m.last)))
                continue;
            if (const char* const* sub = places.find(m_t.slice(m.first, m.last))) {
                m.kind = Kind::place;
                m.subtype = *sub;
            }
        }
        // ("Local Prince William board": a title's word read off a county's name.)
        for (Mention& m : m_names) {
            if (m.kind != Kind::person || m.last - m.first != 1 || m.first == 0 || !same_block(m.first - 1, m.first) ||
                !word(m.first - 1) || !names_impl::is_royal_title(s(m.first - 1)) || covering(m.first - 1) != k_none)
                continue;
            if (const char* const* sub = places.find(m_t.slice(m.first - 1, m.last))) {
                m.first -= 1;
                m.range.start = m_tok[m.first].start;
                m.kind = Kind::place;
                m.subtype = *sub;
                m.link = k_none;
                m.name_parts = 0;
            }
        }
        for (const std::uint32_t i : m_t.cap_words) {
            if (!first_words.contains(s(i)) || covering(i) != k_none) continue;
            if (i > 0 && same_block(i - 1, i) && cap(i - 1) && !m_tok[i - 1].is(k_wc_function)) continue;
            for (std::uint32_t e = i + 2; e <= i + 4 && e <= n; ++e) {
                if (!same_block(i, e - 1) || !cap(e - 1) || covering(e - 1) != k_none) break;
                const char* const* sub = places.find(m_t.slice(i, e));
                if (sub == nullptr) continue;
                if (e < n && same_block(i, e) && (cap(e) || m_tok[e].type == TokenType::possessive)) break;
                add(i, e, Kind::place, *sub);
                break;
            }
        }
        if (!m_added.empty()) merge_added();
    }

    // A word of four letters or more that no list knows: no word class, no gazetteer entry, no
    // common word ("Merthyr", "Bakerloo").
    bool unknown_word(std::uint32_t i) const {
        return m_tok[i].size() >= 4 && (m_tok[i].lex.classes & ~k_wc_gazetteer) == 0 && !m_g.find(s(i)).found() &&
               !m_g.is_common_word(s(i));
    }

    // "the Merthyr branch" after "Merthyr Tydfil": a listed town of two words named by its first
    // word alone, when that word is no word, name or place of its own ("Costa" of "Costa Rica", a
    // country, and "Milton" of "Milton Keynes", a given name, are left alone).
    void place_short_names() {
        WordTable<const char*> shorts(4);
        for (const Mention& m : m_names) {
            if (m.kind != Kind::place || m.last - m.first != 2 || !word(m.first) || !word(m.first + 1) ||
                !cap(m.first) || !cap(m.first + 1) || !m_tok[m.first + 1].has(k_space_before) ||
                m_tok[m.first].has(k_all_caps) ||
                !unknown_word(m.first) || m_tok[m.first + 1].is(k_wc_name_head) || m_tok[m.first + 1].is(k_wc_common) ||
                !(is_literal(m.subtype, "city") || is_literal(m.subtype, "region")))
                continue;
            const GazetteerEntry full = m_g.find(m_t.slice(m.first, m.last));
            if (!full.found() || full.kind != Kind::place || m_g.is_town(s(m.first))) continue;
            shorts.insert(s(m.first), m.subtype);
        }
        // "Fulton County" … "the taxpayers of Fulton": a county's name alone, once the text has
        // named the county and no person by that word, and no list gives the word alone a meaning.
        std::vector<std::uint32_t> county_names; // the first word of each "X County"
        WordTable<char> person_words(4);
        for (const Mention& m : m_names) {
            if (m.kind == Kind::person) {
                for (std::uint32_t k = m.first; k < m.last; ++k)
                    if (word(k)) person_words.insert(s(k), 1);
            } else if (m.kind == Kind::place && m.last - m.first == 2 && word(m.first) && word(m.first + 1) &&
                       any_of(s(m.first + 1), {"County", "Parish"}) && cap(m.first) && !m_tok[m.first].has(k_all_caps) &&
                       (m_tok[m.first].lex.classes & (k_wc_function | k_wc_title | k_wc_common | k_wc_demonym)) == 0 &&
                       !m_g.find(s(m.first)).found()) {
                county_names.push_back(m.first);
            }
        }
        for (const std::uint32_t c : county_names)
            if (!person_words.contains(s(c))) shorts.insert(s(c), "region");
        // "the Murrumbidgee River" … "which feeds the Murrumbidgee": a river's name alone after "the".
        WordTable<char> rivers(2);
        for (const Mention& m : m_names)
            if (m.kind == Kind::place && m.last - m.first == 2 && word(m.first) && word(m.first + 1) && cap(m.first) &&
                !m_tok[m.first].has(k_all_caps) && is_literal(s(m.first + 1), "River") &&
                (m_tok[m.first].lex.classes & (k_wc_function | k_wc_title | k_wc_common | k_wc_demonym | k_wc_given)) == 0 &&
                !person_words.contains(s(m.first)))
                rivers.insert(s(m.first), 1);
        if (rivers.size() != 0) {
            const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
            for (const std::uint32_t i : m_t.cap_words)
                if (rivers.contains(s(i)) && covering(i) == k_none && i > 0 && same_block(i - 1, i) &&
                    word(i - 1) && (is_literal(s(i - 1), "the") || is_literal(s(i - 1), "The")) &&
                    !(i + 1 < n && same_block(i, i + 1) && cap(i + 1) && m_tok[i + 1].has(k_space_before)))
                    add(i, i + 1, Kind::place, "geo");
        }
        if (shorts.size() == 0) {
            if (!m_added.empty()) merge_added();
            return;
        }
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        for (const std::uint32_t i : m_t.cap_words) {
            const char* const* sub = shorts.find(s(i));
            if (sub == nullptr || covering(i) != k_none) continue;
            if ((i > 0 && same_block(i - 1, i) && cap(i - 1) && !m_tok[i - 1].is(k_wc_function) &&
                    m_tok[i].has(k_space_before)) ||
                (i + 1 < n && same_block(i, i + 1) && (cap(i + 1) || is_punct(m_tok[i + 1], '-')) &&
                    (m_tok[i + 1].has(k_space_before) || is_punct(m_tok[i + 1], '-'))))
                continue;
            add(i, i + 1, Kind::place, *sub);
        }
        if (!m_added.empty()) merge_added();
    }

    // "the Department of Planning, Housing and Infrastructure", "Ministry of Mines, Energy and Water":
    // a body's portfolios listed with commas and a final "and" belong to its name.
    void listed_portfolios() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        for (std::size_t k = 0; k < m_names.size(); ++k) {
            Mention& m = m_names[k];
            if (m.kind != Kind::org || m.last - m.first < 3 || m.last + 3 >= n || !is_punct(m_tok[m.last], ',') ||
                !word(m.first + 1) || !is_literal(s(m.first + 1), "of") ||
                !any_of(s(m.first), {"Department", "Ministry", "Office", "Minister", "Secretary", "Committee", "Bureau"}))
                continue;
            std::uint32_t p = m.last;
            bool closed = false;
            while (p + 2 < n && same_block(m.first, p + 2) && !closed) {
                std::uint32_t q = p;
                if (is_punct(m_tok[q], ',')) ++q;
                if (word(q) && is_literal(s(q), "and")) {
                    ++q;
                    closed = true;
                } else if (q == p) {
                    break;
                }
                // One or two capitalized words that no other name holds.
                if (!cap(q) || m_tok[q].has(k_all_caps) || covering(q) != k_none) {
                    closed = false;
                    break;
                }
                std::uint32_t e = q + 1;
                if (e < n && cap(e) && same_block(q, e) && covering(e) == k_none && !m_tok[e].has(k_all_caps)) ++e;
                p = e;
            }
            if (!closed || (k + 1 < m_names.size() && m_names[k + 1].first < p)) continue;
            m.last = p;
            m.range.end = m_tok[p - 1].end;
        }
    }

    // Short forms of an organization the article names in full: the tail after "of" that holds an
    // "and" ("Fish and Game" after "Alaska Department of Fish and Game"), the name without the
    // place that opens it ("Water Development Board" after "Bangladesh Water Development Board"),
    // and its head word after "the" ("the Corps" after "U.S. Army Corps of Engineers").
    void org_short_forms() {
        struct Short {
            std::uint32_t first, size; ///< tokens of the short form inside the full name
            std::uint32_t full;        ///< the full name's first token
            const char* subtype;
            bool head;                 ///< the head word alone: only after "the"
        };
        std::vector<Short> shorts;
        WordTable<char> first_words(4);
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        auto plain = [&](std::uint32_t a, std::uint32_t b) { // capitalized words and connectors
            for (std::uint32_t q = a; q < b; ++q)
                if (!word(q) || m_tok[q].has(k_all_caps) || (!cap(q) && !any_of(s(q), {"of", "and", "the", "for", "on"})))
                    return false;
            return cap(a) && cap(b - 1);
        };
        for (const Mention& m : m_names) {
            if (m.kind != Kind::org || m.last - m.first < 3) continue;
            std::uint32_t of = k_none;
            for (std::uint32_t q = m.first + 1; q + 1 < m.last && of == k_none; ++q)
                if (word(q) && is_literal(s(q), "of")) of = q;
            if (of != k_none) {
                std::uint32_t t = of + 1;
                if (is_literal(s(t), "the") && t + 1 < m.last) ++t;
                bool has_and = false;
                for (std::uint32_t q = t; q < m.last; ++q) has_and = has_and || (word(q) && is_literal(s(q), "and"));
                if (has_and && m.last - t >= 3 && plain(t, m.last)) shorts.push_back({t, m.last - t, m.first, m.subtype, false});
                // "U.S. Army Corps of Engineers" → "the Corps"
                const std::string_view head = s(of - 1);
                if (of - 1 > m.first && cap(of - 1) &&
                    any_of(head, {"Corps", "Commission", "Authority", "Board", "Agency", "Bureau", "Tribunal", "Institute",
                                     "Foundation", "Trust", "Fund", "Directorate", "Inspectorate", "Service"}))
                    shorts.push_back({of - 1, 1, m.first, m.subtype, true});
            } else {
                const GazetteerEntry place = m_g.find(s(m.first));
                if (place.found() && place.kind == Kind::place && m.last - m.first >= 3 && plain(m.first + 1, m.last) &&
                    org_head_subtype(s(m.last - 1)))
                    shorts.push_back({m.first + 1, m.last - m.first - 1, m.first, m.subtype, false});
            }
        }
        if (shorts.empty()) return;
        for (const Short& sh : shorts) first_words.insert(s(sh.first), 1);
        std::vector<std::pair<std::uint32_t, std::uint32_t>> links; // first token of a short form, of its full name
        for (const std::uint32_t i : m_t.cap_words) {
            if (!first_words.contains(s(i)) || m_tok[i].has(k_all_caps)) continue;
            for (const Short& sh : shorts) {
                const std::uint32_t end = i + sh.size;
                if (end > n || i == sh.first || !same_block(i, end - 1)) continue;
                bool same = true;
                for (std::uint32_t q = 0; q < sh.size && same; ++q) same = word(i + q) && s(i + q) == s(sh.first + q);
                if (!same) continue;
                // Alone: no capitalized word joined before or after, no "of" after the head word.
                if (i > 0 && same_block(i - 1, i) && cap(i - 1) && !m_tok[i - 1].is(k_wc_function)) continue;
                if (end < n && same_block(i, end) && (cap(end) || (sh.head && word(end) && is_literal(s(end), "of"))))
                    continue;
                if (sh.head && !is_literal(prev_word(i), "the") && !is_literal(prev_word(i), "The")) continue;
                const std::uint32_t c = covering(i);
                if (c != k_none) {
                    Mention& m = m_names[c];
                    if (m.first != i || m.last != end || m.kind == Kind::org || !m.weak) break;
                    m.kind = Kind::org;
                    m.subtype = sh.subtype;
                    links.emplace_back(i, sh.full);
                    break;
                }
                bool free = true;
                for (std::uint32_t q = i; q < end && free; ++q) free = covering(q) == k_none;
                if (!free) break;
                add(i, end, Kind::org, sh.subtype);
                links.emplace_back(i, sh.full);
                break;
            }
        }
        link_short_names(links);
    }

    // "Analysts at Piper Sandler …", then "Piper Sandler said in a note": a name of two words or
    // more, in title case, that the article shows as an organization at least as often as as a
    // person is that organization everywhere.
    void firms_named_like_people() {
        struct Uses {
            const char* subtype;
            std::uint32_t orgs = 0, persons = 0;
        };
        WordTable<Uses> firms(4);
        auto title_case = [&](const Mention& m) {
            for (std::uint32_t q = m.first; q < m.last; ++q)
                if (m_tok[q].has(k_all_caps) && m_tok[q].size() > 1) return false;
            return m.last - m.first >= 2;
        };
        for (const Mention& m : m_names) {
            if (m.kind != Kind::org || !title_case(m)) continue;
            const std::string_view text = m_t.slice(m.first, m.last);
            if (Uses* u = firms.find(text)) ++u->orgs;
            else firms.insert(text, Uses{m.subtype, 1, 0});
        }
        if (firms.size() == 0) return;
        for (const Mention& m : m_names)
            if (m.kind == Kind::person && title_case(m))
                if (Uses* u = firms.find(m_t.slice(m.first, m.last))) ++u->persons;
        for (Mention& m : m_names) {
            if (m.kind != Kind::person || !title_case(m)) continue;
            const Uses* u = firms.find(m_t.slice(m.first, m.last));
            if (!u || u->orgs < u->persons) continue;
            m.kind = Kind::org;
            m.subtype = u->subtype;
            m.name_parts = 0;
        }
        // ("the engineering firm Kustwerk Delta … Kustwerk Delta project director": a firm whose
        // last word is a place's head, read as a place where no trade noun precedes it; not a
        // listed place, nor one the article shows as a place more often: "Chancery Green".)
        WordTable<std::uint32_t> places(4);
        for (const Mention& m : m_names) {
            if (m.kind != Kind::place || !title_case(m)) continue;
            const std::string_view text = m_t.slice(m.first, m.last);
            if (!firms.find(text)) continue;
            if (std::uint32_t* c = places.find(text)) ++*c;
            else places.insert(text, 1);
        }
        if (places.size() == 0) return;
        for (Mention& m : m_names) {
            if (m.kind != Kind::place || !title_case(m) || m_tok[m.first].has(k_title_line)) continue;
            const std::string_view text = m_t.slice(m.first, m.last);
            const Uses* u = firms.find(text);
            const std::uint32_t* c = places.find(text);
            // (More often a firm, or a lone place against a firm: "Kustwerk Delta".)
            if (!u || !c || !(u->orgs > *c || *c == 1) || !is_literal(u->subtype, "company") || m_g.find(text).found())
                continue;
            m.kind = Kind::org;
            m.subtype = u->subtype;
        }
    }

    // Two words read as a person that act as a firm: "Feldmann Optronik fell 4.2 per cent" (a share
    // price's move), "Spencer Blue chief executive Marco Abbatangelo" (its officer named after it),
    // "Crestline Burger" where "Crestline" alone is a company elsewhere in the article.
    void firms_by_what_they_do() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        WordTable<char> firm_words(4);
        for (const Mention& m : m_names)
            if (m.kind == Kind::org && is_literal(m.subtype, "company") && m.last - m.first == 1 && cap(m.first) &&
                !m_tok[m.first].has(k_all_caps))
                firm_words.insert(s(m.first), 1);
        for (Mention& m : m_names) {
            if (m.kind != Kind::person || m.last - m.first != 2 || !word(m.first) || !word(m.first + 1) ||
                m_tok[m.first].has(k_all_caps) || m_tok[m.first + 1].has(k_all_caps))
                continue;
            bool firm = firm_words.size() != 0 && !m_tok[m.first].is(k_wc_given) && firm_words.contains(s(m.first));
            const std::uint32_t j = m.last;
            // ("trade through Mae Sot fell 18 percent": not after a preposition.)
            const bool after_preposition = m.first > 0 && word(m.first - 1) && !m_tok[m.first - 1].has(k_cap) &&
                                           m_tok[m.first - 1].is(k_wc_function);
            if (!firm && !after_preposition && j + 2 < n && same_block(m.first, j + 2) && word(j) &&
                any_of(s(j), {"fell", "rose", "jumped", "slid", "gained", "climbed", "dropped", "surged", "tumbled",
                              "plunged", "sank", "rallied", "slumped", "soared", "dipped", "eased", "edged"}) &&
                m_tok[j + 1].type == TokenType::number) {
                const Token& u = m_tok[j + 2];
                firm = (u.type == TokenType::punct && u.cp == '%') ||
                       (u.type == TokenType::word && any_of(s(j + 2), {"per", "percent", "pct"}));
            }
            if (!firm && j + 3 < n && same_block(m.first, j + 3) && word(j) && !m_tok[j].has(k_cap)) {
                std::uint32_t q = j;
                if (is_literal(s(q), "chief") && word(q + 1) && is_literal(s(q + 1), "executive")) q += 2;
                else if (any_of(s(q), {"chairman", "chairwoman"})) q += 1;
                if (q > j && q < n && cap(q) && m_tok[q].is(k_wc_given)) firm = true;
            }
            if (!firm && j + 2 < n && same_block(m.first, j + 2) && word(j) && is_literal(s(j), "CEO") && cap(j + 1) &&
                m_tok[j + 1].is(k_wc_given))
                firm = true;
            if (!firm) continue;
            m.kind = Kind::org;
            m.subtype = "company";
            m.name_parts = 0;
        }
    }

    // "Brandenburg, 63, who runs cattle …" after "Cody Brandenburg": a listed place that is the
    // surname of a person named in the article is that person when an age or a verb of saying
    // follows it.
    void surnames_over_places() {
        WordTable<char> surnames(4);
        WordTable<char> saint_surnames(4); // "St Hill" of "Akeem St Hill"
        for (const Mention& m : m_names) {
            if (m.kind != Kind::person || m.last - m.first < 2 || !cap(m.last - 1)) continue;
            surnames.insert(s(m.last - 1), 1);
            if (m.last - m.first >= 3 && word(m.last - 2) && is_literal(s(m.last - 2), "St"))
                saint_surnames.insert(m_t.slice(m.last - 2, m.last), 1);
            // "Lucía Zamora Ibarra", then "Zamora said": the first of two Spanish surnames.
            if (m.last - m.first >= 3 && cap(m.last - 2) && !m_tok[m.last - 2].is(k_wc_given) &&
                m_tok[m.first].is(k_wc_given))
                surnames.insert(s(m.last - 2), 1);
        }
        if (surnames.size() == 0) return;
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        // ("St Hill said", "(St Hill 112,": the person's saint surname is the person wherever it stands.)
        if (saint_surnames.size() != 0) {
            for (Mention& m : m_names) {
                if (m.kind != Kind::place || m.last - m.first != 2 || !saint_surnames.contains(m_t.slice(m.first, m.last)))
                    continue;
                m.kind = Kind::person;
                m.subtype = "partial";
                m.name_parts = 2;
                m.weak = false;
            }
        }
        for (Mention& m : m_names) {
            if (m.kind != Kind::place || m.last - m.first != 1 || !surnames.contains(s(m.first))) continue;
            const std::uint32_t j = m.last;
            const bool age = j + 2 < n && is_punct(m_tok[j], ',') && m_tok[j + 1].type == TokenType::number &&
                             m_tok[j + 1].size() <= 3 && is_punct(m_tok[j + 2], ',') && same_block(m.first, j + 2);
            const bool says = j < n && word(j) && same_block(m.first, j) && m_tok[j].is(k_wc_speech_verb);
            if (!age && !says) continue;
            m.kind = Kind::person;
            m.subtype = "partial";
            m.name_parts = 1;
            m.weak = false;
        }
    }

    // "Jalur Digital, which is listed …" after "Jalur Digital Bhd": a company's name without its
    // legal suffix is the company wherever it stands alone (and not inside a longer name).
    void company_short_names() {
        struct Short {
            std::uint32_t first, size; ///< tokens of the name without the suffix
            const char* subtype;
            bool trimmed = false; ///< the trade word went too: "Kōwhai Ridge" of "Kōwhai Ridge Orchards Ltd"
        };
        std::vector<Short> shorts;
        WordTable<char> first_words(4);
        // ("Borneo Walit Holdings Bhd": a holding's word before the suffix goes too.)
        auto holding = [&](std::uint32_t q) {
            return word(q) && any_of(s(q), {"Holdings", "Holding", "Group", "Berhad", "Corporation"});
        };
        for (const Mention& m : m_names) {
            if (m.kind != Kind::org || m.last - m.first < 3) continue;
            // ("Umpqua Ridge Lumber Co.": the suffix's full stop may be a token of its own.)
            std::uint32_t suffix = m.last - 1;
            if (is_punct(m_tok[suffix], '.') && attached(suffix) && suffix - m.first >= 3) --suffix;
            // ("Naniwa Cell said" after "Naniwa Cell Technologies": a firm's trade word, as a suffix.)
            const bool trade = m.last - m.first >= 3 && word(m.last - 1) &&
                               any_of(s(m.last - 1), {"Technologies", "Technology", "Systems", "Industries", "Labs",
                                                      "Solutions", "Networks", "Pharmaceuticals", "Therapeutics",
                                                      "Biosciences", "Electronics", "Robotics", "Enterprises",
                                                      "Studios", "Pictures", "Productions", "Entertainment"});
            if (trade) suffix = m.last - 1;
            if (!word(suffix) || !(trade || is_company_suffix(s(suffix)))) continue;
            std::uint32_t stem = suffix;
            if (stem - m.first >= 3 && holding(stem - 1)) --stem;
            const std::uint32_t size = stem - m.first;
            bool plain = true; // capitalized words only
            for (std::uint32_t q = m.first; q < stem; ++q)
                if (!cap(q) || m_tok[q].has(k_all_caps)) plain = false;
            if (!plain) continue;
            // ("Sable Hill shareholders" after "Sable Hill Studios": a place read from the head word
            // alone over the words a trade word followed is the company's short name.)
            shorts.push_back(Short{m.first, size, m.subtype, trade});
            first_words.insert(s(m.first), 1);
            // "Umpqua Ridge said" after "Umpqua Ridge Lumber Co.": the name without its trade word
            // too, when no list knows those words as a place.
            if (size >= 3 && !m_g.find(m_t.slice(m.first, m.first + size - 1)).found())
                shorts.push_back(Short{m.first, size - 1, m.subtype, true});
        }
        if (shorts.empty()) return;
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        std::vector<std::pair<std::uint32_t, std::uint32_t>> links; // first token of a short name, of its full name
        for (const std::uint32_t i : m_t.cap_words) {
            if (!first_words.contains(s(i)) || (i > 0 && same_block(i - 1, i) && cap(i - 1))) continue;
            for (const Short& sh : shorts) {
                const std::uint32_t end = i + sh.size;
                if (end > n || sh.first == i || !same_block(i, end - 1)) continue;
                bool same = true;
                for (std::uint32_t q = 0; q < sh.size && same; ++q)
                    same = word(i + q) && s(i + q) == s(sh.first + q) && (q == 0 || m_tok[i + q].has(k_space_before));
                if (!same || (end < n && same_block(i, end) && cap(end) && m_tok[end].has(k_space_before))) continue;
                // Unclaimed words, or a guess from shape alone over exactly these words.
                const std::uint32_t c = covering(i);
                // (A place read from its head word alone, "Kōwhai Ridge", is the company's short name.)
                if (c != k_none && m_names[c].first == i && m_names[c].last == end &&
                    ((m_names[c].weak && m_names[c].kind != Kind::place) ||
                        (sh.trimmed && m_names[c].kind == Kind::place && !m_g.find(m_t.slice(i, end)).found()))) {
                    m_names[c].kind = Kind::org;
                    m_names[c].subtype = sh.subtype;
                    m_names[c].weak = false;
                    links.emplace_back(i, sh.first);
                    break;
                }
                // ("Borneo Walit, which is listed": a place read from the first word alone.)
                if (c != k_none && m_names[c].first == i && m_names[c].last < end && sh.size >= 2) {
                    bool rest_free = true;
                    for (std::uint32_t q = m_names[c].last; q < end && rest_free; ++q) rest_free = covering(q) == k_none;
                    if (rest_free) {
                        Mention& m = m_names[c];
                        m.last = end;
                        m.range.end = m_tok[end - 1].end;
                        m.kind = Kind::org;
                        m.subtype = sh.subtype;
                        m.weak = false;
                        m.link = k_none;
                        m.name_parts = 0;
                        links.emplace_back(i, sh.first);
                        break;
                    }
                }
                bool free = true;
                for (std::uint32_t q = i; q < end && free; ++q) free = covering(q) == k_none;
                if (!free) break;
                add(i, end, Kind::org, sh.subtype);
                links.emplace_back(i, sh.first);
                break;
            }
        }
        link_short_names(links);
    }

    // Each short name (its first token) joins the entity of its full name (the full name's first
    // token), once the added mentions are merged.
    void link_short_names(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& links) {
        if (links.empty()) return;
        if (!m_added.empty()) merge_added();
        for (const auto& [at, full] : links) {
            const std::uint32_t k = covering(at), f = covering(full);
            if (k != k_none && f != k_none && k != f) m_names[k].link = f;
        }
    }

    // "St. Albans", "St Helens": Saint and one name that is no given name, read as a person, is a
    // town unless it speaks or writes. Saints are named by given names ("St. Augustine", "St
    // Patrick"): with one, only after a preposition of place ("moved to St Arnaud").
    void saint_places() {
        // "via Ouyen, St Arnaud, Maryborough": listed right after a place.
        auto after_listed_place = [&](std::size_t k) {
            if (k == 0) return false;
            const Mention& before = m_names[k - 1];
            const std::uint32_t gap = m_names[k].first;
            if (before.kind != Kind::place || !same_block(before.first, gap)) return false;
            if (before.last + 1 == gap)
                return is_punct(m_tok[before.last], ',') || is_literal(s(before.last), "and") ||
                       is_literal(s(before.last), "or");
            return before.last + 2 == gap && is_punct(m_tok[before.last], ',') && is_literal(s(before.last + 1), "and");
        };
        for (std::size_t k = 0; k < m_names.size(); ++k) {
            Mention& m = m_names[k];
            if (m.kind != Kind::person || !is_literal(s(m.first), "St")) continue;
            const std::uint32_t name = m.first + 1 < m.last && is_punct(m_tok[m.first + 1], '.') ? m.first + 2 : m.first + 1;
            if (name + 1 != m.last || !cap(name)) continue;
            if (m.last < m_tok.size() && word(m.last) && m_tok[m.last].is(k_wc_speech_verb)) continue;
            if (m_tok[name].is(k_wc_given) &&
                !any_of(prev_word(m.first), {"in", "at", "to", "from", "near", "outside", "around", "via"}) &&
                !after_listed_place(k))
                continue;
            m.kind = Kind::place;
            m.subtype = "city";
            m.weak = false;
        }
        // Once "in St Elizabeth" is a place, "St Elizabeth" is that place wherever it does not speak
        // ("St Elizabeth Farmers Count Their Losses").
        WordTable<char> saint_towns(4);
        for (const Mention& m : m_names)
            if (m.kind == Kind::place && m.last - m.first == 2 && is_literal(s(m.first), "St"))
                saint_towns.insert(m_t.slice(m.first, m.last), 1);
        if (saint_towns.size() == 0) return;
        for (Mention& m : m_names) {
            if (m.kind != Kind::person || m.last - m.first != 2 || !saint_towns.contains(m_t.slice(m.first, m.last)))
                continue;
            if (m.last < m_tok.size() && word(m.last) && m_tok[m.last].is(k_wc_speech_verb)) continue;
            m.kind = Kind::place;
            m.subtype = "city";
            m.weak = false;
            m.link = k_none;
        }
    }

private:
    std::string_view s(std::uint32_t i) const { return m_t.str(i); }
    bool word(std::uint32_t i) const { return i < m_tok.size() && m_tok[i].type == TokenType::word; }
    bool cap(std::uint32_t i) const {
        return word(i) && m_tok[i].has(k_cap) && (m_tok[i].flags & (k_markup | k_contraction)) == 0;
    }
    bool same_block(std::uint32_t a, std::uint32_t b) const {
        return a < m_tok.size() && b < m_tok.size() && m_tok[a].block == m_tok[b].block;
    }
    /// No space before token k: it is joined to the token before it.
    bool attached(std::uint32_t k) const { return !m_tok[k].has(k_space_before); }

    /// The end of a player's name from token a, at most `max` parts, each a capitalized word (not
    /// in capitals), a hyphen and the word it joins ("Keating-Power"), or lower-case particles and
    /// the word after them ("Recio de la Fuente"): "Mac Giolla Bhríde" is three parts.
    std::uint32_t player_name_end(std::uint32_t a, std::uint32_t max) const {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        std::uint32_t e = a;
        for (std::uint32_t parts = 0; e < n && same_block(a, e) && parts < max; ++parts) {
            if (cap(e) && !m_tok[e].has(k_all_caps)) {
                ++e;
            } else if (e > a && is_punct(m_tok[e], '-') && e + 1 < n && attached(e) && attached(e + 1) && cap(e + 1)) {
                e += 2;
            } else if (e > a && word(e) && names_impl::is_name_particle(s(e))) {
                // "Recio de la Fuente": lower-case particles inside a surname, one part with the word after
                std::uint32_t q = e;
                while (q < n && same_block(a, q) && q < e + 3 && word(q) && names_impl::is_name_particle(s(q))) ++q;
                if (q >= n || !same_block(a, q) || !cap(q) || m_tok[q].has(k_all_caps)) break;
                e = q + 1;
            } else {
                break;
            }
        }
        return e;
    }

    /// Tokens [a, e) name a player: a person added there, or the guess of another kind there made one;
    /// an initial before a person's name already found joins it ("E" before "Mac Giolla Bhríde").
    void player_at(std::uint32_t a, std::uint32_t e, bool columns = false) {
        const std::uint32_t c = covering(a);
        if (c == k_none) {
            const std::uint32_t rest = covering(e - 1);
            if (rest == k_none) {
                add(a, e, Kind::person, "");
            } else if (m_names[rest].first == a + 1 && m_names[rest].last == e) {
                Mention& m = m_names[rest];
                m.first = a;
                m.range.start = m_tok[a].start;
                m.kind = Kind::person;
                m.subtype = "";
            }
            return;
        }
        Mention& m = m_names[c];
        // ("5 Jordan Oyelaran": a first name read as a country, the surname unread)
        if (columns && m.first == a && m.last == a + 1 && e > a + 1 && m.kind == Kind::place && covering(e - 1) == k_none) {
            bool free = true;
            for (std::uint32_t q = a + 1; q < e && free; ++q) free = covering(q) == k_none;
            if (free) {
                m.last = e;
                m.range.end = m_tok[e - 1].end;
                m.kind = Kind::person;
                m.subtype = "";
                m.name_parts = 2;
                return;
            }
        }
        // (a surname read as a team by its score, "Abernathy 1-4", when no list holds it)
        const bool score_team = m.kind == Kind::org && is_literal(m.subtype, "team") &&
                                !m_g.find(m_t.slice(m.first, m.last)).found();
        // (a row of stat columns, "Guerrero 2-5 2-2 6,", outweighs any list: "Washington", "Guerrero")
        const bool listed_place = columns && m.kind == Kind::place && !m_tok[a].has(k_all_caps);
        if (m.first == a && m.last == e && m.kind != Kind::person && (m.weak || m.town || score_team || listed_place)) {
            m.kind = Kind::person;
            m.subtype = "";
        }
    }
    std::string_view prev_word(std::uint32_t i) const {
        return i > 0 && word(i - 1) && same_block(i - 1, i) ? s(i - 1) : std::string_view();
    }
    std::string_view next_word(std::uint32_t i) const {
        return word(i) && i > 0 && same_block(i - 1, i) ? s(i) : std::string_view();
    }

    // Index of the mention covering token i, or k_none.
    std::uint32_t covering(std::uint32_t i) const {
        auto it = std::upper_bound(m_names.begin(), m_names.end(), i,
                                   [](std::uint32_t tok, const Mention& m) { return tok < m.first; });
        if (it == m_names.begin()) return k_none;
        --it;
        return it->last > i ? static_cast<std::uint32_t>(it - m_names.begin()) : k_none;
    }

    // A small score or record: "3-2", "10-4-1" (digits joined by attached hyphens).
    bool score_at(std::uint32_t i) const {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        return m_tok[i].type == TokenType::number && m_tok[i].size() <= 2 && i + 2 < n &&
               is_punct(m_tok[i + 1], '-') && !m_tok[i + 1].has(k_space_before) &&
               m_tok[i + 2].type == TokenType::number && !m_tok[i + 2].has(k_space_before) &&
               m_tok[i + 2].size() <= 2;
    }

    // A player's box-score columns, no team's score: "Hartigan 5-13 2-2 16" (a made-attempted pair
    // at i, then another column).
    bool stat_columns_at(std::uint32_t i) const {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        if (!score_at(i) || i + 3 >= n || !same_block(i, i + 3)) return false;
        // ("Riaz 22-5-71-4": a bowler's figures, four groups joined)
        if (i + 4 < n && is_punct(m_tok[i + 3], '-') && attached(i + 3) && m_tok[i + 4].type == TokenType::number &&
            attached(i + 4) && i + 6 < n && is_punct(m_tok[i + 5], '-') && attached(i + 5))
            return true;
        return m_tok[i + 3].type == TokenType::number && m_tok[i + 3].has(k_space_before);
    }

    // "Schweinfurt (dpa) -", "Kerstin Ebeling/dpa", "By Johanna Weißenborn, dpa": an agency that
    // writes its name in lower case, wherever no other name holds the word.
    void lowercase_agencies() {
        for (std::uint32_t i = 0; i < m_tok.size(); ++i)
            if (word(i) && m_tok[i].is(k_wc_context_cue) && is_lowercase_agency(s(i)) && covering(i) == k_none)
                add(i, i + 1, Kind::org, "media");
        if (!m_added.empty()) merge_added();
    }

    // One pass over the tokens for what decides which rules can fire at all. A sports report needs
    // strongly sports words and the other rules cue words: without either, nothing can be set.
    void scan_document() {
        if ((m_t.classes_seen & (k_wc_sports_strong | k_wc_context_cue)) == 0) return;
        std::uint32_t scores = 0, sports = 0, strong = 0;
        for (std::uint32_t i = 0; i < m_tok.size(); ++i) {
            const Token& t = m_tok[i];
            if (t.type == TokenType::number) {
                // (A gap to the leader in a results row counts as one: "+0.287s".)
                if (score_at(i) || (i > 0 && is_punct(m_tok[i - 1], '+') && attached(i) && s(i).back() == 's' &&
                                       s(i).find('.') != std::string_view::npos))
                    ++scores;
                continue;
            }
            if (t.type != TokenType::word) continue;
            if (!t.has(k_cap)) {
                if (!m_sports && t.size() >= 4) {
                    if (t.is(k_wc_sports)) {
                        ++sports;
                        if (t.is(k_wc_sports_strong)) ++strong;
                    }
                }
            }
            if (t.is(k_wc_context_cue)) { // rare: the exact word decides which rules may fire
                std::string_view w = s(i);
                m_legislature = m_legislature || is_legislature_word(w);
                m_party_words = m_party_words || is_party_plural(w);
                m_road_words = m_road_words || is_road_word(w);
                m_region_nouns = m_region_nouns || is_region_noun(w);
                m_agency_words = m_agency_words || is_lowercase_agency(w);
                m_school_nouns = m_school_nouns || is_school_noun(w);
            }
            // (A race has no score: many sports words then, strong ones among them.)
            if (!m_sports && ((scores >= 1 && sports >= 4 && strong >= 2) || (sports >= 10 && strong >= 3) ||
                              (sports >= 16 && strong >= 2)))
                m_sports = true;
        }
    }

    bool nickname_word(std::uint32_t j, bool allow_given = false) const {
        if (!cap(j) || m_tok[j].has(k_all_caps)) return false;
        const Token& t = m_tok[j];
        std::string_view w = s(j);
        constexpr std::uint16_t k_not_nick = k_wc_function | k_wc_title | k_wc_title_modifier | k_wc_demonym |
                                             k_wc_given | k_wc_weekday | k_wc_non_entity_head;
        return (t.lex.classes & (allow_given ? k_not_nick & ~k_wc_given : k_not_nick)) == 0 && t.lex.month == 0 && !org_head_subtype(w) &&
               !place_head_subtype(w) && !m_g.find(w).found();
    }

    // A word of a team's name before a player's: no function, title, nationality, weekday or month
    // word and no place ("Sun", "Red Bull", "Alpine"); a given name too when `given` ("Williams").
    bool team_word(std::uint32_t j, bool given) const {
        const Token& t = m_tok[j];
        constexpr std::uint16_t k_never = k_wc_function | k_wc_title | k_wc_title_modifier | k_wc_demonym;
        // (A weekday's short form may name a team: the Connecticut "Sun".)
        if (!cap(j) || (t.lex.classes & k_never) != 0 || t.lex.month != 0 || (!given && t.is(k_wc_given)) ||
            (t.is(k_wc_weekday) && t.size() > 3))
            return false;
        const GazetteerEntry e = m_g.find(s(j));
        return !e.found() || e.kind == Kind::org;
    }

    /// A route's or a stretch's noun, either case of its first letter: what runs "between" two places
    /// or follows two names joined by a hyphen ("the Dhaka-Aricha highway", "Trains between …").
    static bool route_noun(std::string_view w) {
        if (w.size() < 3) return false;
        for (const std::string_view x :
             {"highway", "road", "railway", "line", "route", "routes", "corridor", "ferry", "ferries", "border",
              "expressway", "motorway", "section", "stretch", "channel", "pipeline", "ecosystem", "link", "bridge",
              "canal", "crossing", "bypass", "trains", "train", "services", "buses", "bus", "flights", "flight",
              "journey", "traffic", "trip", "tracks", "track", "stations"})
            if (w.size() == x.size() && equals_lower(w, x)) return true;
        return false;
    }

    /// Mentions x and y spell the same words.
    bool same_words(std::uint32_t x, std::uint32_t y) const {
        return x < m_names.size() && y < m_names.size() &&
               m_t.slice(m_names[x].first, m_names[x].last) == m_t.slice(m_names[y].first, m_names[y].last);
    }

    /// The text also writes word i in lower case, as a word of its own ("Seaweed farmer Daeng
    /// Rannu … dead seaweed"): an ordinary word capitalized by its place in the sentence.
    bool lower_case_elsewhere(std::uint32_t i) const {
        std::string low(s(i));
        if (low.empty() || low[0] < 'A' || low[0] > 'Z') return false;
        low[0] = static_cast<char>(low[0] - 'A' + 'a');
        const std::string_view text = m_t.text;
        const auto letter = [&](std::size_t at) {
            const unsigned char c = static_cast<unsigned char>(text[at]);
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        };
        for (std::size_t at = text.find(low); at != std::string_view::npos; at = text.find(low, at + 1))
            if ((at == 0 || !letter(at - 1)) && (at + low.size() >= text.size() || !letter(at + low.size()))) return true;
        return false;
    }

    void add(std::uint32_t a, std::uint32_t b, Kind kind, const char* subtype) {
        Mention m;
        m.first = a;
        m.last = b;
        m.range = ByteRange{m_tok[a].start, m_tok[b - 1].end};
        m.kind = kind;
        m.subtype = subtype;
        m_added.push_back(m);
    }

    // "Sen. Dale Kuchera of Valentine, whose district …", "Rep. Ana Ruiz of Yuma said": after a
    // legislator's title and name, "of" and a name no list or rule claimed give the hometown (a
    // known organization there is left alone: "Sen. X of the Finance Committee").
    void legislators_hometowns() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        for (std::size_t k = 0; k < m_names.size(); ++k) {
            const Mention& m = m_names[k];
            if (m.kind != Kind::person || m.first < 1 || m.last + 1 >= n || !word(m.last) ||
                !is_literal(s(m.last), "of") || !same_block(m.first, m.last + 1) || !cap(m.last + 1))
                continue;
            std::uint32_t t = m.first - 1;
            if (t > 0 && is_punct(m_tok[t], '.')) --t;
            if (!word(t) || !any_of(s(t), {"Sen", "Senator", "Rep", "Representative", "Assemblyman", "Assemblywoman",
                                              "Assemblymember", "Delegate", "Del", "Councilman", "Councilwoman",
                                              "Councilmember", "Alderman", "Commissioner", "Supervisor"}))
                continue;
            std::uint32_t end = m.last + 1;
            while (end < n && same_block(m.first, end) && cap(end) && end < m.last + 4) ++end;
            if (end >= n || !same_block(m.first, end)) continue;
            const bool closes = is_punct(m_tok[end], ',') || is_punct(m_tok[end], '.') || is_punct(m_tok[end], ';') ||
                                (word(end) && m_tok[end].is(k_wc_speech_verb));
            if (!closes) continue;
            const std::uint32_t c = covering(m.last + 1);
            if (c == k_none) {
                add(m.last + 1, end, Kind::place, "city");
                continue;
            }
            Mention& h = m_names[c];
            if (h.first != m.last + 1 || h.last != end || !h.weak || h.kind == Kind::place) continue;
            h.kind = Kind::place;
            h.subtype = "city";
            h.weak = false;
        }
        if (!m_added.empty()) merge_added();
    }

    // "Landlords in Sham Shui Po, Tsuen Wan and Tuen Mun …", then "A building in Sham Shui Po was
    // old": a name of two or three words read as a person from its shape alone is the place the
    // article names with the same words, unless it speaks.
    void places_named_like_people() {
        WordTable<const char*> places(4);
        for (const Mention& m : m_names)
            if (m.kind == Kind::place && m.last - m.first >= 2 && m.last - m.first <= 4)
                places.insert(m_t.slice(m.first, m.last), m.subtype);
        if (places.size() == 0) return;
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        for (Mention& m : m_names) {
            if (m.kind != Kind::person || !m.weak || m.link != k_none || m.last - m.first < 2) continue;
            const char* const* sub = places.find(m_t.slice(m.first, m.last));
            if (!sub) continue;
            if (m.last < n && word(m.last) && same_block(m.first, m.last) && m_tok[m.last].is(k_wc_speech_verb)) continue;
            m.kind = Kind::place;
            m.subtype = *sub;
            m.weak = false;
            m.name_parts = 0;
        }
    }

    // "born in Lincoln", "grew up in Mason", "a 29-year-old from Lincoln who …", "died at his
    // home in Handsworth Wood": where a person was born, lives or comes from is a place, even one
    // spelled like a given name or read as a person from its shape, unless a person of the article
    // bears one of its words or a stronger rule claimed it.
    void residence_places() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        // A residence frame ends right before token i.
        auto frame_end = [&](std::uint32_t i) -> bool {
            // "John Byrne, 44, of Tralee", "Tadhg Ó Beaglaoich (58), of Ballyquin, Cloghane": a
            // person's age, then "of" and where he lives.
            if (i >= 5 && word(i - 1) && is_literal(s(i - 1), "of") && is_punct(m_tok[i - 2], ',') &&
                same_block(i - 5, i) && m_tok[i - 3].type != TokenType::word &&
                ((m_tok[i - 3].type == TokenType::number && m_tok[i - 3].size() <= 3 && is_punct(m_tok[i - 4], ',')) ||
                    (is_punct(m_tok[i - 3], ')') && m_tok[i - 4].type == TokenType::number && m_tok[i - 4].size() <= 3 &&
                        is_punct(m_tok[i - 5], '('))))
                return true;
            if (i < 2 || !same_block(i - 2, i) || !word(i - 1) || !word(i - 2)) return false;
            const std::string_view prep = s(i - 1);
            const std::string_view verb = s(i - 2);
            if (is_literal(prep, "in")) {
                if (any_of(verb, {"born", "raised", "lives", "lived", "living", "settled", "resides", "resided",
                                     "reside"}))
                    return true;
                if (is_literal(verb, "up") && i >= 3 && any_of(prev_word(i - 2), {"grew", "grow", "growing", "grown"}))
                    return true;
                // "his home in", "the family's home in" (not "a home in the Senate").
                if (is_literal(verb, "home") && i >= 3 &&
                    (any_of(prev_word(i - 2), {"his", "her", "their", "family", "own"}) ||
                        m_tok[i - 3].type == TokenType::possessive))
                    return true;
                return false;
            }
            if (is_literal(prep, "from"))
                return is_literal(verb, "hails") ||
                       (is_literal(verb, "old") && i >= 3 && is_punct(m_tok[i - 3], '-')); // "a 29-year-old from"
            if (is_literal(prep, "of")) return is_literal(verb, "native"); // "a native of Lincoln" (not "the hometown of Elvis")
            return false;
        };
        // The words of the article's persons, collected once a frame is found (most texts have none).
        WordTable<char> person_words(4);
        bool person_words_built = false;
        auto borne = [&](std::string_view w) {
            if (!person_words_built) {
                for (const Mention& m : m_names) {
                    if (m.kind != Kind::person || (m.weak && m.last - m.first == 1 && m.link == k_none)) continue;
                    for (std::uint32_t k = m.first; k < m.last; ++k)
                        if (word(k)) person_words.insert(s(k), 1);
                }
                person_words_built = true;
            }
            return person_words.contains(w);
        };
        constexpr std::uint16_t k_not_place =
            k_wc_function | k_wc_title | k_wc_demonym | k_wc_weekday | k_wc_non_entity_head;
        for (const std::uint32_t i : m_t.cap_words) {
            // (The preposition's size and first letter first: most capitalized words leave here.)
            if (i < 2) continue;
            const Token& prep = m_tok[i - 1];
            const char p0 = prep.type == TokenType::word ? m_t.text[prep.start] : '\0';
            if (prep.size() > 4 || (p0 != 'i' && p0 != 'f' && p0 != 'o')) continue;
            if (!cap(i) || m_tok[i].has(k_all_caps) || m_tok[i].has(k_title_line) || !frame_end(i)) continue;
            std::uint32_t end = i;
            while (end < n && end < i + 3 && cap(end) && same_block(i, end) && !m_tok[end].has(k_all_caps) &&
                   (end == i || m_tok[end].has(k_space_before)))
                ++end;
            if (end < n && same_block(i, end) && (cap(end) || (is_punct(m_tok[end], '-') && !m_tok[end].has(k_space_before))))
                continue; // longer than three words, or hyphenated: the name rules decide
            bool plain = true;
            for (std::uint32_t k = i; k < end && plain; ++k)
                plain = (m_tok[k].lex.classes & k_not_place) == 0 && m_tok[k].lex.month == 0 &&
                        !borne(s(k));
            if (!plain) continue;
            residence_at(i, end);
            // "of Ballyquin, Cloghane, was …": the townland, then its parish or town.
            if (end + 2 < n && is_punct(m_tok[end], ',') && same_block(i, end + 2) && cap(end + 1) &&
                !m_tok[end + 1].has(k_all_caps) && (m_tok[end + 1].lex.classes & k_not_place) == 0 &&
                m_tok[end + 1].lex.month == 0 && !borne(s(end + 1)) &&
                (is_punct(m_tok[end + 2], ',') || is_punct(m_tok[end + 2], '.')))
                residence_at(end + 1, end + 2);
        }
        if (!m_added.empty()) merge_added();
    }

    /// [i, end) names where someone lives: a place, unless a name rule claimed it otherwise.
    void residence_at(std::uint32_t i, std::uint32_t end) {
        const std::uint32_t c = covering(i);
        if (c == k_none) {
            bool free = true;
            for (std::uint32_t k = i; k < end && free; ++k) free = covering(k) == k_none;
            if (free) add(i, end, Kind::place, "city");
            return;
        }
        Mention& m = m_names[c];
        // ("who grew up in Gallup", "born in Bethlehem": one listed word read as an organization
        // names a town there; no one is born in or grows up in a firm.)
        // ("John Byrne, 44, of Acme" and "a 29-year-old from Acme" may name an employer.)
        const bool one_org_word = m.kind == Kind::org && m.last == m.first + 1 && is_literal(s(i - 1), "in");
        if (m.first != i || m.last != end || !((m.kind == Kind::person && m.weak) || one_org_word)) return;
        m.kind = Kind::place;
        m.subtype = "city";
        m.weak = false;
        m.name_parts = 0;
    }

    // "waterlogging in Anil Nagar, Nabin Nagar and on Zoo Road", "near Sierra Gorda in Chile's
    // Antofagasta region": a two- or three-word name read as a person only from its shape, after
    // "in" (ending the clause) or "near", that the article never otherwise uses for a
    // person (no alias, no shared word, no apposition or age) names a place. People are named
    // with something said about them.
    void names_after_place_prepositions() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        // (A link to a mention of the same words is no evidence of a person: "Al Wukair" twice.)
        auto same_words = [&](const Mention& m, std::uint32_t other) {
            return other < m_names.size() && m_t.slice(m.first, m.last) ==
                                                 m_t.slice(m_names[other].first, m_names[other].last);
        };
        auto shape = [&](const Mention& m) {
            return m.kind == Kind::person && m.last - m.first >= 2 && m.last - m.first <= 3 && m.first > 0 &&
                   (m.link == k_none || same_words(m, m.link));
        };
        // Candidates: after "in"/"near", or listed right after a candidate ("in Anil Nagar, Nabin
        // Nagar and …").
        std::vector<char> candidate(m_names.size(), 0);
        bool any = false;
        for (std::size_t k = 0; k < m_names.size(); ++k) {
            const Mention& m = m_names[k];
            if (!shape(m)) continue;
            bool listed = false;
            if (k > 0 && candidate[k - 1]) {
                const std::uint32_t end = m_names[k - 1].last;
                listed = same_block(end, m.first) &&
                         ((end + 1 == m.first && (is_punct(m_tok[end], ',') || is_literal(s(end), "and"))) ||
                             (end + 2 == m.first && is_punct(m_tok[end], ',') && is_literal(s(end + 1), "and")));
            }
            // ("Residents of Al Wukair", "the outskirts of Garfield Heights": a place's people or parts.)
            candidate[k] = listed || any_of(prev_word(m.first), {"in", "near"}) ||
                           (m.first >= 2 && is_literal(prev_word(m.first), "of") &&
                               any_of(prev_word(m.first - 1), {"residents", "Residents", "resident", "outskirts",
                                                                 "suburbs", "streets", "centre", "center", "mayor",
                                                                 "people", "villagers", "townspeople"}));
            any = any || candidate[k];
        }
        if (!any) return;
        // Echoes: the same words elsewhere with nothing said of a person ("the road linking Al
        // Wukair with Mesaieed"), no speech verb, age or title; they follow the candidate.
        WordTable<char> candidate_words(8); // the candidates' texts
        for (std::size_t c = 0; c < m_names.size(); ++c)
            if (candidate[c]) candidate_words.insert(m_t.slice(m_names[c].first, m_names[c].last), 1);
        std::vector<char> echo(m_names.size(), 0);
        for (std::size_t k = 0; k < m_names.size(); ++k) {
            const Mention& m = m_names[k];
            if (candidate[k] || !shape(m)) continue;
            const std::uint32_t j = m.last;
            const bool evidence =
                (j < n && same_block(m.first, j) &&
                    ((word(j) && m_tok[j].is(k_wc_speech_verb)) ||
                        (is_punct(m_tok[j], ',') && j + 1 < n && m_tok[j + 1].type == TokenType::number))) ||
                (m.first > 0 && word(m.first - 1) && m_tok[m.first - 1].is(k_wc_title));
            echo[k] = !evidence && candidate_words.find(m_t.slice(m.first, m.last)) != nullptr;
        }
        std::vector<char> linked(m_names.size(), 0); // mentions another mention points at
        WordTable<char> person_words(16);             // words of the other person mentions
        for (std::size_t k = 0; k < m_names.size(); ++k) {
            const Mention& m = m_names[k];
            if (m.link != k_none && m.link < linked.size() && !same_words(m, m.link)) linked[m.link] = 1;
            if (m.kind != Kind::person || candidate[k] || echo[k]) continue;
            // (Not a particle: "Al Marri" shares nothing with "Al Wukair".)
            char low[40];
            for (std::uint32_t q = m.first; q < m.last; ++q)
                if (word(q) && !(s(q).size() < sizeof low && names_impl::is_name_particle(ascii_lower(s(q), low))))
                    person_words.insert(s(q), 1);
        }
        auto to_place = [](Mention& m) {
            m.kind = Kind::place;
            m.subtype = "city";
            m.weak = true;
            m.name_parts = 0;
        };
        WordTable<char> placed(8); // the texts of the candidates now places
        for (std::size_t k = 0; k < m_names.size(); ++k) {
            Mention& m = m_names[k];
            if (!candidate[k] || linked[k]) continue;
            bool plain = true; // capitalized words only, none used by another person mention
            for (std::uint32_t q = m.first; q < m.last && plain; ++q)
                plain = cap(q) && !m_tok[q].has(k_all_caps) && !person_words.contains(s(q));
            if (!plain) continue;
            // Ends the clause after "in": a block end, ". ; )", "and"/"or", or a comma not opening
            // an apposition about a person (", a …", ", who …", ", 52,"). Nobody is "near" a
            // person. (Not "via": "from Goethe via Paul Dukas".)
            const std::uint32_t j = m.last;
            bool ends = is_literal(prev_word(m.first), "near") || j >= n || !same_block(m.first, j);
            if (!ends) {
                const Token& t = m_tok[j];
                if (t.type == TokenType::punct) {
                    if (t.cp == '.' || t.cp == ';' || t.cp == ')') ends = true;
                    else if (t.cp == ',' && j + 1 < n && same_block(j, j + 1)) {
                        const Token& after = m_tok[j + 1];
                        ends = !(after.type == TokenType::number ||
                                 (after.type == TokenType::word &&
                                     any_of(s(j + 1), {"a", "an", "the", "who", "whose", "aged", "said", "says"})));
                    } else if (t.cp == ',') {
                        ends = true;
                    }
                } else if (t.type == TokenType::word) {
                    // ("has lived in Al Wukair for nine years")
                    ends = is_literal(s(j), "and") || is_literal(s(j), "or") ||
                           (is_literal(prev_word(m.first), "in") &&
                               any_of(s(j), {"for", "since", "until", "during"}));
                }
            }
            if (!ends) continue;
            to_place(m);
            placed.insert(m_t.slice(m.first, m.last), 1);
        }
        for (std::size_t e = 0; e < m_names.size(); ++e)
            if (echo[e] && m_names[e].kind == Kind::person &&
                placed.find(m_t.slice(m_names[e].first, m_names[e].last)) != nullptr)
                to_place(m_names[e]);
    }

    // "WILSON — A fire …", "LAFAYETTE, La. (AP) —": the dateline names the town the story is set
    // in, so the same word in title case elsewhere is that town ("in downtown Wilson", "Crews from
    // Wilson, Dorrance …", "a crowded Lafayette dance hall"), even one spelled like a surname or a
    // given name. Not when a person of the article bears the word, not where another name claims
    // it, and not in a match report (a city there is often its team).
    void dateline_echoes() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        std::vector<std::uint32_t> seeds; // one-word dateline places
        for (const Mention& m : m_names) {
            if (m.kind != Kind::place || m.last - m.first != 1 || !m_tok[m.first].has(k_all_caps) ||
                !m_tok[m.first].has(k_line_start) || m_tok[m.first].size() < 3 || m.last >= n)
                continue;
            const Token& next = m_tok[m.last];
            if (is_punct(next, ',') || is_punct(next, 0x2014) || is_punct(next, 0x2013)) seeds.push_back(m.first);
        }
        if (seeds.empty()) return;
        auto same_word_folded = [&](std::uint32_t i, std::uint32_t j) { // "WILSON" and "Wilson"
            char x[40], y[40];
            const std::string_view a = ascii_lower(s(i), x);
            return !a.empty() && a == ascii_lower(s(j), y);
        };
        auto seed_of = [&](std::uint32_t i) {
            for (const std::uint32_t seed : seeds)
                if (same_word_folded(seed, i)) return true;
            return false;
        };
        for (const Mention& m : m_names) {
            if (m.kind != Kind::person) continue;
            for (std::uint32_t k = m.first; k < m.last; ++k)
                if (word(k))
                    seeds.erase(std::remove_if(seeds.begin(), seeds.end(),
                                               [&](std::uint32_t seed) { return same_word_folded(seed, k); }),
                        seeds.end());
        }
        if (seeds.empty()) return;
        for (const std::uint32_t i : m_t.cap_words) {
            if (!cap(i) || m_tok[i].has(k_all_caps) || !seed_of(i)) continue;
            // Alone: no capitalized word or hyphen joined to it ("Wilson Fire Chief" is left to
            // the name rules), and not an ordinary word opening a sentence ("Reading the report").
            if (i > 0 && same_block(i - 1, i) &&
                ((cap(i - 1) && !m_tok[i - 1].is(k_wc_function)) ||
                    (!m_tok[i].has(k_space_before) && is_punct(m_tok[i - 1], '-'))))
                continue;
            if (i + 1 < n && same_block(i, i + 1) &&
                ((cap(i + 1) && !m_tok[i + 1].has(k_all_caps)) ||
                    (!m_tok[i + 1].has(k_space_before) && is_punct(m_tok[i + 1], '-'))))
                continue;
            if (m_tok[i].is(k_wc_common) && m_tok[i].has(k_sentence_start)) continue;
            const std::uint32_t k = covering(i);
            if (k == k_none) {
                add(i, i + 1, Kind::place, "city");
                continue;
            }
            Mention& m = m_names[k];
            if (m.first != i || m.last != i + 1 || m.kind == Kind::place || !m.weak) continue;
            m.kind = Kind::place;
            m.subtype = "city";
            m.weak = false;
        }
        if (!m_added.empty()) merge_added();
    }

    // "Colorado Avalanche" → one team; later "Avalanche" alone and "Colorado" standing for the
    // team are ORG too; a place after "beat", "at" (schedule) or before "improved to" is a team.
    // In a match report, names read as persons that are teams: a word and a short all-caps code
    // ("Hull KR", "Paris SG"; not "Smith QC" or "Henry VIII"), or a word and a plural next to a
    // score ("Leigh Leopards 18-25 Hull KR", "a 25-18 win over Catalans Dragons"). Every mention
    // of the same text, and the short forms the alias pass tied to it ("Leigh"), follow.
    void persons_as_teams() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        auto code = [&](std::uint32_t i) {
            const std::string_view w = s(i);
            const bool roman = w.find_first_not_of("IVX") == std::string_view::npos; // "Henry VIII"
            return word(i) && m_tok[i].has(k_all_caps) && w.size() >= 2 && w.size() <= 3 && !roman &&
                   !any_of(w, {"QC", "KC", "MP", "MBE", "OBE", "CBE", "KBE", "DBE", "MD", "RN", "JP", "MLA", "MSP",
                                  "MEP", "MPP", "MNA", "TD", "AM", "AO", "AC", "JR", "SR", "PHD", "DDS", "USA", "UK"});
        };
        auto score_before = [&](std::uint32_t i) {
            // (on the same line: not a byline's "Gavin Cummins" under "Kilkenny 2-22 Limerick 1-24")
            return i >= 3 && m_tok[i - 1].type == TokenType::number && same_block(i - 1, i) && score_at(i - 3);
        };
        auto match_word_before = [&](std::uint32_t i) {
            return any_of(prev_word(i), {"over", "against", "beat", "beating", "v", "vs"});
        };
        WordTable<char> teams(4);
        for (const Mention& m : m_names) {
            if (m.kind != Kind::person || m.last - m.first != 2 || !cap(m.first) || m_tok[m.first].has(k_all_caps))
                continue;
            const std::uint32_t last = m.last - 1;
            const std::string_view lw = s(last);
            // (Not "Mindaugas Rimkevičius 6-5", "Tom Lewis": "-us" and "-is" end no English plural.)
            const bool plural = word(last) && !m_tok[last].has(k_all_caps) && lw.size() > 3 && lw.back() == 's' &&
                                lw[lw.size() - 2] != 'u' && lw[lw.size() - 2] != 'i' && !m_tok[last].is(k_wc_given) &&
                                ((m.last < n && score_at(m.last)) || score_before(m.first) || match_word_before(m.first) ||
                                    // ("the Lotte Giants beat the Samsung Lions": a match verb after.)
                                    any_of(next_word(m.last), {"beat", "beats", "edged", "defeated", "routed", "rallied",
                                                                  "clinched", "swept", "blanked", "outscored"}));
            // ("beat Bram Hoogeveen and Sem Lodewijks 7-5": a doubles pair, the second after a person.)
            const bool partner = m.first >= 2 && is_literal(prev_word(m.first), "and") &&
                                 covering(m.first - 2) != k_none && m_names[covering(m.first - 2)].kind == Kind::person;
            if (code(last) || (plural && !partner)) teams.insert(m_t.slice(m.first, m.last), 1);
        }
        if (teams.size() == 0) return;
        std::vector<bool> is_team(m_names.size(), false);
        for (std::size_t k = 0; k < m_names.size(); ++k) {
            Mention& m = m_names[k];
            if (m.kind != Kind::person || !teams.contains(m_t.slice(m.first, m.last))) continue;
            m.kind = Kind::org;
            m.subtype = "team";
            m.weak = false;
            is_team[k] = true;
        }
        for (Mention& m : m_names)
            if (m.kind == Kind::person && m.link != k_none && m.link < is_team.size() && is_team[m.link]) {
                m.kind = Kind::org;
                m.subtype = "team";
            }
    }

    // A country's, a state's or a province's code of three capitals or fewer: an athlete's IOC code
    // ("NOR", "Spa") or a listed region or country ("QLD", "NSW").
    bool place_code(std::uint32_t a) const {
        if (!word(a) || !m_tok[a].has(k_all_caps) || m_tok[a].size() > 3) return false;
        if (is_sport_country_code(s(a))) return true;
        const GazetteerEntry e = m_g.find(s(a));
        return e.found() && e.kind == Kind::place && (is_literal(e.subtype, "region") || is_literal(e.subtype, "country"));
    }
    // The team whose name runs from a to the token that must follow it (')' after a bracketed team,
    // a number closing a results row): [a, end) as one team, or nothing.
    void team_at(std::uint32_t a, bool bracketed) {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        std::uint32_t b = a, words = 0;
        while (b < n && words < 5 && same_block(a, b)) {
            if (cap(b) && (b == a || m_tok[b].has(k_space_before) || is_punct(m_tok[b - 1], '-'))) {
                ++b;
                ++words;
            } else if (b > a && is_punct(m_tok[b], '-') && !m_tok[b].has(k_space_before) && b + 1 < n &&
                       !m_tok[b + 1].has(k_space_before) && cap(b + 1)) {
                ++b;
            } else {
                break;
            }
        }
        if (b == a || b >= n || !same_block(a, b)) return;
        // (After a rider's country the team runs to the time, or to a comma before it: "(Nor)
        // Halvorsen-Voltar, same time", "(GB) Great Britain, at 19s".)
        const bool timed_after_comma = !bracketed && is_punct(m_tok[b], ',') && b + 1 < n && same_block(b, b + 1) &&
                                       (m_tok[b + 1].type == TokenType::number || is_punct(m_tok[b + 1], '+') ||
                                           (word(b + 1) && any_of(s(b + 1), {"at", "same", "s.t.", "in"}) &&
                                               b + 2 < n && same_block(b, b + 2) &&
                                               (m_tok[b + 2].type == TokenType::number || is_literal(s(b + 2), "time"))));
        if (bracketed ? !is_punct(m_tok[b], ')') : (m_tok[b].type != TokenType::number && !timed_after_comma)) return;
        std::uint32_t inside = k_none, count = 0;
        for (std::uint32_t q = a; q < b; ++q) {
            const std::uint32_t c = covering(q);
            if (c == k_none || c == inside) continue;
            if (m_names[c].first < a || m_names[c].last > b) return; // part of a longer name
            inside = c;
            ++count;
        }
        // (A person's or a place's name in the brackets is no team: "(Col)", "(Tom Smith)"; but a
        // results row's time after the brackets makes it the rider's team: "(Uno-X Mobility) +0:11",
        // "(Israel Premier Tech) s.t.".)
        // ("Eirik Haugland Solberg (NOR) 46.71", "Mere Tautahi (QLD) 21-12": an athlete's country or
        // state before the mark.)
        if (bracketed && b == a + 1 && place_code(a)) return;
        const bool timed = bracketed && b + 1 < n && same_block(b, b + 1) &&
                           (m_tok[b + 1].type == TokenType::number || is_punct(m_tok[b + 1], '+') ||
                               (word(b + 1) && is_literal(s(b + 1), "s.t.")));
        if (timed && count >= 1 && m_names[inside].first >= a) {
            // the whole bracket is the team, whatever was read inside it
            for (std::uint32_t q = a; q < b; ++q) {
                const std::uint32_t c = covering(q);
                if (c != k_none) m_names[c].kind = Kind::highlight; // dropped below
            }
            m_marked = true;
            add(a, b, Kind::org, "team");
            return;
        }
        // (A country there, after the rider's own, is a national team: "(GB) Great Britain, at 19s".)
        if (count == 1 && m_names[inside].first == a && m_names[inside].last == b &&
            ((m_names[inside].kind == Kind::place && !timed_after_comma) ||
             (m_names[inside].kind == Kind::person && m_names[inside].name_parts >= 2 && m_tok[a].is(k_wc_given))))
            return;
        if (count == 0) {
            add(a, b, Kind::org, "team");
        } else if (count == 1) {
            Mention& m = m_names[inside];
            m.first = a;
            m.last = b;
            m.range = ByteRange{m_tok[a].start, m_tok[b - 1].end};
            m.kind = Kind::org;
            m.subtype = "team";
            m.name_parts = 0;
            m.weak = false;
        }
    }

    // "Arne Vanhoutte (Lotto-Halvorsen) finished fourth", "4 Arne Vanhoutte (Bel) Lotto-Halvorsen
    // 0:00:09": the team a rider rides for, in brackets after the name, or after the country code
    // of a results row.
    void rider_teams() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        const std::size_t count = m_names.size();
        for (std::size_t k = 0; k < count; ++k) {
            const Mention p = m_names[k];
            if (p.kind != Kind::person || p.last + 2 >= n || !is_punct(m_tok[p.last], '(') || !same_block(p.first, p.last))
                continue;
            // ("Referee: Abdul-Latif Iddrisu Sumaila (Tamale)": an official's bracket says where he is from.)
            const std::uint32_t a = p.last + 1;
            if (p.first >= 2 && is_punct(m_tok[p.first - 1], ':') && word(p.first - 2) && is_officials_label(s(p.first - 2)) &&
                cap(a) && a + 1 < n && is_punct(m_tok[a + 1], ')')) {
                // (one word, not an association's initials: "(Tamale)", "(Fermanagh)"; not "(FAI)")
                const GazetteerEntry e = m_g.find(s(a));
                if (e.found() ? e.kind == Kind::place : !m_tok[a].has(k_all_caps)) {
                    const std::uint32_t c = covering(a);
                    if (c == k_none) add(a, a + 1, Kind::place, e.found() ? e.subtype : "city");
                    continue;
                }
            }
            const std::uint32_t c = covering(a);
            if (c != k_none && m_names[c].kind == Kind::place && m_names[c].first == a && m_names[c].last + 1 < n &&
                is_punct(m_tok[m_names[c].last], ')'))
                team_at(m_names[c].last + 1, false);
            else
                team_at(a, true);
        }
        if (m_marked) { // a results row's bracket read as a person: the team replaces it
            m_marked = false;
            drop_marked();
        }
    }

    /// Some person's name of two words or more in the text ends with this word.
    bool surname_of_person(std::string_view w) const {
        for (const Mention& p : m_names)
            if (p.kind == Kind::person && p.last - p.first >= 2 && s(p.last - 1) == w) return true;
        return false;
    }

    /// The word at j stands alone before or after a verb of saying somewhere in the text ("Kowalchuk
    /// said", "said Kowalchuk"; not "the Frost said"): a person's surname.
    bool surname_speaks(std::uint32_t j) const {
        // (The speaking words are collected once per text: a long text holds many candidates.)
        if (!m_speakers_built) {
            m_speakers_built = true;
            for (const std::uint32_t i : m_t.cap_words) {
                // (Not "the Frost said": a team's nickname after an article.)
                const bool before_verb = i > 0 && i + 1 < m_tok.size() && word(i + 1) && m_tok[i + 1].is(k_wc_speech_verb) &&
                                         !cap(i - 1) && !equals_lower(prev_word(i), "the");
                // ("said Kowalchuk." — not "said Blizzard coach Ann Pelletier".)
                const bool after_verb = i > 0 && word(i - 1) && any_of(s(i - 1), {"said", "says"}) &&
                                        (i + 1 >= m_tok.size() || !same_block(i, i + 1) ||
                                            m_tok[i + 1].type == TokenType::punct);
                if (before_verb || after_verb) m_speakers.insert(s(i), 1);
            }
        }
        return m_speakers.size() > 0 && m_speakers.contains(s(j));
    }

    // "the Samsung Lions", "Lotte Giants": a company's name and a plural nickname, in a match
    // report, are the club the company owns (read apart as the company and a word).
    void company_teams() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        for (std::size_t k = 0; k < m_names.size(); ++k) {
            Mention& m = m_names[k];
            if (m.kind != Kind::org || !is_literal(m.subtype, "company") || m.last - m.first != 1 || m.last >= n ||
                !cap(m.last) || !m_tok[m.last].has(k_space_before) || !same_block(m.first, m.last) ||
                m_tok[m.first].has(k_all_caps) || (m.last + 1 < n && cap(m.last + 1) && same_block(m.last, m.last + 1)))
                continue;
            // The word after: free, or a one-word mention of its own.
            const bool named = k + 1 < m_names.size() && m_names[k + 1].first == m.last;
            if (named && (m_names[k + 1].last != m.last + 1 ||
                             (m_names[k + 1].kind != Kind::org && m_names[k + 1].kind != Kind::person)))
                continue;
            const std::uint32_t j = m.last; // the nickname
            const std::string_view w = s(j);
            // (Not a company's own plural head: "Samsung Electronics", "Tata Motors".)
            const char* head = org_head_subtype(w);
            if (w.size() < 4 || w.back() != 's' || m_tok[j].has(k_all_caps) || m_tok[j].is(k_wc_demonym) ||
                (head && !is_literal(head, "nonprofit") && !is_literal(head, "team")) || place_head_subtype(w))
                continue;
            m.last = j + 1;
            m.range.end = m_tok[j].end;
            m.subtype = "team";
            m.link = k_none;
            if (named) m_names[k + 1].kind = Kind::highlight; // merged into m, dropped below
        }
        drop_marked(); // the merged words
    }

    // Per mention: whether another mention links to it (an alias points at it).
    std::vector<char> link_targets() const {
        std::vector<char> targets(m_names.size(), 0);
        for (const Mention& o : m_names)
            if (o.link != k_none && o.link < targets.size()) targets[o.link] = 1;
        return targets;
    }

    // Drops the mentions marked Kind::highlight, keeping the links (indices) right.
    void drop_marked() {
        std::vector<std::uint32_t> remap(m_names.size(), k_none);
        std::size_t kept = 0;
        for (std::size_t k = 0; k < m_names.size(); ++k)
            if (m_names[k].kind != Kind::highlight) remap[k] = static_cast<std::uint32_t>(kept++);
        if (kept == m_names.size()) return;
        std::vector<Mention> out;
        out.reserve(kept);
        for (const Mention& x : m_names)
            if (x.kind != Kind::highlight) out.push_back(x);
        for (Mention& x : out)
            if (x.link != k_none) x.link = x.link < remap.size() ? remap[x.link] : k_none;
        m_names.swap(out);
    }

    // Box scores: a line of one name, at most a position ("cf", "1b") or a pitcher's decision ("W,"),
    // then numbers only ("Gentry cf 5 1 2 2", "Landreneau 5 2/3 5 4 3 1 6", "Vang W, 4-1 1 0 0 0 1 2")
    // is a player's row; a line of a name and stat column heads ("OLE MISS AB R H BI") is a team's
    // header, whose heads are no names.
    void box_score_rows() {
        auto stat_head = [&](std::uint32_t q) {
            return word(q) && m_tok[q].size() <= 3 &&
                   any_of(s(q), {"AB", "R", "H", "BI", "RBI", "BB", "SO", "IP", "ER", "HR", "K", "AVG", "ERA", "PTS",
                                 "REB", "AST", "MIN", "FG", "FT", "PF", "PIM", "SOG", "NP", "HBP", "TB", "OBP", "SLG",
                                 "OPS", "LOB", "STL", "BLK", "FGA", "FTA", "PCT", "GB", "GP", "W", "L", "SV", "GA"});
        };
        auto lower_code = [&](std::uint32_t q) { // "cf", "ss", "1b", "dh"
            const std::string_view w = s(q);
            if (w.size() > 2 || m_tok[q].has(k_cap)) return false;
            for (const char c : w)
                if (c >= 'a' && c <= 'z') return true;
            return false;
        };
        bool dropped = false;
        for (std::size_t blk = 0; blk < m_t.block_first.size(); ++blk) {
            const std::uint32_t f = m_t.block_first[blk], l = m_t.block_last[blk];
            if (l <= f + 3 || l - f > 24 || !cap(f)) continue;
            std::uint32_t h = l;
            while (h > f && stat_head(h - 1)) --h;
            if (l - h >= 3 && h > f) { // a team's header row
                // (The mentions end in order: the first one ending after f is the first on the row.)
                auto from = std::lower_bound(m_names.begin(), m_names.end(), f + 1,
                                             [](const Mention& m, std::uint32_t tok) { return m.last < tok; });
                for (std::size_t k = static_cast<std::size_t>(from - m_names.begin()); k < m_names.size(); ++k) {
                    Mention& m = m_names[k];
                    if (m.first >= l) break;
                    if (m.first >= h) {
                        m.kind = Kind::highlight; // dropped below
                        dropped = true;
                        continue;
                    }
                    if (m.last > h) {
                        m.last = h;
                        m.range.end = m_tok[h - 1].end;
                    }
                    if (m.first == f && m.last == h) { // ("Lotte IP H R": even a name read as a person's)
                        m.kind = Kind::org;
                        m.subtype = "team";
                        m.name_parts = 0;
                    }
                }
                continue;
            }
            if (m_tok[f].has(k_all_caps) || m_tok[f].lex.month != 0 ||
                (m_tok[f].lex.classes & (k_wc_common | k_wc_function | k_wc_title | k_wc_demonym)) != 0)
                continue;
            std::uint32_t e = f + 1; // "Ashby-Cole"
            if (e + 1 < l && is_punct(m_tok[e], '-') && !m_tok[e].has(k_space_before) && cap(e + 1) &&
                !m_tok[e + 1].has(k_space_before))
                e += 2;
            std::uint32_t q = e;
            bool cue = false;
            if (q < l && lower_code(q)) {
                ++q;
                cue = true;
            } else if (q + 1 < l && word(q) && any_of(s(q), {"W", "L", "S", "H", "BS"}) && is_punct(m_tok[q + 1], ',')) {
                q += 2;
                cue = true;
            }
            std::uint32_t numbers = 0;
            bool other = false;
            for (; q < l && !other; ++q) {
                if (m_tok[q].type == TokenType::number) ++numbers;
                else if (is_punct(m_tok[q], '/')) cue = true; // "5 2/3" innings
                else other = !is_punct(m_tok[q], '-');
            }
            if (other || numbers < 4 || !cue) continue;
            const std::uint32_t c = covering(f);
            if (c == k_none) {
                bool free = true;
                for (std::uint32_t k = f; k < e && free; ++k) free = covering(k) == k_none;
                if (free) add(f, e, Kind::person, "partial");
                continue;
            }
            Mention& m = m_names[c];
            if (m.first != f) continue;
            if (m.kind == Kind::person && m.last == e + 1) { // "Okafor L": the decision is no part of it
                m.last = e;
                m.range.end = m_tok[e - 1].end;
            } else if (m.last == e && m.weak && m.kind != Kind::person) {
                m.kind = Kind::person;
                m.subtype = "partial";
                m.name_parts = 1;
            }
        }
        if (dropped) drop_marked(); // the stat heads
        if (!m_added.empty()) merge_added();
    }

    void teams() {
        saint_towns();
        box_score_rows();
        company_teams();
        persons_as_teams();
        rider_teams();
        // "Murray State", "Boise State": in a match report a state university's teams.
        for (Mention& m : m_names)
            if (m.kind == Kind::place && m.last - m.first >= 2 && word(m.last - 1) && is_literal(s(m.last - 1), "State") &&
                !m_tok[m.first].has(k_all_caps)) {
                m.kind = Kind::org;
                m.subtype = "team";
            }
        std::vector<std::string_view> nicks;
        WordTable<char> places(16); // names of places that stand for teams (a set: long texts have many)
        WordTable<char> nick_starts(16); // first words of the nicknames: the walk below skips other words
        std::vector<std::string_view> speaking_surnames; // "Kowalchuk" of "Sydney Kowalchuk"
        auto remember = [&](std::vector<std::string_view>& v, std::string_view x, std::uint32_t first) {
            if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
            nick_starts.insert(s(first), 1);
        };
        for (std::size_t k = 0; k < m_names.size(); ++k) {
            Mention& m = m_names[k];
            if (m.kind == Kind::org && is_literal(m.subtype, "team") && m.last - m.first >= 2) {
                // ("Team Rennick" beside "Cole Rennick": a curling rink named after its skip; the
                // surname alone stays the skip's.)
                if (m.last - m.first == 2 && is_literal(s(m.first), "Team") && surname_of_person(s(m.last - 1))) continue;
                // ("Great Britain", a national team: a country's last word is no nickname; nor is a
                // team's generic word: "Kestrel Racing".)
                const GazetteerEntry whole = m_g.find(m_t.slice(m.first, m.last));
                if (whole.found() && whole.kind == Kind::place) continue;
                if (names_impl::is_team_generic_word(s(m.last - 1))) continue;
                remember(nicks, s(m.last - 1), m.last - 1);
                places.insert(m_t.slice(m.first, m.last - 1), 1);
                continue;
            }
            if (m.kind != Kind::place) continue;
            std::string_view sub(m.subtype);
            if (!is_literal(sub, "city") && !is_literal(sub, "region")) continue;
            std::uint32_t j = m.last;
            if (j >= m_tok.size() || !same_block(m.first, j) || !m_tok[j].has(k_space_before)) continue;
            if (k + 1 < m_names.size() && m_names[k + 1].first <= j) continue;
            if (m_tok[m.last - 1].has(k_all_caps) || !nickname_word(j)) continue;
            // "Toulouse Edge Racing" in a title-case headline: an ordinary word is no nickname.
            if (m_tok[j].has(k_title_line) && m_tok[j].is(k_wc_common)) continue;
            std::uint32_t end = j + 1;
            // Two-word nicknames: "Red Wings", "Maple Leafs".
            if (cap(end) && m_tok[end].has(k_space_before) && same_block(j, end) && s(end).back() == 's' &&
                nickname_word(end) && !(k + 1 < m_names.size() && m_names[k + 1].first <= end))
                ++end;
            if (cap(end) && same_block(j, end) && m_tok[end].has(k_space_before)) continue; // longer run
            // ("Sydney Kowalchuk (left) celebrates", then "Kowalchuk said": a given name that is also a
            // city, and a surname that speaks, name a player.)
            if (end == j + 1 && m.last == m.first + 1 && !m_tok[j].is(k_wc_common) && surname_speaks(j)) {
                m.last = end;
                m.range.end = m_tok[end - 1].end;
                m.kind = Kind::person;
                m.subtype = "full";
                m.name_parts = 2;
                m.weak = false;
                speaking_surnames.push_back(s(j));
                continue;
            }
            places.insert(m_t.slice(m.first, m.last), 1);
            remember(nicks, m_t.slice(j, end), j);
            m.last = end;
            m.range.end = m_tok[end - 1].end;
            m.kind = Kind::org;
            m.subtype = "team";
            m.weak = false;
        }
        // The player's surname alone elsewhere ("Kowalchuk said", "Kowalchuk 11 (Harju)") is the player.
        for (const std::string_view w : speaking_surnames)
            for (const std::uint32_t i : m_t.cap_words) {
                if (s(i) != w || (i > 0 && same_block(i - 1, i) && cap(i - 1) && m_tok[i].has(k_space_before)))
                    continue;
                const std::uint32_t c = covering(i);
                if (c == k_none) {
                    add(i, i + 1, Kind::person, "partial");
                } else if (m_names[c].first == i && m_names[c].last == i + 1) {
                    m_names[c].kind = Kind::person;
                    m_names[c].subtype = "partial";
                    m_names[c].weak = false;
                }
            }
        if (!speaking_surnames.empty() && !m_added.empty()) merge_added();
        // "the Cyclones (14-4, 5-2 Big 12)", "outscored the Wildcats 24-13": a capitalized plural after
        // "the" with a record, a score or a match verb is a team's nickname, wherever it stands.
        const std::uint32_t n_tok = static_cast<std::uint32_t>(m_tok.size());
        for (const std::uint32_t first : m_t.cap_words) {
            if (first < 1 || !cap(first) || m_tok[first].has(k_all_caps) ||
                !(is_literal(s(first - 1), "the") || is_literal(s(first - 1), "The")) || !same_block(first - 1, first))
                continue;
            // ("The Senators scored twice", "the Kings led 3-1": a title's plural names a side only
            // with a record, a score or a match's verb.)
            const bool title_plural = !nickname_word(first, true) && m_tok[first].is(k_wc_title) &&
                                      m_tok[first].size() >= 5 && s(first).back() == 's' &&
                                      !m_tok[first].is(k_wc_given) && !m_g.find(s(first)).found();
            if (!title_plural && !nickname_word(first, true)) continue;
            // ("The Golden Kings (44-12)": a given name may open a two-word nickname with a record or
            // a score.)
            const bool given_first = !title_plural && !nickname_word(first);
            // Two-word nicknames: "the Blue Bulls", "the Peacock Blues".
            std::uint32_t i = first;
            if (i + 1 < n_tok && cap(i + 1) && same_block(i, i + 1) && m_tok[i + 1].has(k_space_before) &&
                s(i + 1).back() == 's' && m_tok[i + 1].size() >= 4 && nickname_word(i + 1) &&
                ((covering(first) == k_none && covering(i + 1) == k_none) ||
                    // ("Golden Kings" read as a person from its given name: the two words exactly)
                    (given_first && covering(first) != k_none && covering(first) == covering(i + 1) &&
                        m_names[covering(first)].first == first && m_names[covering(first)].last == i + 2 &&
                        m_names[covering(first)].kind == Kind::person)))
                ++i;
            if (m_tok[i].size() < (i == first ? 5u : 4u) || s(i).back() != 's' ||
                (i + 1 < n_tok && cap(i + 1) && same_block(i, i + 1)))
                continue;
            const bool record = i + 2 < n_tok && is_punct(m_tok[i + 1], '(') && score_at(i + 2);
            const bool score = i + 1 < n_tok && same_block(i, i + 1) && score_at(i + 1);
            const bool match_verb = first >= 2 && any_of(prev_word(first - 1),
                                                         {"beat", "outscored", "over", "against", "past", "defeated",
                                                             "edged", "routed", "outlasted", "host", "hosts", "hosted",
                                                             "face", "faces", "faced", "visit", "visits", "beating",
                                                             "swept", "sweeps", "downed", "stunned", "thrashed", "crushed",
                                                             "toppled", "ousted", "eliminated", "dispatched", "overcame",
                                                             "blanked", "whipped", "outlasts"});
            // "The Cornhuskers led 27-17", "the Wildcats rallied": a plural nickname doing a team's thing.
            const bool acting = i + 2 < n_tok && any_of(next_word(i + 1), {"led", "trailed", "rallied", "scored", "outscored",
                                                                          "edged", "beat", "routed", "held", "won", "lost",
                                                                          "swept", "outlasted", "downed", "stunned",
                                                                          "thrashed", "crushed", "toppled", "ousted",
                                                                          "eliminated", "clinched", "forced"}) &&
                                (m_tok[i + 2].type == TokenType::number || is_literal(next_word(i + 2), "the") ||
                                 is_literal(next_word(i + 2), "by") || is_literal(next_word(i + 2), "to") ||
                                 is_literal(next_word(i + 2), "on") || is_literal(next_word(i + 2), "in") ||
                                 // ("The Senators scored twice on the power play")
                                 any_of(next_word(i + 2), {"twice", "once", "two", "three", "four", "five", "first",
                                                           "late", "early", "again"}));
            // "lost 3-1 to the Pumas", "three runs for the Rebels", "joined Newcastle from the Dolphins",
            // "lifts the Maroons to fifth": a preposition or a table verb before it; "the Pumas took
            // the first Test", "the Bluebirds came from a goal down": a match's verb after it; "the
            // Tigers' first-innings total": a team's possession. (Not an event's plural: "the Games",
            // "the Championships".)
            const bool event = any_of(s(i), {"Games", "Olympics", "Paralympics", "Championships", "Finals", "Playoffs",
                                             "Series", "Awards", "Masters", "Nationals", "Worlds", "Trials", "Stakes",
                                             "Guineas", "Oaks", "Classics", "Rules", "Laws", "Highlands", "Lowlands",
                                             "Borders", "Islands", "Isles", "Plains", "Hills", "Mountains", "Lakes",
                                             "Falls", "Heights", "Springs", "Gardens", "Grounds", "Showgrounds",
                                             "Commons", "Lords", "Scouts", "Guides", "Police", "Forces"});
            const bool cued_before = first >= 2 && any_of(prev_word(first - 1), {"to", "for", "from", "with", "behind",
                                                                                 "lifts", "lifted", "sends", "sent",
                                                                                 "joined", "joins", "leaves", "left",
                                                                                 "trail", "trails", "trailed", "play",
                                                                                 "plays", "played", "meet", "meets", "met"});
            const bool cued_after = i + 1 < n_tok && same_block(i, i + 1) &&
                                    (m_tok[i + 1].type == TokenType::possessive ||
                                     // (the plural's apostrophe alone: "the Tigers' total")
                                     ((is_punct(m_tok[i + 1], '\'') || is_punct(m_tok[i + 1], U'\u2019')) &&
                                      !m_tok[i + 1].has(k_space_before) && i + 2 < n_tok && same_block(i, i + 2) &&
                                      word(i + 2) && !cap(i + 2) && m_tok[i + 2].has(k_space_before)) ||
                                     any_of(next_word(i + 1), {"took", "take", "takes", "came", "come", "comes", "go",
                                                                  "goes", "went", "travel", "travels", "travelled",
                                                                  "traveled", "play", "plays", "played", "post", "posted",
                                                                  "posts", "snap", "snapped", "end", "ended", "ends",
                                                                  "fight", "fought", "march", "marched", "kept", "keep",
                                                                  "keeps", "moved", "move", "moves", "finished", "improved",
                                                                  "remain", "remained", "remains", "sit", "sat", "sits",
                                                                  "leapfrogged", "slipped", "climbed", "dropped", "had",
                                                                  "needed", "need", "needs", "host", "hosts", "visit",
                                                                  "visits", "face", "faces"}));
            const bool cued = !event && !title_plural && (cued_before || cued_after);
            if (given_first && (i == first || !(record || score))) continue;
            if (record || score || match_verb || acting || cued) remember(nicks, m_t.slice(first, i + 1), first);
        }
        // "Knott Valley (33-4)", "KNOTT VALLEY 64, BELLWOOD ACADEMY 61": a place with a season's
        // record or in a result line is a team, and so is every other use of that name in the report
        // (not one after a preposition of place: "fans in Knott Valley").
        {
            WordTable<char> team_places(4);
            for (const Mention& m : m_names) {
                if (m.kind != Kind::place || m.last >= n_tok || !same_block(m.first, m.last)) continue;
                const std::uint32_t j = m.last;
                const bool record = j + 4 < n_tok && is_punct(m_tok[j], '(') && score_at(j + 1) && is_punct(m_tok[j + 4], ')');
                const bool result = m_tok[j].type == TokenType::number && m_tok[j].size() <= 3 && !m_tok[j].has(k_has_alpha) &&
                                    j + 2 < n_tok && is_punct(m_tok[j + 1], ',') && same_block(j, j + 2) && cap(j + 2) &&
                                    m_tok[m.first].has(k_line_start);
                if (record || result) team_places.insert(m_t.slice(m.first, m.last), 1);
            }
            if (team_places.size() > 0)
                for (Mention& m : m_names) {
                    if (m.kind != Kind::place || !team_places.contains(m_t.slice(m.first, m.last))) continue;
                    if (m.first > 0 && any_of(prev_word(m.first), {"in", "at", "from", "to", "near", "In", "At", "From"})) continue;
                    m.kind = Kind::org;
                    m.subtype = "team";
                    m.weak = false;
                }
        }
        // "Hull City", "Wycombe Wanderers", "Preston North End": a town and a club word name a club in
        // a match report (a person read from the shape, or the town's place, is the club).
        for (Mention& m : m_names) {
            if ((m.kind != Kind::place && m.kind != Kind::person) || m.last - m.first < 2 || !word(m.last - 1)) continue;
            const std::string_view last = s(m.last - 1);
            const bool north_end = is_literal(last, "End") && m.last - m.first >= 3 && is_literal(s(m.last - 2), "North");
            if (!north_end && !any_of(last, {"City", "United", "Wanderers", "Rovers", "Athletic", "Albion", "Argyle", "Orient",
                                             "Villa", "Wednesday", "Rangers", "Celtic", "Hotspur", "County", "Town",
                                             "Forest", "Palace", "Stanley", "Dons", "Borough", "Thistle", "Academical"}))
                continue;
            const std::uint32_t town_end = north_end ? m.last - 2 : m.last - 1;
            // ("Spanish Town", "Mexico City", "Cape Town": cities so named, known whole.)
            if (any_of(last, {"City", "Town", "County", "Borough"}) && m_g.find(m_t.slice(m.first, m.last)).found()) continue;
            const GazetteerEntry town = m_g.find(m_t.slice(m.first, town_end));
            const bool known_town = town.found() && town.kind == Kind::place;
            // (A town no list holds: the name read as a place, or as a person no given name opens.)
            if (!known_town && m.kind != Kind::place && !(m.kind == Kind::person && !m_tok[m.first].is(k_wc_given)))
                continue;
            // ("at Alexandra Palace", "Sherwood Forest": a building or a wood no town names, read
            // from its head word.)
            if (!known_town && m.kind == Kind::place &&
                (is_literal(m.subtype, "facility") || is_literal(m.subtype, "geo")))
                continue;
            // ("Andrés Cadavid and Santiago Villa beat …": the second of a pair of players.)
            if (m.kind == Kind::person && m.first >= 2 && is_literal(prev_word(m.first), "and") &&
                covering(m.first - 2) != k_none && m_names[covering(m.first - 2)].kind == Kind::person)
                continue;
            m.kind = Kind::org;
            m.subtype = "team";
            m.weak = false;
            places.insert(m_t.slice(m.first, m.last), 1);
        }
        // "Alpine's Théo Marchetti-Roux", "Williams driver Jonas Aalto", "Sun coach Monique Albright":
        // in a sports story, an unclaimed name owning a player, or before a role and a full name,
        // is the team (and so are its other uses).
        for (const Mention& m : m_names) {
            if (m.kind != Kind::person || m.last - m.first < 2 || m.first < 2 || !same_block(m.first - 2, m.first)) continue;
            std::uint32_t end = m.first - 1; // one past the team's name
            const bool owner = m_tok[end].type == TokenType::possessive;
            if (!owner && !(word(end) && !cap(end) &&
                             any_of(s(end), {"driver", "coach", "manager", "captain", "boss", "principal", "skipper",
                                                "striker", "goalkeeper", "midfielder", "defender", "winger", "forward",
                                                "quarterback", "pitcher", "guard", "rider", "teammate", "rookie"})))
                continue;
            // ("Maple Leafs coach Declan Fairweather": a plural name read as a person, no given name
            // or title in it, is the team too.)
            if (!owner && covering(end - 1) != k_none) {
                const Mention& p = m_names[covering(end - 1)];
                bool team = p.kind == Kind::person && p.last == end && p.last - p.first >= 2 && p.last - p.first <= 3 &&
                            m_tok[end - 1].size() >= 4 && s(end - 1).back() == 's';
                for (std::uint32_t k = p.first; k < p.last && team; ++k)
                    team = word(k) && cap(k) && !m_tok[k].has(k_all_caps) &&
                           (m_tok[k].lex.classes & (k_wc_given | k_wc_title | k_wc_demonym | k_wc_function)) == 0;
                if (team) remember(nicks, m_t.slice(p.first, p.last), p.first);
                continue;
            }
            std::uint32_t start = end;
            while (start > 0 && start + 2 > end && same_block(start - 1, end) && cap(start - 1) && covering(start - 1) == k_none &&
                   team_word(start - 1, !owner))
                --start;
            if (start == end || (start > 0 && same_block(start - 1, start) && cap(start - 1))) continue;
            // ("Smith's John Doe" is rare; a surname the article gives a person is left alone.)
            bool surname = false;
            for (const Mention& p : m_names)
                if (p.kind == Kind::person && p.last - p.first >= 2 && end == start + 1 && s(p.last - 1) == s(start)) surname = true;
            if (surname) continue;
            remember(nicks, m_t.slice(start, end), start);
        }
        // Bare nicknames.
        if (!nicks.empty()) {
            for (std::uint32_t i = 0; i < m_tok.size(); ++i) {
                if (!cap(i) || !nick_starts.contains(s(i))) continue;
                for (std::string_view nick : nicks) {
                    if (s(i) != nick.substr(0, s(i).size())) continue;
                    std::uint32_t end = i + 1;
                    while (end < m_tok.size() && m_tok[end - 1].end - m_tok[i].start < nick.size()) ++end;
                    if (m_t.slice(i, end) != nick) continue;
                    std::uint32_t c = covering(i);
                    // ("Port Adelaide" is no "Port": part of a longer name.)
                    if (c == k_none && end < m_tok.size() && same_block(i, end) && cap(end) && m_tok[end].has(k_space_before))
                        break;
                    // "the Connecticut Sun": the place before the nickname is part of the team's name.
                    const std::uint32_t before = i > 0 && same_block(i - 1, i) && m_tok[i].has(k_space_before) ? covering(i - 1) : k_none;
                    if (c == k_none && before != k_none && m_names[before].last == i &&
                        (m_names[before].kind == Kind::place ||
                            (m_names[before].kind == Kind::org && is_literal(m_names[before].subtype, "team")))) {
                        Mention& p = m_names[before];
                        p.last = end;
                        p.range.end = m_tok[end - 1].end;
                        p.kind = Kind::org;
                        p.subtype = "team";
                        break;
                    }
                    if (c == k_none) {
                        if (covering(end - 1) == k_none) add(i, end, Kind::org, "team");
                    } else if (m_names[c].first == i && m_names[c].last == end && m_names[c].kind == Kind::person) {
                        m_names[c].kind = Kind::org;
                        m_names[c].subtype = "team";
                    }
                    break;
                }
            }
        }
        // Schedule lines "Avalanche: Host Vegas on Tuesday", "Wild: At Dallas": the opponent.
        bool cue_dropped = false;
        for (std::uint32_t i = 1; i + 1 < m_tok.size(); ++i) {
            if (!is_punct(m_tok[i - 1], ':') || !cap(i) ||
                !any_of(s(i), {"Host", "Hosts", "At", "Vs", "Visit", "Visits"}))
                continue;
            std::uint32_t own = covering(i);
            if (own != k_none) {
                // "Host Tampa Bay", "Hosts Drake" read as one name: the cue word is not part of it.
                Mention& m = m_names[own];
                if (m.first == i && m.last > i + 1) {
                    m.first = i + 1;
                    m.range.start = m_tok[i + 1].start;
                    m.kind = Kind::org;
                    m.subtype = "team";
                    continue;
                }
                // ("Hosts No. 9 Creighton": the cue word read alone as a name is dropped.)
                if (m.first != i || m.last != i + 1 || m.kind != Kind::person) continue;
                m.kind = Kind::highlight;
                cue_dropped = true;
            }
            std::uint32_t a = i + 1;
            // ("Hosts No. 9 Baylor": the opponent's ranking first.)
            if (a + 3 < m_tok.size() && is_literal(s(a), "No") && is_punct(m_tok[a + 1], '.') &&
                m_tok[a + 2].type == TokenType::number)
                a += 3;
            std::uint32_t b = a;
            while (b < m_tok.size() && b < a + 3 && cap(b) && same_block(i, b) && !m_tok[b].is(k_wc_weekday) &&
                   m_tok[b].lex.month == 0 && covering(b) == k_none)
                ++b;
            if (b > a && covering(a) == k_none) add(a, b, Kind::org, "team");
        }
        if (cue_dropped) drop_marked();
        // "the Missouri Valley Conference", "the Big Ten Conference": in a match report a
        // conference is the league, a body (elsewhere a meeting, no name of anything).
        for (const std::uint32_t i : m_t.cap_words) {
            if (!is_literal(s(i), "Conference") || covering(i) != k_none) continue;
            std::uint32_t a = i;
            while (a > 0 && same_block(a - 1, i) && cap(a - 1) && m_tok[a].has(k_space_before) && covering(a - 1) == k_none &&
                   !m_tok[a - 1].is(k_wc_function) && !m_tok[a - 1].has(k_sentence_start) && i - a < 4)
                --a;
            // (a conference of a region's schools: not "the Reinforced Conference", a season's
            // tournament)
            bool regional = false;
            for (std::uint32_t q = a; q < i && !regional; ++q) {
                const GazetteerEntry e = m_g.find(s(q));
                regional = (e.found() && e.kind == Kind::place) || is_direction_word(s(q)) ||
                           any_of(s(q), {"Big", "Atlantic", "Pacific", "Southeastern", "Southwestern", "Northeastern",
                                         "Northwestern", "Mountain", "Sun", "Coastal", "Colonial", "Horizon", "Ivy",
                                         "Patriot", "Southern", "Northern", "Eastern", "Western", "Central",
                                         "American", "Gulf", "Valley"});
            }
            if (a < i && regional) add(a, i + 1, Kind::org, "team");
        }
        venues();
        // Clubs named by one word: "X beat Y", "drew with Y", "lost to Y", "X 2-1", "FC Y".
        WordTable<char> clubs(16);
        club_names(places, clubs);
        // Places standing for teams: first the ones a match cue shows, then their other uses.
        WordTable<char> scored(4); // places with a score right after them: "Argentina 27-24 Scotland"
        for (const Mention& m : m_names) {
            if (m.kind != Kind::place || !place_team_cue(m)) continue;
            places.insert(m_t.slice(m.first, m.last), 1);
            if (m.last < m_tok.size() && m_tok[m.last].type == TokenType::number && score_at(m.last))
                scored.insert(m_t.slice(m.first, m.last), 1);
        }
        for (Mention& m : m_names) {
            if (m.kind != Kind::place) continue;
            std::string_view sub(m.subtype);
            if (!is_literal(sub, "city") && !is_literal(sub, "region") && !is_literal(sub, "country") &&
                !is_literal(sub, "facility"))
                continue;
            if (m_tok[m.first].has(k_all_caps)) continue; // datelines
            if (is_literal(sub, "facility") && !place_team_cue(m)) continue;
            // "ENSCHEDE, Netherlands (AP) —": the country of a dateline.
            if (m.first >= 2 && is_punct(m_tok[m.first - 1], ',') && same_block(m.first - 2, m.first)) {
                std::uint32_t k = m.first - 2;
                while (k > 0 && m_tok[k].has(k_all_caps) && !m_tok[k].has(k_line_start) && same_block(k - 1, k)) --k;
                if (m_tok[k].has(k_all_caps) && m_tok[k].has(k_line_start)) continue;
            }
            std::string_view text = m_t.slice(m.first, m.last);
            std::string_view pv = prev_word(m.first);
            bool after_comma_place = m.last < m_tok.size() && is_punct(m_tok[m.last], ',') &&
                                     m.last + 1 < m_tok.size() && cap(m.last + 1);
            // ("edged Scotland's Callum McAteer": a player's country, not the side; but "Kilkenny's TJ
            // Reid" plays for the county.)
            bool known = places.contains(text) &&
                         !(is_literal(sub, "country") && !scored.contains(text) && m.last + 1 < m_tok.size() &&
                             m_tok[m.last].type == TokenType::possessive &&
                             (m_tok[m.last + 1].is(k_wc_given) ||
                                 (covering(m.last + 1) != k_none && m_names[covering(m.last + 1)].kind == Kind::person)));
            bool location = any_of(pv, {"in", "near", "outside", "across", "into", "throughout", "from", "at",
                                        "of", "downtown", "to"});
            if ((known && (!location || is_literal(pv, "to")) && !after_comma_place) ||
                (place_team_cue(m) && !after_comma_place)) {
                m.kind = Kind::org;
                m.subtype = "team";
                const std::uint32_t f = compass_start(m);
                if (f < m.first) {
                    m.first = f;
                    m.range.start = m_tok[f].start;
                }
            }
        }
    }

    // Grounds in match reports: "at Old Trafford", "at The Oval", "at Lord's" — a name nothing
    // else claimed, after "at", is the venue.
    void venues() {
        for (std::uint32_t i = 1; i < m_tok.size(); ++i) {
            if (!cap(i) || !is_literal(prev_word(i), "at") || covering(i) != k_none || m_tok[i].has(k_sentence_start))
                continue;
            std::uint32_t b = i;
            while (b < m_tok.size() && b < i + 3 && cap(b) && same_block(i, b) && covering(b) == k_none &&
                   (b == i || m_tok[b].has(k_space_before)) && month_number(s(b)) == 0 && !is_weekday(s(b)))
                ++b;
            if (b == i || (b == i + 1 && is_literal(s(i), "The"))) continue;
            // ("at Christmas", "at the Emirates Cup": a feast or an event, no ground.)
            if (m_tok[b - 1].is(k_wc_non_entity_head)) continue;
            // "Lord's": the possessive belongs to the ground's name.
            if (b < m_tok.size() && m_tok[b].type == TokenType::possessive && same_block(i, b)) ++b;
            else if (b == i + 1 && (m_tok[i].is(k_wc_given) || m_tok[i].is(k_wc_title))) continue;
            add(i, b, Kind::place, "facility");
            i = b;
        }
    }

    // "Northern Ontario": a capitalized compass word before a region the text names (joined to it
    // later by compass_places()) opens the side's name.
    std::uint32_t compass_start(const Mention& m) const {
        const std::uint32_t f = m.first;
        return f >= 1 && cap(f - 1) && same_block(f - 1, f) && covering(f - 1) == k_none &&
                       any_of(s(f - 1), {"Northern", "Southern", "Eastern", "Western"})
                   ? f - 1
                   : f;
    }

    // A match cue around a place name: "beat Boston", "Denver edged", "England lead the series".
    bool place_team_cue(const Mention& m) const {
        std::string_view sub(m.subtype);
        if ((!is_literal(sub, "city") && !is_literal(sub, "region") && !is_literal(sub, "country") &&
                !is_literal(sub, "facility")) ||
            m_tok[m.first].has(k_all_caps))
            return false;
        const std::uint32_t first = compass_start(m);
        std::string_view pv = prev_word(first);
        if (is_literal(sub, "facility")) // "host Stade Français", but "at Stade Français" is the ground
            return any_of(pv, {"beat", "beats", "defeated", "host", "hosts", "hosted", "against", "visit", "visits",
                               "face", "faces", "vs", "versus"});
        std::string_view nx = next_word(m.last);
        if (is_literal(pv, "for")) return m.first >= 2 && word(m.first - 2) && is_literal(s(m.first - 2), "scored");
        // "Lorenzo Bianchetti of Italy faces …": a nationality; but "the wicket of Wellington captain
        // Angus Brackenridge" names the side's captain.
        if (is_literal(pv, "of"))
            return m.last - m.first == 1 && is_team_role(nx) && m.last + 1 < m_tok.size() && cap(m.last + 1) &&
                   same_block(m.first, m.last + 1);
        // "dismissed Wellington for 214", "bowled Otago out", "reduced Wellington from 151-3 to 176-8".
        if (any_of(pv, {"dismissed", "skittled", "bowled", "reduced"}) &&
            ((any_of(nx, {"for", "from", "to"}) && m.last + 1 < m_tok.size() &&
                 m_tok[m.last + 1].type == TokenType::number) ||
                (is_literal(nx, "out") && !is_literal(pv, "reduced"))))
            return true;
        // "Argentina's Tomás Echeverry": a player's nationality ("beat Scotland's Euan McCallister").
        if (m.last + 1 < m_tok.size() && m_tok[m.last].type == TokenType::possessive &&
            (m_tok[m.last + 1].is(k_wc_given) ||
                (is_literal(sub, "country") && covering(m.last + 1) != k_none &&
                    m_names[covering(m.last + 1)].kind == Kind::person)))
            return false;
        if (m.last - m.first == 1 && club_cue(m.first)) return true; // "joined from Pau", "Pau coach"
        // ("The 26-year-old from Kirkcaldy beat …": where a player is from, before the player's verb;
        // not "a fastball from Toronto reliever Haruki Sasaki".)
        if (is_literal(pv, "from") && !is_literal(sub, "facility") &&
            !(m.last < m_tok.size() && same_block(m.first, m.last) && team_role_at(m.last)))
            return false;
        // "the 21-year-old Bayonne wing", "the La Rochelle back-rower": a side's player.
        if (m.last < m_tok.size() && same_block(m.first, m.last) && team_role_at(m.last) &&
            !any_of(pv, {"in", "at", "from", "near", "of", "to"}))
            return true;
        return any_of(pv,
                   {"At", "Host", "vs", "versus", "against", "beat", "beats", "defeated", "edged", "edge", "edges",
                       "topped", "blanked", "routed", "host", "hosts", "hosted", "visit", "visits", "face", "faces",
                       "beating", "edging", "defeating", "Beat", "Beats", "Edges", "Tops", "Downs"}) ||
            // "a 7-6 win over Northern Ontario": the side a win is over.
            (is_literal(pv, "over") && first >= 2 && any_of(prev_word(first - 1), {"win", "victory", "triumph"})) ||
            any_of(nx,
                {"beat", "beats", "defeated", "edged", "topped", "blanked", "routed", "improved", "outscored",
                    "Beat", "Beats", "Edges", "Tops", "Downs", "Stuns", "Routs",
                    "trailed", "rallied", "drew", "trail", "trails", "chased", "resumed", "declared", "batted",
                    "bowled", "collapsed", "conceded", "cruised", "clinched", "survived", "kicked", "overcame",
                    "levelled", "leveled", "equalised", "equalized"}) ||
            // "Germany took bronze", "The Netherlands won the men's eight", "Netherlands hold off
            // Great Britain": a country winning, placing or holding off in a race or a match.
            (is_literal(sub, "country") &&
                ((any_of(nx, {"took", "takes", "won", "wins", "claimed", "claims", "grabbed"}) &&
                     any_of(next_word(m.last + 1), {"gold", "silver", "bronze", "the", "a", "its", "their"})) ||
                    (any_of(nx, {"hold", "holds", "held", "fended", "fend"}) && is_literal(next_word(m.last + 1), "off")) ||
                    // "1. Netherlands 5:23.84": a results row's crew, between its rank and its time.
                    (m.first >= 2 && is_punct(m_tok[m.first - 1], '.') && m_tok[m.first - 2].type == TokenType::number &&
                        m_tok[m.first - 2].has(k_line_start) && m.last < m_tok.size() &&
                        m_tok[m.last].type == TokenType::number))) ||
            // "Jamaica were the better team", "as Jamaica pull clear": a country with a plural verb is
            // its side (British usage); so is one with its side's people or play ("South Africa's
            // bowlers", "Jamaica's defence").
            // ("Surrey have five batting points", "Somerset are sixth": a county side in British usage;
            // not a plural name, "the Netherlands are".)
            ((is_literal(sub, "region") || is_literal(sub, "country")) && m.last - m.first == 1 &&
                s(m.first).back() != 's' && any_of(nx, {"have", "are"}) &&
                !any_of(next_word(m.last + 1), {"been", "to", "a", "an", "no", "long", "also", "home", "among"})) ||
            (is_literal(sub, "country") &&
                (any_of(nx, {"were", "pull", "pulled", "need", "needed", "go", "went", "move", "moved", "slip",
                                "slipped", "trail", "sit", "sat", "remain", "stay", "finish", "finished"}) ||
                    (m.last + 1 < m_tok.size() && m_tok[m.last].type == TokenType::possessive &&
                        any_of(next_word(m.last + 1), {"defence", "defense", "attack", "bowlers", "bowling", "batters",
                                                          "batting", "innings", "reply", "chase", "captain", "coach",
                                                          "squad", "lineup", "line-up", "goalkeeper", "keeper",
                                                          "forwards", "backs", "pack", "scrum", "shooters",
                                                          "victory", "win", "defeat"})))) ||
            // "as Zambia came from behind", "Zambia face Cameroon", "Zambia host Guinea-Bissau".
            (is_literal(nx, "came") && is_literal(next_word(m.last + 1), "from") &&
                is_literal(next_word(m.last + 2), "behind")) ||
            (any_of(nx, {"host", "hosts", "face", "faces", "meet", "meets", "play", "plays", "visit", "visits"}) &&
                m.last + 1 < m_tok.size() && cap(m.last + 1) && same_block(m.first, m.last + 1)) ||
            // "GOALS: Port Adelaide: Tremayne 4, …": a team's line in a match report's box.
            (m.first >= 2 && is_punct(m_tok[m.first - 1], ':') && m_tok[m.first - 2].has(k_all_caps) && m.last < m_tok.size() &&
                is_punct(m_tok[m.last], ':')) ||
            // "Molde announced the transfer", "Brann confirmed the signing", "Molde signed him".
            ((is_literal(nx, "announced") || is_literal(nx, "confirmed") || is_literal(nx, "completed")) &&
                is_literal(next_word(m.last + 1), "the") &&
                any_of(next_word(m.last + 2), {"transfer", "signing", "loan", "sale", "departure"})) ||
            // "Nottinghamshire won by five wickets", "Sussex 312 & 226", "Leeds 2-1".
            (is_literal(nx, "won") && is_literal(next_word(m.last + 1), "by")) ||
            (m.last + 1 < m_tok.size() && m_tok[m.last].type == TokenType::number && same_block(m.first, m.last) &&
                ((score_at(m.last) && !stat_columns_at(m.last) &&
                     !(m.first > 0 && (is_punct(m_tok[m.first - 1], '(') || is_punct(m_tok[m.first - 1], ',')) &&
                         m.last + 3 < m_tok.size() && (is_punct(m_tok[m.last + 3], ',') || is_punct(m_tok[m.last + 3], ')')))) ||
                    is_punct(m_tok[m.last + 1], '&'))) ||
            ((is_literal(nx, "lead") || is_literal(nx, "leads")) && is_literal(next_word(m.last + 1), "the")) ||
            (any_of(nx, {"led", "leads", "fell", "won", "lost", "has", "reached"}) && m.last + 1 < m_tok.size() &&
                (m_tok[m.last + 1].type == TokenType::number || is_literal(next_word(m.last + 1), "to") ||
                    is_literal(next_word(m.last + 1), "won") || is_literal(next_word(m.last + 1), "lost") ||
                    is_literal(next_word(m.last + 1), "been")));
    }

    static bool match_verb_after(std::string_view w) {
        return any_of(w, {"beat", "beats", "defeated", "drew", "draws", "lost", "loses", "hosted", "hosts",
                          "host", "visit", "visits", "visited", "edged", "thrashed", "routed", "crushed",
                          "overcame", "v", "vs", "versus", "eliminated", "knocked", "face", "faces", "dropped",
                          "climbed", "slipped"}) ||
               is_team_role(w);
    }
    // "Racing coach X", "Toulouse fans": a team's people.
    static bool is_team_role(std::string_view w) {
        return any_of(w, {"coach", "captain", "manager", "striker", "goalkeeper", "midfielder", "defender",
                          "winger", "fly-half", "scrum-half", "fullback", "quarterback", "pitcher", "fans",
                          "supporters", "players", "squad", "head-coach", "reliever", "starter", "closer",
                          "shortstop", "outfielder", "catcher", "infielder", "batter", "bowler", "batsman",
                          // rugby's and other codes' positions ("the Bayonne wing", "the Leeds boss")
                          "wing", "flanker", "hooker", "prop", "lock", "flyhalf", "scrumhalf", "openside",
                          "blindside", "defenseman", "goalie", "keeper", "linebacker", "cornerback", "boss",
                          "skipper", "wicketkeeper", "spinner", "seamer", "playmaker", "halfback"});
    }
    // The same after a hyphen: "the Toulouse fly-half", "the La Rochelle back-rower".
    bool team_role_at(std::uint32_t j) const {
        std::string_view w = next_word(j);
        if (w.empty()) return false;
        if (is_team_role(w)) return true;
        return j + 2 < m_tok.size() && is_punct(m_tok[j + 1], '-') && !m_tok[j + 1].has(k_space_before) &&
               !m_tok[j + 2].has(k_space_before) && m_tok[j + 2].type == TokenType::word &&
               any_of(w, {"fly", "scrum", "back", "full", "wing", "centre", "center", "all", "wicket", "half"}) &&
               any_of(s(j + 2), {"half", "rower", "back", "forward", "rounder", "keeper"});
    }
    static bool match_verb_before(std::string_view w) {
        return any_of(w, {"beat", "beats", "defeated", "against", "vs", "v", "versus", "hosted", "hosts",
                          "hosting", "host", "visits", "visiting", "visited", "visit", "edged", "thrashed",
                          "routed", "crushed", "overcame", "eliminated", "face", "faces", "facing"});
    }

    // Whether token i, a capitalized word, is a club by its match context.
    bool club_cue(std::uint32_t i) const {
        std::string_view pv = prev_word(i);
        std::string_view pv2 = i >= 1 ? prev_word(i - 1) : std::string_view();
        if (!pv.empty() && match_verb_before(pv)) return true;
        // ("drew with Aberdeen", "who drew 1-1 with Aberdeen": a score may stand between the verb and "with".)
        if (is_literal(pv, "with") &&
            any_of(i >= 5 && score_at(i - 4) ? prev_word(i - 4) : pv2, {"drew", "draw", "draws", "drawn", "tied"}))
            return true;
        // "five more than Rangers, who drew 1-1": a side, then a clause about its match.
        if (i + 3 < m_tok.size() && same_block(i, i + 3) && is_punct(m_tok[i + 1], ',') && word(i + 2) &&
            is_literal(s(i + 2), "who") && word(i + 3) && match_verb_after(s(i + 3)) && !is_team_role(s(i + 3)))
            return true;
        if (is_literal(pv, "to") && any_of(pv2, {"lost", "lose", "loses", "losing", "defeat", "loss", "fell"}))
            return true;
        if (is_literal(pv, "from") && any_of(pv2, {"signed", "joined", "arrived", "moved", "transferred", "loan"}))
            return true;
        std::uint32_t j = i + 1;
        // (Not "The 26-year-old from Kirkcaldy beat …": where a player comes from, before the player's
        // verb.)
        // (the word before "from" ends in "old": "the 26-year-old from …")
        const std::string_view before_from = i >= 2 ? s(i - 2) : std::string_view();
        const bool hometown = is_literal(pv, "from") && before_from.size() >= 3 &&
                              before_from.substr(before_from.size() - 3) == "old";
        if (j < m_tok.size() && same_block(i, j) && m_tok[j].type == TokenType::word && !m_tok[j].has(k_cap) &&
            match_verb_after(s(j)) && !hometown)
            return true;
        // "Gala edge Selkirk", "said Gala head coach Graeme Waugh"
        if (j + 1 < m_tok.size() && same_block(i, j + 1) && word(j) && word(j + 1) && cap(j + 1) &&
            !m_tok[j + 1].has(k_all_caps) && any_of(s(j), {"edge", "edges", "pip", "pips", "stun", "stuns", "sink", "sinks"}))
            return true;
        if (j + 1 < m_tok.size() && same_block(i, j + 1) && word(j) && word(j + 1) &&
            any_of(s(j), {"head", "assistant", "interim", "forwards", "backs"}) && is_literal(s(j + 1), "coach"))
            return true;
        // (not a player's line in a list in brackets: "(Hartigan 4-10, Szymanski 2-3, …)")
        const bool bracket_item = i > 0 && (is_punct(m_tok[i - 1], '(') || is_punct(m_tok[i - 1], ',')) && j + 3 < m_tok.size() &&
                                  (is_punct(m_tok[j + 3], ',') || is_punct(m_tok[j + 3], ')'));
        return j < m_tok.size() && same_block(i, j) && m_tok[j].has(k_space_before) && score_at(j) &&
               !stat_columns_at(j) && !bracket_item;
    }

    bool club_word(std::uint32_t i, const WordTable<char>& person_words) const {
        if (!cap(i) || m_tok[i].has(k_all_caps) || m_tok[i].size() < 3) return false;
        const Token& t = m_tok[i];
        // (Nor an event's word: "The Test could be a homecoming", "the Cup holders".)
        constexpr std::uint16_t k_not_club = k_wc_function | k_wc_title | k_wc_title_modifier | k_wc_demonym |
                                             k_wc_given | k_wc_weekday | k_wc_non_entity_head;
        return (t.lex.classes & k_not_club) == 0 && t.lex.month == 0 && !person_words.contains(s(i));
    }

    // Sports articles: one-word club names found by match verbs and scores, then every other
    // capitalized use of the same word (a city name that way is the team; "in Porto" stays a place).
    void club_names(WordTable<char>& places, WordTable<char>& clubs) {
        WordTable<char> person_words(32);
        for (const Mention& m : m_names) {
            if (m.kind == Kind::person)
                for (std::uint32_t q = m.first; q < m.last; ++q)
                    if (word(q)) person_words.insert(s(q), 1);
            // "FC Porto", "Brøndby IF": the short name is the club.
            if (m.kind == Kind::org && m.last - m.first == 2) {
                std::string_view a = s(m.first), b = s(m.first + 1);
                if (any_of(a, {"FC", "AC", "SC", "CF", "AS", "SL", "SV", "FK", "NK", "CD", "SK"})) clubs.insert(b, 1);
                else if (any_of(b, {"FC", "CF", "AFC", "IF", "BK", "SC"})) clubs.insert(a, 1);
            }
        }
        // A word that also closes a two-word name ("beat Aiko Tanabe") is a player's surname.
        for (std::uint32_t i = 1; i < m_tok.size(); ++i) {
            if (cap(i) && cap(i - 1) && same_block(i - 1, i) && m_tok[i].has(k_space_before) &&
                !m_tok[i - 1].has(k_sentence_start) && !m_tok[i - 1].has(k_title_line) && !m_tok[i].has(k_all_caps) &&
                !m_g.find(s(i - 1)).found() && !is_title_word(s(i - 1)) && !is_function_word(s(i - 1)) &&
                !(i + 1 < m_tok.size() && cap(i + 1) && same_block(i, i + 1)))
                person_words.insert(s(i), 1);
        }
        for (std::uint32_t i = 0; i < m_tok.size(); ++i) {
            if (!cap(i) || !club_word(i, person_words)) continue;
            std::uint32_t c = covering(i);
            if (c != k_none && (m_names[c].last - m_names[c].first != 1 || m_names[c].kind == Kind::person)) continue;
            // ("two points behind leaders Arsenal": a club the lists hold as "Arsenal FC", named
            // without its suffix in a match report.)
            bool listed = false;
            if (c == k_none && !m_tok[i].has(k_sentence_start) && !m_tok[i].has(k_title_line)) {
                const GazetteerEntry e = m_g.find(std::string(s(i)).append(" FC"));
                listed = e.found() && e.kind == Kind::org && is_literal(e.subtype, "team");
            }
            if (!listed && !club_cue(i)) continue;
            // ("Replacement hooker Fergal Quilty's late try": an ordinary word capitalized to open a
            // sentence or a headline, before a position, is no club.)
            // (But "Wild goalie Ana Ruiz" is the club the text also names inside a sentence.)
            auto opening = [&](std::uint32_t q) {
                return m_tok[q].has(k_sentence_start) || m_tok[q].has(k_title_line) || m_tok[q].has(k_line_start);
            };
            if (!listed && m_tok[i].is(k_wc_common) && team_role_at(i + 1) && opening(i)) {
                bool inside = false;
                for (const std::uint32_t q : m_t.cap_words)
                    if (q != i && cap(q) && !opening(q) && s(q) == s(i)) {
                        inside = true;
                        break;
                    }
                if (!inside) continue;
            }
            clubs.insert(s(i), 1);
        }
        if (clubs.size() == 0) return;
        for (std::uint32_t i = 0; i < m_tok.size(); ++i) {
            if (!cap(i) || m_tok[i].has(k_all_caps) || !clubs.contains(s(i))) continue;
            std::uint32_t c = covering(i);
            GazetteerEntry e = m_g.find(s(i));
            if ((e.found() && e.kind == Kind::place) || (c != k_none && m_names[c].kind == Kind::place)) {
                // Places go through the rule below, which keeps "in Porto" a place.
                places.insert(s(i), 1);
                continue;
            }
            if (c == k_none) {
                add(i, i + 1, Kind::org, "team");
                continue;
            }
            Mention& m = m_names[c];
            if (m.last - m.first != 1 || m.kind == Kind::person) continue;
            m.kind = Kind::org;
            m.subtype = "team";
        }
    }

    // "the House" in an article about a legislature; "the Ohio House" / "the Ohio Senate" is the
    // state's chamber (ORG), not the place plus a word.
    void houses() {
        for (std::size_t k = 0; k < m_names.size(); ++k) {
            Mention& m = m_names[k];
            std::uint32_t j = m.last;
            if (m.kind != Kind::place || !is_literal(m.subtype, "region") || j >= m_tok.size() || !cap(j) ||
                !same_block(m.first, j) || !m_tok[j].has(k_space_before))
                continue;
            std::string_view w = s(j);
            if (!is_literal(w, "House") && !is_literal(w, "Senate") && !is_literal(w, "Assembly") &&
                !is_literal(w, "Legislature"))
                continue;
            if (cap(j + 1) && same_block(j, j + 1) && m_tok[j + 1].has(k_space_before)) continue;
            if (k + 1 < m_names.size() && m_names[k + 1].first <= j) continue;
            m.last = j + 1;
            m.range.end = m_tok[j].end;
            m.kind = Kind::org;
            m.subtype = "government";
        }
    }

    // A body named by its head word alone after "the": "the House" and "the Legislature" in an
    // article about a legislature, and anywhere the bodies whose head is no ordinary noun when
    // capitalized.
    void bare_bodies() {
        for (const std::uint32_t i : m_t.cap_words) { // cap(i) needs a capitalized word
            if (i < 1) continue;
            // ("the Legislature has 27 days left": a state's legislature named alone; "the
            // Commission had proposed", "the Council's position", "in the Lords": a body the
            // article names by its head word, capitalized as a name.)
            // ("Cabinet approved the package", "a report to Cabinet": a government's or a council's
            // cabinet needs no "the"; not "Cabinet member for transport", "Cabinet Secretary".)
            const bool cabinet = is_literal(s(i), "Cabinet") && !m_tok[i].has(k_all_caps) &&
                                 !any_of(next_word(i + 1), {"member", "members", "secretary", "secretaries", "minister",
                                                               "ministers", "meeting", "meetings", "colleagues", "colleague",
                                                               "reshuffle", "post", "posts", "rank", "level", "papers",
                                                               "office", "committee", "sub-committee", "portfolio"});
            if (!cabinet &&
                (!cap(i) || m_tok[i].has(k_all_caps) || m_tok[i].has(k_title_line) ||
                    !(any_of(s(i), {"Commission", "Council", "Assembly", "Lords", "Commons"}) ||
                        (m_legislature && any_of(s(i), {"House", "Legislature"}))) ||
                    (!is_literal(prev_word(i), "the") && !is_literal(prev_word(i), "The"))))
                continue;
            if (cap(i + 1) && same_block(i, i + 1) && m_tok[i + 1].has(k_space_before)) continue;
            // ("the Council of Europe", "the Commission for Racial Equality": a longer name.)
            if (any_of(next_word(i + 1), {"of", "for", "on"}) && i + 2 < m_tok.size() && cap(i + 2) && same_block(i, i + 2))
                continue;
            if (covering(i) != k_none) continue;
            // The subtype of a body the article names in full with that head ("the European
            // Commission" … "the Commission").
            const char* subtype = "government";
            for (const Mention& m : m_names)
                if (m.kind == Kind::org && m.last - m.first >= 2 && s(m.last - 1) == s(i)) {
                    subtype = m.subtype;
                    break;
                }
            add(i, i + 1, Kind::org, subtype);
        }
    }

    // "The Democrats, who lost the House": a party as an organization (not its members).
    void parties() {
        for (const std::uint32_t i : m_t.cap_words) { // cap(i) needs a capitalized word
            if (!cap(i) || m_tok[i].size() < 6) continue;
            std::string_view w = s(i);
            if (!is_party_plural(w)) continue;
            std::string_view pv = i > 0 ? prev_word(i) : std::string_view();
            // "The Progressive Conservatives hold 32 seats": a party's longer name.
            std::uint32_t first = i;
            if (i >= 2 && cap(i - 1) && same_block(i - 1, i) &&
                any_of(pv, {"Progressive", "Liberal", "Social", "Christian", "Free", "New", "Scottish", "Welsh",
                               "Young", "United"}) &&
                (is_literal(prev_word(i - 1), "the") || is_literal(prev_word(i - 1), "The"))) {
                first = i - 1;
                pv = prev_word(i - 1);
            }
            // "The Ontario Liberals said": a place's party, the place read first as a name.
            std::uint32_t place = k_none;
            if (first == i && i >= 2 && cap(i - 1) && same_block(i - 1, i) && !m_tok[i - 1].has(k_all_caps) &&
                (is_literal(prev_word(i - 1), "the") || is_literal(prev_word(i - 1), "The"))) {
                const std::uint32_t c = covering(i - 1);
                if (c != k_none && m_names[c].kind == Kind::place && m_names[c].first == i - 1 &&
                    m_names[c].last == i && !is_literal(m_names[c].subtype, "facility") &&
                    !is_literal(m_names[c].subtype, "street")) {
                    place = c;
                    first = i - 1;
                    pv = prev_word(i - 1);
                }
            }
            // "Tories push N.S. budget through": a headline's first word, the party acting.
            const bool headline = m_tok[i].has(k_line_start) && i + 1 < m_tok.size() && same_block(i, i + 1) &&
                                  word(i + 1) && !m_tok[i + 1].has(k_cap) && !m_tok[i + 1].is(k_wc_function);
            if (!is_literal(pv, "the") && !is_literal(pv, "The") && !headline) continue;
            std::string_view nx = next_word(i + 1);
            bool comma_who = i + 2 < m_tok.size() && is_punct(m_tok[i + 1], ',') && is_literal(next_word(i + 2), "who");
            bool control = any_of(nx, {"won", "lost", "control", "controlled", "controls", "hold", "holds",
                                       "held", "retook", "regained", "took", "came", "finished", "said", "says",
                                       "warned", "argued", "announced", "accused", "pledged"});
            // "the Conservatives cannot afford to lose", "a swing from the Conservatives to …": the
            // party acting or as a whole, not some of its members.
            const bool modal = any_of(nx, {"cannot", "can", "will", "would", "must", "could", "should", "have",
                                           "has", "had", "need", "needs", "hope", "hopes", "want", "wants"});
            // "who chairs the Conservatives", "people who backed the Tories": the party as a body
            // someone leads, joins or votes for.
            const bool whole = (first >= 2 && any_of(prev_word(first - 1), {"from", "to", "for", "against", "with",
                                                                             "backed", "chairs", "chaired", "leads",
                                                                             "led", "joined", "rejoined", "quit",
                                                                             "beat", "defeated", "ousted"})) ||
                               // "held by the Tories' own Lachlan MacAulay": the party's
                               (i + 1 < m_tok.size() && (m_tok[i + 1].type == TokenType::possessive ||
                                                         ((is_punct(m_tok[i + 1], '\'') || is_punct(m_tok[i + 1], 0x2019)) &&
                                                             !m_tok[i + 1].has(k_space_before) && i + 2 < m_tok.size() &&
                                                             word(i + 2) && m_tok[i + 2].has(k_space_before))));
            if (!comma_who && !control && !modal && !whole && !headline) continue;
            if (place != k_none && covering(i) == k_none) {
                Mention& m = m_names[place];
                m.last = i + 1;
                m.range.end = m_tok[i].end;
                retype(m, Kind::org, "party");
                continue;
            }
            if (covering(i) != k_none || covering(first) != k_none) continue;
            add(first, i + 1, Kind::org, "party");
        }
    }

    // "delivered it to Downing Street", "protesters outside the Kremlin": a seat of government
    // used as a place is PLACE (facility); "Downing Street said" stays ORG.
    // "the MP for Grantham", "the SNP MSP for Na h-Eileanan an Iar", "the Municipal Chief Executive
    // (MCE) for Sefwi Wiawso": what a member or a local officer is "for" is the seat, a place,
    // even a name read as a person from its shape (not "Minister for Health": no member's title).
    void member_seats() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        auto member = [&](std::uint32_t t) {
            return word(t) && any_of(s(t), {"MP", "MPs", "MSP", "MSPs", "MS", "MSs", "MLA", "MLAs", "MCA", "MCAs",
                                               "MNA", "MPA", "MHA", "MPP", "MEP", "TD", "MCE", "DCE", "Parliament",
                                               "Senedd", "Assembly", "councillor", "Councillor"});
        };
        std::vector<char> linked; // per mention: another mention links to it (built on first need)
        for (const std::uint32_t i : m_t.cap_words) {
            if (i < 2 || m_tok[i - 1].size() != 3 || m_t.text[m_tok[i - 1].start] != 'f') continue; // "for"
            if (!cap(i) || m_tok[i].has(k_all_caps) || !same_block(i - 2, i) || !word(i - 1) ||
                !is_literal(s(i - 1), "for"))
                continue;
            std::uint32_t t = i - 2;
            if (is_punct(m_tok[t], ')') && t >= 2 && m_tok[t - 1].type == TokenType::word) --t; // "(MCE) for"
            if (!member(t)) continue;
            // ("Member of Parliament for X": "Parliament" only after "Member of".)
            if ((is_literal(s(t), "Parliament") || is_literal(s(t), "Senedd") || is_literal(s(t), "Assembly")) &&
                !(t >= 2 && is_literal(s(t - 1), "of") && any_of(s(t - 2), {"Member", "member", "Members", "members"})))
                continue;
            const std::uint32_t c = covering(i);
            if (c == k_none) {
                std::uint32_t end = i;
                while (end < n && end < i + 4 && cap(end) && same_block(i, end)) ++end;
                bool free = true;
                for (std::uint32_t q = i; q < end && free; ++q) free = covering(q) == k_none;
                if (free && end > i) add(i, end, Kind::place, "region");
                continue;
            }
            Mention& m = m_names[c];
            if (m.first != i || m.kind == Kind::place || m.kind == Kind::org || m.link != k_none) continue;
            // Another mention aliases it: a person named elsewhere. (Marked once per text.)
            if (linked.empty()) linked = link_targets();
            if (linked[c]) continue;
            m.kind = Kind::place;
            m.subtype = "region";
            m.weak = false;
            m.name_parts = 0;
        }
        if (!m_added.empty()) merge_added();
    }

    void seats_as_places() {
        for (Mention& m : m_names) {
            if (m.kind != Kind::org || !is_literal(m.subtype, "government") || m.first == 0) continue;
            std::string_view last = s(m.last - 1);
            const bool building = any_of(last, {"Street", "House", "Palace", "Building", "Hall", "Kremlin",
                                                "Pentagon", "Élysée", "Elysee", "Zhongnanhai", "Capitol"});
            if (!building) continue;
            std::uint32_t p = m.first;
            if (p >= 1 && word(p - 1) && (is_literal(s(p - 1), "the") || is_literal(s(p - 1), "The"))) --p;
            std::string_view pv = prev_word(p);
            if (!any_of(pv, {"to", "in", "at", "outside", "inside", "near", "into", "toward", "towards"})) continue;
            m.kind = Kind::place;
            m.subtype = "facility";
        }
    }

    // "former India football captain", "the England cricket team", "31 caps for India": a country
    // standing for its national side is ORG (any article, not only match reports).
    void national_teams() {
        for (Mention& m : m_names) {
            if (m.kind != Kind::place || !is_literal(m.subtype, "country") || m_tok[m.first].has(k_all_caps)) continue;
            std::string_view sport = next_word(m.last);
            std::string_view role = next_word(m.last + 1);
            bool team = (any_of(sport, {"football", "soccer", "cricket", "rugby", "hockey", "basketball",
                                        "volleyball", "handball", "netball", "national", "Davis", "Olympic"}) &&
                         any_of(role, {"captain", "coach", "team", "squad", "side", "player", "players",
                                       "international", "manager", "striker", "goalkeeper", "team's"})) ||
                        (any_of(sport, {"captain", "coach", "skipper", "international", "internationals"}) && m_sports);
            if (!team && m.first >= 2 && is_literal(prev_word(m.first), "for")) {
                std::string_view pv2 = prev_word(m.first - 1);
                team = is_literal(pv2, "caps") || is_literal(pv2, "cap") || is_literal(pv2, "appearances");
            }
            if (!team) continue;
            m.kind = Kind::org;
            m.subtype = "team";
        }
        if (m_sports) {
            places_playing();
            dismissal_names();
            box_score_names();
            team_list_names();
            lineup_names();
            caps_team_headers();
            team_codes();
            score_line_teams();
        }
        horses_by_price();
    }

    // "Pool B: Fiji 33 Spain 0, Fiji 26 Kenya 12", "Clare 2-24 Waterford 1-22": in a sports report,
    // two places each followed by a score are the teams that played.
    void score_line_teams() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        // The end of a score at q ("33", "2-24"), or q when none is there.
        const auto score_end = [&](std::uint32_t q) {
            if (q >= n || m_tok[q].type != TokenType::number || m_tok[q].size() > 3 || !m_tok[q].has(k_space_before))
                return q;
            std::uint32_t e = q + 1;
            if (e + 1 < n && is_punct(m_tok[e], '-') && attached(e) && m_tok[e + 1].type == TokenType::number && attached(e + 1))
                e += 2;
            // (not an amount or a measure: "Fiji 33 per cent", "Spain 0.5")
            if (e < n && same_block(q, e) && attached(e) && !is_punct(m_tok[e], ',') && !is_punct(m_tok[e], ';')) return q;
            return e;
        };
        const auto side = [](const Mention& x) {
            return x.kind == Kind::place || (x.kind == Kind::org && is_literal(x.subtype, "team"));
        };
        for (std::size_t k = 0; k + 1 < m_names.size(); ++k) {
            Mention& m = m_names[k];
            Mention& o = m_names[k + 1];
            if (!side(m) || !side(o) || (m.kind != Kind::place && o.kind != Kind::place) || m_tok[m.first].has(k_all_caps))
                continue;
            const std::uint32_t e = score_end(m.last);
            if (e == m.last || o.first != e || !same_block(m.first, o.last)) continue;
            const std::uint32_t e2 = score_end(o.last);
            if (e2 == o.last) continue;
            for (Mention* t : {&m, &o}) {
                t->kind = Kind::org;
                t->subtype = "team";
            }
        }
        // "1. Toledo, Brightwater 22 (Vukovich, Hrabovsky), 4:09", "Goalies — Toledo, Liepins (L,
        // 24-13-5)": a scoring summary's team, a comma, then its player with his tally or record.
        for (Mention& m : m_names) {
            if (m.kind != Kind::place || m_tok[m.first].has(k_all_caps) || m.last + 2 >= n || !is_punct(m_tok[m.last], ',') ||
                !cap(m.last + 1) || !same_block(m.first, m.last + 2))
                continue;
            // (the player: a person read as one, or one word no rule claimed)
            std::uint32_t q = m.last + 1;
            const std::uint32_t c = covering(q);
            // ("Fort Wayne, Lansing 14 (Pöyhönen)": a player whose surname is a town's, before a tally.)
            if (c != k_none && (m_names[c].first != q ||
                                   (m_names[c].kind != Kind::person && m_names[c].kind != Kind::place)))
                continue;
            const bool player_place = c != k_none && m_names[c].kind == Kind::place;
            q = c != k_none ? m_names[c].last : q + 1;
            const bool tally = q < n && m_tok[q].type == TokenType::number && m_tok[q].size() <= 3;
            if (tally) ++q;
            if ((tally || !player_place) && q < n && same_block(m.first, q) && is_punct(m_tok[q], '(')) {
                m.kind = Kind::org;
                m.subtype = "team";
            }
        }
    }

    // "ran down the leader Mister Bairnsdale ($4.20 fav)", "Coastal Dancer ($21) was third": in a race
    // report a name with its starting price in brackets is a horse's, and so is every other use of
    // the same words (a guess at a person from the name's shape is dropped).
    void horses_by_price() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        WordTable<char> horses(4);
        // (Only in a race report: a horse's words among the text's, not "donations from Jane Doe ($500)";
        // read once, and only when some name looks like a horse's.)
        int racing = -1;
        auto in_race_report = [&]() {
            if (racing < 0) {
                racing = 0;
                for (std::uint32_t k = 0; k < n && racing == 0; ++k)
                    racing = word(k) && any_of(s(k), {"jockey", "trainer", "trainers", "mare", "gelding", "colt", "filly",
                                                      "furlongs", "fav", "favourite", "favorite", "barrier"});
            }
            return racing == 1;
        };
        ranked_card(horses, in_race_report);
        for (const Mention& m : m_names) {
            const std::uint32_t q = m.last;
            if (m.kind != Kind::person || q + 2 >= n || !same_block(m.first, q + 2)) continue;
            if (m.first > 0 && same_block(m.first - 1, m.first) && word(m.first - 1) && m_tok[m.first - 1].is(k_wc_title))
                continue;
            // "Coastal Dancer ($21)"
            const bool price = is_punct(m_tok[q], '(') && is_punct(m_tok[q + 1], '$') && attached(q + 2) &&
                               m_tok[q + 2].type == TokenType::number;
            // "Sapphire Monsoon, trained by Kersi F. Daruwala", "Kohinoor Dancer, ridden by …"
            const bool handled = is_punct(m_tok[q], ',') && word(q + 1) && any_of(s(q + 1), {"trained", "ridden"}) &&
                                 word(q + 2) && is_literal(s(q + 2), "by");
            // a results card: "Golden Tamarind (Yash Naik) 1, Pearl Of Worli (Aarav Shinde) 2"
            bool placed = false;
            if (is_punct(m_tok[q], '(')) {
                const std::uint32_t c = covering(q + 1);
                if (c != k_none && m_names[c].kind == Kind::person && m_names[c].first == q + 1) {
                    const std::uint32_t r = m_names[c].last;
                    placed = r + 1 < n && is_punct(m_tok[r], ')') && m_tok[r + 1].type == TokenType::number &&
                             m_tok[r + 1].size() <= 2 && same_block(q, r + 1) &&
                             (r + 2 >= n || !same_block(q, r + 2) || is_punct(m_tok[r + 2], ',') || is_punct(m_tok[r + 2], '.'));
                }
            }
            if (price || handled || placed) horses.insert(m_t.slice(m.first, m.last), 1);
        }
        if (horses.size() == 0 || !in_race_report()) return;
        bool any = false;
        for (Mention& m : m_names) {
            if (m.kind != Kind::person) continue;
            const bool horse = horses.contains(m_t.slice(m.first, m.last)) ||
                               (m.link != k_none && m.link < m_names.size() &&
                                   horses.contains(m_t.slice(m_names[m.link].first, m_names[m.link].last)));
            if (!horse) continue;
            m.kind = Kind::highlight;
            any = true;
        }
        if (any) drop_marked();
    }

    // A results card that ranks horses with their riders in brackets: "1. Sugar Apple (R Sookram-Lewis);
    // 2. Fire Ruby (S Gittens)", "1. Caroni Blaze (T&T) (R Sookram-Lewis)": the rider, an initial and a
    // surname, is a person; the words between the rank and the bracket name a horse.
    template <typename RaceReport>
    void ranked_card(WordTable<char>& horses, RaceReport&& in_race_report) {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        bool marked = false, found = false;
        for (std::uint32_t i = 2; i + 4 < n; ++i) {
            // the rank: "1." at a line's or a clause's start
            if (m_tok[i - 2].type != TokenType::number || m_tok[i - 2].size() > 2 || !is_punct(m_tok[i - 1], '.') ||
                !attached(i - 1) || !cap(i) || !same_block(i - 2, i))
                continue;
            if (i >= 3 && same_block(i - 3, i) && !(is_punct(m_tok[i - 3], ';') || is_punct(m_tok[i - 3], ':') ||
                                                      is_punct(m_tok[i - 3], ')') || is_punct(m_tok[i - 3], '.')))
                continue;
            std::uint32_t q = i;
            while (q < n && q < i + 5 && same_block(i, q) && (cap(q) || (word(q) && any_of(s(q), {"of", "the", "de"})))) ++q;
            if (q == i || q >= n || !is_punct(m_tok[q], '(')) continue;
            const std::uint32_t horse_end = q;
            // a bred-in country's code first: "(T&T)", "(FR)", "(IRE)"
            std::uint32_t j = q + 1;
            if (j + 1 < n && (m_tok[j].has(k_all_caps) || (word(j) && m_tok[j].size() == 1))) {
                std::uint32_t close = j;
                while (close < n && close < j + 4 && !is_punct(m_tok[close], ')')) ++close;
                if (close + 1 < n && is_punct(m_tok[close], ')') && is_punct(m_tok[close + 1], '(') &&
                    same_block(q, close + 1))
                    j = close + 2;
            }
            if (j + 2 >= n || !word(j) || m_tok[j].size() != 1 || !cap(j) || !cap(j + 1) || m_tok[j + 1].has(k_all_caps) ||
                !same_block(q, j + 1))
                continue;
            const std::uint32_t e = player_name_end(j + 1, 3);
            if (e == j + 1 || e >= n || !is_punct(m_tok[e], ')') || !in_race_report()) continue;
            // (the rider read as something else from the bracket, "Apple (R Sookram)": a person)
            const std::uint32_t c = covering(j);
            if (c != k_none && m_names[c].first == j && m_names[c].last == e && m_names[c].kind != Kind::person) {
                m_names[c].kind = Kind::person;
                m_names[c].subtype = "";
            } else {
                player_at(j, e);
            }
            horses.insert(m_t.slice(i, horse_end), 1);
            found = true;
            // (words of the horse's name read as a company or a place: "Sugar Apple")
            for (std::uint32_t k = i; k < horse_end; ++k) {
                const std::uint32_t h = covering(k);
                if (h != k_none && m_names[h].first >= i && m_names[h].last <= horse_end) {
                    m_names[h].kind = Kind::highlight;
                    marked = true;
                }
            }
            i = e;
        }
        if (marked) drop_marked();
        if (found && !m_added.empty()) merge_added();
    }

    // A football line-up by surnames, the formation's lines split by semicolons: "Hibernian: Baird;
    // Drummond, Leask, McAulay, Gillon; Fraser (Sinclair 77), Kinloch (Tait 84), Ross; … Subs not used:
    // Wardlaw, Munro." Every name is a player's, and so are the names of the report's "Goals:",
    // "Booked:" and "Subs:" lines once a line-up was read.
    void lineup_names() {
        // "Subs not used:", "Goals:", "Booked:": a line-up's labels after the players.
        const auto report_label = [&](std::uint32_t q) {
            return word(q) && any_of(s(q), {"Subs", "Substitutes", "Replacements", "Unused", "Booked", "Bookings", "Goals",
                                            "Scorers", "Sent"});
        };
        // Items from p to the block's end: names, each with an optional bracket (a substitute and
        // his minute, or goal minutes), between commas and semicolons. Returns the count, or 0 when
        // the run is no such list.
        std::vector<std::pair<std::uint32_t, std::uint32_t>> names;
        auto items = [&](std::uint32_t p, std::uint32_t last, std::size_t& semis) -> std::size_t {
            std::size_t count = 0;
            while (p < last) {
                if (!cap(p) || m_tok[p].has(k_all_caps)) return 0;
                const std::uint32_t e = player_name_end(p, 3);
                if (e == p) return 0;
                names.emplace_back(p, e);
                ++count;
                std::uint32_t q = e;
                if (q < last && is_punct(m_tok[q], '(')) { // "(Sinclair 77)", "(58, 79)", "(pen 40)"
                    std::uint32_t r = q + 1;
                    if (r < last && cap(r)) {
                        const std::uint32_t e2 = player_name_end(r, 3);
                        if (e2 == r) return 0;
                        names.emplace_back(r, e2);
                        r = e2;
                    }
                    while (r < last && !is_punct(m_tok[r], ')') && r < q + 8) ++r;
                    if (r >= last || !is_punct(m_tok[r], ')')) return 0;
                    q = r + 1;
                }
                if (q >= last) return count;
                if (is_punct(m_tok[q], ';')) ++semis;
                else if (is_punct(m_tok[q], '.')) {
                    // "… Mackie. Subs not used: Wardlaw, Munro."
                    if (q + 1 >= last) return count;
                    std::uint32_t c = q + 1;
                    while (c < last && c < q + 6 && !is_punct(m_tok[c], ':')) ++c;
                    if (c >= last || !is_punct(m_tok[c], ':') || !report_label(q + 1)) return 0;
                    q = c;
                } else if (!is_punct(m_tok[q], ',')) {
                    return 0;
                }
                p = q + 1;
            }
            return count;
        };
        bool lineup = false;
        std::vector<std::pair<std::uint32_t, std::uint32_t>> players;
        for (std::size_t b = 0; b < m_t.block_first.size(); ++b) {
            const std::uint32_t a = m_t.block_first[b], last = m_t.block_last[b];
            if (last <= a + 4 || !cap(a)) continue;
            std::uint32_t colon = a + 1;
            while (colon < last && colon < a + 6 && !is_punct(m_tok[colon], ':')) ++colon;
            if (colon >= last || !is_punct(m_tok[colon], ':')) continue;
            const bool label = report_label(a);
            names.clear();
            std::size_t semis = 0;
            const std::size_t count = items(colon + 1, last, semis);
            // ("Brentford: Haldane, Quartey, Van Rossum, …": a side's eleven by commas alone, when
            // nearly none of the names is something else already.)
            std::size_t claimed = 0;
            for (const auto& [p, e] : names) {
                const std::uint32_t c = covering(p);
                if (c != k_none && m_names[c].kind != Kind::person && !m_names[c].weak && !m_names[c].town) ++claimed;
            }
            if ((count >= 8 && semis >= 1) || (count >= 10 && claimed <= 2) || (label && lineup && count >= 1)) {
                lineup = lineup || !label;
                players.insert(players.end(), names.begin(), names.end());
            }
        }
        for (const auto& [p, e] : players) {
            const std::uint32_t c = covering(p);
            if (c == k_none) {
                if (covering(e - 1) == k_none) add(p, e, Kind::person, "partial");
            } else if (m_names[c].first == p && m_names[c].last == e && m_names[c].kind != Kind::person &&
                       (m_names[c].weak || m_names[c].town)) {
                m_names[c].kind = Kind::person;
                m_names[c].subtype = "partial";
            }
        }
        if (!players.empty() && !m_added.empty()) merge_added();
    }

    // "BAY – Mbali Dube (Keira McAllister) 12'", "Goals: TOR — Doxtator 3 … SAS — Olynyk 4", "Shots:
    // TOR 14 15 12 16 2 — 59": in a match report, a code of two to four capitals that stands three
    // times or more before a dash or a number is a team's.
    void team_codes() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        const auto code_at = [&](std::uint32_t i) {
            const Token& t = m_tok[i];
            if (t.type != TokenType::word || !t.has(k_all_caps) || t.size() < 2 || t.size() > 4 || t.has(k_abbrev) ||
                i + 1 >= n || !same_block(i, i + 1) || !m_tok[i + 1].has(k_space_before))
                return false;
            if (i > 0 && same_block(i - 1, i) && m_tok[i - 1].type == TokenType::number) return false; // "86 MW"
            const Token& nx = m_tok[i + 1];
            return nx.type == TokenType::number ||
                   (nx.type == TokenType::punct && (nx.cp == 0x2013 || nx.cp == 0x2014 || nx.cp == '-'));
        };
        WordTable<std::uint32_t> uses(8);
        for (const std::uint32_t i : m_t.cap_words) {
            if (!code_at(i)) continue;
            if (std::uint32_t* c = uses.find(s(i))) ++*c;
            else uses.insert(s(i), 1);
        }
        if (uses.size() == 0) return;
        for (const std::uint32_t i : m_t.cap_words) {
            const Token& t = m_tok[i];
            if (t.type != TokenType::word || !t.has(k_all_caps) || t.size() < 2 || t.size() > 4) continue;
            const std::uint32_t* c = uses.find(s(i));
            if (!c || *c < 3) continue;
            const std::uint32_t k = covering(i);
            if (k == k_none) add(i, i + 1, Kind::org, "team");
            else if (m_names[k].first == i && m_names[k].last == i + 1 && m_names[k].kind != Kind::org) {
                m_names[k].kind = Kind::org;
                m_names[k].subtype = "team";
            }
        }
        if (!m_added.empty()) merge_added();
    }

    // "BIRKIRKARA: J. Agius – …", "CLARE: E Quinlivan (…)": a team list's header in capitals names
    // the team the report calls "Birkirkara" or "Clare" elsewhere.
    void caps_team_headers() {
        std::vector<std::string_view> teams;
        for (const Mention& m : m_names)
            if (m.kind == Kind::org && is_literal(m.subtype, "team") && m.last - m.first == 1 && !m_tok[m.first].has(k_all_caps))
                teams.push_back(s(m.first));
        if (teams.empty()) return;
        const auto same_letters = [](std::string_view caps, std::string_view title) {
            if (caps.size() != title.size()) return false;
            for (std::size_t k = 0; k < caps.size(); ++k) {
                const char c = title[k];
                if (caps[k] != ((c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c)) return false;
            }
            return true;
        };
        for (Mention& m : m_names) {
            if (m.kind == Kind::org || m.last - m.first != 1 || !m_tok[m.first].has(k_all_caps) || m.last + 1 >= m_tok.size())
                continue;
            // "MEATH are through to a Leinster semi-final" (a story's lead word in capitals, then its
            // verb), "YORKSHIRE v ESSEX" (a fixture), "NEWCASTLE 22 (V Tauʻalupe 2, …)" (a score line).
            const bool team_line = (m_tok[m.first].has(k_sentence_start) && word(m.last) && !m_tok[m.last].has(k_cap) &&
                                  same_block(m.first, m.last)) ||
                              (same_block(m.first, m.last) &&
                                  ((word(m.last) && any_of(s(m.last), {"v", "vs", "v."})) ||
                                      m_tok[m.last].type == TokenType::number)) ||
                              (m.first >= 1 && same_block(m.first - 1, m.first) && word(m.first - 1) &&
                                  any_of(s(m.first - 1), {"v", "vs", "v."}));
            if (!team_line) {
                if (!is_punct(m_tok[m.last], ':')) continue;
                // (A list of players follows, not a dateline's story: "LAHORE: Lahore Qalandars beat …".)
                // ("MEATH: 1. Seán Ó Floinn": a squad number and its full stop may come first.)
                std::uint32_t next = k_none;
                for (std::uint32_t q = m.last + 1; q < m_tok.size() && q <= m.last + 3 && next == k_none; ++q)
                    next = covering(q);
                if (next == k_none || m_names[next].kind != Kind::person) continue;
            }
            for (const std::string_view team : teams) {
                if (!same_letters(s(m.first), team)) continue;
                m.kind = Kind::org;
                m.subtype = "team";
                break;
            }
        }
    }

    // Team lists: "…; A Frawley (Wolfe Tones), R Keating-Power (1-5); E Mac Giolla Bhríde, P Gillespie":
    // an initial and a surname between a list's separators; "Subs: C Mac Craith (Sixmilebridge) for
    // Neylon (h-t); A Lynch for Brennan (52)": the surname a substitute came on for. Persons, over
    // guesses of other kinds.
    void team_list_names() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        auto separator = [&](std::uint32_t q) {
            return m_tok[q].type == TokenType::punct &&
                   (m_tok[q].cp == ',' || m_tok[q].cp == ';' || m_tok[q].cp == ':' || m_tok[q].cp == 0x2013 ||
                       m_tok[q].cp == '(');
        };
        // ("K Le Cornu (Jer) bt A Ngata (NZ)", "S Vella & M Azzopardi": a results line's pairs.)
        auto result_word = [&](std::uint32_t q) {
            return (word(q) && any_of(s(q), {"bt", "beat", "v", "vs", "and"})) || is_punct(m_tok[q], '&');
        };
        auto closes = [&](std::uint32_t e) {
            return e >= n || !same_block(e - 1, e) || separator(e) || is_punct(m_tok[e], '(') || is_punct(m_tok[e], '.') ||
                   (word(e) && is_literal(s(e), "for")) || result_word(e);
        };
        std::vector<std::uint32_t> clubs; // the '(' after each player found below
        for (const std::uint32_t i : m_t.cap_words) {
            // (an initial in capitals, with its period or without: "A Frawley", "G. Pace", "Ġ. Mallia")
            if (i + 1 >= n || !cap(i) || m_tok[i].size() > 2 || !same_block(i, i + 1) ||
                (m_tok[i].size() == 2 && static_cast<unsigned char>(s(i)[0]) < 0xC0))
                continue;
            if (!(i == 0 || !same_block(i - 1, i) || separator(i - 1) || (word(i - 1) && is_literal(s(i - 1), "for")) ||
                    result_word(i - 1)))
                continue;
            const std::uint32_t from = is_punct(m_tok[i + 1], '.') && attached(i + 1) ? i + 2 : i + 1;
            if (from >= n || attached(from)) continue;
            const std::uint32_t e = player_name_end(from, 6);
            if (e == from || !closes(e)) continue;
            // ("C Brooke Te Rangi": a netball position's letter before a given name and a surname.)
            const bool position = from == i + 1 && m_tok[i + 1].is(k_wc_given) && e - (i + 1) >= 2 &&
                                  !any_of(s(i + 1), {"Mac", "Mc", "Van", "De", "Di", "Da", "Le", "La"});
            player_at(position ? i + 1 : i, e);
            if (e < n && is_punct(m_tok[e], '(')) clubs.push_back(e);
        }
        // "1 Ollie Thackray; 2 Kelepi Tuipulotu, … 5 Jordan Oyelaran": a squad's numbered players (three
        // on the line at least), even where a first name is also a country.
        {
            std::vector<std::pair<std::uint32_t, std::uint32_t>> numbered;
            std::vector<std::uint32_t> numbered_clubs; // "1. Seán Ó Floinn (Ratoath);": the bracket after
            for (const std::uint32_t i : m_t.cap_words) {
                if (i == 0 || !m_tok[i].has(k_space_before) || m_tok[i].has(k_all_caps)) continue;
                // ("1. Seán Ó Floinn (Ratoath); 2. Conor Fitzgerald (St Peter’s Dunboyne)": the number
                // may take a full stop.)
                std::uint32_t num = i - 1;
                if (is_punct(m_tok[num], '.') && num >= 1 && attached(num)) --num;
                if (m_tok[num].type != TokenType::number || m_tok[num].size() > 2 || !same_block(num, i)) continue;
                if (!(num < 1 || !same_block(num - 1, num) || separator(num - 1) || is_punct(m_tok[num - 1], '.') ||
                        is_punct(m_tok[num - 1], ':')))
                    continue;
                const std::uint32_t e = player_name_end(i, 4);
                if (e < i + 2 || !(closes(e) || (e < n && is_punct(m_tok[e], '(')))) continue;
                numbered.emplace_back(i, e);
                if (e < n && is_punct(m_tok[e], '(')) numbered_clubs.push_back(e);
            }
            for_lines_of_three(numbered, [](const auto& x) { return x.first; },
                               [&](const auto& x) { player_at(x.first, x.second, true); });
            for_lines_of_three(numbered_clubs, [](std::uint32_t q) { return q; },
                               [&](std::uint32_t q) { club_in_brackets(q); });
        }
        // "E Kilcline (Pádraig Pearses), P Beirne (Elphin), C Ó Dubhthaigh (St Faithleach’s)": three
        // players or more of one line with a bracket each: the brackets hold their clubs.
        for_lines_of_three(clubs, [](std::uint32_t q) { return q; }, [&](std::uint32_t q) { club_in_brackets(q); });
        if (m_marked) {
            m_marked = false;
            drop_marked();
        }
        // "for Neylon (h-t)", "for Brennan (52)": after a substitute's name or club.
        for (const std::uint32_t k : m_t.brackets) {
            if (k < 3 || !is_punct(m_tok[k], '(') || !same_block(k - 2, k) || !cap(k - 1) || m_tok[k - 1].has(k_all_caps) ||
                !word(k - 2) || !is_literal(s(k - 2), "for"))
                continue;
            if (!(is_punct(m_tok[k - 3], ')') || cap(k - 3))) continue;
            player_at(k - 1, k);
        }
        if (!m_added.empty()) merge_added();
    }

    /// Calls act on the items of `items` (in token order; tok(item) is an item's token) whose line
    /// holds three of them or more: a list, not a stray match.
    template <class Items, class Tok, class Act>
    void for_lines_of_three(const Items& items, Tok tok, Act act) const {
        for (std::size_t k = 0; k < items.size();) {
            std::size_t end = k;
            while (end < items.size() && same_block(tok(items[k]), tok(items[end]))) ++end;
            if (end - k >= 3)
                for (std::size_t c = k; c < end; ++c) act(items[c]);
            k = end;
        }
    }

    // The club in the brackets opening at q after a player in a team list: "(Pádraig Pearses)",
    // "(St Brigid’s)", "(Coolera/Strandhill)", "(Clann na nGael)" as one team, whatever was read there.
    void club_in_brackets(std::uint32_t q) {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        const std::uint32_t a = q + 1;
        if (a >= n || !cap(a) || !same_block(q, a)) return;
        std::uint32_t b = a;
        while (b < n && same_block(a, b) && b - a < 8) {
            const Token& t = m_tok[b];
            // ("Clann na nGael", "Naomh Máirtín": Irish eclipsis writes a lower-case letter before the
            // capital.)
            const std::string_view w = word(b) ? s(b) : std::string_view();
            const bool eclipsed = w.size() >= 3 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'A' && w[1] <= 'Z';
            if (word(b) && (cap(b) || (b > a && (eclipsed || any_of(w, {"na", "an", "de", "of", "the"}))))) ++b;
            else if (b > a && (t.type == TokenType::possessive || is_punct(t, '/') || is_punct(t, '-') || is_punct(t, '.')) &&
                     attached(b))
                ++b;
            else
                break;
        }
        if (b == a || b >= n || !is_punct(m_tok[b], ')') || m_tok[b - 1].type == TokenType::punct) return;
        // ("1 Eirik Haugland Solberg (NOR) 46.71", "Ng-Kovacs (VIC) d Mere Tautahi (QLD)": an athlete's
        // country or state code, no club.)
        if (b == a + 1 && place_code(a)) return;
        for (std::uint32_t k = a; k < b; ++k) {
            const std::uint32_t c = covering(k);
            if (c == k_none) continue;
            if (m_names[c].first < a || m_names[c].last > b) return; // a longer name across the bracket
            // ("win in Navan … (Navan O’Mahonys)": a town's name read as a person, the short form of
            // the club's name, is the town again.)
            for (Mention& m : m_names)
                if (m.link == c && m.kind == Kind::person && m.last == m.first + 1) {
                    const GazetteerEntry e = m_g.find(s(m.first));
                    if (!(e.found() ? e.kind == Kind::place : m_g.is_town(s(m.first)))) continue;
                    m.kind = Kind::place;
                    m.subtype = e.found() ? e.subtype : "city";
                    m.link = k_none;
                }
            m_names[c].kind = Kind::highlight;
            m_marked = true;
        }
        add(a, b, Kind::org, "team");
    }

    // "Maddox-Greer 31, Aguinaldo-Reyes 22, Polintan 12, Ybañez 9", "(St Hill 112, Mayers-Holder
    // 71, Cumberbatch 19*;": in a sports report, three or more "Name N" items joined by commas (a
    // box score, a batting or bowling card) list players. A town's name there is a player's.
    void box_score_names() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        // One item at i: its name's end and the token after its separator; false when none.
        auto item_at = [&](std::uint32_t i, std::uint32_t& name_end, std::uint32_t& after, bool& more) {
            if (!cap(i) || m_tok[i].has(k_all_caps) || m_tok[i].is(k_wc_function)) return false;
            const std::uint32_t e = player_name_end(i, 4);
            if (e >= n || m_tok[e].type != TokenType::number || !same_block(i, e) || !m_tok[e].has(k_space_before))
                return false;
            if (is_literal(s(i), "Totals") || is_literal(s(i), "Total") || is_literal(s(i), "Team")) return false;
            name_end = e;
            std::uint32_t q = e + 1;
            // "5-97", "287/6", "19*"; a basketball row's columns: "Ndiaye-Sarr 7-12 3-4 17"
            for (int column = 0; column < 4; ++column) {
                // ("Riaz 22-5-71-4": a bowler's overs, maidens, runs and wickets)
                for (int group = 0; group < 3 && q + 1 < n && (is_punct(m_tok[q], '-') || is_punct(m_tok[q], '/')) &&
                                    attached(q) && m_tok[q + 1].type == TokenType::number && attached(q + 1);
                     ++group)
                    q += 2;
                if (column == 0 && q < n && is_punct(m_tok[q], '*') && attached(q)) ++q;
                if (q + 1 < n && m_tok[q].type == TokenType::number && m_tok[q].has(k_space_before) && same_block(i, q) &&
                    q > e + 1 && (is_punct(m_tok[q - 2], '-') || is_punct(m_tok[q - 2], '/')))
                    ++q; // the next column
                else
                    break;
            }
            if (q >= n || !same_block(i, q)) {
                more = false;
                after = q;
                return true;
            }
            if (m_tok[q].type != TokenType::punct) return false;
            more = m_tok[q].cp == ',' || m_tok[q].cp == ';'; // ("Riaz 22-5-71-4; Chaplin 21-4-68-2;")
            if (!more && m_tok[q].cp != '.' && m_tok[q].cp != ')') return false;
            after = q + 1;
            return true;
        };
        std::vector<std::pair<std::uint32_t, std::uint32_t>> items;
        std::uint32_t done = 0;
        for (const std::uint32_t start : m_t.cap_words) {
            if (start < done) continue;
            items.clear();
            std::uint32_t i = start, name_end = 0, after = 0;
            bool more = true;
            while (more && i < n && item_at(i, name_end, after, more)) {
                items.emplace_back(i, name_end);
                i = after;
            }
            done = std::max(done, i);
            if (items.size() < 3) continue;
            // (three made-attempted pairs or more, "(Hartigan 4-10, Szymanski 2-3, Washington 1-5)", are
            // a stat line as sure as a row of columns)
            std::size_t pairs = 0;
            for (const auto& item : items) pairs += score_at(item.second) ? 1 : 0;
            for (const auto& [a, e] : items) player_at(a, e, stat_columns_at(e) || (pairs >= 3 && score_at(e)));
        }
        if (!m_added.empty()) merge_added();
    }

    // "Saint Louis held off St. Bonaventure": in a sports report, "Saint" before a name that the town
    // list holds with it ("Saint Louis", "Saint Peter") is the town's name, no saint's title and a
    // person; the rules after it may make the town a team.
    void saint_towns() {
        for (Mention& m : m_names) {
            if (m.kind != Kind::person || m.first == 0 || m.last - m.first > 2 || !word(m.first - 1) ||
                !is_literal(s(m.first - 1), "Saint") || !same_block(m.first - 1, m.first) ||
                !m_g.is_town(m_t.slice(m.first - 1, m.last)))
                continue;
            m.first -= 1;
            m.range.start = m_tok[m.first].start;
            m.kind = Kind::place;
            m.subtype = "city";
            m.name_parts = 0;
            m.town = true;
        }
    }

    // A cricket scorecard's dismissals: "c Pettit b Riaz 24", "lbw b Chaplin 9", "c †Oduya b Riaz",
    // "st Bright b Sethi": the fielder and the bowler after "c", "b" and "st" are players (twice at
    // least in the text, so a lone "b" is no evidence).
    void dismissal_names() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        auto name_after = [&](std::uint32_t i) -> std::uint32_t { // the name's first token, or k_none
            if (!word(i) || m_tok[i].has(k_cap) || !any_of(s(i), {"c", "b", "st"}) || i + 1 >= n ||
                !same_block(i, i + 1) || !m_tok[i + 1].has(k_space_before))
                return k_none;
            std::uint32_t k = i + 1;
            if (m_tok[k].type == TokenType::punct && (m_tok[k].cp == 0x2020 || m_tok[k].cp == '*') && k + 1 < n &&
                attached(k + 1))
                ++k; // "†Oduya": the keeper's mark
            // "b van den Akker", "c ul Haq": a surname's particles in lower case open the name.
            std::uint32_t q = k;
            while (q < k + 2 && q + 1 < n && word(q) && !m_tok[q].has(k_cap) && m_tok[q + 1].has(k_space_before) &&
                   any_of(s(q), {"van", "von", "de", "der", "den", "du", "da", "ul", "al", "le", "la", "di", "dos", "das"}))
                ++q;
            if (q > k && !(cap(q) && !m_tok[q].has(k_all_caps) && same_block(i, q))) return k_none;
            return cap(q) && !m_tok[q].has(k_all_caps) && same_block(i, q) ? k : k_none;
        };
        // The particles before a name's first capital ("van den" of "van den Akker").
        auto capital_of = [&](std::uint32_t k) {
            while (k < n && word(k) && !m_tok[k].has(k_cap)) ++k;
            return k;
        };
        // A captain's or a keeper's mark before the dismissal: "L Ferreira* c Pratt b Akker".
        auto marked = [&](std::uint32_t q) {
            return m_tok[q].type == TokenType::punct && (m_tok[q].cp == 0x2020 || m_tok[q].cp == '*');
        };
        std::size_t count = 0;
        for (std::uint32_t i = 0; i + 1 < n && count < 2; ++i)
            if (name_after(i) != k_none && i > 0 && (m_tok[i - 1].type == TokenType::number || cap(i - 1) || marked(i - 1) ||
                                                      (word(i - 1) && any_of(s(i - 1), {"lbw", "c", "b"}))))
                ++count;
        if (count < 2) return;
        for (std::uint32_t i = 0; i + 1 < n; ++i) {
            const std::uint32_t k = name_after(i);
            if (k == k_none || i == 0 ||
                !(cap(i - 1) || m_tok[i - 1].type == TokenType::number || is_punct(m_tok[i - 1], ',') || marked(i - 1) ||
                    (word(i - 1) && any_of(s(i - 1), {"lbw", "c", "b", "&"})) || is_punct(m_tok[i - 1], '&')))
                continue;
            const std::uint32_t cap_k = capital_of(k);
            const std::uint32_t e = player_name_end(cap_k, 2);
            if (e == cap_k) continue;
            // the name ends before the next "b" or a number: "c Pettit b Riaz 24"
            if (e < n && same_block(k, e) && !(m_tok[e].type == TokenType::number || (word(e) && any_of(s(e), {"b", "c"})) ||
                                                m_tok[e].type == TokenType::punct))
                continue;
            if (cap_k > k && covering(k) == k_none) {
                // the particles join the surname found after them, or open the player's name
                const std::uint32_t c = covering(cap_k);
                if (c != k_none && m_names[c].first == cap_k && m_names[c].last == e && m_names[c].kind == Kind::person) {
                    m_names[c].first = k;
                    m_names[c].range.start = m_tok[k].start;
                } else if (c == k_none) {
                    add(k, e, Kind::person, "");
                }
                continue;
            }
            player_at(k, e);
        }
        // "N Colquhoun lbw b Gray 17", "M Dhillon* run out (Hunt) 52": a batting card's line opens
        // with the batter, an initial and a surname, before how he was out.
        for (std::size_t b = 0; b < m_t.block_first.size(); ++b) {
            const std::uint32_t a = m_t.block_first[b];
            if (a + 2 >= n || !word(a) || m_tok[a].size() != 1 || !cap(a) || !cap(a + 1) || m_tok[a + 1].has(k_all_caps) ||
                !m_tok[a + 1].has(k_space_before) || !same_block(a, a + 1))
                continue;
            const std::uint32_t e = player_name_end(a + 1, 3);
            std::uint32_t q = e;
            if (q < n && m_tok[q].type == TokenType::punct && (m_tok[q].cp == 0x2020 || m_tok[q].cp == '*') && attached(q))
                ++q; // "Dhillon*", "Baird†": the captain's and the keeper's marks
            if (q < n && same_block(a, q) && word(q) && !m_tok[q].has(k_cap) &&
                any_of(s(q), {"c", "b", "lbw", "st", "run", "not", "retired", "hit"}))
                player_at(a, e);
        }
        if (!m_added.empty()) merge_added();
    }

    // A motor race report ("Grand Prix" or "Formula 1" and laps, pits or tyres): the constructors
    // named alone are teams ("beating Mercedes driver Luca Marchetti", "Red Bull's Noa Kealoha"),
    // the series is an organization ("her second season in Formula 1") and "Turn 1" is a place on
    // the circuit. (A constructor word inside a person's name stays the person's: "Kwame Williams".)
    void motor_racing_teams() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        bool series = false;
        for (const std::uint32_t i : m_t.cap_words) {
            if (i + 1 >= n) continue;
            std::string_view w = s(i);
            if (w.empty() || (w[0] != 'G' && w[0] != 'F' && w[0] != 'M' && w[0] != 'I')) continue;
            if ((is_literal(w, "Grand") && word(i + 1) && is_literal(s(i + 1), "Prix")) ||
                (is_literal(w, "Formula") && (m_tok[i + 1].type == TokenType::number || is_literal(s(i + 1), "One"))) ||
                is_literal(w, "F1") || is_literal(w, "MotoGP") || is_literal(w, "IndyCar")) {
                series = true;
                break;
            }
        }
        if (!series) return;
        std::uint32_t racing = 0; // words of the track, counted to two
        for (std::uint32_t i = 0; i < n && racing < 2; ++i)
            if (word(i) && !m_tok[i].has(k_cap) &&
                any_of(s(i), {"lap", "laps", "pit", "pits", "pitlane", "tyres", "tires", "chicane", "grid", "pole"}))
                ++racing;
        if (racing < 2) return;
        auto team_at = [&](std::uint32_t i) -> std::uint32_t { // end of a constructor's name at i, or k_none
            if (!cap(i) || m_tok[i].has(k_all_caps)) return k_none;
            std::string_view w = s(i);
            if (any_of(w, {"Mercedes", "Ferrari", "McLaren", "Williams", "Alpine", "Haas", "Sauber", "Cadillac", "Audi",
                           "Renault", "AlphaTauri", "Minardi", "Ducati", "Yamaha", "Aprilia", "Penske", "Ganassi"}))
                return i + 1;
            if (i + 1 < n && word(i + 1) && same_block(i, i + 1) && m_tok[i + 1].has(k_space_before) &&
                ((is_literal(w, "Red") && is_literal(s(i + 1), "Bull")) ||
                    (is_literal(w, "Aston") && is_literal(s(i + 1), "Martin")) ||
                    (is_literal(w, "Racing") && any_of(s(i + 1), {"Bulls", "Point"})) ||
                    (is_literal(w, "Force") && is_literal(s(i + 1), "India")) ||
                    (is_literal(w, "Toro") && is_literal(s(i + 1), "Rosso")) ||
                    (is_literal(w, "Alfa") && is_literal(s(i + 1), "Romeo"))))
                return i + 2;
            return k_none;
        };
        for (std::uint32_t i = 0; i < n; ++i) {
            std::uint32_t e = team_at(i);
            const char* subtype = "team";
            if (e == k_none && word(i) && is_literal(s(i), "Formula") && i + 1 < n && same_block(i, i + 1) &&
                (m_tok[i + 1].type == TokenType::number || is_literal(s(i + 1), "One"))) {
                e = i + 2;
                subtype = "other";
            } else if (e == k_none && word(i) && is_literal(s(i), "F1") && (i + 1 >= n || !is_punct(m_tok[i + 1], '-'))) {
                e = i + 1;
                subtype = "other";
            } else if (e == k_none && word(i) && is_literal(s(i), "Turn") && i + 1 < n && same_block(i, i + 1) &&
                       m_tok[i + 1].type == TokenType::number && m_tok[i + 1].size() <= 2 &&
                       !m_tok[i].has(k_sentence_start)) {
                if (covering(i) == k_none && covering(i + 1) == k_none) add(i, i + 2, Kind::place, "facility");
                ++i;
                continue;
            }
            if (e == k_none) continue;
            // (Not part of a longer name: "Red Bull Racing", "Mercedes-AMG", "Ferrari's Maranello".)
            const bool longer = (e < n && same_block(i, e) &&
                                 ((cap(e) && m_tok[e].has(k_space_before) && !m_tok[e].is(k_wc_common)) ||
                                     (is_punct(m_tok[e], '-') && attached(e))));
            const std::uint32_t c = covering(i);
            if (c == k_none) {
                bool free = true;
                for (std::uint32_t q = i; q < e && free; ++q) free = covering(q) == k_none;
                if (free && !longer) add(i, e, Kind::org, subtype);
            } else {
                Mention& m = m_names[c];
                if (m.first == i && m.last == e && m.kind != Kind::person) {
                    m.kind = Kind::org;
                    m.subtype = subtype;
                } else if (m.first == i && m.last == e && m.kind == Kind::person &&
                           (m.weak || any_of(next_word(e), {"driver", "drivers", "team", "car", "cars", "boss",
                                                            "principal", "engineer", "garage", "mechanics"}))) {
                    m.kind = Kind::org;
                    m.subtype = subtype;
                    m.weak = false;
                }
            }
            i = e - 1;
        }
        if (!m_added.empty()) merge_added();
    }

    // In a sports report, a name in brackets right after a rider's or a player's name is the team
    // ("Joris Van der Elst (Bricoflex-Vanhoutte)"), and so is a name between a results row's
    // country code and the time ("2. Sindre Østby (Nor) Nordvik-Koga +0:18"), where the run was
    // read as a person; the same words elsewhere are the team too ("Bricoflex-Vanhoutte said").
    // (Outside a report the sports words find, two such names are needed: a race report has few of
    // those words.)
    void teams_after_riders() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        std::vector<std::uint32_t> found;
        for (std::size_t k = 0; k + 1 < m_names.size(); ++k) {
            const Mention& p = m_names[k];
            if (p.kind != Kind::person || p.last + 2 >= n || !is_punct(m_tok[p.last], '(')) continue;
            std::uint32_t open = p.last;
            // "(Nor) Nordvik-Koga": a country code in brackets, then the team.
            const Mention* code = nullptr;
            if (k + 2 < m_names.size() && m_names[k + 1].first == open + 1 && m_names[k + 1].last + 1 < n &&
                m_names[k + 1].kind == Kind::place && m_names[k + 1].last == open + 2 &&
                is_punct(m_tok[open + 2], ')'))
                code = &m_names[k + 1];
            Mention& t = m_names[code ? k + 2 : k + 1];
            const std::uint32_t start = code ? open + 3 : open + 1;
            // (Not a name in another script, "Li Chien-hung (李建宏)", nor a jockey's initial and
            // surname after a horse, "Kirkham Abbey (N Ó Faoláin)".)
            if (t.first != start || t.kind != Kind::person || m_tok[t.first].is(k_wc_given) ||
                !same_block(p.first, t.last) || m_tok[t.first].size() < 3 ||
                static_cast<unsigned char>(m_t.text[m_tok[t.first].start]) >= 0xE0)
                continue;
            if (code) {
                // (then a time, a gap or "s.t.": "+0:18", "0:03", "6:21:47", "s.t.")
                if (t.last >= n || !same_block(t.first, t.last) ||
                    !(m_tok[t.last].type == TokenType::number || is_punct(m_tok[t.last], '+') ||
                        (word(t.last) && is_literal(s(t.last), "s"))))
                    continue;
            } else if (t.last >= n || !is_punct(m_tok[t.last], ')')) {
                continue;
            }
            found.push_back(static_cast<std::uint32_t>(&t - m_names.data()));
        }
        if (found.empty() || (!m_sports && found.size() < 2)) return;
        WordTable<char> teams(found.size());
        for (const std::uint32_t c : found) {
            retype(m_names[c], Kind::org, "team");
            teams.insert(m_t.slice(m_names[c].first, m_names[c].last), 1);
        }
        for (Mention& m : m_names)
            if (m.kind == Kind::person && teams.contains(m_t.slice(m.first, m.last))) retype(m, Kind::org, "team");
    }

    // A mention read again as another kind, no longer a guess.
    static void retype(Mention& m, Kind kind, const char* subtype) {
        m.kind = kind;
        m.subtype = subtype;
        m.weak = false;
    }

    // "Brisbane's 26-20 win over Melbourne", "Cork's 2-18 to 1-15 defeat to Kilkenny": a place
    // that owns a score and a result against another place names a team, and so does the other
    // (a score and a result word say so in any report, whatever its other words).
    void teams_in_results() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        const auto placed = [&](const Mention& m) {
            return m.kind == Kind::place && !is_literal(m.subtype, "facility") && !is_literal(m.subtype, "street") &&
                   !m_tok[m.first].has(k_all_caps);
        };
        for (std::size_t k = 0; k + 1 < m_names.size(); ++k) {
            Mention& a = m_names[k];
            if (!placed(a) || a.last + 4 >= n || m_tok[a.last].type != TokenType::possessive) continue;
            std::uint32_t q = a.last + 1;
            if (!score_at(q)) continue;
            q += 3;
            // (hurling and Gaelic football: "2-18 to 1-15")
            if (q + 3 < n && word(q) && is_literal(s(q), "to") && score_at(q + 1)) q += 4;
            if (q + 2 >= n || !word(q) ||
                !any_of(s(q), {"win", "victory", "defeat", "loss", "draw", "triumph", "rout", "thrashing", "comeback"}) ||
                !word(q + 1) || !any_of(s(q + 1), {"over", "against", "to", "with", "by"}))
                continue;
            Mention& b = m_names[k + 1];
            if (b.first != q + 2 || !placed(b) || !same_block(a.first, b.first)) continue;
            retype(a, Kind::org, "team");
            retype(b, Kind::org, "team");
        }
    }

    // "Line 2", "Line 4 Sheppard", "Line 2 Bloor-Danforth": a numbered rail or subway line (and
    // the name after its number) is a place, like the lines named in full ("the Circle Line").
    void transit_lines() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        for (const std::uint32_t i : m_t.cap_words) {
            if (i + 1 >= n || m_tok[i].size() != 4 || !is_literal(s(i), "Line") || m_tok[i].has(k_all_caps)) continue;
            const Token& num = m_tok[i + 1];
            if (num.type != TokenType::number || num.size() > 2 || !num.has(k_space_before) || !same_block(i, i + 1) ||
                covering(i) != k_none || covering(i + 1) != k_none)
                continue;
            // ("Line 2 of the contract": a clause's line is read by its lower-case words; "Line 2, the
            // circular line": a comma.)
            std::uint32_t e = i + 2;
            const bool named = e < n && same_block(i, e) && cap(e) && word(e) && m_tok[e].has(k_space_before) &&
                               !m_tok[e].has(k_sentence_start) && !m_tok[e].has(k_all_caps) &&
                               !m_tok[e].is(k_wc_function);
            // ("Line 2 Bloor-Danforth" where the name alone was read as a surname: the line takes it.)
            if (const std::uint32_t c = named ? covering(e) : k_none;
                c != k_none && m_names[c].first == e && m_names[c].kind == Kind::person && m_names[c].last <= e + 3 &&
                !m_tok[e].is(k_wc_given)) {
                Mention& m = m_names[c];
                m.first = i;
                m.range.start = m_tok[i].start;
                retype(m, Kind::place, "facility");
                continue;
            }
            if (named && covering(e) == k_none) {
                std::uint32_t q = e + 1;
                // "Bloor-Danforth": two names joined by a hyphen.
                if (q + 1 < n && same_block(i, q + 1) && is_punct(m_tok[q], '-') && attached(q) && attached(q + 1) &&
                    cap(q + 1) && covering(q + 1) == k_none)
                    q += 2;
                // (Only a name no list knows as a common noun: not "Line 2 Trains", "Line 5 Station".)
                if (!m_tok[e].is(k_wc_common)) e = q;
            }
            add(i, e, Kind::place, "facility");
        }
        if (!m_added.empty()) merge_added();
    }

    // "the Tuen Ma line", "MTR's Kwun Tong line": in a story about trains, a name read as a
    // person before a lower-case "line" is the railway line.
    void lines_in_lower_case() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        int rail = -1; // whether the text speaks of stations or trains (looked for once, when needed)
        const auto rail_text = [&] {
            for (std::uint32_t k = 0; k < n && rail < 0; ++k)
                if (word(k) && m_tok[k].size() >= 5 && !cap(k) &&
                    any_of(s(k), {"station", "stations", "trains", "railway", "metro", "commuters"}))
                    rail = 1;
            if (rail < 0) rail = 0;
            return rail == 1;
        };
        // ("the Tuen Ma line", "MTR's Tuen Ma line": an article or an owner before the name.)
        const auto determined = [&](std::uint32_t i) {
            return i > 0 && ((m_tok[i - 1].size() == 3 && word(i - 1) && equals_lower(s(i - 1), "the")) ||
                                m_tok[i - 1].type == TokenType::possessive);
        };
        for (Mention& m : m_names) {
            if (m.kind != Kind::person || m.last - m.first < 2 || m.last - m.first > 3 || m.last >= n ||
                !word(m.last) || !is_literal(s(m.last), "line") || !same_block(m.first, m.last) || !determined(m.first))
                continue;
            if (!rail_text()) return;
            retype(m, Kind::place, "facility");
            m.link = k_none;
        }
        // (The same words no rule claimed: "passengers use the Tuen Ma line".)
        for (const std::uint32_t i : m_t.cap_words) {
            if (m_tok[i].has(k_all_caps) || m_tok[i].has(k_sentence_start) || !determined(i)) continue;
            std::uint32_t e = i;
            while (e < n && e - i < 4 && same_block(i, e) && cap(e) && word(e) && (e == i || m_tok[e].has(k_space_before)) &&
                   !m_tok[e].is(k_wc_function))
                ++e;
            if (e - i < 1 || e - i > 3 || e >= n || m_tok[e].size() != 4 || !word(e) || !is_literal(s(e), "line") ||
                !same_block(i, e))
                continue;
            // ("the Bakerloo line": one word, when it is no word, name or place of its own.)
            if (e - i == 1 && !unknown_word(i)) continue;
            bool free = true;
            for (std::uint32_t q = i; q < e && free; ++q) free = covering(q) == k_none;
            if (!free) continue;
            if (!rail_text()) return;
            add(i, e, Kind::place, "facility");
        }
        if (!m_added.empty()) merge_added();
    }

    // In a sports report, a place that plays is a team: "West Indies lost the first Test", "a West
    // Indies fightback", "beaten by Cork", "the win against Seattle" (not "in Cork", "Cork City").
    void places_playing() {
        for (Mention& m : m_names) {
            if (m.kind != Kind::place || m_tok[m.first].has(k_all_caps) || m.last >= m_tok.size()) continue;
            if (is_literal(m.subtype, "street") || is_literal(m.subtype, "facility")) continue;
            // ("Cork City"; "beating Japan's Aiko Tanabe": the country of a player.)
            if ((cap(m.last) || m_tok[m.last].type == TokenType::possessive) && same_block(m.first, m.last)) continue;
            const std::string_view before = prev_word(m.first);
            if (any_of(before, {"in", "at", "from", "of", "near", "to", "across", "around", "into", "outside"})) {
                // "lost to Cork", "fell to Seattle": a defeat names the winner.
                const bool lost_to = is_literal(before, "to") && m.first >= 2 &&
                                     any_of(prev_word(m.first - 1), {"lost", "losing", "lose", "fell", "falling", "succumbed"});
                // "within one game of Minnesota", "two games behind": a standings' rival.
                const bool games_of = is_literal(before, "of") && m.first >= 2 && any_of(prev_word(m.first - 1), {"game", "games"});
                // "Phoenix plays at Portland on Wednesday": the next game's host.
                const bool plays_at = is_literal(before, "at") && m.first >= 2 &&
                                      any_of(prev_word(m.first - 1), {"plays", "play", "visits"}) &&
                                      (m_tok[m.last].is(k_wc_weekday) ||
                                          (is_literal(next_word(m.last), "on") && m.last + 1 < m_tok.size() &&
                                              m_tok[m.last + 1].type == TokenType::word && m_tok[m.last + 1].is(k_wc_weekday)));
                if (!lost_to && !games_of && !plays_at) continue;
            } else {
                const std::string_view after = next_word(m.last);
                bool team = any_of(after, {"lost", "won", "beat", "trail", "trailed", "trails", "lead", "led", "reached",
                                           "drew", "edged", "thrashed", "crushed", "defeated", "posted", "finished",
                                           "batted", "bowled", "declared", "batter", "batters", "batsman", "bowler",
                                           "bowlers", "captain", "coach", "skipper", "opener", "openers", "keeper",
                                           "side", "squad", "fightback", "innings", "selectors", "supporters", "fans",
                                           "manager", "striker", "goalkeeper", "forward", "forwards", "defender",
                                           "hosts", "plays", "visits"});
                team = team || any_of(before, {"against", "beat", "beating", "defeated", "defeating", "edged", "thrashed",
                                               "versus", "vs", "lead", "leads", "trail", "trails"});
                if (!team && is_literal(before, "by") && m.first >= 2)
                    team = any_of(prev_word(m.first - 1), {"beaten", "defeated", "thrashed", "edged", "hammered", "routed"});
                if (!team) continue;
            }
            m.kind = Kind::org;
            m.subtype = "team";
        }
    }

    // "Simbu-born prop Moses Kundi": a name no rule claimed before "-born" is where someone was born
    // (not a nationality: "Kenyan-born").
    void born_places() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        for (const std::uint32_t i : m_t.cap_words) {
            if (i + 2 >= n || !is_punct(m_tok[i + 1], '-') || m_tok[i + 1].has(k_space_before) ||
                m_tok[i + 2].has(k_space_before) || !word(i + 2) || !is_literal(s(i + 2), "born"))
                continue;
            if (covering(i) != k_none || m_tok[i].has(k_all_caps) ||
                (m_tok[i].lex.classes & (k_wc_demonym | k_wc_function | k_wc_title | k_wc_given)) != 0)
                continue;
            add(i, i + 1, Kind::place, "city"); // (merged with the other passes' additions below)
        }
    }

    // "South Goa", "West Java", "Greater Manchester": a direction word before a place is part of it.
    void compass_places() {
        for (Mention& m : m_names) {
            if (m.kind != Kind::place || m.first == 0 || m_tok[m.first].has(k_all_caps)) continue;
            const std::uint32_t d = m.first - 1;
            if (!cap(d) || !same_block(d, m.first) || covering(d) != k_none || m_tok[d].has(k_title_line)) continue;
            if (!any_of(s(d), {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                               "Central", "Upper", "Lower", "Greater", "Northeast", "Northwest", "Southeast",
                               "Southwest"}))
                continue;
            m.first = d;
            m.range.start = m_tok[d].start;
            if (is_literal(m.subtype, "city") || is_literal(m.subtype, "country")) m.subtype = "region";
        }
    }

    // Numbered roads ("Route 12", "U.S. Route 2", "Interstate 89", "State Highway 9") and unknown
    // names before a lower-case region noun ("the Piedmont region", "Washington and Lamoille
    // counties": the noun is not part of the span).
    // "the A465", "the B4423", "the N55", "FM 600", "the BR-163", "County Road 501": a numbered road.
    // Returns whether a road was taken at i.
    bool road_code(std::uint32_t i) {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        const std::string_view w = s(i);
        const auto number_after = [&](std::uint32_t q) {
            return q < n && m_tok[q].type == TokenType::number && m_tok[q].size() <= 4 && same_block(i, q) &&
                   !m_tok[q].has(k_has_alpha) && (q + 1 >= n || !is_punct(m_tok[q + 1], '.') || m_tok[q + 1].has(k_space_before) ||
                                                  q + 2 >= n || m_tok[q + 2].type != TokenType::number);
        };
        // "the AP-7 motorway", "the N-340 road": a road's code before a road noun, even one spelled
        // like a known acronym ("AP").
        if (w.size() <= 3 && m_tok[i].has(k_all_caps) && !m_tok[i].has(k_has_digit) && i + 3 < n &&
            is_punct(m_tok[i + 1], '-') && !m_tok[i + 1].has(k_space_before) && number_after(i + 2) &&
            !m_tok[i + 2].has(k_space_before) && same_block(i, i + 3) && m_tok[i + 3].type == TokenType::word &&
            any_of(s(i + 3), {"motorway", "highway", "road", "expressway", "freeway", "autoroute", "autobahn",
                                 "autopista", "autovía", "motorways", "highways", "roads"}) &&
            covering(i + 2) == k_none) {
            const std::uint32_t c = covering(i);
            if (c == k_none) {
                add(i, i + 3, Kind::place, "street");
                return true;
            }
            Mention& m = m_names[c];
            if (m.first != i || m.last != i + 1) return false;
            m.last = i + 3;
            m.range.end = m_tok[i + 2].end;
            m.kind = Kind::place;
            m.subtype = "street";
            m.weak = false;
            return true;
        }
        // "County Road 501", "Farm Road 12": a street the names found, then its number.
        if (const std::uint32_t c = covering(i); c != k_none) {
            Mention& m = m_names[c];
            // "north on U.S. 95", "US 20": a federal highway by the country's abbreviation.
            if (m.kind == Kind::place && is_literal(m.subtype, "country") && m.last == i + 1 &&
                any_of(m_t.slice(m.first, m.last), {"U.S.", "US"}) && number_after(i + 1) &&
                m_tok[i + 1].has(k_space_before) && m_tok[i + 1].size() <= 3 && covering(i + 1) == k_none &&
                m.first >= 1 && any_of(prev_word(m.first), {"on", "onto", "along", "off", "of", "via", "and", "closed",
                                                              "to", "near", "from", "at", "by"})) {
                m.last = i + 2;
                m.range.end = m_tok[i + 1].end;
                m.subtype = "street";
                m.weak = false;
                return true;
            }
            if (m.last == i + 1 && m.kind == Kind::place && is_literal(m.subtype, "street") && any_of(w, {"Road", "Highway"}) &&
                number_after(i + 1) && m_tok[i + 1].has(k_space_before) && covering(i + 1) == k_none) {
                m.last = i + 2;
                m.range.end = m_tok[i + 1].end;
                return true;
            }
            return false;
        }
        // "FM 600", "SH 71": a Texas farm-to-market or state highway code and its number.
        if (any_of(w, {"FM", "RM", "SH"}) && number_after(i + 1) && m_tok[i + 1].has(k_space_before) && covering(i + 1) == k_none &&
            !(i + 2 < n && m_tok[i + 2].type == TokenType::word && any_of(s(i + 2), {"radio", "station", "stereo"}))) {
            add(i, i + 2, Kind::place, "street");
            return true;
        }
        // "in Barangay 88", "Precinct 1 Commissioner Travis Odom", "represents District 9": a numbered
        // local area.
        if (any_of(w, {"Barangay", "Precinct", "Ward", "Purok", "District"}) && number_after(i + 1) &&
            m_tok[i + 1].has(k_space_before) && covering(i + 1) == k_none && !m_tok[i + 1].has(k_has_alpha)) {
            add(i, i + 2, Kind::place, "region");
            return true;
        }
        // "the BR-163": a Brazilian federal highway; "closed I-90", "US-20", "SR-99": American
        // interstates and state and federal routes.
        if (any_of(w, {"BR", "I", "US", "SR"}) && i + 2 < n && is_punct(m_tok[i + 1], '-') && !m_tok[i + 1].has(k_space_before) &&
            number_after(i + 2) && !m_tok[i + 2].has(k_space_before)) {
            add(i, i + 3, Kind::place, "street");
            return true;
        }
        // "junction with the A465", "heading for the B4423", "its yard on the N55": a British or Irish
        // road code after "the" and a preposition (not "the A380 superjumbo").
        if (w.size() >= 2 && w.size() <= 5 && (w[0] == 'A' || w[0] == 'B' || w[0] == 'M' || w[0] == 'N') && i >= 2) {
            for (std::size_t k = 1; k < w.size(); ++k)
                if (w[k] < '0' || w[k] > '9') return false;
            if (!is_literal(s(i - 1), "the") || !same_block(i - 2, i) ||
                !any_of(s(i - 2), {"on", "along", "off", "onto", "via", "from", "to", "towards", "toward", "near", "with",
                                      "of", "for", "at", "and", "across", "beside", "by", "down", "up"}))
                return false;
            if (i + 1 < n && same_block(i, i + 1) && m_tok[i + 1].type == TokenType::word &&
                any_of(s(i + 1), {"jet", "jets", "aircraft", "plane", "planes", "superjumbo", "airliner", "mask", "masks",
                                     "respirator", "respirators", "tank", "tanks", "rifle", "rifles", "engine", "chip",
                                     "exchange", "index", "bonds", "bond", "shares", "rating", "tranche", "fund", "visa"}))
                return false;
            if (covering(i) != k_none) return false;
            // ("from the N29.6 billion it recorded": a naira amount with its decimals.)
            if (i + 2 < n && is_punct(m_tok[i + 1], '.') && !m_tok[i + 1].has(k_space_before) &&
                m_tok[i + 2].type == TokenType::number && !m_tok[i + 2].has(k_space_before))
                return false;
            add(i, i + 1, Kind::place, "street");
            return true;
        }
        return false;
    }

    void numbered_roads() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        for (const std::uint32_t i : m_t.cap_words) {
            if (i + 1 >= n) break;
            // (Cheap tests first: a road's code is short and a number follows it or is in it.)
            if (m_tok[i].size() > 8 || !(m_tok[i].has(k_has_digit) || m_tok[i + 1].type == TokenType::number ||
                                         is_punct(m_tok[i + 1], '-')))
                continue;
            road_code(i);
        }
    }

    void roads_and_regions() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        for (const std::uint32_t i : m_t.cap_words) { // cap(i) needs a capitalized word
            if (i + 1 >= n) break;
            if (!cap(i)) continue;
            std::string_view w = s(i);
            if (is_road_word(w) && m_tok[i + 1].type == TokenType::number &&
                m_tok[i + 1].has(k_space_before) && same_block(i, i + 1) && m_tok[i + 1].size() <= 4 &&
                covering(i) == k_none && covering(i + 1) == k_none) {
                std::uint32_t a = i;
                std::uint32_t c = i > 0 ? covering(i - 1) : k_none;
                if (c != k_none && m_names[c].last == i && m_names[c].kind == Kind::place &&
                    m_names[c].last - m_names[c].first <= 2) {
                    // "U.S. Route 2", "Vermont Route 100": the state or country is part of the name.
                    Mention& m = m_names[c];
                    m.last = i + 2;
                    m.range.end = m_tok[i + 1].end;
                    m.subtype = "street";
                    continue;
                }
                if (i > 0 && cap(i - 1) && same_block(i - 1, i) && covering(i - 1) == k_none) {
                    std::string_view p = s(i - 1);
                    GazetteerEntry e = m_g.find(p);
                    if (is_literal(p, "State") || is_literal(p, "County") || is_literal(p, "U.S.") ||
                        is_literal(p, "US") || (e.found() && e.kind == Kind::place))
                        a = i - 1;
                }
                add(a, i + 2, Kind::place, "street");
                continue;
            }
            if (m_tok[i].has(k_all_caps) || m_tok[i].has(k_sentence_start) || m_tok[i].has(k_title_line)) continue;
            std::string_view nx = next_word(i + 1);
            bool plural = is_plural_region_noun(nx);
            if (!is_region_noun(nx)) continue;
            // "Franklin and Licking counties": the first conjunct is a county too.
            if (plural && i >= 2 && is_literal(next_word(i - 1), "and") && cap(i - 2) && same_block(i - 2, i) &&
                !m_tok[i - 2].has(k_all_caps) && !(i >= 3 && cap(i - 3) && same_block(i - 3, i - 2))) {
                std::uint32_t c = covering(i - 2);
                if (c == k_none) {
                    if (!m_tok[i - 2].is(k_wc_function) && !m_tok[i - 2].is(k_wc_title) && !m_tok[i - 2].is(k_wc_demonym))
                        add(i - 2, i - 1, Kind::place, "region");
                } else if (m_names[c].first == i - 2 && m_names[c].last == i - 1 && m_names[c].kind == Kind::person) {
                    m_names[c].kind = Kind::place;
                    m_names[c].subtype = "region";
                }
            }
            if (covering(i) != k_none || (i > 0 && cap(i - 1) && same_block(i - 1, i))) continue;
            constexpr std::uint16_t k_not_region = k_wc_function | k_wc_title | k_wc_demonym | k_wc_weekday |
                                                   k_wc_given | k_wc_common;
            if ((m_tok[i].lex.classes & k_not_region) != 0 || m_tok[i].lex.month != 0 || is_direction_word(w))
                continue;
            add(i, i + 1, Kind::place, "region");
        }
    }

    // "Luka Koper, which runs the port" … "between Koper, Izola, Piran and Portorož": a known
    // place's name that was read as the surname of a longer name is the place where a list of
    // places holds it, and then wherever it stands alone and does not speak.
    void surname_places() {
        const auto place_at = [&](std::uint32_t c) {
            return c != k_none && m_names[c].kind == Kind::place && !m_names[c].weak;
        };
        const auto listed = [&](const Mention& m) {
            const std::uint32_t a = m.first;
            const std::uint32_t b = m.last;
            const bool sep_before = a >= 2 && same_block(a - 2, a) &&
                                    (is_punct(m_tok[a - 1], ',') || (word(a - 1) && any_of(s(a - 1), {"and", "or", "to"})));
            const bool sep_after = b + 1 < m_tok.size() && same_block(a, b + 1) &&
                                   (is_punct(m_tok[b], ',') || (word(b) && any_of(s(b), {"and", "or", "to"})));
            return (sep_before && place_at(covering(a - 2))) || (sep_after && place_at(covering(b + 1)));
        };
        // ("a hunter from Nain, N.L.": a town before its province's abbreviation, whatever else it
        // spells.)
        const auto before_province = [&](const Mention& m) {
            if (m.last + 1 >= m_tok.size() || !is_punct(m_tok[m.last], ',') || !same_block(m.first, m.last + 1)) return false;
            const std::uint32_t c = covering(m.last + 1);
            if (c == k_none || m_names[c].kind != Kind::place || m_names[c].first != m.last + 1) return false;
            const ByteRange r = m_names[c].range;
            return r.end - r.start <= 6 && m_t.text[r.end - 1] == '.';
        };
        WordTable<const char*> places(4);
        for (const Mention& m : m_names) {
            if (m.kind != Kind::person || m.last != m.first + 1) continue;
            if (before_province(m)) {
                places.insert(s(m.first), "city");
                continue;
            }
            if (m.link == k_none || !listed(m)) continue;
            const GazetteerEntry e = m_g.find(s(m.first));
            if (e.found() && e.kind == Kind::place) places.insert(s(m.first), e.subtype);
        }
        if (places.size() == 0) return;
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        for (Mention& m : m_names) {
            if (m.kind != Kind::person || (m.link == k_none && !m.weak && !before_province(m)) || m.last != m.first + 1)
                continue;
            const char* const* sub = places.find(s(m.first));
            if (!sub || (m.last < n && word(m.last) && m_tok[m.last].is(k_wc_speech_verb)) ||
                (m.last + 1 < n && is_punct(m_tok[m.last], ',') && word(m.last + 1) && is_literal(s(m.last + 1), "who")))
                continue;
            m.kind = Kind::place;
            m.subtype = *sub;
            m.link = k_none;
            m.name_parts = 0;
        }
    }

    // "Bavaria and Tuscany said": a one-word name guessed as a person from its verb alone takes
    // the kind of the place it is coordinated with.
    void coordination() {
        for (std::size_t k = 0; k < m_names.size(); ++k) {
            Mention& m = m_names[k];
            if (m.kind != Kind::person || !m.weak || m.link != k_none || m.last - m.first != 1) continue;
            if (m_tok[m.first].is(k_wc_given)) continue;
            const Mention* other = nullptr;
            if (k > 0 && m.first >= 2 && m_names[k - 1].last == m.first - 1 &&
                (is_literal(next_word(m.first - 1), "and") || is_literal(next_word(m.first - 1), "or")))
                other = &m_names[k - 1];
            else if (k + 1 < m_names.size() && m_names[k + 1].first == m.last + 1 &&
                (is_literal(next_word(m.last), "and") || is_literal(next_word(m.last), "or")))
                other = &m_names[k + 1];
            if (!other || other->kind != Kind::place || other->weak) continue;
            m.kind = Kind::place;
            m.subtype = other->subtype;
        }
        // "Sydney, Melbourne, Brisbane and Fremantle": an unclaimed name listed with places.
        // The token count is read once: add() may store into m_added, so the compiler would
        // otherwise reload it for every token of this whole-document loop.
        const bool any_place = std::any_of(m_names.begin(), m_names.end(),
                                           [](const Mention& m) { return m.kind == Kind::place; });
        const std::uint32_t n = any_place ? static_cast<std::uint32_t>(m_tok.size()) : 0; // none to list with
        for (const std::uint32_t i : m_t.cap_words) { // cap(i) needs a capitalized word
            if (i < 2) continue;
            if (i >= n) break;
            if (!cap(i)) continue;
            const std::string_view pv = prev_word(i);
            const bool before_and = is_literal(pv, "and") || is_literal(pv, "or");
            if (!before_and &&
                !(i + 1 < n && (is_literal(next_word(i + 1), "and") || is_literal(next_word(i + 1), "or"))))
                continue;
            const Token& t = m_tok[i];
            if (t.has(k_all_caps) || t.has(k_sentence_start) ||
                (t.lex.classes & (k_wc_given | k_wc_common | k_wc_demonym | k_wc_function | k_wc_weekday | k_wc_title)) ||
                t.lex.month != 0 || covering(i) != k_none)
                continue;
            if (i + 1 < m_tok.size() && (cap(i + 1) || m_tok[i + 1].type == TokenType::possessive) && same_block(i, i + 1))
                continue; // part of a longer name, or "X's"
            const std::uint32_t other = before_and ? covering(i - 2) : (i + 2 < m_tok.size() ? covering(i + 2) : k_none);
            if (other == k_none || m_names[other].kind != Kind::place) continue;
            add(i, i + 1, Kind::place, m_names[other].subtype);
        }
        if (any_place) place_lists();
        person_lists();
    }

    // "GOALS: Sacco-Nguyen 3, Petrakis 2, Mabior, Marsh, Delacroix.", "UMPIRES: Bryant,
    // Okonkwo-Reid, Stanhope.": in a comma list of one-word names (each perhaps with a count)
    // where at least two items are persons and none is anything else, the unclaimed items are
    // persons too.
    void person_lists() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        struct Item {
            std::uint32_t first, last; ///< the name's tokens
        };
        std::vector<Item> items;
        auto flush = [&]() {
            if (items.size() >= 3) {
                std::uint32_t persons = 0;
                bool other = false;
                for (const Item& it : items) {
                    const std::uint32_t c = covering(it.first);
                    if (c == k_none) continue;
                    if (m_names[c].kind == Kind::person && m_names[c].first == it.first && m_names[c].last == it.last) ++persons;
                    else other = true;
                }
                if (persons >= 2 && !other)
                    for (const Item& it : items) {
                        bool free = true;
                        for (std::uint32_t q = it.first; q < it.last && free; ++q) free = covering(q) == k_none;
                        const Token& t = m_tok[it.first];
                        if (free && !(t.lex.classes & (k_wc_common | k_wc_demonym | k_wc_function | k_wc_weekday |
                                                       k_wc_title | k_wc_gazetteer)) && t.lex.month == 0) {
                            add(it.first, it.last, Kind::person, "partial");
                        }
                    }
            }
            items.clear();
        };
        // Items open with a capitalized word after ',' or ':': the walk visits the capitalized words
        // only; an item that does not start where the last one ended closes the list.
        std::uint32_t expected = k_none; // where the next item of the current list would open
        for (const std::uint32_t i : m_t.cap_words) {
            if (i == 0 || !cap(i) || m_tok[i].has(k_all_caps) || !same_block(i - 1, i) ||
                !(is_punct(m_tok[i - 1], ',') || is_punct(m_tok[i - 1], ':')))
                continue;
            if (i != expected && !items.empty()) flush();
            std::uint32_t e = i + 1;
            if (e + 1 < n && is_punct(m_tok[e], '-') && !m_tok[e].has(k_space_before) && cap(e + 1) &&
                !m_tok[e + 1].has(k_space_before))
                e += 2;
            std::uint32_t after = e;
            if (after < n && m_tok[after].type == TokenType::number && same_block(i, after) && m_tok[after].size() <= 2) ++after;
            if (after < n && same_block(i, after) && (is_punct(m_tok[after], ',') || is_punct(m_tok[after], '.'))) {
                items.push_back(Item{i, e});
                expected = after + 1;
                if (is_punct(m_tok[after], '.')) {
                    flush();
                    expected = k_none;
                }
                continue;
            }
            if (!items.empty()) flush();
            expected = k_none;
        }
        flush();
        if (!m_added.empty()) merge_added();
    }

    // A one-word-or-more guess at a person on exactly [a, b), from its shape alone and linked to no
    // other mention, becomes a town: what a place's context says of a name outweighs its shape.
    void place_over_guess(std::uint32_t a, std::uint32_t b) {
        const std::uint32_t c = covering(a);
        if (c == k_none) return;
        Mention& m = m_names[c];
        if (m.first != a || m.last != b || !m.weak || m.kind != Kind::person || m.link != k_none) return;
        m.kind = Kind::place;
        m.subtype = "city";
    }

    // An unknown capitalized word that may be a list item: no ordinary, given or title word.
    bool unclaimed_name_word(std::uint32_t i) const {
        const Token& t = m_tok[i];
        return cap(i) && !t.has(k_all_caps) && !t.has(k_sentence_start) &&
               (t.lex.classes & (k_wc_given | k_wc_common | k_wc_demonym | k_wc_function | k_wc_weekday | k_wc_title)) == 0 &&
               t.lex.month == 0 && covering(i) == k_none && !(i + 1 < m_tok.size() && same_block(i, i + 1) &&
                                                              (cap(i + 1) || m_tok[i + 1].type == TokenType::possessive));
    }

    // Walks a list on from its first item (in `items`): items joined by commas and a final "and" or
    // "or", each found by item_at(token, item). `end` becomes one past the last item; returns whether
    // a final "and"/"or" closed the list. With `before_and`, a list of two items or more joined by
    // commas also ends before an "and" that no item follows ("Paddy Power, Bet365 and two other …").
    template <class Item, class ItemAt>
    bool walk_list(std::uint32_t i, std::vector<Item>& items, std::uint32_t& end, ItemAt&& item_at, bool before_and) {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        bool joined = false;
        while (end < n && same_block(i, end) && !joined) {
            std::uint32_t p = end;
            const bool comma = is_punct(m_tok[p], ',');
            if (comma) ++p;
            if (is_literal(next_word(p), "and") || is_literal(next_word(p), "or")) {
                ++p;
                joined = true;
            } else if (!comma) {
                break;
            }
            Item next;
            if (!same_block(i, p) || !item_at(p, next)) {
                joined = before_and && joined && items.size() >= 2 && is_punct(m_tok[items[1].first - 1], ',');
                break;
            }
            items.push_back(next);
            end = next.last;
        }
        return joined;
    }

    // "Suba, Bosa and Bogotá", "residents of Ogbo-Ama, Tombia-Ama, Ikiri and Olokiri in Rivers
    // State": names joined by commas and a final "and" that hold a known place, or three names or
    // more after a preposition and before "in <place>", list places; its guessed persons and
    // unclaimed words are places.
    void place_lists() {
        struct Item {
            std::uint32_t first, last, mention;
            bool loose = false; ///< a given name or an ordinary word: only beside a known place
        };
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        auto item_at = [&](std::uint32_t p, Item& it) {
            if (p >= n || !cap(p)) return false; // every item opens with a capital (cheap test first)
            const std::uint32_t k = covering(p);
            if (k != k_none) {
                const Mention& m = m_names[k];
                if (m.first != p) return false;
                // (A one-word guess at a person that is a given name, "Theodore": loose.)
                it = Item{p, m.last, k,
                          m.kind == Kind::person && m.weak && m.last == p + 1 && m_tok[p].is(k_wc_given)};
                return true;
            }
            // "St Erme", "St. Albans": a saint's name, two words; "Mount Morgan", "Port Alma".
            if (word(p) && any_of(s(p), {"St", "Saint", "Mount", "Mt", "Port", "Fort", "Lake", "Cape"}) && p + 1 < n &&
                same_block(p, p + 1) && covering(p + 1) == k_none &&
                (unclaimed_name_word(p + 1) ||
                    (cap(p + 1) && !m_tok[p + 1].has(k_all_caps) && m_tok[p + 1].is(k_wc_given) &&
                        !(p + 2 < n && same_block(p, p + 2) && (cap(p + 2) || m_tok[p + 2].type == TokenType::possessive))))) {
                it = Item{p, p + 2, k_none};
                return true;
            }
            if (unclaimed_name_word(p)) {
                it = Item{p, p + 1, k_none};
                return true;
            }
            // "Indragiri Hilir", "Tin Shui Wai"… two unknown capitalized words, neither known nor ordinary.
            if (p + 1 < n && same_block(p, p + 1) && covering(p) == k_none && covering(p + 1) == k_none && cap(p + 1) &&
                m_tok[p + 1].has(k_space_before) && !m_tok[p].has(k_sentence_start) && !m_tok[p].has(k_all_caps) &&
                !m_tok[p + 1].has(k_all_caps) && m_tok[p].lex.classes == 0 && m_tok[p + 1].lex.classes == 0 &&
                m_tok[p].lex.month == 0 &&
                !(p + 2 < n && same_block(p, p + 2) && (cap(p + 2) || m_tok[p + 2].type == TokenType::possessive))) {
                it = Item{p, p + 2, k_none};
                return true;
            }
            // "near Longreach, Blackall, Theodore and Mount Morgan", "buses to Bandarawela, Ella and
            // Badulla": a town spelled like a given name or an ordinary word.
            const Token& t = m_tok[p];
            constexpr std::uint16_t k_never = k_wc_demonym | k_wc_function | k_wc_weekday | k_wc_title;
            if (!t.has(k_all_caps) && !t.has(k_sentence_start) && (t.lex.classes & (k_wc_given | k_wc_common)) != 0 &&
                (t.lex.classes & k_never) == 0 && t.lex.month == 0 && t.size() >= 3 &&
                !(p + 1 < n && same_block(p, p + 1) && (cap(p + 1) || m_tok[p + 1].type == TokenType::possessive))) {
                it = Item{p, p + 1, k_none, true};
                return true;
            }
            return false;
        };
        std::vector<Item> items;
        std::vector<char> linked_to; // per mention: an alias points at it (built on first need)
        std::size_t cursor = 0; // first mention that ends after token i
        std::uint32_t resume = 0; // tokens before it belong to a list already taken
        for (const std::uint32_t i : m_t.cap_words) { // every item opens with a capitalized word
            if (i < resume || !cap(i)) continue;
            // A list item is followed by a comma or "and"/"or": most capitalized words are not, and
            // they are ruled out here without a search.
            while (cursor < m_names.size() && m_names[cursor].last <= i) ++cursor;
            const bool inside = cursor < m_names.size() && m_names[cursor].first <= i;
            std::uint32_t end = inside ? m_names[cursor].last : i + 1;
            // ("Hlaing Tharyar and Thaketa": two unclaimed words may open the list.)
            if (!inside && end < n && cap(end) && same_block(i, end) && covering(end) == k_none) ++end;
            Item it;
            if ((inside && m_names[cursor].first != i) || end >= n ||
                !(is_punct(m_tok[end], ',') || is_literal(next_word(end), "and") || is_literal(next_word(end), "or")) ||
                !item_at(i, it))
                continue;
            items.clear();
            items.push_back(it);
            std::uint32_t e = it.last;
            const bool joined = walk_list(i, items, e, item_at, false); // a final "and"/"or" closed it
            resume = e > i ? e : i + 1;
            if (!joined || items.size() < 2) continue;
            const char* subtype = nullptr;
            for (const Item& x : items)
                if (x.mention != k_none && m_names[x.mention].kind == Kind::place && !m_names[x.mention].weak)
                    subtype = m_names[x.mention].subtype;
            // ("hired Okafor, Mensah and Tanaka in London" lists people: the list must follow a
            // preposition of place.)
            const std::string_view before = prev_word(items.front().first);
            if (!subtype && items.size() >= 3 && (is_literal(next_word(e), "in") || is_literal(next_word(e), "near")) &&
                any_of(before, {"of", "in", "near", "between", "from", "at", "to", "across", "around"})) {
                const std::uint32_t k = covering(e + 1);
                if (k != k_none && m_names[k].first == e + 1 && m_names[k].kind == Kind::place) subtype = "city";
            }
            // "villages including Ladock, Probus and Grampound", "suburbs such as Universitas and
            // Langenhovenpark": a list that gives examples of a plural place noun.
            bool noun_cued = false; // a plural place noun before the cue places loose words too
            if (!subtype && (is_literal(before, "including") || is_literal(before, "as") || is_literal(before, "like"))) {
                // ("places like Man, Gilbert and War")
                std::uint32_t q = items.front().first - 1; // the cue word
                if (is_literal(before, "as") && q >= 1 && is_literal(prev_word(q), "such")) --q;
                for (std::uint32_t back = 0; back < 3 && q >= 1 && word(q - 1) && !cap(q - 1); ++back, --q) {
                    const std::string_view noun = s(q - 1);
                    if (any_of(noun, {"villages", "towns", "cities", "suburbs", "townships", "communities", "parishes",
                                      "districts", "counties", "provinces", "regions", "neighbourhoods",
                                      "neighborhoods", "islands", "municipalities", "hamlets", "areas",
                                      "localities", "settlements", "places", "zones"})) {
                        subtype = any_of(noun, {"districts", "counties", "provinces", "regions", "municipalities"})
                                      ? "region"
                                      : (is_literal(noun, "islands") ? "geo" : "city");
                        // ("communities including Bolt, Beranek and Newman": people's communities too.)
                        noun_cued = !any_of(noun, {"communities", "areas"});
                        break;
                    }
                }
            }
            // "the cantons of Gualaceo, Sígsig and Paute": a list after a plural place noun.
            if (!subtype && is_literal(before, "of") && items.front().first >= 2) {
                const std::string_view noun = prev_word(items.front().first - 1);
                if (!noun.empty() && noun.back() == 's' && is_place_noun(noun)) subtype = "city";
            }
            // "the Gundar and Kottakaraiyar rivers", "Virudhunagar and Ramanathapuram districts": a
            // list before a plural place noun.
            if (!subtype) {
                const std::string_view noun = next_word(e);
                if (any_of(noun, {"rivers", "lakes", "islands", "mountains", "valleys", "hills"})) subtype = "geo";
                // "the Ras Lanuf and Es Sider terminals", "its Lesedi and Kwezi shafts"
                else if (any_of(noun, {"terminals", "mines", "shafts", "prisons", "camps", "ports", "airports",
                                          "oilfields"}))
                    subtype = "facility";
                else if (any_of(noun, {"districts", "provinces", "counties", "states", "regions", "municipalities",
                                          "upazilas", "tehsils", "barangays", "divisions", "wards", "catchments",
                                          "constituencies", "prefectures", "cantons", "communes", "parishes"}))
                    subtype = "region";
                else if (any_of(noun, {"towns", "villages", "cities", "suburbs", "townships", "hamlets"})) subtype = "city";
            }
            // "Tongue, Bettyhill and Melvich, the three villages closest to the turbines": the list's
            // apposition names them.
            if (!subtype && e + 2 < n && is_punct(m_tok[e], ',') && same_block(e, e + 2) && word(e + 1) &&
                is_literal(s(e + 1), "the")) {
                std::uint32_t q = e + 2;
                if (q + 1 < n && (m_tok[q].type == TokenType::number || m_tok[q].lex.is_number_word() ||
                                     any_of(s(q), {"neighbouring", "neighboring", "nearby", "coastal", "rural"})))
                    ++q;
                if (q < n && same_block(e, q) && word(q) &&
                    any_of(s(q), {"towns", "villages", "suburbs", "townships", "hamlets", "communities", "settlements"})) {
                    subtype = "city";
                    noun_cued = true;
                }
            }
            const bool any_loose = std::any_of(items.begin(), items.end(), [](const Item& x) { return x.loose; });
            // (Loose words need the list placed, too: not "Abraham, Isaac, and Israel", "Life,
            // Death, or Los Angeles".)
            const bool placed = noun_cued || any_of(before, {"in", "near", "around", "to", "from", "via", "through", "between", "across",
                                                   "outside", "throughout", "at"}) ||
                                any_of(next_word(e), {"rivers", "lakes", "islands", "districts", "provinces", "counties",
                                                         "states", "regions", "municipalities", "towns", "villages",
                                                         "cities", "suburbs", "townships", "hamlets", "council", "shires", "parishes", "divisions",
                                                         "wards", "catchments", "constituencies"});
            // (A place the town list alone vouched for is enough there: "near Longreach, Blackall and
            // Theodore".)
            if (any_loose && !subtype && placed)
                for (const Item& x : items)
                    if (x.mention != k_none && m_names[x.mention].kind == Kind::place) subtype = "city";
            // "Orchards around Alexandra, Clyde and Earnscleugh": three names or more after
            // "around", "near", "outside", "across" or "throughout", one of them no word at all,
            // none a name the text vouched for: towns, given names and ordinary words among them.
            if (any_loose && !subtype && items.size() >= 3 &&
                any_of(before, {"around", "near", "outside", "across", "throughout"})) {
                bool unknown = false;
                bool vouched = false;
                for (const Item& x : items) {
                    if (x.mention == k_none) unknown = unknown || !x.loose;
                    else if (!m_names[x.mention].weak || m_names[x.mention].link != k_none) vouched = true;
                }
                if (unknown && !vouched) subtype = "city";
            }
            if (any_loose && (!subtype || !placed)) continue;
            // "via Ouyen, St Arnaud and Red Cliffs", "in Nyamitanga, Kakoba and Kamukuzi": names after a
            // preposition of place that no list or rule claimed for a person or an organization.
            bool guessed = false;
            // ("support from Okafor, Mensah and Tanaka", "war between Abijah and Jeroboam" list people:
            // not after "from", "at", "to" or "between".)
            // ("contractors from Bandon, Innishannon and Belgooly": people come from places.)
            const bool people_from =
                is_literal(before, "from") && items.front().first >= 2 &&
                any_of(prev_word(items.front().first - 1),
                    {"contractors", "farmers", "graziers", "growers", "workers", "residents", "people", "families",
                        "students", "pupils", "visitors", "tourists", "crews", "delegates", "fishermen", "villagers",
                        "migrants", "refugees", "commuters", "voters", "shoppers", "traders", "buyers", "firefighters",
                        "volunteers", "locals", "patients", "children", "teenagers", "men", "women", "passengers"});
            if (!subtype && (people_from || any_of(before, {"in", "via", "through", "near", "outside", "across", "around", "throughout"}))) {
                bool open = true;
                for (const Item& x : items) {
                    if (m_tok[x.first].has(k_all_caps) || m_tok[x.first].size() < 2) open = false;
                    if (x.mention == k_none) continue;
                    const Mention& m = m_names[x.mention];
                    if (!m.weak || m.link != k_none || (m.kind != Kind::person && m.kind != Kind::org && m.kind != Kind::place))
                        open = false;
                    if (m.kind == Kind::person && m_tok[m.first].is(k_wc_given)) open = false;
                }
                if (open) {
                    subtype = "city";
                    guessed = true;
                }
            }
            if (!subtype) continue;
            // "Sabah Al-Ahmad City, Al-Wafra, Abdullah Al-Mubarak, … Jaber Al-Ahmad and Mahboula": four
            // items or more beside a known place, every person among them a guess from shape alone
            // with no other mention, are all places, even those opening with a given name.
            // (Nor a person the text names again: no alias points at it.)
            // ("covering Copiapó, Tierra Amarilla and Santiago": three items do, when the two others are
            // known places around it; not "in Surrey, B.C., and Oksana Hrytsenko-Bell", a place and its
            // province before a person.)
            std::size_t known_places = 0, strong_places = 0;
            for (const Item& x : items)
                if (x.mention != k_none && m_names[x.mention].kind == Kind::place) {
                    ++known_places;
                    if (!m_names[x.mention].weak) ++strong_places;
                }
            const bool middle_named = items.size() == 3 && items[1].mention != k_none &&
                                      m_names[items[1].mention].kind == Kind::person;
            bool long_list =
                (items.size() >= 4 || (middle_named && known_places == 2 && strong_places >= 1)) && !guessed;
            for (const Item& x : items) {
                if (!long_list || x.mention == k_none) continue;
                const Mention& m = m_names[x.mention];
                if (m.kind == Kind::org || (m.kind == Kind::person && m.link != k_none)) long_list = false;
            }
            if (long_list) {
                if (linked_to.empty()) linked_to = link_targets();
                for (const Item& x : items)
                    if (x.mention != k_none && m_names[x.mention].kind == Kind::person && linked_to[x.mention])
                        long_list = false;
            }
            for (const Item& x : items) {
                if (x.mention == k_none) {
                    add(x.first, x.last, Kind::place, subtype);
                    continue;
                }
                if (guessed || (long_list && m_names[x.mention].kind == Kind::person)) { // weak guesses (tested above)
                    Mention& m = m_names[x.mention];
                    m.kind = Kind::place;
                    m.subtype = subtype;
                    continue;
                }
                Mention& m = m_names[x.mention];
                // One word or a hyphenated one ("Tombia-Ama"); not "Hewlett Packard" ("St Arnaud"
                // and "Red Cliffs" between known towns are towns: no given name, "St" or a word
                // of the common vocabulary opens them).
                const bool one_word = m.last - m.first == 1 || (m.last - m.first == 3 && is_punct(m_tok[m.first + 1], '-'));
                const bool town_words = m.last - m.first == 2 && word(m.first) &&
                                        (is_literal(s(m.first), "St") || is_literal(s(m.first), "St.") ||
                                         m_tok[m.first].is(k_wc_common));
                if (m.weak && m.link == k_none && (!m_tok[m.first].is(k_wc_given) || x.loose) && !m_tok[m.first].has(k_all_caps) &&
                    ((m.kind == Kind::person && (one_word || town_words)) || (m.kind == Kind::org && one_word))) {
                    m.kind = Kind::place;
                    m.subtype = subtype;
                }
            }
        }
    }

    // Names that the words around them make places, organizations or persons, in one walk over the
    // capitalized words:
    // - "the Dhaka-Aricha highway", "the Ruaha-Rungwa ecosystem": two names joined by a hyphen or
    //   dash before a route's or an area's noun are places;
    // - "organised by the Save Crucorney Fields group", "A Ballance spokesperson said": a name
    //   between an article and "group", "campaign" or a spokesperson is an organization;
    // - "Methven farmer Lucy Oyelaran-Todd": a name before a rural resident's noun and a person's
    //   name is where the person lives;
    // - "Marufu and Simbarashe Mutizwa then added": two unknown capitalized words joined by "and"
    //   to a person are a person.
    void names_by_neighbours() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        const auto unclaimed_run = [&](std::uint32_t a, std::uint32_t b) {
            for (std::uint32_t q = a; q < b; ++q)
                if (!cap(q) || covering(q) != k_none || m_tok[q].has(k_all_caps) ||
                    (m_tok[q].lex.classes & (k_wc_function | k_wc_title | k_wc_demonym | k_wc_weekday)) != 0 ||
                    m_tok[q].lex.month != 0)
                    return false;
            return true;
        };
        std::uint32_t resume = 0;
        for (const std::uint32_t i : m_t.cap_words) {
            if (i < resume || i + 1 >= n || !cap(i)) continue;
            // The run of capitalized words from i (the walk's next word starts after it).
            std::uint32_t e = i + 1;
            while (e < n && e < i + 4 && cap(e) && m_tok[e].has(k_space_before) && same_block(i, e)) ++e;
            resume = e;
            if (e >= n || !same_block(i, e)) continue;
            const Token& nx = m_tok[e];
            // Hyphen or dash compounds.
            if (nx.type == TokenType::punct && (nx.cp == '-' || nx.cp == 0x2013) && e + 2 < n && cap(e + 1) &&
                same_block(i, e + 2) && !m_tok[e + 1].has(k_space_before) == !nx.has(k_space_before) && word(e + 2) &&
                !m_tok[e + 2].has(k_cap) && e == i + 1 && !m_tok[i].is(k_wc_function) && !m_tok[e + 1].is(k_wc_function) &&
                m_tok[i].size() >= 2 && // (not "S-Bahn services": a letter and a word)
                s(i) != s(e + 1) && route_noun(s(e + 2))) { // (not "Choo-Choo trains")
                // ("Chilmari-Roumari" read as one name: its two halves.)
                if (const std::uint32_t c = covering(i);
                    c != k_none && m_names[c].first == i && m_names[c].last == e + 2 && m_names[c].weak &&
                    m_names[c].link == k_none && m_names[c].kind != Kind::place) {
                    Mention& m = m_names[c];
                    m.last = i + 1;
                    m.range.end = m_tok[i].end;
                    m.kind = Kind::place;
                    m.subtype = "city";
                    add(e + 1, e + 2, Kind::place, "city");
                    resume = e + 3;
                    continue;
                }
                for (const std::uint32_t q : {i, e + 1}) {
                    const std::uint32_t c = covering(q);
                    if (c == k_none) {
                        if (!m_tok[q].is(k_wc_function) && !m_tok[q].is(k_wc_title) && !m_tok[q].is(k_wc_demonym))
                            add(q, q + 1, Kind::place, "city");
                    } else if (m_names[c].first == q && m_names[c].last == q + 1 && m_names[c].weak &&
                               m_names[c].kind == Kind::person) {
                        m_names[c].kind = Kind::place;
                        m_names[c].subtype = "city";
                    }
                }
                resume = e + 3;
                continue;
            }
            const std::string_view before = prev_word(i);
            // "routes in south Down and south Armagh", "farms in west Cork": a lower-case bearing before
            // a single capitalized word names a region (even one spelled like an ordinary word).
            if (e == i + 1 && before.size() >= 3 &&
                (before[0] == 'n' || before[0] == 's' || before[0] == 'e' || before[0] == 'w' || before[0] == 'm' ||
                    before[0] == 'c') &&
                any_of(before, {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "mid",
                                   "central", "northeast", "northwest", "southeast", "southwest"}) &&
                !m_tok[i].has(k_sentence_start) && covering(i) == k_none &&
                i >= 2 && !m_tok[i - 1].has(k_cap) && m_tok[i].size() >= 3 &&
                // (County Down is the one such place spelled like a function word.)
                ((m_tok[i].lex.classes & (k_wc_function | k_wc_title | k_wc_demonym | k_wc_weekday | k_wc_given)) == 0 ||
                    is_literal(s(i), "Down")) &&
                m_tok[i].lex.month == 0 && !m_tok[i].has(k_all_caps)) {
                add(i, i + 1, Kind::place, "region");
                continue;
            }
            if (!word(e) || nx.has(k_cap)) continue;
            const std::string_view after = s(e);
            // Organizations by the noun after them.
            if ((equals_lower(before, "the") || equals_lower(before, "a") || equals_lower(before, "an")) &&
                (any_of(after, {"campaign", "coalition", "spokesperson", "spokesman", "spokeswoman"}) ||
                    (is_literal(after, "group") && e >= i + 2)) && // ("the Usenet group": a forum)
                unclaimed_run(i, e) && !m_tok[i].is(k_wc_given) && !(e == i + 1 && m_tok[i].is(k_wc_common)) &&
                !m_tok[i].has(k_sentence_start)) {
                add(i, e, Kind::org, "other");
                continue;
            }
            // A rural resident's home.
            if (e == i + 1 && e + 1 < n && cap(e + 1) && same_block(i, e + 1) &&
                any_of(after, {"farmer", "grazier", "rancher", "orchardist", "resident", "villager", "fisherman",
                               "grower", "beekeeper", "shopkeeper", "publican", "winemaker"}) &&
                unclaimed_run(i, e) && !m_tok[i].is(k_wc_given) && !m_tok[i].is(k_wc_common) && !lower_case_elsewhere(i)) {
                const std::uint32_t p = covering(e + 1);
                if (p != k_none && m_names[p].kind == Kind::person && m_names[p].first == e + 1) {
                    add(i, e, Kind::place, "city");
                    continue;
                }
            }
        }
        // "the Pune-Solapur highway between Magarpatta and Gadital", "trains between Jurong East and
        // Choa Chu Kang": what a route runs between are places.
        for (const std::uint32_t i : m_t.cap_words) {
            if (i < 3 || i + 2 >= n || !is_literal(prev_word(i), "between")) continue;
            const std::string_view r1 = prev_word(i - 1);
            const std::string_view r2 = i >= 3 ? prev_word(i - 2) : std::string_view();
            if (!route_noun(r1) && !route_noun(r2)) continue; // ("Trains between …" opens a sentence)
            // The two sides: one to three capitalized words each, joined by "and".
            std::uint32_t e1 = i;
            while (e1 < n && e1 < i + 3 && cap(e1) && same_block(i, e1)) ++e1;
            if (e1 == i || e1 + 1 >= n || !is_literal(next_word(e1), "and")) continue;
            const std::uint32_t j = e1 + 1;
            std::uint32_t e2 = j;
            while (e2 < n && e2 < j + 3 && cap(e2) && same_block(j, e2)) ++e2;
            if (e2 == j) continue;
            for (const auto& side : {std::pair<std::uint32_t, std::uint32_t>{i, e1}, {j, e2}}) {
                bool free = true;
                bool weak_person = false;
                std::uint32_t c0 = covering(side.first);
                for (std::uint32_t q = side.first; q < side.second; ++q) {
                    const std::uint32_t c = covering(q);
                    if (c != k_none) free = false;
                    if ((m_tok[q].lex.classes & (k_wc_function | k_wc_title | k_wc_demonym | k_wc_weekday)) != 0 ||
                        m_tok[q].lex.month != 0 || m_tok[q].has(k_all_caps))
                        free = false;
                }
                if (c0 != k_none && m_names[c0].first == side.first && m_names[c0].last == side.second &&
                    (m_names[c0].weak || !m_tok[side.first].is(k_wc_given)) && m_names[c0].kind == Kind::person &&
                    (m_names[c0].link == k_none || same_words(m_names[c0].link, c0)))
                    weak_person = true;
                if (free) add(side.first, side.second, Kind::place, "city");
                else if (weak_person) {
                    m_names[c0].kind = Kind::place;
                    m_names[c0].subtype = "city";
                }
            }
        }
        // "from Auxerre to Tonnerre", "from Kandy to Ella": a stretch from a known place runs to a
        // place, and one to a known place runs from one.
        for (const std::uint32_t i : m_t.cap_words) {
            if (i < 1 || i + 2 >= n || !is_literal(prev_word(i), "from")) continue;
            std::uint32_t e1 = i;
            while (e1 < n && e1 < i + 3 && cap(e1) && same_block(i, e1)) ++e1;
            if (e1 == i || e1 + 1 >= n || !is_literal(next_word(e1), "to")) continue;
            const std::uint32_t j = e1 + 1;
            std::uint32_t e2 = j;
            while (e2 < n && e2 < j + 3 && cap(e2) && same_block(j, e2)) ++e2;
            if (e2 == j || (e2 < n && same_block(j, e2) && (cap(e2) || m_tok[e2].type == TokenType::possessive))) continue;
            const auto known_place = [&](std::uint32_t a, std::uint32_t b) {
                const std::uint32_t c = covering(a);
                return c != k_none && m_names[c].first == a && m_names[c].last == b && m_names[c].kind == Kind::place;
            };
            const bool first_known = known_place(i, e1);
            if (!first_known && !known_place(j, e2)) continue;
            const std::uint32_t a = first_known ? j : i;
            const std::uint32_t b = first_known ? e2 : e1;
            bool free = !m_tok[a].has(k_sentence_start);
            for (std::uint32_t q = a; q < b && free; ++q)
                free = covering(q) == k_none && !m_tok[q].has(k_all_caps) && m_tok[q].lex.month == 0 &&
                       (m_tok[q].lex.classes & (k_wc_function | k_wc_title | k_wc_demonym | k_wc_weekday)) == 0;
            if (free) add(a, b, Kind::place, "city");
            else place_over_guess(a, b);
        }
        // "at Bhuragaon in Morigaon", "a farmer from Sanga in Kiruhura District", "to Chalong in
        // Muang district": a name after a preposition of place, itself placed in a place, is a place.
        for (const std::uint32_t i : m_t.cap_words) {
            if (i < 1 || i + 2 >= n || !is_literal(next_word(i + 1), "in") ||
                !any_of(prev_word(i), {"in", "at", "to", "from", "near", "outside"}))
                continue;
            const Token& t = m_tok[i];
            if (!cap(i) || t.has(k_all_caps) || t.has(k_sentence_start) || t.size() < 3 || t.lex.month != 0 ||
                (t.lex.classes & (k_wc_function | k_wc_title | k_wc_demonym | k_wc_weekday | k_wc_common | k_wc_given)) != 0 ||
                (cap(i - 1) && same_block(i - 1, i)))
                continue;
            // (Not an employer: "working at Philips in Eindhoven", "an analyst at Kerr in Leeds".)
            if (is_literal(prev_word(i), "at") && i >= 2 &&
                any_of(prev_word(i - 1), {"working", "works", "worked", "work", "job", "jobs", "employed", "analyst",
                                           "analysts", "economist", "economists", "professor", "researcher", "executive",
                                           "director", "manager", "engineer", "staff", "intern", "partner", "lecturer"}))
                continue;
            const std::uint32_t p = covering(i + 2);
            if (p == k_none || m_names[p].first != i + 2 || m_names[p].kind != Kind::place || !same_block(i, i + 2)) continue;
            if (covering(i) == k_none) add(i, i + 1, Kind::place, "city");
            else place_over_guess(i, i + 1);
        }
        // Persons joined to a person by "and".
        for (std::size_t k = 0; k < m_names.size(); ++k) {
            const Mention& m = m_names[k];
            if (m.kind != Kind::person || m.weak) continue;
            std::uint32_t a = k_none;
            if (m.last + 2 < n && is_literal(next_word(m.last), "and")) a = m.last + 1;
            else if (m.first >= 3 && is_literal(prev_word(m.first), "and") && cap(m.first - 2) && cap(m.first - 3))
                a = m.first - 3;
            if (a == k_none || a + 1 >= n || !same_block(m.first, a + 1)) continue;
            if (!(cap(a) && cap(a + 1) && m_tok[a + 1].has(k_space_before))) continue;
            if (a + 2 < n && same_block(a, a + 2) && cap(a + 2) && m_tok[a + 2].has(k_space_before)) continue;
            if (a >= 1 && a + 1 < m.first && same_block(a - 1, a) && cap(a - 1)) continue;
            if (!unclaimed_run(a, a + 2) || (m_tok[a].lex.classes & ~k_wc_given) != 0 || m_tok[a + 1].lex.classes != 0 ||
                m_tok[a].has(k_sentence_start))
                continue;
            add(a, a + 2, Kind::person, "full");
        }
        if (!m_added.empty()) merge_added();
    }

    // "rivals Bosch, ZF Friedrichshafen, Continental and Schaeffler", "Paddy Power, Bet365 and …",
    // "co-operatives Ravensdown and Ballance Agri-Nutrients": names listed with a known company, or
    // after a plural noun of companies, are companies. An item is a run of capitalized words (with
    // attached hyphens and ampersands: "H&M"); none may be a place or a person the text vouched for.
    void org_lists() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        struct Item {
            std::uint32_t first, last, mention; ///< mention: the one name covering it exactly or partly
            bool exact;
        };
        auto item_at = [&](std::uint32_t p, Item& it) {
            if (p >= n || !cap(p) || m_tok[p].has(k_sentence_start)) return false;
            std::uint32_t e = p + 1;
            while (e < n && same_block(p, e)) {
                const bool attached_here = !m_tok[e].has(k_space_before);
                if ((is_punct(m_tok[e], '-') || is_punct(m_tok[e], '&')) && attached_here && e + 1 < n &&
                    !m_tok[e + 1].has(k_space_before) && (word(e + 1) || m_tok[e + 1].type == TokenType::number)) {
                    e += 2;
                } else if ((cap(e) && !attached_here && e - p < 4) || (m_tok[e].type == TokenType::number && attached_here)) {
                    ++e;
                } else {
                    break;
                }
            }
            it = Item{p, e, k_none, false};
            for (std::uint32_t q = p; q < e; ++q) {
                const std::uint32_t c = covering(q);
                if (c == k_none) continue;
                if (m_names[c].first < p || m_names[c].last > e || (it.mention != k_none && it.mention != c)) return false;
                it.mention = c;
            }
            if (it.mention != k_none) it.exact = m_names[it.mention].first == p && m_names[it.mention].last == e;
            return true;
        };
        // Where a list may start: after a plural noun of companies, or at the first item of a list that
        // holds a known company (found from the company backwards over ", X" and "and X").
        static const WordTable<char> nouns = [] {
            WordTable<char> t(64);
            for (const char* w : {"rivals", "competitors", "manufacturers", "makers", "co-operatives", "cooperatives",
                                  "operatives", "bookmakers", "brands", "retailers", "lenders", "banks", "insurers",
                                  "carmakers", "automakers", "suppliers", "companies", "firms", "startups", "start-ups",
                                  "airlines", "chains", "supermarkets", "including", "investors", "backers", "clients",
                                  "customers", "buyers", "sponsors", "platforms", "apps", "telcos", "operators"})
                t.insert(w, 1);
            return t;
        }();
        const auto separator = [&](std::uint32_t q) {
            return is_punct(m_tok[q], ',') || (word(q) && (is_literal(s(q), "and") || is_literal(s(q), "or")));
        };
        std::vector<std::uint32_t> starts;
        for (const Mention& m : m_names) {
            if (m.kind != Kind::org || m.weak || m.first < 2) continue;
            const bool after = m.last < n && same_block(m.first, m.last) && separator(m.last);
            std::uint32_t p = m.first;
            for (int items_back = 0; items_back < 8 && p >= 2 && same_block(p - 1, p) && separator(p - 1); ++items_back) {
                std::uint32_t q = p - 1;
                if (word(q) && q >= 1 && is_punct(m_tok[q - 1], ',')) --q; // ", and"
                if (q == 0) break;
                std::uint32_t b = q; // the item before ends at q
                std::uint32_t a = b;
                while (a > 0 && b - a < 8 && same_block(a - 1, b - 1) &&
                       ((cap(a - 1) && !m_tok[a - 1].is(k_wc_function)) || (!m_tok[a].has(k_space_before) && a - 1 < b)))
                    --a;
                if (a == b || !cap(a)) break;
                p = a;
            }
            if (p < m.first || after) starts.push_back(p);
        }
        for (const std::uint32_t i : m_t.cap_words)
            if (i >= 1 && word(i - 1) && !cap(i - 1) && m_tok[i - 1].size() >= 4 && nouns.contains(s(i - 1))) starts.push_back(i);
        if (starts.empty()) return;
        std::sort(starts.begin(), starts.end());
        std::vector<Item> items;
        std::uint32_t resume = 0;
        for (const std::uint32_t i : starts) {
            if (i < resume || i == 0 || m_tok[i].has(k_sentence_start) ||
                (cap(i - 1) && !m_tok[i - 1].is(k_wc_function) && same_block(i - 1, i)))
                continue;
            Item it;
            // A list item is followed by a comma or "and"/"or": most capitalized words are not, and they
            // leave here before any search (the item's words are capitalized or joined by '-', '&').
            {
                std::uint32_t q = i + 1;
                while (q < n && q < i + 8 && (cap(q) || (m_tok[q].type == TokenType::punct && !m_tok[q].has(k_space_before) &&
                                                         (m_tok[q].cp == '-' || m_tok[q].cp == '&')) ||
                                              (m_tok[q].type == TokenType::number && !m_tok[q].has(k_space_before)) ||
                                              (word(q) && !m_tok[q].has(k_space_before))))
                    ++q;
                if (q >= n || !(is_punct(m_tok[q], ',') || (word(q) && (is_literal(s(q), "and") || is_literal(s(q), "or")))))
                    continue;
            }
            // ("Regeneron's Dupixent and …": a product its maker owns.)
            if (m_tok[i - 1].type == TokenType::possessive || !item_at(i, it) || it.last >= n) continue;
            items.clear();
            items.push_back(it);
            std::uint32_t e = it.last;
            // ("Paddy Power, Bet365 and two other bookmakers": the names may end before "and".)
            const bool joined = walk_list(i, items, e, item_at, true);
            resume = e;
            if (!joined || items.size() < 2) continue;
            std::uint32_t companies = 0;
            bool other = false;
            for (const Item& x : items) {
                if (x.mention == k_none) continue;
                const Mention& m = m_names[x.mention];
                if (x.exact && m.kind == Kind::org && !m.weak) ++companies;
                else if (!m.weak || m.kind == Kind::place) other = true;
            }
            const std::string_view before = prev_word(i);
            const bool noun = !before.empty() && nouns.contains(before);
            // "The Goldfields Land and Sea Council", "the National Search and Rescue Agency": the name
            // before "and" is no company but the first part of the body's name.
            {
                const Item& tail = items.back();
                if (tail.mention != k_none && tail.exact && m_names[tail.mention].kind == Kind::org &&
                    word(tail.last - 1) && org_head_subtype(s(tail.last - 1))) {
                    if (items.size() == 2 && items[0].mention == k_none && !noun && !m_tok[i].has(k_all_caps) &&
                        !org_head_subtype(s(items[0].last - 1)) && // ("the state House and Senate": two)
                        !any_of(s(items[0].last - 1), {"House", "Senate", "Assembly", "Congress", "Parliament"})) {
                        Mention& m = m_names[tail.mention];
                        m.first = items[0].first;
                        m.range.start = m_tok[items[0].first].start;
                    }
                    continue;
                }
            }
            if (other || (companies == 0 && !noun)) continue;
            // (Not a quoted title: "Time and Modality", "Computer Power and Human Reason".)
            const auto quote = [&](std::uint32_t q) {
                const char32_t c = m_tok[q].cp;
                return m_tok[q].type == TokenType::punct && (c == '"' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019);
            };
            if (quote(i - 1) || (e < n && quote(e))) continue;
            if (is_literal(before, "including") && companies == 0) {
                // "manufacturers including Vaillant and Daikin": the plural noun before "including".
                const std::string_view noun2 = i >= 2 ? prev_word(i - 1) : std::string_view();
                if (!any_of(noun2, {"manufacturers", "makers", "brands", "retailers", "companies", "firms", "lenders",
                                      "banks", "insurers", "suppliers", "startups", "clients", "customers", "buyers"}))
                    continue;
            }
            for (const Item& x : items) {
                const Token& t = m_tok[x.first];
                // (A lone given name or ordinary word needs two known companies or the noun.)
                const bool loose = x.last == x.first + 1 && (t.lex.classes & (k_wc_given | k_wc_common)) != 0;
                if ((t.lex.classes & (k_wc_demonym | k_wc_function | k_wc_weekday | k_wc_title)) != 0 || t.lex.month != 0 ||
                    (loose && companies < 2 && !noun) || t.has(k_all_caps) != m_tok[x.last - 1].has(k_all_caps))
                    continue;
                // ("the National Search and Rescue Agency", "Land and Sea Council": a tail with a head
                // word of its own is the end of one longer name.)
                if (x.last - x.first >= 2 && word(x.last - 1) &&
                    (org_head_subtype(s(x.last - 1)) || place_head_subtype(s(x.last - 1))))
                    continue;
                if (x.mention == k_none) {
                    add(x.first, x.last, Kind::org, "company");
                } else if (!x.exact || m_names[x.mention].kind != Kind::org) {
                    Mention& m = m_names[x.mention];
                    if (!m.weak && !x.exact) continue;
                    m.first = x.first;
                    m.last = x.last;
                    m.range = ByteRange{m_tok[x.first].start, m_tok[x.last - 1].end};
                    m.kind = Kind::org;
                    m.subtype = "company";
                }
            }
        }
        if (!m_added.empty()) merge_added();
    }

    // "AEP spokesperson Lisa Ramos" after "American Electric Power": an all-caps word that spells
    // the initials of an organization named in the article is that organization (also at a
    // sentence start, where an unknown acronym is otherwise left alone).
    // "Boa Vida shareholders", "Boa Vida's shares jumped", "X has 710 stores": only companies have
    // these; every mention of a name so used is the company, not a person.
    void companies_by_use() {
        WordTable<char> names(8);
        // "Kessler's stores" after "Nathan Kessler": a named person's surname stays that person
        // (the surnames are collected only when some name is used as a company).
        WordTable<char> surnames(8);
        bool surnames_built = false;
        auto named_surname = [&](std::string_view w) {
            if (!surnames_built) {
                for (const Mention& p : m_names)
                    if (p.kind == Kind::person && p.last - p.first >= 2 && word(p.last - 1))
                        surnames.insert(s(p.last - 1), 1);
                surnames_built = true;
            }
            return surnames.contains(w);
        };
        for (const Mention& m : m_names) {
            if (m.kind != Kind::person || m.last >= m_tok.size()) continue;
            std::uint32_t j = m.last;
            if (m_tok[j].type == TokenType::possessive) ++j;
            std::string_view w = next_word(j);
            if (j != m.last && w.empty() && j < m_tok.size() && word(j) && same_block(j - 1, j)) w = s(j);
            bool company = any_of(w, {"shareholders", "stock", "stores", "outlets", "subsidiary", "subsidiaries",
                                      "headquarters", "shareholder"});
            if (!company && (is_literal(w, "shares") || is_literal(w, "share"))) {
                std::string_view v = next_word(j + 1);
                company = any_of(v, {"rose", "fell", "jumped", "slid", "gained", "dropped", "climbed", "surged",
                                     "tumbled", "closed", "were", "have", "for", "rallied", "sank", "plunged"});
            }
            // "Kenari Semicon reported a 38% rise in net profit", "X posted a quarterly loss": a company's results.
            if (!company && any_of(w, {"reported", "posted", "reports", "posts", "booked"})) {
                for (std::uint32_t k = j + 1; k < m_tok.size() && k < j + 9 && same_block(j, k) && !company; ++k)
                    company = word(k) && any_of(s(k), {"profit", "profits", "revenue", "revenues", "loss", "losses",
                                                         "earnings", "sales", "turnover", "dividend"});
            }
            if (!company &&
                (is_literal(w, "has") || is_literal(w, "operates") || is_literal(w, "runs") || is_literal(w, "owns"))) {
                // "X has 710 stores"
                std::uint32_t k = j + 1;
                if (k < m_tok.size() && m_tok[k].type == TokenType::number) {
                    std::string_view unit = next_word(k + 1);
                    company = any_of(unit, {"stores", "outlets", "branches", "employees", "factories", "plants",
                                            "restaurants", "hotels", "shops"});
                }
            }
            if (company && !(m.last - m.first == 1 && named_surname(s(m.first))))
                names.insert(m_t.slice(m.first, m.last), 1);
        }
        if (names.size() == 0) return;
        for (Mention& m : m_names) {
            if (m.kind != Kind::person) continue;
            if (!names.contains(m_t.slice(m.first, m.last))) continue;
            m.kind = Kind::org;
            m.subtype = "company";
        }
    }

    // "to Longfellow and Lakeview elementary schools", "Garfield high school": names before a
    // school's level and a lower-case "school" are schools, and so are the same names elsewhere
    // ("carry the partnership to Longfellow"). Not a listed place before "schools" ("Seattle
    // high schools" are the city's), nor any listed place or organization before "school".
    void schools_by_use() {
        WordTable<char> names(8);
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        for (std::uint32_t j = 2; j < n; ++j) {
            if (!m_tok[j].is(k_wc_context_cue) || !is_school_noun(s(j)) || cap(j)) continue;
            const std::uint32_t level = j - 1;
            if (!word(level) || cap(level) || !same_block(level, j) ||
                !any_of(s(level), {"elementary", "primary", "middle", "high", "secondary", "grammar", "intermediate",
                                   "junior"}))
                continue;
            const bool plural = s(j).back() == 's';
            // The names before it: "Longfellow", then "X and" / "X," lists when the noun is plural.
            std::uint32_t end = level;
            for (int listed = 0; listed < 6 && end > 0 && same_block(end - 1, j); ++listed) {
                if (!cap(end - 1) || (m_tok[end - 1].lex.classes & (k_wc_function | k_wc_demonym)) != 0) break;
                std::uint32_t first = end - 1;
                while (first > 0 && same_block(first - 1, j) && cap(first - 1) && !m_tok[first - 1].is(k_wc_function) &&
                       end - first < 3)
                    --first;
                const std::uint32_t c = covering(end - 1);
                if (c != k_none && (m_names[c].first != first || m_names[c].last != end)) {
                    if (m_names[c].last != end) break;
                    first = m_names[c].first;
                }
                const std::string_view name = m_t.slice(first, end);
                if (m_g.find(name).found() || (m_tok[first].has(k_sentence_start) && m_tok[first].is(k_wc_common)))
                    break;
                if (c == k_none) add(first, end, Kind::org, "education");
                names.insert(name, 1);
                if (!plural || first < 2) break;
                // "X and Y", "X, Y and Z"
                const std::uint32_t sep = first - 1;
                if (!(is_punct(m_tok[sep], ',') || (word(sep) && is_literal(s(sep), "and")))) break;
                end = sep;
                if (is_punct(m_tok[sep], ',') && sep > 0 && word(sep - 1) && is_literal(s(sep - 1), "and")) end = sep - 1;
            }
        }
        if (names.size() == 0) return;
        for (Mention& m : m_names) {
            if (m.kind == Kind::org || !names.contains(m_t.slice(m.first, m.last))) continue;
            m.kind = Kind::org;
            m.subtype = "education";
        }
        if (!m_added.empty()) merge_added();
        // The one-word names alone elsewhere, unclaimed: "carry the partnership to Longfellow".
        for (const std::uint32_t i : m_t.cap_words) {
            if (!names.contains(s(i)) || covering(i) != k_none || m_tok[i].has(k_all_caps)) continue;
            if ((i > 0 && same_block(i - 1, i) && cap(i - 1)) || (i + 1 < n && same_block(i, i + 1) && cap(i + 1)))
                continue;
            add(i, i + 1, Kind::org, "education");
        }
        if (!m_added.empty()) merge_added();
    }

    // "Shares in Dornhagen fell" after "Dornhagen Automotive AG": a company's short name, though
    // "in" reads it as a place (not "shares in Tokyo", a market no company of the text is named after).
    void companies_with_shares() {
        for (Mention& m : m_names) {
            if (m.kind != Kind::place || m.last - m.first != 1 || !shares_in_before(m.first)) continue;
            for (std::uint32_t k = 0; k < m_names.size(); ++k) {
                const Mention& o = m_names[k];
                if (o.kind == Kind::org && is_literal(o.subtype, "company") && o.last - o.first >= 2 &&
                    s(o.first) == s(m.first)) {
                    m.kind = Kind::org;
                    m.subtype = "company";
                    m.link = k;
                    break;
                }
            }
        }
    }

    /// "Shares in X", "a 5% stake in X": the word before i is "in" after shares held.
    bool shares_in_before(std::uint32_t i) const {
        return i >= 2 && same_block(i - 2, i) && word(i - 1) && is_literal(s(i - 1), "in") && word(i - 2) &&
               any_of(s(i - 2), {"Shares", "shares", "stake", "stakes", "shareholding", "shareholders", "investors"});
    }

    // "Sakurai said" after "Sakurai Motor Corp.": a company named after a city is the company when
    // its short name is used away from a location preposition.
    void companies_named_after_cities() {
        std::vector<std::pair<std::string_view, std::uint32_t>> shorts; // short name, first full mention
        for (std::uint32_t k = 0; k < m_names.size(); ++k) {
            const Mention& m = m_names[k];
            if (m.kind != Kind::org || !is_literal(m.subtype, "company") || m.last - m.first < 2) continue;
            // ("Pune Municipal Corporation": a city's own government, not a company named after it.)
            if (word(m.first + 1) && is_local_government_word(s(m.first + 1))) continue;
            // ("Yangon Electricity Supply Corporation", "Lagos Water Corporation": a city's utility.)
            // ("Zanzibar Ports Corporation", "Karachi Circular Railway": its port, its railway.)
            if (word(m.first + 1) && any_of(s(m.first + 1), {"Electricity", "Electric", "Water", "Power", "Gas", "Port",
                                                               "Transport", "Metro", "Bus", "Airport", "Development",
                                                               "Enterprise", "Ports", "Circular", "Rail", "Railway",
                                                               "Railways", "Harbour", "Harbor", "Transit", "Tram",
                                                               "Light"})) // ("Cambridge Enterprise")
                continue;
            // ("Dubai Financial Market", "Nairobi Securities Exchange": a city's exchange, not a firm
            // the city's name stands for.)
            if (word(m.last - 1) && any_of(s(m.last - 1), {"Exchange", "Market", "Bourse", "Exchanges", "Markets"})) continue;
            const GazetteerEntry e = m_g.find(s(m.first));
            if (!e.found() || e.kind != Kind::place || !is_literal(e.subtype, "city")) continue;
            bool seen = false;
            for (const auto& x : shorts) seen = seen || x.first == s(m.first);
            if (!seen) shorts.emplace_back(s(m.first), k);
        }
        if (shorts.empty()) return;
        for (Mention& m : m_names) {
            if (m.kind != Kind::place || m.last - m.first != 1 || m_tok[m.first].has(k_all_caps)) continue;
            std::uint32_t full = k_none;
            for (const auto& x : shorts)
                if (x.first == s(m.first)) full = x.second;
            if (full == k_none) continue;
            const bool possessive = m.last < m_tok.size() && m_tok[m.last].type == TokenType::possessive;
            // (After "shares in", companies_with_shares() takes it.)
            if (!possessive &&
                any_of(prev_word(m.first), {"in", "at", "near", "from", "to", "into", "outside", "across", "of"}))
                continue;
            // (It must act: a verb or a possessive after it, not a line's or a byline's last word.)
            if (!possessive && !(m.last < m_tok.size() && same_block(m.first, m.last) && word(m.last) && !cap(m.last)))
                continue;
            m.kind = Kind::org;
            m.subtype = "company";
            m.link = full; // one entity with the full name
        }
    }

    // "£2.99m will come from Defra, the Department for Environment, Food and Rural Affairs": a short
    // name whose letters open the initials of the organization named after it in apposition.
    void acronym_appositions() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        for (std::size_t k = 0; k + 1 < m_names.size(); ++k) {
            Mention& m = m_names[k];
            if (m.last - m.first != 1 || m.kind == Kind::org || m.kind == Kind::place || m.last + 2 >= n) continue;
            const std::string_view w = s(m.first);
            if (w.size() < 3 || w.size() > 8 || !is_punct(m_tok[m.last], ',') || !equals_lower(s(m.last + 1), "the")) continue;
            const Mention& o = m_names[k + 1];
            if (o.kind != Kind::org || o.first != m.last + 2) continue;
            std::string ini;
            for (std::uint32_t q = o.first; q < o.last && ini.size() < 12; ++q)
                if (cap(q)) ini.push_back(static_cast<char>(m_t.text[m_tok[q].start] | 0x20));
            bool match = ini.size() >= w.size();
            for (std::size_t c = 0; c < w.size() && match; ++c) match = (w[c] | 0x20) == ini[c];
            if (!match) continue;
            m.kind = Kind::org;
            m.subtype = o.subtype;
            m.name_parts = 0;
            m.weak = false;
        }
    }

    void org_initials() {
        struct Initials {
            std::string letters;
            const char* subtype;
            bool own; ///< the acronym itself is an organization's mention of the text
        };
        std::vector<Initials> inits;
        for (const Mention& m : m_names) {
            // "The board of SEV, the power company … SEV expects": an acronym the text made an
            // organization is one where it opens a sentence, too.
            if (m.kind == Kind::org && m.last - m.first == 1 && m_tok[m.first].has(k_all_caps) &&
                !m_tok[m.first].has(k_abbrev) && m_tok[m.first].size() >= 3 && m_tok[m.first].size() <= 6 &&
                inits.size() < 64) {
                // (The last mention's subtype: "IEBC" read first as "other", later as "government".)
                bool seen = false;
                for (auto& x : inits)
                    if (x.own && x.letters == s(m.first)) {
                        x.subtype = m.subtype;
                        seen = true;
                    }
                if (!seen) inits.push_back(Initials{std::string(s(m.first)), m.subtype, true});
                continue;
            }
            if (m.kind != Kind::org || m.last - m.first < 2) continue;
            std::string ini;
            for (std::uint32_t q = m.first; q < m.last; ++q)
                if (cap(q) && !m_tok[q].has(k_abbrev)) ini.push_back(s(q)[0]);
            if (ini.size() < 2 || ini.size() > 6) continue;
            bool seen = false;
            for (const auto& x : inits) seen = seen || x.letters == ini;
            if (!seen) inits.push_back(Initials{std::move(ini), m.subtype, false});
            if (inits.size() >= 64) break;
        }
        if (inits.empty()) return;
        for (const std::uint32_t i : m_t.cap_words) { // an all-caps word is among them
            const Token& t = m_tok[i];
            if (t.type != TokenType::word || !t.has(k_all_caps) || t.has(k_markup) || t.size() < 2 || t.size() > 6)
                continue;
            // ("Laurentia Gold Corp. (LGC-T)": a ticker with its exchange's letter names nothing.)
            if (i + 3 < m_tok.size() && (is_punct(m_tok[i + 1], '.') || is_punct(m_tok[i + 1], '-')) &&
                !m_tok[i + 1].has(k_space_before) && word(i + 2) && m_tok[i + 2].size() <= 2 && is_punct(m_tok[i + 3], ')'))
                continue;
            // ("86 MW" beside "Mining Weekly": a unit after a number.)
            if (i > 0 && m_tok[i - 1].type == TokenType::number && same_block(i - 1, i)) continue;
            std::string_view w = s(i);
            const bool next = i + 1 < m_tok.size() && same_block(i, i + 1);
            for (const auto& x : inits) {
                if (x.letters != w) continue;
                // (An acronym of the text's own: where it opens a sentence before a lower-case word,
                // the position the rules above leave alone; before its possessive or a title ("HTM's
                // shares", "HTM Chairman Lin Cheng-hao"); in a title-case headline ("KMA Begins GH¢84
                // Million Rebuild"), not in one all in capitals.)
                const bool title_line = t.has(k_title_line);
                if (title_line && (!x.own || !next || !word(i + 1) || m_tok[i + 1].has(k_all_caps))) break;
                if (x.own && !title_line && !(next && own_acronym_position(i))) break;
                if (covering(i) == k_none) add(i, i + 1, Kind::org, x.subtype);
                break;
            }
        }
    }

    // An acronym of the text's own at i (the next token in its paragraph) names the organization
    // where it opens a sentence before a lower-case word, before its possessive ("HTM's shares") or
    // before an office's title ("HTM Chairman Lin"; not "The DFM General Index").
    bool own_acronym_position(std::uint32_t i) const {
        const std::uint32_t n = i + 1;
        if (m_tok[n].type == TokenType::possessive) return true;
        if (!word(n)) return false;
        if (!cap(n)) return m_tok[i].has(k_sentence_start);
        return m_tok[n].is(k_wc_title) &&
               any_of(s(n), {"Chairman", "Chairwoman", "Chairperson", "Chair", "Chief", "President", "Director",
                             "Executive", "Secretary", "Spokesman", "Spokeswoman", "Spokesperson", "Commissioner",
                             "Governor", "Vice", "Managing", "Deputy", "CEO"});
    }

    // "remote islands such as Po Toi, Tap Mun and Kat O", "villages including Embo and Brora": two
    // or more names listed after a plural noun of places are those places (a guess from shape, or
    // a person nothing else supports, gives way).
    void places_listed_after_nouns() {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        for (std::uint32_t i = 1; i + 2 < n; ++i) {
            // (Most tokens leave at the length test: "such" and "including" have 4 and 9 bytes.)
            if ((m_tok[i].size() != 4 && m_tok[i].size() != 9) || !word(i) || m_tok[i].has(k_cap)) continue;
            std::uint32_t start = 0;
            if (is_literal(s(i), "such") && word(i + 1) && is_literal(s(i + 1), "as")) start = i + 2;
            else if (is_literal(s(i), "including")) start = i + 1;
            else continue;
            const std::uint32_t noun = i - 1;
            if (!word(noun) || !same_block(noun, start)) continue;
            // ("Countries including …" may open the sentence.)
            const auto noun_is = [&](std::initializer_list<std::string_view> words) {
                for (const std::string_view x : words)
                    if (equals_lower(s(noun), x)) return true;
                return false;
            };
            const char* subtype = noun_is({"islands", "atolls"})                          ? "geo"
                                  : noun_is({"countries", "nations"})                     ? "country"
                                  : noun_is({"provinces", "states", "regions", "counties"}) ? "region"
                                  : noun_is({"towns", "villages", "suburbs", "cities", "districts", "neighbourhoods",
                                                "neighborhoods", "outports", "hamlets", "townships", "municipalities",
                                                "parishes", "boroughs", "ports", "wards", "estates", "localities",
                                                "settlements", "barangays", "upazilas", "constituencies"})
                                      ? "city"
                                      : nullptr;
            if (subtype == nullptr) continue;
            std::vector<std::pair<std::uint32_t, std::uint32_t>> items;
            std::uint32_t q = start;
            while (q < n && same_block(start, q) && items.size() < 8 && cap(q) && !m_tok[q].has(k_all_caps) &&
                   (m_tok[q].lex.classes & (k_wc_function | k_wc_title | k_wc_demonym)) == 0) {
                std::uint32_t e = q + 1;
                while (e < n && e < q + 3 && cap(e) && same_block(q, e) && m_tok[e].has(k_space_before)) ++e;
                items.emplace_back(q, e);
                if (e < n && is_punct(m_tok[e], ',')) {
                    q = e + 1;
                    if (q < n && word(q) && any_of(s(q), {"and", "or"})) ++q;
                } else if (e < n && word(e) && any_of(s(e), {"and", "or"})) {
                    q = e + 1;
                } else {
                    break;
                }
            }
            if (items.size() < 2) continue;
            for (const auto& [a, e] : items) {
                const std::uint32_t c = covering(a);
                if (c == k_none) {
                    bool free = true;
                    for (std::uint32_t k = a; k < e && free; ++k) free = covering(k) == k_none;
                    if (free) add(a, e, Kind::place, subtype);
                } else if (Mention& m = m_names[c]; m.first == a && m.last == e &&
                                                    (m.kind == Kind::person || (m.weak && m.kind != Kind::place))) {
                    m.kind = Kind::place;
                    m.subtype = subtype;
                    m.weak = false;
                    m.link = k_none;
                }
            }
            i = q;
        }
        if (!m_added.empty()) merge_added();
    }

    // One sense per article: a word that no list knows but the text makes a place ("in Mildura",
    // "the Vaigai dam") names that place where it stands alone ("the Mildura train", "Mildura MP
    // Kirsty Albrecht-Lowe", "Mildura is more than three times the size"), and a guess from shape
    // alone on it gives way. Given names, ordinary words and the words of the article's person
    // names are left out ("in Wilson" beside "Fire Chief Wilson"). After "the" a person is
    // unlikely; a bare echo needs the places to be at least half as many as the bare uses (a
    // person the text once took for a place, "came against Jehoshaphat", stays unclaimed).
    void place_echoes() {
        struct Sense {
            const char* subtype;
            std::uint32_t places = 0; ///< place mentions of the word
            std::uint32_t bare = 0;   ///< standalone uses not after "the", outside every mention
            bool given = false;       ///< spelled like a given name: only uses in a place's context
            bool named_in_full = false; ///< an island or a mountain named in full ("Masirah Island", "Mont Ventoux")
        };
        constexpr std::uint16_t k_listed_or_known =
            k_wc_common | k_wc_function | k_wc_title | k_wc_demonym | k_wc_gazetteer;
        WordTable<Sense> senses(8);
        for (const Mention& m : m_names) {
            if (m.kind != Kind::place || m.last - m.first != 1 || !cap(m.first) || m_tok[m.first].has(k_all_caps) ||
                (m_tok[m.first].lex.classes & k_listed_or_known) != 0)
                continue;
            senses.insert(s(m.first), Sense{m.subtype, 0, 0, m_tok[m.first].is(k_wc_given)});
            ++senses.find(s(m.first))->places;
        }
        // "Masirah Island" … "Masirah has depended for years on an old plant": an island's name
        // without its head.
        for (const Mention& m : m_names) {
            if (m.kind != Kind::place || m.last - m.first != 2 || !cap(m.first) || m_tok[m.first].has(k_all_caps) ||
                (m_tok[m.first].lex.classes & k_listed_or_known) != 0 || !word(m.last - 1) ||
                !any_of(s(m.last - 1), {"Island", "Atoll", "Township", "Village"}))
                continue;
            // ("Kankoyo Township" … "Kankoyo, which lies less than a kilometre from the smelter": a
            // township's name without its head, too.)
            const bool island = any_of(s(m.last - 1), {"Island", "Atoll"});
            senses.insert(s(m.first), Sense{island ? "geo" : "city", 0, 0, m_tok[m.first].is(k_wc_given)});
            Sense* sense = senses.find(s(m.first));
            ++sense->places;
            sense->named_in_full = island;
        }
        // "the Col du Tourmalet" … "lined the Tourmalet", "Mont Ventoux" … "on the Ventoux": a
        // mountain or a pass by its name without the prefix.
        for (const Mention& m : m_names) {
            if (m.kind != Kind::place || m.last - m.first < 2 || !word(m.first) ||
                !any_of(s(m.first), {"Mont", "Monte", "Col", "Passo"}) || !cap(m.last - 1) ||
                m_tok[m.last - 1].has(k_all_caps) || (m_tok[m.last - 1].lex.classes & k_listed_or_known) != 0)
                continue;
            senses.insert(s(m.last - 1), Sense{"geo", 0, 0, m_tok[m.last - 1].is(k_wc_given)});
            Sense* sense = senses.find(s(m.last - 1));
            ++sense->places;
            sense->named_in_full = true;
        }
        if (senses.size() == 0) return;
        for (const Mention& m : m_names) {
            // (A one-word guess from the word's shape alone claims nothing: "as Ella tourism takes a hit".)
            if (m.kind != Kind::person) continue;
            const bool guess = m.weak && m.last - m.first == 1 && m.link == k_none;
            for (std::uint32_t k = m.first; k < m.last; ++k)
                if (Sense* sense = word(k) ? senses.find(s(k)) : nullptr)
                    if (!(guess && sense->given)) sense->subtype = nullptr;
        }
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        // Alone: no capitalized word joined before it (an opening function word aside) or after it
        // (an all-caps title such as "MP" aside), and no hyphen joining it to a word ("One-China").
        auto alone = [&](std::uint32_t i) {
            if (i > 0 && same_block(i - 1, i) &&
                ((cap(i - 1) && !m_tok[i - 1].is(k_wc_function)) || (!m_tok[i].has(k_space_before) && is_punct(m_tok[i - 1], '-'))))
                return false;
            return !(i + 1 < n && same_block(i, i + 1) &&
                     ((cap(i + 1) && !m_tok[i + 1].has(k_all_caps)) ||
                      (!m_tok[i + 1].has(k_space_before) && is_punct(m_tok[i + 1], '-'))));
        };
        auto after_the = [&](std::uint32_t i) { return is_literal(prev_word(i), "the") || is_literal(prev_word(i), "The"); };
        std::vector<std::uint32_t> uses;
        for (const std::uint32_t i : m_t.cap_words) {
            if (!cap(i) || m_tok[i].has(k_all_caps)) continue;
            Sense* sense = senses.find(s(i));
            if (!sense || !sense->subtype || !alone(i)) continue;
            // "from Kandy to Ella", "At Ella station" once "Ella" is a town of the text (not "Ella
            // said"): a place's preposition before it or a place noun after it.
            if (sense->given &&
                !(any_of(prev_word(i), {"in", "In", "at", "At", "from", "From", "near", "between", "via", "around",
                                           "outside", "into", "toward", "towards"}) ||
                    any_of(next_word(i + 1), {"station", "town", "district", "area", "residents", "hospital", "council",
                                                 "road", "village", "township", "suburb"})))
                continue;
            const std::uint32_t k = covering(i);
            if (k != k_none && !(m_names[k].first == i && m_names[k].last == i + 1 && m_names[k].weak &&
                                 m_names[k].kind != Kind::place))
                continue;
            uses.push_back(i);
            if (!after_the(i)) ++sense->bare;
        }
        for (const std::uint32_t i : uses) {
            const Sense& sense = *senses.find(s(i));
            if (!after_the(i) && !sense.given && !sense.named_in_full && sense.places * 2 < sense.bare) continue;
            const std::uint32_t k = covering(i);
            if (k == k_none) {
                add(i, i + 1, Kind::place, sense.subtype);
                continue;
            }
            Mention& m = m_names[k];
            m.kind = Kind::place;
            m.subtype = sense.subtype;
            m.weak = false;
        }
        if (!m_added.empty()) merge_added();
    }

    static bool is_direction_word(std::string_view w) {
        return is_literal(w, "North") || is_literal(w, "South") || is_literal(w, "East") || is_literal(w, "West") ||
            is_literal(w, "Central");
    }

    // New mentions into the sorted list; links are indices, so they are remapped.
    void merge_added() {
        std::vector<Mention> out;
        out.reserve(m_names.size() + m_added.size());
        std::vector<std::uint32_t> remap(m_names.size(), k_none);
        std::sort(m_added.begin(), m_added.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
        std::size_t a = 0;
        for (std::uint32_t k = 0; k < m_names.size(); ++k) {
            while (a < m_added.size() && m_added[a].first < m_names[k].first) {
                if (out.empty() || out.back().last <= m_added[a].first) out.push_back(m_added[a]);
                ++a;
            }
            remap[k] = static_cast<std::uint32_t>(out.size());
            out.push_back(m_names[k]);
        }
        for (; a < m_added.size(); ++a)
            if (out.empty() || out.back().last <= m_added[a].first) out.push_back(m_added[a]);
        for (Mention& m : out)
            if (m.link != k_none && m.link < remap.size()) m.link = remap[m.link];
        m_names.swap(out);
        m_added.clear();
    }

    const TokenTable& m_t;
    const std::vector<Token>& m_tok;
    std::vector<Mention>& m_names;
    const Gazetteer& m_g;
    std::vector<Mention> m_added;
    mutable WordTable<char> m_speakers{4}; ///< capitalized words before or after a verb of saying (surname_speaks)
    mutable bool m_speakers_built = false;
    bool m_sports = false;
    bool m_marked = false; ///< some mention was marked Kind::highlight for drop_marked()
    bool m_legislature = false;
    bool m_party_words = false;  ///< "Democrats", "Tories"… capitalized somewhere: parties() may fire
    bool m_road_words = false;   ///< "Route", "Highway", "Interstate" capitalized somewhere
    bool m_region_nouns = false; ///< "county", "provinces"… somewhere: roads_and_regions() may fire
    bool m_agency_words = false; ///< "dpa" somewhere: lowercase_agencies() may fire
    bool m_school_nouns = false; ///< "school(s)" somewhere: schools_by_use() may fire
};

} // namespace

void apply_context_rules(const TokenTable& table, std::vector<Mention>& names) {
    ContextPass(table, names).run();
}

} // namespace gloss::core::detect
