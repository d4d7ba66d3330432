#pragma once
// OptionInfo: what the generators (help, man page, completions) need to know
// about one option, read from its boost::program_options description.
// Private to the cli library.

#include <boost/program_options.hpp>
#include <string>
#include <vector>

#include "dateline/cli/option_table.hpp"
#include "dateline/cli/tool.hpp"

namespace dateline::cli::detail {

struct OptionInfo {
    std::string long_name;      ///< "limit"
    char short_name = 0;        ///< 'n', or 0 when there is none
    std::string value_name;     ///< "N"; empty when the option takes no value
    std::string default_value;  ///< "10"; empty when there is none
    bool repeatable = false;    ///< a list value: the option may be given several times
    std::string description;
};

[[nodiscard]] OptionInfo describe(const boost::program_options::option_description& option);

struct OptionGroupInfo {
    std::string caption;
    std::vector<OptionInfo> options;
};

/// Every group of `table` and its options, in table order.
[[nodiscard]] std::vector<OptionGroupInfo> describe(const OptionTable& table);

/// Every option of `table`, in table order.
[[nodiscard]] std::vector<OptionInfo> all_options(const OptionTable& table);

/// The tool's hint for the option's value, or nullptr.
[[nodiscard]] const ValueHint* find_hint(const Tool& tool, const std::string& long_name);

/// `text` split into paragraphs at blank lines.
[[nodiscard]] std::vector<std::string> paragraphs(const std::string& text);

/// Whether a paragraph is an example, shown as written: every line starts
/// with two spaces.
[[nodiscard]] bool is_example(const std::string& paragraph);

/// The paragraph's lines joined with single spaces (for re-wrapping).
[[nodiscard]] std::string flow(const std::string& paragraph);

}  // namespace dateline::cli::detail
