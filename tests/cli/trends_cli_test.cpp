// dateline-search --timeline, --compare, --significant and date facets on the
// sample corpus (corpus/README.md lists its counts), run as real processes:
// what they print, their JSON, their exit status and their usage errors.
// The SVG chart of --plot is rendered and looked at in plot_cli_test.cpp.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace dateline::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class TrendsCli : public testing::Test {
  protected:
    static void SetUpTestSuite() {
        dir_ = std::make_unique<TempDir>();
        // Without extraction the people and places are the headers', which
        // corpus/README.md counts.
        const auto built = run_process({index_binary(), "--index", index_path(), "--quiet",
                                        "--no-extract", source_dir() + "/corpus"});
        ASSERT_EQ(built.exit_code, 0) << built.err;
    }
    static void TearDownTestSuite() { dir_.reset(); }

    static std::string index_path() { return (*dir_ / "index").string(); }

    static ProcessResult search(std::vector<std::string> args) {
        args.insert(args.begin(), {search_binary(), "--index", index_path(), "--color", "never"});
        return run_process(args);
    }

    static json search_json(std::vector<std::string> args) {
        args.push_back("--json");
        const auto result = search(args);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        EXPECT_EQ(result.err, "");
        return json::parse(result.out);
    }

    static inline std::unique_ptr<TempDir> dir_;
};

void expect_usage_error(const ProcessResult& result, const std::string& message) {
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err.rfind("dateline-search: error: " + message + "\n", 0), 0U) << result.err;
}

TEST_F(TrendsCli, TimelineByYearDividesByTheYearsArticles) {
    const json timeline = search_json({"--timeline", "year", "date:2018..2024"}).at("timeline");
    EXPECT_EQ(timeline.at("granularity"), "year");
    // corpus/README.md: 8, 6, 5, 5, 9, 6 and 6 articles from 2018 to 2024.
    const std::vector<std::pair<std::string, int>> years = {
        {"2018", 8}, {"2019", 6}, {"2020", 5}, {"2021", 5}, {"2022", 9}, {"2023", 6}, {"2024", 6}};
    ASSERT_EQ(timeline.at("periods").size(), years.size());
    for (std::size_t i = 0; i < years.size(); ++i) {
        const json& period = timeline.at("periods").at(i);
        EXPECT_EQ(period.at("period"), years[i].first);
        EXPECT_EQ(period.at("articles"), years[i].second);
        EXPECT_EQ(period.at("matches"), json::array({years[i].second}));
        EXPECT_EQ(period.at("shares"), json::array({1.0}));
    }
}

TEST_F(TrendsCli, TimelineByMonthListsEmptyMonthsAndCompares) {
    const json object =
        search_json({"--timeline", "month", "place:rotterdam", "--compare", "place:kansas"});
    const json& timeline = object.at("timeline");
    ASSERT_EQ(timeline.at("series").size(), 2U);
    EXPECT_EQ(timeline.at("series").at(0),
              (json{{"query", "place:rotterdam"}, {"total", 6}, {"undated", 0}}));
    EXPECT_EQ(timeline.at("series").at(1).at("query"), "place:kansas");
    // Kansas from 2018-08 to 2024-07, Rotterdam within: every month between.
    const json& periods = timeline.at("periods");
    ASSERT_EQ(periods.size(), 72U);
    EXPECT_EQ(periods.front().at("period"), "2018-08");
    EXPECT_EQ(periods.back().at("period"), "2024-07");
    int rotterdam = 0;
    int empty_months = 0;
    for (const json& period : periods) {
        rotterdam += period.at("matches").at(0).get<int>();
        if (period.at("articles") == 0) {
            ++empty_months;
            EXPECT_EQ(period.at("shares"), json::array({nullptr, nullptr}));
        }
    }
    EXPECT_EQ(rotterdam, 6);
    EXPECT_GT(empty_months, 30);
    EXPECT_EQ(object.at("hits"), json::array());
}

TEST_F(TrendsCli, TimelineTextShowsEveryPeriodAndTheShare) {
    const auto result = search({"--timeline", "year", "place:rotterdam"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("6 articles match.\n"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Timeline by year: matches and their share of the year's articles"),
              std::string::npos);
    // 2018: 3 of 8 articles; 2019 has none on Rotterdam and is shown.
    EXPECT_NE(result.out.find("  2018         8  3 37.50% "), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("  2019         6  0  0.00%\n"), std::string::npos) << result.out;
}

TEST_F(TrendsCli, NoMatchesExitOneWithAnEmptyTimeline) {
    const auto result = search({"--timeline", "month", "platypus", "--json"});
    EXPECT_EQ(result.exit_code, 1);
    const json timeline = json::parse(result.out).at("timeline");
    EXPECT_EQ(timeline.at("periods"), json::array());
}

TEST_F(TrendsCli, SignificantPeopleAndWords) {
    const json people = search_json({"person:keller", "--significant", "person"}).at("significant");
    EXPECT_EQ(people.at("field"), "person");
    EXPECT_EQ(people.at("matches"), 8);
    EXPECT_EQ(people.at("articles"), 45);
    ASSERT_FALSE(people.at("values").empty());
    // Tomás Ortega, the central bank's other voice, stands beside Keller.
    EXPECT_EQ(people.at("values").at(0).at("name"), "Tomás Ortega");
    for (const json& value : people.at("values")) {
        EXPECT_NE(value.at("key"), "maria-keller");
        EXPECT_GE(value.at("matches").get<int>(), 3);
    }

    const auto words = search({"place:rotterdam", "--significant", "term", "--limit", "5"});
    EXPECT_EQ(words.exit_code, 0) << words.err;
    EXPECT_NE(words.out.find("Significant words in 6 matching articles against all 45 articles"),
              std::string::npos)
        << words.out;
    // In every Rotterdam story and in one other article.
    EXPECT_NE(words.out.find("6        7  container\n"), std::string::npos) << words.out;
    // --limit counts the values listed.
    const auto lines = std::count(words.out.begin(), words.out.end(), '\n');
    EXPECT_EQ(lines, 1 + 1 + 1 + 1 + 5) << words.out;
}

TEST_F(TrendsCli, SeveralDateFacetsAtOnceWithEmptyPeriods) {
    const json facets = search_json({"place:rotterdam", "--facet", "date:year", "--facet",
                                     "date:month", "--limit", "0"})
                            .at("facets");
    ASSERT_TRUE(facets.contains("date:year"));
    ASSERT_TRUE(facets.contains("date:month"));
    EXPECT_EQ(facets.at("date:year").size(), 7U);  // 2018 to 2024, 2019 and 2022 empty
    EXPECT_EQ(facets.at("date:year").at(1),
              (json{{"key", "2019"}, {"name", "2019"}, {"count", 0}}));
    EXPECT_EQ(facets.at("date:month").size(), 63U);  // 2018-11 to 2024-01
}

TEST_F(TrendsCli, UsageErrors) {
    expect_usage_error(search({"--compare", "gold", "oil"}),
                       "--compare adds a series to --timeline; add one");
    expect_usage_error(search({"--plot", "x.svg", "oil"}),
                       "--plot draws the --timeline chart; add one");
    expect_usage_error(search({"--timeline", "fortnight", "oil"}),
                       "--timeline must be day, week, month or year, not 'fortnight'");
    expect_usage_error(search({"--significant", "people", "oil"}),
                       "--significant must be person, place, org or term, not 'people'");
    expect_usage_error(search({"--count", "--timeline", "month", "oil"}),
                       "--count and --timeline cannot be combined");
    expect_usage_error(search({"--facet", "date:year", "--facet", "date:year", "oil"}),
                       "--facet date:year given twice");
}

TEST_F(TrendsCli, ABadCompareQueryIsShownWithACaret) {
    const auto result = search({"--timeline", "month", "rates", "--compare", "wheat foo:bar"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(
        result.err.rfind("dateline-search: error: in --compare query: unknown field 'foo:'", 0), 0U)
        << result.err;
    EXPECT_NE(result.err.find("\n  wheat foo:bar\n        ^^^^\n"), std::string::npos)
        << result.err;
}

}  // namespace
}  // namespace dateline::test
