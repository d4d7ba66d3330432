#include "dateline/schema/date.hpp"

#include <gtest/gtest.h>

#include <string>

namespace dateline::schema {
namespace {

TEST(Date, ValidatesDaysOfTheMonth) {
    struct Case {
        int y, m, d;
        bool valid;
    };
    const Case cases[] = {
        {2021, 1, 31, true},  {2021, 2, 28, true},  {2021, 2, 29, false}, {2020, 2, 29, true},
        {1900, 2, 29, false}, {2000, 2, 29, true},  {2021, 2, 30, false}, {2021, 4, 31, false},
        {2021, 13, 1, false}, {2021, 0, 1, false},  {2021, 1, 0, false},  {0, 1, 1, false},
        {9999, 12, 31, true}, {10000, 1, 1, false},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(Date::from_ymd(c.y, c.m, c.d).has_value(), c.valid)
            << c.y << "-" << c.m << "-" << c.d;
    }
}

TEST(Date, EncodesIsoAndSortableForms) {
    const auto date = Date::from_ymd(1987, 3, 2);
    ASSERT_TRUE(date);
    EXPECT_EQ(date->iso(), "1987-03-02");
    EXPECT_EQ(date->sortable(), "19870302");
    EXPECT_EQ(Date::from_sortable("19870302"), date);
    EXPECT_EQ(Date::from_iso("1987-03-02"), date);
}

TEST(Date, SortableOrderIsDateOrder) {
    const auto a = *Date::from_ymd(999, 12, 31);
    const auto b = *Date::from_ymd(1987, 2, 26);
    const auto c = *Date::from_ymd(1987, 10, 1);
    EXPECT_LT(a, b);
    EXPECT_LT(b, c);
    EXPECT_LT(a.sortable(), b.sortable());
    EXPECT_LT(b.sortable(), c.sortable());
}

TEST(Date, RejectsMalformedIsoAndSortable) {
    for (const char* text : {"", "1987-3-02", "1987/03/02", "1987-02-30", "19870230", "1987030",
                             "x987-03-02", "1987-03-02 "}) {
        EXPECT_FALSE(Date::from_iso(text)) << text;
    }
    for (const char* text : {"", "1987030", "198703021", "1987-302", "19871301"}) {
        EXPECT_FALSE(Date::from_sortable(text)) << text;
    }
}

TEST(PartialDate, ParsesYearsMonthsAndDays) {
    struct Case {
        const char* text;
        const char* first;  // nullptr: must not parse
        const char* last;
    };
    const Case cases[] = {
        {"1987", "1987-01-01", "1987-12-31"},
        {"1987-03", "1987-03-01", "1987-03-31"},
        {"1987-02", "1987-02-01", "1987-02-28"},
        {"1988-02", "1988-02-01", "1988-02-29"},
        {"1987-03-15", "1987-03-15", "1987-03-15"},
        {"1987/3/5", "1987-03-05", "1987-03-05"},
        {"1987.03", "1987-03-01", "1987-03-31"},
        {"87", nullptr, nullptr},
        {"1987-13", nullptr, nullptr},
        {"1987-02-30", nullptr, nullptr},
        {"1987-03-", nullptr, nullptr},
        {"1987-03/05", nullptr, nullptr},
        {"1987-03-05-01", nullptr, nullptr},
        {"march", nullptr, nullptr},
        {"", nullptr, nullptr},
    };
    for (const auto& c : cases) {
        const auto parsed = PartialDate::parse(c.text);
        if (c.first == nullptr) {
            EXPECT_FALSE(parsed) << c.text;
            continue;
        }
        ASSERT_TRUE(parsed) << c.text;
        EXPECT_EQ(parsed->first_day().iso(), c.first) << c.text;
        EXPECT_EQ(parsed->last_day().iso(), c.last) << c.text;
    }
}

}  // namespace
}  // namespace dateline::schema
