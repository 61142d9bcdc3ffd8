// SPDX-License-Identifier: MIT
// In-app search (the browser's find cannot see a canvas): case-insensitive matches over the
// drawn text, a current match, next/previous.
#pragma once

#include "gloss/text.h"

#include <string>
#include <vector>

namespace gloss::app {

class DocModel;

/// Case-folded code point used for matching (ASCII, Latin-1 and Latin Extended-A letters).
char32_t fold_case(char32_t c);

class Search {
public:
    /// Finds every match of `query` (case-insensitive) in the drawn text. Empty query: none.
    void run(const DocModel& model, const std::string& query);
    void clear();
    /// Moves to the next (+1) or previous (-1) match, wrapping; returns false with no matches.
    bool step(int direction);
    /// Makes the first match at or after byte_offset current.
    void seek(std::uint32_t byte_offset);

    const std::vector<core::ByteRange>& matches() const { return m_matches; }
    int current() const { return m_current; } ///< -1 when there is none
    const std::string& query() const { return m_query; }

private:
    std::string m_query;
    std::vector<core::ByteRange> m_matches;
    int m_current = -1;
};

} // namespace gloss::app
