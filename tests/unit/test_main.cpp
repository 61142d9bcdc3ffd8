// SPDX-License-Identifier: MIT
// doctest's main, and nothing else.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
