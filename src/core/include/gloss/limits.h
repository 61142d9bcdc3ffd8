// SPDX-License-Identifier: MIT
// Documented hard limits; README's limits table quotes these constants.
#pragma once

#include <cstddef>

namespace gloss::core {

inline constexpr std::size_t k_max_text_bytes = 10u * 1024u * 1024u;   ///< largest article (after normalization)
inline constexpr std::size_t k_max_annotations = 200000;               ///< most annotations in one document
inline constexpr std::size_t k_max_json_bytes = 64u * 1024u * 1024u;   ///< largest document JSON accepted
inline constexpr std::size_t k_max_json_depth = 64;                    ///< deepest JSON nesting accepted
inline constexpr std::size_t k_max_note_bytes = 16u * 1024u;           ///< longest note on one annotation

} // namespace gloss::core
