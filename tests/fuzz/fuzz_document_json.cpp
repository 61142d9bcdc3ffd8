// SPDX-License-Identifier: MIT
// Fuzz target: parse_json_checked and document_from_json (the native format, also autosave and
// "get/set state") on arbitrary bytes. Properties: a document read is well formed, and its
// to_json -> from_json -> to_json round trip is byte-identical.
#include "fuzz_check.h"

#include "gloss/document.h"
#include "gloss/json_util.h"

#include <cstdint>

using namespace gloss;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view json = fuzz::as_text(data, size);
    core::Result<nlohmann::json> parsed = core::parse_json_checked(json);
    if (!parsed) fuzz::check_error(parsed.error());
    else (void)core::dump_json(*parsed);

    core::Result<core::Document> doc = core::document_from_json(json);
    if (!doc) {
        fuzz::check_error(doc.error());
        return 0;
    }
    GLOSS_FUZZ_CHECK(parsed.ok(), "document_from_json accepted JSON parse_json_checked refuses");
    fuzz::check_document(*doc, false);
    fuzz::check_json_round_trip(*doc);
    return 0;
}
