// SPDX-License-Identifier: MIT
// Edit session: the undo history, the user's pending edit requests and UI actions (applied by
// App after the frame's widgets), practice-mode state, the author name, autosave status and the
// messages the editing UI shows. No ImGui, no model edits: App::apply_edit_queue does those.
#pragma once

#include "gloss/commands.h"
#include "gloss/practice.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace gloss::app {

/// One edit the UI asks for; turned into a core::Command by App after the frame.
struct EditRequest {
    enum class Op : std::uint8_t { add, update, remove, accept, undo, redo };
    Op op = Op::add;
    core::AnnotationId id = 0;       ///< update / remove / accept
    core::ByteRange range;           ///< add
    core::Kind kind = core::Kind::highlight;
    std::string subtype;             ///< add
    std::string note;                ///< add
    std::string color;               ///< add (free highlights)
    core::AnnotationPatch patch;     ///< update
};

/// Non-edit requests of the editing UI (dialogs, practice, sharing, files).
enum class UiActionKind : std::uint8_t {
    open_dialog,      ///< show the Open dialog
    close_dialog,
    preview_text,     ///< text = raw article text (paste box or paste event), extra = file name
    accept_preview,   ///< replace the current article with the previewed one
    cancel_preview,
    open_recent,      ///< text = storage key
    pick_file,
    load_sample,
    toggle_practice,
    check_practice,
    share_link,       ///< build the link, copy it, show the share dialog
    close_share,
    export_as,        ///< text = format name
    dismiss_message,
    set_author,       ///< text = name
    clear_selection,
};

struct UiAction {
    UiActionKind kind;
    std::string text;
    std::string extra;
};

/// A message box or banner: errors (bad link, bad file), storage problems, notices.
struct EditMessage {
    std::string title;
    std::string body;
    bool error = false;
    bool offer_export = false;  ///< storage failed: show export buttons
    bool modal = false;         ///< centered box that needs OK; otherwise a dismissable banner
    int serial = 0;             ///< bumps with every new message
};

/// A mark drawn over the text (practice results).
struct TextMark {
    core::ByteRange range;
    core::PracticeOutcome outcome = core::PracticeOutcome::hit;
    core::Kind kind = core::Kind::person;
};

struct RecentDoc {
    std::string key;      ///< storage key of the saved document
    std::string title;
    double saved_at = 0;  ///< ms since the epoch
    std::uint32_t user_annotations = 0;
    std::uint32_t bytes = 0;
    std::string label;    ///< "(before opening a link)" and similar
};

/// The candidate article of the Open dialog, shown before it replaces the current one.
struct OpenPreview {
    core::Document document;
    std::string source;          ///< "pasted text", "story.html", ...
    std::uint32_t dropped_elements = 0;
    bool from_html = false;
};

class EditSession {
public:
    void push(EditRequest request) { m_edits.push_back(std::move(request)); }
    void push(UiActionKind kind, std::string text = {}, std::string extra = {}) {
        m_actions.push_back(UiAction{kind, std::move(text), std::move(extra)});
    }
    std::vector<EditRequest> take_edits() { std::vector<EditRequest> out; out.swap(m_edits); return out; }
    std::vector<UiAction> take_actions() { std::vector<UiAction> out; out.swap(m_actions); return out; }
    bool pending() const { return !m_edits.empty() || !m_actions.empty(); }

    void show(EditMessage message) { message.serial = ++m_serial; m_message = std::move(message); }
    void dismiss() { m_message.reset(); }
    const std::optional<EditMessage>& message() const { return m_message; }

    core::History history;
    std::string author;                  ///< written into new annotations; kept in localStorage

    // Practice mode.
    bool practice = false;
    bool practice_checked = false;
    core::PracticeReport report;
    std::vector<TextMark> marks;         ///< drawn over the text after Check
    bool panel_was_open = true;

    // Autosave.
    bool storage_ok = true;              ///< the last save worked (or none was tried)
    std::string storage_problem;         ///< "full" / "unavailable" after a failed save
    std::string saved_key;               ///< key of the current document's autosave
    std::uint64_t saves = 0;
    std::vector<RecentDoc> recent;       ///< most recent first

    // Dialogs.
    bool open_dialog = false;
    std::optional<OpenPreview> preview;
    std::string open_error;              ///< shown inside the Open dialog
    bool share_open = false;
    std::string share_link;              ///< the whole URL
    std::optional<std::uint32_t> pending_top_byte; ///< scroll so this byte's row is at the top
    bool started = false;                ///< restore_session ran (startup is over)
    int last_error_code = 0;             ///< core::ErrorCode of the last failed open/link/import
    /// Screen rectangles (device px) of the editing UI's main controls, drawn this frame, by name
    /// ("note", "check", "replace", ...): for tests that click them and for the JS API.
    std::vector<std::pair<std::string, std::array<float, 4>>> rects;
    void record_item(const char* name);

private:
    std::vector<EditRequest> m_edits;
    std::vector<UiAction> m_actions;
    std::optional<EditMessage> m_message;
    int m_serial = 0;
};

/// Highlight colours offered for free highlights ("#rrggbb"); "" is the kind colour (yellow).
inline constexpr const char* k_highlight_colors[] = {"", "#7ac74f", "#5fa8d3", "#e87ea1", "#f28c38"};
inline constexpr int k_highlight_color_count = 5;

} // namespace gloss::app
