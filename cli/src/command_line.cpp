#include "dateline/cli/command_line.hpp"

#include <fmt/format.h>

#include <cctype>
#include <string_view>

#include "dateline/cli/usage_error.hpp"

namespace dateline::cli {

namespace po = boost::program_options;

namespace {

const po::option_description* find_long(const po::options_description& options,
                                        std::string_view name) {
    for (const auto& option : options.options()) {
        const auto [names, count] = option->long_names();
        for (std::size_t i = 0; i < count; ++i) {
            if (names[i] == name) return option.get();
        }
    }
    return nullptr;
}

const po::option_description* find_short(const po::options_description& options, char letter) {
    const std::string wanted{'-', letter};
    for (const auto& option : options.options()) {
        if (option->canonical_display_name(po::command_line_style::allow_dash_for_short) ==
            wanted) {
            return option.get();
        }
    }
    return nullptr;
}

bool is_short_option(std::string_view arg) {
    return arg.size() == 2 && arg[0] == '-' && std::isalpha(static_cast<unsigned char>(arg[1]));
}

}  // namespace

ParsedCommandLine parse_command_line(int argc, const char* const* argv,
                                     const po::options_description& options, OperandKind operands) {
    // Every option is rewritten as "--name" or "--name=value", every operand
    // goes after one "--": Boost then has nothing left to guess.
    std::vector<std::string> rewritten;
    ParsedCommandLine parsed;
    bool only_operands = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (only_operands) {
            parsed.operands.emplace_back(arg);
            continue;
        }
        if (arg == "--") {
            only_operands = true;
            continue;
        }
        const po::option_description* option = nullptr;
        std::string_view shown = arg;  // the option as the user wrote it
        std::string_view value;
        bool has_value = false;
        if (arg.starts_with("--")) {
            const auto equals = arg.find('=');
            shown = arg.substr(0, equals);
            if (equals != std::string_view::npos) {
                value = arg.substr(equals + 1);
                has_value = true;
            }
            option = find_long(options, shown.substr(2));
        } else if (is_short_option(arg)) {
            option = find_short(options, arg[1]);
        } else if (arg.size() > 1 && arg[0] == '-' && operands == OperandKind::Files) {
            throw UsageError(fmt::format(
                "unknown option '{}' (short options stand alone: '-i DIR', not '-iDIR')", arg));
        } else {
            parsed.operands.emplace_back(arg);
            continue;
        }
        if (option == nullptr) {
            if (operands == OperandKind::QueryWords && !arg.starts_with("--")) {
                throw UsageError(fmt::format(
                    "unknown option '{}' (to exclude a one-letter word, give the query after "
                    "'--')",
                    arg));
            }
            throw UsageError(fmt::format("unknown option '{}'", shown));
        }
        std::string name = "--" + option->long_name();
        const auto& semantic = *option->semantic();
        if (!has_value && semantic.min_tokens() > 0) {
            if (i + 1 >= argc) {
                throw UsageError(fmt::format("option '{}' needs a value", shown));
            }
            value = argv[++i];
            has_value = true;
        }
        if (has_value) {
            if (semantic.max_tokens() == 0) {
                throw UsageError(fmt::format("option '{}' takes no value", shown));
            }
            name += '=';
            name += value;
        }
        rewritten.push_back(std::move(name));
    }

    try {
        const auto style = po::command_line_style::unix_style &
                           ~po::command_line_style::allow_guessing &
                           ~po::command_line_style::allow_short;
        po::store(po::command_line_parser(rewritten).options(options).style(style).run(),
                  parsed.values);
        po::notify(parsed.values);
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
    return parsed;
}

}  // namespace dateline::cli
