// SPDX-License-Identifier: MIT
// Raw deflate/inflate through zlib, with the inflated size capped while inflating.
#include "gloss/share.h"

#include <zlib.h>

#include <cstring>

namespace gloss::core {

std::string deflate_raw(std::string_view bytes, std::string_view dictionary) {
    z_stream zs;
    std::memset(&zs, 0, sizeof zs);
    // Level 9, raw stream (negative windowBits: no zlib header or checksum), full memory level.
    if (deflateInit2(&zs, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    if (!dictionary.empty() && deflateSetDictionary(&zs, reinterpret_cast<const Bytef*>(dictionary.data()),
                                                    static_cast<uInt>(dictionary.size())) != Z_OK) {
        deflateEnd(&zs);
        return {};
    }
    std::string out;
    out.resize(deflateBound(&zs, static_cast<uLong>(bytes.size())) + 16);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    zs.avail_in = static_cast<uInt>(bytes.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const std::size_t produced = zs.total_out;
    deflateEnd(&zs);
    if (rc != Z_STREAM_END) return {};
    out.resize(produced);
    return out;
}

Result<std::string> inflate_raw_capped(std::string_view compressed, std::size_t max_output_bytes,
                                       std::string_view dictionary) {
    z_stream zs;
    std::memset(&zs, 0, sizeof zs);
    if (inflateInit2(&zs, -15) != Z_OK)
        return make_error(ErrorCode::link_malformed, "The decompressor could not start.");
    // Raw streams take their preset dictionary up front (no zlib header announces it).
    if (!dictionary.empty() && inflateSetDictionary(&zs, reinterpret_cast<const Bytef*>(dictionary.data()),
                                                    static_cast<uInt>(dictionary.size())) != Z_OK) {
        inflateEnd(&zs);
        return make_error(ErrorCode::link_malformed, "The decompressor could not start.");
    }
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    zs.avail_in = static_cast<uInt>(compressed.size());
    std::string out;
    constexpr std::size_t k_chunk = 64u * 1024u;
    std::string buf(k_chunk, '\0'); // heap, not stack: wasm stacks are small
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        // Never ask for more than one byte past the cap: hitting it proves the stream is too big.
        const std::size_t room = max_output_bytes + 1 - out.size();
        zs.next_out = reinterpret_cast<Bytef*>(buf.data());
        zs.avail_out = static_cast<uInt>(room < k_chunk ? room : k_chunk);
        const uInt asked = zs.avail_out;
        rc = inflate(&zs, Z_NO_FLUSH);
        const std::size_t got = asked - zs.avail_out;
        if (rc != Z_OK && rc != Z_STREAM_END && !(rc == Z_BUF_ERROR && got > 0)) {
            inflateEnd(&zs);
            if (rc == Z_BUF_ERROR)
                return make_error(ErrorCode::link_malformed,
                                  "The link is cut off (its compressed data ends early).");
            return make_error(ErrorCode::link_malformed, "The link's compressed data is corrupted.");
        }
        out.append(buf.data(), got);
        if (out.size() > max_output_bytes) {
            inflateEnd(&zs);
            return make_error(ErrorCode::link_too_large,
                              "The link expands to more than " +
                                  std::to_string(max_output_bytes / (1024 * 1024)) +
                                  " MB; Gloss stopped reading it.");
        }
        if (rc != Z_STREAM_END && got == 0 && zs.avail_in == 0) {
            inflateEnd(&zs);
            return make_error(ErrorCode::link_malformed,
                              "The link is cut off (its compressed data ends early).");
        }
    }
    const bool trailing = zs.avail_in != 0;
    inflateEnd(&zs);
    if (trailing) return make_error(ErrorCode::link_malformed, "The link has extra data after its end.");
    return out;
}

} // namespace gloss::core
