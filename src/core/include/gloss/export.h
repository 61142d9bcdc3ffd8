// SPDX-License-Identifier: MIT
// Exchange formats: export a document to native JSON, W3C Web Annotation, brat, displaCy, CSV and
// printable HTML, and import annotations back, re-anchoring them when the text differs.
//
// Offset units, per format (Gloss itself counts UTF-8 bytes of the normalized text):
//   json      UTF-8 byte offsets ("start"/"end"), as everywhere in Gloss.
//   w3c       TextPositionSelector start/end are Unicode CODE POINT indexes, as the W3C Web
//             Annotation Data Model specifies ("the position of a character", i.e. code points);
//             converted from bytes on export and back on import. A TextQuoteSelector (exact with
//             32 code points of prefix/suffix) rides along for re-anchoring.
//   brat      character offsets = code points (brat is Python); spans crossing a line break are
//             written as fragments ("0 5;6 9"), as brat requires.
//   displacy  code points (Python str indexes), {text, ents:[{start, end, label}]}.
//   csv       UTF-8 byte offsets in columns named byte_start/byte_end, plus text/prefix/suffix.
//   html      no offsets: a standalone printable page, every piece of text HTML-escaped.
//
// What each format carries back on import:
//   json      everything (it is the native document).
//   w3c       id, range, kind, subtype, origin, note, author, colour, entity and speaker ids with
//             entity names (Gloss terms under the "gloss:" prefix of the JSON-LD context).
//   brat      id (T<n>), range, kind, subtype and origin (attributes), note (AnnotatorNotes;
//             tabs and line breaks in notes become spaces: brat notes are one line).
//   displacy  range and kind (label); spaCy's labels are mapped (GPE/LOC/FAC -> PLACE, NORP -> ORG,
//             PERCENT/MONEY/DATE/QUANTITY/CARDINAL/TIME/ORDINAL -> FIGURE with a subtype).
//   csv       id, range, kind, subtype, origin, note, author, colour, entity and speaker ids.
#pragma once

#include "gloss/document.h"
#include "gloss/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gloss::core {

enum class ExportFormat : std::uint8_t { native, w3c, brat, displacy, csv, html };

/// "json" (also "native"), "w3c", "brat", "displacy", "csv", "html".
std::optional<ExportFormat> parse_export_format(std::string_view name);
const char* export_format_name(ExportFormat format);
/// File name extension with the dot: ".json", ".jsonld", ".ann", ".displacy.json", ".csv", ".html".
const char* export_file_extension(ExportFormat format);
/// MIME type for a browser download.
const char* export_mime_type(ExportFormat format);

struct ExportOptions {
    /// W3C target "source" IRI; default "urn:gloss:text:<content_hash>".
    std::string source_uri;
    /// Native JSON indentation (-1 = compact).
    int indent = -1;
};

/// The document in the given format. Pure; never fails (strings are sanitized for the format).
std::string export_document(const Document& doc, ExportFormat format, const ExportOptions& options = {});

std::string export_w3c(const Document& doc, const ExportOptions& options = {});
std::string export_brat(const Document& doc); ///< the .ann file; the .txt is doc.text
std::string export_displacy(const Document& doc);
std::string export_csv(const Document& doc); ///< RFC 4180: CRLF rows, quoted when needed
std::string export_html(const Document& doc);

/// An annotation from the file that could not be placed in the target text.
struct UnplacedAnnotation {
    std::string label; ///< kind name as in the file
    std::string quote; ///< the text it annotated
    std::string reason; ///< one sentence
};

struct ImportResult {
    Document document; ///< the target text with the placed annotations (no detection run)
    std::uint32_t placed = 0; ///< placed at their recorded position
    std::uint32_t reanchored = 0; ///< found again by their quote (the text differs)
    std::vector<UnplacedAnnotation> unplaced;
};

/// Reads annotations in `format` (html is not importable: unsupported_format). `target_text` is
/// the article to place them into (normalized here); when omitted, json and displacy use the text
/// they carry, and w3c, brat and csv fail with schema (they do not carry the text). Annotations
/// whose recorded position does not hold their quote are re-anchored by quote (exact, then the
/// best prefix/suffix match) and listed in `unplaced` when the quote is not in the text.
/// Errors: unsupported_format, json_parse, json_too_deep, schema, unsupported_version, and the
/// text errors of check_text.
Result<ImportResult> import_document(ExportFormat format, std::string_view data,
                                     std::optional<std::string_view> target_text = std::nullopt);

/// The report of an import for the UI / JS API, without the document:
/// {"placed":N,"reanchored":N,"unplaced":[{"label":"PERSON","quote":"…","reason":"…"}]}.
std::string import_report_json(const ImportResult& result);

} // namespace gloss::core
