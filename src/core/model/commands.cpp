// SPDX-License-Identifier: MIT
// Undoable annotation edits, entity recounting and re-annotation that respects user work.
#include "gloss/commands.h"
#include "gloss/limits.h"

#include <algorithm>
#include <cctype>

namespace gloss::core {

namespace {

const std::string k_empty;

Result<bool> check_range(const Document& doc, ByteRange range) {
    if (range.start >= range.end || range.end > doc.text.size())
        return make_error(ErrorCode::bad_range, "The selection is outside the text.", range.start);
    if (!is_utf8_boundary(doc.text, range.start) || !is_utf8_boundary(doc.text, range.end))
        return make_error(ErrorCode::bad_range, "The selection splits a character.", range.start);
    return true;
}

Result<bool> check_fields(const std::string& note, const std::string& author, const std::string& color) {
    if (note.size() > k_max_note_bytes || author.size() > k_max_note_bytes)
        return make_error(ErrorCode::schema, "The note is longer than " + std::to_string(k_max_note_bytes / 1024) + " KB.");
    if (!color.empty()) {
        bool ok = color.size() == 7 && color[0] == '#';
        for (std::size_t i = 1; ok && i < color.size(); ++i) ok = std::isxdigit(static_cast<unsigned char>(color[i])) != 0;
        if (!ok) return make_error(ErrorCode::schema, "A colour must look like #rrggbb.");
    }
    return true;
}

std::vector<Annotation>::iterator find_by_id(std::vector<Annotation>& list, AnnotationId id) {
    return std::find_if(list.begin(), list.end(), [id](const Annotation& a) { return a.id == id; });
}

void replace(Document& doc, const std::vector<Annotation>& remove, const std::vector<Annotation>& add) {
    for (const auto& a : remove) {
        auto it = find_by_id(doc.annotations, a.id);
        if (it != doc.annotations.end()) doc.annotations.erase(it);
    }
    doc.annotations.insert(doc.annotations.end(), add.begin(), add.end());
    sort_annotations(doc.annotations);
    recount_entities(doc);
}

bool same_rejection(const Rejection& a, const Rejection& b) { return a.range == b.range && a.kind == b.kind; }

} // namespace

Result<Command> make_add(const Document& doc, ByteRange range, Kind kind, std::string subtype, std::string note,
                         std::string author, std::string color) {
    if (auto r = check_range(doc, range); !r) return r.error();
    if (auto r = check_fields(note, author, color); !r) return r.error();
    if (doc.annotations.size() >= k_max_annotations)
        return make_error(ErrorCode::too_many_annotations,
                          "This document already has " + std::to_string(k_max_annotations) + " annotations.");
    Annotation a;
    a.id = doc.next_annotation_id();
    a.range = range;
    a.kind = kind;
    a.subtype = std::move(subtype);
    a.origin = Origin::user;
    a.note = std::move(note);
    a.author = std::move(author);
    a.color = std::move(color);
    Command c;
    c.label = std::string("Add ") + (kind == Kind::highlight ? "highlight" : kind_name(kind));
    c.after.push_back(std::move(a));
    return c;
}

Result<Command> make_update(const Document& doc, AnnotationId id, const AnnotationPatch& patch) {
    const Annotation* old = doc.find_annotation(id);
    if (!old) return make_error(ErrorCode::not_found, "There is no annotation " + std::to_string(id) + ".");
    Annotation a = *old;
    if (patch.range) {
        if (auto r = check_range(doc, *patch.range); !r) return r.error();
        a.range = *patch.range;
    }
    if (patch.kind && *patch.kind != a.kind) {
        a.kind = *patch.kind;
        a.subtype.clear();
        if (a.kind != Kind::quote) a.speaker = k_no_entity;
        a.entity = k_no_entity; // a relabelled mention no longer belongs to its old entity
    }
    if (patch.subtype) a.subtype = *patch.subtype;
    if (patch.note) a.note = *patch.note;
    if (patch.author) a.author = *patch.author;
    if (patch.color) a.color = *patch.color;
    if (auto r = check_fields(a.note, a.author, a.color); !r) return r.error();
    Command c;
    c.label = patch.kind ? "Relabel" : (patch.note ? "Edit note" : "Edit annotation");
    // Correcting an automatic annotation makes it the user's: a re-annotation must not undo it.
    if (a.origin == Origin::automatic && (patch.kind || patch.range)) {
        a.origin = Origin::user;
        c.rejected_added.push_back({old->range, old->kind});
    } else if (a.origin == Origin::automatic && (patch.note || patch.color)) {
        a.origin = Origin::user;
    }
    c.before.push_back(*old);
    c.after.push_back(std::move(a));
    return c;
}

Result<Command> make_remove(const Document& doc, AnnotationId id) {
    const Annotation* old = doc.find_annotation(id);
    if (!old) return make_error(ErrorCode::not_found, "There is no annotation " + std::to_string(id) + ".");
    Command c;
    c.label = old->origin == Origin::automatic ? "Reject annotation" : "Delete annotation";
    c.before.push_back(*old);
    if (old->origin == Origin::automatic) c.rejected_added.push_back({old->range, old->kind});
    return c;
}

Result<Command> make_accept(const Document& doc, AnnotationId id) {
    const Annotation* old = doc.find_annotation(id);
    if (!old) return make_error(ErrorCode::not_found, "There is no annotation " + std::to_string(id) + ".");
    Command c;
    c.label = "Accept annotation";
    c.before.push_back(*old);
    Annotation a = *old;
    a.origin = Origin::user;
    c.after.push_back(std::move(a));
    return c;
}

AnnotationId History::apply(Document& doc, Command command) {
    replace(doc, command.before, command.after);
    for (const auto& r : command.rejected_added) doc.rejected.push_back(r);
    const AnnotationId id = command.after.empty() ? 0 : command.after.front().id;
    m_undo.push_back(std::move(command));
    m_redo.clear();
    return id;
}

bool History::undo(Document& doc) {
    if (m_undo.empty()) return false;
    Command c = std::move(m_undo.back());
    m_undo.pop_back();
    replace(doc, c.after, c.before);
    for (auto it = c.rejected_added.rbegin(); it != c.rejected_added.rend(); ++it) {
        auto found = std::find_if(doc.rejected.rbegin(), doc.rejected.rend(),
                                  [&](const Rejection& r) { return same_rejection(r, *it); });
        if (found != doc.rejected.rend()) doc.rejected.erase(std::next(found).base());
    }
    m_redo.push_back(std::move(c));
    return true;
}

bool History::redo(Document& doc) {
    if (m_redo.empty()) return false;
    Command c = std::move(m_redo.back());
    m_redo.pop_back();
    replace(doc, c.before, c.after);
    for (const auto& r : c.rejected_added) doc.rejected.push_back(r);
    m_undo.push_back(std::move(c));
    return true;
}

const std::string& History::undo_label() const { return m_undo.empty() ? k_empty : m_undo.back().label; }
const std::string& History::redo_label() const { return m_redo.empty() ? k_empty : m_redo.back().label; }

void History::clear() {
    m_undo.clear();
    m_redo.clear();
}

void recount_entities(Document& doc) {
    // Entity ids are usually 0..m-1 (detection assigns them so): index them once, so a
    // recount is linear in the annotations even for very large documents.
    std::vector<Entity*> by_id;
    for (auto& e : doc.entities) {
        e.mentions = 0;
        if (e.id < 0 || static_cast<std::size_t>(e.id) > 4 * doc.entities.size() + 1024) continue;
        if (by_id.size() <= static_cast<std::size_t>(e.id)) by_id.resize(static_cast<std::size_t>(e.id) + 1, nullptr);
        by_id[static_cast<std::size_t>(e.id)] = &e;
    }
    for (const auto& a : doc.annotations) {
        if (a.entity == k_no_entity) continue;
        if (a.entity >= 0 && static_cast<std::size_t>(a.entity) < by_id.size() && by_id[static_cast<std::size_t>(a.entity)]) {
            ++by_id[static_cast<std::size_t>(a.entity)]->mentions;
            continue;
        }
        for (auto& e : doc.entities) { // sparse ids: fall back to a search
            if (e.id == a.entity) {
                ++e.mentions;
                break;
            }
        }
    }
}

void reannotate(Document& doc) {
    Detection fresh = annotate(doc.text, doc.blocks);
    std::vector<Annotation> kept;
    for (auto& a : doc.annotations)
        if (a.origin == Origin::user) kept.push_back(std::move(a));
    // Entity ids come from the detection run, so carry user references over by (kind, name).
    const auto remap = [&](EntityId old_id) {
        const Entity* old_entity = doc.find_entity(old_id);
        if (!old_entity) return k_no_entity;
        for (const auto& e : fresh.entities)
            if (e.kind == old_entity->kind && e.name == old_entity->name) return e.id;
        return k_no_entity;
    };
    AnnotationId next = 1;
    for (const auto& a : kept) next = std::max(next, a.id + 1);
    for (auto& a : kept) {
        if (a.entity != k_no_entity) a.entity = remap(a.entity);
        if (a.speaker != k_no_entity) a.speaker = remap(a.speaker);
    }
    const std::size_t user_count = kept.size();
    for (auto& a : fresh.annotations) {
        const auto blocked = [&](ByteRange r, Kind k) {
            for (std::size_t i = 0; i < user_count; ++i)
                if (kept[i].kind == k && kept[i].range.overlaps(r)) return true;
            for (const auto& rej : doc.rejected)
                if (rej.kind == k && rej.range.overlaps(r)) return true;
            return false;
        };
        if (blocked(a.range, a.kind)) continue;
        a.id = next++;
        kept.push_back(std::move(a));
    }
    doc.annotations = std::move(kept);
    doc.entities = std::move(fresh.entities);
    sort_annotations(doc.annotations);
    recount_entities(doc);
}

} // namespace gloss::core
