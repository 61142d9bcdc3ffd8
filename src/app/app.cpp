// SPDX-License-Identifier: MIT
// App: owns the loaded document, the view state and the views; draws one frame of widgets and
// then applies the commands they issued. The platform layer drives it and exposes it to JS.
#include "app/app.h"

#include "app/help_overlay.h"
#include "app/status_bar.h"
#include "gloss/assets.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace gloss::app {
namespace {

using nlohmann::json;

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

const char* tab_name(SideTab tab) {
    switch (tab) {
    case SideTab::entities: return "entities";
    case SideTab::quotes: return "quotes";
    case SideTab::figures: return "figures";
    case SideTab::notes: return "notes";
    }
    return "";
}

const char* sort_name(EntitySort sort) {
    switch (sort) {
    case EntitySort::mentions: return "mentions";
    case EntitySort::name: return "name";
    case EntitySort::first_seen: return "first_seen";
    }
    return "";
}

SideTab tab_for(core::Kind kind) {
    switch (kind) {
    case core::Kind::quote: return SideTab::quotes;
    case core::Kind::figure: return SideTab::figures;
    case core::Kind::highlight: return SideTab::notes;
    default: return SideTab::entities;
    }
}

} // namespace

App::App(Platform& platform) : m_platform(platform) {}

core::ErrorCode App::load_text(std::string_view raw, std::string_view title) {
    const double t0 = m_platform.now_ms();
    core::Result<core::Document> doc = core::make_document(raw, title);
    const double t1 = m_platform.now_ms();
    if (!doc) {
        m_last_error = doc.error();
        return doc.code();
    }
    m_last_error = {};
    m_stats.annotate_ms = t1 - t0;
    adopt_document(std::move(*doc), true);
    return core::ErrorCode::ok;
}

void App::adopt_document(core::Document doc, bool save) {
    m_model.reset(std::move(doc));
    m_is_sample = m_model.text() == core::sample_article();
    ++m_doc_generation;
    m_view.selected = 0;
    m_view.focused = core::k_no_entity;
    m_view.flash_until_ms = 0.0;
    m_article.reset();
    on_document_loaded(save); // new history, practice off, autosave (app_edit.cpp)
    rebuild_spans();
    m_search.run(m_model, m_search_bar.is_open() ? m_search_bar.query() : std::string());
    m_platform.publish_mirror(mirror_json());
    m_platform.keep_awake(1000.0);
}

void App::load_sample() { load_text(core::sample_article()); }

void App::rebuild_spans() {
    m_spans.clear();
    const auto& anns = m_model.doc().annotations;
    m_spans.reserve(anns.size());
    for (std::uint32_t i = 0; i < anns.size(); ++i) {
        const core::Annotation& a = anns[i];
        if (!m_view.kind_visible[static_cast<int>(a.kind)] || a.range.empty()) continue;
        if (m_edit.session.practice && a.origin == core::Origin::automatic) continue; // practice hides them
        m_spans.push_back(Span{a.range, a.kind, a.id, a.entity, i});
    }
    std::stable_sort(m_spans.begin(), m_spans.end(),
                     [](const Span& a, const Span& b) { return a.range.start < b.range.start; });
    ++m_spans_generation;
}

bool App::needs_fonts(float dpr) const {
    return !m_fonts.ui || m_fonts.dpr != dpr || m_fonts.text_scale != m_view.text_scale;
}

void App::rebuild_fonts(float dpr) {
    m_article.invalidate_layout(); // its rows hold ImFont pointers the rebuild frees
    m_fonts = build_fonts(*ImGui::GetIO().Fonts, dpr, m_view.text_scale, ++m_font_generation);
    apply_style(m_view.theme, dpr);
}

void App::frame() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float d = m_fonts.dpr;
    const Palette& pal = palette(m_view.theme);
    const float width = vp->Size.x;
    const float height = vp->Size.y;

    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    ImGui::Begin("##main", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar(2);

    const float tb_h = std::round(toolbar_height(m_fonts));
    const float sb_h = std::round(status_bar_height(m_fonts));
    const float mid_h = std::max(1.0f, height - tb_h - sb_h);
    const bool panel = m_view.panel_open && width > 560.0f * d;
    const float panel_w = panel ? std::round(std::clamp(width * 0.3f, 270.0f * d, 400.0f * d)) : 0.0f;
    const float mm_w = std::round(14.0f * d);
    const float article_w = std::max(1.0f, width - panel_w - mm_w);

    ChromeContext chrome{m_model, m_view, pal, m_fonts, m_search, m_is_sample, m_commands};
    const EditUiContext ectx = edit_context(ImVec2(vp->Pos.x, vp->Pos.y + tb_h),
                                            ImVec2(vp->Pos.x + article_w, vp->Pos.y + tb_h + mid_h)); // app_edit.cpp
    chrome.edit = &ectx;
    ImGui::SetCursorPos(ImVec2(0, 0));
    draw_toolbar(chrome, m_search_bar, ImVec2(width, tb_h));

    ArticleContext actx{m_model, m_doc_generation, m_spans, m_spans_generation, m_view, pal, m_fonts,
                        m_search, m_platform, m_stats, m_commands};
    ImGui::SetCursorPos(ImVec2(0, tb_h));
    m_article.draw(actx, ImVec2(article_w, mid_h));
    ImGui::SetCursorPos(ImVec2(article_w, tb_h));
    if (auto y = m_minimap.draw(actx, m_article, ImVec2(mm_w, mid_h))) m_article.scroll_to_y(*y);

    if (panel) {
        ImGui::SetCursorPos(ImVec2(article_w + mm_w, tb_h));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10.0f * d, 8.0f * d));
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8.0f * d, 4.0f * d));
        ImGui::BeginChild("##panelbox", ImVec2(panel_w, mid_h), ImGuiChildFlags_AlwaysUseWindowPadding,
                          ImGuiWindowFlags_NoScrollbar);
        PanelContext pctx{m_model, m_doc_generation, m_view, pal, m_fonts, m_commands};
        pctx.edit = &ectx;
        m_panel.draw(pctx, ImGui::GetContentRegionAvail());
        ImGui::EndChild();
        ImGui::PopStyleVar(2);
        const ImVec2 wp = ImGui::GetWindowPos();
        ImGui::GetWindowDrawList()->AddLine(ImVec2(wp.x + article_w + mm_w, wp.y + tb_h),
                                            ImVec2(wp.x + article_w + mm_w, wp.y + tb_h + mid_h), pal.border, d);
    }

    ImGui::SetCursorPos(ImVec2(0, height - sb_h));
    draw_status_bar(m_model, m_view, m_stats, pal, m_fonts, ImVec2(width, sb_h));
    ImGui::End();

    draw_help_overlay(m_view.help_open, pal, m_fonts, m_commands);
    draw_edit_ui(ectx);       // annotate popup, practice bar, dialogs (app_edit.cpp)
    handle_edit_shortcuts();  // undo/redo, keys 1-6 on a selection, shift+arrows
    handle_shortcuts();

    // The reveal request was consumed by this frame's panel; commands may set a new one.
    m_view.reveal_in_panel = false;
    for (const Command& c : m_commands.take()) apply(c);
    apply_edit_queue(); // edits through core Commands + History, after the widgets
    update_search();
    if (m_platform.now_ms() < m_view.flash_until_ms) m_platform.keep_awake(50.0);
}

void App::update_search() {
    const bool changed = m_search_bar.take_changed();
    const std::string query = m_search_bar.is_open() ? m_search_bar.query() : std::string();
    if (changed || query != m_search.query()) {
        m_search.run(m_model, query);
        if (m_search.current() >= 0)
            m_article.scroll_to_byte(m_search.matches()[static_cast<std::size_t>(m_search.current())].start);
    }
    const int step = m_search_bar.take_step();
    if (step != 0 && m_search.step(step))
        m_article.scroll_to_byte(m_search.matches()[static_cast<std::size_t>(m_search.current())].start);
}

void App::select_annotation(core::AnnotationId id, std::int64_t flags) {
    const int index = id == 0 ? -1 : m_model.index_of(id);
    if (index < 0) {
        m_view.selected = 0;
        return;
    }
    const core::Annotation& a = m_model.doc().annotations[static_cast<std::size_t>(index)];
    m_view.selected = id;
    if (flags & k_select_scroll) {
        if (!m_view.kind_visible[static_cast<int>(a.kind)]) { // show what was asked for
            m_view.kind_visible[static_cast<int>(a.kind)] = true;
            rebuild_spans();
            m_platform.publish_mirror(mirror_json());
        }
        m_article.scroll_to_byte(a.range.start);
        m_view.flash_until_ms = m_platform.now_ms() + 1200.0;
        m_platform.keep_awake(1300.0);
    }
    if (flags & k_select_reveal) {
        m_view.tab = tab_for(a.kind);
        m_view.reveal_in_panel = true;
    }
}

void App::step_mentions(int direction, core::EntityId entity, std::int64_t flags) {
    const core::Annotation* sel = m_model.annotation(m_view.selected);
    if (entity == core::k_no_entity) entity = sel ? sel->entity : core::k_no_entity;
    const auto& list = m_model.mentions(entity);
    if (list.empty()) return;
    const auto& anns = m_model.doc().annotations;
    int pos = -1;
    for (std::size_t i = 0; i < list.size(); ++i)
        if (anns[list[i]].id == m_view.selected) pos = static_cast<int>(i);
    const int n = static_cast<int>(list.size());
    const int next = pos < 0 ? (direction >= 0 ? 0 : n - 1) : ((pos + direction) % n + n) % n;
    select_annotation(anns[list[static_cast<std::size_t>(next)]].id, flags);
}

void App::step_annotations(int direction) {
    if (m_spans.empty()) return;
    const int n = static_cast<int>(m_spans.size());
    int pos = -1;
    for (int i = 0; i < n; ++i)
        if (m_spans[static_cast<std::size_t>(i)].id == m_view.selected) pos = i;
    int next = 0;
    if (pos >= 0) {
        next = ((pos + direction) % n + n) % n;
    } else {
        // Nothing selected: start from the first annotation in view.
        const Layout& layout = m_article.layout();
        const auto& rows = layout.rows();
        const std::size_t r = layout.row_at_y(std::max(0.0f, m_article.scroll_y() - m_article.content_y(0.0f)));
        const std::uint32_t top = r < rows.size() ? rows[r].begin : 0;
        next = direction >= 0 ? 0 : n - 1;
        for (int i = 0; i < n; ++i)
            if (m_spans[static_cast<std::size_t>(i)].range.start >= top) { next = i; break; }
    }
    select_annotation(m_spans[static_cast<std::size_t>(next)].id, k_select_scroll | k_select_reveal);
}

void App::apply(const Command& c) {
    switch (c.kind) {
    case CommandKind::select: select_annotation(static_cast<core::AnnotationId>(c.a), c.b); break;
    case CommandKind::next_annotation: step_annotations(c.a >= 0 ? 1 : -1); break;
    case CommandKind::next_mention:
        step_mentions(c.a >= 0 ? 1 : -1, static_cast<core::EntityId>(c.b),
                      c.b >= 0 ? k_select_scroll : k_select_scroll | k_select_reveal);
        break;
    case CommandKind::focus_entity: {
        core::EntityId e = static_cast<core::EntityId>(c.a);
        if (c.b == 1 && m_view.focused != core::k_no_entity) e = core::k_no_entity;
        m_view.focused = m_model.entity(e) ? e : core::k_no_entity;
        break;
    }
    case CommandKind::toggle_kind: {
        const int k = static_cast<int>(c.a);
        if (k < 0 || k >= core::k_kind_count) break;
        m_view.kind_visible[static_cast<std::size_t>(k)] = !m_view.kind_visible[static_cast<std::size_t>(k)];
        if (const core::Annotation* a = m_model.annotation(m_view.selected))
            if (!m_view.kind_visible[static_cast<int>(a->kind)]) m_view.selected = 0;
        rebuild_spans();
        m_platform.publish_mirror(mirror_json());
        break;
    }
    case CommandKind::toggle_theme:
        m_view.theme = m_view.theme == ThemeKind::dark ? ThemeKind::light : ThemeKind::dark;
        apply_style(m_view.theme, m_fonts.dpr);
        break;
    case CommandKind::text_size: {
        const float s = c.a == 0 ? 1.0f : m_view.text_scale + 0.1f * static_cast<float>(c.a);
        m_view.text_scale = std::clamp(std::round(s * 10.0f) / 10.0f, k_min_text_scale, k_max_text_scale);
        break; // fonts are rebuilt before the next frame (needs_fonts)
    }
    case CommandKind::scroll_to_byte: m_article.scroll_to_byte(static_cast<std::uint32_t>(c.a)); break;
    case CommandKind::set_tab: m_view.tab = static_cast<SideTab>(std::clamp<std::int64_t>(c.a, 0, 3)); break;
    case CommandKind::set_entity_sort: m_view.entity_sort = static_cast<EntitySort>(std::clamp<std::int64_t>(c.a, 0, 2)); break;
    case CommandKind::toggle_panel: m_view.panel_open = !m_view.panel_open; break;
    case CommandKind::toggle_help: m_view.help_open = c.a < 0 ? !m_view.help_open : c.a > 0; break;
    case CommandKind::load_sample: load_sample(); break;
    }
    m_platform.keep_awake(300.0);
}

void App::scroll_to(std::uint32_t byte_offset) {
    m_article.scroll_to_byte(byte_offset);
    m_platform.keep_awake(300.0);
}

bool App::select(core::AnnotationId id) {
    if (id != 0 && m_model.index_of(id) < 0) return false;
    select_annotation(id, k_select_scroll | k_select_reveal);
    m_platform.keep_awake(300.0);
    return true;
}

std::optional<PixelRect> App::annotation_rect(core::AnnotationId id) const {
    const core::Annotation* a = m_model.annotation(id);
    if (!a) return std::nullopt;
    auto r = m_article.rect_of(a->range);
    if (!r) return std::nullopt;
    const float d = m_fonts.dpr > 0.0f ? m_fonts.dpr : 1.0f;
    return PixelRect{r->x / d, r->y / d, r->w / d, r->h / d};
}

std::string App::selection_text() const {
    const core::ByteRange sel = m_article.selection();
    if (!sel.empty()) return std::string(m_model.slice(sel));
    if (const core::Annotation* a = m_model.annotation(m_view.selected))
        return std::string(m_model.slice(a->range));
    return {};
}

std::string App::state_json() const { return core::document_to_json(m_model.doc()); }

std::string App::view_json() const {
    const auto& doc = m_model.doc();
    json j;
    j["selected"] = m_view.selected ? json(m_view.selected) : json(nullptr);
    j["hovered"] = m_article.hovered() ? json(m_article.hovered()) : json(nullptr);
    const core::Entity* focused = m_model.entity(m_view.focused);
    j["focused"] = focused ? json(focused->id) : json(nullptr);
    j["focusedName"] = focused ? json(focused->name) : json(nullptr);
    json hidden = json::array();
    for (int k = 0; k < core::k_kind_count; ++k)
        if (!m_view.kind_visible[static_cast<std::size_t>(k)]) hidden.push_back(core::kind_name(static_cast<core::Kind>(k)));
    j["hidden"] = hidden;
    j["visibleAnnotations"] = m_spans.size();
    j["theme"] = m_view.theme == ThemeKind::dark ? "dark" : "light";
    j["textScale"] = std::round(m_view.text_scale * 100.0f) / 100.0;
    j["tab"] = tab_name(m_view.tab);
    j["entitySort"] = sort_name(m_view.entity_sort);
    j["panelOpen"] = m_view.panel_open;
    j["helpOpen"] = m_view.help_open;
    json search;
    search["open"] = m_search_bar.is_open();
    search["query"] = m_search.query();
    search["count"] = m_search.matches().size();
    search["current"] = m_search.current();
    if (m_search.current() >= 0) {
        const core::ByteRange r = m_search.matches()[static_cast<std::size_t>(m_search.current())];
        search["start"] = r.start;
        search["end"] = r.end;
    }
    j["search"] = search;
    j["textInput"] = ImGui::GetIO().WantTextInput;
    const float d = m_fonts.dpr > 0.0f ? m_fonts.dpr : 1.0f;
    j["dpr"] = d;
    j["scrollY"] = m_article.scroll_y() / d;
    j["viewHeight"] = m_article.view_height() / d;
    j["contentHeight"] = m_article.content_height() / d;
    j["rows"] = m_article.layout().rows().size();
    {
        // Rows that start inside a number ("£500,|000") or inside a word and its glued punctuation
        // ("together,|""): the wrapper must never break there (a row of one word too long for the
        // column is the exception, and no test text holds one).
        const std::string_view text = m_model.text();
        std::size_t splits = 0;
        std::size_t word_splits = 0;
        std::uint32_t block = UINT32_MAX; // (no block yet)
        for (const Row& r : m_article.layout().rows()) {
            const std::uint32_t b = r.begin;
            const bool first_of_block = r.block != block;
            block = r.block;
            if (b >= 2 && b < text.size() && text[b] >= '0' && text[b] <= '9' && (text[b - 1] == ',' || text[b - 1] == '.') &&
                text[b - 2] >= '0' && text[b - 2] <= '9')
                ++splits;
            if (!first_of_block && b >= 1 && b < text.size() && !is_blank(text[b]) && !is_blank(text[b - 1]))
                ++word_splits;
        }
        j["numberSplits"] = splits;
        j["wordSplits"] = word_splits;
    }
    j["columnWidth"] = m_article.layout().params().width / d;
    const core::ByteRange sel = m_article.selection();
    j["selection"] = {{"start", sel.start}, {"end", sel.end}};
    j["isSample"] = m_is_sample;
    json rows = json::array();
    if (m_view.panel_open)
        for (const PanelRow& r : m_panel.drawn_rows())
            rows.push_back({{"kind", r.kind}, {"id", r.id}, {"x", r.min.x / d}, {"y", r.min.y / d},
                            {"w", (r.max.x - r.min.x) / d}, {"h", (r.max.y - r.min.y) / d}});
    j["panelRows"] = rows;
    return dump(j);
}

std::string App::stats_json() const {
    json j;
    j["frames"] = m_stats.frames;
    j["frameMsLast"] = m_stats.frame_ms_last;
    j["frameMsAvg"] = m_stats.frame_ms_avg;
    j["layoutMs"] = m_stats.layout_ms;
    j["annotateMs"] = m_stats.annotate_ms;
    j["layouts"] = m_stats.layouts;
    j["uiMsLast"] = m_stats.ui_ms_last;
    return dump(j);
}

std::string App::mirror_json() const {
    const auto& doc = m_model.doc();
    json j;
    j["title"] = doc.title;
    json blocks = json::array();
    for (const core::Block& b : doc.blocks) {
        const core::ByteRange r = b.kind == core::BlockKind::image ? b.caption : b.range;
        blocks.push_back({{"kind", core::block_kind_name(b.kind)}, {"text", std::string(m_model.slice(r))}});
    }
    j["blocks"] = blocks;
    constexpr std::size_t k_max_listed = 5000; // a screen reader's list, not an export
    json anns = json::array();
    for (const Span& sp : m_spans) {
        if (anns.size() == k_max_listed) break;
        const core::Annotation& a = doc.annotations[sp.index];
        json item{{"id", a.id}, {"kind", core::kind_name(a.kind)}, {"text", std::string(m_model.slice(a.range))}};
        if (!a.subtype.empty()) item["subtype"] = a.subtype;
        if (!a.note.empty()) item["note"] = a.note; // the user's notes, read out too
        if (const core::Entity* e = m_model.entity(a.entity)) item["entity"] = e->name;
        if (const core::Entity* s = m_model.entity(a.speaker)) item["speaker"] = s->name;
        anns.push_back(std::move(item));
    }
    j["annotations"] = anns;
    j["annotationsTotal"] = m_spans.size();
    return dump(j);
}

std::string App::error_json() const {
    json j;
    j["code"] = core::error_code_name(m_last_error.code);
    j["message"] = m_last_error.message;
    return dump(j);
}

} // namespace gloss::app
