// Timelines, significant values and several date facets as the text and
// JSON printers show them, on hand-made SearchResults.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "dateline/searcher/json_printer.hpp"
#include "dateline/searcher/text_printer.hpp"

namespace dateline::searcher {
namespace {

SearchResult timeline_result() {
    SearchResult result;
    result.query = "oil";
    result.total = 10;
    Timeline timeline;
    timeline.granularity = DateGranularity::Month;
    timeline.periods = {{"1987-01", 100}, {"1987-02", 0}, {"1987-03", 200}};
    timeline.series = {{"oil", 10, 1, {4, 0, 5}}, {"gold", 2, 0, {0, 0, 2}}};
    result.timeline = timeline;
    return result;
}

SearchResult significant_result() {
    SearchResult result;
    result.query = "person:volcker";
    result.total = 124;
    Significance significance;
    significance.request = SignificantRequest{schema::find_facet_field("person")};
    significance.matches = 124;
    significance.foreground_size = 124;
    significance.background_size = 21578;
    significance.values = {{"greenspan", "Alan Greenspan", 25, 47, 18.5},
                           {"james-baker", "James Baker", 18, 188, 2.27}};
    result.significant = significance;
    return result;
}

std::string text(const SearchResult& result) {
    std::ostringstream out;
    TextPrintOptions options;
    options.bar_width = 8;
    print_text(out, result, options);
    return out.str();
}

nlohmann::json json(const SearchResult& result) {
    std::ostringstream out;
    print_json(out, result);
    return nlohmann::json::parse(out.str());
}

TEST(TimelinePrinter, TextHasEveryPeriodWithCountShareAndBar) {
    // Two series share bar_width 8: 4 cells each, scaled to each one's largest share.
    EXPECT_EQ(text(timeline_result()),
              "10 articles match.\n"
              "\n"
              "Timeline by month: matches and their share of the month's articles\n"
              "  oil: 10 articles (1 without a date, not shown)\n"
              "  gold: 2 articles\n"
              "  month    articles  oil           gold\n"
              "  1987-01       100  4 4.00% ████  0 0.00%\n"
              "  1987-02         0  0     –       0     –\n"
              "  1987-03       200  5 2.50% ██▌   2 1.00% ████\n");
}

TEST(TimelinePrinter, JsonHasPeriodsWithMatchesAndShares) {
    const auto object = json(timeline_result());
    EXPECT_EQ(object.at("hits"), nlohmann::json::array());
    EXPECT_EQ(object.at("timeline"), nlohmann::json::parse(R"({
        "granularity": "month",
        "series": [{"query": "oil", "total": 10, "undated": 1},
                   {"query": "gold", "total": 2, "undated": 0}],
        "periods": [{"period": "1987-01", "articles": 100, "matches": [4, 0], "shares": [0.04, 0.0]},
                    {"period": "1987-02", "articles": 0, "matches": [0, 0], "shares": [null, null]},
                    {"period": "1987-03", "articles": 200, "matches": [5, 2], "shares": [0.025, 0.01]}]
    })"))
        << object.dump(2);
}

TEST(SignificantPrinter, TextTable) {
    EXPECT_EQ(text(significant_result()),
              "124 articles match.\n"
              "\n"
              "Significant people in 124 matching articles against all 21578 articles (JLH "
              "score)\n"
              "     score  matches  archive  person\n"
              "      18.5       25       47  Alan Greenspan\n"
              "      2.27       18      188  James Baker\n");
}

TEST(SignificantPrinter, TextSaysWhenWordsWereSampled) {
    SearchResult result = significant_result();
    result.significant->request = SignificantRequest{};
    result.significant->foreground_size = 1000;
    result.significant->matches = 1544;
    result.significant->values.clear();
    const std::string out = text(result);
    EXPECT_NE(out.find("Significant words in a sample of 1000 of the 1544 matching articles"),
              std::string::npos)
        << out;
    EXPECT_NE(out.find("(none: nothing is in 3 or more matches and more common there)"),
              std::string::npos)
        << out;
}

TEST(SignificantPrinter, Json) {
    EXPECT_EQ(json(significant_result()).at("significant"), nlohmann::json::parse(R"({
        "field": "person", "score": "jlh", "matches": 124, "counted": 124, "articles": 21578,
        "values": [
            {"key": "greenspan", "name": "Alan Greenspan", "matches": 25, "articles": 47,
             "score": 18.5},
            {"key": "james-baker", "name": "James Baker", "matches": 18, "articles": 188,
             "score": 2.27}]
    })"));
}

TEST(FacetPrinter, SeveralDateFacetsAreToldApart) {
    SearchResult result;
    result.total = 3;
    const schema::FieldSpec* date = schema::find_facet_field("date");
    result.facets = {Facet{{date, DateGranularity::Year}, {{"1987", "1987", 3}}, 1},
                     Facet{{date, DateGranularity::Day},
                           {{"1987-03-01", "1987-03-01", 2},
                            {"1987-03-02", "1987-03-02", 0},
                            {"1987-03-03", "1987-03-03", 1}},
                           3}};
    const auto facets = json(result).at("facets");
    EXPECT_EQ(facets.at("date:year").size(), 1U);
    EXPECT_EQ(facets.at("date:day").at(1), nlohmann::json::parse(
                                               R"({"key": "1987-03-02", "name": "1987-03-02",
                                                   "count": 0})"));
    const std::string out = text(result);
    EXPECT_NE(out.find("date (by year)\n  1987       ████████ 3\n"), std::string::npos) << out;
    // An empty day is listed, without a bar.
    EXPECT_NE(out.find("date (by day)\n  1987-03-01 ████████ 2\n  1987-03-02  0\n"),
              std::string::npos)
        << out;

    result.facets.pop_back();  // one date facet keeps the key "date"
    EXPECT_TRUE(json(result).at("facets").contains("date"));
}

}  // namespace
}  // namespace dateline::searcher
