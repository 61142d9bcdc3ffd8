// SPDX-License-Identifier: MIT
// Fuzz target: share-link decoding. The first byte picks what the rest is:
//   0  a link as pasted (URL, fragment or bare "g1.…"): decode_share_link directly;
//   1  the JSON payload inside a link: the harness adds the check value "k", deflates it with the
//      g1 dictionary and base64url-encodes it, so mutations reach the schema checks instead of
//      dying on the checksum;
//   2  a raw deflate stream: inflate_raw_capped with a small cap, plus base64url on the bytes.
// Properties: failures carry a code and message; a decoded state is well formed and
// decode -> encode -> decode gives the same state and the same link again; base64url round trips
// and has one encoding per byte string; inflating never passes its cap.
#include "fuzz_check.h"

#include "gloss/json_util.h"
#include "gloss/share.h"

#include <cstdint>
#include <string>

using namespace gloss;

namespace {

std::string link_from_payload(std::string_view payload) {
    core::Result<nlohmann::json> parsed = core::parse_json_checked(payload);
    if (!parsed || !parsed->is_object()) return std::string(core::k_share_prefix) + "A";
    nlohmann::json root = std::move(*parsed);
    root.erase("k");
    root["k"] = core::content_hash(core::dump_json(root)).substr(0, 8);
    const std::string compressed = core::deflate_raw(core::dump_json(root), core::share_dictionary());
    return std::string(core::k_share_prefix) + core::base64url_encode(compressed);
}

void check_link(std::string_view link) {
    core::Result<core::DecodedShare> decoded = core::decode_share_link(link);
    if (!decoded) {
        fuzz::check_error(decoded.error());
        return;
    }
    const core::ShareState& state = decoded->state;
    fuzz::check_document(state.document, false);
    GLOSS_FUZZ_CHECK(decoded->exact || !decoded->notice.empty(), "inexact decode without a notice");
    const std::string again = core::encode_share_link(state);
    core::Result<core::DecodedShare> redecoded = core::decode_share_link(again);
    if (!redecoded)
        fuzz::fail(__FILE__, __LINE__, "decode(encode(decoded))", "re-encoded link does not decode: " +
                                                                         redecoded.error().message);
    GLOSS_FUZZ_CHECK(redecoded->exact, "a freshly encoded link decodes inexactly");
    GLOSS_FUZZ_CHECK(core::same_share_state(state, redecoded->state), "decode -> encode -> decode changed the state");
    GLOSS_FUZZ_CHECK(core::encode_share_link(redecoded->state) == again, "encoding is not stable");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view rest = fuzz::as_text(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0:
        check_link(rest);
        break;
    case 1:
        check_link(link_from_payload(rest));
        break;
    default: {
        constexpr std::size_t k_cap = 64 * 1024;
        core::Result<std::string> inflated = core::inflate_raw_capped(rest, k_cap, core::share_dictionary());
        if (inflated) GLOSS_FUZZ_CHECK(inflated->size() <= k_cap, "inflate passed its cap");
        else fuzz::check_error(inflated.error());
        const std::string encoded = core::base64url_encode(rest);
        core::Result<std::string> decoded = core::base64url_decode(encoded);
        GLOSS_FUZZ_CHECK(decoded.ok() && *decoded == rest, "base64url round trip");
        core::Result<std::string> as_base64 = core::base64url_decode(rest);
        if (as_base64) GLOSS_FUZZ_CHECK(core::base64url_encode(*as_base64) == rest, "base64url has two encodings");
        break;
    }
    }
    return 0;
}
