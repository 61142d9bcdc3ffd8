// SPDX-License-Identifier: MIT
// gloss: the command-line front end to the core (batch annotation, exports, measurements).
#include "gloss/document.h"
#include "gloss/limits.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr const char* k_usage =
    "usage: gloss annotate FILE [--format json] [--pretty] [--title TITLE]\n"
    "       gloss --help | --version\n"
    "\n"
    "  annotate   read FILE (UTF-8 text; '-' for standard input), detect people,\n"
    "             organizations, places, quotes and figures, and print the document.\n"
    "  --format   json (default): the native Gloss document JSON; offsets are UTF-8 bytes.\n"
    "  --pretty   indent the JSON.\n"
    "  --title    document title (default: the article's headline).\n";

struct Options {
    std::string file;
    std::string format = "json";
    std::string title;
    bool pretty = false;
};

int usage_error(const std::string& message) {
    std::fprintf(stderr, "gloss: %s\n\n%s", message.c_str(), k_usage);
    return 2;
}

// Reads a whole file, refusing anything above the article cap before reading it all.
bool read_input(const std::string& path, std::string& out, std::string& error) {
    std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (!f) {
        error = "cannot open " + path + ": " + std::strerror(errno);
        return false;
    }
    char buf[65536];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
        out.append(buf, n);
        if (out.size() > gloss::core::k_max_text_bytes + 4) {
            error = path + " is larger than the " +
                    std::to_string(gloss::core::k_max_text_bytes / (1024 * 1024)) + " MB article limit";
            if (f != stdin) std::fclose(f);
            return false;
        }
    }
    const bool failed = std::ferror(f) != 0;
    if (failed) error = "cannot read " + path + ": " + std::strerror(errno);
    if (f != stdin) std::fclose(f);
    return !failed;
}

int run_annotate(const Options& opt) {
    std::string raw;
    std::string error;
    if (!read_input(opt.file, raw, error)) {
        std::fprintf(stderr, "gloss: %s\n", error.c_str());
        return 1;
    }
    auto doc = gloss::core::make_document(raw, opt.title);
    if (!doc) {
        std::fprintf(stderr, "gloss: %s: %s (%s)\n", opt.file.c_str(), doc.error().message.c_str(),
                     gloss::core::error_code_name(doc.code()));
        return 1;
    }
    std::string out;
    if (opt.format == "json") {
        out = gloss::core::document_to_json(*doc, opt.pretty ? 2 : -1);
    } else {
        return usage_error("unknown format '" + opt.format + "'");
    }
    out.push_back('\n');
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
        std::fprintf(stderr, "gloss: cannot write output: %s\n", std::strerror(errno));
        return 1;
    }
    return 0;
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
        std::printf("gloss 0.1.0 (document format %d)\n", gloss::core::k_format_version);
        return 0;
    }
    if (args[0] != "annotate") return usage_error("unknown command '" + std::string(args[0]) + "'");
    Options opt;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string_view a = args[i];
        const auto value = [&](const char* name) -> std::string {
            if (i + 1 >= args.size()) return {};
            (void)name;
            return std::string(args[++i]);
        };
        if (a == "--format") {
            opt.format = value("--format");
            if (opt.format.empty()) return usage_error("--format needs a value");
        } else if (a.substr(0, 9) == "--format=") {
            opt.format = std::string(a.substr(9));
        } else if (a == "--title") {
            opt.title = value("--title");
        } else if (a == "--pretty") {
            opt.pretty = true;
        } else if (a.size() > 1 && a[0] == '-' && a != "-") {
            return usage_error("unknown option '" + std::string(a) + "'");
        } else if (opt.file.empty()) {
            opt.file = std::string(a);
        } else {
            return usage_error("more than one FILE given");
        }
    }
    if (opt.file.empty()) return usage_error("annotate needs a FILE");
    return run_annotate(opt);
}
