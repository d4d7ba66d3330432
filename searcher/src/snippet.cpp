#include "dateline/searcher/snippet.hpp"

#include <array>
#include <optional>
#include <utility>
#include <vector>

#include "dateline/schema/text_folding.hpp"

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

namespace {

// `text` accent-folded as the indexer folds it (schema/text_folding.hpp),
// with, for every byte of the folded text, the offset in `text` of the
// character it comes from, and one more entry for the end.
struct FoldedText {
    std::string text;
    std::vector<std::size_t> origin;
};

FoldedText fold_with_origins(std::string_view text) {
    FoldedText folded;
    folded.text.reserve(text.size());
    folded.origin.reserve(text.size() + 1);
    for (Xapian::Utf8Iterator it(text.data(), text.size()), end; it != end;) {
        const unsigned base = schema::fold_letter(*it);
        const auto at = static_cast<std::size_t>(it.raw() - text.data());
        ++it;
        const std::size_t next =
            it == end ? text.size() : static_cast<std::size_t>(it.raw() - text.data());
        // As fold_accents: only real two-byte letters fold.
        if (base != 0 && next - at == 2) {
            folded.text += static_cast<char>(base);
            folded.origin.push_back(at);
            continue;
        }
        for (std::size_t i = at; i < next; ++i) {
            folded.text += text[i];
            folded.origin.push_back(at);
        }
    }
    folded.origin.push_back(text.size());
    return folded;
}

// Byte ranges [begin, end) of `folded` that `marked` (Xapian's snippet of
// all of `folded`, escaped and with highlight markers) highlights. Xapian
// drops the blanks at both ends and copies the rest; nullopt if the two do
// not line up after all.
std::optional<std::vector<std::pair<std::size_t, std::size_t>>> marked_ranges(
    const std::string& folded, std::string_view marked) {
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    const Snippet parts = split_marked(marked, kHighlightStart, kHighlightEnd, Blanks::Keep);
    std::size_t at = folded.find_first_not_of(" \t\r\n");
    for (const auto& part : parts.parts) {
        if (at == std::string::npos || folded.compare(at, part.text.size(), part.text) != 0) {
            return std::nullopt;
        }
        if (part.highlighted) ranges.emplace_back(at, at + part.text.size());
        at += part.text.size();
    }
    return ranges;
}

}  // namespace

Snippet mark_matches(const Xapian::MSet& mset, const std::string& text,
                     const Xapian::Stem& stemmer) {
    if (text.empty()) return {};
    // The index holds the accent-folded words: Xapian must see the text as
    // the indexer did, and the marks are put back on the text as written.
    const FoldedText folded = fold_with_origins(text);
    // A length beyond the text makes Xapian keep all of it; no flags: no
    // background model to weigh, no search for the best window.
    const std::string marked =
        mset.snippet(folded.text, 2 * folded.text.size() + 64, stemmer, 0,
                     std::string(kHighlightStart), std::string(kHighlightEnd), "");
    const auto ranges = marked_ranges(folded.text, marked);
    const std::string_view original(text);
    const std::size_t first = original.find_first_not_of(" \t\r\n");
    const std::size_t last = original.find_last_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    Snippet snippet;
    std::size_t at = first;
    for (const auto& [begin, end] : ranges.value_or(decltype(ranges)::value_type{})) {
        const std::size_t from = folded.origin[begin];
        const std::size_t to = folded.origin[end];
        if (from > at)
            snippet.parts.push_back({std::string(original.substr(at, from - at)), false});
        snippet.parts.push_back({std::string(original.substr(from, to - from)), true});
        at = to;
    }
    if (at <= last)
        snippet.parts.push_back({std::string(original.substr(at, last + 1 - at)), false});
    return snippet;
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
