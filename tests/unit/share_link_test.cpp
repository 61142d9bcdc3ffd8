// SPDX-License-Identifier: MIT
// Share links: base64url, capped inflate, round trips, link lengths and every kind of bad link.
#include "gloss/assets.h"
#include "gloss/document.h"
#include "gloss/json_util.h"
#include "gloss/limits.h"
#include "gloss/share.h"

#include <doctest/doctest.h>
#include <zlib.h>

#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

using namespace gloss::core;
using nlohmann::json;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

ShareState sample_state() {
    auto doc = make_document(sample_article());
    REQUIRE(doc.ok());
    return ShareState{std::move(*doc), ShareView{}};
}

// The n-th occurrence of a word in the text, as a byte range.
ByteRange find_word(const std::string& text, const std::string& word, int nth = 0) {
    std::size_t p = text.find(word);
    for (int i = 0; i < nth && p != std::string::npos; ++i) p = text.find(word, p + 1);
    REQUIRE(p != std::string::npos);
    return {static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(p + word.size())};
}

Annotation user_note(AnnotationId id, ByteRange range, std::string note, Kind kind = Kind::highlight) {
    Annotation a;
    a.id = id;
    a.range = range;
    a.kind = kind;
    a.origin = Origin::user;
    a.note = std::move(note);
    return a;
}

// A hand-made link: compact JSON with the right check value, deflated and encoded.
std::string forge(json root, bool with_check = true) {
    if (with_check) root["k"] = content_hash(dump_json(root)).substr(0, 8);
    return "#g1." + base64url_encode(deflate_raw(dump_json(root), share_dictionary()));
}

std::string forge_raw(const std::string& payload) {
    return "#g1." + base64url_encode(deflate_raw(payload, share_dictionary()));
}

// The payload JSON inside a link.
json payload_of(const std::string& link) {
    auto packed = base64url_decode(link.substr(4));
    REQUIRE(packed.ok());
    auto inflated = inflate_raw_capped(*packed, 1u << 24, share_dictionary());
    REQUIRE(inflated.ok());
    return json::parse(*inflated);
}

// A minimal valid payload for a text; "f" is this build's detector fingerprint when the text
// is an article (so the decoder takes the exact path), else a placeholder.
json valid_text_root(const std::string& text) {
    json root = json::object();
    root["v"] = 1;
    root["t"] = text;
    root["f"] = "00000000";
    if (auto doc = make_document(text); doc.ok()) root["f"] = payload_of(encode_share_link({*doc, {}}))["f"];
    return root;
}

} // namespace

TEST_CASE("base64url encodes RFC 4648 vectors without padding and decodes them back") {
    const std::pair<std::string, std::string> cases[] = {
        {"", ""},           {"f", "Zg"},          {"fo", "Zm8"},          {"foo", "Zm9v"},
        {"foob", "Zm9vYg"}, {"fooba", "Zm9vYmE"}, {"foobar", "Zm9vYmFy"}, {"\xfb\xff", "-_8"}};
    for (const auto& [raw, encoded] : cases) {
        CHECK(base64url_encode(raw) == encoded);
        auto back = base64url_decode(encoded);
        REQUIRE(back.ok());
        CHECK(*back == raw);
    }
}

TEST_CASE("base64url decoding is strict: padding, other alphabets, bad lengths and trailing bits fail") {
    // "Zh" and "Zm9" have non-zero trailing bits ("Zg" and "Zm8" are the canonical forms);
    // "Z" and "Zm9vY" have impossible lengths.
    for (const char* bad : {"Zg==", "Zm9v+", "Zm9v/", "Zm 9v", "Z", "Zm9vY", "Zh", "Zm9"}) {
        CHECK_MESSAGE(base64url_decode(bad).code() == ErrorCode::link_malformed, bad);
    }
}

TEST_CASE("the g1 dictionary is frozen") {
    // Every g1 link depends on these exact bytes: changing them needs a new link version.
    CHECK(share_dictionary().size() == 2804);
    CHECK(content_hash(share_dictionary()) == "0693d4b7f89b3986");
}

TEST_CASE("deflate_raw and inflate_raw_capped round-trip, and the cap is exact") {
    const std::string text = std::string(sample_article()) + "Vu\xC4\x8Di\xC4\x87 \xF0\x9F\x98\x80";
    const std::string packed = deflate_raw(text);
    CHECK(packed.size() < text.size() / 2);
    auto back = inflate_raw_capped(packed, text.size());
    REQUIRE(back.ok());
    CHECK(*back == text);
    CHECK(inflate_raw_capped(packed, text.size() - 1).code() == ErrorCode::link_too_large);
    CHECK(inflate_raw_capped(packed.substr(0, packed.size() / 2), text.size()).code() ==
          ErrorCode::link_malformed);
    CHECK(inflate_raw_capped(packed + "x", text.size()).code() == ErrorCode::link_malformed);
    CHECK(inflate_raw_capped("", 100).code() == ErrorCode::link_malformed);
    CHECK(inflate_raw_capped("\xff\xff\xff\xff", 100).code() == ErrorCode::link_malformed);
}

TEST_CASE("a zip-bomb link stops at the inflated cap, before reaching the rest of its stream") {
    // 64 MB of zeros compress to ~64 KB; the stream is left open (Z_FULL_FLUSH, no final block) and
    // followed by garbage. Inflating it all would end in a corrupt-stream error; stopping at the
    // cap reports link_too_large instead, which proves inflating stopped early.
    const std::size_t total = 64u * 1024u * 1024u;
    const std::string zeros(1024u * 1024u, '\0');
    z_stream zs;
    std::memset(&zs, 0, sizeof zs);
    REQUIRE(deflateInit2(&zs, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) == Z_OK);
    std::string bomb;
    std::string buf(1u << 20, '\0');
    for (std::size_t done = 0; done < total; done += zeros.size()) {
        zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.data()));
        zs.avail_in = static_cast<uInt>(zeros.size());
        do {
            zs.next_out = reinterpret_cast<Bytef*>(buf.data());
            zs.avail_out = static_cast<uInt>(buf.size());
            deflate(&zs, done + zeros.size() >= total ? Z_FULL_FLUSH : Z_NO_FLUSH);
            bomb.append(buf.data(), buf.size() - zs.avail_out);
        } while (zs.avail_out == 0);
    }
    deflateEnd(&zs);
    bomb += std::string(64, '\xff');
    const std::string link = "#g1." + base64url_encode(bomb);
    CHECK(link.size() < k_max_link_chars);
    MESSAGE("zip bomb: ", link.size(), " link characters expanding to 64 MB");

    const auto t0 = std::chrono::steady_clock::now();
    auto decoded = decode_share_link(link);
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    CHECK(decoded.code() == ErrorCode::link_too_large);
    MESSAGE("zip bomb refused in ", ms, " ms");
    // Directly: with a tiny cap the output never exceeds cap + 1 byte.
    CHECK(inflate_raw_capped(bomb, 1000).code() == ErrorCode::link_too_large);
}

TEST_CASE("the sample with 20 user notes round-trips through a short hash link") {
    ShareState state = sample_state();
    const std::string& text = state.document.text;
    const char* words[] = {"Serbia", "China",   "Moscow",  "Putin",  "Belgrade",
                           "Europe", "Kremlin", "Beijing", "Russia", "Balkan"};
    const char* notes[] = {
        "Why does the author open with this scene?",     "Who benefits from this deal, and who pays?",
        "Find a second source for this claim.",          "Compare with Serbia's position in 2014.",
        "Is this sentence a fact or an opinion?",        "Note the verb 'slipped': what does it suggest?",
        "Which countries are named here, and why?",      "Check this figure against official trade data.",
        "How neutral is the wording of this paragraph?", "Summarize this paragraph in one sentence.",
        "Who is quoted here, and what is their role?",   "Mark every place name in this paragraph.",
        "What does 'foothold' imply about intentions?",  "Is the EU's view represented anywhere?",
        "Look up the Belt and Road Initiative's scope.", "Does the photo caption match the text?",
        "What evidence supports 'pivotal shift'?",       "Homework: find a Russian news report on this.",
        "Discuss: is this analysis or reporting?",       "Vote in class: convincing or not? \xF0\x9F\x91\x8D",
    };
    AnnotationId id = state.document.next_annotation_id();
    for (int i = 0; i < 20; ++i) {
        state.document.annotations.push_back(user_note(id++, find_word(text, words[i % 10], i / 10), notes[i],
                                                       i % 3 ? Kind::highlight : Kind::place));
    }
    sort_annotations(state.document.annotations);
    state.view.show_kind[static_cast<int>(Kind::figure)] = false;
    state.view.scroll_byte_offset = 1200;
    state.view.theme = Theme::dark;
    if (!state.document.entities.empty()) state.view.focused_entity = state.document.entities.front().id;

    const std::string link = encode_share_link(state);
    MESSAGE("sample + 20 notes: ", link.size(), " characters");
    CHECK(link.rfind("#g1.", 0) == 0);
    CHECK(link.size() <= 1500);
    auto decoded = decode_share_link("https://example.org/gloss/" + link);
    // As pasted from a chat or an e-mail: wrapped over lines, a full stop after it.
    std::string wrapped = "https://example.org/gloss/" + link.substr(0, 40) + "\n" + link.substr(40, 60) + "\r\n  " +
                          link.substr(100) + ".";
    auto from_mail = decode_share_link(wrapped);
    REQUIRE(from_mail.ok());
    CHECK(same_share_state(from_mail->state, state));
    REQUIRE_MESSAGE(decoded.ok(), (decoded.ok() ? std::string() : decoded.error().message));
    CHECK(decoded->from_sample);
    CHECK(decoded->exact);
    CHECK(same_share_state(decoded->state, state));
    CHECK(encode_share_link(decoded->state) == link);
}

TEST_CASE("a pasted 5 KB article with its annotations fits in 3,500 characters") {
    const std::string raw = read_file(std::string(GLOSS_SOURCE_DIR) + "/tests/data/pasted-article.txt");
    REQUIRE(raw.size() > 4500);
    auto doc = make_document(raw);
    REQUIRE(doc.ok());
    ShareState state{std::move(*doc), ShareView{}};
    const std::string& text = state.document.text;
    AnnotationId id = state.document.next_annotation_id();
    const char* words[] = {"harbour", "council", "ferry", "budget", "tide"};
    for (int i = 0; i < 10; ++i)
        state.document.annotations.push_back(
            user_note(id++, find_word(text, words[i % 5], i / 5),
                      "Question " + std::to_string(i + 1) + ": what is the evidence?"));
    // Two automatic highlights rejected by the teacher.
    if (state.document.annotations.size() > 12) {
        state.document.annotations.erase(state.document.annotations.begin() + 3);
        state.document.annotations.erase(state.document.annotations.begin() + 7);
    }
    sort_annotations(state.document.annotations);
    state.view.practice_mode = true;
    const std::string link = encode_share_link(state);
    MESSAGE("pasted article of ", text.size(), " bytes with ", state.document.annotations.size(),
            " annotations: ", link.size(), " characters");
    CHECK(link.size() <= 3500);
    auto decoded = decode_share_link(link);
    REQUIRE(decoded.ok());
    CHECK(!decoded->from_sample);
    CHECK(same_share_state(decoded->state, state));
    CHECK(encode_share_link(decoded->state) == link);
}

TEST_CASE("links made by another detector version decode sensibly and say so") {
    ShareState state = sample_state();
    const std::string& text = state.document.text;
    const AnnotationId id = state.document.next_annotation_id();
    state.document.annotations.push_back(user_note(id, find_word(text, "Serbia"), "Keep me"));
    sort_annotations(state.document.annotations);
    json root = payload_of(encode_share_link(state));
    root.erase("k");
    root["f"] = "deadbeef"; // as if another detector had derived other annotations
    auto decoded = decode_share_link(forge(root));
    REQUIRE(decoded.ok());
    CHECK_FALSE(decoded->exact);
    CHECK_FALSE(decoded->notice.empty());
    const Annotation* kept = nullptr;
    for (const auto& a : decoded->state.document.annotations)
        if (a.note == "Keep me") kept = &a;
    REQUIRE(kept != nullptr);
    CHECK(kept->range == find_word(text, "Serbia"));
    CHECK(kept->origin == Origin::user);
}

TEST_CASE("bad links fail with stable error codes") {
    const std::string good = encode_share_link(sample_state());
    struct Case {
        const char* name;
        std::string link;
        ErrorCode code;
    };
    const std::string huge(k_max_link_chars + 1, 'A');
    const Case cases[] = {
        {"empty", "", ErrorCode::link_malformed},
        {"no fragment", "https://example.org/gloss/", ErrorCode::link_malformed},
        {"other prefix", "#x1.abc", ErrorCode::link_malformed},
        {"unknown link version", "#g2." + good.substr(4), ErrorCode::unsupported_version},
        {"not base64url", "#g1.$$$$", ErrorCode::link_malformed},
        {"truncated", good.substr(0, good.size() - 7), ErrorCode::link_malformed},
        {"truncated to the prefix", "#g1.", ErrorCode::link_malformed},
        {"oversized before decoding", "#g1." + huge, ErrorCode::link_too_large},
        {"not JSON inside", forge_raw("hello"), ErrorCode::json_parse},
        {"JSON too deep", forge_raw(std::string(100, '[') + std::string(100, ']')), ErrorCode::json_too_deep},
        {"JSON array", forge_raw("[1,2,3]"), ErrorCode::schema},
        {"no version", forge_raw("{\"t\":\"x\"}"), ErrorCode::schema},
        {"unknown payload version", forge(json{{"v", 7}, {"t", "Text"}, {"f", "0"}}),
         ErrorCode::unsupported_version},
        {"missing check value", forge(valid_text_root("A headline\nBody."), false), ErrorCode::schema},
        {"unknown sample", forge(json{{"v", 1}, {"h", "0123456789abcdef"}, {"f", "0"}}),
         ErrorCode::unknown_sample},
        {"both text and hash", forge(json{{"v", 1}, {"h", "0"}, {"t", "x"}, {"f", "0"}}), ErrorCode::schema},
        {"text of the wrong type", forge(json{{"v", 1}, {"t", 42}, {"f", "0"}}), ErrorCode::schema},
        {"empty text", forge(valid_text_root("")), ErrorCode::empty_text},
        {"whitespace text", forge(valid_text_root(" \n\t \n")), ErrorCode::empty_text},
        {"binary text", forge(valid_text_root(std::string("abc\0def", 7))), ErrorCode::binary_data},
        {"CR in text", forge(valid_text_root("Headline\r\nBody text.")), ErrorCode::schema},
        {"text above the article cap", forge(valid_text_root(std::string(k_max_text_bytes + 16, 'a'))),
         ErrorCode::text_too_large},
    };
    for (const auto& c : cases) {
        auto r = decode_share_link(c.link);
        CHECK_MESSAGE(r.code() == c.code, (std::string(c.name) + ": got " + error_code_name(r.code())));
        if (!r.ok()) CHECK_FALSE(r.error().message.empty());
    }
}

TEST_CASE("forged payloads of the wrong shape are refused") {
    const std::string text = "A headline\nThe body mentions Vu\xC4\x8Di\xC4\x87 and 42 things.";
    const auto with = [&](const char* key, json value) {
        json root = valid_text_root(text);
        root[key] = std::move(value);
        return forge(root);
    };
    struct Case {
        const char* name;
        std::string link;
        ErrorCode code;
    };
    const Case cases[] = {
        {"annotations not a list", with("a", json::object()), ErrorCode::schema},
        {"annotation not an array", with("a", json::array({json::object()})), ErrorCode::schema},
        {"annotation too short", with("a", json::array({json::array({1, 0})})), ErrorCode::schema},
        {"annotation id zero", with("a", json::array({json::array({0, 0, 1, 0})})), ErrorCode::schema},
        {"annotation past the end", with("a", json::array({json::array({500, 0, 1000, 0})})),
         ErrorCode::bad_range},
        {"annotation splits a character", with("a", json::array({json::array({500, 32, 1, 0})})),
         ErrorCode::bad_range},
        {"unknown kind", with("a", json::array({json::array({500, 0, 1, 9})})), ErrorCode::schema},
        {"string offset", with("a", json::array({json::array({500, "0", 1, 0})})), ErrorCode::schema},
        {"float offset", with("a", json::array({json::array({500, 0.5, 1, 0})})), ErrorCode::schema},
        {"bad colour", with("a", json::array({json::array({500, 0, 1, 5, 1, "", "", -1, -1, "", "red"})})),
         ErrorCode::schema},
        {"duplicate ids", with("a", json::array({json::array({500, 0, 1, 5}), json::array({500, 2, 1, 5})})),
         ErrorCode::schema},
        {"unknown entity", with("a", json::array({json::array({500, 0, 1, 5, 1, "", "", 9999})})),
         ErrorCode::schema},
        {"removed list of objects", with("x", json::array({json::object()})), ErrorCode::schema},
        {"view not an object", with("w", json::array()), ErrorCode::schema},
        {"scroll past the end", with("w", json{{"s", 100000}}), ErrorCode::bad_range},
        {"kind mask too wide", with("w", json{{"k", 4096}}), ErrorCode::schema},
        {"theme not 0/1", with("w", json{{"d", 2}}), ErrorCode::schema},
        {"entity record wrong shape", with("E", json::array({json::array({1, 0})})), ErrorCode::schema},
        {"title not a string", with("n", 5), ErrorCode::schema},
    };
    for (const auto& c : cases) {
        auto r = decode_share_link(c.link);
        CHECK_MESSAGE(r.code() == c.code, (std::string(c.name) + ": got " + error_code_name(r.code())));
    }
    // The same payload with a valid annotation decodes: the failures above are about the fields.
    auto ok = decode_share_link(with("a", json::array({json::array({500, 0, 1, 5, 1, "note"})})));
    REQUIRE_MESSAGE(ok.ok(), (ok.ok() ? std::string() : ok.error().message));
    CHECK(ok->exact);
}

TEST_CASE("every single-character corruption of a link is refused") {
    ShareState state = sample_state();
    state.document.annotations.push_back(
        user_note(state.document.next_annotation_id(), find_word(state.document.text, "Serbia"), "A note"));
    const std::string link = encode_share_link(state);
    int refused = 0;
    for (std::size_t i = 4; i < link.size(); ++i) {
        std::string bad = link;
        bad[i] = bad[i] == 'A' ? 'B' : 'A';
        auto r = decode_share_link(bad);
        if (!r.ok()) {
            ++refused;
            continue;
        }
        // Only a change in the unused padding bits after deflate's end-of-block code may decode,
        // and then to exactly the same state: never to a silently different one.
        CHECK_MESSAGE(same_share_state(r->state, state), "position ", i);
        CHECK(i + 2 >= link.size()); // the last byte spans the last two characters
    }
    MESSAGE(refused, " of ", link.size() - 4, " corrupted links refused");
    CHECK(refused >= static_cast<int>(link.size() - 5));
}

TEST_CASE("a state the decoder would refuse is repaired on encoding, so the link always opens") {
    ShareState state = sample_state();
    const std::string& text = state.document.text;
    Annotation a = user_note(5, find_word(text, "Serbia"), std::string(k_max_note_bytes + 10, 'n'));
    a.entity = 99999;             // no such entity
    a.color = "red";              // not #rrggbb
    state.document.annotations.push_back(a); // id 5 is also an automatic annotation's id
    Annotation split = user_note(900001, {0, 2}, "splits nothing but is fine");
    state.document.annotations.push_back(split);
    Annotation outside = user_note(900002, {0, static_cast<std::uint32_t>(text.size() + 5)}, "outside");
    state.document.annotations.push_back(outside);
    state.view.focused_entity = 123456;
    state.view.scroll_byte_offset = static_cast<std::uint32_t>(text.size() + 100);
    auto decoded = decode_share_link(encode_share_link(state));
    REQUIRE_MESSAGE(decoded.ok(), (decoded.ok() ? std::string() : decoded.error().message));
    CHECK(decoded->state.view.focused_entity == k_no_entity);
    CHECK(decoded->state.view.scroll_byte_offset == text.size());
    bool found = false;
    for (const auto& b : decoded->state.document.annotations) {
        CHECK(b.note != "outside");
        if (b.note.size() == k_max_note_bytes) {
            found = true;
            CHECK(b.entity == k_no_entity);
            CHECK(b.color.empty());
            CHECK(b.range == a.range);
        }
    }
    CHECK(found);
}
