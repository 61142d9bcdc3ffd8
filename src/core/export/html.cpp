// SPDX-License-Identifier: MIT
// Standalone printable HTML page of the annotated article; every piece of text is escaped.
#include "export/anchoring.h"

#include <algorithm>
#include <map>
#include <set>

namespace gloss::core {

namespace {

void escape_into(std::string& out, std::string_view s) {
    for (const char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out.push_back(c);
        }
    }
}

std::string escape(std::string_view s) {
    std::string out;
    escape_into(out, s);
    return out;
}

const char* kind_class(Kind kind) {
    switch (kind) {
    case Kind::person: return "k-person";
    case Kind::org: return "k-org";
    case Kind::place: return "k-place";
    case Kind::quote: return "k-quote";
    case Kind::figure: return "k-figure";
    case Kind::highlight: return "k-highlight";
    }
    return "k-highlight";
}

// Okabe-Ito colours (colour-blind safe) as light tints for print; quotes are underlined instead.
constexpr const char* k_style = R"css(
:root { color-scheme: light; }
body { font: 12pt/1.55 Georgia, "Noto Serif", serif; max-width: 40em; margin: 2em auto; padding: 0 1em; color: #111; }
h1 { font-size: 1.7em; line-height: 1.2; }
.kicker, .byline, .standfirst { color: #444; }
.kicker { text-transform: uppercase; letter-spacing: .05em; font-size: .85em; }
figure { margin: 1.2em 0; padding: .5em .8em; border-left: 3px solid #ccc; }
figcaption { font-size: .92em; color: #333; }
figure img { max-width: 100%; }
.g { -webkit-print-color-adjust: exact; print-color-adjust: exact; border-radius: 2px; }
.k-person { background: #fbe3b8; }
.k-org { background: #cfe8f7; }
.k-place { background: #c2eadb; }
.k-figure { background: #f8f3b4; }
.k-highlight { background: #f6d5c4; }
.k-quote { border-bottom: 2px solid #cc79a7; }
sup.n a { color: #0072b2; text-decoration: none; font-size: .75em; }
.legend span { padding: 0 .4em; margin-right: .6em; }
ol.notes { font-size: .92em; }
ol.notes q { font-style: italic; }
@media print { body { margin: 0 auto; } a { color: inherit; } }
)css";

} // namespace

std::string export_html(const Document& doc) {
    std::map<EntityId, const Entity*> entities;
    for (const auto& e : doc.entities) entities.emplace(e.id, &e);
    std::vector<const Annotation*> anns;
    for (const auto& a : doc.annotations) anns.push_back(&a);
    std::stable_sort(anns.begin(), anns.end(), [](const Annotation* a, const Annotation* b) {
        return a->range.start < b->range.start;
    });
    // Note numbers in reading order.
    std::map<const Annotation*, int> note_number;
    for (const auto* a : anns)
        if (!a->note.empty()) note_number.emplace(a, static_cast<int>(note_number.size()) + 1);
    std::set<std::uint32_t> cuts;
    for (const auto* a : anns) {
        cuts.insert(a->range.start);
        cuts.insert(a->range.end);
    }

    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<meta name=\"generator\" content=\"Gloss\">\n<title>" + escape(doc.title) + "</title>\n";
    out += "<style>" + std::string(k_style) + "</style>\n</head>\n<body>\n<article>\n";

    std::vector<const Annotation*> active;
    std::size_t next = 0;
    // Renders [from, to) of the text with spans for the annotations covering each piece.
    const auto render = [&](std::uint32_t from, std::uint32_t to) {
        std::uint32_t pos = from;
        while (pos < to) {
            auto cut = cuts.upper_bound(pos);
            const std::uint32_t end = cut == cuts.end() ? to : std::min(to, *cut);
            while (next < anns.size() && anns[next]->range.start <= pos) active.push_back(anns[next++]);
            active.erase(std::remove_if(active.begin(), active.end(),
                                        [&](const Annotation* a) { return a->range.end <= pos; }),
                         active.end());
            std::vector<const Annotation*> here;
            for (const auto* a : active)
                if (a->range.start <= pos && a->range.end >= end) here.push_back(a);
            const std::string_view piece = std::string_view(doc.text).substr(pos, end - pos);
            if (here.empty()) {
                escape_into(out, piece);
            } else {
                std::string classes = "g";
                std::string title;
                for (const auto* a : here) {
                    classes += ' ';
                    classes += kind_class(a->kind);
                    if (!title.empty()) title += "; ";
                    title += kind_name(a->kind);
                    if (!a->subtype.empty()) title += " (" + a->subtype + ")";
                    if (const auto it = entities.find(a->entity); it != entities.end())
                        title += ": " + it->second->name;
                    if (const auto it = entities.find(a->speaker); it != entities.end())
                        title += ", said by " + it->second->name;
                }
                // A free highlight's own colour (validated #rrggbb, so safe in an attribute), as a
                // translucent tint so the text stays readable in print.
                std::string style;
                for (const auto* a : here)
                    if (!a->color.empty() && detail::is_hex_color(a->color))
                        style = " style=\"background: " + a->color + "55\"";
                out += "<span class=\"" + classes + "\"" + style + " title=\"" + escape(title) + "\">";
                escape_into(out, piece);
                out += "</span>";
            }
            for (const auto* a : here) {
                if (a->range.end == end && note_number.count(a)) {
                    const std::string n = std::to_string(note_number[a]);
                    out += "<sup class=\"n\"><a href=\"#note-" + n + "\" id=\"ref-" + n + "\">" + n +
                           "</a></sup>";
                }
            }
            pos = end;
        }
    };

    for (const auto& b : doc.blocks) {
        switch (b.kind) {
        case BlockKind::headline:
            out += "<h1>";
            render(b.range.start, b.range.end);
            out += "</h1>\n";
            break;
        case BlockKind::heading:
            out += "<h2>";
            render(b.range.start, b.range.end);
            out += "</h2>\n";
            break;
        case BlockKind::image: {
            out += "<figure>";
            const std::string url = doc.text.substr(b.url.start, b.url.size());
            // Only absolute web images: a printed page cannot resolve the article site's relative paths.
            if (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0)
                out += "<img src=\"" + escape(url) + "\" alt=\"\">";
            out += "<figcaption>";
            render(b.caption.start, b.caption.end);
            out += "</figcaption></figure>\n";
            break;
        }
        default: {
            const char* cls = b.kind == BlockKind::kicker       ? "kicker"
                              : b.kind == BlockKind::byline     ? "byline"
                              : b.kind == BlockKind::standfirst ? "standfirst"
                                                                : nullptr;
            out += cls ? std::string("<p class=\"") + cls + "\">" : std::string("<p>");
            render(b.range.start, b.range.end);
            out += "</p>\n";
        }
        }
    }
    out += "</article>\n<footer>\n<p class=\"legend\">";
    for (int k = 0; k < k_kind_count; ++k) {
        const auto kind = static_cast<Kind>(k);
        out += std::string("<span class=\"g ") + kind_class(kind) + "\">" + kind_name(kind) + "</span>";
    }
    out += "</p>\n";
    if (!note_number.empty()) {
        out += "<h2>Notes</h2>\n<ol class=\"notes\">\n";
        std::vector<std::pair<int, const Annotation*>> ordered;
        for (const auto& [a, n] : note_number) ordered.emplace_back(n, a);
        std::sort(ordered.begin(), ordered.end());
        for (const auto& [n, a] : ordered) {
            const std::string id = std::to_string(n);
            out += "<li id=\"note-" + id + "\"><q>" +
                   escape(doc.text.substr(a->range.start, a->range.size())) + "</q> ";
            out += escape(a->note);
            if (!a->author.empty()) out += " <em>(" + escape(a->author) + ")</em>";
            out += " <a href=\"#ref-" + id + "\">&#8617;</a></li>\n";
        }
        out += "</ol>\n";
    }
    out += "</footer>\n</body>\n</html>\n";
    return out;
}

} // namespace gloss::core
