#pragma once
// Parsing a tool's command line against its option table.
//
// Boost.Program_options does the parsing; this layer decides first which
// arguments are options, so that all three tools follow one grammar:
//   --name VALUE, --name=VALUE   a long option (exact names: no abbreviations,
//                                which would break scripts when an option is
//                                added); a value may start with '-'
//   -x VALUE                     a short option: '-' and one letter, standing
//                                alone (no "-n5", no "-qh")
//   --                           every later argument is an operand
//   anything else                an operand, in order
// With OperandKind::QueryWords an argument starting with '-' is an option only
// when it starts with "--" or is exactly '-' and one letter, so a query word
// like -gas (exclude "gas") needs no quoting; to exclude a one-letter word,
// or to start the query with "--", put the query after "--".
// With OperandKind::Files every argument starting with '-' is an option,
// except "-" alone (stdin).

#include <boost/program_options.hpp>
#include <string>
#include <vector>

#include "dateline/cli/tool.hpp"

namespace dateline::cli {

struct ParsedCommandLine {
    boost::program_options::variables_map values;  ///< stored and notified
    std::vector<std::string> operands;             ///< in the order given
};

/// Parses argv[1..argc) against `options`. Throws UsageError for an unknown
/// option, a missing or malformed value, or an option given twice that takes
/// one value.
[[nodiscard]] ParsedCommandLine parse_command_line(
    int argc, const char* const* argv, const boost::program_options::options_description& options,
    OperandKind operands);

}  // namespace dateline::cli
