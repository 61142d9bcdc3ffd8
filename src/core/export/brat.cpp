// SPDX-License-Identifier: MIT
// brat standoff (.ann): text-bound annotations with code point offsets, attributes and notes.
#include "export/anchoring.h"

#include "gloss/limits.h"

#include <map>

namespace gloss::core {

namespace {

// brat lines are tab-separated and one line each: tabs and line breaks become spaces.
std::string one_line(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return out;
}

// Fragments of a range split at line breaks, without empty ones.
std::vector<ByteRange> fragments(std::string_view text, ByteRange r) {
    std::vector<ByteRange> out;
    std::uint32_t start = r.start;
    for (std::uint32_t i = r.start; i <= r.end; ++i) {
        if (i == r.end || text[i] == '\n') {
            if (i > start) out.push_back({start, i});
            start = i + 1;
        }
    }
    return out;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == sep) {
            out.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

bool parse_u64(std::string_view s, std::uint64_t& out) {
    if (s.empty() || s.size() > 12) return false;
    out = 0;
    for (const char c : s) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return true;
}

} // namespace

std::string export_brat(const Document& doc) {
    const detail::CodePointMap cps(doc.text);
    std::string out;
    std::uint32_t attribute = 0;
    std::uint32_t note = 0;
    for (const auto& a : doc.annotations) {
        const auto parts = fragments(doc.text, a.range);
        if (parts.empty()) continue; // a range of line breaks only: brat cannot express it
        const std::string tid = "T" + std::to_string(a.id);
        out += tid + '\t' + kind_name(a.kind) + ' ';
        std::string covered;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (i) {
                out += ';';
                covered += ' ';
            }
            out += std::to_string(cps.cp_from_byte(parts[i].start)) + ' ' +
                   std::to_string(cps.cp_from_byte(parts[i].end));
            covered += one_line(std::string_view(doc.text).substr(parts[i].start, parts[i].size()));
        }
        out += '\t' + covered + '\n';
        if (!a.subtype.empty())
            out += "A" + std::to_string(++attribute) + "\tSubtype " + tid + ' ' + one_line(a.subtype) + '\n';
        if (a.origin == Origin::user)
            out += "A" + std::to_string(++attribute) + "\tOrigin " + tid + " user\n";
        if (!a.note.empty())
            out += "#" + std::to_string(++note) + "\tAnnotatorNotes " + tid + '\t' + one_line(a.note) + '\n';
    }
    return out;
}

namespace detail {

Result<ImportResult> import_brat(std::string_view data, std::optional<std::string_view> target_text) {
    if (!target_text)
        return make_error(ErrorCode::schema,
                          "A brat .ann file does not contain the article: give its .txt as well.");
    auto text = prepare_text(*target_text);
    if (!text) return text.error();
    if (data.size() > k_max_json_bytes)
        return make_error(ErrorCode::text_too_large, "The .ann file is too large.");
    const std::string ann = normalize_text(data);
    const CodePointMap cps(*text);
    const std::string_view t = *text;

    std::vector<Candidate> candidates;
    std::map<std::string, std::size_t> by_tid;
    std::size_t line_no = 0;
    for (std::string_view line : split(ann, '\n')) {
        ++line_no;
        if (line.empty()) continue;
        const auto cols = split(line, '\t');
        const std::string where = "line " + std::to_string(line_no);
        if (cols.size() < 2)
            return make_error(ErrorCode::schema, "This is not a brat .ann file (" + where + " has no tab).");
        const std::string_view id = cols[0];
        if (id.empty()) return make_error(ErrorCode::schema, where + " has no annotation id.");
        if (id[0] == 'T') {
            if (cols.size() < 3)
                return make_error(ErrorCode::schema, where + ": a text-bound annotation needs its text.");
            const auto head = cols[1];
            const auto space = head.find(' ');
            if (space == std::string_view::npos)
                return make_error(ErrorCode::schema, where + " has no offsets.");
            Candidate c;
            std::string subtype;
            c.annotation.kind = kind_from_label(head.substr(0, space), subtype).value_or(Kind::highlight);
            c.annotation.subtype = subtype;
            c.annotation.origin = Origin::automatic;
            std::uint64_t numeric_id = 0;
            if (parse_u64(id.substr(1), numeric_id) && numeric_id > 0 && numeric_id <= 0xffffffffull)
                c.annotation.id = static_cast<AnnotationId>(numeric_id);
            std::vector<ByteRange> parts;
            bool in_text = true;
            for (std::string_view frag : split(head.substr(space + 1), ';')) {
                const auto nums = split(frag, ' ');
                std::uint64_t s = 0, e = 0;
                if (nums.size() != 2 || !parse_u64(nums[0], s) || !parse_u64(nums[1], e) || s >= e)
                    return make_error(ErrorCode::schema, where + " has malformed offsets.");
                const auto b0 = cps.byte_from_cp(s);
                const auto b1 = cps.byte_from_cp(e);
                if (!b0 || !b1)
                    in_text = false;
                else
                    parts.push_back({*b0, *b1});
            }
            const std::string_view covered = line.substr(cols[0].size() + cols[1].size() + 2);
            if (parts.size() == 1 || (!in_text && split(head.substr(space + 1), ';').size() == 1)) {
                c.quote.exact = std::string(covered);
                if (in_text) {
                    c.hint = parts[0];
                    // The export wrote tabs in the covered text as spaces (one_line): the position
                    // still holds the quote when it matches after the same substitution (fuzz: import).
                    const std::string_view at = t.substr(parts[0].start, parts[0].size());
                    if (at != covered && one_line(at) == covered) c.quote.exact = std::string(at);
                }
                // Context for re-anchoring is not in brat; the exact text alone is searched.
            } else if (in_text) {
                // Several fragments: placed only when every fragment still holds its text.
                std::string joined;
                for (std::size_t i = 0; i < parts.size(); ++i) {
                    if (i) joined += ' ';
                    joined += one_line(t.substr(parts[i].start, parts[i].size()));
                }
                if (joined == covered) c.hint = ByteRange{parts.front().start, parts.back().end};
            }
            by_tid[std::string(id)] = candidates.size();
            candidates.push_back(std::move(c));
        } else if (id[0] == 'A' || id[0] == 'M') {
            const auto parts = split(cols[1], ' ');
            if (parts.size() < 2) continue;
            const auto it = by_tid.find(std::string(parts[1]));
            if (it == by_tid.end()) continue;
            Annotation& a = candidates[it->second].annotation;
            if (parts[0] == "Subtype" && parts.size() >= 3)
                a.subtype = std::string(parts[2]);
            else if (parts[0] == "Origin" && parts.size() >= 3)
                a.origin = parts[2] == "user" ? Origin::user : Origin::automatic;
        } else if (id[0] == '#') {
            const auto parts = split(cols[1], ' ');
            if (parts.size() < 2 || parts[0] != "AnnotatorNotes" || cols.size() < 3) continue;
            const auto it = by_tid.find(std::string(parts[1]));
            if (it == by_tid.end()) continue;
            candidates[it->second].annotation.note =
                std::string(line.substr(cols[0].size() + cols[1].size() + 2)).substr(0, k_max_note_bytes);
        }
        // Relations (R), events (E), equivalences (*) and normalizations (N) have no Gloss meaning.
    }
    return place_candidates(std::move(*text), std::move(candidates), {}, {});
}

} // namespace detail

} // namespace gloss::core
