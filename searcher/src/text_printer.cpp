#include "dateline/searcher/text_printer.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/schema/fields.hpp"
#include "entity_line.hpp"
#include "marked_text.hpp"
#include "terminal_style.hpp"

namespace dateline::searcher {

namespace {

namespace sc = dateline::schema;

using detail::kBold;
using detail::kDim;
using detail::kMatch;
using detail::Styler;

constexpr std::string_view kIndent = "    ";

std::string plural(Xapian::doccount count, std::string_view noun) {
    return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

void print_hit(std::ostream& out, const Hit& hit, std::size_t width, const Styler& style) {
    const std::string date = hit.date ? hit.date->iso() : std::string("(no date)");
    std::string title;
    for (const auto& part : hit.title_parts.parts) {
        title += style(part.highlighted ? kMatch : kBold, part.text);
    }
    if (hit.title_parts.empty()) {
        title = style(kBold, hit.title.empty() ? std::string_view("(no title)") : hit.title);
    }
    fmt::print(out, "{:>3}. {}  {}\n", hit.rank, style(kDim, date), title);
    std::vector<detail::EntityList> lists;
    for (const auto& field : sc::entity_fields()) {
        const auto& list = hit.entities(field);
        if (list.empty()) continue;
        auto& names = lists.emplace_back(detail::EntityList{field.name, {}}).names;
        for (const auto& entity : list) names.emplace_back(entity.name);
    }
    if (!lists.empty()) {
        const std::size_t room = width > kIndent.size() ? width - kIndent.size() : 0;
        fmt::print(out, "{}{}\n", kIndent, detail::entity_line(lists, width == 0 ? 0 : room));
    }
    std::string where = "id: " + hit.id;
    // Text files are their own id; say it once.
    if (!hit.source.empty() && hit.source != hit.id) where += "  source: " + hit.source;
    if (!hit.url.empty()) where += "  " + hit.url;
    fmt::print(out, "{}{}\n", kIndent, style(kDim, where));
    if (!hit.similar.empty()) {
        // The copies collapsed into this hit; --all-copies lists them.
        constexpr std::size_t kNamed = 3;
        std::string ids;
        for (std::size_t i = 0; i < std::min(kNamed, hit.similar.size()); ++i) {
            ids += (i == 0 ? "" : ", ") + hit.similar[i];
        }
        if (hit.similar.size() > kNamed) ids += ", …";
        fmt::print(out, "{}+{} similar: {}\n", kIndent, hit.similar.size(), ids);
    }
    if (!hit.snippet.empty()) {
        // Broken at spaces, never inside a word as the terminal would.
        detail::write_wrapped(out, detail::from_parts(hit.snippet, {}), width, kIndent, {}, style);
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
    if (result.timeline || result.significant) {
        // An analysis lists no hits: there is no page to speak of.
        fmt::print(out, "{} {}.\n", plural(result.total, "article"), verb);
        return;
    }
    if (result.hits.empty()) {
        fmt::print(out, "{} {}; none on this page.\n", plural(result.total, "article"), verb);
        return;
    }
    // Ranks count hits, which are groups of copies when these are collapsed.
    const std::string groups =
        result.groups && *result.groups != result.total
            ? fmt::format(" ({} without near-duplicate copies)", plural(*result.groups, "hit"))
            : std::string();
    fmt::print(out, "{} {}{}; showing {}-{}.\n", plural(result.total, "article"), verb, groups,
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

// A bar for `value` out of `max` in a field of `width` cells; at least one
// eighth for any value above 0, so a bucket with few matches stays visible.
std::string scaled_bar(double value, double max, std::size_t width) {
    if (value <= 0 || max <= 0) return {};
    const auto units = static_cast<std::size_t>(value / max * static_cast<double>(width * 8) + 0.5);
    return bar(std::max<std::size_t>(1, units));
}

void print_timeline(std::ostream& out, const Facet& facet, const TextPrintOptions& options) {
    Xapian::doccount max = 0;
    for (const auto& value : facet.values) max = std::max(max, value.count);
    const std::size_t width = std::max<std::size_t>(options.bar_width, 1);
    for (const auto& value : facet.values) {
        fmt::print(out, "  {:<10} {} {}\n", value.key, scaled_bar(value.count, max, width),
                   value.count);
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
        heading += fmt::format(" (by {})", granularity_name(facet.request.granularity));
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

// "5.20%"; more decimals for small shares so they do not all read 0.00%.
std::string percent(double share) {
    const double value = share * 100;
    if (value == 0 || value >= 1) return fmt::format("{:.2f}%", value);
    if (value >= 0.01) return fmt::format("{:.3f}%", value);
    return fmt::format("{:.4f}%", value);
}

// The timeline as a table: a row per period with the archive's articles,
// then per series its matches, their share and a bar scaled to the series'
// largest share.
void print_timeline(std::ostream& out, const Timeline& timeline, const TextPrintOptions& options,
                    const Styler& style) {
    const std::string_view unit = granularity_name(timeline.granularity);
    fmt::print(out, "\n{}\n",
               style(kBold, fmt::format("Timeline by {}: matches and their share of the {}'s "
                                        "articles",
                                        unit, unit)));
    for (const auto& series : timeline.series) {
        fmt::print(out, "  {}: {}", series.query, plural(series.total, "article"));
        if (series.undated > 0) fmt::print(out, " ({} without a date, not shown)", series.undated);
        out << '\n';
    }
    if (timeline.periods.empty()) {
        out << "  (no dated matches)\n";
        return;
    }
    const std::size_t bar_width = std::max<std::size_t>(
        4, options.bar_width / std::max<std::size_t>(1, timeline.series.size()));
    std::size_t label_width = unit.size();
    std::size_t articles_width = std::string_view("articles").size();
    for (const auto& period : timeline.periods) {
        label_width = std::max(label_width, period.label.size());
        articles_width = std::max(articles_width, std::to_string(period.articles).size());
    }
    struct Column {
        std::size_t count_width = 0;
        std::size_t share_width = 0;
        double max_share = 0;
    };
    std::vector<Column> columns(timeline.series.size());
    for (std::size_t s = 0; s < timeline.series.size(); ++s) {
        for (std::size_t p = 0; p < timeline.periods.size(); ++p) {
            auto& column = columns[s];
            column.count_width =
                std::max(column.count_width, std::to_string(timeline.series[s].counts[p]).size());
            const auto share = timeline.share(s, p);
            column.share_width = std::max(column.share_width, share ? percent(*share).size() : 1);
            column.max_share = std::max(column.max_share, share.value_or(0));
        }
    }
    std::string header =
        fmt::format("  {:<{}}  {:>{}}", unit, label_width, "articles", articles_width);
    for (std::size_t s = 0; s < timeline.series.size(); ++s) {
        const auto& column = columns[s];
        header += fmt::format("  {:<{}}", timeline.series[s].query,
                              column.count_width + 1 + column.share_width + 1 + bar_width);
    }
    fmt::print(out, "{}\n", style(kDim, header.substr(0, header.find_last_not_of(' ') + 1)));
    for (std::size_t p = 0; p < timeline.periods.size(); ++p) {
        const auto& period = timeline.periods[p];
        std::string line = fmt::format("  {:<{}}  {:>{}}", period.label, label_width,
                                       period.articles, articles_width);
        for (std::size_t s = 0; s < timeline.series.size(); ++s) {
            const auto& column = columns[s];
            const auto share = timeline.share(s, p);
            // "–": the period has no articles at all, so no share.
            const std::string bar_text =
                share ? scaled_bar(*share, column.max_share, bar_width) : std::string();
            line +=
                fmt::format("  {:>{}} {:>{}} ", timeline.series[s].counts[p], column.count_width,
                            share ? percent(*share) : "–", column.share_width);
            line += bar_text;
            // Pad the bar to its width (bars are multi-byte: count cells).
            if (s + 1 < timeline.series.size()) {
                std::size_t cells = 0;
                for (const char c : bar_text)
                    cells += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
                line.append(bar_width - std::min(bar_width, cells), ' ');
            }
        }
        fmt::print(out, "{}\n", line.substr(0, line.find_last_not_of(' ') + 1));
    }
}

void print_significant(std::ostream& out, const Significance& significance, const Styler& style) {
    // "people", "places", "orgs": the field's name says the plural.
    const std::string_view what =
        significance.request.is_terms() ? "words" : significance.request.field->name;
    const std::string counted =
        significance.foreground_size == significance.matches
            ? plural(significance.matches, "matching article")
            : fmt::format("a sample of {} of the {} matching articles",
                          significance.foreground_size, significance.matches);
    fmt::print(out, "\n{}\n",
               style(kBold, fmt::format("Significant {} in {} against all {} (JLH score)", what,
                                        counted, plural(significance.background_size, "article"))));
    if (significance.values.empty()) {
        fmt::print(out, "  (none: nothing is in {} or more matches and more common there)\n",
                   kMinForeground);
        return;
    }
    std::size_t matches_width = std::string_view("matches").size();
    std::size_t archive_width = std::string_view("archive").size();
    for (const auto& value : significance.values) {
        matches_width = std::max(matches_width, std::to_string(value.foreground).size());
        archive_width = std::max(archive_width, std::to_string(value.background).size());
    }
    fmt::print(
        out, "{}\n",
        style(kDim, fmt::format("  {:>8}  {:>{}}  {:>{}}  {}", "score", "matches", matches_width,
                                "archive", archive_width, significant_name(significance.request))));
    for (const auto& value : significance.values) {
        fmt::print(out, "  {:>8.3g}  {:>{}}  {:>{}}  {}\n", value.score, value.foreground,
                   matches_width, value.background, archive_width, value.name);
    }
}

}  // namespace

void print_text(std::ostream& out, const SearchResult& result, const TextPrintOptions& options) {
    const Styler style(options.color);
    if (!result.corrected_query.empty()) {
        fmt::print(out, "Did you mean: {}?\n\n", style(kBold, result.corrected_query));
    }
    if (!result.like.empty()) fmt::print(out, "{}\n\n", style(kBold, "Like " + result.like));
    for (const auto& hit : result.hits) print_hit(out, hit, options.width, style);
    print_total(out, result);
    if (result.timeline) print_timeline(out, *result.timeline, options, style);
    if (result.significant) print_significant(out, *result.significant, style);
    for (const auto& facet : result.facets) print_facet(out, facet, options, style);
}

}  // namespace dateline::searcher
