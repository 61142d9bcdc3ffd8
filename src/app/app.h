// SPDX-License-Identifier: MIT
// App: owns the loaded document, the view state and the views; draws one frame of widgets and
// then applies the commands they issued. The platform layer drives it and exposes it to JS.
#pragma once

#include "app/article_view.h"
#include "app/commands.h"
#include "app/doc_model.h"
#include "app/edit_host.h"
#include "app/edit_ui.h"
#include "app/fonts.h"
#include "app/minimap.h"
#include "app/platform.h"
#include "app/search.h"
#include "app/side_panel.h"
#include "app/toolbar.h"
#include "app/view_state.h"
#include "gloss/result.h"
#include "gloss/share.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace gloss::app {

class App {
public:
    explicit App(Platform& platform);

    /// Replaces the document with `raw` (normalized, parsed, annotated). On failure the current
    /// document stays and last_error() describes why.
    core::ErrorCode load_text(std::string_view raw, std::string_view title = {});
    void load_sample();

    /// True when the font atlas must be rebuilt (first frame, DPR or text size changed).
    bool needs_fonts(float dpr) const;
    /// Rebuilds the atlas outside NewFrame/Render; the caller recreates the GPU texture.
    void rebuild_fonts(float dpr);
    /// Submits the frame's widgets (between NewFrame and Render), then applies commands.
    void frame();

    // ---- the JS API's view of the app (src/platform/js_api.cpp) ----------------------------
    std::string state_json() const;   ///< native document JSON (byte offsets)
    std::string view_json() const;    ///< view state: selection, filters, search, scroll...
    std::string stats_json() const;
    std::string mirror_json() const;  ///< what the screen-reader DOM mirror shows
    std::string error_json() const;   ///< {"code","message"} of the last failed load
    void scroll_to(std::uint32_t byte_offset);
    bool select(core::AnnotationId id);
    /// CSS-px rectangle of the annotation's first visible row piece, or nothing.
    std::optional<PixelRect> annotation_rect(core::AnnotationId id) const;
    std::string selection_text() const;
    const core::OffsetMap& offsets() const { return m_model.offsets(); }
    std::string_view text() const { return m_model.text(); }
    Stats& stats() { return m_stats; }
    const FontSet& fonts() const { return m_fonts; }

private:
    void apply(const Command& command);
    void handle_shortcuts();
    void rebuild_spans();
    void select_annotation(core::AnnotationId id, std::int64_t flags);
    void step_mentions(int direction, core::EntityId entity, std::int64_t flags);
    void step_annotations(int direction);
    void update_search();

    Platform& m_platform;
    DocModel m_model;
    int m_doc_generation = 0;
    bool m_is_sample = false;
    std::vector<Span> m_spans;
    int m_spans_generation = 0;
    ViewState m_view;
    FontSet m_fonts;
    int m_font_generation = 0;
    CommandQueue m_commands;
    ArticleView m_article;
    Minimap m_minimap;
    SidePanel m_panel;
    SearchBar m_search_bar;
    Search m_search;
    Stats m_stats;
    core::Error m_last_error;

    // ---- editing, autosave, practice, share links, files (app_edit.cpp; issues 5 and 6) ------
public:
    /// The JS API's editing calls (gloss.addAnnotation, undo, shareLink, exportAs, ...): `op`
    /// names the call, `arg` is its JSON argument; returns JSON.
    std::string edit_call(std::string_view op, std::string_view arg);
    /// A file the user picked or dropped (raw bytes): previewed, or imported for annotation files.
    void open_bytes(std::string_view name, std::string_view bytes);
    /// At startup: restores the last autosaved document, then opens a #g1. link from the URL.
    void restore_session(std::string_view url_hash);

private:
    EditUiContext edit_context(ImVec2 article_min, ImVec2 article_max);
    void draw_edit_ui(const EditUiContext& ctx);
    void handle_edit_shortcuts();
    void apply_edit_queue();
    core::Result<core::AnnotationId> run_edit(const EditRequest& request);
    void commit_edit(core::Document doc, core::AnnotationId id, const EditRequest& request);
    void run_action(const UiAction& action);
    void on_document_loaded(bool save);
    void install_document(core::Document doc);
    /// Makes doc the current document and resets what depends on it (history, view, spans,
    /// search, mirror); save = autosave it at once (a newly loaded text).
    void adopt_document(core::Document doc, bool save);
    core::ShareView current_share_view() const;
    void apply_share_view(const core::ShareView& view);
    void set_practice(bool on);
    void check_practice_now();
    void storage_failed(host_io::StoreStatus status);
    void read_recent();
    void write_recent();
    void remember_recent(RecentDoc entry);
    void autosave();
    bool restore_saved(const std::string& key);
    nlohmann::json open_link(std::string_view url);
    std::string share_link_url() const;
    nlohmann::json export_as(std::string_view format, bool download);
    nlohmann::json import_from(std::string_view format, std::string_view data);
    nlohmann::json preview_text(std::string_view raw, std::string_view source);

    EditUi m_edit;
};

} // namespace gloss::app
