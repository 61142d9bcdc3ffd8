// SPDX-License-Identifier: MIT
// Annotation and entity model shared by detectors, serializers, the UI and the CLI.
#pragma once

#include "gloss/text.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gloss::core {

enum class Kind : std::uint8_t { person, org, place, quote, figure, highlight };
inline constexpr int k_kind_count = 6;

enum class Origin : std::uint8_t { automatic, user };

/// "PERSON", "ORG", "PLACE", "QUOTE", "FIGURE", "HIGHLIGHT".
const char* kind_name(Kind kind);
std::optional<Kind> parse_kind(std::string_view name);
/// "auto" or "user".
const char* origin_name(Origin origin);
std::optional<Origin> parse_origin(std::string_view name);

using AnnotationId = std::uint32_t;
using EntityId = std::int32_t;
inline constexpr EntityId k_no_entity = -1;

struct Annotation {
    AnnotationId id = 0;
    ByteRange range;
    Kind kind = Kind::highlight;
    std::string subtype;        ///< figures: percent, money, date…; quotes: direct, scare; "" if none
    Origin origin = Origin::automatic;
    EntityId entity = k_no_entity;  ///< canonical entity this mention belongs to
    EntityId speaker = k_no_entity; ///< quotes: the entity who said it
    std::string note;
    std::string author;
    std::string color;          ///< free highlights: "#rrggbb"; "" = kind colour
};

struct Entity {
    EntityId id = k_no_entity;
    Kind kind = Kind::person;
    std::string name;           ///< canonical (fullest) name, e.g. "Vladimir Putin"
    std::uint32_t mentions = 0; ///< annotations that refer to it
};

/// Sorts by (start, end, kind, id): the order of the native JSON and of every export.
void sort_annotations(std::vector<Annotation>& annotations);

} // namespace gloss::core
