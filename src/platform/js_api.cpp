// SPDX-License-Identifier: MIT
// The C exports behind window.gloss (web/gloss.js). Strings go out as UTF-8 owned by a static
// buffer per function, valid until the next call of that function. Nothing throws. This is the
// only place JavaScript (UTF-16) offsets are converted, through core::OffsetMap.
#include "platform/web_host.h"

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>

#include <cfloat>
#include <cstdio>
#include <cstring>
#include <string>

namespace {

using gloss::platform::host;

const char* keep(std::string& buffer, std::string value) {
    buffer = std::move(value);
    return buffer.c_str();
}

} // namespace

extern "C" {

/// Loads UTF-8 text of `length` bytes (any bytes: it is validated and normalized). Returns 0 or
/// an ErrorCode value; gloss_last_error() then describes it and the current document stays.
EMSCRIPTEN_KEEPALIVE int gloss_load_text(const char* utf8, int length, const char* title) {
    if (!utf8 || length < 0) return static_cast<int>(gloss::core::ErrorCode::empty_text);
    const std::string_view raw(utf8, static_cast<std::size_t>(length));
    return static_cast<int>(host().app->load_text(raw, title ? std::string_view(title) : std::string_view()));
}

EMSCRIPTEN_KEEPALIVE int gloss_load_sample() {
    host().app->load_sample();
    return 0;
}

EMSCRIPTEN_KEEPALIVE const char* gloss_last_error() {
    static std::string buffer;
    return keep(buffer, host().app->error_json());
}

/// Native document JSON; start/end are UTF-8 byte offsets into "text".
EMSCRIPTEN_KEEPALIVE const char* gloss_state_json() {
    static std::string buffer;
    return keep(buffer, host().app->state_json());
}

EMSCRIPTEN_KEEPALIVE const char* gloss_view_json() {
    static std::string buffer;
    return keep(buffer, host().app->view_json());
}

EMSCRIPTEN_KEEPALIVE const char* gloss_stats_json() {
    static std::string buffer;
    return keep(buffer, host().app->stats_json());
}

EMSCRIPTEN_KEEPALIVE const char* gloss_mirror_json() {
    static std::string buffer;
    return keep(buffer, host().app->mirror_json());
}

EMSCRIPTEN_KEEPALIVE const char* gloss_version() { return GLOSS_VERSION; }

EMSCRIPTEN_KEEPALIVE void gloss_scroll_to(std::uint32_t byte_offset) { host().app->scroll_to(byte_offset); }

EMSCRIPTEN_KEEPALIVE int gloss_select(std::uint32_t annotation_id) { return host().app->select(annotation_id) ? 1 : 0; }

/// {"x","y","w","h"} in CSS px relative to the canvas, or "null" when not on screen.
EMSCRIPTEN_KEEPALIVE const char* gloss_annotation_rect(std::uint32_t annotation_id) {
    static std::string buffer;
    const auto r = host().app->annotation_rect(annotation_id);
    if (!r) return keep(buffer, "null");
    char out[160];
    std::snprintf(out, sizeof out, "{\"x\":%.2f,\"y\":%.2f,\"w\":%.2f,\"h\":%.2f}", r->x, r->y, r->w, r->h);
    return keep(buffer, out);
}

/// UTF-8 byte offset into the current text → UTF-16 index into the same text as a JS string.
EMSCRIPTEN_KEEPALIVE std::uint32_t gloss_utf16_from_byte(std::uint32_t byte_offset) {
    return host().app->offsets().utf16_from_byte(byte_offset);
}

/// UTF-16 index into the current text (a JS string) → UTF-8 byte offset.
EMSCRIPTEN_KEEPALIVE std::uint32_t gloss_byte_from_utf16(std::uint32_t utf16_offset) {
    return host().app->offsets().byte_from_utf16(utf16_offset);
}

EMSCRIPTEN_KEEPALIVE const char* gloss_selection_text() {
    static std::string buffer;
    return keep(buffer, host().app->selection_text());
}

EMSCRIPTEN_KEEPALIVE void gloss_set_paste_text(const char* utf8) { host().paste_text = utf8 ? utf8 : ""; }

/// Text typed or composed into the IME bridge (web.cpp) while an ImGui text field is active.
EMSCRIPTEN_KEEPALIVE void gloss_input_text(const char* utf8) {
    if (utf8 && *utf8) ImGui::GetIO().AddInputCharactersUTF8(utf8);
    host().platform.keep_awake(1000.0);
}

/// Touch forwarded from the page (phase 0 start, 1 move, 2 end, 3 cancel), in canvas device px.
EMSCRIPTEN_KEEPALIVE void gloss_touch(int phase, float x, float y) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    // Without a GLFW "cursor entered" the backend polls the (stale) cursor position every frame,
    // overriding ours: tell it the pointer is in the window.
    if (phase == 0 && host().window) ImGui_ImplGlfw_CursorEnterCallback(host().window, 1);
    io.AddMousePosEvent(x, y);
    if (phase == 0) io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    if (phase >= 2) {
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX); // no hover after the finger lifts
    }
    // Events keep the source they were queued with; what GLFW queues next is a real mouse.
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    host().platform.keep_awake(1000.0);
}

/// Renders frames for the next second (tests call it before screenshots).
EMSCRIPTEN_KEEPALIVE void gloss_wake() { host().platform.keep_awake(1000.0); }

} // extern "C"
