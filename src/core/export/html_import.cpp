// SPDX-License-Identifier: MIT
// HTML page -> article text: a linear, non-recursive tag scanner with entity decoding.
#include "gloss/html_import.h"

#include "gloss/limits.h"
#include "gloss/text.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace gloss::core {

namespace {

struct NamedReference {
    const char* name;
    char32_t cp;
};

// HTML's Latin-1 set (U+00A0..U+00FF in order), then punctuation, symbols and the Central
// European letters real names need (Vučić, Čukaru).
constexpr const char* k_latin1[] = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",
    "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",
    "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12",
    "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
    "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde",
    "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",
    "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",
    "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
    "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

constexpr NamedReference k_named[] = {
    {"quot", 0x22},     {"amp", 0x26},      {"apos", 0x27},     {"lt", 0x3C},       {"gt", 0x3E},
    {"OElig", 0x152},   {"oelig", 0x153},   {"Scaron", 0x160},  {"scaron", 0x161},  {"Yuml", 0x178},
    {"fnof", 0x192},    {"circ", 0x2C6},    {"tilde", 0x2DC},   {"ensp", 0x2002},   {"emsp", 0x2003},
    {"thinsp", 0x2009}, {"zwnj", 0x200C},   {"zwj", 0x200D},    {"lrm", 0x200E},    {"rlm", 0x200F},
    {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201A},
    {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"dagger", 0x2020}, {"Dagger", 0x2021},
    {"bull", 0x2022},   {"hellip", 0x2026}, {"permil", 0x2030}, {"prime", 0x2032},  {"Prime", 0x2033},
    {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"euro", 0x20AC},   {"trade", 0x2122},  {"minus", 0x2212},
    {"Cacute", 0x106},  {"cacute", 0x107},  {"Ccaron", 0x10C},  {"ccaron", 0x10D},  {"Dstrok", 0x110},
    {"dstrok", 0x111},  {"Sacute", 0x15A},  {"sacute", 0x15B},  {"Zcaron", 0x17D},  {"zcaron", 0x17E},
    {"Lstrok", 0x141},  {"lstrok", 0x142},  {"Nacute", 0x143},  {"nacute", 0x144},  {"Zacute", 0x179},
    {"zacute", 0x17A},  {"Zdot", 0x17B},    {"zdot", 0x17C},    {"hyphen", 0x2010}, {"nbhy", 0x2011},
};

// HTML maps numeric references 0x80..0x9F to Windows-1252 (0 = unassigned there).
constexpr char16_t k_cp1252[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                   0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                   0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                   0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }
bool is_ws(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r'; }

bool starts_with_ci(std::string_view s, std::size_t at, std::string_view prefix) {
    if (at + prefix.size() > s.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (lower(s[at + i]) != prefix[i]) return false;
    return true;
}

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool is_dropped(std::string_view tag) {
    return one_of(tag, {"script", "style",  "noscript", "template", "nav",    "header", "footer", "aside",
                        "form",   "button", "select",   "textarea", "iframe", "object", "svg",    "math",
                        "canvas", "dialog", "head",     "menu",     "video",  "audio"});
}
bool is_raw_text(std::string_view tag) {
    return one_of(tag, {"script", "style", "textarea", "title", "xmp", "noscript", "template", "iframe",
                        "noembed", "noframes", "plaintext"});
}
bool is_void(std::string_view tag) {
    return one_of(tag, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                        "source", "track", "wbr"});
}
bool is_block(std::string_view tag) {
    return one_of(tag,
                  {"p",          "h1",   "h2",      "h3",      "h4",     "h5",     "h6", "li", "blockquote",
                   "figcaption", "div",  "section", "article", "main",   "pre",    "td", "th", "tr",
                   "dt",         "dd",   "ul",      "ol",      "table",  "figure", "hr", "br", "address",
                   "body",       "html", "caption", "summary", "details"});
}

// Decodes character references in s (text or an attribute value) and appends it to out.
void append_decoded(std::string& out, std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] != '&') {
            out.push_back(s[i++]);
            continue;
        }
        std::size_t j = i + 1;
        if (j < s.size() && s[j] == '#') {
            ++j;
            const bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
            if (hex) ++j;
            const std::size_t digits_start = j;
            std::uint64_t v = 0;
            while (j < s.size() && j - digits_start < 10) {
                const char c = s[j];
                int d = -1;
                if (c >= '0' && c <= '9')
                    d = c - '0';
                else if (hex && c >= 'a' && c <= 'f')
                    d = c - 'a' + 10;
                else if (hex && c >= 'A' && c <= 'F')
                    d = c - 'A' + 10;
                if (d < 0) break;
                v = v * (hex ? 16 : 10) + static_cast<std::uint64_t>(d);
                ++j;
            }
            if (j == digits_start) {
                out.push_back(s[i++]);
                continue;
            }
            while (j < s.size() && j - digits_start < 64 && is_alnum(s[j]))
                ++j; // overlong number: skip the rest
            if (j < s.size() && s[j] == ';') ++j;
            char32_t cp = static_cast<char32_t>(v);
            if (v >= 0x80 && v <= 0x9F && k_cp1252[v - 0x80]) cp = k_cp1252[v - 0x80];
            if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) cp = 0xFFFD;
            append_utf8(out, cp);
            i = j;
            continue;
        }
        while (j < s.size() && j - i <= 10 && is_alnum(s[j])) ++j;
        if (j < s.size() && s[j] == ';' && j > i + 1) {
            const std::string_view name = s.substr(i + 1, j - i - 1);
            char32_t cp = 0;
            for (std::size_t k = 0; k < std::size(k_latin1); ++k)
                if (name == k_latin1[k]) cp = static_cast<char32_t>(0xA0 + k);
            for (const auto& ref : k_named)
                if (name == ref.name) cp = ref.cp;
            if (cp == 0xAD) {
                i = j + 1; // soft hyphen: invisible, and it would split names
                continue;
            }
            if (cp) {
                append_utf8(out, cp);
                i = j + 1;
                continue;
            }
        }
        out.push_back(s[i++]); // unknown reference: kept as written
    }
}

struct Tag {
    std::string name; // lower case
    bool closing = false;
    bool self_closing = false;
    bool hidden = false;
    std::string src;
    std::string alt;
    std::size_t end = 0; // index after '>'
};

// Parses the tag starting at s[i] == '<' (known to be followed by a letter or '/'+letter).
Tag parse_tag(std::string_view s, std::size_t i) {
    Tag t;
    std::size_t j = i + 1;
    if (s[j] == '/') {
        t.closing = true;
        ++j;
    }
    while (j < s.size() && (is_alnum(s[j]) || s[j] == '-' || s[j] == ':')) t.name.push_back(lower(s[j++]));
    // Attributes: name[=value], value quoted or not; '>' inside quotes does not end the tag.
    while (j < s.size() && s[j] != '>') {
        if (is_ws(s[j]) || s[j] == '/') {
            if (s[j] == '/' && j + 1 < s.size() && s[j + 1] == '>') t.self_closing = true;
            ++j;
            continue;
        }
        std::string attr;
        while (j < s.size() && !is_ws(s[j]) && s[j] != '=' && s[j] != '>' && s[j] != '/')
            attr.push_back(lower(s[j++]));
        if (attr.empty()) {
            ++j;
            continue;
        }
        while (j < s.size() && is_ws(s[j])) ++j;
        std::string_view value;
        if (j < s.size() && s[j] == '=') {
            ++j;
            while (j < s.size() && is_ws(s[j])) ++j;
            if (j < s.size() && (s[j] == '"' || s[j] == '\'')) {
                const char q = s[j++];
                const std::size_t start = j;
                while (j < s.size() && s[j] != q) ++j;
                value = s.substr(start, j - start);
                if (j < s.size()) ++j;
            } else {
                const std::size_t start = j;
                while (j < s.size() && !is_ws(s[j]) && s[j] != '>') ++j;
                value = s.substr(start, j - start);
            }
        }
        if (attr == "hidden")
            t.hidden = true;
        else if (attr == "aria-hidden" && value == "true")
            t.hidden = true;
        else if (attr == "src" && !t.closing)
            append_decoded(t.src, value);
        else if (attr == "alt" && !t.closing)
            append_decoded(t.alt, value);
    }
    t.end = j < s.size() ? j + 1 : s.size();
    return t;
}

// Collects text into lines, collapsing whitespace.
class LineWriter {
public:
    void text(std::string_view decoded) {
        for (const char c : decoded) {
            if (is_ws(c)) {
                m_pending_space = !m_line.empty();
            } else {
                if (m_pending_space) m_line.push_back(' ');
                m_pending_space = false;
                m_line.push_back(c);
            }
        }
    }
    void break_line() {
        if (!m_line.empty()) m_lines.push_back({std::move(m_line), m_kind});
        m_line.clear();
        m_pending_space = false;
        m_kind = 0;
    }
    void set_kind(int kind) { m_kind = kind; }
    std::string take_line() {
        std::string s = std::move(m_line);
        m_line.clear();
        m_pending_space = false;
        return s;
    }
    void push_line(std::string line, int kind) {
        if (!line.empty()) m_lines.push_back({std::move(line), kind});
    }
    std::size_t bytes() const {
        std::size_t n = m_line.size();
        for (const auto& l : m_lines) n += l.first.size() + 1;
        return n;
    }
    std::vector<std::pair<std::string, int>>& lines() { return m_lines; }

private:
    std::string m_line;
    bool m_pending_space = false;
    int m_kind = 0; // 1 = h1
    std::vector<std::pair<std::string, int>> m_lines;
};

std::string image_line(std::string caption, std::string src) {
    // Markdown-like image line; the URL must hold no spaces or ')' to parse back.
    std::string url;
    for (const char c : src) {
        if (is_ws(c)) continue;
        if (c == ')')
            url += "%29";
        else if (c == '(')
            url += "%28";
        else
            url.push_back(c);
    }
    if (url.empty()) url = "#";
    return "![" + caption + "](" + url + ")";
}

} // namespace

bool looks_like_html(std::string_view data) {
    std::size_t i = 0;
    if (data.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    while (i < data.size() && is_ws(data[i])) ++i;
    if (i >= data.size() || data[i] != '<') return false;
    for (std::string_view marker : {"<!doctype html", "<html", "<body", "<p", "<div", "<article", "<h1",
                                    "<!--", "<head", "<meta", "<span", "<section"}) {
        if (starts_with_ci(data, i, marker)) return true;
    }
    return false;
}

Result<HtmlText> html_to_text(std::string_view html) {
    if (html.size() > k_max_html_bytes)
        return make_error(ErrorCode::text_too_large, "The page is larger than " +
                                                         std::to_string(k_max_html_bytes / (1024 * 1024)) +
                                                         " MB; Gloss does not open it.");
    const std::string s = normalize_text(html);
    HtmlText out;
    // Only an <article> element's content when the page has one.
    std::size_t from = 0, to = s.size();
    for (std::size_t p = 0; (p = s.find('<', p)) != std::string::npos; ++p) {
        if (starts_with_ci(s, p, "<article") && (p + 8 >= s.size() || !is_alnum(s[p + 8]))) {
            from = p;
            break;
        }
    }
    if (from > 0 || starts_with_ci(s, 0, "<article")) {
        // The last </article> closes it (nested articles are comments or related stories).
        for (std::size_t p = s.size(); p > from;) {
            p = s.rfind("</", p - 1);
            if (p == std::string::npos || p < from) break;
            if (starts_with_ci(s, p, "</article")) {
                to = p;
                break;
            }
        }
        // Still read the <title>, which sits before the article.
        const std::size_t t = s.find("<title");
        if (t != std::string::npos && t < from) {
            const std::size_t open_end = s.find('>', t);
            const std::size_t close =
                open_end == std::string::npos ? std::string::npos : s.find("</", open_end);
            if (close != std::string::npos)
                append_decoded(out.title, std::string_view(s).substr(open_end + 1, close - open_end - 1));
        }
    }

    LineWriter w;
    std::vector<std::pair<std::string, bool>> stack; // open elements (name, dropped), for end tags
    std::size_t dropped_depth = 0; // open dropped elements on the stack
    bool in_figure = false;
    bool in_caption = false;
    std::string figure_src, figure_alt, figure_caption;
    const std::string_view sv(s);
    std::size_t i = from;
    while (i < to) {
        if (w.bytes() > k_max_text_bytes + 1024) break; // check_text below reports it
        const char c = s[i];
        if (c != '<') {
            const std::size_t next = std::min(to, s.find('<', i));
            if (dropped_depth == 0) {
                std::string decoded;
                append_decoded(decoded, sv.substr(i, next - i));
                w.text(decoded);
            }
            i = next;
            continue;
        }
        if (sv.substr(i, 4) == "<!--") {
            const std::size_t end = s.find("-->", i + 4);
            i = end == std::string::npos ? to : end + 3;
            continue;
        }
        if (i + 1 < to && (s[i + 1] == '!' || s[i + 1] == '?')) {
            const std::size_t end = s.find('>', i);
            i = end == std::string::npos ? to : end + 1;
            continue;
        }
        const bool tag_start =
            i + 1 < to && (is_alpha(s[i + 1]) || (s[i + 1] == '/' && i + 2 < to && is_alpha(s[i + 2])));
        if (!tag_start) {
            if (dropped_depth == 0) w.text("<");
            ++i;
            continue;
        }
        Tag tag = parse_tag(sv.substr(0, to), i);
        i = tag.end;
        const std::string& name = tag.name;
        if (!tag.closing) {
            if (name == "title") {
                const std::size_t close = s.find("</", i);
                const std::size_t end = close == std::string::npos ? to : close;
                if (out.title.empty()) append_decoded(out.title, sv.substr(i, end - i));
                const std::size_t gt = close == std::string::npos ? std::string::npos : s.find('>', close);
                i = gt == std::string::npos ? to : gt + 1;
                continue;
            }
            const bool drop = is_dropped(name) || tag.hidden;
            if (drop) ++out.dropped_elements;
            if (is_raw_text(name)) {
                // Raw text runs to the matching end tag, whatever it contains ("</p>" in a script).
                std::size_t end = i;
                while (true) {
                    end = s.find("</", end);
                    if (end == std::string::npos || end >= to) {
                        end = to;
                        break;
                    }
                    if (starts_with_ci(s, end + 2, name)) break;
                    end += 2;
                }
                if (!drop && dropped_depth == 0) {
                    std::string decoded;
                    append_decoded(decoded, sv.substr(i, end - i));
                    w.text(decoded);
                }
                const std::size_t gt = end < to ? s.find('>', end) : std::string::npos;
                i = gt == std::string::npos ? to : gt + 1;
                continue;
            }
            if (dropped_depth == 0 && is_block(name)) w.break_line();
            if (dropped_depth == 0) {
                if (name == "h1") w.set_kind(1);
                if (name == "figure") {
                    in_figure = true;
                    figure_src.clear();
                    figure_alt.clear();
                    figure_caption.clear();
                }
                if (name == "figcaption" && in_figure) in_caption = true;
                if (name == "img" && in_figure && figure_src.empty()) {
                    figure_src = tag.src;
                    figure_alt = tag.alt;
                }
            }
            if (is_void(name) || tag.self_closing) continue;
            if (stack.size() < 100000 || drop) {
                stack.emplace_back(name, drop);
                if (drop) ++dropped_depth;
            }
            continue;
        }
        // End tag: close up to the matching open element, if it is open.
        // Only the innermost 256 open elements are searched: stray end tags stay O(1) each.
        const auto search_end = stack.size() > 256 ? stack.rbegin() + 256 : stack.rend();
        const auto it =
            std::find_if(stack.rbegin(), search_end, [&](const auto& e) { return e.first == name; });
        if (it == search_end) continue;
        const std::size_t keep = static_cast<std::size_t>(stack.rend() - it) - 1;
        while (stack.size() > keep) {
            if (stack.back().second) --dropped_depth;
            stack.pop_back();
        }
        if (dropped_depth != 0) continue;
        if (name == "figcaption" && in_caption) {
            in_caption = false;
            figure_caption = w.take_line();
            continue;
        }
        if (name == "figure" && in_figure) {
            in_figure = false;
            if (in_caption) figure_caption = w.take_line();
            in_caption = false;
            std::string caption = figure_caption.empty() ? figure_alt : figure_caption;
            if (!caption.empty()) {
                w.break_line();
                w.push_line(image_line(std::move(caption), figure_src), 0);
            } else {
                w.break_line();
            }
            continue;
        }
        if (is_block(name)) w.break_line();
    }
    w.break_line();

    // The headline leads: drop lines before the first <h1>, or start with the <title>.
    auto& lines = w.lines();
    const auto h1 = std::find_if(lines.begin(), lines.end(), [](const auto& l) { return l.second == 1; });
    std::string text;
    std::string title_line;
    {
        LineWriter t;
        t.text(out.title);
        title_line = t.take_line();
    }
    out.title = title_line;
    auto first = lines.begin();
    if (h1 != lines.end())
        first = h1;
    else if (!title_line.empty())
        text = title_line + "\n";
    for (auto l = first; l != lines.end(); ++l) {
        text += l->first;
        text.push_back('\n');
    }
    out.text = normalize_text(text);
    if (auto checked = check_text(out.text); !checked) {
        if (checked.code() == ErrorCode::empty_text)
            return make_error(ErrorCode::empty_text,
                              "The page has no article text (only markup, scripts or navigation).");
        return checked.error();
    }
    return out;
}

} // namespace gloss::core
