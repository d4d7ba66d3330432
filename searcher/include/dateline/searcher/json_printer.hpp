#pragma once
// The JSON printer: a SearchResult as one JSON object on one line, for
// programs. Every field is documented in docs/json-format.md; the object
// carries "format_version" (kJsonFormatVersion), bumped on any incompatible
// change.

#include <ostream>

#include "dateline/searcher/search_result.hpp"

namespace dateline::searcher {

inline constexpr int kJsonFormatVersion = 1;

/// Writes the object and a newline. Strings that are not valid UTF-8 (a query
/// typed in another encoding) are written with U+FFFD replacements.
void print_json(std::ostream& out, const SearchResult& result);

}  // namespace dateline::searcher
