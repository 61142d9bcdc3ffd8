// SPDX-License-Identifier: MIT
// Coreference: mentions into entities (surname/alias → full name, acronym → definition).
#include "detect/detect.h"
#include "detect/word_table.h"

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

// Appends the case-folded, space-collapsed key of a mention's text (an organization's without its
// legal form) to `out`.
void append_entity_key(std::string& out, Kind kind, std::string_view text) {
    if (kind == Kind::org) text = without_legal_form(text);
    // Written through a pointer into room made first: a push_back per byte stays a call in wasm.
    const std::size_t at = out.size();
    out.resize(at + text.size() + 1);
    char* key = &out[at];
    std::size_t n = 0;
    key[n++] = static_cast<char>('0' + static_cast<int>(kind));
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t') {
            space = true;
            continue;
        }
        if (space) key[n++] = ' '; // at most one per skipped run: never past the room made
        space = false;
        key[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    out.resize(at + n);
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
        is_literal(w, "el") || is_literal(w, "ap") || is_literal(w, "ab"); // Welsh: "Gethin ap Rhys"
}

std::string lower_first(std::string_view w) {
    std::string out(w);
    if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
}

} // namespace

std::vector<Entity> resolve_entities(const TokenTable& table, std::vector<Mention>& names) {
    std::vector<Entity> entities;
    entities.reserve(names.size()); // at most one entity per mention
    // Entity keys live in one buffer reserved for every mention's key up front (a key is at most
    // its text plus the kind byte), so the table's views into it stay valid: no string and no map
    // node allocated per mention.
    std::size_t key_bytes = 0;
    for (const Mention& m : names) key_bytes += m.range.size() + 1;
    std::string keys;
    keys.reserve(key_bytes);
    WordTable<std::int32_t> by_key(names.size());
    auto entity_for = [&](Kind kind, std::string_view text) {
        const std::size_t at = keys.size();
        append_entity_key(keys, kind, text);
        const std::string_view key(keys.data() + at, keys.size() - at);
        if (const std::int32_t* id = by_key.find(key)) {
            keys.resize(at);
            return *id;
        }
        Entity e;
        e.id = static_cast<EntityId>(entities.size());
        e.kind = kind;
        e.name = std::string(text);
        entities.push_back(std::move(e));
        by_key.insert(key, entities.back().id);
        return entities.back().id;
    };

    link_acronyms(table, names);
    // Full person names first; their words become aliases (with the mention positions).
    // Word -> the full-name mentions that hold it, ascending: a chain of nodes per word in one
    // vector (no vector allocated per word).
    struct AliasNode {
        std::uint32_t mention;
        std::uint32_t next; ///< index of the next node of the same word, k_none at the chain's end
    };
    struct AliasChain {
        std::uint32_t head;
        std::uint32_t tail;
    };
    // "S. Kavitha": initials and one name give that name as an alias, like a full name.
    auto initials_and_name = [&](const Mention& m) {
        const std::vector<Token>& tok = table.tokens;
        return m.last - m.first >= 3 && tok[m.first].type == TokenType::word && tok[m.first].size() == 1 &&
               tok[m.first].has(k_cap) && tok[m.first + 1].type == TokenType::punct && tok[m.first + 1].cp == '.';
    };
    auto alias_source = [&](const Mention& m) {
        return m.kind == Kind::person && (m.name_parts >= 2 || initials_and_name(m));
    };
    std::size_t alias_words = 0; // an upper bound of the nodes: two per token of the full names
    for (const Mention& m : names)
        if (alias_source(m)) alias_words += 2 * (m.last - m.first);
    std::vector<AliasNode> alias_nodes;
    alias_nodes.reserve(alias_words);
    std::vector<AliasChain> alias_chains;
    alias_chains.reserve(alias_words);
    WordTable<std::uint32_t> alias(alias_words); // word -> index into alias_chains
    auto add_alias = [&](std::string_view word, std::uint32_t mention) {
        const auto node = static_cast<std::uint32_t>(alias_nodes.size());
        alias_nodes.push_back(AliasNode{mention, k_none});
        if (const std::uint32_t* chain = alias.find(word)) {
            alias_nodes[alias_chains[*chain].tail].next = node;
            alias_chains[*chain].tail = node;
            return;
        }
        alias.insert(word, static_cast<std::uint32_t>(alias_chains.size()));
        alias_chains.push_back(AliasChain{node, node});
    };
    // "C McVitie" beside "Callum McVitie": an initial and a surname join the full name whose given
    // name opens with that letter (decided once every full name has its entity).
    auto initial_surname = [&](const Mention& m) {
        const std::vector<Token>& tok = table.tokens;
        if (m.kind != Kind::person || tok[m.first].type != TokenType::word || tok[m.first].size() != 1 ||
            !tok[m.first].has(k_cap))
            return false;
        const std::uint32_t sur = m.last - 1;
        return (m.last - m.first == 2 || (m.last - m.first == 3 && is_punct(tok[m.first + 1], '.'))) &&
               tok[sur].type == TokenType::word && tok[sur].size() >= 2;
    };
    std::vector<std::uint32_t> deferred;
    std::vector<std::uint32_t> particle_led; // "Van der Wal" in a headline above "Sjoerd van der Wal"
    std::unordered_map<std::string, std::uint32_t> particle_tail; // "van leeuwen", "Quishpe Tenesaca" -> mention
    // "Van Leeuwen" after "Maarten van Leeuwen", "Quishpe Tenesaca" after "Rosa Elvira Quishpe
    // Tenesaca": a repeat of the surnames, not a new full name.
    auto join_tail = [&](Mention& m) {
        if (m.last - m.first < 2 || particle_tail.empty()) return false;
        const std::string_view text = table.slice(m.first, m.last);
        auto it = particle_tail.find(std::string(text));
        if (it == particle_tail.end() && surname_particle(lower_first(table.str(m.first))))
            it = particle_tail.find(lower_first(text));
        if (it == particle_tail.end()) return false;
        m.entity = names[it->second].entity;
        return true;
    };
    // "Siti Rohani" after "Siti Rohani Abdul Karim": the first two words or more of a longer full
    // name (k_none where two full names share them).
    std::unordered_map<std::string, std::uint32_t> name_head;
    auto join_head = [&](Mention& m) {
        if (m.last - m.first < 2 || name_head.empty()) return false;
        const auto it = name_head.find(std::string(table.slice(m.first, m.last)));
        if (it == name_head.end() || it->second == k_none) return false;
        m.entity = names[it->second].entity;
        return true;
    };
    const auto register_name = [&](std::uint32_t k) {
        Mention& m = names[k];
        // (Not before a word in capitals: "Marketa Dvorackova REUTERS", a credit run on.)
        bool caps_tail = false;
        for (std::uint32_t q = m.first + 2; q < m.last; ++q) caps_tail = caps_tail || table.tokens[q].has(k_all_caps);
        for (std::uint32_t q = m.first + 2; q < m.last && !caps_tail; ++q)
            if (table.tokens[q - 1].type == TokenType::word && table.tokens[q].type == TokenType::word &&
                table.tokens[q].has(k_space_before)) {
                const auto [it, added] = name_head.emplace(std::string(table.slice(m.first, q)), k);
                if (!added && it->second != k_none && table.slice(names[it->second].first, names[it->second].last) !=
                                                          table.slice(m.first, m.last))
                    it->second = k_none;
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
            if (table.tokens[q].type == TokenType::word && table.tokens[q].size() >= 2) add_alias(table.str(q), k);
            // A hyphenated surname as a whole: "Osei-Bonsu" → "Amara Osei-Bonsu".
            if (q + 2 < m.last && is_punct(table.tokens[q + 1], '-') && table.tokens[q].type == TokenType::word &&
                table.tokens[q + 2].type == TokenType::word)
                add_alias(table.slice(q, q + 3), k);
        }
    };
    for (std::uint32_t k = 0; k < names.size(); ++k) {
        Mention& m = names[k];
        if (!alias_source(m)) continue;
        if (initial_surname(m)) {
            deferred.push_back(k);
            continue;
        }
        if (join_tail(m) || join_head(m)) continue;
        // (A surname opening with a capitalized particle waits for the full names after it.)
        if (m.last - m.first >= 2 && table.tokens[m.first].has(k_cap) && surname_particle(lower_first(table.str(m.first))) &&
            table.tokens[m.first + 1].type == TokenType::word && !table.tokens[m.first + 1].has(k_cap)) {
            particle_led.push_back(k);
            continue;
        }
        register_name(k);
    }
    for (const std::uint32_t k : particle_led)
        if (!join_tail(names[k])) register_name(k);
    auto join_by_initial = [&](Mention& m) {
        const std::string_view surname = table.str(m.last - 1);
        const char initial = table.text[table.tokens[m.first].start];
        const std::uint32_t* chain = alias.find(surname);
        for (std::uint32_t node = chain ? alias_chains[*chain].head : k_none; node != k_none; node = alias_nodes[node].next) {
            const Mention& p = names[alias_nodes[node].mention];
            if (p.entity >= 0 && &p != &m && table.str(p.last - 1) == surname && table.tokens[p.first].size() >= 2 &&
                table.text[table.tokens[p.first].start] == initial) {
                m.entity = p.entity;
                return true;
            }
        }
        return false;
    };
    for (const std::uint32_t k : deferred) {
        Mention& m = names[k];
        if (join_by_initial(m)) continue;
        m.entity = entity_for(Kind::person, table.text.substr(m.range.start, m.range.size()));
        for (std::uint32_t q = m.first; q < m.last; ++q)
            if (table.tokens[q].type == TokenType::word && table.tokens[q].size() >= 2) add_alias(table.str(q), k);
    }
    // "the Division of Water Resources" after "the Utah Division of Water Resources": an
    // organization's name without its first word (a place's, mostly) repeats the full name (k_none
    // where two full names share the tail).
    std::unordered_map<std::string, std::uint32_t> org_tail;
    for (std::uint32_t k = 0; k < names.size(); ++k) {
        const Mention& m = names[k];
        if (m.kind != Kind::org || m.last - m.first < 3 || table.tokens[m.first].type != TokenType::word ||
            table.tokens[m.first].has(k_all_caps) || !table.tokens[m.first + 1].has(k_cap) ||
            table.tokens[m.first + 1].type != TokenType::word || !table.tokens[m.first + 1].has(k_space_before))
            continue;
        const auto [it, added] = org_tail.emplace(std::string(table.slice(m.first + 1, m.last)), k);
        if (!added && it->second != k_none &&
            table.slice(names[it->second].first, names[it->second].last) != table.slice(m.first, m.last))
            it->second = k_none;
    }
    for (std::uint32_t k = 0; k < names.size(); ++k) {
        Mention& m = names[k];
        if (m.entity >= 0 || m.kind != Kind::org || org_tail.empty()) continue;
        const auto it = org_tail.find(std::string(table.slice(m.first, m.last)));
        if (it == org_tail.end() || it->second == k_none || it->second > k) continue;
        Mention& full = names[it->second];
        if (full.entity < 0) full.entity = entity_for(full.kind, table.text.substr(full.range.start, full.range.size()));
        m.entity = full.entity;
    }
    std::vector<std::uint32_t> seen; // mentions of each entity before the walk's position
    std::uint32_t seen_upto = 0;
    for (std::uint32_t k = 0; k < names.size(); ++k) {
        Mention& m = names[k];
        // Person links are only hints (the alias table below picks the nearest full name).
        if (m.entity >= 0 || (m.link != k_none && m.link < names.size() && m.kind != Kind::person)) continue;
        std::string_view text = table.text.substr(m.range.start, m.range.size());
        if (m.kind == Kind::person) {
            if (initial_surname(m) && join_by_initial(m)) continue;
            // ("van den Heuvel" after "Lotte van den Heuvel": a surname of several words.)
            if (join_tail(m) || join_head(m)) continue;
            const std::uint32_t* chain = alias.find(text);
            // "Al-Rubaie" opening a sentence after "Hussein Kadhim al-Rubaie".
            std::string lowered;
            if (!chain && m.last - m.first >= 3 && is_punct(table.tokens[m.first + 1], '-') &&
                surname_particle(lower_first(table.str(m.first)))) {
                lowered = lower_first(text);
                chain = alias.find(lowered);
            }
            if (chain) {
                // The nearest full mention before this one, else the first after it; where full
                // names of two people share the word, the one named more often so far ("Baptiste"
                // in an obituary of Aldwyn Baptiste, after a line on his father Cuthbert Baptiste).
                std::uint32_t node = alias_chains[*chain].head;
                std::uint32_t best = alias_nodes[node].mention;
                bool shared = false;
                // (Two people: their full names open with different words; "Callum Brierley" and
                // "Callum 'Cannonball' Brierley" are one.)
                for (; node != k_none && alias_nodes[node].mention < k; node = alias_nodes[node].next) {
                    const Mention& o = names[alias_nodes[node].mention];
                    shared = shared || (o.entity != names[best].entity &&
                                        table.str(o.first) != table.str(names[best].first));
                    best = alias_nodes[node].mention;
                }
                if (shared) {
                    // (Counts kept as the walk goes, so a long text stays linear.)
                    for (; seen_upto < k; ++seen_upto) {
                        const std::int32_t e = names[seen_upto].entity;
                        if (e < 0) continue;
                        if (static_cast<std::size_t>(e) >= seen.size()) seen.resize(static_cast<std::size_t>(e) + 1, 0);
                        ++seen[static_cast<std::size_t>(e)];
                    }
                    const auto count = [&](std::int32_t e) {
                        return e >= 0 && static_cast<std::size_t>(e) < seen.size() ? seen[static_cast<std::size_t>(e)] : 0u;
                    };
                    std::uint32_t best_count = count(names[best].entity);
                    for (node = alias_chains[*chain].head; node != k_none && alias_nodes[node].mention < k;
                         node = alias_nodes[node].next) {
                        if (table.str(names[alias_nodes[node].mention].first) == table.str(names[best].first)) continue;
                        const std::uint32_t c = count(names[alias_nodes[node].mention].entity);
                        if (c > best_count) {
                            best_count = c;
                            best = alias_nodes[node].mention;
                        }
                    }
                }
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
