// SPDX-License-Identifier: MIT
// The browser host shared by web.cpp (main loop, GLFW/ImGui setup, browser glue) and js_api.cpp
// (the exported C functions behind window.gloss).
#pragma once

#include "app/app.h"
#include "app/platform.h"

#include <memory>
#include <string>

struct GLFWwindow;

namespace gloss::platform {

class WebPlatform final : public app::Platform {
public:
    double now_ms() const override;
    void keep_awake(double ms) override;
    void write_clipboard(std::string_view text) override;
    void publish_mirror(const std::string& json) override;

    double awake_until() const { return m_awake_until; }

private:
    double m_awake_until = 0.0;
};

struct Host {
    WebPlatform platform;
    GLFWwindow* window = nullptr;
    std::unique_ptr<app::App> app;
    std::string paste_text;  ///< last text from a paste event, for ImGui's Ctrl+V
    bool ready_sent = false;
};

/// The single host (created by main()).
Host& host();

} // namespace gloss::platform
