#include "dateline/searcher/query_error.hpp"

#include <algorithm>

#include "dateline/cli/text_width.hpp"

namespace dateline::searcher {

namespace {

bool starts_character(char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }

// What stands under `text` in the caret line: a tab for a tab (the terminal
// moves both lines to the same tab stop, as both have the same indentation),
// else as many spaces as each character takes columns (two under a wide
// character, none under a combining mark).
std::string blank_under(std::string_view text) {
    std::string blank;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t end = i + 1;
        while (end < text.size() && !starts_character(text[end])) ++end;
        const std::string_view character = text.substr(i, end - i);
        if (character == "\t") {
            blank += '\t';
        } else {
            blank.append(cli::display_width(character), ' ');
        }
        i = end;
    }
    return blank;
}

}  // namespace

std::string format_query_caret(std::string_view query, QuerySpan span) {
    const std::size_t offset = std::min(span.offset, query.size());
    const std::size_t length = std::min(span.length, query.size() - offset);
    std::string line = blank_under(query.substr(0, offset));
    line.append(std::max<std::size_t>(1, cli::display_width(query.substr(offset, length))), '^');
    return line;
}

}  // namespace dateline::searcher
