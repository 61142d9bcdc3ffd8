// SPDX-License-Identifier: MIT
// Undoable edits: every change to a document's annotations goes through a Command and History.
#pragma once

#include "gloss/document.h"

#include <optional>
#include <string>
#include <vector>

namespace gloss::core {

/// What a user may change on an annotation; unset fields stay as they are.
struct AnnotationPatch {
    std::optional<Kind> kind;
    std::optional<std::string> subtype;
    std::optional<std::string> note;
    std::optional<std::string> author;
    std::optional<std::string> color;
    std::optional<ByteRange> range;
};

/// One undoable step: the annotations it replaces and the ones it puts in their place
/// (an add has no before, a delete no after), plus the rejected-span list before and after.
struct Command {
    std::string label;                  ///< "Add PERSON", "Delete note"… shown in the UI
    std::vector<Annotation> before;
    std::vector<Annotation> after;
    std::vector<Rejection> rejected_added;   ///< automatic mentions the user rejected in this step
};

/// Builds commands against the current document (validating input) without changing it.
/// Each returns an error for a range outside the text, off a UTF-8 boundary, an unknown id,
/// a note above k_max_note_bytes, or a document at k_max_annotations.
Result<Command> make_add(const Document& doc, ByteRange range, Kind kind, std::string subtype = {},
                         std::string note = {}, std::string author = {}, std::string color = {});
Result<Command> make_update(const Document& doc, AnnotationId id, const AnnotationPatch& patch);
/// Deleting an automatic annotation records its span as rejected, so re-annotation keeps it away.
Result<Command> make_remove(const Document& doc, AnnotationId id);
/// Accepting an automatic annotation makes it the user's (origin user), so it survives re-annotation.
Result<Command> make_accept(const Document& doc, AnnotationId id);

/// Applies commands and keeps the undo and redo stacks. A new command clears redo.
class History {
public:
    /// Applies the command; returns the id of the first annotation it added or changed (0 if none).
    AnnotationId apply(Document& doc, Command command);
    bool undo(Document& doc);
    bool redo(Document& doc);
    bool can_undo() const { return !m_undo.empty(); }
    bool can_redo() const { return !m_redo.empty(); }
    const std::string& undo_label() const;
    const std::string& redo_label() const;
    void clear();
    std::size_t size() const { return m_undo.size(); }

private:
    std::vector<Command> m_undo;
    std::vector<Command> m_redo;
};

/// Recomputes every entity's mention count from the annotations that point to it.
void recount_entities(Document& doc);

/// Re-runs detection on the document's text and merges it with the user's work: user
/// annotations are kept as they are; automatic ones are replaced by the new detection, except
/// where they overlap a user annotation of the same kind or a rejected span (the user's
/// correction wins). Ids of kept annotations do not change.
void reannotate(Document& doc);

} // namespace gloss::core
