#pragma once
// The options every tool has, and their answers:
//   -h, --help        the help generated from the option table (help.hpp)
//   -V, --version     version_line() (version.hpp)
//   --generate WHAT   the man page (man), or the bash or zsh completion script
//                     (bash, zsh), generated from the same table; the build
//                     runs it to make the installed files.

#include <boost/program_options.hpp>

#include "dateline/cli/option_table.hpp"
#include "dateline/cli/tool.hpp"

namespace dateline::cli {

/// Adds the options above to `group` (one of the tool's OptionTable groups).
void add_standard_options(boost::program_options::options_description& group);

/// Answers --help, --version or --generate on stdout if one was given and
/// returns true (the tool then exits 0 once stdout is flushed); false when
/// none was given. Throws UsageError for an unknown --generate value.
[[nodiscard]] bool answer_standard_options(const Tool& tool, const OptionTable& options,
                                           const boost::program_options::variables_map& values);

}  // namespace dateline::cli
