// SPDX-License-Identifier: MIT
// Coreference: mentions into entities (surname/alias → full name, acronym → definition).
#include "detect/detect.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace gloss::core::detect {
namespace {

// "Caledon Air Ltd" and "Caledon Air" are one company: a legal-form suffix is not part of the key.
std::string_view without_legal_form(std::string_view text) {
    static constexpr std::string_view k_forms[] = {" Ltd", " Ltd.", " Inc", " Inc.", " Corp", " Corp.", " plc", " PLC",
        " SE", " AG", " SA", " S.A.", " NV", " N.V.", " LLC", " GmbH", " SpA", " S.p.A.", " Co.", " Co", " Oyj", " ASA",
        " AB", " Limited", " Corporation", " Incorporated"};
    for (std::string_view form : k_forms) {
        if (text.size() > form.size() + 1 && text.substr(text.size() - form.size()) == form) {
            text.remove_suffix(form.size());
            if (!text.empty() && text.back() == ',') text.remove_suffix(1); // "Acme, Inc."
            return text;
        }
    }
    return text;
}

// Case-folded, space-collapsed key of a mention's text (an organization's without its legal form).
std::string entity_key(Kind kind, std::string_view text) {
    if (kind == Kind::org) text = without_legal_form(text);
    std::string key;
    key.reserve(text.size() + 2);
    key.push_back(static_cast<char>('0' + static_cast<int>(kind)));
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t') {
            space = true;
            continue;
        }
        if (space) key.push_back(' ');
        space = false;
        key.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return key;
}

bool all_caps(std::string_view s) {
    for (char c : s)
        if (c >= 'a' && c <= 'z') return false;
    return true;
}

// An acronym shape: 2-6 capital letters ("NWS", "CDC"), no digits or dots.
bool acronym_shape(std::string_view s) {
    if (s.size() < 2 || s.size() > 6) return false;
    for (char c : s)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

// Initials of the capitalized words of a name: "National Weather Service" → "NWS".
std::string initials(std::string_view text) {
    std::string out;
    bool start = true;
    for (char c : text) {
        if (c == ' ' || c == '-' || c == '/') {
            start = true;
            continue;
        }
        if (start && c >= 'A' && c <= 'Z') out.push_back(c);
        start = false;
    }
    return out;
}

// "The NWS said" after "the National Weather Service" without a "(NWS)" definition: the
// acronym joins the organization whose initials it spells (its canonical is the full name).
void link_acronyms(const TokenTable& table, std::vector<Mention>& names) {
    bool any = false;
    for (const Mention& m : names)
        if (m.kind == Kind::org && m.link == k_none && acronym_shape(table.text.substr(m.range.start, m.range.size())))
            any = true;
    if (!any) return;
    std::unordered_map<std::string, std::uint32_t> by_initials;
    for (std::uint32_t k = 0; k < names.size(); ++k) {
        const Mention& m = names[k];
        if (m.kind != Kind::org || m.last - m.first < 2) continue;
        std::string ini = initials(table.text.substr(m.range.start, m.range.size()));
        if (ini.size() >= 2) by_initials.emplace(std::move(ini), k);
    }
    for (Mention& m : names) {
        if (m.kind != Kind::org || m.link != k_none) continue;
        std::string_view text = table.text.substr(m.range.start, m.range.size());
        if (!acronym_shape(text)) continue;
        auto it = by_initials.find(std::string(text));
        if (it != by_initials.end()) m.link = it->second;
    }
}

// A surname particle ("van", "de", "von"): "Van Leeuwen" opening a sentence repeats the
// surname of "Maarten van Leeuwen".
bool surname_particle(std::string_view w) {
    return is_literal(w, "van") || is_literal(w, "von") || is_literal(w, "de") || is_literal(w, "der") ||
        is_literal(w, "den") || is_literal(w, "da") || is_literal(w, "di") || is_literal(w, "du") ||
        is_literal(w, "la") || is_literal(w, "le") || is_literal(w, "del") || is_literal(w, "dos") ||
        is_literal(w, "das") || is_literal(w, "ter") || is_literal(w, "ten") || is_literal(w, "al") ||
        is_literal(w, "el");
}

std::string lower_first(std::string_view w) {
    std::string out(w);
    if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
}

} // namespace

std::vector<Entity> resolve_entities(const TokenTable& table, std::vector<Mention>& names) {
    std::vector<Entity> entities;
    std::unordered_map<std::string, std::int32_t> by_key;
    auto entity_for = [&](Kind kind, std::string_view text) {
        std::string key = entity_key(kind, text);
        auto it = by_key.find(key);
        if (it != by_key.end()) return it->second;
        Entity e;
        e.id = static_cast<EntityId>(entities.size());
        e.kind = kind;
        e.name = std::string(text);
        entities.push_back(std::move(e));
        by_key.emplace(std::move(key), entities.back().id);
        return entities.back().id;
    };

    link_acronyms(table, names);
    // Full person names first; their words become aliases (with the mention positions).
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> alias; // word -> mentions
    std::unordered_map<std::string, std::uint32_t> particle_tail; // "van leeuwen", "Quishpe Tenesaca" -> mention
    for (std::uint32_t k = 0; k < names.size(); ++k) {
        Mention& m = names[k];
        if (m.kind != Kind::person || m.name_parts < 2) continue;
        if (m.last - m.first >= 2 && !particle_tail.empty()) {
            // "Van Leeuwen" after "Maarten van Leeuwen", "Quishpe Tenesaca" after "Rosa Elvira
            // Quishpe Tenesaca": a repeat of the surnames, not a new full name.
            const std::string_view text = table.slice(m.first, m.last);
            auto it = particle_tail.find(std::string(text));
            if (it == particle_tail.end() && surname_particle(lower_first(table.str(m.first))))
                it = particle_tail.find(lower_first(text));
            if (it != particle_tail.end()) {
                m.entity = names[it->second].entity;
                continue;
            }
        }
        // Tails of a longer name: from a particle ("van Leeuwen"), or the last two words or more
        // of a name of three words or more (double surnames).
        for (std::uint32_t q = m.first + 1; q + 1 < m.last; ++q)
            if (table.tokens[q].type == TokenType::word && table.tokens[q - 1].type == TokenType::word &&
                (surname_particle(table.str(q)) || (m.last - m.first >= 3 && table.tokens[q].has(k_cap))))
                particle_tail.emplace(std::string(table.slice(q, m.last)), k);
        std::string_view text = table.text.substr(m.range.start, m.range.size());
        m.entity = entity_for(Kind::person, text);
        for (std::uint32_t q = m.first; q < m.last; ++q) {
            if (table.tokens[q].type == TokenType::word && table.tokens[q].size() >= 2)
                alias[table.str(q)].push_back(k);
            // A hyphenated surname as a whole: "Osei-Bonsu" → "Amara Osei-Bonsu".
            if (q + 2 < m.last && is_punct(table.tokens[q + 1], '-') && table.tokens[q].type == TokenType::word &&
                table.tokens[q + 2].type == TokenType::word)
                alias[table.slice(q, q + 3)].push_back(k);
        }
    }
    for (std::uint32_t k = 0; k < names.size(); ++k) {
        Mention& m = names[k];
        // Person links are only hints (the alias table below picks the nearest full name).
        if (m.entity >= 0 || (m.link != k_none && m.link < names.size() && m.kind != Kind::person)) continue;
        std::string_view text = table.text.substr(m.range.start, m.range.size());
        if (m.kind == Kind::person) {
            auto it = alias.find(text);
            if (it != alias.end()) {
                // The nearest full mention before this one, else the first after it.
                const auto& c = it->second;
                auto pos = std::lower_bound(c.begin(), c.end(), k);
                std::uint32_t best = pos == c.begin() ? c.front() : *(pos - 1);
                m.entity = names[best].entity;
                continue;
            }
        }
        m.entity = entity_for(m.kind, text);
    }
    // Abbreviations and nicknames join the entity of the mention they point to.
    for (Mention& m : names) {
        if (m.entity >= 0) continue;
        if (m.link != k_none && m.link < names.size() && names[m.link].entity >= 0) {
            m.entity = names[m.link].entity;
        } else {
            m.entity = entity_for(m.kind, table.text.substr(m.range.start, m.range.size()));
        }
    }
    // Canonical name = the fullest (longest) form; mention counts.
    for (const Mention& m : names) {
        if (m.entity < 0) continue;
        Entity& e = entities[static_cast<std::size_t>(m.entity)];
        ++e.mentions;
        std::string_view text = table.text.substr(m.range.start, m.range.size());
        // Fullest form; on a tie prefer mixed case over an all-caps dateline ("Denver", "DENVER").
        if (text.size() > e.name.size() || (text.size() == e.name.size() && all_caps(e.name) && !all_caps(text)))
            e.name = std::string(text);
    }
    return entities;
}

} // namespace gloss::core::detect
