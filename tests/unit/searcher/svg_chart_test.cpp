// The SVG timeline chart as text: one line per series that breaks where a
// period has no articles, escaped labels, a legend. (The CLI test renders it
// with rsvg-convert and looks at the pixels.)

#include "dateline/searcher/svg_chart.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace dateline::searcher {
namespace {

Timeline sample() {
    Timeline timeline;
    timeline.granularity = DateGranularity::Month;
    timeline.periods = {{"1987-01", 10}, {"1987-02", 0}, {"1987-03", 20}, {"1987-04", 40}};
    timeline.series = {{"oil", 9, 0, {2, 0, 4, 3}}, {"\"gold\" & <silver>", 3, 1, {0, 0, 1, 1}}};
    return timeline;
}

std::string svg(const Timeline& timeline) {
    std::ostringstream out;
    write_timeline_svg(out, timeline);
    return out.str();
}

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t count = 0;
    for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) {
        ++count;
    }
    return count;
}

TEST(SvgChart, OneLinePerSeriesBrokenWhereAPeriodHasNoArticles) {
    const std::string out = svg(sample());
    EXPECT_EQ(out.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ", 0), 0U) << out;
    EXPECT_EQ(out.substr(out.size() - 7), "</svg>\n");
    EXPECT_EQ(occurrences(out, "<path "), 2U) << out;
    // February has no articles: each line restarts after it ("M" twice).
    const auto first_path =
        out.substr(out.find("<path d=\""), out.find("\" fill=\"none\"") - out.find("<path d=\""));
    EXPECT_EQ(occurrences(first_path, "M"), 2U) << first_path;
    EXPECT_EQ(occurrences(first_path, "L"), 1U) << first_path;
    // A dot per period that has a share: 3 per series.
    EXPECT_EQ(occurrences(out, "<circle "), 6U);
}

TEST(SvgChart, LabelsAxesAndAnEscapedLegend) {
    const std::string out = svg(sample());
    EXPECT_NE(out.find(">Share of the month's articles that match</text>"), std::string::npos);
    EXPECT_NE(out.find(">% of the month's articles</text>"), std::string::npos);
    for (const std::string label : {"1987-01", "1987-02", "1987-03", "1987-04"}) {
        EXPECT_NE(out.find(">" + label + "</text>"), std::string::npos) << label;
    }
    // The largest share is 20% (oil in January and March): the axis reaches it.
    EXPECT_NE(out.find(">20%</text>"), std::string::npos) << out;
    EXPECT_NE(out.find(">oil (9 articles)</text>"), std::string::npos);
    EXPECT_NE(out.find(">&quot;gold&quot; &amp; &lt;silver&gt; (3 articles)</text>"),
              std::string::npos);
    EXPECT_EQ(out.find("<silver>"), std::string::npos);
}

TEST(SvgChart, ManyPeriodsThinTheLabels) {
    Timeline timeline;
    timeline.granularity = DateGranularity::Day;
    timeline.series = {{"oil", 0, 0, {}}};
    for (int day = 1; day <= 200; ++day) {
        timeline.periods.push_back({"day " + std::to_string(day), 1});
        timeline.series[0].counts.push_back(1);
    }
    const std::string out = svg(timeline);
    const std::size_t labels = occurrences(out, ">day ");
    EXPECT_GT(labels, 5U);
    EXPECT_LT(labels, 20U);
    EXPECT_EQ(occurrences(out, "<circle "), 0U);  // too many periods for dots
}

TEST(SvgChart, EmptyTimelineIsStillADocument) {
    Timeline timeline;
    timeline.series = {{"platypus", 0, 0, {}}};
    const std::string out = svg(timeline);
    EXPECT_EQ(occurrences(out, "<path "), 0U);
    EXPECT_NE(out.find(">platypus (0 articles)</text>"), std::string::npos);
    EXPECT_EQ(out.substr(out.size() - 7), "</svg>\n");
}

}  // namespace
}  // namespace dateline::searcher
