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
