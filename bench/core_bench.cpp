// SPDX-License-Identifier: MIT
// Native core throughput: annotate files (or the sample) repeatedly, report MB/s on one core.
// Usage: gloss_bench [--repeat N] [FILE...]   (no FILE: the bundled sample article)
#include "gloss/assets.h"
#include "gloss/document.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    int repeat = 5;
    std::vector<std::string> texts;
    std::size_t bytes = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--repeat" && i + 1 < argc) {
            repeat = std::max(1, std::atoi(argv[++i]));
            continue;
        }
        std::ifstream in(a, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "gloss_bench: cannot read %s\n", a.c_str());
            return 1;
        }
        std::ostringstream ss;
        ss << in.rdbuf();
        texts.push_back(ss.str());
    }
    if (texts.empty()) texts.emplace_back(gloss::core::sample_article());
    for (const auto& t : texts) bytes += t.size();

    std::vector<double> seconds;
    std::vector<double> cpu_seconds; // process CPU time: robust when other work shares the cores
    std::size_t annotations = 0;
    for (int r = 0; r < repeat + 1; ++r) { // first pass warms up
        annotations = 0;
        const std::clock_t c0 = std::clock();
        const auto t0 = std::chrono::steady_clock::now();
        for (const auto& t : texts) {
            auto doc = gloss::core::make_document(t);
            if (doc) annotations += doc->annotations.size();
        }
        const auto t1 = std::chrono::steady_clock::now();
        const std::clock_t c1 = std::clock();
        if (r > 0) {
            seconds.push_back(std::chrono::duration<double>(t1 - t0).count());
            cpu_seconds.push_back(static_cast<double>(c1 - c0) / CLOCKS_PER_SEC);
        }
    }
    std::sort(seconds.begin(), seconds.end());
    std::sort(cpu_seconds.begin(), cpu_seconds.end());
    const double median = seconds[seconds.size() / 2];
    const double cpu_median = cpu_seconds[cpu_seconds.size() / 2];
    std::printf("{\"files\":%zu,\"bytes\":%zu,\"annotations\":%zu,\"repeat\":%d,\"median_s\":%.4f,"
                "\"mb_per_s\":%.2f,\"cpu_median_s\":%.4f,\"cpu_mb_per_s\":%.2f}\n",
                texts.size(), bytes, annotations, repeat, median, static_cast<double>(bytes) / 1e6 / median, cpu_median,
                static_cast<double>(bytes) / 1e6 / cpu_median);
    return 0;
}
