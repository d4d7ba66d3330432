#pragma once
// MarkedText: text with some of its bytes marked as query matches, and how
// the text printers write it wrapped at word boundaries to the terminal.
// Private to the searcher library (text_printer.cpp for hits' snippets,
// article_text_printer.cpp for --show).

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/searcher/snippet.hpp"
#include "terminal_style.hpp"

namespace dateline::searcher::detail {

struct MarkedText {
    std::string text;
    std::vector<bool> marked;  ///< one flag per byte of text

    void append(char c, bool mark) {
        text += c;
        marked.push_back(mark);
    }
};

/// `plain` with nothing marked.
[[nodiscard]] MarkedText unmarked(std::string_view plain);

/// The parts of `marked` joined, highlighted parts marked; `plain` unmarked
/// when `marked` is empty.
[[nodiscard]] MarkedText from_parts(const Snippet& marked, std::string_view plain);

/// Writes `text` broken at spaces into lines of at most `width` columns
/// (cli::wrap_lines), each line after `indent` (an empty line gets none),
/// matches in the match style and the rest in `style` (none when empty).
/// `width` counts the indent. `width` 0 means no wrapping: each line of
/// `text` is written as it is. Below kMinWrapWidth columns for the text
/// itself, it is wrapped at kMinWrapWidth (a line of a few characters helps
/// nobody).
void write_wrapped(std::ostream& out, const MarkedText& text, std::size_t width,
                   std::string_view indent, std::string_view style, const Styler& styler);

inline constexpr std::size_t kMinWrapWidth = 20;

}  // namespace dateline::searcher::detail
