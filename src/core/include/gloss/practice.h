// SPDX-License-Identifier: MIT
// Practice mode's check: the student's marks against the automatic annotations.
#pragma once

#include "gloss/document.h"

#include <array>
#include <vector>

namespace gloss::core {

enum class PracticeOutcome : std::uint8_t { hit, miss, extra };

struct PracticeItem {
    AnnotationId id = 0;          ///< the student's mark (hit, extra) or the automatic one (miss)
    AnnotationId matched_id = 0;  ///< for hits: the automatic annotation it matched
    ByteRange range;              ///< range of `id`
    Kind kind = Kind::person;
    PracticeOutcome outcome = PracticeOutcome::hit;
};

struct PracticeCounts {
    std::uint32_t hits = 0;
    std::uint32_t misses = 0;
    std::uint32_t extras = 0;
};

struct PracticeReport {
    std::vector<PracticeItem> items;              ///< in text order
    std::array<PracticeCounts, k_kind_count> per_kind{}; ///< indexed by Kind
    PracticeCounts total;
    /// F1 of the student's marks against the automatic ones, 0..1 (1 when both are empty).
    double score = 1.0;
};

/// Compares user annotations of kinds PERSON..FIGURE with automatic ones of the same kind: a
/// pair matches when the ranges share at least one byte; matching is one-to-one and maximal
/// (as ../shared/gold/score.py does). Free highlights are ignored.
PracticeReport check_practice(const Document& doc);

} // namespace gloss::core
