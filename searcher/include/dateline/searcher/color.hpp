#pragma once
// When to colour terminal output.

#include <optional>
#include <string_view>

namespace dateline::searcher {

enum class ColorMode {
    Auto,  ///< colour when writing to a terminal that can show it (see use_color)
    Always,
    Never,
};

/// "auto", "always", "never"; nullopt otherwise.
[[nodiscard]] std::optional<ColorMode> parse_color_mode(std::string_view text);

/// Whether to colour. Auto colours only when output is a terminal, TERM is set
/// and not "dumb", and NO_COLOR is unset or empty (https://no-color.org).
/// `term` and `no_color` are the environment values, nullptr when unset.
[[nodiscard]] bool use_color(ColorMode mode, bool output_is_terminal, const char* term,
                             const char* no_color);

}  // namespace dateline::searcher
