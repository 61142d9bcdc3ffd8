// SPDX-License-Identifier: MIT
// Source text: validation/normalization on load, UTF-8 decoding, and the one offset converter.
#pragma once

#include "gloss/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gloss::core {

/// Half-open range [start, end) of UTF-8 byte offsets into a document's validated text.
struct ByteRange {
    std::uint32_t start = 0;
    std::uint32_t end = 0;

    std::uint32_t size() const { return end - start; }
    bool empty() const { return end <= start; }
    bool contains(std::uint32_t byte_offset) const { return byte_offset >= start && byte_offset < end; }
    bool overlaps(ByteRange o) const { return start < o.end && o.start < end; }
    friend bool operator==(ByteRange a, ByteRange b) { return a.start == b.start && a.end == b.end; }
    friend bool operator!=(ByteRange a, ByteRange b) { return !(a == b); }
};

struct NormalizeReport {
    std::uint32_t invalid_sequences = 0; ///< ill-formed UTF-8 sequences replaced by U+FFFD
    std::uint32_t crlf_converted = 0;    ///< CRLF pairs (and lone CRs) turned into LF
    bool bom_removed = false;
};

/// Makes raw bytes into the source text every offset refers to: strips a UTF-8 BOM, replaces
/// each maximal ill-formed subsequence with U+FFFD (Unicode's recommended practice), turns CRLF
/// and lone CR into LF. Idempotent. Never fails; size and content checks are check_text's.
std::string normalize_text(std::string_view raw, NormalizeReport* report = nullptr);

/// Refuses text that cannot be an article: empty/whitespace-only, above k_max_text_bytes,
/// or binary (NUL bytes or a high share of control characters). Run on normalized text.
Result<bool> check_text(std::string_view text);

/// Decodes the code point starting at byte_offset of valid UTF-8 and advances byte_offset.
/// On a malformed sequence returns U+FFFD and advances by one byte.
char32_t decode_utf8(std::string_view text, std::uint32_t& byte_offset);

/// Appends the UTF-8 encoding of a code point.
void append_utf8(std::string& out, char32_t code_point);

/// Length in bytes (1-4) of the well-formed UTF-8 sequence starting at byte_offset, or 0 when
/// the bytes there are ill-formed or truncated. byte_offset must be < text.size().
std::uint32_t utf8_sequence_length(std::string_view text, std::uint32_t byte_offset);

/// True when byte_offset is at a code point boundary (or at text.size()).
bool is_utf8_boundary(std::string_view text, std::uint32_t byte_offset);

/// Converts between UTF-8 byte offsets and UTF-16 code unit offsets (JavaScript strings).
/// Built once per text; both directions are O(log n). Offsets inside a code point round down.
class OffsetMap {
public:
    OffsetMap() = default;
    explicit OffsetMap(std::string_view text);

    std::uint32_t utf16_from_byte(std::uint32_t byte_offset) const;
    std::uint32_t byte_from_utf16(std::uint32_t utf16_offset) const;
    std::uint32_t byte_size() const { return m_byte_size; }
    std::uint32_t utf16_size() const { return m_utf16_size; }

private:
    // Checkpoints every k_stride bytes: (byte offset, utf16 offset) at a code point boundary.
    static constexpr std::uint32_t k_stride = 256;
    std::string_view m_text;
    std::vector<std::uint32_t> m_byte_marks;
    std::vector<std::uint32_t> m_utf16_marks;
    std::uint32_t m_byte_size = 0;
    std::uint32_t m_utf16_size = 0;
};

/// FNV-1a 64-bit hash of the text, as 16 lowercase hex digits: the document's content key.
std::string content_hash(std::string_view text);

} // namespace gloss::core
