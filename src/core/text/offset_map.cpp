// SPDX-License-Identifier: MIT
// OffsetMap: the single converter between UTF-8 byte offsets and UTF-16 (JavaScript) offsets.
#include "gloss/text.h"

#include <algorithm>

namespace gloss::core {

namespace {

// UTF-16 code units of the code point whose lead byte is c (continuation bytes count 0).
std::uint32_t utf16_units(unsigned char c) {
    if ((c & 0xC0) == 0x80) return 0;
    return c >= 0xF0 ? 2 : 1;
}

} // namespace

OffsetMap::OffsetMap(std::string_view text)
    : m_text(text), m_byte_size(static_cast<std::uint32_t>(text.size())) {
    std::uint32_t units = 0;
    m_byte_marks.reserve(text.size() / k_stride + 2);
    m_utf16_marks.reserve(text.size() / k_stride + 2);
    std::uint32_t next_mark = 0;
    for (std::uint32_t i = 0; i < m_byte_size; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (i >= next_mark && (c & 0xC0) != 0x80) {
            m_byte_marks.push_back(i);
            m_utf16_marks.push_back(units);
            next_mark = i + k_stride;
        }
        units += utf16_units(c);
    }
    m_utf16_size = units;
}

std::uint32_t OffsetMap::utf16_from_byte(std::uint32_t byte_offset) const {
    if (byte_offset >= m_byte_size) return m_utf16_size;
    auto it = std::upper_bound(m_byte_marks.begin(), m_byte_marks.end(), byte_offset);
    const std::size_t k = static_cast<std::size_t>(it - m_byte_marks.begin()) - 1;
    std::uint32_t b = m_byte_marks[k];
    std::uint32_t u = m_utf16_marks[k];
    // Round down to the start of the code point holding byte_offset.
    while (byte_offset > b && (static_cast<unsigned char>(m_text[byte_offset]) & 0xC0) == 0x80)
        --byte_offset;
    for (; b < byte_offset; ++b) u += utf16_units(static_cast<unsigned char>(m_text[b]));
    return u;
}

std::uint32_t OffsetMap::byte_from_utf16(std::uint32_t utf16_offset) const {
    if (utf16_offset >= m_utf16_size) return m_byte_size;
    auto it = std::upper_bound(m_utf16_marks.begin(), m_utf16_marks.end(), utf16_offset);
    const std::size_t k = static_cast<std::size_t>(it - m_utf16_marks.begin()) - 1;
    std::uint32_t b = m_byte_marks[k];
    std::uint32_t u = m_utf16_marks[k];
    while (b < m_byte_size) {
        const auto c = static_cast<unsigned char>(m_text[b]);
        const std::uint32_t w = utf16_units(c);
        if (w != 0 && u + w > utf16_offset) break; // inside or at this code point
        u += w;
        ++b;
    }
    // b is at a lead byte (or end): the code point holding the requested unit starts here.
    return b;
}

} // namespace gloss::core
