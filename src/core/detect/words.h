// SPDX-License-Identifier: MIT
// Closed word classes the rules use (titles, heads, verbs of saying, units…): grammar, not data.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace gloss::core::detect {

/// The word lower-cased (ASCII letters) into buf; empty when it has 40 bytes or more.
std::string_view ascii_lower(std::string_view w, char (&buf)[40]);

/// Head words that make a capitalized name an organization, with the ORG subtype they imply.
/// Returns nullptr when the word is no organization head.
const char* org_head_subtype(std::string_view word);
/// Suffix words after which a name is a company ("Inc.", "Ltd", "Group", "Mining").
bool is_company_suffix(std::string_view word);
/// Lower-case nouns that stand for an organization ("the utility", "a lender"): its subtype, or null.
const char* org_noun_subtype(std::string_view word);
/// Head words that make a name a PLACE: facility, geo, street, region, city. nullptr otherwise.
const char* place_head_subtype(std::string_view word);
/// Words opening a place name ("Mount", "Lake", "Gulf"…) with the subtype.
const char* place_prefix_subtype(std::string_view word);
/// Heads of names that are not annotated (events, laws, programs, products): "Initiative", "Day".
bool is_non_entity_head(std::string_view word);
/// Lower-case generic facility nouns: "the Smederevo steel plant", "the X mine".
bool is_facility_noun(std::string_view word);
/// Lower-case nouns for a kind of place, singular or plural: "town", "provinces", "outskirts".
bool is_place_noun(std::string_view w);
/// Any of org_head_subtype(), place_head_subtype(), place_prefix_subtype(), is_company_suffix(),
/// is_facility_noun(): what the lexicon's k_wc_name_head bit caches.
bool is_name_head(std::string_view word);

/// Titles and honorifics before a name ("President", "Dr.", "Gov."); case-sensitive.
bool is_title_word(std::string_view word);
/// Words that may precede a title inside a title phrase ("Prime", "Foreign", "Deputy").
bool is_title_modifier(std::string_view word);
/// Name suffixes kept in a person span ("Jr.", "Sr.", "III").
bool is_name_suffix(std::string_view word);
/// Capitalized words that start sentences but never names ("The", "However", "In").
bool is_function_word(std::string_view word);
/// Credit words in photo credits that are not names ("Pool", "Staff", "File", "Handout").
bool is_credit_word(std::string_view word);
/// A disease's or condition's initials ("ALS", "COPD"): no organization alone ("whose husband has
/// ALS"), but the first word of one's name ("ALS Families Forward").
bool is_condition_acronym(std::string_view word);
/// A country's name that is also a common given name ("Jordan", "Chad", "Israel", "Georgia"): a
/// person's first name before a surname in the right context ("Jordan Kelsall (27)").
bool is_country_given_name(std::string_view word);
/// The word between "chief" and a company's post: "executive", "financial" (officer), "product",
/// "marketing", "economist"…
bool is_chief_post_word(std::string_view word);
/// Common all-caps words that are not organizations ("CEO", "GDP", "TV"), conditions' initials too.
bool is_non_org_acronym(std::string_view word);
/// A three-letter sports country code, in capitals or title case: "GBR", "Col", "Ned", "Spa".
bool is_sport_country_code(std::string_view word);
/// A sports statistic's or a result's code after a number ("2.45 ERA", "4-2 OT", "12 PTS"): no unit.
bool is_stat_code(std::string_view word);
/// Abbreviations whose final period does not end a sentence ("Mr", "Dr", "Gov", "Nov", "Inc").
bool is_abbreviation_word(std::string_view word);

/// Verbs that introduce or attribute speech ("said", "told", "wrote", "warning", "hailed").
bool is_speech_verb(std::string_view word);

/// Month names and abbreviations (Jan., Sept.): returns 1..12 or 0.
int month_number(std::string_view word);
bool is_weekday(std::string_view word);

/// Cue words of the document-context rules (context.cpp), all case-sensitive.
bool is_legislature_word(std::string_view word);   ///< "Senate", "Congress", "Rep", "Speaker"
bool is_party_plural(std::string_view word);       ///< "Democrats", "Tories"…
bool is_school_noun(std::string_view word);        ///< "school", "schools"
bool is_road_word(std::string_view word);          ///< "Route", "Highway", "Interstate"
bool is_region_noun(std::string_view word);        ///< "county", "region", "provinces"…
bool is_lowercase_agency(std::string_view word);  ///< "dpa"
/// A match's officials labelling a list: "Referee:", "UMPIRES:", "Linesmen:" (any case).
bool is_officials_label(std::string_view word);
bool is_post_nominal(std::string_view word);      ///< honours and silk after a name: "KC", "OBE", "SAN"
bool is_plural_region_noun(std::string_view word); ///< "counties", "provinces", "parishes"

/// Lower-case words of sports reports: 2 = only sports use them, 1 = common there too, 0 = neither.
int sports_word_weight(std::string_view word);

/// Spelled-out cardinal: value for "one".."ninety", "hundred", "dozen"…; -1 when not one.
long long number_word_value(std::string_view word);
/// Magnitude word after a number: 1e3 for "thousand", 1e6 for "million"/"m"/"mn"…; 0 otherwise.
double magnitude_value(std::string_view word);
/// Currency words after a number ("dollars", "euros", "yuan", "USD").
bool is_currency_word(std::string_view word);
/// Currency code or symbol-word prefix before a number ("US$" handled by caller; "EUR", "Rs").
bool is_currency_prefix_word(std::string_view word);
/// A word of a local government's name after its place: "Municipal", "District", "County"
/// ("Pune Municipal Corporation", "Sham Shui Po District Council").
bool is_local_government_word(std::string_view word);
/// A member of an assembly's letters: "MP", "MSP", "MS", "MLA", "TD", "MCA" (Kenya), "MNA" (Pakistan).
bool is_assembly_member_title(std::string_view word);
/// The fifty US states by name ("Iowa", "New Mexico").
bool is_us_state(std::string_view name);
/// Time units: "day", "weeks", "decades"…
bool is_time_unit(std::string_view word);
/// Units of measurement: "km", "tonnes", "mph", "MW"…
bool is_measure_unit(std::string_view word);

/// Every word the closed classes above that the token lexicon caches can accept (lexicon.cpp).
std::vector<std::string_view> lexicon_words();

} // namespace gloss::core::detect
