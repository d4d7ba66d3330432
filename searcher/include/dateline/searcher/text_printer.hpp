#pragma once
// The text printer: a SearchResult for people reading a terminal.
//
// Per hit: rank, date and title; people, places, orgs; id and source; the
// snippet, with matched words in bold colour when colour is on (and plain
// otherwise). Then a "Did you mean" line when there is a suggestion, the
// total, and each facet as a table; the date facet as a timeline of █ bars
// scaled to the largest bucket.

#include <cstddef>
#include <ostream>

#include "dateline/searcher/search_result.hpp"

namespace dateline::searcher {

struct TextPrintOptions {
    bool color = false;          ///< ANSI bold/colour escapes. Default: off
    std::size_t bar_width = 40;  ///< characters of the longest date bar. Default: 40
};

void print_text(std::ostream& out, const SearchResult& result, const TextPrintOptions& options);

}  // namespace dateline::searcher
