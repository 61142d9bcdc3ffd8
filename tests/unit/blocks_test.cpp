// SPDX-License-Identifier: MIT
// Block parsing of the bundled sample and of invented layouts.
#include "gloss/assets.h"
#include "gloss/blocks.h"

#include <doctest/doctest.h>

#include <string>

using namespace gloss::core;

namespace {
std::string_view view(std::string_view text, ByteRange r) { return text.substr(r.start, r.size()); }
} // namespace

TEST_CASE("the sample article parses into kicker, headline, standfirst, images, byline, body") {
    const std::string_view text = sample_article();
    REQUIRE(!text.empty());
    const auto blocks = parse_blocks(text);
    REQUIRE(blocks.size() >= 20);
    CHECK(blocks[0].kind == BlockKind::kicker);
    CHECK(view(text, blocks[0].range) == "Global Issues");
    CHECK(blocks[1].kind == BlockKind::headline);
    CHECK(view(text, blocks[1].range) == "China undercuts Kremlin influence in Balkans with Serbia power play");
    CHECK(blocks[2].kind == BlockKind::standfirst);
    CHECK(blocks[3].kind == BlockKind::image);
    CHECK(view(text, blocks[3].caption).substr(0, 24) == "Russian President Vladim");
    CHECK(view(text, blocks[3].caption).back() == ']'); // the credit's brackets stay in the caption
    CHECK(view(text, blocks[3].url) == "/gc7/images/2025/06/09/50666-serbia-370_237.webp");
    CHECK(blocks[4].kind == BlockKind::byline);
    CHECK(view(text, blocks[4].range) == "By Robert Stanley |");
    CHECK(blocks[5].kind == BlockKind::paragraph);

    int images = 0, headings = 0;
    for (const auto& b : blocks) {
        images += b.kind == BlockKind::image;
        if (b.kind == BlockKind::heading) {
            ++headings;
            const auto h = view(text, b.range);
            CHECK((h == "Kremlin's fury" || h == "Expanding military cooperation"));
        }
    }
    CHECK(images == 2);
    CHECK(headings == 2);
    CHECK(blocks.back().kind == BlockKind::paragraph); // "Serbia has its own priorities."
}

TEST_CASE("a plain text without header lines gives a headline then paragraphs") {
    const std::string text = "Storm hits coast\n\nThe storm arrived on Monday.\nIt left.\n";
    const auto blocks = parse_blocks(text);
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[0].kind == BlockKind::headline);
    CHECK(blocks[1].kind == BlockKind::paragraph);
    CHECK(blocks[2].kind == BlockKind::paragraph);
}

TEST_CASE("block ranges exclude surrounding blanks and blank lines give no block") {
    const std::string text = "  Title here  \n   \n\tBody text.\t\n";
    const auto blocks = parse_blocks(text);
    REQUIRE(blocks.size() == 2);
    CHECK(view(text, blocks[0].range) == "Title here");
    CHECK(view(text, blocks[1].range) == "Body text.");
}

TEST_CASE("an image line needs the whole ![caption](url) shape") {
    const std::string text = "Headline\n![A caption [Credit]](pic.jpg)\nSee ![inline](x.png) here.\n";
    const auto blocks = parse_blocks(text);
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[1].kind == BlockKind::image);
    CHECK(view(text, blocks[1].caption) == "A caption [Credit]");
    CHECK(view(text, blocks[1].url) == "pic.jpg");
    CHECK(blocks[2].kind == BlockKind::paragraph);
}

TEST_CASE("empty text has no blocks") {
    CHECK(parse_blocks("").empty());
    CHECK(parse_blocks("\n\n  \n").empty());
}

TEST_CASE("author, date and reading-time lines under the headline are header lines, not subheadings") {
    const std::string text =
        "Rocket start-up raises $85m\nThe company says its rocket will fly before Christmas.\nBy Mihi Tautahi\n"
        "Business reporter · NZ Herald\n12 Jul, 2028 05:00 AM\n4 mins to read\n"
        "Kotare Space has raised $85 million in a funding round led by an Australian venture firm, as it "
        "prepares to launch its first rocket to orbit from a new site south of the city, the company said "
        "on Thursday in a statement to investors and staff.\nKilkenny 2-21 Galway 1-20\nThe match ended.\n";
    const auto blocks = parse_blocks(text);
    REQUIRE(blocks.size() == 9);
    CHECK(blocks[2].kind == BlockKind::byline);
    CHECK(blocks[3].kind == BlockKind::standfirst);
    CHECK(blocks[4].kind == BlockKind::standfirst);
    CHECK(blocks[5].kind == BlockKind::standfirst);
    CHECK(blocks[6].kind == BlockKind::paragraph);
    CHECK(blocks[7].kind == BlockKind::heading); // a scoreline in the body stays a subheading
    // A name alone above a dated line: the author.
    const std::string t2 = "Floods rise\nToll rises to 38 as rivers swell\nBidisha Rajkhowa\n"
                           "Updated - July 09, 2027 10:42 pm IST\nThree more people drowned on Friday.\n";
    const auto b2 = parse_blocks(t2);
    REQUIRE(b2.size() == 5);
    CHECK(b2[2].kind == BlockKind::standfirst);
    CHECK(b2[3].kind == BlockKind::byline);
}

TEST_CASE("a match's row (two names around a score) is no subheading; a short title is one") {
    const std::string text = "Darts results\n\nThe event was held on Sunday.\n\nSjoerd van der Wal 6-3 Liam Outhwaite\n\n"
                             "Quarter-Finals\n\nJelle Van Acker 6-0 Danny Rafferty-Cole\n\nThe final was close.\n";
    const auto blocks = parse_blocks(text);
    REQUIRE(blocks.size() == 6);
    CHECK(blocks[2].kind == BlockKind::paragraph);
    CHECK(blocks[3].kind == BlockKind::heading);
    CHECK(blocks[4].kind == BlockKind::paragraph);
}
