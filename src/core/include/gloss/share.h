// SPDX-License-Identifier: MIT
// Share links: a document, its annotations and the reader's view in one `#g1.` URL fragment.
//
// Wire format (version g1)
// ------------------------
//   link     = "#g1." base64url( deflate-raw( compact JSON ) )     ; RFC 4648 §5, no padding
//   deflate  = zlib raw deflate (windowBits -15, level 9, memLevel 9) with the preset dictionary
//              share_dictionary() (common English news words and the payload's key patterns; frozen
//              for g1): the system zlib natively, zlib 1.2.13 from Debian's source package under
//              Emscripten, so the CLI and the browser produce byte-identical links for the same state.
//              The dictionary saves about 9% on a 5 KB article; a reader outside Gloss inflates with
//              the same dictionary (zlib inflateSetDictionary on the raw stream).
//   JSON     = one object with short keys, written by nlohmann::json (keys sorted, no spaces):
//     "v"  int     schema version inside g1 (k_share_schema_version); a larger one is refused with
//                  unsupported_version, so a future Gloss can change the payload without a new prefix.
//     "h"  string  content_hash() of the bundled sample's normalized text   } exactly one of
//     "t"  string  the normalized text itself                              } "h" and "t"
//     "n"  string  title, only when it differs from the default (the headline)
//     "f"  string  fingerprint of the automatic annotations and entities the encoder's detector
//                  derived from the text (8 hex digits of content_hash over a canonical dump)
//     "x"  array   automatic annotations the user removed: [start_delta, length, kind] each,
//                  byte offsets, start delta-coded against the previous entry
//     "a"  array   every other annotation (user ones, and automatic ones the user edited):
//                  [id, start_delta, length, kind, origin, note, subtype, entity, speaker, author,
//                   color] with trailing defaults dropped (origin 0 = auto, 1 = user; entity and
//                  speaker -1 = none; strings "" = none)
//     "e"  array   entities that differ from the derived ones: [id, kind, name, mentions]
//     "r"  array   ids of derived entities the state no longer has
//     "E"  array   the whole entity list, instead of "e"/"r", when it is not sorted by id
//     "w"  object  view, default fields omitted: "k" hidden-kind bit mask (bit = Kind),
//                  "e" focused entity, "s" scroll byte offset, "d" 1 = dark theme (0 = light),
//                  "p" 1 = practice mode
//     "k"  string  check value: the first 8 hex digits of content_hash() over this compact JSON
//                  without "k" (raw deflate has no checksum; this catches damaged links)
//
// Why automatic annotations are not in the link
// ---------------------------------------------
// The detectors are deterministic: the same text gives the same automatic annotations (ids 1..n)
// and entities. The link therefore carries only the difference between the state and what
// annotate() derives from its text: removed automatic annotations ("x"), added or edited ones
// ("a") and entity changes ("e"/"r"). The decoder re-runs annotate() and applies the difference.
// This keeps the sample with 20 notes around 1 KB and a 5 KB article near the size of its
// compressed text.
//
// When the decoder's detector differs from the encoder's (another Gloss version), "f" does not
// match the freshly derived annotations. The link still decodes, sensibly rather than exactly:
//   - the text, the title, the view and every annotation in "a" are restored as stored;
//   - removals in "x" are matched by (start, end, kind), so a removed highlight stays removed
//     wherever the new detector finds it again;
//   - "a" annotations whose id collides with a new automatic one get fresh ids, and their entity
//     and speaker references (which named the old detector's entities) are cleared unless the link
//     stored its own entity list; the focused entity is cleared for the same reason;
//   - DecodedShare::exact is false and DecodedShare::notice says so, for the UI to show.
// Nothing needs bumping by hand when a detector changes: the fingerprint follows the output.
//
// Decoding is defensive and all-or-nothing: the link is refused above k_max_link_chars before any
// decoding; inflating stops as soon as the output would pass k_max_link_inflated_bytes (a zip
// bomb costs at most that much memory and time); the JSON goes through parse_json_checked and a
// schema check of every field; ranges must lie on UTF-8 boundaries of the text. Any failure
// returns an Error (link_malformed, link_too_large, unsupported_version, unknown_sample, schema,
// bad_range, json_parse, json_too_deep, empty_text, binary_data, too_many_annotations) and no
// partial state: the caller's current document is never touched by a failed decode.
#pragma once

#include "gloss/annotation.h"
#include "gloss/document.h"
#include "gloss/result.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gloss::core {

inline constexpr std::string_view k_share_prefix = "#g1.";
inline constexpr int k_share_schema_version = 1;
/// Longest link accepted (whole URL or fragment), checked before any decoding. Chromium's URL
/// limit is 2 MB; anything a chat app carries is far below.
inline constexpr std::size_t k_max_link_chars = 2u * 1024u * 1024u;
/// Most bytes inflating may produce; inflating stops as soon as it would go past this.
inline constexpr std::size_t k_max_link_inflated_bytes = 12u * 1024u * 1024u;

enum class Theme : std::uint8_t { light, dark };

/// What the reader sees besides the document: restored exactly by a link.
struct ShareView {
    std::array<bool, k_kind_count> show_kind{true, true, true, true, true, true}; ///< index = Kind
    EntityId focused_entity = k_no_entity;
    std::uint32_t scroll_byte_offset = 0; ///< first visible byte of the text (top of the view)
    Theme theme = Theme::light;
    bool practice_mode = false;

    friend bool operator==(const ShareView& a, const ShareView& b) {
        return a.show_kind == b.show_kind && a.focused_entity == b.focused_entity &&
               a.scroll_byte_offset == b.scroll_byte_offset && a.theme == b.theme &&
               a.practice_mode == b.practice_mode;
    }
    friend bool operator!=(const ShareView& a, const ShareView& b) { return !(a == b); }
};

struct ShareState {
    Document document; ///< text, title, annotations (sorted), entities; blocks are re-derived
    ShareView view;
};

struct DecodedShare {
    ShareState state;
    bool from_sample = false; ///< the link referenced the bundled sample by hash
    bool exact = true; ///< false when the link came from another detector version
    std::string notice; ///< one sentence for the user when !exact, else empty
};

/// Encodes a state as `#g1.…` (the fragment only; prepend the page URL). The bundled sample is
/// referenced by its content hash. Annotations are taken in sort_annotations order. Deterministic:
/// the same state always gives the same link. Runs annotate() once on the text. The text must be
/// normalized (Document::text always is). A state the decoder would refuse is repaired first, so
/// every link opens: annotations with invalid ranges are dropped, duplicate ids renumbered,
/// references to missing entities cleared, notes/titles clipped to k_max_note_bytes, the scroll
/// offset clamped to the text; a valid state is encoded exactly.
std::string encode_share_link(const ShareState& state);

/// Decodes a link: a whole URL ("https://…/#g1.…"), a fragment ("#g1.…") or the bare "g1.…".
/// Spaces and line breaks inside (a link wrapped by a mail client) and punctuation after it
/// ("…#g1.abc." at the end of a sentence) are ignored: none of them is in base64url.
/// See the header comment for the checks and the error codes. Runs annotate() once on the text.
Result<DecodedShare> decode_share_link(std::string_view link);

/// True when the two states are identical as far as a link is concerned (text, title,
/// annotations in sorted order with every field, entities, view).
bool same_share_state(const ShareState& a, const ShareState& b);

// ---- building blocks, public for tests and tools -------------------------------------------

/// RFC 4648 §5 base64url without padding.
std::string base64url_encode(std::string_view bytes);
/// Strict decoder: only the url alphabet, no padding, no whitespace, zero trailing bits
/// (so every byte string has exactly one encoding). Errors: link_malformed.
Result<std::string> base64url_decode(std::string_view text);

/// The g1 preset deflate dictionary (frozen: every g1 link depends on it).
std::string_view share_dictionary();

/// zlib raw deflate (windowBits -15), level 9, with an optional preset dictionary.
std::string deflate_raw(std::string_view bytes, std::string_view dictionary = {});
/// zlib raw inflate that stops with link_too_large as soon as the output would exceed
/// max_output_bytes (without producing the rest), and with link_malformed on a broken stream,
/// a truncated stream or bytes after its end. `dictionary` must be the one deflate_raw used.
Result<std::string> inflate_raw_capped(std::string_view compressed, std::size_t max_output_bytes,
                                       std::string_view dictionary = {});

} // namespace gloss::core
