#include "marked_text.hpp"

#include "dateline/cli/text_width.hpp"

namespace dateline::searcher::detail {

MarkedText unmarked(std::string_view plain) {
    MarkedText result;
    for (const char c : plain) result.append(c, false);
    return result;
}

MarkedText from_parts(const Snippet& marked, std::string_view plain) {
    if (marked.empty()) return unmarked(plain);
    MarkedText result;
    for (const auto& part : marked.parts) {
        for (const char c : part.text) result.append(c, part.highlighted);
    }
    return result;
}

namespace {

// The lines of `text` as they are: split at newlines only.
std::vector<std::string_view> unwrapped_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t newline = text.find('\n', start);
        if (newline == std::string_view::npos) {
            lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, newline - start));
        start = newline + 1;
    }
    return lines;
}

}  // namespace

void write_wrapped(std::ostream& out, const MarkedText& text, std::size_t width,
                   std::string_view indent, std::string_view style, const Styler& styler) {
    const std::size_t columns =
        width > indent.size() + kMinWrapWidth ? width - indent.size() : kMinWrapWidth;
    const auto lines =
        width == 0 ? unwrapped_lines(text.text) : cli::wrap_lines(text.text, columns);
    for (const auto line : lines) {
        out << (line.empty() ? std::string_view() : indent);
        const auto begin = static_cast<std::size_t>(line.data() - text.text.data());
        std::size_t i = begin;
        while (i < begin + line.size()) {
            const bool mark = text.marked[i];
            std::size_t j = i;
            while (j < begin + line.size() && text.marked[j] == mark) ++j;
            const std::string_view piece = std::string_view(text.text).substr(i, j - i);
            if (mark || !style.empty()) {
                out << styler(mark ? kMatch : style, piece);
            } else {
                out << piece;
            }
            i = j;
        }
        out << '\n';
    }
}

}  // namespace dateline::searcher::detail
