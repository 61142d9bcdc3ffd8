// SPDX-License-Identifier: MIT
// Help overlay: the keyboard shortcuts, over the article; Esc or ? closes it.
#pragma once

#include "app/commands.h"
#include "app/fonts.h"
#include "app/theme.h"

namespace gloss::app {

/// Call every frame; `open` is ViewState::help_open.
void draw_help_overlay(bool open, const Palette& pal, const FontSet& fonts, CommandQueue& commands);

} // namespace gloss::app
