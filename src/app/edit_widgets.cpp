// SPDX-License-Identifier: MIT
// Small widgets the editing UI shares: ImGui text fields over std::string.
#include "app/edit_ui.h"

namespace gloss::app {
namespace {

int resize_callback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(data->UserData);
        s->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = s->data();
    }
    return 0;
}

} // namespace

ImU32 error_colour(const Palette& pal) {
    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(pal.panel);
    const bool dark = bg.x * 0.3f + bg.y * 0.59f + bg.z * 0.11f < 0.5f;
    return dark ? IM_COL32(0xFF, 0x8A, 0x7A, 255) : IM_COL32(0xB3, 0x26, 0x1E, 255);
}

void EditSession::record_item(const char* name) {
    const ImVec2 a = ImGui::GetItemRectMin();
    const ImVec2 b = ImGui::GetItemRectMax();
    rects.emplace_back(name, std::array<float, 4>{a.x, a.y, b.x - a.x, b.y - a.y});
}

bool input_string(const char* label, std::string& value, ImGuiInputTextFlags flags, const char* hint) {
    flags |= ImGuiInputTextFlags_CallbackResize;
    if (hint)
        return ImGui::InputTextWithHint(label, hint, value.data(), value.capacity() + 1, flags, resize_callback, &value);
    return ImGui::InputText(label, value.data(), value.capacity() + 1, flags, resize_callback, &value);
}

bool input_string_multiline(const char* label, std::string& value, ImVec2 size, ImGuiInputTextFlags flags) {
    flags |= ImGuiInputTextFlags_CallbackResize;
    return ImGui::InputTextMultiline(label, value.data(), value.capacity() + 1, size, flags, resize_callback, &value);
}

} // namespace gloss::app
