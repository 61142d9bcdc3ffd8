// SPDX-License-Identifier: MIT
// Native in-process timing of the core on the corpus articles (bench/peers): make_document per article.
//
// Usage: peers_core_bench [--runs N] [--json] FILE...
// One warm-up pass, then N passes (default 5) over every file, each a separate article. Reports
// the median wall time and the median thread CPU time of a pass as MB/s (MB = 10^6 bytes).
// --json also serializes every document (document_to_json), like the CLI's output.
#include "gloss/document.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

namespace {

bool read_file(const char* path, std::string& out) {
    std::FILE* f = std::fopen(path, "rb");
    if (!f) return false;
    char buf[65536];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    const bool ok = std::ferror(f) == 0;
    std::fclose(f);
    return ok;
}

double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

int main(int argc, char** argv) {
    int runs = 5;
    bool json = false;
    std::vector<std::string> articles;
    std::size_t total = 0;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
            runs = std::max(1, std::atoi(argv[++i]));
        } else if (std::strcmp(argv[i], "--json") == 0) {
            json = true;
        } else {
            std::string text;
            if (!read_file(argv[i], text)) {
                std::fprintf(stderr, "peers_core_bench: cannot read %s\n", argv[i]);
                return 1;
            }
            total += text.size();
            articles.push_back(std::move(text));
        }
    }
    if (articles.empty()) {
        std::fprintf(stderr, "usage: peers_core_bench [--runs N] [--json] FILE...\n");
        return 2;
    }
    std::size_t sink = 0;
    std::size_t failures = 0;
    auto pass = [&] {
        for (const std::string& a : articles) {
            auto doc = gloss::core::make_document(a);
            if (!doc) {
                ++failures;
                continue;
            }
            sink += doc->annotations.size();
            if (json) sink += gloss::core::document_to_json(*doc).size();
        }
    };
    pass(); // warm-up: gazetteers, allocator, caches
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int r = 0; r < runs; ++r) {
        sink = 0;
        const double c0 = thread_cpu_seconds();
        const auto t0 = std::chrono::steady_clock::now();
        pass();
        wall.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        cpu.push_back(thread_cpu_seconds() - c0);
    }
    if (failures) {
        std::fprintf(stderr, "peers_core_bench: %zu article(s) refused by make_document\n", failures);
        return 1;
    }
    const double mb = static_cast<double>(total) / 1e6;
    const double w = median(wall);
    const double c = median(cpu);
    std::printf("{\"articles\":%zu,\"bytes\":%zu,\"runs\":%d,\"json\":%s,\"median_wall_s\":%.6f,"
                "\"median_cpu_s\":%.6f,\"mb_per_s_wall\":%.3f,\"mb_per_s_cpu\":%.3f,\"items\":%zu}\n",
                articles.size(), total, runs, json ? "true" : "false", w, c, mb / w, mb / c, sink);
    return 0;
}
