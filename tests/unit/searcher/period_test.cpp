// Calendar periods as tables: the period of a date, its label, the next one,
// and the ranges a timeline lists.

#include "dateline/searcher/period.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dateline::searcher {
namespace {

schema::Date day(std::string_view iso) { return schema::Date::from_iso(iso).value(); }

std::string label(std::string_view iso, DateGranularity granularity) {
    return Period::containing(day(iso), granularity).label();
}

TEST(Period, LabelsOfEachGranularity) {
    EXPECT_EQ(label("1987-03-02", DateGranularity::Year), "1987");
    EXPECT_EQ(label("1987-03-02", DateGranularity::Month), "1987-03");
    EXPECT_EQ(label("1987-03-02", DateGranularity::Day), "1987-03-02");
    EXPECT_EQ(label("0001-01-01", DateGranularity::Day), "0001-01-01");
}

TEST(Period, IsoWeeksBelongToTheYearOfTheirThursday) {
    const struct {
        const char* date;
        const char* week;
    } cases[] = {
        {"1987-03-02", "1987-W10"},  // a Monday
        {"1987-03-08", "1987-W10"},  // the Sunday of the same week
        {"1987-03-09", "1987-W11"},
        {"2021-01-03", "2020-W53"},  // early January in the last week of the year before
        {"2021-01-04", "2021-W01"},
        {"2019-12-30", "2020-W01"},  // late December in week 1 of the year after
        {"2015-12-31", "2015-W53"},
        {"2024-02-29", "2024-W09"},  // a leap day
    };
    for (const auto& c : cases) EXPECT_EQ(label(c.date, DateGranularity::Week), c.week) << c.date;
}

TEST(Period, NextCrossesMonthAndYearEnds) {
    const auto next = [](std::string_view iso, DateGranularity granularity) {
        return Period::containing(day(iso), granularity).next().label();
    };
    EXPECT_EQ(next("1987-12-31", DateGranularity::Day), "1988-01-01");
    EXPECT_EQ(next("1988-02-28", DateGranularity::Day), "1988-02-29");
    EXPECT_EQ(next("1987-12-10", DateGranularity::Month), "1988-01");
    EXPECT_EQ(next("1987-01-31", DateGranularity::Month), "1987-02");
    EXPECT_EQ(next("2020-12-28", DateGranularity::Week), "2021-W01");
    EXPECT_EQ(next("1987-06-30", DateGranularity::Year), "1988");
}

TEST(Period, BetweenListsEveryPeriodInclusive) {
    const auto labels = [](std::string_view first, std::string_view last,
                           DateGranularity granularity) {
        std::vector<std::string> result;
        for (const auto& period : periods_between(Period::containing(day(first), granularity),
                                                  Period::containing(day(last), granularity))) {
            result.push_back(period.label());
        }
        return result;
    };
    EXPECT_EQ(labels("1987-11-20", "1988-02-01", DateGranularity::Month),
              (std::vector<std::string>{"1987-11", "1987-12", "1988-01", "1988-02"}));
    EXPECT_EQ(labels("1987-03-02", "1987-03-02", DateGranularity::Day),
              (std::vector<std::string>{"1987-03-02"}));
    EXPECT_EQ(labels("1987-03-02", "1987-03-01", DateGranularity::Day),
              (std::vector<std::string>{}));
    EXPECT_EQ(labels("2020-12-20", "2021-01-05", DateGranularity::Week),
              (std::vector<std::string>{"2020-W51", "2020-W52", "2020-W53", "2021-W01"}));
    EXPECT_EQ(labels("2000-01-01", "2000-12-31", DateGranularity::Day).size(), 366U);
}

TEST(Period, OrderIsChronological) {
    const Period march = Period::containing(day("1987-03-31"), DateGranularity::Month);
    const Period april = Period::containing(day("1987-04-01"), DateGranularity::Month);
    EXPECT_LT(march, april);
    EXPECT_EQ(march.next(), april);
    EXPECT_EQ(Period::containing(day("1987-03-01"), DateGranularity::Month), march);
}

TEST(Period, GranularityNames) {
    for (const auto granularity : {DateGranularity::Year, DateGranularity::Month,
                                   DateGranularity::Week, DateGranularity::Day}) {
        EXPECT_EQ(parse_granularity(granularity_name(granularity)), granularity);
    }
    EXPECT_EQ(parse_granularity("months"), std::nullopt);
    EXPECT_EQ(parse_granularity(""), std::nullopt);
}

}  // namespace
}  // namespace dateline::searcher
