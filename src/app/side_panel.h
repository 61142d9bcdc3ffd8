// SPDX-License-Identifier: MIT
// Side panel: Entities (grouped by kind, sortable), Quotes, Figures and Notes tabs. Rows are
// fixed-height and clipped, so a document with thousands of annotations costs the same.
#pragma once

#include "app/commands.h"
#include "app/doc_model.h"
#include "app/fonts.h"
#include "app/theme.h"
#include "app/view_state.h"

#include <imgui.h>

#include <array>
#include <vector>

namespace gloss::app {

struct EditUiContext;

struct PanelContext {
    const DocModel& model;
    int doc_generation;
    const ViewState& view;
    const Palette& pal;
    const FontSet& fonts;
    CommandQueue& commands;
    const EditUiContext* edit = nullptr; ///< the editing UI (edit_ui.h), when present
};

/// A row drawn this frame, in device px (for tests and the JS API).
struct PanelRow {
    const char* kind;   ///< "entity" or "annotation"
    std::int64_t id;
    ImVec2 min, max;
};

class SidePanel {
public:
    void draw(const PanelContext& ctx, ImVec2 size);
    const std::vector<PanelRow>& drawn_rows() const { return m_drawn; }

private:
    void refresh(const PanelContext& ctx);
    void draw_entities(const PanelContext& ctx);
    void draw_annotation_list(const PanelContext& ctx, const std::vector<std::uint32_t>& items, bool figures);
    void draw_notes(const PanelContext& ctx);
    /// One fixed-height clickable row; returns true when clicked.
    bool row(const PanelContext& ctx, const char* kind, std::int64_t id, bool selected, ImU32 swatch, const char* title,
             const char* right, std::string_view body, int body_lines);
    void maybe_reveal(bool is_selected_row);

    int m_doc_generation = -1;
    EntitySort m_sort = EntitySort::mentions;
    std::array<std::vector<core::EntityId>, 3> m_entities; ///< person, org, place; sorted
    std::vector<std::uint32_t> m_quotes;                    ///< annotation indices
    std::vector<std::uint32_t> m_figures;
    std::vector<std::uint32_t> m_notes;
    SideTab m_shown_tab = SideTab::entities;
    core::AnnotationId m_seen_selected = 0;
    bool m_reveal = false;
    std::vector<PanelRow> m_drawn;
};

} // namespace gloss::app
