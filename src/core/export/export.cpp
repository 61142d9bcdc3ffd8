// SPDX-License-Identifier: MIT
// Format names and dispatch for export and import; the native JSON importer.
#include "export/anchoring.h"

#include "gloss/json_util.h"

namespace gloss::core {

std::optional<ExportFormat> parse_export_format(std::string_view name) {
    if (name == "json" || name == "native") return ExportFormat::native;
    if (name == "w3c") return ExportFormat::w3c;
    if (name == "brat") return ExportFormat::brat;
    if (name == "displacy") return ExportFormat::displacy;
    if (name == "csv") return ExportFormat::csv;
    if (name == "html") return ExportFormat::html;
    return std::nullopt;
}

const char* export_format_name(ExportFormat format) {
    switch (format) {
    case ExportFormat::native: return "json";
    case ExportFormat::w3c: return "w3c";
    case ExportFormat::brat: return "brat";
    case ExportFormat::displacy: return "displacy";
    case ExportFormat::csv: return "csv";
    case ExportFormat::html: return "html";
    }
    return "json";
}

const char* export_file_extension(ExportFormat format) {
    switch (format) {
    case ExportFormat::native: return ".json";
    case ExportFormat::w3c: return ".jsonld";
    case ExportFormat::brat: return ".ann";
    case ExportFormat::displacy: return ".displacy.json";
    case ExportFormat::csv: return ".csv";
    case ExportFormat::html: return ".html";
    }
    return ".json";
}

const char* export_mime_type(ExportFormat format) {
    switch (format) {
    case ExportFormat::native: return "application/json";
    case ExportFormat::w3c: return "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";
    case ExportFormat::brat: return "text/plain; charset=utf-8";
    case ExportFormat::displacy: return "application/json";
    case ExportFormat::csv: return "text/csv; charset=utf-8";
    case ExportFormat::html: return "text/html; charset=utf-8";
    }
    return "application/octet-stream";
}

std::string export_document(const Document& doc, ExportFormat format, const ExportOptions& options) {
    switch (format) {
    case ExportFormat::native: return document_to_json(doc, options.indent);
    case ExportFormat::w3c: return export_w3c(doc, options);
    case ExportFormat::brat: return export_brat(doc);
    case ExportFormat::displacy: return export_displacy(doc);
    case ExportFormat::csv: return export_csv(doc);
    case ExportFormat::html: return export_html(doc);
    }
    return {};
}

namespace {

Result<ImportResult> import_native(std::string_view data, std::optional<std::string_view> target_text) {
    auto doc = document_from_json(data);
    if (!doc) return doc.error();
    if (!target_text) {
        ImportResult out;
        out.placed = static_cast<std::uint32_t>(doc->annotations.size());
        out.document = std::move(*doc);
        return out;
    }
    auto text = detail::prepare_text(*target_text);
    if (!text) return text.error();
    if (*text == doc->text) {
        ImportResult out;
        out.placed = static_cast<std::uint32_t>(doc->annotations.size());
        out.document = std::move(*doc);
        return out;
    }
    std::vector<detail::Candidate> candidates;
    for (const auto& a : doc->annotations) {
        detail::Candidate c;
        c.annotation = a;
        c.quote = detail::quote_selector(doc->text, a.range);
        c.hint = a.range;
        candidates.push_back(std::move(c));
    }
    return detail::place_candidates(std::move(*text), std::move(candidates), std::move(doc->entities),
                                    doc->title);
}

} // namespace

std::string import_report_json(const ImportResult& result) {
    nlohmann::json unplaced = nlohmann::json::array();
    for (const auto& u : result.unplaced)
        unplaced.push_back({{"label", u.label}, {"quote", u.quote}, {"reason", u.reason}});
    nlohmann::json root = {
        {"placed", result.placed}, {"reanchored", result.reanchored}, {"unplaced", std::move(unplaced)}};
    return dump_json(root);
}

Result<ImportResult> import_document(ExportFormat format, std::string_view data,
                                     std::optional<std::string_view> target_text) {
    switch (format) {
    case ExportFormat::native: return import_native(data, target_text);
    case ExportFormat::w3c: return detail::import_w3c(data, target_text);
    case ExportFormat::brat: return detail::import_brat(data, target_text);
    case ExportFormat::displacy: return detail::import_displacy(data, target_text);
    case ExportFormat::csv: return detail::import_csv(data, target_text);
    case ExportFormat::html: break;
    }
    return make_error(ErrorCode::unsupported_format,
                      "Annotations cannot be imported from HTML; open the page as an article instead.");
}

} // namespace gloss::core
