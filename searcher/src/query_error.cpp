#include "dateline/searcher/query_error.hpp"

#include <algorithm>

namespace dateline::searcher {

namespace {

// Characters (not bytes) in `text`: every byte that does not continue a UTF-8
// sequence starts one.
std::size_t utf8_length(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
    }));
}

}  // namespace

std::string format_query_caret(std::string_view query, QuerySpan span) {
    const std::size_t offset = std::min(span.offset, query.size());
    const std::size_t length = std::min(span.length, query.size() - offset);
    std::string line(utf8_length(query.substr(0, offset)), ' ');
    line.append(std::max<std::size_t>(1, utf8_length(query.substr(offset, length))), '^');
    return line;
}

}  // namespace dateline::searcher
