// print_text for keyword-in-context lines (`dateline-search --kwic`): the
// declaration and what it prints are in text_printer.hpp.

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "dateline/cli/text_width.hpp"
#include "dateline/searcher/text_printer.hpp"
#include "terminal_style.hpp"

namespace dateline::searcher {

namespace {

using detail::kDim;
using detail::kMatch;
using detail::Styler;

constexpr std::size_t kDateWidth = 10;   // YYYY-MM-DD
constexpr std::size_t kMinIdWidth = 12;  // ids get a fifth of the line, at least this
constexpr std::size_t kMaxIdWidth = 30;  // and at most this; longer ones are cut with "…"
constexpr std::size_t kMinContext = 10;  // columns each context gets at least
constexpr std::string_view kGap = "  ";  // between date, id and the contexts

std::string padded(std::string_view text, std::size_t width) {
    const std::size_t used = cli::display_width(text);
    return std::string(text) + std::string(width > used ? width - used : 0, ' ');
}

std::string shown_id(std::string_view id, std::size_t width) {
    if (cli::display_width(id) <= width) return std::string(id);
    return std::string(cli::first_columns(id, width - 1)) + "…";
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return text;
}

std::string plural(std::size_t count, std::string_view noun) {
    return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

}  // namespace

void print_text(std::ostream& out, const KwicResult& result, const TextPrintOptions& options) {
    const Styler style(options.color);
    const std::size_t width = options.width == 0 ? kKwicWidth : options.width;
    const std::size_t max_id_width = std::clamp(width / 5, kMinIdWidth, kMaxIdWidth);
    std::size_t id_width = 0;
    for (const auto& line : result.lines) {
        id_width = std::max(id_width, std::min(cli::display_width(line.id), max_id_width));
    }
    const std::size_t prefix = kDateWidth + kGap.size() + id_width + kGap.size();
    const std::size_t room = width > prefix + 4 * kMinContext ? width - prefix : 4 * kMinContext;
    // Two fifths of the room to the left context, the rest to the match and
    // what follows it; every match starts in the same column.
    const std::size_t left_width = room * 2 / 5;
    for (const auto& line : result.lines) {
        const std::string date = line.date ? line.date->iso() : std::string("(no date)");
        const std::string_view left = cli::last_columns(line.left, left_width);
        const std::size_t match_width = cli::display_width(line.match);
        const std::size_t used = left_width + 1 + match_width + 1;
        const std::size_t right_width = room > used + kMinContext ? room - used : kMinContext;
        fmt::print(out, "{}{}{}{}{}{} {} {}\n", style(kDim, padded(date, kDateWidth)), kGap,
                   style(kDim, padded(shown_id(line.id, id_width), id_width)), kGap,
                   std::string(left_width - cli::display_width(left), ' '), left,
                   style(kMatch, line.match), trimmed(cli::first_columns(line.right, right_width)));
    }
    if (result.total == 0) {
        out << "No articles match.\n";
        return;
    }
    if (result.lines.empty() && !result.truncated) {
        fmt::print(out, "{} {}, but the query marks no words in {} (it has only filters?).\n",
                   plural(result.total, "article"), result.total == 1 ? "matches" : "match",
                   result.total == 1 ? "it" : "them");
        return;
    }
    fmt::print(out, "{} from {} of the {} matching {}{}.\n", plural(result.lines.size(), "line"),
               result.articles, result.total, result.total == 1 ? "article" : "articles",
               result.truncated ? "; more with a higher --limit" : "");
}

}  // namespace dateline::searcher
