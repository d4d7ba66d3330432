#pragma once
// Rows of comma- or tab-separated values.
//
// CSV follows RFC 4180: a field holding a comma, a double quote, CR or LF is
// put in double quotes, with each double quote inside doubled; every row,
// the header too, ends with CRLF. TSV follows the IANA text/tab-separated-
// values registration, which allows no tab or line break inside a field:
// those become spaces; rows end with LF.

#include <ostream>
#include <string>
#include <vector>

namespace dateline::searcher {

enum class Delimiter { Comma, Tab };

/// Writes `fields` as one row.
void write_delimited_row(std::ostream& out, const std::vector<std::string>& fields,
                         Delimiter delimiter);

}  // namespace dateline::searcher
