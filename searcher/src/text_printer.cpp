#include "dateline/searcher/text_printer.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "dateline/schema/fields.hpp"
#include "terminal_style.hpp"

namespace dateline::searcher {

namespace {

namespace sc = dateline::schema;

using detail::join_names;
using detail::kBold;
using detail::kDim;
using detail::kMatch;
using detail::Styler;

constexpr std::string_view kIndent = "    ";

std::string plural(Xapian::doccount count, std::string_view noun) {
    return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

void print_hit(std::ostream& out, const Hit& hit, const Styler& style) {
    const std::string date = hit.date ? hit.date->iso() : std::string("(no date)");
    std::string title;
    for (const auto& part : hit.title_parts.parts) {
        title += style(part.highlighted ? kMatch : kBold, part.text);
    }
    if (hit.title_parts.empty()) {
        title = style(kBold, hit.title.empty() ? std::string_view("(no title)") : hit.title);
    }
    fmt::print(out, "{:>3}. {}  {}\n", hit.rank, style(kDim, date), title);
    std::string entities;
    for (const auto& field : sc::entity_fields()) {
        const auto& list = hit.entities(field);
        if (list.empty()) continue;
        if (!entities.empty()) entities += "  ";
        entities += fmt::format("{}: {}", field.name, join_names(list));
    }
    if (!entities.empty()) fmt::print(out, "{}{}\n", kIndent, entities);
    std::string where = "id: " + hit.id;
    // Text files are their own id; say it once.
    if (!hit.source.empty() && hit.source != hit.id) where += "  source: " + hit.source;
    if (!hit.url.empty()) where += "  " + hit.url;
    fmt::print(out, "{}{}\n", kIndent, style(kDim, where));
    if (!hit.snippet.empty()) {
        std::string line;
        for (const auto& part : hit.snippet.parts) {
            line += part.highlighted ? style(kMatch, part.text) : part.text;
        }
        fmt::print(out, "{}{}\n", kIndent, line);
    }
    out << '\n';
}

void print_total(std::ostream& out, const SearchResult& result) {
    if (result.total == 0) {
        out << "No articles match.\n";
        return;
    }
    // "1 article matches", "2 articles match".
    const std::string_view verb = result.total == 1 ? "matches" : "match";
    if (result.hits.empty()) {
        fmt::print(out, "{} {}; none on this page.\n", plural(result.total, "article"), verb);
        return;
    }
    fmt::print(out, "{} {}; showing {}-{}.\n", plural(result.total, "article"), verb,
               result.hits.front().rank, result.hits.back().rank);
}

// A bar of `units` eighths of a character cell.
std::string bar(std::size_t units) {
    static constexpr std::string_view kEighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
    std::string text;
    for (std::size_t i = 0; i < units / 8; ++i) text += "█";
    text += kEighths[units % 8];
    return text;
}

void print_timeline(std::ostream& out, const Facet& facet, const TextPrintOptions& options) {
    Xapian::doccount max = 0;
    for (const auto& value : facet.values) max = std::max(max, value.count);
    const std::size_t width = std::max<std::size_t>(options.bar_width, 1);
    for (const auto& value : facet.values) {
        // At least one eighth, so a bucket with few hits stays visible.
        const std::size_t units =
            std::max<std::size_t>(1, (std::size_t{value.count} * width * 8 + max / 2) / max);
        fmt::print(out, "  {:<10} {} {}\n", value.key, bar(units), value.count);
    }
}

void print_table(std::ostream& out, const Facet& facet) {
    Xapian::doccount max = 0;
    for (const auto& value : facet.values) max = std::max(max, value.count);
    const std::size_t digits = std::to_string(max).size();
    for (const auto& value : facet.values) {
        fmt::print(out, "  {:>{}}  {}\n", value.count, digits, value.name);
    }
}

void print_facet(std::ostream& out, const Facet& facet, const TextPrintOptions& options,
                 const Styler& style) {
    std::string heading(facet_name(facet.request.field));
    if (facet.request.is_date()) {
        static constexpr std::string_view kBy[] = {"year", "month", "day"};
        heading += fmt::format(" (by {})", kBy[static_cast<int>(facet.request.granularity)]);
    } else if (facet.values.size() < facet.distinct_values) {
        heading += fmt::format(" (top {} of {})", facet.values.size(), facet.distinct_values);
    }
    fmt::print(out, "\n{}\n", style(kBold, heading));
    if (facet.values.empty()) {
        out << "  (none)\n";
    } else if (facet.request.is_date()) {
        print_timeline(out, facet, options);
    } else {
        print_table(out, facet);
    }
}

}  // namespace

void print_text(std::ostream& out, const SearchResult& result, const TextPrintOptions& options) {
    const Styler style(options.color);
    if (!result.corrected_query.empty()) {
        fmt::print(out, "Did you mean: {}?\n\n", style(kBold, result.corrected_query));
    }
    if (!result.like.empty()) fmt::print(out, "{}\n\n", style(kBold, "Like " + result.like));
    for (const auto& hit : result.hits) print_hit(out, hit, style);
    print_total(out, result);
    for (const auto& facet : result.facets) print_facet(out, facet, options, style);
}

}  // namespace dateline::searcher
