#pragma once
// Shell completion scripts generated from a tool's option table and its
// ValueHints (tool.hpp): every long and short option; values of options with
// choices (--sort, --facet, --format ...), file and folder names where the
// value is a path; for operands, file names (OperandKind::Files) or the
// tool's operand words (the query's field prefixes, such as "person:").
//
// bash: a function registered with `complete -F`, self-contained (it does not
// need the bash-completion package); installed in
// share/bash-completion/completions/<tool>.
// zsh: a #compdef function using _arguments; installed in
// share/zsh/site-functions/_<tool>.

#include <boost/program_options.hpp>
#include <ostream>

#include "dateline/cli/option_table.hpp"
#include "dateline/cli/tool.hpp"

namespace dateline::cli {

void write_bash_completion(std::ostream& out, const Tool& tool, const OptionTable& options);

void write_zsh_completion(std::ostream& out, const Tool& tool, const OptionTable& options);

}  // namespace dateline::cli
