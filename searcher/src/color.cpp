#include "dateline/searcher/color.hpp"

namespace dateline::searcher {

std::optional<ColorMode> parse_color_mode(std::string_view text) {
    if (text == "auto") return ColorMode::Auto;
    if (text == "always") return ColorMode::Always;
    if (text == "never") return ColorMode::Never;
    return std::nullopt;
}

bool use_color(ColorMode mode, bool output_is_terminal, const char* term, const char* no_color) {
    switch (mode) {
        case ColorMode::Always:
            return true;
        case ColorMode::Never:
            return false;
        case ColorMode::Auto:
            break;
    }
    const bool no_color_set = no_color != nullptr && *no_color != '\0';
    const bool term_usable = term != nullptr && *term != '\0' && std::string_view(term) != "dumb";
    return output_is_terminal && term_usable && !no_color_set;
}

}  // namespace dateline::searcher
