// SPDX-License-Identifier: MIT
// PERSON / ORG / PLACE: capitalized runs, emission and the detector driver (rules in names_*.cpp).
#include "detect/name_detector.h"

#include <algorithm>
#include <string>

namespace gloss::core::detect::names_impl {

std::vector<Mention> NameDetector::run() {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    for (std::uint32_t b = 0; b < m_t.block_kinds.size(); ++b) scan_credits(b);
    outlet_domains();
    horse_names();
    // Both branches below need a word with k_all_caps or (starts_run(), cap_word()) k_cap at i:
    // every other token is stepped over, so the walk jumps between the table's cap_words.
    const std::vector<std::uint32_t>& caps = m_t.cap_words;
    std::size_t next_cap = 0;
    std::uint32_t i = 0;
    while (i < n) {
        while (next_cap < caps.size() && caps[next_cap] < i) ++next_cap;
        if (next_cap == caps.size()) break;
        i = caps[next_cap];
        // "THE HAGUE", "NEW YORK" in datelines: an all-caps function word opening a known name.
        if (!m_consumed[i] && m_tok[i].type == TokenType::word && m_tok[i].has(k_all_caps) && !cap_word(i) &&
            i + 1 < n && cap_word(i + 1) && all_caps(i + 1) && same_block(i, i + 1) && !m_tok[i].has(k_markup)) {
            std::uint32_t end = i;
            GazetteerEntry e;
            // "THE GLOBE AND MAIL" in a credit: "The" before a listed name in capitals is kept.
            const bool the = is_literal(s(i), "THE");
            for (std::uint32_t k = std::min(n, i + (the ? 5 : 3)); k > i + 1 && end == i; --k) {
                if (!same_block(i, k - 1)) continue;
                e = lookup(i, k);
                if (!e.found() && the && k > i + 2) e = lookup(i + 1, k);
                if (e.found()) end = k;
            }
            if (end > i) {
                emit(i, end, e.kind, e.subtype);
                i = end;
                continue;
            }
        }
        // Two names the run below would cut short, gated on the next token: a lower-case word
        // opening with 'd' ("Cour de cassation", after "The" too) or an attached '.' ("Booking.com").
        const Token& nx = m_tok[i + 1 < n ? i + 1 : i];
        const bool after_the = nx.type == TokenType::word && m_tok[i].is(k_wc_function) && is_literal(s(i), "The");
        if (!m_consumed[i] && i + 2 < n && ((nx.type == TokenType::word && m_t.text[nx.start] == 'd') || after_the)) {
            // (after a sentence-initial "The": "The Conseil d'État ruled")
            const std::uint32_t at = after_the && !m_consumed[i + 1] ? i + 1 : i;
            if (const std::uint32_t end = m_t.text[m_tok[at + 1].start] == 'd' ? romance_institution_end(at) : at;
                end != at) {
                emit(at, end, Kind::org, org_prefix_subtype(s(at)));
                i = end;
                continue;
            }
        }
        // "the F.B.I.", "F.A.S.T. holds the seat", "the N.F.L.": an acronym written with a full stop
        // after each letter (one token), three letters or more, or two that a list holds undotted
        // ("U.N."). Not a person's initials before a name ("J.R.R. Tolkien").
        if (!m_consumed[i] && m_tok[i].has(k_abbrev) && m_tok[i].has(k_all_caps) && m_tok[i].type == TokenType::word &&
            !m_tok[i].has(k_markup) && dotted_acronym(i)) {
            ++i;
            continue;
        }
        if (!m_consumed[i] && i + 1 < n && m_tok[i].type == TokenType::word && is_literal(s(i), "The") &&
            m_tok[i + 1].type == TokenType::word && m_tok[i + 1].has(k_abbrev) && m_tok[i + 1].has(k_all_caps) &&
            same_block(i, i + 1) && dotted_acronym(i + 1)) { // "The F.B.I. said"
            i += 2;
            continue;
        }
        // "CPI(M)", "JD(S)", "CPI(ML)": an acronym with a faction's letters in brackets, all joined,
        // is a party's name (a plain "CPI" is a price index).
        if (!m_consumed[i] && i + 3 < n && nx.type == TokenType::punct && nx.cp == '(' && attached(i + 1) &&
            m_tok[i].type == TokenType::word && all_caps(i) && m_tok[i].size() >= 2 && m_tok[i].size() <= 6 &&
            faction_mark_at(i + 1) && !m_tok[i].has(k_markup) &&
            // (not code: "WRITE(6,10) I,FROB(I)", "BARF(I)=0")
            (m_tok[i].has(k_space_before) || m_tok[i].has(k_line_start) ||
                (i > 0 && m_tok[i - 1].type == TokenType::punct && m_tok[i - 1].cp != ',' && m_tok[i - 1].cp != '(')) &&
            (i + 4 >= n || !same_block(i, i + 4) || m_tok[i + 4].has(k_space_before) ||
                (m_tok[i + 4].type == TokenType::punct && m_tok[i + 4].cp != '=' && m_tok[i + 4].cp != '(' &&
                    m_tok[i + 4].cp != ')'))) {
            m_keep_close_bracket = true;
            emit(i, i + 4, Kind::org, "party");
            m_keep_close_bracket = false;
            i += 4;
            continue;
        }
        if (!m_consumed[i] && i + 2 < n && nx.type == TokenType::punct && nx.cp == '.') {
            // "B.Oyunchimeg", "Ts.Anujin", "Kh.Bat-Erdene": a Mongolian name, the father's initial
            // joined by a full stop to the given name.
            if (const std::uint32_t e = patronymic_initial_end(i); e != i) {
                emit(i, e, Kind::person, "");
                i = e;
                continue;
            }
            // "Booking.com", "Hotels.com": a company named by its web address.
            if (m_tok[i].type == TokenType::word && m_tok[i].has(k_cap) &&
                attached(i + 1) && attached(i + 2) && m_tok[i + 2].type == TokenType::word &&
                (any_of(s(i + 2), {"com", "net", "org", "io", "ai"}) || country_domain(s(i + 2))) &&
                !m_tok[i].has(k_markup) &&
                !(i + 4 < n && is_punct(m_tok[i + 3], '.') && attached(i + 3) && attached(i + 4) &&
                    m_tok[i + 4].type == TokenType::word)) {
                emit(i, i + 3, Kind::org, "company");
                i += 3;
                continue;
            }
        }
        // "Team Bath: GS Thandiwe Chirwa, GA Poppy Halsall-Evans, … C Abi Lacey (capt)": a
        // netball or football position's code before a player's name in a team list.
        if (position_code_before_name(i)) {
            ++i;
            continue;
        }
        if (m_consumed[i] || !starts_run(i)) {
            ++i;
            continue;
        }
        if (const std::uint32_t pass = mountain_pass_end(i); pass != i) {
            emit(i, pass, Kind::place, "geo");
            i = pass;
            continue;
        }
        if (const std::uint32_t nick = nickname_name_end(i); nick != i) {
            emit(i, nick, Kind::person, "");
            i = nick;
            continue;
        }
        if (const std::uint32_t shop = shop_name_end(i); shop != i) {
            emit(i, shop, Kind::org, "company");
            i = shop;
            continue;
        }
        std::uint32_t end = run_end(i);
        if (end < n && is_punct(m_tok[end], ',')) {
            const std::uint32_t a = m_tok[i].is(k_wc_function) && is_literal(s(i), "The") ? i + 1 : i;
            if (const std::uint32_t org_end = comma_list_org_end(a, end); org_end != end) {
                const char* head = m_tok[org_end - 1].type == TokenType::word ? org_head(org_end - 1) : nullptr;
                // ("Federal Department of the Environment, Transport, Energy and Communications": the
                // body's word, not the last field's, says what it is.)
                for (std::uint32_t q = a; q < a + 3 && q < org_end && head; ++q)
                    if (is_body_word(s(q))) head = nullptr;
                emit(a, org_end, Kind::org, head && !is_literal(head, "nonprofit") ? head : "government");
                check_acronym_definition(org_end, a);
                i = org_end;
                continue;
            }
        }
        std::uint8_t ev = 0;
        if (in_byline(i)) ev |= k_ev_byline;
        // "former player Ion Tiriac", "director Tolu Adebanjo-Martins": a role right before.
        if (i > 0 && same_block(i - 1, i) && m_tok[i - 1].type == TokenType::word && !m_tok[i - 1].has(k_cap) &&
            m_tok[i].has(k_space_before) && is_role_noun(s(i - 1)) &&
            // ("regional broadcaster Omroep Brabant", "public broadcaster RTÉ": a station.)
            !(is_literal(s(i - 1), "broadcaster") && i >= 2 && same_block(i - 2, i) &&
                (m_tok[i - 2].is(k_wc_demonym) ||
                    any_of(s(i - 2), {"regional", "public", "state", "national", "commercial", "local", "private",
                                         "state-run", "state-owned", "public-service", "German", "Dutch"}))))
            ev |= k_ev_title;
        classify(i, end, ev);
        check_acronym_definition(end, i);
        han_name_after(end);
        i = end;
    }
    digit_team_names();
    resolve_aliases();
    // "Kerala Congress (M)", "CPI(M)", "JD(U)": a faction's letter in brackets ends a party's name
    // (two letters only joined to it; not after a line of capitals: "DEFUN FOO (X)").
    for (Mention& m : m_out) {
        const std::uint32_t q = m.last;
        if (m.kind != Kind::org || !faction_mark_at(q) || !same_block(m.first, q + 2) ||
            (m.last - m.first >= 2 && all_caps(m.first) && all_caps(m.last - 1)) ||
            (m_tok[q + 1].size() == 2 && m_tok[q].has(k_space_before)))
            continue;
        m.last = q + 3;
        m.range.end = m_tok[q + 2].end;
    }
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
        // ("near Luz-Saint-Sauveur": no name opens with the hyphen of a compound.)
        if (m.kind == Kind::person && is_punct(m_tok[m.first], '-')) continue;
        // ("the All-Ireland final", "an All-England title": a place joined to "All" by a hyphen
        // names a contest's reach, no place.)
        if (m.kind == Kind::place && m.first >= 2 && is_punct(m_tok[m.first - 1], '-') && attached(m.first - 1) &&
            attached(m.first) && m_tok[m.first - 2].type == TokenType::word && is_literal(s(m.first - 2), "All"))
            continue;
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

// "Cour de cassation", "Autorité de la concurrence": an institution word, a Romance "of" (and
// an article) and lower-case words, as French and Italian write their bodies' names. The end of
// the name, or i when there is none.
std::uint32_t NameDetector::romance_institution_end(std::uint32_t i) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    // The next word is "de", "du", "della", "d'État" …: a lower-case word opening with 'd' (tested
    // first: most capitalized words leave here without the prefix list).
    if (i + 2 >= n || m_tok[i + 1].type != TokenType::word || m_t.text[m_tok[i + 1].start] != 'd' ||
        m_tok[i].type != TokenType::word || !m_tok[i].has(k_cap) || m_tok[i].has(k_all_caps) ||
        !same_block(i, i + 2) || !org_prefix_subtype(s(i)))
        return i;
    // "Conseil d'État", "Cour d'appel": an elided "de" joined to the next word (one token).
    const std::string_view next = s(i + 1);
    if (m_tok[i + 1].type == TokenType::word && next.size() >= 5 && next[0] == 'd' &&
        (next[1] == '\'' || next.substr(1, 3) == "\xE2\x80\x99"))
        return i + 2;
    if (!is_romance_of(s(i + 1))) return i;
    std::uint32_t k = i + 2;
    if (k + 1 < n && (is_literal(s(k), "la") || is_literal(s(k), "le") || is_literal(s(k), "las") || is_literal(s(k), "los")))
        ++k;
    else if (k + 2 < n && is_literal(s(k), "l") && (is_punct(m_tok[k + 1], '\'') || is_punct(m_tok[k + 1], 0x2019)))
        k += 2;
    if (k >= n || !same_block(i, k) || m_tok[k].type != TokenType::word || m_tok[k].has(k_cap) || m_tok[k].size() < 4 ||
        m_tok[k].is(k_wc_function))
        return i;
    return k + 1;
}

// A lower-case noun naming a person's role, written right before the name: "director", "striker"
// (is_job_noun()'s words and more). One hash lookup in a table built once.
bool NameDetector::is_role_noun(std::string_view w) {
    if (w.size() < 4 || w.size() > 14) return false;
    static const WordTable<char> roles = [] {
        WordTable<char> t(128);
        for (std::string_view x :
             {"actress", "actor", "player", "coach", "striker", "midfielder", "defender", "goalkeeper", "singer",
              "rapper", "author", "novelist", "poet", "artist", "filmmaker", "captain", "forward", "quarterback",
              "pitcher", "boxer", "swimmer", "sprinter", "cyclist", "golfer", "chef", "designer", "activist",
              "campaigner", "teacher", "nurse", "doctor", "surgeon", "pastor", "priest", "bishop", "judge",
              "prosecutor", "senator", "lawmaker", "councillor", "councilor", "founder", "student", "veteran",
              "survivor", "defendant", "plaintiff", "teammate", "opponent", "composer", "conductor", "comedian",
              "presenter", "broadcaster", "midwife", "paramedic", "firefighter", "detective", "constable", "sergeant",
              "mountaineer", "farmer", "fisherman", "harvester", "grower", "shopkeeper", "vendor", "villager",
              "homeowner", "widow", "pensioner", "retiree", "labourer", "laborer", "weaver", "miner", "hotelier",
              "rancher", "herder", "flyhalf", "scrumhalf", "fullback", "flanker", "hooker", "winger", "batsman", "batter",
              "bowler", "wicketkeeper", "keeper", "linebacker", "receiver", "caddie", "jockey", "trainer", "rider",
              "candidate", "nominee", "challenger", "incumbent", "aspirant",
              // a field's word may stand before these ("Marine biologist"): no employer, unlike jobs
              "specialist", "forecaster", "meteorologist", "epidemiologist", "historian", "astronomer", "physicist",
              "biologist", "geologist", "ecologist", "psychologist", "architect", "accountant", "technician",
              "inspector", "adviser", "advisor", "coordinator", "administrator", "physician", "winegrower"})
            t.insert(x, 1);
        return t;
    }();
    return roles.contains(w) || is_job_noun(w);
}

// "By Darnell Whitfield-Ames, cleveland.com", "(Olivia Brandt, cleveland.com)", "By Chong Mei Xuan /
// theedgemalaysia.com": a news site named by its address in a byline or a credit, among the first
// lines of the article (elsewhere an address is markup).
void NameDetector::outlet_domains() {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    const std::uint32_t end = m_t.block_last.size() > 8 ? m_t.block_last[8] : n;
    for (std::uint32_t k = 1; k + 2 < end && k + 2 < n; ++k) {
        const Token& t = m_tok[k];
        if (t.type != TokenType::word || t.has(k_cap) || t.size() < 3 || t.has(k_markup) || !is_punct(m_tok[k + 1], '.') ||
            !attached(k + 1) || !attached(k + 2) || m_tok[k + 2].type != TokenType::word ||
            !any_of(s(k + 2), {"com", "net", "org", "no", "ch", "ie", "in", "my", "ng", "ke", "za", "ph", "sg", "nz"}))
            continue;
        const Token& before = m_tok[k - 1];
        if (!(is_punct(before, ',') || is_punct(before, '/') || is_punct(before, '|') || is_punct(before, '(')) ||
            !same_block(k - 1, k + 2))
            continue;
        // (Not an address with a path or a further part: "cleveland.com/news".)
        if (k + 3 < n && attached(k + 3) && m_tok[k + 3].type == TokenType::punct && !is_punct(m_tok[k + 3], ')') &&
            !is_punct(m_tok[k + 3], ',') && !(is_punct(m_tok[k + 3], '.') && (k + 4 >= n || !attached(k + 4))))
            continue;
        emit(k, k + 3, Kind::org, "media");
        for (std::uint32_t q = k; q < k + 3; ++q) m_consumed[q] = 1;
        k += 2;
    }
}

// "Chen Hung-wen (陳宏文)", "Yeong Chuan Machinery Co (永全機械)", "(TMBA, 台灣工具機…)": Taiwanese
// and Hong Kong papers print a name's Chinese characters in brackets after it, a second mention.
void NameDetector::han_name_after(std::uint32_t end) {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (m_out.empty() || end + 2 >= n || m_out.back().last != end || m_out.back().kind == Kind::highlight) return;
    std::uint32_t open = end;
    if (is_punct(m_tok[open], '.') && attached(open)) ++open; // "Co." then the bracket
    if (open + 2 >= n || !is_punct(m_tok[open], '(')) return;
    std::uint32_t from = open + 1;
    // (An acronym and a comma first: "(TMBA, 台灣工具機暨零組件工業同業公會)".)
    const bool acronym = from + 2 < n && m_tok[from].type == TokenType::word && m_tok[from].has(k_all_caps) &&
                         is_punct(m_tok[from + 1], ',');
    if (acronym) from += 2;
    std::uint32_t close = from;
    while (close < n && close < from + 8 && !is_punct(m_tok[close], ')')) ++close;
    if (close == from || close >= n || !is_punct(m_tok[close], ')') || !same_block(end, close)) return;
    const std::string_view inner = m_t.text.substr(m_tok[from].start, m_tok[close - 1].end - m_tok[from].start);
    for (std::size_t q = 0; q < inner.size(); q += 3) {
        const auto lead = static_cast<unsigned char>(inner[q]);
        if (lead < 0xE3 || lead > 0xE9 || q + 3 > inner.size()) return; // CJK ideographs: U+3400..U+9FFF
    }
    const Kind kind = m_out.back().kind;
    const char* subtype = m_out.back().subtype;
    const std::uint32_t link = static_cast<std::uint32_t>(m_out.size() - 1);
    if (acronym && kind == Kind::org) define_acronym(s(open + 1), open + 1, open + 2, link);
    if (emit(from, close, kind, subtype) != k_none) {
        m_out.back().link = link;
        for (std::uint32_t q = open; q <= close; ++q) m_consumed[q] = 1;
    }
}

std::uint32_t NameDetector::comma_list_org_end(std::uint32_t a, std::uint32_t end) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (end >= n || !is_punct(m_tok[end], ',') || end - a > 6) return end;
    // Either a body of "of"/"for"/"on" ("Department for …", "Ministry of …", "House Committee on
    // …"), listing its fields, or a chamber ("Senate", "House") whose committee's fields are listed
    // before the word "Committee".
    bool body_of = false;
    for (std::uint32_t k = a; k + 2 < end && !body_of; ++k)
        body_of = is_body_word(s(k)) &&
                  any_of(s(k + 1), {"of", "for", "on"}) &&
                  (cap_word(k + 2) || // ("Federal Department of the Environment, Transport, …")
                      (k + 3 < end && is_literal(s(k + 2), "the") && cap_word(k + 3)));
    const bool chamber = any_of(s(a), {"Senate", "House", "Assembly", "Joint"}) && end > a + 1;
    // Or places listed before a railway's or a bank's head: "Texas, Louisiana & Gulf Railroad".
    const GazetteerEntry first_place = body_of || chamber ? GazetteerEntry{} : lookup(a, end);
    const bool places = first_place.found() && first_place.kind == Kind::place;
    if (!body_of && !chamber && !places) return end;
    // ", Food", ", Science": one to three capitalized words per field, then "and" (or ", and")
    // before the last field, which may run on to the committee's word.
    std::uint32_t k = end;
    for (int fields = 0; fields < 6; ++fields) {
        // k: the comma before a field
        std::uint32_t f = k + 1;
        if (f < n && is_literal(s(f), "and") && m_tok[f].type == TokenType::word) ++f; // Oxford comma
        const bool last = f != k + 1;
        std::uint32_t e = f;
        while (e < n && e - f < 4 && same_block(a, e) && cap_word(e) && m_tok[e].has(k_space_before) &&
               !m_tok[e].has(k_all_caps))
            ++e;
        if (e == f) return end;
        // A field is no place or organization of its own ("Ministry of Defence, Britain and …"),
        // though it may be a common word that is also one ("Science", a journal).
        GazetteerEntry ge;
        auto listed = [&](std::uint32_t x, std::uint32_t y) {
            const std::uint32_t z = longest_gazetteer(x, y, ge);
            return z != x && ge.kind != Kind::person && !(z == x + 1 && m_tok[x].is(k_wc_common));
        };
        if (places ? !(lookup(f, e).found() && lookup(f, e).kind == Kind::place) : listed(f, e)) return end;
        if (!last && e < n && is_punct(m_tok[e], ',')) {
            k = e;
            continue;
        }
        if (!last && e + 1 < n && (is_literal(s(e), "and") || (places && is_punct(m_tok[e], '&'))) && same_block(a, e + 1) &&
            cap_word(e + 1)) {
            k = e; // the last field follows "and"
            std::uint32_t g = e + 1, h = g;
            while (h < n && h - g < 5 && same_block(a, h) && cap_word(h) && m_tok[h].has(k_space_before)) ++h;
            if (places) {
                // The last place, then the head: "Gulf Railroad", "Western Railway".
                const bool head = h > g + 1 && m_tok[h - 1].type == TokenType::word && org_head(h - 1) &&
                                  !m_tok[h - 1].is(k_wc_title) && !company_suffix(h - 1);
                return head ? h : end;
            }
            if (listed(g, h)) return end;
            if (body_of && !chamber) return h;
            for (std::uint32_t c = h; c > g; --c)
                if (any_of(s(c - 1), {"Committee", "Subcommittee", "Commission", "Caucus"})) return c;
            return end;
        }
        return end;
    }
    return end;
}

// Racehorses (GUIDELINES: animals are no mentions): a name before a country-of-breeding code in
// brackets ("Bracken Hollow (IRE)", "Colonel Buchan (FR)"), and the names after "Non-runners:";
// their other uses are skipped like a ship's. (Athletes' codes have three letters: "(IRL)", "(FRA)".)
void NameDetector::horse_names() {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    for (const std::uint32_t i : m_t.brackets) {
        if (i < 2 || i + 2 >= n || !is_punct(m_tok[i], '(') || !is_punct(m_tok[i + 2], ')') ||
            m_tok[i + 1].type != TokenType::word ||
            !any_of(s(i + 1), {"IRE", "GB", "FR", "NZ", "ITY", "SAF", "GER", "USA"}))
            continue;
        std::uint32_t a = i;
        while (a > 0 && same_block(a - 1, i) && (cap_word(a - 1) || (m_tok[a - 1].type == TokenType::word &&
                                                                        is_name_particle(s(a - 1)) && a - 1 > 0 &&
                                                                        cap_word(a - 2))) &&
               i - a < 5)
            --a;
        // (A rider's country after a person's name is no breeding code: "(GER)" and "(USA)" need a
        // betting price after the bracket, as in a racecard.)
        const bool price = i + 4 < n && m_tok[i + 3].type == TokenType::number && is_punct(m_tok[i + 4], '-');
        // ("Sandy Lane (IRE) 14-1": with odds, a horse's name may open with a given name; not a
        // golfer's rounds, "Bastian Lorenzen (GER) 68-67-68-68".)
        const bool odds = price && i + 5 < n && m_tok[i + 5].type == TokenType::number && same_block(i, i + 5) &&
                          !(i + 6 < n && is_punct(m_tok[i + 6], '-') && attached(i + 6));
        if (a < i && (price || !any_of(s(i + 1), {"GER", "USA"})) && (odds || !m_tok[a].is(k_wc_given)) &&
            !m_consumed[i + 1]) {
            m_vessels.insert(m_t.slice(a, i), 1);
            emit(i + 1, i + 2, Kind::place, "country"); // where the horse was bred
            m_consumed[i + 1] = 1;
        }
    }
    for (const std::uint32_t i : m_t.cap_words) {
        // (cheap tests first: nearly every capitalized word leaves at its length or first letter)
        if (m_tok[i].size() != 3 || m_t.text[m_tok[i].start] != 'N' || i + 2 >= n || !is_literal(s(i), "Non") ||
            !is_punct(m_tok[i + 1], '-') || !equals_lower(s(i + 2), "runners"))
            continue;
        std::uint32_t k = i + 3;
        if (k < n && is_punct(m_tok[k], ':')) ++k;
        while (k < n && same_block(i, k) && cap_word(k)) {
            std::uint32_t e = k;
            while (e < n && same_block(i, e) && cap_word(e)) ++e;
            m_vessels.insert(m_t.slice(k, e), 1);
            if (e < n && is_punct(m_tok[e], ',')) k = e + 1;
            else break;
        }
    }
}

bool NameDetector::position_code_before_name(std::uint32_t i) const {
    // One item: a code after the list's colon or a comma, then a capitalized name.
    const auto item = [&](std::uint32_t k) {
        return k > 0 && k + 1 < m_tok.size() && m_tok[k].type == TokenType::word && m_tok[k].size() <= 2 &&
               m_tok[k].has(k_cap) && any_of(s(k), {"GS", "GA", "WA", "WD", "GD", "GK", "C", "DF", "MF", "FW"}) &&
               cap_word(k + 1) && !m_tok[k + 1].has(k_all_caps) && m_tok[k + 1].has(k_space_before) &&
               same_block(k - 1, k + 1) && (is_punct(m_tok[k - 1], ':') || is_punct(m_tok[k - 1], ','));
    };
    if (!item(i)) return false;
    // (three of them on the line: a team list, not "…, WA Premier Roger Cook")
    const std::uint32_t block = m_tok[i].block;
    int items = 0;
    for (std::uint32_t k = m_t.block_first[block]; k < m_t.block_last[block] && items < 3; ++k) items += item(k);
    return items >= 3;
}

// The end of a Mongolian name at i ("B.Oyunchimeg", "Ts.Anujin", "Kh.Bat-Erdene"): an initial of
// one or two letters, a full stop and a capitalized name, all joined; i when there is none.
std::uint32_t NameDetector::patronymic_initial_end(std::uint32_t i) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (i + 2 >= n || m_tok[i].type != TokenType::word || !cap_word(i) || m_tok[i].size() > 2 ||
        !is_punct(m_tok[i + 1], '.') || !attached(i + 1) || !attached(i + 2) || !cap_word(i + 2) ||
        m_tok[i + 2].has(k_all_caps) || m_tok[i + 2].size() < 3 || !same_block(i, i + 2) ||
        (i > 0 && same_block(i - 1, i) && attached(i)))
        return i;
    const std::string_view w = s(i);
    if (w.size() == 2 && (w[1] < 'a' || w[1] > 'z' ||
                             any_of(w, {"St", "Mt", "Dr", "Mr", "Ms", "No", "Co", "Jr", "Sr", "Ft", "Pt", "Rd", "Av",
                                           "Vs", "Fr", "Lt", "Gb", "Mb", "Kb"})))
        return i;
    std::uint32_t e = i + 3;
    while (e + 1 < n && is_punct(m_tok[e], '-') && attached(e) && attached(e + 1) && cap_word(e + 1)) e += 2;
    // (the web's "X.Com", a file's "A.Txt": a plain word after the stop is no given name, unless a
    // hyphen joins a second part to it: "Kh.Bat-Erdene")
    if (e == i + 3 && (m_tok[i + 2].is(k_wc_common) || m_tok[i + 2].is(k_wc_function))) return i;
    // (not a dotted address or acronym: "A.B.C", "J.Crew.com")
    if (e < n && attached(e) && m_tok[e].type == TokenType::punct && m_tok[e].cp == '.' && e + 1 < n && attached(e + 1) &&
        m_tok[e + 1].type == TokenType::word)
        return i;
    return e;
}

// Maximal run of capitalized words with initials, connectors, hyphens and slashes inside.
std::uint32_t NameDetector::run_end(std::uint32_t i) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    std::uint32_t cur = i;
    while (cur + 1 < n && cur - i < 16) {
        std::uint32_t nx = cur + 1;
        if (!same_block(i, nx) || m_consumed[nx]) break;
        if (patronymic_initial_end(nx) != nx) break; // "By Ts.Anujin": a name of its own
        const Token& t = m_tok[nx];
        // "two Philippine Air Force C-130 planes": a model's letters before a hyphen and a number
        // close the name.
        if (t.type == TokenType::word && (t.size() == 1 ? t.has(k_cap) : (t.size() == 2 && t.has(k_all_caps))) && nx + 2 < n &&
            is_punct(m_tok[nx + 1], '-') && attached(nx + 1) && m_tok[nx + 2].type == TokenType::number && attached(nx + 2))
            break;
        if (cap_word(nx) && t.has(k_space_before) && m_tok[cur].type == TokenType::word) {
            cur = nx;
            continue;
        }
        // "Te Rūnanga o Ngāti Tūrongowai": the Māori "o" (of) joins a council to its iwi.
        if (t.type == TokenType::word && is_literal(s(nx), "o") && t.has(k_space_before) && nx + 1 < n &&
            same_block(i, nx + 1) && cap_word(nx + 1) && m_tok[nx + 1].has(k_space_before) &&
            (is_literal(s(cur), "Rūnanga") || is_literal(s(cur), "Runanga") || is_literal(s(cur), "Rūnanganui"))) {
            cur = nx + 1;
            continue;
        }
        // "Iain Mac a' Phearsain", "Catriona Nic a’ Phì": the Scottish Gaelic article after "Mac" and
        // "Nic" inside a surname.
        if (t.type == TokenType::word && is_literal(s(nx), "a") && t.has(k_space_before) && nx + 2 < n &&
            same_block(i, nx + 2) && (is_punct(m_tok[nx + 1], '\'') || is_punct(m_tok[nx + 1], 0x2019)) &&
            attached(nx + 1) && cap_word(nx + 2) && m_tok[nx + 2].has(k_space_before) && m_tok[cur].type == TokenType::word &&
            any_of(s(cur), {"Mac", "Nic", "Mhic", "Nighean"})) {
            cur = nx + 2;
            continue;
        }
        // "Comhairle nan Eilean Siar", "Conradh na Gaeilge", "Údarás na Gaeltachta": the Gaelic
        // article joins a body's word to what it serves.
        if (t.type == TokenType::word && t.has(k_space_before) && nx + 1 < n && same_block(i, nx + 1) &&
            (is_literal(s(nx), "na") || is_literal(s(nx), "nan") || is_literal(s(nx), "nam")) &&
            cap_word(nx + 1) && m_tok[nx + 1].has(k_space_before) && m_tok[cur].type == TokenType::word &&
            any_of(s(cur), {"Comhairle", "Conradh", "Údarás", "Udaras", "Foras", "Bòrd", "Bord", "Ollscoil", "Coláiste",
                               "Colaiste", "Cumann", "Roinn", "Oifig", "Comann", "Stòras", "Urras"})) {
            cur = nx + 1;
            continue;
        }
        // "Visma-Lease a Bike": a listed name with the article inside.
        if (t.type == TokenType::word && is_literal(s(nx), "a") && t.has(k_space_before) && nx + 1 < n &&
            same_block(i, nx + 1) && cap_word(nx + 1) && m_tok[nx + 1].has(k_space_before) &&
            m_tok[cur].type == TokenType::word && lookup(i, nx + 2).found()) {
            cur = nx + 1;
            continue;
        }
        // "Harlan B. Whitcomb III": a generational suffix closes a name.
        if (t.type == TokenType::word && t.has(k_space_before) && t.has(k_all_caps) && m_tok[cur].type == TokenType::word &&
            m_tok[cur].has(k_cap) && !m_tok[cur].has(k_all_caps) && cur > i && is_name_suffix(s(nx))) {
            cur = nx;
            continue;
        }
        // "Transport Workers Union Local 234", "UAW Local 600": a union's local branch ends in its
        // number.
        if (t.type == TokenType::number && t.has(k_space_before) && m_tok[cur].type == TokenType::word &&
            is_literal(s(cur), "Local") && t.size() <= 5) {
            cur = nx;
            break;
        }
        // "Top 14", "Ligue 1", "Formula 1", "Sport TV": a listed name that ends in a number or
        // an abbreviation that names nothing alone.
        if ((t.type == TokenType::number || (t.type == TokenType::word && t.has(k_cap))) && t.has(k_space_before) &&
            m_tok[cur].type == TokenType::word && lookup(i, nx + 1).found()) {
            cur = nx;
            continue;
        }
        // "Hawke's Bay", "King’s Bay", "St John's Wood": a possessive inside a place's name, when the
        // whole is a listed name or a word no list knows owns a final geographic head.
        if (t.type == TokenType::possessive && m_tok[cur].type == TokenType::word && nx + 1 < n &&
            same_block(i, nx + 1) && m_tok[nx + 1].has(k_space_before) && cap_word(nx + 1) &&
            (lookup(cur, nx + 2).found() ||
                (is_possessive_place_head(s(nx + 1)) &&
                    (cur == i || (cur == i + 1 && m_tok[i].is(k_wc_function)) ||
                        // "of Joe Batt's Arm": a full name's place after a preposition of place
                        (cur == i + 1 && i > 0 && same_block(i - 1, i) &&
                            any_of(s(i - 1), {"of", "in", "at", "to", "from", "near", "outside"}) &&
                            any_of(s(nx + 1), {"Arm", "Cove", "Harbour", "Harbor", "Bay", "Brook", "Neck", "Creek",
                                                  "Landing", "Island", "Pond"})) ||
                        (m_tok[cur - 1].type == TokenType::word && !m_tok[cur - 1].has(k_cap))) && // "… and Tyrrel’s Bay"
                    !lookup(cur, cur + 1).found() && !m_tok[cur].has(k_all_caps) &&
                    !(nx + 2 < n && same_block(i, nx + 2) && cap_word(nx + 2))))) {
            cur = nx + 1;
            continue;
        }
        // "Côte d'Ivoire", "Val d’Isère": an elided article before a capital belongs to the name.
        if (t.type == TokenType::word && !t.has(k_cap) && t.has(k_space_before) && m_tok[cur].type == TokenType::word &&
            t.size() >= 4 && (m_t.text[t.start] == 'd' || m_t.text[t.start] == 'l') && elided_capital(nx)) {
            cur = nx;
            continue;
        }
        if (cap_word(nx) && t.has(k_space_before) && is_punct(m_tok[cur], '.') &&
            !(t.has(k_sentence_start) && cur > i && company_suffix(cur - 1))) {
            cur = nx;
            continue;
        }
        if (is_punct(t, '.') && attached(nx) && m_tok[cur].type == TokenType::word) {
            std::string_view w = s(cur);
            bool initial = w.size() == 1 && cap_word(cur);
            bool title_abbrev = m_tok[cur].is(k_wc_abbreviation) && m_tok[cur].is(k_wc_title) && nx + 1 < n &&
                                cap_word(nx + 1) && same_block(i, nx + 1);
            if ((initial && nx + 1 < n && cap_word(nx + 1) && same_block(i, nx + 1)) || title_abbrev ||
                is_literal(w, "Jr") || is_literal(w, "Sr") || company_suffix(cur) || is_literal(w, "St") ||
                is_literal(w, "Mt") || is_literal(w, "Ave") || is_literal(w, "Blvd") || is_literal(w, "Rd") ||
                // ("ST. PAUL —": a dateline in capitals)
                ((is_literal(w, "ST") || is_literal(w, "MT")) && nx + 1 < n && m_tok[nx + 1].has(k_all_caps) &&
                    cap_word(nx + 1) && same_block(i, nx + 1))) {
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
        // "Thijs van 't Veld", "Van 't Veld": the Dutch article "'t" after "van" inside a surname.
        if (m_tok[cur].type == TokenType::word && same_block(i, nx)) {
            const bool van_cur = equals_lower(s(cur), "van") && m_tok[cur].has(k_cap);
            const bool van_next = t.type == TokenType::word && is_literal(s(nx), "van") && t.has(k_space_before) &&
                                  m_tok[cur].has(k_cap);
            const std::uint32_t art = van_next ? nx + 1 : (van_cur ? nx : k_none);
            if (art != k_none && art + 2 < n && (is_punct(m_tok[art], '\'') || is_punct(m_tok[art], 0x2019)) &&
                m_tok[art].has(k_space_before) && m_tok[art + 1].type == TokenType::word && is_literal(s(art + 1), "t") &&
                attached(art + 1) && cap_word(art + 2) && m_tok[art + 2].has(k_space_before) && same_block(i, art + 2)) {
                cur = art + 2;
                continue;
            }
        }
        // "Park Seong-hwan", "Ha Jae-won", "Lin Kuo-hsiung": a Korean or Chinese given name's
        // second syllable in lower case after a hyphen (not "Biden-era", "Kyiv-based": words).
        if (is_punct(t, '-') && attached(nx) && nx + 1 < n && attached(nx + 1) && cur > i && m_tok[cur].type == TokenType::word &&
            m_tok[cur].has(k_cap) && !m_tok[cur].has(k_all_caps) && m_tok[cur].size() <= 7 &&
            m_tok[nx + 1].type == TokenType::word && !m_tok[nx + 1].has(k_cap) && m_tok[nx + 1].size() >= 2 &&
            m_tok[nx + 1].size() <= 6 && same_block(i, nx + 1) &&
            (m_tok[nx + 1].lex.classes == 0 || word_like_name_syllable(s(nx + 1))) && // "Shih Chun-hung"
            (nx + 2 >= n || m_tok[nx + 2].has(k_space_before) || m_tok[nx + 2].type == TokenType::punct)) {
            cur = nx + 1;
            continue;
        }
        // "Nahr el-Kalb", "Ras al-Khaimah": an Arabic article joined to the next word by a hyphen.
        if (t.type == TokenType::word && t.has(k_space_before) && m_tok[cur].type == TokenType::word &&
            m_tok[cur].has(k_cap) && nx + 2 < n && (is_literal(s(nx), "el") || is_literal(s(nx), "al")) &&
            is_punct(m_tok[nx + 1], '-') && attached(nx + 1) && attached(nx + 2) && cap_word(nx + 2) &&
            same_block(i, nx + 2)) {
            cur = nx + 2;
            continue;
        }
        // "Kipipiri Dairy Farmers Co-operative Society": "Co-op" and "Co-operative" inside a name.
        if (is_punct(t, '-') && attached(nx) && nx + 1 < n && attached(nx + 1) && m_tok[cur].type == TokenType::word &&
            is_literal(s(cur), "Co") && m_tok[nx + 1].type == TokenType::word && any_of(s(nx + 1), {"operative", "op"})) {
            cur = nx + 1;
            continue;
        }
        // "Noor Developers (Pvt) Ltd": a private company's mark in brackets before its suffix.
        if (is_punct(t, '(') && nx + 3 < n && m_tok[cur].type == TokenType::word && same_block(i, nx + 3) &&
            any_of(s(nx + 1), {"Pvt", "Private", "Pte", "Pty"}) && is_punct(m_tok[nx + 2], ')') && company_suffix(nx + 3)) {
            cur = nx + 3;
            continue;
        }
        // "Neville ‘Tatta’ Blake": a nickname in quotation marks inside a person's name.
        if (t.type == TokenType::punct && m_tok[cur].type == TokenType::word) {
            const std::uint32_t close = nickname_close(nx);
            if (close != k_none) {
                cur = close + 1;
                continue;
            }
        }
        // "Savanna-la-Mar", "Dalton-in-Furness", "Bourton-on-the-Water", "Seine-et-Marne": lower-case particles
        // joined by hyphens inside a place's name.
        if (is_punct(t, '-') && attached(nx) && m_tok[cur].type == TokenType::word) {
            const std::uint32_t end = place_particle_end(nx);
            if (end != nx) {
                cur = end;
                continue;
            }
        }
        // (Not before an amount: "asked the Government for J$500 million", "the Federal Government of
        // N4.21 billion".)
        if (t.type == TokenType::word && !t.has(k_cap) && is_connector(s(nx)) && nx + 1 < n &&
            cap_word(nx + 1) && same_block(i, nx + 1) && m_tok[cur].type == TokenType::word &&
            !(nx + 2 < n && attached(nx + 2) && (is_punct(m_tok[nx + 2], '$') || m_tok[nx + 2].type == TokenType::number)) &&
            !(m_tok[nx + 1].has(k_has_digit) && m_tok[nx + 1].size() <= 4) &&
            // ("the Isle of May": a month after a natural feature's "of" is its name.)
            (m_tok[nx + 1].lex.month == 0 || feature_of(nx)) &&
            !m_tok[nx + 1].is(k_wc_weekday) &&
            // ("Follow Kansas Reflector on Facebook": a platform after "on" is a name of its own.)
            !(is_literal(s(nx), "on") && lookup(nx + 1, nx + 2).kind == Kind::org) &&
            // ("the Ana Liffey Drug Project on Middle Abbey Street": a street after "on" is where it is.)
            !(is_literal(s(nx), "on") && street_run_after(nx + 1)) &&
            // ("the Al Ghous Museum of Pearling on Saadiyat Island": nor an island's or a lake's name.)
            !(is_literal(s(nx), "on") && place_run_after(nx + 1)) &&
            // ("Deb Hansen of Hansen's Flowers": a shop's name after "of" is a name of its own.)
            !(nx + 2 < n && m_tok[nx + 2].type == TokenType::possessive && shop_name_end(nx + 1) != nx + 1) &&
            // "University of New Mexico": a function word may open a known name.
            (!m_tok[nx + 1].is(k_wc_function) || m_tok[nx + 1].is(k_wc_gazetteer)) &&
            !(is_literal(s(nx), "of") && firm_home_after(cur, i))) {
            cur = nx + 1;
            continue;
        }
        // Irish surnames with the article: "Daithí Mac an tSaoi", "Róisín Nic an Bhaird".
        if (t.type == TokenType::word && irish_article(nx) && nx + 1 < n && cap_word(nx + 1) && same_block(i, nx + 1)) {
            cur = nx + 1;
            continue;
        }
        // Two surname particles in a row: "Pieter van der Walt", "Ursula von der Leyen",
        // "Sofía de la Cruz".
        if (t.type == TokenType::word && !t.has(k_cap) && is_name_particle(s(nx)) && nx + 2 < n &&
            m_tok[nx + 1].type == TokenType::word && !m_tok[nx + 1].has(k_cap) && is_name_particle(s(nx + 1)) &&
            cap_word(nx + 2) && same_block(i, nx + 2) && m_tok[cur].type == TokenType::word && m_tok[cur].has(k_cap) &&
            !m_tok[nx + 2].is(k_wc_function)) {
            cur = nx + 2;
            continue;
        }
        // Arabic names: "Raed al-Obaidi", "Mohammed Shia al-Sudani" (a lower-case particle joined to
        // the surname by a hyphen).
        if (t.type == TokenType::word && !t.has(k_cap) && t.has(k_space_before) && is_hyphen_particle(s(nx)) &&
            nx + 2 < n && is_punct(m_tok[nx + 1], '-') && attached(nx + 1) && attached(nx + 2) && cap_word(nx + 2) &&
            same_block(i, nx + 2) && m_tok[cur].type == TokenType::word && m_tok[cur].has(k_cap)) {
            cur = nx + 2;
            continue;
        }
        // Catalan surnames joined by "i": "Núria Roig i Batlle".
        // ("Roig i Batlle said": the two surnames alone too.)
        if (t.type == TokenType::word && is_literal(s(nx), "i") && t.has(k_space_before) && nx + 1 < n &&
            cap_word(nx + 1) && m_tok[nx + 1].has(k_space_before) && same_block(i, nx + 1) &&
            (m_tok[i].is(k_wc_given) || (cur <= i + 1 && cap_word(i) && !m_tok[i].is(k_wc_common) &&
                                            !m_tok[i].is(k_wc_function) && !m_tok[i].is(k_wc_title))) &&
            cap_word(cur) && !m_tok[cur].has(k_all_caps) && !m_tok[nx + 1].has(k_all_caps) &&
            !m_tok[nx + 1].is(k_wc_function) && !(nx + 2 < n && same_block(i, nx + 2) && cap_word(nx + 2))) {
            cur = nx + 1;
            continue;
        }
        // Urdu and Persian compounds joined by an izafa: "Gulshan-i-Iqbal", "Jamaat-e-Islami",
        // "Hizb-ut-Tahrir".
        if (is_punct(t, '-') && attached(nx) && nx + 3 < n && attached(nx + 1) && attached(nx + 2) &&
            attached(nx + 3) && same_block(i, nx + 3) && m_tok[cur].type == TokenType::word && m_tok[cur].has(k_cap) &&
            m_tok[nx + 1].type == TokenType::word &&
            (any_of(s(nx + 1), {"i", "e"}) ||
                (any_of(s(nx + 1), {"ul", "ut", "us", "ud", "ur"}) && is_izafa_movement(s(cur)))) &&
            is_punct(m_tok[nx + 2], '-') && cap_word(nx + 3)) {
            cur = nx + 3;
            continue;
        }
        // Korean given names: "Tae-yang Ko", "Moon Jae-in", "Kim Jong-un" (a short lower-case
        // syllable that is no English word after the hyphen).
        if (is_punct(t, '-') && attached(nx) && nx + 1 < n && attached(nx + 1) && same_block(i, nx + 1) &&
            m_tok[cur].type == TokenType::word && m_tok[cur].has(k_cap) && !m_tok[cur].has(k_all_caps) &&
            // ("Lin Kuo-hsiung": a Wade–Giles syllable has up to six letters.)
            m_tok[cur].size() <= 4 && m_tok[nx + 1].type == TokenType::word && !m_tok[nx + 1].has(k_cap) &&
            (m_tok[nx + 1].size() <= 4 || (m_tok[nx + 1].size() <= 6 && wade_giles_tail(s(nx + 1)))) &&
            ((!m_tok[nx + 1].is(k_wc_common) && !m_tok[nx + 1].is(k_wc_function)) ||
                // ("Hye-won Kang"; not "Plug-in", "Sit-in": no two-letter word)
                (m_tok[nx + 1].size() >= 3 && word_like_name_syllable(s(nx + 1)) &&
                    !any_of(s(nx + 1), {"man", "wing"}))) && // (nor "Left-wing")
            !(nx + 2 < n && is_punct(m_tok[nx + 2], '-'))) {
            cur = nx + 1;
            continue;
        }
        // "University of the Andes", "Ministry of the Interior": "of the" after an organization head.
        // "U.S. District Court for the Eastern District of Pennsylvania", "Federal Office for the
        // Environment": "for the" after a court or an organization head.
        if (t.type == TokenType::word && is_literal(s(nx), "for") && nx + 2 < n && is_literal(s(nx + 1), "the") &&
            cap_word(nx + 2) && same_block(i, nx + 2) && m_tok[cur].type == TokenType::word &&
            (is_literal(s(cur), "Court") || org_head(cur)) && !is_function_word(s(nx + 2))) {
            cur = nx + 2;
            continue;
        }
        // ("the Mall of the Emirates": a mall's too; "Association of Families of the Port Blast
        // Victims": a second "of the" in a name an organization's head opens.)
        if (t.type == TokenType::word && is_literal(s(nx), "of") && nx + 2 < n && is_literal(s(nx + 1), "the") &&
            cap_word(nx + 2) && same_block(i, nx + 2) && m_tok[cur].type == TokenType::word &&
            (org_head(cur) || (cur == i && is_literal(s(cur), "Mall")) ||
                [&] {
                    // ("The Association …"; not "Institute of Marine Sciences of the University of …":
                    // an organization's head after "of the" opens a body of its own.)
                    const std::uint32_t h = m_tok[i].is(k_wc_function) ? i + 1 : i;
                    if (!(cur >= h + 2 && m_tok[h].type == TokenType::word && org_head(h) && is_literal(s(h + 1), "of")))
                        return false;
                    for (std::uint32_t q = nx + 2; q < n && same_block(i, q) && (cap_word(q) || is_punct(m_tok[q], '.')); ++q)
                        if (m_tok[q].type == TokenType::word && (org_head(q) || lookup(q, q + 1).kind == Kind::org)) return false;
                    return true;
                }()) &&
            !is_function_word(s(nx + 2))) {
            cur = nx + 2;
            continue;
        }
        // ("the Valley of the Kings", "Valley of the Queens": a listed name with "of the" inside.)
        if (t.type == TokenType::word && is_literal(s(nx), "of") && nx + 2 < n && is_literal(s(nx + 1), "the") &&
            cap_word(nx + 2) && same_block(i, nx + 2) && m_tok[cur].type == TokenType::word &&
            m_tok[i].is(k_wc_gazetteer) && lookup(i, nx + 3).found()) {
            cur = nx + 2;
            break; // ("the Valley of the Kings on Luxor's West Bank": the listed name ends the run)
        }
        // ("Save the Children UK", "Stop the War Coalition": a listed name with "the" inside.)
        if (t.type == TokenType::word && is_literal(s(nx), "the") && nx + 1 < n && cap_word(nx + 1) &&
            same_block(i, nx + 1) && m_tok[cur].type == TokenType::word && m_tok[i].is(k_wc_gazetteer) &&
            lookup(i, nx + 2).found()) {
            cur = nx + 1;
            continue;
        }
        if (is_punct(t, '&') && t.has(k_space_before) && nx + 1 < n && cap_word(nx + 1)) {
            cur = nx + 1;
            continue;
        }
        // "Moody's", "McDonald's", "Moody’s Investors Service": a listed name that ends in "'s".
        if (t.type == TokenType::possessive && m_tok[cur].type == TokenType::word && attached(nx) &&
            (possessive_name_start(i, nx) != k_none || (cur == i && lords_ground(nx)))) {
            cur = nx;
            // "Moody's Investors Service": the name may go on after it.
            if (nx + 1 < n && cap_word(nx + 1) && m_tok[nx + 1].has(k_space_before) && same_block(i, nx + 1)) ++cur;
            continue;
        }
        // "British Airline Pilots' Association", "Reindeer Herders’ Association": a plural
        // possessive inside an organization name.
        if (t.type == TokenType::punct && (t.cp == '\'' || t.cp == 0x2019) && attached(nx) &&
            m_tok[cur].type == TokenType::word && m_tok[cur].has(k_cap) && s(cur).size() > 3 && s(cur).back() == 's' &&
            nx + 1 < n && cap_word(nx + 1) && m_tok[nx + 1].has(k_space_before) && same_block(i, nx + 1) &&
            (org_head(nx + 1) || (nx + 2 < n && same_block(i, nx + 2) && org_head(nx + 2)) ||
                // ("St James' Park": a saint's name so written before a place's head.)
                (cur >= i + 1 && saint_word(cur - 1) && place_head(nx + 1)))) {
            cur = nx + 1;
            continue;
        }
        // "Cook County Sheriff's Office": the possessive stays inside when an office follows; so
        // does a plural in "-men" before an organization's head ("Kerry Inshore Fishermen’s
        // Association").
        if (t.type == TokenType::possessive && m_tok[cur].type == TokenType::word &&
            (is_office_holder(s(cur)) || (s(cur).size() > 5 && s(cur).substr(s(cur).size() - 3) == "men")) && nx + 1 < n && cap_word(nx + 1) && same_block(i, nx + 1) &&
            (org_head(nx + 1) || (nx + 2 < n && org_head(nx + 2)))) {
            cur = nx + 1;
            continue;
        }
        // "St Aldhelm's Hospital", "St Mary's Church", "St. John's College": a saint's possessive
        // before an institution or building head belongs to the name.
        if (t.type == TokenType::possessive && m_tok[cur].type == TokenType::word && cur >= i + 1 &&
            (is_literal(s(cur - 1), "St") || is_literal(s(cur - 1), "Saint") ||
                (is_literal(s(cur - 1), ".") && cur >= i + 2 && is_literal(s(cur - 2), "St"))) &&
            nx + 1 < n && cap_word(nx + 1) && same_block(i, nx + 1) && (org_head(nx + 1) || place_head(nx + 1))) {
            cur = nx + 1;
            continue;
        }
        // "Brigham and Women's Hospital", "Children's Hospital": a common noun's possessive
        // right before an organization head belongs to the name.
        if (t.type == TokenType::possessive && m_tok[cur].type == TokenType::word &&
            m_tok[cur].is(k_wc_common) && !find_token(cur).found() && nx + 1 < n && cap_word(nx + 1) &&
            same_block(i, nx + 1) && org_head(nx + 1) && !m_tok[nx + 1].is(k_wc_title)) {
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

// "(M)", "(U)", "(ML)" at q: a faction's letter or two in brackets (not a numeral or a variable:
// "FROB(I)", "FOO (X)").
bool NameDetector::faction_mark_at(std::uint32_t q) const {
    return q + 2 < m_tok.size() && is_punct(m_tok[q], '(') && cap_word(q + 1) && attached(q + 1) &&
           (m_tok[q + 1].size() == 1 || (m_tok[q + 1].size() == 2 && m_tok[q + 1].has(k_all_caps))) &&
           is_punct(m_tok[q + 2], ')') && attached(q + 2) && !any_of(s(q + 1), {"I", "V", "X"});
}

// "the Col du Tourmalet", "Col de la Madeleine", "Col d'Aspin", "Passo dello Stelvio": a mountain
// pass, not a colonel ("Col Tim Collins": no particle follows the title); "the Côte de la Redoute",
// "the Puerto de la Ragua": a race's climb (not a listed place: "Côte d'Ivoire").
std::uint32_t NameDetector::mountain_pass_end(std::uint32_t i) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (i + 1 >= n || m_tok[i].type != TokenType::word ||
        !any_of(s(i), {"Col", "Passo", "Colle", "Côte", "Puerto"}))
        return i;
    std::uint32_t j = i + 1;
    while (j < n && same_block(i, j) && m_tok[j].type == TokenType::word && !m_tok[j].has(k_cap) &&
           any_of(s(j), {"du", "de", "des", "la", "le", "l'", "del", "della", "dello", "di", "dei"}))
        ++j;
    const bool elided = j < n && same_block(i, j) && m_tok[j].type == TokenType::word && m_tok[j].has(k_cap) &&
                        m_tok[j].size() > 2 && (s(j).substr(0, 2) == "d'" || s(j).substr(0, 2) == "l'");
    if ((j == i + 1 && !elided) || j >= n || !same_block(i, j) || !cap_word(j)) return i;
    // ("said Col de Vries", "Col de Vries said": a colonel with a Dutch surname speaks.)
    const auto speech = [&](std::uint32_t k) {
        return k < n && same_block(i, k) && m_tok[k].type == TokenType::word && m_tok[k].is(k_wc_speech_verb);
    };
    if ((i > 0 && speech(i - 1)) || speech(j + 1)) return i;
    if ((is_literal(s(i), "Côte") || is_literal(s(i), "Puerto")) && lookup(i, j + 1).found()) return i;
    return j + 1;
}

// "Eleanor “Nell” Whitcombe-Ash", "Ramon "Bong" Cabacang", "Eusebio “El Profe” Carranza": a
// given name, then a nickname of one to three capitalized words in quotation marks joined to it,
// then the surname: one person ("Mary “Cold” weather": no surname after the marks).
std::uint32_t NameDetector::nickname_name_end(std::uint32_t i) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (i + 4 >= n || !(m_tok[i].is(k_wc_given) || is_country_given_name(s(i))) || m_tok[i].has(k_all_caps) ||
        m_tok[i].has(k_title_line))
        return i;
    const auto opening = [&](const Token& t) {
        return t.type == TokenType::punct && (t.cp == 0x201C || t.cp == '"' || t.cp == 0x2018 || t.cp == '\'');
    };
    const auto closing = [&](const Token& t, char32_t open) {
        if (t.type != TokenType::punct) return false;
        if (open == 0x201C) return t.cp == 0x201D;
        if (open == 0x2018) return t.cp == 0x2019;
        return t.cp == open;
    };
    const std::uint32_t q = i + 1;
    if (!opening(m_tok[q]) || !m_tok[q].has(k_space_before) || !same_block(i, q + 1) || !attached(q + 1) ||
        !cap_word(q + 1))
        return i;
    std::uint32_t c = q + 1;
    while (c < n && c < q + 4 && same_block(i, c) && cap_word(c)) ++c;
    if (c >= n || c + 1 >= n || !closing(m_tok[c], m_tok[q].cp) || m_tok[c].has(k_space_before) ||
        !same_block(i, c + 1) || !cap_word(c + 1) || !m_tok[c + 1].has(k_space_before) ||
        m_tok[c + 1].is(k_wc_function) || m_tok[c + 1].is(k_wc_title))
        return i;
    // The surname: capitalized words, hyphened parts and lower-case particles before a capital
    // ("Whitcombe-Ash", "Dela Paz-Ramos", "de la Cruz"), and "Jr."; not "of Garfield Heights".
    std::uint32_t end = c + 1;
    std::uint32_t words = 0;
    while (end < n && same_block(i, end) && words < 5) {
        if (cap_word(end)) {
            ++words;
            ++end;
        } else if (is_punct(m_tok[end], '-') && attached(end) && end + 1 < n && attached(end + 1) && cap_word(end + 1)) {
            end += 2;
            ++words;
        } else if (m_tok[end].type == TokenType::word && end + 1 < n && same_block(end, end + 1) &&
                   cap_word(end + 1) && (is_name_particle(s(end)) || is_literal(s(end), "dela"))) {
            ++end;
        } else {
            break;
        }
        if (end < n && is_punct(m_tok[end], '.') && attached(end) && any_of(s(end - 1), {"Jr", "Sr"})) {
            ++end;
            break;
        }
    }
    return words <= 4 ? end : i;
}

// "Miller's Hardware", "Hansen's Flowers & Gifts", "Rosie's Diner": a family's or an owner's
// possessive, then a shop's trade word, names the business (not "Smith's Hospital team": no trade).
std::uint32_t NameDetector::shop_name_end(std::uint32_t i) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (i + 2 >= n || m_tok[i + 1].type != TokenType::possessive || !cap_word(i) || m_tok[i].has(k_all_caps) ||
        m_tok[i].has(k_title_line) || !attached(i + 1) || !same_block(i, i + 2) || !cap_word(i + 2) ||
        !m_tok[i + 2].has(k_space_before) || lookup(i, i + 1).found())
        return i;
    const auto trade = [&](std::uint32_t q) {
        return any_of(s(q), {"Hardware", "Flowers", "Florist", "Gifts", "Diner", "Bakery", "Pharmacy", "Drugs",
                             "Furniture", "Jewelers", "Jewellers", "Grocery", "Groceries", "Market", "Store", "Stores",
                             "Shop", "Cafe", "Café", "Restaurant", "Tavern", "Pub", "Grill", "Deli", "Bistro", "Garage",
                             "Motors", "Books", "Bookshop", "Barbershop", "Salon", "Boutique", "Pizza", "Pizzeria",
                             "Butchers", "Butcher", "Nursery", "Supply", "Supplies", "Lumber", "Feed", "Landscaping",
                             "Plumbing", "Creamery", "Brewery", "Distillery", "Winery", "Orchard", "Orchards",
                             "Dairy", "Catering", "Cleaners", "Tailors", "Outfitters", "Mart", "Emporium"});
    };
    std::uint32_t end = k_none;
    for (std::uint32_t q = i + 2; q < n && q < i + 6 && same_block(i, q); ++q) {
        if (is_punct(m_tok[q], '&') || (m_tok[q].type == TokenType::word && is_literal(s(q), "and"))) continue;
        if (!cap_word(q)) break;
        if (trade(q)) end = q + 1;
    }
    return end == k_none ? i : end;
}

// "Kun.uz", "Local.fo", "Vanguardngr.ng": a country's web domain after a news site's name (not the
// two-letter words of English: "in", "it", "is", "to", "me", "am", "be", "no", "at", "us", "my").
bool NameDetector::country_domain(std::string_view w) {
    return any_of(w, {"uz", "fo", "ng", "ke", "za", "pk", "bd", "lk", "sg", "ph", "vn", "kz", "kg", "ge", "ru", "ua",
                      "pl", "cz", "sk", "hu", "ro", "bg", "rs", "hr", "si", "mt", "cy", "gr", "tr", "ie", "uk", "nz",
                      "au", "ca", "fj", "ws", "gh", "tz", "ug", "rw", "zm", "mw", "zw", "na", "bw", "mz", "ao", "cm",
                      "sn", "ci", "ma", "tn", "eg", "ae", "sa", "qa", "kw", "bh", "om", "jo", "lb", "il", "np", "mv",
                      "cn", "hk", "tw", "jp", "kr", "mn", "br", "ar", "cl", "pe", "ve", "ec", "bo", "py", "uy", "mx",
                      "gt", "cr", "pa", "jm", "tt", "bb", "bs", "lc", "de", "fr", "es", "pt", "nl", "lu", "ch", "dk",
                      "se", "fi", "ee", "lv", "lt", "md", "ba", "mk", "al", "tv"});
}

// The dotted acronym token at i ("F.B.I.", "H.R.P.P."): emitted as an organization, true; false
// when it is none (a listed place such as "U.S." is left to the lookups).
bool NameDetector::dotted_acronym(std::uint32_t i) {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    const std::string_view w = s(i);
    char letters[12];
    std::size_t count = 0;
    for (const char c : w) {
        if (c == '.') continue;
        if (c < 'A' || c > 'Z' || count == sizeof letters) return false;
        letters[count++] = c;
    }
    if (count < 2 || lookup(i, i + 1).found()) return false;
    const std::uint32_t k = i + 1;
    if (k < n && attached(k) && (m_tok[k].type == TokenType::word || is_punct(m_tok[k], '-'))) return false; // "U.S.-based"
    // Initials before a name: "J.R.R. Tolkien", "W.E.B. Du Bois".
    if (k < n && same_block(i, k) && cap_word(k) && !all_caps(k) && m_tok[k].has(k_space_before) &&
        (m_tok[k].lex.classes & (k_wc_common | k_wc_function | k_wc_title | k_wc_title_modifier | k_wc_name_head)) == 0)
        return false;
    const std::string_view key(letters, count);
    if (is_non_org_acronym(key)) return false; // "G.P.A.", "C.R.T."
    const GazetteerEntry e = m_g.find(key);
    if (e.found() && e.kind != Kind::org) return false;
    if (count == 2 && !e.found()) return false;
    m_keep_period = true;
    emit(i, i + 1, Kind::org, e.found() ? e.subtype : "other");
    m_keep_period = false;
    return true;
}

// "the Philadelphia 76ers", "the 49ers", "led the 76ers": a team named with digits, which no run of
// capitalized words holds. The listed name, with its city or alone; then the other uses of a
// nickname the text gave with its city.
void NameDetector::digit_team_names() {
    std::vector<std::uint32_t> singles;
    WordTable<std::uint32_t> nicknames;
    for (const std::uint32_t i : m_t.figure_starts) {
        const Token& t = m_tok[i];
        if (t.type != TokenType::number || !t.has(k_has_alpha) || t.size() < 4 || m_consumed[i]) continue;
        const char last = m_t.text[t.end - 1];
        if (last < 'a' || last > 'z') continue; // ("2010s", "5km" leave at the lookups)
        GazetteerEntry e;
        std::uint32_t a = i;
        // (The city's words before it, longest first: "San Francisco 49ers".)
        for (std::uint32_t k = i >= 3 ? i - 3 : 0; k < i && a == i; ++k) {
            bool words = m_tok[i].has(k_space_before) && same_block(k, i);
            for (std::uint32_t q = k; q < i && words; ++q) words = cap_word(q);
            if (!words) continue;
            e = lookup(k, i + 1);
            if (e.found() && e.kind == Kind::org) a = k;
        }
        if (a == i) e = m_g.find(s(i));
        if (!e.found() || e.kind != Kind::org || !is_literal(e.subtype, "team")) {
            singles.push_back(i);
            continue;
        }
        if (a < i)
            for (Mention& m : m_out)
                if (m.first >= a && m.last <= i) m.kind = Kind::highlight; // the city alone was emitted
        const std::uint32_t idx = emit(a, i + 1, Kind::org, "team");
        if (idx != k_none && a < i) nicknames.insert(s(i), idx);
    }
    if (nicknames.size() == 0) return;
    for (const std::uint32_t i : singles)
        if (const std::uint32_t* team = nicknames.find(s(i))) {
            const std::uint32_t idx = emit(i, i + 1, Kind::org, "team");
            if (idx != k_none) m_out[idx].link = *team;
        }
}

// ---- emission --------------------------------------------------------------------------
std::uint32_t NameDetector::emit(std::uint32_t a, std::uint32_t b, Kind kind, const char* subtype, bool weak) {
    // Keep a trailing period only when it belongs to an abbreviation token we included.
    while (b > a && m_tok[b - 1].type == TokenType::punct && !is_punct(m_tok[b - 1], '.') &&
           !(m_keep_close_bracket && is_punct(m_tok[b - 1], ')')))
        --b;
    if (b > a && is_punct(m_tok[b - 1], '.')) {
        std::string_view w = b >= 2 ? s(b - 2) : std::string_view();
        // "Acme AG." ending a sentence: the period is the sentence's ("Acme Corp." keeps it).
        bool sentence_end = b >= m_tok.size() || !same_block(b - 1, b) || m_tok[b].has(k_sentence_start);
        bool suffix = b >= 2 && company_suffix(b - 2) && (is_abbreviation_word(w) || w.find('.') != w.npos || !sentence_end);
        bool keep = b - 1 > a &&
            (suffix || is_literal(w, "Jr") || is_literal(w, "Sr") || is_literal(w, "St") || is_literal(w, "Mt") ||
                is_literal(w, "Ave") || is_literal(w, "Blvd") || is_literal(w, "Rd") || (w.size() == 1 && b - 1 > a));
        if (!keep && !m_keep_period) --b;
    }
    if (b <= a) return k_none;
    // "Gen. Bloodnok", "Maj. Tan": an abbreviated title with its full stop before one name is no
    // part of the person's span (GUIDELINES drops titles).
    // ("Adj. Sr. Comr. Yohanes Bere Nahak": ranks in a row, "Sr." before another title.)
    while (kind == Kind::person && b - a >= 3 && m_tok[a].type == TokenType::word &&
           (m_tok[a].is(k_wc_title) || (is_literal(s(a), "Sr") && m_tok[a + 2].is(k_wc_title))) &&
           m_tok[a].has(k_cap) && !m_tok[a].has(k_all_caps) && is_punct(m_tok[a + 1], '.') && attached(a + 1) &&
           cap_word(a + 2))
        a += 2;
    if (kind == Kind::person && !person_possible(a, b, weak)) return k_none;
    // "El Rosario", "Los Alamos": a Spanish article opens no person's name (it follows a given
    // name: "Fatima El Amrani"); after "in", "near", "at", "from" it opens a place's.
    if (kind == Kind::person && b - a >= 2 && m_tok[a].type == TokenType::word && any_of(s(a), {"El", "Los", "Las"})) {
        // (The surname of one named in full earlier stays his: "El Amrani said".)
        bool surname = false;
        for (const Mention& p : m_out)
            surname = surname || (p.kind == Kind::person && p.name_parts >= 2 && p.last - p.first >= b - a &&
                                     s(p.last - 1) == s(b - 1) && s(p.last - (b - a)) == s(a));
        if (!surname) {
            if (!preposition_before(a, {"in", "at", "near", "from", "outside", "to"})) return k_none;
            kind = Kind::place;
            subtype = "city";
        }
    }
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
            if (m_tok[k].type == TokenType::word && m_tok[k].size() > 1 && !is_name_suffix(s(k)) &&
                !(k > a && is_punct(m_tok[k - 1], '-') && attached(k - 1) && attached(k)))
                ++parts; // "Okafor-Reyes" is one name part
        m.name_parts = parts;
        m.subtype = parts >= 2 ? "full" : "partial";
        // A title word that is the surname of a person named so far ("Lorraine Cardinal", then
        // "Chief Cardinal" and "Ms. Cardinal") is that name after a title (title_length()).
        if (parts >= 2 && !weak && m_tok[b - 1].type == TokenType::word && m_tok[b - 1].is(k_wc_title))
            m_title_surnames.insert(s(b - 1), 1);
    }
    m_out.push_back(m);
    return static_cast<std::uint32_t>(m_out.size() - 1);
}

// No person: a word with digits ("Shs400", "TSh2"), or a guess after an article before a
// lower-case noun or alone ("a Tessellate Verdant robot", "the Verdant", "an Amcos warehouse").
bool NameDetector::person_possible(std::uint32_t a, std::uint32_t b, bool weak) const {
    for (std::uint32_t k = a; k < b; ++k)
        if (m_tok[k].type == TokenType::word && m_tok[k].has(k_has_digit)) return false;
    // "the Secretary of State", "Head of State": an institution's word alone is nobody's name, and
    // no name ends in "State" ("Golden State").
    if (b == a + 1 && any_of(s(a), {"Party", "Parliament", "Senate", "Government", "Council", "Commission", "Army",
                                       "Police", "Military", "Opposition", "Federal", "Presidential"}))
        return false;
    if (m_tok[b - 1].type == TokenType::word && is_literal(s(b - 1), "State")) return false;

    // ("out of the Stagno di Cabras": a lower-case "the" before a name whose first word no list
    // gives as a first name is a place's or a thing's, not a person's.)
    if (!weak && b - a >= 2 && a > 0 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word &&
        is_literal(s(a - 1), "the") && m_tok[a].type == TokenType::word && !m_tok[a].is(k_wc_given) &&
        !m_tok[a].is(k_wc_title) && !m_tok[a].has(k_all_caps))
        return false;
    if (!weak || a == 0 || !same_block(a - 1, a) || m_tok[a - 1].type != TokenType::word) return true;
    const std::string_view article = s(a - 1);
    if (!equals_lower(article, "a") && !equals_lower(article, "an") && !equals_lower(article, "the")) return true;
    // ("the Kennedys": a family; "the Smith case" has a name, but a guess without evidence is none.)
    return b - a == 1 && s(a).back() == 's' && b < m_tok.size() && m_tok[b].type != TokenType::word;
}

// Longest gazetteer entry starting at a within [a, b): returns its end or a.
std::uint32_t NameDetector::longest_gazetteer(std::uint32_t a, std::uint32_t b, GazetteerEntry& e) const {
    // A clear lexicon bit: no name starts with this word (the all-caps retry is lookup()'s).
    std::uint32_t bound = m_tok[a].is(k_wc_gazetteer) ? m_g.max_words_from(s(a)) : 0;
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

} // namespace gloss::core::detect::names_impl

namespace gloss::core::detect {

using names_impl::NameDetector;


// "NB Power", "MIT AI Lab": an acronym that names nothing alone, then an organization's head word
// that ends the name.
bool NameDetector::acronym_before_org_head(std::uint32_t i) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (i + 1 >= n || !same_block(i, i + 1) || !m_tok[i + 1].has(k_space_before) || m_tok[i + 1].type != TokenType::word ||
        !m_tok[i + 1].has(k_cap) || m_tok[i + 1].has(k_all_caps) || !m_tok[i + 1].is(k_wc_name_head) ||
        org_head_subtype(s(i + 1)) == nullptr)
        return false;
    return !(i + 2 < n && same_block(i, i + 2) && m_tok[i + 2].type == TokenType::word && m_tok[i + 2].has(k_cap));
}

// "Line" at `line` heads a railway's or a metro's name ("North-South Line", "Elizabeth Line"), not
// a title's words ("End Of Line", "On-Line", "The Command Line", "the Party Line").
bool NameDetector::railway_line(std::uint32_t line) const {
    if (line == 0) return false;
    const Token& before = m_tok[line - 1];
    if (before.type == TokenType::punct) // "North-South Line", not "On-Line"
        return is_punct(before, '-') && line >= 2 && m_tok[line - 2].has(k_cap) && !is_literal(s(line - 2), "On");
    return !any_of(s(line - 1), {"Of", "On", "In", "At", "To", "The", "Was", "Is", "Command", "Bottom", "Front", "Party"});
}

bool is_open_quote_cp(char32_t cp) { return cp == '"' || cp == 0x201C || cp == 0x201E || cp == 0x00AB; }

namespace {
// "told The New York Times", "a poll for The Jakarta Post": a capitalized "The" before a paper's
// name in mid-sentence is part of its title (GUIDELINES §1.4); a sentence's first "The" is not.
void keep_titles_the(const TokenTable& table, std::vector<Mention>& names) {
    const auto& tok = table.tokens;
    for (std::size_t k = 0; k < names.size(); ++k) {
        Mention& m = names[k];
        if (m.kind != Kind::org || m.first == 0 || std::string_view(m.subtype) != "media") continue;
        const std::uint32_t t = m.first - 1;
        if (tok[t].type != TokenType::word || tok[t].block != tok[m.first].block || tok[t].has(k_sentence_start) ||
            !tok[m.first].has(k_space_before) || table.str(t) != "The" || (k > 0 && names[k - 1].last > t))
            continue;
        m.first = t;
        m.range.start = tok[t].start;
    }
}
// "ap Dafydd", "van Wyk", "al-Tayeb": a surname's lower-case particle before a person's mention
// belongs to the name (the run of capitals leaves it out when the surname stands alone).
void keep_surname_particles(const TokenTable& table, std::vector<Mention>& names) {
    const auto& tok = table.tokens;
    for (std::size_t k = 0; k < names.size(); ++k) {
        Mention& m = names[k];
        if (m.kind != Kind::person) continue;
        std::uint32_t f = m.first;
        while (f >= 1 && (k == 0 || names[k - 1].last < f)) {
            std::uint32_t p = f - 1;
            // "al-Tayeb": the particle hyphened to the name
            const bool hyphen = is_punct(tok[p], '-') && !tok[f].has(k_space_before) && !tok[p].has(k_space_before) &&
                                p >= 1;
            if (hyphen) --p;
            if (tok[p].type != TokenType::word || tok[p].block != tok[f].block || tok[p].has(k_cap) ||
                (!hyphen && !tok[f].has(k_space_before)) || (k > 0 && names[k - 1].last > p))
                break;
            const std::string_view w = table.str(p);
            const bool particle = hyphen ? (w == "al" || w == "el")
                                         : (w == "ap" || w == "ab" || w == "van" || w == "von" || w == "der" || w == "den" ||
                                               w == "ter" || w == "ten" || w == "bin" || w == "binti" || w == "ibn" ||
                                               w == "du"); // (not "de", "da", "di": prepositions in place names too)
            if (!particle) break;
            f = p;
        }
        if (f == m.first) continue;
        m.first = f;
        m.range.start = tok[f].start;
    }
}
} // namespace

std::vector<Mention> detect_names(const TokenTable& table) {
    NameDetector d(table);
    std::vector<Mention> names = d.run();
    apply_context_rules(table, names);
    keep_titles_the(table, names);
    keep_surname_particles(table, names);
    return names;
}

} // namespace gloss::core::detect
