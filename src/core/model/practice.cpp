// SPDX-License-Identifier: MIT
// Practice check: one-to-one overlap matching per kind (augmenting paths, like score.py).
#include "gloss/practice.h"

#include <algorithm>
#include <functional>

namespace gloss::core {

namespace {

// Maximum bipartite matching between marks and answers that overlap; returns answer per mark.
std::vector<int> match(const std::vector<const Annotation*>& marks, const std::vector<const Annotation*>& answers) {
    std::vector<std::vector<int>> adj(marks.size());
    for (std::size_t i = 0; i < marks.size(); ++i) {
        // Answers are sorted by start: stop once they begin after this mark ends.
        for (std::size_t j = 0; j < answers.size() && answers[j]->range.start < marks[i]->range.end; ++j)
            if (marks[i]->range.overlaps(answers[j]->range)) adj[i].push_back(static_cast<int>(j));
    }
    std::vector<int> answer_owner(answers.size(), -1);
    std::vector<int> mark_answer(marks.size(), -1);
    std::vector<char> seen;
    std::function<bool(int)> augment = [&](int i) {
        for (const int j : adj[static_cast<std::size_t>(i)]) {
            if (seen[static_cast<std::size_t>(j)]) continue;
            seen[static_cast<std::size_t>(j)] = 1;
            const int owner = answer_owner[static_cast<std::size_t>(j)];
            if (owner < 0 || augment(owner)) {
                answer_owner[static_cast<std::size_t>(j)] = i;
                mark_answer[static_cast<std::size_t>(i)] = j;
                return true;
            }
        }
        return false;
    };
    for (std::size_t i = 0; i < marks.size(); ++i) {
        seen.assign(answers.size(), 0);
        augment(static_cast<int>(i));
    }
    return mark_answer;
}

} // namespace

PracticeReport check_practice(const Document& doc) {
    PracticeReport report;
    for (int k = 0; k < k_kind_count; ++k) {
        const auto kind = static_cast<Kind>(k);
        if (kind == Kind::highlight) continue;
        std::vector<const Annotation*> marks, answers;
        for (const auto& a : doc.annotations) {
            if (a.kind != kind) continue;
            (a.origin == Origin::user ? marks : answers).push_back(&a);
        }
        const std::vector<int> matched = match(marks, answers);
        std::vector<char> answered(answers.size(), 0);
        PracticeCounts& c = report.per_kind[static_cast<std::size_t>(k)];
        for (std::size_t i = 0; i < marks.size(); ++i) {
            PracticeItem item;
            item.id = marks[i]->id;
            item.range = marks[i]->range;
            item.kind = kind;
            if (matched[i] >= 0) {
                item.outcome = PracticeOutcome::hit;
                item.matched_id = answers[static_cast<std::size_t>(matched[i])]->id;
                answered[static_cast<std::size_t>(matched[i])] = 1;
                ++c.hits;
            } else {
                item.outcome = PracticeOutcome::extra;
                ++c.extras;
            }
            report.items.push_back(item);
        }
        for (std::size_t j = 0; j < answers.size(); ++j) {
            if (answered[j]) continue;
            report.items.push_back({answers[j]->id, 0, answers[j]->range, kind, PracticeOutcome::miss});
            ++c.misses;
        }
        report.total.hits += c.hits;
        report.total.misses += c.misses;
        report.total.extras += c.extras;
    }
    std::stable_sort(report.items.begin(), report.items.end(),
                     [](const PracticeItem& a, const PracticeItem& b) { return a.range.start < b.range.start; });
    const double tp = report.total.hits;
    const double denom = 2 * tp + report.total.misses + report.total.extras;
    report.score = denom == 0 ? 1.0 : 2 * tp / denom;
    return report;
}

} // namespace gloss::core
