#pragma once
// Snippet: a short extract of an article's body around the words the query
// matched, with the matched words marked.
//
// Highlights are data (a list of parts), not markup or terminal escapes: the
// text printer turns them into bold/colour, the JSON printer into objects.

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace dateline::searcher {

struct SnippetPart {
    std::string text;
    bool highlighted = false;  ///< a word (or phrase) the query matched

    friend bool operator==(const SnippetPart&, const SnippetPart&) = default;
};

struct Snippet {
    std::vector<SnippetPart> parts;  ///< empty when no snippet was made

    [[nodiscard]] bool empty() const { return parts.empty(); }
    /// All parts joined, without highlighting.
    [[nodiscard]] std::string plain_text() const;

    friend bool operator==(const Snippet&, const Snippet&) = default;
};

/// The snippet Xapian picks from `body` for the query `mset` was computed for
/// (MSet::snippet), aiming for about `length` bytes. Words are matched with
/// `stemmer`, which must be the query's. Cut ends are marked with "…".
[[nodiscard]] Snippet make_snippet(const Xapian::MSet& mset, const std::string& body,
                                   std::size_t length, const Xapian::Stem& stemmer);

/// The whole of `text` with every match of the query `mset` was computed for
/// marked, as make_snippet marks them: words by their stem, wildcard
/// expansions, a phrase as one part. Line breaks and spacing are kept; blanks
/// at either end are dropped. `mset` may hold no document: only its query
/// matters. Used to show a whole article and for keyword in context.
[[nodiscard]] Snippet mark_matches(const Xapian::MSet& mset, const std::string& text,
                                   const Xapian::Stem& stemmer);

/// Splits Xapian's HTML-escaped snippet text, where `hi_start`/`hi_end` mark
/// highlights, into parts with the escaping undone. Exposed for tests.
[[nodiscard]] Snippet split_marked_snippet(std::string_view marked, std::string_view hi_start,
                                           std::string_view hi_end);

}  // namespace dateline::searcher
