// SPDX-License-Identifier: MIT
// The editing UI: the annotate popup, the Notes tab, the practice bar, the Open dialog, the
// share dialog, message boxes and the edit buttons of the toolbar. Each draws from an
// EditUiContext and only pushes requests into the EditSession (App applies them after the frame).
#pragma once

#include "app/article_view.h"
#include "app/commands.h"
#include "app/doc_model.h"
#include "app/edit_session.h"
#include "app/fonts.h"
#include "app/theme.h"
#include "app/view_state.h"

#include <imgui.h>

#include <optional>
#include <string>

namespace gloss::app {

struct EditUiContext {
    const DocModel& model;
    const ViewState& view;
    const Palette& pal;
    const FontSet& fonts;
    EditSession& edit;
    CommandQueue& commands;
    core::ByteRange selection;          ///< the user's text selection (empty when none)
    bool selecting = false;             ///< a mouse button is down on the article
    std::optional<PixelRect> anchor;    ///< device px: first visible piece of the selection / annotation
    ImVec2 article_min{0, 0};           ///< device px rectangle of the reading pane
    ImVec2 article_max{0, 0};
    bool is_sample = false;
    std::string* author_buffer = nullptr; ///< the Notes tab's name field
};

/// Colour of an annotation's highlight: its own colour for free highlights, else the kind's.
ImU32 annotation_colour(const core::Annotation& a, const Palette& pal);
/// The same for a drawn span (the article view's overlays).
ImU32 span_colour(const DocModel& model, const Span& span, const Palette& pal);
/// "#rrggbb" → ImU32 (opaque); `fallback` when malformed.
ImU32 parse_hex_colour(const std::string& hex, ImU32 fallback);

/// Red for error text, readable on the theme's panel colour.
ImU32 error_colour(const Palette& pal);

/// InputText / InputTextMultiline over a std::string (grows as needed).
bool input_string(const char* label, std::string& value, ImGuiInputTextFlags flags = 0, const char* hint = nullptr);
bool input_string_multiline(const char* label, std::string& value, ImVec2 size, ImGuiInputTextFlags flags = 0);

/// The small window next to a selection (mark it) or a selected annotation (edit, relabel,
/// note, accept / reject, delete).
class AnnotatePopup {
public:
    void draw(const EditUiContext& ctx);
    /// True while the note field has keyboard focus.
    bool editing_note() const { return m_note_active; }
    /// Bounding box of the popup in device px when drawn this frame.
    std::optional<ImVec4> rect() const { return m_rect; }

private:
    void draw_mark_row(const EditUiContext& ctx);
    void draw_annotation(const EditUiContext& ctx, const core::Annotation& a);

    core::AnnotationId m_note_for = 0;  ///< annotation whose note is in m_note
    std::string m_note;
    std::string m_note_loaded; ///< the annotation's note when m_note was last loaded from it
    bool m_note_open = false;
    bool m_note_active = false;
    bool m_focus_note = false;
    int m_color = 0;
    std::optional<ImVec4> m_rect;
    ImVec2 m_size{0, 0};  ///< last drawn size, for placing the next frame
    int m_size_mode = 0;  ///< 1 = mark row, 2 = annotation editor
};

/// The Notes tab of the side panel: the author name and the user's annotations in text order.
void draw_notes_tab(const EditUiContext& ctx);

/// Practice mode's bar over the reading pane (Check, score, leave).
void draw_practice_bar(const EditUiContext& ctx);
/// Draws practice results (hits, misses, extras) for the rows the article view shows.
void draw_text_marks(ImDrawList* dl, const std::vector<TextMark>& marks, const Layout& layout, ImVec2 col_origin,
                     std::size_t first_row, std::size_t last_row, const Palette& pal, float dpr);

/// Open dialog: paste box, file chooser, bundled sample, recent documents, preview.
class OpenDialog {
public:
    void draw(const EditUiContext& ctx);
    void set_paste(std::string text) { m_paste = std::move(text); }

private:
    std::string m_paste;
};

/// Share dialog, message boxes and banners.
void draw_share_dialog(const EditUiContext& ctx);
void draw_edit_message(const EditUiContext& ctx);

/// Toolbar buttons of the editing work (Open, Undo, Redo, Practice, Share, Export); `measure`
/// only returns the width they need.
float draw_edit_tools(const EditUiContext& ctx, bool measure);

/// Everything App keeps for the editing UI.
struct EditUi {
    EditSession session;
    AnnotatePopup popup;
    OpenDialog open;
    std::string author_buffer;
};

} // namespace gloss::app
