// SPDX-License-Identifier: MIT
// Browser side of editing, autosave, sharing and files: localStorage (with quota and "blocked"
// told apart), downloads, the file chooser, the URL, the clipboard; and the C exports behind
// gloss.addAnnotation & co (one dispatcher, gloss_edit) and file drops (gloss_open_file).
#include "app/edit_host.h"
#include "platform/web_host.h"

#include <emscripten.h>

#include <cstdlib>

// ---- JavaScript side ---------------------------------------------------------------------------

EM_JS(int, js_storage_available, (), {
    try {
        const k = 'gloss.__probe';
        window.localStorage.setItem(k, '1');
        window.localStorage.removeItem(k);
        return 1;
    } catch (e) {
        return 0;
    }
});

EM_JS(char*, js_storage_get, (const char* key), {
    let v = null;
    try { v = window.localStorage.getItem(UTF8ToString(key)); } catch (e) { return 0; }
    if (v === null) return 0;
    const n = lengthBytesUTF8(v) + 1;
    const p = Module['_malloc'](n);
    stringToUTF8(v, p, n);
    return p;
});

// 0 ok, 1 quota exceeded, 2 storage blocked or missing.
EM_JS(int, js_storage_set, (const char* key, const char* value), {
    try {
        window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
        return 0;
    } catch (e) {
        const full = e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);
        return full ? 1 : 2;
    }
});

EM_JS(void, js_storage_remove, (const char* key), {
    try { window.localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});

EM_JS(double, js_now_epoch_ms, (), { return Date.now(); });

EM_JS(void, js_download, (const char* name, const char* mime, const char* data, int length), {
    const bytes = HEAPU8.slice(data, data + length);
    const blob = new Blob([bytes], {type: UTF8ToString(mime)});
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(name);
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 30000);
});

EM_JS(char*, js_page_url, (), {
    const s = String(location.href).split('#')[0];
    const n = lengthBytesUTF8(s) + 1;
    const p = Module['_malloc'](n);
    stringToUTF8(s, p, n);
    return p;
});

EM_JS(char*, js_location_hash, (), {
    let s = String(location.hash || "");
    try { s = decodeURIComponent(s); } catch (e) {}
    const n = lengthBytesUTF8(s) + 1;
    const p = Module['_malloc'](n);
    stringToUTF8(s, p, n);
    return p;
});

EM_JS(void, js_replace_hash, (const char* hash), {
    const h = UTF8ToString(hash);
    try { history.replaceState(null, "", h ? h : location.pathname + location.search); } catch (e) {}
});

EM_JS(int, js_click_count, (), { return Module['glossClickCount'] | 0; });

EM_JS(void, js_pick_file, (), { if (Module['glossPickFile']) Module['glossPickFile'](); });

EM_JS(void, js_copy_text, (const char* text), {
    const s = UTF8ToString(text);
    Module['glossLastCopied'] = s;
    const fallback = () => {
        const ta = document.createElement('textarea');
        ta.value = s;
        ta.setAttribute('readonly', "");
        ta.style.position = 'fixed';
        ta.style.left = '-9999px';
        document.body.appendChild(ta);
        ta.select();
        try { document.execCommand('copy'); } catch (e) {}
        ta.remove();
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(s).catch(fallback);
    else fallback();
});

// ---- C++ side -----------------------------------------------------------------------------------

namespace gloss::app::host_io {
namespace {

std::string take(char* p) {
    if (!p) return {};
    std::string s(p);
    std::free(p);
    return s;
}

} // namespace

bool storage_available() {
    static const bool available = js_storage_available() != 0;
    return available;
}

std::optional<std::string> storage_get(std::string_view key) {
    if (!storage_available()) return std::nullopt;
    char* p = js_storage_get(std::string(key).c_str());
    if (!p) return std::nullopt;
    return take(p);
}

StoreStatus storage_set(std::string_view key, std::string_view value) {
    if (!storage_available()) return StoreStatus::unavailable;
    const int r = js_storage_set(std::string(key).c_str(), std::string(value).c_str());
    return r == 0 ? StoreStatus::ok : r == 1 ? StoreStatus::full : StoreStatus::unavailable;
}

void storage_remove(std::string_view key) {
    if (storage_available()) js_storage_remove(std::string(key).c_str());
}

double now_epoch_ms() { return js_now_epoch_ms(); }

void download(std::string_view file_name, std::string_view mime, std::string_view bytes) {
    js_download(std::string(file_name).c_str(), std::string(mime).c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

std::string page_url() { return take(js_page_url()); }
std::string location_hash() { return take(js_location_hash()); }
void replace_hash(std::string_view hash) { js_replace_hash(std::string(hash).c_str()); }
void pick_file() { js_pick_file(); }
int last_click_count() { return js_click_count(); }
void copy_text(std::string_view text) { js_copy_text(std::string(text).c_str()); }

} // namespace gloss::app::host_io

extern "C" {

/// The editing API (web/gloss-edit.js): `op` names the call, `arg` is JSON; returns JSON owned by
/// a static buffer, valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* gloss_edit(const char* op, const char* arg) {
    static std::string buffer;
    buffer = gloss::platform::host().app->edit_call(op ? op : "", arg ? arg : "");
    gloss::platform::host().platform.keep_awake(1000.0);
    return buffer.c_str();
}

/// A picked, dropped or API-given file: `length` raw bytes (any content; checked by the core).
EMSCRIPTEN_KEEPALIVE void gloss_open_file(const char* name, const char* data, int length) {
    if (!data || length < 0) length = 0;
    gloss::platform::host().app->open_bytes(name ? name : "", std::string_view(data ? data : "", static_cast<std::size_t>(length)));
    gloss::platform::host().platform.keep_awake(1000.0);
}

} // extern "C"
