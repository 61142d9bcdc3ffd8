// SPDX-License-Identifier: MIT
// What the app needs from its host (the browser glue in src/platform implements it).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gloss::app {

class Platform {
public:
    virtual ~Platform() = default;
    /// Milliseconds from a monotonic clock.
    virtual double now_ms() const = 0;
    /// Keeps rendering frames until now + ms (animations such as the selection flash).
    virtual void keep_awake(double ms) = 0;
    /// Puts text on the system clipboard.
    virtual void write_clipboard(std::string_view text) = 0;
    /// Replaces the screen-reader mirror of the article with this JSON (see App::mirror_json).
    virtual void publish_mirror(const std::string& json) = 0;
};

/// Frame and pipeline timings for gloss.stats().
struct Stats {
    std::uint64_t frames = 0;       ///< frames rendered since load
    double frame_ms_last = 0.0;     ///< CPU ms of the last rendered frame
    double frame_ms_avg = 0.0;      ///< mean CPU ms of the last k_frame_window frames
    double layout_ms = 0.0;         ///< last relayout
    double annotate_ms = 0.0;       ///< last make_document (normalize, blocks, detectors)
    int layouts = 0;                ///< relayouts since load
    double ui_ms_last = 0.0;        ///< of the last frame: building the widgets (no GL calls)

    static constexpr int k_frame_window = 60;
    double window[k_frame_window] = {};
    void add_frame(double ms) {
        window[frames % k_frame_window] = ms;
        ++frames;
        frame_ms_last = ms;
        const std::uint64_t n = frames < k_frame_window ? frames : k_frame_window;
        double sum = 0.0;
        for (std::uint64_t i = 0; i < n; ++i) sum += window[i];
        frame_ms_avg = sum / static_cast<double>(n);
    }
};

} // namespace gloss::app
