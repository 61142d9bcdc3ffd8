// SPDX-License-Identifier: MIT
// Detection-only throughput: times annotate() (no normalization, blocks or JSON), wall and CPU.
// Usage: gloss_detect_bench [--repeat N] FILE   (prints one JSON line; median of N timed runs)
#include "gloss/annotate.h"
#include "gloss/blocks.h"
#include "gloss/text.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    int repeat = 7;
    std::string path;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--repeat" && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
        else path = a;
    }
    if (path.empty()) {
        std::fprintf(stderr, "usage: gloss_detect_bench [--repeat N] FILE\n");
        return 2;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "gloss_detect_bench: cannot read %s\n", path.c_str());
        return 1;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    const std::string text = gloss::core::normalize_text(ss.str());
    const auto blocks = gloss::core::parse_blocks(text);
    std::vector<double> wall, cpu;
    std::size_t annotations = 0, entities = 0;
    for (int r = 0; r <= repeat; ++r) { // the first run warms up (gazetteers load once)
        const auto t0 = std::chrono::steady_clock::now();
        const std::clock_t c0 = std::clock();
        const auto d = gloss::core::annotate(text, blocks);
        const std::clock_t c1 = std::clock();
        const auto t1 = std::chrono::steady_clock::now();
        annotations = d.annotations.size();
        entities = d.entities.size();
        if (r == 0) continue;
        wall.push_back(std::chrono::duration<double>(t1 - t0).count());
        cpu.push_back(static_cast<double>(c1 - c0) / CLOCKS_PER_SEC);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    const double mb = static_cast<double>(text.size()) / 1e6;
    std::printf("{\"bytes\":%zu,\"annotations\":%zu,\"entities\":%zu,\"repeat\":%d,\"wall_median_s\":%.4f,"
                "\"wall_mb_per_s\":%.2f,\"wall_best_mb_per_s\":%.2f,\"cpu_median_s\":%.4f,\"cpu_mb_per_s\":%.2f}\n",
                text.size(), annotations, entities, repeat, wall[wall.size() / 2], mb / wall[wall.size() / 2],
                mb / wall.front(), cpu[cpu.size() / 2], mb / cpu[cpu.size() / 2]);
    return 0;
}
