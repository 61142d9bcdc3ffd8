// SPDX-License-Identifier: MIT
// Memory probe: peak memory of annotating a large article and of a document with many annotations.
//
//   gloss_mem_bench annotate FILE          make_document (normalize, blocks, every detector) on FILE,
//                                          then document_to_json
//   gloss_mem_bench annotations N FILE     FILE's document plus user highlights up to N annotations:
//                                          serialize, parse back, then 200 edits + undo + redo
//
// One case per process, so the figure is that case's peak. Prints one JSON object: timings and
// memory. Natively memory is getrusage's ru_maxrss (peak resident set, includes the binary and
// its embedded gazetteers); under Emscripten it is the wasm linear memory size, which only grows,
// so its final value is the peak heap (plus static data and stack).
#include "gloss/commands.h"
#include "gloss/document.h"
#include "gloss/text.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#if defined(__EMSCRIPTEN__)
#include <emscripten/heap.h>
#else
#include <sys/resource.h>
#endif

using namespace gloss::core;

namespace {

using Clock = std::chrono::steady_clock;

/// Peak memory so far in bytes (see the file comment for what it covers).
std::size_t peak_bytes() {
#if defined(__EMSCRIPTEN__)
    return emscripten_get_heap_size();
#else
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<std::size_t>(usage.ru_maxrss) * 1024u; // Linux: kilobytes
#endif
}

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double mib(std::size_t bytes) { return static_cast<double>(bytes) / (1024.0 * 1024.0); }

bool read_file(const char* path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
}

const char* platform() {
#if defined(__EMSCRIPTEN__)
    return "wasm";
#else
    return "native";
#endif
}

int run_annotate(const char* path) {
    std::string raw;
    if (!read_file(path, raw)) return std::fprintf(stderr, "cannot read %s\n", path), 1;
    const std::size_t base = peak_bytes();
    auto start = Clock::now();
    Result<Document> doc = make_document(raw);
    const double annotate_ms = ms_since(start);
    if (!doc) return std::fprintf(stderr, "make_document: %s\n", doc.error().message.c_str()), 1;
    const std::size_t after_annotate = peak_bytes();
    start = Clock::now();
    const std::string json = document_to_json(*doc);
    const double serialize_ms = ms_since(start);
    std::printf("{\"platform\":\"%s\",\"case\":\"annotate\",\"text_bytes\":%zu,\"annotations\":%zu,"
                "\"entities\":%zu,\"json_bytes\":%zu,\"annotate_ms\":%.1f,\"serialize_ms\":%.1f,"
                "\"base_mib\":%.1f,\"after_annotate_mib\":%.1f,\"peak_mib\":%.1f}\n",
                platform(), doc->text.size(), doc->annotations.size(), doc->entities.size(), json.size(),
                annotate_ms, serialize_ms, mib(base), mib(after_annotate), mib(peak_bytes()));
    return 0;
}

int run_annotations(std::size_t target, const char* path) {
    std::string raw;
    if (!read_file(path, raw)) return std::fprintf(stderr, "cannot read %s\n", path), 1;
    const std::size_t base = peak_bytes();
    Result<Document> made = make_document(raw);
    if (!made) return std::fprintf(stderr, "make_document: %s\n", made.error().message.c_str()), 1;
    Document doc = std::move(*made);
    const std::size_t automatic = doc.annotations.size();
    // User highlights over successive words until the document holds `target` annotations, added
    // the way an import adds them (in one batch), not one undoable command each.
    std::uint32_t at = 0;
    AnnotationId next = doc.next_annotation_id();
    const auto size = static_cast<std::uint32_t>(doc.text.size());
    while (doc.annotations.size() < target) {
        while (at < size && (doc.text[at] == ' ' || doc.text[at] == '\n')) ++at;
        std::uint32_t end = at;
        while (end < size && doc.text[end] != ' ' && doc.text[end] != '\n') ++end;
        if (end == at) { at = 0; continue; } // wrap around: highlights may repeat
        Annotation a;
        a.id = next++;
        a.range = {at, end};
        a.kind = Kind::highlight;
        a.origin = Origin::user;
        a.note = "note " + std::to_string(a.id);
        doc.annotations.push_back(std::move(a));
        at = end;
    }
    sort_annotations(doc.annotations);
    const std::size_t after_build = peak_bytes();

    auto start = Clock::now();
    const std::string json = document_to_json(doc);
    const double serialize_ms = ms_since(start);
    start = Clock::now();
    Result<Document> parsed = document_from_json(json);
    const double parse_ms = ms_since(start);
    if (!parsed) return std::fprintf(stderr, "document_from_json: %s\n", parsed.error().message.c_str()), 1;
    const std::size_t after_parse = peak_bytes();

    // Edits at this size: add, update and remove, each undone and redone.
    constexpr int k_edits = 200;
    History history;
    start = Clock::now();
    for (int i = 0; i < k_edits; ++i) {
        const Annotation& target_a = parsed->annotations[(static_cast<std::size_t>(i) * 7919u) % parsed->annotations.size()];
        Result<Command> cmd = Error{};
        if (i % 3 == 0) {
            cmd = make_add(*parsed, target_a.range, Kind::highlight, "", "added");
        } else if (i % 3 == 1) {
            AnnotationPatch patch;
            patch.note = std::string("edited");
            cmd = make_update(*parsed, target_a.id, patch);
        } else {
            cmd = make_remove(*parsed, target_a.id);
        }
        if (!cmd) return std::fprintf(stderr, "edit %d: %s\n", i, cmd.error().message.c_str()), 1;
        history.apply(*parsed, std::move(*cmd));
    }
    const double edit_ms = ms_since(start) / k_edits;
    start = Clock::now();
    while (history.undo(*parsed)) {}
    const double undo_ms = ms_since(start) / k_edits;
    start = Clock::now();
    while (history.redo(*parsed)) {}
    const double redo_ms = ms_since(start) / k_edits;

    std::printf("{\"platform\":\"%s\",\"case\":\"annotations\",\"text_bytes\":%zu,\"automatic\":%zu,"
                "\"annotations\":%zu,\"json_bytes\":%zu,\"serialize_ms\":%.1f,\"parse_ms\":%.1f,"
                "\"edit_ms\":%.2f,\"undo_ms\":%.2f,\"redo_ms\":%.2f,\"base_mib\":%.1f,\"after_build_mib\":%.1f,"
                "\"after_parse_mib\":%.1f,\"peak_mib\":%.1f}\n",
                platform(), doc.text.size(), automatic, doc.annotations.size(), json.size(), serialize_ms,
                parse_ms, edit_ms, undo_ms, redo_ms, mib(base), mib(after_build), mib(after_parse),
                mib(peak_bytes()));
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "annotate" && argc == 3) return run_annotate(argv[2]);
    if (mode == "annotations" && argc == 4) return run_annotations(std::strtoul(argv[2], nullptr, 10), argv[3]);
    std::fprintf(stderr, "usage: %s annotate FILE | annotations N FILE\n", argv[0]);
    return 2;
}
