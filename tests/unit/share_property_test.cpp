// SPDX-License-Identifier: MIT
// Property test: 1,000+ random documents, annotation sets and views survive encode -> decode ->
// encode exactly (same state, same link).
#include "gloss/assets.h"
#include "gloss/document.h"
#include "gloss/share.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>

using namespace gloss::core;

namespace {

class Generator {
public:
    explicit Generator(std::uint32_t seed) : m_rng(seed) {}

    std::uint32_t below(std::uint32_t n) {
        return n == 0 ? 0 : std::uniform_int_distribution<std::uint32_t>(0, n - 1)(m_rng);
    }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }

    // Words mixing ASCII, Latin Extended (č, ć, ž), curly quotes, dashes, CJK and emoji; no CR.
    std::string word() {
        static const char* const k_words[] = {"Serbia",
                                              "China",
                                              "Vu\xC4\x8Di\xC4\x87",
                                              "\xC4\x8Cukaru",
                                              "said",
                                              "the",
                                              "and",
                                              "Beijing",
                                              "Putin",
                                              "\xE2\x80\x9Cquote\xE2\x80\x9D",
                                              "\xE2\x80\x94",
                                              "42%",
                                              "$3",
                                              "billion",
                                              "1999",
                                              "\xF0\x9F\x98\x80",
                                              "\xE5\x8C\x97\xE4\xBA\xAC",
                                              "na\xC3\xAFve",
                                              "\xC5\xBEivot",
                                              "Moscow",
                                              "\xE2\x80\x98scare\xE2\x80\x99",
                                              "May",
                                              "Xi",
                                              "Jinping",
                                              "Belt",
                                              "Road",
                                              "Initiative",
                                              "(BRI)",
                                              "12.5",
                                              "million",
                                              "people",
                                              "it",
                                              "\xC3\xA9t\xC3\xA9",
                                              "\xF0\x9F\x87\xB7\xF0\x9F\x87\xB8",
                                              "By",
                                              "Robert",
                                              "Stanley",
                                              "![cap](u)"};
        return k_words[below(static_cast<std::uint32_t>(std::size(k_words)))];
    }

    std::string text() {
        std::string t;
        const std::uint32_t lines = 1 + below(12);
        for (std::uint32_t l = 0; l < lines; ++l) {
            const std::uint32_t words = 1 + below(30);
            for (std::uint32_t w = 0; w < words; ++w) {
                if (w) t += chance(0.05) ? "  " : " ";
                t += word();
            }
            t += chance(0.5) ? "." : "";
            t += chance(0.1) ? "\n\n" : "\n";
        }
        return t;
    }

    std::string note() {
        if (chance(0.3)) return {};
        std::string n;
        const std::uint32_t words = 1 + below(8);
        for (std::uint32_t w = 0; w < words; ++w) n += (w ? " " : "") + word();
        if (chance(0.1)) n += "\nsecond line\twith tab \"quoted\" \\ backslash";
        return n;
    }

    ByteRange range(const std::string& text) {
        // Random code point boundaries.
        std::vector<std::uint32_t> bounds;
        for (std::uint32_t i = 0; i <= text.size(); ++i)
            if (is_utf8_boundary(text, i)) bounds.push_back(i);
        std::uint32_t a = below(static_cast<std::uint32_t>(bounds.size() - 1));
        std::uint32_t b =
            a + 1 + below(std::min<std::uint32_t>(20, static_cast<std::uint32_t>(bounds.size() - 1 - a)));
        return {bounds[a], bounds[b]};
    }

    std::string color() {
        static const char* const k_colors[] = {"", "", "#ff8800", "#00AAcc"};
        return k_colors[below(4)];
    }

private:
    std::mt19937 m_rng;
};

ShareState random_state(Generator& g, const std::string& sample) {
    const bool use_sample = g.chance(0.1);
    auto made = make_document(use_sample ? sample : g.text());
    REQUIRE(made.ok());
    ShareState s{std::move(*made), ShareView{}};
    Document& doc = s.document;
    if (g.chance(0.2)) doc.title = g.word() + " " + g.word();

    // Edit the automatic annotations: remove some, annotate some, change some.
    std::vector<Annotation> kept;
    for (auto& a : doc.annotations) {
        if (g.chance(0.15)) continue;
        if (g.chance(0.1)) a.note = g.note();
        if (g.chance(0.05)) a.kind = static_cast<Kind>(g.below(k_kind_count));
        if (g.chance(0.03)) a.range = g.range(doc.text);
        kept.push_back(std::move(a));
    }
    doc.annotations = std::move(kept);

    // Entities: rename one, add one; scramble the order sometimes.
    if (!doc.entities.empty() && g.chance(0.2))
        doc.entities[g.below(static_cast<std::uint32_t>(doc.entities.size()))].name = g.word();
    if (g.chance(0.2)) {
        EntityId top = -1;
        for (const auto& e : doc.entities) top = std::max(top, e.id);
        doc.entities.push_back(Entity{top + 1, Kind::person, g.word() + " " + g.word(), 1});
    }
    if (doc.entities.size() > 1 && g.chance(0.1)) std::swap(doc.entities.front(), doc.entities.back());
    std::vector<EntityId> entity_ids;
    for (const auto& e : doc.entities) entity_ids.push_back(e.id);

    // User annotations with every field.
    AnnotationId id = doc.next_annotation_id() + g.below(5);
    const std::uint32_t users = g.below(25);
    for (std::uint32_t i = 0; i < users; ++i) {
        Annotation a;
        a.id = id;
        id += 1 + (g.chance(0.2) ? g.below(1000) : 0);
        a.range = g.range(doc.text);
        a.kind = static_cast<Kind>(g.below(k_kind_count));
        a.origin = g.chance(0.9) ? Origin::user : Origin::automatic;
        a.note = g.note();
        if (g.chance(0.3)) a.subtype = g.chance(0.5) ? "percent" : "direct";
        if (!entity_ids.empty() && g.chance(0.3))
            a.entity = entity_ids[g.below(static_cast<std::uint32_t>(entity_ids.size()))];
        if (!entity_ids.empty() && g.chance(0.1))
            a.speaker = entity_ids[g.below(static_cast<std::uint32_t>(entity_ids.size()))];
        if (g.chance(0.2)) a.author = g.word();
        a.color = g.color();
        doc.annotations.push_back(std::move(a));
    }
    sort_annotations(doc.annotations);

    for (int k = 0; k < k_kind_count; ++k) s.view.show_kind[static_cast<std::size_t>(k)] = !g.chance(0.2);
    if (!entity_ids.empty() && g.chance(0.3))
        s.view.focused_entity = entity_ids[g.below(static_cast<std::uint32_t>(entity_ids.size()))];
    if (g.chance(0.5)) s.view.scroll_byte_offset = g.below(static_cast<std::uint32_t>(doc.text.size() + 1));
    s.view.theme = g.chance(0.5) ? Theme::dark : Theme::light;
    s.view.practice_mode = g.chance(0.3);
    return s;
}

} // namespace

TEST_CASE("property: 1,200 random states survive encode -> decode -> encode exactly") {
    Generator g(20261128u); // fixed seed: failures reproduce
    const std::string sample = std::string(sample_article());
    int checked = 0;
    int from_sample = 0;
    std::size_t longest = 0;
    for (int i = 0; i < 1200; ++i) {
        const ShareState state = random_state(g, sample);
        const std::string link = encode_share_link(state);
        auto decoded = decode_share_link(link);
        REQUIRE_MESSAGE(decoded.ok(), "case ", i, ": ",
                        (decoded.ok() ? std::string() : decoded.error().message));
        CHECK_MESSAGE(decoded->exact, "case ", i);
        const bool same = same_share_state(decoded->state, state);
        CHECK_MESSAGE(same, "case ", i, " link ", link);
        CHECK_MESSAGE(encode_share_link(decoded->state) == link, "case ", i);
        from_sample += decoded->from_sample ? 1 : 0;
        longest = std::max(longest, link.size());
        ++checked;
    }
    CHECK(checked == 1200);
    CHECK(from_sample > 50);
    MESSAGE(checked, " random states round-tripped (", from_sample, " on the sample); longest link ", longest,
            " characters");
}
