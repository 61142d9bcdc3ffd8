// SPDX-License-Identifier: MIT
// Browser glue: GLFW/WebGL2/ImGui setup, the render-on-demand main loop, HiDPI and resizing,
// clipboard, cursor, keys the browser would take, touch, and the screen-reader mirror hook.
// All JavaScript the wasm side runs lives here (EM_JS); the exports are in js_api.cpp.
#include "platform/web_host.h"

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

// ---- JavaScript side ---------------------------------------------------------------------------

// Window capture listeners installed before GLFW's: keys the browser would otherwise take, input
// timestamps that wake the render loop, touch forwarded with real coordinates, clipboard events.
EM_JS(void, js_install_listeners, (), {
    const canvas = Module['canvas'];
    const wake = () => { Module['glossInputAt'] = performance.now(); };
    const ime = document.getElementById('gloss-ime');
    // Page fields only: the IME bridge's textarea stands in for the canvas.
    const editable = (t) => t && t !== ime && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
    window.addEventListener('keydown', (e) => {
        wake();
        if (editable(e.target)) return;
        const k = (e.key || "").toLowerCase();
        // Never block Ctrl/Cmd + C, V, X: that would suppress the copy/paste/cut events.
        if ((e.ctrlKey || e.metaKey) && ['f', 's', 'z', 'a', 'p', 'g', 'y'].includes(k)) e.preventDefault();
        // Quick find ('/' and "'" in Firefox), help and find-next: the app's own shortcuts. Not
        // while an ImGui text field has focus: blocking keydown would drop the typed character.
        else if (!e.ctrlKey && !e.metaKey && !e.altKey && !Module['glossTextInput'] &&
                 (k === '/' || k === "'" || k === 'f1' || k === 'f3'))
            e.preventDefault();
    }, true);
    for (const type of ['keyup', 'mousemove', 'mousedown', 'mouseup', 'wheel', 'resize', 'focus', 'blur'])
        window.addEventListener(type, wake, {capture: true, passive: true});
    document.addEventListener('visibilitychange', wake);
    canvas.addEventListener('contextmenu', (e) => e.preventDefault());

    // Touch: Emscripten 3.1.6's GLFW ignores touch coordinates, so forward them ourselves.
    const touch = (phase) => (e) => {
        if (e.target !== canvas) return;
        e.preventDefault();
        e.stopPropagation();
        wake();
        const t = e.changedTouches[0];
        if (!t) return;
        const r = canvas.getBoundingClientRect();
        const sx = canvas.width / Math.max(r.width, 1);
        const sy = canvas.height / Math.max(r.height, 1);
        Module['_gloss_touch'](phase, (t.clientX - r.left) * sx, (t.clientY - r.top) * sy);
    };
    window.addEventListener('touchstart', touch(0), {capture: true, passive: false});
    window.addEventListener('touchmove', touch(1), {capture: true, passive: false});
    window.addEventListener('touchend', touch(2), {capture: true, passive: false});
    window.addEventListener('touchcancel', touch(3), {capture: true, passive: false});

    // macOS sends no keyup for keys released while Cmd is held: release them on Meta keyup.
    const down = new Set();
    window.addEventListener('keydown', (e) => { if (e.metaKey) down.add(e.keyCode); }, true);
    window.addEventListener('keyup', (e) => {
        if (e.key === 'Meta' && typeof GLFW !== 'undefined') { for (const c of down) GLFW.onKeyChanged(c, 0); down.clear(); }
    }, true);

    // Clipboard: paste arrives as an event (readText() would be refused); copy takes the
    // article selection (or the selected annotation's text).
    document.addEventListener('paste', (e) => {
        const text = e.clipboardData ? e.clipboardData.getData('text/plain') : "";
        const n = lengthBytesUTF8(text) + 1;
        const p = Module['_malloc'](n);
        stringToUTF8(text, p, n);
        Module['_gloss_set_paste_text'](p);
        Module['_free'](p);
        wake();
        if (e.target === ime) e.preventDefault(); // ImGui pastes it (Ctrl+V); not the textarea too
    });
    document.addEventListener('copy', (e) => {
        if (editable(e.target)) return;
        const text = UTF8ToString(Module['_gloss_selection_text']());
        if (!text || !e.clipboardData) return;
        e.clipboardData.setData('text/plain', text);
        e.preventDefault();
    });
});

EM_JS(double, js_input_at, (), { return Module['glossInputAt'] || 0; });
EM_JS(int, js_is_mac, (), { return /Mac|iPhone|iPad/.test(navigator.platform || "") ? 1 : 0; });
EM_JS(void, js_set_canvas_size, (int w, int h), { Module['setCanvasSize'](w, h); });
EM_JS(void, js_set_cursor, (const char* css), { Module['canvas'].style.cursor = UTF8ToString(css); });
EM_JS(void, js_write_clipboard, (const char* text), {
    const s = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(s).catch(() => {});
});
EM_JS(void, js_publish_mirror, (const char* json), {
    const s = UTF8ToString(json);
    if (Module['glossMirror']) Module['glossMirror'](s); else Module['glossPendingMirror'] = s;
});
EM_JS(void, js_ready, (), { if (Module['glossReady']) Module['glossReady'](); });
EM_JS(void, js_set_text_input, (int on), {
    Module['glossTextInput'] = !!on;
    const ime = document.getElementById('gloss-ime');
    if (!ime) return;
    if (on) ime.focus({preventScroll: true}); else ime.blur();
});

// IME bridge: the canvas is not editable, so composed text (and a phone's keyboard) never reaches
// GLFW. While an ImGui text field is active a hidden textarea has the focus; what it receives goes
// to ImGui as UTF-8. Keypress aimed at it is stopped by a window capture listener registered
// before GLFW's, so nothing arrives twice. Runs before glfwInit.
EM_JS(void, js_install_ime_bridge, (), {
    const ime = document.createElement('textarea');
    ime.id = 'gloss-ime';
    ime.setAttribute('aria-hidden', 'true');
    ime.setAttribute('autocomplete', 'off');
    ime.setAttribute('autocapitalize', 'off');
    ime.spellcheck = false;
    ime.tabIndex = -1;
    ime.style.cssText = 'position:fixed;left:0;bottom:0;width:1px;height:1px;opacity:0;border:0;padding:0;resize:none;pointer-events:none;';
    document.body.appendChild(ime);
    let composing = false;
    const send = (text) => {
        ime.value = "";
        const clean = Array.from(text || "").filter((c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) !== 127).join("");
        if (!clean) return;
        const n = lengthBytesUTF8(clean) + 1;
        const p = Module['_malloc'](n);
        stringToUTF8(clean, p, n);
        Module['_gloss_input_text'](p);
        Module['_free'](p);
    };
    ime.addEventListener('compositionstart', () => { composing = true; });
    ime.addEventListener('compositionend', (e) => { composing = false; send(e.data); });
    ime.addEventListener('input', (e) => { if (!composing && !e.isComposing) send(ime.value); });
    window.addEventListener('keypress', (e) => { if (e.target === ime) e.stopImmediatePropagation(); }, true);
});

// ---- C++ side -----------------------------------------------------------------------------------

namespace gloss::platform {
namespace {

GLFWwindow* g_window = nullptr;
int g_backing_w = 0;
int g_backing_h = 0;
double g_input_seen = 0.0;
ImGuiMouseCursor g_cursor = ImGuiMouseCursor_COUNT;
bool g_text_input = false;

const char* css_cursor(ImGuiMouseCursor cursor) {
    switch (cursor) {
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_ResizeAll: return "move";
    case ImGuiMouseCursor_ResizeNS: return "ns-resize";
    case ImGuiMouseCursor_ResizeEW: return "ew-resize";
    case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
    case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    case ImGuiMouseCursor_None: return "none";
    default: return "default";
    }
}

const char* get_clipboard(void*) { return host().paste_text.c_str(); }
void set_clipboard(void*, const char* text) { host().platform.write_clipboard(text ? text : ""); }

float device_pixel_ratio() {
    const double dpr = emscripten_get_device_pixel_ratio();
    return static_cast<float>(std::clamp(dpr > 0.0 ? dpr : 1.0, 0.5, 4.0));
}

// HiDPI recipe: backing store = CSS size × devicePixelRatio; ImGui works in device pixels.
// Module.setCanvasSize fires GLFW's size callbacks without 3.1.6's fullscreen trap.
bool sync_canvas_size(float dpr) {
    double css_w = 0.0, css_h = 0.0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const int w = std::max(1, static_cast<int>(std::lround(css_w * dpr)));
    const int h = std::max(1, static_cast<int>(std::lround(css_h * dpr)));
    if (w == g_backing_w && h == g_backing_h) return false;
    g_backing_w = w;
    g_backing_h = h;
    js_set_canvas_size(w, h);
    return true;
}

// ImGui's backend listens for wheel events on the document, where Chrome makes listeners passive
// and logs an error for each preventDefault. Same conversion, on the canvas instead.
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* ev, void*) {
    float multiplier = 1.0f / 100.0f;                                    // 100 px make a step
    if (ev->deltaMode == DOM_DELTA_LINE) multiplier = 1.0f / 3.0f;       // 3 lines make a step
    else if (ev->deltaMode == DOM_DELTA_PAGE) multiplier = 80.0f;
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(ev->deltaX) * -multiplier,
                                      static_cast<float>(ev->deltaY) * -multiplier);
    host().platform.keep_awake(1000.0);
    return EM_TRUE;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
    if (sync_canvas_size(device_pixel_ratio())) host().platform.keep_awake(500.0);
    return EM_FALSE;
}

void tick() {
    Host& h = host();
    app::App& app = *h.app;
    const double start = emscripten_get_now();

    // Browser zoom changes the ratio: poll it, resize the backing store, rebuild the atlas.
    const float dpr = device_pixel_ratio();
    if (sync_canvas_size(dpr)) h.platform.keep_awake(500.0);
    if (app.needs_fonts(dpr)) {
        app.rebuild_fonts(dpr);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        h.platform.keep_awake(500.0);
    }

    // Render on demand: only after input, resize or an animation request.
    const double input_at = js_input_at();
    if (input_at != g_input_seen) {
        g_input_seen = input_at;
        h.platform.keep_awake(1000.0); // long enough for hover tooltips to settle
    }
    const ImGuiIO& io = ImGui::GetIO();
    const bool button_down = io.MouseDown[0] || io.MouseDown[1] || io.MouseDown[2];
    // Until the first complete frames are on screen the loop never idles: on a slow machine the
    // first frame (font atlas, layout) can outlast the start-up wake time, and the page would wait
    // for input before it ever became ready.
    if (h.ready_sent && start >= h.platform.awake_until() && !io.WantTextInput && !button_down) return;

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    app.frame();
    ImGui::Render();
    app.stats().ui_ms_last = emscripten_get_now() - start;

    const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (cursor != g_cursor) {
        g_cursor = cursor;
        js_set_cursor(css_cursor(cursor));
    }
    if (io.WantTextInput != g_text_input) {
        g_text_input = io.WantTextInput;
        js_set_text_input(g_text_input ? 1 : 0);
    }
    int fb_w = 0, fb_h = 0;
    glfwGetFramebufferSize(g_window, &fb_w, &fb_h);
    glViewport(0, 0, fb_w, fb_h);
    glClearColor(0.5f, 0.5f, 0.5f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    app.stats().add_frame(emscripten_get_now() - start);

    // The API is ready once a complete frame of the document is on screen.
    if (!h.ready_sent && app.stats().frames >= 2) {
        h.ready_sent = true;
        js_ready();
    }
}

} // namespace

double WebPlatform::now_ms() const { return emscripten_get_now(); }
void WebPlatform::keep_awake(double ms) { m_awake_until = std::max(m_awake_until, emscripten_get_now() + ms); }
void WebPlatform::write_clipboard(std::string_view text) { js_write_clipboard(std::string(text).c_str()); }
void WebPlatform::publish_mirror(const std::string& json) { js_publish_mirror(json.c_str()); }

Host& host() {
    static Host h;
    return h;
}

} // namespace gloss::platform

int main() {
    using namespace gloss::platform;
    js_install_ime_bridge(); // its keypress filter must come before GLFW's listeners
    if (!glfwInit()) {
        std::fprintf(stderr, "gloss: glfwInit failed\n");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    const float dpr = device_pixel_ratio();
    sync_canvas_size(dpr);
    g_window = glfwCreateWindow(g_backing_w, g_backing_h, "Gloss", nullptr, nullptr);
    if (!g_window) {
        std::fprintf(stderr, "gloss: WebGL 2 is not available in this browser\n");
        return 1;
    }
    glfwMakeContextCurrent(g_window);
    host().window = g_window;
    js_set_canvas_size(g_backing_w, g_backing_h);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange; // glfwSetCursor is a no-op here
    io.ConfigMacOSXBehaviors = js_is_mac() != 0;            // decided at compile time otherwise
    io.GetClipboardTextFn = get_clipboard;
    io.SetClipboardTextFn = set_clipboard;
    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE, nullptr);
    emscripten_set_wheel_callback("#canvas", nullptr, EM_FALSE, on_wheel);

    Host& h = host();
    h.app = std::make_unique<gloss::app::App>(h.platform);
    h.app->rebuild_fonts(dpr);
    h.app->load_sample();
    h.app->restore_session(gloss::app::host_io::location_hash()); // autosave, #g1. link (app_edit.cpp)

    js_install_listeners();
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
    h.platform.keep_awake(1000.0);
    emscripten_set_main_loop(tick, 0, 1);
    return 0;
}
