#pragma once
// The man page of a tool, as roff (man(7) macros), generated from the same
// description and option table as --help: NAME, SYNOPSIS, DESCRIPTION,
// OPTIONS, the tool's own sections, EXIT STATUS, SEE ALSO.

#include <boost/program_options.hpp>
#include <ostream>

#include "dateline/cli/option_table.hpp"
#include "dateline/cli/tool.hpp"

namespace dateline::cli {

void write_man_page(std::ostream& out, const Tool& tool, const OptionTable& options);

}  // namespace dateline::cli
