// SPDX-License-Identifier: MIT
// NameDetector: the state and rules of the PERSON / ORG / PLACE detector, shared by names*.cpp.
#pragma once

#include "detect/detect.h"
#include "detect/gazetteer.h"
#include "detect/word_table.h"
#include "detect/words.h"

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gloss::core::detect::names_impl {


// Evidence about a run that comes from outside it.
enum Evidence : std::uint8_t {
    k_ev_title = 1u << 0,   ///< a title or honorific stood before it
    k_ev_byline = 1u << 1,  ///< author line
    k_ev_credit = 1u << 2,  ///< photo credit segment
};

/// Faroese farm-name particles: "Hallbjørg á Heygum", "Jóannes í Gerðinum", "Sámal við Ánna".
inline bool is_faroese_particle(std::string_view w) {
    return is_literal(w, "\xC3\xA1") || is_literal(w, "\xC3\xAD") || is_literal(w, "vi\xC3\xB0");
}

inline bool is_connector(std::string_view w) {
    // Every connector has 1 to 5 bytes and opens with one of these: most words leave here.
    if (w.empty() || w.size() > 5) return false;
    switch (w[0]) {
    case 'o': case 'f': case 'a': case 'd': case 'v': case 'b': case 'e': case 'l': case 'y': case '&': case 't': case 'i':
    case 'w': case '\xC3':
        break;
    default:
        return false;
    }
    return is_literal(w, "of") || is_literal(w, "for") || is_literal(w, "and") || is_literal(w, "on") ||
        is_literal(w, "de") || is_literal(w, "du") || is_literal(w, "da") || is_literal(w, "van") ||
        is_literal(w, "von") || is_literal(w, "der") || is_literal(w, "den") || is_literal(w, "al") ||
        is_literal(w, "bin") || is_literal(w, "el") || is_literal(w, "la") || is_literal(w, "le") ||
        is_literal(w, "di") || is_literal(w, "del") || is_literal(w, "des") || is_literal(w, "dos") ||
        is_literal(w, "das") || is_literal(w, "y") || is_literal(w, "della") || is_literal(w, "degli") ||
        is_literal(w, "delle") || is_literal(w, "e") || is_literal(w, "ap") || is_literal(w, "ab") || is_literal(w, "binti") ||
        is_literal(w, "bint") || is_literal(w, "ibn") || // "Maryam bint Khalfan Al Siyabi"
        is_literal(w, "do") || // "Mato Grosso do Sul", "Rio Grande do Norte"
        is_literal(w, "los") || is_literal(w, "las") || // "Jose Mari de los Reyes"
        is_literal(w, "ten") || is_literal(w, "ter") || // Dutch: "Jesper ten Hove"
        is_literal(w, "es") || // "Dar es Salaam"
        is_literal(w, "yr") || // Welsh: "Cymdeithas yr Iaith"
        is_literal(w, "wa") || // Kikuyu: "Njeri wa Mwangi", "Ngugi wa Thiong'o"
        is_literal(w, "arap") || // Kalenjin: "Kipchumba arap Rotich"
        is_faroese_particle(w) || // "Hallbjørg á Heygum"
        is_literal(w, "&"); // "Banco de Crédito e Inversiones", "Gethin ap Rhys"
}


/// Verbs of travel or transport before "to X": "ship straight to Chattogram", "flew back to Lagos".
inline bool is_motion_verb(std::string_view w) {
    return any_of(w, {"fly", "flew", "flown", "flies", "flying", "travel", "traveled", "travelled", "travels",
                         "traveling", "travelling", "ship", "shipped", "ships", "sail", "sailed", "sails", "drive",
                         "drove", "driven", "moved", "relocated", "returned", "return", "returning", "deported",
                         "evacuated", "transferred", "airlifted", "fled", "flee", "walked", "marched", "headed",
                         "bound", "rerouted", "diverted"});
}

/// Lower-case nouns that follow a place name without being part of it: "Jajarkot district".
inline const char* region_noun_subtype(std::string_view w) {
    if (is_literal(w, "district") || is_literal(w, "province") || is_literal(w, "county") ||
        is_literal(w, "municipality") || is_literal(w, "prefecture") || is_literal(w, "governorate") ||
        is_literal(w, "region") || is_literal(w, "state") || is_literal(w, "oblast") || is_literal(w, "canton") ||
        is_literal(w, "township") ||
        // South Asian and Philippine units: "Chilmari upazila", "Mardan tehsil", "Tawig barangay"
        is_literal(w, "upazila") || is_literal(w, "tehsil") || is_literal(w, "taluk") || is_literal(w, "barangay") ||
        // electoral and local units: "Hells Gate ward", "Westmoreland parish" (not "union": "the
        // Unite union" is a trade union)
        is_literal(w, "ward") || is_literal(w, "parish") || is_literal(w, "constituency") ||
        is_literal(w, "sub-county") || is_literal(w, "subcounty") ||
        // Ethiopian, Mongolian, Indonesian and Indian units: "Bensa woreda", "Jinst soum", "Bantul
        // regency", "Kuttanad taluk"
        is_literal(w, "woreda") || is_literal(w, "kebele") || is_literal(w, "soum") || is_literal(w, "aimag") ||
        is_literal(w, "regency") || is_literal(w, "subdistrict") || is_literal(w, "sub-district") ||
        is_literal(w, "mandal"))
        return "region";
    // "Dam Doi commune": Vietnam's and France's smallest administrative units
    if (is_literal(w, "commune")) return "city";
    if (is_literal(w, "village") || is_literal(w, "town") || is_literal(w, "city") || is_literal(w, "neighborhood") ||
        is_literal(w, "neighbourhood") || is_literal(w, "suburb") || is_literal(w, "hamlet"))
        return "city";
    return nullptr;
}

/// Organization words that open a name in Romance and German usage: "Banca Valpadana",
/// "Fondazione Lanterna", "Credito Tirrenico", "Grupo Bimbo" (the subtype, or null).
inline const char* org_prefix_subtype(std::string_view w) {
    static const std::pair<std::string_view, const char*> k_prefixes[] = {
        {"Banca", "company"}, {"Banco", "company"}, {"Banque", "company"}, {"Caixa", "company"},
        {"Credito", "company"}, {"Crédit", "company"}, {"Compagnie", "company"}, {"Compañía", "company"},
        {"Companhia", "company"}, {"Società", "company"}, {"Sociedad", "company"}, {"Société", "company"},
        {"Empresa", "company"}, {"Grupo", "company"}, {"Gruppo", "company"}, {"Groupe", "company"},
        {"Fondazione", "nonprofit"}, {"Fundación", "nonprofit"}, {"Fundação", "nonprofit"},
        {"Fondation", "nonprofit"}, {"Stiftung", "nonprofit"}, {"Istituto", "nonprofit"},
        {"Instituto", "nonprofit"}, {"Universidad", "education"}, {"Università", "education"},
        {"Université", "education"}, {"Universidade", "education"}, {"Ministerio", "government"},
        {"Ministero", "government"}, {"Ministère", "government"}, {"Partido", "party"}, {"Partito", "party"},
        {"Parti", "party"}, {"Ligue", "team"}, {"Liga", "team"}, {"Lega", "team"}, {"Federación", "nonprofit"},
        {"Fédération", "nonprofit"}, {"Federazione", "nonprofit"}, {"Federação", "nonprofit"},
        {"Confédération", "nonprofit"}, {"Confederación", "nonprofit"}, {"Asociación", "nonprofit"},
        {"Associação", "nonprofit"}, {"Associazione", "nonprofit"}, {"Agence", "government"},
        {"Agencia", "government"}, {"Agenzia", "government"}, {"Tribunal", "government"}, {"Corte", "government"},
        {"Cour", "government"}, {"Consejo", "government"}, {"Conseil", "government"}, {"Consiglio", "government"},
        {"Comisión", "government"}, {"Commissione", "government"}, {"Banka", "company"},
        {"Autorité", "government"}, {"Autoridad", "government"}, {"Autoridade", "government"},
        {"Domaine", "company"}, {"Maison", "company"}, {"Bodegas", "company"}, {"Cantina", "company"},
        {"Autorità", "government"},
        // unions ("Sindicato Independente dos Maquinistas"), Welsh bodies ("Cyngor Gwynedd", "Ysgol Crud y Werin")
        {"Sindicato", "nonprofit"}, {"Sindacato", "nonprofit"}, {"Syndicat", "nonprofit"},
        {"Bord", "government"}, // Irish state boards: "Bord Iascaigh Mhara", "Bord na Móna"
        {"Chantier", "company"}, {"Chantiers", "company"}, // shipyards: "Chantier Naval Rive-Sud"
        {"Dewan", "government"}, {"Cyngor", "government"}, {"Llywodraeth", "government"}, {"Ysgol", "education"}, {"Prifysgol", "education"},
        {"Ysbyty", "nonprofit"}, // a Welsh hospital: "Ysbyty Gwynedd"
        // a city's tourist office ("Tourisme Montréal") and a Welsh café ("Caffi'r Chwarel")
        {"Tourisme", "nonprofit"}, {"Caffi", "company"},
        // hospitals as Spanish, Portuguese, French and Italian name them: "Hospital de Guápiles",
        // "Hospital San Carlos", "Hôpital Saint-Louis", "Ospedale Maggiore"
        {"Hospital", "nonprofit"}, {"Hôpital", "nonprofit"}, {"Ospedale", "nonprofit"}, {"Clínica", "nonprofit"},
        // "Shire of Leonora", "Colectivo Raíces de Plateros", "PT Sinar Serayu Abadi" (an Indonesian company)
        {"Shire", "government"}, {"Colectivo", "nonprofit"}, {"Coletivo", "nonprofit"}, {"Centro", "nonprofit"},
        // Indonesian and Malay bodies: "Otoritas Jasa Keuangan", "Badan Pusat Statistik", "Kementerian Keuangan"
        {"Otoritas", "government"}, {"Badan", "government"}, {"Kementerian", "government"}, {"Komisi", "government"},
        {"PT", "company"}, {"Departamento", "government"}, {"Secretaria", "government"}, {"Ministério", "government"},
        // Latin American trade words: "Minera Quebrada Seca", "Constructora Valdés Hermanos",
        // "Inversiones Costanera", "Pesquera Austral", "Naviera Ultramar", "Corporación Minera"
        {"Minera", "company"}, {"Mineração", "company"}, {"Constructora", "company"}, {"Construtora", "company"},
        {"Astilleros", "company"}, {"Estaleiros", "company"}, {"Cantieri", "company"}, // shipyards: "Astilleros Cíes"
        {"Inversiones", "company"}, {"Pesquera", "company"}, {"Naviera", "company"}, {"Petrolera", "company"},
        {"Corporación", "company"}, {"Industrias", "company"}, {"Cooperativa", "company"},
        // Italian and Portuguese trades: "Pelletteria Sarti", "Ferrovia Atlântica", "Officine Bossi"
        {"Pelletteria", "company"}, {"Ferrovia", "company"}, {"Ferrovie", "company"}, {"Officine", "company"},
        {"Manifattura", "company"}, {"Acciaierie", "company"}, {"Distilleria", "company"},
        // steel and metal works: "Siderúrgica Paraopeba", "Metalúrgica Andina", "Acerías de Galicia"
        {"Siderúrgica", "company"}, {"Siderurgica", "company"}, {"Metalúrgica", "company"},
        {"Metalurgica", "company"}, {"Acerías", "company"},
        // town halls: "Câmara Municipal de Lagos", "Ayuntamiento de Bilbao", "Prefeitura de Niterói"
        {"Câmara", "government"}, {"Ayuntamiento", "government"}, {"Prefeitura", "government"},
        {"Município", "government"}, {"Municipio", "government"},
        // governments and police forces: "Governo dos Açores", "Gobierno de Chile", "Polícia Marítima",
        // "Policía Nacional", "Polizia di Stato", "Guardia di Finanza"
        {"Governo", "government"}, {"Gobierno", "government"}, {"Gouvernement", "government"},
        {"Polícia", "government"}, {"Policía", "government"}, {"Polizia", "government"}, {"Guardia", "government"},
        {"Gendarmerie", "government"}, {"Carabinieri", "government"},
        // Māori tribal bodies: "Te Rūnanga o Ngāi Tahu" opens with the article; "Rūnanga" alone too
        {"Rūnanga", "other"}, {"Runanga", "other"}};
    for (const auto& p : k_prefixes)
        if (w == p.first) return p.second;
    return nullptr;
}

/// A team name's generic last word, no nickname of the team: "Kestrel Racing" is not "Racing".
inline bool is_team_generic_word(std::string_view w) {
    return any_of(w, {"Racing", "Cycling", "Motorsport", "Motorsports"});
}

/// A royal title that also opens places' names: "King County", "Prince William", "Queen Anne's".
inline bool is_royal_title(std::string_view w) { return any_of(w, {"King", "Prince", "Queen"}); }

/// A minister's or a secretary's office, which a portfolio may follow: "Minister for Health",
/// "Undersecretary for Railways".
inline bool is_ministerial_title(std::string_view w) {
    return any_of(w, {"Minister", "Secretary", "Undersecretary", "Under-Secretary"});
}

/// A body's word before its fields: "Department of …", "Ministry for …".
inline bool is_body_word(std::string_view w) {
    return any_of(w, {"Department", "Ministry", "Division", "Directorate", "Office", "Bureau", "Committee", "Subcommittee",
                      "Commission", "Agency"});
}

/// Named storms and fires are events: "Typhoon Haneul", "Hurricane Ida".
inline bool is_event_prefix(std::string_view w) {
    return is_literal(w, "Typhoon") || is_literal(w, "Hurricane") || is_literal(w, "Cyclone") ||
        is_literal(w, "Storm") || is_literal(w, "Tropical");
}

/// Shaped like a job or agent noun: "Bassist", "Guitarist", "Defender", "Librarian".
inline bool agent_noun_shape(std::string_view w) {
    auto ends = [w](std::string_view tail) {
        return w.size() >= tail.size() + 3 && w.substr(w.size() - tail.size()) == tail;
    };
    return ends("ist") || ends("er") || ends("or") || ends("ian") || ends("ant") || ends("ent");
}

/// Sectors whose national bodies are named "<Sector> <Country>": "Statistics Poland", "Cricket
/// Australia", "Tourism Ireland" (organization heads such as "Shipping" or "Police" count too).
inline bool is_sector_word(std::string_view w) {
    return any_of(w, {"Statistics", "Transport", "Tourism", "Health", "Sport", "Cricket", "Rugby", "Football",
                         "Elections", "Historic", // "Elections Saskatchewan", "Historic England"
                         "Athletics", "Cycling", "Swimming", "Tennis", "Hockey", "Golf", "Basketball", "Netball",
                         "Rowing", "Sailing", "Skiing", "Boxing", "Volleyball", "Gymnastics", "Baseball", "Water",
                         "Rail", "Hydro", "Screen", "Arts", "Heritage", "Visit", "Team", "Air", "Universities",
                         "Business", "Industry", "Infrastructure", "Invest", "Enterprise", "Customs", "Revenue",
                         "Lotteries", "Ports", "Highways", "Forestry", "Fisheries", "Aid", "Ambulance", "Creative",
                         "Stadiums", "Parks", "Venues"}); // "Stadiums Queensland", "Parks Victoria"
}

/// Lower-case nouns after a name that make it a natural feature: "the Sierra Madre mountains".
inline bool is_geo_noun(std::string_view w) {
    return is_literal(w, "mountains") || is_literal(w, "mountain") || is_literal(w, "range") ||
        is_literal(w, "river") || is_literal(w, "hills") || is_literal(w, "islands") || is_literal(w, "peninsula") ||
        is_literal(w, "valley") || is_literal(w, "desert") || is_literal(w, "coast") || is_literal(w, "strait") ||
        is_literal(w, "lake") || is_literal(w, "glacier") || is_literal(w, "volcano") || is_literal(w, "plateau") ||
        is_literal(w, "delta") || is_literal(w, "wetland") || is_literal(w, "wetlands") || is_literal(w, "crater") ||
        is_literal(w, "lagoon") || is_literal(w, "estuary") || is_literal(w, "gorge") ||
        is_literal(w, "canyon") || is_literal(w, "reef");
}

/// Particles written joined to a surname by a hyphen: "al-Sudani", "el-Sisi", "bin-Laden".
inline bool is_hyphen_particle(std::string_view w) {
    return is_literal(w, "al") || is_literal(w, "el") || is_literal(w, "ad") || is_literal(w, "ar") ||
        is_literal(w, "as") || is_literal(w, "ash") || is_literal(w, "at") || is_literal(w, "az") ||
        is_literal(w, "an") || is_literal(w, "bin") || is_literal(w, "ibn") || is_literal(w, "abu") ||
        is_literal(w, "ul") || is_literal(w, "ud");
}

// Heads of Urdu and Persian movement, party and council names built with an izafa
// ("Jamaat-e-Islami", "Tehreek-e-Insaf", "Hizb-ut-Tahrir").
inline bool is_izafa_movement(std::string_view w) {
    return any_of(w, {"Jamaat", "Jamat", "Jamiat", "Jamiyat", "Tehreek", "Tehrik", "Tahreek", "Lashkar", "Jaish", "Hizb",
                         "Sipah", "Majlis", "Anjuman", "Ittehad", "Tanzeem", "Tanzim", "Markaz", "Harkat", "Muttahida",
                         "Idara", "Dawat"});
}

inline bool is_name_particle(std::string_view w) {
    // Every particle has 1 to 5 bytes and opens with one of these: most words leave here.
    if (w.empty() || w.size() > 5) return false;
    switch (w[0]) {
    case 'a': case 'b': case 'd': case 'e': case 'i': case 'l': case 'v': case 'y': case 't': case 'w': case '\xC3':
        break;
    default:
        return false;
    }
    return is_literal(w, "bin") || is_literal(w, "ibn") || is_literal(w, "bint") || is_literal(w, "al") ||
        is_literal(w, "el") || is_literal(w, "van") || is_literal(w, "von") || is_literal(w, "der") ||
        is_literal(w, "den") || is_literal(w, "de") || is_literal(w, "da") || is_literal(w, "di") ||
        is_literal(w, "du") || is_literal(w, "la") || is_literal(w, "le") || is_literal(w, "dos") ||
        is_literal(w, "das") || is_literal(w, "del") || is_literal(w, "y") || is_literal(w, "ben") ||
        is_literal(w, "abu") || is_literal(w, "della") || is_literal(w, "degli") ||
        // Welsh "ap"/"ab" ("Gethin ap Rhys"), Malay "binti", Welsh "verch"
        is_literal(w, "ap") || is_literal(w, "ab") || is_literal(w, "binti") || is_literal(w, "verch") ||
        is_literal(w, "ten") || is_literal(w, "ter") || // Dutch: "Jesper ten Hove", "Ter Stegen"
        is_literal(w, "los") || is_literal(w, "las") || // Spanish: "Jose Mari de los Reyes"
        is_literal(w, "wa") ||                          // Kikuyu: "Njeri wa Mwangi"
        is_literal(w, "arap") ||                        // Kalenjin: "Kipchumba arap Rotich"
        is_faroese_particle(w) ||                       // "Jóannes í Gerðinum", "Sámal við Ánna"
        is_literal(w, "i");                             // Catalan: "Núria Roig i Batlle"
}

/// Whether lower-case w from position i is made of one to n pinyin syllables (an initial, then a
/// final): "keming" is "ke" + "ming"; "zone" and "island" are not.
inline bool pinyin_syllables(std::string_view w, std::size_t i, int n) {
    if (i == w.size()) return true;
    if (n == 0) return false;
    static constexpr std::string_view initials[] = {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g",
                                                    "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""};
    static constexpr std::string_view finals[] = {"iang", "iong", "uang", "ang", "eng", "ing", "ong", "ian", "iao",
                                                  "uai", "uan", "ai", "ei", "ao", "ou", "an", "en", "in", "un", "ia",
                                                  "ie", "iu", "ua", "uo", "ui", "ue", "a", "o", "e", "i", "u"};
    for (std::string_view ini : initials) {
        if (w.compare(i, ini.size(), ini) != 0) continue;
        const std::size_t j = i + ini.size();
        for (std::string_view fin : finals)
            if (w.compare(j, fin.size(), fin) == 0 && pinyin_syllables(w, j + fin.size(), n - 1)) return true;
    }
    return false;
}

/// "Keming", "Xiaoling": a capitalized Chinese given name of one or two pinyin syllables.
inline bool is_pinyin_given(std::string_view w) {
    if (w.size() < 3 || w.size() > 12 || w[0] < 'A' || w[0] > 'Z') return false;
    char buf[12];
    for (std::size_t k = 0; k < w.size(); ++k) {
        const char c = w[k];
        if (k > 0 && (c < 'a' || c > 'z')) return false;
        buf[k] = k == 0 ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return pinyin_syllables(std::string_view(buf, w.size()), 0, 2);
}

/// Korean and Chinese given-name syllables that are also English words, written in lower case
/// after a hyphen: "Jae-in", "Hye-won", "Hyun-woo", "Chun-hung", "Mei-ling".
inline bool word_like_name_syllable(std::string_view w) {
    return any_of(w, {"in", "un", "ho", "il", "su", "ja", "ok", "an", "ah", "won", "man", "sun", "bin", "woo",
                      "young", "song", "ming", "ling", "hung", "tang", "fang", "ting", "hee", "soo",
                      "wing", "hang", "kit", "fat", "kin", "yee", // Cantonese: "Tang Kwok-wing", "Kwan Chi-hang"
                      "soon", "sook", "mi", "na", "do"}); // Korean: "Choi Bok-soon", "Lee Mi-sook"
}

/// Chinese surnames that are also English words or names the lists file elsewhere ("Fan Keming",
/// "Long Wei", "Tan Mei"), read as surnames only before a pinyin given name.
inline bool is_word_like_chinese_surname(std::string_view w) {
    return any_of(w, {"Fan", "Long", "Tan", "Fang", "Bai", "Kong", "Lai", "Mo", "Shi", "Meng", "Hong", "Lei", "Hou",
                      "Duan", "Ning", "Lan", "Yan", "Yin", "Qian", "Mao", "Cui", "Dai", "Xia", "Zou", "Gu", "Jia",
                      "Tao", "Wen", "Bao", "Ji", "Geng", "Qiu", "Niu", "Shao", "Fu", "Pang", "Yue", "Hao", "Chu",
                      "Wan", "Ke", "Kuang", "Zhong", "Lou", "Ou"});
}

/// A longer Chinese given-name syllable as Taiwan writes it: "hsiung", "chuan", "ching", "tsung".
inline bool wade_giles_tail(std::string_view w) {
    if (w.size() < 5) return false;
    const std::string_view head = w.substr(0, 2);
    return is_literal(head, "hs") || is_literal(head, "ch") || is_literal(head, "ts") || is_literal(head, "sh") ||
           is_literal(head, "zh") || w.substr(w.size() - 2) == "ng";
}

/// The geographic heads a possessive may stand before inside a place's name: "King’s Bay",
/// "Smith's Creek", "King's Lynn", "St John's Wood".
inline bool is_possessive_place_head(std::string_view w) {
    return any_of(w, {"Bay", "Island", "Point", "Creek", "Cove", "Harbour", "Harbor", "Reef", "Landing", "Lynn",
                      "Cross", "Wood", "Beach", "Lagoon", "Hole", "Gap", "Peak", "Arm", "Brook", "Pond", "Head",
                      "Neck", "Ferry", "Mill", "Mills", "Corner", "Corners", "Crossing", "Bluff", "Knob",
                      "Castle", "Stortford", // "Bishop's Castle", "Bishop's Stortford"
                      "Quay", "Wharf"});      // "Lapp's Quay", "Butler's Wharf"
}

inline bool is_surname_like_head(std::string_view w) {
    return is_literal(w, "Park") || is_literal(w, "Hall") || is_literal(w, "Field") || is_literal(w, "Bay") ||
        is_literal(w, "Lane") || is_literal(w, "Banks") || is_literal(w, "Way") || is_literal(w, "Drive") ||
        is_literal(w, "Place") || is_literal(w, "Tower") || is_literal(w, "Garden") || is_literal(w, "Bridge") ||
        is_literal(w, "Forest") || is_literal(w, "Castle") || is_literal(w, "Street") || is_literal(w, "Hill") ||
        is_literal(w, "Hills") || is_literal(w, "Dale") || is_literal(w, "Marsh") || is_literal(w, "Green") ||
        is_literal(w, "Heath") || is_literal(w, "Moor") || is_literal(w, "Mill") || is_literal(w, "Downs") ||
        is_literal(w, "Grove") || is_literal(w, "Close");
}

// Officials whose office takes a possessive inside an organization name ("Sheriff's Office").
inline bool is_office_holder(std::string_view w) {
    return is_literal(w, "Attorney") || is_literal(w, "Sheriff") || is_literal(w, "Mayor") ||
        is_literal(w, "Governor") || is_literal(w, "Prosecutor") || is_literal(w, "Marshal") ||
        is_literal(w, "Coroner") || is_literal(w, "Controller") || is_literal(w, "Comptroller") ||
        is_literal(w, "Treasurer") || is_literal(w, "Examiner") || is_literal(w, "Auditor") ||
        is_literal(w, "Assessor") || is_literal(w, "Clerk") || is_literal(w, "Recorder") || is_literal(w, "Defender") ||
        is_literal(w, "Commissioner") || is_literal(w, "Children") || is_literal(w, "Women") || is_literal(w, "People");
}

inline bool is_facility_center(std::string_view w) {
    return is_literal(w, "Detention") || is_literal(w, "Convention") || is_literal(w, "Shopping") ||
        is_literal(w, "Trade") || is_literal(w, "Correctional") || is_literal(w, "Exhibition") ||
        is_literal(w, "Conference") || is_literal(w, "Events") || is_literal(w, "Space") ||
        is_literal(w, "Distribution") || is_literal(w, "Data") || is_literal(w, "Aquatic") || is_literal(w, "Sports") ||
        is_literal(w, "Juvenile") || is_literal(w, "Processing") || is_literal(w, "Leisure") || is_literal(w, "Expo") ||
        is_literal(w, "Community") || is_literal(w, "Civic") || is_literal(w, "Visitor") || is_literal(w, "Visitors") ||
        is_literal(w, "Justice") || // "the Justice Center in Cleveland" (a courthouse)
        is_literal(w, "Recreation") || is_literal(w, "Fitness") || is_literal(w, "Evacuation") ||
        is_literal(w, "Ice") || is_literal(w, "Tennis") || is_literal(w, "Equestrian") || // "the National Ice Centre"
        is_literal(w, "Garden") ||
        // "Maxwell Food Centre" (a hawker centre), "Mirdif City Centre" (a mall)
        is_literal(w, "Food") || is_literal(w, "City");
}

inline bool is_romance_of(std::string_view w) {
    return is_literal(w, "du") || is_literal(w, "de") || is_literal(w, "des") || is_literal(w, "della") ||
        is_literal(w, "del") || is_literal(w, "di") || is_literal(w, "do") || is_literal(w, "da") ||
        is_literal(w, "dei");
}

inline bool is_lower_connector_head(std::string_view w) {
    return is_literal(w, "of") || is_literal(w, "for") || is_literal(w, "on");
}

inline bool is_direction(std::string_view w) {
    if (w.size() < 4 || w.size() > 9) return false; // every direction has 4 to 9 bytes
    return is_literal(w, "East") || is_literal(w, "West") || is_literal(w, "North") || is_literal(w, "South") ||
        is_literal(w, "Midwest") || is_literal(w, "Northeast") || is_literal(w, "Southeast") ||
        is_literal(w, "Northwest") || is_literal(w, "Southwest");
}

struct AcronymDef {
    std::uint32_t mention = k_none; ///< defining mention; k_none = defined as a non-entity
};

class NameDetector {
public:
    explicit NameDetector(const TokenTable& table)
        : m_t(table), m_tok(table.tokens), m_g(Gazetteer::instance()), m_consumed(table.size(), 0) {
        // Mentions and placeholders open at capitalized words: room for a share of them up front
        // spares most of the lists' growth steps (a guess; they may still grow).
        m_out.reserve(table.cap_words.size() / 2 + 8);
        m_pending.reserve(table.cap_words.size() / 4 + 8);
    }

    std::vector<Mention> run();

private:
    // ---- token predicates -----------------------------------------------------------------
    std::string_view s(std::uint32_t i) const { return m_t.str(i); }
    bool currency_amount_word(std::uint32_t i) const {
        const std::string_view w = s(i);
        std::size_t letters = 0;
        while (letters < w.size() && !(w[letters] >= '0' && w[letters] <= '9')) ++letters;
        return letters >= 2 && letters < w.size() && is_currency_prefix_word(w.substr(0, letters));
    }
    bool cap_word(std::uint32_t i) const {
        const Token& t = m_tok[i];
        if (t.type != TokenType::word || !t.has(k_cap) || (t.flags & (k_markup | k_contraction)) != 0) return false;
        // ("DKr72bn", "SFr9", "KSh250": an amount in a currency joined to its code is no name's word.)
        if (t.has(k_has_digit) && currency_amount_word(i)) return false;
        // Abbreviations that are never part of a name: "PM", "EST", "GDP" (titles like CEO stay).
        // ("NB Power": an organization's head after it makes the acronym the name's first word.)
        // ("Aprosoja-MT": a state's two letters joined to a body's name; not "Fortran-IV".)
        if (t.has(k_all_caps) && t.size() <= 5 && is_non_org_acronym(s(i)) && !m_tok[i].is(k_wc_title))
            return pt_company(i) || acronym_before_org_head(i) || defined_acronym(i) || // "PT Sinar Serayu Abadi", not "10 a.m. PT"
                   (is_condition_acronym(s(i)) && i + 1 < m_tok.size() && same_block(i, i + 1) &&
                       m_tok[i + 1].type == TokenType::word && m_tok[i + 1].has(k_cap) && m_tok[i + 1].has(k_space_before) &&
                       !m_tok[i + 1].has(k_all_caps)) || // "ALS Families Forward"
                   (i >= 2 && t.size() == 2 && s(i).find_first_not_of("IVXLCDM") != std::string_view::npos &&
                       is_punct(m_tok[i - 1], '-') && attached(i - 1) && attached(i) &&
                       m_tok[i - 2].type == TokenType::word && m_tok[i - 2].has(k_cap) && !m_tok[i - 2].has(k_all_caps));
        if (t.size() == 2 && is_literal(s(i), "US") && us_pronoun(i)) return false;
        // Plural abbreviations: "MPs", "NGOs", "CEOs" ("40 Labour MPs" holds no name).
        if (t.has(k_caps_plural) && is_non_org_acronym(s(i))) return false;
        return true;
    }
    /// "LET US PRAY", "TRUMP TELLS US": the pronoun in a line of capitals, not the country.
    bool us_pronoun(std::uint32_t i) const;
    /// "NB Power", "MIT AI Lab": an acronym that names nothing alone before an organization's head.
    bool acronym_before_org_head(std::uint32_t i) const;
    /// "PT" opening an Indonesian company's name ("PT Sinar Serayu Abadi"), not Pacific Time.
    bool pt_company(std::uint32_t i) const {
        return i + 1 < m_tok.size() && is_literal(s(i), "PT") &&
               same_block(i, i + 1) && m_tok[i + 1].type == TokenType::word && m_tok[i + 1].has(k_cap) &&
               !m_tok[i + 1].has(k_all_caps) && m_tok[i + 1].has(k_space_before);
    }
    bool same_block(std::uint32_t a, std::uint32_t b) const { return m_tok[a].block == m_tok[b].block; }
    bool attached(std::uint32_t i) const { return !m_tok[i].has(k_space_before); }
    /// At token q: a nickname in quotation marks between a given name and a surname ("Neville
    /// ‘Tatta’ Blake", "Ricarte “Dong” Villaluz"): the closing mark's index, or k_none.
    std::uint32_t nickname_close(std::uint32_t q) const {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        if (q == 0 || q + 3 >= n || m_tok[q].type != TokenType::punct || !m_tok[q].has(k_space_before) ||
            m_tok[q - 1].type != TokenType::word || !m_tok[q - 1].has(k_cap))
            return k_none;
        const char32_t open = m_tok[q].cp;
        char32_t close = 0;
        if (open == 0x2018) close = 0x2019;
        else if (open == 0x201C) close = 0x201D;
        else if (open == '"' || open == '\'') close = open;
        else return k_none;
        std::uint32_t c = q + 1;
        while (c < n && c < q + 4 && m_tok[c].type == TokenType::word && m_tok[c].has(k_cap) &&
               (c == q + 1 ? !m_tok[c].has(k_space_before) : m_tok[c].has(k_space_before)))
            ++c;
        if (c == q + 1 || c + 1 >= n || m_tok[c].type != TokenType::punct || m_tok[c].cp != close ||
            m_tok[c].has(k_space_before) || m_tok[c + 1].type != TokenType::word || !m_tok[c + 1].has(k_cap) ||
            !m_tok[c + 1].has(k_space_before) || m_tok[c + 1].block != m_tok[q].block)
            return k_none;
        return c;
    }
    /// At the hyphen h: "-la-Mar", "-in-Furness", "-on-the-Water" (one or two lower-case place
    /// particles, hyphens between, a capitalized word last, all joined). The last word, or h.
    std::uint32_t place_particle_end(std::uint32_t h) const {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        std::uint32_t q = h;
        for (int particles = 0; particles < 2; ++particles) {
            // q: a hyphen, then a particle and a hyphen, all joined
            if (q + 3 >= n || !is_punct(m_tok[q], '-') || !attached(q) || !attached(q + 1) ||
                m_tok[q + 1].type != TokenType::word || m_tok[q + 1].has(k_cap) || !is_punct(m_tok[q + 2], '-') ||
                !attached(q + 2) || !attached(q + 3) || m_tok[q + 3].block != m_tok[h].block ||
                !any_of(s(q + 1), {"la", "le", "les", "sur", "sous", "en", "aux", "au", "de", "du", "des", "in", "on",
                                     "upon", "under", "by", "the", "lès", "lez", "et", "près", "op", "den"}) ||
                (q == h && is_literal(s(q + 1), "the"))) // ("Winnie-the-Pooh": "the" only after "on", "by")
                return h;
            // ("Commander-in-Chief", "Son-in-Law": a title's or a relation's words.)
            if (m_tok[q + 3].type == TokenType::word && m_tok[q + 3].has(k_cap))
                return any_of(s(q + 3), {"Chief", "Law", "Laws", "Waiting", "Arms", "Charge", "Training", "Command"})
                           ? h
                           : q + 3;
            q += 2; // another particle: "-on-the-Water"
        }
        return h;
    }
    /// "d'Ivoire", "d’Isère", "l'Aquila": an elided article joined to a capitalized word.
    bool elided_capital(std::uint32_t i) const {
        const std::string_view w = s(i);
        std::size_t after = 0;
        if (w.size() >= 3 && w[1] == '\'') after = 2;
        else if (w.size() >= 5 && w.compare(1, 3, "\xE2\x80\x99") == 0) after = 4;
        if (after == 0 || (w[0] != 'd' && w[0] != 'l')) return false;
        const auto c = static_cast<unsigned char>(w[after]);
        return (c >= 'A' && c <= 'Z') || c == 0xC3; // ("d'Évian": a Latin-1 capital or lower letter)
    }
    bool sentence_initial(std::uint32_t i) const {
        return m_tok[i].has(k_sentence_start) || m_tok[i].has(k_title_line);
    }
    bool all_caps(std::uint32_t i) const { return m_tok[i].has(k_all_caps); }
    /// A capitalized word no list knows (no lexicon class), not in capitals, not in a title-case line:
    /// "Kneep", "Porkeri", "Timsgarry".
    bool unlisted_word(std::uint32_t q) const {
        return cap_word(q) && m_tok[q].lex.classes == 0 && !all_caps(q) && !m_tok[q].has(k_title_line);
    }
    /// "EDA Renováveis", "RTB Bor": an undotted acronym of three letters or more opens the run [a, b)
    /// before a word in title case, inside a paragraph's text (not a line or a title-case line).
    bool acronym_opens(std::uint32_t a, std::uint32_t b) const {
        return all_caps(a) && m_tok[a].size() >= 3 && !all_caps(b - 1) && !m_tok[a].is(k_wc_title) &&
               s(a).find('.') == std::string_view::npos && !m_tok[a].has(k_title_line) &&
               !m_tok[a].has(k_line_start);
    }
    /// "un" in "Jong-un": a lower-case syllable hyphenated to a capitalized one.
    bool syllable_tail(std::uint32_t i) const {
        return i >= 2 && m_tok[i].type == TokenType::word && !m_tok[i].has(k_cap) && is_punct(m_tok[i - 1], '-') &&
               attached(i - 1) && attached(i) && m_tok[i - 2].type == TokenType::word && m_tok[i - 2].has(k_cap);
    }
    /// The "of" at i joins a natural feature's word to its name, which may be a month's: "the
    /// Isle of May", "Cape of …".
    bool feature_of(std::uint32_t i) const {
        return i > 0 && m_tok[i].type == TokenType::word && is_literal(s(i), "of") &&
               (is_literal(s(i - 1), "Isle") || is_literal(s(i - 1), "Cape"));
    }
    /// An ordinal number in figures stands right before the word at a: "27th Street", "the 5th Ward".
    bool ordinal_before(std::uint32_t a) const {
        if (a == 0 || !same_block(a - 1, a) || !m_tok[a].has(k_space_before) || m_tok[a - 1].type != TokenType::number)
            return false;
        const std::string_view num = s(a - 1);
        if (num.size() <= 2 || num[0] < '0' || num[0] > '9') return false;
        const std::string_view suffix = num.substr(num.size() - 2);
        return is_literal(suffix, "st") || is_literal(suffix, "nd") || is_literal(suffix, "rd") || is_literal(suffix, "th");
    }
    bool is_initial(std::uint32_t i) const {
        return cap_word(i) && m_tok[i].size() == 1 && i + 1 < m_tok.size() && is_punct(m_tok[i + 1], '.') &&
               attached(i + 1);
    }

    // A month name: full names always; three-letter abbreviations ("Jun", "Mar") only before a
    // period or a number, since they are also names ("Dong Jun").
    bool is_month_word(std::uint32_t k) const {
        std::string_view w = s(k);
        if (m_tok[k].lex.month == 0) return false;
        if (w.size() > 3 || is_literal(w, "May")) return true;
        return k + 1 < m_tok.size() && (is_punct(m_tok[k + 1], '.') || m_tok[k + 1].type == TokenType::number);
    }

    /// The article defined this acronym as an organization's ("the Workers' Party, or PT").
    bool defined_acronym(std::uint32_t i) const {
        if (m_acronyms.empty()) return false;
        const auto it = m_acronyms.find(s(i));
        return it != m_acronyms.end() && it->second.mention != k_none;
    }

    /// Every token of [a, b) is a capitalized word (no punctuation, number or connector).
    bool cap_words(std::uint32_t a, std::uint32_t b) const {
        for (std::uint32_t k = a; k < b; ++k)
            if (m_tok[k].type != TokenType::word || !cap_word(k)) return false;
        return true;
    }

    /// A saint's word that opens French and Swiss towns' names: "Saint", "Sainte", "St", "Ste".
    bool saint_word(std::uint32_t q) const {
        return m_tok[q].type == TokenType::word && any_of(s(q), {"Saint", "Sainte", "St", "Ste"});
    }

    /// "Saint-Jean-de-Luz", "Luz-Saint-Sauveur", "Côte-Nord-du-Golfe-du-Saint-Laurent": from the
    /// capitalized word at k, the end of the words joined by hyphens (particles too) when a saint's
    /// word among them is joined to the next and the last is capitalized; k_none otherwise.
    std::uint32_t saint_chain_end(std::uint32_t k, std::uint32_t b) const {
        if (!cap_word(k)) return k_none;
        std::uint32_t e = k + 1;
        bool saint = false;
        while (e + 1 < b && is_punct(m_tok[e], '-') && attached(e) && attached(e + 1) &&
               m_tok[e + 1].type == TokenType::word) {
            saint = saint || saint_word(e - 1);
            e += 2;
        }
        return saint && cap_word(e - 1) ? e : k_none;
    }

    /// The one word at q is a place of the lists (of this subtype when one is given).
    bool listed_place(std::uint32_t q, const char* subtype = nullptr) const {
        const GazetteerEntry e = lookup(q, q + 1);
        return e.found() && e.kind == Kind::place &&
               (subtype == nullptr || (e.subtype != nullptr && std::string_view(e.subtype) == subtype));
    }

    bool starts_run(std::uint32_t i) const {
        if (!cap_word(i)) return false;
        return true;
    }

    // Maximal run of capitalized words with initials, connectors, hyphens and slashes inside.
    std::uint32_t run_end(std::uint32_t i) const;
    /// "Department for Environment, Food and Rural Affairs", "Senate Commerce, Science and
    /// Transportation Committee": where the organization whose run [a, end) stops at a comma of its
    /// own name ends, or end.
    std::uint32_t comma_list_org_end(std::uint32_t a, std::uint32_t end) const;
    /// "By Jane Doe, cleveland.com": news sites named by their address in the first lines.
    void outlet_domains();
    /// "Chen Hung-wen (陳宏文)": the name's Chinese characters in brackets after the mention ending at end.
    void han_name_after(std::uint32_t end);
    std::uint32_t romance_institution_end(std::uint32_t i) const;
    static bool is_role_noun(std::string_view w);
    /// "carrier", "tanker", "ferry": a ship's name follows (one hash lookup).
    static bool is_vessel_noun(std::string_view w);
    std::uint32_t holiday_end(std::uint32_t a, std::uint32_t b) const;
    const char* regional_body(std::uint32_t a, std::uint32_t b) const;

    bool in_byline(std::uint32_t i) const;
    std::uint32_t name_then_comma(std::uint32_t first, std::uint32_t last) const;
    bool date_line_at(std::uint32_t k) const;
    bool outlet_line(std::uint32_t a, std::uint32_t b) const;

    // ---- emission --------------------------------------------------------------------------
    std::uint32_t emit(std::uint32_t a, std::uint32_t b, Kind kind, const char* subtype, bool weak = false);
    /// Whether [a, b) may be a person at all (see names.cpp).
    bool person_possible(std::uint32_t a, std::uint32_t b, bool weak) const;

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
        if (b == a + 1) return find_token(a);
        return m_g.find(m_t.slice(a, b));
    }
    /// The gazetteer entry of tokens [a, poss] written with "'s" (the possessive token at poss may
    /// use a curly apostrophe): "Moody’s" finds "Moody's". Organizations count, and places of
    /// two words or more ("St. John's", "St John's": one word alone is a person's possessive).
    GazetteerEntry possessive_name(std::uint32_t a, std::uint32_t poss) const {
        if (poss <= a || poss - a > 4) return {};
        std::string key(m_t.slice(a, poss));
        key += "'s";
        GazetteerEntry e = m_g.find(key);
        if (e.found()) return e.kind == Kind::org || (e.kind == Kind::place && poss - a >= 2) ? e : GazetteerEntry{};
        if (poss - a >= 2 && m_g.is_town(key)) return {Kind::place, "city"}; // a town: "St John's"
        return {};
    }
    /// "Hartwig & Stahl Engineering of Ames", "Cranston Aero of Prestwick": a firm's trade word at
    /// `head`, then "of" and a listed place alone give the firm's home, no longer name (not "Bank of
    /// England", "Company of …"). `run` is the run's first token.
    bool firm_home_after(std::uint32_t head, std::uint32_t run) const {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        const char* trade = org_head(head);
        return trade != nullptr && is_literal(trade, "company") && !company_suffix(head) &&
               !any_of(s(head), {"Bank", "Company", "Corporation", "Group", "Exchange", "Co", "Co."}) && head + 2 < n &&
               lookup(head + 2, head + 3).kind == Kind::place &&
               !(head + 3 < n && cap_word(head + 3) && same_block(run, head + 3));
    }
    /// "at Lord's", "Lord’s full": the cricket ground, the word alone before its possessive (not "the
    /// Lord's Prayer", "our Lord's", "Lord Coe's").
    bool lords_ground(std::uint32_t poss) const {
        const std::uint32_t n = static_cast<std::uint32_t>(m_tok.size());
        if (poss == 0 || m_tok[poss].type != TokenType::possessive || !is_literal(s(poss - 1), "Lord")) return false;
        const std::uint32_t w = poss - 1;
        if (w > 0 && m_tok[w - 1].type == TokenType::word &&
            (m_tok[w - 1].has(k_cap) || any_of(s(w - 1), {"the", "our", "my", "his", "their", "a", "of"})))
            return false;
        return !(poss + 1 < n && m_tok[poss + 1].type == TokenType::word && m_tok[poss + 1].has(k_cap) &&
                 m_tok[poss + 1].has(k_space_before));
    }
    /// The first start in [a, poss) from which possessive_name() finds a name ending at poss
    /// ("Residents of St John's": from "St"), or k_none.
    std::uint32_t possessive_name_start(std::uint32_t a, std::uint32_t poss) const {
        for (std::uint32_t k = poss > a + 4 ? poss - 4 : a; k < poss; ++k)
            if (m_tok[k].type == TokenType::word && m_tok[k].has(k_cap) && possessive_name(k, poss).found()) return k;
        return k_none;
    }
    /// Gazetteer::find() of token i alone; its lexicon bit spares most of the hash lookups.
    GazetteerEntry find_token(std::uint32_t i) const { return m_g.find_word(s(i), m_tok[i].is(k_wc_gazetteer)); }

    /// Token i follows a capitalized word after a space ("Toronto Star", not "the sun", "-Star").
    bool after_cap_word(std::uint32_t i) const {
        return i > 0 && m_tok[i].has(k_space_before) && m_tok[i - 1].type == TokenType::word && m_tok[i - 1].has(k_cap);
    }
    /// "South Bank", "the Left Bank", "Dogger Bank": a river's bank or a sandbank, a place (not a bank).
    bool bank_place(std::uint32_t i) const {
        return is_literal(s(i), "Bank") && i > 0 && m_tok[i - 1].type == TokenType::word &&
               any_of(s(i - 1), {"South", "North", "East", "West", "Left", "Right", "Dogger"});
    }
    /// The listed name of one to three tokens that ends just before token i, the shortest first
    /// ("Toronto" before "Star", "Kansas City" before "Star"); not found when none.
    GazetteerEntry listed_name_before(std::uint32_t i) const {
        for (std::uint32_t k = i; k-- > 0 && k + 3 >= i;) {
            const GazetteerEntry e = lookup(k, i);
            if (e.found()) return e;
        }
        return {};
    }
    // The word-class functions of token i's text, asked only when its lexicon bit says the word
    // is in one of their lists (most capitalized words are in none).
    const char* org_head(std::uint32_t i) const {
        // "Flour Mills of Nigeria", "Crown Flour Mills", "Sun Paper Mills": "Mills" after a trade
        // word (after a name it is a surname: "Dana Stenberg-Mills", "John Mills").
        if (i > 0 && is_literal(s(i), "Mills") && m_tok[i - 1].type == TokenType::word && m_tok[i - 1].is(k_wc_common) &&
            !m_tok[i - 1].is(k_wc_given) && m_tok[i].has(k_space_before))
            return "company";
        // "Vietnam Electricity", "Northern Ireland Electricity": a listed place's power company (not
        // "the National Office of Electricity and Drinking Water").
        if (is_literal(s(i), "Electricity") && i > 0 && m_tok[i].has(k_space_before) && listed_place(i - 1))
            return "company";
        if (!m_tok[i].is(k_wc_name_head)) return nullptr;
        // ("Mr Marcus Teo", "Teo Chee Hean": after a given name, or opening a name, the Hokkien
        // surname, not the Irish company's "Teo.")
        if (teo_surname(i)) return nullptr;
        // "Edwin Allen High", "Calabar High's": a school after a name (not "the Most High", "a Record
        // High", "Heard On High" in a title-case line).
        if (is_literal(s(i), "High") &&
            (i == 0 || m_tok[i].has(k_title_line) || m_tok[i - 1].type != TokenType::word || !m_tok[i - 1].has(k_cap) ||
                m_tok[i - 1].has(k_all_caps) || (m_tok[i - 1].lex.classes & (k_wc_common | k_wc_function)) != 0))
            return nullptr;
        // "Mary Keating-Power", "R Keating-Power": after a first name or an initial, the end of a double surname, not a trade (but
        // "Regina Leader-Post" is a paper).
        if (i >= 3 && !m_tok[i].has(k_space_before) && is_punct(m_tok[i - 1], '-') && !m_tok[i - 1].has(k_space_before) &&
            cap_word(i - 2) && m_tok[i - 2].has(k_space_before) && m_tok[i - 3].type == TokenType::word &&
            (m_tok[i - 3].is(k_wc_given) || m_tok[i - 3].size() == 1) && m_tok[i - 3].has(k_cap) &&
            !m_tok[i - 2].is(k_wc_name_head) &&
            !is_literal(org_head_subtype(s(i)) ? org_head_subtype(s(i)) : "", "media"))
            return nullptr;
        // ("Bus Rapid Transit", "Light Rail Transit": a mode of transport, not an agency; "a white
        // Ford Transit": a van.)
        if (is_literal(s(i), "Transit") &&
            (i == 0 || m_tok[i - 1].type != TokenType::word || !m_tok[i - 1].has(k_cap) ||
                any_of(s(i - 1), {"Rapid", "Rail", "Mass", "Public", "Light", "Metro", "Urban", "Bus", "Area", "Ford"})))
            return nullptr;
        // "Toronto Star", "Kansas City Star", "the Baltimore Sun", "Daily Star": a paper after a listed
        // place or an edition's word (not a star or the sun, not "Sun 12 May").
        if (is_literal(s(i), "Star") || is_literal(s(i), "Sun")) {
            if (!after_cap_word(i) || m_tok[i - 1].has(k_all_caps) ||
                (i + 1 < m_tok.size() && same_block(i, i + 1) &&
                    (m_tok[i + 1].type == TokenType::number || m_tok[i + 1].lex.month != 0)))
                return nullptr;
            if (any_of(s(i - 1), {"Daily", "Morning", "Evening", "Sunday"})) return "media";
            return listed_name_before(i).kind == Kind::place ? "media" : nullptr;
        }
        // "Denver Water", "Pennine Water", "Welsh Water", "Northern Water": a utility after a place, a
        // compass word, a demonym or a word no list knows (not "Cold Water", "Six Mile Water", "Agnes
        // Water").
        if (is_literal(s(i), "Water")) {
            if (!after_cap_word(i) || m_tok[i - 1].is(k_wc_given) || m_tok[i - 1].is(k_wc_function)) return nullptr;
            const bool compass = any_of(s(i - 1), {"Northern", "Southern", "Eastern", "Western", "Central", "North",
                                                   "South", "East", "West"});
            // ("Nile water", "Tigris Water": a river's water.)
            if (listed_place(i - 1, "geo")) return nullptr;
            const bool known = compass || m_tok[i - 1].is(k_wc_demonym) || listed_place(i - 1);
            if (m_tok[i - 1].is(k_wc_common) && !known) return nullptr;
            // ("the Gala Water valley", "grazed by Gala Water", "homes at Budock Water": a Scottish
            // river or a village after "the" or a preposition of place.)
            if (!known && i >= 2 && m_tok[i - 2].type == TokenType::word &&
                (equals_lower(s(i - 2), "the") ||
                    any_of(s(i - 2), {"by", "at", "in", "near", "along", "beside", "above", "below", "on", "from", "to",
                                      "into", "over", "across"})))
                return nullptr;
            return "company";
        }
        if (bank_place(i)) return nullptr; // (see place_head())
        if (trading_post(i)) return nullptr; // (see place_head())
        // "the Paris Police Prefecture": a police headquarters, not a Japanese prefecture.
        if (police_prefecture(i)) return "government";
        if (show_court(i)) return nullptr; // (see place_head())
        // "Abu Dhabi Mobility", "Brussels Mobility": a transport body after a name (not "Transport
        // and Sustainable Mobility", "Urban Mobility": a policy's words).
        if (is_literal(s(i), "Mobility")) {
            const GazetteerEntry e = after_cap_word(i) ? listed_name_before(i) : GazetteerEntry{};
            if (!e.found()) return nullptr;
            return e.kind == Kind::place ? "government" : "company"; // ("Ford Mobility")
        }
        // ("AP Sports Writer": a desk before a reporter's job, not "Joy Sports".)
        if (is_literal(s(i), "Sports") && i + 1 < m_tok.size() && m_tok[i + 1].type == TokenType::word &&
            is_reporter_job(s(i + 1)))
            return nullptr;
        return org_head_subtype(s(i));
    }
    bool show_court(std::uint32_t i) const {
        return is_literal(s(i), "Court") && i > 0 && m_tok[i].has(k_space_before) && any_of(s(i - 1), {"Centre", "Center"});
    }
    bool police_prefecture(std::uint32_t i) const {
        return is_literal(s(i), "Prefecture") && i > 0 && is_literal(s(i - 1), "Police") && m_tok[i].has(k_space_before);
    }
    bool trading_post(std::uint32_t i) const {
        return is_literal(s(i), "Post") && i > 0 && m_tok[i].has(k_space_before) &&
               any_of(s(i - 1), {"Trading", "Border"});
    }
    /// "MassDOT", "PennDOT", "TxDOT": a US state's department of transportation.
    bool transport_department(std::uint32_t i) const {
        const Token& t = m_tok[i];
        if (t.size() < 5 || t.size() > 8 || t.type != TokenType::word) return false;
        const std::string_view w = s(i);
        return w.substr(w.size() - 3) == "DOT" && w[0] >= 'A' && w[0] <= 'Z';
    }
    const char* place_head(std::uint32_t i) const {
        if (!m_tok[i].is(k_wc_name_head)) return nullptr;
        if (bank_place(i)) return "geo";
        // "the La Trinidad Vegetable Trading Post", "Beitbridge Border Post": a place, not a paper.
        if (trading_post(i)) return "facility";
        if (police_prefecture(i)) return nullptr;
        // "Centre Court", "Center Court": a tennis ground's show court, not a judiciary.
        if (show_court(i)) return "facility";
        if (is_literal(s(i), "Line") && !railway_line(i)) return nullptr;
        if (is_literal(s(i), "Link") &&
            !(i > 0 && m_tok[i - 1].type == TokenType::word && any_of(s(i - 1), {"Rail", "Railway", "Tram", "Metro"})))
            return nullptr;
        // "the Houston Ship Channel", "the Bristol Channel": a waterway after a ship, a compass
        // word or a listed place; "the Disney Channel" is a broadcaster.
        if (is_literal(s(i), "Channel") &&
            !(i > 0 && m_tok[i - 1].type == TokenType::word &&
                (any_of(s(i - 1), {"Ship", "Shipping", "Navigation", "North", "South", "East", "West", "English"}) ||
                    listed_place(i - 1))))
            return nullptr;
        return place_head_subtype(s(i));
    }
    bool railway_line(std::uint32_t line) const;
    bool irish_county_after(std::uint32_t b) const;
    const char* place_prefix(std::uint32_t i) const { return m_tok[i].is(k_wc_name_head) ? place_prefix_subtype(s(i)) : nullptr; }
    bool teo_surname(std::uint32_t i) const {
        return is_literal(s(i), "Teo") && (i == 0 || m_tok[i - 1].type != TokenType::word || !m_tok[i - 1].has(k_cap) ||
                                              m_tok[i - 1].is(k_wc_given));
    }
    bool company_suffix(std::uint32_t i) const {
        if (!m_tok[i].is(k_wc_name_head) || !is_company_suffix(s(i)) || teo_surname(i)) return false;
        // "Varanger Vind AS", not "INTERPRETED AS" or "ADD and AS" in capitals
        return !is_literal(s(i), "AS") ||
               (i > 0 && m_tok[i - 1].type == TokenType::word && m_tok[i - 1].has(k_cap) && !m_tok[i - 1].has(k_all_caps));
    }
    bool facility_noun(std::uint32_t i) const { return m_tok[i].is(k_wc_name_head) && is_facility_noun(s(i)); }

    // Longest gazetteer entry starting at a within [a, b): returns its end or a.
    std::uint32_t longest_gazetteer(std::uint32_t a, std::uint32_t b, GazetteerEntry& e) const;

    // Length of a title phrase starting at a ("Prime Minister", "Foreign Minister", "Dr."),
    // 0 when none. Strong titles always count; ambiguous ones need a name after them.
    std::uint32_t title_length(std::uint32_t a, std::uint32_t b) const;

    bool person_shape(std::uint32_t a, std::uint32_t b) const;

    /// A capitalized surname particle opening a name: "Van" Damme, "De" Rossi (not "La", "El": they open place names).
    /// "…, a 52-year-old builder from" before a: a hometown follows.
    /// The closing quotation mark of a title-case phrase quoted from token a on, or k_none.
    std::uint32_t quoted_title_end(std::uint32_t a) const;
    /// "Brent crude", "Treasury yields": a market benchmark at a.
    bool market_instrument(std::uint32_t a) const;
    /// Whether the word at a closes a longer capitalized name somewhere in the text ("Jan
    /// Trebilcock" … "told Trebilcock"): a person's surname.
    bool surname_in_text(std::uint32_t a) const;
    /// Whether an Arabic or Malay patronymic particle joins two capitalized words inside [a, b):
    /// "Yousuf bin Nasser Al Maamari", "Siti binti Osman" are persons.
    bool patronymic_in(std::uint32_t a, std::uint32_t b) const;
    std::uint32_t market_symbol_close(std::uint32_t open) const;
    std::uint32_t ticker_close(std::uint32_t open) const;
    /// ", an AI tool", ", a new drug" after b: a product or a work.
    bool thing_apposition(std::uint32_t b) const;
    bool hometown_before(std::uint32_t a) const;
    bool surname_particle_at(std::uint32_t k) const;
    bool irish_article(std::uint32_t k) const; ///< "an" in "Mac an tSaoi"
    const char* airline_or_agency(std::uint32_t a, std::uint32_t b) const; ///< "Air Zermatt", "Keystone-ATS"
    std::uint32_t patronymic_initial_end(std::uint32_t i) const; ///< "B.Oyunchimeg"
    bool position_code_before_name(std::uint32_t i) const; ///< "GS" in "…: GS Thandiwe Chirwa, …"
    bool surname_only_particle(std::uint32_t k) const; ///< "ten", "van", "bin", "á": surnames only
    /// Token a is a given name that the article also uses before another capitalized word.
    bool given_elsewhere(std::uint32_t a) const;
    bool any_common_word(std::uint32_t a, std::uint32_t b) const;
    bool title_filler(std::uint32_t k) const;
    bool split_title_run(std::uint32_t a, std::uint32_t b, std::uint8_t ev);
    /// The word at a also appears capitalized away from a sentence start.
    bool capitalized_elsewhere(std::uint32_t a) const;

    bool any_entity_word(std::uint32_t a, std::uint32_t b) const;

    // "Anne-Lise", "Okafor-Reyes": a hyphen between two capitalized name words that are no
    // known entities, demonyms, common words or parts of a person already named ("Xi-Vučić").
    bool name_hyphen(std::uint32_t k) const;
    /// "Chilufya-Banda" at first: a compound the text also writes after a capitalized word (a full
    /// name's double surname; here it must occur twice when a capitalized word stands before it).
    bool full_name_compound(std::uint32_t first) const;
    /// "the Ditrău-Leghin section", "the Dhaka-Aricha highway": a lower-case noun of a road, a line
    /// or a crossing at b, after the names of its two ends.
    bool route_noun_at(std::uint32_t b) const;
    bool hyphen_side_ok(std::uint32_t k) const;

    // Context after a run: "X said", "X, a senior researcher", "X, 42,", "said X".
    bool speech_context(std::uint32_t a, std::uint32_t b) const;
    bool inner_said(std::uint32_t k, std::uint32_t a, std::uint32_t b) const;
    /// The run [a, b) ends a person mention emitted before it ("Te Whare" after "Rangi Te Whare").
    bool surname_of_person_before(std::uint32_t a, std::uint32_t b) const;

    // "X steel plant", "X copper-gold mine", "X crossing": a generic facility noun right after
    // the name, with at most a few modifiers (no verbs: "the Fleet left port" is no facility).
    bool facility_after(std::uint32_t b) const;
    /// "X district", "X, a village of …", "In X, …": the place subtype such context gives, or null.
    const char* place_context(std::uint32_t a, std::uint32_t b) const;
    bool balinese_name(std::uint32_t a, std::uint32_t b) const;
    /// "Sun-hee Park", "Kuo-ming Lin": a Korean or Chinese given name of two syllables joined by a
    /// hyphen, the second in lower case, before a one-word surname: the run [a, b) is a person.
    bool syllable_given_first(std::uint32_t a, std::uint32_t b) const;
    bool country_agency(std::uint32_t a, std::uint32_t b) const;
    void horse_names();
    bool age_apposition(std::uint32_t k) const;
    bool speaks_of_self_as_person(std::uint32_t k) const;
    bool partnership_after(std::uint32_t a, std::uint32_t b) const;
    bool trade_pact(std::uint32_t head) const;
    bool honorific_surname(std::uint32_t a, std::uint32_t head) const;
    bool paper_staff(std::uint32_t k) const;
    bool article_before(std::uint32_t a) const;
    static bool is_reporter_job(std::string_view w);
    bool speaks_elsewhere(std::uint32_t a) const;
    /// speaks_elsewhere() for any word (not only given names): "Mbatha said" anywhere in the text.
    /// A scan of the capitalized words: for rules that fire rarely.
    bool speaker_word_elsewhere(std::uint32_t a) const;
    /// The word at a, elsewhere in the text, after another capitalized word: "Kieran Tierney".
    /// A scan of the capitalized words: for rules that fire rarely.
    bool surname_elsewhere(std::uint32_t a) const;
    bool employer_at(std::uint32_t a, bool listed = false) const;
    bool employed_at(std::uint32_t a) const;
    bool dateline_at(std::uint32_t a, std::uint32_t b) const;
    /// "MPs", "senator", "voters" at b: a party's name before it is an adjective ("40 Labour MPs").
    bool party_members_at(std::uint32_t b) const;
    /// "(M)", "(ML)": a faction's letters in brackets, the bracket at q.
    bool faction_mark_at(std::uint32_t q) const;
    /// "Rally1", "i20", "C3": a model's code, letters and digits in one word, at q.
    bool model_code(std::uint32_t q) const;
    /// [a, b) opens with a company's name inside a model's name ("Toyota GR Yaris Rally1").
    bool maker_in_model(std::uint32_t a, std::uint32_t b) const;
    /// "Al" or "El" joined by a hyphen to the surname after it ("Al-Kabeer").
    bool arabic_article(std::uint32_t q) const;
    /// The end of a shop's name opening at i ("Miller's Hardware"), or i when none does.
    std::uint32_t shop_name_end(std::uint32_t i) const;
    /// The end of the spaced capitalized words from i on, at most `max` of them.
    std::uint32_t spaced_caps_end(std::uint32_t i, std::uint32_t max) const {
        std::uint32_t k = i;
        while (k < m_tok.size() && k - i < max && cap_word(k) && same_block(i, k) && m_tok[k].has(k_space_before)) ++k;
        return k;
    }
    /// Whether the capitalized words from i on end in a road's head: "Middle Abbey Street".
    bool street_run_after(std::uint32_t i) const {
        const std::uint32_t k = spaced_caps_end(i, 5);
        return k > i + 1 && any_of(s(k - 1), {"Street", "Road", "Avenue", "Lane", "Boulevard", "Drive", "Terrace", "Crescent"});
    }
    /// Whether two to four capitalized words from i on end in a place's head: "Saadiyat Island".
    bool place_run_after(std::uint32_t i) const {
        const std::uint32_t k = spaced_caps_end(i, 4);
        return k > i + 1 && place_head(k - 1) != nullptr;
    }
    std::uint32_t mountain_pass_end(std::uint32_t i) const;
    /// The end of a person's name with a nickname in quotation marks inside it, opening at i
    /// ("Eleanor “Nell” Whitcombe-Ash"), or i when none does.
    std::uint32_t nickname_name_end(std::uint32_t i) const;
    /// The entry e, an organization, names a member's party before their title at b.
    bool party_adjective(const GazetteerEntry& e, std::uint32_t b) const;
    /// "MP", "MLA", "councillor", "corporator" at b: an assembly member's title.
    bool member_title_at(std::uint32_t b) const;
    /// "their children, Kwame, Simone and Tariq": the word at a is one of the named relatives.
    bool relative_list_item(std::uint32_t a) const;
    /// ", a town of …", ", the village where …" at b: the word before names a settlement.
    bool settlement_apposition(std::uint32_t b) const;
    bool noun_apposition(std::uint32_t b, bool the, std::uint32_t span, std::initializer_list<std::string_view> nouns,
                         std::initializer_list<std::string_view> followers) const;
    /// ", a bar in …", ", a 36-room hotel overlooking …" at b: the name before is a venue.
    bool venue_apposition(std::uint32_t b) const;
    /// ", La.", ", Calif.": a comma and an AP state abbreviation at b.
    bool ap_state_follows(std::uint32_t b) const;
    bool region_follows(std::uint32_t b) const;
    bool usps_dateline_code(std::uint32_t k) const;
    const char* org_cue(std::uint32_t a, std::uint32_t b) const;

    /// The name at a is crossed or skirted like water: "crossed Elliott Bay", "across Elliott Bay",
    /// "the crossing of Elliott Bay", "the shores of Elliott Bay".
    bool bay_crossed(std::uint32_t a) const {
        if (preposition_before(a, {"across", "over", "around", "off", "crossed", "crosses", "cross", "crossing"})) return true;
        return a >= 2 && same_block(a - 2, a) && m_tok[a - 2].type == TokenType::word && is_literal(s(a - 1), "of") &&
               any_of(s(a - 2), {"crossing", "crossings", "shore", "shores", "waters", "mouth", "head", "edge"});
    }

    bool preposition_before(std::uint32_t a, std::initializer_list<std::string_view> preps) const {
        if (a == 0 || !same_block(a, a - 1) || m_tok[a - 1].type != TokenType::word) return false;
        std::string_view pv = s(a - 1);
        // ("In Kasungu, the district's officer said": a sentence's first word in capitals.)
        char lower[12];
        if (pv.size() < sizeof lower && pv[0] >= 'A' && pv[0] <= 'Z' && m_tok[a - 1].has(k_sentence_start) &&
            !m_tok[a - 1].has(k_all_caps)) {
            for (std::size_t k = 0; k < pv.size(); ++k) lower[k] = pv[k];
            lower[0] = static_cast<char>(pv[0] - 'A' + 'a');
            pv = std::string_view(lower, pv.size());
        }
        for (std::string_view p : preps)
            if (pv == p) return true;
        return false;
    }

    void classify(std::uint32_t a, std::uint32_t b, std::uint8_t ev);

    // Whether [a, b) is a name on its own (for splitting "X and Y").
    bool standalone(std::uint32_t a, std::uint32_t b) const;

    static bool is_strong_title(std::string_view w);
    /// Mr, Ms, Dr, Cr, Sir, Prof.: a word that only ever stands before a person's name.
    static bool is_honorific(std::string_view w);
    /// "BusinessDay", "LinkedIn": a capital letter inside the word after three lower-case ones.
    static bool camel_case(std::string_view w);

    // What stands before a title: "Serbian" (dropped), "NATO", "Kremlin", "Hesteel Group".
    void classify_prefix(std::uint32_t a, std::uint32_t b);

    void split_and_classify(std::uint32_t a, std::uint32_t b, std::uint8_t ev);

    // A connector-free part of a split run.
    void classify_segment(std::uint32_t a, std::uint32_t b, std::uint8_t ev);

    void classify_single(std::uint32_t a, std::uint8_t ev);

    // ", a unit of", ", the platform", ", a chipmaker" after a name: an organization.
    /// ", the state utility,": the organization subtype the apposition at token k gives, or null.
    const char* org_apposition(std::uint32_t k) const;
    bool caps_given_name(std::uint32_t i) const;
    static bool is_bearing(std::string_view w);
    GazetteerEntry known_place_at(std::uint32_t k, std::uint32_t* end = nullptr) const;
    bool employer_before_job(std::uint32_t k) const;
    static const char* org_noun(std::string_view w);
    static bool is_job_noun(std::string_view w);
    bool venue_center_at(std::uint32_t a, std::uint32_t head) const;
    bool lower_noun_at(std::uint32_t k) const;
    const char* org_noun_before(std::uint32_t a) const;
    static bool is_body_noun(std::string_view w);
    bool body_noun_before(std::uint32_t a) const;

    bool all_caps_line(std::uint32_t a) const;
    bool caps_credit_name(std::uint32_t a, std::uint32_t b) const;
    bool dotted_acronym(std::uint32_t i);
    static bool country_domain(std::string_view w);
    std::uint32_t acronym_spelled_from(std::uint32_t a, std::uint32_t b, const char** sub) const;

    // "Foo Bar (FB)": FB abbreviates the name just classified (or a non-entity: "BRI").
    /// start: the first token of the capitalized run that ends at end.
    void check_acronym_definition(std::uint32_t end, std::uint32_t start);

    // "Committee on Foreign Investment in the United States (CFIUS)": when the acronym spells the
    // initials of an organization and the names after it, they are one organization name.
    void merge_by_initials(std::string_view acr, std::uint32_t end);
    /// The words [start, end) spell the acronym after them and hold no organization: one
    /// organization's name (or a region's), unless an office, a scheme or a term of plain words.
    void unclaimed_initials(std::uint32_t start, std::uint32_t end, std::uint32_t first_idx);

    // Photo credits: "[Name/Pool/AFP]", "(AP Photo/Jane Doe)", "[Xinhua]" at the end of captions.
    void scan_credits(std::uint32_t b);

    bool credit_name_word(std::uint32_t k) const;
    static bool is_credit_label(std::string_view w);
    bool credit_to_line_end(std::uint32_t label, std::uint32_t from, std::uint32_t last);
    bool spelled_by_words(std::string_view acr, std::uint32_t end) const;
    void digit_team_names();
    void define_acronym(std::string_view acr, std::uint32_t k, std::uint32_t close, std::uint32_t def);
    /// "Environment Canterbury", "Nova Scotia Health": a public body named by field and region.
    const char* field_body(std::uint32_t a, std::uint32_t b) const;
    /// "Amsterdam UMC": a known place, then an acronym no list knows.
    bool place_acronym(std::uint32_t a, std::uint32_t b) const;
    /// "BBC Yorkshire", "ABC Goulburn Murray": a listed broadcaster in capitals at a, then a place
    /// (listed, or a town) and at most one more name up to b — its regional service.
    bool regional_service(std::uint32_t a, std::uint32_t b) const;
    /// "BBC Sport Scotland": the words [a, b) after a listed broadcaster name one of its services.
    bool broadcaster_service(std::uint32_t a, std::uint32_t b) const;
    /// The sources of a credit in [from, to), split at slashes and colons.
    void credit_segments(std::uint32_t from, std::uint32_t to);
    /// "GWEN HOLLOWAY, Journal Star", "| Jordan Pettigrew-Nash, Deseret News": a closing credit's
    /// photographer in [from, comma) and outlet in (comma, last).
    void credit_name_and_outlet(std::uint32_t from, std::uint32_t comma, std::uint32_t last);
    /// after_person: the segment before named a person (the photographer), so this one is the agency.
    void credit_segment(std::uint32_t a, std::uint32_t b, bool after_person);

    // A mention's text from its byte range (no token-table access: cheaper on big inputs).
    std::string_view view(const Mention& m) const { return m_t.text.substr(m.range.start, m.range.size()); }

    // ---- aliases: "Putin" after "Vladimir Putin", "Xi" after "Xi Jinping" ------------------
    void resolve_aliases();
    void org_prefixes();
    void drop_products_of_orgs();

    const TokenTable& m_t;
    const std::vector<Token>& m_tok;
    const Gazetteer& m_g;
    std::vector<std::uint8_t> m_consumed;
    mutable WordTable<char> m_given_before_name; ///< first names the text uses before another name (given_elsewhere)
    mutable bool m_given_before_name_built = false;
    mutable WordTable<std::uint32_t> m_speaking_words; ///< word → uses before a speech verb or after a title (speaks_elsewhere)
    mutable bool m_speaking_words_built = false;
    std::vector<Mention> m_out;
    std::vector<Mention> m_pending;
    std::vector<Mention> m_pending_multi; ///< unknown sentence-initial runs shaped like names
    WordTable<char> m_title_surnames;     ///< title words seen as a named person's surname ("Cardinal")
    /// Hyphenated compounds the text writes after a capitalized word ("Mwape Chilufya-Banda" gives
    /// "Chilufya-Banda"), built on first use by name_hyphen().
    mutable WordTable<char> m_full_name_compounds{4};
    mutable bool m_compounds_built = false;
    /// Names of ships ("the bulk carrier Stella Kore"): vehicles, never annotated, here or later.
    WordTable<char> m_vessels{4};
    std::vector<std::uint32_t> m_hyphen_runs; ///< first tokens of "Word-Word" runs
    std::unordered_map<std::string_view, AcronymDef> m_acronyms;
    std::uint32_t m_non_entity_end = k_none;
    /// classify() is reading a run of words no list knows word by word: none is a town alone.
    bool m_no_lone_town = false;
    std::uint32_t m_quoted_title_end = k_none; ///< inside a quoted title-case phrase up to this token
    bool m_keep_period = false;
    bool m_keep_close_bracket = false; ///< emit(): keep a closing bracket ("CPI(M)")
    bool m_in_title_split = false; ///< classify() called from split_title_run()
};

} // namespace gloss::core::detect::names_impl
