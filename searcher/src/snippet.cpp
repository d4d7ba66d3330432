#include "dateline/searcher/snippet.hpp"

#include <array>
#include <utility>

namespace dateline::searcher {

namespace {

// Control characters never occur in indexed text (readers remove them), so
// they cannot be confused with the body's own characters.
constexpr std::string_view kHighlightStart = "\x01";
constexpr std::string_view kHighlightEnd = "\x02";
constexpr std::string_view kOmitted = "\u2026";

// MSet::snippet escapes &, < and > for HTML; undo that (and &quot;, which
// older releases also produced).
std::string unescape_html(std::string_view text) {
    static constexpr std::array<std::pair<std::string_view, char>, 4> kEntities{
        {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}}};
    std::string result;
    result.reserve(text.size());
    while (!text.empty()) {
        bool replaced = false;
        if (text.front() == '&') {
            for (const auto& [entity, ch] : kEntities) {
                if (text.starts_with(entity)) {
                    result += ch;
                    text.remove_prefix(entity.size());
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced) {
            result += text.front();
            text.remove_prefix(1);
        }
    }
    return result;
}

// Paragraph breaks and runs of blanks in the body become one space: a snippet
// is read as one line of text.
std::string collapse_whitespace(std::string_view text) {
    std::string result;
    result.reserve(text.size());
    bool in_space = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space && in_space) continue;
        result += space ? ' ' : c;
        in_space = space;
    }
    return result;
}

enum class Blanks { Collapse, Keep };

void append_part(Snippet& snippet, std::string_view escaped, bool highlighted,
                 Blanks blanks = Blanks::Collapse) {
    if (escaped.empty()) return;
    std::string text = blanks == Blanks::Collapse ? collapse_whitespace(unescape_html(escaped))
                                                  : unescape_html(escaped);
    // Adjacent highlighted words ("Paul" "Volcker") read better as one part.
    if (!snippet.parts.empty() && snippet.parts.back().highlighted == highlighted) {
        snippet.parts.back().text += text;
    } else {
        snippet.parts.push_back(SnippetPart{std::move(text), highlighted});
    }
}

}  // namespace

std::string Snippet::plain_text() const {
    std::string text;
    for (const auto& part : parts) text += part.text;
    return text;
}

namespace {

Snippet split_marked(std::string_view marked, std::string_view hi_start, std::string_view hi_end,
                     Blanks blanks) {
    Snippet snippet;
    while (!marked.empty()) {
        const auto start = marked.find(hi_start);
        if (start == std::string_view::npos) {
            append_part(snippet, marked, false, blanks);
            break;
        }
        append_part(snippet, marked.substr(0, start), false, blanks);
        marked.remove_prefix(start + hi_start.size());
        const auto end = marked.find(hi_end);
        append_part(snippet, marked.substr(0, end), true, blanks);
        if (end == std::string_view::npos) break;
        marked.remove_prefix(end + hi_end.size());
    }
    return snippet;
}

}  // namespace

Snippet split_marked_snippet(std::string_view marked, std::string_view hi_start,
                             std::string_view hi_end) {
    return split_marked(marked, hi_start, hi_end, Blanks::Collapse);
}

Snippet mark_matches(const Xapian::MSet& mset, const std::string& text,
                     const Xapian::Stem& stemmer) {
    if (text.empty()) return {};
    // A length beyond the text makes Xapian keep all of it; no flags: no
    // background model to weigh, no search for the best window.
    const std::string marked =
        mset.snippet(text, 2 * text.size() + 64, stemmer, 0, std::string(kHighlightStart),
                     std::string(kHighlightEnd), "");
    return split_marked(marked, kHighlightStart, kHighlightEnd, Blanks::Keep);
}

Snippet make_snippet(const Xapian::MSet& mset, const std::string& body, std::size_t length,
                     const Xapian::Stem& stemmer) {
    if (body.empty()) return {};
    // No SNIPPET_BACKGROUND_MODEL: it weighs every word of the body by its
    // frequency in the whole index (a stem and a term-frequency lookup per
    // word, a network round trip per word over remote shards), which was 75%
    // of a search's time on Reuters-21578 (docs/performance.md); the extract
    // with the most query words is what a reader looks for anyway.
    const std::string marked = mset.snippet(body, length, stemmer, Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                            std::string(kHighlightStart),
                                            std::string(kHighlightEnd), std::string(kOmitted));
    return split_marked_snippet(marked, kHighlightStart, kHighlightEnd);
}

}  // namespace dateline::searcher
