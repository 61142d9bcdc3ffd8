// SPDX-License-Identifier: MIT
// Fonts: builds ImGui's atlas from the embedded Noto subsets at the device pixel density.
#include "app/fonts.h"

namespace gloss::app {
namespace {

// Latin-1, Latin Extended-A/B (Vučić, Čukaru), spacing modifier letters (the ʻokina of "Haʻapai",
// ʼ), punctuation (– — ‘ ’ “ ” „ …), ‰ ‹ ›, currency signs (€ ₹ ₦ ₱ ₩ ₫): what the subsets hold
// (scripts/build-fonts.sh). ImGui's default stops at U+00FF.
constexpr ImWchar k_ranges[] = {0x0020, 0x024F, 0x02B0, 0x02FF, 0x2010, 0x2027, 0x2030, 0x203A, 0x20A0, 0x20C0, 0};
// Headlines are large: only the Latin letters names need (the ʻokina and ʼ among them), to keep the
// atlas small.
constexpr ImWchar k_headline_ranges[] = {0x0020, 0x017F, 0x02BB, 0x02BC, 0x2010, 0x2027, 0x20AC, 0x20AC, 0};

// ImGui sizes a face by ascent - descent; Noto's is 1.362 em (hhea 1069 / -293 per 1000), so a
// face meant to look like CSS `font-size: N px` is loaded at N × 1.362.
constexpr float k_noto_box_per_em = 1.362f;

ImFont* add_face(ImFontAtlas& atlas, const char* file, float em_px, const ImWchar* ranges) {
    const float size_px = static_cast<float>(static_cast<int>(em_px * k_noto_box_per_em + 0.5f));
    const std::string_view bytes = font_data(file);
    if (bytes.empty()) return nullptr;
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false; // the bytes live in the binary, not on the heap
    config.OversampleH = 1;              // rasterized at device density: no oversampling needed
    config.OversampleV = 1;
    config.PixelSnapH = true;
    // ImGui wants a mutable pointer but never writes when it does not own the data.
    void* data = const_cast<char*>(bytes.data());
    return atlas.AddFontFromMemoryTTF(data, static_cast<int>(bytes.size()), size_px, &config, ranges);
}

} // namespace

FontSet build_fonts(ImFontAtlas& atlas, float dpr, float text_scale, int generation) {
    atlas.Clear();
    FontSet set;
    set.dpr = dpr;
    set.text_scale = text_scale;
    set.generation = generation;
    const float ui = dpr;
    const float art = dpr * text_scale;
    set.ui = add_face(atlas, "NotoSans-Regular.subset.ttf", 14.0f * ui, k_ranges);
    if (!set.ui) {
        ImFontConfig config;
        config.SizePixels = static_cast<float>(static_cast<int>(13.0f * ui));
        set.ui = atlas.AddFontDefault(&config);
    }
    auto or_ui = [&](ImFont* f) { return f ? f : set.ui; };
    set.ui_bold = or_ui(add_face(atlas, "NotoSans-Bold.subset.ttf", 14.0f * ui, k_ranges));
    set.body = or_ui(add_face(atlas, "NotoSerif-Regular.subset.ttf", 18.5f * art, k_ranges));
    set.italic = or_ui(add_face(atlas, "NotoSerif-Italic.subset.ttf", 16.5f * art, k_ranges));
    set.headline = or_ui(add_face(atlas, "NotoSerif-Bold.subset.ttf", 30.0f * art, k_headline_ranges));
    set.heading = or_ui(add_face(atlas, "NotoSerif-Bold.subset.ttf", 21.0f * art, k_ranges));
    atlas.Build();
    ImGui::GetIO().FontDefault = set.ui;
    return set;
}

} // namespace gloss::app
