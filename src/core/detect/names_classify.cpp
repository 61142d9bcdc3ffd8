// SPDX-License-Identifier: MIT
// PERSON / ORG / PLACE classification of a capitalized run: gazetteers, heads, titles, context.
#include "detect/name_detector.h"

#include <algorithm>
#include <string>

namespace gloss::core::detect::names_impl {

namespace {
// A county's name by its ending: "Perthshire", "Lanarkshire" (not "Shire" alone).
bool shire_word(std::string_view w) {
    return w.size() >= 8 && w.substr(w.size() - 5) == "shire";
}
} // namespace

// Length of a title phrase starting at a ("Prime Minister", "Foreign Minister", "Dr."),
// 0 when none. Strong titles always count; ambiguous ones need a name after them.
std::uint32_t NameDetector::title_length(std::uint32_t a, std::uint32_t b) const {
    // ("Dunkirk and Saint-Nazaire", "Camille Saint-Saëns": a saint's word joined by a hyphen to
    // the next opens a town's or a family's name, no title.)
    if (a + 2 < b && saint_word(a) && is_punct(m_tok[a + 1], '-') && attached(a + 1) && attached(a + 2)) return 0;
    // ("King County Metro", "Prince George County", "Prince Edward Island": a title's word opening a
    // county's or an island's name.)
    if (a + 1 < b && m_tok[a].type == TokenType::word && m_tok[a].size() >= 4 && m_tok[a].size() <= 6 &&
        m_tok[a].is(k_wc_title) && is_royal_title(s(a)) &&
        m_tok[a + 1].type == TokenType::word &&
        (any_of(s(a + 1), {"County", "Island"}) ||
            (a + 2 < b && m_tok[a + 2].type == TokenType::word && any_of(s(a + 2), {"County", "Island"}))))
        return 0;
    // ("a terminal near Prince Rupert", "in Prince George": after a preposition of place, a royal
    // title opening a listed town is the town's first word.)
    if (a + 2 <= b && m_tok[a].type == TokenType::word && is_royal_title(s(a)) && a > 0 &&
        preposition_before(a, {"near", "in", "outside"}) &&
        !(a + 2 < m_tok.size() && m_tok[a + 2].type == TokenType::possessive)) {
        const GazetteerEntry town = lookup(a, a + 2);
        if ((town.found() && town.kind == Kind::place) || m_g.is_town(m_t.slice(a, a + 2))) return 0;
    }
    std::uint32_t k = a;
    // ("Treasury Cabinet Secretary Amina Lagat": Kenya's minister is a cabinet secretary.)
    // ("the Very Rev Alison Threlkeld", "the Rt Hon Jane Doe": a clergy's or a privy counsellor's
    // style before the title.)
    while (k < b && m_tok[k].type == TokenType::word &&
           ((m_tok[k].is(k_wc_title_modifier) && !m_tok[k].is(k_wc_title)) ||
               (is_literal(s(k), "Cabinet") && k + 1 < b && any_of(s(k + 1), {"Secretary", "Minister"})) ||
               (any_of(s(k), {"Very", "Most", "Rt", "Right"}) && k + 1 < b && m_tok[k + 1].type == TokenType::word &&
                   any_of(s(k + 1), {"Rev", "Rev.", "Revd", "Reverend", "Hon", "Hon.", "Honourable", "Honorable"}))))
        ++k;
    std::uint32_t end = k;
    while (end < b && m_tok[end].type == TokenType::word &&
        !(end > k && m_title_surnames.size() > 0 && m_title_surnames.contains(s(end))) &&
        // ("Mr Pi Mai": a short honorific after another title is the name's first word.)
        !(end > k && m_tok[end].size() <= 3 && any_of(s(end), {"Pu", "Pi", "Nei"})) &&
        (m_tok[end].is(k_wc_title) ||
            // ("Menteri Besar Amirul Hakim": a Malaysian state's chief minister.)
            (end > k && is_literal(s(end), "Besar") && is_literal(s(end - 1), "Menteri")) ||
            // ("Council Member Ana Ruiz", "Assembly Member Tom Diaz": a body's member before a name.)
            (end == k && is_literal(s(end), "Member") && end > 0 && m_tok[end - 1].type == TokenType::word &&
                any_of(s(end - 1), {"Council", "Assembly", "Board", "Committee", "Commission"}) && end + 1 < b &&
                m_tok[end + 1].is(k_wc_given)) ||
            (end > k && m_tok[end].is(k_wc_title_modifier) && end + 1 < b &&
                (m_tok[end + 1].is(k_wc_title) || m_tok[end + 1].is(k_wc_title_modifier) ||
                    is_literal(s(end), "Executive") || is_literal(s(end), "General"))))) {
        ++end;
        if (end < b && is_punct(m_tok[end], '.') && attached(end)) ++end;
        // "Director-General", "Auditor-General", "Minister-designate": a hyphenated office.
        if (end + 1 < b && is_punct(m_tok[end], '-') && attached(end) && attached(end + 1) &&
            m_tok[end + 1].type == TokenType::word &&
            (m_tok[end + 1].is(k_wc_title) || m_tok[end + 1].is(k_wc_title_modifier) ||
                any_of(s(end + 1), {"elect", "designate", "General", "general"})))
            end += 2;
        // "Clerk and Recorder Janelle Ruegamer": two offices joined by "and" are one title.
        if (end + 1 < b && is_literal(s(end), "and") && m_tok[end + 1].type == TokenType::word &&
            m_tok[end + 1].is(k_wc_title) && m_tok[end + 1].has(k_cap) && m_tok[end - 1].is(k_wc_title))
            ++end;
        // "Secretary of State", "Minister of Defence": title + of + one word; "Minister of Home
        // Affairs Bart Scheepmans", "Minister of Agriculture and Marine Resources Desmond Pinder": the
        // portfolio's words up to the given name that opens the person's.
        // ("Secretary for Transport and Logistics Wilfred Tsang Ka-lok", "Vice Finance Minister for
        // International Affairs Ryosuke Tanabe": a minister's "for" as well, up to a given name or
        // the last two words; not a seat: "Coroner for Kerry", "MP for Stockton North".)
        const bool minister_for = end + 1 < b && is_literal(s(end), "for") && end > k &&
                                  is_ministerial_title(s(end - 1)) &&
                                  !lookup(end + 1, end + 2).found();
        if (end + 1 < b && (is_literal(s(end), "of") || minister_for) && cap_word(end + 1) && end + 2 < b) {
            std::uint32_t j = end + 1;
            while (j + 2 < b && ((cap_word(j) && !m_tok[j].is(k_wc_given)) ||
                                    (m_tok[j].type == TokenType::word && any_of(s(j), {"and", "the"})) ||
                                    is_punct(m_tok[j], '&')))
                ++j;
            const bool given =
                j >= end + 2 && m_tok[j].type == TokenType::word && m_tok[j].is(k_wc_given) && cap_word(j - 1);
            if (given) end = j;
            else if (!minister_for) end = end + 2;
            // (The last two words after a portfolio's ordinary word; not "Minister for Transport Chua
            // Kheng Yong", a name of three words.)
            else if (j + 2 == b && j > end + 1 && cap_word(j) && cap_word(j + 1) && cap_word(j - 1) &&
                     m_tok[j - 1].is(k_wc_common))
                end = j;
            // ("Minister for Transport Chua Kheng Yong": three short words no list knows after an
            // ordinary one, a family name and a given name of two syllables.)
            else if (j + 2 == b && j > end + 2 && m_tok[j - 2].is(k_wc_common)) {
                bool short_words = true;
                for (std::uint32_t q = j - 1; q < b && short_words; ++q)
                    short_words = cap_word(q) && !m_tok[q].has(k_all_caps) && m_tok[q].size() >= 2 &&
                                  m_tok[q].size() <= 5 && (m_tok[q].lex.classes & ~k_wc_gazetteer) == 0;
                if (short_words) end = j - 1;
            }
        }
    }
    if (end == k) return 0;
    return end - a;
}

bool NameDetector::person_shape(std::uint32_t a, std::uint32_t b) const {
    std::uint32_t words = 0;
    for (std::uint32_t k = a; k < b; ++k) {
        const Token& t = m_tok[k];
        if (t.type == TokenType::word) {
            std::string_view w = s(k);
            if (!t.has(k_cap)) {
                // Name particles inside a name: "Mohammed bin Salman", "Ursula von der Leyen".
                if (k > a && k + 1 < b && is_name_particle(w)) continue;
                if (k > a && k + 1 < b && irish_article(k)) continue; // "Daithí Mac an tSaoi"
                // "Iain Mac a' Phearsain": the Scottish Gaelic article and its apostrophe.
                if (k > a && k + 2 < b && is_literal(w, "a") && any_of(s(k - 1), {"Mac", "Nic", "Mhic", "Nighean"}) &&
                    (is_punct(m_tok[k + 1], '\'') || is_punct(m_tok[k + 1], 0x2019))) {
                    ++k;
                    continue;
                }
                if (k > a && syllable_tail(k)) continue; // "Moon Jae-in"
                return false;
            }
            if (inner_said(k, a, b)) { // "Juma Said Mbaraka"
                ++words;
                continue;
            }
            // "Harriet A. Lindgren-Moss": an initial, not the article; "A. Senthamarai Kannan" opens
            // with one before a name word.
            if (t.size() == 1 && k + 1 < b && is_punct(m_tok[k + 1], '.') && attached(k + 1) &&
                (k > a || (k + 2 < b && cap_word(k + 2) && !m_tok[k + 2].is(k_wc_function))))
                continue;
            // "Chandran-Welsh": a demonym joined by a hyphen is a surname part.
            // "Mohammed Shia al-Sudani", "Tom English": after a given name, too.
            // ("head coach Sami Kaartinen-Rask", "Christian Dubey-Mauron": a given name spelled like
            // a people or a faith opens a name before a double-barrelled surname no list knows.)
            const bool hyphen_part = (k > a && is_punct(m_tok[k - 1], '-') && attached(k - 1) && attached(k)) ||
                                     (k > a && m_tok[a].is(k_wc_given)) ||
                                     (k == a && t.is(k_wc_given) && k + 1 < b && m_tok[k + 1].type == TokenType::word &&
                                         m_tok[k + 1].has(k_space_before) && !m_tok[k + 1].has(k_all_caps) &&
                                         k + 3 < b && is_punct(m_tok[k + 2], '-') && attached(k + 2) && attached(k + 3) &&
                                         (m_tok[k + 1].lex.classes & (k_wc_common | k_wc_demonym | k_wc_function |
                                                                         k_wc_title | k_wc_name_head | k_wc_gazetteer)) == 0);
            if ((t.is(k_wc_demonym) && !hyphen_part) || t.is(k_wc_function) || is_month_word(k)) return false;
            if (t.size() > 1 && !is_name_suffix(w)) ++words;
            continue;
        }
        if (is_punct(t, '.') || is_punct(t, '-')) continue;
        // ("Thijs van 't Veld": the Dutch article after "van".)
        if ((is_punct(t, '\'') || is_punct(t, 0x2019)) && k > a && m_tok[k - 1].type == TokenType::word &&
            equals_lower(s(k - 1), "van") && k + 2 < b && m_tok[k + 1].type == TokenType::word &&
            is_literal(s(k + 1), "t") && attached(k + 1)) {
            ++k;
            continue;
        }
        // ("Neville ‘Tatta’ Blake": a quoted nickname inside the name.)
        if (const std::uint32_t close = nickname_close(k); close != k_none && close < b) {
            k = close;
            continue;
        }
        return false;
    }
    return words >= 1 && words <= 5;
}

bool NameDetector::hyphen_side_ok(std::uint32_t k) const {
    const Token& t = m_tok[k];
    if (t.type != TokenType::word || !t.has(k_cap) || t.size() < 2 || t.has(k_markup)) return false;
    std::string_view w = s(k);
    constexpr std::uint16_t k_not_name = k_wc_demonym | k_wc_family_first | k_wc_function | k_wc_title |
                                         k_wc_title_modifier | k_wc_weekday;
    if ((t.lex.classes & k_not_name) != 0 || t.lex.is_number_word() || is_month_word(k) ||
        lookup(k, k + 1).found() || org_head(k) || place_head(k) || is_direction(w))
        return false;
    if (t.is(k_wc_common) && !t.is(k_wc_given)) return false;
    return true;
}

bool NameDetector::route_noun_at(std::uint32_t b) const {
    return b < m_tok.size() && m_tok[b].type == TokenType::word && !m_tok[b].has(k_cap) &&
           any_of(s(b), {"section", "stretch", "highway", "road", "expressway", "motorway", "railway", "line", "route",
                         "corridor", "link", "pipeline", "rail", "run", "flight", "flights", "ferry", "ferries",
                         "service", "services", "crossing"});
}

bool NameDetector::full_name_compound(std::uint32_t first) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (!m_compounds_built) {
        m_compounds_built = true;
        for (const std::uint32_t i : m_t.cap_words)
            if (i > 0 && i + 2 < n && is_punct(m_tok[i + 1], '-') && attached(i + 1) && attached(i + 2) &&
                cap_word(i + 2) && same_block(i - 1, i) && cap_word(i - 1) && m_tok[i].has(k_space_before) &&
                !m_tok[i - 1].has(k_all_caps) && !m_full_name_compounds.insert(m_t.slice(i, i + 3), 1)) {
                char* count = m_full_name_compounds.find(m_t.slice(i, i + 3));
                if (*count < 2) ++*count;
            }
    }
    // (Another place than this one: a compound after a capitalized word here must occur twice.)
    const char* count = m_full_name_compounds.size() > 0 ? m_full_name_compounds.find(m_t.slice(first, first + 3)) : nullptr;
    const bool here = first >= 1 && same_block(first - 1, first) && cap_word(first - 1) && m_tok[first].has(k_space_before) &&
                      !m_tok[first - 1].has(k_all_caps);
    return count && *count >= (here ? 2 : 1);
}

bool NameDetector::name_hyphen(std::uint32_t k) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (k == 0 || k + 1 >= n || !is_punct(m_tok[k], '-') || !attached(k) || !attached(k + 1)) return false;
    if (!same_block(k - 1, k + 1)) return false;
    if (syllable_tail(k + 1)) return true; // "Jae-in"
    // "Saint-Exupéry", "Luz-Saint-Sauveur": the hyphens after and before a saint's word join one name.
    if (saint_word(k - 1) && cap_word(k + 1)) return true;
    if (cap_word(k - 1) && saint_word(k + 1) && k + 3 < n && is_punct(m_tok[k + 2], '-') && attached(k + 2) &&
        attached(k + 3) && cap_word(k + 3))
        return true;
    if (!m_tok[k - 1].has(k_cap) && is_hyphen_particle(s(k - 1)) && cap_word(k + 1)) return true; // "al-Sudani"
    // "Ali Sabah Al-Salem", "Abdullah Al-Mubarak": the capitalized article too, even before a word
    // that is also a town.
    if (arabic_article(k - 1) && cap_word(k + 1) && !m_tok[k + 1].has(k_all_caps)) return true;
    // "Luis Ferreira-Campos", "Teresa Nguyen-Halloran": after a given name, two capitalized words
    // joined by a hyphen are one double surname, whatever else the words may be.
    if (k >= 2 && same_block(k - 2, k) && m_tok[k - 2].is(k_wc_given) && m_tok[k - 1].has(k_space_before) &&
        cap_word(k - 1) && cap_word(k + 1) && !m_tok[k - 1].has(k_all_caps) &&
        !(k + 2 < n && is_punct(m_tok[k + 2], '-') && attached(k + 2)))
        return true;
    // "Gregory T. Sandoval-Marsh": the same after a given name and a middle initial.
    if (k >= 4 && same_block(k - 4, k) && m_tok[k - 4].is(k_wc_given) && !m_tok[k - 4].has(k_all_caps) &&
        is_initial(k - 3) && cap_word(k - 1) && cap_word(k + 1) && m_tok[k - 1].has(k_space_before) &&
        !m_tok[k - 1].has(k_all_caps) && !(k + 2 < n && is_punct(m_tok[k + 2], '-') && attached(k + 2)))
        return true;
    // "Commodore Noemi Salcedo-Ilagan": after a title and a first name, two capitalized words joined
    // by a hyphen are a double surname even when each is also a town.
    if (k >= 3 && same_block(k - 3, k) && m_tok[k - 3].type == TokenType::word && m_tok[k - 3].is(k_wc_title) &&
        m_tok[k - 3].has(k_cap) && cap_word(k - 2) && cap_word(k - 1) && cap_word(k + 1) && m_tok[k - 1].has(k_space_before) &&
        !m_tok[k - 2].has(k_all_caps) && !m_tok[k - 1].has(k_all_caps) && !m_tok[k + 1].has(k_all_caps) &&
        (m_tok[k - 2].lex.classes & (k_wc_common | k_wc_function | k_wc_demonym | k_wc_title)) == 0 &&
        !(k + 2 < n && same_block(k, k + 2) && (cap_word(k + 2) || is_punct(m_tok[k + 2], '-'))))
        return true;
    // "Tamsin Okafor-Reid", "Tinotenda Sibanda-Kore": the same after a first name no list knows,
    // when the three words are the whole name and no known name or ordinary word is among the first two.
    if (k >= 2 && same_block(k - 2, k) && cap_word(k - 2) && cap_word(k - 1) && cap_word(k + 1) &&
        m_tok[k - 1].has(k_space_before) && !m_tok[k - 2].has(k_all_caps) && !m_tok[k - 1].has(k_all_caps) &&
        !m_tok[k + 1].has(k_all_caps) && (m_tok[k - 2].lex.classes & ~k_wc_gazetteer) == 0 &&
        (m_tok[k - 1].lex.classes & ~k_wc_gazetteer) == 0 && m_tok[k + 1].size() >= 2 &&
        !lookup(k - 2, k - 1).found() && !lookup(k - 1, k).found() && !lookup(k - 2, k).found() &&
        !(k >= 3 && same_block(k - 3, k) && (cap_word(k - 3) || is_punct(m_tok[k - 3], '-'))) &&
        !(k + 2 < n && same_block(k, k + 2) && (cap_word(k + 2) || is_punct(m_tok[k + 2], '-'))))
        return true;
    // "Trudy-Ann Blagrove", "Mary-Kate Olsen": a given name (or a word no list knows) and a given
    // name joined by a hyphen before a surname are one given name.
    if ((m_tok[k - 1].is(k_wc_given) || m_tok[k - 1].lex.classes == 0) && m_tok[k + 1].is(k_wc_given) &&
        k + 2 < n && same_block(k, k + 2) &&
        cap_word(k + 2) && m_tok[k + 2].has(k_space_before) && !m_tok[k - 1].has(k_all_caps) &&
        !(k >= 2 && is_punct(m_tok[k - 2], '-') && attached(k - 1)))
        return true;
    // "Chilufya-Banda, nicknamed …" after "Mwape Chilufya-Banda": the double surname of a full name
    // the text gives elsewhere, whatever its halves are.
    // (The compounds are collected once per text: a long text holds many hyphens.)
    if (cap_word(k - 1) && cap_word(k + 1) && m_tok[k - 1].lex.classes == 0 && !m_tok[k - 1].has(k_all_caps) &&
        full_name_compound(k - 1))
        return true;
    if (!hyphen_side_ok(k - 1) || !hyphen_side_ok(k + 1)) return false;
    // Chains ("Xi-Vučić-Orbán") and compounds of names already given to separate people.
    if (k >= 2 && is_punct(m_tok[k - 2], '-') && attached(k - 1)) return false;
    if (k + 2 < n && is_punct(m_tok[k + 2], '-') && attached(k + 2)) return false;
    std::string_view l = s(k - 1), r = s(k + 1);
    // The most recent mentions only: bounded work per hyphen on long texts.
    std::size_t from = m_out.size() > 256 ? m_out.size() - 256 : 0;
    for (std::size_t i = from; i < m_out.size(); ++i) {
        const Mention& m = m_out[i];
        if (m.kind != Kind::person || m.last - m.first < 2) continue;
        for (std::uint32_t q = m.first; q < m.last; ++q) {
            if (m_tok[q].type != TokenType::word || (q > m.first && is_punct(m_tok[q - 1], '-'))) continue;
            if (q + 1 < m.last && is_punct(m_tok[q + 1], '-')) continue;
            if (s(q) == l || s(q) == r) return false;
        }
    }
    return true;
}

bool NameDetector::capitalized_elsewhere(std::uint32_t a) const {
    const std::string_view w = s(a);
    for (const std::uint32_t k : m_t.cap_words) // the capitalized words only
        if (k != a && !m_tok[k].has(k_sentence_start) && m_tok[k].has(k_cap) && s(k) == w) return true;
    return false;
}

bool NameDetector::given_elsewhere(std::uint32_t a) const {
    // A first name is a person's when the article uses it before a surname ("Hobart Lane said").
    // The words so used are collected once per text: long texts ask about many tokens.
    if (!m_tok[a].is(k_wc_given)) return false;
    if (!m_given_before_name_built) {
        // ("Darwin Showgrounds", "Regina City Council": before a place's or a body's head the
        // word names the place.)
        for (const std::uint32_t k : m_t.cap_words)
            if (m_tok[k].is(k_wc_given) && k + 1 < m_tok.size() && cap_word(k + 1) && same_block(k, k + 1) &&
                m_tok[k + 1].has(k_space_before) && !place_head(k + 1) && !org_head(k + 1) &&
                !m_tok[k].has(k_title_line) && !m_tok[k + 1].has(k_all_caps))
                m_given_before_name.insert(s(k), 1);
        m_given_before_name_built = true;
    }
    if (!m_given_before_name.contains(s(a))) return false;
    // Token a itself before a capitalized word does not count: another use must exist.
    if (a + 1 < m_tok.size() && cap_word(a + 1) && same_block(a, a + 1) && m_tok[a + 1].has(k_space_before)) {
        for (const std::uint32_t k : m_t.cap_words)
            if (k != a && s(k) == s(a) && k + 1 < m_tok.size() && cap_word(k + 1) && same_block(k, k + 1) &&
                m_tok[k + 1].has(k_space_before))
                return true;
        return false;
    }
    return true;
}

// The word at a, elsewhere in the text, right before a verb of saying or after a title ("David
// said", "Mr Lincoln"): a person's name there.
bool NameDetector::speaks_elsewhere(std::uint32_t a) const {
    // The words so used are collected once per text (long texts may ask about many tokens).
    auto speaking = [&](std::uint32_t k) {
        if (k + 1 < m_tok.size() && same_block(k, k + 1) && m_tok[k + 1].type == TokenType::word &&
            m_tok[k + 1].is(k_wc_speech_verb))
            return true;
        std::uint32_t t = k;
        if (t >= 1 && is_punct(m_tok[t - 1], '.')) --t;
        return t >= 1 && same_block(t - 1, k) && m_tok[t - 1].type == TokenType::word && m_tok[t - 1].is(k_wc_title);
    };
    if (!m_speaking_words_built) {
        for (const std::uint32_t k : m_t.cap_words)
            if (m_tok[k].is(k_wc_given) && speaking(k)) {
                if (std::uint32_t* c = m_speaking_words.find(s(k))) ++*c;
                else m_speaking_words.insert(s(k), 1);
            }
        m_speaking_words_built = true;
    }
    const std::uint32_t* uses = m_speaking_words.find(s(a));
    return uses && *uses > (speaking(a) ? 1u : 0u); // another use than token a itself
}

bool NameDetector::surname_elsewhere(std::uint32_t a) const {
    const std::string_view w = s(a);
    for (const std::uint32_t k : m_t.cap_words)
        if (k != a && k >= 1 && s(k) == w && cap_word(k - 1) && same_block(k - 1, k) && m_tok[k].has(k_space_before) &&
            !m_tok[k - 1].has(k_all_caps))
            return true;
    return false;
}

bool NameDetector::speaker_word_elsewhere(std::uint32_t a) const {
    if (speaks_elsewhere(a)) return true;
    for (const std::uint32_t k : m_t.cap_words)
        if (k != a && k + 1 < m_tok.size() && same_block(k, k + 1) && m_tok[k + 1].type == TokenType::word &&
            m_tok[k + 1].is(k_wc_speech_verb) && s(k) == s(a))
            return true;
    return false;
}

bool NameDetector::any_common_word(std::uint32_t a, std::uint32_t b) const {
    for (std::uint32_t k = a; k < b; ++k)
        if (m_tok[k].type == TokenType::word && !m_tok[k].is(k_wc_given) && m_tok[k].is(k_wc_common) &&
            // (a lower-case particle inside a name is no ordinary word: "Dawie van Aswegen"; nor is
            // a capitalized "Said" there: "Juma Said Nandonde")
            !(k > a && k + 1 < b && !m_tok[k].has(k_cap) && (is_name_particle(s(k)) || irish_article(k))) &&
            !inner_said(k, a, b))
            return true;
    return false;
}

// "Air Zermatt", "Air Tanzania", "Air-Glaciers": an airline, "Air" and a place or a name no list
// knows (not "Air Force", "Air Quality"). "Keystone-ATS", "EPA-EFE": a name and an agency's
// initials joined by a hyphen are one news agency (a double surname has no part in capitals).
const char* NameDetector::airline_or_agency(std::uint32_t a, std::uint32_t b) const {
    if (b - a < 2 || b - a > 3 || m_tok[a].has(k_title_line) || !cap_word(b - 1)) return nullptr;
    const bool hyphen = b - a == 3 && is_punct(m_tok[a + 1], '-') && attached(a + 1) && attached(a + 2);
    if (m_tok[a].type == TokenType::word && is_literal(s(a), "Air") && !org_head(b - 1) && !place_head(b - 1) &&
        (b - a == 2 || hyphen)) {
        const GazetteerEntry e = lookup(b - 1, b);
        if ((e.found() && e.kind == Kind::place) || m_g.is_town(s(b - 1)) || m_tok[b - 1].lex.classes == 0)
            return "company";
    }
    // (the name in title case and no word of its own: not "India-UAE", "Non-US", "MS-DOS")
    if (hyphen && cap_word(a) && !m_tok[a].has(k_all_caps) && m_tok[a].size() >= 3 && m_tok[a].lex.classes == 0 &&
        m_tok[a + 2].has(k_all_caps) && m_tok[a + 2].size() >= 2 && m_tok[a + 2].size() <= 4 && !lookup(a, b).found() &&
        !lookup(a, a + 1).found() && !lookup(a + 2, b).found())
        return "media";
    return nullptr;
}

bool NameDetector::irish_article(std::uint32_t k) const {
    return k > 0 && is_literal(s(k), "an") && m_tok[k - 1].type == TokenType::word &&
        any_of(s(k - 1), {"Mac", "Nic", "Mhic"});
}

bool NameDetector::surname_only_particle(std::uint32_t k) const {
    return m_tok[k].type == TokenType::word && !m_tok[k].has(k_cap) &&
        (irish_article(k) || is_faroese_particle(s(k)) ||
            any_of(s(k), {"ten", "ter", "van", "von", "der", "den", "bin", "binti", "bint", "ibn", "ap", "ab", "verch",
                             "wa", "arap"}));
}

bool NameDetector::surname_particle_at(std::uint32_t k) const {
    const std::string_view w = s(k);
    return m_tok[k].type == TokenType::word && m_tok[k].has(k_cap) && !m_tok[k].has(k_all_caps) &&
        (is_literal(w, "Van") || is_literal(w, "Von") || is_literal(w, "De") || is_literal(w, "Di") ||
            is_literal(w, "Da") || is_literal(w, "Del") || is_literal(w, "Della") || is_literal(w, "Dos") ||
            is_literal(w, "Das") || is_literal(w, "Du") || is_literal(w, "Ter") || is_literal(w, "Ten"));
}

bool NameDetector::any_entity_word(std::uint32_t a, std::uint32_t b) const {
    for (std::uint32_t k = a; k < b; ++k) {
        if (m_tok[k].type != TokenType::word) continue;
        // ("Mwape Chilufya-Banda": a listed word joined by a hyphen to a word no list knows is the
        // second half of a double surname.)
        if (k >= a + 2 && is_punct(m_tok[k - 1], '-') && attached(k - 1) && attached(k) && cap_word(k - 2) &&
            m_tok[k - 2].lex.classes == 0 && !m_tok[k - 2].has(k_all_caps) && !lookup(k - 2, k + 1).found())
            continue;
        GazetteerEntry e = lookup(k, k + 1);
        if (e.found()) return true;
    }
    return false;
}

bool NameDetector::surname_of_person_before(std::uint32_t a, std::uint32_t b) const {
    const std::string_view run = m_t.slice(a, b);
    for (const Mention& m : m_out) {
        if (m.kind != Kind::person || m.last - m.first <= b - a || m.first >= a) continue;
        const std::string_view name = view(m);
        if (name.size() > run.size() && name.substr(name.size() - run.size()) == run &&
            name[name.size() - run.size() - 1] == ' ')
            return true;
    }
    return false;
}

// "Juma Said Mbaraka": a capitalized "Said" strictly inside the run [a, b) is the Arabic and Swahili
// name, not the verb (outside a title-case line, where every verb is capitalized).
bool NameDetector::inner_said(std::uint32_t k, std::uint32_t a, std::uint32_t b) const {
    return k > a && k + 1 < b && is_literal(s(k), "Said") && !m_tok[k].has(k_title_line);
}

// Context after a run: "X said", "X, a senior researcher", "X, 42,", "said X".
bool NameDetector::speech_context(std::uint32_t a, std::uint32_t b) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (b < n && same_block(a, b)) {
        // ("Truckers at Changamwe say": the speakers are the plural before the preposition.)
        const bool plural_speakers = a >= 2 && same_block(a - 2, a) && m_tok[a - 1].type == TokenType::word &&
                                     any_of(s(a - 1), {"at", "in", "from", "near"}) && m_tok[a - 2].type == TokenType::word &&
                                     m_tok[a - 2].size() > 3 && s(a - 2).back() == 's' &&
                                     (!m_tok[a - 2].has(k_cap) || m_tok[a - 2].has(k_sentence_start)) &&
                                     !m_tok[a - 2].has(k_all_caps) && b - a == 1;
        if (m_tok[b].type == TokenType::word && m_tok[b].is(k_wc_speech_verb) && !is_literal(s(b), "according") &&
            !plural_speakers)
            return true;
        if (is_punct(m_tok[b], ',') && b + 1 < n && same_block(a, b + 1)) {
            std::string_view nx = s(b + 1);
            // ("a worker from Vavaʻu, who asked …": the clause is the worker's.)
            if ((is_literal(nx, "who") || is_literal(nx, "whose")) &&
                !(a > 0 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word &&
                    any_of(s(a - 1), {"from", "in", "at", "near"})))
                return true;
            if ((is_literal(nx, "a") || is_literal(nx, "an") || is_literal(nx, "the")) && !thing_apposition(b))
                return true;
            if (m_tok[b + 1].type == TokenType::number && b + 2 < n && is_punct(m_tok[b + 2], ','))
                return true;
            // "Róisín Nic Giolla Phádraig, defending, said": a role in one lower-case word, then speech.
            if (b + 3 < n && same_block(a, b + 3) && m_tok[b + 1].type == TokenType::word && !m_tok[b + 1].has(k_cap) &&
                is_punct(m_tok[b + 2], ',') && m_tok[b + 3].type == TokenType::word && m_tok[b + 3].is(k_wc_speech_verb) &&
                !is_literal(s(b + 3), "according"))
                return true;
        }
        // "Jane Doe SC, defending, said", "John Roe KC said": letters after the name first.
        if (m_tok[b].type == TokenType::word && any_of(s(b), {"SC", "KC", "QC", "BL"}) && b + 1 < n && same_block(a, b + 1) &&
            b > a && speech_context(a, b + 1))
            return true;
    }
    if (a > 0 && same_block(a, a - 1) && m_tok[a - 1].type == TokenType::word) {
        std::string_view pv = s(a - 1);
        // "said X", "wrote X" (not "told X": the name after "told" is the listener; not "said
        // Barcaldine carrier Shane Ritchie": a job and the speaker's name follow).
        // (Nor "said Foula had waited": the subject of what was said, before its verb.)
        if ((is_literal(pv, "said") || is_literal(pv, "says") || is_literal(pv, "wrote") || is_literal(pv, "added")) &&
            !(b + 1 < n && same_block(a, b + 1) && m_tok[b].type == TokenType::word && !m_tok[b].has(k_cap) &&
                !m_tok[b].is(k_wc_function) && !any_of(s(b), {"unto", "upon", "toward", "towards"}) &&
                cap_word(b + 1)) &&
            !(b < n && same_block(a, b) && m_tok[b].type == TokenType::word &&
                any_of(s(b), {"had", "would", "will", "could", "should", "must", "might", "may", "can", "needed",
                              "wanted"})))
            return true;
    }
    return false;
}

bool NameDetector::patronymic_in(std::uint32_t a, std::uint32_t b) const {
    for (std::uint32_t k = a + 1; k + 1 < b; ++k)
        if (m_tok[k].type == TokenType::word && !m_tok[k].has(k_cap) &&
            any_of(s(k), {"bin", "bint", "binti", "ibn"}) && cap_word(k - 1) && cap_word(k + 1))
            return true;
    return false;
}

bool NameDetector::surname_in_text(std::uint32_t a) const {
    const std::string_view w = s(a);
    for (const std::uint32_t i : m_t.cap_words)
        if (i != a && i > 0 && s(i) == w && same_block(i - 1, i) && m_tok[i].has(k_space_before) &&
            (cap_word(i - 1) || m_tok[i - 1].is(k_wc_title)))
            return true;
    return false;
}

// "Brent crude", "Treasury yields", "the KOSPI index": a benchmark named by its market, not an
// organization or a place.
bool NameDetector::market_instrument(std::uint32_t a) const {
    if (a + 1 >= m_tok.size() || !same_block(a, a + 1) || m_tok[a + 1].type != TokenType::word ||
        m_tok[a + 1].has(k_cap))
        return false;
    return any_of(s(a), {"Brent", "Treasury", "Treasuries", "Nasdaq", "Nikkei", "KOSPI", "Kospi", "FTSE", "DAX",
                            "CAC", "Sensex", "Nifty", "Bund", "Dow", "Stoxx", "TOPIX", "Topix", "WTI"}) &&
           any_of(s(a + 1), {"crude", "futures", "notes", "bonds", "bills", "yields", "yield", "index", "benchmark",
                                "composite", "average"});
}

// ", an AI tool", ", the company's new drug": an apposition that makes the name a product, a
// work or a people, not a person.
bool NameDetector::thing_apposition(std::uint32_t b) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (b + 2 >= n || !is_punct(m_tok[b], ',') || !same_block(b, b + 2)) return false;
    for (std::uint32_t q = b + 2; q < n && q < b + 7 && same_block(b, q); ++q) {
        const Token& t = m_tok[q];
        if (t.type == TokenType::possessive || is_punct(t, '-')) continue;
        if (t.type != TokenType::word || (t.has(k_cap) && !t.has(k_all_caps))) return false;
        if (any_of(s(q), {"tool", "app", "product", "drug", "medicine", "vaccine", "device", "gadget", "smartphone",
                             "chatbot", "software", "feature", "game", "film", "movie", "album", "song", "novel",
                             "documentary", "satellite", "rocket", "missile", "vessel", "aircraft", "jet", "car",
                             "vehicle", "model", "treatment", "therapy", "index", "ship", "tanker",
                             // ("Te Ātiawa, the iwi of Waitohi": a people, no person)
                             "iwi", "hapū", "hapu", "tribe"}))
            return true;
        if (t.is(k_wc_function) && q > b + 2) return false; // "a man who", "the father of"
    }
    return false;
}

// "X steel plant", "X copper-gold mine", "X crossing": a generic facility noun right after
// the name, with at most a few modifiers (no verbs: "the Fleet left port" is no facility).
bool NameDetector::facility_after(std::uint32_t b) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    for (std::uint32_t k = b, words = 0; k < n && k < b + 6 && same_block(b - 1, k); ++k) {
        const Token& t = m_tok[k];
        if (is_punct(t, '-')) continue;
        if (t.type != TokenType::word || t.has(k_cap)) return false;
        std::string_view w = s(k);
        if (facility_noun(k)) return true;
        bool verb_like = (w.size() > 3 && w.substr(w.size() - 2) == "ed") || t.is(k_wc_function) || t.is(k_wc_speech_verb) ||
            is_literal(w, "left") || is_literal(w, "has") || is_literal(w, "is") || is_literal(w, "was") ||
            is_literal(w, "will") || is_literal(w, "built") || is_literal(w, "made") || is_literal(w, "won") ||
            is_literal(w, "lost");
        if (verb_like || ++words > 2) return false;
    }
    return false;
}

// “The Salt Road,” “Nocturne for Lagos”: a quotation that holds only a title-case phrase names a
// work or a nickname; the names inside it are not annotated. Returns the closing mark, or k_none.
std::uint32_t NameDetector::quoted_title_end(std::uint32_t a) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (a == 0 || !is_open_quote_cp(m_tok[a - 1].cp) || m_tok[a - 1].type != TokenType::punct ||
        m_tok[a].has(k_space_before) || !same_block(a - 1, a))
        return k_none;
    if (m_tok[a - 1].cp == '"' && a >= 2 && same_block(a - 2, a) && !m_tok[a - 1].has(k_space_before) &&
        !is_punct(m_tok[a - 2], '('))
        return k_none; // a straight closing quote
    // A title opens with an article or follows a word for a work or a name ("the film", "known
    // as"); slogans such as “Justice for Tomás” keep their names.
    const bool lead = is_literal(s(a), "The") || is_literal(s(a), "La") || is_literal(s(a), "Le") ||
                      is_literal(s(a), "El") || is_literal(s(a), "Il") || is_literal(s(a), "Les");
    bool cue = false;
    for (std::uint32_t k = a - 1; k-- > 0 && k + 4 > a && same_block(k, a) && !cue;)
        cue = m_tok[k].type == TokenType::word &&
              any_of(s(k), {"film", "movie", "book", "novel", "album", "song", "series", "show", "play", "documentary",
                               "titled", "entitled", "nicknamed", "dubbed", "as", "painting", "portrait", "opera",
                               "drama", "comedy", "thriller", "musical", "sequel", "biopic", "memoir", "single",
                               "poem", "podcast", "exhibition", "sitcom", "franchise"});
    if (!lead && !cue) return k_none;
    std::uint32_t caps = 0;
    for (std::uint32_t k = a; k < n && k < a + 10 && same_block(a, k); ++k) {
        const Token& t = m_tok[k];
        if (t.type == TokenType::punct && (t.cp == '"' || t.cp == 0x201D || t.cp == 0x00BB)) {
            if (caps < 2 && !(caps == 1 && lead)) return k_none;
            std::uint32_t last = k;
            while (last > a && m_tok[last - 1].type == TokenType::punct) --last;
            if (last <= a || lookup(a, last).found()) return k_none; // “Goldman Sachs”: a known name
            return k;
        }
        if (t.type == TokenType::word) {
            if (t.has(k_cap) && !t.has(k_all_caps)) {
                ++caps;
                continue;
            }
            if (t.size() <= 3 && t.is(k_wc_function)) continue; // "for", "of", "the", "and"
            return k_none;
        }
        if (t.type == TokenType::number) continue; // “Schrems II”-like numbering
        if (is_punct(t, '-') || is_punct(t, ',') || is_punct(t, '.') || is_punct(t, '!') || is_punct(t, '?') ||
            is_punct(t, ':') || t.type == TokenType::possessive)
            continue;
        return k_none;
    }
    return k_none;
}

void NameDetector::classify(std::uint32_t a, std::uint32_t b, std::uint8_t ev) {
    if (m_quoted_title_end != k_none && a < m_quoted_title_end) return;

    // "before World War II", "the First World War", "World War One": a war named by its number is
    // an event, no one's name (a regnal numeral after "War" is no person's).
    if (b - a >= 3 && m_tok[b - 2].type == TokenType::word && is_literal(s(b - 2), "War") &&
        m_tok[b - 1].type == TokenType::word && any_of(s(b - 1), {"I", "II", "III", "One", "Two", "Three"}) &&
        is_literal(s(b - 3), "World")) {
        if (b - a > 3) classify(a, b - 3, ev);
        return;
    }
    // "Wi-Fi chips", "a Hi-Fi shop", "Sci-Fi films": a word of two or three letters joined to "Fi"
    // names a technology or a genre, no one (the rest of the run is read alone).
    for (std::uint32_t k = a; k + 2 < b; ++k) {
        if (m_tok[k].type == TokenType::word && is_punct(m_tok[k + 1], '-') && attached(k + 1) && attached(k + 2) &&
            m_tok[k + 2].type == TokenType::word && (is_literal(s(k + 2), "Fi") || is_literal(s(k + 2), "FI")) &&
            s(k).size() >= 2 && s(k).size() <= 3) {
            if (k > a) classify(a, k, ev);
            if (k + 3 < b) classify(k + 3, b, ev);
            return;
        }
    }
    // "Kerry-Anne Whakatau", "Mary-Jane Okafor": two given names joined by a hyphen and a surname
    // are a person even when the first is also a place's name (not "Winston-Salem State").
    if (b - a == 4 && m_tok[a].type == TokenType::word && m_tok[a].is(k_wc_given) && is_punct(m_tok[a + 1], '-') &&
        attached(a + 1) && attached(a + 2) && m_tok[a + 2].type == TokenType::word && m_tok[a + 2].is(k_wc_given) &&
        cap_word(a + 2) && cap_word(a + 3) && !all_caps(a) && !all_caps(a + 3) &&
        (m_tok[a + 3].lex.classes & (k_wc_common | k_wc_function | k_wc_name_head | k_wc_gazetteer | k_wc_demonym |
                                     k_wc_title)) == 0 &&
        !lookup(a, a + 3).found()) {
        emit(a, b, Kind::person, "");
        return;
    }
    // "told PUNCH", "told Successful Farming that …", "Copyright PUNCH.": a name no list knows,
    // in capitals or opening with an ordinary word, that a source told or that owns the copyright
    // is the outlet.
    if (a >= 1 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word &&
        (any_of(s(a - 1), {"told", "tells"}) || (is_literal(s(a - 1), "Copyright") && b < m_tok.size() &&
                                                    is_punct(m_tok[b], '.'))) &&
        !lookup(a, b).found() && !m_tok[a].is(k_wc_given) && !m_tok[a].is(k_wc_title) && !m_tok[a].is(k_wc_function)) {
        const bool caps = b - a == 1 && all_caps(a) && s(a).size() >= 4 && !is_non_org_acronym(s(a));
        bool plain = b - a >= 2 && b - a <= 3 && m_tok[a].is(k_wc_common) && !all_caps(a);
        for (std::uint32_t q = a; q < b && plain; ++q)
            plain = m_tok[q].type == TokenType::word && cap_word(q) && !org_head(q) && !place_head(q) &&
                    !m_tok[q].is(k_wc_given) && !m_tok[q].is(k_wc_demonym);
        const bool closed = b >= m_tok.size() || !same_block(a, b) || m_tok[b].type == TokenType::punct ||
                            (m_tok[b].type == TokenType::word && any_of(s(b), {"that", "on", "in", "last", "this"}));
        if ((caps || plain) && closed) {
            emit(a, b, Kind::org, "media");
            return;
        }
    }
    // "Remo Stars", "Shooting Stars", "Melbourne Stars": a word and "Stars" name a team (no
    // person's surname is "Stars"), as a given name or a town first.
    if (b - a == 2 && m_tok[a].type == TokenType::word && cap_word(a) && !all_caps(a) && is_literal(s(b - 1), "Stars") &&
        (m_tok[a].lex.classes & (k_wc_title | k_wc_function | k_wc_title_modifier | k_wc_demonym)) == 0 &&
        !lookup(a, b).found() && !m_tok[a].has(k_title_line)) {
        emit(a, b, Kind::org, "team");
        return;
    }
    // "Club Atlético Lanús", "Club Deportivo Guadalajara", "Club Brugge": "Club" opening a name
    // with no title in it is a sports club (not "Club President Ana Ruiz").
    if (b - a >= 2 && m_tok[a].type == TokenType::word && is_literal(s(a), "Club") && !m_tok[a].has(k_title_line) &&
        !lookup(a, b).found()) {
        // (English words after it make an event or a class: "the Club World Cup", "Club Cruising".)
        bool titled = false;
        for (std::uint32_t q = a + 1; q < b; ++q)
            if (m_tok[q].type == TokenType::word &&
                (m_tok[q].is(k_wc_title) || m_tok[q].is(k_wc_title_modifier) || m_tok[q].is(k_wc_common) ||
                 m_tok[q].is(k_wc_function)))
                titled = true;
        if (!titled) {
            emit(a, b, Kind::org, "team");
            return;
        }
    }
    // "Published in Dawn, November 13th", "published in Nature Medicine": a paper or a journal, not
    // a place ("published in London": a listed place stays one).
    if (a >= 2 && b - a <= 4 && same_block(a - 2, a) && m_tok[a - 1].type == TokenType::word &&
        is_literal(s(a - 1), "in") && m_tok[a - 2].type == TokenType::word &&
        (is_literal(s(a - 2), "Published") || is_literal(s(a - 2), "published")) && !all_caps(a) &&
        (m_tok[a].lex.classes & (k_wc_function | k_wc_demonym)) == 0 &&
        // (not "published in Stewart Brand's magazine", "published in French")
        !(b < m_tok.size() && m_tok[b].type == TokenType::possessive) && !(b - a >= 2 && m_tok[a].is(k_wc_given))) {
        const GazetteerEntry known = lookup(a, b);
        if (!(known.found() && known.kind == Kind::place) && !m_g.is_town(s(a)) && !(b - a == 1 && m_tok[a].lex.month != 0)) {
            emit(a, b, Kind::org, "media");
            return;
        }
    }
    // (A surname may be spelled like a city: "Fajardo", "Lima"; not like a country or an organization.)
    const auto listed_but_city = [&](std::uint32_t q) {
        const GazetteerEntry e = lookup(q, q + 1);
        return e.found() && !(e.kind == Kind::place && is_literal(e.subtype, "city"));
    };
    // "weather specialist Jonalyn Fajardo-Ruiz said": a given name and a double surname whose first
    // half is a town's name, after a role, before speech or an age, or with a listed given
    // name, are one person (not the town and a surname).
    if (b - a == 4 && cap_word(a) && cap_word(a + 1) && is_punct(m_tok[a + 2], '-') && attached(a + 2) &&
        attached(a + 3) && cap_word(a + 3) && !m_tok[a].has(k_title_line) && !all_caps(a) && !all_caps(a + 1) &&
        !all_caps(a + 3)) {
        constexpr std::uint16_t k_not_name = k_wc_common | k_wc_function | k_wc_title | k_wc_title_modifier |
                                             k_wc_demonym | k_wc_weekday | k_wc_name_head;
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        const bool plain = ((m_tok[a].lex.classes | m_tok[a + 1].lex.classes | m_tok[a + 3].lex.classes) & k_not_name) == 0 &&
                           m_tok[a + 1].lex.month == 0 && !lookup(a, a + 1).found() && !listed_but_city(a + 1) &&
                           !lookup(a + 3, a + 4).found() && !lookup(a, b).found() && !lookup(a + 1, b).found();
        const bool speaks = b < n && same_block(a, b) && m_tok[b].type == TokenType::word && m_tok[b].is(k_wc_speech_verb);
        if (plain && (m_tok[a].is(k_wc_given) || (ev & k_ev_title) != 0 || speaks || (b < n && age_apposition(b)))) {
            emit(a, b, Kind::person, "");
            return;
        }
    }
    // "the Wellington CBD", "Sydney CBD": a city's central business district is the city's part;
    // the city is the name ("the CBD" alone names nothing).
    if (m_tok[b - 1].type == TokenType::word && m_tok[b - 1].size() == 3 && is_literal(s(b - 1), "CBD")) {
        if (b - a > 1) classify(a, b - 1, ev);
        return;
    }
    // ("Member States agreed", "the EU's Member States": a union's members, capitalized, name no one.)
    if (b - a >= 2 && m_tok[b - 2].type == TokenType::word && is_literal(s(b - 2), "Member") &&
        any_of(s(b - 1), {"States", "State", "Countries", "Nations"})) {
        if (b - a > 2) classify(a, b - 2, ev);
        return;
    }
    // "(Luca Bernasconi SUI, Marc Imboden SUI)": a rider's country code after the name in a
    // results row is the country, not part of the name.
    if (b - a >= 3 && m_tok[b - 1].type == TokenType::word && all_caps(b - 1) && m_tok[b - 1].size() == 3 &&
        m_tok[b - 1].has(k_space_before) && is_sport_country_code(s(b - 1)) && !all_caps(a) &&
        !m_tok[a].has(k_title_line) && person_shape(a, b - 1)) {
        emit(a, b - 1, Kind::person, "");
        emit(b - 1, b, Kind::place, "country");
        return;
    }
    // "traders in Orlando West", "from Pimville North": a name and a compass word after a place's
    // preposition name a township's part; "48.2 degrees in Al Ain", "from Al Khobar": so does the
    // Arabic article opening a name there, or "Um" ("due in Um Baru") (not "said Adam West", "Al
    // Gore's", nor before speech).
    if (b - a == 2 && m_tok[a].type == TokenType::word && m_tok[b - 1].type == TokenType::word && cap_word(a) &&
        !all_caps(a) && !m_tok[a].has(k_title_line) &&
        ((any_of(s(b - 1), {"West", "East", "North", "South"}) &&
             (m_tok[a].lex.classes & (k_wc_title | k_wc_function | k_wc_demonym)) == 0) ||
            (any_of(s(a), {"Al", "Um", "Umm"}) && cap_word(b - 1) && !all_caps(b - 1) && !m_tok[b - 1].is(k_wc_given))) &&
        preposition_before(a, {"in", "from", "near", "at"}) && !speech_context(a, b) &&
        !(b < m_tok.size() && same_block(a, b) && m_tok[b].type == TokenType::possessive)) {
        const GazetteerEntry known = lookup(a, b);
        if (!(known.found() && known.kind != Kind::place)) {
            emit(a, b, Kind::place, known.found() ? known.subtype : "city");
            return;
        }
    }
    // "as far south as Sikanni Chief", "as far afield as Mount Gambier": the name a reach runs to is
    // a place, whatever its words are elsewhere.
    if (a >= 4 && same_block(a - 4, a) && m_tok[a - 1].type == TokenType::word && is_literal(s(a - 1), "as") &&
        m_tok[a - 3].type == TokenType::word && is_literal(s(a - 3), "far") &&
        equals_lower(s(a - 4), "as") && m_tok[a - 2].type == TokenType::word &&
        any_of(s(a - 2), {"north", "south", "east", "west", "afield", "inland", "upriver", "downriver", "upstream",
                          "downstream", "northwest", "northeast", "southwest", "southeast"}) &&
        !all_caps(a) && !m_tok[a].has(k_title_line) && b - a <= 3 && cap_words(a, b)) {
        const GazetteerEntry known = lookup(a, b);
        if (!known.found() || known.kind == Kind::place) {
            emit(a, b, Kind::place, known.found() ? known.subtype : "city");
            return;
        }
    }
    // "Brightwater Cruise Line", "Orient Shipping Lines": a cruise or shipping line is a company,
    // no rail line.
    if (b - a >= 3 && m_tok[b - 1].type == TokenType::word && any_of(s(b - 1), {"Line", "Lines"}) &&
        any_of(s(b - 2), {"Cruise", "Shipping", "Steamship"}) && cap_words(a, b) && !lookup(a, b).found()) {
        emit(a, b, Kind::org, "company");
        return;
    }
    // "RINA KUSUMAWATI and DAISUKE OKABE, Nikkei staff writers": two bylined names in capitals.
    if (b - a >= 5 && b - a <= 9 && all_caps(a) && all_caps(b - 1)) {
        for (std::uint32_t k = a + 2; k + 2 < b; ++k) {
            if (m_tok[k].type != TokenType::word || !is_literal(s(k), "and")) continue;
            const auto caps_name = [&](std::uint32_t x, std::uint32_t y) {
                if (y - x < 2 || y - x > 4) return false;
                for (std::uint32_t q = x; q < y; ++q)
                    if (!(m_tok[q].type == TokenType::word && all_caps(q) && !org_head(q) && !company_suffix(q) &&
                            !is_credit_word(s(q)) && !m_tok[q].is(k_wc_function)) &&
                        !(is_punct(m_tok[q], '-') && attached(q) && q + 1 < y && attached(q + 1)))
                        return false;
                return !lookup(x, y).found();
            };
            // (the names open their line, which ends there or with ", Nikkei staff writers")
            const std::uint32_t block = m_tok[a].block, end = m_t.block_last[block];
            const bool whole_line = a == m_t.block_first[block] &&
                (b == end || (is_punct(m_tok[b], ',') && end > b + 2 && end - b <= 5 &&
                                 m_tok[end - 1].type == TokenType::word && is_reporter_job(s(end - 1))));
            if (whole_line && caps_given_name(a) && caps_name(a, k) && caps_name(k + 1, b)) {
                emit(a, k, Kind::person, "", false);
                emit(k + 1, b, Kind::person, "", false);
                return;
            }
            break;
        }
    }
    // "TD Garden had gone quiet": a venue's head word left alone after two or three capitals that no
    // list knows ("TD", split off as an Irish deputy's title) names the venue with them.
    if (b == a + 1 && a >= 1 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word && m_tok[a - 1].has(k_all_caps) &&
        m_tok[a - 1].size() >= 2 && m_tok[a - 1].size() <= 3 && !lookup(a - 1, a).found() &&
        m_tok[a].has(k_space_before) && !all_caps(a) &&
        m_tok[a].type == TokenType::word && any_of(s(a), {"Garden", "Arena", "Centre", "Center", "Stadium", "Field", "Dome", "Park"}) &&
        !(a + 1 < m_tok.size() && same_block(a, a + 1) && cap_word(a + 1))) {
        emit(a - 1, a + 1, Kind::place, "facility");
        return;
    }
    // "Jordan Pell celebrates", "Haltwhistle's Jordan Pell": a country that is also a given name
    // before a word no list knows, then a verb or a comma, is a person (not after a place's
    // preposition: "flights to Jordan Monday").
    // ("Jordan Mbeki-Hale put the visitors ahead", "Jordan Mbeki-Hale's double": so does a
    // double-barrelled surname, and a possessive after it.)
    auto unlisted_surname_part = [&](std::uint32_t q) {
        return cap_word(q) && !org_head(q) && !place_head(q) && !company_suffix(q) && !all_caps(q) &&
               (m_tok[q].lex.classes & ~k_wc_gazetteer) == 0 && !lookup(q, q + 1).found();
    };
    const bool double_surname = b - a == 4 && is_punct(m_tok[a + 2], '-') && attached(a + 2) && attached(a + 3) &&
                                unlisted_surname_part(a + 1);
    // ("Jordan Kelsall (27), of Royton", "Jordan Smith, 31, said", "Georgia Pike said": an age in
    // brackets or between commas, or a speech verb, after the name lets its surname be a town's
    // name or an ordinary word.)
    const auto age_or_speech_after = [&](std::uint32_t q) {
        if (q + 2 < m_tok.size() && same_block(a, q + 2) &&
            (is_punct(m_tok[q], '(') || is_punct(m_tok[q], ',')) && m_tok[q + 1].type == TokenType::number &&
            m_tok[q + 1].size() <= 2 && (is_punct(m_tok[q + 2], ')') || is_punct(m_tok[q + 2], ',')))
            return true;
        return q < m_tok.size() && same_block(a, q) && m_tok[q].type == TokenType::word && m_tok[q].is(k_wc_speech_verb) &&
               !m_tok[q].has(k_cap);
    };
    const auto surname_by_context = [&](std::uint32_t q) {
        if (!cap_word(q) || org_head(q) || place_head(q) || company_suffix(q) || all_caps(q) || !age_or_speech_after(b))
            return false;
        const GazetteerEntry known = lookup(q, q + 1);
        return !known.found() || (known.kind == Kind::place && is_literal(known.subtype, "city"));
    };
    if ((b - a == 2 || double_surname) && m_tok[a].type == TokenType::word && is_country_given_name(s(a)) &&
        (unlisted_surname_part(b - 1) || surname_by_context(b - 1)) &&
        !all_caps(a) && !m_tok[a].has(k_title_line) &&
        !lookup(a, b).found() && listed_place(a, "country") &&
        !preposition_before(a, {"in", "to", "from", "of", "into", "across", "near", "at", "via", "and"}) &&
        b < m_tok.size() && same_block(a, b) &&
        (is_punct(m_tok[b], ',') || age_or_speech_after(b) || (double_surname && m_tok[b].type == TokenType::possessive) ||
            (m_tok[b].type == TokenType::word && !m_tok[b].has(k_cap) && !is_function_word(s(b))))) {
        emit(a, b, Kind::person, "");
        return;
    }
    // "Sun-hee Park said", "Yesterday Kuo-ming Lin said": a hyphenated Korean or Chinese given name
    // before its surname (after a sentence's opening word that is no name).
    if (syllable_given_first(a, b)) {
        emit(a, b, Kind::person, "");
        return;
    }
    if (b - a == 5 && sentence_initial(a) && (m_tok[a].is(k_wc_common) || m_tok[a].is(k_wc_function)) &&
        !m_tok[a].is(k_wc_given) && syllable_given_first(a + 1, b)) { // (and "By Sun-hee Park" on a byline)
        emit(a + 1, b, Kind::person, "");
        return;
    }
    // "the Rhône Prefecture said": a French prefecture that speaks is the state's office there
    // (Japan's "Hokkaido Prefecture", without the article, is the region).
    if (b - a >= 2 && b - a <= 3 && m_tok[b - 1].type == TokenType::word && is_literal(s(b - 1), "Prefecture") &&
        a > 0 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word && equals_lower(s(a - 1), "the") &&
        b < m_tok.size() && same_block(a, b) && m_tok[b].type == TokenType::word && m_tok[b].is(k_wc_speech_verb)) {
        emit(a, b, Kind::org, "government");
        return;
    }
    // "Tokyo's Chiyoda Ward", "in Tennoji Ward": a city's ward (a surname after a given name,
    // "Ian Ward", or before speech, stays a person's).
    if (b - a == 2 && m_tok[b - 1].type == TokenType::word && is_literal(s(b - 1), "Ward") && cap_word(a) &&
        !all_caps(a) && !m_tok[a].is(k_wc_given) && !m_tok[a].is(k_wc_title) && !m_tok[a].is(k_wc_function) &&
        (preposition_before(a, {"in", "at", "from", "near", "of"}) ||
            (a >= 2 && m_tok[a - 1].type == TokenType::possessive && listed_place(a - 2))) &&
        !speech_context(a, b)) {
        emit(a, b, Kind::place, "city");
        return;
    }
    // "Haeundae-gu", "Dong-gu", "Gijang-gun": a Korean district or county, its suffix written in
    // lower case after a hyphen.
    // (The run may hold the suffix already, as it holds "Pei-chen" of "Hsu Pei-chen".)
    {
        const std::uint32_t end = b - a == 1 ? b + 2 : b;
        if ((b - a == 1 || b - a == 3) && end <= m_tok.size() && is_punct(m_tok[a + 1], '-') &&
            !m_tok[a + 1].has(k_space_before) && !m_tok[a + 2].has(k_space_before) &&
            m_tok[a + 2].type == TokenType::word && same_block(a, a + 2) &&
            any_of(s(a + 2), {"gu", "gun", "dong", "eup", "myeon"}) && !m_tok[a].has(k_all_caps) &&
            !(end < m_tok.size() && same_block(a, end) && is_punct(m_tok[end], '-') && !m_tok[end].has(k_space_before))) {
            emit(a, end, Kind::place, "region");
            return;
        }
    }
    // "runs La Michoacana on North Third Avenue", "At Crooked River Maple on Crockett Ridge Road": a
    // name no list knows, without a given name, that stands on a street is a business there.
    if (b + 2 < m_tok.size() && m_tok[b].size() == 2 && m_tok[b].type == TokenType::word && is_literal(s(b), "on") &&
        same_block(a, b + 1) && street_run_after(b + 1)) {
        // (after a sentence's first word: "At Crooked River Maple on …")
        const std::uint32_t f = m_tok[a].is(k_wc_function) && m_tok[a].has(k_sentence_start) ? a + 1 : a;
        if (b - f >= 2 && !m_tok[f].is(k_wc_given) && !m_tok[f].is(k_wc_title) && !m_tok[f].is(k_wc_function) &&
            !m_tok[f].has(k_all_caps) && !m_tok[f].has(k_title_line) && !org_head(b - 1) && !place_head(b - 1) &&
            !company_suffix(b - 1) && !place_prefix(f) && !lookup(f, b).found() && !lookup(f, f + 1).found() &&
            // (two places: "between Sholinganallur and Siruseri on Old Mahabalipuram Road")
            [&] {
                for (std::uint32_t q = f; q < b; ++q)
                    if (m_tok[q].type != TokenType::word || !m_tok[q].has(k_cap)) return false;
                return true;
            }()) {
            emit(f, b, Kind::org, "company");
            return;
        }
    }
    // "King County Metro", "King County Water Taxi": a county's name, then words of no person, is
    // the county's service (not "Harris County Judge Lina Hidalgo": a title and a person follow).
    if (const std::uint32_t f = b - a >= 3 && m_tok[a].is(k_wc_function) && m_tok[a].has(k_sentence_start) ? a + 1 : a;
        b - f >= 3 && b - f <= 6 && !m_tok[f].has(k_all_caps) && !m_tok[f].has(k_title_line) && !m_tok[f].is(k_wc_function)) {
        std::uint32_t c = f + 1;
        while (c + 1 < b && !(m_tok[c].size() == 6 && m_tok[c].type == TokenType::word && is_literal(s(c), "County"))) ++c;
        bool plain = c + 1 < b && is_literal(s(c), "County") && c - f <= 3;
        for (std::uint32_t q = f; q < b && plain; ++q)
            plain = m_tok[q].type == TokenType::word && m_tok[q].has(k_cap) && !m_tok[q].has(k_all_caps) &&
                    (q <= c || (!m_tok[q].is(k_wc_given) && !m_tok[q].is(k_wc_title) && !m_tok[q].is(k_wc_title_modifier) &&
                                   !m_tok[q].is(k_wc_function) && !m_tok[q].is(k_wc_demonym) &&
                                   // (a building or an event: "Greene County Courthouse Annex", "Holmes County Fair")
                                   !place_head(q) &&
                                   !any_of(s(q), {"Fair", "Festival", "Show", "Rodeo", "Expo", "Fairgrounds", "Annex"})));
        if (plain && !org_head(b - 1) && !place_head(b - 1) && !company_suffix(b - 1) && !lookup(f, b).found() &&
            !(b < m_tok.size() && same_block(f, b) && cap_word(b))) {
            emit(f, b, Kind::org, "government");
            return;
        }
    }
    // "at the foot of Snowdon", "the slopes of Ben Nevis": a mountain's parts name it (not "the
    // foot of the Beaufort Bridge", a named structure's head).
    if (a >= 3 && b - a <= 3 && m_tok[a - 1].size() == 2 && m_tok[a - 1].type == TokenType::word && is_literal(s(a - 1), "of") &&
        same_block(a - 3, a) &&
        m_tok[a - 2].type == TokenType::word &&
        any_of(s(a - 2), {"foot", "summit", "slopes", "flanks", "peak", "foothills", "crater"}) &&
        equals_lower(s(a - 3), "the") && !m_tok[a].has(k_all_caps) && m_tok[a].lex.month == 0 &&
        !m_tok[a].is(k_wc_weekday) && !org_head(b - 1) && !company_suffix(b - 1) &&
        !place_head(b - 1) && !lookup(a, b).found()) {
        emit(a, b, Kind::place, "geo");
        return;
    }
    // "Minister for Housing Matthew Pennycook", "Minister of State for Sustainability and the
    // Environment Matthew Tan": a portfolio's ordinary words end a minister's title, and the name
    // starts at its given name. Every word before it belongs to the title (which may begin before
    // the run: "… and the Environment").
    if (b - a >= 3) {
        const auto title_part = [&](std::uint32_t q) {
            const Token& t = m_tok[q];
            if (t.type != TokenType::word) return false;
            if (!t.has(k_cap)) return any_of(s(q), {"for", "of", "the", "and"});
            return !t.has(k_all_caps) && !t.is(k_wc_given) &&
                   (t.is(k_wc_title) || t.is(k_wc_title_modifier) || t.is(k_wc_common));
        };
        for (std::uint32_t c = a > 0 && same_block(a - 1, a) ? a - 1 : a; c + 3 <= b; ++c) {
            if (m_tok[c].type != TokenType::word || m_tok[c].has(k_cap) || !any_of(s(c), {"for", "of", "the", "and"}))
                continue;
            // (a rarer portfolio word too: "the Exchequer")
            // ("Secretary for Transport Lam Sai-hung": a short surname, then a given name of two
            // syllables joined by a hyphen, the second in lower case, ends the run.)
            const auto syllable_name = [&](std::uint32_t q) {
                return b - q == 4 && m_tok[q].size() >= 2 && m_tok[q].size() <= 6 && !m_tok[q].is(k_wc_common) &&
                       m_tok[q + 1].size() >= 2 && m_tok[q + 1].size() <= 6 && is_punct(m_tok[b - 2], '-') &&
                       syllable_tail(b - 1);
            };
            std::uint32_t k = c + 1;
            while (k < b && m_tok[k].has(k_cap) && !syllable_name(k) &&
                   (title_part(k) || (m_tok[k].type == TokenType::word && m_tok[k].lex.classes == 0 && !m_tok[k].has(k_all_caps))))
                ++k;
            // ("Secretary for Development Ronald Mak Chi-wai": a hyphenated given name's tail is no
            // fifth word.)
            const bool syllables = b - k == 5 && syllable_tail(b - 1) && is_punct(m_tok[b - 2], '-');
            // ("Secretary for Transport Lam Sai-hung": a surname first, then such a given name.)
            const bool family_first = syllable_name(k);
            if (k == c + 1 || k + 2 > b || (b - k > 4 && !syllables) || !(m_tok[k].is(k_wc_given) || family_first) ||
                !person_shape(k, b))
                continue;
            bool headed = false; // "Tralee Garda Station": a place's or a body's head word ends no person
            for (std::uint32_t q = k; q < b && !headed; ++q) headed = m_tok[q].is(k_wc_name_head);
            if (headed) continue;
            bool titled = false, whole = true;
            for (std::uint32_t q = a; q < c && whole; ++q) {
                whole = title_part(q);
                titled = titled || (m_tok[q].has(k_cap) && m_tok[q].is(k_wc_title));
            }
            // (Before the run, a rarer portfolio word too: "… for Sustainability and the".)
            for (std::uint32_t q = std::min(a, c); !titled && q > 0 && q + 12 > a && same_block(q - 1, a) &&
                                                    (title_part(q - 1) || (m_tok[q - 1].type == TokenType::word &&
                                                                              m_tok[q - 1].lex.classes == 0 &&
                                                                              cap_word(q - 1) && !m_tok[q - 1].has(k_all_caps)));
                 --q)
                titled = m_tok[q - 1].has(k_cap) && m_tok[q - 1].is(k_wc_title);
            if (whole && titled) {
                emit(k, b, Kind::person, "");
                return;
            }
            break;
        }
    }
    // "(Reporting by Valentina Ruiz in Santiago and Tomás Iturra in Iquique)": in a wire story's
    // credits, a known town after "in" is where the reporter files from, even a given name.
    // ("… in Santiago and Tomás Iturra in Iquique": the run goes on to the next reporter.)
    if (a >= 3 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word && is_literal(s(a - 1), "in") &&
        !m_tok[a].has(k_all_caps)) {
        std::uint32_t town_end = a;
        while (town_end < b && !(m_tok[town_end].type == TokenType::word && is_literal(s(town_end), "and"))) ++town_end;
        bool credit = false;
        for (std::uint32_t q = a - 1; q > 0 && q + 16 > a && same_block(q - 1, a) && !credit; --q)
            credit = m_tok[q - 1].type == TokenType::word && is_literal(s(q - 1), "by") && q >= 2 &&
                     m_tok[q - 2].type == TokenType::word &&
                     any_of(s(q - 2), {"Reporting", "reporting", "Writing", "writing"});
        if (credit && town_end > a && town_end - a <= 3 && town_end + 1 != b) {
            const GazetteerEntry e = lookup(a, town_end);
            if ((e.found() && e.kind == Kind::place) || m_g.is_town(m_t.slice(a, town_end))) {
                emit(a, town_end, Kind::place, e.found() ? e.subtype : "city");
                if (town_end + 1 < b) classify(town_end + 1, b, ev);
                return;
            }
        }
    }
    // "MassDOT", "PennDOT", "TxDOT": a US state's department of transportation.
    if (b - a == 1 && transport_department(a) && !lookup(a, b).found()) {
        emit(a, b, Kind::org, "government");
        return;
    }
    // "the Silk Board junction", "the Hebbal flyover": a name before a road junction's word is
    // the junction, a place (whatever its words: "Board" heads no body here).
    if (b < m_tok.size() && b - a <= 3 && m_tok[b].size() >= 7 && m_tok[b].type == TokenType::word &&
        !m_tok[b].has(k_cap) && same_block(a, b) &&
        any_of(s(b), {"junction", "flyover", "roundabout", "interchange", "underpass"}) &&
        cap_words(a, b) && !m_tok[a].has(k_all_caps)) {
        const GazetteerEntry known = lookup(a, b);
        if (!known.found() || known.kind != Kind::person) {
            emit(a, b, Kind::place, known.found() && known.kind == Kind::place ? known.subtype : "facility");
            return;
        }
    }
    // "Chief minister Siddalingappa Hosmane and Union minister Meenakshi Rao": "Union", "State"
    // before a lower-case minister's word belong to that title, not to the name before "and".
    if (b - a >= 3 && b < m_tok.size() && m_tok[b - 2].size() == 3 && m_tok[b].type == TokenType::word &&
        !m_tok[b].has(k_cap) && same_block(a, b) && any_of(s(b), {"minister", "ministers", "secretary", "minister's"}) &&
        any_of(s(b - 1), {"Union", "State", "Cabinet", "Deputy", "Junior"}) &&
        m_tok[b - 2].type == TokenType::word && is_literal(s(b - 2), "and")) {
        classify(a, b - 2, ev);
        return;
    }
    // "HMP Wandsworth", "HMYOI Feltham": a prison in England and Wales, a place.
    if (b - a >= 2 && m_tok[a].type == TokenType::word && m_tok[a].has(k_all_caps) && s(a)[0] == 'H' &&
        any_of(s(a), {"HMP", "HMYOI", "HMPYOI"}) && cap_words(a + 1, b)) {
        emit(a, b, Kind::place, "facility");
        return;
    }
    // "Colorado News", "QLD News" on a line of their own: a section's kicker names the place its
    // news comes from, not an outlet ("Sky News" names no place).
    if (b - a == 2 && m_tok[b - 1].type == TokenType::word && is_literal(s(b - 1), "News") &&
        m_tok[a].block < m_t.block_first.size() && m_t.block_first[m_tok[a].block] == a &&
        m_t.block_last[m_tok[a].block] == b && !lookup(a, b).found()) {
        const GazetteerEntry place = lookup(a, a + 1);
        if (place.found() && place.kind == Kind::place) {
            emit(a, a + 1, Kind::place, place.subtype);
            return;
        }
    }
    // "(COL/Caja Rural-Seguros RGA)": a rider's country code and team, joined by a slash in a
    // results row.
    if (b - a >= 3 && a >= 1 && is_punct(m_tok[a - 1], '(') && m_tok[a].type == TokenType::word && all_caps(a) &&
        m_tok[a].size() == 3 && is_sport_country_code(s(a)) && is_punct(m_tok[a + 1], '/') && attached(a + 1) &&
        attached(a + 2)) {
        emit(a, a + 1, Kind::place, "country");
        if (b < m_tok.size() && is_punct(m_tok[b], ')') && !lookup(a + 2, b).found()) emit(a + 2, b, Kind::org, "team");
        else classify(a + 2, b, ev);
        return;
    }
    // "Transport Workers Union Local 234", "Local 234 president …": a union's local branch (see
    // run_end()), with the union's name before it when one stands there ("Members of …" read apart).
    if (b - a >= 2 && m_tok[b - 1].type == TokenType::number && is_literal(s(b - 2), "Local")) {
        const std::size_t before = m_out.size();
        if (b - a > 2) classify(a, b - 2, ev);
        if (m_out.size() > before && m_out.back().last == b - 2 && m_out.back().kind == Kind::org) {
            Mention& m = m_out.back();
            m.last = b;
            m.range.end = m_tok[b - 1].end;
        } else {
            emit(b - 2, b, Kind::org, "nonprofit");
        }
        return;
    }
    // "Saint-Jean-de-Luz", "Saint-Maurice", "Sainte-Foy": a French or Swiss town named after a saint,
    // joined by hyphens (no title before a person's name).
    // ("Luz-Saint-Sauveur", "Bourg-Saint-Maurice": the saint's word may come later.)
    if (saint_chain_end(a, b) == b && !lookup(a, b).found()) {
        emit(a, b, Kind::place, "city");
        return;
    }
    // "Sen. Marisol Ekberg, D-Vashon,", "(R-Port Orchard)": a legislator's party initial and the
    // home town or state after it, between commas or in brackets.
    if (b - a >= 3 && b - a <= 5 && a >= 1 && m_tok[a].type == TokenType::word && any_of(s(a), {"D", "R", "I"}) &&
        is_punct(m_tok[a + 1], '-') && attached(a + 1) && attached(a + 2) && cap_word(a + 2) &&
        (is_punct(m_tok[a - 1], ',') || is_punct(m_tok[a - 1], '(')) && b < m_tok.size() &&
        (is_punct(m_tok[b], ',') || is_punct(m_tok[b], ')'))) { // ("D-Ore.": an abbreviation, read below)
        const GazetteerEntry e = lookup(a + 2, b);
        emit(a + 2, b, Kind::place, e.found() && e.kind == Kind::place ? e.subtype : "city");
        return;
    }
    // "told France Inter", "India Today", "France Info": a country's name and a broadcaster's or a
    // magazine's word is an outlet (not "France Nuyen": the word is none of these).
    if (b - a == 2 && m_tok[b - 1].type == TokenType::word && listed_place(a, "country") &&
        any_of(s(b - 1), {"Inter", "Info", "Today", "Bleu", "Culture", "Musique", "Télévisions", "Televisions"})) {
        emit(a, b, Kind::org, "media");
        return;
    }
    // "East Riding of Yorkshire Council", "Isle of Anglesey County Council": a listed place whose
    // name holds "of", and its council's words.
    if (b - a >= 4 && m_tok[b - 1].type == TokenType::word && any_of(s(b - 1), {"Council", "Councils"})) {
        std::uint32_t end = b - 1;
        while (end > a + 2 && m_tok[end - 1].type == TokenType::word &&
               any_of(s(end - 1), {"County", "Borough", "District", "City", "Town", "Shire", "Regional", "Metropolitan"}))
            --end;
        bool of = false;
        for (std::uint32_t k = a + 1; k + 1 < end && !of; ++k) of = m_tok[k].type == TokenType::word && is_literal(s(k), "of");
        if (of) {
            const GazetteerEntry place = lookup(a, end);
            if (place.found() && place.kind == Kind::place) {
                emit(a, b, Kind::org, "government");
                return;
            }
        }
    }
    // "Limerick City and County Council", "Cork City and County Councils": one council of a city
    // and its county.
    if (b - a >= 5 && m_tok[b - 1].type == TokenType::word && any_of(s(b - 1), {"Council", "Councils"}) &&
        is_literal(s(b - 2), "County") && is_literal(s(b - 3), "and") && is_literal(s(b - 4), "City")) {
        emit(a, b, Kind::org, "government");
        return;
    }
    // "Sembawang GRC", "Marine Parade GRC MP Tan Wei Ming": a Singapore group representation
    // constituency, named by its place's words, is a place; what follows it is read on its own.
    // ("MP for Tampines GRC": after a title and a preposition in the same run.)
    if (b - a >= 2 && b - a <= 10) {
        for (std::uint32_t q = a + 1; q < b; ++q) {
            if (m_tok[q].type != TokenType::word || m_tok[q].size() != 3 || !is_literal(s(q), "GRC")) continue;
            std::uint32_t st = q;
            while (st > a && q - st < 3 && m_tok[st - 1].type == TokenType::word && cap_word(st - 1) &&
                   !m_tok[st - 1].has(k_all_caps))
                --st;
            if (st == q) break;
            emit(st, q + 1, Kind::place, "region");
            std::uint32_t left = st;
            if (left > a && m_tok[left - 1].type == TokenType::word && !m_tok[left - 1].has(k_cap)) --left; // "for"
            if (left > a) classify(a, left, ev);
            if (q + 1 < b) classify(q + 1, b, ev);
            return;
        }
    }
    // "Ross-shire", "Kinross-shire": a county written with its "-shire" after a hyphen.
    if (b - a == 3 && is_punct(m_tok[a + 1], '-') && attached(a + 1) && attached(a + 2) &&
        m_tok[a + 2].type == TokenType::word && is_literal(s(a + 2), "shire") && !m_tok[a].has(k_all_caps)) {
        emit(a, b, Kind::place, "region");
        return;
    }
    // "Highland Perthshire", "North Yorkshire", "Rural Aberdeenshire": a county ("-shire") after a
    // word of its part.
    if (b - a == 2 && m_tok[a].type == TokenType::word && m_tok[b - 1].type == TokenType::word &&
        !m_tok[a].has(k_all_caps) && shire_word(s(b - 1)) &&
        any_of(s(a), {"Highland", "North", "South", "East", "West", "Mid", "Upper", "Lower", "Rural", "Greater", "Central",
                      "Northern", "Southern", "Eastern", "Western"})) {
        emit(a, b, Kind::place, "region");
        return;
    }
    // "the South Side", "Chicago's Southwest Side", "the Upper West Side": a city's side by its
    // compass word is a district.
    if (b - a >= 2 && b - a <= 3 && m_tok[b - 1].type == TokenType::word && is_literal(s(b - 1), "Side")) {
        bool compass = true;
        for (std::uint32_t q = a; q + 1 < b && compass; ++q)
            compass = m_tok[q].type == TokenType::word && !m_tok[q].has(k_all_caps) &&
                      any_of(s(q), {"North", "South", "East", "West", "Northwest", "Northeast", "Southwest", "Southeast",
                                    "Upper", "Lower", "Near", "Far"}) &&
                      (q > a || b - a == 2 || any_of(s(q), {"Upper", "Lower", "Near", "Far"}));
        if (compass && !any_of(s(b - 2), {"Upper", "Lower", "Near", "Far"})) {
            emit(a, b, Kind::place, "city");
            return;
        }
    }
    // "Austin Water", "Rand Water", "Welsh Water", "Southern Water": a city, region, country,
    // nationality or compass word and "Water" is the utility ("Gala Water", "Six Mile Water" are
    // streams: no listed place names them). Before org_head(), which turns down a given name
    // ("Austin", "Wellington"); an unlisted word before "Water" is read there.
    if (b - a == 2 && m_tok[b - 1].type == TokenType::word && is_literal(s(b - 1), "Water") &&
        m_tok[a].type == TokenType::word && !m_tok[a].has(k_all_caps) &&
        ((listed_place(a) && !listed_place(a, "geo")) || m_tok[a].is(k_wc_demonym) ||
            any_of(s(a), {"Southern", "Northern", "Eastern", "Western"}))) {
        emit(a, b, Kind::org, "company");
        return;
    }
    // "the 3rd Circuit", "the Ninth Circuit", "the 12th Judicial Circuit": a court's circuit, by its
    // number, is an organization (a named one is a race track or a trail: "Baku City Circuit").
    const std::uint32_t court = b - a >= 2 && is_literal(s(a), "The") ? a + 1 : a; // ("The Ninth Circuit ruled")
    if (b - court <= 2 && m_tok[b - 1].type == TokenType::word && is_literal(s(b - 1), "Circuit")) {
        const bool numbered = ordinal_before(court) && (b - court == 1 || any_of(s(court), {"Judicial", "Federal"}));
        if (numbered ||
            (b - court == 2 && any_of(s(court), {"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh",
                                                 "Eighth", "Ninth", "Tenth", "Eleventh", "Federal", "Judicial"}))) {
            emit(numbered ? court - 1 : court, b, Kind::org, "government");
            return;
        }
    }
    // "Jens Vandevelde (BEL/Polder-Vlaanderen)": in a results row, a rider's country code, a slash
    // and the team.
    if (b - a >= 3 && a > 0 && is_punct(m_tok[a - 1], '(') && m_tok[a].type == TokenType::word && all_caps(a) &&
        m_tok[a].size() == 3 && is_sport_country_code(s(a)) && is_punct(m_tok[a + 1], '/') && attached(a + 1) &&
        attached(a + 2) && cap_word(a + 2) && b < m_tok.size() && is_punct(m_tok[b], ')')) {
        emit(a, a + 1, Kind::place, "country");
        emit(a + 2, b, Kind::org, "team");
        return;
    }
    // "Queen Street West", "Bloor Street West", "Main Street East": a street's name with its
    // quarter after the street word (a title opening it is part of the name: "King Street East").
    // ("Traffic on Bloor Street West": the run took a connector; the street starts after it.)
    if (b - a >= 3 && m_tok[b - 1].type == TokenType::word && m_tok[b - 2].type == TokenType::word &&
        any_of(s(b - 1), {"East", "West", "North", "South"}) && !m_tok[a].has(k_title_line) &&
        any_of(s(b - 2), {"Street", "Avenue", "Road", "Boulevard", "Drive", "Lane", "Parkway", "Highway"})) {
        std::uint32_t start = b - 2;
        while (start > a && m_tok[start - 1].type == TokenType::word && cap_word(start - 1) && !all_caps(start - 1))
            --start;
        if (start < b - 2) {
            if (start > a) {
                const bool connector = m_tok[start - 1].type == TokenType::word && !m_tok[start - 1].has(k_cap);
                if (connector && start - 1 > a) classify(a, start - 1, ev);
                else if (!connector) classify(a, start, ev);
            }
            emit(start, b, Kind::place, "street");
            return;
        }
    }
    // "Chipmaker Halvion said", "Developer Ardcarn Living says": a firm's trade noun opening the
    // sentence, then the firm's name (a given name after it is a person's: "Developer John Roe").
    // (Not in a title-case headline, where the words after the noun may be verbs: "Chipmaker Breaks
    // Ground in Iwate".)
    if (b - a >= 2 && b - a <= 4 && m_tok[a].has(k_sentence_start) && !m_tok[a].has(k_all_caps) &&
        !m_tok[a].has(k_title_line) && m_tok[a].type == TokenType::word && m_tok[a].size() >= 5 && m_tok[a].size() < 40 && cap_word(a + 1) &&
        !m_tok[a + 1].has(k_all_caps) && !m_tok[a + 1].is(k_wc_given) && !m_tok[a + 1].is(k_wc_title) &&
        !org_head(a) && !place_head(a) && !lookup(a, b).found()) {
        char folded[40];
        const std::string_view noun = ascii_lower(s(a), folded);
        const char* sub = org_noun(noun);
        const GazetteerEntry rest = lookup(a + 1, b);
        if (sub && is_literal(sub, "company") && cap_words(a + 1, b) && !(rest.found() && rest.kind != Kind::org) &&
            !(b < m_tok.size() && speaks_of_self_as_person(b))) {
            emit(a + 1, b, Kind::org, "company");
            return;
        }
    }
    // "a farmer in Cai Lậy", "the flow into Việt Nam": a surname that comes first and one more word
    // after a preposition of place, with nobody speaking, are a place (not "Li Wei's office").
    if (b - a == 2 && (ev & (k_ev_title | k_ev_byline | k_ev_credit)) == 0 && m_tok[a].type == TokenType::word &&
        m_tok[a].is(k_wc_family_first) && !m_tok[a].has(k_all_caps) &&
        !m_tok[a].has(k_title_line) && cap_word(a + 1) && !m_tok[a + 1].has(k_all_caps) &&
        !m_tok[a + 1].is(k_wc_given) && !lookup(a, b).found() &&
        preposition_before(a, {"in", "at", "into", "near", "outside", "across", "throughout"}) &&
        !speech_context(a, b) && !(b < m_tok.size() && m_tok[b].type == TokenType::possessive)) {
        emit(a, b, Kind::place, "city");
        return;
    }
    // "the riding of La Vérendrye", "people in La Vérendrye", "from El Alto": a Romance article and
    // a word no list knows, after a preposition of place, name a place.
    // ("a student from Al-Rawdah": an Arabic article joined by a hyphen, too.)
    const bool arabic = b - a == 3 && m_tok[a].type == TokenType::word && any_of(s(a), {"Al", "El"}) &&
                        is_punct(m_tok[a + 1], '-') && attached(a + 1) && attached(a + 2);
    // ("from Al Qusais to Al Khawaneej": the article apart, too, before a word no list knows that is
    // never alone in the text, after "from", "in", "at", "near" or a route's "to"; not "spoke to
    // Al Sharpton".)
    const auto arabic_spaced = [&] {
        if (b - a != 2 || !is_literal(s(a), "Al") || m_tok[b - 1].lex.classes != 0 || speech_context(a, b) ||
            !(preposition_before(a, {"in", "from", "near", "outside", "into", "at", "between"}) ||
                (preposition_before(a, {"to"}) && a >= 3 && same_block(a - 3, a) && cap_word(a - 2) &&
                    (is_literal(s(a - 3), "from") || (a >= 4 && cap_word(a - 3) && is_literal(s(a - 4), "from"))))))
            return false;
        for (const std::uint32_t k : m_t.cap_words)
            if (k != b - 1 && s(k) == s(b - 1) && !(k >= 1 && is_literal(s(k - 1), "Al"))) return false;
        return true;
    };
    if ((b - a == 2 || arabic) && (ev & k_ev_title) == 0 && m_tok[a].type == TokenType::word &&
        any_of(s(a), {"La", "Las", "Los", "El", "Le", "Les", "Al"}) &&
        (arabic || !is_literal(s(a), "Al") || arabic_spaced()) &&
        cap_word(b - 1) && !m_tok[b - 1].has(k_all_caps) &&
        !m_tok[a].has(k_title_line) && !lookup(a, b).found() && !m_tok[b - 1].is(k_wc_given) &&
        (preposition_before(a, {"in", "from", "to", "near", "outside", "around", "across", "into", "at", "towards"}) ||
            (a >= 2 && is_literal(s(a - 1), "of") && m_tok[a - 2].type == TokenType::word &&
                any_of(s(a - 2), {"riding", "town", "city", "village", "municipality", "province", "district",
                                  "department", "region", "commune", "parish", "county", "state", "island"})))) {
        emit(a, b, Kind::place, "city");
        return;
    }
    // "along the Rio Paguate and the Rio Moquino": a river named with "Rio" after "the", not a
    // person named Rio.
    if (b - a == 2 && a >= 1 && m_tok[a].type == TokenType::word && any_of(s(a), {"Rio", "Río"}) &&
        m_tok[a - 1].type == TokenType::word && is_literal(s(a - 1), "the") && same_block(a - 1, a) &&
        !lookup(a, b).found()) {
        emit(a, b, Kind::place, "geo");
        return;
    }
    // "the RM of Tisdale No. 427", "the RM of Torch River": a Prairie rural municipality (with its
    // number, as the province writes it) is its council, or the land after a preposition of place.
    if (const std::uint32_t r = a + (m_tok[a].type == TokenType::word && is_literal(s(a), "The") ? 1 : 0);
        b >= r + 3 && m_tok[r].type == TokenType::word && (is_literal(s(r), "RM") || is_literal(s(r), "RMs")) &&
        is_literal(s(r + 1), "of") && cap_word(r + 2)) {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        std::uint32_t e = b;
        if (is_literal(s(e - 1), "No") && e > r + 3) --e; // the run took the number's "No"
        if (e + 2 < n && same_block(r, e + 2) && m_tok[e].type == TokenType::word && is_literal(s(e), "No") &&
            is_punct(m_tok[e + 1], '.') && attached(e + 1) && m_tok[e + 2].type == TokenType::number)
            e += 3;
        // ("the RMs of Lone Tree No. 18 and Val Marie No. 17": each council by its own name; a
        // plain list after "RMs of" is left to the list rules.)
        const bool plural = is_literal(s(r), "RMs");
        if (!plural || e > b) {
            for (std::uint32_t q = b; q < e; ++q) m_consumed[q] = 1;
            // ("a field in the RM of Tisdale", "RM of Tisdale No. 427: 9" in a list: the land.)
            std::uint32_t w = a;
            if (w >= 1 && m_tok[w - 1].type == TokenType::word && is_literal(s(w - 1), "the") && same_block(w - 1, w)) --w;
            const bool land = m_tok[r].has(k_line_start) ||
                              preposition_before(w, {"in", "near", "from", "across", "throughout", "into", "within",
                                                     "outside", "of", "around"});
            emit(plural ? r + 2 : r, e, land ? Kind::place : Kind::org, land ? "region" : "government");
            return;
        }
    }
    // "Greenwich Mean Time", "British Summer Time", "Eastern Standard Time": a time zone's name is
    // no place and no organization (not the magazine "Time").
    if (b - a >= 2 && m_tok[b - 1].type == TokenType::word && is_literal(s(b - 1), "Time") &&
        any_of(s(b - 2), {"Mean", "Summer", "Standard", "Daylight", "Saving", "Savings", "Winter"})) {
        m_non_entity_end = b;
        return;
    }
    // "a Ford Mustang", "the #88 Chevrolet Camaro": a carmaker and a model's name make a product's
    // name, no mention, and the maker inside it is none either (GUIDELINES §3: "Google Maps").
    if (b - a == 2 && m_tok[a].type == TokenType::word && !m_tok[a].has(k_title_line) &&
        any_of(s(a), {"Ford", "Toyota", "Chevrolet", "Holden", "Nissan", "Honda", "Hyundai", "Kia", "Mazda", "Subaru",
                      "Mitsubishi", "Suzuki", "Volkswagen", "Audi", "Porsche", "Ferrari", "Lamborghini", "Peugeot",
                      "Renault", "Citroën", "Fiat", "Volvo", "Skoda", "Škoda", "Lexus", "Jaguar", "Dodge", "Chrysler",
                      "Jeep", "Cadillac", "Buick", "Isuzu", "Daihatsu", "Proton", "Perodua", "Tata", "Mahindra"}) &&
        cap_word(a + 1) && !m_tok[a + 1].has(k_all_caps) && !m_tok[a + 1].has(k_has_digit) && !org_head(a + 1) &&
        !place_head(a + 1) && !company_suffix(a + 1) && !lookup(a + 1, b).found() && !lookup(a, b).found() &&
        !m_tok[a + 1].is(k_wc_given) && b < m_tok.size() && m_tok[b].type != TokenType::possessive &&
        !(same_block(a, b) && m_tok[b].type == TokenType::word && m_tok[b].is(k_wc_speech_verb))) {
        const GazetteerEntry maker = lookup(a, a + 1);
        if (maker.found() && maker.kind == Kind::org) {
            m_non_entity_end = b;
            return;
        }
    }
    if (const std::uint32_t h = holiday_end(a, b); h != a) {
        m_non_entity_end = h;
        std::uint32_t rest = h; // "Hari Raya and Deepavali bookings", "Pi Mai in Luang Prabang"
        while (rest < b && (m_tok[rest].type != TokenType::word || !m_tok[rest].has(k_cap))) ++rest;
        if (rest < b) classify(rest, b, ev);
        return;
    }
    if (country_agency(a, b)) {
        emit(a, b, Kind::org, "government");
        return;
    }
    // "the Department of Environment and Natural Resources (DENR)": the acronym after a run that
    // holds "and" spells the initials of the whole organization's name, which is no two names.
    if (b - a >= 4 && b + 2 < m_tok.size() && is_punct(m_tok[b], '(')) {
        const char* sub = nullptr;
        const std::uint32_t k = acronym_spelled_from(a, b, &sub);
        if (k != k_none) {
            if (k > a) classify(a, k, ev);
            emit(k, b, Kind::org, sub);
            return;
        }
    }
    // "the Port Autonome de Kribi (PAK)": a French-speaking country's port authority.
    if (b - a >= 3 && m_tok[a].type == TokenType::word && is_literal(s(a), "Port") && is_literal(s(a + 1), "Autonome")) {
        emit(a, b, Kind::org, "government");
        return;
    }
    // "the Leeds and Liverpool Canal", "the Forth and Clyde Canal": a canal named after the two
    // places it joins is one name.
    if (b - a >= 4 && b - a <= 6 && m_tok[b - 1].type == TokenType::word && is_literal(s(b - 1), "Canal")) {
        bool joined = false, names = true;
        for (std::uint32_t k = a; k + 1 < b && names; ++k) {
            if (m_tok[k].type == TokenType::word && is_literal(s(k), "and") && k > a) joined = true;
            else names = cap_word(k);
        }
        if (joined && names) {
            emit(a, b, Kind::place, "geo");
            return;
        }
    }
    // "By Dilani Sivakumaran Staff Reporter": the reporter's job closing a byline is no part of the name.
    if ((ev & k_ev_byline) != 0 && b - a >= 3 && m_tok[b - 1].type == TokenType::word && is_reporter_job(s(b - 1)) &&
        (m_tok[a + (equals_lower(s(a), "by") ? 1 : 0)].is(k_wc_given) ||
            m_tok[a + (equals_lower(s(a), "by") ? 1 : 0)].lex.classes == 0)) { // (not "Local Democracy Reporter")
        std::uint32_t e = b - 1;
        while (e > a + 2 && m_tok[e - 1].type == TokenType::word &&
               any_of(s(e - 1), {"Staff", "Senior", "Chief", "Special", "Contributing", "Business", "Political", "Sports",
                                 "Education", "Health", "Science", "Court", "City", "Investigative", "Digital"}))
            --e;
        if (e > a + 1) {
            classify(a, e, ev);
            return;
        }
    }
    // "By Kaitlyn Marsh-Halvorsen Peninsula Daily News": a byline's name, then its paper.
    if ((ev & k_ev_byline) != 0 && b - a >= 4 && m_tok[b - 1].type == TokenType::word &&
        is_literal(org_head(b - 1) ? org_head(b - 1) : "", "media")) {
        const std::uint32_t f = a + (equals_lower(s(a), "by") ? 1 : 0);
        if (m_tok[f].type == TokenType::word && m_tok[f].is(k_wc_given) && !all_caps(f)) {
            // the name: the first name and one surname, hyphenated or not
            std::uint32_t p = f + 1;
            if (p < b && cap_word(p)) ++p;
            if (p + 1 < b && is_punct(m_tok[p], '-') && attached(p) && attached(p + 1)) p += 2;
            if (p > f + 1 && p + 1 < b && cap_word(p) && m_tok[p].has(k_space_before)) {
                emit(f, p, Kind::person, "");
                const GazetteerEntry paper = lookup(p, b);
                emit(p, b, Kind::org, paper.found() ? paper.subtype : "media");
                return;
            }
        }
    }
    // "The Member of Parliament for X": the chamber inside a member's title is no mention.
    for (std::uint32_t p = a; b - a >= 3 && p + 2 < b; ++p) {
        if (m_tok[p].type != TokenType::word || !(is_literal(s(p), "Member") || is_literal(s(p), "Members")) ||
            !is_literal(s(p + 1), "of") || !any_of(s(p + 2), {"Parliament", "Senedd"}))
            continue;
        std::uint32_t head = p;
        while (head > a && m_tok[head - 1].type == TokenType::word && m_tok[head - 1].is(k_wc_function)) --head;
        if (head > a) classify(a, head, ev);
        std::uint32_t rest = p + 3;
        if (rest < b && m_tok[rest].type == TokenType::word && is_connector(s(rest))) ++rest; // "for"
        if (rest < b) classify(rest, b, ev);
        return;
    }
    // "the bulk carrier Stella Kore", "the tanker Nordic Star": a ship's name (GUIDELINES: vehicles
    // are not annotated), then its other uses.
    // ("said Barcaldine carrier Shane Ritchie": a job after a place or a company's name.)
    // ('the Panama-flagged tanker "Ocean Pearl"': its name in quotation marks.)
    const std::uint32_t vn = a >= 2 && m_tok[a - 1].type == TokenType::punct && attached(a) &&
                                     m_tok[a - 1].has(k_space_before) &&
                                     (m_tok[a - 1].cp == '"' || m_tok[a - 1].cp == 0x201C || m_tok[a - 1].cp == 0x2018 ||
                                         m_tok[a - 1].cp == '\'')
                                 ? a - 1
                                 : a;
    if (vn > 0 && same_block(vn - 1, a) && m_tok[vn - 1].type == TokenType::word && !m_tok[vn - 1].has(k_cap) &&
        is_vessel_noun(s(vn - 1)) &&
        // ("the carrier Namaqua Air", "the ferry operator …": an airline's or a company's name.)
        !(m_tok[b - 1].type == TokenType::word && org_head(b - 1)) &&
        !(vn >= 2 && same_block(vn - 2, a) && m_tok[vn - 2].type == TokenType::word && m_tok[vn - 2].has(k_cap) &&
            !m_tok[vn - 2].is(k_wc_function))) {
        m_vessels.insert(m_t.slice(a, b), 1);
        return;
    }
    // "HMBS Leon Smith", "USS Gerald R. Ford", "MV Ever Given": a ship named with its prefix.
    // ("The KMP Ile Boleng": an Indonesian passenger ferry, after a sentence's "The".)
    if (const std::uint32_t v = a + (b - a >= 3 && is_literal(s(a), "The") ? 1 : 0);
        b - v >= 2 && all_caps(v) && m_tok[v].size() <= 6 && cap_word(v + 1) &&
        any_of(s(v), {"HMS", "HMBS", "HMAS", "HMCS", "HMNZS", "USS", "USNS", "USCGC", "MV", "RV", "INS", "KRI", "BRP",
                         "HMNLS", "RMS", "KMP"}) &&
        !lookup(v, b).found()) {
        m_vessels.insert(m_t.slice(v + 1, b), 1);
        return;
    }
    if (m_vessels.size() > 0 && m_vessels.contains(m_t.slice(a, b))) return;
    if (outlet_line(a, b) && !lookup(a, b).found()) {
        emit(a, b, Kind::org, "media");
        return;
    }
    // "Tyrrel’s Bay", "Smith's Creek": a possessive before a final geographic head (run_end joined
    // them); a listed name ("Hawke's Bay") was taken above.
    if (b - a >= 3 && m_tok[b - 2].type == TokenType::possessive && m_tok[b - 1].type == TokenType::word &&
        is_possessive_place_head(s(b - 1))) {
        // ("Calabash Bay and Billy’s Bay": what the connector joins is a name of its own.)
        std::uint32_t before = b - 3;
        if (before > a && m_tok[before - 1].type == TokenType::word && !m_tok[before - 1].has(k_cap)) --before;
        if (before > a) classify(a, before, ev);
        const GazetteerEntry e = lookup(b - 3, b);
        if (e.found()) emit(b - 3, b, e.kind, e.subtype);
        else emit(b - 3, b, Kind::place, is_literal(s(b - 1), "Lynn") || is_literal(s(b - 1), "Cross") ||
                                                 is_literal(s(b - 1), "Wood") ? "city" : "geo");
        return;
    }
    // "in front of the Gallowgate End", "from the Kirkstall Lane End": a ground's end stand, after a
    // plain "the" (not "the West End", "the Year End").
    if (b - a >= 2 && b - a <= 3 && is_literal(s(b - 1), "End") && a > 0 && is_literal(s(a - 1), "the") &&
        !lookup(a, b).found() && !m_tok[a].has(k_all_caps) && !m_tok[a].has(k_title_line) &&
        !any_of(s(b - 2), {"North", "South", "East", "West", "Year", "Week", "Month", "Quarter", "Financial", "Fiscal",
                           "Back", "Front", "High", "Low", "Top", "Bottom", "Deep", "Dead", "Far", "Other", "World"})) {
        bool plain = true;
        for (std::uint32_t q = a; q + 1 < b && plain; ++q)
            plain = cap_word(q) && !m_tok[q].is(k_wc_given) && !m_tok[q].is(k_wc_title) && !m_tok[q].is(k_wc_demonym);
        if (plain) {
            emit(a, b, Kind::place, "facility");
            return;
        }
    }
    // "Nordlicht Container Line", "Yang Ming Marine Lines": a shipping company, no railway.
    if (b - a >= 3 && m_tok[b - 1].type == TokenType::word && any_of(s(b - 1), {"Line", "Lines"}) &&
        m_tok[b - 2].type == TokenType::word &&
        any_of(s(b - 2), {"Container", "Shipping", "Cruise", "Steamship", "Tanker", "Marine", "Cargo"}) &&
        !lookup(a, b).found() && cap_word(a) && !m_tok[a].has(k_title_line)) {
        emit(a, b, Kind::org, "company");
        return;
    }
    // "Hessler Antriebstechnik", "Kessler Medizintechnik": a German firm's trade ("-technik") in one
    // compound word.
    if (b - a >= 2 && m_tok[b - 1].type == TokenType::word && m_tok[b - 1].size() >= 9 && cap_word(a) &&
        !m_tok[a].has(k_title_line) && !m_tok[b - 1].has(k_all_caps) &&
        s(b - 1).substr(s(b - 1).size() - 7) == "technik" && !lookup(a, b).found()) {
        std::uint32_t first = b - 1; // (the capitalized words before it: not "Tenma Robotics and …")
        while (first > a && cap_word(first - 1) && m_tok[first].has(k_space_before)) --first;
        if (first > a) classify(a, first, ev);
        if (first + 1 < b) {
            emit(first, b, Kind::org, "company");
            return;
        }
        if (first > a) return;
    }
    // "Marcus Delacroix-Wong Transportation Reporter": a byline's line of its own, a name, then the
    // writer's beat and post (no comma between).
    if (b - a >= 4 && m_tok[a].has(k_line_start) && m_tok[a].is(k_wc_given) && !m_tok[a].has(k_all_caps) &&
        m_tok[b - 1].type == TokenType::word &&
        any_of(s(b - 1), {"Reporter", "Correspondent", "Editor", "Columnist", "Writer"}) &&
        (b >= m_tok.size() || !same_block(a, b) || m_tok[b].has(k_line_start))) {
        std::uint32_t q = a + 1; // given names ("Catrin Myfanwy Hopcyn"), then a surname ("Delacroix-Wong" as one)
        while (q + 3 < b && m_tok[q].is(k_wc_given) && cap_word(q + 1)) ++q;
        ++q;
        if (q + 1 < b && is_punct(m_tok[q], '-') && attached(q) && attached(q + 1) && cap_word(q + 1)) q += 2;
        bool beat = q < b - 1 && cap_word(a + 1);
        for (std::uint32_t k = q; k + 1 < b && beat; ++k)
            beat = cap_word(k) && !m_tok[k].is(k_wc_given) && !m_tok[k].has(k_all_caps) && !lookup(k, k + 1).found();
        if (beat) {
            emit(a, q, Kind::person, "");
            return;
        }
    }
    // "the Mall of the Emirates", "the Mall of America": a shopping mall.
    if (b - a >= 3 && is_literal(s(a), "Mall") && is_literal(s(a + 1), "of") && !lookup(a, b).found()) {
        emit(a, b, Kind::place, "facility");
        return;
    }
    // "crossing the Causeway": a causeway named by its head alone, after a plain "the".
    if (b == a + 1 && is_literal(s(a), "Causeway") && a > 0 && is_literal(s(a - 1), "the") && !lookup(a, b).found()) {
        emit(a, b, Kind::place, "facility");
        return;
    }
    if (b == a + 2 && lords_ground(b - 1)) {
        emit(a, b, Kind::place, "facility");
        return;
    }
    if (b > a + 1 && m_tok[b - 1].type == TokenType::possessive) {
        // "Moody's"; "Residents of St John's": the words before the name are classified alone.
        if (const std::uint32_t k = possessive_name_start(a, b - 1); k != k_none) {
            const GazetteerEntry e = possessive_name(k, b - 1);
            if (k > a) {
                std::uint32_t before = k;
                while (before > a && m_tok[before - 1].type == TokenType::word && !m_tok[before - 1].has(k_cap)) --before;
                if (before > a) classify(a, before, ev);
            }
            emit(k, b, e.kind, e.subtype);
            return;
        }
    }
    if (const std::uint32_t close = quoted_title_end(a); close != k_none) {
        m_quoted_title_end = close;
        return;
    }
    // "the Top 14": a listed name that ends in a number (the number is cut below).
    if (b - a >= 2 && m_tok[b - 1].type == TokenType::number) {
        const GazetteerEntry e = lookup(a, b);
        if (e.found()) {
            emit(a, b, e.kind, e.subtype);
            return;
        }
    }
    // "Environment Canterbury", "Health Canada", "Border Guard Bangladesh": a public body named by
    // its field and the country or region it serves; "Nova Scotia Health", "Zimbabwe Cricket": the
    // region, then the field.
    if (b - a >= 2 && b - a <= 5) {
        if (const char* sub = field_body(a, b)) {
            emit(a, b, Kind::org, sub);
            return;
        }
    }
    // "Athletics-Kenya's Kiprono breaks …", "Soccer-Arsenal sign …": a wire headline's sport slug
    // before a hyphen names nothing.
    if (b - a >= 3 && m_tok[a].has(k_line_start) && m_tok[a].type == TokenType::word && is_punct(m_tok[a + 1], '-') &&
        attached(a + 1) && attached(a + 2) &&
        any_of(s(a), {"Athletics", "Soccer", "Football", "Tennis", "Golf", "Cricket", "Rugby", "Cycling", "Boxing",
                         "Basketball", "Baseball", "Hockey", "Swimming", "Olympics", "Motorcycling", "Sailing",
                         "Skiing", "Snooker", "Darts", "Badminton", "Volleyball", "Esports"})) {
        classify(a + 2, b, ev);
        return;
    }
    // "RSPB Scotland", "NHS Scotland", "Unicef Yemen", "NAB Lahore": a known organization's name and
    // the country, region or city its branch serves are one organization.
    if (b - a == 2 && m_tok[a].type == TokenType::word && m_tok[a + 1].type == TokenType::word &&
        m_tok[a + 1].has(k_space_before) && !m_tok[a].has(k_title_line)) {
        const GazetteerEntry org = lookup(a, a + 1);
        const bool defined = !org.found() && m_tok[a].has(k_all_caps) && defined_acronym(a);
        if (((org.found() && org.kind == Kind::org) || defined) && !lookup(a, b).found()) {
            const GazetteerEntry place = lookup(a + 1, b);
            if (place.found() && place.kind == Kind::place) {
                emit(a, b, Kind::org, org.found() ? org.subtype : "government");
                return;
            }
            // ("NHS Lothian said": a public body's acronym and one word no list knows, as in
            // "NHS Grampian".)
            if (const char* body = regional_body(a, b)) {
                emit(a, b, Kind::org, body);
                return;
            }
        }
    }
    // "ACLU of New Hampshire", "Habitat for Humanity of Kenya": a known organization's branch,
    // named with "of" and the place it serves.
    if (const std::uint32_t f = a + (equals_lower(s(a), "the") ? 1 : 0);
        b - f >= 3 && b - f <= 8 && !m_tok[a].has(k_title_line)) {
        for (std::uint32_t o = f + 1; o + 1 < b && o <= f + 4; ++o) {
            if (m_tok[o].type != TokenType::word || !is_literal(s(o), "of")) continue;
            const GazetteerEntry org = lookup(f, o);
            if (!org.found() || org.kind != Kind::org) break;
            const GazetteerEntry place = lookup(o + 1, b);
            if (place.found() && place.kind == Kind::place && !lookup(f, b).found()) {
                emit(f, b, Kind::org, org.subtype);
                return;
            }
            break;
        }
    }
    // "University Hospital Kerry", "Minerals Council South Africa": an organization's words ending
    // in its head, then the place it serves, are one organization.
    if (b - a >= 3 && !m_tok[a].has(k_title_line) && m_tok[b - 1].type == TokenType::word && m_tok[b - 1].has(k_cap)) {
        for (std::uint32_t p = b - 1; p + 3 >= b && p >= a + 2; --p) {
            if (m_tok[p - 1].type != TokenType::word || !org_head(p - 1) || m_tok[p - 1].is(k_wc_title) ||
                company_suffix(p - 1))
                continue;
            bool joined = false; // ("Co. Kerry and Co Clare": two names)
            for (std::uint32_t q = a; q < p && !joined; ++q)
                joined = m_tok[q].type == TokenType::word ? is_literal(s(q), "and") : is_punct(m_tok[q], '&');
            if (joined) continue;
            const GazetteerEntry place = lookup(p, b);
            if (place.found() && place.kind == Kind::place && !lookup(a, b).found()) {
                emit(a, b, Kind::org, org_head(p - 1));
                return;
            }
        }
    }
    // Leading words capitalized only by position, dates and determiners.
    while (a < b) {
        std::string_view w = s(a);
        const Token& t = m_tok[a];
        if (t.type != TokenType::word) {
            ++a;
            continue;
        }
        bool initial = sentence_initial(a) || (a > 0 && is_open_quote_cp(m_tok[a - 1].cp));
        // (Not "Sun" of "Sun-hee Park" nor "May" of "May-ling Soong": a given name's first syllable.)
        if ((is_month_word(a) || t.is(k_wc_weekday)) && !(a + 2 < b && syllable_tail(a + 2))) {
            ++a;
            continue;
        }
        if (equals_lower(w, "the") && b - a >= 2 && lookup(a, b).found()) break; // "The Hague", "THE HAGUE"
        if (is_literal(w, "The") && !initial && b - a >= 2) {
            // "told The New York Times": keep "The" only for a media name.
            GazetteerEntry e;
            std::uint32_t end = longest_gazetteer(a + 1, b, e);
            if (end == b && e.kind == Kind::org && is_literal(e.subtype, "media")) {
                emit(a, b, Kind::org, e.subtype);
                return;
            }
            // "told The Rising Nepal", "told The Namibian": a capitalized "The" and a title after
            // "told" name the paper the speaker told (no person is "The …"), whatever its words
            // name elsewhere.
            if (a >= 1 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word &&
                any_of(s(a - 1), {"told", "tells", "telling"}) && b - a <= 4 && !(end == b && e.found())) {
                bool words = true;
                for (std::uint32_t q = a + 1; q < b && words; ++q)
                    words = cap_word(q) && !m_tok[q].has(k_all_caps) && m_tok[q].has(k_space_before);
                if (words) {
                    emit(a, b, Kind::org, "media");
                    return;
                }
            }
            ++a;
            continue;
        }
        // ("New Hampshire’s …" opening a sentence: a known name keeps its first word.)
        if ((initial || is_literal(w, "The") || is_literal(w, "A") || is_literal(w, "An")) && t.is(k_wc_function) &&
            !lookup(a, a + 1).found() && !(b - a >= 2 && !is_literal(w, "The") && lookup(a, b).found())) {
            ++a;
            continue;
        }
        // "Substitute Mikkel Aagaard", "Bassist Callum Reid": an ordinary word or a job noun that
        // opens the sentence before a given name and a surname.
        // ("Passenger Aoife Brannigan": an unknown first name counts when nothing else in the run
        // is a known word.)
        const auto unknown_name = [&](std::uint32_t q) {
            return m_tok[q].type == TokenType::word && m_tok[q].lex.classes == 0 && !m_tok[q].has(k_all_caps);
        };
        if (initial && b - a >= 3 && (t.is(k_wc_common) || agent_noun_shape(w)) && !t.is(k_wc_given) &&
            !t.is(k_wc_gazetteer) && !t.is(k_wc_name_head) && m_tok[a + 1].type == TokenType::word &&
            (m_tok[a + 1].is(k_wc_given) || (b - a == 3 && unknown_name(a + 1) && unknown_name(a + 2))) &&
            m_tok[a + 2].type == TokenType::word && !lookup(a, a + 2).found() && !lookup(a, b).found()) {
            ++a;
            continue;
        }
        // "U Aung Myo Thant", "Ko Thiha Zaw": a Burmese honorific before a name of two words or more
        // (not "U. S. Grant", "U-Haul").
        if (b - a >= 3 && (is_literal(w, "U") || is_literal(w, "Ko")) && cap_word(a + 1) && m_tok[a + 1].has(k_space_before) && cap_word(a + 2) &&
            m_tok[a + 2].has(k_space_before)) {
            ++a;
            continue;
        }
        // "Provincial Agriculturist Rosalie Magbanua-Dalisay", "Board Member Arnel Sumbingco-Alojado":
        // a capitalized job of two words (its noun shaped like an agent's) before a given name.
        if (b - a >= 4 && (t.lex.classes & (k_wc_given | k_wc_gazetteer | k_wc_title)) == 0 && !t.has(k_all_caps) &&
            m_tok[a + 1].type == TokenType::word && agent_noun_shape(s(a + 1)) &&
            (m_tok[a + 1].lex.classes & (k_wc_given | k_wc_name_head | k_wc_title)) == 0 &&
            m_tok[a + 2].type == TokenType::word && m_tok[a + 2].is(k_wc_given) && !lookup(a, a + 2).found() &&
            !lookup(a, b).found()) {
            a += 2;
            continue;
        }
        // "Sentencing Bowditch, Judge …", "Explaining Hartley's decision, …": a participle that opens
        // the sentence before a name (its object) is no part of it.
        if (initial && b - a >= 2 && b - a <= 3 && t.size() >= 6 && w.substr(w.size() - 3) == "ing" &&
            t.is(k_wc_common) && !t.is(k_wc_given) && !t.is(k_wc_gazetteer) && !t.has(k_all_caps) &&
            !m_tok[b - 1].is(k_wc_name_head) && !lookup(a, b).found() && b < m_tok.size() &&
            (is_punct(m_tok[b], ',') || m_tok[b].type == TokenType::possessive)) {
            ++a;
            continue;
        }
        // "Republican Dale Voss received", "Independent Cody Brandenburg": a party affiliation
        // before a given name and a surname is no part of the name.
        if (b - a >= 3 && m_tok[a + 1].type == TokenType::word && m_tok[a + 1].is(k_wc_given) && !t.has(k_all_caps) &&
            any_of(w, {"Republican", "Democrat", "Democratic", "Independent", "Labour", "Labor", "Conservative", "Tory",
                       "Liberal", "Green", "Nationalist", "Socialist"}) &&
            !lookup(a, b).found()) {
            ++a;
            continue;
        }
        // "American Kelsey Denton, who …", "Swede Linnea Bergqvist": a nationality before a given
        // name and a surname is no part of the name.
        // (An unknown first word counts too: the given-name list is not every given name.)
        if (b - a == 3 && t.is(k_wc_demonym) && !t.has(k_all_caps) && m_tok[a + 1].type == TokenType::word &&
            (m_tok[a + 1].is(k_wc_given) || unknown_name(a + 1)) && m_tok[a + 2].type == TokenType::word &&
            m_tok[a + 2].has(k_cap) && !m_tok[a + 2].has(k_all_caps) &&
            (!m_tok[a + 2].is(k_wc_common) || m_tok[a + 2].is(k_wc_given)) && !org_head(a + 2) && !place_head(a + 2) &&
            !lookup(a, b).found() && !lookup(a, a + 2).found()) {
            ++a;
            continue;
        }
        // "Retailer Pellham Stores rose", "Chipmaker Norvane Holdings said": a trade noun that
        // opens the sentence before a name is no part of it.
        if (initial && b - a >= 3 && !t.has(k_all_caps) && !t.is(k_wc_gazetteer) && !t.is(k_wc_name_head) &&
            !t.is(k_wc_given) && m_tok[a + 1].type == TokenType::word && lower_noun_at(a) && !lookup(a, b).found()) {
            ++a;
            continue;
        }
        break;
    }
    // "By CALEB OKONKWO-REYES Monitor staff": a name in capitals, then its paper in title case, are
    // two names.
    if (b - a >= 3 && all_caps(a) && caps_given_name(a) && !lookup(a, b).found()) {
        std::uint32_t k = a + 1;
        while (k < b && (m_tok[k].type != TokenType::word || all_caps(k))) ++k;
        // ("MARINO AGAR Corp.": a company's suffix after its name in capitals stays.)
        if (k < b && k - a >= 2 && cap_word(k) && m_tok[k].size() >= 2 && m_tok[k].has(k_space_before) && all_caps(k - 1) &&
            !company_suffix(k)) {
            classify(a, k, ev);
            classify(k, b, ev);
            return;
        }
    }
    // "L. Fa’asalele HB: K. Mizzi", "… A. Tran-Nguyen C: M. Colangelo": a team list's next position
    // label is no part of the name before it.
    if (b - a >= 4 && is_initial(a) && b < m_tok.size() && is_punct(m_tok[b], ':') && m_tok[b - 1].type == TokenType::word &&
        m_tok[b - 1].size() <= 3 && (m_tok[b - 1].has(k_all_caps) || m_tok[b - 1].size() == 1) &&
        cap_word(b - 2) && !m_tok[b - 2].has(k_all_caps) && !lookup(a, b).found())
        --b;
    // "Gareth Pryce-Morgan MS", "Jane Doe MP", "Sir John Smith KC": a member's or an honour's
    // letters after a name are no part of it.
    if (b - a >= 3 && m_tok[b - 1].type == TokenType::word && m_tok[b - 1].has(k_all_caps) && cap_word(b - 2) &&
        !m_tok[b - 2].has(k_all_caps) &&
        (is_assembly_member_title(s(b - 1)) || is_post_nominal(s(b - 1))) &&
        !lookup(a, b).found())
        --b;
    // "the Caledon Air ATR 72": a model code before its number is no part of the name.
    if (b > a + 1 && b < m_tok.size() && m_tok[b - 1].type == TokenType::word && m_tok[b - 1].has(k_all_caps) &&
        m_tok[b].type == TokenType::number && same_block(b - 1, b) && !lookup(a, b).found())
        --b;
    // ("Captain Kyaw Min Thu, 54": a weekday's short form closing three names or more, with no date
    // after it, is a Burmese name's syllable.)
    const auto weekday_name = [&](std::uint32_t k) {
        return k == b - 1 && k >= a + 2 && m_tok[k].size() == 3 && cap_word(k - 1) && cap_word(k - 2) &&
               m_tok[k - 1].has(k_space_before) &&
               !(b < m_tok.size() && same_block(k, b) &&
                   (m_tok[b].type == TokenType::number || m_tok[b].lex.month != 0));
    };
    // ("Jong-un": a hyphenated lower-case syllable stays, see run_end.)
    while (b > a && ((m_tok[b - 1].type != TokenType::word && !is_punct(m_tok[b - 1], '.')) ||
                     (m_tok[b - 1].type == TokenType::word &&
                      ((is_month_word(b - 1) && !(b - a >= 3 && feature_of(b - 2))) || // "the Isle of May"
                       (m_tok[b - 1].is(k_wc_weekday) && !weekday_name(b - 1) && !org_head(b - 1)) || // "Baltimore Sun"
                       (!m_tok[b - 1].has(k_cap) && !syllable_tail(b - 1) && !elided_capital(b - 1))))))
        --b;
    // "Imtiaz Hussain Bhatti Published March 9": a date line run on after a byline's name.
    if (b - a >= 2 && b < m_tok.size() && m_tok[b - 1].type == TokenType::word &&
        any_of(s(b - 1), {"Published", "Updated", "Posted"}) && same_block(b - 1, b) &&
        (m_tok[b].lex.month != 0 || m_tok[b].is(k_wc_weekday) || m_tok[b].type == TokenType::number))
        --b;
    if (a >= b) return;
    // "a Cecil County Republican", "a Brooklyn Democrat": a party's member from a place; the
    // place is the name.
    // (Not "Social Democrats", "Advertiser Democrat": the words before are a place's.)
    if (b - a >= 2 && m_tok[b - 1].type == TokenType::word && m_tok[b - 1].has(k_space_before) &&
        any_of(s(b - 1), {"Republican", "Democrat"}) && cap_word(b - 2) && !all_caps(b - 2)) {
        const GazetteerEntry known = lookup(a, b - 1);
        const char* head = b - 2 > a ? place_head(b - 2) : nullptr;
        if ((known.found() && known.kind == Kind::place) || (head && is_literal(head, "region")) ||
            m_g.is_town(m_t.slice(a, b - 1))) {
            classify(a, b - 1, ev);
            return;
        }
        // ("a Quincy Democrat", "a Milton Republican": a town named like a given name after an article.)
        if (b - a == 2 && m_g.is_given_town(s(a)) && a > 0 && same_block(a - 1, a) &&
            m_tok[a - 1].type == TokenType::word && (equals_lower(s(a - 1), "a") || equals_lower(s(a - 1), "an"))) {
            emit(a, a + 1, Kind::place, "city");
            return;
        }
    }

    // "the 5th Ward Ald. Tom Reyes", "represents the 11th District": an ordinal and a local area
    // word name the area; a title and a name may follow.
    if (ordinal_before(a) && m_tok[a].type == TokenType::word && any_of(s(a), {"Ward", "District", "Precinct"})) {
        // ("a trial in the 363rd District Court", "the 5th District Court of Appeal": a numbered
        // district's court is a court.)
        if (b > a + 1 && m_tok[a + 1].type == TokenType::word && is_literal(s(a + 1), "Court") &&
            is_literal(s(a), "District")) {
            std::uint32_t end = a + 2;
            if (end + 1 < b && is_literal(s(end), "of") && cap_word(end + 1) &&
                any_of(s(end + 1), {"Appeal", "Appeals"}))
                end += 2;
            emit(a - 1, end, Kind::org, "government");
            if (b > end) classify(end, b, ev);
            return;
        }
        emit(a - 1, a + 1, Kind::place, "region");
        if (b > a + 1) classify(a + 1, b, ev);
        return;
    }
    // "ROTTING WEED: A worker rakes …", "LIVE BLOG: Blizzard closes …": a label in capitals of
    // ordinary words before a colon opens a caption or a headline; it names nothing.
    // (At a line's start, one ordinary word among them is enough: "LIVE BLOG:".)
    if (b < m_tok.size() && is_punct(m_tok[b], ':') && all_caps(a) && b - a <= 3 && !lookup(a, b).found()) {
        bool label = true;
        bool ordinary = false;
        for (std::uint32_t q = a; q < b && label; ++q) {
            // (The word list is in lower case: "LIVE" is looked up as "live".)
            const bool plain = m_tok[q].is(k_wc_common) || m_tok[q].is(k_wc_function) || m_g.is_common_word(s(q));
            ordinary = ordinary || plain;
            label = m_tok[q].type == TokenType::word && m_tok[q].has(k_all_caps) && (plain || !lookup(q, q + 1).found()) &&
                    !m_tok[q].is(k_wc_given) && (plain || m_tok[a].has(k_line_start));
        }
        if (label && (ordinary || m_tok[a].has(k_line_start))) return;
    }
    // "BOX SCORE", "UP NEXT": a line of ordinary words in capitals alone is a section heading.
    if (b - a >= 2 && b - a <= 4 && all_caps(a) && m_tok[a].has(k_line_start) &&
        (b >= m_tok.size() || !same_block(a, b)) && !lookup(a, b).found()) {
        bool heading = true;
        for (std::uint32_t q = a; q < b && heading; ++q)
            heading = m_tok[q].type == TokenType::word && m_tok[q].has(k_all_caps) &&
                      (m_tok[q].is(k_wc_common) || m_tok[q].is(k_wc_function) || m_g.is_common_word(s(q))) &&
                      !m_tok[q].is(k_wc_given) && !lookup(q, q + 1).found();
        if (heading) return;
    }
    // "Kestrelmoor Copper (KMCU.L)", "Shares of Veridane (VRDM.O)": a name with a stock ticker is a
    // listed company.
    if (b < m_tok.size() && ticker_close(b) != k_none && !lookup(a, b).found() && !m_tok[a].has(k_title_line)) {
        std::uint32_t first = a;
        // ("Shares of Veridane", "Retailer Pellmore Group": what opens the sentence before "of" or
        // an ordinary word before the name.)
        for (std::uint32_t q = a; q + 1 < b; ++q)
            if (m_tok[q].type == TokenType::word && is_literal(s(q), "of")) first = q + 1;
        if (first == a && b - a >= 2 && sentence_initial(a) && m_tok[a].is(k_wc_common) && !m_tok[a].is(k_wc_given))
            first = a + 1;
        emit(first, b, Kind::org, "company");
        return;
    }
    if (b - a == 1) {
        classify_single(a, ev);
        return;
    }
    // "the Madurai Bench of the Madras High Court": a body of another organization that the text
    // names whole after "of the" is two organizations.
    for (std::uint32_t of = a + 2; b - a >= 5 && of + 2 < b; ++of) {
        if (m_tok[of].type != TokenType::word || !is_literal(s(of), "of") || !is_literal(s(of + 1), "the")) continue;
        if (!org_head(of - 1)) break;
        const GazetteerEntry parent = lookup(of + 2, b);
        const char* parent_head = b - (of + 2) >= 2 ? org_head(b - 1) : nullptr; // "the Madras High Court"
        // (Not a body of a place's people: "the Bank of the Philippine Islands".)
        if (((parent.found() && parent.kind == Kind::org) || (parent_head && !parent.found())) && !lookup(a, b).found() &&
            !lookup(a, of).found()) {
            emit(a, of, Kind::org, org_head(of - 1));
            emit(of + 2, b, Kind::org, parent.found() ? parent.subtype : parent_head);
            return;
        }
        break;
    }
    // "Kinsale, Co Cork", "in Co. Clare and Co Kerry": the Irish abbreviation of County before a
    // listed county is one place, not a company suffix.
    if (b - a >= 2 && m_tok[a].type == TokenType::word && is_literal(s(a), "Co")) {
        std::uint32_t p = a + 1;
        if (is_punct(m_tok[p], '.') && attached(p)) ++p;
        std::uint32_t end = p;
        // (A county no list holds, "Co Cork", after a comma or a preposition of place.)
        const bool placed = a > 0 && same_block(a - 1, a) &&
                            (is_punct(m_tok[a - 1], ',') ||
                                (m_tok[a - 1].type == TokenType::word &&
                                    any_of(s(a - 1), {"in", "of", "from", "at", "near", "across", "throughout"})));
        if (p < b && !known_place_at(p, &end).found() && placed && cap_word(p) && !m_tok[p].has(k_all_caps) &&
            (p + 1 == b || !cap_word(p + 1)))
            end = p + 1;
        if (p < b && end > p && end <= b) {
            emit(a, end, Kind::place, "region");
            while (end < b && !(m_tok[end].type == TokenType::word && m_tok[end].has(k_cap))) ++end;
            if (end < b) classify(end, b, ev);
            return;
        }
    }
    // "Savanna-la-Mar", "Dalton-in-Furness", "Stratford-upon-Avon": a name built with place
    // particles is a place's.
    if (b - a >= 5 && b - a <= 9 && m_tok[a].type == TokenType::word && !m_tok[a].has(k_title_line)) {
        std::uint32_t q = a + 1;
        while (q < b && m_tok[q].type == TokenType::word && m_tok[q].has(k_cap) && !is_punct(m_tok[q], '-')) ++q;
        if (q < b && is_punct(m_tok[q], '-') && place_particle_end(q) == b - 1 && !m_tok[a].is(k_wc_title) &&
            !lookup(a, b).found()) {
            emit(a, b, Kind::place, "city");
            return;
        }
    }
    // Urdu and Persian compounds with an izafa ("Gulshan-e-Iqbal", "Jamaat-e-Islami"): a movement,
    // party or council when its head word says so, otherwise a place (neighbourhoods, gardens, gates).
    if (b - a >= 5 && b - a <= 9 && !m_tok[a].has(k_title_line) && !lookup(a, b).found()) {
        for (std::uint32_t q = a + 1; q + 3 < b; ++q) {
            if (!is_punct(m_tok[q], '-') || !is_punct(m_tok[q + 2], '-') || m_tok[q + 1].type != TokenType::word ||
                !any_of(s(q + 1), {"i", "e", "ul", "ut", "us", "ud", "ur"}) || !cap_word(q + 3))
                continue;
            const bool movement =
                is_izafa_movement(s(q - 1)) || (m_tok[b - 1].type == TokenType::word && org_head(b - 1) != nullptr);
            // Otherwise a place only with "-i-"/"-e-" and nothing after: "-ul-", "-ur-", "-ud-" join
            // people's names ("Zia-ul-Haq") and feasts ("Eid-ul-Azha"), and a word after the
            // compound makes it a given name ("Fazal-e-Subhan Yousafzai").
            if (!movement && (q + 4 != b || !any_of(s(q + 1), {"i", "e"}) || is_literal(s(q - 1), "Eid"))) break;
            // The compound starts at the names before it ("Pakistan Tehreek-e-Insaf"), not at
            // ordinary words or connectors ("Members of Tehreek-e-Insaf": those are read apart).
            std::uint32_t c = q - 1;
            while (c > a && cap_word(c - 1) && !m_tok[c - 1].is(k_wc_common) && !m_tok[c - 1].is(k_wc_function)) --c;
            if (c > a) {
                std::uint32_t pe = c;
                while (pe > a && !cap_word(pe - 1)) --pe;
                if (pe > a) classify(a, pe, ev);
                a = c;
            }
            emit(a, b, movement ? Kind::org : Kind::place, movement ? "party" : "city", !movement);
            return;
        }
    }
    // "the Daily Graphic", "Daily Nation": a daily newspaper's name.
    if (b - a == 2 && m_tok[a].type == TokenType::word && is_literal(s(a), "Daily") && cap_word(b - 1) &&
        !m_tok[b - 1].has(k_all_caps) && !m_tok[b - 1].is(k_wc_non_entity_head)) {
        const GazetteerEntry known = lookup(a, b);
        emit(a, b, Kind::org, known.found() ? known.subtype : "media");
        return;
    }
    // "the Welsh Conservatives", "Scottish Labour": a nation's branch of a party.
    if (b - a == 2 && m_tok[a].type == TokenType::word && m_tok[a].is(k_wc_demonym) && m_tok[b - 1].type == TokenType::word &&
        any_of(s(b - 1), {"Conservatives", "Labour", "Greens", "Tories", "Liberals", "Democrats", "Nationalists"}) &&
        any_of(s(a), {"Welsh", "Scottish", "English", "Irish"})) {
        emit(a, b, Kind::org, "party");
        return;
    }
    // "Iowa State", "New Mexico State": a US state's name and "State" name its state university
    // (and its teams); "Washington State" and "New York State" may be the states themselves.
    if (b - a >= 2 && b - a <= 3 && m_tok[b - 1].type == TokenType::word && is_literal(s(b - 1), "State") &&
        !all_caps(a) && is_us_state(m_t.slice(a, b - 1)) &&
        !any_of(m_t.slice(a, b - 1), {"Washington", "New York"}) && !lookup(a, b).found()) {
        emit(a, b, Kind::org, "education");
        return;
    }
    // "Congress MLA from Budhlada Jaswinder Kaur Bhullar", "the MP for Bury Jane Smith": a
    // member's seat, then the member's given name and surname.
    if (b - a >= 3 && a >= 2 && m_tok[a + 1].type == TokenType::word &&
        (m_tok[a + 1].is(k_wc_given) || m_tok[a + 1].lex.classes == 0) &&
        m_tok[a].type == TokenType::word && !m_tok[a].is(k_wc_given) && !all_caps(a) &&
        (m_tok[a].lex.classes == 0 || (lookup(a, a + 1).found() && lookup(a, a + 1).kind == Kind::place)) &&
        preposition_before(a, {"from", "for", "of"}) && m_tok[a - 2].type == TokenType::word &&
        (is_assembly_member_title(s(a - 2)) || any_of(s(a - 2), {"member", "councillor", "councilor", "legislator",
                                                                   "representative", "lawmaker", "deputy", "senator"}))) {
        emit(a, a + 1, Kind::place, "region");
        classify(a + 1, b, ev);
        return;
    }
    // "Kano State", "Rivers State", "Shan State": a federation's state named with "State" (in a
    // match report the context pass makes "Boise State", "Murray State" universities' teams). No
    // person is so named; "Islamic State", "Golden State", "Secretary of State" are left alone.
    if (b - a >= 2 && b - a <= 3 && m_tok[b - 1].type == TokenType::word && is_literal(s(b - 1), "State") &&
        !all_caps(a) && !lookup(a, b).found()) {
        bool place = true;
        for (std::uint32_t k = a; k + 1 < b && place; ++k)
            place = cap_word(k) && (m_tok[k].lex.classes & (k_wc_common | k_wc_demonym | k_wc_title | k_wc_function |
                                                             k_wc_title_modifier | k_wc_non_entity_head)) == 0 &&
                    m_tok[k].lex.month == 0 && !org_head(k);
        if (place) {
            emit(a, b, Kind::place, "region");
            return;
        }
    }
    // "Aoraki Dairy Co-operative", "Kilbrackan Community Co-op": a co-operative's name.
    if (b - a >= 4 && is_literal(s(b - 3), "Co") && is_punct(m_tok[b - 2], '-') && m_tok[b - 1].type == TokenType::word &&
        any_of(s(b - 1), {"operative", "op"})) {
        emit(a + (equals_lower(s(a), "the") ? 1 : 0), b, Kind::org, "company");
        return;
    }
    // "the Ditrău-Leghin section", "the Dhaka-Aricha highway", "the Târgu Neamț-Iași section": the two
    // ends of a road or a line, each a place.
    if (b - a >= 3 && b - a <= 5 && route_noun_at(b) && !m_tok[a].has(k_title_line) && !all_caps(a)) {
        std::uint32_t h = k_none;
        bool words = true;
        for (std::uint32_t q = a; q < b && words; ++q) {
            if (is_punct(m_tok[q], '-') || is_punct(m_tok[q], 0x2013)) {
                if (h != k_none || q == a || q + 1 == b || !attached(q) || !attached(q + 1)) words = false;
                h = q;
            } else {
                words = cap_word(q) && !m_tok[q].is(k_wc_given) && !org_head(q) && !m_tok[q].is(k_wc_title);
            }
        }
        if (words && h != k_none && h - a <= 2 && b - h - 1 <= 2 && !lookup(a, b).found()) {
            const GazetteerEntry left = lookup(a, h), right = lookup(h + 1, b);
            emit(a, h, Kind::place, left.found() && left.kind == Kind::place ? left.subtype : "city");
            emit(h + 1, b, Kind::place, right.found() && right.kind == Kind::place ? right.subtype : "city");
            return;
        }
    }
    // "Gilgit-Baltistan", "Vitoria-Gasteiz": a known place joined by a hyphen to a word no list
    // knows names one place (a person's double surname follows a given name: "Ana Lima-Gasteiz").
    if (b - a == 3 && is_punct(m_tok[a + 1], '-') && attached(a + 1) && attached(a + 2) && !all_caps(a) &&
        m_tok[a + 2].type == TokenType::word && m_tok[a + 2].lex.classes == 0 && !m_g.is_town(s(a + 2)) &&
        !lookup(a + 2, a + 3).found() && !lookup(a, b).found() && !full_name_compound(a) &&
        // ("the Dhaka-Aricha highway", "the Dhaka-Aricha bus": a road or a service between two places.)
        !route_noun_at(b) &&
        !(b < m_tok.size() && m_tok[b].type == TokenType::word &&
            any_of(s(b), {"border", "ferry", "flight", "flights", "bus", "train", "trains"})) &&
        !(a > 0 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word && m_tok[a - 1].has(k_cap))) {
        const GazetteerEntry first = lookup(a, a + 1);
        if (first.found() && first.kind == Kind::place) {
            emit(a, b, Kind::place, first.subtype);
            return;
        }
    }
    // "the Monarch Butterfly Biosphere Reserve", "Maasai Mara National Reserve": protected land,
    // not a body like the Federal Reserve.
    if (b - a >= 2 && m_tok[b - 1].type == TokenType::word && is_literal(s(b - 1), "Reserve") &&
        any_of(s(b - 2), {"Biosphere", "Nature", "Game", "Wildlife", "Forest", "Marine", "Natural", "Ecological",
                             "Wetland", "Wetlands", "National", "Private", "Provincial"}) &&
        !lookup(a, b).found()) {
        emit(a, b, Kind::place, "geo");
        return;
    }
    if (maker_in_model(a, b)) return;
    // 1. The whole run is a known name.
    GazetteerEntry whole = lookup(a, b);
    if (whole.found() && party_adjective(whole, b))
        return; // (no placeholder: another use of the party must not claim it)
    if (whole.found()) {
        emit(a, b, whole.kind, whole.subtype);
        return;
    }
    // "the Broadway Tap, a bar in the 5400 block", "Bar do Tinoco, a tiny bar": a venue.
    if (b - a >= 2 && venue_apposition(b) && !m_tok[a].has(k_title_line) && !all_caps(a)) {
        emit(a + (equals_lower(s(a), "the") ? 1 : 0), b, Kind::place, "facility");
        return;
    }
    // "Devon and Cornwall Police", "Avon and Somerset Constabulary": two places and a head name
    // one body.
    // ("Punjab and Haryana High Court": a modifier or two before the head.)
    if (b - a >= 4 && b - a <= 6 && m_tok[a + 1].type == TokenType::word && is_literal(s(a + 1), "and") &&
        org_head(b - 1) && !m_tok[b - 1].is(k_wc_title)) {
        const GazetteerEntry p1 = lookup(a, a + 1);
        const GazetteerEntry p2 = lookup(a + 2, a + 3);
        // (Between the second place and the head only a court's or a body's rank: "High", not a
        // name of its own: "Bangor and Wrexham Maelor Hospital" are two.)
        bool ranks = true;
        for (std::uint32_t q = a + 3; q + 1 < b && ranks; ++q)
            ranks = m_tok[q].type == TokenType::word &&
                    any_of(s(q), {"High", "Supreme", "District", "Regional", "Joint", "National", "Federal", "State",
                                     "Circuit", "Appeal", "Appeals", "Crown", "Magistrates"});
        if (ranks && p1.found() && p1.kind == Kind::place &&
            ((p2.found() && p2.kind == Kind::place) || (!p2.found() && cap_word(a + 2) && !m_tok[a + 2].is(k_wc_given)))) {
            emit(a, b, Kind::org, org_head(b - 1));
            return;
        }
    }
    // "Saskatchewan NDP", "BC Liberals": a province's or a country's branch of a party is one party.
    if (b - a >= 2 && b - a <= 4) {
        for (std::uint32_t k = a + 1; k < b && k <= a + 2; ++k) {
            const GazetteerEntry party = lookup(k, b);
            if (!party.found() || party.kind != Kind::org || !is_literal(party.subtype, "party")) continue;
            const GazetteerEntry region = lookup(a, k);
            if (region.found() && region.kind == Kind::place &&
                (is_literal(region.subtype, "region") || is_literal(region.subtype, "country"))) {
                emit(a, b, Kind::org, "party");
                return;
            }
        }
    }
    // "the Stadium of Light", "the Palace of Culture", "the Temple of Heaven": a building's word, "of"
    // and its name.
    if (b - a >= 3 && b - a <= 5 && m_tok[a].type == TokenType::word && is_literal(s(a + 1), "of") &&
        any_of(s(a), {"Stadium", "Palace", "Temple", "Cathedral", "Basilica", "Tower", "Mosque", "Shrine", "Bridge",
                      "Fortress"}) &&
        !m_tok[a].has(k_title_line)) {
        bool names = true;
        for (std::uint32_t k = a + 2; k < b && names; ++k)
            names = cap_word(k) && !all_caps(k) && !org_head(k) && !m_tok[k].is(k_wc_title);
        if (names) {
            emit(a, b, Kind::place, "facility");
            return;
        }
    }
    // "Seowon Valley Country Club": a golf venue, not the club that runs it.
    if (b - a >= 3 && is_literal(s(b - 1), "Club") && is_literal(s(b - 2), "Country")) {
        emit(a, b, Kind::place, "facility");
        return;
    }
    // "BBC Yorkshire", "CBC Manitoba", "ITV Wales": a broadcaster's regional service ("Follow BBC
    // Yorkshire on …": after a word that opens the sentence too).
    for (std::uint32_t m0 = a; m0 <= a + 1 && b - m0 >= 2 && b - m0 <= 4; ++m0) {
        if (m0 > a && !(sentence_initial(a) && m_tok[a].is(k_wc_common))) break;
        if (m_tok[m0].type != TokenType::word || !m_tok[m0].has(k_all_caps) || !m_tok[m0].is(k_wc_gazetteer)) continue;
        const GazetteerEntry media = lookup(m0, m0 + 1);
        if (media.found() && media.kind == Kind::org && is_literal(media.subtype, "media")) {
            const GazetteerEntry region = lookup(m0 + 1, b);
            if ((region.found() && region.kind == Kind::place) || (b - m0 == 3 && regional_service(m0, b)) ||
                broadcaster_service(m0 + 1, b)) {
                emit(m0, b, Kind::org, "media");
                return;
            }
        }
    }
    // "the City of Chippewa Bend said", "The City of Toronto has sued", "City of Cape Town
    // spokesperson Jo Lee": a municipality named as a body that speaks, acts or has staff (the place
    // itself is "the city of Toronto", in lower case). Also "The School District of Philadelphia
    // said", and "Photo by City of Vancouver", the body credited.
    {
        const bool school = b - a >= 4 && m_tok[a].type == TokenType::word && is_literal(s(a), "School") &&
                            is_literal(s(a + 1), "District");
        const std::uint32_t body = school ? a + 1 : a;
        const bool credited = a >= 2 && is_literal(s(a - 1), "by") && is_literal(s(a - 2), "Photo");
        const bool next_word = b < m_tok.size() && same_block(a, b) && m_tok[b].type == TokenType::word;
        const bool says = next_word && m_tok[b].is(k_wc_speech_verb);
        const bool acts =
            says || (next_word && any_of(s(b), {"has", "had", "will", "would", "sued", "filed", "agreed", "voted",
                                                "approved", "announced", "issued", "confirmed", "declined", "plans",
                                                "spent", "paid", "have", "wants", "wanted", "intends", "proposed",
                                                "proposes", "must", "can", "could", "should", "may", "owns", "runs",
                                                "manages", "charges", "charged", "raised", "budgeted", "hired",
                                                "employs", "launched", "opened", "closed", "spokesperson",
                                                "spokesman", "spokeswoman", "official", "officials", "staff",
                                                "manager", "engineers", "employees", "workers"}));
        const bool owns = b < m_tok.size() && same_block(a, b) && m_tok[b].type == TokenType::possessive;
        if (b - body >= 3 && m_tok[body].type == TokenType::word && !m_tok[body].has(k_all_caps) &&
            any_of(s(body), {"City", "Town", "County", "Borough", "Village", "Municipality", "Township", "District"}) &&
            is_literal(s(body + 1), "of") && cap_word(body + 2) &&
            (credited || (school ? says : !is_literal(s(body), "District") && (acts || owns)))) {
            emit(a, b, Kind::org, "government");
            return;
        }
    }
    // "Rochester City School District", "Santa Clara Valley Water District", "the Regional
    // Transportation District": a district that is a public body, not a region.
    if (b - a >= 3 && m_tok[b - 1].type == TokenType::word && is_literal(s(b - 1), "District") &&
        m_tok[b - 2].type == TokenType::word &&
        any_of(s(b - 2), {"School", "Schools", "Water", "Fire", "Sanitation", "Utility", "Irrigation", "Transit",
                             "Hospital", "Park", "Parks", "Library", "College", "Conservancy", "Conservation",
                             "Drainage", "Sewer", "Levee", "Reclamation", "Flood", "Harbor", "Mosquito", "Rail",
                             "Railway", "Transportation", "Port", "Airport", "Power", "Health", "Housing",
                             "Recreation", "Management", "Improvement"})) {
        emit(a, b, Kind::org, is_literal(s(b - 2), "School") || is_literal(s(b - 2), "Schools") ||
                                    is_literal(s(b - 2), "College") ? "education" : "government");
        return;
    }
    if (m_tok[a].has(k_title_line) && !m_in_title_split && split_title_run(a, b, ev)) return;
    // "won the Golden Leopard", "received the Order of Merit": a prize, not a name (a known
    // organization or place was taken above).
    if (a >= 2 && (is_literal(s(a - 1), "the") || is_literal(s(a - 1), "a")) && m_tok[a - 2].type == TokenType::word &&
        any_of(s(a - 2),
            {"won", "win", "wins", "winning", "received", "receives", "collected", "awarded", "claimed", "holds",
                "lifted", "scooped"}) &&
        !org_head(b - 1) && !place_head(b - 1))
        return;
    // "the House of Assembly", "the House of Representatives": a chamber of a legislature.
    if (b - a >= 3 && is_literal(s(a), "House") && is_literal(s(a + 1), "of") && cap_word(a + 2)) {
        emit(a, b, Kind::org, "government");
        return;
    }
    // "the Firth of Forth", "the Isle of May", "the Ring of Gullion", "the Sound of Mull": a
    // natural feature named with "of".
    if (b - a >= 3 && b - a <= 5 && m_tok[a].type == TokenType::word && !m_tok[a].has(k_all_caps) &&
        any_of(s(a), {"Isle", "Isles", "Firth", "Sound", "Ring", "Vale", "Straits", "Kyle", "Mouth", "Bight"}) &&
        is_literal(s(a + 1), "of") && cap_word(a + 2) && !org_head(b - 1)) {
        bool names = true;
        for (std::uint32_t q = a + 2; q < b && names; ++q)
            names = cap_word(q) && (!m_tok[q].is(k_wc_function) || m_tok[q].lex.month != 0); // "May"
        if (names) {
            emit(a, b, Kind::place, is_literal(s(a), "Vale") ? "region" : "geo");
            return;
        }
    }
    // "the Isle of Man Government", "Isle of Wight Council": a listed place of several words and an
    // organization's head are that place's body.
    if (b - a >= 4 && m_tok[b - 1].type == TokenType::word && !m_tok[b - 1].is(k_wc_title) && !company_suffix(b - 1)) {
        if (const char* head = org_head(b - 1)) {
            const GazetteerEntry place = lookup(a, b - 1);
            if (place.found() && place.kind == Kind::place && is_literal(s(a + 1), "of")) {
                emit(a, b, Kind::org, head);
                return;
            }
        }
    }
    // "Typhoon Haneul": a named storm is an event.
    // ("the Storm Prediction Center": an organization's head closes a longer name; "Storm Bay",
    // "Hurricane Creek": a natural feature's head, a place.)
    if (m_tok[a].type == TokenType::word && is_event_prefix(s(a)) &&
        !(b - a >= 3 && org_head(b - 1) && !m_tok[b - 1].is(k_wc_title)) &&
        !(b - a == 2 && m_tok[b - 1].type == TokenType::word && place_head(b - 1) &&
            is_literal(place_head(b - 1), "geo"))) {
        m_non_entity_end = b;
        return;
    }
    // "Ngāti Tūrongowai has signed a deed", "Ngāi Tahu": a Māori iwi acts as a body; "a Ngāti
    // Kahungunu kaumātua", "Ngāti Hāua uri": a member's tribe describes the person, like a demonym.
    // ("Te Rūnanga o Ngāti Tūrongowai": the iwi's council, its Māori article included.)
    if (b - a >= 2 && m_tok[a].type == TokenType::word && is_literal(s(a), "Te") && m_tok[a + 1].type == TokenType::word &&
        any_of(s(a + 1), {"Rūnanga", "Runanga", "Rūnanganui"})) {
        emit(a, b, Kind::org, "other");
        return;
    }
    // "names gifted by Te Ātiawa", "named Te Aumihi", "the crossing of Te Moana-o-Raukawa": a name
    // the Māori article opens is a tribe's, a place's, a body's or a vessel's, rarely a person's
    // (still one after a title or before speech, "Te Ururoa Flavell said", or as the surname of a
    // person named before, "Te Whare" after "Rangi Te Whare"). Unlisted, it is a place where the
    // context says so or a town of that name, else nothing.
    if (b - a == 2 && m_tok[a].type == TokenType::word && is_literal(s(a), "Te") && cap_word(a + 1) &&
        !all_caps(a + 1) && !m_tok[a + 1].is(k_wc_given) && !m_tok[a].has(k_title_line) &&
        !(a > 0 && same_block(a - 1, a) && m_tok[a - 1].is(k_wc_title)) && !speech_context(a, b) && !lookup(a, b).found() &&
        !surname_of_person_before(a, b)) {
        if (const char* sub = place_context(a, b)) {
            emit(a, b, Kind::place, sub);
            return;
        }
        if (m_g.is_town(m_t.slice(a, b))) {
            emit(a, b, Kind::place, "city", true);
            return;
        }
        m_non_entity_end = b;
        return;
    }
    // (Not "the Ngāti Tūrongowai Claims Settlement Bill": a longer name is read as any other.)
    if (b - a >= 2 && b - a <= 3 && m_tok[a].type == TokenType::word &&
        any_of(s(a), {"Ngāti", "Ngati", "Ngāi", "Ngai", "Ngā", "Nga"}) && cap_word(a + 1) && !m_tok[b - 1].is(k_wc_non_entity_head)) {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        if (b < n && same_block(a, b) && m_tok[b].type == TokenType::word && !m_tok[b].has(k_cap) &&
            any_of(s(b), {"kaumātua", "kaumatua", "kuia", "uri", "elder", "elders", "member", "members", "descendant",
                          "descendants", "whānau", "whanau", "rangatahi", "man", "woman", "people", "leader", "leaders"})) {
            m_non_entity_end = b;
            return;
        }
        emit(a, b, Kind::org, "other");
        return;
    }
    // "Banca Popolare di Sondrio", "Fondazione Lanterna": a foreign organization word opens it.
    if (const char* prefix = m_tok[a].type == TokenType::word ? org_prefix_subtype(s(a)) : nullptr) {
        // "Grupo Andino Verde and Banco Ribera": another foreign organization word after "and"
        // opens a name of its own.
        for (std::uint32_t k = a + 2; k + 1 < b; ++k) {
            if (m_tok[k].type == TokenType::word && (is_literal(s(k), "and") || is_literal(s(k), "&")) &&
                m_tok[k + 1].type == TokenType::word && org_prefix_subtype(s(k + 1))) {
                classify(a, k, ev);
                classify(k + 1, b, ev);
                return;
            }
        }
        // ("Hospital Road", "Hospital Authority": an English head ends it; read as the rest would be.)
        if (!(is_literal(s(a), "Hospital") && m_tok[b - 1].type == TokenType::word &&
                (place_head(b - 1) || org_head(b - 1) || m_tok[b - 1].is(k_wc_common)))) {
            emit(a, b, Kind::org, prefix);
            return;
        }
    }
    // "Bank Kencana Nusantara", "Bank Negara Malaysia": a bank named after the word "Bank" (not
    // "Bank Street", "Bank Holiday": a place's or an event's head ends it).
    if (b - a >= 2 && b - a <= 4 && m_tok[a].type == TokenType::word && is_literal(s(a), "Bank") &&
        m_tok[b - 1].type == TokenType::word && !place_head(b - 1) && !m_tok[b - 1].is(k_wc_non_entity_head) &&
        !m_tok[b - 1].is(k_wc_common) && !m_tok[a].has(k_title_line)) {
        emit(a, b, Kind::org, "company");
        return;
    }
    // "Philippine Red Cross", "Indian Air Force": a national word before a known multi-word
    // organization is part of its name.
    if (b - a >= 3 && m_tok[a].type == TokenType::word && !m_tok[a].is(k_wc_title) && !m_tok[a].is(k_wc_function) &&
        !m_tok[a].has(k_title_line)) {
        GazetteerEntry rest = lookup(a + 1, b);
        if (rest.found() && rest.kind == Kind::org) {
            emit(a, b, Kind::org, rest.subtype);
            return;
        }
    }
    // "Samsung SDI", "LG CNS": a known company and an unknown acronym make one company.
    if (b - a == 2 && all_caps(b - 1) && m_tok[b - 1].size() <= 4 && !is_non_org_acronym(s(b - 1)) &&
        !lookup(b - 1, b).found() && !m_tok[a].has(k_title_line)) {
        const GazetteerEntry company = lookup(a, a + 1);
        if (company.found() && company.kind == Kind::org && is_literal(company.subtype, "company")) {
            emit(a, b, Kind::org, "company");
            return;
        }
    }
    // "the National Distance Running Hall of Fame": a hall of fame is an institution.
    if (b - a >= 3 && is_literal(s(b - 1), "Fame") && is_literal(s(b - 2), "of") && is_literal(s(b - 3), "Hall")) {
        emit(a, b, Kind::org, "nonprofit");
        return;
    }
    // "Sakurai Motor North America", "Toyota Motor Europe": a company's regional unit.
    for (std::uint32_t h = a + 1; h + 1 < b; ++h) {
        const char* head = m_tok[h].type == TokenType::word ? org_head(h) : nullptr;
        if (!head || !is_literal(head, "company")) continue;
        GazetteerEntry region = lookup(h + 1, b);
        if (region.found() && region.kind == Kind::place && !is_literal(region.subtype, "city")) {
            emit(a, b, Kind::org, "company");
            return;
        }
    }

    if (const char* body = regional_body(a, b)) {
        emit(a, b, Kind::org, body);
        return;
    }
    // "Statistics Poland", "Cricket Australia", "Police Scotland": a sector word or an
    // organization head before a country or state names a national body.
    if (b - a == 2 && !m_tok[a].has(k_title_line) && m_tok[a].type == TokenType::word && !m_tok[a].has(k_all_caps) &&
        (org_head(a) || is_sector_word(s(a))) && !m_tok[a].is(k_wc_title)) {
        const GazetteerEntry region = lookup(a + 1, b);
        if (region.found() && region.kind == Kind::place &&
            (is_literal(region.subtype, "country") || is_literal(region.subtype, "state") ||
                is_literal(region.subtype, "region"))) {
            emit(a, b, Kind::org, "other");
            return;
        }
    }
    // "Manitoba Health", "Queensland Health", "Manitoba Hydro": a province's or country's public
    // body named by its sector after the place.
    if (b - a == 2 && m_tok[b - 1].type == TokenType::word &&
        any_of(s(b - 1), {"Health", "Hydro", "Education", "Transport", "Housing", "Justice", "Police", "Rail",
                             "Water", "Power", "Ambulance", "Tourism", "Energy"})) {
        const GazetteerEntry region = lookup(a, a + 1);
        // ("NT Health", "SA Water": a state's abbreviation in capitals.)
        const bool abbreviation = m_tok[a].type == TokenType::word && m_tok[a].has(k_all_caps) && m_tok[a].size() <= 3 &&
                                  m_tok[a].size() >= 2 && !m_tok[b - 1].has(k_all_caps);
        if ((region.found() && region.kind == Kind::place &&
                (is_literal(region.subtype, "country") || is_literal(region.subtype, "region"))) ||
            abbreviation) {
            emit(a, b, Kind::org, "government");
            return;
        }
    }

    // "Team Bath", "Team GB", "Team Ineos": a sports team named "Team" and its town, country or
    // sponsor.
    if (b - a >= 2 && b - a <= 3 && m_tok[a].type == TokenType::word && is_literal(s(a), "Team") &&
        !place_head(b - 1)) { // (not "the Team Bath Arena")
        bool name = true;
        for (std::uint32_t k = a + 1; k < b && name; ++k)
            name = cap_word(k) && !m_tok[k].is(k_wc_title) && !m_tok[k].is(k_wc_function) && !m_tok[k].is(k_wc_title_modifier) &&
                   !any_of(s(k), {"Leader", "Leaders", "Manager", "Member", "Members", "Building", "Player", "Players"});
        if (name) {
            emit(a, b, Kind::org, "team");
            return;
        }
    }
    if (const char* sub = airline_or_agency(a, b)) {
        emit(a, b, Kind::org, sub);
        return;
    }
    // 2. Structure: connector segments and the head word.
    std::uint32_t first_conn = k_none;
    bool has_and = false;
    bool has_hyphen = false; // a hyphen that may join separate names ("Xi-Vučić", "Paris-Berlin")
    bool any_hyphen = false;
    bool has_slash = false;
    for (std::uint32_t k = a; k < b; ++k) {
        const Token& t = m_tok[k];
        if (t.type == TokenType::word && !t.has(k_cap) && is_connector(s(k))) {
            if (first_conn == k_none && is_lower_connector_head(s(k))) first_conn = k;
            if (is_literal(s(k), "and")) has_and = true;
        }
        if (is_punct(t, '&')) has_and = true;
        if (is_punct(t, 0x2013) || (is_punct(t, '-') && !name_hyphen(k))) has_hyphen = true;
        if (is_punct(t, '-') || is_punct(t, 0x2013)) any_hyphen = true;
        if (is_punct(t, '/')) has_slash = true;
    }
    std::uint32_t head = (first_conn != k_none ? first_conn : b) - 1;
    if (head > a && is_punct(m_tok[head], '.')) --head;
    std::string_view head_word = s(head);
    // "the Directorate General of Highways", "the Secretariat General": "General" after a body's word.
    if (head > a && is_literal(head_word, "General") && m_tok[head - 1].type == TokenType::word && org_head(head - 1)) {
        --head;
        head_word = s(head);
    }
    bool multi = b - a >= 2;

    // "Suffolk Trading Standards": a British council's consumer-protection service.
    if (multi && first_conn == k_none && b - a >= 3 && is_literal(s(b - 1), "Standards") && is_literal(s(b - 2), "Trading")) {
        emit(a, b, Kind::org, "government");
        return;
    }
    // ("Maribeth Sorrentino-Day": a head word joined by a hyphen ends a double surname, no event.)
    // (Not "Build-To-Order": words of the language.)
    const auto hyphen_joined = [&](std::uint32_t k) {
        return k >= a + 2 && is_punct(m_tok[k - 1], '-') && attached(k - 1) && attached(k) && cap_word(k - 2) &&
               (m_tok[k - 2].lex.classes & (k_wc_common | k_wc_function)) == 0;
    };
    if (multi && m_tok[head].type == TokenType::word && m_tok[head].is(k_wc_non_entity_head) && !hyphen_joined(head) &&
        !(first_conn != k_none && org_head(head))) {
        // "won the Belgian Grand Prix for McLaren": who an event was won for is a name of its own.
        if (first_conn != k_none && first_conn + 1 < b && is_literal(s(first_conn), "for") &&
            cap_word(first_conn + 1)) {
            m_non_entity_end = first_conn;
            classify(first_conn + 1, b, ev);
            return;
        }
        // "ahead of Proteas Test", "the All Blacks Test": a listed team before its Test is named.
        if (first_conn == k_none && head == b - 1 && head > a && (is_literal(head_word, "Test") || is_literal(head_word, "Tests"))) {
            const GazetteerEntry team = lookup(a, head);
            if (team.found() && team.kind == Kind::org && is_literal(team.subtype, "team")) emit(a, head, Kind::org, "team");
        }
        m_non_entity_end = b;
        return;
    }
    if (multi && m_tok[b - 1].type == TokenType::word && m_tok[b - 1].is(k_wc_non_entity_head) &&
        first_conn == k_none && !hyphen_joined(b - 1)) {
        m_non_entity_end = b;
        return;
    }
    // "Osei-Bonsu" alone: remembered; the alias pass joins it when a person bears that surname.
    if (any_hyphen && b - a == 3 && is_punct(m_tok[a + 1], '-')) m_hyphen_runs.push_back(a);
    // Hyphenated compounds with a number word are names of policies and events ("Vision Twenty-Thirty";
    // not "FDOT District One Secretary Raymond Okonkwo-Bell": the number word joins no hyphen).
    if (any_hyphen) {
        for (std::uint32_t k = a; k < b; ++k)
            if (m_tok[k].type == TokenType::word && m_tok[k].lex.is_number_word() &&
                ((k > a && is_punct(m_tok[k - 1], '-')) || (k + 1 < b && is_punct(m_tok[k + 1], '-'))))
                return;
    }

    // "Minister of Agriculture and Marine Resources Desmond K. Pinder": the "and" belongs to the
    // portfolio of a title before a person's name (the title is no name of its own).
    if (has_and && m_tok[a].type == TokenType::word && (m_tok[a].is(k_wc_title) || m_tok[a].is(k_wc_title_modifier))) {
        const std::uint32_t tl = title_length(a, b);
        bool and_inside = false;
        for (std::uint32_t q = a; q < a + tl && q < b; ++q)
            and_inside = and_inside || (m_tok[q].type == TokenType::word && is_literal(s(q), "and"));
        if (tl > 0 && and_inside && a + tl < b && m_tok[a + tl].is(k_wc_given) && person_shape(a + tl, b)) {
            emit(a + tl, b, Kind::person, "");
            return;
        }
        // "Minister for Tourism and Civil Aviation Sairusi Waqanivalu": with no given name to tell
        // where the portfolio ends, a name of two words closes the run.
        if (b - a >= 6 && m_tok[a + 1].type == TokenType::word && any_of(s(a + 1), {"for", "of"}) &&
            is_literal(s(a), "Minister")) {
            bool and_before = false;
            bool given = false;
            for (std::uint32_t q = a + 2; q < b; ++q) {
                if (m_tok[q].type != TokenType::word) continue;
                and_before = and_before || (q + 3 < b && is_literal(s(q), "and"));
                given = given || m_tok[q].is(k_wc_given);
            }
            bool plain = and_before && !given;
            for (std::uint32_t q = b - 2; q < b && plain; ++q)
                plain = cap_word(q) && !m_tok[q].has(k_all_caps) && !m_tok[q].is(k_wc_title) && !org_head(q) &&
                        !lookup(q, q + 1).found();
            if (plain && cap_word(b - 3)) {
                emit(b - 2, b, Kind::person, "");
                return;
            }
        }
    }
    // Two names joined by "and" ("Belgrade and Beijing", "Ford Motor Co. and General Motors
    // Co."): split when the part before "and" is a name by itself.
    // "Ministry of Energy and Petroleum", "Department of Health and Human Services": after
    // "<org head> of", a short tail joined by "and" with no name of its own is part of the name.
    if (has_and && b - a >= 5 && m_tok[a + 1].type == TokenType::word && is_literal(s(a + 1), "of") && org_head(a) &&
        !m_tok[a].is(k_wc_title)) {
        std::uint32_t k = a + 3;
        while (k < b && !(m_tok[k].type == TokenType::word && is_literal(s(k), "and"))) ++k;
        if (k + 1 < b && b - (k + 1) <= 3 && !any_entity_word(k + 1, b) && !lookup(k + 1, b).found() &&
            !standalone(k + 1, b) && !any_entity_word(a + 2, k)) {
            bool plain = true;
            for (std::uint32_t q = a + 2; q < b; ++q)
                if (q != k && (m_tok[q].type != TokenType::word || !m_tok[q].has(k_cap) || all_caps(q))) plain = false;
            if (plain) {
                emit(a, b, Kind::org, org_head(a));
                return;
            }
        }
    }
    // "Transport for Wales (TfW)", "Transport for London": a sector's body "for" a place.
    if (b - a == 3 && m_tok[a].type == TokenType::word && is_sector_word(s(a)) && m_tok[a + 1].type == TokenType::word &&
        is_literal(s(a + 1), "for") && known_place_at(a + 2).found() && !lookup(a, b).found()) {
        emit(a, b, Kind::org, "government");
        return;
    }
    // "the Kentucky Fuel and Convenience Retailers Association", "Owners and Breeders Alliance": a
    // place, then ordinary capitalized words joined by "and" up to an organization's head, is one
    // organization (not "France and European Commission": one side alone is no name here).
    if (has_and && b - a >= 5 && m_tok[b - 1].type == TokenType::word && org_head(b - 1) && !m_tok[b - 1].is(k_wc_title) &&
        !place_head(b - 1) && !any_of(s(b - 1), {"Centre", "Center", "Hall", "Arena"}) &&
        !lookup(a, b).found()) { // (not "… Exhibition Centre", a venue)
        std::uint32_t k = a + 1;
        while (k < b && !(m_tok[k].type == TokenType::word && is_literal(s(k), "and"))) ++k;
        const GazetteerEntry lead = lookup(a, a + 1);
        // ("Denver Water and Northern Water": the head twice is two bodies.)
        bool plain = k >= a + 2 && k + 2 < b && lead.found() && lead.kind == Kind::place &&
                     !lookup(k + 1, b).found() && s(k - 1) != s(b - 1);
        for (std::uint32_t q = a + 1; q < b && plain; ++q)
            plain = q == k || (m_tok[q].type == TokenType::word && m_tok[q].has(k_cap) && !all_caps(q) &&
                               !lookup(q, q + 1).found() && !m_tok[q].is(k_wc_given));
        if (plain) {
            emit(a, b, Kind::org, org_head(b - 1));
            return;
        }
    }
    // "Mark and Deb Hollister", "Anil and Priya Sharma": two given names sharing a surname.
    if (has_and && b - a >= 4 && m_tok[a].type == TokenType::word && m_tok[a].is(k_wc_given) &&
        !m_tok[a].has(k_all_caps) && m_tok[a + 1].type == TokenType::word && is_literal(s(a + 1), "and") &&
        m_tok[a + 2].is(k_wc_given) && b - (a + 2) <= 3 && person_shape(a + 2, b) && !lookup(a + 2, b).found() &&
        !any_entity_word(a + 3, b)) {
        emit(a, a + 1, Kind::person, "");
        classify(a + 2, b, ev);
        return;
    }
    // "Clyde & Forth Shipbuilders", "Dalal & Sen Research": after "X & Y", one or two capitalized
    // words that are no title, given name, nationality or listed name are the firm's trade.
    // (Not "Mammoth & Flint Ridge": a place's head; not "Goatees & Van Dykes": a surname's particle;
    // not "Nordic & Baltic ProTour": nationalities.) Needs b >= a + 3.
    const auto trade_tail = [&] {
        if (surname_particle_at(a + 2) || m_tok[a].is(k_wc_demonym) || m_tok[a + 2].is(k_wc_demonym)) return false;
        for (std::uint32_t q = a + 3; q < b; ++q)
            if (m_tok[q].type != TokenType::word || !cap_word(q) || all_caps(q) || m_tok[q].is(k_wc_title) ||
                m_tok[q].is(k_wc_given) || m_tok[q].is(k_wc_demonym) || lookup(q, q + 1).found() || place_head(q) ||
                surname_particle_at(q))
                return false;
        return true;
    };
    // "Batista Deli & Grocery": a name and two trade heads joined by an ampersand are one firm (not
    // the owner's surname and a shop).
    if (has_and && b - a == 4 && is_punct(m_tok[a + 2], '&') && m_tok[a + 2].has(k_space_before) && cap_word(a) &&
        cap_word(a + 1) && cap_word(b - 1) && !all_caps(a) && !m_tok[a].has(k_title_line) && org_head(a + 1) &&
        org_head(b - 1) && !lookup(a, b).found() && !lookup(a, a + 2).found()) {
        const char* body = org_head(b - 1);
        emit(a, b, Kind::org, body);
        return;
    }
    // "Severn & Tyne", "Tate & Lyle", "Severn & Tyne Banking Group": one word, an ampersand, one
    // word (and maybe a body's head) name a firm even when the words are rivers or towns; two
    // countries or regions stay two ("Bosnia & Herzegovina" when no list holds the pair).
    if (has_and && b - a >= 3 && is_punct(m_tok[a + 1], '&') && m_tok[a + 1].has(k_space_before) &&
        m_tok[a].type == TokenType::word && m_tok[a + 2].type == TokenType::word && cap_word(a) && cap_word(a + 2) &&
        !all_caps(a) && !all_caps(a + 2) && !m_tok[a].has(k_title_line) && !lookup(a, b).found() &&
        (b == a + 3 || (b - (a + 3) <= 2 && (org_head(b - 1) || company_suffix(b - 1) || trade_tail())))) {
        const auto wide = [&](std::uint32_t q) { return listed_place(q, "country") || listed_place(q, "region"); };
        // ("Mark & Deb": two people; "flights to Paris & London": two towns.)
        const bool people = m_tok[a].is(k_wc_given) && m_tok[a + 2].is(k_wc_given);
        const bool towns = listed_place(a, "city") && listed_place(a + 2, "city") &&
                           preposition_before(a, {"in", "to", "from", "between", "near", "at", "of", "across"});
        // (Only where a word would otherwise be read as a place: "Gilbert & Sullivan", "Dungeons &
        // Dragons" are left alone.)
        // ("Trinidad & Tobago": a listed place's "and" written as an ampersand.)
        const GazetteerEntry pair =
            b == a + 3 ? m_g.find(std::string(s(a)).append(" and ").append(s(a + 2))) : GazetteerEntry{};
        if (pair.found() && pair.kind == Kind::place) {
            emit(a, b, Kind::place, pair.subtype);
            return;
        }
        // ("Hartwell & Pine": a town no list of cities holds counts as a place here, before an
        // ordinary word or another town; not "Gilbert & Sullivan", before a surname.)
        if (cap_words(a + 3, b) && !wide(a) && !wide(a + 2) && !people && !towns &&
            (listed_place(a) || listed_place(a + 2) ||
                ((m_g.is_town(s(a)) || m_g.is_given_town(s(a))) &&
                    (m_tok[a + 2].is(k_wc_common) || m_g.is_common_town(s(a + 2)) || m_g.is_town(s(a + 2)))) ||
                b > a + 3)) {
            const char* body = b > a + 3 ? org_head(b - 1) : nullptr;
            emit(a, b, Kind::org, body && !is_literal(body, "nonprofit") ? body : "company");
            return;
        }
    }
    // "Cheshire West and Chester Council", "Brighton and Hove City Council": a council named after
    // a listed authority with "and" in its name, or after two places, is one body.
    if (has_and && b - a >= 4 && m_tok[b - 1].type == TokenType::word && is_literal(s(b - 1), "Council")) {
        std::uint32_t h = b - 1;
        while (h > a + 2 && m_tok[h - 1].type == TokenType::word &&
               any_of(s(h - 1), {"City", "Borough", "County", "District", "Metropolitan", "Town", "Regional", "Shire"}))
            --h;
        const auto place_part = [&](std::uint32_t x, std::uint32_t y) {
            if (y <= x) return false;
            const GazetteerEntry e = lookup(x, y);
            return (e.found() && e.kind == Kind::place) || (y == x + 1 && cap_word(x) && m_g.is_town(s(x)));
        };
        bool named_after_places = place_part(a, h);
        for (std::uint32_t k = a + 1; k + 1 < h && !named_after_places; ++k)
            if (m_tok[k].type == TokenType::word && is_literal(s(k), "and"))
                named_after_places = place_part(a, k) && place_part(k + 1, h);
        if (named_after_places) {
            emit(a, b, Kind::org, "government");
            return;
        }
    }
    if (has_and) {
        for (std::uint32_t k = a + 1; k < b; ++k) {
            if (!(m_tok[k].type == TokenType::word && is_literal(s(k), "and")) && !is_punct(m_tok[k], '&')) continue;
            // ("Clerk and Recorder Janelle Ruegamer": one title, taken below.)
            if (k + 2 < b && m_tok[k - 1].type == TokenType::word && m_tok[k - 1].is(k_wc_title) &&
                m_tok[k + 1].type == TokenType::word && m_tok[k + 1].is(k_wc_title) && m_tok[k + 1].has(k_cap))
                continue;
            // Split when the left part is a name by itself, or when both sides are
            // multi-word and the right one is ("Great Wall and City Hall"; not
            // "International and Security Affairs Center").
            // "the state House and Senate": two chambers.
            const auto chamber = [&](std::uint32_t q) {
                return m_tok[q].type == TokenType::word &&
                       any_of(s(q), {"House", "Senate", "Assembly", "Parliament", "Congress", "Council"});
            };
            const bool chambers = k == a + 1 && k + 2 == b && chamber(a) && chamber(k + 1);
            // "Tampines Round Market & Food Centre": one venue whose two facility heads an '&'
            // joins, the right one after a common word only.
            const auto venue_head = [&](std::uint32_t q) {
                const char* venue = place_head(q);
                return (venue && is_literal(venue, "facility")) ||
                       (any_of(s(q), {"Centre", "Center"}) && is_facility_center(s(q - 1)));
            };
            // ("the Harbour Hotel & Spa", "Seaview Resort & Casino": a hotel's added trade.)
            if (is_punct(m_tok[k], '&') && k - a >= 2 && venue_head(k - 1) &&
                ((b - (k + 1) == 2 && m_tok[k + 1].is(k_wc_common) && venue_head(b - 1) && !lookup(k + 1, b).found()) ||
                    (b == k + 2 && any_of(s(k - 1), {"Hotel", "Resort", "Lodge", "Inn"}) &&
                        any_of(s(k + 1), {"Spa", "Casino", "Resort", "Suites", "Golf"})))) {
                emit(a, b, Kind::place, "facility");
                return;
            }
            // "the International Association of Machinists and Aerospace Workers", "United Food and
            // Commercial Workers": a union's name joins its trades with "and" before the workers' word.
            if (b - (k + 1) <= 3 && b - (k + 1) >= 1 && m_tok[b - 1].type == TokenType::word &&
                any_of(s(b - 1), {"Workers", "Employees", "Engineers", "Technicians", "Officers", "Drivers",
                                  "Firefighters", "Teachers", "Nurses", "Millers", "Trades", "Journalists"}) &&
                k - a >= 2 && !lookup(k + 1, b).found() && !org_head(k - 1) && !company_suffix(k - 1))
                break;
            if (chambers || standalone(a, k)) {
                // Each side is a run of its own: "General Motors and Stellantis NV".
                classify(a, k, ev);
                classify(k + 1, b, ev);
                return;
            }
            if (!is_punct(m_tok[k], '&') && k - a >= 2 && b - (k + 1) >= 2 && standalone(k + 1, b)) {
                // "Harvard School of Public Health and Brigham and Women's Hospital": two names,
                // each classified whole when the left one has connectors of its own.
                bool left_conn = first_conn != k_none && first_conn < k;
                if (left_conn) {
                    classify(a, k, ev);
                    classify(k + 1, b, ev);
                } else {
                    split_and_classify(a, b, ev);
                }
                return;
            }
            break;
        }
    }
    // Teams: a place and a plural nickname ("Denver Nuggets", "Chicago Bulls"); right after a bare
    // "in" or "near", a place whose last word ends in s ("a clinic in Bayan Lepas").
    if (multi && first_conn == k_none && !has_and) {
        GazetteerEntry pe;
        std::uint32_t pend = longest_gazetteer(a, b, pe);
        if (pend > a && pend < b && pe.kind == Kind::place && b - pend <= 2 &&
            m_tok[b - 1].type == TokenType::word && !m_tok[b - 1].has(k_all_caps)) {
            std::string_view nick = s(b - 1);
            // ("Mary Jones said": a one-word place that is also a given name, before a surname that is
            // no word and with no "the" before, is a person; "Montserrat Rovira Casanovas", two
            // surnames; an age after them: "winegrower Montserrat Rovira Casanovas, 58,".)
            const bool aged = b < m_tok.size() && age_apposition(b);
            const bool person_like = (b - a == 2 || (b - a == 3 && aged && cap_word(a + 1) && !m_tok[a + 1].is(k_wc_common))) &&
                                     pend == a + 1 && !m_tok[b - 1].is(k_wc_common) && (m_tok[a].is(k_wc_given) || aged) &&
                                     !(a > 0 && same_block(a - 1, a) && equals_lower(s(a - 1), "the"));
            // ("Duarte de Vasconcelos": a particle between the words makes a surname.)
            const bool particle = m_tok[a].is(k_wc_given) && !place_prefix(a) && !any_of(s(a), {"San", "Santa", "Santo", "São"}) &&
                                  m_tok[pend].type == TokenType::word && !m_tok[pend].has(k_cap) &&
                                  !lookup(b - 1, b).found() && !m_g.is_town(s(b - 1)); // (not "Vitória de Guimarães")
            // ("Cerro Armazones": a place's opening word makes the run a place.)
            if (nick.size() > 3 && nick.back() == 's' && !particle && !m_tok[b - 1].is(k_wc_demonym) && !org_head(b - 1) &&
                !(place_prefix(a) && is_literal(place_prefix(a), "geo")) &&
                !place_head(b - 1) && !m_tok[b - 1].is(k_wc_non_entity_head) && !lookup(pend, b).found() &&
                !person_like) {
                const bool located = a > 0 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word &&
                                     !m_tok[a].is(k_wc_given) &&
                                     any_of(s(a - 1), {"in", "near", "outside", "around", "across"});
                emit(a, b, located ? Kind::place : Kind::org, located ? "city" : "team");
                return;
            }
        }
    }
    // 3. Titles and honorifics inside the run: what precedes is classified apart. ("the Office of
    // the Director of Public Prosecutions": a title inside "<org head> of …" names an office.)
    const bool office_of = b - a >= 4 && m_tok[a].type == TokenType::word && org_head(a) && !m_tok[a].is(k_wc_title) &&
                           m_tok[a + 1].type == TokenType::word && is_literal(s(a + 1), "of") &&
                           is_literal(s(a + 2), "the");
    for (std::uint32_t k = office_of ? b : a; k < b; ++k) {
        if (m_tok[k].type != TokenType::word) continue;
        std::uint32_t tl = title_length(k, b);
        if (tl == 0) continue;
        std::uint32_t rest = k + tl;
        if (rest >= b) break; // a title alone ("President") or at the end: no person
        if (org_head(b - 1) && !m_tok[b - 1].is(k_wc_title) && rest + 1 < b) break;
        std::uint32_t title_word = rest - 1;
        while (title_word > k && m_tok[title_word].type != TokenType::word) --title_word;
        bool strong = is_strong_title(s(title_word));
        // ("Replacement Tomos Vaughan", not "the Small Vessel Replacement Programme": a position that
        // is also a plain word stands before a full name only.)
        if (any_of(s(title_word), {"Replacement", "Substitute"}) && b - rest < 2) continue;
        // (A head joined by a hyphen is a double surname's second part: "Donna Ricker-Lane".)
        const bool hyphen_head = b - 1 > rest + 1 && is_punct(m_tok[b - 2], '-') && attached(b - 2) && attached(b - 1);
        // ("said Mr Teo.": after an honorific, one word that is also a company's suffix is a surname.)
        const std::uint32_t last_word = b - 1 > rest && is_punct(m_tok[b - 1], '.') ? b - 2 : b - 1;
        // ("Dr Marsh", "Mr Green", "Mayor Dr Elin Marsh": after an honorific, a place's head that is
        // also a surname is the surname.)
        // (Not "Notre Dame Bay": the honorific opens the run or follows a title; not "Dr Hyde Park":
        // a given name opens two words.)
        const bool surname_head = is_honorific(s(title_word)) && honorific_surname(a, b - 1);
        bool org_like = (!hyphen_head && (org_head(b - 1) != nullptr || (place_head(b - 1) != nullptr && !surname_head))) ||
                        (company_suffix(last_word) && !(last_word == rest && is_honorific(s(title_word))));
        // ("Cr Napier", "Mr Lincoln": an honorific before one word that is also a town.)
        const GazetteerEntry rest_entry = lookup(rest, b);
        const bool rest_known = rest_entry.found() &&
            !(strong && b - rest == 1 && rest_entry.kind == Kind::place && is_literal(rest_entry.subtype, "city") &&
                is_honorific(s(title_word)));
        bool name_follows = !org_like && person_shape(rest, b) && !rest_known &&
                            (strong || m_tok[rest].is(k_wc_given) || m_tok[rest].is(k_wc_family_first) ||
                             speech_context(rest, b) || (b - rest >= 2 && !any_entity_word(rest, b)));
        // "Cllr ap Rhys", "Dr van der Berg": a surname that opens with a particle.
        // ("Deputy de la Mare": two particles make a surname even when its last word is a place's.)
        if (!org_like && !name_follows && m_tok[rest].type == TokenType::word && !m_tok[rest].has(k_cap) &&
            is_name_particle(s(rest)) && rest + 1 < b) {
            const bool two = rest + 2 < b && m_tok[rest + 1].type == TokenType::word && !m_tok[rest + 1].has(k_cap) &&
                             is_name_particle(s(rest + 1)) && cap_word(rest + 2) && b == rest + 3;
            name_follows = two || (cap_word(rest + 1) && !any_entity_word(rest + 1, b));
        }
        if (!name_follows) continue;
        // "Deputy Digital Minister Lim Chee Keong": a portfolio between a title and "Minister" is
        // part of the title; the minister's title is taken below.
        bool later_minister = false;
        for (std::uint32_t q = rest; q < b && q < rest + 4; ++q) {
            if (m_tok[q].type != TokenType::word || !m_tok[q].has(k_cap) || m_tok[q].is(k_wc_given)) break;
            if (is_literal(s(q), "Minister") || is_literal(s(q), "Secretary")) {
                later_minister = q + 1 < b;
                break;
            }
        }
        if (later_minister) continue;
        // "Revenue and Disaster Management Minister Pranjal Deka": before a minister's or a
        // secretary's title, words no list knows name the portfolio, not an organization.
        const std::string_view head_title = s(title_word);
        // ("Transportation Undersecretary for Railways Ernesto Ilagan": the office may come before
        // its own portfolio.)
        const auto minister = [&](std::uint32_t q) {
            return m_tok[q].type == TokenType::word && is_ministerial_title(s(q));
        };
        bool ministerial = minister(title_word);
        for (std::uint32_t q = k; q + 1 < rest && !ministerial; ++q)
            ministerial = minister(q) && m_tok[q + 1].type == TokenType::word && any_of(s(q + 1), {"for", "of"});
        const bool portfolio = ministerial && k > a && !lookup(a, k).found() && !any_entity_word(a, k);
        // "State District Judge", "U.S. District Judge": a court's level before a judge's or an
        // attorney's title is part of the title ("U.S." alone is still the country).
        std::uint32_t pre = k;
        if (any_of(head_title, {"Judge", "Justice", "Attorney", "Magistrate", "Judges"}))
            while (pre > a && m_tok[pre - 1].type == TokenType::word &&
                   any_of(s(pre - 1), {"District", "Circuit", "Magistrate", "Bankruptcy", "Appeals", "State", "Federal",
                                          "Senior", "Chief", "Associate", "Municipal", "Probate", "Trial"}))
                --pre;
        // "Banjarnegara Regent Hj. Ratna …", "Pontotoc Mayor Name": before the title of a town's,
        // a regency's or a province's head, a name no list knows is that territory; so is a seat
        // before its member's title ("Hells Gate MCA Esther Njoroge", "Gregory MP Callum Hartnett").
        bool territorial = false; // ("Regent Hj.": the office, then an honorific)
        bool member = false;      // a member of an assembly: a seat's name may be made of any words
        for (std::uint32_t q = k; q < rest && !territorial; ++q) {
            territorial = m_tok[q].type == TokenType::word &&
                          any_of(s(q), {"Governor", "Gov", "Mayor", "Regent", "Prefect", "Premier", "Sheriff", "Kagawad",
                                           "Dzongdag"});
            if (!territorial && m_tok[q].type == TokenType::word && is_assembly_member_title(s(q)))
                territorial = member = true;
        }
        // "Campaspe Shire Council Mayor Rhys Pendlebury": a council's name before its head's title is
        // the council.
        // (The title may have taken the council's word: "Council Mayor".)
        const std::uint32_t council_end =
            pre + 1 < rest && is_literal(s(pre), "Council") ? pre + 1
            : pre > a && m_tok[pre - 1].type == TokenType::word && is_literal(s(pre - 1), "Council") ? pre
                                                                                                     : k_none;
        const GazetteerEntry council = council_end != k_none ? lookup(a, council_end) : GazetteerEntry{};
        if (council_end != k_none && council_end >= a + 2 && !portfolio && territorial && !member &&
            cap_word(council_end - 2) && !m_tok[a].has(k_all_caps) && !m_tok[a].has(k_title_line) &&
            (!council.found() || council.kind == Kind::org)) {
            emit(a, council_end, Kind::org, "government");
            emit(rest, b, Kind::person, "");
            return;
        }
        if (pre > a && !portfolio && territorial) {
            std::uint32_t end = pre;
            while (end > a && m_tok[end - 1].type == TokenType::word && m_tok[end - 1].is(k_wc_title_modifier) &&
                   !lookup(end - 1, end).found())
                --end;
            bool unknown = end > a && end - a <= (member ? 3u : 2u) && !lookup(a, end).found() &&
                           !any_entity_word(a, end) && (member || !m_tok[a].is(k_wc_given)) &&
                           !m_tok[a].has(k_all_caps) && !m_tok[a].has(k_title_line);
            // ("Hells Gate MCA", "Gregory MP": a seat of two words may hold an ordinary word; one
            // ordinary word alone is rather a description: "Backbench MP".)
            for (std::uint32_t q = a; unknown && q < end; ++q)
                unknown = m_tok[q].type == TokenType::word && m_tok[q].has(k_cap) &&
                          (!m_tok[q].is(k_wc_common) || (member && end - a >= 2)) && !m_tok[q].is(k_wc_function) &&
                          !m_tok[q].is(k_wc_demonym);
            if (unknown) {
                emit(a, end, Kind::place, "city", true);
                emit(rest, b, Kind::person, "");
                return;
            }
        }
        // "Custer County Clerk Jane Doe": the county's name before a county office is the county.
        if (pre > a && !portfolio && pre + 1 < rest && cap_word(pre - 1) && !m_tok[pre - 1].has(k_all_caps) &&
            any_of(s(pre), {"County", "Parish", "Borough"}) && !m_tok[pre - 1].is(k_wc_title_modifier) &&
            !m_tok[pre - 1].is(k_wc_function)) {
            const GazetteerEntry known = lookup(a, pre + 1);
            if (!known.found() || known.kind == Kind::place) {
                emit(a, pre + 1, Kind::place, "region", !known.found());
                emit(rest, b, Kind::person, "");
                return;
            }
        }
        if (pre > a && !portfolio) classify_prefix(a, pre);
        // "Assistant U.S. Attorney Grant Nakashima": the country inside the title is a place.
        for (std::uint32_t q = std::max(a, pre); q < rest; ++q)
            if (m_tok[q].type == TokenType::word && any_of(s(q), {"U.S.", "U.K."})) emit(q, q + 1, Kind::place, "country");
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
            // ("General Company for Ports of Iraq": a title word opening an organization's name.)
            if (!person_shape(rest, first_conn) || lookup(rest, first_conn).found() || org_head(first_conn - 1) ||
                place_head(first_conn - 1))
                continue;
            // ("the Chief Executive of COCOBOD": an office's words all the way to "of" hold no name.)
            bool office_only = true;
            for (std::uint32_t q = rest; q < first_conn && office_only; ++q)
                office_only = m_tok[q].type == TokenType::word &&
                              (m_tok[q].is(k_wc_title) || m_tok[q].is(k_wc_title_modifier));
            if (office_only) continue;
            if (k > a) classify_prefix(a, k);
            emit(rest, first_conn, Kind::person, "");
            if (first_conn + 1 < b) classify(first_conn + 1, b, ev);
            return;
        }
        // "J. R. Pettibone of Great Falls", "Anna Kowalski of Gdansk": a person (initials or a given
        // name, and a surname) and the place she is from.
        const bool opens_person = is_initial(a) || (m_tok[a].is(k_wc_given) && !m_tok[a].is(k_wc_gazetteer));
        if (opens_person && first_conn >= a + 2 && is_literal(s(first_conn), "of") && first_conn + 1 < b &&
            person_shape(a, first_conn) && !lookup(a, first_conn).found() && !org_head(first_conn - 1) &&
            !place_head(first_conn - 1) && !m_tok[a].has(k_title_line)) {
            const GazetteerEntry tail = lookup(first_conn + 1, b);
            if (tail.found() && tail.kind == Kind::place) {
                emit(a, first_conn, Kind::person, "");
                emit(first_conn + 1, b, Kind::place, tail.subtype);
                return;
            }
        }
    }

    // "the Tour of Britain", "Tour of Flanders": a race named after the land it crosses is an
    // event, and its place is part of that name, no mention of its own ("Tour de France" too).
    if (b - a >= 3 && is_literal(s(a), "Tour") && m_tok[a + 1].type == TokenType::word &&
        (is_literal(s(a + 1), "of") || is_romance_of(s(a + 1))) && !has_and) {
        const GazetteerEntry pe = lookup(a + 2, b);
        if (pe.found() && pe.kind == Kind::place) return;
    }
    // "the Port of Ngqura", "Port of Tanjung Pelepas": a port by its place's name is a facility.
    if (b - a >= 3 && is_literal(s(a), "Port") && m_tok[a + 1].type == TokenType::word && is_literal(s(a + 1), "of") &&
        !has_and && !lookup(a, b).found() && !m_tok[a].has(k_title_line)) {
        emit(a, b, Kind::place, "facility");
        return;
    }
    // "Sûreté du Québec", "Banque de France", "Université de Montréal": a word that is no name
    // by itself, a Romance "of" and a known place make an institution (not a town of that whole
    // name: "Ciénega de Flores").
    if (b - a >= 3 && !has_and && first_conn == k_none && m_tok[a + 1].type == TokenType::word &&
        !m_tok[a + 1].has(k_cap) && is_romance_of(s(a + 1)) && !m_tok[a].is(k_wc_given) &&
        !lookup(a, a + 1).found() && !place_prefix(a) && !m_tok[a].is(k_wc_title) && !m_g.is_town(m_t.slice(a, b))) {
        std::uint32_t rest = a + 2;
        if (rest + 1 < b && (is_literal(s(rest), "la") || is_literal(s(rest), "l"))) ++rest;
        GazetteerEntry pe = lookup(rest, b);
        if (pe.found() && pe.kind == Kind::place) {
            emit(a, b, Kind::org, "other");
            return;
        }
    }
    // "Guillaume Thibodeau-Arseneau/The Globe and Mail": a photographer and a paper joined by a
    // slash are two names, though the paper's head word ends the run.
    if (has_slash && multi) {
        std::uint32_t slash = a;
        while (slash < b && !is_punct(m_tok[slash], '/')) ++slash;
        if (slash > a + 1 && slash + 1 < b && m_tok[slash - 1].size() >= 2 && m_tok[slash + 1].size() >= 2 &&
            person_shape(a, slash)) { // (not "Himan D/A Basic School", a district assembly's school)
            // "Elena Marquez-Toledo/KJZZ" on a line of its own under a photo: the photographer and
            // a broadcaster's call letters.
            if (slash + 2 == b && m_tok[a].has(k_line_start) && (b >= m_tok.size() || !same_block(a, b)) &&
                all_caps(slash + 1) && m_tok[slash + 1].size() <= 6 && !lookup(slash + 1, b).found()) {
                emit(a, slash, Kind::person, "");
                emit(slash + 1, b, Kind::org, "media");
                return;
            }
            split_and_classify(a, b, ev);
            return;
        }
    }
    // 4. Organization and place heads.
    if (multi) {
        const char* org = org_head(head);
        // "Bank of America Stadium", "University of Phoenix Stadium": a venue named after a sponsor
        // whose own name has a connector is the venue.
        if (org && first_conn != k_none && m_tok[b - 1].type == TokenType::word &&
            any_of(s(b - 1), {"Stadium", "Arena", "Ballpark", "Coliseum", "Velodrome", "Speedway", "Raceway",
                                 "Amphitheatre", "Amphitheater"}) &&
            !lookup(a, b).found()) {
            emit(a, b, Kind::place, "facility");
            return;
        }
        // ("the Regional Comprehensive Economic Partnership", "the Trans-Pacific Partnership": a
        // trade pact, no body.)
        if (org && head > a && trade_pact(head)) org = nullptr;
        // "Cold Lake First Nations": a band's government, named in the plural; other "… Nations"
        // are no body ("the Six Nations", "the Home Nations": tournaments).
        if (!org && is_literal(head_word, "Nations") && head >= a + 2 && is_literal(s(head - 1), "First"))
            org = "government";
        // "the Vermont State House": the building (its legislature is "the Legislature").
        // ("Parliament House", "Government House", "Opera House": buildings too.)
        if (is_literal(head_word, "House") && head > a &&
            any_of(s(head - 1), {"State", "Parliament", "Government", "Opera", "Custom", "Court", "Guest"}) &&
            first_conn == k_none) {
            emit(a, b, Kind::place, "facility");
            return;
        }
        // "snow fell from Fergus Falls to Sauk Centre": a listed town whose last word is a body's
        // head, after a preposition of place.
        if (org && head == b - 1 && first_conn == k_none && b - a >= 2 && !m_tok[a].has(k_all_caps) &&
            preposition_before(a, {"in", "to", "from", "near", "outside", "between"}) && !lookup(a, b).found() &&
            m_g.is_town(m_t.slice(a, b))) {
            emit(a, b, Kind::place, "city", true);
            return;
        }
        // "drop-in sessions at Granton Library", "Halifax Central Library": a town's library is a
        // building (not "the National Library", "the House of Commons Library").
        if (org && is_literal(head_word, "Library") && head == b - 1 && head > a && first_conn == k_none &&
            !lookup(a, b).found() && !m_tok[a].has(k_all_caps) &&
            !any_of(s(a), {"National", "State", "British", "Royal", "Presidential", "Congressional", "Parliamentary",
                           "University", "Digital", "Open", "Internet"}) &&
            !any_of(s(head - 1), {"National", "State", "Presidential", "Parliamentary", "University", "Digital",
                                  "Seed", "Gene", "Film", "Music"})) {
            emit(a, b, Kind::place, "facility");
            return;
        }
        if (org && (is_literal(head_word, "Center") || is_literal(head_word, "Centre")) && head > a &&
            first_conn == k_none && (is_facility_center(s(head - 1)) || venue_center_at(a, head))) {
            emit(a, b, Kind::place, "facility");
            return;
        }
        // "at Fiserv Forum", "at the Kia Forum": an arena named by a sponsor's word no list knows as
        // a word or a place (not "at the Economic Forum", "at the Davos Forum").
        if (org && is_literal(head_word, "Forum") && b - a == 2 && head == a + 1 && venue_center_at(a, head) &&
            m_tok[a].type == TokenType::word && !m_tok[a].has(k_all_caps) &&
            (m_tok[a].lex.classes & (k_wc_common | k_wc_demonym | k_wc_function | k_wc_title)) == 0 &&
            !(lookup(a, a + 1).found() && lookup(a, a + 1).kind == Kind::place) && !m_g.is_town(s(a))) {
            emit(a, b, Kind::place, "facility");
            return;
        }
        // ("the First Nation" alone is no name: "Kinosew Lake First Nation" is.)
        if (org && is_literal(head_word, "Nation") && head == a + 1 && is_literal(s(a), "First")) return;
        // ("a Division Bench of Justice …", "the Full Bench": a court's panel of judges, no body
        // with a name; "the Madurai Bench" is one.)
        if (org && is_literal(head_word, "Bench") && head == a + 1 &&
            any_of(s(a), {"Division", "Full", "Constitution", "Single", "Larger", "Vacation", "Special"}))
            return;
        // ("Defence lawyer Kieran Power said": after a person's role, a given name and a trade
        // word are a person's name.)
        if (org && (ev & k_ev_title) && b - a == 2 && head == a + 1 && m_tok[a].is(k_wc_given) &&
            !m_tok[a].has(k_all_caps) && !lookup(a, b).found() && is_literal(org, "company")) {
            emit(a, b, Kind::person, "");
            return;
        }
        // ("Lord Copper", "Dr Nickel": a title and one trade word are a person's name.)
        if (org && b - a == 2 && head == a + 1 && m_tok[a].is(k_wc_title) && !m_tok[a].has(k_all_caps) &&
            is_literal(org, "company") && !lookup(a, b).found() && !company_suffix(head)) {
            emit(a, b, Kind::person, "");
            return;
        }
        // "between Moorhead and St. Cloud": a saint's town after "and" (its last word an
        // organization's head) closes a pair of places, not a firm's name.
        if (org && has_and && head == b - 1) {
            for (std::uint32_t k = a + 1; k + 2 < b; ++k)
                if (m_tok[k].type == TokenType::word && is_literal(s(k), "and") && saint_word(k + 1)) {
                    const GazetteerEntry town = lookup(k + 1, b);
                    if (town.found() && town.kind == Kind::place) {
                        split_and_classify(a, b, ev);
                        return;
                    }
                }
        }
        // "Denver Water and Northern Water", "Unite Union and Unison Union": the same head word
        // before "and" as at the end makes two bodies of one kind (not "Procter and Gamble").
        if (org && has_and) {
            for (std::uint32_t k = a + 2; k + 1 < head; ++k)
                if (m_tok[k].type == TokenType::word && is_literal(s(k), "and") && s(k - 1) == head_word) {
                    split_and_classify(a, b, ev);
                    return;
                }
        }
        // "Renata Kowalczyk-Amaral Toronto Star": a byline's name run on into its paper (a given
        // name, a surname, then a place and the paper's head).
        if (org && is_literal(org, "media") && first_conn == k_none && !has_and && m_tok[a].is(k_wc_given) &&
            !m_tok[a].has(k_all_caps) && !lookup(a, b).found()) {
            for (std::uint32_t k = a + 2; k < head && k <= a + 4; ++k) {
                const GazetteerEntry place = lookup(k, head);
                bool name_words = m_tok[k - 1].type == TokenType::word;
                for (std::uint32_t q = a; q < k && name_words; ++q)
                    name_words = cap_word(q) || (is_punct(m_tok[q], '-') && name_hyphen(q));
                if (!place.found() || place.kind != Kind::place || !name_words) continue;
                emit(a, k, Kind::person, "");
                emit(k, b, Kind::org, org);
                return;
            }
        }
        // ("Bengaluru Fintech Kosha Pay Raises …": a title-case headline's listed city before a
        // longer company name is where the company is, not part of its name.)
        if (org && m_tok[a].has(k_title_line) && b - a >= 4 && m_tok[a].type == TokenType::word &&
            listed_place(a, "city") && !lookup(a, b).found() && [&] {
                for (std::uint32_t k = a + 1; k < b; ++k)
                    if (m_tok[k].type != TokenType::word || !m_tok[k].has(k_space_before)) return false;
                return true;
            }()) {
            emit(a, a + 1, Kind::place, "city");
            classify(a + 1, b, ev);
            return;
        }
        if (org && !is_title_word(head_word)) {
            emit(a, b, Kind::org, org);
            return;
        }
        if (first_conn == k_none && (company_suffix(b - 1) || (b - 1 > a && is_punct(m_tok[b - 1], '.') &&
                                                                      company_suffix(b - 2)))) {
            emit(a, b, Kind::org, "company");
            return;
        }
        const char* place = place_head(head);
        // "Ryan Goredema-Hill", "Ama Boateng-Field": the second part of a double surname.
        // ("County Mayor Donna Ricker-Lane": a given name right before the compound, after a title.)
        if (place && head >= a + 3 && is_punct(m_tok[head - 1], '-') && name_hyphen(head - 1) &&
            (m_tok[a].is(k_wc_given) || b - a == 4 || m_tok[head - 3].is(k_wc_given)))
            place = nullptr;
        // ("it did," Tuilagi-Marsh said": a double surname alone, before speech.)
        if (place && b - a == 3 && head == a + 2 && is_punct(m_tok[a + 1], '-') && attached(a + 1) && attached(a + 2) &&
            cap_word(a) && !all_caps(a) && m_tok[a].lex.classes == 0 && speech_context(a, b))
            place = nullptr;
        // "Dutch Green MEP": a nationality and a party, no place ("the Western Region", "Eastern
        // Province": a compass adjective before a region's head names the region, and before a
        // road's head the road: "the Eastern Bypass", "the Western Freeway").
        if (place && b - a == 2 && m_tok[a].is(k_wc_demonym) &&
            !((is_literal(place, "region") || is_literal(place, "street")) &&
                any_of(s(a), {"Western", "Eastern", "Northern", "Southern", "Central"})))
            place = nullptr;
        // "Lisa Park", "Arsenio Hall": a given name before a head that is also a surname (or a word
        // no list knows, when an age or speech follows: "Dequan Marsh, 27,").
        // ("Sapian Bay and Pilar Bay": not after a place of the same head.)
        // ("Gregory T. Hill", "Dequan R. Marsh": a middle initial between them makes it surer.)
        const bool middle_initial = b - a == 4 && is_initial(a + 1) && m_tok[a].is(k_wc_given);
        if (place && (b - a == 2 || middle_initial) && is_surname_like_head(head_word) &&
            (m_tok[a].is(k_wc_given) || (m_tok[a].lex.classes == 0 && !all_caps(a) && speech_context(a, b))) &&
            !preposition_before(a, {"at", "in", "near", "to", "from", "into", "outside", "inside"}) &&
            // ("crossed Elliott Bay", "the crossing of Elliott Bay", "across Elliott Bay": water is crossed.)
            !(is_literal(head_word, "Bay") && bay_crossed(a)) &&
            // ("on Ann Street", "down George Street": a street is walked along, lived on.)
            !(any_of(head_word, {"Street", "Lane", "Way", "Drive", "Place"}) &&
                preposition_before(a, {"on", "along", "down", "up", "off", "onto", "for"})) &&
            // ("between Touhy Avenue and Howard Street would close": a Street or a Drive names a
            // road unless a title or speech makes its bearer a person, "Picabo Street said".)
            !(any_of(head_word, {"Street", "Drive"}) && (ev & k_ev_title) == 0 && !speech_context(a, b)) &&
            !(a >= 2 && same_block(a - 2, a) && (is_punct(m_tok[a - 1], ',') || is_literal(s(a - 1), "and") ||
                                                    is_literal(s(a - 1), "or")) && s(a - 2) == head_word) &&
            // ("between Harlem and Forest Park": a town so named, which no one in the text is.)
            !(m_g.is_town(m_t.slice(a, b)) && !speech_context(a, b) && !speaks_elsewhere(a)) &&
            // ("an address at 27 Kilcronan Grove": a house number before it.)
            !(a > 0 && m_tok[a - 1].type == TokenType::number && same_block(a - 1, a)))
            place = nullptr;
        // "Dr Marsh", "Mayor Dr Elin Marsh": an honorific before a head that is also a surname.
        if (place && head == b - 1 && honorific_surname(a, head)) place = nullptr;
        // "Akeem St Hill", "Lisa St Clair": a given name before a saint's surname.
        if (place && b - a == 3 && m_tok[a].is(k_wc_given) && !m_tok[a].has(k_all_caps) && is_literal(s(a + 1), "St") && cap_word(a + 2) &&
            !preposition_before(a, {"at", "in", "near", "to", "from", "into", "outside", "inside"}))
            place = nullptr;
        // "Rothesay and Darlings Island": two places, the second with a head of its own (a whole
        // name so spelled, "Turks and Caicos Islands", is in the gazetteer); split below.
        if (place && has_and) {
            for (std::uint32_t k = a + 1; k + 1 < b && place; ++k)
                if (m_tok[k].type == TokenType::word && is_literal(s(k), "and")) place = nullptr;
        }
        // "the engineering firm Kustwerk Delta", "developer Harbour Ridge": a firm's trade noun right
        // before names a firm, whatever its last word.
        if (place && b - a <= 3 && first_conn == k_none && !has_and &&
            (ev & (k_ev_byline | k_ev_credit | k_ev_title)) == 0 && !m_tok[a].has(k_title_line) &&
            !lookup(a, b).found() &&
            // (not a compound's noun: "the 98-unit Chancery Green")
            !(a >= 2 && is_punct(m_tok[a - 2], '-') && attached(a - 2) && attached(a - 1))) {
            if (const char* trade = org_noun_before(a); trade && is_literal(trade, "company")) {
                emit(a, b, Kind::org, trade);
                return;
            }
        }
        if (place && first_conn == k_none) {
            // "221 Main St.": the house number opens an address.
            if (is_literal(place, "street") && a > 0 && m_tok[a - 1].type == TokenType::number &&
                same_block(a - 1, a) && m_tok[a].has(k_space_before)) {
                emit(a - 1, b, Kind::place, "address");
                return;
            }
            emit(a, b, Kind::place, place);
            return;
        }
        if (place && is_literal(place, "geo")) {
            emit(a, b, Kind::place, place); // "Gulf of Mexico"
            return;
        }
        const char* prefix = place_prefix(a);
        // "County Down", "County Clare": an Irish county.
        if (prefix && is_literal(prefix, "region") && b - a == 2 && !has_and && first_conn == k_none &&
            !m_tok[b - 1].is(k_wc_name_head)) {
            emit(a, b, Kind::place, "region");
            return;
        }
        bool facility_prefix = prefix && (is_literal(prefix, "facility") || is_literal(prefix, "street"));
        if (prefix && (is_literal(prefix, "geo") || facility_prefix) && !has_and && first_conn == k_none) {
            emit(a, b, Kind::place, prefix);
            return;
        }
        // "Port Qasim", "Fort Nelson", "Santa Ana": a town prefix before a word that is no
        // ordinary, given or known word (not "New Balance", "Saint Laurent").
        // ("Bukit Batok", "Tanjong Pagar": a Malay place word opens only place names; so does the Welsh
        // "Blaenau", uplands: "Blaenau Ffestiniog", "Blaenau Gwent".)
        if (prefix && b - a <= 3 && is_literal(prefix, "city") &&
            any_of(s(a), {"Bukit", "Kampung", "Kampong", "Tanjong", "Tanjung", "Pasir", "Blaenau"}) && !m_tok[a].has(k_all_caps)) {
            emit(a, b, Kind::place, "city");
            return;
        }
        if (prefix && b - a == 2 && is_literal(prefix, "city") && m_tok[b - 1].type == TokenType::word &&
            any_of(s(a), {"Port", "Fort", "San", "Santa", "Los", "Las"}) && !m_tok[b - 1].is(k_wc_common) &&
            // ("Port Talbot", "Fort Augustus": no one is named Port or Fort.)
            (!m_tok[b - 1].is(k_wc_given) || any_of(s(a), {"Port", "Fort"})) && !m_tok[b - 1].has(k_all_caps) &&
            // ("Port Adelaide", "Port Melbourne": a port or fort named after a known place.)
            (!lookup(b - 1, b).found() || (any_of(s(a), {"Port", "Fort"}) && lookup(b - 1, b).kind == Kind::place))) {
            emit(a, b, Kind::place, "city");
            return;
        }
    }

    // 5. Split at "and", connectors, slashes and hyphens when the whole is no single name.
    if (has_and || first_conn != k_none || has_slash || has_hyphen) {
        split_and_classify(a, b, ev);
        return;
    }

    // "Koivi declared Kikori MP": a seat's name and its member's title, no one named after them
    // (a title-case headline too; "Tom Tugendhat MP" has a given name).
    if (b - a == 2 && m_tok[b - 1].type == TokenType::word && is_assembly_member_title(s(b - 1)) &&
        m_tok[a].type == TokenType::word && !m_tok[a].has(k_all_caps) && !m_tok[a].is(k_wc_given) &&
        !m_tok[a].is(k_wc_common) && !m_tok[a].is(k_wc_function) && !m_tok[a].is(k_wc_title) &&
        !m_tok[a].is(k_wc_demonym) && !lookup(a, a + 1).found()) {
        emit(a, a + 1, Kind::place, "city", true);
        return;
    }
    // Balinese names: "I Wayan Sudira", "Ni Luh Putu Ariani", "Made Wirawan Putra", "Anak Agung
    // Ngurah Oka", "I Gusti Ayu Ketut Rahayuni" (a gender marker, a birth-order name or a caste
    // title opens them).
    if (multi && balinese_name(a, b)) {
        emit(a, b, Kind::person, "");
        return;
    }
    // 6. A known name at the start of a longer run ("Serbia Kosovo" rarely; "Belgrade Nikola").
    // Person names: given name or family name first, title, byline, credit or speech context.
    // ("his captain, Will Danvers": inside a sentence "Will" before a name is the given name, not
    // the auxiliary, which is never capitalized there.)
    const bool inner_will = b - a == 2 && m_tok[a].type == TokenType::word && is_literal(s(a), "Will") &&
                            !sentence_initial(a) && !m_tok[a].has(k_title_line) && cap_word(a + 1) &&
                            !m_tok[a + 1].has(k_all_caps) && !(a > 0 && is_punct(m_tok[a - 1], ':')) &&
                            m_tok[a + 1].type == TokenType::word && !m_tok[a + 1].is(k_wc_common) &&
                            !m_tok[a + 1].is(k_wc_function);
    bool shape = person_shape(a, b) || inner_will;
    bool has_entity_word = any_entity_word(a, b);
    // "transport researcher Farah Iskandar said": two words that are each a town, no place of two
    // words, after a job noun or before speech, name a person (a place is never spoken by a pair of
    // towns side by side).
    if (b - a == 2 && has_entity_word && (ev & (k_ev_byline | k_ev_credit)) == 0 && cap_word(a) && cap_word(a + 1) &&
        !all_caps(a) && !all_caps(a + 1) && !m_tok[a].has(k_title_line) && !lookup(a, b).found() &&
        !m_g.is_town(m_t.slice(a, b))) {
        const bool job_before = a >= 1 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word &&
                                !m_tok[a - 1].has(k_cap) && (is_job_noun(s(a - 1)) || is_role_noun(s(a - 1)));
        if (listed_place(a, "city") && listed_place(a + 1, "city") && !m_tok[a].is(k_wc_common) &&
            !m_tok[a + 1].is(k_wc_common) &&
            (job_before || (ev & k_ev_title) || speech_context(a, b))) {
            emit(a, b, Kind::person, "");
            return;
        }
    }
    // Unknown name followed by a generic facility noun: "the Kerem Shalom crossing".
    if (multi && !has_entity_word && (ev & (k_ev_byline | k_ev_credit)) == 0 && facility_after(b) &&
        !m_tok[a].has(k_title_line) && !speech_context(a, b)) {
        emit(a, b, Kind::place, "facility", true);
        return;
    }
    if (multi && dateline_at(a, b) && !caps_credit_name(a, b)) { // (not "KELVIN MUSONDA-PHIRI, Ndola" alone)
        emit(a, b, Kind::place, "city", true);
        return;
    }
    if (multi && !has_entity_word && (ev & (k_ev_byline | k_ev_credit)) == 0) {
        if (const char* sub = place_context(a, b)) {
            emit(a, b, Kind::place, sub, true);
            return;
        }
    }
    if (multi && shape) {
        // ("the edge of West Oakland, a …": a compass word spelled like a given name, before a
        // listed city, region or country, opens the place's part, not a person's name.)
        if (b - a == 2 && any_of(s(a), {"North", "South", "East", "West"}) &&
            !(ev & (k_ev_byline | k_ev_credit | k_ev_title)) && listed_place(b - 1)) {
            emit(a, b, Kind::place, "region");
            return;
        }
        bool given = (m_tok[a].is(k_wc_given) || m_tok[a].is(k_wc_family_first) || inner_will ||
                      // (not after a trade noun: "the logistics startup Tafiyar Kaya"; not a compass word
                      // before a town: "Greater Wellington", "North Sydney")
                      (b - a == 2 && m_tok[b - 1].is(k_wc_given) && !has_entity_word && !org_noun_before(a) &&
                          !m_tok[a].is(k_wc_given) && !org_apposition(b) && // ("Mavuno Kash, a digital lender")
                          !any_of(s(a), {"Greater", "North", "South", "East", "West", "Upper", "Lower", "Central"}) &&
                          !place_prefix(a)) || // ("Port Talbot", "Fort Augustus": a town's prefix)
                      // "Trudy-Ann Blagrove": a hyphenated given name (see name_hyphen())
                      (b - a >= 4 && is_punct(m_tok[a + 1], '-') && m_tok[a + 2].is(k_wc_given) && name_hyphen(a + 1)) ||
                      patronymic_in(a, b) ||
                      // "passed to T. Smith": an initial opening the run stands for a given name
                      (is_initial(a) && b - a >= 3 && !m_tok[b - 1].has(k_all_caps) && !sentence_initial(a) &&
                          !m_tok[a + 2].is(k_wc_common) && !m_tok[a + 2].is(k_wc_function)) ||
                      // "Fan Keming": a surname that is also a word, then a pinyin given name no list knows
                      (b - a == 2 && m_tok[b - 1].lex.classes == 0 && m_tok[a].size() <= 6 &&
                          is_word_like_chinese_surname(s(a)) && is_pinyin_given(s(b - 1))) ||
                      // "Mohd Hafiz Iskandar Rahmat": the abbreviated Muhammad that opens Malay names
                      (m_tok[a].type == TokenType::word && any_of(s(a), {"Mohd", "Muhd", "Md", "Mohd."})) ||
                      // "Chan Wing-kei", "Moon Jae-in", "Lee Hsien-loong": a surname, then a given name of
                      // two syllables joined by a hyphen, the second in lower case
                      (b - a == 4 && syllable_tail(b - 1) && m_tok[b - 1].size() >= 2 && m_tok[b - 1].size() <= 5 &&
                          m_tok[a].size() >= 2 && m_tok[a].size() <= 6 && m_tok[a + 1].size() >= 2 &&
                          m_tok[a + 1].size() <= 6 && !m_tok[a].is(k_wc_common) && !m_tok[a].is(k_wc_function) &&
                          !m_tok[a].has(k_all_caps) && !m_tok[a + 1].has(k_all_caps)) ||
                      // "Winnie Lo Suet-ying", "Vivian Ho Wing-sze": an English given name before them
                      (b - a == 5 && syllable_tail(b - 1) && m_tok[b - 1].size() >= 2 && m_tok[b - 1].size() <= 5 &&
                          (m_tok[a].is(k_wc_given) || m_tok[a].lex.classes == 0) && m_tok[a + 1].size() >= 2 &&
                          m_tok[a + 1].size() <= 5 &&
                          m_tok[a + 2].size() >= 2 && m_tok[a + 2].size() <= 6 && m_tok[a + 1].has(k_space_before) &&
                          !m_tok[a].has(k_all_caps) && !m_tok[a + 1].has(k_all_caps) &&
                          !m_tok[a + 2].has(k_all_caps))) &&
                     !m_tok[a].has(k_title_line) && !partnership_after(a, b) &&
                     // ("the Tbilisi-based group Green Alternative": a trade noun names a body.)
                     !(b - a <= 3 && !sentence_initial(a) && body_noun_before(a) && !lookup(a, b).found());
        // "MARC THIBODEAU" alone on a line, or before a credit's slash ("… on Tuesday. JASON
        // FRANCHUK/THE GLOBE AND MAIL"): a byline or a credit in capitals.
        if (!given && b - a <= 3 && all_caps(a) && all_caps(b - 1) && caps_given_name(a) &&
            ((a == m_t.block_first[m_tok[a].block] && b == m_t.block_last[m_tok[a].block]) ||
                (b < m_tok.size() && is_punct(m_tok[b], '/') && attached(b) && m_tok[a].has(k_sentence_start)))) {
            emit(a, b, Kind::person, "", false);
            return;
        }
        if (!given && caps_credit_name(a, b)) {
            emit(a, b, Kind::person, "", false);
            return;
        }
        // "an analyst at William Blair", "Analysts at Piper Sandler and J.P. Morgan": people with such
        // jobs work at firms, even firms named after people.
        // ("Priyanka Olawale-Smyth at Peel Hunt said": a person just named, "at", and a name that
        // speaks for her: her firm.)
        const bool person_at = a >= 2 && same_block(a - 2, b) && m_tok[a - 1].type == TokenType::word &&
                               is_literal(s(a - 1), "at") && !m_out.empty() && m_out.back().kind == Kind::person &&
                               m_out.back().last == a - 1 && b < m_tok.size() && m_tok[b].type == TokenType::word &&
                               m_tok[b].is(k_wc_speech_verb) && !m_tok[a].is(k_wc_given);
        if ((ev & (k_ev_byline | k_ev_credit | k_ev_title)) == 0 && b - a <= 4 && (employer_at(a) || person_at)) {
            emit(a, b, Kind::org, "company", true);
            return;
        }
        // Unless a given name opens it or a byline, credit or title vouches for a person, a name
        // with an organization cue is an organization.
        if (!given && (ev & (k_ev_byline | k_ev_credit | k_ev_title)) == 0) {
            if (const char* org = org_cue(a, b)) {
                emit(a, b, Kind::org, org, true);
                return;
            }
        }
        // "Japan's Aiko Tanabe", "Romania's Mirela Dascălu": a country's possessive before a name.
        bool country_before = false;
        if (a >= 2 && m_tok[a - 1].type == TokenType::possessive && same_block(a - 2, a) && !any_common_word(a, b)) {
            const GazetteerEntry owner = lookup(a - 2, a - 1);
            country_before = owner.found() && owner.kind == Kind::place && is_literal(owner.subtype, "country");
        }
        bool context = (ev & (k_ev_byline | k_ev_credit | k_ev_title)) != 0 || speech_context(a, b) || country_before;
        // A surname that is also a city ("Renata Albuquerque Lins", "Aiko Tanabe") does not stop a
        // name that a given name or speech opens; a country or region does ("Jordan Peru" is two).
        GazetteerEntry last_entry = lookup(b - 1, b);
        bool last_is_place = last_entry.found() &&
            !(last_entry.kind == Kind::place && is_literal(last_entry.subtype, "city") &&
                !m_tok[b - 1].has(k_all_caps) && (given || (context && b - a == 2)) && !any_entity_word(a, b - 1));
        // "By Dana Whitfield | Health Reporter": a job title in a byline is no name.
        std::string_view last = s(b - 1);
        bool job_tail = m_tok[b - 1].is(k_wc_title) || is_literal(last, "Writer") || is_literal(last, "Writers") ||
            is_literal(last, "Columnist") || is_literal(last, "Contributor") || is_literal(last, "Producer") ||
            is_literal(last, "Photographer");
        // ("EDA Renováveis said": an acronym of three letters or more before a title-case word opens a
        // company's name, not a person's.)
        // (Mid-sentence, not even a given name's letters: "In a statement, EDA Renováveis said".)
        const bool acronym_first = acronym_opens(a, b) && (!caps_given_name(a) || !sentence_initial(a)) &&
                                   !(sentence_initial(a) && m_tok[a].lex.classes != 0);
        // ("Chief District Officer (CDO) Bishnu Prasad Adhikari … CDO Adhikari said": a person the
        // text named before, behind a title's acronym.)
        const auto named_before = [&]() {
            for (const Mention& m : m_out)
                if (m.kind == Kind::person && m.last > m.first && s(m.last - 1) == s(b - 1) &&
                    !m_tok[m.first].has(k_all_caps))
                    return true;
            return false;
        };
        // ("Minister of State at the OPW Eoghan Breathnach": a body's acronym, then a given name and
        // a surname, is the body and its minister.)
        if (acronym_first && b - a == 3 && m_tok[a + 1].type == TokenType::word && m_tok[a + 1].is(k_wc_given) &&
            !m_tok[a + 1].is(k_wc_common) && !m_tok[a + 1].has(k_all_caps) && cap_word(a + 2) &&
            !m_tok[a + 2].has(k_all_caps) && !m_tok[a + 2].is(k_wc_common) && !org_head(a + 2) &&
            !company_suffix(a + 2) && !place_head(a + 2) && !lookup(a + 1, b).found()) {
            classify_single(a, ev);
            emit(a + 1, b, Kind::person, "");
            return;
        }
        if (acronym_first && (given || context) && !last_is_place && !job_tail && !named_before()) {
            emit(a, b, Kind::org, "company", true);
            return;
        }
        // "committees in Tierra Blanca", "the road from San Juan Bautista": a GeoNames town spelled
        // whole, a given name opening it, after a preposition of place and with no speech or byline.
        // ("Near Marcos Juárez, …": the preposition may open the sentence.)
        const auto place_preposition = [&](std::string_view w, bool folded) {
            for (std::string_view p : {"in", "at", "near", "from", "to", "outside", "around", "between", "across", "towards"})
                if (folded ? equals_lower(w, p) : w == p) return true;
            return false;
        };
        if (given && !context && b - a <= 4 && a >= 1 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word &&
            (place_preposition(s(a - 1), false) ||
                (m_tok[a - 1].has(k_sentence_start) && !m_tok[a - 1].has(k_all_caps) && place_preposition(s(a - 1), true))) &&
            !m_tok[a].has(k_all_caps) && m_g.is_town(m_t.slice(a, b))) {
            const std::uint32_t idx = emit(a, b, Kind::place, "city", true);
            if (idx != k_none) m_out[idx].town = true;
            return;
        }
        // ("Six Nations Rugby said": an ordinary plural noun opens no person's name.)
        const bool plural_first = !given && m_tok[a].is(k_wc_common) && m_tok[a].size() >= 4 && s(a).back() == 's' &&
                                  !m_tok[a].has(k_all_caps);
        // "By Maren Costa-Whitfield Globe Staff": a byline's name, then its paper's short name and
        // "Staff" or "Correspondent".
        if (given && (ev & k_ev_byline) != 0 && b - a >= 4 && paper_staff(b - 2)) {
            emit(a, b - 2, Kind::person, "");
            emit(b - 2, b - 1, Kind::org, "media");
            return;
        }
        // "the southern San Andreas", "Santa Teresa": a saint's name in Spanish, Italian or
        // Portuguese opens a place's name, never a person's.
        if (b - a >= 2 && b - a <= 3 && m_tok[a].type == TokenType::word &&
            any_of(s(a), {"San", "Santa", "Santo", "São"}) && !all_caps(a) && cap_word(a + 1) &&
            (ev & (k_ev_byline | k_ev_credit | k_ev_title)) == 0 && !is_literal(s(a + 1), "Claus")) {
            emit(a, b, Kind::place, "city", true);
            return;
        }
        // "upstream of the capital's Kennedy Bridge", "traffic on the Wilson Bridge", "a hall at
        // Alexandra Dock": a given name and a structure's or a street's word after "the", a common
        // noun's possessive or a preposition of place name the structure, not a person (not
        // "Chelsea's Wayne Bridge": a team's player).
        if (given && b - a == 2 && (ev & (k_ev_byline | k_ev_credit | k_ev_title)) == 0 && a >= 2 &&
            same_block(a - 2, a) && !m_tok[b - 1].has(k_all_caps) && !m_tok[a].has(k_all_caps)) {
            const char* structure_kind = place_head(b - 1);
            const bool structure = structure_kind != nullptr &&
                                   (is_literal(structure_kind, "facility") || is_literal(structure_kind, "street"));
            const bool before = (m_tok[a - 1].type == TokenType::word &&
                                    any_of(s(a - 1), {"the", "at", "near", "outside", "beside", "along", "across",
                                                         "under"})) ||
                                (m_tok[a - 1].type == TokenType::possessive && m_tok[a - 2].type == TokenType::word &&
                                    !m_tok[a - 2].has(k_cap));
            if (structure && before) {
                emit(a, b, Kind::place, structure_kind);
                return;
            }
        }
        if ((given && !last_is_place) || (context && !last_is_place && !job_tail && !plural_first)) {
            emit(a, b, Kind::person, "");
            return;
        }
    }
    // "Swan Hill", "Sierra Gorda": a run no rule above took that spells a GeoNames town.
    if (multi && b - a <= 5 && (ev & (k_ev_byline | k_ev_credit | k_ev_title)) == 0 && !all_caps(a) &&
        !m_tok[a].is(k_wc_given) && m_g.is_town(m_t.slice(a, b))) {
        const std::uint32_t idx = emit(a, b, Kind::place, "city", true);
        if (idx != k_none) m_out[idx].town = true;
        return;
    }
    // "Amsterdam UMC", "Jakarta MRT": a known place and an acronym name a body of that place.
    if (place_acronym(a, b)) {
        emit(a, b, Kind::org, "other");
        return;
    }
    // "ANA Fifita-Latu had played 11 minutes": a story's first word set in capitals, a given name,
    // before a surname in title case.
    if (b - a >= 2 && b - a <= 4 && all_caps(a) && m_tok[a].size() >= 3 && m_tok[a].has(k_line_start) &&
        caps_given_name(a) && !all_caps(b - 1) && cap_word(a + 1) && !m_tok[a].has(k_title_line) &&
        !lookup(a, b).found() && !lookup(a, a + 1).found() && person_shape(a + 1, b)) {
        emit(a, b, Kind::person, "");
        return;
    }
    // "FIREBIRDS: GS Tiana Okonkwo-Reid, GA Hollie Vandersluys": a playing position's code before a
    // given name and a surname in a team list is no part of the name.
    if (b - a >= 3 && all_caps(a) && m_tok[a].size() >= 2 && m_tok[a].size() <= 3 && m_tok[a + 1].is(k_wc_given) &&
        !m_tok[a + 1].has(k_all_caps) && cap_word(a + 2) && !lookup(a, b).found() && a >= 1 && same_block(a - 1, a) &&
        (is_punct(m_tok[a - 1], ',') || is_punct(m_tok[a - 1], ':') || is_punct(m_tok[a - 1], ';'))) {
        classify(a + 1, b, ev);
        return;
    }
    // "scrumhalf JP Steyn", "10 AB Botha" in a line-up: two initials without periods after a
    // player's position or number, then a surname.
    if (b - a == 2 && all_caps(a) && m_tok[a].size() == 2 && !all_caps(b - 1) && cap_word(b - 1) && a >= 1 &&
        same_block(a - 1, a) && !lookup(a, b).found() && !lookup(a, a + 1).found() &&
        ((m_tok[a - 1].type == TokenType::word && !m_tok[a - 1].has(k_cap) && is_role_noun(s(a - 1))) ||
            (m_tok[a - 1].type == TokenType::number && m_tok[a - 1].size() <= 2 && a >= 2 &&
                (is_punct(m_tok[a - 2], ',') || is_punct(m_tok[a - 2], ':') || m_tok[a - 1].has(k_line_start))))) {
        emit(a, b, Kind::person, "");
        return;
    }
    // Acronym followed by a name: "RTB Bor" is one company (not initials: "K.S. Remadevi").
    if (multi && all_caps(a) && !all_caps(b - 1) && !lookup(a, a + 1).found() &&
        s(a).find('.') == std::string_view::npos && !(a + 1 < b && is_punct(m_tok[a + 1], '.')) &&
        !is_non_org_acronym(s(a)) && !m_tok[a].is(k_wc_title) && m_tok[a].size() <= 5 &&
        // ("KPK Questions Two Badung Officials" in a title-case line: a verb follows the acronym.)
        !(m_tok[a + 1].has(k_title_line) && m_tok[a + 1].is(k_wc_common))) {
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
        // A sentence start is evidence against a name only when its first word is also an ordinary
        // word ("Residents Fled"); "Kamindu Mendis took two wickets" is a name anywhere.
        const bool positional = sentence_initial(a) && (m_tok[a].has(k_title_line) || m_tok[a].is(k_wc_common) ||
                                                        lower_noun_at(a));
        // "B: S. Dwyer, B. Quartermaine, L. Fa’asalele": an initial and a surname are a person even
        // on a line of capitalized words (a team list is no headline).
        if (!has_entity_word && m_tok[a].has(k_title_line) && is_initial(a) && b - a >= 3 && b - a <= 5 &&
            cap_word(a + 2) && !m_tok[a + 2].has(k_all_caps) && !m_tok[a + 2].is(k_wc_common) &&
            !m_tok[a + 2].is(k_wc_function) && person_shape(a, b)) {
            emit(a, b, Kind::person, "");
            return;
        }
        if (has_entity_word || positional || m_tok[a].has(k_title_line)) {
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
        // "Raed al-Obaidi": a hyphenated particle does not count as a word.
        std::uint32_t words = b - a;
        for (std::uint32_t k = a + 1; k + 1 < b; ++k)
            if (!m_tok[k].has(k_cap) && is_hyphen_particle(s(k)) && is_punct(m_tok[k + 1], '-')) words -= 2;
        // "Tamsin Okafor-Reid": nor does a double surname's second part.
        for (std::uint32_t k = a + 2; k + 1 < b; ++k)
            if (m_tok[k - 1].has(k_cap) && name_hyphen(k) && m_tok[k + 1].has(k_cap)) words -= 2;
        // "R. Mohan Kumar": the period of an initial does not count as a word either.
        for (std::uint32_t k = a; k + 1 < b; ++k)
            if (is_initial(k)) --words;
        // ("Daithí Mac an tSaoi", "Pieter van der Walt": nor does a particle only surnames use.)
        for (std::uint32_t k = a + 1; k + 1 < b; ++k)
            if (surname_only_particle(k)) --words;
            // ("Álvaro Recio de la Fuente": after a given name, any lower-case particle; "Majid
            // Khamis Al Shamsi": the Arabic article before the family name.)
            else if (m_tok[a].is(k_wc_given) && !place_prefix(a) && !any_of(s(a), {"San", "Santa", "Santo", "São"}) &&
                     m_tok[k].type == TokenType::word &&
                     ((!m_tok[k].has(k_cap) && is_name_particle(s(k))) ||
                         (k > a + 1 && any_of(s(k), {"Al", "El"}) && m_tok[k + 1].type == TokenType::word &&
                             cap_word(k + 1) && !all_caps(k + 1))))
                --words;
        // ("Harlan B. Whitcomb III": nor does a generational suffix.)
        if (b - a >= 3 && m_tok[b - 1].type == TokenType::word && m_tok[b - 1].has(k_all_caps) && is_name_suffix(s(b - 1)))
            --words;
        // "Van Damme", "De Rossi", "Di Maio": a capitalized surname particle is no ordinary word
        // ("van" is one) when a name follows it.
        const std::uint32_t plain_from = surname_particle_at(a) ? a + 1 : a;
        // ("Chaudhry Aamir Iqbal Gujjar, chairman of …": four names when the context speaks of a person.)
        // ("Nguyễn Thị Thu Hà, general director of …": a rank's word may come before the role.)
        const auto role_after = [&] {
            if (!(b + 1 < m_tok.size() && is_punct(m_tok[b], ',') && same_block(a, b + 1))) return false;
            std::uint32_t r = b + 1;
            if (r + 1 < m_tok.size() && same_block(r, r + 1) && m_tok[r].type == TokenType::word &&
                any_of(s(r), {"general", "managing", "executive", "deputy", "acting", "senior", "chief", "assistant",
                              "former"}))
                ++r;
            return m_tok[r].type == TokenType::word && !m_tok[r].has(k_cap) &&
                   (is_job_noun(s(r)) || is_role_noun(s(r)) || m_tok[r].is(k_wc_title) ||
                       any_of(s(r), {"chairman", "chairwoman", "chairperson", "president", "secretary", "founder"}));
        };
        if ((words <= 3 || (words == 4 && (speech_context(a, b) || role_after()))) && !any_common_word(plain_from, b)) {
            if (const char* org = org_cue(a, b)) {
                emit(a, b, Kind::org, org, true);
                return;
            }
            // "Hollow Ember, which …": a person takes "who". The name may still be an
            // organization named elsewhere.
            if (b + 1 < m_tok.size() && is_punct(m_tok[b], ',') && same_block(a, b + 1) && is_literal(s(b + 1), "which")) {
                placeholder(a, b);
                return;
            }
            // "EDA Renováveis said": an acronym of three letters or more opening the run is a
            // company's ("RTB Bor" above), whatever the sentence says of it.
            if (acronym_opens(a, b) && !caps_given_name(a) && m_tok[a].lex.classes == 0) {
                emit(a, b, Kind::org, "company", true);
                return;
            }
            // "but Waitohi Picton businesses fear": a listed town after a word no list knows (the
            // town's other name) and before its people or its trade is the town.
            if (b - a == 2 && b < m_tok.size() && same_block(a, b) && m_tok[a].lex.classes == 0 && !all_caps(a) &&
                m_tok[b].type == TokenType::word &&
                any_of(s(b), {"residents", "villagers", "townspeople", "businesses", "traders", "shopkeepers"})) {
                const GazetteerEntry town = lookup(a + 1, b);
                if ((town.found() && town.kind == Kind::place && is_literal(town.subtype, "city")) ||
                    (!town.found() && m_g.is_town(s(a + 1)))) {
                    emit(a, b, Kind::place, "city", true);
                    return;
                }
            }
            emit(a, b, Kind::person, "", true);
            return;
        }
        // "candidate Lucky Mwakasungula", "independent candidate Gift Msukwa Munthali": after a
        // role or a job, a given name that is also a word ("Lucky", "Gift", "Memory") opens a name
        // whose other words no list knows.
        if (words <= 3 && a >= 1 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word &&
            !m_tok[a - 1].has(k_cap) && (is_role_noun(s(a - 1)) || is_job_noun(s(a - 1))) &&
            m_tok[a].is(k_wc_common) && !m_tok[a].is(k_wc_function) && !m_tok[a].has(k_all_caps) &&
            !any_common_word(a + 1, b) && !org_cue(a, b)) {
            bool unknown = true;
            for (std::uint32_t k = a + 1; k < b && unknown; ++k)
                unknown = m_tok[k].type != TokenType::word || (m_tok[k].lex.classes == 0 && !m_tok[k].has(k_all_caps));
            if (unknown) {
                emit(a, b, Kind::person, "", true);
                return;
            }
        }
        return;
    }

    // 7. One word.
    classify_single(a, ev);
}

const char* NameDetector::place_context(std::uint32_t a, std::uint32_t b) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (m_tok[a].has(k_title_line) || m_tok[a].has(k_all_caps)) return nullptr;
    // "the Sierra Madre mountains": a natural feature.
    // (Not a sentence's first word that is an ordinary word, before a verb: "Fares range from".)
    if (b < n && same_block(a, b) && m_tok[b].type == TokenType::word && !m_tok[b].has(k_cap) && is_geo_noun(s(b)) &&
        !(b - a == 1 && sentence_initial(a) &&
            (m_tok[a].is(k_wc_common) ||
                (s(a).size() > 4 && s(a).back() == 's' && m_g.is_common_word(s(a).substr(0, s(a).size() - 1))))))
        return "geo";
    // "in Nepal's Jajarkot district", "the Rukum West district".
    if (b < n && same_block(a, b) && m_tok[b].type == TokenType::word && !m_tok[b].has(k_cap)) {
        if (const char* sub = region_noun_subtype(s(b))) {
            const bool more = b + 1 < n && same_block(b, b + 1) && m_tok[b + 1].type == TokenType::word &&
                              !m_tok[b + 1].has(k_cap) && (facility_noun(b + 1) || org_noun(s(b + 1)));
            if (!more) return sub; // not "the Kern county sheriff"
        }
    }
    // Rules on the lower-case word after the name; most names are followed by something else.
    const bool lower_after = b < n && same_block(a, b) && m_tok[b].type == TokenType::word && !m_tok[b].has(k_cap);
    // "the Nagaon police", "the Golaghat and Nagaon police": a district's police force.
    if (lower_after && is_literal(s(b), "police") && !sentence_initial(a)) return "city";
    if (lower_after && b + 2 < n && same_block(a, b + 2) && is_literal(s(b), "and") && cap_word(b + 1) &&
        !m_tok[b + 1].is(k_wc_given) && m_tok[b + 2].type == TokenType::word && is_literal(s(b + 2), "police"))
        return "city";
    // "in Burgundy's Chablis area" (not "Reception area" opening a sentence).
    if (lower_after && is_literal(s(b), "area") && !m_tok[a].is(k_wc_common) && !m_tok[a].is(k_wc_function) &&
        !sentence_initial(a))
        return "region";
    // "Pasighat in Arunachal Pradesh": one word before "in" and a known region or country.
    if (lower_after && b == a + 1 && b + 1 < n && same_block(a, b + 1) && is_literal(s(b), "in") && cap_word(b + 1) &&
        !m_tok[a].is(k_wc_common) && !sentence_initial(a) && s(a).back() != 's' &&
        !(a > 0 && m_tok[a - 1].type == TokenType::word && m_tok[a - 1].is(k_wc_title))) {
        const GazetteerEntry region = known_place_at(b + 1);
        // ("at Bhuragaon in Morigaon": a town in a town after a preposition.)
        if (region.found() && (is_literal(region.subtype, "region") || is_literal(region.subtype, "country") ||
                (is_literal(region.subtype, "city") && preposition_before(a, {"at", "in", "near", "from", "to"}))))
            return "city";
    }
    // "at Penallta House in Ystrad Mynach", "spoke in Piatra Neamț": two words no list knows after
    // "in" name a place rather than a person (a given name or an ordinary word keeps them out).
    // ("a flat in Fai Chi Kei": three short ones too.)
    if ((b - a == 2 || (b - a == 3 && m_tok[a].size() <= 4 && m_tok[a + 1].size() <= 4 && m_tok[a + 2].size() <= 4)) &&
        a >= 1 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word &&
        (is_literal(s(a - 1), "in") || (is_literal(s(a - 1), "at") && b - a == 2 && !employed_at(a))) &&
        !(b < n && m_tok[b].type == TokenType::possessive)) {
        constexpr std::uint16_t k_known = k_wc_given | k_wc_common | k_wc_function | k_wc_title | k_wc_demonym |
                                          k_wc_family_first | k_wc_title_modifier | k_wc_weekday;
        bool unknown = true;
        for (std::uint32_t k = a; k < b && unknown; ++k)
            unknown = cap_word(k) && !m_tok[k].has(k_all_caps) && (m_tok[k].lex.classes & k_known) == 0 &&
                      m_tok[k].lex.month == 0 && m_tok[k].size() >= 3 && !org_head(k) && !place_head(k);
        if (unknown) return "city";
    }
    // "In Lyari, the city's oldest neighbourhood": a settlement noun in apposition.
    if (b - a <= 3 && !m_tok[a].is(k_wc_common) && !m_tok[a].is(k_wc_function) && settlement_apposition(b))
        return "city";
    // "the remote community of Ngukurr", "the town of Franklin": a settlement's name.
    if (a >= 2 && b - a <= 3 && is_literal(s(a - 1), "of") && m_tok[a - 2].type == TokenType::word &&
        same_block(a - 2, a) && !m_tok[a - 2].has(k_cap) &&
        any_of(s(a - 2), {"community", "town", "village", "hamlet", "township", "settlement", "suburb", "municipality",
                             "city", "island", "parish", "communities", "towns", "villages"}) &&
        !m_tok[a].is(k_wc_function) && !m_tok[a].is(k_wc_title) && !(b < n && is_punct(m_tok[b], '\'')))
        return "city";
    // "Ngukurr residents flown to Darwin": the people of a place no list knows.
    if (lower_after && b == a + 1 && any_of(s(b), {"residents", "villagers", "townspeople", "evacuees"}) &&
        (m_tok[a].lex.classes & (k_wc_common | k_wc_given | k_wc_demonym | k_wc_function | k_wc_title)) == 0 &&
        // (not after an adjective: "experienced Internet residents")
        !(a > 0 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word && !m_tok[a - 1].has(k_cap) &&
            !m_tok[a - 1].is(k_wc_function)))
        return "city";
    // "90 kilometres north of Grande Prairie", "just south of Kwinana": a place by its bearing.
    if (a >= 2 && is_literal(s(a - 1), "of") && m_tok[a - 2].type == TokenType::word && is_bearing(s(a - 2)) &&
        same_block(a - 2, a) && !m_tok[a].is(k_wc_given) && !is_direction(s(a)))
        return "city";
    // "Chablis (France) (AFP) -": a dateline with the country in brackets.
    if (m_tok[a].has(k_line_start) && b + 2 < n && is_punct(m_tok[b], '(') && same_block(a, b + 2)) {
        std::uint32_t end = b + 1;
        const GazetteerEntry country = known_place_at(b + 1, &end);
        if (country.found() && end < n && is_punct(m_tok[end], ')') &&
            (is_literal(country.subtype, "country") || is_literal(country.subtype, "region")))
            return "city";
    }
    // "between Wincanton and the Dorset border", "between Suba and the city center".
    if (a >= 1 && b - a <= 3 && b + 1 < n && same_block(a - 1, b + 1) && is_literal(s(a - 1), "between") &&
        is_literal(s(b), "and") && !m_tok[a].is(k_wc_common) && !m_tok[a].is(k_wc_given)) {
        if (known_place_at(b + 1).found()) return "city";
        if (b + 2 < n && same_block(a, b + 2) && is_literal(s(b + 1), "the") &&
            (known_place_at(b + 2).found() ||
                any_of(s(b + 2), {"city", "town", "village", "border", "coast", "capital", "airport", "port"})))
            return "city";
    }
    // "from Auxerre to Tonnerre": a stretch between two places, one of them known.
    if (b == a + 1 && a >= 1 && b + 1 < n && same_block(a - 1, b + 1) && !m_tok[a].is(k_wc_given)) {
        if (is_literal(s(a - 1), "from") && is_literal(s(b), "to") && known_place_at(b + 1).found()) return "city";
        if (is_literal(s(a - 1), "to") && a >= 3 && is_literal(s(a - 3), "from") && known_place_at(a - 2).found())
            return "city";
    }
    // "Kaitorete Spit south of Christchurch": a bearing right after the name.
    if (lower_after && b + 2 < n && is_bearing(s(b)) && is_literal(s(b + 1), "of") && cap_word(b + 2) &&
        same_block(a, b + 2) && !m_tok[a].is(k_wc_given) && !sentence_initial(a))
        return "city";
    // "Kwinana, south of Perth", "Zabid, 95 kilometres south of Hodeidah": a place by its bearing.
    if (b + 3 < n && is_punct(m_tok[b], ',') && same_block(a, b + 3) && !m_tok[a].is(k_wc_given)) {
        std::uint32_t q = b + 1;
        if (m_tok[q].type == TokenType::number) {
            ++q;
            if (q < n && m_tok[q].type == TokenType::word && !m_tok[q].has(k_cap)) ++q; // the unit
        }
        if (q + 2 < n && same_block(a, q + 2) && m_tok[q].type == TokenType::word && is_bearing(s(q)) &&
            is_literal(s(q + 1), "of") && cap_word(q + 2))
            return "city";
    }
    // "Dhimegaun, a village of 90 households", "Surkhet, the provincial capital".
    if (b + 2 < n && is_punct(m_tok[b], ',') && same_block(a, b + 2) &&
        (is_literal(s(b + 1), "a") || is_literal(s(b + 1), "an") || is_literal(s(b + 1), "the"))) {
        for (std::uint32_t q = b + 2; q < n && q < b + 8 && same_block(a, q); ++q) {
            // "the governor’s residence", "a three-hour drive"
            if (m_tok[q].type == TokenType::possessive || (is_punct(m_tok[q], '-') && attached(q))) continue;
            if (m_tok[q].type != TokenType::word || m_tok[q].has(k_cap)) break;
            const char* sub = region_noun_subtype(s(q));
            if (!sub && (is_literal(s(q), "capital") || is_literal(s(q), "port"))) sub = "city";
            // "Surkhet, a three-hour drive away": a distance from somewhere.
            if (!sub && any_of(s(q), {"drive", "journey", "flight", "ride", "walk", "hike"}) && q + 1 < n &&
                m_tok[q + 1].type == TokenType::word &&
                (is_literal(s(q + 1), "away") || is_literal(s(q + 1), "from") || is_literal(s(q + 1), "to")))
                return "city";
            if (!sub && (facility_noun(q) || is_literal(s(q), "residence")))
                sub = "facility"; // "Raj Bhavan, the governor’s residence"
            if (!sub) continue;
            // The noun must head the apposition: not "the state utility".
            const bool heads = q + 1 >= n ||
                               (m_tok[q + 1].type != TokenType::word && m_tok[q + 1].type != TokenType::possessive) ||
                               m_tok[q + 1].is(k_wc_function) ||
                               any_of(s(q + 1), {"beside", "where", "that", "which", "built", "opened", "home",
                                                   "north", "south", "east", "west"});
            return heads ? sub : nullptr;
        }
    }
    // "Fond du Lac, Wisconsin": a name followed by its state or country.
    // (Not "Al Gore, US Vice President": "US" there is no capitalized name word.)
    if (b - a >= 2 && b + 1 < n && cap_word(b + 1) && region_follows(b)) return "city";
    // "the southern provinces of Dhi Qar, Maysan and Basra", "the town of Bor".
    if (a >= 2 && is_literal(s(a - 1), "of") && m_tok[a - 2].type == TokenType::word && is_place_noun(s(a - 2)) &&
        b - a >= 2) {
        std::string_view noun = s(a - 2);
        if (noun.size() > 1 && noun.back() == 's') noun.remove_suffix(1); // "provinces of"
        const char* sub = region_noun_subtype(noun);
        return sub ? sub : "city";
    }
    // "Luc Brassard, 52, of Timmins, …": the hometown after an age.
    if (a >= 4 && is_literal(s(a - 1), "of") && is_punct(m_tok[a - 2], ',') && m_tok[a - 3].type == TokenType::number &&
        is_punct(m_tok[a - 4], ',') && b < n && (is_punct(m_tok[b], ',') || is_punct(m_tok[b], '.')))
        return "city";
    // "a community leader in Ogbo-Ama,", "near Tombia-Ama": a hyphenated or multi-word name after
    // "in"/"near" that ends the clause (not a given name: "in Maria Lopez's view").
    if (a >= 1 && (is_literal(s(a - 1), "in") || is_literal(s(a - 1), "near")) && (b - a >= 2) &&
        !m_tok[a].is(k_wc_given) && b < n &&
        (m_tok[b].type == TokenType::punct && m_tok[b].type != TokenType::possessive) &&
        (is_punct(m_tok[b], ',') || is_punct(m_tok[b], '.') || is_punct(m_tok[b], ';')))
        return "city";
    // "Warren Vella, a 52-year-old builder from Coxford, …", "a 17-year-old from Marana.": where a
    // person described in an apposition comes from.
    if (hometown_before(a) && b < n &&
        (is_punct(m_tok[b], ',') || is_punct(m_tok[b], '.') || is_punct(m_tok[b], ';') || !same_block(a, b)))
        return "city";
    // "In Dhimegaun, …", "At Bodi, …": a sentence that opens with "In" or "At", a name and a comma.
    // ("At Group L, …", "At TSh1,900": not an organization's or a product's name, not an amount.)
    const auto plain_at = [&]() {
        for (std::uint32_t q = a; q < b; ++q)
            if (m_tok[q].type != TokenType::word || m_tok[q].has(k_has_digit) || org_head(q) || camel_case(s(q)) ||
                is_currency_prefix_word(s(q)))
                return false;
        return true;
    };
    if (a >= 1 && (is_literal(s(a - 1), "In") || (is_literal(s(a - 1), "At") && plain_at())) &&
        m_tok[a - 1].has(k_sentence_start) && b < n && is_punct(m_tok[b], ','))
        return "city";
    return nullptr;
}

// "Farm Credit Canada", "Fisheries and Oceans Canada", "Tourism Australia": words no list knows
// before a country's name are one of its agencies or Crown corporations (not "Rural Canada",
// "Western Australia": a region; not in a title-case line: "Storms Batter Canada"; not a known
// company's branch, "Toyota Canada", read as before).
bool NameDetector::syllable_given_first(std::uint32_t a, std::uint32_t b) const {
    if (b - a != 4 || !syllable_tail(a + 2) || !cap_word(a) || all_caps(a) || !cap_word(b - 1) || all_caps(b - 1))
        return false;
    const std::string_view first = s(a), tail = s(a + 2), surname = s(b - 1);
    if (first.size() < 2 || first.size() > 5 || tail.size() < 2 || tail.size() > 6 || surname.size() < 2 ||
        surname.size() > 6 || !m_tok[b - 1].has(k_space_before) || !same_block(a, b - 1))
        return false;
    // Each part is one syllable, one group of vowels ("Sun", "hee", "Kuo", "hsiung"; not the Catalan
    // town "Coma-ruga", nor "Obi-wan").
    const auto one_syllable = [](std::string_view w) {
        int groups = 0;
        bool in_vowels = false;
        for (char c : w) {
            const char l = static_cast<char>(c | 0x20);
            const bool v = l == 'a' || l == 'e' || l == 'i' || l == 'o' || l == 'u';
            if (v && !in_vowels) ++groups;
            in_vowels = v;
        }
        return groups == 1;
    };
    if (!one_syllable(first) || !one_syllable(tail)) return false;
    // (Not a Korean district's or province's suffix, "Jung-gu Office", "Jeju-do", nor "Co-op Bank".)
    if (any_of(tail, {"gu", "gun", "dong", "si", "do", "ri", "ro", "gil", "eup", "myeon", "op"})) return false;
    if ((m_tok[a + 2].is(k_wc_common) || m_tok[a + 2].is(k_wc_function)) &&
        (!word_like_name_syllable(tail) || any_of(tail, {"man", "wing"}))) // (not "Left-wing Park")
        return false;
    if ((m_tok[a].lex.classes & (k_wc_title | k_wc_demonym | k_wc_function)) != 0 || org_head(b - 1) ||
        (place_head(b - 1) && !is_literal(surname, "Park")))
        return false;
    const GazetteerEntry known = lookup(a, b);
    return !(known.found() && known.kind != Kind::person);
}

bool NameDetector::country_agency(std::uint32_t a, std::uint32_t b) const {
    // Cheap tests first: every run reaches here, few end in a listed word.
    if (b - a < 2 || b - a > 6 || !m_tok[b - 1].is(k_wc_gazetteer) || m_tok[b - 1].has(k_all_caps) ||
        m_tok[a].has(k_title_line))
        return false;
    const GazetteerEntry country = lookup(b - 1, b);
    if (!country.found() || country.kind != Kind::place || !is_literal(country.subtype, "country") ||
        lookup(a, b).found())
        return false;
    constexpr std::uint16_t k_no_agency_word =
        k_wc_demonym | k_wc_weekday | k_wc_given | k_wc_title | k_wc_title_modifier | k_wc_function;
    for (std::uint32_t k = a; k + 1 < b; ++k) {
        const Token& w = m_tok[k];
        if (w.type == TokenType::word && !w.has(k_cap) && is_literal(s(k), "and") && k > a && k + 2 < b) continue;
        const std::string_view x = s(k);
        if (!cap_word(k) || w.has(k_all_caps) || (w.lex.classes & k_no_agency_word) != 0 || w.lex.month != 0 ||
            x.size() < 3 || is_direction(x) || lookup(k, k + 1).found())
            return false;
        // (Not an imperative or a gerund opening the run, "Keep America", "Conquering Russia"; nor
        // an adverb, "Nationally Canada"; nor a region's or a place's word, "Rural Canada", "Mt Kenya".)
        if ((k == a && b - a == 2 && w.has(k_sentence_start) && w.is(k_wc_common) && x.back() != 's') ||
            (x.size() > 5 && x.substr(x.size() - 3) == "ing") || (x.size() > 4 && x.substr(x.size() - 2) == "ly") ||
            any_of(x, {"Yesterday", "Today", "Tomorrow", "Tonight", "Now", "Meanwhile", "Then", "Also", "Still", "Even",
                          "Overall", "Here", "There", "Where", "When", "Why", "How", "Northern", "Southern", "Eastern",
                          "Western", "Central", "Atlantic", "Pacific", "Rural", "Coastal", "Greater", "Upper", "Lower",
                          "Inner", "Outer", "Old", "New", "Modern", "Ancient", "Whole", "Rest", "Team", "Visit",
                          "Across", "Beyond", "Outside", "Inside", "Mainland", "Continental", "Mount", "Mt", "Lake",
                          "Cape", "Port", "Fort", "Saint", "San", "Santa", "Isle", "Gulf"}))
            return false;
    }
    return true;
}

bool NameDetector::balinese_name(std::uint32_t a, std::uint32_t b) const {
    if (b - a < 2 || b - a > 7 || m_tok[a].has(k_title_line) || m_tok[a].has(k_all_caps)) return false;
    for (std::uint32_t k = a; k < b; ++k)
        if (!cap_word(k) || m_tok[k].has(k_all_caps) || (k > a && !m_tok[k].has(k_space_before))) return false;
    if (m_tok[b - 1].is(k_wc_name_head) || org_head(b - 1) || place_head(b - 1)) return false;
    const std::string_view w0 = s(a), w1 = s(a + 1);
    const auto birth = [](std::string_view w) {
        return any_of(w, {"Wayan", "Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Gede", "Nengah", "Made"});
    };
    // "I"/"Ni" and a birth-order name or a caste title; a caste title pair; or a birth-order name
    // ("Made" only before two names: "Made in Bali" is no one).
    if (any_of(w0, {"I", "Ni"})) return birth(w1) || any_of(w1, {"Gusti", "Luh", "Dewa", "Desak"});
    if ((is_literal(w0, "Anak") && is_literal(w1, "Agung")) || (is_literal(w0, "Ida") && any_of(w1, {"Bagus", "Ayu"})) ||
        is_literal(w0, "Cokorda"))
        return true;
    if (is_literal(w0, "Made")) return b - a >= 3 && !m_tok[a + 1].is(k_wc_common) && !m_tok[a + 1].is(k_wc_function);
    return birth(w0) && !m_tok[a + 1].is(k_wc_common);
}

bool NameDetector::hometown_before(std::uint32_t a) const {
    if (a < 3 || !is_literal(s(a - 1), "from") || !same_block(a - 3, a)) return false;
    // "a 17-year-old from X"
    if (is_literal(s(a - 2), "old") && is_punct(m_tok[a - 3], '-')) return true;
    // "councillor Siobhán Ní Chonaill, from Ballinspittle, called …": right after a person's name.
    if (is_punct(m_tok[a - 2], ',') && cap_word(a - 3) && !m_tok[a - 3].has(k_all_caps) && a - 3 > 0 &&
        (cap_word(a - 4) || is_initial(a - 4)) && m_tok[a - 3].has(k_space_before))
        return true;
    // ", a cardiologist from X", ", a former irrigation engineer from X" (not ", an analyst from
    // X": people with such jobs come from organizations).
    if (m_tok[a - 2].type != TokenType::word || (m_tok[a - 2].has(k_cap) && !m_tok[a - 2].is(k_wc_demonym)) ||
        is_job_noun(s(a - 2)))
        return false;
    for (std::uint32_t k = a - 2; k >= 2 && k + 10 > a; --k) {
        const Token& t = m_tok[k];
        if (t.type == TokenType::word && (is_literal(s(k), "a") || is_literal(s(k), "an")))
            return is_punct(m_tok[k - 1], ',') && same_block(k - 1, a);
        // (", a Republican from Hickory", ", a Custer County commissioner from Broken Bow": a party,
        // a nationality or a place may describe the person.)
        if (t.type == TokenType::punct && !is_punct(t, '-')) return false;
    }
    return false;
}

// "Dr Marsh", "Mayor Dr Elin Marsh": in [a, head], an honorific that opens the run (or follows a
// title), then at most a given name, then a place's head that is also a surname (not "Notre Dame
// Bay", not "Dr Hyde Park").
bool NameDetector::honorific_surname(std::uint32_t a, std::uint32_t head) const {
    if (m_tok[head].type != TokenType::word || !is_surname_like_head(s(head))) return false;
    for (std::uint32_t q = a; q < head; ++q) {
        if (m_tok[q].type != TokenType::word || !is_honorific(s(q))) continue;
        if (q > a && !m_tok[q - 1].is(k_wc_title)) return false;
        const std::uint32_t r = is_punct(m_tok[q + 1], '.') ? q + 2 : q + 1; // ("Mr. Marsh")
        return head == r || (head == r + 1 && m_tok[r].is(k_wc_given) && !m_tok[r].has(k_all_caps));
    }
    return false;
}

// "the Regional Comprehensive Economic Partnership", "the Trans-Pacific Partnership": a trade
// pact's "Partnership" at head, no body.
bool NameDetector::trade_pact(std::uint32_t head) const {
    return head > 0 && m_tok[head].type == TokenType::word && is_literal(s(head), "Partnership") &&
           m_tok[head - 1].type == TokenType::word &&
           any_of(s(head - 1), {"Economic", "Trade", "Investment", "Pacific", "Atlantic", "Strategic"});
}

// "the Anatolia Gulf Tunnelling joint venture", "the Kestrel Arc consortium": [a, b) names a
// partnership of firms.
bool NameDetector::partnership_after(std::uint32_t a, std::uint32_t b) const {
    return a >= 1 && b + 1 < m_tok.size() && same_block(a - 1, b + 1) && m_tok[a - 1].type == TokenType::word &&
           is_literal(s(a - 1), "the") && m_tok[b].type == TokenType::word &&
           (is_literal(s(b), "consortium") || (is_literal(s(b), "joint") && is_literal(s(b + 1), "venture")));
}

// A speech verb at k, then "he", "she", "his" or "her": "Grewal said his company", "Setiabudi
// says she".
bool NameDetector::speaks_of_self_as_person(std::uint32_t k) const {
    if (k + 1 >= m_tok.size() || !same_block(k, k + 1) || m_tok[k].type != TokenType::word ||
        !m_tok[k].is(k_wc_speech_verb) || m_tok[k + 1].type != TokenType::word)
        return false;
    return any_of(s(k + 1), {"he", "she", "his", "her"});
}

// Context that makes an unknown name [a, b) an organization, not a person: "the newspaper
// Bergens Tidende", "Digitale Freiheit, a Berlin-based group", "a critic for Screen
// International", "LDI NRW". The organization's subtype, or null.
const char* NameDetector::org_cue(std::uint32_t a, std::uint32_t b) const {
    // ("furniture exporter Handoko Setiabudi, 58, said": an age makes the trader a person.)
    // ("developer Sunil Grewal said his company …": a speech verb, then a person's pronoun.)
    if (const char* org = org_noun_before(a);
        org && !(b < m_tok.size() && (age_apposition(b) || speaks_of_self_as_person(b))))
        return org;
    if (const char* org = org_apposition(b)) return org;
    if (partnership_after(a, b)) return "company";
    if (a >= 2 && (is_literal(s(a - 1), "at") || is_literal(s(a - 1), "for")) && is_job_noun(s(a - 2)))
        return "company";
    // "a group calling itself Hollow Ember".
    if (a >= 1 && same_block(a - 1, a) && is_literal(s(a - 1), "itself")) return "other";
    // "The United Steelworkers, which represents …": what a body does, not a person or a thing.
    if (b + 2 < m_tok.size() && is_punct(m_tok[b], ',') && same_block(a, b + 2) && is_literal(s(b + 1), "which") &&
        any_of(s(b + 2), {"represents", "employs", "operates", "owns", "runs", "manages", "lobbies", "campaigns"}))
        return "other";
    if (employer_before_job(b)) return "company";
    return all_caps(a) && all_caps(b - 1) ? "other" : nullptr;
}

// "NHS Highland", "NHS Western Isles", "BBC Scotland": a listed organization's acronym before a
// place (or before words no list holds: "NHS Grampian") names its regional body. Returns the
// body's subtype, or nullptr.
const char* NameDetector::regional_body(std::uint32_t a, std::uint32_t b) const {
    if (b - a < 2 || b - a > 4 || !all_caps(a) || m_tok[a].size() > 5 || all_caps(a + 1) || m_tok[a].has(k_title_line))
        return nullptr;
    const GazetteerEntry body = lookup(a, a + 1);
    if (!body.found() || body.kind != Kind::org || is_literal(body.subtype, "company")) return nullptr;
    const GazetteerEntry region = lookup(a + 1, b);
    // (Not a plural: "ATP Rankings".)
    bool unknown = s(b - 1).back() != 's';
    for (std::uint32_t k = a + 1; k < b && unknown; ++k)
        unknown = cap_word(k) && (m_tok[k].lex.classes & ~k_wc_gazetteer) == 0 && m_tok[k].lex.month == 0 &&
                  !find_token(k).found(); // (a longer name's first word: "Lothian" of "Lothian Buses")
    return (region.found() && region.kind == Kind::place) || (b - a >= 3 && place_head(b - 1)) || unknown ? body.subtype
                                                                                                       : nullptr;
}

// "Eid al-Adha", "Hari Raya Aidilfitri", "Pi Mai", "Yom Kippur", "Durga Puja": a holiday's name
// opening the run (GUIDELINES §1: holidays are not annotated). Returns the token after the name,
// or a when none opens the run.
std::uint32_t NameDetector::holiday_end(std::uint32_t a, std::uint32_t b) const {
    if (b < a + 2 || m_tok[a].type != TokenType::word || m_tok[a].size() > 6) return a;
    const std::string_view w = s(a);
    // "Eid al-Adha", "Eid ul-Fitr", "Eid-ul-Azha", "Eid el-Kebir"
    if (is_literal(w, "Eid")) {
        std::uint32_t k = a + 1;
        if (is_punct(m_tok[k], '-') && attached(k)) ++k;
        if (k + 2 < b && any_of(s(k), {"al", "ul", "el", "Al", "Ul", "El"}) && is_punct(m_tok[k + 1], '-') &&
            attached(k + 1) && attached(k + 2) && cap_word(k + 2))
            return k + 3;
        // "Eid Al Fitr", "Eid al Adha": the article and the feast's name as words of their own.
        if (k == a + 1 && k + 1 < b && any_of(s(k), {"al", "ul", "el", "Al", "Ul", "El"}) &&
            m_tok[k + 1].type == TokenType::word && cap_word(k + 1) && m_tok[k + 1].has(k_space_before))
            return k + 2;
        return a;
    }
    static constexpr std::pair<std::string_view, std::string_view> k_pairs[] = {
        {"Hari", "Raya"}, {"Pi", "Mai"}, {"Loy", "Krathong"}, {"Yom", "Kippur"}, {"Rosh", "Hashanah"},
        {"Rosh", "Hashana"}, {"Durga", "Puja"}, {"Chhath", "Puja"}, {"Kali", "Puja"}, {"Ganesh", "Chaturthi"},
        {"Raksha", "Bandhan"}, {"Makar", "Sankranti"}, {"Maha", "Shivaratri"}, {"Guru", "Purnima"},
        {"Lag", "BaOmer"}, {"Simchat", "Torah"}, {"Tisha", "B'Av"}, {"Mawlid", "an-Nabi"}};
    for (const auto& [first, second] : k_pairs) {
        if (w != first || s(a + 1) != second) continue;
        // "Hari Raya Aidilfitri", "Hari Raya Haji": the feast's own word after it.
        if (a + 2 < b && first == "Hari" &&
            any_of(s(a + 2), {"Aidilfitri", "Aidiladha", "Puasa", "Haji", "Korban", "Idul", "Galungan"}))
            return a + 3;
        return a + 2;
    }
    return a;
}

// ", Serbia", ", Wis.": a comma at b, then a country or state (with an AP abbreviation's period),
// not its possessive ("Norfund, Norway's state fund").
bool NameDetector::is_vessel_noun(std::string_view w) {
    if (w.size() < 3 || w.size() > 13) return false;
    static const WordTable<char> vessels = [] {
        WordTable<char> t(32);
        for (std::string_view x : {"ship", "vessel", "carrier", "tanker", "freighter", "ferry", "yacht", "boat",
                                   "trawler", "liner", "frigate", "destroyer", "submarine", "cruiser", "schooner",
                                   "tug", "barge", "containership", "icebreaker", "warship"})
            t.insert(x, 1);
        return t;
    }();
    return vessels.contains(w);
}

// ", a <modifiers> <noun> <follower>" at b: an apposition whose noun is one of `nouns` (after at
// most `span` tokens), followed by punctuation, the block's end or one of `followers`; "the" opens
// it only when `the` allows.
bool NameDetector::noun_apposition(std::uint32_t b, bool the, std::uint32_t span,
                                   std::initializer_list<std::string_view> nouns,
                                   std::initializer_list<std::string_view> followers) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (b + 2 >= n || !is_punct(m_tok[b], ',') || !same_block(b, b + 2) ||
        !(is_literal(s(b + 1), "a") || is_literal(s(b + 1), "an") || (the && is_literal(s(b + 1), "the"))))
        return false;
    for (std::uint32_t q = b + 2; q < n && q < b + 2 + span && same_block(b, q); ++q) {
        if (is_punct(m_tok[q], '-')) continue;
        if (m_tok[q].type != TokenType::word) return false;
        // ("the Somerset town", "a Welsh village": a listed place or a nationality may say where.)
        if (m_tok[q].has(k_cap) && !m_tok[q].is(k_wc_demonym)) {
            const GazetteerEntry e = lookup(q, q + 1);
            if (!e.found() || e.kind != Kind::place) return false;
        }
        // ("the city's oldest neighbourhood": a possessive noun is not yet the head.)
        if (q + 1 < n && m_tok[q + 1].type == TokenType::possessive) {
            ++q;
            continue;
        }
        if (any_of(s(q), nouns))
            return q + 1 >= n || !same_block(q, q + 1) || m_tok[q + 1].type == TokenType::punct || any_of(s(q + 1), followers);
    }
    return false;
}

bool NameDetector::settlement_apposition(std::uint32_t b) const {
    return noun_apposition(b, true, 5,
                           {"town", "village", "city", "suburb", "hamlet", "township", "settlement", "port",
                            "neighbourhood", "neighborhood", "borough", "locality", "municipality", "island", "isle",
                            "islet", "atoll",
                            // ("Himan, a mining community near Prestea"; not "a community leader": the
                            // follower must close the apposition)
                            "community", "enclave", "parish", "district", "county", "province"},
                           // ("In Hov, the village closest to the turbines", "Suðuroy, the southernmost island")
                           {"of", "in", "on", "near", "where", "that", "which", "north", "south", "east", "west",
                            "closest", "nearest", "furthest", "farthest", "worst", "hardest", "most", "best"});
}

bool NameDetector::venue_apposition(std::uint32_t b) const {
    return noun_apposition(b, false, 3,
                           {"bar", "pub", "tavern", "restaurant", "cafe", "café", "diner", "nightclub", "hotel", "motel",
                            "inn", "lodge", "guesthouse", "hostel", "mall", "venue", "brewpub", "taproom"},
                           {"in", "on", "near", "at", "where", "that", "which", "off", "overlooking", "owned", "run",
                            "beside", "opposite"});
}

bool NameDetector::relative_list_item(std::uint32_t a) const {
    std::uint32_t k = a;
    for (int step = 0; step < 8 && k >= 2; ++step) {
        const std::uint32_t sep = k - 1;
        if (!same_block(sep - 1, k)) return false;
        if (!is_punct(m_tok[sep], ',') && !(m_tok[sep].type == TokenType::word && is_literal(s(sep), "and")))
            return false;
        std::uint32_t prev = sep - 1;
        // "and Tariq" after "Simone," : an Oxford comma or none.
        if (is_punct(m_tok[prev], ',') && prev >= 1) --prev;
        if (m_tok[prev].type != TokenType::word) return false;
        if (!m_tok[prev].has(k_cap))
            return any_of(s(prev), {"children", "sons", "daughters", "brothers", "sisters", "grandchildren",
                                       "siblings", "stepchildren", "parents", "twins"});
        if (!cap_word(prev) || (prev >= 1 && cap_word(prev - 1) && same_block(prev - 1, prev))) return false;
        k = prev;
    }
    return false;
}

bool NameDetector::party_members_at(std::uint32_t b) const {
    return b < m_tok.size() && b > 0 && same_block(b - 1, b) && m_tok[b].type == TokenType::word &&
           any_of(s(b), {"MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "MLA", "MLAs", "TD", "TDs", "MPP", "MPPs", "senator",
                            "senators", "lawmaker", "lawmakers", "legislator", "legislators", "councillor", "councillors",
                            "councilor", "councilors", "member", "members", "voters", "supporters", "activists",
                            "candidate", "candidates", "backbencher", "backbenchers", "peer", "peers", "politician",
                            "politicians", "delegates", "rebels", "organiser", "organisers", "organizer", "organizers",
                            "aide", "aides", "strategist", "strategists", "campaigner", "campaigners", "staffer",
                            "staffers", "insider", "insiders", "volunteers", "leader"});
}

// "Rally1", "i20", "C3", "GR86": a vehicle or product model's code, letters and digits in one word.
bool NameDetector::model_code(std::uint32_t q) const {
    if (q >= m_tok.size() || (m_tok[q].type != TokenType::word && m_tok[q].type != TokenType::number)) return false;
    const std::string_view w = s(q);
    if (w.size() < 2 || w.size() > 8) return false;
    bool digit = false, letter = false;
    for (const char c : w) {
        digit = digit || (c >= '0' && c <= '9');
        letter = letter || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return digit && letter;
}

// "a Toyota GR Yaris Rally1", "(Hyundai i20 N Rally1)": a maker's name opening a model's name is
// no organization (the guidelines' "company name inside a product name").
bool NameDetector::maker_in_model(std::uint32_t a, std::uint32_t b) const {
    if (!m_tok[a].is(k_wc_gazetteer)) return false; // (most runs leave before the lookup)
    const GazetteerEntry e = lookup(a, a + 1);
    if (!e.found() || e.kind != Kind::org || !is_literal(e.subtype, "company")) return false;
    // (Not across a headline's words: "Eskom Debt Tops R6.2 Billion".)
    if (m_tok[a].has(k_title_line)) return false;
    for (std::uint32_t q = a + 1; q < b && q < a + 5; ++q) {
        if (model_code(q)) return true;
        if (m_tok[q].type == TokenType::word && (m_tok[q].is(k_wc_function) || m_tok[q].is(k_wc_common))) return false;
    }
    return b < m_tok.size() && same_block(a, b) && m_tok[b].has(k_space_before) && model_code(b);
}

// "the SNP MSP for …", "Congress MLA Tejpal Singh", "a DA councillor": a party (or a body a list
// files otherwise, such as India's Congress) before a member's title is an adjective, no mention.
bool NameDetector::party_adjective(const GazetteerEntry& e, std::uint32_t b) const {
    if (e.kind != Kind::org) return false;
    return is_literal(e.subtype, "party") ? party_members_at(b) : member_title_at(b);
}

bool NameDetector::member_title_at(std::uint32_t b) const {
    return b < m_tok.size() && b > 0 && same_block(b - 1, b) && m_tok[b].type == TokenType::word &&
           (is_assembly_member_title(s(b)) ||
               any_of(s(b), {"MLAs", "MPs", "councillor", "councillors", "corporator", "corporators"}));
}

bool NameDetector::ap_state_follows(std::uint32_t b) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (b + 2 >= n || !is_punct(m_tok[b], ',') || !same_block(b, b + 2) || m_tok[b + 1].type != TokenType::word ||
        !m_tok[b + 1].has(k_cap) || !is_punct(m_tok[b + 2], '.') || !attached(b + 2))
        return false;
    const GazetteerEntry e = lookup(b + 1, b + 3);
    return e.found() && e.kind == Kind::place && is_literal(e.subtype, "region");
}

bool NameDetector::usps_dateline_code(std::uint32_t k) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (k < 2 || k + 1 >= n || m_tok[k].type != TokenType::word || m_tok[k].size() != 2 || !m_tok[k].has(k_all_caps) ||
        !is_punct(m_tok[k - 1], ',') || !same_block(k - 2, k + 1) || !m_tok[k + 1].has(k_space_before) ||
        !(is_punct(m_tok[k + 1], 0x2014) || is_punct(m_tok[k + 1], 0x2013) || is_punct(m_tok[k + 1], '-')))
        return false;
    // The city before the comma, in capitals, opens the line.
    std::uint32_t c = k - 2;
    while (c > 0 && !m_tok[c].has(k_line_start) && m_tok[c - 1].type == TokenType::word && m_tok[c - 1].has(k_all_caps)) --c;
    if (!m_tok[c].has(k_line_start) || m_tok[c].type != TokenType::word || !m_tok[c].has(k_all_caps)) return false;
    return any_of(s(k), {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
                         "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
                         "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
                         "WI", "WY", "DC"});
}

// ", Co Dublin", ", Co. Kerry", ", County Mayo" at b.
bool NameDetector::irish_county_after(std::uint32_t b) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (b + 2 >= n || !is_punct(m_tok[b], ',') || !same_block(b, b + 2) || m_tok[b + 1].type != TokenType::word ||
        !any_of(s(b + 1), {"Co", "County"}))
        return false;
    std::uint32_t q = b + 2;
    if (is_punct(m_tok[q], '.') && attached(q)) ++q; // "Co."
    return q < n && same_block(b, q) && cap_word(q) && !m_tok[q].has(k_all_caps) && listed_place(q);
}

bool NameDetector::region_follows(std::uint32_t b) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (b + 1 >= n || !is_punct(m_tok[b], ',') || !same_block(b, b + 1)) return false;
    std::uint32_t end = b + 2;
    GazetteerEntry next = lookup(b + 1, end);
    if (!next.found() && end < n && is_punct(m_tok[end], '.')) next = lookup(b + 1, ++end);
    if (!next.found() || next.kind != Kind::place ||
        !(is_literal(next.subtype, "country") || is_literal(next.subtype, "region")))
        return false;
    // (Not "Al Gore, US Vice President": the country opens a longer name.)
    if (end < n && same_block(b, end) && cap_word(end)) return false;
    // (Not "Alun Prydderch, Wales officer for the union": the country qualifies a job.)
    if (end < n && same_block(b, end) && m_tok[end].type == TokenType::word && !m_tok[end].has(k_cap) &&
        (is_job_noun(s(end)) || is_role_noun(s(end)) || any_of(s(end), {"officer", "organiser", "organizer", "secretary"})))
        return false;
    return !(end < n && m_tok[end].type == TokenType::possessive);
}

// "ROVERINO, Italy (Reuters) -", "PORT MORESBY, Nov. 3 -": an all-caps name opening a paragraph
// and followed by a comma and a place, a month or an agency in parentheses is a dateline city.
bool NameDetector::dateline_at(std::uint32_t a, std::uint32_t b) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (!m_tok[a].has(k_line_start) || b + 1 >= n || !same_block(a, b + 1)) return false;
    for (std::uint32_t k = a; k < b; ++k)
        if (m_tok[k].type == TokenType::word && !m_tok[k].has(k_all_caps)) return false;
    // "WILSON — A fire that started …": a paragraph that opens with a name in capitals and a dash
    // (not "BREAKING —", "UPDATE —": ordinary words; not a one-word paragraph).
    if ((is_punct(m_tok[b], 0x2014) || is_punct(m_tok[b], 0x2013)) && m_tok[b].has(k_space_before) &&
        m_tok[b + 1].has(k_space_before) && b - a <= 3) {
        // ("TEXAS CITY —": a listed town's ordinary word.)
        // ("STONE TOWN —": a town's head word after an ordinary one.)
        const bool listed = lookup(a, b).found() || m_g.is_town_in_capitals(m_t.slice(a, b)) ||
                            (b - a >= 2 &&
                                any_of(s(b - 1), {"TOWN", "CITY", "BAY", "BEACH", "HILL", "HARBOUR", "PORT"}));
        for (std::uint32_t k = a; k < b; ++k)
            if (m_tok[k].type != TokenType::word || ((m_tok[k].is(k_wc_common) || m_tok[k].is(k_wc_function)) && !listed) ||
                m_tok[k].size() < 3)
                return false;
        return m_tok[b + 1].type == TokenType::word && m_tok[b + 1].has(k_cap) && !m_tok[b + 1].has(k_all_caps);
    }
    if (!is_punct(m_tok[b], ',')) return false;
    if (m_tok[b + 1].type != TokenType::word) return false;
    if (month_number(s(b + 1)) != 0) return true;
    if (usps_dateline_code(b + 1)) return true; // "HOLLAND, MI —"
    GazetteerEntry e = lookup(b + 1, b + 2);
    // "BEND, Ore. (AP)": AP state abbreviations are listed with their period; "GQEBERHA, South
    // Africa": a two-word country.
    if (!e.found() && b + 2 < n && (is_punct(m_tok[b + 2], '.') || m_tok[b + 2].type == TokenType::word))
        e = lookup(b + 1, b + 3);
    return e.found() && e.kind == Kind::place;
}

// A common English word in a title-case headline: capitalized by the style alone.
bool NameDetector::title_filler(std::uint32_t k) const {
    if (m_tok[k].type != TokenType::word) return false;
    const Token& t = m_tok[k];
    // ("Toronto Star", "Baltimore Sun": a paper's head after its place is no filler.)
    if ((is_literal(s(k), "Star") || is_literal(s(k), "Sun")) && org_head(k)) return false;
    return (t.is(k_wc_common) || t.is(k_wc_function)) && !t.is(k_wc_given) && !lookup(k, k + 1).found();
}

// A title-case headline run ("Ostrander Foods Profit Falls", "Nepal Earthquake Kills") holds
// names among capitalized ordinary words: a name with an organization or place head is taken as
// far as its head, the other names are the stretches between ordinary words. False when the run
// has no ordinary word (then it is classified as usual).
bool NameDetector::split_title_run(std::uint32_t a, std::uint32_t b, std::uint8_t ev) {
    bool any_filler = false;
    for (std::uint32_t k = a; k < b && !any_filler; ++k) any_filler = title_filler(k);
    if (!any_filler) return false;
    std::uint32_t k = a;
    while (k < b) {
        // "Bank of Ghana Cuts Rates": an organization head, "of" and a name stay one name.
        auto head_of_name = [&](std::uint32_t q) {
            return q + 2 < b && m_tok[q].type == TokenType::word && org_head(q) && !m_tok[q].is(k_wc_title) &&
                (is_literal(s(q + 1), "of") || is_literal(s(q + 1), "for")) && !title_filler(q + 2);
        };
        // ("as North Carolina Budget Stalls": an ordinary word may open a known name.)
        GazetteerEntry known;
        auto known_from = [&](std::uint32_t q) {
            return m_tok[q].type == TokenType::word && m_tok[q].is(k_wc_gazetteer) && q + 1 < b &&
                   longest_gazetteer(q, b, known) > q + 1;
        };
        while (k < b && (title_filler(k) || m_tok[k].type != TokenType::word) && !head_of_name(k) && !known_from(k))
            ++k;
        if (k >= b) break;
        std::uint32_t e = head_of_name(k) ? k + 2 : k;
        if (known_from(k)) e = longest_gazetteer(k, b, known);
        while (e < b && !title_filler(e)) ++e;
        // "Ostrander Foods", "Kariba Dam": a head word right after the name belongs to it (not
        // after a person: "Lorenzo Lotto Panel"; but after a place named like one: "Kent County
        // Council").
        // ("Catawba Valley Schools": heads in a row.)
        const GazetteerEntry before_heads = e > k ? lookup(k, e) : GazetteerEntry{};
        const bool place_named = before_heads.found() && before_heads.kind == Kind::place;
        while (e < b && m_tok[e].type == TokenType::word && (org_head(e) || place_head(e)) &&
               !m_tok[e].is(k_wc_title) && (!m_tok[k].is(k_wc_given) || place_named))
            ++e;
        while (e > k && m_tok[e - 1].type != TokenType::word) --e;
        if (e > k) {
            m_in_title_split = true; // the head word may itself be ordinary: no second split
            classify(k, e, ev);
            m_in_title_split = false;
        }
        k = e > k ? e : k + 1;
    }
    return true;
}

// Whether [a, b) is a name on its own (for splitting "X and Y").
bool NameDetector::place_acronym(std::uint32_t a, std::uint32_t b) const {
    // (Three letters at least: "Washington DC", "Portland OR" pair a city with its state.)
    if (b - a != 2 || !all_caps(b - 1) || m_tok[b - 1].size() < 3 || m_tok[b - 1].size() > 5 || all_caps(a) ||
        is_non_org_acronym(s(b - 1)) || m_tok[b - 1].is(k_wc_title) || lookup(b - 1, b).found())
        return false;
    const GazetteerEntry e = lookup(a, a + 1);
    if (e.found()) return e.kind == Kind::place && !lookup(a, b).found();
    // "Mittimatalik HTO": a word no list knows, no given name or ordinary word, before an acronym
    // that is no member's or honour's letters (not "Smith OBE").
    return m_tok[a].lex.classes == 0 && !m_tok[a].has(k_title_line) && !is_assembly_member_title(s(b - 1)) &&
           !is_post_nominal(s(b - 1));
}

const char* NameDetector::field_body(std::uint32_t a, std::uint32_t b) const {
    // 1 = may open the name, 2 = may close it, 3 = either (one hash lookup per end).
    static const WordTable<char> fields = [] {
        WordTable<char> t(64);
        for (const char* w : {"Environment", "Statistics", "Stats", "Parks", "Transport", "Heritage", "Sport", "Education",
                              "Forestry", "Fisheries", "Border", "Customs", "Immigration", "Historic", "Natural",
                              "Creative", "Invest", "Visit", "Screen", "Universities", "Colleges"})
            t.insert(w, 1);
        for (const char* w : {"Cricket", "Rugby", "Football", "Netball", "Hockey", "Athletics", "Rail", "Water", "Transit",
                              "Post", "Hydro"})
            t.insert(w, 2);
        for (const char* w : {"Health", "Tourism", "Housing"}) t.insert(w, 3);
        return t;
    }();
    const auto field = [&](std::uint32_t k, char end) {
        if (m_tok[k].type != TokenType::word || m_tok[k].has(k_all_caps) || m_tok[k].size() < 4) return false;
        const char* v = fields.find(s(k));
        return v != nullptr && (*v & end) != 0;
    };
    const auto field_first = [&](std::uint32_t k) { return field(k, 1); };
    const auto field_last = [&](std::uint32_t k) { return field(k, 2); };
    const auto region = [&](std::uint32_t p, std::uint32_t q) {
        if (p >= q) return false;
        const GazetteerEntry e = lookup(p, q);
        return e.found() && e.kind == Kind::place &&
               (is_literal(e.subtype, "country") || is_literal(e.subtype, "region"));
    };
    const bool first = field_first(a);
    const bool last = !first && field_last(b - 1);
    if ((!first && !last) || lookup(a, b).found()) return nullptr;
    if (first) {
        std::uint32_t p = a + 1;
        if (p + 1 < b && m_tok[p].type == TokenType::word && any_of(s(p), {"Guard", "Protection", "Force", "Service"})) ++p;
        if (region(p, b)) return "government";
        if (!field_last(b - 1)) return nullptr;
    }
    if (region(a, b - 1)) return is_literal(s(b - 1), "Health") ? "government" : "other";
    return nullptr;
}

bool NameDetector::standalone(std::uint32_t a, std::uint32_t b) const {
    while (b > a && m_tok[b - 1].type != TokenType::word && !is_punct(m_tok[b - 1], '.')) --b;
    if (b <= a) return false;
    if (lookup(a, b).found()) return true;
    if (b == a + 1 && transport_department(a)) return true; // "MassDOT and Sound Transit"
    if (place_acronym(a, b)) return true;
    std::uint32_t last = b - 1;
    if (is_punct(m_tok[last], '.') && last > a) --last;
    if (org_head(last) || company_suffix(last) || place_head(last)) return b - a >= 2;
    if (b - a >= 2 && (m_tok[a].is(k_wc_given) || title_length(a, b) > 0)) return true;
    return b - a >= 2 && place_context(a, b) != nullptr; // "provinces of Dhi Qar and Maysan"
}

bool NameDetector::camel_case(std::string_view w) {
    std::size_t lower = 0;
    for (std::size_t i = 1; i < w.size(); ++i) {
        const char c = w[i];
        if (c >= 'a' && c <= 'z') {
            ++lower;
        } else if (c >= 'A' && c <= 'Z') {
            if (lower >= 3 && i + 1 < w.size() && w[i + 1] >= 'a' && w[i + 1] <= 'z')
                return !(w.substr(0, 4) == "Fitz");
            // "MetService", "AgForce", "NatWest": a short first part that no surname prefix spells
            // ("McDonald", "MacLeod", "DeSantis", "LaGuardia", "DiMaggio", "VanDyke").
            if (lower >= 1 && i == lower + 1 && i + 2 < w.size() && w[i + 1] >= 'a' && w[i + 1] <= 'z' &&
                w[i + 2] >= 'a' && w[i + 2] <= 'z' &&
                !any_of(w.substr(0, i), {"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Lo", "Van", "Von", "Vander",
                                            "Al", "El", "Ab", "Ap", "Bin", "Ben", "Dos", "Des", "Del", "Della"}))
                return true;
            lower = 0;
        } else {
            return false; // hyphens, apostrophes, digits, non-ASCII: some other shape
        }
    }
    return false;
}

bool NameDetector::is_honorific(std::string_view w) {
    return any_of(w, {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Cr", "Cr.", "Cllr", "Cllr.", "Sir", "Dame",
                         "Prof.", "Prof", "Professor", "Rev.", "Reverend", "Hon.", "Madam"});
}

bool NameDetector::is_strong_title(std::string_view w) {
    static constexpr std::string_view k_strong[] = {"President", "President-elect", "Premier", "Chancellor", "Minister",
        "Secretary", "Secretary-General", "Ambassador", "Envoy", "Governor", "Gov.", "Gov", "Senator", "Sen.", "Sen",
        "Rep.", "Rep", "Congressman", "Congresswoman", "Mayor", "Spokesman", "Spokeswoman", "Spokesperson", "Mr.", "Mr",
        "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Prof.", "Prof", "Professor", "Madam", "Sir", "Dame", "Ntate", "Nei", "Pu", "Pi", "Encik",
        "Puan", "Mzee", "Dasho", "Lyonpo", "Aum", "Dzongdag", "King", "Queen", "Prince",
        "Princess", "Pope", "Cardinal", "Archbishop", "Bishop", "Patriarch", "Rabbi", "Imam", "Sheikh", "Emir",
        "Sultan", "Gen.", "Lt.", "Col.", "Colonel", "Capt.", "Captain", "Sgt.", "Sergeant", "Adm.", "Admiral",
        "Marshal", "Lieutenant", "Detective", "Judge", "Magistrate", "Goalkeeper", "Striker", "Midfielder", "Winger",
        "Replacement", "Substitute", "Flanker", "Fly-half", "Scrum-half", "Full-back", "Fullback", "Wicketkeeper",
        "Quarterback", "Pitcher", "Goalie", "Chairman", "Chairwoman", "CEO", "Commissioner", "Councillor", "Councilman",
        "Councilwoman", "Assemblyman", "Assemblywoman", "MP", "MEP", "Rev.", "Reverend", "Ayatollah", "Coach",
        "Sheriff", "Superintendent", "Father", "Pvt.", "Cmdr.", "Brig.", "Hon.", "Economist", "Analyst", "Researcher",
        "Reporter", "Correspondent", "Editor", "Adviser", "Advisor", "Aide", "Founder", "Co-founder", "Director",
        "Prosecutor", "Cr", "Cr.", "Cllr", "Cllr."};
    for (std::string_view k : k_strong)
        if (w == k) return true;
    return false;
}

// What stands before a title: "Serbian" (dropped), "NATO", "Kremlin", "Hesteel Group".
void NameDetector::classify_prefix(std::uint32_t a, std::uint32_t b) {
    while (b > a && ((m_tok[b - 1].type != TokenType::word && !is_punct(m_tok[b - 1], '.')) ||
                     (m_tok[b - 1].type == TokenType::word &&
                      (m_tok[b - 1].is(k_wc_demonym) || m_tok[b - 1].is(k_wc_title_modifier)))) &&
           !lookup(b - 1, b).found())
        --b;
    // ("said Selectboard Chair Renata …", "Board President Ann Lee": a body's head word alone before
    // its officer's title belongs to the title.)
    if (b == a + 1 && m_tok[a].type == TokenType::word && !m_tok[a].has(k_all_caps) && !lookup(a, b).found() &&
        org_head(a))
        return;
    if (a < b) classify(a, b, 0);
}

void NameDetector::split_and_classify(std::uint32_t a, std::uint32_t b, std::uint8_t ev) {
    std::uint32_t k = a;
    while (k < b) {
        if (m_tok[k].type != TokenType::word || !m_tok[k].has(k_cap)) {
            ++k;
            continue;
        }
        // "Sun-hee Park and Tomás Ridgeway-Ulloa": a hyphenated Korean or Chinese given name and a
        // surname, read as classify() reads it alone.
        if (k + 4 <= b && syllable_given_first(k, k + 4)) {
            emit(k, k + 4, Kind::person, "");
            k += 4;
            continue;
        }
        // "Saint-Jean-de-Luz and Hendaye", "Côte-Nord-du-Golfe-du-Saint-Laurent": a town named
        // after a saint, its words joined by hyphens (particles too), is one place (not a surname
        // after a given name: "Camille Saint-Saëns and Ravel").
        if (const std::uint32_t e = saint_chain_end(k, b);
            e != k_none && !(k > a && m_tok[k - 1].type == TokenType::word && m_tok[k - 1].is(k_wc_given) &&
                               m_tok[k].has(k_space_before))) {
            const GazetteerEntry known = lookup(k, e);
            if (known.found()) emit(k, e, known.kind, known.subtype);
            else emit(k, e, Kind::place, "city");
            k = e;
            continue;
        }
        // "Oise and Eure-et-Loir", "Villeneuve-sur-Lot and Aix-les-Bains": a name built with place
        // particles is one place here too, as classify() reads it alone.
        if (k + 4 < b && is_punct(m_tok[k + 1], '-') && !m_tok[k].is(k_wc_title)) {
            const std::uint32_t last = place_particle_end(k + 1);
            if (last != k + 1 && last < b) {
                const GazetteerEntry known = lookup(k, last + 1);
                if (known.found()) emit(k, last + 1, known.kind, known.subtype);
                else emit(k, last + 1, Kind::place, "city");
                k = last + 1;
                continue;
            }
        }
        // "Shares of Hartwell & Pine": a word, an ampersand and a word inside a longer run are read
        // as a run of their own (a firm's name, or a listed pair: see classify()).
        if (k + 2 < b && is_punct(m_tok[k + 1], '&') && m_tok[k + 1].has(k_space_before) && cap_word(k + 2) &&
            m_tok[k + 2].type == TokenType::word) {
            std::uint32_t e = k + 3;
            while (e < b && e < k + 5 && cap_word(e) && m_tok[e].type == TokenType::word) ++e;
            if (e > k + 3 && !org_head(e - 1) && !company_suffix(e - 1)) e = k + 3;
            if (!(k == a && e == b)) {
                classify(k, e, ev);
                k = e;
                continue;
            }
        }
        // A segment ending in an organization or place head is one name ("Iowa Avenue").
        {
            std::uint32_t seg = k + 1;
            while (seg < b && (m_tok[seg].type == TokenType::word ? m_tok[seg].has(k_cap)
                                                                  : is_punct(m_tok[seg], '.') || name_hyphen(seg)))
                ++seg;
            std::uint32_t lw = seg - 1;
            if (lw > k && is_punct(m_tok[lw], '.')) --lw;
            // ("Kano State and Lagos State", "South Dakota State and North Dakota State": each is
            // read whole, as a run of its own would be.)
            if (lw > k && lw <= k + 2 && !(k == a && seg == b) && is_literal(s(lw), "State") && !lookup(k, seg).found()) {
                classify(k, seg, ev);
                k = seg;
                continue;
            }
            if (lw > k && !(k == a && seg == b) &&
                ((org_head(lw) && !m_tok[lw].is(k_wc_title)) || place_head(lw)) &&
                !lookup(k, seg).found()) {
                classify_segment(k, seg, ev);
                k = seg;
                continue;
            }
        }
        // "Old Trafford", "Old Delhi": "Old" and a known place are one place ("at" one: a ground).
        if (k + 2 == b && k == a && is_literal(s(k), "Old")) {
            const GazetteerEntry known = lookup(k + 1, b);
            if (known.found() && known.kind == Kind::place) {
                emit(k, b, Kind::place, preposition_before(k, {"at"}) ? "facility" : known.subtype);
                k = b;
                continue;
            }
        }
        // ("NHS Highland and NHS Grampian")
        if (all_caps(k)) {
            std::uint32_t seg = k + 1;
            while (seg < b && m_tok[seg].type == TokenType::word && m_tok[seg].has(k_cap)) ++seg;
            if (const char* body = regional_body(k, seg)) {
                emit(k, seg, Kind::org, body);
                k = seg;
                continue;
            }
        }
        // Longest gazetteer entry first ("Radio Free Europe", "Eastern Europe").
        GazetteerEntry e;
        std::uint32_t end = longest_gazetteer(k, b, e);
        // ("Kenya Lionesses", "England Lionesses": a place before a team's listed nickname is part
        // of the team's name.)
        if (end > k && end < b && e.kind == Kind::place && m_tok[end].has(k_space_before)) {
            GazetteerEntry team;
            const std::uint32_t team_end = longest_gazetteer(end, b, team);
            if (team_end > end && team.kind == Kind::org && is_literal(team.subtype, "team") &&
                (team_end == b || !cap_word(team_end))) {
                emit(k, team_end, Kind::org, "team");
                k = team_end;
                continue;
            }
        }
        // ("Habitat for Humanity Fiji", "Amnesty International Kenya": a listed organization and
        // the country of its branch, ending the run, are the branch's name.)
        if (end > k && end < b && e.kind == Kind::org && m_tok[end].has(k_space_before) &&
            (is_literal(e.subtype, "nonprofit") || is_literal(e.subtype, "company"))) {
            GazetteerEntry country;
            if (longest_gazetteer(end, b, country) == b && country.kind == Kind::place &&
                is_literal(country.subtype, "country")) {
                emit(k, b, Kind::org, e.subtype);
                k = b;
                continue;
            }
        }
        if (end > k) {
            // ("the Labour MP for …", "a DA councillor": a party before its member is an adjective.)
            if (!party_adjective(e, end))
                emit(k, end, e.kind, e.subtype);
            k = end;
            continue;
        }
        // Otherwise the next segment without connectors, hyphens or slashes; a surname particle
        // between capitalized words stays inside ("Anna ten Hove of Nereus").
        // ("Gerrit van den Bosch": two particles in a row.)
        const auto particle = [&](std::uint32_t q) {
            return q < b && m_tok[q].type == TokenType::word && !m_tok[q].has(k_cap) &&
                   (is_name_particle(s(q)) || irish_article(q));
        };
        std::uint32_t seg = k + 1;
        while (seg < b && (m_tok[seg].type == TokenType::word
                                  ? m_tok[seg].has(k_cap) || syllable_tail(seg) || // "Kim Min-jun of …"
                                        (particle(seg) &&
                                            (cap_word(seg - 1) ||
                                                (seg >= k + 2 && particle(seg - 1) && cap_word(seg - 2))) &&
                                            ((seg + 1 < b && cap_word(seg + 1)) ||
                                                (seg + 2 < b && particle(seg + 1) && cap_word(seg + 2))))
                                  : is_punct(m_tok[seg], '.') || name_hyphen(seg)))
            ++seg;
        if (seg - k >= 2 || !(k == a && seg == b)) {
            if (seg - k == 1) classify_single(k, ev);
            else classify_segment(k, seg, ev);
        }
        k = seg;
    }
}

// "Globe Staff", "Herald Correspondent": the capitalized word at k (a paper's short name, no
// given name or title), then "Staff" or "Correspondent".
bool NameDetector::paper_staff(std::uint32_t k) const {
    return k + 1 < m_tok.size() && m_tok[k + 1].type == TokenType::word && any_of(s(k + 1), {"Staff", "Correspondent"}) &&
           cap_word(k) && !m_tok[k].has(k_all_caps) && !m_tok[k].is(k_wc_given) && !m_tok[k].is(k_wc_title) &&
           m_tok[k + 1].has(k_space_before);
}

// A connector-free part of a split run.
void NameDetector::classify_segment(std::uint32_t a, std::uint32_t b, std::uint8_t ev) {
    // "Dana Pimentel/Globe Staff": in a credit after the slash, the paper and its staff.
    if (b - a == 2 && a > 0 && is_punct(m_tok[a - 1], '/') && attached(a) && paper_staff(a)) {
        emit(a, a + 1, Kind::org, "media");
        return;
    }
    GazetteerEntry e = lookup(a, b);
    if (e.found()) {
        emit(a, b, e.kind, e.subtype);
        return;
    }
    if (const char* sub = airline_or_agency(a, b)) {
        emit(a, b, Kind::org, sub);
        return;
    }
    std::uint32_t lw = b - 1;
    if (lw > a && is_punct(m_tok[lw], '.')) --lw;
    const char* org = org_head(lw);
    if (b - a >= 2 && org && !m_tok[lw].is(k_wc_title) && !trade_pact(lw)) {
        emit(a, b, Kind::org, org);
        return;
    }
    if (b - a >= 2 && company_suffix(lw)) {
        emit(a, b, Kind::org, "company");
        return;
    }
    const char* place = b - a >= 2 ? place_head(lw) : nullptr;
    // ("Mayor Dr Elin Marsh": an honorific before a head that is also a surname.)
    if (place && lw == b - 1 && honorific_surname(a, lw)) place = nullptr;
    if (place && !(b - a == 2 && m_tok[a].is(k_wc_demonym))) { // not "Dutch Green"
        emit(a, b, Kind::place, place);
        return;
    }
    // "St John and St Philip", "Lake Taupo and Lake Rotorua": a place word opening each part.
    // "Boulevard Voltaire and Rue de Rivoli": a street's word opening a name in another language.
    if (const char* prefix = b - a >= 2 && b - a <= 3 && !is_literal(s(a), "New") ? place_prefix(a) : nullptr;
        prefix && !is_literal(prefix, "facility") &&
        (!is_literal(prefix, "street") || any_of(s(a), {"Rue", "Calle", "Rua", "Avenida", "Boulevard", "Avenue", "Jalan"})) &&
        !org_head(lw)) {
        emit(a, b, Kind::place, prefix);
        return;
    }
    // ("Yeison Andrés Murillo Cárdenas": two given names and two surnames; the second given name
    // vouches for a first one no list holds.)
    const auto second_given = [&] {
        return b - a == 4 && m_tok[a + 1].type == TokenType::word && m_tok[a + 1].is(k_wc_given) &&
               m_tok[a].lex.classes == 0 && !lookup(a, a + 1).found() && !m_g.is_town(s(a)) &&
               !lookup(a + 1, a + 2).found();
    };
    // ("Talal Nawaz and Imad Sheikh put on 146", "Rana Hamid and Talal Nawaz": a word no list knows
    // before a given name that is also a surname, joined by "and" to a person's name.)
    const auto paired_with_person = [&] {
        if (b - a != 2 || !m_tok[a + 1].is(k_wc_given) || m_tok[a].lex.classes != 0 || !cap_word(a) ||
            all_caps(a) || all_caps(a + 1) || lookup(a, a + 1).found() || m_g.is_town(s(a)) ||
            lookup(a + 1, a + 2).found())
            return false;
        const std::size_t n = m_tok.size();
        if (b + 2 < n && same_block(b, b + 2) && m_tok[b].type == TokenType::word && is_literal(s(b), "and") &&
            m_tok[b + 1].type == TokenType::word && m_tok[b + 1].is(k_wc_given) && !all_caps(b + 1) &&
            cap_word(b + 2) && !m_tok[b + 2].has(k_all_caps) && m_tok[b + 2].type == TokenType::word &&
            (b + 3 >= n || !cap_word(b + 3)) && person_shape(b + 1, b + 3))
            return true;
        return a >= 2 && !m_out.empty() && m_out.back().last + 2 == a && m_out.back().kind == Kind::person &&
               m_tok[a - 1].type == TokenType::word && is_literal(s(a - 1), "and") && same_block(a - 1, a);
    };
    // ("Joost ten Brinke of Nereus", "Jóannes í Gerðinum and …": a particle that only surnames use.)
    const auto surname_particle_inside = [&] {
        for (std::uint32_t k = a + 1; k + 1 < b; ++k)
            if (surname_only_particle(k)) return true;
        return false;
    };
    // ("Japan's Aiko Morishita and Taiwan's Hsu Pei-chen": two words no list knows after a
    // country's possessive name its player or its official.)
    // (Every word capitalized, in no list and in no word class.)
    const auto unknown_words = [&] {
        for (std::uint32_t k = a; k < b; ++k)
            if (!cap_word(k) || m_tok[k].has(k_all_caps) || m_tok[k].lex.classes != 0 || lookup(k, k + 1).found()) return false;
        return true;
    };
    const auto after_country = [&] {
        if (b - a != 2 || a < 2 || m_tok[a - 1].type != TokenType::possessive || m_out.empty() ||
            m_out.back().last != a - 1 || m_out.back().kind != Kind::place || !is_literal(m_out.back().subtype, "country"))
            return false;
        return unknown_words();
    };
    // ("broke clear of Abebe Tadesse Gebre of Ethiopia", "Birtukan Alemu of Ethiopia, the
    // champion": words no list knows, then "of" and a country, name a competitor from it.)
    const auto before_country = [&] {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        if (b - a < 2 || b - a > 3 || b + 1 >= n || !same_block(a, b + 1) || m_tok[b].type != TokenType::word ||
            !is_literal(s(b), "of"))
            return false;
        bool country = false;
        for (std::uint32_t stop = b + 2; stop <= b + 3 && stop <= n && !country; ++stop) {
            const GazetteerEntry c = lookup(b + 1, stop);
            country = c.found() && c.kind == Kind::place && is_literal(c.subtype, "country") &&
                      (stop == n || !cap_word(stop) || !same_block(b + 1, stop));
        }
        return country && unknown_words();
    };
    // ("Ms van Dorsten said": a title before a surname that opens with a particle is no part of it.)
    if (b - a >= 3 && m_tok[a].type == TokenType::word && m_tok[a].is(k_wc_title) && m_tok[a + 1].type == TokenType::word &&
        !m_tok[a + 1].has(k_cap) && is_name_particle(s(a + 1)) && cap_word(b - 1)) {
        emit(a + 1, b, Kind::person, "");
        return;
    }
    // ("beating American Kelsey Dunmore-Pratt": a nationality before a given name and a surname.)
    if (b - a >= 3 && m_tok[a].type == TokenType::word && m_tok[a].is(k_wc_demonym) && !m_tok[a].has(k_title_line) &&
        cap_word(a + 1) && m_tok[a + 1].is(k_wc_given) && !m_tok[a + 1].is(k_wc_common) && !all_caps(a + 1) &&
        person_shape(a + 1, b)) {
        emit(a + 1, b, Kind::person, "");
        return;
    }
    if (person_shape(a, b) && !m_tok[a].has(k_title_line) && (m_tok[a].is(k_wc_given) || m_tok[a].is(k_wc_family_first) ||
                               (ev & (k_ev_byline | k_ev_credit)) != 0 || second_given() || paired_with_person() ||
                               surname_particle_inside() ||
                               after_country() || before_country())) {
        emit(a, b, Kind::person, "");
        return;
    }
    // ("Gerrit van den Bosch": a particle only surnames use makes the last word a surname even
    // when it also names a firm.)
    if (b - a >= 3 && b - a <= 5 && surname_particle_inside() && cap_word(a) && !m_tok[a].has(k_all_caps) &&
        !m_tok[a].has(k_title_line) && m_tok[a].type == TokenType::word && !lookup(a, a + 1).found() &&
        cap_word(b - 1) && !m_tok[b - 1].has(k_all_caps) && !org_head(b - 1) && !place_head(b - 1) &&
        !company_suffix(b - 1)) {
        // ("Dutchman Thijs van der Meulen": a demonym before the name is no part of it.)
        const std::uint32_t first = m_tok[a].is(k_wc_demonym) || m_tok[a].is(k_wc_title) ? a + 1 : a;
        emit(first, b, Kind::person, "");
        return;
    }
    // "Dane Ostrander", "Finn Russell", "Scot Pollard": a demonym that is also a given name, right
    // before a surname, with no article or number before it ("the Dane Vingegaard", "a Finn").
    if (b - a == 2 && m_tok[a].type == TokenType::word && any_of(s(a), {"Dane", "Finn", "Scot"}) &&
        cap_word(a + 1) && !all_caps(a + 1) && !m_tok[a + 1].has(k_title_line) &&
        (m_tok[a + 1].lex.classes & (k_wc_demonym | k_wc_function | k_wc_title | k_wc_common | k_wc_weekday)) == 0 &&
        m_tok[a + 1].lex.month == 0 && !place_head(a + 1) && !org_head(a + 1) && !company_suffix(a + 1) &&
        !(a > 0 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::number) &&
        !preposition_before(a, {"the", "a", "an", "fellow", "young", "compatriot", "another"})) {
        emit(a, b, Kind::person, "");
        return;
    }
    // "Choa Chu Kang", "Ban Nong Lok": a run of words no list knows holds no town of one of its
    // words alone (a small town's name is weak evidence, and the run is one name).
    bool unknown_run = b - a >= 2;
    for (std::uint32_t k = a; k < b && unknown_run; ++k)
        unknown_run = cap_word(k) && !m_tok[k].has(k_all_caps) && !m_tok[k].is(k_wc_given) &&
                      (m_tok[k].lex.classes == 0 || m_g.is_town(s(k))) && !lookup(k, k + 1).found();
    m_no_lone_town = unknown_run;
    for (std::uint32_t k = a; k < b; ++k)
        if (m_tok[k].type == TokenType::word) classify_single(k, ev);
    m_no_lone_town = false;
}

void NameDetector::classify_single(std::uint32_t a, std::uint8_t ev) {
    std::string_view w = s(a);
    const Token& t = m_tok[a];
    if (t.type != TokenType::word || !t.has(k_cap)) return;
    if (maker_in_model(a, a + 1)) return; // "(Hyundai i20 N Rally1)"
    // "Will Ashdown chose to bat": a sentence's opening "Will" before a name and a verb in the past or
    // a third person's form is a given name, not the question's auxiliary ("Will Ashdown bat?").
    if (a >= 1 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word && is_literal(s(a - 1), "Will") &&
        m_tok[a - 1].has(k_sentence_start) && !t.has(k_all_caps) && !t.has(k_title_line) &&
        a + 1 < m_tok.size() && same_block(a, a + 1) && m_tok[a + 1].type == TokenType::word &&
        !m_tok[a + 1].has(k_cap)) {
        const std::string_view v = s(a + 1);
        const bool past = v.size() > 3 && v.substr(v.size() - 2) == "ed" && v.substr(v.size() - 3) != "eed";
        if (past || any_of(v, {"said", "says", "chose", "made", "took", "won", "hit", "went", "came", "told", "gave",
                               "was", "has", "had", "is", "scored", "struck", "kept", "led", "ran", "threw", "caught"})) {
            emit(a - 1, a + 1, Kind::person, "");
            return;
        }
    }
    // "on the Pacific side of the Sierra Madre", "the Atlantic coast": an ocean or a sea the lists
    // hold (some also as a people's adjective) before its side, coast or waters.
    if (a >= 1 && a + 1 < m_tok.size() && same_block(a - 1, a + 1) && m_tok[a - 1].type == TokenType::word &&
        (is_literal(s(a - 1), "the") || is_literal(s(a - 1), "The")) && m_tok[a + 1].type == TokenType::word &&
        any_of(s(a + 1), {"side", "coast", "coastline", "coasts", "seaboard", "rim", "waters", "shore", "shores"}) &&
        !t.has(k_title_line)) {
        const GazetteerEntry e = lookup(a, a + 1);
        if (e.found() && e.kind == Kind::place && is_literal(e.subtype, "geo")) {
            emit(a, a + 1, Kind::place, "geo");
            return;
        }
    }
    // "raises $1.5bn in Eurobond sale": a bond sold abroad in another currency, no place.
    if (any_of(w, {"Eurobond", "Eurobonds"})) return;
    // "Brent crude", and "Brent fell below $60 a barrel" in a text that names the benchmark: the oil
    // price, no London borough.
    if (is_literal(w, "Brent")) {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        for (const std::uint32_t i : m_t.cap_words)
            if (is_literal(s(i), "Brent") && i + 1 < n && same_block(i, i + 1) && m_tok[i + 1].type == TokenType::word &&
                any_of(s(i + 1), {"crude", "oil", "futures", "benchmark"}))
                return;
    }
    // "bales of clothes at Gikomba market", "stalls in Chatuchak market": a word no list knows before
    // a lower-case "market" names the marketplace.
    if (a + 1 < m_tok.size() && same_block(a, a + 1) && m_tok[a + 1].type == TokenType::word &&
        is_literal(s(a + 1), "market") && !t.has(k_all_caps) && t.lex.classes == 0 && !lookup(a, a + 1).found() &&
        !t.has(k_title_line) && !sentence_initial(a) && a >= 1 && m_tok[a - 1].type == TokenType::word &&
        // (right after a place's preposition: "the Chamwe market", "the Kosdaq market" may be a
        // town's market or a trading board)
        any_of(s(a - 1), {"at", "in", "from", "near", "outside"})) {
        emit(a, a + 1, Kind::place, "facility", true);
        return;
    }
    // "Shares in Valtrane fell", "a 10% stake in Norvik": what one holds shares or a stake in is a
    // company, a word no list knows.
    if (a >= 2 && same_block(a - 2, a) && m_tok[a - 1].type == TokenType::word && m_tok[a - 2].type == TokenType::word &&
        (is_literal(s(a - 1), "in") || is_literal(s(a - 1), "of")) &&
        any_of(s(a - 2), {"shares", "Shares", "stake", "stakes", "shareholders", "shareholder"}) && !t.has(k_all_caps) &&
        t.lex.classes == 0 && !lookup(a, a + 1).found() && !t.has(k_title_line)) {
        emit(a, a + 1, Kind::org, "company", true);
        return;
    }
    // "the Solidarity trade union", "the Unite union": a union's one-word name between "the" and
    // the union noun, an ordinary word too.
    if (a >= 1 && a + 1 < m_tok.size() && same_block(a - 1, a + 1) && m_tok[a - 1].type == TokenType::word &&
        equals_lower(s(a - 1), "the") && !t.has(k_all_caps) && !t.is(k_wc_function) && !t.is(k_wc_title) &&
        !t.is(k_wc_demonym) && t.lex.month == 0 && m_tok[a + 1].type == TokenType::word &&
        (is_literal(s(a + 1), "union") ||
            (a + 2 < m_tok.size() && same_block(a, a + 2) && m_tok[a + 2].type == TokenType::word &&
                is_literal(s(a + 2), "union") && any_of(s(a + 1), {"trade", "labour", "labor", "teachers", "nurses"}))) &&
        // (not before the union's own name: "the Galician union CIG")
        !(a + 2 < m_tok.size() && same_block(a, a + 2) && cap_word(is_literal(s(a + 1), "union") ? a + 2 : a + 3))) {
        emit(a, a + 1, Kind::org, "nonprofit");
        return;
    }
    // "Del. Marisa Kowalczyk-Dunn": before a given name, Maryland's and Virginia's title for a
    // delegate, not Delaware ("Dover, Del.").
    if (is_literal(w, "Del") && a + 2 < m_tok.size() && same_block(a, a + 2) && is_punct(m_tok[a + 1], '.') &&
        attached(a + 1) && cap_word(a + 2) && m_tok[a + 2].is(k_wc_given) && m_tok[a + 2].has(k_space_before) &&
        !(a > 0 && same_block(a - 1, a) && is_punct(m_tok[a - 1], ',')))
        return;
    // "6.2 TMC": a unit in capitals after an amount is the figure's.
    if (t.has(k_all_caps) && a > 0 && m_tok[a - 1].type == TokenType::number && same_block(a - 1, a) &&
        t.has(k_space_before) && is_measure_unit(w) && !lookup(a, a + 1).found() &&
        // (not "190,000 DB staff" after "Deutsche Bahn (DB)": two letters after a whole number)
        (w.size() >= 3 || s(a - 1).find('.') != std::string_view::npos))
        return;
    // "Rp18,000", "KSh250", "K420": a currency's abbreviation joined to an amount is a figure's.
    if (t.has(k_has_digit)) {
        std::size_t letters = 0;
        while (letters < w.size() && !(w[letters] >= '0' && w[letters] <= '9')) ++letters;
        if (letters > 0 && letters < w.size() && is_currency_prefix_word(w.substr(0, letters))) return;
    }
    // "In a statement, Metrolinx said": one word no list knows that issues a statement is a body
    // (people speak; "In a statement, Smith said" keeps a surname the text gives a person).
    if (a >= 2 && t.lex.classes == 0 && !t.has(k_all_caps) && w.size() >= 4 && is_punct(m_tok[a - 1], ',') &&
        same_block(a - 2, a + 1) && a + 1 < m_tok.size() && m_tok[a - 2].type == TokenType::word &&
        is_literal(s(a - 2), "statement") && m_tok[a + 1].type == TokenType::word &&
        m_tok[a + 1].is(k_wc_speech_verb) && !surname_in_text(a)) {
        emit(a, a + 1, Kind::org, "other", true);
        return;
    }
    // "from Rush, Co Dublin", "at Tower, Co Cork": an Irish county after a comma places the word
    // before it, an ordinary word too.
    if (irish_county_after(a + 1) && !t.has(k_all_caps) && !t.has(k_title_line) &&
        (t.lex.classes & (k_wc_title | k_wc_function | k_wc_weekday)) == 0) {
        emit(a, a + 1, Kind::place, "city");
        return;
    }
    // "the Unite union", "for the Community union": one capitalized word between "the" and a
    // lower-case "union" names the union, an ordinary word too (not a nationality: "the European
    // union"; not a place: "the Ghana union" is a place's).
    if (a > 0 && !t.has(k_all_caps) && !t.has(k_sentence_start) && !t.has(k_title_line) &&
        (t.lex.classes & (k_wc_title | k_wc_demonym | k_wc_function | k_wc_weekday)) == 0 && t.lex.month == 0 &&
        is_literal(s(a - 1), "the") && same_block(a - 1, a) && a + 1 < m_tok.size() && same_block(a, a + 1) &&
        m_tok[a + 1].type == TokenType::word && is_literal(s(a + 1), "union") &&
        // ("the Galician union CIG": the union's own name follows.)
        !(a + 2 < m_tok.size() && same_block(a, a + 2) && m_tok[a + 2].type == TokenType::word && m_tok[a + 2].has(k_cap)) &&
        !(lookup(a, a + 1).found() && lookup(a, a + 1).kind != Kind::org)) {
        emit(a, a + 1, Kind::org, "nonprofit");
        return;
    }
    // "in the Abai region", "the Karaganda and Abai regions": a name between "the" (or "and") and
    // a lower-case word of an administrative area is the area, even a given name.
    const auto area_noun = [&](std::uint32_t q) {
        return q < m_tok.size() && same_block(a, q) && m_tok[q].type == TokenType::word && !m_tok[q].has(k_cap) &&
               any_of(s(q), {"region", "regions", "province", "provinces", "oblast", "governorate", "prefecture",
                             "district", "districts", "valleys"});
    };
    // "the Cabras lagoon", "the Una river", "the Enguri basin": one name between "the" and a
    // lower-case word of a water or a landform is the feature's name (GUIDELINES §4: the lower-case
    // word stays out), a given name or a surname too.
    if (a > 0 && !t.has(k_all_caps) && (t.lex.classes & (k_wc_title | k_wc_demonym | k_wc_function | k_wc_common |
                                                         k_wc_weekday)) == 0 && t.lex.month == 0 &&
        is_literal(s(a - 1), "the") && same_block(a - 1, a) && !m_tok[a].has(k_title_line) && a + 1 < m_tok.size() &&
        same_block(a, a + 1) && m_tok[a + 1].type == TokenType::word && !m_tok[a + 1].has(k_cap) &&
        any_of(s(a + 1), {"river", "lagoon", "valley", "basin", "glacier", "delta", "estuary", "catchment",
                          "floodplain", "gorge", "plateau", "peninsula", "archipelago", "fjord", "strait", "lake",
                          "creek", "watershed"}) &&
        !lookup(a, a + 1).found()) {
        emit(a, a + 1, Kind::place, "geo");
        return;
    }
    // "Linwood ward councillor", "from Gare de Lyon to Orly airport": a word no list knows before
    // a ward or an airport in lower case names it (the ward an area, the airport the facility).
    if (a + 1 < m_tok.size() && (m_tok[a + 1].size() == 4 || m_tok[a + 1].size() == 7) &&
        m_tok[a + 1].type == TokenType::word && (is_literal(s(a + 1), "ward") || is_literal(s(a + 1), "airport")) &&
        !t.has(k_all_caps) &&
        (t.lex.classes == 0 || (!t.is(k_wc_given) && !t.is(k_wc_common) && m_g.is_town(w))) &&
        t.lex.month == 0 && w.size() >= 4 && same_block(a, a + 1) && m_tok[a + 1].has(k_space_before) &&
        !lookup(a, a + 1).found() &&
        !(a > 0 && same_block(a - 1, a) && cap_word(a - 1) && !m_tok[a - 1].has(k_sentence_start))) {
        emit(a, a + 1, Kind::place, is_literal(s(a + 1), "ward") ? "region" : "facility");
        return;
    }
    // "the Vizhinjam fishing harbour", "Kollam's Neendakara harbour": a word no list knows between
    // "the" (or a possessive) and a lower-case word of a harbour, a beach or a settlement names the
    // place (not a market's: "the Kosdaq market", "the Hajj market").
    if (a > 0 && !t.has(k_all_caps) && t.lex.classes == 0 && t.lex.month == 0 && w.size() >= 4 &&
        same_block(a - 1, a) && !m_tok[a].has(k_title_line) &&
        (is_literal(s(a - 1), "the") || m_tok[a - 1].type == TokenType::possessive) && !lookup(a, a + 1).found()) {
        std::uint32_t q = a + 1;
        if (q + 1 < m_tok.size() && same_block(a, q + 1) && m_tok[q].type == TokenType::word &&
            any_of(s(q), {"fishing", "fish", "main", "old", "central", "wholesale", "vegetable", "ferry", "container",
                          "coastal", "weekly"}))
            ++q;
        // ("Hewlett-Packard's Unix port": after a possessive, a port may be software's.)
        if (q < m_tok.size() && same_block(a, q) && m_tok[q].type == TokenType::word &&
            (!is_literal(s(q), "port") || is_literal(s(a - 1), "the")) &&
            any_of(s(q), {"harbour", "harbor", "port", "village", "villages", "town", "township", "beach",
                          "jetty", "landing"})) {
            emit(a, a + 1, Kind::place, "city", true);
            return;
        }
    }
    if (a > 0 && !t.has(k_all_caps) && !t.is(k_wc_title) && m_tok[a - 1].type == TokenType::word &&
        same_block(a - 1, a) &&
        // "in the Abai region", "the Rhondda and Cynon valleys"
        ((area_noun(a + 1) &&
             ((!t.is(k_wc_demonym) && is_literal(s(a - 1), "the")) ||
                 (is_literal(s(a - 1), "and") && a >= 2 && cap_word(a - 2) &&
                     (!t.is(k_wc_demonym) || s(a + 1).back() == 's')))) || // ("Eastern and Central provinces")
            // "in parts of Eastern and Central provinces": the first of two before a plural
            (a + 3 < m_tok.size() && m_tok[a + 1].type == TokenType::word && is_literal(s(a + 1), "and") &&
                cap_word(a + 2) && area_noun(a + 3) && s(a + 3).back() == 's' &&
                any_of(s(a - 1), {"the", "of", "in", "across", "from", "and"})))) {
        emit(a, a + 1, Kind::place, "region");
        return;
    }
    // "across the Arctic, from Alaska …", "an unusually warm Pacific and …": a polar region or an
    // ocean named as a noun (not "Arctic ice", "Pacific islands").
    if (t.is(k_wc_demonym) &&
        any_of(w, {"Arctic", "Antarctic", "Pacific", "Atlantic", "Mediterranean", "Caribbean", "Baltic"}) &&
        article_before(a) &&
        (a + 1 >= m_tok.size() || !same_block(a, a + 1) || m_tok[a + 1].type == TokenType::punct ||
            m_tok[a + 1].is(k_wc_function) || m_tok[a + 1].is(k_wc_speech_verb))) {
        emit(a, a + 1, Kind::place, "region");
        return;
    }
    if (t.is(k_wc_demonym)) return;
    if (is_literal(w, "I")) return; // the pronoun ("one house I let out"), never a name alone
    // "Portfolio reported", "…, Telex reports": one word that reports is a news outlet (people in
    // news say; papers report), unless a list knows it or it is a given name.
    if (a + 1 < m_tok.size() && same_block(a, a + 1) && m_tok[a + 1].type == TokenType::word &&
        (is_literal(s(a + 1), "reported") || is_literal(s(a + 1), "reports")) && !t.has(k_all_caps) && t.size() >= 4 &&
        !t.is(k_wc_given) && !t.is(k_wc_function) && !t.is(k_wc_weekday) && t.lex.month == 0 && !t.is(k_wc_title) &&
        !lookup(a, a + 1).found() && !(a > 0 && same_block(a - 1, a) && cap_word(a - 1))) {
        emit(a, a + 1, Kind::org, "media", true);
        return;
    }
    // "producers in the RM", "the RM will hold a meeting": a rural municipality named by its kind
    // alone (with its name it is one: see classify()).
    if (is_literal(w, "RM") || is_literal(w, "RMs")) return;
    // "Heather McKellar-Doyon of Georgeville, who …", "Zibani Luhanga of Jenda urged": one word no
    // list knows after a person and "of" is where the person is from, never another person.
    if (a >= 2 && !t.has(k_all_caps) && t.size() >= 3 && unlisted_word(a) && is_literal(s(a - 1), "of") &&
        same_block(a - 2, a) && !m_out.empty() && m_out.back().kind == Kind::person && m_out.back().last == a - 1 &&
        !(a + 1 < m_tok.size() && same_block(a, a + 1) && (cap_word(a + 1) || m_tok[a + 1].type == TokenType::possessive))) {
        emit(a, a + 1, Kind::place, "city", true);
        return;
    }
    // "deforestation in the Amazon": the river's basin, not the company (no one writes "the Amazon"
    // for the company, except before a noun: "the Amazon warehouse").
    if (is_literal(w, "Amazon") &&
        (article_before(a) || (a > 0 && same_block(a - 1, a) && m_tok[a - 1].is(k_wc_demonym))) && // "the Brazilian Amazon"
        !(a + 1 < m_tok.size() && same_block(a, a + 1) && m_tok[a + 1].type == TokenType::word &&
            any_of(s(a + 1), {"warehouse", "warehouses", "store", "stores", "app", "workers", "employees", "deal",
                                 "account", "founder", "boss", "chief", "executive", "executives", "shares", "stock",
                                 "package", "packages", "delivery", "deliveries", "driver", "drivers", "platform",
                                 "website", "site", "page", "review", "reviews", "device", "devices", "brand", "team",
                                 "spokesperson", "spokesman", "spokeswoman", "said", "says", "has", "is", "was"}))) {
        emit(a, a + 1, Kind::place, "geo");
        return;
    }
    if (market_instrument(a)) return;
    // "Tk 86 crore", "Rp 1.2 billion": a currency's abbreviation before its amount, not a name.
    if (t.size() <= 3 && a + 1 < m_tok.size() && same_block(a, a + 1) && m_tok[a + 1].type == TokenType::number &&
        is_currency_prefix_word(w))
        return;
    // "NT$300", "J$1,500", "GH¢4,480": the letters of a currency symbol's prefix, not a name.
    // ("US $16.9 million", "US$ 24 per kilo": the same with a space.)
    if (t.size() <= 3 && a + 2 < m_tok.size() && (is_punct(m_tok[a + 1], '$') || is_punct(m_tok[a + 1], 0xA2)) &&
        (attached(a + 1) || (is_literal(w, "US") && same_block(a, a + 1))) &&
        (attached(a + 2) || (attached(a + 1) && same_block(a + 1, a + 2))) && m_tok[a + 2].type == TokenType::number)
        return;
    // "3,200 CFA francs", "the CFA franc": a currency's code before its name.
    if (t.has(k_all_caps) && t.size() <= 4 && a + 1 < m_tok.size() && same_block(a, a + 1) &&
        m_tok[a + 1].type == TokenType::word && !m_tok[a + 1].has(k_cap) && is_currency_word(s(a + 1)) &&
        !is_literal(s(a + 1), "won") && !is_literal(s(a + 1), "real"))
        return;
    // "told the Monitor", "told The Star", "told Lusa news agency": the listener is a news outlet.
    // (The cheap tests on the words around come first: most single words leave there.)
    // ("told Lusa news agency": the outlet's noun vouches for it even when a given name spells it.)
    if (a >= 2 && same_block(a - 2, a) && m_tok[a - 1].type == TokenType::word && !t.has(k_all_caps) &&
        (!t.is(k_wc_given) || (a + 1 < m_tok.size() && same_block(a, a + 1) && m_tok[a + 1].type == TokenType::word &&
                                  any_of(s(a + 1), {"news", "newspaper", "radio", "television"})))) {
        const auto telling = [&](std::uint32_t q) { return any_of(s(q), {"told", "tells", "telling"}); };
        const bool told = telling(a - 1) && a + 2 < m_tok.size() && same_block(a, a + 2) &&
                          any_of(s(a + 1), {"news", "newspaper", "radio", "television", "daily", "magazine"});
        // "tells Sifted", "told Kompas": one word no list knows, after "told", that no person of
        // the article bears (not "told Trebilcock" after "Jan Trebilcock") and no given or
        // ordinary word spells ("told Tom", "told Members").
        const bool told_bare = telling(a - 1) && !t.is(k_wc_given) && !t.is(k_wc_common) && t.lex.classes == 0 &&
                               (a + 1 >= m_tok.size() || !same_block(a, a + 1) || m_tok[a + 1].type == TokenType::punct ||
                                   any_of(s(a + 1), {"that", "on", "in", "last", "this", "earlier", "after", "at",
                                                        "by", "during", "when", "while", "before"})) &&
                               !surname_in_text(a);
        // (Not a people, "told the Gazites", nor the first word of a longer name.)
        const auto ends = [&](std::string_view tail) {
            return w.size() > tail.size() && w.substr(w.size() - tail.size()) == tail;
        };
        const bool told_the = equals_lower(s(a - 1), "the") && telling(a - 2) && !ends("ites") && !ends("ians") &&
                              !ends("ans") && !(a + 1 < m_tok.size() && cap_word(a + 1));
        // ("told the Senate": a body named by its head word alone; "told the Nation": a newspaper
        // named like one.)
        const char* body = org_head(a);
        // ("told the Herald", "told the Post": a newspaper's head word alone.)
        const bool paper = body && (is_literal(w, "Nation") || std::string_view(body) == "media");
        // ("a poll for The Times", "wrote for The Herald": a capitalized "The" in mid-sentence before
        // a newspaper's head word is the paper's title.)
        const bool titled_paper = paper && !is_literal(w, "Nation") && is_literal(s(a - 1), "The") &&
                                  !m_tok[a - 1].has(k_sentence_start) && !m_tok[a - 1].has(k_title_line) &&
                                  same_block(a - 1, a) && !(a + 1 < m_tok.size() && (cap_word(a + 1) ||
                                                             (is_punct(m_tok[a + 1], '-') && attached(a + 1))));
        if ((told || told_the || titled_paper || (told_bare && !body)) && (!body || paper) && !lookup(a, a + 1).found()) {
            // A capitalized "The" mid-sentence belongs to the title ("The Star").
            emit((told_the || titled_paper) && is_literal(s(a - 1), "The") ? a - 1 : a, a + 1, Kind::org, "media", true);
            return;
        }
    }
    // "a Cyberjaya-based consultancy", "Penang-based Jalur Digital": where a company or a body is
    // based is a place (not "Internet-based channels").
    if (a + 2 < m_tok.size() && is_punct(m_tok[a + 1], '-') && attached(a + 1) && attached(a + 2) &&
        is_literal(s(a + 2), "based") && !t.has(k_all_caps) && !lookup(a, a + 1).found() && !t.is(k_wc_given) &&
        !t.is(k_wc_common) && a + 3 < m_tok.size() && same_block(a, a + 3) &&
        // ("the Heraklion-based aid group": an article before it vouches for a noun after; so does
        // a name after the noun: "Kuruman-based contractor Moshaweng Renewables".)
        (cap_word(a + 3) || (m_tok[a + 3].type == TokenType::word && a > 0 &&
                                (equals_lower(s(a - 1), "a") || equals_lower(s(a - 1), "an") ||
                                 equals_lower(s(a - 1), "the"))) ||
            (m_tok[a + 3].type == TokenType::word && !m_tok[a + 3].is(k_wc_function) && a + 4 < m_tok.size() &&
                same_block(a, a + 4) && cap_word(a + 4) && m_tok[a + 4].has(k_space_before)))) {
        emit(a, a + 1, Kind::place, "city", true);
        return;
    }
    // "on 27th Street", "42nd Avenue": an ordinal and a street word name a street.
    if (ordinal_before(a)) {
        const char* place = place_head(a);
        if (place && is_literal(place, "street")) {
            emit(a - 1, a + 1, Kind::place, "street");
            return;
        }
    }
    // "Labor says", "Labour's candidate", "voted Labor": the party (not "Labor costs rose", nor
    // "40 Labour MPs").
    const bool labour = is_literal(w, "Labor") || is_literal(w, "Labour");
    if (labour && party_members_at(a + 1)) return;
    // "Labour relations on the platinum belt …", "Labor costs rose": work, not the party.
    if (labour && a + 1 < m_tok.size() && same_block(a, a + 1) &&
        m_tok[a + 1].type == TokenType::word &&
        any_of(s(a + 1), {"relations", "market", "markets", "costs", "cost", "law", "laws", "shortage", "shortages",
                             "force", "rights", "productivity", "supply", "dispute", "disputes", "reform", "reforms",
                             "standards", "practices", "inspectors", "unrest", "migration"}))
        return;
    if (labour) {
        const bool party_use = !sentence_initial(a) ||
            (a + 1 < m_tok.size() && same_block(a, a + 1) &&
                (m_tok[a + 1].type == TokenType::possessive || m_tok[a + 1].is(k_wc_speech_verb) ||
                    any_of(s(a + 1), {"leader", "government", "won", "lost", "has", "had",
                                         "will", "would", "led", "wants", "spokesman", "spokeswoman", "frontbench",
                                         "holds", "held"})));
        if (party_use) {
            emit(a, a + 1, Kind::org, "party");
            return;
        }
    }
    // "Chile's National Forestry Corporation, Conaf, suspended …", "the regional environment
    // agency, Arpas, measured …": a short name set off by commas right after a body's full name or
    // its lower-case noun is that body's, and so are its later uses.
    if (a >= 2 && is_punct(m_tok[a - 1], ',') && same_block(a - 2, a) && a + 1 < m_tok.size() && same_block(a, a + 1) &&
        (is_punct(m_tok[a + 1], ',') || is_punct(m_tok[a + 1], '.') || is_punct(m_tok[a + 1], ';')) &&
        !t.is(k_wc_given) && !t.has(k_title_line) && t.size() >= 3 && t.size() <= 12 &&
        (t.lex.classes & (k_wc_common | k_wc_function | k_wc_title | k_wc_demonym | k_wc_weekday)) == 0 &&
        t.lex.month == 0 && !lookup(a, a + 1).found() && m_acronyms.find(w) == m_acronyms.end()) {
        std::uint32_t body = k_none;
        const char* sub = nullptr;
        // (Its first letter opens one of the full name's words: "Acme Mining, Kalgoorlie," is where
        // the firm is.)
        bool initial_in_name = false;
        if (!m_out.empty() && m_out.back().kind == Kind::org && m_out.back().last == a - 1)
            for (std::uint32_t q = m_out.back().first; q < m_out.back().last && !initial_in_name; ++q)
                initial_in_name = m_tok[q].type == TokenType::word && m_tok[q].has(k_cap) && s(q)[0] == w[0];
        if (initial_in_name && m_tok[a - 2].type == TokenType::word && org_head(a - 2)) {
            body = static_cast<std::uint32_t>(m_out.size() - 1);
            sub = m_out.back().subtype;
        } else if (m_tok[a - 2].type == TokenType::word && !m_tok[a - 2].has(k_cap) &&
                   // (bodies that go by a short name: not "Free Inquiry magazine, Vol. 8")
                   any_of(s(a - 2), {"agency", "corporation", "authority", "regulator", "utility", "commission",
                                     "institute", "ministry", "bank", "service", "cooperative", "union", "company"})) {
            sub = org_noun(s(a - 2));
        }
        if (sub) {
            const std::uint32_t idx = emit(a, a + 1, Kind::org, sub);
            if (idx != k_none) {
                if (body != k_none) m_out[idx].link = body;
                m_acronyms[w] = AcronymDef{body != k_none ? body : idx};
            }
            return;
        }
    }
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
    if (e.found() && e.kind == Kind::place && !sentence_initial(a)) {
        // "the streaming service Mubi": a trade noun before beats a town of that name.
        if (const char* org = org_noun_before(a)) {
            emit(a, a + 1, Kind::org, org, true);
            return;
        }
    }
    if (e.found() && party_adjective(e, a + 1))
        return; // "the SNP MSP for …": an adjective (see classify())
    if (e.found()) {
        // "Nice work, she said", "Independent experts said": a place or a newspaper that is also a
        // common word, capitalized only because it opens the sentence, counts when the article
        // capitalizes it elsewhere too (companies such as Apple keep their name: "Apple said").
        if ((e.kind == Kind::place || (e.kind == Kind::org && is_literal(e.subtype, "media") && !t.has(k_all_caps))) &&
            t.has(k_sentence_start) && t.is(k_wc_common) && !capitalized_elsewhere(a) &&
            // ("PHOENIX — For the first time": a dateline's city in capitals before its dash.)
            !(t.has(k_all_caps) && dateline_at(a, a + 1))) {
            placeholder(a, a + 1);
            return;
        }
        emit(a, a + 1, e.kind, e.subtype);
        return;
    }
    // "stevedore Harbourline", "the newspaper Ekstra", "Oslo-based Vesta".
    if (!t.is(k_wc_given) && !t.has(k_all_caps) && !sentence_initial(a)) {
        if (const char* org = org_noun_before(a)) {
            emit(a, a + 1, Kind::org, org, true);
            return;
        }
    }
    // "the Eliteserien club", "a Besta club": a league or a club before "club".
    if (!t.is(k_wc_given) && !t.is(k_wc_common) && !t.has(k_all_caps) && a > 0 && a + 1 < m_tok.size() &&
        same_block(a, a + 1) && m_tok[a + 1].type == TokenType::word && is_literal(s(a + 1), "club") &&
        m_tok[a - 1].type == TokenType::word && !m_tok[a - 1].has(k_cap)) {
        emit(a, a + 1, Kind::org, "team", true);
        return;
    }
    // "Macquarie analyst Hugh Stannard", "Vantora's chief executive, Sabine Oehlkers": the
    // employer before a job and a name.
    const std::uint32_t job = a + 1 < m_tok.size() && m_tok[a + 1].type == TokenType::possessive ? a + 2 : a + 1;
    if (!t.is(k_wc_given) && !t.is(k_wc_common) && !t.is(k_wc_title) && employer_before_job(job)) {
        emit(a, a + 1, Kind::org, "company", true);
        return;
    }
    // "Matthias Graber-Lenz, Velsana's chief executive, said": a person just named, a comma, then
    // a word no list knows whose possessive holds a company's post.
    if (t.lex.classes == 0 && !t.has(k_all_caps) && a >= 2 && job == a + 2 && job + 1 < m_tok.size() &&
        is_punct(m_tok[a - 1], ',') && same_block(a - 1, job + 1) && !m_out.empty() &&
        m_out.back().kind == Kind::person && m_out.back().last == a - 1 && !lookup(a, a + 1).found() &&
        m_tok[job].type == TokenType::word &&
        ((is_literal(s(job), "chief") && is_chief_post_word(s(job + 1))) ||
            (any_of(s(job), {"managing", "finance"}) && is_literal(s(job + 1), "director")) ||
            (any_of(s(job), {"founder", "chairman", "chairwoman", "co-founder", "cofounder"}) &&
                (is_punct(m_tok[job + 1], ',') || any_of(s(job + 1), {"and", "said", "says", "told"}))))) {
        emit(a, a + 1, Kind::org, "company", true);
        return;
    }
    // "Sombor, Serbia": a place name followed by its country or state (a first name too before
    // an AP state abbreviation: "Lafayette, La.").
    if (!m_tok[a].has(k_all_caps) && (!t.is(k_wc_given) || ap_state_follows(a + 1)) && !t.is(k_wc_function) &&
        !t.is(k_wc_title) && region_follows(a + 1) &&
        !(a > 0 && m_tok[a - 1].type == TokenType::word && m_tok[a - 1].has(k_cap) && same_block(a - 1, a))) {
        emit(a, a + 1, Kind::place, "city", true);
        return;
    }
    // "McCallum, on Newfoundland's south coast", "Gaultois, on the shore of the bay": a name set on a
    // coast, a shore or a bank in apposition is a place.
    if (!t.has(k_all_caps) && a + 4 < m_tok.size() && is_punct(m_tok[a + 1], ',') && is_literal(s(a + 2), "on") &&
        same_block(a, a + 4) && !(a > 0 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word && m_tok[a - 1].has(k_cap))) {
        std::uint32_t q = a + 3;
        const std::uint32_t stop = std::min<std::uint32_t>(static_cast<std::uint32_t>(m_tok.size()), a + 9);
        bool coast = false;
        for (; q < stop && same_block(a, q) && !coast; ++q) {
            if (m_tok[q].type != TokenType::word && m_tok[q].type != TokenType::possessive) break;
            coast = m_tok[q].type == TokenType::word &&
                    any_of(s(q), {"coast", "shore", "shores", "bank", "banks", "outskirts", "peninsula",
                                  "island", "border", "slopes", "foothills"});
        }
        if (coast) {
            emit(a, a + 1, Kind::place, "city", true);
            return;
        }
    }
    // "Itbayat, home to about 2,900 people": the home of a number of people is a place.
    // (Not the last word of a longer name: "Three Rivers, home to about 7,900 people".)
    if (!t.has(k_all_caps) && a + 4 < m_tok.size() && is_punct(m_tok[a + 1], ',') && same_block(a, a + 4) &&
        is_literal(s(a + 2), "home") && is_literal(s(a + 3), "to") &&
        !(a > 0 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word && m_tok[a - 1].has(k_cap))) {
        std::uint32_t q = a + 4;
        if (q < m_tok.size() && m_tok[q].type == TokenType::word &&
            any_of(s(q), {"about", "around", "some", "nearly", "almost", "roughly", "more", "over", "just"}))
            ++q;
        if (q < m_tok.size() && same_block(a, q) && m_tok[q].type == TokenType::word && is_literal(s(q), "than")) ++q;
        if (q < m_tok.size() && same_block(a, q) && m_tok[q].type == TokenType::number) {
            emit(a, a + 1, Kind::place, "city", true);
            return;
        }
    }
    // "Leonora, a town of about 1,400 people": a settlement noun in apposition names a place, even
    // one spelled like a first name, or a listed town spelled like a word ("Street, the Somerset
    // town").
    if ((t.is(k_wc_given) || m_g.is_common_town(w)) && !t.has(k_all_caps) && settlement_apposition(a + 1)) {
        emit(a, a + 1, Kind::place, "city", true);
        return;
    }
    if (!t.is(k_wc_given) && !t.has(k_all_caps)) {
        if (const char* sub = place_context(a, a + 1)) {
            emit(a, a + 1, Kind::place, sub, true);
            return;
        }
    }
    // "the port of Odesa", "the city of Bor".
    if (a >= 2 && is_literal(s(a - 1), "of") && is_place_noun(s(a - 2)) && !t.is(k_wc_given) &&
        !m_tok[a].has(k_all_caps)) {
        emit(a, a + 1, Kind::place, "city", true);
        return;
    }
    // "A Basalt man was held", "Basalt man held on bond": a town spelled like a word before a
    // resident's noun is where he lives.
    if (!t.is(k_wc_given) && !t.has(k_all_caps) && t.lex.month == 0 && t.size() >= 3 &&
        (t.lex.classes & (k_wc_demonym | k_wc_function | k_wc_title | k_wc_weekday)) == 0 && a + 1 < m_tok.size() &&
        same_block(a, a + 1) && m_tok[a + 1].type == TokenType::word && !m_tok[a + 1].has(k_cap) &&
        any_of(s(a + 1),
            {"man", "woman", "teen", "teenager", "boy", "girl", "couple", "pensioner", "resident", "driver"}) &&
        ((a >= 1 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word && equals_lower(s(a - 1), "a")) ||
            (t.has(k_title_line) && (a == 0 || !same_block(a - 1, a) || is_punct(m_tok[a - 1], ':')))) &&
        m_g.is_common_town(w)) {
        emit(a, a + 1, Kind::place, "city", true);
        return;
    }
    if (!t.is(k_wc_given) && t.lex.month == 0 && !t.lex.is_number_word() &&
        (t.lex.classes & (k_wc_demonym | k_wc_function | k_wc_title | k_wc_weekday)) == 0 &&
        preposition_before(a, {"at", "in", "from", "near", "outside", "into", "through", "via"}) && m_g.is_common_town(w) &&
        !employer_at(a)) { // (not "a partner at Larkspur": where such a job is done is the employer)
        // "the river peaked at Derby", "a tanker stop in Bath", "ferries from Split": a town
        // spelled like a common word, capitalized inside a sentence and alone after a preposition
        // of place, is the town (not a body's head word or a legislature: "in Court",
        // "in Parliament"; not before another capitalized word or a noun it names: "from Badger
        // comics", "from Man of La Mancha"; not "in the West").
        const bool lone_after = a + 1 >= m_tok.size() || !same_block(a, a + 1) ||
                                (m_tok[a + 1].type == TokenType::punct && !is_punct(m_tok[a + 1], '-') &&
                                    !is_punct(m_tok[a + 1], '&') && !is_punct(m_tok[a + 1], '/')) ||
                                (m_tok[a + 1].type == TokenType::word && !m_tok[a + 1].has(k_cap) &&
                                    m_tok[a + 1].is(k_wc_function) && !is_literal(s(a + 1), "of")) ||
                                // ("People in Deal will pay more")
                                (m_tok[a + 1].type == TokenType::word &&
                                    any_of(s(a + 1), {"will", "would", "can", "could", "may", "might", "must", "should",
                                                         "is", "was", "are", "were", "has", "have", "had"}));
        if (!sentence_initial(a) && t.size() >= 3 && lone_after &&
            !is_direction(w) &&
            (t.lex.classes & (k_wc_name_head | k_wc_context_cue | k_wc_speech_verb)) == 0 &&
            a >= 2 && (!cap_word(a - 2) || (sentence_initial(a - 2) && m_tok[a - 2].is(k_wc_common)))) { // ("People in Deal")
            // ("at Meridian" after "Meridian Skyways": the short form of a longer name the text
            // uses, unless that name is the place's own: "Settle Town Council", "Derby Road".)
            bool opens_name = false;
            for (const std::uint32_t k : m_t.cap_words)
                if (k != a && k + 1 < m_tok.size() && s(k) == w && cap_word(k + 1) && same_block(k, k + 1) &&
                    m_tok[k + 1].has(k_space_before) && !place_head(k + 1) && !org_head(k + 1) &&
                    !is_road_word(s(k + 1))) {
                    opens_name = true;
                    break;
                }
            if (!opens_name) {
                emit(a, a + 1, Kind::place, "city", true);
                return;
            }
        }
    }
    constexpr std::uint16_t k_not_name = k_wc_demonym | k_wc_function | k_wc_title | k_wc_weekday |
                                         k_wc_non_entity_head;
    if ((t.lex.classes & k_not_name) != 0 || t.lex.month != 0 || t.lex.is_number_word()) return;
    bool initial = sentence_initial(a);
    // "HOLLAND, MI —": a state's postal code after a dateline's city.
    if (t.has(k_all_caps) && usps_dateline_code(a)) {
        emit(a, a + 1, Kind::place, "region");
        return;
    }
    if (t.has(k_all_caps) && dateline_at(a, a + 1)) {
        emit(a, a + 1, Kind::place, "city", true);
        return;
    }
    // "flight CL412", "the ATR 72", "an F-35": codes and models, not organizations.
    if (t.has(k_all_caps) && (t.has(k_has_digit) ||
                                 (a + 1 < m_tok.size() && same_block(a, a + 1) && m_tok[a + 1].type == TokenType::number &&
                                     m_tok[a + 1].has(k_space_before)) ||
                                 (a + 2 < m_tok.size() && is_punct(m_tok[a + 1], '-') && attached(a + 1) &&
                                     m_tok[a + 2].type == TokenType::number && attached(a + 2))))
        return;
    // "Shrawan 2096 BS", "543 BC", "1445 AH": an era after a year, no organization.
    if (t.has(k_all_caps) && t.size() <= 3 && a > 0 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::number &&
        any_of(w, {"BS", "BE", "AD", "BC", "BCE", "CE", "AH", "AM"}))
        return;
    if (t.has(k_all_caps)) {
        if (ev & k_ev_credit) {
            emit(a, a + 1, Kind::org, "media");
            return;
        }
        // "METI said in a statement": at a sentence start, a speech verb vouches for it.
        const bool speaks = initial && a + 1 < m_tok.size() && same_block(a, a + 1) &&
                            (m_tok[a + 1].is(k_wc_speech_verb) || org_apposition(a + 1)); // "IMG, the … company"
        // "150 million gallons per day (MGD)": a unit spelled out in lower case before it; its
        // later uses are no organization either.
        if (a >= 2 && a + 1 < m_tok.size() && is_punct(m_tok[a - 1], '(') && is_punct(m_tok[a + 1], ')') &&
            m_tok[a - 2].type == TokenType::word && !m_tok[a - 2].has(k_cap) && spelled_by_words(w, a - 1)) {
            m_acronyms[w] = AcronymDef{k_none};
            return;
        }
        // "from 1,040 MLD (million litres a day) to 830 MLD": an acronym no list knows right after
        // an amount (not a year: "the 2039 ANC conference") is its unit.
        if (a >= 1 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::number && t.size() <= 4 &&
            !(m_tok[a - 1].size() == 4 && s(a - 1).find_first_not_of("0123456789") == std::string_view::npos) &&
            !m_g.find(w).found() && !is_stat_code(w) && s(a - 1).find('.') == std::string_view::npos &&
            !(a + 1 < m_tok.size() && attached(a + 1) && (is_punct(m_tok[a + 1], '-') || is_punct(m_tok[a + 1], '/'))) &&
            !all_caps_line(a) &&
            !(a + 1 < m_tok.size() && same_block(a, a + 1) && m_tok[a + 1].type == TokenType::word &&
                (m_tok[a + 1].has(k_cap) || !m_tok[a + 1].is(k_wc_function)))) {
            m_acronyms[w] = AcronymDef{k_none};
            return;
        }
        // "a local enhanced management area, or LEMA,": the same after ", or".
        if (a >= 3 && is_punct(m_tok[a - 2], ',') && m_tok[a - 1].type == TokenType::word &&
            is_literal(s(a - 1), "or") && m_tok[a - 3].type == TokenType::word && !m_tok[a - 3].has(k_cap) &&
            spelled_by_words(w, a - 2)) {
            m_acronyms[w] = AcronymDef{k_none};
            return;
        }
        // "CPI(M)", "JD(U)": a faction's letter in brackets joined to it makes a party of any acronym.
        if (attached(a + 1) && faction_mark_at(a + 1)) {
            emit(a, a + 1, Kind::org, "party");
        } else if ((!initial || speaks) && !is_non_org_acronym(w) && t.size() >= 2 && t.size() <= 8 &&
                   !t.has(k_abbrev) && !all_caps_line(a) && !t.is(k_wc_common) && !member_title_at(a + 1)) {
            emit(a, a + 1, Kind::org, "other", true);
        }
        return;
    }
    if (ev & k_ev_credit) {
        emit(a, a + 1, Kind::org, "media", true);
        return;
    }
    // "in the East": a capitalized compass region.
    if (is_direction(w) && a > 0 && is_literal(s(a - 1), "the") && !(a + 1 < m_tok.size() && cap_word(a + 1))) {
        emit(a, a + 1, Kind::place, "region");
        return;
    }
    if (t.is(k_wc_common) && !t.is(k_wc_given)) {
        placeholder(a, a + 1);
        return;
    }
    // "Tumuhimbise, 58, a farmer from …": an age in apposition makes an unknown word a person, at
    // a sentence start too (not after a place's preposition: "in Kakoba, 12, …" lists).
    if (!t.has(k_all_caps) && !m_tok[a].has(k_title_line) && t.size() >= 3 && age_apposition(a + 1) &&
        !preposition_before(a, {"in", "at", "near", "from", "to", "of", "and"})) {
        emit(a, a + 1, Kind::person, "", true);
        return;
    }
    // "Nagaraju, a farmer from Magadi, said": a person's role in apposition makes an unknown word
    // a person (not after a place's preposition).
    if (!t.has(k_all_caps) && !m_tok[a].has(k_title_line) && t.size() >= 3 && !t.is(k_wc_given) &&
        !preposition_before(a, {"in", "at", "near", "from", "to", "of", "and", "for", "with", "by"}) &&
        a + 3 < m_tok.size() && is_punct(m_tok[a + 1], ',') && same_block(a, a + 3) &&
        (is_literal(s(a + 2), "a") || is_literal(s(a + 2), "an"))) {
        std::uint32_t q = a + 3;
        while (q < m_tok.size() && q < a + 6 && same_block(a, q) && m_tok[q].type == TokenType::word &&
               !m_tok[q].has(k_cap) && !is_role_noun(s(q)) && !is_function_word(s(q)))
            ++q;
        if (q < m_tok.size() && same_block(a, q) && m_tok[q].type == TokenType::word && !m_tok[q].has(k_cap) &&
            is_role_noun(s(q))) {
            emit(a, a + 1, Kind::person, "", true);
            return;
        }
    }
    bool possessive_next = a + 1 < m_tok.size() && m_tok[a + 1].type == TokenType::possessive;
    // "evacuated to Darwin", "at Regina", "flights from Lincoln": a town spelled like a given name,
    // after travel or a place's preposition, unless the article names a person with it.
    if (t.is(k_wc_given) && !initial && !possessive_next && !t.has(k_all_caps) && !m_tok[a].has(k_title_line) &&
        a >= 1 && m_tok[a - 1].type == TokenType::word && !m_tok[a - 1].has(k_cap) && m_tok[a - 1].size() <= 7 &&
        same_block(a - 1, a) &&
        !(a + 1 < m_tok.size() && same_block(a, a + 1) && cap_word(a + 1) && m_tok[a + 1].has(k_space_before))) {
        const std::string_view p = s(a - 1);
        bool place = any_of(p, {"in", "at", "from", "near", "outside", "via", "into", "around", "across"});
        if (is_literal(p, "to") && a >= 2 && m_tok[a - 2].type == TokenType::word) {
            std::uint32_t v = a - 2;
            if (v > 0 && any_of(s(v), {"back", "straight", "directly", "home"})) --v;
            place = is_motion_verb(s(v)) || any_of(s(v), {"been", "flown", "trip", "flights", "flight", "road", "route",
                                                          "way", "journey", "bus", "buses", "train", "trains"});
        }
        // ("from Gilbert & Sullivan", "at Evans and Sutherland": a firm named after people; "fled
        // to David": a person the article has speak or act.)
        if (place && a + 2 < m_tok.size() && same_block(a, a + 2) &&
            (is_punct(m_tok[a + 1], '&') ||
                (is_literal(s(a + 1), "and") && cap_word(a + 2) && !known_place_at(a + 2).found() &&
                    !m_g.is_given_town(s(a + 2)))))
            place = false;
        if (place && (!m_g.is_given_town(w) || given_elsewhere(a) || speaks_elsewhere(a))) place = false;
        if (place) {
            emit(a, a + 1, Kind::place, "city", true);
            return;
        }
    }
    // "a Hobart-based family company": a town spelled like a given name before "-based" is where
    // something is based, unless the article names a person with it.
    if (t.is(k_wc_given) && !t.has(k_all_caps) && !m_tok[a].has(k_title_line) && m_g.is_given_town(w) &&
        a + 2 < m_tok.size() && is_punct(m_tok[a + 1], '-') && attached(a + 1) && attached(a + 2) &&
        m_tok[a + 2].type == TokenType::word && is_literal(s(a + 2), "based") && !given_elsewhere(a) &&
        !speaks_elsewhere(a)) {
        emit(a, a + 1, Kind::place, "city", true);
        return;
    }
    // "Boeing's Everett and Renton plants", "between Darwin and Katherine": a town spelled like a
    // given name, joined by "and" to a listed city, is the other's peer, unless the article names a
    // person with it.
    if (t.is(k_wc_given) && !initial && !possessive_next && !t.has(k_all_caps) && !m_tok[a].has(k_title_line) &&
        m_g.is_given_town(w) && a >= 1 && a + 2 < m_tok.size() && same_block(a - 1, a + 2) &&
        (m_tok[a - 1].type == TokenType::possessive ||
            (m_tok[a - 1].type == TokenType::word &&
                any_of(s(a - 1), {"in", "at", "from", "near", "between", "the"}))) &&
        is_literal(s(a + 1), "and")) {
        std::uint32_t pe = a + 2;
        const GazetteerEntry peer = known_place_at(a + 2, &pe);
        if (peer.found() && is_literal(peer.subtype, "city") && !m_g.is_given_town(s(a + 2)) &&
            (pe >= m_tok.size() || !same_block(a, pe) || m_tok[pe].type != TokenType::word || !m_tok[pe].has(k_cap)) &&
            !given_elsewhere(a) && !speaks_elsewhere(a)) {
            emit(a, a + 1, Kind::place, "city", true);
            return;
        }
    }
    // ("in Hobart": a town that is also a first name counts after "in", "near", "outside".)
    if (!initial && !possessive_next &&
        ((preposition_before(a, {"near", "outside", "in"}) && !given_elsewhere(a)) ||
            // ("off Kandilli": not "leeches off ISPs")
            (preposition_before(a, {"off"}) && !t.is(k_wc_given) && w.size() >= 2 && w[1] >= 'a' && w[1] <= 'z') ||
            (preposition_before(a, {"around", "above", "below", "beyond", "throughout"}) && !t.is(k_wc_given))) &&
        t.size() >= 3) {
        bool ok_after = a + 1 >= m_tok.size() || !same_block(a, a + 1) ||
                        m_tok[a + 1].type == TokenType::punct ||
                        (m_tok[a + 1].type == TokenType::word && !m_tok[a + 1].has(k_cap));
        if (ok_after) {
            emit(a, a + 1, Kind::place, "city", true);
            return;
        }
    }
    // "Nikau Whitcombe, of Titirangi, finished eighth": a word no list knows between "of" after a
    // person's name and a comma or period is where the person lives.
    if (!initial && !possessive_next && a >= 3 && is_literal(s(a - 1), "of") && is_punct(m_tok[a - 2], ',') &&
        same_block(a - 3, a) && !m_out.empty() && m_out.back().last == a - 2 && m_out.back().kind == Kind::person &&
        unlisted_word(a) && !t.is(k_wc_given) && !t.has(k_all_caps) && t.size() >= 3 && a + 1 < m_tok.size() &&
        same_block(a, a + 1) && (is_punct(m_tok[a + 1], ',') || is_punct(m_tok[a + 1], '.'))) {
        emit(a, a + 1, Kind::place, "city", true);
        return;
    }
    // "80 km east of X", "the outskirts of X", "the town of X": a place. ("Residents of X" opening a
    // sentence: the noun read in lower case.)
    if (!initial && !possessive_next && a >= 2 && is_literal(s(a - 1), "of") && same_block(a - 2, a) &&
        m_tok[a - 2].type == TokenType::word &&
        (!m_tok[a - 2].has(k_cap) || (m_tok[a - 2].has(k_sentence_start) && !m_tok[a - 2].has(k_all_caps))) &&
        t.size() >= 3) {
        char lowered[40];
        std::string_view p = ascii_lower(s(a - 2), lowered);
        bool compass = is_literal(p, "north") || is_literal(p, "south") || is_literal(p, "east") ||
            is_literal(p, "west") || is_literal(p, "northeast") || is_literal(p, "northwest") ||
            is_literal(p, "southeast") || is_literal(p, "southwest") || is_literal(p, "north-east") ||
            is_literal(p, "north-west") || is_literal(p, "south-east") || is_literal(p, "south-west");
        if (compass || is_place_noun(p)) {
            emit(a, a + 1, Kind::place, "city", true);
            return;
        }
        // "the people of Suba", "his own seat of Mapusa": people live in places.
        if (!t.is(k_wc_given) && any_of(p, {"people", "residents", "citizens", "seat", "streets", "edge"})) {
            emit(a, a + 1, Kind::place, "city", true);
            return;
        }
        // "a former mayor of Gualaceo", "the governor of Azuay": the place an office governs.
        if (!t.is(k_wc_given) && any_of(p, {"mayor", "governor", "prefect", "mayors", "governors"})) {
            emit(a, a + 1, Kind::place, is_literal(p, "governor") || is_literal(p, "governors") ? "region" : "city",
                true);
            return;
        }
    }
    // A word no list knows, set where only a place stands (tested before whether it speaks elsewhere):
    // - "has lived on Foula all her life", "a wind farm on Suðuroy", "Islanders on Luing": living,
    //   farming or landing on it is being on an island;
    // - "homes in Pangai, on Lifuka": a place, a comma and "on": the island the place stands on (not a
    //   date, "in Wolkite, Gurage Zone, on Megabit 6", a month of another calendar);
    // - "its station in nearby Bilje", "farmers from neighbouring Gicha": a preposition of place and
    //   "nearby";
    // - "the council-run ferry to Seil", "sailings from Ulsta": a ferry's end.
    if (!initial && !possessive_next && unlisted_word(a) && t.size() >= 3) {
        const auto word_before = [&](std::uint32_t back, std::initializer_list<std::string_view> words) {
            return a >= back && same_block(a - back, a) && m_tok[a - back].type == TokenType::word &&
                   any_of(s(a - back), words);
        };
        const char* sub = nullptr;
        if (word_before(1, {"on"})) {
            if (word_before(2, {"lived", "live", "lives", "living", "born", "raised", "grew", "farm", "farms", "farming",
                                "crofts", "crofting", "landed", "stranded", "marooned", "holiday", "holidaying",
                                "settled", "ashore", "homes", "houses", "airstrip", "pier", "harbour", "school", "ferry",
                                "camped", "islanders", "Islanders", "residents", "crofters", "villagers", "families",
                                "slipway", "jetty", "quay", "shop", "church", "beach"}))
                sub = "geo";
            else if (a >= 3 && is_punct(m_tok[a - 2], ',') && same_block(a - 3, a) && !m_out.empty() &&
                     m_out.back().last == a - 2 && m_out.back().kind == Kind::place &&
                     !(a + 1 < m_tok.size() && same_block(a, a + 1) && m_tok[a + 1].type == TokenType::number))
                sub = "geo";
        } else if (word_before(1, {"nearby", "neighbouring", "neighboring", "adjacent", "adjoining"}) &&
                   word_before(2, {"in", "at", "to", "from", "of", "near"})) {
            sub = "city";
        } else if (word_before(1, {"to", "from"}) &&
                   word_before(2, {"ferry", "ferries", "sailings", "sailing", "crossing", "crossings", "boat", "boats",
                                   "causeway"})) {
            sub = "geo";
        }
        if (sub && !speaks_elsewhere(a)) {
            emit(a, a + 1, Kind::place, sub, true);
            return;
        }
    }
    // "across the Sognefjord", "the Hardangerjøkulen", "on the Rotsee": a fjord's, a glacier's or a
    // lake's name by its Nordic or German ending (a word no list knows).
    if (!possessive_next && unlisted_word(a) && t.size() >= 6) {
        const auto ends = [&](std::string_view tail) {
            return w.size() > tail.size() + 2 && w.substr(w.size() - tail.size()) == tail;
        };
        const bool the = a >= 1 && same_block(a - 1, a) && is_literal(s(a - 1), "the");
        if (ends("fjord") || ends("fjorden") || ends("fj\xC3\xB6r\xC3\xB0ur") || ends("j\xC3\xB8kulen") ||
            ends("j\xC3\xB6kull") || (the && (ends("see") || ends("meer") || ends("vatnet")))) {
            emit(a, a + 1, Kind::place, "geo");
            return;
        }
    }
    // "Kazinform correspondent reports", "a Xinhua reporter": a news outlet's staff (a word no list
    // knows: "our Moscow correspondent" files from a place).
    if (!possessive_next && unlisted_word(a) && t.size() >= 4 && a + 1 < m_tok.size() &&
        same_block(a, a + 1) && m_tok[a + 1].type == TokenType::word &&
        any_of(s(a + 1), {"correspondent", "correspondents", "reporter", "reporters", "journalist", "journalists"}) &&
        !m_g.is_town(w)) {
        emit(a, a + 1, Kind::org, "media");
        return;
    }
    // "the Jadwiga mine", "the Jadwiga pit", "the Bulga colliery": a mine named by one word, even a
    // given name ("the Ford plant" is the firm's: only a mine's nouns count).
    if (!initial && !possessive_next && a >= 1 && a + 1 < m_tok.size() && is_literal(s(a - 1), "the") &&
        same_block(a - 1, a + 1) && !t.has(k_all_caps) && t.size() >= 3 && m_tok[a + 1].type == TokenType::word &&
        any_of(s(a + 1), {"mine", "pit", "colliery", "quarry", "oilfield", "gasfield", "goldmine", "shaft"}) &&
        (t.lex.classes & (k_wc_common | k_wc_function | k_wc_title | k_wc_demonym)) == 0) {
        const GazetteerEntry known = lookup(a, a + 1);
        if (!known.found() || known.kind == Kind::place) {
            emit(a, a + 1, Kind::place, "facility");
            return;
        }
    }
    // "the ridge between Hov and Porkeri", "sailings between Walls and Ham": two names after
    // "between" and a noun of ground or travel are the places at its ends (words no list knows).
    if (!initial && !possessive_next && unlisted_word(a) && t.size() >= 3) {
        const auto ground = [&](std::uint32_t q) {
            return m_tok[q].type == TokenType::word && !m_tok[q].has(k_cap) &&
                   any_of(s(q), {"ridge", "road", "border", "route", "routes", "ferry", "ferries", "sailings", "boundary",
                                 "stretch", "section", "line", "link", "crossing", "channel", "strait", "land", "valley",
                                 "coast", "distance", "journey", "trip", "trips", "flights", "service", "services",
                                 "tunnel", "bridge", "highway", "railway", "river", "halfway", "midway", "lies",
                                 "situated", "located", "track", "path", "cable", "pipeline", "corridor", "sound"});
        };
        const auto unknown = [&](std::uint32_t q) { return q < m_tok.size() && unlisted_word(q) && m_tok[q].size() >= 3; };
        const bool first = a >= 2 && is_literal(s(a - 1), "between") && same_block(a - 2, a + 2) && ground(a - 2) &&
                           a + 2 < m_tok.size() && is_literal(s(a + 1), "and") && unknown(a + 2);
        const bool second = a >= 4 && is_literal(s(a - 1), "and") && is_literal(s(a - 3), "between") &&
                            same_block(a - 4, a) && ground(a - 4) && unknown(a - 2);
        if ((first || second) && !speaks_elsewhere(a)) {
            emit(a, a + 1, Kind::place, "city", true);
            return;
        }
    }
    // "Plaid Cymru’s councillor for Maerdy", "the member for Gerlan": the ward or seat a member
    // represents.
    if (!initial && !possessive_next && !t.is(k_wc_given) && !t.has(k_all_caps) && t.size() >= 3 && a >= 2 &&
        is_literal(s(a - 1), "for") && same_block(a - 2, a) && m_tok[a - 2].type == TokenType::word &&
        any_of(s(a - 2), {"councillor", "councilor", "councillors", "councilors", "member", "MP", "MLA", "MSP", "MS",
                          "AM", "TD", "MHK", "MPP", "MNA", "alderman", "supervisor", "representative", "deputy"}) &&
        !lookup(a, a + 1).found()) {
        emit(a, a + 1, Kind::place, "city", true);
        return;
    }
    // "can ship straight to Chattogram", "flew back to Lagos": travel ends at a place.
    if (!initial && !possessive_next && !t.is(k_wc_given) && t.size() >= 3 && a >= 2 &&
        (is_literal(s(a - 1), "to") || is_literal(s(a - 1), "for")) && same_block(a - 2, a)) {
        std::uint32_t v = a - 2;
        if (v > 0 && m_tok[v].type == TokenType::word && any_of(s(v), {"straight", "back", "directly", "on"})) --v;
        if (m_tok[v].type == TokenType::word && is_motion_verb(s(v)) &&
            (is_literal(s(a - 1), "to") || is_literal(s(v), "bound"))) {
            emit(a, a + 1, Kind::place, "city", true);
            return;
        }
        // "the road to Mataga", "a bus to Portree", "crews were deployed to Bodija", "towed to Kos":
        // a way, a vehicle or a dispatch ends at a place (a word no list knows, before no
        // possessive: "the pipeline to Turkey's port"; not "sent to", which letters and envoys are
        // to people).
        if (is_literal(s(a - 1), "to") && unlisted_word(a) && m_tok[a - 2].type == TokenType::word &&
            any_of(s(a - 2), {"road", "roads", "route", "routes", "way", "journey", "trip", "trips", "bus", "buses",
                              "train", "trains", "truck", "trucks", "lorry", "lorries", "flight", "flights", "link",
                              "cable", "pipeline", "highway", "railway", "railroad", "tunnel", "causeway",
                              "deployed", "redeployed", "towed", "trucked", "bused", "bussed", "ferried", "dispatched",
                              "despatched"}) &&
            !speaker_word_elsewhere(a)) {
            emit(a, a + 1, Kind::place, "city", true);
            return;
        }
    }
    // "from Ekwendeni to Embangweni", "from Tignish to Souris": a stretch from a place ends at one,
    // and one that ends at a place opens at one (words no list knows; a comma, a full stop or a
    // lower-case word after the second).
    if (!initial && !possessive_next && unlisted_word(a) && t.size() >= 3 && !t.is(k_wc_given) && a >= 1 &&
        same_block(a - 1, a)) {
        const auto clause_ends = [&](std::uint32_t q) {
            return q >= m_tok.size() || !same_block(a, q) || m_tok[q].type == TokenType::punct ||
                   (m_tok[q].type == TokenType::word && !m_tok[q].has(k_cap));
        };
        bool place = false;
        // the second end: "from" PLACE "to" a
        if (is_literal(s(a - 1), "to") && a >= 3 && clause_ends(a + 1) && !m_out.empty() &&
            m_out.back().last == a - 1 && m_out.back().kind == Kind::place && m_out.back().first >= 1 &&
            same_block(m_out.back().first - 1, a) && m_tok[m_out.back().first - 1].type == TokenType::word &&
            is_literal(s(m_out.back().first - 1), "from"))
            place = true;
        // the first end: "from" a "to" PLACE
        std::uint32_t end = 0;
        if (!place && is_literal(s(a - 1), "from") && a + 2 < m_tok.size() && same_block(a, a + 2) &&
            m_tok[a + 1].type == TokenType::word && is_literal(s(a + 1), "to") && cap_word(a + 2) &&
            known_place_at(a + 2, &end).found() && clause_ends(end))
            place = true;
        // "the beaches from Kasilof to Ninilchik": both ends words no list knows, each alone, neither
        // a surname the text gives a person elsewhere ("a cross from Tierney to Saka" after "Kieran
        // Tierney").
        if (!place && is_literal(s(a - 1), "from") && a + 2 < m_tok.size() && same_block(a, a + 2) &&
            m_tok[a + 1].type == TokenType::word && is_literal(s(a + 1), "to") && unlisted_word(a + 2) &&
            !m_tok[a + 2].is(k_wc_given) && m_tok[a + 2].size() >= 3 && clause_ends(a + 3) &&
            !t.has(k_has_digit) && !m_tok[a + 2].has(k_has_digit) && // ("from K24 to K28": prices)
            !surname_elsewhere(a) && !surname_elsewhere(a + 2) && !speaker_word_elsewhere(a + 2))
            place = true;
        if (place && !speaker_word_elsewhere(a)) {
            emit(a, a + 1, Kind::place, "city", true);
            return;
        }
    }
    // "a brother, Knut;", "her 9-year-old son Tobi": a relative named by a first name.
    if (!initial && !t.has(k_all_caps) && a >= 1 && same_block(a - 1, a)) {
        std::uint32_t r = a - 1;
        // After a comma, only a name that ends the item: "a brother, Knut;" (not "my husband, I'd").
        const bool comma = is_punct(m_tok[r], ',');
        const bool item_ends = a + 1 >= m_tok.size() || !same_block(a, a + 1) || m_tok[a + 1].type == TokenType::punct ||
                               is_literal(s(a + 1), "and");
        if (comma && r > 0 && same_block(r - 1, a)) --r;
        if (m_tok[r].type == TokenType::word && (!comma || item_ends) && w.find('\'') == std::string_view::npos &&
            any_of(s(r), {"son", "sons", "daughter", "daughters", "brother", "brothers", "sister", "sisters", "wife",
                             "husband", "mother", "father", "grandson", "granddaughter", "nephew", "niece", "cousin",
                             "partner", "widow", "widower", "stepson", "stepdaughter", "twin"})) {
            emit(a, a + 1, Kind::person, "", true);
            return;
        }
    }
    // "their children, Kwame, Simone and Tariq", "Iris (nee Campbell)": relatives named in a list
    // after a relation, and a maiden name.
    if (!initial && !t.has(k_all_caps) && w.find('\'') == std::string_view::npos && (relative_list_item(a) ||
            (a >= 1 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word &&
                any_of(s(a - 1), {"nee", "née", "born"}) && a >= 2 && is_punct(m_tok[a - 2], '(')) ||
            (a + 2 < m_tok.size() && same_block(a, a + 2) && is_punct(m_tok[a + 1], '(') &&
                m_tok[a + 2].type == TokenType::word && any_of(s(a + 2), {"nee", "née"})) ||
            (a >= 2 && same_block(a - 2, a) && is_literal(s(a - 1), "by") && is_literal(s(a - 2), "survived")))) {
        emit(a, a + 1, Kind::person, "", true);
        return;
    }
    // "Fitbit, a unit of Google", "X, the platform": a company apposition.
    if (const char* org = org_apposition(a + 1)) {
        emit(a, a + 1, Kind::org, org, true);
        return;
    }
    // "analysts at Bernstein": people work at organizations, not at other people.
    if (!initial && !t.is(k_wc_given) && a >= 2 && is_literal(s(a - 1), "at") && same_block(a - 2, a) &&
        m_tok[a - 2].type == TokenType::word && s(a - 2).size() > 3 && s(a - 2).back() == 's' &&
        (!m_tok[a - 2].has(k_cap) || sentence_initial(a - 2))) {
        // "thermal plants at X", "mines at X": facilities stand at places, not at companies
        // ("laid up for years at Esna": nor do spans of time).
        std::string_view pl = s(a - 2);
        if (any_of(pl, {"years", "months", "weeks", "days", "hours", "decades", "times", "nights", "weekends"})) {
            emit(a, a + 1, Kind::place, "city", true);
            return;
        }
        if (is_facility_noun(pl.substr(0, pl.size() - 1)) || is_literal(pl, "stations") ||
            is_literal(pl, "facilities") || is_literal(pl, "factories") || is_literal(pl, "refineries")) {
            emit(a, a + 1, Kind::place, "city", true);
            return;
        }
        // Only people work at an organization ("upgrades at Ouyen", "queues at Safwan": things
        // happen at places).
        char folded[40]; // "Analysts at Bernstein" opening a sentence
        if (is_job_noun(ascii_lower(pl.substr(0, pl.size() - 1), folded)) ||
            any_of(pl, {"workers", "employees", "staff", "officials", "executives", "bosses", "colleagues",
                           "scientists", "staffers", "employers", "owners", "shareholders", "investors"})) {
            emit(a, a + 1, Kind::org, "company", true);
            return;
        }
    }
    // "an analyst at Jefferies", "a professor at Stanford": a job at an organization.
    // "a customs official at Tatopani", "a district officer at Kerema": a post at a place.
    if (!initial && !t.is(k_wc_given) && !t.has(k_all_caps) && a >= 3 && is_literal(s(a - 1), "at") &&
        same_block(a - 3, a) && any_of(s(a - 2), {"official", "officer"}) &&
        any_of(s(a - 3), {"customs", "border", "immigration", "police", "district", "village", "county", "municipal",
                             "local", "town", "provincial", "port"})) {
        emit(a, a + 1, Kind::place, "city", true);
        return;
    }
    // "the project director for Cork": a town is the post's patch, no employer.
    if (!initial && !t.is(k_wc_given) && !t.has(k_all_caps) && a >= 2 && is_literal(s(a - 1), "for") &&
        same_block(a - 2, a) && is_job_noun(s(a - 2)) &&
        (lookup(a, a + 1).kind == Kind::place || m_g.is_town(s(a)) || m_g.is_common_town(s(a)))) {
        emit(a, a + 1, Kind::place, "city", true);
        return;
    }
    if (!initial && !t.is(k_wc_given) && a >= 2 && (is_literal(s(a - 1), "at") || is_literal(s(a - 1), "for")) &&
        same_block(a - 2, a) && is_job_noun(s(a - 2))) {
        emit(a, a + 1, Kind::org,
            is_literal(s(a - 2), "professor") || is_literal(s(a - 2), "lecturer") ? "education" : "company", true);
        return;
    }
    // "crofts at Kneep.", "the votes cast at Salelologa and in Apia", "a lodge at Timsgarry,": a word
    // no list knows, after "at" and an ordinary word, that ends its clause is where something
    // is (people work at companies: a job or a workforce before "at" is taken above; things are
    // looked or aimed at: not those).
    if (!initial && !possessive_next && unlisted_word(a) && t.size() >= 4 && !camel_case(w) && !t.has(k_has_digit) &&
        a >= 2 && is_literal(s(a - 1), "at") && same_block(a - 2, a) &&
        m_tok[a - 2].type == TokenType::word && !m_tok[a - 2].has(k_cap) &&
        !any_of(s(a - 2), {"look", "looks", "looked", "looking", "aimed", "aim", "aiming", "directed", "targeted",
                           "angry", "furious", "laughed", "smiled", "pointed", "stared", "glanced", "shot", "fired",
                           "swung", "jabs", "jab", "swipe", "swipes", "dig", "digs", "working", "work", "works",
                           "worked", "job", "jobs", "career", "role", "stint", "spell", "studied", "study",
                           "studying", "shares", "stake", "deal", "talks", "merger", "executive", "executives",
                           "investor", "investors", "lawyers", "analyst", "analysts", "economist", "economists",
                           "programmer", "programmers", "engineer", "engineers", "was", "were", "is", "are", "been",
                           "be", "am", "learn", "learned", "learnt", "taught", "teach", "teaches"}) &&
        w[1] >= 'a' && w[1] <= 'z' &&
        !is_job_noun(s(a - 2)) &&
        (a + 1 >= m_tok.size() || !same_block(a, a + 1) ||
            is_punct(m_tok[a + 1], ',') || is_punct(m_tok[a + 1], '.') || is_punct(m_tok[a + 1], ';') ||
            is_punct(m_tok[a + 1], ')') ||
            (m_tok[a + 1].type == TokenType::word && !m_tok[a + 1].has(k_cap) &&
                any_of(s(a + 1), {"and", "on", "in", "last", "this", "next", "since", "until", "for", "before",
                                  "after", "during", "where", "when", "which", "yesterday", "today", "were",
                                  "was", "are", "is", "have", "had", "has"}))) &&
        // ("posts at Ribble and Calder": a firm's or a trust's name of two.)
        !(a + 2 < m_tok.size() && same_block(a, a + 2) && is_literal(s(a + 1), "and") && cap_word(a + 2) &&
            !known_place_at(a + 2).found()) &&
        !speaks_elsewhere(a)) {
        // (Only the place of the words vouches for it: a company of the text that bears the name
        // keeps it, "dairy is now the whole story at Ostrander" beside "Ostrander Foods".)
        const std::uint32_t idx = emit(a, a + 1, Kind::place, "city", true);
        if (idx != k_none) m_out[idx].town = true;
        return;
    }
    // "One Timsgarry resident said", "Moira residents": a word no list knows before its residents.
    if (unlisted_word(a) && t.size() >= 4 && !camel_case(w) && !t.has(k_has_digit) && a + 1 < m_tok.size() &&
        same_block(a, a + 1) && m_tok[a + 1].type == TokenType::word &&
        any_of(s(a + 1), {"resident", "residents", "townspeople", "crofters"}) &&
        !speaks_elsewhere(a)) {
        emit(a, a + 1, Kind::place, "city", true);
        return;
    }
    // "a Translink spokesperson said", "the Ulsterbus depot": a word after an article and before a
    // spokesperson names the body the spokesperson speaks for.
    if (a + 1 < m_tok.size() && m_tok[a + 1].size() >= 9 && m_t.text[m_tok[a + 1].start] == 's' &&
        !t.is(k_wc_given) && !t.has(k_all_caps) && !t.is(k_wc_common) && !initial && a >= 1 &&
        same_block(a - 1, a + 1) && m_tok[a - 1].type == TokenType::word && any_of(s(a - 1), {"a", "an", "the"}) &&
        m_tok[a + 1].type == TokenType::word &&
        any_of(s(a + 1), {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen"})) {
        emit(a, a + 1, Kind::org, "company", true);
        return;
    }
    // "BusinessDay", "LinkedIn", "PowerPoint": a capital inside one word after three or more
    // lower-case letters names a company, a brand or a product, not a person ("FitzGerald"
    // aside): an organization where it speaks or reports ("told BusinessDay"), else nothing.
    if (!t.has(k_all_caps) && t.size() >= 5 && camel_case(w)) {
        // ("MetService meteorologist Oriana Beckett", "an AgForce spokesperson", "AgForce, which …")
        const bool org_use = speech_context(a, a + 1) || preposition_before(a, {"by", "told", "to"}) ||
                             employer_before_job(a + 1) ||
                             (a + 1 < m_tok.size() && same_block(a, a + 1) &&
                                 any_of(s(a + 1), {"spokesperson", "spokesman", "spokeswoman", "chief", "boss"})) ||
                             (a + 2 < m_tok.size() && is_punct(m_tok[a + 1], ',') && same_block(a, a + 2) &&
                                 is_literal(s(a + 2), "which"));
        if (org_use)
            emit(a, a + 1, Kind::org, "company", true);
        else
            placeholder(a, a + 1);
        return;
    }
    // A single letter is no person name ("on X").
    if (!initial && speech_context(a, a + 1) && !m_tok[a].has(k_title_line) && t.size() > 1) {
        emit(a, a + 1, Kind::person, "", true);
        return;
    }
    // "Perthshire's biggest wind farms": a word no list knows that ends in "-shire" is a county.
    if (!t.is(k_wc_given) && !t.has(k_all_caps) && !initial && shire_word(w) &&
        t.lex.classes == 0 && !lookup(a, a + 1).found()) {
        emit(a, a + 1, Kind::place, "region", true);
        return;
    }
    // "via Ouyen", "crews from Menomonie": a GeoNames town that no person or organization
    // evidence above claimed (a surname of a person named elsewhere becomes that person later).
    // ("Parkinson’s disease": an eponym is neither.)
    const bool eponym = possessive_next && a + 2 < m_tok.size() && same_block(a, a + 2) &&
                        any_of(s(a + 2), {"disease", "syndrome", "law", "principle", "theorem", "rule", "razor"});
    // ("an analyst at Larkspur", "a partner at Larkspur": a small town's name where such a job is
    // done names the employer.)
    if (!t.is(k_wc_given) && !t.has(k_all_caps) && !t.is(k_wc_title) && !initial && !m_tok[a].has(k_title_line) &&
        (ev & (k_ev_byline | k_ev_credit | k_ev_title)) == 0 && (m_g.is_town(w) || m_g.is_common_town(w)) &&
        !lookup(a, a + 1).found() && employer_at(a)) {
        emit(a, a + 1, Kind::org, "company", true);
        return;
    }
    if (!t.is(k_wc_given) && !t.has(k_all_caps) && !t.is(k_wc_title) && !initial && !eponym && !m_no_lone_town &&
        m_g.is_town(w)) {
        const std::uint32_t idx = emit(a, a + 1, Kind::place, "city", true);
        if (idx != k_none) m_out[idx].town = true;
        return;
    }
    // "the Dorohusk crossing", "the Loiyangalani substation": an unknown name before a facility
    // noun after "the" (the multi-word form is taken in classify()).
    // ("its planned Bellchambers mine": a possessive determiner, perhaps an adjective between.)
    if (!t.is(k_wc_given) && !t.is(k_wc_common) && !t.has(k_all_caps) && !m_tok[a].has(k_title_line) && a > 0 &&
        m_tok[a - 1].type == TokenType::word && facility_after(a + 1)) {
        auto determiner = [&](std::uint32_t k) {
            return m_tok[k].type == TokenType::word &&
                   any_of(s(k), {"the", "its", "their", "his", "her", "our"});
        };
        // ("held at Mitiga prison", "near Kwezi shaft": a preposition of place, too.)
        const bool det = determiner(a - 1) ||
                         (a >= 2 && !m_tok[a - 1].has(k_cap) && same_block(a - 2, a) && determiner(a - 2)) ||
                         any_of(s(a - 1), {"at", "near", "outside", "inside"});
        if (det) {
            emit(a, a + 1, Kind::place, "facility", true);
            return;
        }
    }
    placeholder(a, a + 1);
}

// A job noun and "at" right before a: "an analyst at X", "Analysts at Y and X" (one list step back).
bool NameDetector::employer_at(std::uint32_t a, bool listed) const {
    if (a < 2 || !same_block(a - 2, a) || m_tok[a - 1].type != TokenType::word) return false;
    if (is_literal(s(a - 1), "at") && m_tok[a - 2].type == TokenType::word) {
        std::string_view job = s(a - 2);
        if (job.size() > 6 && job.back() == 's') job.remove_suffix(1); // "analysts"
        char folded[40];
        return is_job_noun(ascii_lower(job, folded));
    }
    if (listed || !is_literal(s(a - 1), "and")) return false;
    std::uint32_t k = a - 1; // back over the previous name: capitalized words, periods of initials
    while (k > 0 && same_block(k - 1, a) &&
           (cap_word(k - 1) || (is_punct(m_tok[k - 1], '.') && k >= 2 && cap_word(k - 2))))
        --k;
    return k < a - 1 && employer_at(k, true);
}

// "an analyst at X", "his eight years at X", "works at X", "a reporter at X": where someone works
// or worked, before "at" at a - 1.
bool NameDetector::employed_at(std::uint32_t a) const {
    if (employer_at(a)) return true;
    if (a < 2 || !same_block(a - 2, a) || m_tok[a - 2].type != TokenType::word) return false;
    const std::string_view w = s(a - 2);
    return is_role_noun(w) || is_reporter_job(w) ||
           any_of(w, {"years", "months", "weeks", "decades", "career", "job", "jobs", "work", "works", "worked",
                      "working", "employed", "employee", "employees", "staff", "stint", "tenure", "Reporter",
                      "Correspondent", "Editor", "spokesman", "spokeswoman", "spokesperson", "intern", "trainee"});
}

// "the", "The", "a", "an" right before a, or before one or two lower-case modifiers ("an
// unusually warm Pacific").
bool NameDetector::article_before(std::uint32_t a) const {
    for (std::uint32_t k = a, mods = 0; k > 0 && mods <= 2; --k, ++mods) {
        const Token& p = m_tok[k - 1];
        if (p.type != TokenType::word || !same_block(k - 1, a)) return false;
        if (any_of(s(k - 1), {"the", "The", "a", "an"})) return true;
        if (p.has(k_cap) || is_function_word(s(k - 1))) return false;
    }
    return false;
}

// At k: ", 58," (an age) after a name.
bool NameDetector::age_apposition(std::uint32_t k) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (k + 1 >= n || !is_punct(m_tok[k], ',') || !same_block(k, k + 1)) return false;
    const Token& x = m_tok[k + 1];
    if (x.type != TokenType::number || x.size() > 3 || x.has(k_has_alpha) || k + 2 >= n ||
        !is_punct(m_tok[k + 2], ',') || !same_block(k, k + 2))
        return false;
    std::uint32_t age = 0;
    for (const char c : s(k + 1)) {
        if (c < '0' || c > '9') return false;
        age = age * 10 + static_cast<std::uint32_t>(c - '0');
    }
    return age >= 1 && age <= 115;
}

// A capitalized organization or job noun ("Chipmaker Norvane", "Analyst Rohan Mehta").
bool NameDetector::lower_noun_at(std::uint32_t k) const {
    char buf[40];
    const std::string_view l = ascii_lower(s(k), buf);
    return !l.empty() && (org_noun(l) != nullptr || (is_role_noun(l) && !m_tok[k].is(k_wc_title)));
}

// "at KeyBank Center", "at the Adelaide Entertainment Centre", "at CN Centre": after "at", a
// centre whose name holds no word of an institution's work is the venue. ("died at MetroHealth
// Medical Center", "a fellow at the Energy Policy Centre": a hospital, an employer.)
bool NameDetector::venue_center_at(std::uint32_t a, std::uint32_t head) const {
    std::uint32_t i = a;
    if (i > 0 && is_literal(s(i - 1), "the")) --i;
    if (i == 0 || !(is_literal(s(i - 1), "at") || (is_literal(s(i - 1), "At") && sentence_initial(i - 1)))) return false;
    // ("an expert at the Finnish Forest Centre": where someone works or studies.)
    if (employed_at(i) ||
        (i >= 2 && m_tok[i - 2].type == TokenType::word &&
            any_of(s(i - 2), {"expert", "experts", "specialist", "specialists", "scientists", "researchers", "studies",
                              "studied", "student", "students", "doctors", "nurses", "physician", "colleagues",
                              "co-authors"})))
        return false;
    for (std::uint32_t k = a; k < head; ++k)
        if (m_tok[k].type != TokenType::word && m_tok[k].type != TokenType::number) return false;
    return !any_of(s(head - 1), {"Medical", "Health", "Healthcare", "Research", "Policy", "Meteorological", "Auction",
                                 "Training", "Studies", "Science", "Sciences", "Cancer", "Heart", "Trauma", "Rights",
                                 "Film", "Forecasting", "Forecast", "Prediction", "Information", "Advisory",
                                 "Coordination", "Management", "Monitoring", "Warning", "Innovation", "Technology",
                                 "Excellence", "Resource", "Resources", "Legal", "Crisis", "Support", "Service",
                                 "Services", "Business", "Learning", "Education", "Care", "Dialysis", "Counseling",
                                 "Counselling", "Biomedical", "Diagnostic", "Rescue", "Operations", "Command",
                                 "Control", "Emergency", "Poison", "Disease", "Prevention", "Security",
                                 "Intelligence", "Analysis", "Treatment", "Development", "Enterprise", "Design",
                                 "University", "College", "Warfare", "Computing", "Computer", "Naval", "Nuclear"});
}

bool NameDetector::is_job_noun(std::string_view w) {
    if (w.size() < 6 || w.size() > 13) return false; // every job below has 6 to 13 bytes
    static const WordTable<char> jobs = [] {
        WordTable<char> t(64);
        for (std::string_view x :
             {"analyst", "economist", "strategist", "researcher", "professor", "lecturer", "scientist", "engineer",
              "executive", "director", "lawyer", "attorney", "partner", "spokesman", "spokeswoman", "spokesperson",
              "official", "fellow", "trader", "banker", "consultant", "manager", "editor", "reporter", "correspondent",
              "critic", "columnist", "writer"})
            t.insert(x, 1);
        return t;
    }();
    return jobs.contains(w);
}

// ", a unit of", ", the platform", ", a chipmaker" after a name: an organization.
const char* NameDetector::org_apposition(std::uint32_t k) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (k + 2 >= n || !is_punct(m_tok[k], ',') || !same_block(k, k + 2)) return nullptr;
    // The determiner: "a", "an", "the", or a possessive name ("Norway's state investment fund").
    std::uint32_t q = k + 2;
    std::string_view det = s(k + 1);
    if (!is_literal(det, "a") && !is_literal(det, "an") && !is_literal(det, "the")) {
        if (!cap_word(k + 1) || m_tok[k + 2].type != TokenType::possessive) return nullptr;
        q = k + 3;
    }
    // Up to four lower-case modifiers: "the state utility", "the country's largest lender", "a
    // Boston-based incident response firm".
    for (int mods = 0; q < n && same_block(k, q) && !(m_tok[q].type == TokenType::word && org_noun(s(q))); ++mods) {
        const Token& t = m_tok[q];
        bool modifier = t.type == TokenType::word && !t.has(k_cap) && !is_function_word(s(q));
        // "a Berlin-based group": a name joined to the next word by a hyphen.
        bool compound = t.type == TokenType::word && t.has(k_cap) &&
                        ((q + 2 < n && is_punct(m_tok[q + 1], '-') && attached(q + 1) && attached(q + 2)) ||
                         lookup(q, q + 1).found() || t.is(k_wc_demonym)); // "a London law firm", "a Swiss fund"
        bool possessive = (t.type == TokenType::possessive && q > k + 2 && is_literal(s(q - 1), "country")) ||
            // "a citizens’ group": a plural possessive
            ((t.cp == '\'' || t.cp == 0x2019) && t.type == TokenType::punct && attached(q) && q > k + 2 &&
                s(q - 1).size() > 2 && s(q - 1).back() == 's');
        // "a San Francisco payroll startup": a multi-word place is one modifier.
        std::uint32_t place_end = q;
        if (t.type == TokenType::word && t.has(k_cap) && t.is(k_wc_gazetteer) && q + 1 < n && cap_word(q + 1)) {
            GazetteerEntry place;
            const std::uint32_t end = longest_gazetteer(q, std::min(n, q + 4), place);
            if (end > q + 1 && place.kind == Kind::place) {
                compound = true;
                place_end = end - 1;
            }
        }
        const bool hyphen = is_punct(t, '-') && attached(q);
        // "the Lagos-based savings and payments startup": "and" between two modifiers.
        const bool joined = t.type == TokenType::word && is_literal(s(q), "and") && q > k + 2 &&
                            m_tok[q - 1].type == TokenType::word && !m_tok[q - 1].has(k_cap);
        if (mods >= 4 || !(modifier || compound || possessive || hyphen || joined)) return nullptr;
        q = place_end;
        if (hyphen || possessive || joined) --mods; // "Berlin-based" and "country's" count as one modifier
        ++q;
    }
    if (q >= n || m_tok[q].type != TokenType::word || !org_noun(s(q))) return nullptr;
    // The noun must head the apposition: not "a company spokesman", "the firm's founder".
    const char* subtype = org_noun(s(q));
    if (q + 1 >= n || !same_block(q, q + 1)) return subtype;
    const Token& nx = m_tok[q + 1];
    if (nx.type == TokenType::punct)
        return nx.cp == ',' || nx.cp == '.' || nx.cp == ';' || nx.cp == ')' ? subtype : nullptr;
    if (nx.type != TokenType::word) return nullptr;
    std::string_view w = s(q + 1);
    // ("Haʻapai, a group of 62 islands": a group of places.)
    if (is_literal(w, "of")) {
        std::uint32_t g = q + 2;
        if (g < n && same_block(q, g) && m_tok[g].type == TokenType::number) ++g;
        if (g < n && same_block(q, g) && m_tok[g].type == TokenType::word &&
            any_of(s(g), {"islands", "islets", "atolls", "reefs", "villages", "towns", "lakes", "peaks", "mountains",
                          "hills", "valleys"}))
            return nullptr;
    }
    const bool heads = is_literal(w, "of") || is_literal(w, "that") || is_literal(w, "which") ||
        is_literal(w, "based") || is_literal(w, "in") || is_literal(w, "owned") || is_literal(w, "known") ||
        is_literal(w, "formerly") || is_literal(w, "founded") || is_literal(w, "with") || is_literal(w, "whose") ||
        is_literal(w, "for") ||
        // "a firm hired by", "a group backed by": a participle and its agent.
        (w.size() > 4 && w.substr(w.size() - 2) == "ed" && q + 2 < n && is_literal(s(q + 2), "by"));
    return heads ? subtype : nullptr;
}

// At k, a lower-case job ("analyst", "managing director", "chief executive") and then a
// capitalized name: what stands before k is the employer ("Tarrawong Lithium managing director
// Fiona Tregear").
bool NameDetector::employer_before_job(std::uint32_t k) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (k + 1 >= n || k == 0 || !same_block(k - 1, k + 1) || m_tok[k].type != TokenType::word || m_tok[k].has(k_cap))
        return false;
    // A capitalized word one or two tokens on (or after a comma) before the job lists.
    if (!cap_word(k + 1) && !(k + 2 < n && (cap_word(k + 2) || (k + 3 < n && cap_word(k + 3))))) return false;
    std::uint32_t name = k + 1;
    const std::string_view w = s(k);
    // "Corvane's chief product officer Priya Natarajan-Holt": a chief officer of one field.
    if (is_literal(w, "chief") && k + 3 < n && m_tok[k + 1].type == TokenType::word && !m_tok[k + 1].has(k_cap) &&
        is_chief_post_word(s(k + 1)) && is_literal(s(k + 2), "officer"))
        name = k + 3;
    else if ((is_literal(w, "managing") || is_literal(w, "chief") || is_literal(w, "executive")) && k + 2 < n &&
        m_tok[k + 1].type == TokenType::word && !m_tok[k + 1].has(k_cap) &&
        (is_literal(s(k + 1), "director") || is_literal(s(k + 1), "executive") || is_literal(s(k + 1), "economist") ||
            is_literal(s(k + 1), "officer") || is_literal(s(k + 1), "chairman")))
        name = k + 2;
    // "Gala head coach Graeme Waugh", "Kotoko assistant coach X", "Tesco senior economist X"
    else if (any_of(w, {"head", "assistant", "interim", "deputy", "senior", "acting", "former"}) && k + 2 < n &&
             m_tok[k + 1].type == TokenType::word && !m_tok[k + 1].has(k_cap) && is_job_noun(s(k + 1)))
        name = k + 2;
    else if (w.size() < 4 || w.size() > 14 ||
             (!is_job_noun(w) && !any_of(w, {"chairman", "chairwoman", "boss", "founder", "president", "cofounder",
                                               "treasurer", "secretary", "spokesman", "spokeswoman", "spokesperson",
                                               "representative"})))
        return false;
    if (name + 1 < n && is_punct(m_tok[name], ',')) ++name; // "Vantora's chief executive, Sabine Oehlkers"
    // ("Defence lawyer Kieran Power", "Crown attorney X": a kind of lawyer, no employer.)
    if (any_of(w, {"lawyer", "attorney", "counsel", "solicitor", "barrister"}) &&
        any_of(s(k - 1), {"Defence", "Defense", "Crown", "Prosecution", "Family", "Criminal", "Immigration", "Trial",
                             "Divorce", "Estate", "Tax"}))
        return false;
    return name < n && same_block(k, name) && cap_word(name) && m_tok[name].has(k_space_before) &&
        (m_tok[name].is(k_wc_given) || (name + 1 < n && cap_word(name + 1) && same_block(name, name + 1)));
}

// The listed place (up to three words) that starts at capitalized token k, or none; `end`, when
// given, receives one past its last token.
GazetteerEntry NameDetector::known_place_at(std::uint32_t k, std::uint32_t* end) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (k >= n || !cap_word(k)) return {};
    GazetteerEntry e;
    const std::uint32_t last = longest_gazetteer(k, std::min(n, k + 3), e);
    if (last == k || e.kind != Kind::place) return {};
    if (end) *end = last;
    return e;
}

bool NameDetector::regional_service(std::uint32_t a, std::uint32_t b) const {
    if (b - a < 2 || b - a > 3 || m_tok[a].type != TokenType::word || !m_tok[a].has(k_all_caps)) return false;
    const GazetteerEntry media = lookup(a, a + 1);
    if (!media.found() || media.kind != Kind::org || !is_literal(media.subtype, "media")) return false;
    const GazetteerEntry place = lookup(a + 1, a + 2);
    if (m_tok[a + 1].type != TokenType::word || m_tok[a + 1].has(k_all_caps) ||
        !(place.found() ? place.kind == Kind::place : m_g.is_town(s(a + 1))))
        return false;
    // ("Goulburn Murray": one more name, no ordinary word or title.)
    return b == a + 2 || (cap_word(a + 2) && !m_tok[a + 2].has(k_all_caps) && !m_tok[a + 2].is(k_wc_common) &&
                          !m_tok[a + 2].is(k_wc_title));
}

// "BBC Sport", "BBC Sport Scotland", "BBC Radio Lancashire", "BBC Cymru Fyw", "BBC Sport NI": the
// words [a, b) after a listed broadcaster's acronym name one of its services — a service word, then
// at most two more names (a place, a region's acronym, a name no list holds), no ordinary word.
bool NameDetector::broadcaster_service(std::uint32_t a, std::uint32_t b) const {
    if (b - a < 1 || b - a > 3 || m_tok[a].type != TokenType::word ||
        !any_of(s(a), {"Sport", "Sports", "Radio", "Weather", "Cymru", "Online", "Television", "World", "Breakfast"}))
        return false;
    for (std::uint32_t k = a + 1; k < b; ++k)
        if (!cap_word(k) || m_tok[k].is(k_wc_common) || m_tok[k].is(k_wc_title) || m_tok[k].is(k_wc_function))
            return false;
    return true;
}

// A lower-case compass bearing: "south", "north-west" is two tokens and not one of these.
bool NameDetector::is_bearing(std::string_view w) {
    return any_of(w, {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                         "upstream", "downstream"});
}

// A word in capitals that is a given name when written in title case: "MARC", "JASON".
// The start k of the longest name [k, b) that holds "and" whose capitalized words' initials spell
// the acronym in brackets right after b ("Department of Environment and Natural Resources (DENR)",
// "Ministry of Trade and Industry (MTI)"), when one of its words is an organization's head
// (its subtype goes to *sub); else k_none. Connectors ("of", "and", "the", "for", "&") add no letter.
std::uint32_t NameDetector::acronym_spelled_from(std::uint32_t a, std::uint32_t b, const char** sub) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (b + 2 >= n || !is_punct(m_tok[b], '(') || m_tok[b + 1].type != TokenType::word || !all_caps(b + 1) ||
        !is_punct(m_tok[b + 2], ')') || !same_block(b, b + 2))
        return k_none;
    const std::string_view acr = s(b + 1);
    if (acr.size() < 3 || acr.size() > 8) return k_none;
    const auto joins = [&](std::uint32_t k) {
        return (m_tok[k].type == TokenType::word && is_literal(s(k), "and")) || is_punct(m_tok[k], '&');
    };
    bool has_and = false;
    for (std::uint32_t k = a; k < b && !has_and; ++k) has_and = joins(k);
    if (!has_and) return k_none;
    // Walk back from b, matching the acronym's letters from its end.
    std::size_t left = acr.size();
    std::uint32_t best = k_none;
    const char* head = nullptr;
    for (std::uint32_t k = b; k > a && left > 0;) {
        --k;
        const Token& t = m_tok[k];
        if (t.type != TokenType::word) {
            if (is_punct(t, ',') || is_punct(t, '&')) continue;
            return k_none;
        }
        const std::string_view w = s(k);
        if (!t.has(k_cap)) {
            if (any_of(w, {"of", "and", "the", "for", "on", "in"})) continue;
            return k_none;
        }
        char c = w[0];
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (acr[left - 1] != c) return k_none;
        --left;
        if (const char* h = org_head_subtype(w)) head = h; // walking back: the first word's head wins
        if (left == 0) best = k;
    }
    if (best == k_none) return k_none;
    // The acronym may leave out a country or a parent body before the name: "the U.S. Food and Drug
    // Administration (FDA)", "the Office of the National Economic and Social Development Council
    // (NESDC)" (not an ordinary word: "Records of the Department of …").
    for (bool more = true; more && best > a;) {
        more = false;
        std::uint32_t k = best - 1;
        if (is_punct(m_tok[k], '.') && k > a && attached(k) && m_tok[k - 1].type == TokenType::word && m_tok[k - 1].size() <= 2)
            --k; // "U.S."
        if (m_tok[k].type == TokenType::word && m_tok[k].has(k_cap) && !sentence_initial(k)) {
            best = k;
            more = true;
            continue;
        }
        std::uint32_t q = best;
        if (q > a && m_tok[q - 1].type == TokenType::word && is_literal(s(q - 1), "the")) --q;
        if (q > a + 1 && m_tok[q - 1].type == TokenType::word && is_literal(s(q - 1), "of") &&
            m_tok[q - 2].type == TokenType::word && m_tok[q - 2].has(k_cap) && org_head_subtype(s(q - 2)) &&
            !(sentence_initial(q - 2) && m_tok[q - 2].is(k_wc_common))) {
            best = q - 2;
            head = org_head_subtype(s(q - 2));
            more = true;
        }
    }
    if (!head) return k_none;
    // (the name must hold its "and"/"&")
    bool joined = false;
    for (std::uint32_t k = best; k < b && !joined; ++k) joined = joins(k);
    if (!joined) return k_none;
    *sub = head;
    return best;
}

// "BRENNA TSOSIE-WHITAKER" alone on a line, "HOLLIS PENDERGAST / Monitor staff", "JESSE
// LAMBERT-COOK | Gazette-Mail", "KELVIN MUSONDA-PHIRI, Ndola", "KOBE DE WACHTER" closing a
// caption: a byline's or a credit's name in capitals, a listed first name first, then at most
// three more words (hyphenated parts, initials, particles), no trade word among them, and nothing
// but a separator or the line's end after it.
namespace {
// "DE", "VAN", "DER", "AL", "DOS": a surname particle written in capitals.
bool caps_particle(std::string_view w) {
    if (w.empty() || w.size() > 4) return false;
    char buf[40];
    return is_name_particle(ascii_lower(w, buf));
}
} // namespace

bool NameDetector::caps_credit_name(std::uint32_t a, std::uint32_t b) const {
    const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
    if (b - a < 2 || b - a > 7 || !all_caps(a) || !caps_given_name(a) || !all_caps(b - 1) || lookup(a, b).found())
        return false;
    std::uint32_t words = 0;
    for (std::uint32_t k = a; k < b; ++k) {
        const Token& t = m_tok[k];
        if (t.type == TokenType::word) {
            if (!t.has(k_all_caps) || org_head(k) || company_suffix(k) || is_credit_word(s(k)) || t.lex.month != 0 ||
                t.is(k_wc_weekday))
                return false;
            // (ordinary words other than particles make a heading: "JESSE WINS GOLD")
            if (k > a && (t.is(k_wc_common) || t.is(k_wc_function)) && !t.is(k_wc_given) &&
                !caps_particle(s(k)) && !caps_given_name(k))
                return false;
            ++words;
        } else if (!((is_punct(t, '-') && attached(k) && k + 1 < b && attached(k + 1)) ||
                       (is_punct(t, '.') && attached(k) && m_tok[k - 1].size() == 1))) {
            return false;
        }
    }
    if (words < 2 || words > 4) return false;
    const std::uint32_t block = m_tok[a].block;
    const bool line_start = a == m_t.block_first[block] || m_tok[a].has(k_line_start);
    const bool after_credit = a > 0 && same_block(a - 1, a) &&
                              (is_punct(m_tok[a - 1], '/') || (m_tok[a - 1].type == TokenType::word && all_caps(a - 1) &&
                                                                   is_credit_word(s(a - 1))));
    if (!line_start && !after_credit && !m_tok[a].has(k_sentence_start)) return false;
    if (b >= n || !same_block(a, b)) return true;
    const Token& nx = m_tok[b];
    // "DANIELLE ORTIZ-REYES FOR THE BOSTON GLOBE", "… FOR REUTERS": a photographer working for a paper.
    if (nx.type == TokenType::word)
        return is_literal(s(b), "FOR") && b + 1 < n && same_block(b, b + 1) && all_caps(b + 1);
    // ", Nikkei staff writer": a comma, the outlet and the reporter's job to the end of the line.
    if (is_punct(nx, ',') && line_start) {
        const std::uint32_t end = m_t.block_last[block];
        if (end > b + 2 && end - b <= 5 && m_tok[end - 1].type == TokenType::word && is_reporter_job(s(end - 1)) &&
            cap_word(b + 1))
            return true;
    }
    if (nx.type != TokenType::punct) return false;
    if (is_punct(nx, '/') || is_punct(nx, '|')) return true;
    // "PAIGE WINTERBOTTOM — THE BERKSHIRE EAGLE": a dash, then the paper in capitals
    if ((is_punct(nx, 0x2014) || is_punct(nx, 0x2013)) && b + 1 < n && same_block(b, b + 1) &&
        m_tok[b + 1].type == TokenType::word && all_caps(b + 1))
        return true;
    // ", Ndola": a comma then a place or a date line, on the byline's own line
    return is_punct(nx, ',') && (line_start || after_credit) && b + 1 < n && same_block(b, b + 1) &&
           cap_word(b + 1) && !all_caps(b + 1) && (b + 2 >= n || !same_block(b, b + 2));
}

bool NameDetector::caps_given_name(std::uint32_t i) const {
    const std::string_view w = s(i);
    if (w.size() < 2 || w.size() > 16) return false;
    char buf[16];
    buf[0] = w[0];
    for (std::size_t k = 1; k < w.size(); ++k)
        buf[k] = (w[k] >= 'A' && w[k] <= 'Z') ? static_cast<char>(w[k] - 'A' + 'a') : w[k];
    return m_g.is_given_name(std::string_view(buf, w.size()));
}

// "the newspaper X", "price comparison site X": a lower-case organization noun right before.
const char* NameDetector::org_noun_before(std::uint32_t a) const {
    if (a == 0 || !same_block(a - 1, a) || m_tok[a - 1].type != TokenType::word || m_tok[a - 1].has(k_cap))
        return nullptr;
    std::string_view w = s(a - 1);
    if (is_literal(w, "site") || is_literal(w, "website") || is_literal(w, "app") || is_literal(w, "stevedore") ||
        is_literal(w, "drugmaker") || is_literal(w, "chain") || is_literal(w, "rival"))
        return "company";
    // "Osaka-based Kinoshita Pharmaceutical": companies and groups are based somewhere.
    if (is_literal(w, "based") && a >= 3 && is_punct(m_tok[a - 2], '-') && attached(a - 2) && attached(a - 1))
        return "company";
    // "rocket start-up Kōtare Space"
    if (is_literal(w, "up") && a >= 3 && is_punct(m_tok[a - 2], '-') && attached(a - 2) && attached(a - 1) &&
        is_literal(s(a - 3), "start"))
        return "company";
    return org_noun(w);
}

const char* NameDetector::org_noun(std::string_view w) { return org_noun_subtype(w); }

// "group", "cooperative", "agency": a lower-case noun that names a body and never a person's trade
// (not "carrier", "contractor").
bool NameDetector::is_body_noun(std::string_view w) {
    return any_of(w, {"group", "company", "firm", "enterprise", "cooperative", "co-operative", "corporation",
                      "collective", "agency", "organisation", "organization", "union", "association", "foundation",
                      "institute", "charity", "nonprofit", "party", "council", "board", "commission", "alliance",
                      "federation", "coalition", "network", "league", "club", "bank", "startup", "start-up",
                      "subsidiary", "brand", "label", "newspaper", "broadcaster", "outlet", "magazine", "platform",
                      "app", "chain", "conglomerate", "airline", "utility", "regulator", "watchdog", "ministry",
                      "department", "authority", "fund",
                      // trades only a business plies: "the importer Sierra Verde Produce"
                      "importer", "exporter", "consultancy", "pollster", "retailer", "wholesaler", "distributor",
                      "insurer", "lender", "carmaker", "automaker", "chipmaker", "drugmaker"});
}

// "the group Green Alternative", "the cooperative Dukorere Hamwe": a body's noun right before
// (not "carrier Shane Ritchie").
bool NameDetector::body_noun_before(std::uint32_t a) const {
    return a > 0 && same_block(a - 1, a) && m_tok[a - 1].type == TokenType::word && !m_tok[a - 1].has(k_cap) &&
           is_body_noun(s(a - 1));
}

} // namespace gloss::core::detect::names_impl
