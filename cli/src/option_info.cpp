#include "option_info.hpp"

#include <sstream>
#include <typeinfo>

namespace dateline::cli::detail {

namespace po = boost::program_options;

namespace {

// Boost writes a value's name as "N", "N (=10)" with a default, or
// "[=N(=x)]" when the value is optional; this is the only place that reads it.
void read_value_name(const po::value_semantic& semantic, OptionInfo& info) {
    if (semantic.max_tokens() == 0) return;  // a switch
    std::string name = semantic.name();
    if (const auto open = name.rfind(" (="); open != std::string::npos && name.ends_with(')')) {
        info.default_value = name.substr(open + 3, name.size() - open - 4);
        name.resize(open);
    }
    if (name.starts_with("[=")) {
        const auto end = name.find("(=");
        name = name.substr(2, (end == std::string::npos ? name.size() - 1 : end) - 2);
    }
    info.value_name = name.empty() ? "VALUE" : name;
    if (const auto* typed = dynamic_cast<const po::typed_value_base*>(&semantic)) {
        info.repeatable = typed->value_type() == typeid(std::vector<std::string>);
    }
}

}  // namespace

OptionInfo describe(const po::option_description& option) {
    OptionInfo info;
    info.long_name = option.long_name();
    const std::string shown =
        option.canonical_display_name(po::command_line_style::allow_dash_for_short);
    if (shown.size() == 2 && shown[0] == '-') info.short_name = shown[1];
    info.description = option.description();
    read_value_name(*option.semantic(), info);
    return info;
}

std::vector<OptionGroupInfo> describe(const OptionTable& table) {
    std::vector<OptionGroupInfo> groups;
    for (const auto& group : table.groups()) {
        OptionGroupInfo info{group->caption, {}};
        for (const auto& option : group->options.options())
            info.options.push_back(describe(*option));
        groups.push_back(std::move(info));
    }
    return groups;
}

std::vector<OptionInfo> all_options(const OptionTable& table) {
    std::vector<OptionInfo> options;
    for (auto& group : describe(table)) {
        for (auto& option : group.options) options.push_back(std::move(option));
    }
    return options;
}

const ValueHint* find_hint(const Tool& tool, const std::string& long_name) {
    for (const auto& hint : tool.value_hints) {
        if (hint.option == long_name) return &hint;
    }
    return nullptr;
}

std::vector<std::string> paragraphs(const std::string& text) {
    std::vector<std::string> result;
    std::string current;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (line.find_first_not_of(' ') == std::string::npos) {
            if (!current.empty()) result.push_back(std::move(current));
            current.clear();
            continue;
        }
        if (!current.empty()) current += '\n';
        current += line;
    }
    if (!current.empty()) result.push_back(std::move(current));
    return result;
}

bool is_example(const std::string& paragraph) {
    std::istringstream lines(paragraph);
    for (std::string line; std::getline(lines, line);) {
        if (!line.starts_with("  ")) return false;
    }
    return true;
}

std::string flow(const std::string& paragraph) {
    std::string result;
    std::istringstream lines(paragraph);
    for (std::string line; std::getline(lines, line);) {
        if (!result.empty()) result += ' ';
        result += line;
    }
    return result;
}

}  // namespace dateline::cli::detail
