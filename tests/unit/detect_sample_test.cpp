// SPDX-License-Identifier: MIT
// Regression guard: the bundled sample against its gold file (../shared/gold, when present).
#include "detect_test_util.h"
#include "gloss/assets.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace gloss::core;

namespace {

struct Span {
    std::string type;
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    std::string speaker;
};

// One-to-one overlap matches of one type (greedy in order; spans of one type rarely nest).
int overlap_matches(const std::vector<Span>& gold, const std::vector<Span>& pred, const std::string& type,
                    int& gold_n, int& pred_n, int* speaker_ok = nullptr, int* speaker_n = nullptr) {
    std::vector<bool> used(pred.size(), false);
    int tp = 0;
    gold_n = pred_n = 0;
    for (const auto& p : pred) pred_n += p.type == type;
    for (const auto& g : gold) {
        if (g.type != type) continue;
        ++gold_n;
        for (std::size_t j = 0; j < pred.size(); ++j) {
            const Span& p = pred[j];
            if (used[j] || p.type != type || p.end <= g.start || g.end <= p.start) continue;
            used[j] = true;
            ++tp;
            if (speaker_n && !g.speaker.empty()) {
                ++*speaker_n;
                if (g.speaker == p.speaker) ++*speaker_ok;
            }
            break;
        }
    }
    return tp;
}

} // namespace

TEST_CASE("sample: overlap F1 >= 0.95 per kind and speakers >= 0.9 against the shared gold") {
    std::ifstream in(std::string(GLOSS_SOURCE_DIR) + "/../shared/gold/00-seed.gold.json");
    if (!in) {
        MESSAGE("../shared/gold/00-seed.gold.json not found beside the project: skipped");
        return;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    auto j = nlohmann::json::parse(ss.str(), nullptr, false);
    REQUIRE(!j.is_discarded());
    REQUIRE(j.contains("mentions"));
    std::vector<Span> gold;
    for (const auto& m : j["mentions"]) {
        Span s{m["type"].get<std::string>(), m["start"].get<std::uint32_t>(), m["end"].get<std::uint32_t>(), {}};
        if (m.contains("speaker") && m["speaker"].is_string()) s.speaker = m["speaker"].get<std::string>();
        gold.push_back(s);
    }
    const std::string text(sample_article());
    const Detection d = annotate(text, parse_blocks(text));
    std::vector<Span> pred;
    for (const auto& a : d.annotations) {
        Span s{kind_name(a.kind), a.range.start, a.range.end, {}};
        for (const auto& e : d.entities)
            if (a.kind == Kind::quote && e.id == a.speaker) s.speaker = e.name;
        pred.push_back(s);
    }
    int speaker_ok = 0, speaker_n = 0;
    for (const char* type : {"PERSON", "ORG", "PLACE", "QUOTE", "FIGURE"}) {
        int g = 0, p = 0;
        int tp = overlap_matches(gold, pred, type, g, p, std::string(type) == "QUOTE" ? &speaker_ok : nullptr,
                                 std::string(type) == "QUOTE" ? &speaker_n : nullptr);
        double f1 = g + p == 0 ? 1.0 : 2.0 * tp / (g + p);
        INFO(type << ": gold " << g << ", predicted " << p << ", matched " << tp);
        CHECK(f1 >= 0.95);
    }
    REQUIRE(speaker_n > 0);
    CHECK(static_cast<double>(speaker_ok) / speaker_n >= 0.9);
}
