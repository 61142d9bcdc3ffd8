// SPDX-License-Identifier: MIT
// Data compiled into the binary from assets/ (gazetteers, the bundled sample article).
#pragma once

#include <string_view>
#include <vector>

namespace gloss::core {

/// Bytes of the embedded asset with this file name ("sample-article.txt", "places.tsv"),
/// or an empty view when there is none.
std::string_view embedded_asset(std::string_view name);
const std::vector<std::string_view>& embedded_asset_names();

/// The bundled sample article, byte for byte as shipped in assets/sample-article.txt.
inline std::string_view sample_article() { return embedded_asset("sample-article.txt"); }

} // namespace gloss::core
