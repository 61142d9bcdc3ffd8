// SPDX-License-Identifier: MIT
// base64url (RFC 4648 §5, no padding) for share links: a strict, canonical decoder.
#include "gloss/share.h"

namespace gloss::core {

namespace {

constexpr char k_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int sextet(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

} // namespace

std::string base64url_encode(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    std::size_t i = 0;
    const auto byte = [&](std::size_t k) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[k]));
    };
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t v = (byte(i) << 16) | (byte(i + 1) << 8) | byte(i + 2);
        out.push_back(k_alphabet[(v >> 18) & 63]);
        out.push_back(k_alphabet[(v >> 12) & 63]);
        out.push_back(k_alphabet[(v >> 6) & 63]);
        out.push_back(k_alphabet[v & 63]);
    }
    const std::size_t rest = bytes.size() - i;
    if (rest == 1) {
        const std::uint32_t v = byte(i) << 16;
        out.push_back(k_alphabet[(v >> 18) & 63]);
        out.push_back(k_alphabet[(v >> 12) & 63]);
    } else if (rest == 2) {
        const std::uint32_t v = (byte(i) << 16) | (byte(i + 1) << 8);
        out.push_back(k_alphabet[(v >> 18) & 63]);
        out.push_back(k_alphabet[(v >> 12) & 63]);
        out.push_back(k_alphabet[(v >> 6) & 63]);
    }
    return out;
}

Result<std::string> base64url_decode(std::string_view text) {
    if (text.size() % 4 == 1)
        return make_error(ErrorCode::link_malformed,
                          "The link is cut off (its length is impossible for base64url).");
    std::string out;
    out.reserve(text.size() * 3 / 4);
    std::uint32_t acc = 0;
    int bits = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const int v = sextet(text[i]);
        if (v < 0)
            return make_error(ErrorCode::link_malformed,
                              "The link contains a character that cannot be in a share link.",
                              static_cast<std::uint32_t>(i));
        acc = (acc << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((acc >> bits) & 0xFF));
        }
    }
    // Leftover bits must be zero: otherwise two links would decode to the same bytes.
    if (bits > 0 && (acc & ((1u << bits) - 1)) != 0)
        return make_error(ErrorCode::link_malformed, "The link's last character is not a valid ending.");
    return out;
}

} // namespace gloss::core
