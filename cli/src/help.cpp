#include "dateline/cli/help.hpp"

#include <algorithm>
#include <sstream>
#include <string>
#include <string_view>

#include "dateline/cli/text_width.hpp"
#include "option_info.hpp"

namespace dateline::cli {

namespace {

// "-n, --limit N" or "    --offset N": the left column of an option.
std::string option_label(const detail::OptionInfo& option) {
    std::string label = option.short_name != 0 ? std::string{'-', option.short_name, ','} : "   ";
    label += " --" + option.long_name;
    if (!option.value_name.empty()) label += ' ' + option.value_name;
    return label;
}

std::string option_text(const detail::OptionInfo& option) {
    std::string text = option.description;
    if (!option.default_value.empty()) text += " (default: " + option.default_value + ")";
    return text;
}

// Writes `text` re-wrapped to `width`, each line indented by `indent`
// columns; examples keep their lines.
void write_paragraphs(std::ostream& out, const std::string& text, std::size_t width) {
    bool first = true;
    for (const auto& paragraph : detail::paragraphs(text)) {
        if (!first) out << '\n';
        first = false;
        if (detail::is_example(paragraph)) {
            out << paragraph << '\n';
            continue;
        }
        const std::string flowed = detail::flow(paragraph);
        for (const auto line : wrap_lines(flowed, width)) out << line << '\n';
    }
}

}  // namespace

void print_help(std::ostream& out, const Tool& tool, const OptionTable& options,
                std::size_t width) {
    constexpr std::size_t kIndent = 2;
    constexpr std::size_t kMaxLabel = 28;  // wider labels put their text on the next line
    constexpr std::size_t kMinText = 30;   // columns the descriptions get at least
    std::string_view lead = "Usage: ";
    std::istringstream forms(tool.usage);
    for (std::string form; std::getline(forms, form);) {
        out << lead << tool.name << ' ' << form << '\n';
        lead = "       ";
    }
    write_paragraphs(out, tool.description, width);

    const auto groups = detail::describe(options);
    std::size_t label_width = 0;
    for (const auto& group : groups) {
        for (const auto& option : group.options) {
            const std::size_t length = option_label(option).size();
            if (length <= kMaxLabel) label_width = std::max(label_width, length);
        }
    }
    const std::size_t column = kIndent + label_width + 2;
    const std::size_t text_width = std::max(width > column ? width - column : 0, kMinText);
    for (const auto& group : groups) {
        if (group.options.empty()) continue;
        out << '\n' << group.caption << ":\n";
        for (const auto& option : group.options) {
            const std::string label = std::string(kIndent, ' ') + option_label(option);
            const std::string text = option_text(option);
            const auto lines = wrap_lines(text, text_width);
            out << label;
            std::size_t at = label.size();
            if (at + 2 > column && !lines.empty()) {
                out << '\n';
                at = 0;
            }
            for (const auto line : lines) {
                out << std::string(column - at, ' ') << line << '\n';
                at = 0;
            }
            if (lines.empty()) out << '\n';
        }
    }
    if (!tool.exit_status.empty()) {
        out << '\n';
        write_paragraphs(out, tool.exit_status, width);
    }
}

}  // namespace dateline::cli
