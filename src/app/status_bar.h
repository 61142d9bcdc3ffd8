// SPDX-License-Identifier: MIT
// Status bar: annotation counts per kind, the selection, and the pipeline/frame timings.
#pragma once

#include "app/doc_model.h"
#include "app/fonts.h"
#include "app/platform.h"
#include "app/theme.h"
#include "app/view_state.h"

#include <imgui.h>

namespace gloss::app {

float status_bar_height(const FontSet& fonts);
void draw_status_bar(const DocModel& model, const ViewState& view, const Stats& stats, const Palette& pal,
                     const FontSet& fonts, ImVec2 size);

} // namespace gloss::app
