#pragma once
// Text as a terminal shows it: display width of UTF-8 text, and wrapping at
// word boundaries to a number of columns. Shared by --help, article bodies
// (dateline-search --show) and anything else that wraps.

#include <cstddef>
#include <string_view>
#include <vector>

namespace dateline::cli {

/// Columns `text` takes on a terminal: one per character, two for East Asian
/// wide and fullwidth characters (and emoji), none for combining marks, zero
/// width spaces and joiners. Invalid UTF-8 bytes count one column each; ANSI
/// escape sequences are not recognised (measure text before colouring it).
[[nodiscard]] std::size_t display_width(std::string_view text);

/// The longest start of `text` that takes at most `width` columns (whole
/// characters only).
[[nodiscard]] std::string_view first_columns(std::string_view text, std::size_t width);

/// The longest end of `text` that takes at most `width` columns (whole
/// characters only; a combining mark stays with its base).
[[nodiscard]] std::string_view last_columns(std::string_view text, std::size_t width);

/// `text` broken into lines of at most `width` columns at spaces; each line
/// is a view into `text` without the spaces at the break. A word longer than
/// `width` gets a line of its own (it is never cut). Newlines in `text` end a
/// line (an empty line stays one; a final newline adds none); spaces that
/// start a line, and runs of spaces inside it, are kept. `width` 0 is taken
/// as 1.
[[nodiscard]] std::vector<std::string_view> wrap_lines(std::string_view text, std::size_t width);

/// The number of columns of the terminal on file descriptor `fd`, else
/// $COLUMNS when it is a positive number, else `fallback`.
[[nodiscard]] std::size_t terminal_width(int fd, std::size_t fallback = 80);

}  // namespace dateline::cli
