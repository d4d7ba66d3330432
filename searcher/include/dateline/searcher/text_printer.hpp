#pragma once
// The text printer: a SearchResult for people reading a terminal.
//
// Per hit: rank, date and title; people, places, orgs on one line (cut to
// the width, "+N more"); id and source; the snippet, broken at spaces to the
// width, with matched words in bold colour when colour is on (and plain
// otherwise). Then a "Did you mean" line when there is a suggestion, the
// total, and each facet as a table; the date facet as a timeline of █ bars
// scaled to the largest bucket.

#include <cstddef>
#include <ostream>

#include "dateline/searcher/article_view.hpp"
#include "dateline/searcher/keyword_in_context.hpp"
#include "dateline/searcher/search_result.hpp"

namespace dateline::searcher {

/// The width --kwic lines are fitted to when TextPrintOptions::width is 0:
/// they need one to align their matches.
inline constexpr std::size_t kKwicWidth = 80;

struct TextPrintOptions {
    bool color = false;          ///< ANSI bold/colour escapes. Default: off
    std::size_t bar_width = 40;  ///< characters of the longest date bar. Default: 40
    /// Columns to fit text to: snippets and --show bodies are broken at
    /// spaces, the people/places/orgs line of a hit is cut ("+3 more"),
    /// --kwic lines are cut. 0: no wrapping and no cutting (--kwic lines
    /// are then fitted to kKwicWidth). Default: 80
    std::size_t width = 80;
};

void print_text(std::ostream& out, const SearchResult& result, const TextPrintOptions& options);

/// One whole article (--show): the title, then date and id, the people,
/// places and orgs, where it came from, and the body reflowed to
/// options.width columns. Paragraphs are kept: a blank line, or a line that
/// starts with a blank (as Reuters indents them), starts one; other line
/// breaks are the writer's wrapping and become spaces. Matches of a query
/// are marked when colour is on.
void print_text(std::ostream& out, const ArticleView& article, const TextPrintOptions& options);

/// Keyword in context (--kwic): per line the date, the id, the left context
/// right-aligned, the match and the right context, all matches in one
/// column, cut to fit options.width; then how many lines from how many
/// articles.
void print_text(std::ostream& out, const KwicResult& result, const TextPrintOptions& options);

}  // namespace dateline::searcher
