// SPDX-License-Identifier: MIT
// The detection entry point: text in, automatic annotations and their entities out.
#pragma once

#include "gloss/annotation.h"
#include "gloss/blocks.h"

#include <string_view>
#include <vector>

namespace gloss::core {

struct Detection {
    std::vector<Annotation> annotations; ///< sorted, origin automatic, ids 1..n
    std::vector<Entity> entities;        ///< ids 0..m-1, mention counts filled in
};

/// Runs every detector over normalized text. Deterministic; pure; thread-compatible.
Detection annotate(std::string_view text, const std::vector<Block>& blocks);

} // namespace gloss::core
