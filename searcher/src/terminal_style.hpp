#pragma once
// The terminal styles of the text printers, Styler, which applies one only
// when colour is on, and how they list names. Private to the searcher
// library.

#include <string>
#include <string_view>
#include <vector>

#include "dateline/schema/entity.hpp"

namespace dateline::searcher::detail {

inline constexpr std::string_view kBold = "\x1b[1m";
inline constexpr std::string_view kDim = "\x1b[2m";
inline constexpr std::string_view kMatch = "\x1b[1;31m";  // bold red, as grep marks matches
inline constexpr std::string_view kReset = "\x1b[0m";

class Styler {
  public:
    explicit Styler(bool color) : color_(color) {}
    /// `text` in `style` when colour is on; as it is otherwise.
    [[nodiscard]] std::string operator()(std::string_view style, std::string_view text) const {
        if (!color_ || text.empty()) return std::string(text);
        return std::string(style) + std::string(text) + std::string(kReset);
    }

  private:
    bool color_;
};

/// Display names joined by ", ".
[[nodiscard]] inline std::string join_names(const std::vector<schema::Entity>& entities) {
    std::string names;
    for (const auto& entity : entities) {
        if (!names.empty()) names += ", ";
        names += entity.name;
    }
    return names;
}

}  // namespace dateline::searcher::detail
