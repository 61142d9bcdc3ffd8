// SPDX-License-Identifier: MIT
// Undoable edits, rejected automatic mentions, re-annotation and the practice check.
#include "gloss/commands.h"
#include "gloss/practice.h"

#include <doctest/doctest.h>

using namespace gloss::core;

namespace {

Annotation make(AnnotationId id, std::uint32_t s, std::uint32_t e, Kind kind, Origin origin = Origin::automatic,
                EntityId entity = k_no_entity) {
    Annotation a;
    a.id = id;
    a.range = {s, e};
    a.kind = kind;
    a.origin = origin;
    a.entity = entity;
    return a;
}

// "Ana Vu\xC4\x8D met Bo in Rome." : Ana Vuč [0,8) Bo [13,15) Rome [19,23)
Document doc_with_autos() {
    Document doc;
    doc.text = "Ana Vu\xC4\x8D met Bo in Rome.";
    doc.blocks = parse_blocks(doc.text);
    doc.entities = {{0, Kind::person, "Ana Vu\xC4\x8D", 1}, {1, Kind::place, "Rome", 1}};
    doc.annotations = {make(1, 0, 8, Kind::person, Origin::automatic, 0),
                       make(2, 19, 23, Kind::place, Origin::automatic, 1)};
    return doc;
}

} // namespace

TEST_CASE("add, update and remove are undoable and redoable") {
    Document doc = doc_with_autos();
    History history;
    const std::string original = document_to_json(doc);

    auto add = make_add(doc, {13, 15}, Kind::person, "partial", "who is Bo?", "Ana");
    REQUIRE(add.ok());
    const AnnotationId id = history.apply(doc, std::move(*add));
    CHECK(id == 3);
    REQUIRE(doc.find_annotation(id));
    CHECK(doc.find_annotation(id)->origin == Origin::user);
    CHECK(doc.annotations[1].id == id); // kept in text order

    AnnotationPatch patch;
    patch.note = std::string("Bo is a coach");
    REQUIRE(make_update(doc, id, patch).ok());
    history.apply(doc, *make_update(doc, id, patch));
    CHECK(doc.find_annotation(id)->note == "Bo is a coach");
    const std::string after_edit = document_to_json(doc);

    history.apply(doc, *make_remove(doc, id));
    CHECK(doc.find_annotation(id) == nullptr);
    CHECK(doc.rejected.empty()); // deleting one's own mark rejects nothing

    CHECK(history.undo(doc));
    CHECK(document_to_json(doc) == after_edit);
    CHECK(history.undo(doc));
    CHECK(doc.find_annotation(id)->note == "who is Bo?");
    CHECK(history.undo(doc));
    CHECK(document_to_json(doc) == original);
    CHECK_FALSE(history.undo(doc));
    CHECK(history.redo(doc));
    CHECK(history.redo(doc));
    CHECK(history.redo(doc));
    CHECK(doc.find_annotation(id) == nullptr);
    CHECK_FALSE(history.redo(doc));

    SUBCASE("a new command clears redo") {
        history.undo(doc);
        CHECK(history.can_redo());
        history.apply(doc, *make_add(doc, {0, 3}, Kind::highlight));
        CHECK_FALSE(history.can_redo());
    }
}

TEST_CASE("commands refuse bad ranges, unknown ids and bad fields without touching the document") {
    Document doc = doc_with_autos();
    const std::string before = document_to_json(doc);
    CHECK(make_add(doc, {5, 5}, Kind::person).code() == ErrorCode::bad_range);
    CHECK(make_add(doc, {0, 999}, Kind::person).code() == ErrorCode::bad_range);
    CHECK(make_add(doc, {0, 7}, Kind::person).code() == ErrorCode::bad_range); // splits č
    CHECK(make_add(doc, {0, 3}, Kind::highlight, "", "", "", "blue").code() == ErrorCode::schema);
    CHECK(make_remove(doc, 99).code() == ErrorCode::not_found);
    CHECK(make_update(doc, 99, {}).code() == ErrorCode::not_found);
    CHECK(document_to_json(doc) == before);
}

TEST_CASE("rejecting an automatic mention records it, and undo forgets it") {
    Document doc = doc_with_autos();
    History history;
    history.apply(doc, *make_remove(doc, 2));
    REQUIRE(doc.rejected.size() == 1);
    CHECK(doc.rejected[0].kind == Kind::place);
    CHECK(doc.entities[1].mentions == 0);
    history.undo(doc);
    CHECK(doc.rejected.empty());
    CHECK(doc.entities[1].mentions == 1);
}

TEST_CASE("relabelling an automatic mention makes it the user's and rejects the old label") {
    Document doc = doc_with_autos();
    History history;
    AnnotationPatch patch;
    patch.kind = Kind::org;
    history.apply(doc, *make_update(doc, 2, patch));
    const Annotation* a = doc.find_annotation(2);
    REQUIRE(a);
    CHECK(a->kind == Kind::org);
    CHECK(a->origin == Origin::user);
    CHECK(a->entity == k_no_entity);
    REQUIRE(doc.rejected.size() == 1);
    CHECK(doc.rejected[0].kind == Kind::place);
}

TEST_CASE("rejections and user marks survive a JSON round trip and re-annotation") {
    auto made = make_document("Vladimir Putin met Aleksandar Vu\xC4\x8Di\xC4\x87 in Moscow on May 9, 2024.");
    REQUIRE(made.ok());
    Document doc = *made;
    History history;
    const Annotation* moscow = nullptr;
    for (const auto& a : doc.annotations)
        if (a.kind == Kind::place) moscow = &a;
    REQUIRE(moscow);
    const ByteRange moscow_range = moscow->range;
    history.apply(doc, *make_remove(doc, moscow->id));
    history.apply(doc, *make_add(doc, {0, 8}, Kind::highlight, "", "first name"));

    auto loaded = document_from_json(document_to_json(doc));
    REQUIRE(loaded.ok());
    CHECK(loaded->rejected.size() == 1);
    reannotate(*loaded);
    bool moscow_back = false;
    bool note_kept = false;
    for (const auto& a : loaded->annotations) {
        moscow_back |= a.kind == Kind::place && a.range.overlaps(moscow_range);
        note_kept |= a.origin == Origin::user && a.note == "first name";
    }
    CHECK_FALSE(moscow_back);
    CHECK(note_kept);
}

TEST_CASE("practice check matches marks one-to-one by overlap per kind") {
    Document doc = doc_with_autos();
    doc.annotations.push_back(make(10, 4, 8, Kind::person, Origin::user));    // overlaps Ana Vuč: hit
    doc.annotations.push_back(make(11, 0, 3, Kind::person, Origin::user));    // second mark on the same answer: extra
    doc.annotations.push_back(make(12, 13, 15, Kind::person, Origin::user));  // no answer: extra
    doc.annotations.push_back(make(13, 19, 23, Kind::org, Origin::user));     // wrong kind for Rome: extra
    doc.annotations.push_back(make(14, 0, 23, Kind::highlight, Origin::user)); // ignored
    sort_annotations(doc.annotations);
    const PracticeReport r = check_practice(doc);
    CHECK(r.total.hits == 1);
    CHECK(r.total.extras == 3);
    CHECK(r.total.misses == 1); // Rome as PLACE
    CHECK(r.per_kind[static_cast<int>(Kind::person)].hits == 1);
    CHECK(r.per_kind[static_cast<int>(Kind::place)].misses == 1);
    CHECK(r.score == doctest::Approx(2.0 / 6.0));
    REQUIRE(r.items.size() == 5);
    CHECK(r.items.front().range.start == 0);
}

TEST_CASE("practice check with no marks and no answers scores 1") {
    Document doc;
    doc.text = "Nothing here.";
    CHECK(check_practice(doc).score == 1.0);
}

TEST_CASE("recount_entities counts mentions with dense and sparse entity ids") {
    Document doc = doc_with_autos();
    doc.entities.push_back({1000000, Kind::org, "Sparse Org", 7});
    doc.annotations.push_back(make(3, 13, 15, Kind::org, Origin::user, 1000000));
    doc.annotations.push_back(make(4, 0, 3, Kind::person, Origin::user, 0));
    recount_entities(doc);
    CHECK(doc.entities[0].mentions == 2);
    CHECK(doc.entities[1].mentions == 1);
    CHECK(doc.entities[2].mentions == 1);
}
