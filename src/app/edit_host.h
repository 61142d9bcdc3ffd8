// SPDX-License-Identifier: MIT
// What editing, autosave, sharing and file exchange need from the browser: localStorage, the
// page URL and hash, downloads and the file chooser. Implemented per target in src/platform
// (edit_web.cpp); the app code stays free of Emscripten.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gloss::app::host_io {

enum class StoreStatus : std::uint8_t {
    ok,
    full,        ///< the browser refused the write (quota exceeded)
    unavailable, ///< storage is disabled or blocked (private mode, site settings, sandbox)
};

/// True when localStorage can be read and written (probed once).
bool storage_available();
std::optional<std::string> storage_get(std::string_view key);
StoreStatus storage_set(std::string_view key, std::string_view value);
void storage_remove(std::string_view key);

/// Wall-clock milliseconds since the Unix epoch (autosave time stamps).
double now_epoch_ms();

/// Starts a browser download of `bytes` as `file_name`.
void download(std::string_view file_name, std::string_view mime, std::string_view bytes);
/// The page address without its fragment ("https://host/path/").
std::string page_url();
/// The URL fragment as typed ("#g1.…"), percent-decoding undone; "" when none.
std::string location_hash();
/// Replaces the URL fragment without a navigation ("" removes it).
void replace_hash(std::string_view hash);
/// Opens the browser's file chooser; the chosen file arrives through gloss_open_file.
void pick_file();
/// The browser's click count of the last mouse press (MouseEvent.detail: 2 for a double click),
/// timed by the browser on event time stamps, so a slow frame cannot split a double click.
int last_click_count();
/// Puts text on the clipboard (navigator.clipboard; the share dialog also shows it).
void copy_text(std::string_view text);

} // namespace gloss::app::host_io
