// Timelines on small indexes built in a temp dir: every period of the range
// with its count and the archive's articles, compare series, undated matches,
// several indexes searched as one, and errors in a compare query.

#include "dateline/searcher/timeline.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dateline/searcher/index_attribute_source.hpp"
#include "dateline/searcher/query_error.hpp"
#include "dateline/searcher/searcher.hpp"
#include "support/temp_dir.hpp"
#include "test_index.hpp"

namespace dateline::searcher {
namespace {

using test::make_article;

// January 1987: 4 articles, 2 on oil; February: none at all; March: 2, 1 on
// oil and 1 on gold; April: 1 on gold; one undated oil article.
std::vector<indexer::Article> articles() {
    return {
        make_article("j1", "1987-01-05", "Oil up", "Crude oil rose."),
        make_article("j2", "1987-01-06", "Oil down", "Crude oil fell."),
        make_article("j3", "1987-01-20", "Wheat", "Grain exports."),
        make_article("j4", "1987-01-31", "Copper", "Copper mines."),
        make_article("m1", "1987-03-02", "Oil again", "Oil prices."),
        make_article("m2", "1987-03-30", "Gold", "Gold bullion."),
        make_article("a1", "1987-04-01", "Gold again", "Gold coins."),
        make_article("u1", "", "Undated oil", "Oil, no date."),
    };
}

class TimelineTest : public testing::Test {
  protected:
    void SetUp() override { test::build_index(dir_.path() / "index", articles()); }

    Timeline timeline(const std::string& query, DateGranularity granularity,
                      std::vector<std::string> compare = {},
                      const std::vector<std::string>& indexes = {"index"}) {
        std::vector<std::string> locations;
        for (const auto& name : indexes) locations.push_back((dir_.path() / name).string());
        Searcher searcher(open_index(locations));
        SearchRequest request;
        request.query = query;
        request.limit = 0;
        request.timeline = granularity;
        request.compare = std::move(compare);
        SearchResult result = searcher.search(request);
        EXPECT_TRUE(result.timeline.has_value());
        return result.timeline.value_or(Timeline{});
    }

    dateline::test::TempDir dir_;
};

TEST_F(TimelineTest, EveryMonthOfTheRangeWithTheArchivesArticles) {
    const Timeline oil = timeline("oil", DateGranularity::Month);
    EXPECT_EQ(oil.granularity, DateGranularity::Month);
    // February has no article at all, and is listed all the same.
    EXPECT_EQ(oil.periods,
              (std::vector<TimelinePeriod>{{"1987-01", 4}, {"1987-02", 0}, {"1987-03", 2}}));
    ASSERT_EQ(oil.series.size(), 1U);
    EXPECT_EQ(oil.series[0].query, "oil");
    EXPECT_EQ(oil.series[0].total, 4U);
    EXPECT_EQ(oil.series[0].undated, 1U);
    EXPECT_EQ(oil.series[0].counts, (std::vector<Xapian::doccount>{2, 0, 1}));
    EXPECT_DOUBLE_EQ(oil.share(0, 0).value(), 0.5);
    EXPECT_EQ(oil.share(0, 1), std::nullopt);  // no articles: no share
    EXPECT_DOUBLE_EQ(oil.share(0, 2).value(), 0.5);
}

TEST_F(TimelineTest, CompareSeriesShareOneRange) {
    const Timeline both = timeline("oil", DateGranularity::Month, {"gold"});
    EXPECT_EQ(both.periods.size(), 4U);  // January (oil) to April (gold)
    EXPECT_EQ(both.periods.back(), (TimelinePeriod{"1987-04", 1}));
    ASSERT_EQ(both.series.size(), 2U);
    EXPECT_EQ(both.series[0].counts, (std::vector<Xapian::doccount>{2, 0, 1, 0}));
    EXPECT_EQ(both.series[1].query, "gold");
    EXPECT_EQ(both.series[1].total, 2U);
    EXPECT_EQ(both.series[1].counts, (std::vector<Xapian::doccount>{0, 0, 1, 1}));
    EXPECT_DOUBLE_EQ(both.share(1, 3).value(), 1.0);
}

TEST_F(TimelineTest, OtherGranularities) {
    const Timeline years = timeline("oil OR gold", DateGranularity::Year);
    EXPECT_EQ(years.periods, (std::vector<TimelinePeriod>{{"1987", 7}}));
    EXPECT_EQ(years.series[0].counts, (std::vector<Xapian::doccount>{5}));

    const Timeline days = timeline("oil", DateGranularity::Day);
    ASSERT_EQ(days.periods.size(), 57U);  // 5 January to 2 March
    EXPECT_EQ(days.periods.front(), (TimelinePeriod{"1987-01-05", 1}));
    EXPECT_EQ(days.periods.back(), (TimelinePeriod{"1987-03-02", 1}));

    const Timeline weeks = timeline("gold", DateGranularity::Week);
    // 30 March and 1 April 1987 are in the same ISO week.
    EXPECT_EQ(weeks.periods, (std::vector<TimelinePeriod>{{"1987-W14", 2}}));
    EXPECT_EQ(weeks.series[0].counts, (std::vector<Xapian::doccount>{2}));
}

TEST_F(TimelineTest, NoDatedMatchesNoPeriods) {
    const Timeline undated = timeline("date", DateGranularity::Month);
    EXPECT_TRUE(undated.periods.empty());
    EXPECT_EQ(undated.series[0].total, 1U);
    EXPECT_EQ(undated.series[0].undated, 1U);
    EXPECT_TRUE(undated.series[0].counts.empty());
}

TEST_F(TimelineTest, SeveralIndexesCountAsOne) {
    // The same articles split over two indexes give the same timeline.
    auto all = articles();
    const std::vector<indexer::Article> first(all.begin(), all.begin() + 3);
    const std::vector<indexer::Article> second(all.begin() + 3, all.end());
    test::build_index(dir_.path() / "first", first);
    test::build_index(dir_.path() / "second", second);
    EXPECT_EQ(timeline("oil", DateGranularity::Month, {"gold"}, {"first", "second"}),
              timeline("oil", DateGranularity::Month, {"gold"}));
}

TEST_F(TimelineTest, AnErrorInACompareQueryNamesIt) {
    try {
        (void)timeline("oil", DateGranularity::Month, {"gold", "date:1987-02-30"});
        FAIL() << "no QueryError";
    } catch (const QueryError& e) {
        EXPECT_EQ(std::string(e.what()).rfind("in --compare query: invalid date '1987-02-30'", 0),
                  0U)
            << e.what();
        EXPECT_EQ(e.query(), "date:1987-02-30");
        ASSERT_TRUE(e.where().has_value());
        EXPECT_EQ(e.where()->offset, 5U);
    }
}

TEST_F(TimelineTest, AttributeSourceReadsTheIndex) {
    const Index index = open_index({(dir_.path() / "index").string()});
    IndexAttributeSource source(index);
    EXPECT_EQ(source.article_count(), 8U);
    const auto days = source.articles_per_day();
    ASSERT_EQ(days.size(), 7U);
    EXPECT_EQ(days.front().first.iso(), "1987-01-05");
    EXPECT_EQ(days.back().first.iso(), "1987-04-01");
    std::size_t undated = 0;
    std::size_t dated = 0;
    EXPECT_EQ(source.visit_match_dates(
                  Xapian::Query("oil"),
                  [&](const std::optional<schema::Date>& date) { ++(date ? dated : undated); }),
              4U);
    EXPECT_EQ(dated, 3U);
    EXPECT_EQ(undated, 1U);
}

}  // namespace
}  // namespace dateline::searcher
