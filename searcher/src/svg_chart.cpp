#include "dateline/searcher/svg_chart.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <string_view>

namespace dateline::searcher {

namespace {

// Okabe & Ito's palette, without its yellow (too pale on white).
constexpr std::array<std::string_view, 7> kColours = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                                      "#E69F00", "#56B4E9", "#000000"};

constexpr double kWidth = 900;
constexpr double kLeft = 80;  // room for the y labels
constexpr double kRight = 30;
constexpr double kTop = 50;  // room for the title
constexpr double kPlotHeight = 300;
constexpr double kFontSize = 12;
// Average advance of a 12 px sans-serif character, to keep labels apart.
constexpr double kCharWidth = 7;
// Draw a dot per point while there is room for it.
constexpr std::size_t kMaxDottedPeriods = 60;

std::string escape_xml(std::string_view text) {
    std::string escaped;
    for (const char c : text) {
        switch (c) {
            case '&':
                escaped += "&amp;";
                break;
            case '<':
                escaped += "&lt;";
                break;
            case '>':
                escaped += "&gt;";
                break;
            case '"':
                escaped += "&quot;";
                break;
            default:
                // XML 1.0 allows no control characters but tab and newlines.
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') {
                    escaped += ' ';
                } else {
                    escaped += c;
                }
        }
    }
    return escaped;
}

// The smallest 1, 2 or 5 times a power of ten that is at least `value`.
double nice_step(double value) {
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= value) return factor * power;
    }
    return 10 * power;
}

std::string format_percent(double value, double step) {
    const int decimals = std::max(0, static_cast<int>(-std::floor(std::log10(step) + 1e-9)));
    return fmt::format("{:.{}f}%", value, decimals);
}

}  // namespace

void write_timeline_svg(std::ostream& out, const Timeline& timeline) {
    const std::size_t periods = timeline.periods.size();
    const double plot_width = kWidth - kLeft - kRight;
    const double bottom = kTop + kPlotHeight;
    // Room below the axis for its labels, then a legend row per series.
    constexpr double kLegendTop = 65;
    constexpr double kLegendRow = 18;
    const double height =
        bottom + kLegendTop + kLegendRow * static_cast<double>(timeline.series.size());

    double max_share = 0;
    for (std::size_t s = 0; s < timeline.series.size(); ++s) {
        for (std::size_t p = 0; p < periods; ++p) {
            max_share = std::max(max_share, timeline.share(s, p).value_or(0) * 100);
        }
    }
    // Five gridlines at most, the top one at or above the largest share.
    const double step = nice_step(max_share > 0 ? max_share / 5 : 1);
    const double y_max = step * std::ceil(max_share / step - 1e-9);
    const double y_top = y_max > 0 ? y_max : step;
    const auto y_of = [&](double percent) { return bottom - percent / y_top * kPlotHeight; };
    const auto x_of = [&](std::size_t period) {
        return kLeft + (static_cast<double>(period) + 0.5) * plot_width /
                           static_cast<double>(std::max<std::size_t>(periods, 1));
    };

    const std::string_view unit = granularity_name(timeline.granularity);
    fmt::print(out,
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{0}\" "
               "height=\"{1}\" viewBox=\"0 0 {0} {1}\" font-family=\"sans-serif\" "
               "font-size=\"{2}\">\n"
               "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
               "<text x=\"{3}\" y=\"28\" font-size=\"16\" font-weight=\"bold\">Share of the "
               "{4}'s articles that match</text>\n",
               kWidth, height, kFontSize, kLeft, unit);

    // Y axis: gridlines and percent labels.
    for (double value = 0; value <= y_top + step / 2; value += step) {
        const double y = y_of(value);
        fmt::print(
            out,
            "<line x1=\"{0}\" y1=\"{1:.1f}\" x2=\"{2}\" y2=\"{1:.1f}\" stroke=\"#dddddd\"/>\n"
            "<text x=\"{3}\" y=\"{4:.1f}\" text-anchor=\"end\">{5}</text>\n",
            kLeft, y, kLeft + plot_width, kLeft - 8, y + 4, format_percent(value, step));
    }
    fmt::print(out,
               "<text transform=\"translate(20 {0:.1f}) rotate(-90)\" text-anchor=\"middle\">"
               "% of the {1}'s articles</text>\n",
               kTop + kPlotHeight / 2, unit);

    // X axis: the line, ticks and as many labels as fit side by side.
    fmt::print(out,
               "<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"#000000\"/>\n"
               "<line x1=\"{0}\" y1=\"{3}\" x2=\"{0}\" y2=\"{1}\" stroke=\"#000000\"/>\n",
               kLeft, bottom, kLeft + plot_width, kTop);
    std::size_t label_chars = 4;
    for (const auto& period : timeline.periods)
        label_chars = std::max(label_chars, period.label.size());
    const double label_width = static_cast<double>(label_chars) * kCharWidth + 12;
    const std::size_t every =
        std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(static_cast<double>(periods) *
                                                                    label_width / plot_width)));
    for (std::size_t p = 0; p < periods; p += every) {
        const double x = x_of(p);
        fmt::print(
            out,
            "<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" stroke=\"#000000\"/>\n"
            "<text x=\"{0:.1f}\" y=\"{3}\" text-anchor=\"middle\">{4}</text>\n",
            x, bottom, bottom + 5, bottom + 20, escape_xml(timeline.periods[p].label));
    }
    fmt::print(out, "<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
               kLeft + plot_width / 2, bottom + 40, unit);

    // One line per series; it breaks where a period has no articles.
    for (std::size_t s = 0; s < timeline.series.size(); ++s) {
        const std::string_view colour = kColours[s % kColours.size()];
        std::string path;
        std::string dots;
        bool drawing = false;
        for (std::size_t p = 0; p < periods; ++p) {
            const auto share = timeline.share(s, p);
            if (!share) {
                drawing = false;
                continue;
            }
            const double x = x_of(p);
            const double y = y_of(*share * 100);
            path += fmt::format("{}{:.1f} {:.1f} ", drawing ? "L" : "M", x, y);
            drawing = true;
            if (periods <= kMaxDottedPeriods) {
                dots += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3\"/>", x, y);
            }
        }
        if (!path.empty()) {
            path.pop_back();
            fmt::print(out,
                       "<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\" "
                       "stroke-linejoin=\"round\"/>\n",
                       path, colour);
        }
        if (!dots.empty()) fmt::print(out, "<g fill=\"{}\">{}</g>\n", colour, dots);
    }

    // Legend: a coloured line and the query with its total, one per row.
    double legend_y = bottom + kLegendTop;
    for (std::size_t s = 0; s < timeline.series.size(); ++s) {
        const auto& series = timeline.series[s];
        fmt::print(out,
                   "<line x1=\"{0}\" y1=\"{1:.1f}\" x2=\"{2}\" y2=\"{1:.1f}\" stroke=\"{3}\" "
                   "stroke-width=\"3\"/>\n"
                   "<text x=\"{4}\" y=\"{5:.1f}\">{6} ({7} article{8})</text>\n",
                   kLeft, legend_y, kLeft + 30, kColours[s % kColours.size()], kLeft + 38,
                   legend_y + 4, escape_xml(series.query), series.total,
                   series.total == 1 ? "" : "s");
        legend_y += kLegendRow;
    }
    out << "</svg>\n";
}

}  // namespace dateline::searcher
