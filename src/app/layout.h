// SPDX-License-Identifier: MIT
// Layout engine: wraps the article's blocks into rows with the fonts' real advances, cached per
// column width and font generation; answers y→row, byte→row and x↔byte queries for drawing.
#pragma once

#include "gloss/text.h"

#include <imgui.h>

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace gloss::app {

enum class TextStyle : std::uint8_t { kicker, headline, standfirst, byline, heading, body, caption };
inline constexpr int k_text_style_count = 7;

/// Plain input: one drawn block of the article (for images, the caption only).
struct LayoutBlock {
    core::ByteRange range;     ///< the bytes drawn (UTF-8 offsets into the document text)
    TextStyle style = TextStyle::body;
    bool figure = false;       ///< draw inside a captioned figure frame
};

struct StyleMetrics {
    ImFont* font = nullptr;
    float size = 0.0f;         ///< font size in device px
    float line_height = 0.0f;  ///< row pitch in device px
    float space_before = 0.0f;
    float space_after = 0.0f;
};

struct LayoutParams {
    float width = 0.0f;        ///< column width in device px
    std::array<StyleMetrics, k_text_style_count> styles{};
    float figure_art_height = 0.0f; ///< placeholder area of a figure frame
    float figure_pad = 0.0f;        ///< inner padding of a figure frame
    int font_generation = 0;
};

/// A blank the wrapper may break at (a row never starts or ends with one).
inline bool is_blank(char c) { return c == ' ' || c == '\t'; }

/// One wrapped line: bytes [begin, end) drawn at (x, y) relative to the column's top-left.
struct Row {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    float y = 0.0f;
    float x = 0.0f;
    std::uint32_t block = 0;
    TextStyle style = TextStyle::body;
};

/// A figure frame: the box (column-relative y) that holds the placeholder and the caption rows.
struct FigureBox {
    float y0 = 0.0f;
    float y1 = 0.0f;
    std::uint32_t block = 0;
};

class Layout {
public:
    /// Wraps every block. `text` must outlive the layout (it is the document's text).
    void build(std::string_view text, const std::vector<LayoutBlock>& blocks, const LayoutParams& params);
    void clear();

    bool valid() const { return m_valid; }
    bool matches(float width, int font_generation) const {
        return m_valid && m_params.width == width && m_params.font_generation == font_generation;
    }
    const LayoutParams& params() const { return m_params; }
    const std::vector<Row>& rows() const { return m_rows; }
    const std::vector<FigureBox>& figures() const { return m_figures; }
    const StyleMetrics& metrics(TextStyle style) const { return m_params.styles[static_cast<int>(style)]; }
    float height() const { return m_height; }

    /// Index range [first, last) of rows overlapping the column-relative band [y0, y1).
    std::pair<std::size_t, std::size_t> rows_in(float y0, float y1) const;
    /// The row under column-relative y, or the nearest one; rows().size() when there are none.
    std::size_t row_at_y(float y) const;
    /// The row holding byte_offset (or the first row after it); rows().size() when past the end.
    std::size_t row_of_byte(std::uint32_t byte_offset) const;
    /// x of byte_offset within row (column-relative, includes row.x); clamps to the row.
    float x_of(const Row& row, std::uint32_t byte_offset) const;
    /// The byte boundary in row nearest to column-relative x.
    std::uint32_t byte_at(const Row& row, float x) const;

private:
    std::string_view m_text;
    LayoutParams m_params;
    std::vector<Row> m_rows;
    std::vector<FigureBox> m_figures;
    float m_height = 0.0f;
    bool m_valid = false;
};

} // namespace gloss::app
