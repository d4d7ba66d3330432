#include "dateline/cli/standard_options.hpp"

#include <iostream>
#include <string>

#include "dateline/cli/completion.hpp"
#include "dateline/cli/help.hpp"
#include "dateline/cli/man_page.hpp"
#include "dateline/cli/text_width.hpp"
#include "dateline/cli/usage_error.hpp"
#include "dateline/cli/version.hpp"

namespace dateline::cli {

namespace po = boost::program_options;

void add_standard_options(po::options_description& group) {
    // clang-format off
    group.add_options()
        ("help,h", "show this help and exit")
        ("version,V", "show the version and exit")
        ("generate", po::value<std::string>()->value_name("WHAT"),
         "print the man page (man) or the bash or zsh completion script (bash, zsh) and exit");
    // clang-format on
}

bool answer_standard_options(const Tool& tool, const OptionTable& options,
                             const po::variables_map& values) {
    if (values.count("help") != 0) {
        // Wide terminals get longer lines, up to the width text reads well at.
        constexpr std::size_t kMaxWidth = 100;
        print_help(std::cout, tool, options, std::min(terminal_width(1), kMaxWidth));
        return true;
    }
    if (values.count("version") != 0) {
        std::cout << version_line(tool.name) << '\n';
        return true;
    }
    if (values.count("generate") == 0) return false;
    const auto& what = values["generate"].as<std::string>();
    if (what == "man") {
        write_man_page(std::cout, tool, options);
    } else if (what == "bash") {
        write_bash_completion(std::cout, tool, options);
    } else if (what == "zsh") {
        write_zsh_completion(std::cout, tool, options);
    } else {
        throw UsageError("--generate must be man, bash or zsh, not '" + what + "'");
    }
    return true;
}

}  // namespace dateline::cli
