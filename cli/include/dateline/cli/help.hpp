#pragma once
// --help, generated from the tool's description and option table:
//
//   Usage: dateline-search [options] QUERY...
//   <description>
//
//   Options:
//     -n, --limit N         show at most N hits (default: 10)
//         --offset N        ...
//
//   <exit status>
//
// Option groups (options_description::add of a captioned table) are printed
// under their own caption. Descriptions are wrapped to `width` columns.

#include <boost/program_options.hpp>
#include <cstddef>
#include <ostream>

#include "dateline/cli/option_table.hpp"
#include "dateline/cli/tool.hpp"

namespace dateline::cli {

void print_help(std::ostream& out, const Tool& tool, const OptionTable& options,
                std::size_t width = 80);

}  // namespace dateline::cli
