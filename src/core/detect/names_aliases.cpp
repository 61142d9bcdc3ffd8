// SPDX-License-Identifier: MIT
// Alias resolution in the name detector: surnames, team nicknames, short company names.
#include "detect/name_detector.h"

#include <algorithm>
#include <string>

namespace gloss::core::detect::names_impl {

// "Meridale Freight" (a headline) and "Loc Thinh" in a text that names "Meridale Freight Systems
// Inc" and "Loc Thinh Land Corp": the leading words of a longer organization name are that
// organization, not a person guessed from their shape. A first word that is a given name keeps
// its person ("Walt Disney" beside "Walt Disney Co"), and so does a name after a title, unless a
// trade word and a legal form follow the leading words ("Sahra Vista" beside "Sahra Vista
// Properties PJSC").
void NameDetector::org_prefixes() {
    WordTable<std::uint32_t> prefixes;
    WordTable<std::uint32_t> given_prefixes; // opening with a given name
    for (std::size_t k = 0; k < m_out.size(); ++k) {
        const Mention& m = m_out[k];
        if (m.kind != Kind::org || m.weak || m.last - m.first < 3) continue;
        const bool given = m_tok[m.first].is(k_wc_given);
        if (given && (m.last - m.first < 4 || m_tok[m.last - 1].type != TokenType::word ||
                      !is_company_suffix(s(m.last - 1))))
            continue;
        for (std::uint32_t e = m.first + 2; e + (given ? 1 : 0) < m.last; ++e) {
            // ("St Elizabeth Municipal Corporation": before a local body's words, the place.)
            if (m_tok[e].type == TokenType::word && is_local_government_word(s(e))) break;
            if (m_tok[e - 1].type == TokenType::word && m_tok[e - 1].has(k_cap))
                (given ? given_prefixes : prefixes).insert(m_t.slice(m.first, e), static_cast<std::uint32_t>(k));
        }
    }
    if (prefixes.size() == 0 && given_prefixes.size() == 0) return;
    // ("Walter Pellham said he would retire" beside "Walter Pellham Holdings Ltd": a name the text
    // makes speak or gives an age somewhere keeps its person everywhere.)
    WordTable<char> vouched(given_prefixes.size() == 0 ? 0 : 8);
    if (given_prefixes.size() != 0)
        for (const Mention& m : m_out)
            if (m.kind == Kind::person && given_prefixes.find(view(m)) &&
                (speech_context(m.first, m.last) || (m.last < m_tok.size() && age_apposition(m.last))))
                vouched.insert(view(m), 1);
    for (Mention& m : m_out) {
        // ("Meridale Freight", an organization by its head word, joins the longer name too.)
        if (m.kind == Kind::org && m.link == k_none && m.last - m.first >= 2) {
            const std::uint32_t* org = prefixes.find(view(m));
            if (!org) org = given_prefixes.find(view(m));
            if (org && &m_out[*org] != &m) m.link = *org;
            continue;
        }
        if (m.kind != Kind::person || m.last - m.first < 2 || (m.first > 0 && m_tok[m.first - 1].is(k_wc_title)))
            continue;
        const bool given = m_tok[m.first].is(k_wc_given);
        const std::uint32_t* org = (given ? given_prefixes : prefixes).find(view(m));
        if (!org || (given && vouched.contains(view(m)))) continue;
        m.kind = Kind::org;
        m.subtype = m_out[*org].subtype;
        m.name_parts = 0;
        m.weak = false;
        m.link = *org;
    }
}

// ---- aliases: "Putin" after "Vladimir Putin", "Xi" after "Xi Jinping" ------------------
// "Tunaira, a Jakarta-based startup …", then "It now also offers Tunaira Cicil, an installment
// loan": a two-word name read as a person whose first word is an organization of the text names a
// product or a unit of it, no person, and lends no alias (even where an apposition vouched for a
// person, as here).
void NameDetector::drop_products_of_orgs() {
    WordTable<char> org_words(4);
    for (const Mention& m : m_out)
        if (m.kind == Kind::org && m.last - m.first == 1 && !m_tok[m.first].has(k_all_caps) &&
            !m_tok[m.first].is(k_wc_given))
            org_words.insert(view(m), 1);
    if (org_words.size() == 0) return;
    for (Mention& m : m_out)
        if (m.kind == Kind::person && m.last - m.first == 2 && org_words.contains(s(m.first)) &&
            !m_tok[m.first].is(k_wc_given))
            m.kind = Kind::highlight;
}

// "Al-" of "Al-Kabeer": the article joined by a hyphen to an Arabic surname.
bool NameDetector::arabic_article(std::uint32_t q) const {
    return any_of(s(q), {"Al", "El"}) && q + 1 < m_tok.size() && is_punct(m_tok[q + 1], '-') && attached(q + 1);
}

void NameDetector::resolve_aliases() {
    org_prefixes();
    drop_products_of_orgs();
    WordTable<std::uint32_t> alias;
    for (std::size_t k = 0; k < m_out.size(); ++k) {
        const Mention& m = m_out[k];
        if (m.kind != Kind::person || m.name_parts < 2 || m.weak) continue;
        for (std::uint32_t q = m.first; q < m.last; ++q) {
            // (Nor the article of an Arabic surname: "Al" of "Rania Al-Mutawa" names no one alone.)
            if (m_tok[q].type != TokenType::word || m_tok[q].size() < 2 || is_name_suffix(s(q)) || arabic_article(q))
                continue;
            if (!m_tok[q].has(k_cap)) continue;
            alias.insert(s(q), static_cast<std::uint32_t>(k));
            // A hyphenated surname is an alias as a whole: "Osei-Bonsu".
            if (q + 2 < m.last && is_punct(m_tok[q + 1], '-') && attached(q + 1) && attached(q + 2))
                alias.insert(m_t.slice(q, q + 3), static_cast<std::uint32_t>(k));
        }
    }
    // Weak full names also provide aliases, after the strong ones.
    for (std::size_t k = 0; k < m_out.size(); ++k) {
        const Mention& m = m_out[k];
        if (m.kind != Kind::person || m.name_parts < 2 || !m.weak) continue;
        for (std::uint32_t q = m.first; q < m.last; ++q)
            if (m_tok[q].type == TokenType::word && m_tok[q].size() >= 2 && m_tok[q].has(k_cap) && !arabic_article(q))
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
            // The surname ("Rishi Sunak" after "Mr Sunak"); a first word only when it is a given or
            // family-first name ("William Faulkner", "Xi Jinping"): "Ledgerline Assist" after
            // "Ledgerline said" is a product.
            if (!person_words.contains(s(p.last - 1)) &&
                !(person_words.contains(s(p.first)) &&
                    (m_tok[p.first].is(k_wc_family_first) || m_tok[p.first].is(k_wc_given))))
                continue;
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
    // by their first word: "Hesteel" after "Hesteel Group", "Zijin" after "Zijin Mining"; other
    // uses of a one-word organization; the head word of an organization alone ("the Commission").
    WordTable<std::uint32_t> team_alias;
    WordTable<std::uint32_t> head_alias; // only after a determiner: not "Energy shares rose" after "Talbridge Energy"
    WordTable<char> word_alias;          // ordinary words among the short names ("Citizens")
    // One-word places of the text, not in capitals: "Lewistown" beside "the Lewistown News-Argus"
    // stays the town (below), and "people at Wigram" is the Wigram named elsewhere (after).
    WordTable<std::uint32_t> places;
    WordTable<char> body_places; // "Longreach" of "Longreach Regional Council"
    for (std::size_t k = 0; k < m_out.size(); ++k) {
        const Mention& m = m_out[k];
        if (m.kind == Kind::place && m.last - m.first == 1 && !m_tok[m.first].has(k_all_caps))
            places.insert(view(m), static_cast<std::uint32_t>(k));
    }
    for (std::size_t k = 0; k < m_out.size(); ++k) {
        const Mention& m = m_out[k];
        if (m.kind != Kind::org) continue;
        // A one-word organization found by its context ("Zesco, the state utility"): its other uses.
        if (m.last - m.first == 1) {
            // A known person's name part is no organization ("shots at Villaseñor"); a guessed
            // person (a title-case headline's "Payroll Startup Ledgerline") is no evidence.
            const std::uint32_t* person = alias.find(view(m));
            if (!m_tok[m.first].has(k_all_caps) && m_tok[m.first].size() >= 3 && (!person || m_out[*person].weak))
                team_alias.insert(view(m), static_cast<std::uint32_t>(k));
            continue;
        }
        // Another use of the whole name ("Hollow Ember, which …" after "a group calling itself
        // Hollow Ember").
        team_alias.insert(view(m), static_cast<std::uint32_t>(k));
        // "Leander" after "Leander Club", "Neptune" after "Neptune RC": a club's name without its
        // club word, even a given name's.
        if (m.last - m.first == 2 && m_tok[m.first].type == TokenType::word && m_tok[m.first].has(k_cap) &&
            !m_tok[m.first].has(k_all_caps) && m_tok[m.first].size() >= 3 && m_tok[m.last - 1].type == TokenType::word &&
            any_of(s(m.last - 1), {"Club", "FC", "RC", "AFC", "KC", "HC"}) && !m_tok[m.first].is(k_wc_common) &&
            !lookup(m.first, m.first + 1).found())
            team_alias.insert(s(m.first), static_cast<std::uint32_t>(k));
        if (is_literal(m.subtype, "team")) {
            // ("Team Rennick" beside "Cole Rennick": the skip's surname alone is the skip.)
            const std::uint32_t* person = alias.find(s(m.last - 1));
            if (!(person && !m_out[*person].weak && m_tok[m.first].type == TokenType::word && is_literal(s(m.first), "Team")) &&
                !is_team_generic_word(s(m.last - 1)))
                team_alias.insert(s(m.last - 1), static_cast<std::uint32_t>(k));
            continue;
        }
        // "the City" after "the City of Cape Town": the municipality's word alone.
        if (m.last - m.first >= 3 && is_literal(m.subtype, "government") && m_tok[m.first].type == TokenType::word &&
            any_of(s(m.first), {"City", "Town", "County", "Borough", "Municipality", "Township"}) &&
            is_literal(s(m.first + 1), "of"))
            head_alias.insert(s(m.first), static_cast<std::uint32_t>(k));
        // "the Commission" after "the European Commission": the head word alone.
        const std::uint32_t head = m.last - 1;
        // Not a company's trade word: "the Energy unit" after "Talbridge Energy" is a unit.
        const char* head_subtype = m_tok[head].type == TokenType::word ? org_head(head) : nullptr;
        if (head_subtype && !m_tok[head].has(k_all_caps) && !m_tok[head].is(k_wc_title) &&
            !is_literal(head_subtype, "company"))
            head_alias.insert(s(head), static_cast<std::uint32_t>(k));
        // "Valpadana" after "Banca Valpadana": the name after a foreign organization word.
        if (m.last - m.first == 2 && org_prefix_subtype(s(m.first)) && m_tok[m.first + 1].type == TokenType::word &&
            !m_tok[m.first + 1].is(k_wc_common) && !lookup(m.first + 1, m.first + 2).found()) {
            team_alias.insert(s(m.first + 1), static_cast<std::uint32_t>(k));
            continue;
        }
        std::string_view first = s(m.first);
        const Token& ft = m_tok[m.first];
        // ("Citizens" after "Citizens Property Insurance Corp.": an ordinary word opens a company's
        // name of three words or more that a legal suffix ends.)
        std::uint32_t tail = m.last - 1;
        if (is_punct(m_tok[tail], '.') && tail > m.first) --tail;
        const bool suffixed = m.last - m.first >= 3 && m_tok[tail].type == TokenType::word && company_suffix(tail) &&
                              !ft.is(k_wc_function) && ft.has(k_cap);
        if (ft.type != TokenType::word || ft.has(k_all_caps) || first.size() < 3 || (ft.is(k_wc_common) && !suffixed) ||
            ft.is(k_wc_given) || ft.is(k_wc_demonym) || lookup(m.first, m.first + 1).found() ||
            ft.is(k_wc_title) || ft.is(k_wc_title_modifier) || org_head(m.first) ||
            m_tok[m.first + 1].type != TokenType::word || place_head(m.first + 1))
            continue; // "Riverside County Sheriff's Office" is not "Riverside"
        // "Longreach Regional Council", "Wilson Police Department": a local body named after its
        // place; the first word alone is the place.
        // ("Pune Municipal Corporation", "Sham Shui Po District Council": a local government's
        // words after the place.)
        if ((is_literal(m.subtype, "government") && m_tok[head].type == TokenType::word &&
                any_of(s(head), {"Council", "Police", "Constabulary", "Municipality", "Department"})) ||
            (m_tok[m.first + 1].type == TokenType::word && is_local_government_word(s(m.first + 1))) ||
            // "Ōhura Residents' Association", "Kilbride Community Council", "Amlwch Primary School":
            // a body of a locality's people or services, named after the locality.
            (m_tok[m.first + 1].type == TokenType::word &&
                any_of(s(m.first + 1), {"Residents", "Ratepayers", "Community", "Chamber", "Historical", "Heritage",
                                        "Volunteer", "Fire", "Primary", "Hospital", "Library", "Residents'",
                                        "Ratepayers'", "Clean", "River", "Rivers", "Flood", "Civic", "Town", "Village",
                                        "Parish", "Rugby", "Cricket", "Golf", "Rotary"}))) {
            body_places.insert(first, 1);
            continue;
        }
        // A place of the text is no short name ("the Sintra lines" beside "Sintra Line Users’
        // Committee"), unless only the town list vouched for it and a company bears the name
        // ("Northbrook’s output" after "Northbrook Gold").
        if (const std::uint32_t* place = places.find(first))
            if (!m_out[*place].town || !is_literal(m.subtype, "company")) continue;
        // Nor is the name part of a person the text named first ("Lindqvist" after "Arvid Lindqvist",
        // beside the later "Lindqvist Welding Center"; not "Shiomi" after "Shiomi Keshohin").
        if (const std::uint32_t* person = alias.find(first);
            person && !m_out[*person].weak && m_out[*person].first < m.first &&
            m_tok[m_out[*person].first].is(k_wc_given))
            continue;
        team_alias.insert(first, static_cast<std::uint32_t>(k));
        if (ft.is(k_wc_common)) word_alias.insert(first, 1);
    }
    if (team_alias.size() > 0 || head_alias.size() > 0) {
        auto to_team = [&](Mention& p) {
            // ("Citizens of the state pay more": the ordinary word, not the company.)
            if (word_alias.size() > 0 && p.last < m_tok.size() && m_tok[p.last].type == TokenType::word &&
                is_literal(s(p.last), "of") && word_alias.contains(view(p)))
                return;
            const std::uint32_t* team = team_alias.find(view(p));
            // ("Commission spokesperson Aurelia Costa-Neves": the head word before a spokesperson
            // needs no determiner.)
            const bool spokesperson = p.last < m_tok.size() && m_tok[p.last].type == TokenType::word &&
                                      any_of(s(p.last), {"spokesperson", "spokesman", "spokeswoman"});
            if (!team && p.first > 0 && m_tok[p.first - 1].type == TokenType::word &&
                (equals_lower(s(p.first - 1), "the") || equals_lower(s(p.first - 1), "a") ||
                    equals_lower(s(p.first - 1), "an")))
                // "the Commission", "a Commission spokesman" (not "the City of London": a name of its own)
                if (!(p.last + 1 < m_tok.size() && m_tok[p.last].type == TokenType::word && is_literal(s(p.last), "of") &&
                      m_tok[p.last + 1].has(k_cap)))
                    team = head_alias.find(view(p));
            if (!team && spokesperson) team = head_alias.find(view(p));
            if (!team) return;
            p.kind = Kind::org;
            p.subtype = m_out[*team].subtype;
            p.weak = false;
            p.link = *team;
        };
        for (Mention& p : m_pending)
            if (p.kind == Kind::highlight) to_team(p);
        // A sentence-initial run of ordinary words ("Hollow Ember, which …"): the whole name.
        for (Mention& p : m_pending_multi) {
            if (p.kind != Kind::highlight || !team_alias.find(view(p))) continue;
            to_team(p);
            m_out.push_back(p);
        }
        for (Mention& m : m_out) {
            if (!m.weak) continue;
            // (A place only the town list vouched for: "Northbrook’s output" after "Northbrook Gold".)
            if (m.last - m.first == 1 && (m.kind == Kind::person || m.kind == Kind::org || m.town)) to_team(m);
            // A name guessed to be a person that an organization's whole name matches.
            else if (m.kind == Kind::person && m.last - m.first >= 2 && team_alias.find(view(m))) to_team(m);
        }
    }
    // "Hollis-Ward will pay $38.50 a share" after "Hollis-Ward Appliance Co.": a company's hyphenated
    // first name alone is the company, unless a person of the text bears it ("Jane Hollis-Ward").
    {
        WordTable<std::uint32_t> compound_orgs;
        for (std::size_t k = 0; k < m_out.size(); ++k) {
            const Mention& m = m_out[k];
            const std::uint32_t f = m.first;
            if (m.kind != Kind::org || m.weak || m.last - f < 4 || m_tok[f].type != TokenType::word ||
                !is_punct(m_tok[f + 1], '-') || !attached(f + 1) || !attached(f + 2) ||
                m_tok[f + 2].type != TokenType::word || !m_tok[f + 2].has(k_cap))
                continue;
            // (The compound alone, read as a surname, names no person of its own.)
            if (const std::uint32_t* person = alias.find(m_t.slice(f, f + 3));
                person && m_out[*person].last - m_out[*person].first > 3)
                continue;
            compound_orgs.insert(m_t.slice(f, f + 3), static_cast<std::uint32_t>(k));
        }
        if (compound_orgs.size() > 0) {
            const auto to_org = [&](Mention& p) {
                if (p.last - p.first != 3 || !is_punct(m_tok[p.first + 1], '-')) return;
                const std::uint32_t* org = compound_orgs.find(view(p));
                if (!org) return;
                p.kind = Kind::org;
                p.subtype = m_out[*org].subtype;
                p.name_parts = 0;
                p.weak = false;
                p.link = *org;
            };
            for (Mention& p : m_pending)
                if (p.kind == Kind::highlight && p.first != k_none) to_org(p);
            for (Mention& m : m_out)
                if (m.kind == Kind::person) to_org(m);
        }
    }
    // "Longreach has recorded 142 millimetres", "delivered to Longreach" beside "Longreach Regional
    // Council": the place a local body is named after, wherever the word stands alone and no
    // person bears it.
    if (body_places.size() > 0) {
        auto to_place = [&](Mention& p) {
            if (p.last - p.first != 1 || !body_places.contains(view(p)) || alias.find(view(p))) return false;
            if (p.last < m_tok.size() && same_block(p.first, p.last) && m_tok[p.last].type == TokenType::word &&
                m_tok[p.last].has(k_cap))
                return false;
            p.kind = Kind::place;
            p.subtype = "city";
            p.weak = false;
            p.link = k_none;
            return true;
        };
        for (Mention& p : m_pending)
            if (p.kind == Kind::highlight && p.first != k_none) to_place(p);
        for (Mention& m : m_out)
            if (m.weak && (m.kind == Kind::person || m.kind == Kind::org)) to_place(m);
    }
    // "people at Wigram, says …" before "in Wigram, Christchurch": an unresolved word after a
    // preposition of place that the text names as a place elsewhere is that place.
    if (places.size() > 0) {
        for (Mention& p : m_pending) {
            if (p.kind != Kind::highlight || p.first == k_none || p.last - p.first != 1) continue;
            // Only after a preposition of place, and never a given name: one wrong place
            // must not spread to every use of a name.
            if (m_tok[p.first].is(k_wc_given) || m_tok[p.first].is(k_wc_common) ||
                !preposition_before(p.first, {"at", "in", "near", "from", "into", "outside", "across", "around"}))
                continue;
            if (alias.find(view(p))) continue; // a person's name part stays the person's
            const std::uint32_t* place = places.find(view(p));
            if (!place) continue;
            p.kind = Kind::place;
            p.subtype = m_out[*place].subtype;
            p.weak = false;
            p.link = *place;
        }
    }
    if (alias.size() == 0) {
        for (Mention& p : m_pending)
            if (p.kind != Kind::highlight) m_out.push_back(p);
        return;
    }
    // "Tanabe" after "Aiko Tanabe": a city that is a named person's surname is that person, except
    // where it is clearly a location ("in Tanabe").
    {
        WordTable<std::uint32_t> surnames;
        for (std::size_t k = 0; k < m_out.size(); ++k) {
            const Mention& m = m_out[k];
            if (m.kind == Kind::person && !m.weak && m.name_parts >= 2 && m_tok[m.last - 1].type == TokenType::word) {
                surnames.insert(s(m.last - 1), static_cast<std::uint32_t>(k));
                // "Zamora" after "Lucía Zamora Ibarra": the first of two Spanish surnames is the
                // one used alone.
                const std::uint32_t first_surname = m.last - 2;
                if (m.name_parts >= 3 && first_surname > m.first && m_tok[first_surname].type == TokenType::word &&
                    m_tok[first_surname].has(k_cap) && !m_tok[first_surname].is(k_wc_given) &&
                    m_tok[m.first].is(k_wc_given))
                    surnames.insert(s(first_surname), static_cast<std::uint32_t>(k));
            }
        }
        for (Mention& m : m_out) {
            if (m.kind != Kind::place || m.last - m.first != 1 || !is_literal(m.subtype, "city") ||
                m_tok[m.first].has(k_all_caps))
                continue;
            const bool possessive = m.last < m_tok.size() && m_tok[m.last].type == TokenType::possessive;
            if (!possessive && preposition_before(m.first, {"in", "at", "near", "from", "to", "into", "outside", "across"}))
                continue;
            const std::uint32_t* person = surnames.find(view(m));
            if (!person || m_out[*person].last - 1 == m.first) continue;
            m.kind = Kind::person;
            m.subtype = "partial";
            m.name_parts = 1;
            m.weak = false;
            m.link = *person;
        }
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
    // Hyphenated runs whose whole is a person's surname replace their word-by-word parts.
    // Tokens inside resolved runs are marked first, so dropping their parts is one pass.
    std::vector<std::uint8_t> in_run;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> resolved; // run start, target
    for (std::uint32_t a : m_hyphen_runs) {
        const std::uint32_t* target = alias.find(m_t.slice(a, a + 3));
        if (!target || m_out[*target].first == a) continue;
        if (in_run.empty()) in_run.assign(m_tok.size(), 0);
        for (std::uint32_t q = a; q < a + 3; ++q) in_run[q] = 1;
        resolved.emplace_back(a, *target);
    }
    if (!resolved.empty()) {
        auto inside = [&](std::uint32_t f, std::uint32_t l) {
            if (f >= l || l > in_run.size()) return false;
            for (std::uint32_t q = f; q < l; ++q)
                if (!in_run[q]) return false;
            return true;
        };
        for (Mention& m : m_out)
            if (inside(m.first, m.last)) m.kind = Kind::highlight;
        for (Mention& p : m_pending)
            if (p.first != k_none && inside(p.first, p.last)) p.first = p.last = k_none; // dropped below
    }
    for (const auto& rt : resolved) {
        std::uint32_t a = rt.first;
        const std::uint32_t* target = &rt.second;
        Mention m;
        m.first = a;
        m.last = a + 3;
        m.range = ByteRange{m_tok[a].start, m_tok[a + 2].end};
        m.kind = Kind::person;
        m.subtype = "partial";
        m.name_parts = 1;
        m.link = *target;
        m_out.push_back(m);
    }
    for (Mention& p : m_pending) {
        if (p.first == k_none) continue;
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

} // namespace gloss::core::detect::names_impl
