// SPDX-License-Identifier: MIT
// gloss: the command-line front end to the core (batch annotation, exports, share links, imports).
#include "gloss/document.h"
#include "gloss/export.h"
#include "gloss/html_import.h"
#include "gloss/limits.h"
#include "gloss/share.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr const char* k_usage =
    "usage: gloss annotate FILE... [--format FORMAT] [--out DIR] [--base-url URL] [--pretty] [--title TITLE]\n"
    "       gloss import FORMAT FILE [--text TXT] [--pretty]\n"
    "       gloss decode-link LINK [--pretty]\n"
    "       gloss --help | --version\n"
    "\n"
    "  annotate     read each FILE (UTF-8 text, or an .html/.htm page reduced to its article text;\n"
    "               '-' for standard input), detect people, organizations, places, quotes and\n"
    "               figures, and print the document in FORMAT.\n"
    "  --format     json (default)  the native Gloss document; offsets are UTF-8 bytes\n"
    "               w3c             W3C Web Annotation JSON-LD (positions in code points)\n"
    "               brat            brat standoff .ann (character = code point offsets)\n"
    "               displacy        spaCy/displaCy {text, ents} (code point offsets)\n"
    "               csv             one row per annotation, RFC 4180 (byte offsets)\n"
    "               html            a standalone printable page\n"
    "               link            a share link (#g1.…), one line per FILE\n"
    "  --out DIR    write DIR/NAME.EXT per FILE instead of printing (brat: NAME.txt + NAME.ann);\n"
    "               needed for several FILEs, except with --format link\n"
    "  --base-url   page address put before each link's #g1. fragment\n"
    "  --pretty     indent JSON output.\n"
    "  --title      document title (default: the article's headline).\n"
    "\n"
    "  import       read annotations in FORMAT (json|w3c|brat|displacy|csv) from FILE and print the\n"
    "               native document. --text TXT gives the article (needed for w3c and csv; for brat\n"
    "               the .txt beside the .ann is the default). Annotations whose position does not\n"
    "               hold their quote are re-anchored by quote; those not found are listed on stderr.\n"
    "  decode-link  print the native document a share link holds (its view on stderr).\n";

struct Options {
    std::string command;
    std::vector<std::string> files;
    std::string format = "json";
    std::string title;
    std::string out_dir;
    std::string base_url;
    std::string text_file;
    bool pretty = false;
};

int usage_error(const std::string& message) {
    std::fprintf(stderr, "gloss: %s\n\n%s", message.c_str(), k_usage);
    return 2;
}

// Reads a whole file, refusing anything above `cap` bytes before reading it all.
bool read_input(const std::string& path, std::string& out, std::string& error,
                std::size_t cap = gloss::core::k_max_text_bytes + 4) {
    std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (!f) {
        error = "cannot open " + path + ": " + std::strerror(errno);
        return false;
    }
    char buf[65536];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
        out.append(buf, n);
        if (out.size() > cap) {
            error = path + " is larger than the " + std::to_string(cap / (1024 * 1024)) + " MB limit";
            if (f != stdin) std::fclose(f);
            return false;
        }
    }
    const bool failed = std::ferror(f) != 0;
    if (failed) error = "cannot read " + path + ": " + std::strerror(errno);
    if (f != stdin) std::fclose(f);
    return !failed;
}

bool write_output(const std::string& path, const std::string& data) {
    std::FILE* f = path.empty() ? stdout : std::fopen(path.c_str(), "wb");
    if (!f) {
        std::fprintf(stderr, "gloss: cannot write %s: %s\n", path.c_str(), std::strerror(errno));
        return false;
    }
    const bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size() && std::fflush(f) == 0;
    if (!ok)
        std::fprintf(stderr, "gloss: cannot write %s: %s\n", path.empty() ? "output" : path.c_str(),
                     std::strerror(errno));
    if (f != stdout && std::fclose(f) != 0) return false;
    return ok;
}

bool ends_with_ci(const std::string& s, std::string_view suffix) {
    if (s.size() < suffix.size()) return false;
    for (std::size_t i = 0; i < suffix.size(); ++i) {
        char c = s[s.size() - suffix.size() + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != suffix[i]) return false;
    }
    return true;
}

// File name without directory and last extension ("dir/a.b.txt" -> "a.b").
std::string stem_of(const std::string& path) {
    if (path == "-") return "stdin";
    const auto slash = path.find_last_of('/');
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    const auto dot = name.find_last_of('.');
    if (dot != std::string::npos && dot > 0) name.resize(dot);
    return name;
}

int fail(const std::string& file, const gloss::core::Error& e) {
    std::fprintf(stderr, "gloss: %s: %s (%s)\n", file.c_str(), e.message.c_str(),
                 gloss::core::error_code_name(e.code));
    return 1;
}

int annotate_one(const Options& opt, const std::string& file, std::string& link_lines) {
    using namespace gloss::core;
    std::string raw;
    std::string error;
    const bool html_name = ends_with_ci(file, ".html") || ends_with_ci(file, ".htm");
    if (!read_input(file, raw, error, html_name ? k_max_html_bytes : k_max_text_bytes + 4)) {
        std::fprintf(stderr, "gloss: %s\n", error.c_str());
        return 1;
    }
    std::string title = opt.title;
    if (html_name || (file == "-" && looks_like_html(raw))) {
        auto page = html_to_text(raw);
        if (!page) return fail(file, page.error());
        raw = std::move(page->text);
    }
    auto doc = make_document(raw, title);
    if (!doc) return fail(file, doc.error());

    if (opt.format == "link") {
        link_lines += opt.base_url + encode_share_link(ShareState{std::move(*doc), ShareView{}}) + "\n";
        return 0;
    }
    const auto format = parse_export_format(opt.format);
    if (!format) return usage_error("unknown format '" + opt.format + "'");
    ExportOptions export_options;
    export_options.indent = opt.pretty ? 2 : -1;
    if (!opt.base_url.empty()) export_options.source_uri = opt.base_url + stem_of(file);
    std::string out = export_document(*doc, *format, export_options);
    if (*format == ExportFormat::native || *format == ExportFormat::displacy) out.push_back('\n');
    if (opt.out_dir.empty()) return write_output("", out) ? 0 : 1;
    const std::string base = opt.out_dir + "/" + stem_of(file);
    if (*format == ExportFormat::brat && !write_output(base + ".txt", doc->text)) return 1;
    const std::string path = base + export_file_extension(*format);
    if (!write_output(path, out)) return 1;
    std::fprintf(stderr, "gloss: wrote %s\n", path.c_str());
    return 0;
}

int run_annotate(const Options& opt) {
    if (opt.files.empty()) return usage_error("annotate needs a FILE");
    if (opt.format != "link" && !gloss::core::parse_export_format(opt.format))
        return usage_error("unknown format '" + opt.format + "'");
    if (opt.files.size() > 1 && opt.format != "link" && opt.out_dir.empty())
        return usage_error("several FILEs need --out DIR (or --format link)");
    int status = 0;
    std::string links;
    for (const auto& file : opt.files) {
        const int rc = annotate_one(opt, file, links);
        if (rc == 2) return rc;
        if (rc != 0) status = 1;
    }
    if (!links.empty() && !write_output("", links)) return 1;
    return status;
}

int run_import(const Options& opt) {
    using namespace gloss::core;
    if (opt.files.size() != 2) return usage_error("import needs FORMAT and FILE");
    const auto format = parse_export_format(opt.files[0]);
    if (!format || *format == ExportFormat::html)
        return usage_error("cannot import format '" + opt.files[0] + "'");
    const std::string& file = opt.files[1];
    std::string data;
    std::string error;
    if (!read_input(file, data, error, k_max_json_bytes)) {
        std::fprintf(stderr, "gloss: %s\n", error.c_str());
        return 1;
    }
    std::string text_path = opt.text_file;
    if (text_path.empty() && *format == ExportFormat::brat && ends_with_ci(file, ".ann"))
        text_path = file.substr(0, file.size() - 4) + ".txt";
    std::string text;
    if (!text_path.empty() && !read_input(text_path, text, error)) {
        std::fprintf(stderr, "gloss: %s\n", error.c_str());
        return 1;
    }
    auto imported = import_document(*format, data,
                                    text_path.empty() ? std::nullopt : std::optional<std::string_view>(text));
    if (!imported) return fail(file, imported.error());
    std::fprintf(stderr, "gloss: %s: %u placed, %u re-anchored, %zu not placed\n", file.c_str(),
                 imported->placed, imported->reanchored, imported->unplaced.size());
    for (const auto& u : imported->unplaced)
        std::fprintf(stderr, "gloss:   not placed: %s \"%s\": %s\n", u.label.c_str(), u.quote.c_str(),
                     u.reason.c_str());
    return write_output("", document_to_json(imported->document, opt.pretty ? 2 : -1) + "\n") ? 0 : 1;
}

int run_decode_link(const Options& opt) {
    using namespace gloss::core;
    if (opt.files.size() != 1) return usage_error("decode-link needs one LINK");
    auto decoded = decode_share_link(opt.files[0]);
    if (!decoded) return fail("link", decoded.error());
    const ShareView& v = decoded->state.view;
    std::string shown;
    for (int k = 0; k < k_kind_count; ++k)
        if (v.show_kind[static_cast<std::size_t>(k)])
            shown += std::string(shown.empty() ? "" : ",") + kind_name(static_cast<Kind>(k));
    std::fprintf(stderr, "gloss: %s; view: kinds %s, focus %d, scroll byte %u, %s theme%s\n",
                 decoded->from_sample ? "bundled sample" : "embedded text", shown.c_str(), v.focused_entity,
                 v.scroll_byte_offset, v.theme == Theme::dark ? "dark" : "light",
                 v.practice_mode ? ", practice mode" : "");
    if (!decoded->exact) std::fprintf(stderr, "gloss: %s\n", decoded->notice.c_str());
    return write_output("", document_to_json(decoded->state.document, opt.pretty ? 2 : -1) + "\n") ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    if (args.empty()) return usage_error("missing command");
    if (args[0] == "--help" || args[0] == "-h") {
        std::fputs(k_usage, stdout);
        return 0;
    }
    if (args[0] == "--version") {
        std::printf("gloss 0.1.0 (document format %d, share links g%d)\n", gloss::core::k_format_version,
                    gloss::core::k_share_schema_version);
        return 0;
    }
    Options opt;
    opt.command = std::string(args[0]);
    if (opt.command != "annotate" && opt.command != "import" && opt.command != "decode-link")
        return usage_error("unknown command '" + opt.command + "'");
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string_view a = args[i];
        bool missing = false;
        const auto value = [&]() -> std::string {
            if (i + 1 >= args.size()) {
                missing = true;
                return {};
            }
            return std::string(args[++i]);
        };
        if (a == "--format") {
            opt.format = value();
        } else if (a.substr(0, 9) == "--format=") {
            opt.format = std::string(a.substr(9));
        } else if (a == "--title") {
            opt.title = value();
        } else if (a == "--out") {
            opt.out_dir = value();
        } else if (a == "--base-url") {
            opt.base_url = value();
        } else if (a == "--text") {
            opt.text_file = value();
        } else if (a == "--pretty") {
            opt.pretty = true;
        } else if (a.size() > 1 && a[0] == '-' && a != "-" &&
                   !(opt.command == "decode-link" && a[0] == '#')) {
            return usage_error("unknown option '" + std::string(a) + "'");
        } else {
            opt.files.emplace_back(a);
        }
        if (missing) return usage_error(std::string(a) + " needs a value");
        if (a == "--format" && opt.format.empty()) return usage_error("--format needs a value");
    }
    if (opt.command == "import") return run_import(opt);
    if (opt.command == "decode-link") return run_decode_link(opt);
    return run_annotate(opt);
}
