#pragma once
// The JSON printer: a SearchResult as one JSON object on one line, for
// programs. Every field is documented in docs/json-format.md; the object
// carries "format_version" (kJsonFormatVersion), bumped on any incompatible
// change.

#include <ostream>

#include "dateline/searcher/article_view.hpp"
#include "dateline/searcher/keyword_in_context.hpp"
#include "dateline/searcher/search_result.hpp"

namespace dateline::searcher {

inline constexpr int kJsonFormatVersion = 1;

/// Writes the object and a newline. Strings that are not valid UTF-8 (a query
/// typed in another encoding) are written with U+FFFD replacements.
void print_json(std::ostream& out, const SearchResult& result);

/// One article (--show): {"format_version", "article": {id, date, title,
/// people, places, orgs, source, url, body}}, and with a query the marked
/// "title_parts" and "body_parts".
void print_json(std::ostream& out, const ArticleView& article);

/// Keyword in context (--kwic): {"format_version", "query", "total",
/// "articles", "truncated", "lines": [{date, id, left, match, right}]}.
void print_json(std::ostream& out, const KwicResult& result);

}  // namespace dateline::searcher
